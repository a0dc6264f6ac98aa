"""Concepts from the last misses of the seventh tuning split (h7-dev, issue 12): each a structural cause, not a
sentence; the variants below are written here, not taken from the set."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.rules.facts import extract_facts, more_than

from .concept_helpers import STAND, verdict

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(("text", "expected"), [
    # h7-025: the later count without its unit, once a count with it was named
    ("het advies noemt 14 plaatsen. kunnen we afspreken dat het er 18 worden?", True),
    ("het advies noemt 14 plaatsen. kunnen we dat naar 20 brengen?", True),
    ("het advies noemt twaalf plaatsen. gaan we dan tot vijftien?", True),
    # not more, not a count, or no count with the unit before it
    ("het advies noemt 14 plaatsen. kunnen we dat naar 10 brengen?", False),
    ("het advies noemt 14 plaatsen. mogen we tot 2027 doorgaan?", False),
    ("het advies noemt 14 plaatsen. kunnen we tot 30 procent meer ligdagen afspreken?", False),
    ("kunnen we afspreken dat het er 18 worden?", False),
])
def test_a_later_larger_count_may_leave_out_its_unit(text: str, expected: bool) -> None:
    assert more_than("(?:plaatsen|plekken|bedden)", text) is expected


def test_raising_the_places_said_with_a_bare_count_gets_the_rule() -> None:
    assert verdict("Ons CElz-advies noemt 14 plaatsen, maar de wachtlijst is lang. Kunnen we met het zorgkantoor "
                   "afspreken dat het er 18 worden?") == ("lvhc_plaatsen_verhogen", "no")


@pytest.mark.parametrize(("text", "day"), [
    # h7-028: the declaring day as a pointer back to a date named before
    ("Ons advies gaat in per 1 september 2026. De eerste cliënt kwam op 15 september. Mogen we vanaf die 15e "
     "declareren?", date(2026, 9, 15)),
    ("Ons advies gaat in per 1 oktober 2026. De eerste cliënt kwam op 15 september. Mogen we vanaf die datum "
     "declareren?", date(2026, 9, 15)),
    ("Ons advies gaat in per 1 oktober 2026. Mogen we vanaf die datum declareren?", date(2026, 10, 1)),
])
def test_a_declaring_day_may_point_back_to_a_date_before_it(text: str, day: date) -> None:
    assert extract_facts(text, today=STAND).get("declaratie_startdatum") == day


def test_a_pointer_back_with_no_such_day_before_it_reads_nothing() -> None:
    facts = extract_facts("Ons advies gaat in per 1 september 2026. Mogen we vanaf de 20e declareren?", today=STAND)
    assert "declaratie_startdatum" not in facts


def test_the_declaring_day_pointed_back_to_decides_the_verdict() -> None:
    stem = "Ons positieve CElz-advies als DEC voor Korsakov gaat in per 1 {m} 2026. De eerste cliënt kwam op 15 september. "
    assert verdict(stem.format(m="september") + "Mogen we vanaf die 15e het ZZP declareren?") == ("lvhc_zzp_declaratie", "yes")
    assert verdict(stem.format(m="oktober") + "Mogen we vanaf die datum het ZZP declareren?") == ("lvhc_zzp_declaratie", "no")


@pytest.mark.parametrize("question", [
    # what the rules require of things, not whether a case meets them (users6-dev: a "ja" read as "yes, they must")
    "Moeten wonen, dagbesteding en vrije tijd voor LVG 1-3 cliënten allemaal op één locatie?",
    "Moet de behandelaar bij LVG 4 een GZ-psycholoog zijn?",
    # only when, not whether
    "Moeten we de C&A-uren pas declareren als het hele traject klaar is?",
    # a route, not a payer
    "Declareert de tandarts de Wlz-mondzorg bij ons als instelling of rechtstreeks bij het zorgkantoor?",
])
def test_what_is_required_when_or_by_which_route_gets_no_verdict(question: str) -> None:
    assert verdict(question) is None


@pytest.mark.parametrize(("question", "rule"), [
    # a duty of the asker, who pays, and a choice between payers keep their verdict
    ("Wij leveren de persoonlijke verzorging. Moeten wij dan ook zijn tanden poetsen?", "dagelijkse_mondverzorging"),
    ("Moet mijn moeder de tillift in het verpleeghuis zelf betalen?", "hulpmiddel_bovenbudgettair"),
    ("Betaalt het zorgkantoor de tandarts of de instelling, bij verblijf met behandeling?", "tandheelkundige_zorg_wlz"),
])
def test_a_duty_of_the_asker_or_who_pays_keeps_its_verdict(question: str, rule: str) -> None:
    got = verdict(question)
    assert got is not None and got[0] == rule


@pytest.mark.parametrize("question", [
    # a compound named after the aid is not the aid: a taxi, a pass (users6-dev: a "Ja, mits GGZ-wonen" on a Wmo taxi)
    "Heeft mijn moeder met dementie recht op een rolstoeltaxi via de Wmo?",
    "Wie betaalt de rolstoeltaxi van mijn vader in het verpleeghuis?",
])
def test_a_compound_named_after_an_aid_does_not_route_to_the_aid_rules(question: str) -> None:
    got = verdict(question)
    assert got is None or got[0] not in ("ggz_mobiliteitshulpmiddel_behouden", "hulpmiddel_bovenbudgettair")


def test_the_aid_itself_and_its_plural_still_route() -> None:
    assert verdict("Mijn cliënt met GGZ-wonen kwam uit de Wmo en woont nu in een Wlz-instelling. Hij heeft al een "
                   "rolstoel. Mag hij die houden?") == ("ggz_mobiliteitshulpmiddel_behouden", "yes")
    got = verdict("Wie betaalt de rolstoelen van onze bewoners in het verpleeghuis?")
    assert got is not None and got[0] == "hulpmiddel_bovenbudgettair"
