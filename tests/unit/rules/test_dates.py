"""The two dates, named apart: the zorgjaar (which year's rules) and the stand van de bronnen (which sources exist).

No verdict quotes, cites or supersedes with a source dated after its stand; a rule whose deciding sources all
lie after the stand falls back to what the earlier sources say (often "onbekend", with the reason)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assistant.rules import RuleBook, Verdict

pytestmark = pytest.mark.unit

BOOK = RuleBook.load()
RULE_IDS = sorted(BOOK.rules)
DEC = {"rec_dec_positief_advies": True}


def _all_dates(v: Verdict) -> list[str]:
    out = [c.date for c in v.citations]
    for cond in (*v.conditions, *v.provisos):
        out.extend(c.date for c in cond.citations)
    out.extend(s.citation.date for s in v.superseded)
    for part in v.parts:
        out.extend(_all_dates(part))
    return out


def _superseding_docs(v: Verdict) -> list[str]:
    return [s.superseded_by for s in v.superseded] + [x for p in v.parts for x in _superseding_docs(p)]


@pytest.mark.parametrize(
    ("stand", "group", "outcome", "reason", "version"),
    [
        (date(2025, 6, 30), "nah_plus", "unknown", "no_version", None),  # before the ZN conditions of 1 July 2025
        (date(2025, 7, 1), "nah_plus", "unknown", "open_in_sources", "2026-zn"),  # ZN: VWS has not decided yet
        (date(2025, 12, 31), "nah_plus", "unknown", "open_in_sources", "2026-zn"),
        (date(2026, 5, 25), "ms_plus", "unknown", "open_in_sources", "2026-zn"),
        (date(2026, 5, 26), "nah_plus", "yes", "none", "2026"),  # the Kamerbrief of 26 May 2026
        (date(2026, 12, 1), "ms_plus", "yes", "none", "2026"),
        (date(2025, 12, 31), "korsakov", "yes", "none", "2026-zn"),  # a C&A group before and after
        (date(2026, 12, 1), "korsakov", "yes", "none", "2026"),
    ],
)
@pytest.mark.parametrize("rule_id", ["lvhc_ca_declareren", "lvhc_expertisezorg_inkoop"])
def test_nah_ms_2026_at_several_stands(rule_id: str, stand: date, group: str, outcome: str, reason: str,
                                       version: str | None) -> None:
    v = BOOK.check(rule_id, {"client_group": group, **DEC}, as_of=stand, year=2026)
    assert (v.outcome, v.reason, v.version) == (outcome, reason, version), v.summary_nl
    assert all(d <= stand.isoformat() for d in _all_dates(v))
    assert v.year == 2026 and v.stand == stand
    if stand < date(2026, 5, 26):
        assert not v.superseded and "26 mei 2026" not in v.summary_nl
    if reason == "open_in_sources":
        assert "NAH+ en MS+" in v.summary_nl and "tot en met" in v.summary_nl


def test_question_with_peildatum_end_of_2025() -> None:
    """The issue's case: peildatum 31-12-2025, "in 2026 C&A voor NAH+": Onbekend, quoting the ZN text only."""
    v = BOOK.check_question("Kunnen wij in 2026 C&A declareren voor NAH+?", as_of=date(2025, 12, 31))
    assert v is not None and v.outcome == "unknown" and v.reason == "open_in_sources"
    assert {c.doc_id for c in v.citations} == {"zn-inkoopvoorwaarden-2026"} and not v.superseded
    data = v.to_json()
    assert data["zorgjaar"] == 2026 and data["as_of"] == "2025-12-31"


# one rule per family: before its sources there is no rule; from its sources on there is
FAMILY_CASES: list[tuple[str, dict[str, Any], date, str]] = [
    ("wlz_behandeling_naast_zzp", {"leveringsvorm": "mpt", "toegelaten_behandeling": True}, date(2025, 7, 1), "yes"),
    ("ggzw5_beveiligingsniveau", {"zorgprofiel": "GGZ-W5", "beveiligingsniveau": 1}, date(2025, 7, 1), "yes"),
    ("vg7_voorwaarden", {"besloten_setting": False}, date(2025, 7, 1), "no"),
    ("hulpmiddel_bovenbudgettair", {"hulpmiddel_soort": "roerend_gedeeld"}, date(2025, 7, 1), "no"),
    ("lvg_indicatie_duur", {"duur_maanden": 48.0}, date(2025, 7, 1), "no"),
    ("lvhc_plaatsen_verhogen", {}, date(2025, 7, 1), "no"),
    ("meerzorg_bijzondere_zorgbehoefte", {"bijzondere_zorgbehoefte": True}, date(2025, 9, 8), "yes"),
    ("tandheelkundige_zorg_wlz", {"leveringsvorm": "vpt"}, date(2025, 7, 1), "no"),
    ("zorg_onderwijs_financiering", {"leveringsvorm": "pgb"}, date(2025, 7, 1), "yes"),
    ("toeslag_observatie_profiel", {"zorgprofiel": "VG4"}, date(2025, 7, 1), "no"),
    ("transitiemiddelen_inzet", {"meerdere_aanbieders": False}, date(2025, 7, 1), "no"),
    ("opbaren_kosten_nabestaanden", {"kosten_soort": "lege_kamer"}, date(2025, 7, 1), "no"),
]


