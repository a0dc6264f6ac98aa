"""Pure rendering: answers, verdicts, citations and documents → escaped HTML (and plain text).

Every piece of text that comes from a user or a document goes through :func:`esc` before it
is put into markup; nothing here ever passes raw HTML from a question or a document through.
No gradio import: these functions are unit-tested on their own.
"""

from __future__ import annotations

import html
import itertools
import json
import re
from datetime import date
from typing import Any
from urllib.parse import quote

from ..rules.model import fact_choices
from ..types import format_date_nl

OUTCOME_NL = {"yes": "Ja", "no": "Nee", "unknown": "Onbekend"}
STATUS_NL = {"met": "voldaan", "unmet": "niet voldaan", "unknown": "onbekend"}
STATUS_ICON = {"met": "✓", "unmet": "✗", "unknown": "?"}
KIND_NL = {
    "wet": "Wet",
    "kamerbrief": "Kamerbrief",
    "inkoopvoorwaarden": "Inkoopvoorwaarden",
    "beleidsregel": "Beleidsregel",
    "regeling": "Regeling",
    "overig": "Overig",
}
REASON_NL = {
    "missing_fact": "Er ontbreekt een gegeven.",
    "open_in_sources": "De bronnen laten dit (nog) open.",
    "conflict": "De bronnen spreken elkaar tegen.",
    "split_year": "Het antwoord verschilt binnen het jaar.",
    "no_version": "Voor deze datum is geen regel bekend.",
}


def esc(text: Any) -> str:
    """HTML-escape any value (quotes included, so it is also safe inside attributes)."""
    return html.escape("" if text is None else str(text), quote=True)


def date_nl(iso: str | None) -> str:
    if not iso:
        return ""
    try:
        return format_date_nl(date.fromisoformat(str(iso)))
    except ValueError:
        return str(iso)


def _ws_pattern(fragment: str) -> re.Pattern[str] | None:
    words = fragment.split()
    if not words:
        return None
    return re.compile(r"\s+".join(re.escape(w) for w in words))


def find_span(text: str, fragment: str) -> tuple[int, int] | None:
    """Where ``fragment`` occurs in ``text``, whitespace-insensitively; None if it does not."""
    if not fragment or not text:
        return None
    i = text.find(fragment)
    if i >= 0:
        return i, i + len(fragment)
    pat = _ws_pattern(fragment)
    m = pat.search(text) if pat else None
    return (m.start(), m.end()) if m else None


def highlight(text: str, fragment: str, *, tag: str = "mark", attrs: str = "") -> str:
    """Escaped ``text`` with ``fragment`` (if found) wrapped in ``<tag>``."""
    span = find_span(text, fragment)
    if span is None:
        return esc(text)
    a, b = span
    open_tag = f"<{tag}{(' ' + attrs) if attrs else ''}>"
    return f"{esc(text[:a])}{open_tag}{esc(text[a:b])}</{tag}>{esc(text[b:])}"


# --------------------------------------------------------------------------- chat


def message_html(text: str, kind: str = "info") -> str:
    """A short status or error line."""
    cls = "wlz-msg-error" if kind == "error" else "wlz-msg-info"
    return f'<div class="wlz-msg {cls}" role="status">{esc(text)}</div>'


# --------------------------------------------------------------------------- source cards


# --------------------------------------------------------------------------- verdict


def _cite_html(c: dict[str, Any]) -> str:
    where = " · ".join(x for x in (esc(c.get("title")), esc(date_nl(c.get("date"))), esc(c.get("section"))) if x)
    return (
        f'<blockquote class="wlz-quote wlz-cite" data-doc="{esc(c.get("doc_id"))}" data-quote="{esc(c.get("quote"))}" '
        f'role="button" tabindex="0" title="Open in de documentviewer">“{esc(c.get("quote"))}”'
        f'<div class="wlz-cite-src">{where}</div></blockquote>'
    )


