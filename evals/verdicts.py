"""Natural-language eval of the rule check: the dev set through the same path the chat uses.

    python -m evals.verdicts            # prints accuracy, misses, uncited yes/no, latency p50/p95

A case counts as correct when the routed rule and the outcome both match the
expectation (or, for a non-eligibility question, when no verdict comes back).
"""

from __future__ import annotations

import statistics
import sys
import time
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from assistant.rules import RuleBook

DEV_SET = Path(__file__).parent / "data" / "dev_eligibility.yaml"


def load_cases(path: Path = DEV_SET) -> list[dict[str, Any]]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return list(data["cases"])


def _as_date(value: object) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


def run(rulebook: RuleBook, cases: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """Accuracy, misses, yes/no verdicts without a citation, and check latency (ms)."""
    cases = load_cases() if cases is None else cases
    correct = 0
    misses: list[dict[str, Any]] = []
    uncited = 0
    timings: list[float] = []
    for case in cases:
        start = time.perf_counter()
        verdict = rulebook.check_question(case["question"], history=case.get("history"), as_of=_as_date(case.get("as_of")))
        timings.append((time.perf_counter() - start) * 1000)
        expected = case.get("expected")
        got = None if verdict is None else {"rule_id": verdict.rule_id, "outcome": verdict.outcome}
        if verdict is not None and verdict.outcome in ("yes", "no") and not verdict.citations:
            uncited += 1
        ok = got is None if expected is None else got == {"rule_id": expected["rule_id"], "outcome": expected["outcome"]}
        if ok:
            correct += 1
        else:
            misses.append(
                {
                    "id": case.get("id"),
                    "question": case["question"],
                    "expected": expected,
                    "got": got,
                    "reason": None if verdict is None else verdict.reason,
                    "facts": None if verdict is None else verdict.facts,
                }
            )
    ordered = sorted(timings)
    p95_index = max(0, min(len(ordered) - 1, round(0.95 * (len(ordered) - 1))))
    return {
        "n": len(cases),
        "correct": correct,
        "accuracy": round(correct / len(cases), 4) if cases else 0.0,
        "misses": misses,
        "uncited_yes_no": uncited,
        "latency_ms": {
            "p50": round(statistics.median(ordered), 3) if ordered else 0.0,
            "p95": round(ordered[p95_index], 3) if ordered else 0.0,
        },
    }


def main() -> int:
    start = time.perf_counter()
    book = RuleBook.load()
    load_ms = (time.perf_counter() - start) * 1000
    run(book)  # warm-up pass: compiled regexes, caches
    result = run(book)
    print(f"regels geladen: {len(book.rules)} in {load_ms:.0f} ms")
    print(f"vragen: {result['n']}  goed: {result['correct']}  accuracy: {result['accuracy']:.3f}")
    print(f"ja/nee zonder citaat: {result['uncited_yes_no']}")
    print(f"latency check_question: p50 {result['latency_ms']['p50']:.2f} ms, p95 {result['latency_ms']['p95']:.2f} ms")
    for miss in result["misses"]:
        print(f"  MIS {miss['id']}: verwacht {miss['expected']}, kreeg {miss['got']} ({miss['reason']}) — {miss['question']}")
        if miss["facts"] is not None:
            print(f"      feiten: {miss['facts']}")
    return 0 if result["accuracy"] >= 0.95 and result["uncited_yes_no"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
