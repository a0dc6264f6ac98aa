"""The calibrated "answers the question" score: its features, the score itself, the gate check that uses it and
the calibration that writes it (issue 11). Deterministic fakes stand in for the sentence vectors."""

from __future__ import annotations

import math
from datetime import date
from pathlib import Path

import numpy as np
import pytest
import yaml

from assistant.answer.answered import AnswerScore, FeatureInput, coverage, features, focus_words
from assistant.answer.asked import classify
from assistant.answer.gate import assess
from assistant.answer.meaning import MODEL_FILE, Meaning, load_meaning
from assistant.settings import Settings
from assistant.types import Hit, Passage

pytestmark = pytest.mark.unit

TODAY = date(2026, 12, 1)
DF = {"meerzorg": 3, "termijn": 40, "zorgkantoor": 200, "aanvrag": 150, "beslis": 30, "beslistermijn": 2}
TEXTS = ("Het zorgkantoor beslist binnen acht weken op een aanvraag voor meerzorg. "
         "Daarna kan de cliënt bezwaar maken bij het zorgkantoor.",
         "De Wlz regelt langdurige zorg voor mensen die blijvend zorg nodig hebben in hun nabijheid.")


def inp(question: str, picked: tuple[str, ...] = (), texts: tuple[str, ...] = TEXTS,
        ranks: tuple[int, int] = (1, 1)) -> FeatureInput:
    return FeatureInput(question=question, passages_text=texts, dense=[0.62, 0.5], lexical=[12.0, 3.0],
                        dense_rank=[ranks[0], 2], lexical_rank=[ranks[1], 3], picked=picked, doc_freq=DF,
                        passages=1000, asked=classify(question), english=False)


def fake_similarity(q: str, sentences: list[str]) -> list[float | None]:
    """Cosine 0.8 for the meerzorg decision sentence, 0.5 for the bezwaar one, None (no vector) for the rest."""
    return [0.8 if "acht weken" in s else 0.5 if "bezwaar" in s else None for s in sentences]


def test_the_focus_is_the_rare_content_words_not_the_asking_words() -> None:
    focus = focus_words("Binnen hoeveel weken moet het zorgkantoor beslissen over meerzorg?", DF, 1000)
    assert "hoeveel" not in focus and "moet" not in focus  # asking words
    assert focus["meerzorg"] > focus["zorgkantoor"]  # rarer in the corpus: weighs more
    unknown = focus_words("Geldt dit ook voor een pgb-huurtoeslagformulier?", DF, 1000)
    assert max(unknown.values()) == pytest.approx(math.log(1001) + 1)  # unknown to the index: as rare as can be


def test_coverage_weights_by_rarity_and_counts_compounds() -> None:
    focus = {"meerzorg": 5.0, "zorgkantoor": 1.0}
    assert coverage(focus, "Een meerzorgaanvraag gaat naar het zorgkantoor.") == pytest.approx(1.0)  # compound
    assert coverage(focus, "Het zorgkantoor beslist.") == pytest.approx(1 / 6)
    assert coverage({}, "wat dan ook") == 1.0  # nothing to cover


def test_features_read_the_best_sentence_its_gap_and_the_picked_ones() -> None:
    q = "Binnen hoeveel weken beslist het zorgkantoor over meerzorg?"
    f = features(inp(q, picked=(TEXTS[0].split(". ")[0] + ".",)), fake_similarity)
    assert f["cos_best"] == pytest.approx(0.8)
    assert f["cos_gap"] == pytest.approx(0.3)  # 0.8 − 0.5; the sentence without a vector does not count
    assert f["cos_picked"] == pytest.approx(0.8)
    assert f["cov_best_sentence"] == pytest.approx(1.0) and f["cov_passage"] == pytest.approx(1.0)
    assert f["value_asked"] == 1.0 and f["value_held"] == 1.0  # "binnen acht weken" is a duration
    assert f["shape_value"] == 1.0 and f["shape_yesno"] == 0.0
    assert f["agree_top"] == 1.0 and f["dense_top"] == pytest.approx(0.62)
    assert f["lexical_top"] == pytest.approx(math.log1p(12.0))
    assert all(isinstance(v, float) and math.isfinite(v) for v in f.values())


def test_features_without_vectors_or_with_a_missing_specific() -> None:
    q = "Hoeveel euro meerzorg krijgt een cliënt per jaar?"
    f = features(inp(q, ranks=(1, 4)), None)  # no sentence vectors: the cosines are 0, the rest still counts
    assert f["cos_best"] == 0.0 and f["cos_gap"] == 0.0 and f["cos_picked"] == 0.0
    assert f["agree_top"] == 0.0  # the two searches disagree on the top passage
    g = features(inp(q), fake_similarity)
    assert g["value_held"] == 0.0  # the closest sentence holds a duration, not an amount
    assert g["miss_picked"] > 0.0  # nothing picked: every focus word is missing


