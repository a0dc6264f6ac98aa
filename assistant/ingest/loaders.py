"""Loaders: a file on disk → its raw text. One function per format, libraries imported lazily.

Every failure is a :class:`DocumentError` that names the file, in Dutch. Hostile files are refused
before a parser sees them where that is possible: the file's real type is checked against its
extension, a DOCX (a zip) is checked for its declared unpacked size and compression ratio before
python-docx opens it, a PDF for encryption and its page count before text is extracted. The limits
come from :class:`~assistant.settings.LimitsSettings`; :func:`limits_in_force` sets them for a block
of code (``add`` does that with its own settings), otherwise the process settings apply.
"""

from __future__ import annotations

import contextlib
import re
import zipfile
from collections.abc import Callable, Iterator
from contextvars import ContextVar
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import DocumentError

if TYPE_CHECKING:
    from ..settings import LimitsSettings

MAX_BYTES = 50 * 1024 * 1024  # the default of LimitsSettings.upload_mb, kept for old callers
MAX_ZIP_RATIO = 100  # a DOCX's XML compresses ~5-20x; a bomb compresses 1000x
SUPPORTED = ".txt, .md, .pdf, .docx of .html"

_LIMITS: ContextVar[LimitsSettings | None] = ContextVar("wlz_document_limits", default=None)


def current_limits() -> LimitsSettings:
    limits = _LIMITS.get()
    if limits is not None:
        return limits
    from ..settings import get_settings

    return get_settings().limits


@contextlib.contextmanager
def limits_in_force(limits: LimitsSettings) -> Iterator[None]:
    """Use ``limits`` for every document read inside the block (this thread / task only)."""
    token = _LIMITS.set(limits)
    try:
        yield
    finally:
        _LIMITS.reset(token)


def _need(module: str, extra: str, path: Path) -> None:
    raise DocumentError(
        path,
        f"voor dit bestandstype is het pakket '{module}' nodig. Installeer het met: pip install 'wlz-assistent[{extra}]'",
    )


# --- what a file really is -------------------------------------------------------------------------


def sniff(data: bytes) -> str:
    """The real type of a file from its first bytes: pdf, zip, html, binary, ole (old Word) or text."""
    head = data[:2048]
    if head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"%PDF") or b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")):
        return "zip"
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "ole"
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf16"
    lowered = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if lowered.startswith((b"<!doctype html", b"<html", b"<head", b"<body", b"<?xml")) or b"<html" in lowered[:512]:
        return "html"
    if b"\x00" in head:
        return "binary"
    if head.startswith((b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"MZ", b"\x7fELF", b"\x1f\x8b", b"BZh", b"7z\xbc\xaf")):
        return "binary"
    return "text"


_KIND_NL = {"pdf": "een PDF-bestand", "zip": "een zip- of Office-bestand", "ole": "een oud Office-bestand (.doc/.xls)",
            "html": "een webpagina (HTML)", "binary": "een binair bestand", "text": "platte tekst",
            "utf16": "tekst in UTF-16"}


def _check_type(path: Path, data: bytes) -> None:
    """Refuse a file whose content does not match its extension (a PDF named .docx, an .exe named .txt)."""
    ext = path.suffix.lower()
    kind = sniff(data)
    expected = {".pdf": {"pdf"}, ".docx": {"zip", "ole"}, ".html": {"html", "text"}, ".htm": {"html", "text"},
                ".txt": {"text", "html"}, ".md": {"text", "html"}}[ext]
    if kind in expected:
        return
    if kind == "utf16" and ext in (".txt", ".md", ".html", ".htm"):
        return  # decoded below
    if kind == "binary" and ext in (".txt", ".md", ".html", ".htm"):
        raise DocumentError(path, "dit lijkt een binair bestand, geen tekst.")
    raise DocumentError(path, f"de inhoud past niet bij de extensie '{ext}': dit is {_KIND_NL.get(kind, kind)}. "
                              "Geef het bestand de juiste extensie of sla het op als " + SUPPORTED + ".")


