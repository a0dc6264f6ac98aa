"""Cleaning and structure: raw extracted text → :class:`CleanDocument` with blocks, sections and pages.

What is removed is page furniture only: ministry letterheads repeated on every page, page markers
("| 14"), a table of contents, website navigation, footnote back-links and inline footnote numbers.
Every word of the body is kept; hard-wrapped lines are joined, end-of-line hyphenation is undone,
bullets become "- ". Footnotes are moved out of the running text into their own blocks, which keep
the section they were defined in.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from ..types import Block, BlockKind, CleanDocument, DocumentMeta

# --- furniture patterns (data; each one tested in tests/unit/ingest) -------------------------------

LETTERHEAD = re.compile(
    r"^Ministerie van Volksgezondheid,\s*\n\s*Welzijn en Sport\s*\n.*?kenmerk van\s+deze\s+brief\.\*?[ \t]*$",
    re.DOTALL | re.MULTILINE,
)
PAGE_MARKER = re.compile(r"^\s*\|\s*(\d{1,4})\s*$")
FURNITURE_LINES = [
    re.compile(p)
    for p in (
        r"^\s*(\[[^\]\n]{1,40}\]\s*){2,}$",  # website navigation: [overzicht] [activiteiten] …
        r"^Nummer: \d{4}D\d+, datum:",
        r"^Directe link naar document",
        r"^Gerelateerde personen:",
        r"^Onderdeel van (kamerstukdossier|zaak|activiteiten)",
        r"^Preview document",
        r"^-{3,}\s*$",  # markdown horizontal rule
        # the Kamerstuk opening (dossier line, number + sender, addressee, place and date)
        r"^\s*\d{2} \d{3}(?: [A-Z]{1,3})?\s+[A-Z][^.]{0,80}$",
        r"^\s*Nr\. \d{1,4}\s+(Brief|Verslag|Motie|Nota) van ",
        r"^\s*Aan de [Vv]oorzitter van de (Tweede|Eerste) Kamer",
        r"^\s*Den Haag, \d{1,2} [a-z]+ \d{4}\s*$",
    )
]
BULLET = re.compile(r"^\s*(?:[−•▪●◦·\u2013\uf0b7\uf0a7]|o(?=\s)|[-*](?=\s))\s*")
MD_HEADING = re.compile(r"^(#{1,6})\s+(.*)$")
MD_FOOTNOTE_DEF = re.compile(r"^<sup>(\d{1,3})</sup>\s*(.*)$")
ENDNOTE_DEF = re.compile(r"^\s*(\d{1,3})\.\s+(.*?)\s*↩︎?\s*$")
PDF_FOOTNOTE_DEF = re.compile(r"^\s?(\d{1,2})\s+(\S.*)$")
TOC_ENTRY = re.compile(r"^\s*(\d+(?:\.\d+)*)\s+(.+?)\s+(\d{1,3})\s*$")
NUMBERED_HEADING = re.compile(r"^\s*(\d+(?:\.\d+)+)\s+([A-Z(].*)$")
URL_LINE = re.compile(r"^\s*(https?://|www\.)\S+\s*$")
CODE_BEFORE_DIGIT = re.compile(r"(?:VG|VV|LVG|SGLVG|LG|ZG|GGZ|ZZP|H|nr|GP)$")
GENERIC_LABELS = {"aanvullende inkoopvoorwaarden", "toelichting", "leeswijzer"}
SENTENCE_END = (".", "!", "?", ":", ";", ",")
CONJUNCTIONS = {"en", "of", "tot", "en/of"}


def _inline_markdown(line: str) -> str:
    line = re.sub(r"<sup>\d{1,3}</sup>", "", line)
    line = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", line)
    line = line.replace("**", "")
    line = re.sub(r"(?<![\w*])\*(?!\s)([^*\n]+?)(?<!\s)\*(?![\w*])", r"\1", line)
    return line.replace("↩︎", "").replace("↩", "")


# --- line classification ---------------------------------------------------------------------------


@dataclass
class Line:
    text: str  # stripped text
    raw: str
    page: int | None
    kind: str = "body"  # body | blank | heading | bullet | footnote
    level: int = 0
    fn: int | None = None
    blank_before: int = 0


def _unify_newlines_and_spaces(text: str) -> str:
    """One newline (\\n), plain spaces for no-break/figure/tab spaces, invisible marks (zero-width, BOM, soft
    hyphen, direction marks) removed."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    for ch in ("\u00a0", "\u2007", "\u202f", "\t"):
        text = text.replace(ch, " ")
    for ch in ("\u200b", "\ufeff", "\u00ad", "\u200e", "\u200f"):
        text = text.replace(ch, "")
    return text