def _when(v: dict[str, Any]) -> str:
    if v.get("on"):  # the day the verdict is about ("as_of" is the stand van de bronnen since issue 12)
        return f"op {date_nl(v['on'])}"
    period = v.get("period") or {}
    start, end = period.get("from"), period.get("to")
    if start and end and start[5:] == "01-01" and end[5:] == "12-31":
        return f"in {start[:4]}" if start[:4] == end[:4] else f"in {start[:4]}–{end[:4]}"
    if start and not end:
        return f"vanaf {date_nl(start)}"
    if start and end:
        return f"van {date_nl(start)} t/m {date_nl(end)}"
    return ""


def conditions_html(conditions: list[dict[str, Any]], title: str = "Voorwaarden", *, status: bool = True) -> str:
    """Conditions with met / unmet / unknown and their quotes (``status=False`` for provisos: a bullet)."""
    if not conditions:
        return ""
    rows = []
    alternatives = status and any(c.get("alternative") for c in conditions)
    for cond in conditions:
        st = cond.get("status", "unknown") if status else "note"
        label = f'{STATUS_ICON.get(st, "?")} {esc(STATUS_NL.get(st, st))}' if status else "•"
        if cond.get("greyed"):  # an alternative that does not apply: greyed, never a failure inside a Ja
            st, label = "greyed", "– niet van toepassing"
        cites = "".join(_cite_html(c) for c in cond.get("citations", []))
        rows.append(
            f'<li class="wlz-cond wlz-cond-{esc(st)}"><span class="wlz-cond-status">{label}</span> '
            f'<span class="wlz-cond-text">{esc(cond.get("text_nl"))}</span>{cites}</li>'
        )
    if alternatives:
        title = f"{title} — één van:"
    return f'<div class="wlz-subtitle">{esc(title)}</div><ul class="wlz-conds">{"".join(rows)}</ul>'


def followups_html(missing: list[dict[str, Any]], today: date | None = None,
                   title: str = "Om dit te beoordelen heb ik nog nodig") -> str:
    """Missing-fact questions as clickable follow-ups.

    A button with ``data-followup`` sends that follow-up question at once; one with ``data-fill`` puts a
    start in the question box for the user to finish. Every button also carries ``data-fact`` and
    ``data-value`` so the app can pass the fact on directly.
    """
    if not missing:
        return ""
    year = (today or date.today()).year
    items = []
    for m in missing:
        ask = m.get("ask_nl", "")
        fact = m.get("fact", "")
        stem = ask.rstrip("?").strip()
        options: list[tuple[str, str, str, str]] = []  # label, mode, text, value
        if fact == "year":
            options = [(str(y), "followup", f"En in {y}?", str(y)) for y in (year - 1, year, year + 1)]
        elif m.get("values") and set(m["values"]) <= {"ja", "nee"}:
            options = [("Ja", "followup", f"Ja. {stem}.", "ja"), ("Nee", "fill", "Nee, ", "nee")]
        elif m.get("values") and len(m["values"]) <= 8:
            options = [(v, "followup", f"Het gaat om {v}.", v) for v in m["values"]]
        else:
            options = [("Beantwoorden", "fill", "", "")]
        buttons = "".join(
            f'<button type="button" class="wlz-followup" data-{mode}="{esc(text)}" data-fact="{esc(fact)}" '
            f'data-value="{esc(value)}" data-ask="{esc(ask)}">{esc(label)}</button>'
            for label, mode, text, value in options
        )
        items.append(f'<li><span class="wlz-ask">{esc(ask)}</span> {buttons}</li>')
    return f'<div class="wlz-asks"><div class="wlz-subtitle">{esc(title)}</div><ul class="wlz-followups">{"".join(items)}</ul></div>'


def _understood_html(v: dict[str, Any]) -> str:
    """What the check understood: each fact with its value and origin, and the stand van de bronnen."""
    rows = "".join(f'<li class="wlz-fact" data-fact="{esc(f.get("fact"))}">{esc(f.get("text_nl"))}</li>'
                   for f in v.get("facts_used") or [])
    stand = f'<div class="wlz-stand">{esc(v["stand_nl"])}</div>' if v.get("stand_nl") else ""
    return f'<div class="wlz-subtitle">Begrepen</div><ul class="wlz-facts">{rows}</ul>{stand}' if rows else stand


_INPUT = {"number": 'type="number" step="any" min="0"', "year": 'type="number" step="1" min="1900" max="2200"',
          "date": 'type="date"', "text": 'type="text" maxlength="40"'}


