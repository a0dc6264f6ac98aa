"""PDF with a text layer → structured raw text, from word positions (pdfplumber).

What comes out is what the cleaner understands:

* ``| N`` on its own line before each page (citations get page numbers);
* headings as ``## …`` / ``### …`` / ``#### …`` lines (by font size, largest first);
* bullets (•, ▪, ➢, ✓, …) as ``- …`` lines, wrapped continuation lines joined;
* a paragraph on one line (hard wraps joined, end-of-line hyphenation undone);
* footnotes (below a ``–––`` separator or in a small font at the page bottom) as ``<sup>N</sup> …``
  after the page's body, so they are kept apart from the running text;
* tables: a data table row per line, cells joined with `` | ``; a layout table (a label column next to
  running text, as in Word "forms") as the label as a heading and the text as paragraphs and bullets.

Removed: running headers and footers (the same text at the same height on most pages) and page
numbers in the top or bottom margin. Items are separated by two blank lines, so the cleaner never
takes them for a blank-line-noisy extraction that it should re-join.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

BULLET_GLYPHS = "•▪●◦·‣⁃∙➢➤►▶✓✔\uf0b7\uf0a7\uf0d8\uf0fc\uf076−–"
BULLET_START = re.compile(rf"^\s*(?:[{BULLET_GLYPHS}]|o(?=\s)|[-*](?=\s))\s*")
PAGE_NUMBER = re.compile(r"^(?:pagina|page|blz\.?|p\.)?\s*\d{1,4}(?:\s*(?:/|van|of)\s*\d{1,4})?$", re.IGNORECASE)
SEPARATOR = re.compile(r"^[\s–—_\-‒―]{4,}$")
TOC_TITLE = re.compile(r"^(?:inhoud|inhoudsopgave|inhoudstafel|table of contents|contents)$", re.IGNORECASE)
NUMBERED_ITEM = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\.\s+\S|^\d{1,2}\.\d{1,2}(?:\.\d{1,2})*\s+\S")
SECTION_NO = re.compile(r"^(\d+(?:\.\d+)*)\.?\s")
QUOTE_START = ("“", '"', "„", "‘", "'")
MARGIN = 0.11  # top and bottom share of the page where running headers, footers and page numbers live


@dataclass
class Seg:
    """Words on one baseline that belong together (a wide gap splits a line into segments)."""

    words: list[dict[str, Any]]
    page: int

    @property
    def text(self) -> str:
        return " ".join(w["text"] for w in self.words)

    @property
    def x0(self) -> float:
        return float(min(w["x0"] for w in self.words))

    @property
    def x1(self) -> float:
        return float(max(w["x1"] for w in self.words))

    @property
    def top(self) -> float:
        return float(min(w["top"] for w in self.words))

    @property
    def bottom(self) -> float:
        return float(max(w["bottom"] for w in self.words))

    @property
    def size(self) -> float:
        sizes = Counter(round(w["size"], 1) for w in self.words if not _is_glyph(w["text"]))
        return float(sizes.most_common(1)[0][0]) if sizes else float(round(self.words[0]["size"], 1))

    @property
    def bold(self) -> bool:
        real = [w for w in self.words if not _is_glyph(w["text"])]
        return bool(real) and all(re.search(r"bold|black|heavy|semibold", w["fontname"], re.I) for w in real)

    @property
    def text_x0(self) -> float:
        """Where the text after a bullet glyph starts (continuation lines align here)."""
        real = [w for w in self.words if not _is_glyph(w["text"])]
        return min(w["x0"] for w in real) if real else self.x0


@dataclass
class Block:
    segs: list[Seg] = field(default_factory=list)

    @property
    def x0(self) -> float:
        return min(s.x0 for s in self.segs)

    @property
    def x1(self) -> float:
        return max(s.x1 for s in self.segs)

    @property
    def top(self) -> float:
        return self.segs[0].top

    @property
    def size(self) -> float:
        return self.segs[-1].size

    @property
    def text(self) -> str:
        return " ".join(s.text for s in self.segs)


def _is_glyph(text: str) -> bool:
    return len(text) == 1 and (text in BULLET_GLYPHS or text in "o-*")


def join_wrapped(prev: str, nxt: str) -> str:
    """Join a wrapped line; undo end-of-line hyphenation of lower-case words ("instellings-" + "budget")."""
    if not prev:
        return nxt
    if prev.endswith("-") and nxt[:1].islower() and re.search(r"(?:^|[\s(/])[a-zà-ÿ]+-$", prev):
        first = nxt.split(" ", 1)[0].rstrip(",.;:")
        if first not in {"en", "of", "tot", "en/of"}:
            return prev[:-1] + nxt
    return f"{prev} {nxt}"


# --- words → segments → blocks ---------------------------------------------------------------------


def _segments(words: list[dict[str, Any]], page: int) -> list[Seg]:
    rows: list[list[dict[str, Any]]] = []
    for w in sorted(words, key=lambda w: (w["top"], w["x0"])):
        for row in reversed(rows[-8:]):
            first = row[0]  # compared with the row's first word, not its growing span
            digits = w["text"].isdigit() or first["text"].isdigit()  # superscripts are small
            if not digits and not 0.7 <= w["size"] / max(first["size"], 0.1) <= 1.43:
                continue
            overlap = min(first["bottom"], w["bottom"]) - max(first["top"], w["top"])
            if overlap > 0.5 * min(first["bottom"] - first["top"], w["bottom"] - w["top"]):
                row.append(w)
                break
        else:
            rows.append([w])
    segs: list[Seg] = []
    for row in rows:
        row.sort(key=lambda w: w["x0"])
        main = Counter(round(w["size"], 1) for w in row).most_common(1)[0][0]
        base = max(w["bottom"] for w in row if round(w["size"], 1) == main)
        # superscript footnote references ("basiszorg¹"): the footnote itself is kept apart
        row = row[:1] + [w for w in row[1:] if not (w["text"].isdigit() and len(w["text"]) <= 3 and w["size"] < 0.8 * main
                                      and w["bottom"] < base - 0.15 * main)] or row
        current = [row[0]]
        for w in row[1:]:
            gap = w["x0"] - current[-1]["x1"]
            size = max(w["size"], current[-1]["size"])
            if gap > max(2.2 * size, 24) or (abs(w["size"] - current[-1]["size"]) > 0.35 * size and gap > size):
                segs.append(Seg(current, page))
                current = [w]
            else:
                current.append(w)
        segs.append(Seg(current, page))
    segs.sort(key=lambda s: (s.top, s.x0))
    return segs


def _blocks(segs: list[Seg]) -> list[Block]:
    """Group segments into text blocks: same font size, horizontally overlapping, vertically close."""
    blocks: list[Block] = []
    for seg in segs:
        best = None
        for blk in reversed(blocks):
            last = blk.segs[-1]
            size = max(seg.size, last.size)
            gap = seg.top - last.bottom
            if gap > 0.95 * size or gap < -0.5 * size:
                continue
            if seg.x1 < blk.x0 - 2 or seg.x0 > blk.x1 + 2:
                continue
            lone = [w for w in (seg, last) if len(w.words) == 1 and _is_glyph(w.words[0]["text"])]
            if not lone:
                if abs(seg.size - last.size) > 0.06 * size:
                    continue
                if seg.bold != last.bold:
                    continue  # a bold line next to regular ones: a heading or a label, its own block
            best = blk
            break
        if best is None:
            blocks.append(Block([seg]))
        else:
            best.segs.append(seg)
    blocks.sort(key=lambda b: (round(b.top), b.x0))
    return blocks


def _new_paragraph(block: Block, prev: Seg | None, text: str) -> bool:
    """A numbered line ("2. Belangrijke documenten"), or a line after a short one that closed nothing."""
    if NUMBERED_ITEM.match(text):
        return True
    if prev is None or not text[:1].isupper():
        return False
    width = block.x1 - block.x0
    if width < 25 * block.size:
        return False  # a narrow box (a slide's quote): its lines are short by design
    return prev.x1 < block.x0 + 0.6 * width and not prev.text.rstrip().endswith(("-", ",", "/"))


def _items(block: Block) -> list[tuple[str, str]]:
    """A block's logical items: ("bullet", text) and ("para", text), wrapped lines joined."""
    items: list[list[Any]] = []  # [kind, text, text_x0]
    for i, seg in enumerate(block.segs):
        prev = block.segs[i - 1] if i else None
        text = seg.text.strip()
        m = BULLET_START.match(text)
        if m and len(text) > m.end():
            items.append(["bullet", text[m.end():].strip(), seg.text_x0])
            continue
        if m:  # a lone glyph: its text follows on the next segment
            items.append(["bullet", "", seg.x1])
            continue
        if items and items[-1][0] == "bullet" and (not items[-1][1] or seg.x0 >= items[-1][2] - 3):
            items[-1][1] = join_wrapped(items[-1][1], text)
            continue
        if items and items[-1][0] == "para" and not _new_paragraph(block, prev, text):
            items[-1][1] = join_wrapped(items[-1][1], text)
            continue
        items.append(["para", text, seg.x0])
    return [(k, " ".join(t.split())) for k, t, _ in items if t.strip()]


