"""Calibrate the "answers the question" score: ``python -m evals calibrate [--collect] [--write]``.

1. ``--collect`` runs the pipeline (rule check, retrieval, sentence pick, the named checks) over the tuning sets
   (users-dev, users-test, users3-dev, dev, test: never users2 / users3-test) and stores each question's features
   (``assistant/answer/answered.py``) in evals/reports/calibration-features.json. Without it, the stored
   features are used when they were computed for the current embedder.
2. Only the questions the named checks let through and that get no rule verdict matter (the rest is refused, or
   answered by the verdict, whatever the score says). On those, a logistic regression is fitted with grouped,
   stratified k-fold cross-validation by question (repeated with shuffles); it prints the out-of-fold AUC and,
   at operating points, the unanswerable questions refused against the answerable ones wrongly refused on the
   held-out folds (the threshold picked on the training folds), next to the single-cosine baseline.
3. ``--write`` fits on all of it and writes the features, coefficients and threshold under the embedder's name in
   assistant/data/answer_model.yaml (only when the cross-validated figures say it helps; see docs/answers.md).

The question prior (``q_prior``): a logistic regression over the question's own search vector, fitted on every
question of the tuning sets (answerable or not), says how likely the shipped documents answer a question like it.
Its value for each question is cross-fitted (from a prior that did not see that question's group), so the score
that reads it is fitted and validated on values like those of new questions. ``--write`` stores the prior (with the
document ids it was fitted on: a build with other documents does not use it) and a second score that reads it
(``answer_score_prior``). The report also fits on all sets but one and tests on the one left out: a writer the
prior never saw.
"""

from __future__ import annotations

import json
import re
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from .metrics import REPORTS, load_set

# tuning data; users2 and the held-out thirds of users3 … users16 (users3-test … users16-test) are
# never read
SETS = ("users-dev", "users-test", "users3-dev", "users4-dev", "users5-dev", "users6-dev", "users7-dev", "users8-dev",
        "users9-dev", "users10-dev", "users11-dev", "users12-dev", "users13-dev", "users14-dev", "users15-dev",
        "users16-dev", *(f"users{n}-dev" for n in range(17, 40)), "dev", "test")
FEATURES_FILE = REPORTS / "calibration-features.json"
VECTORS_FILE = Path(__file__).parent / "cache" / "calibration-qvectors.npz"  # the questions' search vectors
C_PRIOR = 10.0  # the prior's inverse regularisation (1, 3, 10, 30, 100 compared by leaving one set out)
QA_PROMPT = "task: question answering | query: "
BASELINE = ("cos_best",)


def _group(question: str) -> str:
    return " ".join(re.findall(r"\w+", question.lower()))


def warm_assistant() -> Any:
    """The assistant over the built index with the settings in force, its parts opened (the evals' pipeline)."""
    from assistant.bootstrap import build_assistant
    from assistant.settings import get_settings

    assistant = build_assistant(get_settings())
    assistant.warm_up()
    return assistant


def prepare(assistant: Any, x: dict[str, Any]) -> tuple[Any, Any]:
    """One eval question ``x`` through the pipeline up to the gate: the preparation and the signals the gate's
    checks and features read (as ``assess`` gathers them, without its ``today``)."""
    from assistant.answer.gate import gather

    r = assistant.retriever
    prep = assistant._prepare(x["q"], x.get("history"), None, (), None, None)
    signals = gather(prep.question, prep.hits, vocab=r.vocab, corpus_lower=r.corpus_lower,
                     sentences=[s.text for s in prep.picked], context=prep.standalone, doc_freq=r.doc_freq,
                     passages=len(r.passages), limits=assistant.settings.answers, meaning=assistant.meaning,
                     lower_words=r.lower_words)
    return prep, signals


