"""Would a judge of the question and the sentence together help the gate? ``python -m evals.pair_judge``.

An experiment (docs/answers.md §2b), not part of the shipped score. For every question of the tuning sets it
collects the gate's nine features (``answered.features``), the question's search vector and the vectors of its
closest picked sentence and of the closest sentence of the top five passages (all already in the build). Then it
compares, by leaving one writer's set out (fitted on the others, AUC on the left-out set, only questions the
named checks let through and no rule verdict answers):

- ``base``: the nine features;
- ``prior``: plus the question prior (logistic regression over the question vector, cross-fitted);
- ``prior+pair`` / ``prior+pairT``: plus a logistic regression over question ⊙ sentence (picked / top passages);
- ``pair``: the nine features plus question ⊙ picked sentence only.

``--collect`` runs the pipeline first (about 5 minutes on a quiet 2-core machine); the vectors are kept in
evals/cache/ (pair-judge.npz, pair-judge-rows.json). Held-out thirds are never read.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import numpy as np

from .calibrate import prepare, warm_assistant
from .metrics import load_set

SETS = ("users10-dev", "users9-dev", "users8-dev", "users7-dev", "users6-dev", "users5-dev", "users4-dev",
        "users3-dev", "users-dev", "users-test")
LEFT_OUT = SETS[:8]
VECTORS = Path(__file__).parent / "cache" / "pair-judge.npz"
ROWS = VECTORS.with_name("pair-judge-rows.json")
BASE = ("cos_best", "cos_gap", "dense_top", "agree_top", "cov_passage", "cov_picked", "shape_procedure",
        "shape_other", "value_asked")


def collect() -> None:
    from assistant.answer.gate import answer_features
    from assistant.ingest.chunk import sentence_spans
    from assistant.retrieval.index import sentence_id

    assistant = warm_assistant()
    r = assistant.retriever
    rows: list[dict[str, Any]] = []
    qs: list[np.ndarray] = []
    pairs: list[np.ndarray] = []

    def closest(texts: list[str], q: np.ndarray) -> np.ndarray:
        ix = [i for i in (r._sentence_row.get(sentence_id(t)) for t in texts) if i is not None]
        if not ix:
            return np.zeros_like(q)
        assert r._sentence_vectors is not None  # the shipped build has sentence vectors
        v = np.asarray(r._sentence_vectors[ix], np.float32)
        return np.asarray(v[int(np.argmax(v @ q))])

    for set_name in SETS:
        for x in load_set(set_name):
            prep, sig = prepare(assistant, x)
            q = np.asarray(r.embedder.embed_query(prep.standalone), np.float32)
            top = [t[i:j].strip() for h in prep.hits[:5] for t in [h.passage.text] for i, j in sentence_spans(t)]
            qs.append(q)
            pairs.append(np.stack([closest([s.text for s in prep.picked], q), closest([t for t in top if len(t) >= 20], q)]))
            rows.append({"set": set_name, "id": x["id"], "answerable": x["type"] not in ("out_of_scope", "unanswerable"),
                         "checks": prep.evidence.reason, "verdict": prep.verdict is not None,
                         "features": answer_features(sig)})
        print(f"{set_name}: {sum(1 for row in rows if row['set'] == set_name)} vragen", file=sys.stderr)
    VECTORS.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(VECTORS, Q=np.stack(qs), S=np.stack(pairs))
    ROWS.write_text(json.dumps(rows), encoding="utf-8")


def compare(c: float = 10.0) -> dict[str, dict[str, float]]:
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import roc_auc_score
    from sklearn.model_selection import StratifiedKFold

    rows = json.loads(ROWS.read_text(encoding="utf-8"))
    z = np.load(VECTORS)
    q, s = z["Q"], z["S"]
    y = np.array([r["answerable"] for r in rows], int)
    sets = np.array([r["set"] for r in rows])
    usable = np.array([r["checks"] in ("ok", "not_answered") and not r["verdict"] for r in rows])
    base = np.array([[r["features"].get(f, 0.0) for f in BASE] for r in rows])
    variants = {"base": [], "prior": [q], "prior+pair": [q, q * s[:, 0]], "prior+pairT": [q, q * s[:, 1]],
                "pair": [q * s[:, 0]]}

    def lr(x: np.ndarray, yy: np.ndarray) -> Any:
        return LogisticRegression(C=c, max_iter=3000).fit(x, yy)

    def crossfit(x: np.ndarray, rows_: np.ndarray) -> np.ndarray:  # out-of-fold logits within the training sets
        out = np.zeros(len(rows_))
        for tr, te in StratifiedKFold(5, shuffle=True, random_state=0).split(x[rows_], y[rows_]):
            out[te] = lr(x[rows_][tr], y[rows_][tr]).decision_function(x[rows_][te])
        return out

    result: dict[str, dict[str, float]] = {}
    for held in LEFT_OUT:
        tr, te = np.where(sets != held)[0], np.where(sets == held)[0]
        result[held] = {"n": float(usable[te].sum())}
        for name, mats in variants.items():
            xtr = np.hstack([base[tr], *(crossfit(m, tr)[:, None] for m in mats)])
            xte = np.hstack([base[te], *(lr(m[tr], y[tr]).decision_function(m[te])[:, None] for m in mats)])
            mu, sd = xtr.mean(0), xtr.std(0) + 1e-9
            model = LogisticRegression(C=1.0, max_iter=3000).fit((xtr[usable[tr]] - mu) / sd, y[tr][usable[tr]])
            p = model.decision_function((xte[usable[te]] - mu) / sd)
            result[held][name] = float(roc_auc_score(y[te][usable[te]], p))
        print(f"{held:12s} " + " ".join(f"{k}={v:.3f}" for k, v in result[held].items()), flush=True)
    return result


def main(argv: list[str]) -> int:
    p = argparse.ArgumentParser(prog="python -m evals.pair_judge")
    p.add_argument("--collect", action="store_true", help="run the pipeline over the tuning sets first")
    p.add_argument("--c", type=float, default=10.0, help="inverse regularisation of the vector regressions")
    args = p.parse_args(argv)
    if args.collect or not (VECTORS.exists() and ROWS.exists()):
        collect()
    compare(args.c)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