def score(threshold: float = 0.5) -> AnswerScore:
    return AnswerScore(("cos_best", "cov_passage"), (2.0, 1.0), 0.5, (0.6, 0.5), (0.1, 0.25), threshold)


def test_the_score_is_a_logistic_of_standardised_features() -> None:
    s = score()
    z = 0.5 + 2.0 * (0.7 - 0.6) / 0.1 + 1.0 * (0.25 - 0.5) / 0.25
    assert s.probability({"cos_best": 0.7, "cov_passage": 0.25}) == pytest.approx(1 / (1 + math.exp(-z)))
    low, high = ({"cos_best": c, "cov_passage": 0.5} for c in (0.4, 0.8))
    assert s.probability(low) < s.probability(high)
    assert not s.answers(low) and s.answers(high)
    with pytest.raises(KeyError):
        s.probability({"cos_best": 0.7})


def test_a_malformed_score_is_rejected() -> None:
    with pytest.raises(ValueError):
        AnswerScore(("a", "b"), (1.0,), 0.0, (0.0, 0.0), (1.0, 1.0), 0.5)
    with pytest.raises(ValueError):
        AnswerScore(("a",), (1.0,), 0.0, (0.0,), (0.0,), 0.5)


def test_the_shipped_score_is_filed_under_the_embedder_the_index_uses() -> None:
    """The coefficients are on one model's cosine scale: they must sit under that model's name (as the embedder
    reports it and a build records it), and every feature they name must be one the code computes."""
    data = yaml.safe_load(MODEL_FILE.read_text(encoding="utf-8"))
    name = f"embeddinggemma-300m:{Settings().embedding.dimensions}"
    with_score = [e for e, v in data["embedders"].items() if v.get("answer_score")]
    assert with_score == [name]
    m = load_meaning(name, fake_similarity)
    assert m is not None and m.answer_score is not None
    computed = features(inp("Binnen hoeveel weken beslist het zorgkantoor over meerzorg?"), fake_similarity)
    assert set(m.answer_score.features) <= set(computed)
    assert 0.0 < m.answer_score.threshold < 1.0
    other = load_meaning("embeddinggemma-300m:256", fake_similarity)  # another width: another scale
    assert other is None or other.answer_score is None


def hit(text: str, dense: float = 0.6) -> Hit:
    p = Passage(doc_id="meerzorg-thuis-2025", title="Kamerbrief Meerzorg thuis", kind="kamerbrief",
                date=date(2025, 9, 8), section=("S",), page=1, start=0, end=len(text), text=text)
    return Hit(p, 1.0, {"dense": 1, "lexical": 1}, {"dense": dense, "lexical": 10.0})


def judge(question: str, threshold: float, similarity: float) -> tuple[str, str]:
    text = "Meerzorg is zorg bovenop het zorgprofiel. De aanvraag loopt via het zorgkantoor en duurt enige tijd."
    s = AnswerScore(("cos_best",), (4.0,), 0.0, (0.6,), (0.1,), threshold)
    meaning = Meaning(lambda q, xs: [similarity] * len(xs), 3.0, 0.3, None, s)
    words = {w.lower().strip(".,?") for w in f"{question} {text}".split()}
    ev = assess(question, [hit(text)], vocab=words, corpus_lower=text.lower(), sentences=[text.split(". ")[0]],
                doc_freq={"meerzorg": 3, "zorgprofiel": 5}, passages=1000, today=TODAY, meaning=meaning)
    return ev.reason, ev.message_nl


def test_the_gate_refuses_when_no_sentence_is_likely_to_answer_and_says_what_it_found() -> None:
    q = "Hoe werkt de meerzorg bij een cliënt met een zwaar zorgprofiel?"
    reason, message = judge(q, threshold=0.5, similarity=0.45)
    assert reason == "not_answered"
    assert "meerzorg" in message and "geen zin die uw vraag beantwoordt" in message
    assert judge(q, threshold=0.5, similarity=0.75)[0] == "ok"  # a close sentence: answered
    en = judge("How does meerzorg work for a client with a heavy zorgprofiel?", threshold=0.5, similarity=0.45)
    assert en[0] == "not_answered" and "no sentence in them answers your question" in en[1]


