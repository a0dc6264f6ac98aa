"""The BM25 adapter: the only module that imports bm25s.

Passages arrive already tokenised (Dutch Snowball stems, glossary-enriched: ``retrieval/text.tokens``), so
bm25s only counts and scores. Saved and loaded as the ``lexical/`` folder of a build.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np


class Bm25Index:
    """A :class:`~assistant.ports.LexicalIndex` over ``bm25s.BM25``."""

    def __init__(self, model: Any) -> None:
        self._model = model
        self._vocab = set(getattr(model, "vocab_dict", {}) or {})

    @classmethod
    def build(cls, corpus_tokens: list[list[str]]) -> Bm25Index:
        import bm25s

        model = bm25s.BM25()
        model.index([t or ["_"] for t in corpus_tokens], show_progress=False)  # an empty passage still has a row
        return cls(model)

    @classmethod
    def load(cls, path: Path) -> Bm25Index:
        import bm25s

        return cls(bm25s.BM25.load(str(path), load_vocab=True))

    def save(self, path: Path) -> None:
        self._model.save(str(path), show_progress=False)

    @property
    def vocab(self) -> set[str]:
        return self._vocab

    def scores(self, query_tokens: list[str]) -> np.ndarray:
        return np.asarray(self._model.get_scores(query_tokens), dtype=np.float64)