def _parse_toc(lines: list[str]) -> tuple[dict[str, str], set[int]]:
    """Find an "Inhoud" table of contents: number → title, and the line indexes it occupies."""
    toc: dict[str, str] = {}
    used: set[int] = set()
    for i, line in enumerate(lines):
        if line.strip() in ("Inhoud", "Inhoudsopgave"):
            used.add(i)
            pending = ""
            pending_idx: list[int] = []
            misses = 0
            for j in range(i + 1, min(len(lines), i + 400)):
                s = lines[j].strip()
                if not s or PAGE_MARKER.match(lines[j]):
                    used.add(j)
                    continue
                m = TOC_ENTRY.match(f"{pending} {s}".strip() if pending else s)
                if m and re.match(r"^\d", (pending or s)):
                    toc[m.group(1)] = " ".join(m.group(2).split())
                    used.update([*pending_idx, j])
                    pending, pending_idx, misses = "", [], 0
                elif re.match(r"^\d+(\.\d+)*\s+\S", s) and not pending:
                    pending, pending_idx = s, [j]
                elif pending and len(pending_idx) < 3:
                    pending = f"{pending} {s}"
                    pending_idx.append(j)
                else:
                    misses += 1
                    if misses > 0 and toc:
                        break
            break
    return toc, used


def _split_pages(text: str, pdf_like: bool) -> list[tuple[str, int | None]]:
    """Return (line, page) pairs; letterheads and page markers become page breaks."""
    has_letterhead = bool(LETTERHEAD.search(text))
    text = LETTERHEAD.sub("\f", text)
    out: list[tuple[str, int | None]] = []
    page: int | None = None
    raw_lines = text.split("\n")
    has_markers = any(PAGE_MARKER.match(line) for line in raw_lines)
    paged = has_letterhead or has_markers or pdf_like
    if paged:
        page = 1 if not has_markers else None
    prev_nonblank = ""
    prev_was_lost_bullet = False
    for line in raw_lines:
        if line.startswith("\f"):
            page = 1 if page is None or not any(o.strip() for o, _ in out) else page + 1
            line = line[1:]
            if not line.strip():
                continue
        m = PAGE_MARKER.match(line)
        if m:
            page = int(m.group(1))
            continue
        if paged and re.match(r"^ (?! )\S", line) and out:
            if not _is_lost_bullet(line, prev_nonblank, prev_was_lost_bullet):
                page = (page or 1) + 1
                prev_was_lost_bullet = False
            else:
                line = "• " + line.strip()
                prev_was_lost_bullet = True
        elif line.strip():
            prev_was_lost_bullet = False
        out.append((line, page))
        if line.strip():
            prev_nonblank = line.strip()
    return out


def _is_lost_bullet(line: str, prev: str, prev_was_bullet: bool) -> bool:
    """A line that starts with one space is a page start, unless it is a bullet whose glyph got lost."""
    s = line.strip()
    if BULLET.match(s) and not s.startswith(("-", "*")):
        return False  # an explicit bullet after a single space: a page start in these extractions
    if not s[:1].isupper():
        return False
    if PDF_FOOTNOTE_DEF.match(prev) or URL_LINE.match(prev):
        return False
    return prev.endswith((":", ";")) or prev_was_bullet


@dataclass
class _Footnotes:
    """Where the classifier is with footnotes: the number the next one must have, and whether the rest of the
    page is the footnote zone (PDF footnotes sit at the bottom of their page)."""

    next_fn: int = 1
    in_zone: bool = False


