"""Adding a document: validate, read and clean it, build the new index, then list it — all or nothing.

Order of an ``add`` (``python -m assistant add`` and the admin tab):

1. the metadata is checked (kind, a one-line title without control characters, …);
2. the file is read and cleaned in a child process under ``limits.document_seconds`` (a hostile file
   cannot hang ``add``) with the document limits of the settings in force;
3. under an inter-process lock on the corpus directory: a copy left behind by an interrupted add is
   removed, the id and the cleaned text are checked against the corpus (a .txt copied to .md is the
   same document), the file is copied in, the index is built *with* the new entry and switched in,
   and only then is the entry appended to the manifest. Any failure before that removes the copy; the
   manifest and the index in service stay as they were.
"""

from __future__ import annotations

import contextlib
import dataclasses
import fcntl
import hashlib
import json
import logging
import os
import pickle
import re
import shutil
import subprocess
import sys
import unicodedata
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from pydantic import ValidationError

from .bootstrap import build_index
from .corpus import ManifestEntry, commit_staged, load_manifest, stage_entry
from .errors import AssistantError, DocumentError, InputError, disk_full_error, is_disk_full
from .ingest.bwb import law_info
from .ingest.chunk import chunk_document
from .ingest.documents import LAW_SUFFIX, Documents, supported_suffixes
from .ingest.loaders import SUPPORTED
from .retrieval.index import BuildReport
from .settings import LimitsSettings, Settings
from .types import DOC_KINDS, CleanDocument, DocumentMeta

log = logging.getLogger(__name__)
PENDING = ".toevoegen-bezig.json"  # names the file an add copied in; gone once the manifest lists it


def slug(text: str, n: int = 48) -> str:
    s = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return s[:n].strip("-") or "document"


def fingerprint(text: str) -> str:
    """Of the cleaned text, whitespace- and case-insensitive: the same document under any extension."""
    return hashlib.sha256(" ".join(text.lower().split()).encode()).hexdigest()


# --- metadata --------------------------------------------------------------------------------------


