"""Loaders: a file on disk → its raw text. One function per format, libraries imported lazily.

Every failure is a :class:`DocumentError` that names the file.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..errors import DocumentError

MAX_BYTES = 50 * 1024 * 1024


def _need(module: str, extra: str, path: Path) -> None:
    raise DocumentError(
        path,
        f"voor dit bestandstype is het pakket '{module}' nodig. Installeer het met: pip install 'wlz-assistent[{extra}]'",
    )


def _decode(data: bytes, path: Path) -> str:
    if b"\x00" in data[:4096]:
        raise DocumentError(path, "dit lijkt een binair bestand, geen tekst.")
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if encoding == "cp1252" and sum(ch.isprintable() or ch.isspace() for ch in text) < 0.95 * len(text):
            break
        return text
    raise DocumentError(path, "de tekst kan niet worden gelezen (onbekende tekencodering).")


def load_text(path: Path) -> str:
    return _decode(path.read_bytes(), path)


def load_pdf(path: Path) -> str:
    try:
        from pypdf import PdfReader
        from pypdf.errors import PdfReadError
    except ImportError:
        _need("pypdf", "docs", path)
    try:
        reader = PdfReader(str(path))
        pages = [page.extract_text() or "" for page in reader.pages]
    except (PdfReadError, ValueError, KeyError, OSError) as exc:
        raise DocumentError(path, "het PDF-bestand is beschadigd of kan niet worden gelezen.", detail=str(exc)) from exc
    if not any(p.strip() for p in pages):
        raise DocumentError(path, "dit PDF-bestand heeft geen tekstlaag (gescand?). Voeg een doorzoekbare PDF toe.")
    # Explicit page markers, understood by the cleaner ("| N" on its own line).
    return "\n".join(f"| {i}\n{text}" for i, text in enumerate(pages, start=1))


def load_docx(path: Path) -> str:
    try:
        import docx
    except ImportError:
        _need("python-docx", "docs", path)
    try:
        document = docx.Document(str(path))
    except Exception as exc:
        raise DocumentError(path, "het Word-bestand is beschadigd of kan niet worden gelezen.", detail=str(exc)) from exc
    lines = []
    for para in document.paragraphs:
        style = (para.style.name or "").lower() if para.style is not None else ""
        text = para.text.strip()
        if not text:
            lines.append("")
        elif style.startswith("heading"):
            lines.extend(["", f"### {text}", ""])
        elif "list" in style:
            lines.append(f"- {text}")
        else:
            lines.extend([text, ""])
    return "\n".join(lines)


def load_html(path: Path) -> str:
    try:
        from bs4 import BeautifulSoup
    except ImportError:
        _need("beautifulsoup4", "docs", path)
    soup = BeautifulSoup(_decode(path.read_bytes(), path), "html.parser")
    for tag in soup(["script", "style", "nav", "header", "footer", "noscript", "form", "aside"]):
        tag.decompose()
    root = soup.find("main") or soup.find("article") or soup.body or soup
    lines: list[str] = []
    for el in root.find_all(["h1", "h2", "h3", "h4", "p", "li"]):
        text = " ".join(el.get_text(" ").split())
        if not text:
            continue
        if el.name in ("h1", "h2", "h3", "h4"):
            lines.extend(["", f"### {text}", ""])
        elif el.name == "li":
            lines.append(f"- {text}")
        else:
            lines.extend([text, ""])
    return "\n".join(lines)


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
    if not path.exists() or not path.is_file():
        raise DocumentError(path, "bestand niet gevonden.")
    loader = LOADERS.get(path.suffix.lower())
    if loader is None:
        raise DocumentError(
            path, f"bestandstype '{path.suffix or '(geen)'}' wordt niet ondersteund; gebruik .txt, .md, .pdf, .docx of .html."
        )
    size = path.stat().st_size
    if size == 0:
        raise DocumentError(path, "het bestand is leeg.")
    if size > MAX_BYTES:
        raise DocumentError(path, f"het bestand is te groot ({size // (1024 * 1024)} MB; maximaal 50 MB).")
    text = loader(path)
    if not text.strip():
        raise DocumentError(path, "het bestand bevat geen tekst.")
    return text