def _classify(pairs: list[tuple[str, int | None]], toc: dict[str, str], toc_lines: set[int]) -> list[Line]:
    """Each source line → a Line of a kind (blank, footnote, heading, bullet, body); furniture and TOC lines out."""
    lines: list[Line] = []
    notes = _Footnotes()
    current_page: int | None = None
    idx = 0
    while idx < len(pairs):
        raw, page = pairs[idx]
        i = idx
        idx += 1
        if page != current_page:
            notes.in_zone = False
            current_page = page
        if i in toc_lines or any(p.match(raw) for p in FURNITURE_LINES):
            continue
        stripped = raw.strip()
        if not stripped:
            lines.append(Line("", raw, page, kind="blank"))
            continue
        note = _footnote(raw, stripped, page, lines, toc, notes)
        if note is not None:
            lines.append(note)
            continue
        if notes.in_zone:  # continuation of a footnote (wrapped text or its URL) until the page ends
            _continue_footnote(lines, stripped)
            continue
        heading, idx = _heading(raw, stripped, page, toc, pairs, idx)
        lines.append(heading or _body(raw, stripped, page))
    _mark_plain_headings(lines)
    _count_blank_runs(lines)
    return lines


def _footnote(raw: str, stripped: str, page: int | None, lines: list[Line], toc: dict[str, str],
              notes: _Footnotes) -> Line | None:
    """A footnote definition: Markdown ``[^n]:``, an endnote with ``↩``, or a PDF footnote (the expected next
    number after a blank line, not a numbered heading and not a TOC entry)."""
    md_fn = MD_FOOTNOTE_DEF.match(stripped)
    if md_fn:
        notes.next_fn = int(md_fn.group(1)) + 1
        return Line(_inline_markdown(md_fn.group(2)).strip(), raw, page, kind="footnote", fn=int(md_fn.group(1)))
    if "↩" in stripped:
        m = ENDNOTE_DEF.match(stripped)
        if m:
            return Line(_inline_markdown(m.group(2)).strip(), raw, page, kind="footnote", fn=int(m.group(1)))
    pdf_fn = PDF_FOOTNOTE_DEF.match(raw)
    prev_blank = not lines or lines[-1].kind == "blank" or notes.in_zone
    if pdf_fn and int(pdf_fn.group(1)) == notes.next_fn and prev_blank and not NUMBERED_HEADING.match(raw):
        num = int(pdf_fn.group(1))
        if not (toc and str(num) in toc and toc[str(num)].split()[0] == pdf_fn.group(2).split()[0]):
            notes.next_fn = num + 1
            notes.in_zone = True
            return Line(pdf_fn.group(2).strip(), raw, page, kind="footnote", fn=num)
    return None


def _continue_footnote(lines: list[Line], stripped: str) -> None:
    for prev in reversed(lines):
        if prev.kind == "footnote":
            if URL_LINE.match(stripped) and stripped in prev.text:
                break
            prev.text = f"{prev.text} {stripped}" if not URL_LINE.match(stripped) or stripped not in prev.text else prev.text
            break


def _heading(raw: str, stripped: str, page: int | None, toc: dict[str, str], pairs: list[tuple[str, int | None]],
             idx: int) -> tuple[Line | None, int]:
    """A heading (Markdown, a numbered one the TOC names — its title may wrap over the next lines, which are then
    consumed —, or a short numbered line without a TOC), and the index of the next line to read."""
    md = MD_HEADING.match(stripped)
    if md:
        return Line(_inline_markdown(md.group(2)).strip(), raw, page, kind="heading", level=len(md.group(1)) - 2), idx
    numbered = re.match(r"^(\d+(?:\.\d+)*)\s+(.*)$", stripped)
    if numbered and numbered.group(1) in toc and _toc_title_matches(toc[numbered.group(1)], numbered.group(2)):
        title = toc[numbered.group(1)]
        consumed = " ".join(numbered.group(2).split())
        while len(consumed) < len(title) and idx < len(pairs):
            nxt = pairs[idx][0].strip()
            if not nxt:
                idx += 1
                continue
            candidate = f"{consumed} {nxt}"
            if title.startswith(candidate) or candidate.startswith(title):
                consumed = candidate
                idx += 1
            else:
                break
        return Line(f"{numbered.group(1)} {title}", raw, page, kind="heading",
                    level=numbered.group(1).count(".") + 1), idx
    n = NUMBERED_HEADING.match(stripped)
    if not toc and n and len(stripped) < 90 and not stripped.endswith("."):
        return Line(stripped, raw, page, kind="heading", level=n.group(1).count(".") + 1), idx
    return None, idx


