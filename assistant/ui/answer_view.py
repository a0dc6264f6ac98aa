"""The answer page's pure view: one answer (``Answer.to_json()``) → what is said, once, in one order.

:class:`AnswerView` decides what the page shows and what "Kopieer antwoord" copies, so both say the
same: the verdict label ("Ja, mits …"), its one-line answer, the missing-fact questions (only as
clickable buttons, never again in the text), the body, the notices and the sources.

HTML rules: every text from a user or a document is escaped before it becomes markup. The answerer's
own light formatting is rendered — a line starting with ``- `` becomes a list item and ``**x**`` bold —
on the escaped text, so a document cannot inject markup, links or images. ``[n]`` markers become
citation chips; glossary terms become links to the Begrippen tab. No gradio import.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from typing import Any

from .render import KIND_NL, OUTCOME_NL, answer_label, date_nl, esc, find_span, followups_html, highlight

OUTCOME_EN = {"yes": "Yes", "no": "No", "unknown": "Unknown"}
_MARKERS = re.compile(r"\s*(?:\[\d+\])+")
_MARKER = re.compile(r"\[(\d+)\]")
_BOLD = re.compile(r"\*\*([^*\n]{1,200}?)\*\*")
_EN_WORDS = re.compile(r"\b(can|we|may|what|is|the|for|does|who|how|which|are|our|in|of|and)\b", re.I)
_NL_WORDS = re.compile(r"\b(kunnen|wij|mogen|wat|is|de|het|voor|een|wie|hoe|welke|zijn|onze|van|en|in)\b", re.I)


def language(question: str) -> str:
    """"en" for a question in English, else "nl" (a word count; the answerer decides the answer's language)."""
    en = len(_EN_WORDS.findall(question or ""))
    nl = len(_NL_WORDS.findall(question or ""))
    return "en" if en > nl + 1 else "nl"


def _strip_markers(text: str) -> str:
    return _MARKERS.sub("", text).strip()


def _markers(text: str) -> list[int]:
    return [int(n) for n in _MARKER.findall(text)]


def _drop_asks(text: str, asks: list[str]) -> str:
    """``text`` without the missing-fact questions and the lead-in sentence that introduced them."""
    removed = False
    for ask in asks:
        span = find_span(text, ask)
        while span:
            text, removed = text[: span[0]] + text[span[1]:], True
            span = find_span(text, ask)
    if not removed:
        return text.strip()
    # a lead-in left dangling: "Dat kan ik nog niet vaststellen:" / "Om dit te kunnen beoordelen:"
    text = re.sub(r"(?:^|(?<=[.!?;]))\s*[^.!?;:\n]*:\s*(?=$|\n|\[\d)", " ", text)
    return re.sub(r"[ \t]+", " ", text).strip()


@dataclass
class AnswerView:
    """What one answer shows, in order. ``label`` is empty for an answer without a verdict."""

    question: str
    lang: str  # the question's language: the page's own words (labels, headings)
    text_lang: str = "nl"  # the answer text's language (quotes from Dutch documents stay Dutch)
    outcome: str = ""
    label: str = ""
    one_line: str = ""
    head_markers: list[int] = field(default_factory=list)
    asks: list[dict[str, Any]] = field(default_factory=list)  # the most decisive missing fact: one at a time
    later_asks: int = 0  # how many more missing facts follow once it is answered
    body: str = ""
    notices: list[str] = field(default_factory=list)
    citations: list[dict[str, Any]] = field(default_factory=list)
    verdict: dict[str, Any] | None = None


def view(answer: dict[str, Any]) -> AnswerView:
    """Split an answer into head (label + one line), missing-fact questions and body, each said once."""
    question = str(answer.get("question", ""))
    lang = language(question)
    text = str(answer.get("answer", "")).strip()
    v = answer.get("verdict") or None
    out = AnswerView(question=question, lang=lang, text_lang=language(text), notices=list(answer.get("notices") or []),
                     citations=list(answer.get("citations") or []), verdict=v)
    if not v:
        out.body = text
        return out
    asks = [m for m in v.get("missing_facts") or [] if m.get("ask_nl")]
    ask_texts = [str(m["ask_nl"]) for m in asks]  # none of them repeated in the head or the body
    out.asks, out.later_asks = asks[:1], max(0, len(asks) - 1)  # asked one at a time, most decisive first
    out.outcome = str(v.get("outcome", "unknown"))
    out.label = verdict_label(v, lang)
    summary = str(v.get("summary_nl", "")).strip()
    paragraphs = [p for p in re.split(r"\n\s*\n", text) if p.strip()]
    out.one_line = _drop_asks(summary, ask_texts)
    words = v.get("answer_en") if lang == "en" else v.get("answer_nl")
    if words and out.one_line.startswith(out.label):  # the label is the answer's own words: said once
        rest = out.one_line[len(out.label):].lstrip(" :,")
        out.one_line = rest[:1].upper() + rest[1:] if rest else out.one_line
    body: list[str] = []
    for p in paragraphs:
        cleaned = _drop_asks(p, ask_texts)
        if out.one_line and not body:
            cleaned = _without_prefix(cleaned, out.one_line, out.head_markers)
        if _strip_markers(cleaned):
            body.append(cleaned)
    out.body = "\n\n".join(body)
    return out


def _without_prefix(text: str, one_line: str, markers: list[int]) -> str:
    """``text`` without a leading repeat of the one-line answer (its markers go to the head)."""
    m = re.match(r"\s*" + r"\s+".join(re.escape(w) for w in one_line.split()) + r"((?:\s*\[\d+\])*)", text)
    if not m:
        return text
    markers.extend(n for n in _markers(m.group(1)) if n not in markers)
    return text[m.end():].strip()


def verdict_label(v: dict[str, Any], lang: str = "nl") -> str:
    outcome = v.get("outcome", "unknown")
    if outcome == "unknown" and v.get("if_met") == "yes":
        return "Yes, provided …" if lang == "en" else "Ja, mits …"  # only missing facts stand between it and yes
    words = v.get("answer_en") if lang == "en" else v.get("answer_nl")
    if words:  # the answer in words, not "Nee" to "Komt dit voor onze rekening?"
        return answer_label(str(words))
    table = OUTCOME_EN if lang == "en" else OUTCOME_NL
    return table.get(outcome, table["unknown"])


# --------------------------------------------------------------------------- rich text


def _chip(n: int, cites: dict[int, dict[str, Any]]) -> str:
    c = cites.get(n)
    if c is None:
        return f'<span class="wlz-chip wlz-chip-dead">[{n}]</span>'
    where = ", ".join(x for x in (str(c.get("title") or ""), date_nl(c.get("date"))) if x)
    sup = " ".join(str(c.get("supporting") or c.get("text") or "").split())
    if len(sup) > 320:
        sup = sup[:317] + "…"
    return (
        f'<button type="button" class="wlz-chip" data-doc="{esc(c.get("doc_id"))}" data-pid="{esc(c.get("id", ""))}" '
        f'data-start="{int(c.get("start") or 0)}" data-end="{int(c.get("end") or 0)}" '
        f'data-sup="{esc(c.get("supporting", ""))}" aria-label="Bron {n}: {esc(where)}">{n}'
        f'<span class="wlz-tip" aria-hidden="true"><span class="wlz-tip-q">“{esc(sup)}”</span>'
        f'<span class="wlz-tip-src">{esc(where)}</span>'
        '<span class="wlz-tip-hint">Tik nogmaals om het document te openen.</span></span></button>'
    )


_PIECES = re.compile(r"\*\*([^*\n]{1,200}?)\*\*|((?:\[\d+\])+)")
_CHIPS_ONLY = re.compile(r"()((?:\[\d+\])+)")


def _inline(text: str, cites: dict[int, dict[str, Any]], terms: Any, seen: set[str], bold: bool = True) -> str:
    """One line: escaped, ``**bold**`` (only where ``bold``), ``[n]`` chips and (first mention) glossary links."""
    out: list[str] = []
    pos = 0
    pieces = _PIECES if bold else _CHIPS_ONLY
    for m in pieces.finditer(text):
        out.append(_linked(text[pos:m.start()], terms, seen))
        if m.group(1):
            out.append(f"<strong>{_linked(m.group(1), terms, seen)}</strong>")
        else:
            out.append('<span class="wlz-chips">' + "".join(_chip(n, cites) for n in _markers(m.group(2))) + "</span>")
        pos = m.end()
    out.append(_linked(text[pos:], terms, seen))
    return "".join(out)


def _linked(text: str, terms: Any, seen: set[str]) -> str:
    if not text or terms is None:
        return esc(text)
    return str(terms.link(text, seen))


def rich_html(text: str, citations: list[dict[str, Any]] | None = None, terms: Any = None,
              seen: set[str] | None = None) -> str:
    """The answerer's text as HTML: paragraphs, ``- `` lists, bold, chips, term links; all escaped."""
    cites = {int(c.get("n") or 0): c for c in citations or []}
    seen = set() if seen is None else seen
    blocks: list[str] = []
    for i, para in enumerate(re.split(r"\n\s*\n", text.strip())):
        bold = i == 0  # the answerer's lead; later paragraphs quote documents, whose Markdown stays text
        lines = [ln.strip() for ln in para.split("\n") if ln.strip()]
        # runs of list lines and of plain lines, in order
        for is_item, run in itertools.groupby(lines, key=lambda s: s.startswith(("- ", "• ", "* "))):
            run_lines = list(run)
            if is_item:
                lis = "".join(f"<li>{_inline(x[2:].strip(), cites, terms, seen, bold)}</li>" for x in run_lines)
                blocks.append(f'<ul class="wlz-list">{lis}</ul>')
            else:
                blocks.append("<p>" + "<br>".join(_inline(x, cites, terms, seen, bold) for x in run_lines) + "</p>")
    return "".join(blocks)


# --------------------------------------------------------------------------- the answer bubble


def head_html(av: AnswerView, cites: dict[int, dict[str, Any]] | None = None) -> str:
    if not av.label:
        return ""
    chips = "".join(_chip(n, cites or {}) for n in av.head_markers)
    return (
        f'<div class="wlz-head wlz-verdict-{esc(av.outcome)}" data-outcome="{esc(av.outcome)}">'
        f'<span class="wlz-verdict-label" lang="{av.lang}">{esc(av.label)}</span> '
        f'<span class="wlz-oneline">{esc(av.one_line)}</span>'
        f'{f"<span class=wlz-chips>{chips}</span>" if chips else ""}</div>'
    )


def asks_html(av: AnswerView) -> str:
    """The missing-fact questions: the only place they are shown, each with its answer buttons."""
    if not av.asks:
        return ""
    title = "To decide this I still need" if av.lang == "en" else "Om dit te beoordelen heb ik nog nodig"
    later = ""
    if av.later_asks:
        n = av.later_asks
        later = (f"Then {n} more question{'s' if n > 1 else ''}, if still needed." if av.lang == "en"
                 else f"Daarna nog {n} vra{'gen' if n > 1 else 'ag'}, als dat dan nog nodig is.")
        later = f'<p class="wlz-later">{esc(later)}</p>'
    return f'<div lang="{av.lang}">{followups_html(av.asks, title=title)}{later}</div>'


def answer_html(answer: dict[str, Any], index: int, terms: Any = None) -> str:
    """One finished answer bubble: head, missing-fact buttons, body (the order the copy text follows)."""
    av = view(answer)
    cites = {int(c.get("n") or 0): c for c in av.citations}
    seen: set[str] = set()
    body = rich_html(av.body, av.citations, terms, seen)
    notices = "".join(f"<li>{esc(n)}</li>" for n in av.notices)
    return (
        f'<article class="wlz-bot" data-testid="bot" id="wlz-a-{index}" lang="{av.text_lang}" tabindex="-1" '
        f'data-ui-lang="{av.lang}" aria-label="{"Answer" if av.lang == "en" else "Antwoord"} {index + 1}">'
        f"{head_html(av, cites)}{asks_html(av)}"
        f'<div class="wlz-body">{body}</div>'
        f'{f"<ul class=wlz-notices>{notices}</ul>" if notices else ""}</article>'
    )


def pending_html(text: str, index: int, lang: str = "nl") -> str:
    """An answer still streaming: escaped text, markers left as they are."""
    return (
        f'<article class="wlz-bot wlz-streaming" data-testid="bot" id="wlz-a-{index}" lang="{lang}" '
        f'aria-busy="true"><div class="wlz-body"><p>{esc(text)}</p></div></article>'
    )


def conversation_html(turns: list[dict[str, Any]], terms: Any = None, empty: str = "") -> str:
    """The whole conversation: ``turns`` are ``{"q": str, "answer": dict | None, "text": str, "error": str}``."""
    if not turns:
        return f'<div class="wlz-conv wlz-conv-empty"><p class="wlz-empty">{esc(empty)}</p></div>'
    parts = []
    for i, t in enumerate(turns):
        lang = language(t.get("q", ""))
        parts.append(f'<div class="wlz-user" data-testid="user" lang="{lang}"><p>{esc(t.get("q", ""))}</p></div>')
        if t.get("answer"):
            parts.append(answer_html(t["answer"], i, terms))
        elif t.get("error"):
            parts.append(f'<article class="wlz-bot wlz-bot-error" data-testid="bot" id="wlz-a-{i}" role="alert">'
                         f'<p>{esc(t["error"])}</p></article>')
        else:
            parts.append(pending_html(t.get("text", ""), i, language(t.get("text", ""))))
    last = len(turns) - 1
    return f'<div class="wlz-conv" data-last="wlz-a-{last}" data-n="{len(turns)}">{"".join(parts)}</div>'


# --------------------------------------------------------------------------- sources under the answer


def _short_section(section: str) -> str:
    parts = [p.strip() for p in str(section or "").split(">") if p.strip()]
    return " › ".join(parts[-2:])


def sources_html(citations: list[dict[str, Any]], lang: str = "nl") -> str:
    """Compact source cards grouped per document: date, section, the supporting sentence; "meer context"."""
    if not citations:
        return ""
    groups: dict[str, list[dict[str, Any]]] = {}
    for c in citations:
        groups.setdefault(str(c.get("doc_id")), []).append(c)
    en = lang == "en"
    out = []
    for doc_id, cs in groups.items():
        c0 = cs[0]
        meta = " · ".join(x for x in (esc(KIND_NL.get(c0.get("kind", ""), c0.get("kind", ""))),
                                      esc(date_nl(c0.get("date"))),
                                      esc(c0.get("provenance", ""))) if x)  # shipped, or added (by whom, when)
        badge = ""
        if c0.get("superseded_by"):
            badge = (f' <span class="wlz-badge wlz-badge-old">mogelijk achterhaald door '
                     f'{esc(c0["superseded_by"])}</span>')
        items = []
        for c in cs:
            sec = c.get("cite") if c.get("kind") == "wet" and c.get("cite") else _short_section(c.get("section", ""))
            where = " · ".join(x for x in (esc(sec), f"p. {esc(c['page'])}" if c.get("page") else "") if x)
            sup = str(c.get("supporting") or "")
            context = highlight(str(c.get("text", "")), sup, attrs='class="wlz-support"')
            sentence = " ".join(sup.split()) or " ".join(str(c.get("text", "")).split())[:240]
            items.append(
                f'<li class="wlz-card" data-n="{esc(c.get("n"))}"><div class="wlz-card-top">'
                f'<span class="wlz-n">[{esc(c.get("n"))}]</span> '
                f'<span class="wlz-card-where" title="{esc(c.get("section", ""))}">{where}</span>'
                f'<button type="button" class="wlz-open-doc" data-doc="{esc(c.get("doc_id"))}" '
                f'data-pid="{esc(c.get("id", ""))}" data-start="{int(c.get("start") or 0)}" '
                f'data-end="{int(c.get("end") or 0)}" data-sup="{esc(sup)}">'
                f'{"Show in document" if en else "Bekijk in document"}'
                f'<span class="wlz-sr"> [{esc(c.get("n"))}]</span></button>'
                f'<details class="wlz-more"><summary>{"more context" if en else "meer context"}'
                f'<span class="wlz-sr"> [{esc(c.get("n"))}]</span></summary>'
                f'<blockquote class="wlz-quote">{context}</blockquote></details></div>'
                f'<q class="wlz-card-sup">{esc(sentence)}</q></li>'
            )
        out.append(
            f'<section class="wlz-srcgroup" data-doc-group="{esc(doc_id)}">'
            f'<h3 class="wlz-src-title">{esc(c0.get("title"))}</h3>'
            f'<div class="wlz-card-meta">{meta}{badge}</div><ul class="wlz-cards">{"".join(items)}</ul></section>'
        )
    title = "Sources for this answer" if en else "Bronnen bij dit antwoord"
    return (f'<div class="wlz-sources"><h2 class="wlz-section-title" lang="{lang}">{title}</h2>'
            f'{"".join(out)}</div>')


def details_html(v: dict[str, Any] | None, lang: str = "nl") -> str:
    """The verdict's details in a collapsed block: conditions with quotes, provisos, older sources."""
    from .render import review_html, verdict_body_html

    if not v:
        return ""
    review = review_html(v)  # what was understood, changeable in place, and the Verantwoording download
    inner = verdict_body_html(v)
    if not inner:
        return review
    outcome = esc(v.get("outcome", "unknown"))
    summary = ("Details of the verdict: conditions, quotes, older sources" if lang == "en"
               else "Onderbouwing van het oordeel: voorwaarden, citaten, oudere bronnen")
    return (f'{review}<details class="wlz-verdict wlz-verdict-{outcome} wlz-details" data-outcome="{outcome}">'
            f'<summary>{summary}</summary>{inner}</details>')


# --------------------------------------------------------------------------- plain text (clipboard)


def copy_text(answer: dict[str, Any]) -> str:
    """The answer as plain text, in the order and words of the page (head, asks, body, notices, sources)."""
    av = view(answer)
    lines: list[str] = []
    if av.label:
        head = f"{av.label} {av.one_line}".strip()
        if av.head_markers:
            head += " " + "".join(f"[{n}]" for n in av.head_markers)
        lines.append(head)
    if av.asks:
        lines.append("")
        lines.append("To decide this I still need:" if av.lang == "en" else "Om dit te beoordelen heb ik nog nodig:")
        lines.extend(f"- {m['ask_nl']}" for m in av.asks)
    if av.body:
        lines.append("")
        lines.append(_BOLD.sub(r"\1", av.body))
    for n in av.notices:
        lines.append(f"Let op: {n}")
    if av.citations:
        lines.append("")
        lines.append("Sources:" if av.lang == "en" else "Bronnen:")
        for c in av.citations:
            where = ", ".join(x for x in (
                str(c.get("title", "")), date_nl(c.get("date")), str(c.get("section", "")),
                f"p. {c['page']}" if c.get("page") else "") if x)
            old = f" (mogelijk achterhaald door {c['superseded_by']})" if c.get("superseded_by") else ""
            quote = " ".join(str(c.get("supporting") or c.get("text", "")).split())
            lines.append(f"[{c.get('n')}] {where}{old}: “{quote}”")
    return "\n".join(lines).strip()