def _fact_controls(f: dict[str, Any]) -> str:
    """The ways to change one understood fact: its values as buttons, or a field with "Toepassen"."""
    name = str(f.get("fact", ""))
    choice = fact_choices(name)
    label = esc(f.get("label_nl") or name)
    if choice["kind"] == "choice":
        current = f.get("value")
        current = ("ja" if current else "nee") if isinstance(current, bool) else str(current)
        return "".join(
            f'<button type="button" class="wlz-refine" data-refine-fact="{esc(name)}" data-refine-value="{esc(value)}" '
            f'aria-pressed="{"true" if value == current else "false"}" aria-label="{label}: {esc(text)}">{esc(text)}</button>'
            for value, text in choice["options"]
        )
    value = f.get("value")
    shown = "" if value is None else str(value)
    return (
        f'<form class="wlz-refine-form" data-refine-fact="{esc(name)}">'
        f'<input {_INPUT[choice["kind"]]} name="value" value="{esc(shown)}" aria-label="Nieuwe waarde voor {label}">'
        f'<button type="submit" class="wlz-refine-apply" aria-label="Toepassen: {label}">Toepassen</button></form>'
    )


def receipt_link_html(v: dict[str, Any]) -> str:
    """"Verantwoording" download: the verdict's receipt as a JSON file (rule, dates, facts, quotes, hashes)."""
    rec = v.get("receipt")
    if not rec:
        return ""
    body = json.dumps(rec, ensure_ascii=False, indent=2, sort_keys=True)
    name = f"verantwoording-{v.get('rule_id', 'oordeel')}-{str(rec.get('sha256', ''))[:12]}.json"
    return (f'<a class="wlz-receipt" download="{esc(name)}" href="data:application/json;charset=utf-8,{esc(quote(body))}">'
            "Verantwoording downloaden (JSON)</a>")


def review_html(v: dict[str, Any] | None) -> str:
    """The review screen: what the check understood (value and origin), each fact changeable in place; a
    change recomputes the verdict with that fact as "uw antwoord" without asking the question again."""
    if not v or not v.get("facts_used"):
        return ""
    rows = []
    for f in v["facts_used"]:
        text = f'<span class="wlz-fact-text">{esc(f.get("text_nl"))}</span>'
        if f.get("origin") == "afgeleid":  # computed from other facts: change those
            rows.append(f'<li class="wlz-fact" data-fact="{esc(f.get("fact"))}">{text}</li>')
            continue
        rows.append(
            f'<li class="wlz-fact" data-fact="{esc(f.get("fact"))}">{text} <details class="wlz-edit">'
            f'<summary>Wijzig<span class="wlz-sr"> {esc(f.get("label_nl"))}</span></summary>'
            f'<div class="wlz-edit-opts">{_fact_controls(f)}</div></details></li>'
        )
    stand = f'<div class="wlz-stand">{esc(v["stand_nl"])}</div>' if v.get("stand_nl") else ""
    # one line while closed ("Begrepen: zorgjaar: 2026 · LVHC-doelgroep: NAH+"), the review screen when opened
    brief = " · ".join(f'{f.get("label_nl")}: {f.get("value_nl")}' for f in v["facts_used"])
    return (f'<details class="wlz-review"><summary><span class="wlz-subtitle">Begrepen:</span> {esc(brief)} '
            f'<span class="wlz-review-open">— controleren of wijzigen</span></summary>'
            f'<ul class="wlz-facts">{"".join(rows)}</ul>{stand}{receipt_link_html(v)}</details>')


