"""The Begrippen tab: the glossary's terms (``assistant/data/glossary.yaml``, key ``terms``), each with its
full form and a definition quoted verbatim from a corpus document, and the links from answers to it.

Pure: loading, locating a quote in a document, HTML. No gradio import.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

import yaml

from .render import date_nl, esc, find_span

GLOSSARY = Path(__file__).resolve().parent.parent / "data" / "glossary.yaml"


def slug(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", plain).strip("-") or "begrip"


@dataclass(frozen=True)
class Term:
    term: str
    full: str
    doc: str
    quote: str
    aliases: tuple[str, ...] = field(default_factory=tuple)

    @property
    def slug(self) -> str:
        return slug(self.term)

    def names(self) -> list[str]:
        """The spellings linked in answers: the term itself (unless it is "A / B") and its aliases."""
        own = [] if "/" in self.term else [self.term]
        return [*own, *self.aliases]


def load_terms(path: Path = GLOSSARY) -> list[Term]:
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    out = []
    for t in data.get("terms") or []:
        out.append(Term(term=str(t["term"]), full=str(t.get("full", "")), doc=str(t["doc"]),
                        quote=str(t["quote"]), aliases=tuple(str(a) for a in t.get("aliases") or ())))
    return sorted(out, key=lambda t: t.term.lower())


def locate(doc: Any, quote: str) -> tuple[int, int, str] | None:
    """Where ``quote`` stands in a ``CleanDocument``: start, end and the section heading above it."""
    span = find_span(doc.text, quote)
    if span is None:
        return None
    section = ""
    for b in getattr(doc, "blocks", ()) or ():
        if b.start > span[0]:
            break
        if b.kind == "heading":
            section = " ".join(doc.text[b.start:b.end].split())
    return span[0], span[1], section


def entry(term: Term, doc: Any | None) -> dict[str, Any]:
    """One glossary entry with its citation (``found`` False when the quote is not in the document)."""
    found = locate(doc, term.quote) if doc is not None else None
    meta = getattr(doc, "meta", None)
    return {
        "term": term.term, "slug": term.slug, "full": term.full, "quote": term.quote, "doc_id": term.doc,
        "aliases": list(term.aliases),
        "title": getattr(meta, "title", ""), "date": meta.date.isoformat() if meta is not None else "",
        "section": found[2] if found else "", "start": found[0] if found else None,
        "end": found[1] if found else None, "found": found is not None,
    }


def glossary_html(entries: list[dict[str, Any]]) -> str:
    """The Begrippen list with a search box (filtered in the browser, see ``JS_TERMS`` in layout)."""
    if not entries:
        return '<p class="wlz-empty">Er zijn nog geen begrippen.</p>'
    items = []
    for e in entries:
        where = " · ".join(x for x in (esc(e["title"]), esc(date_nl(e["date"])), esc(e["section"])) if x)
        search = " ".join([e["term"], e["full"], *e.get("aliases", []), e["quote"]]).lower()
        open_btn = (
            f'<button type="button" class="wlz-open-doc" data-doc="{esc(e["doc_id"])}" data-quote="{esc(e["quote"])}" '
            f'data-start="{e["start"] if e["start"] is not None else -1}" '
            f'data-end="{e["end"] if e["end"] is not None else -1}">Bekijk in document'
            f'<span class="wlz-sr"> ({esc(e["term"])})</span></button>'
        ) if e["found"] else '<span class="wlz-warn">Citaat niet gevonden in het document.</span>'
        same = e["full"].strip().lower() == e["term"].strip().lower()
        full = "" if same or not e["full"] else f' <span class="wlz-term-full">{esc(e["full"])}</span>'
        items.append(
            f'<li class="wlz-term-entry" id="begrip-{esc(e["slug"])}" data-search="{esc(search)}">'
            f'<h2 class="wlz-term-name">{esc(e["term"])}{full}</h2>'
            f'<blockquote class="wlz-quote">“{esc(e["quote"])}”</blockquote>'
            f'<div class="wlz-cite-src">{where}</div>{open_btn}</li>'
        )
    return (
        '<div class="wlz-terms"><label class="wlz-terms-label" for="wlz-term-search">Zoek een begrip</label>'
        '<input type="search" id="wlz-term-search" class="wlz-term-search" autocomplete="off" '
        'placeholder="bijv. LVHC, meerzorg, pgb">'
        f'<p class="wlz-terms-count" role="status" aria-live="polite">{len(entries)} begrippen</p>'
        f'<ul class="wlz-term-list">{"".join(items)}</ul></div>'
    )


class TermLinker:
    """Links the first mention of each glossary term in an answer to its entry on the Begrippen tab."""

    def __init__(self, terms: list[Term]) -> None:
        self.terms = terms

    @cached_property
    def _pattern(self) -> re.Pattern[str] | None:
        names: dict[str, str] = {}
        for t in self.terms:
            for n in t.names():
                names.setdefault(n, t.slug)
        if not names:
            return None
        self._slugs = names
        alts = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
        return re.compile(rf"(?<![\w&-])({alts})(?![\w&-])")

    def link(self, text: str, seen: set[str]) -> str:
        """Escaped ``text`` with first mentions (not yet in ``seen``) as links to ``#begrip-<slug>``."""
        pat = self._pattern
        if pat is None:
            return esc(text)
        out, pos = [], 0
        for m in pat.finditer(text):
            s = self._slugs[m.group(1)]
            if s in seen:
                continue
            seen.add(s)
            out.append(esc(text[pos:m.start()]))
            out.append(f'<a class="wlz-term" href="#begrip-{esc(s)}" data-term="{esc(s)}" '
                       f'title="Uitleg in Begrippen">{esc(m.group(1))}</a>')
            pos = m.end()
        out.append(esc(text[pos:]))
        return "".join(out)