def test_without_a_calibrated_score_the_check_is_off() -> None:
    text = "Meerzorg is zorg bovenop het zorgprofiel."
    q = "Hoe werkt de meerzorg?"
    for meaning in (None, Meaning(lambda q, xs: [0.1] * len(xs), 3.0, 0.3)):
        ev = assess(q, [hit(text)], vocab={w.lower().strip(".,?") for w in f"{q} {text}".split()},
                    corpus_lower=text.lower(), sentences=[text], doc_freq={"meerzorg": 3}, passages=1000,
                    today=TODAY, meaning=meaning)
        assert ev.reason == "ok"


def test_the_calibration_writes_the_score_into_the_yaml_and_keeps_its_comments(tmp_path: Path) -> None:
    from evals.calibrate import write_score

    f = tmp_path / "m.yaml"
    f.write_text('# header\nembedders:\n  "m:1":\n    weight: 2.0  # kept\n    floor: 0.3\n', encoding="utf-8")
    entry = {"features": ["cos_best"], "coef": [1.5], "intercept": 0.1, "mean": [0.6], "scale": [0.1],
             "threshold": 0.2}
    write_score(entry, "m:1", "first", f)
    write_score({**entry, "threshold": 0.3}, "m:1", "second", f)  # a second run replaces the block
    text = f.read_text(encoding="utf-8")
    assert "# header" in text and "# kept" in text and "second" in text and "first" not in text
    m = load_meaning("m:1", lambda q, s: [0.9] * len(s), path=f)
    assert m is not None and m.weight == 2.0 and m.answer_score is not None
    assert m.answer_score.threshold == 0.3 and m.answer_score.features == ("cos_best",)
    with pytest.raises(SystemExit):
        write_score(entry, "other:1", "x", f)


def rows(n: int, separable: bool, seed: int = 0) -> list[dict[str, object]]:
    rng = np.random.default_rng(seed)
    out: list[dict[str, object]] = []
    for i in range(n):
        answerable = i % 4 != 0
        shift = (0.3 if answerable else -0.3) if separable else 0.0
        out.append({"id": str(i), "group": f"q{i}", "answerable": answerable, "checks": "ok", "verdict": False,
                    "features": {"cos_best": float(0.6 + shift + rng.normal(0, 0.05)),
                                 "noise": float(rng.normal())}})
    return out


def test_the_cross_validation_tells_a_signal_from_noise_on_held_out_folds() -> None:
    from evals.calibrate import cross_validate

    good = cross_validate(rows(120, True), ("cos_best",), totals=(90, 30), repeats=2, costs=(0.0,))
    noise = cross_validate(rows(120, False), ("noise",), totals=(90, 30), repeats=2, costs=(0.0,))
    assert good.auc > 0.95 and noise.auc < 0.75
    assert good.points[0]["extra_refused_unanswerable"] > 0.8  # separable: nearly all refused …
    assert good.points[0]["extra_wrongly_refused"] < 0.05  # … at (nearly) no cost


def test_the_calibration_only_learns_from_questions_the_score_can_change() -> None:
    from evals.calibrate import usable

    data = [{"checks": "ok", "verdict": False}, {"checks": "not_answered", "verdict": False},
            {"checks": "no_value", "verdict": False}, {"checks": "ok", "verdict": True}]
    assert usable(data) == data[:2]  # refused by another check, or answered by the rule check: left out


PRIOR_YAML = """embedders:
  "m:2":
    weight: 2.0
    floor: 0.3
    answer_score:
      features: ["cos_best"]
      coef: [4.0]
      intercept: 0.0
      mean: [0.6]
      scale: [0.1]
      threshold: 0.5
    answer_score_prior:
      features: ["cos_best", "q_prior"]
      coef: [4.0, 1.0]
      intercept: 0.0
      mean: [0.6, 0.0]
      scale: [0.1, 1.0]
      threshold: 0.5
    question_prior:
      documents: ["wlz", "zn"]
      intercept: -1.0
      coef: [3.0, -2.0]
"""