def verdict_body_html(v: dict[str, Any]) -> str:
    """The verdict's details without its label and summary: periods, conditions with quotes, provisos,
    the rule's own sources and the older sources that no longer hold."""
    parts = ""
    if v.get("parts"):
        sub = "".join(
            f'<li><b>{esc(OUTCOME_NL.get(p.get("outcome", ""), "Onbekend"))}</b> {esc(_when(p))}: '
            f'{esc(p.get("summary_nl"))}</li>'
            for p in v["parts"]
        )
        parts = f'<div class="wlz-subtitle">Per periode</div><ul class="wlz-parts">{sub}</ul>'
    trace = conditions_html(v.get("conditions", []))
    provisos = conditions_html(v.get("provisos", []), "Let op", status=False)
    sources = ""
    if not v.get("conditions") and v.get("citations"):
        sources = '<div class="wlz-subtitle">Bron</div>' + "".join(_cite_html(c) for c in v["citations"])
    superseded = ""
    if v.get("superseded"):
        rows = "".join(
            f'<li><span class="wlz-badge wlz-badge-old">mogelijk achterhaald</span> “{esc(s.get("quote"))}” '
            f'<span class="wlz-cite-src">{esc(s.get("title"))} ({esc(date_nl(s.get("date")))}) — '
            f'achterhaald door {esc(s.get("superseded_by"))}</span></li>'
            for s in v["superseded"]
        )
        superseded = f'<div class="wlz-subtitle">Oudere bronnen die niet meer gelden</div><ul class="wlz-old">{rows}</ul>'
    return f"{parts}{trace}{provisos}{sources}{superseded}"


def verdict_label(v: dict[str, Any]) -> str:
    outcome = v.get("outcome", "unknown")
    if outcome == "unknown" and v.get("if_met") == "yes":
        return "Ja, mits …"  # only the missing facts stand between the question and a yes
    if v.get("answer_nl"):  # the rule's answer in words, not a "Nee" that reads as the opposite of the question
        return answer_label(str(v["answer_nl"]))
    return OUTCOME_NL.get(outcome, "Onbekend")


def answer_label(answer_nl: str) -> str:
    """The head of a rule's answer in words: "Dit valt onder het budget van de instelling" (before its colon)."""
    return answer_nl.split(":", 1)[0].strip()


def verdict_html(v: dict[str, Any] | None, *, today: date | None = None, show_trace: bool = True,
                 show_followups: bool = True) -> str:
    """The verdict banner: Ja / Nee / Onbekend, conditions with their status and quotes, follow-ups."""
    if not v:
        return ""
    outcome = v.get("outcome", "unknown")
    when = _when(v)
    reason = REASON_NL.get(v.get("reason", ""), "") if outcome == "unknown" else ""
    body = verdict_body_html(v) if show_trace else ""
    followups = followups_html(v.get("missing_facts", []), today) if show_followups else ""
    return (
        f'<div class="wlz-verdict wlz-verdict-{esc(outcome)}" data-outcome="{esc(outcome)}">'
        f'<div class="wlz-verdict-head"><span class="wlz-verdict-label">{esc(verdict_label(v))}</span>'
        f'<span class="wlz-verdict-q">{esc(v.get("question_nl"))}{(" — " + esc(when)) if when else ""}</span></div>'
        f'<div class="wlz-verdict-summary">{esc(v.get("summary_nl"))}</div>'
        f'{f"<div class=wlz-verdict-reason>{esc(reason)}</div>" if reason else ""}'
        f"{_understood_html(v) if show_trace else ''}{body}{followups}</div>"
    )


# --------------------------------------------------------------------------- documents


def locate_passage(text: str, passage_text: str, start: int | None, end: int | None) -> tuple[int, int] | None:
    """The passage's span in the document text: searched near ``start`` first, then anywhere."""
    if not passage_text:
        return None
    if start is not None and end is not None:
        lo = max(0, start - 400)
        span = find_span(text[lo: end + 400], passage_text)
        if span:
            return lo + span[0], lo + span[1]
    return find_span(text, passage_text)