def _body(raw: str, stripped: str, page: int | None) -> Line:
    bullet = BULLET.match(stripped)
    if bullet and len(stripped) > bullet.end():
        return Line(_inline_markdown(stripped[bullet.end():]).strip(), raw, page, kind="bullet")
    return Line(_inline_markdown(stripped).strip(), raw, page)


def _count_blank_runs(lines: list[Line]) -> None:
    """Each line learns how many blank lines precede it (paragraph breaks)."""
    run = 0
    for ln in lines:
        if ln.kind == "blank":
            run += 1
        else:
            ln.blank_before = run
            run = 0


def _toc_title_matches(title: str, rest: str) -> bool:
    rest = " ".join(rest.split())
    return bool(rest) and (title.startswith(rest[:20]) or rest.startswith(title[:20]))


def _mark_plain_headings(lines: list[Line]) -> None:
    """A short single line between paragraphs, without closing punctuation, is a heading."""
    numbered_level = 0
    for i, line in enumerate(lines):
        if line.kind == "heading":
            numbered_level = line.level if line.level > 0 else numbered_level
            continue
        if line.kind != "body":
            continue
        text = line.text
        prev = next((p for p in reversed(lines[:i]) if p.kind != "blank"), None)
        nxt = next((n for n in lines[i + 1 :] if n.kind != "blank"), None)
        # a heading never continues an unfinished sentence ("… LVG3 tot en met" / "LVG5" is a wrapped line)
        prev_ok = prev is None or prev.kind in ("heading", "footnote") or prev.text.rstrip().endswith(
            (".", "!", "?", ":", ";", ")")
        )
        next_ok = nxt is not None and (nxt.kind in ("bullet", "heading", "footnote") or nxt.text[:1].isupper() or nxt.text[:1].isdigit())
        if (
            prev_ok
            and next_ok
            and 2 < len(text) <= 80
            and len(text.split()) <= 12
            and text[:1].isupper()
            and not text.endswith(SENTENCE_END)
            and not URL_LINE.match(text)
            and " | " not in text  # a table row
        ):
            line.kind = "heading"
            line.level = 99 if text.lower() in GENERIC_LABELS else max(numbered_level + 1, 1)


def _remove_inline_refs(lines: list[Line]) -> None:
    """Delete the inline footnote numbers ("zorgbehoefte2.") that point to footnotes we moved out."""
    numbers = sorted({ln.fn for ln in lines if ln.kind == "footnote" and ln.fn is not None})
    search_from = 0
    body_idx = [i for i, ln in enumerate(lines) if ln.kind in ("body", "bullet")]
    for n in numbers:
        # never after "2." or "3," — "paragraaf 2.8" holds a section number, not a footnote reference
        pattern = re.compile(rf"(?<=[A-Za-zÀ-ÿ’'”\").,;:?!])(?<!\d[.,]){n}(?=[\s.,;:)’”]|$)")
        for pos, i in enumerate(body_idx):
            if pos < search_from:
                continue
            ln = lines[i]
            m = pattern.search(ln.text)
            while m and CODE_BEFORE_DIGIT.search(ln.text[: m.start()]):
                m = pattern.search(ln.text, m.end())
            if m:
                ln.text = ln.text[: m.start()] + ln.text[m.end() :]
                search_from = pos
                break


def _join(prev: str, nxt: str) -> str:
    """Join a hard-wrapped line, undoing end-of-line hyphenation of lower-case words."""
    if not prev:
        return nxt
    first = nxt.split(" ", 1)[0]
    if prev.endswith("-") and first[:1].islower() and first.rstrip(",.;:") not in CONJUNCTIONS:
        if re.search(r"(?:^|[\s(/])[a-zà-ÿ]+-$", prev):
            return prev[:-1] + nxt  # "instellings-" + "budget": hyphenation undone
        if re.search(r"[\w)]-$", prev):
            return prev + nxt  # "Wlz-" + "zorg": a real compound hyphen, kept
    return f"{prev} {nxt}"


