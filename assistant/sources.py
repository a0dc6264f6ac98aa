"""The sources (Bronnen): which documents the corpus holds, their date status, and their cleaned text."""

from __future__ import annotations

from typing import Any

from .errors import InputError
from .ingest.documents import newer_versions
from .ports import Documents
from .types import CleanDocument, provenance_nl


class Sources:
    """The corpus's documents as the Bronnen tab lists them, and their cleaned text for the document viewer.
    (Adding a document is :mod:`assistant.library`.)"""

    def __init__(self, documents: Documents) -> None:
        self._documents = documents

    def documents(self, passage_counts: dict[str, int] | None = None,
                  skipped: dict[str, str] | None = None) -> list[dict[str, Any]]:
        counts = passage_counts or {}
        rows = []
        metas = self._documents.metas()
        newer = newer_versions(metas)
        for m in metas:
            by = newer.get(m.id)
            rows.append({
                "current": by is None,
                "actualiteit": f"vervangen door {by.title} ({by.date_nl})" if by else "actueel",
                "bwb_id": m.bwb_id, "source": m.source,
                "id": m.id, "title": m.title, "kind": m.kind, "publisher": m.publisher,
                "date": m.date.isoformat(), "date_nl": m.date_nl, "date_status": m.date_status,
                "date_note": m.date_note, "reference": m.reference, "url": m.url, "file": m.file,
                "added": m.added.isoformat() if m.added else "", "provenance": provenance_nl(m.added),
                "passages": counts.get(m.id, 0),
                "status": "geïndexeerd" if counts.get(m.id) else (skipped or {}).get(m.id, "niet geïndexeerd"),
            })
        return rows

    def document(self, doc_id: str) -> CleanDocument:
        meta = self._documents.meta(doc_id)
        if meta is None:
            raise InputError(f"Document '{doc_id}' bestaat niet in het corpus.")
        return self._documents.clean(meta)  # cleaned once per file version: the viewer reopens documents often