def _one_line(value: str, field: str, *, required: bool = False, max_len: int = 300) -> str:
    if not isinstance(value, str):
        raise InputError(f"De {field} moet tekst zijn.")
    if any(unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp") for ch in value):
        raise InputError(f"De {field} bevat een regeleinde of een ander stuurteken; gebruik één regel gewone tekst.")
    value = " ".join(value.split())
    if required and len(value) < 3:
        raise InputError(f"Geef een {field} van minstens 3 tekens.")
    if len(value) > max_len:
        raise InputError(f"De {field} is te lang ({len(value)} tekens; maximaal {max_len}).")
    return value


# --- reading in a child process --------------------------------------------------------------------

_CHILD = r"""
import json, pickle, resource, sys
from datetime import date
args = json.loads(sys.stdin.read())
try:
    cap = int(args["memory_bytes"])
    resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
except (ValueError, OSError):
    pass
out = sys.stdout.buffer
try:
    from pathlib import Path
    from assistant.errors import AssistantError
    from assistant.ingest.documents import clean_file
    from assistant.ingest.loaders import limits_in_force
    from assistant.settings import LimitsSettings
    from assistant.types import DocumentMeta
    meta = dict(args["meta"], date=date.fromisoformat(args["meta"]["date"]))
    with limits_in_force(LimitsSettings(**args["limits"])):
        doc = clean_file(DocumentMeta(**meta), Path(args["path"]))
    result = ("ok", doc)
except AssistantError as exc:
    result = ("error", exc.message_nl, exc.detail)
except MemoryError:
    result = ("memory", "", None)
except RecursionError:
    result = ("recursion", "", None)
except BaseException as exc:
    result = ("crash", "", repr(exc)[:500])
out.write(pickle.dumps(result))
out.flush()
"""


def _child_env() -> dict[str, str]:
    """The child imports this very package, wherever it was imported from (installed or a source tree)."""
    here = str(Path(__file__).resolve().parent.parent)
    path = os.environ.get("PYTHONPATH", "")
    return os.environ | {"PYTHONPATH": here + (os.pathsep + path if path else ""), "OMP_NUM_THREADS": "1"}


def read_document(limits: LimitsSettings, meta: DocumentMeta, path: Path) -> CleanDocument:
    """Read and clean ``path`` in a child process, within ``limits.document_seconds``; DocumentError if not."""
    path = Path(path)
    payload = json.dumps({
        "path": str(path.resolve()), "limits": limits.model_dump(),
        "meta": {k: (v.isoformat() if isinstance(v, date) else v) for k, v in dataclasses.asdict(meta).items()},
        "memory_bytes": 4 * 1024**3,
    })
    try:
        proc = subprocess.run([sys.executable, "-c", _CHILD], input=payload.encode(), capture_output=True,
                              timeout=limits.document_seconds, check=False,
                              env=_child_env())
    except subprocess.TimeoutExpired as exc:
        raise DocumentError(path, f"het lezen en opschonen duurde langer dan {limits.document_seconds:g} seconden; "
                                  "het bestand wordt niet toegevoegd.") from exc
    try:
        result = pickle.loads(proc.stdout)  # our own child process wrote it, not user data
    except Exception as exc:
        detail = proc.stderr.decode(errors="replace")[-500:]
        if proc.returncode and proc.returncode < 0:
            raise DocumentError(path, "het lezen van dit bestand werd afgebroken (te veel geheugen of tijd nodig).",
                                detail=detail) from exc
        raise DocumentError(path, "het bestand kan niet worden gelezen (onverwachte fout).", detail=detail) from exc
    kind = result[0]
    if kind == "ok":
        doc: CleanDocument = result[1]
        return doc
    if kind == "error":
        message = result[1]
        prefix = f"{path.name}: "
        raise DocumentError(path, message[len(prefix):] if message.startswith(prefix) else message, detail=result[2])
    if kind == "memory":
        raise DocumentError(path, "het lezen van dit bestand vraagt te veel geheugen; het wordt niet toegevoegd.")
    if kind == "recursion":
        raise DocumentError(path, "het bestand is te diep genest om te lezen (beschadigd of kwaadaardig).")
    raise DocumentError(path, "het bestand kan niet worden gelezen (onverwachte fout).", detail=result[2])


# --- the corpus lock and an interrupted add --------------------------------------------------------


@contextlib.contextmanager
def corpus_lock(settings: Settings) -> Iterator[None]:
    """An inter-process lock around changes to the corpus (flock on the corpus directory itself)."""
    fd = os.open(settings.corpus_dir, os.O_RDONLY)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            log.info("Er wordt al een document toegevoegd; wachten tot dat klaar is…")
            fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # closing releases the lock


def remove_leftovers(settings: Settings) -> list[str]:
    """Remove a copy an interrupted add left behind (named in the pending note, not in the manifest).

    Call with :func:`corpus_lock` held. Returns the removed file names."""
    note = settings.corpus_dir / PENDING
    if not note.exists():
        return []
    removed: list[str] = []
    try:
        name = str(json.loads(note.read_text(encoding="utf-8")).get("file", ""))
    except (OSError, ValueError, AttributeError):
        name = ""
    listed = {m.file for m in load_manifest(settings.manifest_path)} if settings.manifest_path.exists() else set()
    target = settings.corpus_dir / name
    protected = {settings.manifest_path.name, PENDING}
    if name and Path(name).name == name and name not in listed | protected and not name.startswith(".") \
            and target.is_file():
        target.unlink()
        removed.append(name)
        log.warning("Onvolledig toegevoegd bestand '%s' verwijderd (een eerdere toevoeging is afgebroken; "
                    "het stond niet in het manifest).", name)
    note.unlink(missing_ok=True)
    return removed


# --- add -------------------------------------------------------------------------------------------


def add_document(settings: Settings, path: Path, *, title: str, date_: date | None, kind: str, publisher: str = "onbekend",
                 date_status: str = "stated", date_note: str = "", reference: str = "", url: str = "",
                 doc_id: str | None = None, reindex: bool = True, progress: bool = True) -> tuple[str, BuildReport | None]:
    """Add one file; on any failure the corpus, the manifest and the index stay as they were."""
    path = Path(path)
    limits = settings.limits
    is_law = path.suffix.lower() == LAW_SUFFIX
    bwb_id = ""
    if path.suffix.lower() not in supported_suffixes():
        raise DocumentError(path, f"bestandstype '{path.suffix or '(geen)'}' wordt niet ondersteund; gebruik {SUPPORTED} "
                                  "of .xml (officiële wettekst).")
    if is_law:  # official law text: kind, BWB id, title and version date come from the XML itself
        info = law_info(path)
        bwb_id, kind, title = info.bwb_id, kind or "wet", title or info.title
        date_ = date_ or info.valid_from
        if date_ != info.valid_from:
            raise InputError(f"{path.name}: de wettekst geldt vanaf {info.valid_from.isoformat()}; "
                             f"gebruik die datum (--date {info.valid_from.isoformat()}).")
    if kind not in DOC_KINDS:
        raise InputError(f"Onbekende soort '{kind}'. Kies uit: {', '.join(DOC_KINDS)} (--kind)."
                         if kind else f"Geef de soort van het document (--kind): {', '.join(DOC_KINDS)}.")
    if date_ is None:
        raise InputError("Geef de datum van het document (--date JJJJ-MM-DD), zoals die in het document staat.")
    if not isinstance(date_, date):
        raise InputError("Geef een geldige datum (JJJJ-MM-DD).")
    if not title or len(" ".join(str(title).split())) < 3:
        raise InputError("Geef een titel van minstens 3 tekens (--title).")
    title = _one_line(title, "titel", required=True)
    publisher = _one_line(publisher or "onbekend", "uitgever") or "onbekend"
    date_note = _one_line(date_note, "toelichting bij de datum")
    reference = _one_line(reference, "kenmerk")
    url = _one_line(url, "url", max_len=2000)
    if doc_id is not None:
        doc_id = _one_line(doc_id, "id")
    try:
        entry = ManifestEntry(id=doc_id or slug(f"{title}-{date_.year}"), file=f"{date_.isoformat()}_{slug(title)}"
                              f"{path.suffix.lower()}", title=title, kind=kind, publisher=publisher, date=date_,
                              date_status=date_status, date_note=date_note, reference=reference, url=url,
                              bwb_id=bwb_id, added=date.today())
    except ValidationError as exc:
        raise InputError("De gegevens van het document zijn ongeldig.", detail=str(exc)) from exc

    # read and clean outside the lock: a slow file holds nobody up
    source_hash = _file_hash(path)
    doc = read_document(limits, DocumentMeta(**entry.model_dump()), path)
    if len(re.findall(r"[A-Za-zÀ-ÿ]{2,}", doc.text)) < 3:
        raise DocumentError(path, "het bestand bevat geen leesbare tekst (geen woorden).")
    passages = chunk_document(doc, settings.retrieval.chunk_chars, settings.retrieval.overlap_sentences)
    if not passages:
        raise DocumentError(path, "na het opschonen blijft er geen tekst over om te indexeren.")
    if len(passages) > limits.document_passages:
        raise DocumentError(path, f"het document levert te veel passages op ({len(passages)}; maximaal "
                                  f"{limits.document_passages}).")
    new_print = fingerprint(doc.text)

    with corpus_lock(settings):
        remove_leftovers(settings)
        metas = load_manifest(settings.manifest_path)
        if any(m.id == entry.id for m in metas):
            raise DocumentError(path, f"er staat al een document met id '{entry.id}' in het corpus.")
        existing, _ = _corpus_documents(settings).clean_all(metas)
        for other in existing:
            if fingerprint(other.text) == new_print:
                raise DocumentError(path, f"dit document staat al in het corpus als '{other.meta.title}' ({other.meta.file}).")
        taken = {m.file for m in metas} | {p.name for p in settings.corpus_dir.iterdir()}
        stem, n = Path(entry.file).stem, 2
        while entry.file in taken:
            entry = entry.model_copy(update={"file": f"{stem}-{n}{path.suffix.lower()}"})
            n += 1
        meta = DocumentMeta(**entry.model_dump())
        target = settings.corpus_dir / entry.file
        note = settings.corpus_dir / PENDING
        try:
            note.write_text(json.dumps({"file": entry.file}), encoding="utf-8")
            shutil.copyfile(path, target)
            if _file_hash(target) != source_hash:  # the copy is what was checked (not changed meanwhile)
                raise DocumentError(path, "het bestand veranderde tijdens het toevoegen; probeer het opnieuw.")
            staged = stage_entry(settings.manifest_path, entry)  # a full disk fails here, before the switch
            report = build_index(settings, metas=[*metas, meta], progress=progress) if reindex else None
            commit_staged(staged, settings.manifest_path)
        except BaseException as exc:
            target.unlink(missing_ok=True)
            settings.manifest_path.with_suffix(".toml.tmp").unlink(missing_ok=True)
            if is_disk_full(exc) and not isinstance(exc, AssistantError):
                raise disk_full_error(settings.corpus_dir, exc, what="het document toevoegen") from exc
            raise
        finally:
            note.unlink(missing_ok=True)
    return entry.id, report


def _file_hash(path: Path) -> str:
    h = hashlib.sha256()
    try:
        with Path(path).open("rb") as f:
            for chunk in iter(lambda: f.read(1 << 20), b""):
                h.update(chunk)
    except OSError as exc:
        raise DocumentError(path, "bestand niet gevonden of niet leesbaar.", detail=str(exc)) from exc
    return h.hexdigest()


_DOCUMENTS: dict[Path, Documents] = {}


def _corpus_documents(settings: Settings) -> Documents:
    """One cleaned-document cache per corpus directory (files are re-cleaned only when they change)."""
    key = Path(settings.corpus_dir).resolve()
    if key not in _DOCUMENTS:
        _DOCUMENTS[key] = Documents(key)
    return _DOCUMENTS[key]


__all__ = ["AssistantError", "add_document", "corpus_lock", "fingerprint", "read_document", "remove_leftovers", "slug"]
