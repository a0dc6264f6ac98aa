"""The Chroma adapter: the only module that imports chromadb.

Embedded ``PersistentClient`` by default; a Chroma server (``HttpClient``) when settings say so.
We always pass our own vectors, so Chroma never loads a default embedding model.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any

import numpy as np

from ..errors import IndexMissingError
from ..settings import Settings


def make_client(settings: Settings, path: Path | None = None) -> Any:
    import chromadb
    from chromadb.config import Settings as ChromaConfig

    config = ChromaConfig(anonymized_telemetry=False, allow_reset=False)
    c = settings.chroma
    if c.mode == "http":
        return chromadb.HttpClient(host=c.host, port=c.port, ssl=c.ssl, headers=c.headers or None, settings=config)
    assert path is not None, "an embedded Chroma needs a path"
    path.mkdir(parents=True, exist_ok=True)
    return chromadb.PersistentClient(path=str(path), settings=config)


class ChromaStore:
    """One collection of passage vectors with metadata for filtering (kind, date as YYYYMMDD)."""

    def __init__(self, client: Any, name: str, *, create: bool = False) -> None:
        self.client = client
        self.name = name
        if create:
            self.col = client.get_or_create_collection(name=name, embedding_function=None,
                                                       configuration={"hnsw": {"space": "cosine"}})
        else:
            try:
                self.col = client.get_collection(name=name, embedding_function=None)
            except Exception as exc:
                raise IndexMissingError(
                    "De index is niet gevonden of beschadigd. Bouw hem opnieuw met: python -m assistant index",
                    detail=str(exc),
                ) from exc

    def add(self, ids: list[str], vectors: np.ndarray, metadatas: list[dict[str, Any]], documents: list[str]) -> None:
        for k in range(0, len(ids), 256):
            self.col.add(ids=ids[k : k + 256], embeddings=vectors[k : k + 256].tolist(),
                         metadatas=metadatas[k : k + 256], documents=documents[k : k + 256])

    def count(self) -> int:
        return int(self.col.count())

    def query(self, vector: np.ndarray, n: int, where: dict[str, Any] | None = None) -> list[tuple[str, float]]:
        n = max(1, min(n, self.count()))
        res = self.col.query(query_embeddings=[vector.tolist()], n_results=n, where=where or None,
                             include=["distances"])
        ids = res["ids"][0]
        dists = res["distances"][0] if res.get("distances") else [0.0] * len(ids)
        return [(i, 1.0 - float(d)) for i, d in zip(ids, dists, strict=False)]

    def get_vectors(self, ids: list[str]) -> dict[str, np.ndarray]:
        out: dict[str, np.ndarray] = {}
        for k in range(0, len(ids), 256):
            res = self.col.get(ids=ids[k : k + 256], include=["embeddings"])
            for i, e in zip(res["ids"], res["embeddings"], strict=False):
                out[i] = np.asarray(e, dtype=np.float32)
        return out


def drop_collection(client: Any, name: str) -> None:
    with contextlib.suppress(Exception):  # it may already be gone
        client.delete_collection(name=name)
