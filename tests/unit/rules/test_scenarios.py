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


# Dev scenarios the check answers "onbekend" (or without a verdict) although the facts are stated: the price of the
# guards against a wrong yes/no (issue 12, facts.GUARDS). Each is safe (asked, never guessed); when one is answered
# right again, the test fails so that it is taken off this list.
KNOWN_SAFE_MISSES = {
    "dev9-observatie-half-jaar-plus-drie-maanden": "duration_conflict: 9 maanden and een half jaar, not a sum",
    "dev11-ekt-twee-percentages-onduidelijk": "number_conflict: was 15%, wordt 35%",
    "dev11-sglvg-behandelduur-niet-de-verblijfsduur": "duration_conflict: 20 weeks of treatment, 8 weeks to stay",
    "dev11-ca-bijzin-niet-voor-ons": "two REC/DEC statements in one message disagree: asked",
    "dev11-onderwijs-personeel-en-financiering": "route_margin: the two onderwijs rules tie",
}


def test_known_safe_misses_are_dev_scenarios() -> None:
    assert set(KNOWN_SAFE_MISSES) <= {s["id"] for s in DEV}


@pytest.mark.parametrize("scenario", DEV, ids=[s["id"] for s in DEV])
def test_dev_scenario(scenario: dict) -> None:  # type: ignore[type-arg]
    verdict = ask(BOOK, scenario)
    got = None if verdict is None else (verdict.rule_id, verdict.outcome, verdict.reason)
    kind = classify(scenario, verdict)
    if scenario["id"] in KNOWN_SAFE_MISSES:
        assert kind in ("unknown_where_stated", "other") and (verdict is None or verdict.outcome == "unknown"), \
            (scenario["als"], scenario["dan"], got)
        return
    assert kind == "right", (scenario["als"], scenario["dan"], got)
