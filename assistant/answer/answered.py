"""Does a sentence of the retrieved passages answer the question? Features per question and a calibrated score.

The features are computed from what the pipeline already has when the gate runs (the question, the hits with
their raw scores, the sentences the answerer picked, the corpus document frequencies and the sentence vectors
stored with the build); no model is called here. The score is a logistic regression over them whose
coefficients, feature list and threshold are data (``assistant/data/answer_model.yaml``, under the embedder's
name, written by ``python -m evals calibrate``). Pure functions; the gate (``gate.py``) calls :func:`features`
and :class:`AnswerScore`.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from ..ingest.chunk import sentence_spans
from ..retrieval.text import tokens
from .asked import ASKING_WORDS, Asked, holds_value

SHAPES = ("yesno", "value", "definition", "procedure", "list", "other")
# words that ask rather than name what is asked, beyond asked.ASKING_WORDS (stemmed like the index)
ASKING_EXTRA = frozenset(tokens(
    "wat wie waar waarom hoe welke kan kun kunnen mag mogen moet moeten ik je jij u we wij mijn onze krijg krijgen "
    "krijgt wordt gaat doen doet heb hebben iemand iets vraag vragen aanvragen regelen geldt gelden nodig "
    "what who where why how which can may must does do is are the my our get need"))

Similarity = Callable[[str, list[str]], list[float | None]]


@dataclass(frozen=True)
class FeatureInput:
    """What :func:`features` reads (the gate fills it from its Signals)."""

    question: str  # the standalone question (a follow-up's rewritten form)
    passages_text: Sequence[str]  # the top passages' texts, best first
    dense: Sequence[float]  # per top passage: its dense cosine (0 when the dense search did not find it)
    lexical: Sequence[float]  # per top passage: its BM25 score (0 when the lexical search did not find it)
    dense_rank: Sequence[int]  # per top passage: its rank in the dense search (0: not found)
    lexical_rank: Sequence[int]
    picked: Sequence[str]  # the sentences the answerer picked
    doc_freq: Mapping[str, int]
    passages: int  # passages in the corpus
    asked: Asked
    english: bool


def focus_words(question: str, doc_freq: Mapping[str, int], passages: int) -> dict[str, float]:
    """The question's focus: its content stems (not asking words) with an idf weight; a stem the index does not
    know gets the weight of a word seen once."""
    n = max(1, passages)
    out: dict[str, float] = {}
    for t in tokens(question):
        if len(t) < 3 or t.isdigit() or t in ASKING_WORDS or t in ASKING_EXTRA:
            continue
        out[t] = math.log((n + 1) / (doc_freq.get(t, 0) + 1)) + 1.0
    return out


def _present(token: str, pool: set[str]) -> bool:
    """A stem in a set of stems, compounds counted ("meerzorg" in "meerzorgaanvraag" and the other way round)."""
    return token in pool or (len(token) >= 5 and any(token in w or (len(w) >= 6 and w in token) for w in pool))


def coverage(focus: Mapping[str, float], text: str) -> float:
    """idf-weighted share of the focus words that ``text`` holds (1.0 for a question without focus words)."""
    total = sum(focus.values())
    if total <= 0:
        return 1.0
    pool = set(tokens(text))
    return sum(w for t, w in focus.items() if _present(t, pool)) / total


def missing_weight(focus: Mapping[str, float], text: str) -> float:
    """The idf weight of the rarest focus word that ``text`` lacks, relative to the rarest focus word (0: none
    lacking): the specific a question asks about that the sentences do not name."""
    top = max(focus.values(), default=0.0)
    if top <= 0:
        return 0.0
    pool = set(tokens(text))
    return max((w for t, w in focus.items() if not _present(t, pool)), default=0.0) / top


def features(x: FeatureInput, similarity: Similarity | None) -> dict[str, float]:
    """The named features of one question (all finite floats). ``similarity``: cosine of the question with each
    sentence from the build's sentence vectors (None: no vectors, the cosine features are 0)."""
    sentences = [x.passages_text[i][a:b].strip() for i in range(len(x.passages_text))
                 for a, b in sentence_spans(x.passages_text[i])]
    sentences = [s for s in sentences if len(s) >= 20]
    owner = [i for i in range(len(x.passages_text)) for a, b in sentence_spans(x.passages_text[i])
             if len(x.passages_text[i][a:b].strip()) >= 20]
    sims: list[float] = []
    if similarity is not None and sentences:
        sims = [-1.0 if c is None else float(c) for c in similarity(x.question, sentences)]
    order = sorted(range(len(sims)), key=lambda i: -sims[i])
    best = sims[order[0]] if order and sims[order[0]] > -1 else 0.0
    second = sims[order[1]] if len(order) > 1 and sims[order[1]] > -1 else best
    picked_sims = [float(c) for c in (similarity(x.question, list(x.picked)) if similarity and x.picked else [])
                   if c is not None]
    focus = focus_words(x.question, x.doc_freq, x.passages)
    best_sentence = sentences[order[0]] if order else ""
    best_passage = x.passages_text[owner[order[0]]] if order else (x.passages_text[0] if x.passages_text else "")
    unknown = [t for t in focus if x.doc_freq.get(t, 0) == 0]
    top_cov = coverage(focus, " ".join(x.passages_text))
    value_held = 1.0
    if x.asked.shape == "value":
        value_held = float(any(holds_value(x.asked, s) for s in (best_sentence, *x.picked[:1])))
    agree = float(bool(x.dense_rank) and bool(x.lexical_rank) and x.dense_rank[0] == 1 and x.lexical_rank[0] == 1)
    out = {
        "cos_best": best,
        "cos_gap": best - second,
        "cos_top3": sum(sims[i] for i in order[:3]) / max(1, min(3, len(order))) if order else 0.0,
        "cos_picked": max(picked_sims, default=0.0),
        "dense_top": max(x.dense, default=0.0),
        "lexical_top": math.log1p(max(x.lexical, default=0.0)),
        "agree_top": agree,
        "cov_best_sentence": coverage(focus, best_sentence),
        "cov_picked": max((coverage(focus, s) for s in x.picked), default=0.0),
        "cov_passage": coverage(focus, best_passage),
        "cov_top": top_cov,
        "unknown_focus": float(len(unknown)),
        "miss_picked": missing_weight(focus, " ".join(x.picked)),
        "miss_top": missing_weight(focus, " ".join(x.passages_text)),
        "focus_n": float(len(focus)),
        "value_asked": float(x.asked.shape == "value"),
        "value_held": value_held,
        "english": float(x.english),
        "q_words": float(len(re.findall(r"\w+", x.question))),
    }
    for shape in SHAPES:
        out[f"shape_{shape}"] = float(x.asked.shape == shape)
    return out