# --- the document ----------------------------------------------------------------------------------


@dataclass
class PageLayout:
    number: int
    height: float
    width: float
    segs: list[Seg]
    tables: list[tuple[tuple[float, float, float, float], list[list[str | None]], Any]]


def _furniture_keys(pages: list[PageLayout]) -> set[tuple[int, str]]:
    """Text at the same height in the top or bottom margin on most pages: running headers and footers."""
    counts: Counter[tuple[int, str]] = Counter()
    for p in pages:
        keys = set()
        for s in p.segs:
            if s.top < MARGIN * p.height or s.bottom > (1 - MARGIN) * p.height:
                keys.add((round(s.top / 4), re.sub(r"\d+", "#", s.text.strip().lower())))
        counts.update(keys)
    need = max(2, 0.5 * len(pages)) if len(pages) >= 3 else 10**9
    return {k for k, n in counts.items() if n >= need}


def _is_furniture(seg: Seg, page: PageLayout, keys: set[tuple[int, str]]) -> bool:
    in_margin = seg.top < MARGIN * page.height or seg.bottom > (1 - MARGIN) * page.height
    if not in_margin:
        return False
    if PAGE_NUMBER.match(seg.text.strip()):
        return True
    return (round(seg.top / 4), re.sub(r"\d+", "#", seg.text.strip().lower())) in keys


