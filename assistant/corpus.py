"""The corpus manifest: load, validate, add documents."""

from __future__ import annotations

import os
import tomllib
from datetime import date
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from .errors import ManifestError
from .types import DOC_KINDS, DocumentMeta

Day = date  # the ``date`` field shadows the type inside ManifestEntry


class ManifestEntry(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]{2,63}$")
    file: str = Field(min_length=1)
    title: str = Field(min_length=3)
    kind: str
    publisher: str = Field(min_length=2)
    date: date
    date_status: Literal["stated", "estimated"]
    date_note: str = ""
    reference: str = ""
    url: str = ""
    bwb_id: str = Field("", pattern=r"^(BWBR\d{7})?$")
    series: str = ""
    source: str = ""
    added: Day | None = None  # written by ``add``: the day an administrator added the document

    @field_validator("kind")
    @classmethod
    def _kind(cls, v: str) -> str:
        if v not in DOC_KINDS:
            raise ValueError(f"kind must be one of {', '.join(DOC_KINDS)}; got {v!r}")
        return v

    @model_validator(mode="after")
    def _note(self) -> ManifestEntry:
        if self.date_status == "estimated" and not self.date_note:
            raise ValueError(f"{self.id}: an estimated date needs a date_note saying why")
        return self

    def to_meta(self) -> DocumentMeta:
        return DocumentMeta(**self.model_dump())


class Manifest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    documents: list[ManifestEntry]

    @model_validator(mode="after")
    def _unique(self) -> Manifest:
        for attr in ("id", "file"):
            seen: set[str] = set()
            for d in self.documents:
                value = getattr(d, attr)
                if value in seen:
                    raise ValueError(f"duplicate document {attr}: {value}")
                seen.add(value)
        return self


def load_manifest(path: Path) -> list[DocumentMeta]:
    """Load and validate the manifest; every listed file must exist next to it."""
    if not path.exists():
        raise ManifestError(f"Het corpusmanifest ontbreekt: {path}")
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
        manifest = Manifest.model_validate(raw)
    except (tomllib.TOMLDecodeError, ValidationError) as exc:
        raise ManifestError(f"Het corpusmanifest {path.name} is ongeldig.", detail=str(exc)) from exc
    metas = [d.to_meta() for d in manifest.documents]
    for m in metas:
        if not (path.parent / m.file).exists():
            raise ManifestError(f"Het manifest noemt {m.file}, maar dat bestand staat niet in {path.parent}.")
    return metas


def _toml_value(value: object) -> str:
    if isinstance(value, date):
        return value.isoformat()
    text = str(value).replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ")
    return f'"{text}"'


def append_entry(path: Path, entry: ManifestEntry) -> None:
    """Append one validated entry to the manifest file (written atomically)."""
    commit_staged(stage_entry(path, entry), path)


def commit_staged(staged: Path, path: Path) -> None:
    """Move a manifest written by :func:`stage_entry` over ``path`` (atomic; needs no disk space)."""
    staged.replace(path)


def stage_entry(path: Path, entry: ManifestEntry) -> Path:
    """Write the manifest with ``entry`` appended next to it (``manifest.toml.tmp``) and return that file: moving
    it over the manifest needs no disk space, so a full disk shows up here, before anything is switched in."""
    block = ["", "[[documents]]"]
    for key, value in entry.model_dump().items():
        if value in ("", None):
            continue
        block.append(f"{key} = {_toml_value(value)}")
    new_text = path.read_text(encoding="utf-8").rstrip("\n") + "\n" + "\n".join(block) + "\n"
    Manifest.model_validate(tomllib.loads(new_text))  # never write a manifest we cannot read back
    tmp = path.with_suffix(".toml.tmp")
    try:
        with tmp.open("w", encoding="utf-8") as f:
            f.write(new_text)
            f.flush()
            os.fsync(f.fileno())
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return tmp
