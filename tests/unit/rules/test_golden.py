"""Golden YAML cases per rule version, date boundaries, and decisiveness of every condition."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
import yaml

from assistant.rules import RuleBook
from assistant.rules.model import DERIVED_FROM

pytestmark = pytest.mark.unit

CASES_DIR = Path(__file__).parent / "cases"


def _load_cases() -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = []
    for path in sorted(CASES_DIR.glob("*.yaml")):
        for i, case in enumerate(yaml.safe_load(path.read_text(encoding="utf-8"))):
            case["_id"] = f"{path.stem}-{i}-{case['rule']}"
            cases.append(case)
    return cases


CASES = _load_cases()


STAND = date(2026, 12, 1)  # the stand van de bronnen of a case that names none: fixed, so no case depends on today


def _run(book: RuleBook, case: dict[str, Any], facts: dict[str, Any] | None = None):
    return book.check(case["rule"], case["facts"] if facts is None else facts, as_of=case.get("stand", STAND),
                      year=case.get("year"), on=case.get("day"))


@pytest.mark.parametrize("case", CASES, ids=[c["_id"] for c in CASES])
def test_golden_case(book: RuleBook, case: dict[str, Any]) -> None:
    verdict = _run(book, case)
    assert verdict.outcome == case["outcome"], verdict.summary_nl
    if "reason" in case:
        assert verdict.reason == case["reason"]
    if "version" in case:
        assert verdict.version == case["version"]
    statuses = {c.id: c.status for c in verdict.conditions}
    for cond_id, status in case.get("conditions", {}).items():
        assert statuses[cond_id] == status, cond_id
    docs = {c.doc_id for c in verdict.citations}
    for doc in case.get("citations", []):
        assert doc in docs
    if "missing" in case:
        assert [m.fact for m in verdict.missing_facts] == case["missing"]
    if "superseded_by" in case:
        title = book.corpus.docs[case["superseded_by"]].title
        assert verdict.superseded and all(title in s.superseded_by for s in verdict.superseded)
    if verdict.outcome in ("yes", "no"):
        assert verdict.citations, "a yes/no needs a citation"
    expected = {"yes": "Ja", "no": "Nee", "unknown": "Onbekend"}[verdict.outcome]
    answer = book.rules[case["rule"]].answer_nl.get(verdict.outcome)  # type: ignore[call-overload]
    if answer:
        expected = answer  # the answer in the words of the question ("Het zorgkantoor betaalt …")
    if verdict.outcome == "unknown" and verdict.if_met == "yes":
        expected = "Ja, "  # "Ja, in 2026, mits …": yes once the missing facts are confirmed
        assert verdict.reason == "missing_fact" and verdict.missing_facts
        assert all(c.status != "unmet" for c in verdict.conditions)
    assert verdict.summary_nl.startswith(expected)


def test_every_version_has_a_golden_case(book: RuleBook) -> None:
    covered: set[tuple[str, str]] = set()
    for case in CASES:
        verdict = _run(book, case)
        for v in (verdict, *verdict.parts):
            if v.version:
                covered.add((case["rule"], v.version))
    missing = [(r.id, v.id) for r in book.rules.values() for v in r.versions if (r.id, v.id) not in covered]
    assert not missing, f"versies zonder golden case: {missing}"


def test_every_rule_has_yes_or_no_case(book: RuleBook) -> None:
    decided = {c["rule"] for c in CASES if c["outcome"] in ("yes", "no")}
    missing = [rid for rid, rule in book.rules.items() if any(v.status == "decided" for v in rule.versions) and rid not in decided]
    assert not missing


@pytest.mark.parametrize("rule_id", sorted(RuleBook.load().rules))
def test_version_boundaries(book: RuleBook, rule_id: str) -> None:
    """The day before valid_from, valid_from, valid_to and the day after pick the right version."""
    rule = book.rules[rule_id]
    facts = next((c["facts"] for c in CASES if c["rule"] == rule_id), {})
    for version in (v for v in rule.versions if not v.fallback):  # fallbacks: see test_dates.py
        on_from = book.check(rule_id, facts, as_of=STAND, on=version.valid_from)
        assert on_from.version == version.id
        before = book.check(rule_id, facts, as_of=STAND, on=version.valid_from - timedelta(days=1))
        assert before.version != version.id
        if version.valid_to is not None:
            assert book.check(rule_id, facts, as_of=STAND, on=version.valid_to).version == version.id
            assert book.check(rule_id, facts, as_of=STAND, on=version.valid_to + timedelta(days=1)).version != version.id


def _without(facts: dict[str, Any], names: list[str]) -> dict[str, Any]:
    drop = set(names)
    for name in names:
        drop.update(DERIVED_FROM.get(name, ()))
    return {k: v for k, v in facts.items() if k not in drop}


def test_every_condition_is_decisive(book: RuleBook) -> None:
    """Removing the facts of each condition changes the outcome of at least one golden case."""
    undecided: list[str] = []
    for rule in book.rules.values():
        for version in rule.versions:
            for cond in [*version.conditions, *version.open_if]:
                names = cond.test.facts()
                decisive = False
                for case in (c for c in CASES if c["rule"] == rule.id):
                    verdict = _run(book, case)
                    if verdict.version != version.id:
                        continue
                    mutated = _run(book, case, _without(case["facts"], names))
                    if mutated.outcome != verdict.outcome:
                        decisive = True
                        break
                if not decisive:
                    undecided.append(f"{rule.id}/{version.id}/{cond.id}")
    assert not undecided, f"voorwaarden die in geen enkele golden case beslissen: {undecided}"


def test_split_year_gives_parts(book: RuleBook) -> None:
    """A year that spans the start of a version is split into periods with a verdict each."""
    rule = book.rules["lvhc_ca_declareren"]
    assert rule.version_at(date(2026, 6, 1)) is not None
    verdict = book.check("spraakhulpmiddel_bovenbudgettair", {"hulpmiddel_soort": "spraak_primair"}, year=2024)
    assert verdict.outcome == "unknown" and verdict.reason == "no_version"
