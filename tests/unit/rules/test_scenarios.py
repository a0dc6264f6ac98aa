"""The dev and dated scenarios (gegeven / als / dan) as a regression test; the held-out split stays eval-only."""

from __future__ import annotations

import pytest

from assistant.rules import RuleBook
from evals.verdicts import ask, classify, load_scenarios

pytestmark = pytest.mark.unit

BOOK = RuleBook.load()
SCENARIOS = load_scenarios()
DEV = [s for s in SCENARIOS if s["split"] == "dev"]


def test_there_are_enough_scenarios_and_a_held_out_split() -> None:
    assert len(SCENARIOS) >= 100
    natural_test = [s for s in SCENARIOS if s["split"] == "test"]
    assert len(natural_test) >= 40 and all(s["id"].startswith("nat-") for s in natural_test)
    assert len({s["id"] for s in SCENARIOS}) == len(SCENARIOS)


@pytest.mark.parametrize("scenario", DEV, ids=[s["id"] for s in DEV])
def test_dev_scenario(scenario: dict) -> None:  # type: ignore[type-arg]
    verdict = ask(BOOK, scenario)
    got = None if verdict is None else (verdict.rule_id, verdict.outcome, verdict.reason)
    assert classify(scenario, verdict) == "right", (scenario["als"], scenario["dan"], got)