def document_html(doc: Any, start: int | None = None, end: int | None = None, supporting: str = "",
                  quote: str = "", passage_text: str = "") -> str:
    """A cleaned document (``CleanDocument``) as escaped HTML; the passage (or ``quote``) highlighted.

    The passage is found by its text near ``[start:end]`` (falling back to the offsets themselves);
    the first highlighted piece carries ``id="wlz-hl"`` so the viewer can scroll to it.
    """
    text: str = doc.text
    found = locate_passage(text, passage_text, start, end)
    if found:
        start, end = found
    if (start is None or end is None or end <= start) and quote:
        span = find_span(text, quote)
        if span is None:
            span = find_span(text, " ".join(quote.split()[:12]))
        if span:
            start, end = span
    if start is not None and end is not None and not 0 <= start < end <= len(text):
        start = end = None
    sup_span = None
    if start is not None and end is not None and supporting:
        found = find_span(text[start:end], supporting)
        if found:
            sup_span = (start + found[0], start + found[1])
    meta = doc.meta
    head = (
        f'<div class="wlz-doc-head"><div class="wlz-doc-title">{esc(meta.title)}</div>'
        f'<div class="wlz-card-meta">{esc(KIND_NL.get(meta.kind, meta.kind))} · {esc(meta.date_nl)} · '
        f"{esc(meta.publisher)}{(' · ' + esc(meta.reference)) if meta.reference else ''}</div></div>"
    )
    blocks = list(getattr(doc, "blocks", ()) or [])
    if not blocks:
        body = f'<div class="wlz-doc-pre">{_marked(text, 0, len(text), start, end, sup_span, [True])}</div>'
        return f'<div class="wlz-doc">{head}{body}</div>'
    first = [True]
    out = []
    for i, b in enumerate(blocks):
        inner = _marked(text, b.start, b.end, start, end, sup_span, first)
        if b.kind == "heading":
            level = min(5, 2 + max(0, len(b.section) - 1))
            out.append(f'<h{level} class="wlz-doc-h" id="wlz-h-{i}">{inner}</h{level}>')
        elif b.kind == "bullet":
            out.append(f'<p class="wlz-doc-bullet">{inner}</p>')
        elif b.kind == "footnote":
            out.append(f'<p class="wlz-doc-foot">{inner}</p>')
        else:
            out.append(f"<p>{inner}</p>")
    toc = law_toc_html(text, blocks) if meta.kind == "wet" else ""
    return f'<div class="wlz-doc">{head}{toc}<div class="wlz-doc-body">{"".join(out)}</div></div>'


def law_toc_html(text: str, blocks: list[Any]) -> str:
    """A law's chapters, each opening to its articles; a button jumps to the heading in the viewer."""
    chapters: list[tuple[int, str, list[tuple[int, str]]]] = []
    for i, b in enumerate(blocks):
        if b.kind != "heading":
            continue
        title = " ".join(text[b.start:b.end].split())
        if title.startswith("Hoofdstuk"):
            chapters.append((i, title, []))
        elif title.startswith("Artikel") and chapters:
            chapters[-1][2].append((i, title))
    if not chapters:
        return ""
    rows = []
    for i, title, articles in chapters:
        arts = "".join(
            f'<li><button type="button" class="wlz-jump" data-jump="wlz-h-{j}">{esc(a)}</button></li>'
            for j, a in articles
        )
        rows.append(
            f'<li><details><summary>{esc(title)}</summary>'
            f'<button type="button" class="wlz-jump" data-jump="wlz-h-{i}">Naar {esc(title.split(".")[0])}</button>'
            f'<ul class="wlz-toc-arts">{arts}</ul></details></li>'
        )
    return (f'<nav class="wlz-toc" aria-label="Hoofdstukken en artikelen"><div class="wlz-subtitle">'
            f'Hoofdstukken en artikelen</div><ul>{"".join(rows)}</ul></nav>')


def _marked(text: str, a: int, b: int, hs: int | None, he: int | None, sup: tuple[int, int] | None,
            first: list[bool]) -> str:
    """Escaped ``text[a:b]`` with the overlap with ``[hs:he]`` marked (and the supporting span stronger)."""
    if hs is None or he is None or he <= a or hs >= b:
        return esc(text[a:b])
    cuts = sorted({a, b, max(a, hs), min(b, he)} | ({max(a, min(b, sup[0])), max(a, min(b, sup[1]))} if sup else set()))
    out = []
    for x, y in itertools.pairwise(cuts):
        piece = esc(text[x:y])
        if x >= hs and y <= he:
            cls = "wlz-hl wlz-hl-sup" if sup and x >= sup[0] and y <= sup[1] else "wlz-hl"
            ident = ' id="wlz-hl"' if first[0] else ""
            first[0] = False
            out.append(f'<mark class="{cls}"{ident}>{piece}</mark>')
        else:
            out.append(piece)
    return "".join(out)