def _body_size(pages: list[PageLayout]) -> float:
    sizes: Counter[float] = Counter()
    for p in pages:
        for s in p.segs:
            for w in s.words:
                sizes[round(w["size"])] += len(w["text"])
    return float(sizes.most_common(1)[0][0]) if sizes else 10.0


def _split_footnotes(segs: list[Seg], page: PageLayout, body: float) -> tuple[list[Seg], list[str]]:
    """Footnotes: below a separator line, or small-font lines starting with a number at the page bottom."""
    start = None
    for i, s in enumerate(segs):
        if SEPARATOR.match(s.text) and s.top > 0.5 * page.height:
            start = i
            break
    if start is None:
        for i, s in enumerate(segs):
            if (s.top > 0.6 * page.height and s.size <= 0.85 * body and re.match(r"^\d{1,3}\s*\S", s.text)
                    and all(t.size <= 0.85 * body for t in segs[i:])):
                start = i
                break
    if start is None:
        return segs, []
    notes: list[str] = []
    for s in segs[start:]:
        text = s.text.strip()
        if SEPARATOR.match(text):
            continue
        m = re.match(r"^(\d{1,3})\s*(\S.*)$", text)
        small_number = (m is not None and s.words[0]["size"] <= 0.8 * s.size + 0.01) or (
            m is not None and s.words[0]["text"] == m.group(1))
        if m and small_number:
            notes.append(f"<sup>{m.group(1)}</sup> {m.group(2)}")
        elif notes:
            notes[-1] = join_wrapped(notes[-1], text)
        else:
            notes.append(text)
    return segs[:start], notes


