"""Index build: corpus → passages → (Chroma vectors + BM25 lexical index), incremental and atomic.

Layout under ``settings.index_dir``::

    CURRENT                 name of the build in service (switched atomically with os.replace)
    builds/<build>/         passages.jsonl, info.json, lexical/ (bm25s), chroma/ (embedded mode), sentences.npz
                            (info.json also holds each letter's particulars, ``letters``, and every article of a
                            law with its status, ``law_articles``)
and ``settings.embcache_dir/<model>.npz`` holds vectors by embed-text hash, so only changed passages are embedded again.

A build is written aside and switched on only when complete; a crash leaves the old one serving.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import shutil
import sys
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

import numpy as np

from ..corpus import load_manifest
from ..errors import AssistantError, DiskFullError, DocumentError, IndexMissingError, disk_full_error, is_disk_full
from ..ingest.bwb import article_statuses
from ..ingest.chunk import chunk_document, sentence_spans
from ..ingest.documents import LAW_SUFFIX, DocumentProblem, Documents, newer_versions, read_raw
from ..ingest.letterhead import LETTER_KINDS, particulars
from ..ports import Embedder, LexicalIndex, VectorStores
from ..settings import Settings
from ..types import CleanDocument, DocumentMeta, Passage
from .text import TOKENS_VERSION, dense_text, document_prompt, fix_extraction_noise, header, lexical_text, tokens

log = logging.getLogger(__name__)
REBUILD_HINT = "Bouw de index opnieuw met: python -m assistant index"


@dataclass
class BuildReport:
    build: str
    passages: int
    embedded: int
    reused: int
    seconds: float
    documents: int
    sentences: int = 0  # sentences with a vector (the answerer judges sentences by meaning as well as words)
    sentences_embedded: int = 0  # of which embedded by this build (the rest came from the cache or the seed)

    def to_json(self) -> dict[str, Any]:
        return self.__dict__ | {"passages_per_s": round(self.embedded / self.seconds, 2) if self.seconds else None}


def passage_from_json(d: dict[str, Any]) -> Passage:
    return Passage(
        doc_id=d["doc_id"], title=d["title"], kind=d["kind"], date=date.fromisoformat(d["date"]),
        section=tuple(d["section"]), page=d["page"], start=d["start"], end=d["end"], text=d["text"],
        is_footnote=d.get("is_footnote", False), id=d["id"], added=str(d.get("added") or ""),
    )


def collection_name(settings: Settings, build: str) -> str:
    return f"{settings.chroma.collection}_{build.replace('-', '_')}"[:60]


def current_build(index_dir: Path) -> str | None:
    try:
        name = (index_dir / "CURRENT").read_text().strip()
    except (FileNotFoundError, NotADirectoryError, UnicodeDecodeError):
        return None
    return name if name and (index_dir / "builds" / name / "info.json").exists() else None


class EmbeddingCache:
    """Vectors keyed by sha256 of the text that was embedded, per model."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.vectors: dict[str, np.ndarray] = {}
        if path.exists():
            try:
                with np.load(path) as data:
                    keys = [str(k) for k in data["keys"]]
                    self.vectors = dict(zip(keys, data["vectors"], strict=True))
            except (OSError, ValueError, KeyError) as exc:
                log.warning("embedding cache %s unreadable, starting empty: %s", path, exc)

    @staticmethod
    def key(text: str) -> str:
        return hashlib.sha256(text.encode()).hexdigest()

    def save(self, keep: set[str]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        items = [(k, v) for k, v in self.vectors.items() if k in keep]
        tmp = self.path.with_suffix(".tmp.npz")
        try:
            if items:
                np.savez(tmp, keys=np.array([k for k, _ in items]), vectors=np.stack([v for _, v in items]))
            else:
                np.savez(tmp, keys=np.array([], dtype=str), vectors=np.zeros((0, 1), np.float32))
            os.replace(tmp, self.path)
        except BaseException:
            tmp.unlink(missing_ok=True)  # never leave half a cache file on a full disk
            raise


MIN_SENTENCE_CHARS = 20
SENTENCES_FILE = "sentences.npz"


def sentence_texts(passages: list[Passage]) -> list[str]:
    """Every distinct sentence of the passages (as the answerer cuts them), in corpus order: each gets a vector,
    so answering compares a sentence's meaning with the question's without embedding at question time."""
    out = {p.text[a:b].strip(): None for p in passages for a, b in sentence_spans(p.text)}
    return [t for t in out if len(t) >= MIN_SENTENCE_CHARS]


def sentence_id(text: str) -> str:
    """How a sentence's vector is found in a build (sha256 of its text as the answerer quotes it)."""
    return hashlib.sha256(text.encode()).hexdigest()


def sentence_cache_key(text: str) -> str:
    """The embedding cache's (and the seed's) key of a sentence: apart from passages, which embed with a header."""
    return EmbeddingCache.key(f"sentence | {text}")


def load_sentences(build_dir: Path) -> tuple[dict[str, int], np.ndarray | None]:
    """The build's sentence vectors: (row of each sentence id, matrix). None for a build without them (built by
    an older version): answers then judge sentences by their words only."""
    path = build_dir / SENTENCES_FILE
    if not path.exists():
        return {}, None
    try:
        with np.load(path) as data:
            ids = [str(x) for x in data["ids"]]
            return {x: i for i, x in enumerate(ids)}, data["vectors"].astype(np.float32)
    except (OSError, ValueError, KeyError) as exc:
        raise IndexMissingError(f"De index is beschadigd. {REBUILD_HINT}", detail=str(exc)) from exc


SEED_DIR_NAME = "vectors"  # corpus/vectors/<embedder>.npz: shipped passage vectors, keyed like the cache


def seed_path(settings: Settings, embedder_name: str) -> Path:
    return settings.corpus_dir / SEED_DIR_NAME / f"{embedder_name.replace(':', '_')}.npz"


def load_seed(path: Path) -> dict[str, np.ndarray]:
    """Vectors shipped with the corpus (float16 on disk), by the same key as the embedding cache.

    A fresh machine then embeds only what is not shipped (added documents, changed passages): the
    shipped corpus indexes in seconds instead of minutes. Keys hash the exact embedded text, so a
    changed passage or another model simply misses the seed and is embedded locally."""
    if not path.exists():
        return {}
    try:
        with np.load(path) as data:
            return {str(k): v.astype(np.float32) for k, v in zip(data["keys"], data["vectors"], strict=True)}
    except (OSError, ValueError, KeyError) as exc:
        log.warning("shipped vectors %s unreadable, ignored: %s", path, exc)
        return {}


def write_seed(settings: Settings, name: str) -> Path:
    """Write the vectors of the current build's passages (from the cache) as the corpus's seed file
    (``name``: the embedder's name)."""
    cache = EmbeddingCache(settings.embcache_dir / f"{name.replace(':', '_')}.npz")
    docs = load_documents(settings)
    passages = make_passages(docs, settings)
    keys = embed_keys(passages, settings, cache)[1] + [sentence_cache_key(t) for t in sentence_texts(passages)]
    keys = list(dict.fromkeys(keys))
    missing = [k for k in keys if k not in cache.vectors]
    if missing:
        raise AssistantError(f"{len(missing)} passages of zinnen hebben nog geen vector; bouw eerst de index "
                             "(python -m assistant index).")
    path = seed_path(settings, name)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp.npz")
    np.savez_compressed(tmp, keys=np.array(keys), vectors=np.stack([cache.vectors[k] for k in keys]).astype(np.float16))
    os.replace(tmp, path)
    return path


def embed_keys(passages: list[Passage], settings: Settings, cache: EmbeddingCache
               ) -> tuple[tuple[list[str] | None, list[str]], list[str]]:
    """(titles, texts) as the embedder gets them, and the cache key of each passage."""
    if settings.embedding.title_in_prompt:
        titles: list[str] | None = [header(p) for p in passages]
        texts = [fix_extraction_noise(p.text) for p in passages]
        keys = [cache.key(document_prompt(t, x)) for t, x in zip(titles or [], texts, strict=True)]
    else:
        titles, texts = None, [dense_text(p) for p in passages]
        keys = [cache.key(t) for t in texts]
    return (titles, texts), keys


def read_documents(settings: Settings, metas: list[DocumentMeta] | None = None) -> tuple[list[CleanDocument], list[DocumentProblem]]:
    """Every readable document; one that cannot be read is skipped with a warning, never fails the build."""
    return Documents(settings.corpus_dir).clean_all(metas if metas is not None else load_manifest(settings.manifest_path))


def load_documents(settings: Settings, metas: list[DocumentMeta] | None = None) -> list[CleanDocument]:
    return read_documents(settings, metas)[0]


def letters_of(docs: list[CleanDocument], corpus_dir: Path) -> dict[str, dict[str, Any]]:
    """Per letter its particulars, and the note on its date when the manifest estimates it. The letterhead is read
    from the file's extracted text (the cleaner removed it); only letters are read again."""
    out: dict[str, dict[str, Any]] = {}
    for doc in docs:
        if doc.meta.kind not in LETTER_KINDS:
            continue
        try:
            raw = read_raw(corpus_dir / doc.meta.file)
        except DocumentError:
            raw = ""  # the cleaned text is read instead
        found = particulars(doc, raw)
        if found:
            out[doc.meta.id] = {"particulars": [p.to_dict() for p in found],
                                "date_note": doc.meta.date_note if doc.meta.date_status == "estimated" else ""}
    return out


def law_articles_of(docs: list[CleanDocument], corpus_dir: Path) -> dict[str, dict[str, str]]:
    """Per law in official XML every article number with its status (``bwb.article_statuses``)."""
    out: dict[str, dict[str, str]] = {}
    for doc in docs:
        path = corpus_dir / doc.meta.file
        if doc.meta.kind == "wet" and path.suffix.lower() == LAW_SUFFIX:
            try:
                out[doc.meta.id] = article_statuses(path)
            except DocumentError:
                continue
    return out


def make_passages(docs: list[CleanDocument], settings: Settings) -> list[Passage]:
    passages: list[Passage] = []
    seen: set[str] = set()
    for doc in docs:
        for p in chunk_document(doc, settings.retrieval.chunk_chars, settings.retrieval.overlap_sentences):
            if p.id not in seen:  # identical text twice in a document: index it once
                seen.add(p.id)
                passages.append(p)
    return passages


def build_index(settings: Settings, *, embedder: Embedder, stores: VectorStores,
                make_lexical: Callable[[list[list[str]]], LexicalIndex], progress: bool = True,
                metas: list[DocumentMeta] | None = None) -> BuildReport:
    """Build a new index aside and switch to it. Raises AssistantError; the old index stays in service.

    The parts come from ``assistant/bootstrap.py`` (which has a ``build_index(settings)`` that picks them)."""
    t0 = time.perf_counter()
    index_dir = settings.index_dir
    builds = index_dir / "builds"
    builds.mkdir(parents=True, exist_ok=True)
    build = datetime.now().strftime("b%Y%m%dT%H%M%S") + f"-{os.getpid()}-{uuid.uuid4().hex[:6]}"
    # Written in place under its own name; it serves only once CURRENT points at it (info.json written last).
    tmp_dir = builds / build

    docs, problems = read_documents(settings, metas)
    for problem in problems:
        if progress:
            print(f"Let op: {problem.message}", file=sys.stderr)
    passages = make_passages(docs, settings)
    if not passages:
        raise AssistantError("Er zijn geen passages om te indexeren: het corpus is leeg.")
    cache = EmbeddingCache(settings.embcache_dir / f"{embedder.name.replace(':', '_')}.npz")
    (titles, texts), keys = embed_keys(passages, settings, cache)
    sentences = sentence_texts(passages)
    s_keys = [sentence_cache_key(t) for t in sentences]
    seeded = 0
    if any(k not in cache.vectors for k in [*keys, *s_keys]):
        seed = load_seed(seed_path(settings, embedder.name))
        found = {k: seed[k] for k in [*keys, *s_keys] if k in seed and k not in cache.vectors}
        cache.vectors.update(found)
        seeded = sum(1 for k in keys if k in found)
    todo = [i for i, k in enumerate(keys) if k not in cache.vectors]
    s_todo = [i for i, k in enumerate(s_keys) if k not in cache.vectors]
    if progress:
        print(f"{len(passages)} passages uit {len(docs)} documenten; {len(todo)} nieuw te embedden, "
              f"{len(passages) - len(todo) - seeded} uit de cache, {seeded} meegeleverd met het corpus. "
              f"{len(sentences)} zinnen, waarvan {len(s_todo)} nieuw te embedden.", file=sys.stderr)
    created = False
    try:
        if todo:
            vecs = embedder.embed_documents([texts[i] for i in todo], progress=progress,
                                            titles=[titles[i] for i in todo] if titles else None)
            for i, v in zip(todo, vecs, strict=True):
                cache.vectors[keys[i]] = v
            cache.save(keep=set(keys) | set(cache.vectors))  # save early: a crash later keeps the work
        if s_todo:
            vecs = embedder.embed_documents([sentences[i] for i in s_todo], progress=progress)
            for i, v in zip(s_todo, vecs, strict=True):
                cache.vectors[s_keys[i]] = v
            cache.save(keep=set(cache.vectors))
        vectors = np.stack([cache.vectors[k] for k in keys])

        tmp_dir.mkdir(parents=True)
        with (tmp_dir / "passages.jsonl").open("w", encoding="utf-8") as f:
            for p in passages:
                f.write(json.dumps(p.to_dict(), ensure_ascii=False) + "\n")
        make_lexical([tokens(lexical_text(p)) for p in passages]).save(tmp_dir / "lexical")
        np.savez(tmp_dir / SENTENCES_FILE, ids=np.array([sentence_id(t) for t in sentences]),
                 vectors=np.stack([cache.vectors[k] for k in s_keys]).astype(np.float16) if sentences
                 else np.zeros((0, vectors.shape[1]), np.float16))

        name = collection_name(settings, build)
        created = True
        store = stores.create(tmp_dir, name)
        metadatas = [
            {"doc_id": p.doc_id, "kind": p.kind, "date": int(p.date.strftime("%Y%m%d")), "footnote": p.is_footnote}
            for p in passages
        ]
        store.add([p.id for p in passages], vectors, metadatas, [p.text for p in passages])
        if store.count() != len(passages):
            raise AssistantError("De vectorindex is onvolledig geschreven; de oude index blijft in gebruik.")
        info = {
            "build": build, "collection": name, "chroma_mode": settings.chroma.mode, "embedder": embedder.name,
            "passages": len(passages), "documents": [d.meta.id for d in docs],
            "versions": {old: {"by": new.id, "date": new.date.isoformat()}
                         for old, new in newer_versions([d.meta for d in docs]).items()},
            "skipped": [{"doc_id": p.doc_id, "file": p.file, "message": p.message} for p in problems],
            "created": datetime.now().isoformat(timespec="seconds"),
            "sentences": len(sentences),
            # what each letter says of itself (signature, date, kenmerk, Kamerstuk, addressee): ingest/letterhead.py
            "letters": letters_of(docs, settings.corpus_dir),
            "law_articles": law_articles_of(docs, settings.corpus_dir),  # every article number, with its status
            "tokens": TOKENS_VERSION,  # the lexical index and vocabulary hold these tokens
            "sha256": {"passages.jsonl": sha256_of(tmp_dir / "passages.jsonl")},  # checked at load
        }
        (tmp_dir / "info.json").write_text(json.dumps(info, indent=1))
        del store
        previous = current_build(index_dir)
        _switch(index_dir, build)
    except BaseException as exc:
        if created:
            with contextlib.suppress(Exception):  # the build failed already: that error is the one to report
                stores.drop(tmp_dir, collection_name(settings, build))
        shutil.rmtree(tmp_dir, ignore_errors=True)
        if is_disk_full(exc) and not isinstance(exc, DiskFullError):
            raise disk_full_error(index_dir, exc, what="de nieuwe index schrijven") from exc
        raise
    try:
        cache.save(keep=set(keys) | set(cache.vectors))
    except OSError as exc:  # the new index is in service; only the cache of vectors could not be updated
        if not is_disk_full(exc):
            raise
        log.warning("De schijf is vol: de cache met vectoren (%s) is niet bijgewerkt; de nieuwe index is wel in "
                    "gebruik.", cache.path)
    _prune(settings, stores, keep={b for b in (build, previous) if b})
    report = BuildReport(build, len(passages), len(todo), len(passages) - len(todo), time.perf_counter() - t0, len(docs),
                         sentences=len(sentences), sentences_embedded=len(s_todo))
    if progress:
        print(f"Index klaar: {report.passages} passages en {report.sentences} zinnen in {report.seconds:.1f} s "
              f"({build}).", file=sys.stderr)
    return report


def _switch(index_dir: Path, build: str) -> None:
    tmp = index_dir / "CURRENT.tmp"
    tmp.write_text(build)
    os.replace(tmp, index_dir / "CURRENT")


def _prune(settings: Settings, stores: VectorStores, keep: set[str]) -> None:
    """Remove old builds (and their server collections); keep the one in service and the one before it.

    Another process (an app, a worker) may still be answering from the previous build: it moves to the new one
    at its next question (``Assistant`` follows ``CURRENT``), and a question it is answering now must not lose
    its files. Only a build two generations old is removed."""
    builds = settings.index_dir / "builds"
    for d in builds.iterdir():
        if d.name in keep:
            continue
        if not (d / "info.json").exists() and time.time() - d.stat().st_mtime < 3600:
            continue  # a build may be running in another process
        try:
            stores.drop(d, collection_name(settings, d.name))
        except Exception as exc:  # noqa: BLE001 - pruning is best effort
            log.warning("could not drop old collection for %s: %s", d.name, exc)
        shutil.rmtree(d, ignore_errors=True)


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@dataclass(frozen=True)
class OpenBuild:
    """The build in service, read and checked: its folder, its info.json and its passages."""

    path: Path
    info: dict[str, Any]
    passages: list[Passage]


def open_build(settings: Settings) -> OpenBuild:
    """The build in service; IndexMissingError (with the rebuild command) when missing, changed or damaged."""
    path, info = _read_info(settings)
    try:
        with (path / "passages.jsonl").open(encoding="utf-8") as f:
            passages = [passage_from_json(json.loads(line)) for line in f if line.strip()]
    except (OSError, ValueError, KeyError) as exc:
        raise IndexMissingError(f"De index is beschadigd. {REBUILD_HINT}", detail=str(exc)) from exc
    return OpenBuild(path, info, passages)


def _read_info(settings: Settings) -> tuple[Path, dict[str, Any]]:
    build = current_build(settings.index_dir)
    if build is None:
        raise IndexMissingError(f"Er is nog geen index. {REBUILD_HINT}")
    path = settings.index_dir / "builds" / build
    try:
        info = json.loads((path / "info.json").read_text())
        for name, digest in (info.get("sha256") or {}).items():  # the text we quote must be the text we indexed
            if sha256_of(path / name) != digest:
                raise IndexMissingError(f"De index is gewijzigd of beschadigd ({name}). {REBUILD_HINT}")
        if info.get("tokens", 1) != TOKENS_VERSION:  # its words were split another way than a question's are now
            raise IndexMissingError(f"De index is gebouwd door een oudere versie van de assistent. {REBUILD_HINT}")
    except (OSError, json.JSONDecodeError) as exc:
        raise IndexMissingError(f"De index is beschadigd. {REBUILD_HINT}", detail=str(exc)) from exc
    return path, info