@pytest.mark.parametrize(("rule_id", "facts", "first_source", "outcome"), FAMILY_CASES,
                         ids=[c[0] for c in FAMILY_CASES])
def test_each_family_before_and_after_its_sources(rule_id: str, facts: dict[str, Any], first_source: date,
                                                  outcome: str) -> None:
    families = {BOOK.rules[c[0]].family for c in FAMILY_CASES}
    assert families == {r.family for r in BOOK.rules.values()}  # every rule family has a case here
    before = BOOK.check(rule_id, facts, as_of=date.fromordinal(first_source.toordinal() - 1), year=2026)
    assert before.outcome == "unknown" and before.reason == "no_version" and not _all_dates(before)
    assert "zeggen hier nog niets over" in before.summary_nl
    after = BOOK.check(rule_id, facts, as_of=first_source, year=2026)
    assert after.outcome == outcome and after.citations
    assert all(d <= first_source.isoformat() for d in _all_dates(after))


FACTS = st.fixed_dictionaries({}, optional={
    "client_group": st.sampled_from(["korsakov", "huntington", "lbs", "gp_plus", "dzep", "nah_plus", "ms_plus"]),
    "rec_dec_positief_advies": st.booleans(),
    "hulpmiddel_soort": st.sampled_from(["roerend_gedeeld", "mobiliteit_individueel", "verpleging_verzorging"]),
    "leveringsvorm": st.sampled_from(["verblijf", "vpt", "mpt", "pgb"]),
    "behandeling_inbegrepen": st.booleans(),
    "bijzondere_zorgbehoefte": st.booleans(),
    "duur_weken": st.integers(0, 200).map(float),
    "ekt_percentage": st.integers(0, 60).map(float),
})


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(RULE_IDS), st.dates(min_value=date(2019, 1, 1), max_value=date(2028, 12, 31)),
       st.integers(2019, 2028), FACTS)
def test_no_verdict_cites_a_source_after_its_stand(rule_id: str, stand: date, year: int, facts: dict[str, Any]) -> None:
    """Property over all rules × stands × zorgjaren: every citation, condition quote, proviso quote and
    superseded passage is dated on or before the stand, and a supersession is by a document of then."""
    rule = BOOK.rules[rule_id]
    known = {k: v for k, v in facts.items() if k in rule.facts and (k not in rule.scope or v in rule.scope[k])}
    v = BOOK.check(rule_id, known, as_of=stand, year=year)
    assert all(d <= stand.isoformat() for d in _all_dates(v)), (rule_id, stand, year)
    for by in _superseding_docs(v):
        assert by.endswith(")")
    if v.version is not None and v.outcome in ("yes", "no"):
        assert v.citations
    assert v.stand == stand


def _source_dates(rule_id: str) -> list[date]:
    rule = BOOK.rules[rule_id]
    docs = {c.doc for v in rule.versions for c in [*v.all_cites(), *v.supersedes]}
    return sorted({BOOK.corpus.docs[d].date for d in docs})


@pytest.mark.parametrize("rule_id", RULE_IDS)
def test_every_rule_at_every_source_date_falls_back_never_forward(rule_id: str) -> None:
    """Every rule (so every family) at each date a source of it appears, and the day before: no verdict cites a
    source dated after the stand; an unknown says why; before the rule's first source there is no version."""
    dates = _source_dates(rule_id)
    assert dates
    first = dates[0] - timedelta(days=1)
    for year in (2025, 2026, 2027):
        before = BOOK.check(rule_id, {}, as_of=first, year=year)
        assert (before.outcome, before.reason) == ("unknown", "no_version") and not _all_dates(before)
        for d in dates:
            for stand in (d - timedelta(days=1), d):
                v = BOOK.check(rule_id, {}, as_of=stand, year=year)
                assert all(x <= stand.isoformat() for x in _all_dates(v)), (rule_id, stand, year)
                assert v.stand == stand and v.summary_nl
                if v.outcome == "unknown":
                    assert v.reason in ("no_version", "open_in_sources", "conflict", "missing_fact", "split_year")
                    if v.reason == "missing_fact":
                        assert v.missing_facts  # it says which fact would decide
    assert {BOOK.rules[r].family for r in RULE_IDS} == {r.family for r in BOOK.rules.values()}
