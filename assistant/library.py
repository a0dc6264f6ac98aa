"""Adding a document: validate, copy into the corpus, update the manifest, re-index — all or nothing."""

from __future__ import annotations

import hashlib
import re
import shutil
from datetime import date
from pathlib import Path

from .corpus import ManifestEntry, append_entry, load_manifest
from .errors import DocumentError, InputError
from .ingest.bwb import law_info
from .ingest.chunk import chunk_document
from .ingest.documents import LAW_SUFFIX, clean_file, read_raw, supported_suffixes
from .retrieval.index import BuildReport, build_index
from .settings import Settings
from .types import DOC_KINDS, DocumentMeta


def slug(text: str, n: int = 48) -> str:
    s = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return s[:n].strip("-") or "document"


def _fingerprint(text: str) -> str:
    return hashlib.sha256(" ".join(text.split()).encode()).hexdigest()


def add_document(settings: Settings, path: Path, *, title: str, date_: date | None, kind: str, publisher: str = "onbekend",
                 date_status: str = "stated", date_note: str = "", reference: str = "", url: str = "",
                 doc_id: str | None = None, reindex: bool = True, progress: bool = True) -> tuple[str, BuildReport | None]:
    """Add one file; on any failure the corpus, the manifest and the index stay as they were."""
    path = Path(path)
    is_law = path.suffix.lower() == LAW_SUFFIX
    if is_law and not kind:
        kind = "wet"
    if kind not in DOC_KINDS:
        raise InputError(f"Onbekende soort '{kind}'. Kies uit: {', '.join(DOC_KINDS)} (--kind)."
                         if kind else f"Geef de soort van het document (--kind): {', '.join(DOC_KINDS)}.")
    if path.suffix.lower() not in supported_suffixes():
        raise DocumentError(path, f"bestandstype '{path.suffix or '(geen)'}' wordt niet ondersteund; gebruik .txt, .md, .pdf, .docx, .html of .xml (officiële wettekst).")
    bwb_id = ""
    if is_law:  # official law text: kind, BWB id and version date come from the XML
        info = law_info(path)
        bwb_id, kind = info.bwb_id, "wet"
        title = title or info.title
        date_ = date_ or info.valid_from
        if date_ != info.valid_from:
            raise InputError(f"{path.name}: de wettekst geldt vanaf {info.valid_from.isoformat()}; "
                             f"gebruik die datum (--date {info.valid_from.isoformat()}).")
    if not title or len(title.strip()) < 3:
        raise InputError("Geef een titel van minstens 3 tekens (--title).")
    if date_ is None:
        raise InputError("Geef de datum van het document (--date JJJJ-MM-DD), zoals die in het document staat.")
    raw = read_raw(path)
    if len(re.findall(r"[A-Za-zÀ-ÿ]{2,}", raw)) < 3:
        raise DocumentError(path, "het bestand bevat geen leesbare tekst (geen woorden).")
    metas = load_manifest(settings.manifest_path)
    doc_id = doc_id or slug(f"{title}-{date_.year}")
    if any(m.id == doc_id for m in metas):
        raise DocumentError(path, f"er staat al een document met id '{doc_id}' in het corpus.")
    fingerprint = _fingerprint(raw)
    for m in metas:
        existing = settings.corpus_dir / m.file
        if existing.suffix.lower() == path.suffix.lower() and _fingerprint(read_raw(existing)) == fingerprint:
            raise DocumentError(path, f"dit document staat al in het corpus als '{m.title}' ({m.file}).")
    entry = ManifestEntry(id=doc_id, file=f"{date_.isoformat()}_{slug(title)}{path.suffix.lower()}", title=title.strip(),
                          kind=kind, publisher=publisher, date=date_, date_status=date_status,
                          date_note=date_note, reference=reference, url=url, bwb_id=bwb_id)
    meta = DocumentMeta(**entry.model_dump())
    doc = clean_file(meta, path)
    if not chunk_document(doc):
        raise DocumentError(path, "na het opschonen blijft er geen tekst over om te indexeren.")

    target = settings.corpus_dir / entry.file
    manifest_backup = settings.manifest_path.read_bytes()
    shutil.copyfile(path, target)
    try:
        append_entry(settings.manifest_path, entry)
        report = build_index(settings, progress=progress) if reindex else None
    except BaseException:
        settings.manifest_path.write_bytes(manifest_backup)
        target.unlink(missing_ok=True)
        raise
    return doc_id, report
