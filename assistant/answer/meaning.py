"""A sentence's closeness in meaning to the question, as a feature of the answerer's sentence score.

The vectors are the index build's (every sentence embedded at index time); the weights are data
(``assistant/data/answer_model.yaml``), per embedder, because cosines are on one model's scale."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import yaml

from .answered import AnswerScore

MODEL_FILE = Path(__file__).resolve().parent.parent / "data" / "answer_model.yaml"

Similarity = Callable[[str, list[str]], list[float | None]]  # (question, sentences) → cosine or None each


@dataclass(frozen=True)
class Meaning:
    similarity: Similarity
    weight: float
    floor: float
    value_cosine: float | None = None  # a value sentence this close answers without a topic word (None: never)
    answer_score: AnswerScore | None = None  # the calibrated "answers the question" score (None: not calibrated)

    def bonus(self, question: str, sentences: list[str]) -> list[float]:
        """weight × max(0, cosine − floor) per sentence; 0 for one without a vector."""
        sims = self.similarity(question, sentences)
        return [0.0 if c is None else self.weight * max(0.0, c - self.floor) for c in sims]


def load_meaning(embedder: str, similarity: Similarity, path: Path = MODEL_FILE) -> Meaning | None:
    """The weights calibrated for ``embedder``; None (words only) for an embedder the file does not list."""
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    entry = (data.get("embedders") or {}).get(embedder)
    if not entry or float(entry.get("weight", 0)) <= 0:
        return None
    value_cosine = entry.get("value_cosine")
    score = entry.get("answer_score")
    return Meaning(similarity, float(entry["weight"]), float(entry.get("floor", 0.0)),
                   None if value_cosine is None else float(value_cosine),
                   AnswerScore.from_data(score) if score else None)
