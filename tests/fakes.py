"""Fakes of the ports (``assistant/ports.py``) for tests: deterministic, in memory, no model, no Chroma.

* :class:`HashEmbedder` — hashed word and character-trigram features, L2-normalised. Also usable by a CLI or
  app subprocess: ``WLZ_EMBEDDER=tests.fakes:HashEmbedder`` (run from the repository root).
* :class:`MemoryVectorStore` / :class:`MemoryStores` — exact cosine search over vectors in memory, with the
  same filters as the Chroma adapter. The Chroma contract suite runs against it too; the unit tests use it
  (``Settings(vector_store="tests.fakes:memory_stores")``), so the unit layer needs no Chroma.
* :class:`ScriptedChatModel` — a chat model that answers from a script (texts, or exceptions to raise).
"""

from __future__ import annotations

import hashlib
import re
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import numpy as np

from assistant.errors import IndexMissingError
from assistant.types import Filters

HASH_EMBEDDER = "tests.fakes:HashEmbedder"


class HashEmbedder:
    """Deterministic stand-in for the embedding model."""

    name = "hash-fake-v1"

    def __init__(self, dim: int = 256) -> None:
        self.dim = dim
        self._slots: dict[str, tuple[int, float]] = {}  # feature → (slot, sign): the same words recur everywhere

    def _slot(self, feature: str) -> tuple[int, float]:
        found = self._slots.get(feature)
        if found is None:
            h = int.from_bytes(hashlib.blake2b(feature.encode(), digest_size=8).digest(), "little")
            found = self._slots[feature] = (h % self.dim, 1.0 if (h >> 63) else -1.0)
        return found

    def _vec(self, text: str) -> np.ndarray:
        v = np.zeros(self.dim, dtype=np.float32)
        for tok in re.findall(r"\w+", text.lower()):
            feats = [tok] + [tok[i : i + 3] for i in range(max(1, len(tok) - 2))]
            for f in feats:
                slot, sign = self._slot(f)
                v[slot] += sign
        n = float(np.linalg.norm(v))
        return v / n if n else v

    def embed_documents(self, texts: list[str], *, titles: list[str] | None = None,
                        progress: bool = False) -> np.ndarray:
        if titles:
            texts = [f"{t}\n{x}" for t, x in zip(titles, texts, strict=True)]
        return self.embed_queries(texts)

    def embed_query(self, text: str) -> np.ndarray:
        return self._vec(text)

    def embed_queries(self, texts: list[str]) -> np.ndarray:
        return np.stack([self._vec(t) for t in texts]) if texts else np.zeros((0, self.dim), np.float32)

    def clear_cache(self) -> None:
        """Nothing is cached."""


def _allows(filters: Filters | None, meta: dict[str, Any]) -> bool:
    if filters is None:
        return True
    return ((not filters.kinds or meta.get("kind") in filters.kinds)
            and (filters.as_of is None or int(meta.get("date", 0)) <= int(filters.as_of.strftime("%Y%m%d")))
            and (not filters.doc_ids or meta.get("doc_id") in filters.doc_ids)
            and meta.get("doc_id") not in filters.exclude_doc_ids)


class MemoryVectorStore:
    """Exact cosine search; ties broken by insertion order."""

    def __init__(self) -> None:
        self.ids: list[str] = []
        self.vectors = np.zeros((0, 0), np.float32)
        self.metadatas: list[dict[str, Any]] = []

    def add(self, ids: list[str], vectors: np.ndarray, metadatas: list[dict[str, Any]],
            documents: list[str]) -> None:
        vecs = np.asarray(vectors, dtype=np.float32)
        norms = np.linalg.norm(vecs, axis=1, keepdims=True)
        vecs = vecs / np.where(norms > 0, norms, 1.0)
        self.vectors = vecs if not self.ids else np.vstack([self.vectors, vecs])
        self.ids.extend(ids)
        self.metadatas.extend(metadatas)

    def count(self) -> int:
        return len(self.ids)

    def _cos(self, vector: np.ndarray) -> np.ndarray:
        q = np.asarray(vector, dtype=np.float32)
        return self.vectors @ (q / (float(np.linalg.norm(q)) or 1.0))

    def query(self, vector: np.ndarray, n: int, filters: Filters | None = None) -> list[tuple[str, float]]:
        if not self.ids:
            return []
        sims = self._cos(vector)
        order = [int(i) for i in np.argsort(-sims, kind="stable") if _allows(filters, self.metadatas[int(i)])]
        return [(self.ids[i], float(sims[i])) for i in order[:n]]

    def get_vectors(self, ids: list[str]) -> dict[str, np.ndarray]:
        """The stored (unit) vectors of these passages, like the Chroma adapter's."""
        where = {pid: i for i, pid in enumerate(self.ids)}
        return {pid: self.vectors[where[pid]] for pid in ids if pid in where}

    def score_ids(self, vector: np.ndarray, ids: list[str]) -> list[tuple[str, float]]:
        where = {pid: i for i, pid in enumerate(self.ids)}
        sims = self._cos(vector) if self.ids else np.zeros(0)
        return [(pid, float(sims[where[pid]])) for pid in ids if pid in where]


class MemoryStores:
    """:class:`assistant.ports.VectorStores` in memory: one store per build folder and name, for one process."""

    def __init__(self) -> None:
        self.stores: dict[tuple[str, str], MemoryVectorStore] = {}

    def create(self, build_dir: Path, name: str) -> MemoryVectorStore:
        return self.stores.setdefault((str(build_dir), name), MemoryVectorStore())

    def open(self, build_dir: Path, name: str) -> MemoryVectorStore:
        try:
            return self.stores[(str(build_dir), name)]
        except KeyError:
            raise IndexMissingError("De vectorindex ontbreekt. Bouw de index opnieuw met: python -m assistant index") \
                from None

    def drop(self, build_dir: Path, name: str) -> None:
        self.stores.pop((str(build_dir), name), None)


_MEMORY = MemoryStores()


def memory_stores() -> MemoryStores:
    """The process's in-memory stores (``Settings(vector_store="tests.fakes:memory_stores")``): one instance, so
    an index built by one call of ``bootstrap.vector_stores`` is found by the next."""
    return _MEMORY


Script = str | BaseException | Callable[[], Iterator[str]]


class ScriptedChatModel:
    """Answers each call with the next item of its script: a text (streamed word by word), an exception (raised
    before the first piece), or a callable returning the pieces. Records what it was asked."""

    def __init__(self, *script: Script) -> None:
        self._script = list(script)
        self.calls: list[tuple[str, str]] = []
        self._lock = threading.Lock()

    def stream(self, system: str, user: str) -> Iterator[str]:
        with self._lock:
            self.calls.append((system, user))
            item = self._script.pop(0) if len(self._script) > 1 else self._script[0]
        if isinstance(item, BaseException):
            raise item
        if callable(item):
            yield from item()
            return
        yield from re.findall(r"\S+\s*|\s+", item)