def _table_lines(rows: list[list[str | None]], table: Any, words: list[dict[str, Any]], page: int,
                 render: Any) -> list[str]:
    """A data table → one line per row ("a | b | c"); a layout table → label heading + running text."""
    cells = [[" ".join((c or "").split()) for c in r] for r in rows]
    filled = sum(1 for r in cells for c in r if c)
    total = sum(len(r) for r in cells) or 1
    longest = max((len(c) for r in cells for c in r), default=0)
    if filled / total > 0.6 and longest <= 200:
        return [" | ".join(c for c in r if c) for r in cells if any(cells)]
    # layout table: logical rows start where the first non-empty column has text
    out: list[str] = []
    columns = [c.bbox for c in getattr(table, "columns", [])]
    row_boxes = [r.bbox for r in table.rows]
    groups: list[tuple[float, float]] = []
    for r, box in zip(cells, row_boxes, strict=False):
        if not groups or (r and r[0]):
            groups.append((box[1], box[3]))
        else:
            groups[-1] = (groups[-1][0], box[3])
    for top, bottom in groups:
        for ci, col in enumerate(columns):
            inside = [w for w in words if col[0] - 1 <= (w["x0"] + w["x1"]) / 2 <= col[2] + 1
                      and top - 1 <= (w["top"] + w["bottom"]) / 2 <= bottom + 1]
            if not inside:
                continue
            lines = render(_blocks(_segments(inside, page)))
            text = " ".join(lines)
            if ci == 0 and len(lines) <= 3 and len(text) <= 80 and not text.endswith((".", "?", ":")):
                out.append("#### " + " ".join(ln.lstrip("#- ").strip() for ln in lines))
            else:
                out.extend(lines)
    return out


def extract(pdf: Any) -> list[str]:
    """One string per page (pdfplumber PDF in, structured text out; no page markers)."""
    pages: list[PageLayout] = []
    for number, page in enumerate(pdf.pages, start=1):
        words = page.extract_words(x_tolerance_ratio=0.3, use_text_flow=False, return_chars=True)
        for w in words:  # font from the characters: a subset-font switch inside a word must not split it
            chars = w.pop("chars", None) or [{"size": w.get("bottom", 0) - w.get("top", 0), "fontname": ""}]
            w["size"] = Counter(round(c["size"], 1) for c in chars).most_common(1)[0][0]
            w["fontname"] = Counter(c.get("fontname", "") for c in chars).most_common(1)[0][0]
        tables = []
        try:
            found = page.find_tables()
        except Exception:  # noqa: BLE001 - a table finder failure only costs the table structure
            found = []
        for t in found:
            tables.append((t.bbox, t.extract(), t))
        # nested tables (a label box inside a layout table) are part of the outer one
        tables = [t for t in tables if not any(o is not t and _inside(t[0], o[0]) for o in tables)]
        pages.append(PageLayout(number, float(page.height), float(page.width), _segments(words, number), tables))
    keys = _furniture_keys(pages)
    body = _body_size(pages)
    kept = [[s for s in p.segs if not _is_furniture(s, p, keys)] for p in pages]

    laid_out: list[tuple[list[tuple[float, Any, Any]], list[str]]] = []
    for p, segs in zip(pages, kept, strict=True):
        segs, notes = _split_footnotes(segs, p, body)
        # words inside tables are rendered by the table, at the table's place
        regions: list[tuple[float, Any, Any]] = []
        rest = segs
        for bbox, rows, table in p.tables:
            inside_words = [w for s in segs if _seg_in(s, bbox) for w in s.words]
            rest = [s for s in rest if not _seg_in(s, bbox)]
            if inside_words:
                regions.append((bbox[1], (rows, table, inside_words, p.number), None))
        regions.extend((blk.top, None, blk) for blk in _blocks(rest))
        # a box to the right of running text (a slide's quote, a margin note) is read after that text
        boxes = [r[2] for r in regions if r[2] is not None]
        regions.sort(key=lambda r: (_right_column(r[2], p.width, boxes), r[0]))
        laid_out.append((regions, notes))

    def looks_like_heading(block: Block) -> bool:
        text = block.text.strip()
        if len(block.segs) > 3 or len(text) > 120 or text.startswith(QUOTE_START) or BULLET_START.match(text):
            return False
        return bool(re.search(r"[A-Za-zÀ-ÿ]{2}", text)) and not text.endswith((".", ",", ";"))

    big = Counter(round(blk.size) for regions, _ in laid_out for _, _, blk in regions
                  if blk is not None and blk.size >= body * 1.08 and looks_like_heading(blk))
    # sizes used once (a title page, a closing slide) rank above the section headings
    ranked = sorted((s for s, n in big.items() if n > 1), reverse=True)

    def heading_marks(block: Block) -> str | None:
        if not looks_like_heading(block):
            return None
        size = round(block.size)
        if size in big:
            if big[size] == 1 and (not ranked or size > ranked[0]):
                return "##"
            return "#" * (3 + min(ranked.index(size) if size in ranked else 0, 1))
        text = block.text.strip()
        if block.segs[0].bold and abs(block.size - body) <= 1 and len(text) <= 90:
            return "#####"
        return None

    def render(blocks: list[Block]) -> list[str]:
        lines: list[str] = []
        for blk in blocks:
            marks = heading_marks(blk)
            if marks:
                lines.append(f"{marks} {' '.join(blk.text.split())}")
                continue
            for kind, text in _items(blk):
                lines.append(f"- {text}" if kind == "bullet" else text)
        return lines

    out: list[str] = []
    for regions, notes in laid_out:
        lines: list[str] = []
        for _, table, blk in regions:
            if table is not None:
                rows, found, words, number = table
                lines.extend(_table_lines(rows, found, words, number, render))
            else:
                lines.extend(render([blk]))
        out.append("\n\n\n".join(lines + notes))
    return [_numbered_items_as_bullets(page) for page in _drop_toc(out)]