# --- text ------------------------------------------------------------------------------------------

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def _decode(data: bytes, path: Path) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise DocumentError(path, "de tekst kan niet worden gelezen (beschadigde UTF-16-tekst).") from exc
    else:
        if b"\x00" in data:
            raise DocumentError(path, "dit lijkt een binair bestand, geen tekst (het bevat NUL-tekens).")
        text = ""
        for encoding in ("utf-8-sig", "cp1252"):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                continue
            if encoding == "cp1252" and sum(ch.isprintable() or ch.isspace() for ch in text) < 0.95 * len(text):
                raise DocumentError(path, "de tekst kan niet worden gelezen (onbekende tekencodering).")
            break
        else:
            raise DocumentError(path, "de tekst kan niet worden gelezen (onbekende tekencodering).")
    if "\x00" in text:
        raise DocumentError(path, "dit lijkt een binair bestand, geen tekst (het bevat NUL-tekens).")
    controls = len(_CONTROL.findall(text))
    if controls > max(8, 0.01 * len(text)):
        raise DocumentError(path, "dit lijkt een binair bestand, geen tekst (veel stuurtekens).")
    return _CONTROL.sub("", text)


def load_text(path: Path) -> str:
    data = path.read_bytes()
    if sniff(data) == "html":
        return _html_to_text(_decode(data, path), path)  # a web page saved as .txt: read as a web page
    return _decode(data, path)


# --- PDF -------------------------------------------------------------------------------------------


def load_pdf(path: Path) -> str:
    limits = current_limits()
    try:
        import pdfplumber
        from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
        from pdfminer.pdfparser import PDFSyntaxError
    except ImportError:
        return _load_pdf_pypdf(path)
    from . import pdf as layout

    try:
        with pdfplumber.open(str(path)) as pdf:
            n = len(pdf.pages)
            if n > limits.document_pages:
                raise DocumentError(path, f"het PDF-bestand heeft te veel pagina's ({n}; maximaal {limits.document_pages}).")
            if n == 0:
                raise DocumentError(path, "het PDF-bestand heeft geen pagina's.")
            pages = layout.extract(pdf)
    except DocumentError:
        raise
    except (PDFPasswordIncorrect, PDFEncryptionError) as exc:
        raise DocumentError(path, "het PDF-bestand is versleuteld (met een wachtwoord beveiligd). "
                                  "Voeg een onbeveiligde versie toe.") from exc
    except PDFSyntaxError as exc:
        raise DocumentError(path, "het PDF-bestand is beschadigd of kan niet worden gelezen.", detail=str(exc)) from exc
    except RecursionError as exc:
        raise DocumentError(path, "het PDF-bestand is te diep genest om te lezen (beschadigd of kwaadaardig).") from exc
    except MemoryError as exc:
        raise DocumentError(path, "het PDF-bestand vraagt te veel geheugen om te lezen.") from exc
    except Exception as exc:
        if re.search(r"password|encrypt", f"{exc!r} {exc.__cause__!r} {exc.args!r}", re.IGNORECASE):
            raise DocumentError(path, "het PDF-bestand is versleuteld (met een wachtwoord beveiligd). "
                                      "Voeg een onbeveiligde versie toe.") from exc
        raise DocumentError(path, "het PDF-bestand is beschadigd of kan niet worden gelezen.", detail=repr(exc)) from exc
    return _pdf_pages(path, pages)


def _pdf_pages(path: Path, pages: list[str]) -> str:
    words = sum(len(re.findall(r"[A-Za-zÀ-ÿ]{2,}", p)) for p in pages)
    if words < 3:
        raise DocumentError(path, "dit PDF-bestand heeft geen tekstlaag (gescand?). Voeg een doorzoekbare PDF toe.")
    # Explicit page markers, understood by the cleaner ("| N" on its own line).
    return "\n".join(f"| {i}\n{text}\n\n" for i, text in enumerate(pages, start=1))


def _load_pdf_pypdf(path: Path) -> str:
    """Fallback when pdfplumber is not installed: plain text per page."""
    limits = current_limits()
    try:
        from pypdf import PdfReader
    except ImportError:
        _need("pdfplumber", "docs", path)
    try:
        reader = PdfReader(str(path))
        if reader.is_encrypted:
            raise DocumentError(path, "het PDF-bestand is versleuteld (met een wachtwoord beveiligd). "
                                      "Voeg een onbeveiligde versie toe.")
        if len(reader.pages) > limits.document_pages:
            raise DocumentError(path, f"het PDF-bestand heeft te veel pagina's ({len(reader.pages)}; "
                                      f"maximaal {limits.document_pages}).")
        pages = [page.extract_text() or "" for page in reader.pages]
    except DocumentError:
        raise
    except Exception as exc:
        raise DocumentError(path, "het PDF-bestand is beschadigd of kan niet worden gelezen.", detail=repr(exc)) from exc
    return _pdf_pages(path, pages)


