"""Evals: ``python -m evals [retrieval|answers|verdicts|thresholds|all] [--set dev|test]``, ``python -m evals calibrate``.

retrieval — R@1/3/5, MRR, latency p50/p95 for hybrid, lexical, dense and the stock baseline, side by side.
answers   — key facts in the answer, gold passage cited, refusals, follow-up vs standalone R@5, ask latency.
verdicts  — verdict scenarios evals/data/verdict_scenarios_*.yaml, dev and held-out test (see evals/verdicts.py).
Reports are printed and written to evals/reports/.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
from collections import Counter
from datetime import date, datetime
from typing import Any

from assistant.settings import get_settings

from .metrics import (
    HELD_OUT,
    REPORTS,
    SET_NAMES,
    first_relevant_rank,
    load_set,
    percentiles,
    quoted_units,
    retrieval_scores,
    table,
    unhyphenate,
)

RETRIEVAL_TYPES = ("single", "multi", "followup")


def _write(name: str, text: str, data: dict[str, Any]) -> None:
    REPORTS.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y-%m-%d")
    (REPORTS / f"{name}-{stamp}.md").write_text(text + "\n", encoding="utf-8")
    (REPORTS / f"{name}-{stamp}.json").write_text(json.dumps(data, indent=1, ensure_ascii=False), encoding="utf-8")
    print(f"\nRapport: evals/reports/{name}-{stamp}.md", file=sys.stderr)


def run_retrieval(set_name: str, with_baseline: bool = True) -> dict[str, Any]:
    from assistant.answer.followup import standalone_query
    from assistant.bootstrap import open_retriever
    settings = get_settings()
    items = [x for x in load_set(set_name) if x["type"] in RETRIEVAL_TYPES]
    retriever = open_retriever(settings)
    retriever.search("opwarmen", 5)
    pipelines: dict[str, Any] = {
        "hybrid": lambda q: retriever.search(q, 10, mode="hybrid"),
        "lexical": lambda q: retriever.search(q, 10, mode="lexical"),
        "dense": lambda q: retriever.search(q, 10, mode="dense"),
    }
    rows: list[dict[str, Any]] = []
    misses: dict[str, list[str]] = {}
    for name, fn in pipelines.items():
        retriever.embedder.clear_cache()  # every pipeline pays for its own query embeddings
        ranks, lat = [], []
        for x in items:
            q = standalone_query(x["q"], x.get("history"))
            t = time.perf_counter()
            hits = fn(q)
            lat.append((time.perf_counter() - t) * 1000)
            r = first_relevant_rank([h.passage.text for h in hits], x["quotes"], [h.passage.doc_id for h in hits])
            ranks.append(r)
            if name == "hybrid" and (r is None or r > 5):
                misses.setdefault(name, []).append(f"{x['id']}: {x['q']}")
        rows.append({"pipeline": name, **retrieval_scores(ranks), **{f"lat_{k}": v for k, v in percentiles(lat).items()}})
    if with_baseline:
        from .baseline import StockBaseline

        base = StockBaseline(settings)
        base.embedder.clear_cache()
        ranks, lat = base.evaluate(items, 10)
        rows.append({"pipeline": "stock baseline (RCTS 1000/200 + dense Chroma)", **retrieval_scores(ranks),
                     **{f"lat_{k}": v for k, v in percentiles(lat).items()}})
    cols = ["pipeline", "R@1", "R@3", "R@5", "MRR", "lat_p50", "lat_p95"]
    text = (f"# Retrieval — {set_name} set ({len(items)} questions with gold quotes), {date.today()}\n\n"
            f"Build {retriever.build}, {len(retriever.passages)} passages, embedder {retriever.embedder.name}. "
            "Latency in ms per query, models loaded.\n\n" + table(rows, cols))
    if misses.get("hybrid"):
        text += "\n\nHybrid misses at 5:\n" + "\n".join(f"- {m}" for m in misses["hybrid"])
    print(text)
    data = {"set": set_name, "n": len(items), "rows": rows, "misses": misses}
    _write(f"retrieval-{set_name}", text, data)
    return data


def _has_fact(answer: str, fact: str) -> bool:
    import re

    def n(s: str) -> str:
        return " ".join(re.sub(r"[^\w%.,+&-]", " ", unhyphenate(s.lower())).split())

    return n(fact) in n(answer)


def _present(answer: str, wanted: list[str]) -> tuple[int, list[str]]:
    """How many of ``wanted`` (key facts, list items) the answer holds, and the ones it misses."""
    missed = [w for w in wanted if not _has_fact(answer, w)]
    return len(wanted) - len(missed), missed


MARKED = re.compile(r"(.+?)\s\[\d+\]")
FURNITURE = re.compile(r"Geachte (voorzitter|heer|mevrouw)|Hoogachtend|Met vriendelijke groet|Retouradres|"
                       r"Correspondentie uitsluitend|^Den Haag, \d|^Aan de Voorzitter", re.I)


def run_answers(set_name: str, show_misses: bool = False) -> dict[str, Any]:
    from assistant.answer.followup import standalone_query
    from assistant.bootstrap import build_assistant

    from .metrics import contains_quote

    items = load_set(set_name)
    assistant = build_assistant(get_settings())
    assistant.warm_up()
    assistant.retriever.embedder.clear_cache()
    fact_hits = fact_total = cited = answerable_n = 0
    refused_oos = oos_n = wrongly_refused = 0
    lat: list[float] = []
    follow_ranks: list[int | None] = []
    stand_ranks: list[int | None] = []
    misses: list[str] = []
    item_hits = item_total = duplicates = furniture = stray_verdicts = shaped_n = non_eligible_verdicts = non_eligible_n = 0
    for x in items:
        t = time.perf_counter()
        ans = assistant.ask(x["q"], history=x.get("history"))
        lat.append((time.perf_counter() - t) * 1000)
        body = [m.group(1).strip().lower() for m in MARKED.finditer(ans.answer)]
        duplicates += sum(n - 1 for n in Counter(quoted_units(ans.answer)).values() if n > 1)
        furniture += sum(1 for sent in body if FURNITURE.search(sent))
        if x.get("shape") and x["shape"] != "yesno":  # labelled: not a yes/no (eligibility) question
            shaped_n += 1
            if ans.verdict is not None:
                stray_verdicts += 1
                misses.append(f"{x['id']} oordeel bij een niet-ja/nee-vraag: {x['q']}")
        if x.get("eligibility") is False:  # hand-labelled: asks for no may/applies/qualifies/who-pays decision
            non_eligible_n += 1
            if ans.verdict is not None:
                non_eligible_verdicts += 1
                misses.append(f"{x['id']} oordeel bij een vraag die om geen oordeel vraagt: {x['q']}")
        if x["type"] in ("out_of_scope", "unanswerable"):
            oos_n += 1
            refused_oos += int(not ans.answerable)
            if ans.answerable:
                misses.append(f"{x['id']} niet geweigerd: {x['q']}")
            continue
        answerable_n += 1
        if not ans.answerable:
            wrongly_refused += 1
            misses.append(f"{x['id']} onterecht geweigerd: {x['q']}")
            continue
        found, missed = _present(ans.answer, x.get("items", []))
        item_hits, item_total = item_hits + found, item_total + found + len(missed)
        misses += [f"{x['id']} mist item '{i}': {x['q']}" for i in missed]
        found, missed = _present(ans.answer, x.get("key_facts", []))
        fact_hits, fact_total = fact_hits + found, fact_total + found + len(missed)
        misses += [f"{x['id']} mist feit '{f}': {x['q']}" for f in missed]
        if any(contains_quote(c.passage.text, q["quote"]) for c in ans.citations for q in x["quotes"]):
            cited += 1
        else:
            misses.append(f"{x['id']} gold niet geciteerd: {x['q']}")
        if x["type"] == "followup":
            hits = assistant.retriever.search(standalone_query(x["q"], x["history"]), 5)
            follow_ranks.append(first_relevant_rank([h.passage.text for h in hits], x["quotes"]))
            hits = assistant.retriever.search(x["standalone"], 5)
            stand_ranks.append(first_relevant_rank([h.passage.text for h in hits], x["quotes"]))
    res = {
        "key_facts_present": fact_hits / max(1, fact_total),
        "gold_cited": cited / max(1, answerable_n),
        "refused_out_of_scope": refused_oos / max(1, oos_n),
        "wrongly_refused": wrongly_refused / max(1, answerable_n),
        "list_items_present": item_hits / max(1, item_total),
        "duplicated_sentences": duplicates,
        "furniture_sentences": furniture,
        "verdicts_on_non_yes_no": f"{stray_verdicts}/{shaped_n}",
        "verdicts_on_non_eligibility": f"{non_eligible_verdicts}/{non_eligible_n}",
        "followup_R@5": retrieval_scores(follow_ranks)["R@5"],
        "standalone_R@5": retrieval_scores(stand_ranks)["R@5"],
        **{f"ask_{k}_ms": v for k, v in percentiles(lat).items()},
    }
    text = (f"# Answers — {set_name} set ({len(items)} questions: {answerable_n} answerable, {oos_n} out of scope or "
            f"unanswerable), default extractive mode, {date.today()}\n\n"
            + table([{"metric": k, "value": v} for k, v in res.items()], ["metric", "value"]))
    shown: list[str] | int = misses
    if set_name in HELD_OUT and not show_misses:  # held out: the figures, not which questions missed
        shown = len(misses)
        text += f"\n\nMisses: {len(misses)} (held out: not listed; --show-test-misses lists them, do not tune on them)"
    elif misses:
        text += "\n\nMisses:\n" + "\n".join(f"- {m}" for m in misses)
    print(text)
    _write(f"answers-{set_name}", text, {"set": set_name, **res, "misses": shown})
    return res


def run_thresholds(set_name: str) -> None:
    """Print the top dense / lexical scores of answerable vs out-of-scope questions to set the thresholds."""
    from assistant.answer.followup import standalone_query
    from assistant.bootstrap import build_assistant

    assistant = build_assistant(get_settings())
    for x in load_set(set_name):
        hits = assistant.retriever.search(standalone_query(x["q"], x.get("history")), 5)
        dense = max((h.raw.get("dense", 0.0) for h in hits), default=0.0)
        lex = max((h.raw.get("lexical", 0.0) for h in hits), default=0.0)
        print(f"{x['type']:13s} dense={dense:.3f} lexical={lex:6.2f}  {x['q'][:70]}")


def main(argv: list[str] | None = None) -> int:
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["calibrate"]:  # the "answers the question" score: its own options (evals/calibrate.py)
        from . import calibrate

        return calibrate.main(argv[1:])
    p = argparse.ArgumentParser(prog="python -m evals")
    p.add_argument("what", nargs="?", default="all", choices=["retrieval", "answers", "verdicts", "thresholds", "all"])
    p.add_argument("--set", default="dev", choices=list(SET_NAMES))
    p.add_argument("--no-baseline", action="store_true")
    p.add_argument("--show-test-misses", action="store_true", help="also list the misses of a held-out split")
    args = p.parse_args(argv)
    if args.what in ("retrieval", "all"):
        run_retrieval(args.set, with_baseline=not args.no_baseline)
    if args.what in ("answers", "all"):
        run_answers(args.set, show_misses=args.show_test_misses)
    if args.what == "thresholds":
        run_thresholds(args.set)
    if args.what in ("verdicts", "all"):
        from . import verdicts

        verdicts.main()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