def _numbered_items_as_bullets(page: str) -> str:
    """"1. Afwijzen aanvraag: …" → "- Afwijzen aanvraag: …": a list number never starts a sentence."""
    return re.sub(r"(?m)^(?:-\s+)?\(?(?:\d{1,2}|[a-h])[.)]\s+(?=\S)", "- ", page)


def _right_column(blk: Block | None, width: float, blocks: list[Block]) -> int:
    """1 for a block in the right half with running text beside it (read after that text), else 0."""
    if blk is None or blk.x0 < 0.5 * width:
        return 0
    bottom = blk.segs[-1].bottom
    return int(any(o.x1 < blk.x0 and o.top < bottom and o.segs[-1].bottom > blk.top for o in blocks))


def _inside(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    return a[0] >= b[0] - 1 and a[1] >= b[1] - 1 and a[2] <= b[2] + 1 and a[3] <= b[3] + 1 and a != b


def _seg_in(seg: Seg, bbox: tuple[float, ...]) -> bool:
    cx, cy = (seg.x0 + seg.x1) / 2, (seg.top + seg.bottom) / 2
    return bbox[0] - 1 <= cx <= bbox[2] + 1 and bbox[1] - 1 <= cy <= bbox[3] + 1


def _drop_toc(pages: list[str]) -> list[str]:
    """Remove a table of contents: the "Inhoudsopgave" line and the numbered entries after it."""
    for pi, page in enumerate(pages):
        lines = page.split("\n\n\n")
        for i, line in enumerate(lines):
            if TOC_TITLE.match(line.lstrip("#").strip()):
                j = i + 1
                seen: set[str] = set()
                while j < len(lines) and len(lines[j]) < 120:
                    m = SECTION_NO.match(lines[j].lstrip("#- ").strip())
                    if m is None or m.group(1) in seen:
                        break  # the first section itself follows the table of contents
                    seen.add(m.group(1))
                    j += 1
                if j > i + 1:
                    pages[pi] = "\n\n\n".join(lines[:i] + lines[j:])
                    return pages
    return pages