def collect(sets: tuple[str, ...] = SETS) -> dict[str, Any]:
    """Run the pipeline over ``sets`` and return (and store) every question's features and outcome."""
    from assistant.answer.gate import answer_features
    from assistant.retrieval.index import sentence_id

    assistant = warm_assistant()
    r = assistant.retriever
    rows: list[dict[str, Any]] = []
    vectors: list[np.ndarray] = []
    timing: list[float] = []  # ms per question for the shipped features (the gate computes them on every answer)
    for set_name in sets:
        for x in load_set(set_name):
            prep, signals = prepare(assistant, x)
            t = time.perf_counter()
            feats = answer_features(signals)
            timing.append((time.perf_counter() - t) * 1000)
            feats.update(_qa_features(r, prep.standalone, [h.passage.text for h in prep.hits[:5]], sentence_id))
            vectors.append(np.asarray(r.embedder.embed_query(prep.standalone), np.float32))  # cached: no new call
            rows.append({"set": set_name, "id": x["id"], "q": x["q"], "standalone": prep.standalone,
                         "group": _group(prep.standalone),
                         "answerable": x["type"] not in ("out_of_scope", "unanswerable"),
                         "checks": prep.evidence.reason, "verdict": prep.verdict is not None, "features": feats})
            print(f"{set_name:10s} {x['id']:>12s} {prep.evidence.reason:14s} {feats['cos_best']:.3f}", file=sys.stderr)
    data = {"embedder": r.embedder.name, "sets": list(sets), "rows": rows,
            "feature_ms": {"p50": float(np.percentile(timing, 50)), "p95": float(np.percentile(timing, 95))}}
    REPORTS.mkdir(parents=True, exist_ok=True)
    FEATURES_FILE.write_text(json.dumps(data, ensure_ascii=False, indent=0), encoding="utf-8")
    _save_vectors(data, np.stack(vectors))
    return data


def _keys(data: dict[str, Any]) -> np.ndarray:
    return np.asarray([f"{x['set']}/{x['id']}" for x in data["rows"]])


def _save_vectors(data: dict[str, Any], vectors: np.ndarray) -> None:
    VECTORS_FILE.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(VECTORS_FILE, keys=_keys(data), vectors=vectors, embedder=np.asarray(data["embedder"]))


def question_vectors(data: dict[str, Any]) -> np.ndarray:
    """The search vector of every row's (standalone) question: from the cache when it holds these rows for this
    embedder, else embedded now (about 30 s for 700 questions)."""
    keys = _keys(data)
    if VECTORS_FILE.exists():
        with np.load(VECTORS_FILE) as z:
            if str(z["embedder"]) == data["embedder"] and z["keys"].shape == keys.shape and (z["keys"] == keys).all():
                return np.asarray(z["vectors"], np.float32)
    from assistant.bootstrap import build_assistant
    from assistant.settings import get_settings

    assistant = build_assistant(get_settings())
    r = assistant.retriever
    if r.embedder.name != data["embedder"]:
        raise SystemExit(f"de opgeslagen kenmerken horen bij {data['embedder']}, de index bij {r.embedder.name}: "
                         "draai python -m evals calibrate --collect")
    standalone = {(x["set"], x["id"]): x.get("standalone", x["q"]) for x in data["rows"]}
    vectors = np.stack([np.asarray(r.embedder.embed_query(standalone[(x["set"], x["id"])]), np.float32)
                        for x in data["rows"]])
    _save_vectors(data, vectors)
    return vectors


def _fit_prior(vectors: np.ndarray, ys: np.ndarray, c: float = C_PRIOR) -> Any:
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(C=c, max_iter=5000).fit(vectors, ys)


def cross_fitted_prior(data: dict[str, Any], vectors: np.ndarray, *, c: float = C_PRIOR, folds: int = 5,
                       seed: int = 0) -> np.ndarray:
    """Each question's ``q_prior`` from a prior fitted without its group (grouped, stratified k-fold over all rows)."""
    from sklearn.model_selection import StratifiedGroupKFold

    ys = np.asarray([int(x["answerable"]) for x in data["rows"]])
    groups = np.asarray([x["group"] for x in data["rows"]])
    out = np.zeros(len(ys))
    for train, test in StratifiedGroupKFold(folds, shuffle=True, random_state=seed).split(vectors, ys, groups):
        out[test] = _fit_prior(vectors[train], ys[train], c).decision_function(vectors[test])
    return out