def documents_html(rows: list[dict[str, Any]], kind: str = "") -> str:
    """The Bronnen table, newest first: title, kind, date (stated/estimated), passages, actuality, an open
    button; ``kind`` keeps only that kind."""
    if not rows:
        return message_html("Er staan nog geen documenten in het corpus.")
    if kind:
        rows = [r for r in rows if r.get("kind") == kind]
        if not rows:
            return message_html(f"Geen documenten van de soort {KIND_NL.get(kind, kind)}.")
    body = []
    for r in sorted(rows, key=lambda r: str(r.get("date", "")), reverse=True):
        est = r.get("date_status") == "estimated"
        date_cell = esc(r.get("date_nl")) + (
            f'<div class="wlz-doc-note">{esc(r.get("date_note"))}</div>' if est and r.get("date_note") else ""
        )
        indexed = bool(r.get("passages"))
        status_cls = "wlz-ok" if indexed and r.get("current", True) else "wlz-warn"
        status = r.get("actualiteit", "actueel") if indexed else str(r.get("status") or "niet geïndexeerd")
        body.append(
            f'<tr><td class="wlz-doc-title-cell">{esc(r.get("title"))}'
            f'<div class="wlz-doc-note">{esc(" · ".join(x for x in (r.get("publisher", ""), r.get("provenance", "")) if x))}</div></td>'
            f'<td>{esc(KIND_NL.get(r.get("kind", ""), r.get("kind", "")))}</td>'
            f"<td>{date_cell}<div class=\"wlz-doc-note\">{'geschat' if est else 'vermeld in document'}</div></td>"
            f'<td class="wlz-num">{esc(r.get("passages", 0))}</td>'
            f'<td><span class="{status_cls}">{esc(status)}</span></td>'
            f'<td><button type="button" class="wlz-open" data-doc="{esc(r.get("id"))}">Openen'
            f'<span class="wlz-sr"> {esc(r.get("title"))}</span></button></td></tr>'
        )
    return (
        '<table class="wlz-docs"><thead><tr><th>Titel</th><th>Soort</th><th>Datum</th><th>Passages</th>'
        f'<th>Actualiteit</th><th><span class="wlz-sr">Openen</span></th></tr></thead><tbody>{"".join(body)}</tbody></table>'
    )


# --------------------------------------------------------------------------- viewer and actions


def viewer_html(doc_html: str) -> str:
    """The document viewer: a "Terug naar antwoord" bar (shown on a phone, where the viewer slides over the
    page) and a panel that scrolls on its own, so opening a passage never moves the page."""
    body = doc_html or (
        '<p class="wlz-empty">Klik op een bronnummer of op "Bekijk in document" om het document hier te openen, '
        "op de juiste plek.</p>"
    )
    state = "open" if doc_html else "empty"
    return (
        f'<div class="wlz-viewer" data-state="{state}"><div class="wlz-viewer-bar">'
        '<button type="button" class="wlz-back" data-back="1">← Terug naar antwoord</button></div>'
        f'<div class="wlz-viewer-scroll" tabindex="0" role="region" aria-label="Document">{body}</div></div>'
    )


def actions_html(copy: str, lang: str = "nl") -> str:
    """"Kopieer antwoord met bronnen" with a visible "Gekopieerd"; the copied text is exactly ``copy``."""
    if not copy:
        return ""
    label = "Copy answer with sources" if lang == "en" else "Kopieer antwoord met bronnen"
    return (
        f'<div class="wlz-actions"><button type="button" class="wlz-copy" data-copy="1">{label}</button>'
        '<span class="wlz-copied" role="status" aria-live="polite"></span>'
        f'<textarea class="wlz-copy-text" hidden readonly>{esc(copy)}</textarea></div>'
    )


def examples_html(questions: list[str]) -> str:
    """Example questions as buttons that ask at once (hidden once a conversation starts)."""
    buttons = "".join(
        f'<li><button type="button" class="wlz-example" data-followup="{esc(q)}">{esc(q)}</button></li>'
        for q in questions
    )
    return f'<div class="wlz-examples"><h2 class="wlz-subtitle">Voorbeeldvragen</h2><ul>{buttons}</ul></div>'