@dataclass
class BlockBuilder:
    """Accumulates blocks and the document text they are cut from (offsets kept)."""

    parts: list[str] = field(default_factory=list)
    length: int = 0
    blocks: list[Block] = field(default_factory=list)
    pages: list[tuple[int, int]] = field(default_factory=list)

    def add(self, kind: BlockKind, text: str, section: tuple[str, ...], page: int | None) -> None:
        text = re.sub(r" {2,}", " ", text).strip()
        if not text:
            return
        if self.parts:
            self.parts.append("\n\n")
            self.length += 2
        start = self.length
        self.parts.append(text)
        self.length += len(text)
        self.blocks.append(Block(kind, text, start, self.length, section, page))


def build_document(meta: DocumentMeta, raw: str, *, pdf_like: bool | None = None) -> CleanDocument:
    text = _unify_newlines_and_spaces(raw)
    real_pdf = pdf_like is True  # a .pdf file; text extractions saved as .txt keep the older, tested rules
    if pdf_like is None:
        pdf_like = not MD_HEADING.search(text) and bool(re.search(r"^ (?! )\S", text, re.MULTILINE))
    raw_lines = text.split("\n")
    toc, toc_lines = _parse_toc(raw_lines)
    pairs = _split_pages(text, pdf_like)
    # _split_pages may remove letterhead lines, so TOC indexes are recomputed on its output
    if toc:
        toc, toc_lines = _parse_toc([p[0] for p in pairs])
    if real_pdf:
        pairs = _strip_page_numbers(pairs)
    lines = _classify(pairs, toc, toc_lines)
    _remove_inline_refs(lines)

    nonblank = [i for i, ln in enumerate(lines) if ln.kind != "blank"]
    single = sum(1 for i in nonblank if i + 1 < len(lines) and lines[i + 1].kind == "blank"
                 and (i + 2 >= len(lines) or lines[i + 2].kind != "blank"))
    noisy = bool(nonblank) and single > 0.4 * len(nonblank)  # PDF extraction with a blank line after every line

    builder = BlockBuilder()
    stack: list[tuple[int, str]] = []
    footnotes: list[tuple[str, tuple[str, ...], int | None]] = []
    buf = ""
    buf_kind: BlockKind = "para"
    buf_page: int | None = None
    page_marks: list[tuple[int, int]] = []
    last_page: int | None = None

    def section() -> tuple[str, ...]:
        return tuple(title for _, title in stack)

    pending_flush = False
    buf_last_page: int | None = None

    def flush() -> None:
        nonlocal buf, pending_flush
        pending_flush = False
        if buf.strip():
            builder.add(buf_kind, ("- " if buf_kind == "bullet" else "") + buf.strip(), section(), buf_page)
        buf = ""

    for ln in lines:
        if ln.page is not None and ln.page != last_page and ln.kind != "footnote":
            offset = builder.length + (2 if builder.parts else 0) + (len(buf) + 1 if buf else 0)
            page_marks.append((offset, ln.page))
            last_page = ln.page
        if ln.kind == "blank":
            pending_flush = bool(buf)
        elif ln.kind == "body" and pending_flush and (
            _continues(buf, ln, buf_last_page) or (noisy and ln.blank_before == 1 and _soft_break(buf, ln))
        ):
            buf = _join(buf, ln.text)
            buf_last_page = ln.page
            pending_flush = False
        elif ln.kind == "footnote":
            footnotes.append((ln.text, section(), ln.page))
        elif ln.kind == "heading":
            flush()
            while stack and stack[-1][0] >= ln.level:
                stack.pop()
            stack.append((ln.level, ln.text))
            builder.add("heading", ln.text, section(), ln.page)
        elif ln.kind == "bullet":
            flush()
            buf, buf_kind, buf_page, buf_last_page = ln.text, "bullet", ln.page, ln.page
        else:
            if pending_flush or (real_pdf and buf and ln.page != buf_last_page and _new_page_starts_fresh(buf, ln)):
                flush()
            if buf_kind == "para" and _numbered_title_ends(buf, ln.text):
                # "1. Aanpassing van de VG7-tarieven … van de NZa" / "De NZa bepaalt …": the numbered title of a
                # list item heads what follows; glued into the next sentence it read as one run-on sentence
                title, buf = buf.strip(), ""
                while stack and stack[-1][0] >= NUMBERED_ITEM_LEVEL:
                    stack.pop()
                stack.append((NUMBERED_ITEM_LEVEL, title))
                builder.add("heading", title, section(), buf_page)
            if not buf:
                buf_kind, buf_page = "para", ln.page
            buf = _join(buf, ln.text)
            buf_last_page = ln.page
    flush()
    for text_, sec, page in footnotes:
        builder.add("footnote", text_, sec, page)
    full = "".join(builder.parts)
    pages = tuple(_dedupe_pages(page_marks))
    return CleanDocument(meta=meta, text=full, blocks=tuple(builder.blocks), pages=pages)


