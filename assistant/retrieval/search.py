"""Hybrid retrieval: BM25 (Dutch stemming, glossary expansion) + dense (Chroma), fused, with filters."""

from __future__ import annotations

import logging
import re
from collections import Counter
from dataclasses import replace
from datetime import date
from functools import cached_property
from typing import Literal

import numpy as np

from ..errors import IndexMissingError
from ..ingest.chunk import sentence_spans
from ..ingest.letterhead import Particular, particular_from_dict
from ..ports import Embedder, LexicalIndex, VectorStore
from ..settings import RetrievalSettings
from ..types import Filters, Hit, Passage
from .index import REBUILD_HINT, OpenBuild, load_sentences, sentence_id
from .text import ASKS_TRANSITION, FORMER_LAW, compound_parts, expand_query, tokens

log = logging.getLogger(__name__)
Mode = Literal["hybrid", "lexical", "dense"]
_LONG_WORD = re.compile(r"[^\W\d_]{9,}")


class Retriever:
    """Hybrid search over one index build. Its parts are passed in (see ``assistant/bootstrap.py``, which opens
    them from settings): the passages, the lexical index, the vector store and the embedder of questions."""

    def __init__(self, config: RetrievalSettings, build: OpenBuild, *, lexical: LexicalIndex, store: VectorStore,
                 embedder: Embedder) -> None:
        self.config = config
        info = build.info
        self.build = info["build"]
        self._info = info
        self.passages = build.passages
        self.lexical = lexical
        self.embedder = embedder
        self.store = store
        if info.get("embedder") != embedder.name:
            raise IndexMissingError(
                f"De index is gebouwd met een ander embeddingmodel ({info.get('embedder')}). {REBUILD_HINT}"
            )
        if store.count() != len(self.passages):
            raise IndexMissingError(f"De vectorindex en de passages lopen niet gelijk. {REBUILD_HINT}")
        self.by_id = {p.id: p for p in self.passages}
        self.index_of = {p.id: i for i, p in enumerate(self.passages)}
        self._kinds = np.array([p.kind for p in self.passages])
        self._doc_ids = np.array([p.doc_id for p in self.passages])
        self.by_doc: dict[str, list[Passage]] = {}
        for p in self.passages:
            self.by_doc.setdefault(p.doc_id, []).append(p)
        self._vocab = lexical.vocab
        self.dates = np.array([int(p.date.strftime("%Y%m%d")) for p in self.passages])
        # older versions of a document → the date their newer version took over (from the build's manifest)
        self.superseded: dict[str, date] = {
            old: date.fromisoformat(v["date"]) for old, v in (info.get("versions") or {}).items()
        }
        self.newer: dict[str, str] = {old: v["by"] for old, v in (info.get("versions") or {}).items()}
        self.skipped: dict[str, str] = {x["doc_id"]: x["message"] for x in info.get("skipped") or []}
        self._former_law = np.array([bool(FORMER_LAW.search(p.text)) for p in self.passages], dtype=bool)
        # what each letter says of itself (who signed it, its date, kenmerk, …): ingest/letterhead.py
        self.letters: dict[str, list[Particular]] = {
            doc_id: [particular_from_dict(x) for x in v.get("particulars") or []]
            for doc_id, v in (info.get("letters") or {}).items()}
        self.date_notes: dict[str, str] = {doc_id: str(v.get("date_note") or "")
                                           for doc_id, v in (info.get("letters") or {}).items()}
        self._sentence_row, self._sentence_vectors = load_sentences(build.path)
        # each passage's sentences as rows of the sentence matrix: (row, passage index) pairs
        pairs = [(row, i) for i, p in enumerate(self.passages) for a, b in sentence_spans(p.text)
                 for row in [self._sentence_row.get(sentence_id(p.text[a:b].strip()))] if row is not None]
        owner = np.array([i for _, i in pairs], dtype=np.int64)  # ascending: passages in order
        self._sentence_matrix = (self._sentence_vectors[[r for r, _ in pairs]]
                                 if self._sentence_vectors is not None and pairs else None)
        self._sentence_passages, self._sentence_starts = np.unique(owner, return_index=True)

    def sentence_similarity(self, question: str, texts: list[str]) -> list[float | None]:
        """Cosine between the question and each sentence (as quoted from a passage of this build), from the
        sentence vectors stored with the build; None for a sentence without one (or a build without them)."""
        if self._sentence_vectors is None or not texts:
            return [None] * len(texts)
        rows = [self._sentence_row.get(sentence_id(t)) for t in texts]
        if all(r is None for r in rows):
            return [None] * len(texts)
        q = np.asarray(self.embedder.embed_query(question), np.float32)  # the search's vector, from the cache
        found = [r for r in rows if r is not None]
        sims = iter((self._sentence_vectors[found] @ q).tolist())
        return [None if r is None else next(sims) for r in rows]

    def sentence_scores(self, vector: np.ndarray, filters: Filters) -> np.ndarray | None:
        """Per passage: the cosine of the question with its closest sentence (-1 for a passage without sentence
        vectors or left out by ``filters``); None for a build without sentence vectors. A passage of 900
        characters embeds as the mean of what it says; the one sentence that answers ("logeeropvang", "een
        volledig pakket thuis") is closer to the question than the passage is."""
        if self._sentence_matrix is None:
            return None
        sims = self._sentence_matrix @ np.asarray(vector, np.float32)
        best = np.full(len(self.passages), -1.0)
        best[self._sentence_passages] = np.maximum.reduceat(sims, self._sentence_starts)
        mask = self._mask(filters)
        return best if mask is None else np.where(mask, best, -1.0)

    def passage_counts(self) -> dict[str, int]:
        """Passages per document in this build (the Bronnen tab)."""
        counts: dict[str, int] = {}
        for p in self.passages:
            counts[p.doc_id] = counts.get(p.doc_id, 0) + 1
        return counts

    def current_only(self, filters: Filters) -> Filters:
        """Leave out document versions that a newer version replaced on or before the date searched."""
        when = filters.as_of or date.today()
        old = tuple(sorted(d for d, since in self.superseded.items() if since <= when and d not in filters.doc_ids))
        return replace(filters, exclude_doc_ids=old) if old else filters

    def text_after(self, passage: Passage) -> tuple[Passage | None, str]:
        """The next passage of ``passage``'s document and its text after the overlap (None, "" at the end)."""
        doc = self.by_doc.get(passage.doc_id, [])
        nxt = next((p for p in doc if p.start > passage.start and p.end > passage.end and not p.is_footnote), None)
        return (None, "") if nxt is None else (nxt, nxt.text[max(0, passage.end - nxt.start):])

    def usable(self, filters: Filters) -> list[Passage]:
        """The passages a search with ``filters`` may return (dates, kinds, documents, newer versions)."""
        mask = self._mask(self.current_only(filters))
        return self.passages if mask is None else [p for p, ok in zip(self.passages, mask, strict=True) if ok]

    @property
    def vocab(self) -> set[str]:
        return self._vocab

    @cached_property
    def doc_freq(self) -> dict[str, int]:
        """In how many passages each (stemmed) token occurs: rare tokens name a topic."""
        df: Counter[str] = Counter()
        for p in self.passages:
            df.update(set(tokens(p.text)))
        return dict(df)

    @cached_property
    def lower_words(self) -> frozenset[str]:
        """The words the corpus writes in lower case somewhere (lower-cased): a capitalised one of them is a common
        word at the start of a sentence or heading, not a name."""
        return frozenset(w for p in self.passages for w in re.findall(r"(?<![\w-])[a-zà-ÿ][\w'-]*", p.text))

    @cached_property
    def law_articles(self) -> dict[str, str]:
        """The numbers of the articles of the laws in the index ("3.3.3", "4.3.3"), lower case, with their status
        ("goed"; "nogniet", "vervallen": left out of the text) (the gate's ``no_article``: an article the law does not
        have is not answered from the articles around it, one not in force is said to be so)."""
        listed: dict[str, dict[str, str]] = self._info.get("law_articles") or {}
        laws = {p.doc_id for p in self.passages if p.kind == "wet"}
        if not laws or not laws <= set(listed):  # a build without the list, or a law not in official XML: the check is off
            return {}
        statuses: dict[str, str] = {}
        for numbers in listed.values():  # (two laws with the same number: the one in force speaks)
            for no, status in numbers.items():
                if statuses.get(no) != "goed":
                    statuses[no] = status
        return statuses

    @cached_property
    def corpus_lower(self) -> str:
        return "\n".join(p.text for p in self.passages).lower()

    # --- the two rankings ---------------------------------------------------------------------
    def lexical_scores(self, query: str, filters: Filters) -> np.ndarray | None:
        """BM25 scores for every passage (filtered ones -1), or None when no query term is in the index."""
        if self._vocab:  # a compound the documents never write whole, by its parts ("inkoopovereenkomst")
            query = _LONG_WORD.sub(lambda m: self._apart(m.group()), query)
        q = [t for t in tokens(expand_query(query)) if not self._vocab or t in self._vocab]
        if not q:
            return None
        scores = self.lexical.scores(q)
        mask = self._mask(filters)
        return scores if mask is None else np.where(mask, scores, -1.0)

    def _apart(self, word: str) -> str:
        if (t := tokens(word)) and t[0] not in self._vocab and (parts := compound_parts(word, self._vocab)):
            return " ".join(parts)
        return word

    def dense_ranking(self, query: str, filters: Filters, n: int, vector: np.ndarray | None = None) -> list[tuple[int, float]]:
        vec = vector if vector is not None else self.embedder.embed_query(query)
        hits = self.store.query(vec, n, filters)
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
        if filters.exclude_doc_ids:
            mask &= ~np.isin(self._doc_ids, list(filters.exclude_doc_ids))
        if filters.as_of is not None:
            mask &= self.dates <= int(filters.as_of.strftime("%Y%m%d"))
        return mask

    # --- fusion ---------------------------------------------------------------------------------
    def search(self, query: str, k: int | None = None, *, filters: Filters | None = None, mode: Mode = "hybrid",
               vector: np.ndarray | None = None) -> list[Hit]:
        """The top ``k`` passages. Hybrid: the top candidates of each ranker, every candidate scored by *both*.

        A passage that only one ranker puts in its top ``candidates`` still gets the other's real score (the
        BM25 array covers every passage; missing cosines are asked of Chroma for exactly those ids). Without
        that, a gold passage that BM25 ranks first but that sits just outside the dense top-60 scored 0 on the
        dense side, and on a corpus ×10 the size generic passages pushed it out of the top 5."""
        k = k or self.config.k
        filters = self.current_only(filters or Filters())
        n = max(self.config.candidates, k)
        rankings: dict[str, list[tuple[int, float]]] = {}
        lex = self.lexical_scores(query, filters) if mode in ("hybrid", "lexical") else None
        if mode in ("hybrid", "lexical"):
            rankings["lexical"] = [] if lex is None else _top(lex, n)
        if mode in ("hybrid", "dense"):
            vector = vector if vector is not None else self.embedder.embed_query(query)
            rankings["dense"] = self.dense_ranking(query, filters, n, vector)
        sentence = (self.sentence_scores(vector, filters)
                    if mode == "hybrid" and vector is not None and self.config.sentence_weight > 0 else None)
        if sentence is not None:
            rankings["sentence"] = [(i, s) for i, s in _top(sentence + 1.0, n)]  # cosines from -1: shifted
        scores: dict[str, dict[int, float]] = {name: dict(r) for name, r in rankings.items()}
        if mode == "hybrid" and self.config.fusion != "rrf":
            candidates = set(scores["lexical"]) | set(scores["dense"]) | set(scores.get("sentence", {}))
            if sentence is not None:
                scores["sentence"] = {i: float(sentence[i]) for i in candidates}
            if lex is not None:
                scores["lexical"] |= {i: max(0.0, float(lex[i])) for i in candidates - set(scores["lexical"])}
            else:
                scores["lexical"] = dict.fromkeys(candidates, 0.0)
            missing = [self.passages[i].id for i in candidates - set(scores["dense"])]
            if missing and vector is not None:
                scores["dense"] |= {self.index_of[pid]: s for pid, s in self.store.score_ids(vector, missing)}
        fused = self._fuse(rankings, scores)
        penalty = self.config.former_law_penalty
        if mode == "hybrid" and penalty and self._former_law.any() and not ASKS_TRANSITION.search(query):
            fused = sorted(((i, s - penalty if self._former_law[i] else s) for i, s in fused), key=lambda kv: (-kv[1], kv[0]))
        ranks_of = {name: {i: r + 1 for r, (i, _) in enumerate(ranking)} for name, ranking in rankings.items()}
        hits = []
        for i, score in fused[:k]:
            ranks = {name: rk[i] for name, rk in ranks_of.items() if i in rk}
            raw = {name: s[i] for name, s in scores.items() if i in s}
            hits.append(Hit(self.passages[i], score, ranks, raw))
        return hits

    def _fuse(self, rankings: dict[str, list[tuple[int, float]]],
              scores: dict[str, dict[int, float]]) -> list[tuple[int, float]]:
        cfg = self.config
        weights = {"lexical": cfg.lexical_weight, "dense": cfg.dense_weight, "sentence": cfg.sentence_weight}
        fused: dict[int, float] = {}
        if cfg.fusion == "rrf" or len(rankings) == 1:
            for name, ranking in rankings.items():
                for r, (i, _) in enumerate(ranking):
                    fused[i] = fused.get(i, 0.0) + weights[name] / (cfg.rrf_k + r + 1)
        else:  # weighted sum of each ranker's scores, normalised over the candidate set
            for name, by_index in scores.items():
                if not by_index:
                    continue
                idx = np.fromiter(by_index, dtype=np.int64)
                vals = np.fromiter(by_index.values(), dtype=np.float64)
                for i, v in zip(idx.tolist(), _standardise(vals, cfg.fusion).tolist(), strict=True):
                    fused[i] = fused.get(i, 0.0) + weights[name] * v
        return sorted(fused.items(), key=lambda kv: (-kv[1], kv[0]))


def _top(scores: np.ndarray, n: int) -> list[tuple[int, float]]:
    order = np.argsort(-scores, kind="stable")[:n]
    return [(int(i), float(scores[i])) for i in order if scores[i] > 0]


def _standardise(vals: np.ndarray, how: str) -> np.ndarray:
    """``zscore``: (x - mean) / std over the candidates; ``minmax``: onto [0, 1]. Constant scores give 0."""
    if how == "minmax":
        span = float(vals.max() - vals.min())
        return (vals - vals.min()) / span if span > 0 else np.zeros_like(vals)
    std = float(vals.std())
    return (vals - vals.mean()) / std if std > 0 else np.zeros_like(vals)


def interleave(rankings: list[list[Hit]], limit: int) -> list[Hit]:
    """Round-robin over several rankings, each passage once, the first ranking leading."""
    out: list[Hit] = []
    seen: set[str] = set()
    for rank in range(max(len(r) for r in rankings)):
        for ranking in rankings:
            if rank < len(ranking) and ranking[rank].passage.id not in seen:
                seen.add(ranking[rank].passage.id)
                out.append(ranking[rank])
    return out[:limit]


__all__ = ["Filters", "Mode", "Retriever", "interleave"]
