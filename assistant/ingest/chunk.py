"""Chunking: blocks of a cleaned document → passages along sections and sentence boundaries."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..types import Block, CleanDocument, Passage

# Split after . ! ? (optionally closing quote/paren) when a new sentence starts, and at a block break (a list item
# or slide line without a full stop is a sentence of its own).
_SENT_END = re.compile(r"(?<=[.!?])[’”')]?\s+(?=[A-ZÀ-Ý0-9‘“(\-•])|(?<=\S)[ \t]*\n[ \t]*\n\s*(?=\S)")  # or a block break
_ABBREV = re.compile(r"(?:\b(?:o\.a|d\.d|nr|jl|bijv|m\.b\.t|t\.a\.v|i\.p\.v|e\.d|z\.s\.m|ca|art|Nr|mr|dr|drs|ir|blz)\.)$", re.I)


_LIST_LABEL = re.compile(r"^\s*(?:[a-z]{1,2}|\d{1,2}°?|[ivx]{1,4})\.$")  # "b." / "1°." opening a list item
# a list item's label after a lead-in or the item before it ("… zetten we in voor:\n1. Het …", "…; 2. Modern …"):
# the sentence ends before the label, which opens the next one
_TRAILING_LABEL = re.compile(r"(?<=[:;])\s+(?:[a-z]|\d{1,2}°?)\.$|(?<=\S)[ \t]*\n\s*(?:[a-z]|\d{1,2}°?)\.$")


def sentence_spans(text: str, offset: int = 0) -> Iterator[tuple[int, int]]:
    """(start, end) of each sentence in ``text``, shifted by ``offset``."""
    start = 0
    for m in _SENT_END.finditer(text):
        head = text[start : m.start() + 1]
        if _ABBREV.search(head.rstrip()) or _LIST_LABEL.match(head.rstrip()):
            continue
        label = _TRAILING_LABEL.search(head.rstrip())
        if label:  # "…voor: 1." → "…voor:" here, "1. Het …" opens the next sentence
            yield offset + start, offset + start + label.start()
            start += label.start() + len(label.group(0)) - len(label.group(0).lstrip())
            continue
        end = m.start() + len(m.group(0).rstrip())
        if text[start:end].strip():
            yield offset + start, offset + end
        start = m.end()
    if text[start:].strip():
        yield offset + start, offset + len(text.rstrip())


# Letter furniture: the salutation, the closing and the signature block are part of the document (the viewer
# shows them) but never of a passage, so an answer can never quote "Geachte voorzitter," or "Hoogachtend".
SALUTATION = re.compile(r"^(?:Geachte (?:voorzitter|heer|mevrouw|leden)[^,\n]{0,60},|Beste [^,\n]{1,40},)\s*")
CLOSING = re.compile(r"^(?:Hoogachtend|Met (?:vriendelijke|hartelijke) groet(?:en)?)\b")
INITIALS = re.compile(r"\b(?:[A-Z]\.){1,5}(?=\s|$)")
SIGNATURE = re.compile(r"^(?:de|De) (?:staatssecretaris|minister|directeur|voorzitter)\b[^.!?]{0,160}$")


def body_span(block: Block, after_closing: bool) -> tuple[int, int] | None:
    """The part of a block that may be quoted (offsets into the document), or None for letter furniture."""
    text = block.text
    signature = SIGNATURE.match(INITIALS.sub("", text))  # "…, N.J.F. Pouw-Verweij": initials are no sentence end
    if block.kind == "para" and (CLOSING.match(text) or signature or (after_closing and len(text) < 160)):
        return None
    m = SALUTATION.match(text)
    start = block.start + (m.end() if m else 0)
    return (start, block.end) if start < block.end else None


def _units(blocks: list[Block], max_chars: int) -> list[tuple[int, int]]:
    units: list[tuple[int, int]] = []
    closed = False
    for b in blocks:
        closed = closed or bool(CLOSING.match(b.text))
        span = body_span(b, closed)
        if span is None:
            continue
        offset = span[0] - b.start
        for s, e in sentence_spans(b.text[offset:], span[0]):
            while e - s > max_chars:  # a run-on "sentence" (lists without full stops): cut at a space
                cut = b.text.rfind(" ", s - b.start, s - b.start + max_chars)
                cut = (cut + b.start) if cut > s - b.start else s + max_chars
                units.append((s, cut))
                s = cut + 1
            units.append((s, e))
    return units


def chunk_document(doc: CleanDocument, max_chars: int = 900, overlap: int = 1) -> list[Passage]:
    """Passages never cross a section boundary and never cut a sentence (but for run-ons over max_chars)."""
    meta = doc.meta
    passages: list[Passage] = []

    def emit(start: int, end: int, section: tuple[str, ...], footnote: bool = False) -> None:
        text = doc.text[start:end].strip()
        if not text:
            return
        passages.append(
            Passage(
                doc_id=meta.id, title=meta.title, kind=meta.kind, date=meta.date, section=section,
                page=doc.page_at(start), start=start, end=end, text=text, is_footnote=footnote,
                added=str(meta.added or ""),
            )
        )

    groups: list[tuple[tuple[str, ...], list[Block]]] = []
    for b in doc.blocks:
        if b.kind == "heading":
            continue
        if b.kind == "footnote":
            emit(b.start, b.end, b.section, footnote=True)
            continue
        if groups and groups[-1][0] == b.section:
            groups[-1][1].append(b)
        else:
            groups.append((b.section, [b]))

    for section, blocks in groups:
        units = _units(blocks, max_chars)
        i = 0
        while i < len(units):
            j = i
            while j + 1 < len(units) and units[j + 1][1] - units[i][0] <= max_chars:
                j += 1
            emit(units[i][0], units[j][1], section)
            if j + 1 >= len(units):
                break
            # overlap: start the next passage with the last `overlap` sentences, if they are short
            nxt = j + 1
            back = max(i + 1, nxt - overlap)
            if overlap and units[nxt - 1][1] - units[back][0] < max_chars // 3:
                nxt = back
            i = nxt
    passages.sort(key=lambda p: (p.is_footnote, p.start))
    return passages