def add_prior(data: dict[str, Any], vectors: np.ndarray, c: float = C_PRIOR) -> None:
    """Set the cross-fitted ``q_prior`` feature on every row."""
    for x, v in zip(data["rows"], cross_fitted_prior(data, vectors, c=c), strict=True):
        x["features"]["q_prior"] = float(v)


def leave_one_set_out(data: dict[str, Any], vectors: np.ndarray, names: tuple[str, ...], *, c: float,
                      c_prior: float = C_PRIOR) -> list[tuple[str, float, float]]:
    """For each set: the prior and the score fitted on the other sets only, tested on it (a writer they never saw).
    Returns (set, AUC without the prior's feature, AUC with it) on that set's usable questions."""
    from sklearn.metrics import roc_auc_score

    rows = data["rows"]
    ys = np.asarray([int(x["answerable"]) for x in rows])
    sets = np.asarray([x["set"] for x in rows])
    use = np.asarray([x["checks"] in ("ok", "not_answered") and not x["verdict"] for x in rows])
    base = tuple(n for n in names if n != "q_prior")
    out = []
    for held in dict.fromkeys(sets):
        test, train = sets == held, sets != held
        if len(set(ys[test & use])) < 2:
            continue
        sub = {"rows": [x for x, t in zip(rows, train, strict=True) if t]}
        inner = cross_fitted_prior(sub, vectors[train], c=c_prior)  # the training rows' prior, cross-fitted
        prior = _fit_prior(vectors[train], ys[train], c_prior).decision_function(vectors[test])
        q = np.zeros(len(rows))
        q[train], q[test] = inner, prior
        aucs = []
        for feats in (base, names):
            def matrix(mask: np.ndarray, feats: tuple[str, ...] = feats, q: np.ndarray = q) -> np.ndarray:
                return np.asarray([[q[i] if f == "q_prior" else rows[i]["features"][f] for f in feats]
                                   for i in np.where(mask)[0]], np.float64)
            model = _fit(matrix(train & use), ys[train & use], c)
            aucs.append(float(roc_auc_score(ys[test & use], model.predict_proba(matrix(test & use))[:, 1])))
        out.append((str(held), aucs[0], aucs[1]))
    return out


def _qa_features(r: Any, question: str, texts: list[str], sentence_id: Any) -> dict[str, float]:
    """Analysis only (not shipped: it would be a second query embedding): the best sentence cosine with the
    question embedded under embeddinggemma's question-answering prompt instead of the search prompt."""
    from assistant.ingest.chunk import sentence_spans

    rows_of = r._sentence_row
    vectors = r._sentence_vectors
    if vectors is None:
        return {"qa_best": 0.0, "qa_gap": 0.0}
    sents = [t[a:b].strip() for t in texts for a, b in sentence_spans(t) if len(t[a:b].strip()) >= 20]
    idx = [rows_of[i] for i in (sentence_id(s) for s in sents) if i in rows_of]
    if not idx:
        return {"qa_best": 0.0, "qa_gap": 0.0}
    model = r.embedder._query_model
    q = np.asarray(model.encode([question], prompt=QA_PROMPT, normalize_embeddings=True, convert_to_numpy=True,
                                show_progress_bar=False), np.float32)[0]
    sims = np.sort(np.asarray(vectors[idx], np.float32) @ q)[::-1]
    return {"qa_best": float(sims[0]), "qa_gap": float(sims[0] - sims[1]) if len(sims) > 1 else 0.0}


@dataclass
class CvResult:
    features: tuple[str, ...]
    auc: float
    points: list[dict[str, float]]


