"""The one owner of document text.

Everything that reads a document goes through here: the index build, the rule loader (quotes are
checked against exactly the text that is indexed and shown), the document viewer, ``add`` and the
evals. Two kinds of text exist:

* **raw**: what a loader extracted from the file (:func:`read_raw`);
* **clean**: the :class:`CleanDocument` after furniture removal, the text passages are cut from,
  quotes are located in and the viewer shows (:func:`clean_file`, :meth:`Documents.clean`).

One quote locator (:func:`locate_quote`) is used everywhere a quote is matched to text.
A document that cannot be read never takes the others down: :meth:`Documents.clean_all` skips it
with a warning and reports it as a :class:`DocumentProblem`.
"""

from __future__ import annotations

import itertools
import logging
import re
from dataclasses import dataclass
from pathlib import Path

from ..errors import AssistantError
from ..types import CleanDocument, DocumentMeta

log = logging.getLogger(__name__)


LAW_SUFFIX = ".xml"  # official law text (BWB toestand XML): structured by its own markup, see bwb.py


def supported_suffixes() -> tuple[str, ...]:
    from .loaders import LOADERS

    return (*LOADERS, LAW_SUFFIX)


def read_raw(path: Path) -> str:
    """A file's extracted text; raises DocumentError (naming the file) when it cannot be read."""
    path = Path(path)
    if path.suffix.lower() == LAW_SUFFIX:
        from .bwb import law_text

        _check_file(path)
        return law_text(path)
    from .loaders import load

    return load(path)


def clean_file(meta: DocumentMeta, path: Path) -> CleanDocument:
    """Read and clean one file as the document ``meta`` describes."""
    path = Path(path)
    if path.suffix.lower() == LAW_SUFFIX:
        from .bwb import build_law

        _check_file(path)
        return build_law(meta, path)
    from .clean import build_document

    return build_document(meta, read_raw(path), pdf_like=path.suffix.lower() == ".pdf" or None)


def _check_file(path: Path) -> None:
    from ..errors import DocumentError
    from ..settings import get_settings

    if not path.is_file():
        raise DocumentError(path, "bestand niet gevonden.")
    size = path.stat().st_size
    if size == 0:
        raise DocumentError(path, "het bestand is leeg.")
    limit = get_settings().limits.upload_mb
    if size > limit * 1024 * 1024:
        raise DocumentError(path, f"het bestand is te groot ({size // (1024 * 1024)} MB; maximaal {limit} MB).")


# --- quotes ----------------------------------------------------------------------------------------

_WS = re.compile(r"\s+")
_MARKUP = re.compile(r"<sup>\s*[^<]{0,12}\s*</sup>|\*\*|(?<!\w)\*(?=\S)|(?<=\S)\*(?!\w)", re.IGNORECASE)


def collapse_ws(text: str) -> str:
    """Whitespace runs to one space, stripped: the normal form quotes are compared in."""
    return _WS.sub(" ", text).strip()


def _quote_form(text: str) -> str:
    return collapse_ws(_MARKUP.sub("", text))


def locate_quote(text: str, quote: str) -> tuple[int, int] | None:
    """Offsets of ``quote`` in ``text`` (whitespace- and emphasis-insensitive), or None."""
    q = _quote_form(quote)
    if not q:
        return None
    norm: list[str] = []
    index: list[int] = []
    prev_space = True
    for i, ch in enumerate(text):
        if ch.isspace():
            if not prev_space:
                norm.append(" ")
                index.append(i)
            prev_space = True
        elif ch != "*":
            norm.append(ch)
            index.append(i)
            prev_space = False
    pos = "".join(norm).find(q)
    if pos < 0:
        return None
    return index[pos], index[pos + len(q) - 1] + 1


def quote_in(text: str, quote: str) -> bool:
    """True when ``quote`` occurs in ``text`` in the sense of :func:`locate_quote` (cheaper)."""
    q = _quote_form(quote)
    return bool(q) and q in _quote_form(text)


# --- the corpus's documents ------------------------------------------------------------------------


@dataclass(frozen=True)
class DocumentProblem:
    """A listed document that could not be read; it is skipped, the others keep working."""

    doc_id: str
    file: str
    message: str  # Dutch, for the log and the Bronnen tab


class Documents:
    """The corpus's documents as the manifest lists them, cleaned once per file version."""

    def __init__(self, corpus_dir: Path) -> None:
        self.corpus_dir = Path(corpus_dir)
        self._cache: dict[str, tuple[tuple[str, int, int], CleanDocument]] = {}

    @property
    def manifest_path(self) -> Path:
        return self.corpus_dir / "manifest.toml"

    def metas(self) -> list[DocumentMeta]:
        from ..corpus import load_manifest

        return load_manifest(self.manifest_path)

    def meta(self, doc_id: str) -> DocumentMeta | None:
        return next((m for m in self.metas() if m.id == doc_id), None)

    def clean(self, meta: DocumentMeta) -> CleanDocument:
        """The cleaned document; raises DocumentError when its file cannot be read."""
        path = self.corpus_dir / meta.file
        try:
            st = path.stat()
        except OSError:
            st = None
        key = (meta.file, st.st_mtime_ns if st else 0, st.st_size if st else 0)
        cached = self._cache.get(meta.id)
        if cached is not None and cached[0] == key and cached[1].meta == meta:
            return cached[1]
        doc = clean_file(meta, path)
        self._cache[meta.id] = (key, doc)
        return doc

    def clean_all(self, metas: list[DocumentMeta] | None = None) -> tuple[list[CleanDocument], list[DocumentProblem]]:
        """Every readable document; the unreadable ones are skipped with a warning and reported."""
        docs: list[CleanDocument] = []
        problems: list[DocumentProblem] = []
        for m in metas if metas is not None else self.metas():
            try:
                docs.append(self.clean(m))
            except AssistantError as exc:
                message = f"Document '{m.title}' ({m.file}) overgeslagen: {exc.message_nl}"
                log.warning("%s", message)
                problems.append(DocumentProblem(m.id, m.file, message))
        return docs, problems


def newer_versions(metas: list[DocumentMeta]) -> dict[str, DocumentMeta]:
    """doc id → the next newer version of it (same series, or same BWB id with a later date)."""
    series: dict[str, list[DocumentMeta]] = {}
    for m in metas:
        if m.series_key:
            series.setdefault(m.series_key, []).append(m)
    out: dict[str, DocumentMeta] = {}
    for members in series.values():
        ordered = sorted(members, key=lambda m: m.date)
        for older, newer in itertools.pairwise(ordered):
            if newer.date > older.date:
                out[older.id] = newer
    return out
