"""Hybrid retrieval: BM25 (Dutch stemming, glossary expansion) + dense (Chroma), fused, with filters."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import date
from functools import cached_property
from typing import Literal

import numpy as np

from ..errors import IndexMissingError
from ..settings import Settings
from ..types import Hit, Passage
from .index import REBUILD_HINT, open_build, passage_from_json
from .text import expand_query, tokens

log = logging.getLogger(__name__)
Mode = Literal["hybrid", "lexical", "dense"]


@dataclass(frozen=True)
class Filters:
    kinds: tuple[str, ...] = ()
    as_of: date | None = None
    doc_ids: tuple[str, ...] = ()

    def allows(self, p: Passage) -> bool:
        return (
            (not self.kinds or p.kind in self.kinds)
            and (self.as_of is None or p.date <= self.as_of)
            and (not self.doc_ids or p.doc_id in self.doc_ids)
        )

    def chroma_where(self) -> dict[str, object] | None:
        clauses: list[dict[str, object]] = []
        if self.kinds:
            clauses.append({"kind": {"$in": list(self.kinds)}})
        if self.as_of is not None:
            clauses.append({"date": {"$lte": int(self.as_of.strftime("%Y%m%d"))}})
        if self.doc_ids:
            clauses.append({"doc_id": {"$in": list(self.doc_ids)}})
        if not clauses:
            return None
        return clauses[0] if len(clauses) == 1 else {"$and": clauses}


class Retriever:
    """Loads the index in service once; ``search`` is cheap afterwards."""

    def __init__(self, settings: Settings) -> None:
        import bm25s

        from ..adapters.chroma import ChromaStore, make_client
        from ..adapters.embedder import get_embedder

        self.settings = settings
        path, info = open_build(settings)
        self.build = info["build"]
        try:
            with (path / "passages.jsonl").open(encoding="utf-8") as f:
                self.passages = [passage_from_json(json.loads(line)) for line in f if line.strip()]
            self.lexical = bm25s.BM25.load(str(path / "lexical"), load_vocab=True)
        except (OSError, ValueError, KeyError) as exc:
            raise IndexMissingError(f"De index is beschadigd. {REBUILD_HINT}", detail=str(exc)) from exc
        self.by_id = {p.id: p for p in self.passages}
        self.index_of = {p.id: i for i, p in enumerate(self.passages)}
        self._kinds = np.array([p.kind for p in self.passages])
        self._doc_ids = np.array([p.doc_id for p in self.passages])
        self.by_doc: dict[str, list[Passage]] = {}
        for p in self.passages:
            self.by_doc.setdefault(p.doc_id, []).append(p)
        self.embedder = get_embedder(settings)
        if info.get("embedder") != self.embedder.name:
            raise IndexMissingError(
                f"De index is gebouwd met een ander embeddingmodel ({info.get('embedder')}). {REBUILD_HINT}"
            )
        if settings.chroma.mode == "embedded" and not (path / "chroma").is_dir():
            raise IndexMissingError(f"De vectorindex ontbreekt. {REBUILD_HINT}")
        client = make_client(settings, path / "chroma" if settings.chroma.mode == "embedded" else None)
        self.store = ChromaStore(client, info["collection"])
        if self.store.count() != len(self.passages):
            raise IndexMissingError(f"De vectorindex en de passages lopen niet gelijk. {REBUILD_HINT}")
        self._vocab = set(getattr(self.lexical, "vocab_dict", {}) or {})
        self.dates = np.array([int(p.date.strftime("%Y%m%d")) for p in self.passages])

    @property
    def vocab(self) -> set[str]:
        return self._vocab

    @cached_property
    def corpus_lower(self) -> str:
        return "\n".join(p.text for p in self.passages).lower()

    # --- the two rankings ---------------------------------------------------------------------
    def lexical_ranking(self, query: str, filters: Filters, n: int) -> list[tuple[int, float]]:
        q = [t for t in tokens(expand_query(query)) if not self._vocab or t in self._vocab]
        if not q:
            return []
        scores = np.asarray(self.lexical.get_scores(q), dtype=np.float64)
        mask = self._mask(filters)
        if mask is not None:
            scores = np.where(mask, scores, -1.0)
        order = np.argsort(-scores)[:n]
        return [(int(i), float(scores[i])) for i in order if scores[i] > 0]

    def dense_ranking(self, query: str, filters: Filters, n: int, vector: np.ndarray | None = None) -> list[tuple[int, float]]:
        vec = vector if vector is not None else self.embedder.embed_query(query)
        hits = self.store.query(vec, n, where=filters.chroma_where())
        return [(self.index_of[pid], score) for pid, score in hits if pid in self.index_of]

    def _mask(self, filters: Filters) -> np.ndarray | None:
        """Vectorised filter over all passages (None when nothing is filtered)."""
        if filters == Filters():
            return None
        mask = np.ones(len(self.passages), dtype=bool)
        if filters.kinds:
            mask &= np.isin(self._kinds, list(filters.kinds))
        if filters.doc_ids:
            mask &= np.isin(self._doc_ids, list(filters.doc_ids))
        if filters.as_of is not None:
            mask &= self.dates <= int(filters.as_of.strftime("%Y%m%d"))
        return mask

    # --- fusion ---------------------------------------------------------------------------------
    def search(self, query: str, k: int | None = None, *, filters: Filters | None = None, mode: Mode = "hybrid",
               vector: np.ndarray | None = None) -> list[Hit]:
        k = k or self.settings.retrieval.k
        filters = filters or Filters()
        n = max(self.settings.retrieval.candidates, k)
        rankings: dict[str, list[tuple[int, float]]] = {}
        if mode in ("hybrid", "lexical"):
            rankings["lexical"] = self.lexical_ranking(query, filters, n)
        if mode in ("hybrid", "dense"):
            rankings["dense"] = self.dense_ranking(query, filters, n, vector)
        fused = self._fuse(rankings)
        hits = []
        for i, score in fused[:k]:
            ranks: dict[str, int] = {}
            raw: dict[str, float] = {}
            for name, ranking in rankings.items():
                for r, (j, s) in enumerate(ranking):
                    if j == i:
                        ranks[name], raw[name] = r + 1, s
                        break
            hits.append(Hit(self.passages[i], score, ranks, raw))
        return hits

    def _fuse(self, rankings: dict[str, list[tuple[int, float]]]) -> list[tuple[int, float]]:
        cfg = self.settings.retrieval
        weights = {"lexical": cfg.lexical_weight, "dense": cfg.dense_weight}
        scores: dict[int, float] = {}
        if cfg.fusion == "rrf" or len(rankings) == 1:
            for name, ranking in rankings.items():
                for r, (i, _) in enumerate(ranking):
                    scores[i] = scores.get(i, 0.0) + weights[name] / (cfg.rrf_k + r + 1)
        else:  # weighted sum of min-max normalised scores
            for name, ranking in rankings.items():
                if not ranking:
                    continue
                vals = np.array([s for _, s in ranking])
                lo, hi = float(vals.min()), float(vals.max())
                for i, s in ranking:
                    scores[i] = scores.get(i, 0.0) + weights[name] * ((s - lo) / (hi - lo) if hi > lo else 1.0)
        return sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))