def usable(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The questions the score can change: let through by the named checks, no rule verdict."""
    return [x for x in rows if x["checks"] in ("ok", "not_answered") and not x["verdict"]]


def _matrix(rows: list[dict[str, Any]], names: tuple[str, ...]) -> np.ndarray:
    return np.asarray([[x["features"][f] for f in names] for x in rows], np.float64)


def _fit(xs: np.ndarray, ys: np.ndarray, c: float) -> Any:
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    return make_pipeline(StandardScaler(), LogisticRegression(C=c, class_weight="balanced", max_iter=2000)).fit(xs, ys)


def _threshold(p: np.ndarray, ys: np.ndarray, cost: float, n_answerable: int) -> float:
    """The highest threshold whose wrongly refused answerable questions stay within ``cost`` × all answerable."""
    allowed = int(np.floor(cost * n_answerable + 1e-9))
    pos = np.sort(p[ys == 1])
    return float(pos[allowed] - 1e-9) if allowed < len(pos) else 1.0


def cross_validate(rows: list[dict[str, Any]], names: tuple[str, ...], *, totals: tuple[int, int], c: float = 1.0,
                   folds: int = 5, repeats: int = 10, costs: tuple[float, ...] = (0.0, 0.005, 0.01, 0.02)) -> CvResult:
    """Grouped (by question text), stratified k-fold, repeated; thresholds picked on the training folds.
    ``totals``: (answerable, unanswerable) questions in the whole sets, the eval's denominators."""
    from sklearn.metrics import roc_auc_score
    from sklearn.model_selection import StratifiedGroupKFold

    xs, ys = _matrix(rows, names), np.asarray([int(x["answerable"]) for x in rows])
    groups = np.asarray([x["group"] for x in rows])
    n_ans, n_un = totals
    aucs: list[float] = []
    refused = {k: [0, 0] for k in costs}  # cost → [unanswerable refused, answerable refused]
    for seed in range(repeats):
        oof = np.zeros(len(rows))
        for train, test in StratifiedGroupKFold(folds, shuffle=True, random_state=seed).split(xs, ys, groups):
            model = _fit(xs[train], ys[train], c)
            oof[test] = model.predict_proba(xs[test])[:, 1]
            p_train = model.predict_proba(xs[train])[:, 1]
            for k in costs:  # the training folds stand for their share of the whole sets' answerable questions
                t = _threshold(p_train, ys[train], k, round(n_ans * len(train) / len(rows)))
                refused[k][0] += int(np.sum((oof[test] < t) & (ys[test] == 0)))
                refused[k][1] += int(np.sum((oof[test] < t) & (ys[test] == 1)))
        aucs.append(float(roc_auc_score(ys, oof)))
    points = [{"cost": k, "extra_refused_unanswerable": refused[k][0] / repeats / n_un,
               "extra_wrongly_refused": refused[k][1] / repeats / n_ans,
               "n_unanswerable_refused": refused[k][0] / repeats, "n_answerable_refused": refused[k][1] / repeats}
              for k in costs]
    return CvResult(names, float(np.mean(aucs)), points)


FULL = ("cos_best", "cos_gap", "cos_top3", "cos_picked", "dense_top", "lexical_top", "agree_top",
        "cov_best_sentence", "cov_picked", "cov_passage", "cov_top", "unknown_focus", "focus_n", "value_asked",
        "value_held", "english", "q_words", "shape_yesno", "shape_definition", "shape_procedure", "shape_list")
# the shipped set: the search-prompt cosines, passage scores, coverage of the focus words and the question shape
SHIPPED = ("cos_best", "cos_gap", "dense_top", "agree_top", "cov_passage", "cov_picked", "shape_procedure",
           "shape_other", "value_asked")
C_SHIPPED = 0.03  # inverse regularisation (C 0.03, 0.1, 0.3, 1 compared by the same cross-validation)
COST_SHIPPED = 0.0  # the threshold refuses no answerable question of the calibration data (held out: +0.005)
# with the question prior: 1% of the answerable questions of the calibration data may fall under the threshold
# (2026-12-08, 41 sets; leaving each of users17-dev … users39-dev out in turn, this budget refused 155 of their usable
# unanswerable questions for 17 answerable ones, the model of 2026-12-04 149 / 17, a budget of 0.5% 130 / 10:
# evals/reports/calibration-refit-2026-12-08.md)
COST_PRIOR = 0.01
CANDIDATES: dict[str, tuple[str, ...]] = {
    "baseline: best sentence cosine": BASELINE,
    "qa prompt: best sentence cosine": ("qa_best",),
    "cosines (search prompt)": ("cos_best", "cos_gap", "cos_top3", "cos_picked"),
    "coverage": ("cov_best_sentence", "cov_picked", "cov_passage", "cov_top", "unknown_focus"),
    "cosine + coverage": ("cos_best", "cos_picked", "cov_best_sentence", "cov_picked", "cov_top", "unknown_focus"),
    "all features": FULL,
    "all + qa prompt": (*FULL, "qa_best", "qa_gap"),
    "all + missing specific": (*FULL, "miss_picked", "miss_top"),
    "shipped (9 features)": SHIPPED,
    "question prior alone": ("q_prior",),
    "shipped + question prior": (*SHIPPED, "q_prior"),
}
WITH_PRIOR = (*SHIPPED, "q_prior")


def report(data: dict[str, Any], c: float = C_SHIPPED) -> tuple[str, dict[str, CvResult]]:
    rows = data["rows"]
    n_ans = sum(1 for x in rows if x["answerable"])
    n_un = len(rows) - n_ans
    use = usable(rows)
    u_ans = sum(1 for x in use if x["answerable"])
    refused_before = sum(1 for x in rows if not x["answerable"] and x["checks"] not in ("ok", "not_answered"))
    lines = [f"# Calibration of the 'answers the question' score — sets {', '.join(data['sets'])}, "
             f"embedder {data['embedder']}",
             "",
             f"{len(rows)} questions ({n_ans} answerable, {n_un} not); the named checks and the rule check leave "
             f"{len(use)} that the score can change ({u_ans} answerable, {len(use) - u_ans} not: "
             f"the other checks refuse {refused_before} of {n_un}).",
             f"Logistic regression (standardised, class-balanced, C={c}), stratified grouped 5-fold × 10 shuffles; "
             "thresholds picked on the training folds. Figures are shares of ALL questions of the sets "
             "(the eval's denominators): extra refused unanswerable / extra wrongly refused answerable.",
             "",
             "| features | AUC | cost≤0 | cost≤0.005 | cost≤0.01 | cost≤0.02 |",
             "|---|---|---|---|---|---|"]
    if "feature_ms" in data:
        lines.insert(4, f"Computing the features takes p50 {data['feature_ms']['p50']:.2f} ms, p95 "
                        f"{data['feature_ms']['p95']:.2f} ms per question (no model call).")
    results: dict[str, CvResult] = {}
    for label, names in CANDIDATES.items():
        if any(f not in use[0]["features"] for f in names):
            continue
        res = cross_validate(use, names, totals=(n_ans, n_un), c=c)
        results[label] = res
        cells = [f"+{p['extra_refused_unanswerable']:.3f} / +{p['extra_wrongly_refused']:.3f}" for p in res.points]
        lines.append(f"| {label} | {res.auc:.3f} | " + " | ".join(cells) + " |")
    return "\n".join(lines), results


def fit_all(data: dict[str, Any], names: tuple[str, ...] = SHIPPED, cost: float = COST_SHIPPED,
            c: float = C_SHIPPED) -> dict[str, Any]:
    """Fit on every usable question and express the model as the yaml's answer_score entry."""
    rows = usable(data["rows"])
    n_ans = sum(1 for x in data["rows"] if x["answerable"])
    xs, ys = _matrix(rows, names), np.asarray([int(x["answerable"]) for x in rows])
    model = _fit(xs, ys, c)
    scaler, lr = model.steps[0][1], model.steps[1][1]
    p = model.predict_proba(xs)[:, 1]
    return {"features": list(names), "coef": [round(float(v), 6) for v in lr.coef_[0]],
            "intercept": round(float(lr.intercept_[0]), 6), "mean": [round(float(v), 6) for v in scaler.mean_],
            "scale": [round(float(v), 6) for v in scaler.scale_],
            "threshold": round(_threshold(p, ys, cost, n_ans), 6)}


def fit_prior_entry(data: dict[str, Any], vectors: np.ndarray, documents: list[str], c: float = C_PRIOR
                    ) -> dict[str, Any]:
    """The prior fitted on every question of the sets, as the yaml's question_prior entry."""
    ys = np.asarray([int(x["answerable"]) for x in data["rows"]])
    model = _fit_prior(vectors, ys, c)
    return {"documents": sorted(documents), "intercept": round(float(model.intercept_[0]), 6),
            "coef": [round(float(v), 6) for v in model.coef_[0]]}


def _block(key: str) -> tuple[str, str]:
    return f"    # {key}: written by python -m evals calibrate --write", f"    # end {key}"


def write_score(entry: dict[str, Any], embedder: str, note: str, path: Path | None = None,
                key: str = "answer_score") -> None:
    """Put ``entry`` as ``key`` (answer_score, answer_score_prior, question_prior) of ``embedder`` in
    answer_model.yaml, keeping the file's comments (an earlier block written here is replaced)."""
    from assistant.answer.meaning import MODEL_FILE

    path = path or MODEL_FILE
    start, end = _block(key)
    lines = path.read_text(encoding="utf-8").splitlines()
    if start in lines:
        a, b = lines.index(start), lines.index(end)
        lines = lines[:a] + lines[b + 1:]
    section = f'  "{embedder}":'
    if section not in lines:
        raise SystemExit(f"{path} heeft geen sectie voor embedder {embedder}; voeg die eerst toe (docs/answers.md).")
    block = [start, *(f"    # {n}" for n in note.splitlines()), f"    {key}:"]
    block += [f"      {k}: {json.dumps(v)}" for k, v in entry.items()]
    block.append(end)
    at = lines.index(section) + 1
    path.write_text("\n".join(lines[:at] + block + lines[at:]) + "\n", encoding="utf-8")


def main(argv: list[str]) -> int:
    import argparse
    from datetime import date

    p = argparse.ArgumentParser(prog="python -m evals calibrate")
    p.add_argument("--collect", action="store_true", help="run the pipeline over the tuning sets first")
    p.add_argument("--write", action="store_true", help="fit the shipped features on all of it and write the "
                   "score into assistant/data/answer_model.yaml")
    p.add_argument("--c", type=float, default=C_SHIPPED, help="inverse regularisation strength")
    args = p.parse_args(argv)
    if args.collect or not FEATURES_FILE.exists():
        data = collect()
    else:
        data = json.loads(FEATURES_FILE.read_text(encoding="utf-8"))
    vectors = question_vectors(data)
    add_prior(data, vectors)
    text, results = report(data, args.c)
    loso = leave_one_set_out(data, vectors, WITH_PRIOR, c=args.c)
    text += ("\n\nLeaving one set out (the prior and the score fitted on the other sets; AUC on the left-out set's "
             "usable questions):\n\n| set left out | shipped | shipped + question prior |\n|---|---|---|\n")
    text += "\n".join(f"| {name} | {a:.3f} | {b:.3f} |" for name, a, b in loso)
    print(text)
    (REPORTS / "calibration.md").write_text(text + "\n", encoding="utf-8")
    if args.write:
        today = date.today()
        for key, label, names, cost in (("answer_score", "shipped (9 features)", SHIPPED, COST_SHIPPED),
                                        ("answer_score_prior", "shipped + question prior", WITH_PRIOR, COST_PRIOR)):
            res = results[label]
            entry = fit_all(data, names, cost=cost, c=args.c)
            point = next(x for x in res.points if x["cost"] == cost)
            note = (f"{today}: fitted on {', '.join(data['sets'])} ({len(usable(data['rows']))} questions the "
                    f"named checks let through).\nCross-validated: AUC {res.auc:.3f}; at this threshold "
                    f"+{point['extra_refused_unanswerable']:.3f} unanswerable refused, "
                    f"+{point['extra_wrongly_refused']:.3f} answerable wrongly refused (held-out folds).")
            if key == "answer_score_prior":
                note += "\nUsed only when question_prior applies (the build has exactly its documents)."
            write_score(entry, data["embedder"], note, key=key)
        from assistant.bootstrap import build_assistant
        from assistant.settings import get_settings

        documents = sorted(build_assistant(get_settings()).retriever.by_doc)
        prior = fit_prior_entry(data, vectors, documents)
        note = (f"{today}: logistic regression (C={C_PRIOR}) over the question's search vector, fitted on all "
                f"{len(data['rows'])} questions of {', '.join(data['sets'])}; q_prior = intercept + coef · vector.\n"
                "Valid for these documents only: a build with other documents uses answer_score instead.")
        write_score(prior, data["embedder"], note, key="question_prior")
        print(f"\nGeschreven: answer_score, answer_score_prior en question_prior voor {data['embedder']}",
              file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