def _new_page_starts_fresh(buf: str, line: Line) -> bool:
    """In a PDF a finished sentence at the end of a page and a capital on the next start a new paragraph."""
    return buf.rstrip().endswith((".", "!", "?", ":")) and (line.text[:1].isupper() or line.text[:1].isdigit())


PAGE_EDGE_NUMBER = re.compile(r"^(\d{1,3})\s+(?=[A-ZÀ-Ý])")
PAGE_END_NUMBER = re.compile(r"(?<=[.:;!?])\s+(\d{1,3})$")


def _strip_page_numbers(pairs: list[tuple[str, int | None]]) -> list[tuple[str, int | None]]:
    """Printed page numbers in a PDF extraction: a line that is only a number, or a number glued to the
    first line of a page ("12 Als een persoon …") or to the end of its last line ("… hieronder: 13")."""
    out = list(pairs)
    by_page: dict[int | None, list[int]] = {}
    for i, (line, page) in enumerate(out):
        if line.strip():
            by_page.setdefault(page, []).append(i)
    # the printed page number may run ahead of or behind the PDF's page count: learn the offset
    offsets: Counter[int] = Counter()
    for page, idxs in by_page.items():
        if page is None:
            continue
        seen = set()
        for i in (idxs[0], idxs[-1]):
            line = out[i][0].strip()
            m = re.fullmatch(r"\d{1,4}", line) or PAGE_EDGE_NUMBER.match(line) or PAGE_END_NUMBER.search(line)
            if m:
                seen.add(int(m.group(1) if m.groups() else m.group(0)) - page)
        offsets.update(seen)
    common = {o for o, n in offsets.items() if n >= 2 and n >= 0.3 * len(by_page)}
    for page, idxs in by_page.items():
        if page is None:
            continue
        near = {page - 1, page, page + 1} | {page + o for o in common}
        for i in idxs:
            if re.fullmatch(r"\s*\d{1,4}\s*", out[i][0]) and int(out[i][0]) in near:
                out[i] = ("", page)
        live = [i for i in idxs if out[i][0].strip()]
        if not live:
            continue
        first, last = live[0], live[-1]
        m = PAGE_EDGE_NUMBER.match(out[first][0].strip())
        if m and int(m.group(1)) in near and not NUMBERED_HEADING.match(out[first][0]):
            out[first] = (out[first][0].strip()[m.end():], page)
        m = PAGE_END_NUMBER.search(out[last][0].rstrip())
        if m and int(m.group(1)) in near:
            out[last] = (out[last][0].rstrip()[: m.start()], page)
    return out


NUMBERED_ITEM_LEVEL = 50  # below every real heading
NUMBERED_TITLE = re.compile(r"^\d{1,2}\.\s+[A-Z]")


def _numbered_title_ends(buf: str, nxt: str) -> bool:
    """A short numbered item without closing punctuation, and the next line starts a new sentence."""
    buf = buf.strip()
    return (bool(NUMBERED_TITLE.match(buf)) and len(buf) <= 160 and not buf.endswith(SENTENCE_END)
            and nxt[:1].isupper())


def _continues(buf: str, line: Line, buf_page: int | None) -> bool:
    """A paragraph interrupted by a page break (letterhead, footnotes) goes on in lower case."""
    return (
        bool(buf)
        and line.page != buf_page
        and line.text[:1].islower()
        and not buf.rstrip().endswith((".", "!", "?", ":"))
    )


def _soft_break(buf: str, line: Line) -> bool:
    """In blank-line-noisy extractions one blank line is usually just a wrapped line."""
    ends = buf.rstrip().endswith((".", "!", "?", ":"))
    return not (ends and (line.text[:1].isupper() or line.text[:1].isdigit()))


def _dedupe_pages(marks: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for offset, page in marks:
        if out and out[-1][1] == page:
            continue
        out.append((offset, page))
    return out