# --- DOCX ------------------------------------------------------------------------------------------


def check_zip(path: Path, unpacked_mb: int) -> None:
    """Refuse a zip bomb before anything unpacks it: declared sizes, ratio, entry count."""
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise DocumentError(path, "het Word-bestand is beschadigd of kan niet worden gelezen (geen geldig zip-bestand).",
                            detail=str(exc)) from exc
    if len(infos) > 10_000:
        raise DocumentError(path, f"het Word-bestand bevat te veel onderdelen ({len(infos)}).")
    total = sum(i.file_size for i in infos)
    packed = sum(i.compress_size for i in infos)
    if total > unpacked_mb * 1024 * 1024:
        raise DocumentError(path, f"het Word-bestand is uitgepakt te groot ({total // (1024 * 1024)} MB; "
                                  f"maximaal {unpacked_mb} MB).")
    for i in infos:
        if i.file_size > 1024 * 1024 and i.file_size > MAX_ZIP_RATIO * max(i.compress_size, 1):
            raise DocumentError(path, "het Word-bestand is verdacht sterk gecomprimeerd (een zip-bom?) en wordt "
                                      "niet geopend.")
    if total > 1024 * 1024 and total > MAX_ZIP_RATIO * max(packed, 1):
        raise DocumentError(path, "het Word-bestand is verdacht sterk gecomprimeerd (een zip-bom?) en wordt niet geopend.")
    names = {i.filename for i in infos}
    if "word/document.xml" not in names:
        raise DocumentError(path, "dit zip-bestand is geen Word-document (word/document.xml ontbreekt).")
    if "EncryptedPackage" in names:
        raise DocumentError(path, "het Word-bestand is versleuteld (met een wachtwoord beveiligd).")


