"""The ports: the few things the core asks of the outside world, as Protocols.

The core (``ingest/``, ``retrieval/``, ``rules/``, ``answer/``, ``pipeline.py``) depends only on these;
``assistant/adapters/`` implements them over the frameworks (sentence-transformers, Chroma, bm25s,
langchain), ``tests/fakes.py`` implements them in memory, and ``assistant/bootstrap.py`` picks which
implementation goes where. A port holds only the methods the core calls.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

import numpy as np

from .types import CleanDocument, DocumentMeta, Filters


@runtime_checkable
class Embedder(Protocol):
    """Text → unit vectors. Questions and documents get their own prompt (see ``retrieval/text.embed_prompt``)."""

    @property
    def name(self) -> str: ...  # recorded in a build's info.json: an index is only served by its own model

    @property
    def dim(self) -> int: ...

    def embed_documents(self, texts: list[str], *, titles: list[str] | None = None,
                        progress: bool = False) -> np.ndarray: ...

    def embed_query(self, text: str) -> np.ndarray: ...

    def embed_queries(self, texts: list[str]) -> np.ndarray: ...

    def clear_cache(self) -> None: ...  # forget cached question vectors (benchmarks measure real embedding)


class VectorStore(Protocol):
    """Passage vectors with metadata (doc_id, kind, date as YYYYMMDD, footnote), searched by cosine."""

    def add(self, ids: list[str], vectors: np.ndarray, metadatas: list[dict[str, Any]],
            documents: list[str]) -> None: ...

    def count(self) -> int: ...

    def query(self, vector: np.ndarray, n: int, filters: Filters | None = None) -> list[tuple[str, float]]: ...

    def score_ids(self, vector: np.ndarray, ids: list[str]) -> list[tuple[str, float]]: ...


class VectorStores(Protocol):
    """Where each index build keeps its vector store: made at build time, opened at load, dropped when pruned."""

    def create(self, build_dir: Path, name: str) -> VectorStore: ...

    def open(self, build_dir: Path, name: str) -> VectorStore: ...

    def drop(self, build_dir: Path, name: str) -> None: ...


class LexicalIndex(Protocol):
    """BM25 over pre-tokenised passages (the tokens come from ``retrieval/text.tokens``)."""

    @property
    def vocab(self) -> set[str]: ...

    def scores(self, query_tokens: list[str]) -> np.ndarray: ...  # one score per passage, in index order

    def save(self, path: Path) -> None: ...


class ChatModel(Protocol):
    """An optional LLM: a system and a user message in, the answer text out in pieces as it is written."""

    def stream(self, system: str, user: str) -> Iterator[str]: ...


class Documents(Protocol):
    """The corpus's documents as listed in its manifest, and their cleaned text."""

    def metas(self) -> list[DocumentMeta]: ...

    def meta(self, doc_id: str) -> DocumentMeta | None: ...

    def clean(self, meta: DocumentMeta) -> CleanDocument: ...


__all__ = ["ChatModel", "Documents", "Embedder", "LexicalIndex", "VectorStore", "VectorStores"]
