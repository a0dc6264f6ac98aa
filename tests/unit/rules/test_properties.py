"""Property tests (hypothesis): monotonicity, order independence, citations, one version per date."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assistant.ingest.documents import locate_quote
from assistant.rules import RuleBook
from assistant.rules.model import ALL_PROFILES, DERIVED_FROM, Facts, fact_values

pytestmark = pytest.mark.unit

BOOK = RuleBook.load()
RULE_IDS = sorted(BOOK.rules)
DERIVED = {"sector", "productieplafond", "duur_maanden"}  # generated from their sources only


def _strategy(rule_id: str, name: str) -> st.SearchStrategy[Any]:
    rule = BOOK.rules[rule_id]
    if name in rule.scope:
        return st.sampled_from(list(rule.scope[name]))
    if name == "zorgprofiel":
        return st.sampled_from(list(ALL_PROFILES))
    values = fact_values(name)
    if values == ["ja", "nee"]:
        return st.booleans()
    if values:
        return st.sampled_from(values)
    ann = str(Facts.model_fields[name].annotation)
    if "date" in ann:
        return st.dates(min_value=date(2024, 1, 1), max_value=date(2027, 12, 31))
    if name == "beveiligingsniveau":
        return st.integers(1, 4)
    if name == "verwachte_ligdagen":
        return st.integers(0, 366)
    if "float" in ann:
        return st.integers(0, 200).map(float)
    return st.integers(0, 6000)


@st.composite
def rule_and_facts(draw: st.DrawFn) -> tuple[str, dict[str, Any]]:
    rule_id = draw(st.sampled_from(RULE_IDS))
    names = [n for n in BOOK.rules[rule_id].facts if n not in DERIVED]
    if "duur_weken" in names and "duur_maanden" in BOOK.rules[rule_id].facts:
        names = [n for n in names if n != "duur_maanden"]
    full = {n: draw(_strategy(rule_id, n)) for n in names}
    return rule_id, full


STANDS = st.dates(min_value=date(2019, 1, 1), max_value=date(2029, 12, 31))
WHEN = st.one_of(
    st.builds(lambda d, s: {"on": d, "as_of": s}, st.dates(min_value=date(2019, 1, 1), max_value=date(2029, 12, 31)), STANDS),
    st.builds(lambda y, s: {"year": y, "as_of": s}, st.integers(2019, 2029), STANDS),
    st.builds(lambda s: {"as_of": s}, STANDS),
)
SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(rule_and_facts(), WHEN, st.data())
def test_adding_a_fact_never_flips_yes_no(rf: tuple[str, dict[str, Any]], when: dict[str, Any], data: st.DataObject) -> None:
    rule_id, full = rf
    subset_keys = data.draw(st.lists(st.sampled_from(sorted(full)), unique=True) if full else st.just([]))
    partial = {k: full[k] for k in subset_keys}
    small = BOOK.check(rule_id, partial, **when)
    big = BOOK.check(rule_id, full, **when)
    if small.outcome in ("yes", "no"):
        assert big.outcome == small.outcome, (rule_id, partial, full, when)


@SETTINGS
@given(rule_and_facts(), WHEN, st.randoms(use_true_random=False))
def test_fact_order_does_not_matter(rf: tuple[str, dict[str, Any]], when: dict[str, Any], rnd: Any) -> None:
    rule_id, full = rf
    items = list(full.items())
    rnd.shuffle(items)
    assert BOOK.check(rule_id, dict(items), **when).to_json() == BOOK.check(rule_id, full, **when).to_json()


@SETTINGS
@given(rule_and_facts(), WHEN)
def test_yes_no_always_cited(rf: tuple[str, dict[str, Any]], when: dict[str, Any]) -> None:
    rule_id, full = rf
    verdict = BOOK.check(rule_id, full, **when)
    for v in (verdict, *verdict.parts):
        if v.outcome in ("yes", "no"):
            assert v.citations
        if v.outcome == "unknown" and v.reason == "missing_fact":
            assert v.missing_facts


@settings(max_examples=500, deadline=None)
@given(st.sampled_from(RULE_IDS), st.dates(min_value=date(2015, 1, 1), max_value=date(2035, 12, 31)))
def test_at_most_one_version_in_force(rule_id: str, day: date) -> None:
    """One regular version per day (a fallback version stands in only while its sources are the latest)."""
    assert sum(v.in_force(day) for v in BOOK.rules[rule_id].versions if not v.fallback) <= 1


def test_every_quote_is_verbatim_in_the_text_that_is_indexed_and_shown() -> None:
    assert not BOOK.unavailable, BOOK.unavailable
    count = 0
    for rule in BOOK.rules.values():
        for version in rule.versions:
            for cite in [*version.all_cites(), *version.supersedes]:
                text = BOOK.corpus.text(cite.doc)  # the cleaned text (ingest.documents), as indexed
                assert locate_quote(text, cite.quote) is not None, (rule.id, cite.quote)
                count += 1
    assert count > 50


def test_derived_facts_are_consistent() -> None:
    facts = Facts(aantal_plaatsen=12, verwachte_ligdagen=365, zorgprofiel="vg 7", duur_maanden=6)
    assert facts.productieplafond == 4380 and facts.zorgprofiel == "VG7" and facts.sector == "VG"
    assert facts.duur_weken == 26
    assert set(DERIVED_FROM) >= DERIVED


def test_year_split_into_parts_when_version_starts_mid_year(tmp_path: Any) -> None:
    """Synthetic rule with a version boundary on 1 July: the year verdict is split."""
    rule = BOOK.rules["ekt_maximum"]
    v1, _ = rule.versions[0], rule.versions[1]
    mid = v1.model_copy(update={"valid_to": date(2026, 6, 30)})
    second = v1.model_copy(update={"id": "b", "valid_from": date(2026, 7, 1), "valid_to": None})
    split_rule = rule.model_copy(update={"versions": [mid, second]})
    ok = BOOK.evaluator.check(split_rule, {"ekt_percentage": 10.0}, year=2026, stand=date(2026, 12, 1))
    assert ok.outcome == "yes" and len(ok.parts) == 2
    gap = rule.model_copy(update={"versions": [v1.model_copy(update={"valid_from": date(2026, 3, 1)})]})
    split = BOOK.evaluator.check(gap, {"ekt_percentage": 10.0}, year=2026, stand=date(2026, 12, 1))
    assert split.outcome == "unknown" and split.reason == "split_year"
    assert [p.reason for p in split.parts] == ["no_version", "none"]
    assert split.parts[0].period == (date(2026, 1, 1), date(2026, 3, 1) - timedelta(days=1))
