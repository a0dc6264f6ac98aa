"""A sentence's closeness in meaning to the question, as a feature of the answerer's sentence score.

The vectors are the index build's (every sentence embedded at index time); the weights are data
(``assistant/data/answer_model.yaml``), per embedder, because cosines are on one model's scale."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import yaml

from .answered import AnswerScore, QuestionPrior

log = logging.getLogger(__name__)

MODEL_FILE = Path(__file__).resolve().parent.parent / "data" / "answer_model.yaml"

Similarity = Callable[[str, list[str]], list[float | None]]  # (question, sentences) → cosine or None each
Vector = Callable[[str], "Sequence[float] | np.ndarray"]  # the question's search vector (the retriever's, cached)


@dataclass(frozen=True)
class Meaning:
    similarity: Similarity
    weight: float
    floor: float
    value_cosine: float | None = None  # a value sentence this close answers without a topic word (None: never)
    answer_score: AnswerScore | None = None  # the calibrated "answers the question" score (None: not calibrated)
    # with the question prior (only when it was fitted on this build's documents): the score that also reads it
    prior: QuestionPrior | None = None
    prior_score: AnswerScore | None = None
    vector: Vector | None = None

    @property
    def score(self) -> AnswerScore | None:
        """The "answers the question" score in use: the one with the question prior when that applies."""
        return self.prior_score if self.prior_applies else self.answer_score

    @property
    def prior_applies(self) -> bool:
        return self.prior is not None and self.prior_score is not None and self.vector is not None

    def prior_value(self, question: str) -> float | None:
        """``q_prior`` of the question (None when the prior does not apply to this build)."""
        if not self.prior_applies:
            return None
        assert self.prior is not None and self.vector is not None
        return self.prior.value(self.vector(question))

    def bonus(self, question: str, sentences: list[str]) -> list[float]:
        """weight × max(0, cosine − floor) per sentence; 0 for one without a vector."""
        sims = self.similarity(question, sentences)
        return [0.0 if c is None else self.weight * max(0.0, c - self.floor) for c in sims]


def _prior(embedder: str, data: object) -> QuestionPrior | None:
    """The question prior, or None when there is none or it cannot be used with this embedder (it is then off,
    with a log line: the score without it still works)."""
    if not data:
        return None
    try:
        assert isinstance(data, dict)
        prior = QuestionPrior.from_data(data)
    except (AssertionError, KeyError, TypeError, ValueError) as exc:
        log.warning("question prior off: malformed block in answer_model.yaml (%s)", exc)
        return None
    width = embedder.rpartition(":")[2]
    if width.isdigit() and int(width) != len(prior.coef):
        log.warning("question prior off: %d coefficients for an embedder of width %s", len(prior.coef), width)
        return None
    return prior


def load_meaning(embedder: str, similarity: Similarity, path: Path = MODEL_FILE, *, vector: Vector | None = None,
                 documents: Iterable[str] = ()) -> Meaning | None:
    """The weights calibrated for ``embedder``; None (words only) for an embedder the file does not list.
    ``vector`` and ``documents`` (the build's document ids) switch the question prior on when it was fitted on
    exactly these documents."""
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    entry = (data.get("embedders") or {}).get(embedder)
    if not entry or float(entry.get("weight", 0)) <= 0:
        return None
    value_cosine = entry.get("value_cosine")
    score = entry.get("answer_score")
    prior = _prior(embedder, entry.get("question_prior"))
    prior_score = AnswerScore.from_data(entry["answer_score_prior"]) if entry.get("answer_score_prior") else None
    docs = frozenset(documents)
    if prior is not None and (vector is None or not prior.fits(docs)):
        if vector is not None:
            log.info("question prior off: fitted on %s, this build has %s", sorted(prior.documents), sorted(docs))
        prior = None
    return Meaning(similarity, float(entry["weight"]), float(entry.get("floor", 0.0)),
                   None if value_cosine is None else float(value_cosine),
                   AnswerScore.from_data(score) if score else None,
                   prior, prior_score if prior is not None else None, vector if prior is not None else None)