def test_the_question_prior_is_a_logistic_over_the_question_vector_and_only_for_its_documents(tmp_path: Path) -> None:
    from assistant.answer.answered import QuestionPrior

    f = tmp_path / "m.yaml"
    f.write_text(PRIOR_YAML, encoding="utf-8")
    asks_a_phone_number = [0.0, 1.0]  # fake 2-d "search vectors"
    asks_a_condition = [1.0, 0.0]

    def vector(q: str) -> list[float]:
        return asks_a_phone_number if "telefoon" in q else asks_a_condition

    shipped = load_meaning("m:2", fake_similarity, path=f, vector=vector, documents=["zn", "wlz"])
    assert shipped is not None and shipped.prior_applies and shipped.score is shipped.prior_score
    assert shipped.prior_value("Wat is het telefoonnummer?") == pytest.approx(-3.0)
    assert shipped.prior_value("Wanneer mag C&A?") == pytest.approx(2.0)
    # a build with a document the prior never saw (added with `add`): the score without it
    added = load_meaning("m:2", fake_similarity, path=f, vector=vector, documents=["zn", "wlz", "eigen-protocol"])
    assert added is not None and not added.prior_applies and added.score is added.answer_score
    assert added.prior_value("Wat is het telefoonnummer?") is None
    no_vector = load_meaning("m:2", fake_similarity, path=f, documents=["zn", "wlz"])
    assert no_vector is not None and no_vector.score is no_vector.answer_score
    with pytest.raises(ValueError):
        QuestionPrior(frozenset({"wlz"}), (1.0, 2.0), 0.0).value([1.0])  # fitted on another width
    with pytest.raises(ValueError):
        QuestionPrior(frozenset(), (1.0,), 0.0)


def test_the_gate_reads_the_prior_so_the_same_sentence_answers_one_question_and_not_another(tmp_path: Path) -> None:
    """Same retrieved sentence, same closeness: the question whose kind the documents never answer is refused."""
    f = tmp_path / "m.yaml"
    f.write_text(PRIOR_YAML, encoding="utf-8")
    text = "Meerzorg is zorg bovenop het zorgprofiel. De aanvraag loopt via het zorgkantoor en duurt enige tijd."

    def vector(q: str) -> list[float]:
        return [0.0, 1.0] if "contactpersoon" in q else [1.0, 0.0]

    meaning = load_meaning("m:2", lambda q, xs: [0.6] * len(xs), path=f, vector=vector, documents=["wlz", "zn"])

    def reason(question: str) -> str:
        words = {w.lower().strip(".,?") for w in f"{question} {text}".split()}
        return assess(question, [hit(text)], vocab=words, corpus_lower=text.lower(), sentences=[text.split(". ")[0]],
                      doc_freq={"meerzorg": 3, "zorgprofiel": 5}, passages=1000, today=TODAY, meaning=meaning).reason

    assert reason("Welke contactpersoon heb ik voor meerzorg bij het zorgkantoor?") == "not_answered"
    assert reason("Hoe werkt de meerzorg bij een zwaar zorgprofiel?") == "ok"


def test_the_shipped_prior_names_the_shipped_documents() -> None:
    """The prior is valid for the corpus it was fitted on: its document ids are the shipped manifest's."""
    import tomllib

    data = yaml.safe_load(MODEL_FILE.read_text(encoding="utf-8"))
    entry = data["embedders"][f"embeddinggemma-300m:{Settings().embedding.dimensions}"]
    prior = entry["question_prior"]
    assert len(prior["coef"]) == Settings().embedding.dimensions
    assert "q_prior" in entry["answer_score_prior"]["features"]
    root = MODEL_FILE.parent.parent.parent
    manifest = tomllib.loads((root / "corpus" / "manifest.toml").read_text(encoding="utf-8"))
    ids = {d["id"] for d in manifest["documents"]}
    assert set(prior["documents"]) == ids


def test_a_prior_that_does_not_fit_the_embedder_or_is_malformed_is_off_and_the_plain_score_stays(tmp_path: Path) -> None:
    f = tmp_path / "m.yaml"
    f.write_text(PRIOR_YAML.replace('"m:2"', '"m:3"'), encoding="utf-8")  # 2 coefficients, an embedder of width 3
    m = load_meaning("m:3", fake_similarity, path=f, vector=lambda q: [0.0, 0.0, 0.0], documents=["wlz", "zn"])
    assert m is not None and not m.prior_applies and m.score is m.answer_score
    f.write_text(PRIOR_YAML.replace("      intercept: -1.0\n", ""), encoding="utf-8")  # no intercept
    m = load_meaning("m:2", fake_similarity, path=f, vector=lambda q: [0.0, 0.0], documents=["wlz", "zn"])
    assert m is not None and not m.prior_applies and m.score is m.answer_score


def test_the_held_out_splits_are_the_test_thirds_and_users2() -> None:
    """Their reports keep the figures and the number of misses, never which questions missed (evals/__main__.py)."""
    from evals.metrics import HELD_OUT, SET_NAMES

    assert set(HELD_OUT) <= set(SET_NAMES)
    assert {"users2-test", "users7-test"} <= set(HELD_OUT)
    assert not any(name.endswith("-dev") for name in HELD_OUT) and "users-test" not in HELD_OUT