@dataclass(frozen=True)
class AnswerScore:
    """P(the retrieved sentences answer the question) = logistic(intercept + Σ coef × (feature − mean) / scale);
    refuse below ``threshold``. All of it is data from ``answer_model.yaml``."""

    features: tuple[str, ...]
    coef: tuple[float, ...]
    intercept: float
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    threshold: float

    def __post_init__(self) -> None:
        n = len(self.features)
        if not (len(self.coef) == len(self.mean) == len(self.scale) == n) or n == 0:
            raise ValueError("answer_score: features, coef, mean and scale must have the same, non-zero length")
        if any(s <= 0 for s in self.scale):
            raise ValueError("answer_score: every scale must be positive")

    def probability(self, values: Mapping[str, float]) -> float:
        missing = [f for f in self.features if f not in values]
        if missing:
            raise KeyError(f"answer_score: features not computed: {missing}")
        z = self.intercept + sum(c * (values[f] - m) / s for f, c, m, s in
                                 zip(self.features, self.coef, self.mean, self.scale, strict=True))
        return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z))))

    def answers(self, values: Mapping[str, float]) -> bool:
        return self.probability(values) >= self.threshold

    @classmethod
    def from_data(cls, data: Mapping[str, object]) -> AnswerScore:
        def floats(key: str) -> tuple[float, ...]:
            raw = data[key]
            assert isinstance(raw, list)
            return tuple(float(v) for v in raw)

        names = data["features"]
        assert isinstance(names, list)
        return cls(tuple(str(f) for f in names), floats("coef"), float(str(data["intercept"])), floats("mean"),
                   floats("scale"), float(str(data["threshold"])))


@dataclass(frozen=True)
class QuestionPrior:
    """How likely the corpus it was fitted on answers a question *like this one*, from the question's own search
    vector: a logistic regression over the vector (``q_prior`` = intercept + coef · vector, a log-odds). It learns
    which kinds of question the documents answer (a decision's conditions, a profile's meaning) and which they
    never do (a phone number, a decision period, another organisation's tariff), also for wordings nobody wrote.
    Valid only for the documents it was fitted on: a build with other documents (one added with ``add``) does not
    use it (:meth:`fits`), and the score falls back to the model without it."""

    documents: frozenset[str]
    coef: tuple[float, ...]
    intercept: float

    def __post_init__(self) -> None:
        if not self.coef or not self.documents:
            raise ValueError("question_prior: coef and documents must not be empty")

    def value(self, vector: Sequence[float] | np.ndarray) -> float:
        if len(vector) != len(self.coef):
            raise ValueError(f"question_prior: a vector of {len(vector)} values, fitted on {len(self.coef)}")
        return self.intercept + math.fsum(c * float(v) for c, v in zip(self.coef, vector, strict=True))

    def fits(self, documents: Iterable[str]) -> bool:
        return frozenset(documents) == self.documents

    @classmethod
    def from_data(cls, data: Mapping[str, object]) -> QuestionPrior:
        coef, docs = data["coef"], data["documents"]
        assert isinstance(coef, list) and isinstance(docs, list)
        return cls(frozenset(str(d) for d in docs), tuple(float(v) for v in coef), float(str(data["intercept"])))