def _docx_blocks(document: object) -> Iterator[object]:
    """Paragraphs and tables in document order."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    body = document.element.body  # type: ignore[attr-defined]
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            yield Paragraph(child, document)  # type: ignore[arg-type]
        elif tag == "tbl":
            yield Table(child, document)  # type: ignore[arg-type]


def _numbered(para: object) -> bool:
    p_pr = para._p.pPr  # type: ignore[attr-defined]
    return p_pr is not None and p_pr.numPr is not None


def load_docx(path: Path) -> str:
    data_head = path.read_bytes()[:8]
    if data_head.startswith(b"\xd0\xcf\x11\xe0"):
        raise DocumentError(path, "het Word-bestand is versleuteld of in het oude .doc-formaat. "
                                  "Sla het op als gewoon .docx-bestand zonder wachtwoord.")
    check_zip(path, current_limits().unpacked_mb)
    try:
        import docx
        from docx.table import Table
    except ImportError:
        _need("python-docx", "docs", path)
    try:
        document = docx.Document(str(path))
    except Exception as exc:
        raise DocumentError(path, "het Word-bestand is beschadigd of kan niet worden gelezen.", detail=str(exc)) from exc
    lines: list[str] = []
    try:
        for block in _docx_blocks(document):
            if isinstance(block, Table):
                lines.append("")
                for row in block.rows:
                    cells: list[str] = []
                    for cell in row.cells:
                        text = " ".join(cell.text.split())
                        if text and (not cells or cells[-1] != text):  # merged cells repeat their text
                            cells.append(text)
                    if cells:
                        lines.extend([" | ".join(cells), ""])
                continue
            para = block
            style = (para.style.name or "").lower() if para.style is not None else ""  # type: ignore[attr-defined]
            text = " ".join(para.text.split())  # type: ignore[attr-defined]
            if not text:
                lines.append("")
                continue
            m = re.match(r"(?:heading|kop)\s*(\d)", style)
            if style == "title" or m:
                level = 0 if style == "title" else min(int(m.group(1)) if m else 1, 4)
                lines.extend(["", f"{'#' * (level + 2)} {text}", ""])
            elif "list" in style or _numbered(para):
                # numbered and bulleted items alike: Word's numbers are not text and never start a sentence
                lines.append(f"- {text.lstrip('•·-– ').strip()}")
            else:
                lines.extend(["", text, ""])
    except Exception as exc:
        raise DocumentError(path, "het Word-bestand is beschadigd of kan niet worden gelezen.", detail=str(exc)) from exc
    return "\n".join(lines)


# --- HTML ------------------------------------------------------------------------------------------

_HTML_DROP = ["script", "style", "nav", "header", "footer", "noscript", "form", "aside", "template", "iframe",
              "svg", "button", "select", "input", "object", "embed"]


def _html_to_text(markup: str, path: Path) -> str:
    try:
        from bs4 import BeautifulSoup
    except ImportError:
        _need("beautifulsoup4", "docs", path)
    try:
        soup = BeautifulSoup(markup, "html.parser")
    except Exception as exc:
        raise DocumentError(path, "de webpagina kan niet worden gelezen.", detail=str(exc)) from exc
    for tag in soup(_HTML_DROP):
        tag.decompose()
    hidden_roles = {"navigation", "banner", "contentinfo", "search", "dialog", "alertdialog"}
    for tag in list(soup.find_all(True)):
        if getattr(tag, "decomposed", False) or tag.attrs is None:
            continue
        if tag.get("role") in hidden_roles or tag.get("aria-hidden") == "true":
            tag.decompose()
    root = soup.find("main") or soup.find("article") or soup.body or soup
    lines: list[str] = []

    def text_of(el: object) -> str:
        text = " ".join(el.get_text(" ").split())  # type: ignore[attr-defined]
        return re.sub(r"\s+(?=[.,;:!?)\]])", "", text).replace("( ", "(")  # "<a>link</a>." stays glued

    handled: set[int] = set()
    for el in root.find_all(["h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "table", "dt", "dd", "blockquote", "pre"]):
        if any(id(parent) in handled for parent in el.parents):
            continue
        if el.name == "table":
            handled.add(id(el))
            lines.append("")
            for tr in el.find_all("tr"):
                cells = [text_of(td) for td in tr.find_all(["th", "td"])]
                cells = [c for c in cells if c]
                if cells:
                    lines.extend([" | ".join(cells), ""])
            continue
        if el.name == "li" and el.find(["ul", "ol"]):
            # the item's own text, its nested list follows as items of its own
            own = " ".join(" ".join(s.split()) for s in el.find_all(string=True, recursive=False) if s.strip())
            own = own or text_of(el.find(["p", "span", "a"]) or "")
            if own:
                lines.append(f"- {own}")
            continue
        text = text_of(el)
        if not text:
            continue
        if el.name in ("p", "blockquote", "pre", "dt", "dd") and el.find_parent("li") is not None:
            continue  # part of a list item already written
        if el.name in ("h1", "h2", "h3", "h4", "h5", "h6"):
            lines.extend(["", f"{'#' * (int(el.name[1]) + 1)} {text}", ""])
        elif el.name == "li":
            lines.append(f"- {text}")
        else:
            lines.extend(["", text, ""])
    return "\n".join(lines)


def load_html(path: Path) -> str:
    return _html_to_text(_decode(path.read_bytes(), path), path)


LOADERS: dict[str, Callable[[Path], str]] = {
    ".txt": load_text,
    ".md": load_text,
    ".pdf": load_pdf,
    ".docx": load_docx,
    ".html": load_html,
    ".htm": load_html,
}


def load(path: Path) -> str:
    """Read a file into raw text, or raise a DocumentError naming it."""
    path = Path(path)
    limits = current_limits()
    if not path.exists() or not path.is_file():
        raise DocumentError(path, "bestand niet gevonden.")
    loader = LOADERS.get(path.suffix.lower())
    if loader is None:
        raise DocumentError(path, f"bestandstype '{path.suffix or '(geen)'}' wordt niet ondersteund; gebruik {SUPPORTED}.")
    size = path.stat().st_size
    if size == 0:
        raise DocumentError(path, "het bestand is leeg.")
    if size > limits.upload_mb * 1024 * 1024:
        raise DocumentError(path, f"het bestand is te groot ({size / (1024 * 1024):.1f} MB; maximaal "
                                  f"{limits.upload_mb} MB).".replace(".", ",", 1))
    with path.open("rb") as f:
        head = f.read(4096)
    _check_type(path, head)
    try:
        text = loader(path)
    except RecursionError as exc:
        raise DocumentError(path, "het bestand is te diep genest om te lezen (beschadigd of kwaadaardig).") from exc
    if not text.strip():
        raise DocumentError(path, "het bestand bevat geen tekst.")
    if len(text) > limits.document_chars:
        raise DocumentError(path, f"het document is te lang ({len(text):,} tekens; maximaal "
                                  f"{limits.document_chars:,}).".replace(",", "."))
    return text
