"""The stock baseline a user would otherwise build: langchain RecursiveCharacterTextSplitter(1000, 200)
over the raw files + the same embedder (with its prompts) + Chroma, dense only."""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np

from assistant.adapters.chroma import ChromaStore, make_client
from assistant.bootstrap import make_embedder
from assistant.corpus import load_manifest
from assistant.ingest.documents import read_raw
from assistant.retrieval.index import EmbeddingCache
from assistant.settings import Settings

CACHE = Path(__file__).resolve().parent / "cache"


class StockBaseline:
    def __init__(self, settings: Settings) -> None:
        from langchain_text_splitters import RecursiveCharacterTextSplitter

        splitter = RecursiveCharacterTextSplitter(chunk_size=1000, chunk_overlap=200)
        self.chunks: list[tuple[str, str]] = []  # (doc_id, text)
        for m in load_manifest(settings.manifest_path):
            for chunk in splitter.split_text(read_raw(settings.corpus_dir / m.file)):
                self.chunks.append((m.id, chunk))
        self.embedder = make_embedder(settings)
        cache = EmbeddingCache(CACHE / f"baseline-{self.embedder.name.replace(':', '_')}.npz")
        texts = [c for _, c in self.chunks]
        keys = [cache.key(t) for t in texts]
        todo = [i for i, k in enumerate(keys) if k not in cache.vectors]
        if todo:
            print(f"Stock baseline: {len(todo)} chunks embedden (eenmalig, daarna uit de cache) …", file=sys.stderr)
            for i, v in zip(todo, self.embedder.embed_documents([texts[i] for i in todo], progress=True), strict=True):
                cache.vectors[keys[i]] = v
            cache.save(keep=set(keys))
        vectors = np.stack([cache.vectors[k] for k in keys])
        self._tmp = tempfile.TemporaryDirectory(prefix="wlz-baseline-")
        embedded = settings.chroma.model_copy(update={"mode": "embedded"})
        self.store = ChromaStore(make_client(embedded, Path(self._tmp.name)), "baseline", create=True)
        ids = [f"c{i}" for i in range(len(self.chunks))]
        self.store.add(ids, vectors, [{"doc_id": d} for d, _ in self.chunks], texts)

    def evaluate(self, items: list[dict[str, Any]], k: int = 10) -> tuple[list[int | None], list[float]]:
        """First relevant rank and latency (ms) per golden question; used by evals and the benchmark."""
        from assistant.answer.followup import standalone_query

        from .metrics import first_relevant_rank

        ranks: list[int | None] = []
        lat: list[float] = []
        for x in items:
            q = standalone_query(x["q"], x.get("history"))
            t = time.perf_counter()
            hits = self.search(q, k)
            lat.append((time.perf_counter() - t) * 1000)
            ranks.append(first_relevant_rank([c for _, c in hits], x["quotes"], [d for d, _ in hits]))
        return ranks, lat

    def search(self, query: str, k: int = 5) -> list[tuple[str, str]]:
        hits = self.store.query(self.embedder.embed_query(query), k)
        return [self.chunks[int(pid[1:])] for pid, _ in hits]
