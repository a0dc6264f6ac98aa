"""Phrasings found while tuning on the development split of set 37 (the decision asked indirectly, facts in other
units or as ranges, article numbers cited, a complaint around the question): "Is er een bezwaar tegen als …?",
"Lopen we een risico als …?", "Wat houdt ons tegen om …?" ask for the decision, a polite wrapper around a content
question ("Zou het een probleem zijn als ik even vraag wat … is?") does not; days, "tweeënhalve maand" and a range
whose first day has no year are durations; seconds are read as minutes, and an average ("gemiddeld binnen 2
minuten") gives way to what always holds ("uiterlijk binnen 7 minuten"); a whether-clause left open by someone else
("…, moet HR nog nagaan") or "nu nog niet te zeggen" is no fact; shared wheelchairs bought for everyone are a
movable facility; "vóór 2020 had hij nog geen pgb" is a no; a De Borg without capacity and a treatment by "our own
organisation" are read in English."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.rules import RuleBook
from assistant.rules.facts import extract_facts, is_eligibility_question

from .concept_helpers import verdict_at

pytestmark = pytest.mark.unit

STAND = date(2026, 10, 1)


@pytest.fixture(scope="module")
def book() -> RuleBook:
    return RuleBook.load()


@pytest.mark.parametrize("question", [
    "Onze locatie biedt geen behandeling. Is er een bezwaar tegen als we daar een cliënt met invasieve beademing "
    "opnemen?",
    "Lopen we een risico als we de onderwijsassistent bovenop de formatie voor de verzorging inzetten?",
    "Wat houdt ons tegen om zijn LVG-zorgprofiel in een pgb te verzilveren?",
    "Kan het kwaad om de toeslag observatie ook voor een VG4-cliënt te declareren?",
    "Gaat het zorgkantoor moeilijk doen als we het aantal LVHC-plaatsen verhogen?",
])
def test_a_risk_or_an_objection_asks_for_the_decision(question: str) -> None:
    assert is_eligibility_question(question)


@pytest.mark.parametrize("question", [
    "Zou het een probleem zijn als ik even vraag wat een ligdag precies is?",
    "Is het een bezwaar om even uit te leggen hoe de toeslag observatie wordt aangevraagd?",
    "Wat is het risico van meerzorg voor de kwaliteit van zorg?",
])
def test_a_polite_wrapper_around_content_asks_for_no_decision(question: str) -> None:
    assert not is_eligibility_question(question)


@pytest.mark.parametrize("question", [
    "Ik heb geen probleem met de eigen bijdrage, maar wie int die eigenlijk?",
    "Loopt de risicoverevening via het zorgkantoor?",
])
def test_no_problem_and_a_compound_of_risico_ask_for_no_decision(question: str) -> None:
    assert not is_eligibility_question(question)


@pytest.mark.parametrize("question", [
    "Mag ik het pgb bij iedere aanbieder besteden, of alleen bij een aanbieder met een contract?",
    "Is het een bezwaar om de cliënt te vertellen dat hij geen meerzorg krijgt?",
])
def test_a_named_condition_and_telling_someone_else_still_ask_for_the_decision(question: str) -> None:
    assert is_eligibility_question(question)


@pytest.mark.parametrize(("question", "expected"), [
    # days since the move (60 days: under nine weeks)
    ("Mevrouw is 60 dagen geleden naar een andere instelling verhuisd; de tandarts was vóór de verhuizing met een brug "
     "begonnen. Heeft ze nog recht op die tandheelkundige hulp?", ("tandheelkundig_na_verhuizing", "yes")),
    # "tweeënhalve maand" (about eleven weeks: over nine)
    ("Meneer is tweeënhalve maand geleden verhuisd en de tandarts was vóór de verhuizing al aan een kroon begonnen. "
     "Heeft hij nog recht op die tandheelkundige hulp?", ("tandheelkundig_na_verhuizing", "no")),
    # a range whose first day has no year
    ("Een meisje met een SGLVG-indicatie wacht actief op een plek bij een gecontracteerde SGLVG-instelling. Tot haar "
     "opname vangen we haar op met een VG-toewijzing, van 1 maart tot en met 31 mei 2026. Kan haar SGLVG-indicatie zo "
     "tijdelijk anders worden verzilverd?", ("sglvg_anders_verzilveren", "yes")),
    # shared wheelchairs bought for everyone: a movable facility, not a mobility aid for one person
    ("We willen drie rolstoelen aanschaffen die door alle bewoners gebruikt worden. Mogen die bovenbudgettair?",
     ("hulpmiddel_bovenbudgettair", "no")),
])
def test_situations_of_set_37(book: RuleBook, question: str, expected: tuple[str, str]) -> None:
    assert verdict_at(book, question, STAND) == expected


@pytest.mark.parametrize(("text", "weeks"), [
    ("Ze is 45 dagen geleden verhuisd.", 6.4),
    ("Het advies geldt al 100 dagen.", 14.3),
])
def test_days_as_a_time_that_passed(text: str, weeks: float) -> None:
    assert extract_facts(text, today=STAND, names=["duur_weken"])["duur_weken"] == weeks


@pytest.mark.parametrize("text", [
    "Hij gaat 3 dagen per week naar de dagbesteding.",
    "Ze is 3 dagen op de dagbesteding.",
    "Ze is 2 dagen na de opname verhuisd.",
    "Hij is 3 dagen in het ziekenhuis geweest.",
])
def test_days_counted_or_of_something_else_are_no_duration(text: str) -> None:
    assert "duur_weken" not in extract_facts(text, today=STAND, names=["duur_weken"])


def test_seconds_are_read_as_whole_minutes_rounded_up() -> None:
    found = extract_facts("Bij een alarm is er binnen 290 seconden iemand bij de cliënt.", today=STAND,
                          names=["aanrijtijd_minuten"])
    assert found["aanrijtijd_minuten"] == 5


@pytest.mark.parametrize("text", [
    "Onze hoofdbehandelaar is orthopedagoog; of zij al als orthopedagoog-generalist geregistreerd is, moet HR nog "
    "nagaan.",
    "Onze hoofdbehandelaar is orthopedagoog, maar of zij als orthopedagoog-generalist geregistreerd is, is nu nog niet "
    "te zeggen.",
])
def test_a_whether_clause_left_open_is_no_fact(text: str) -> None:
    assert "behandelaar_gz_psycholoog" not in extract_facts(text, today=STAND, names=["behandelaar_gz_psycholoog"])


def test_no_pgb_before_2020_is_a_no() -> None:
    found = extract_facts("Vóór 2020 had zij nog geen pgb.", today=STAND, names=["pgb_voor_2020"])
    assert found["pgb_voor_2020"] is False
    # not someone else's "geen pgb" after a comma
    found = extract_facts("Vóór 2020 had ze al een pgb, haar broer had geen pgb.", today=STAND, names=["pgb_voor_2020"])
    assert found["pgb_voor_2020"] is True


def test_a_shared_aid_of_another_noun_does_not_make_the_wheelchair_shared() -> None:
    found = extract_facts("Hij heeft een rolstoel nodig, de douchestoel die door alle bewoners gebruikt wordt is er al.",
                          today=STAND, names=["hulpmiddel_soort"])
    assert found.get("hulpmiddel_soort") != "roerend_gedeeld"


def test_seconds_of_something_else_do_not_compete_with_minutes() -> None:
    text = "Er is binnen 30 seconden een reactie via de intercom en binnen 9 minuten iemand bij de cliënt."
    assert extract_facts(text, today=STAND, names=["aanrijtijd_minuten"])["aanrijtijd_minuten"] == 9


def test_an_open_extension_stays_open_when_its_clause_is_left_open(book: RuleBook) -> None:
    # "maar of …, is nog niet besloten" blanks the clause as left open; the length it leaves open is still read
    found = verdict_at(book, "De observatie loopt na een halfjaar af. We willen verlengen, maar of dat met drie of met "
                             "negen maanden wordt, is nog niet besloten. Mag de observatie in totaal zo lang duren?",
                       STAND)
    assert found is None or found[1] != "yes"


@pytest.mark.parametrize(("question", "fact"), [
    ("For a client with SGLVG problems earlier interventions proved insufficient and a derdelijnsbehandeling can offer "
     "a way out; the De Borg-instellingen have no capacity left. Will the zorgkantoor purchase extra SGLVG care?",
     "borg_onvoldoende_aanbod"),
    ("Our client lives in our nursing home with verblijf met behandeling, and our own organisation provides the "
     "treatment. Does his tandheelkundige zorg fall under the Wlz?", "behandeling_zelfde_instelling"),
])
def test_english_facts(book: RuleBook, question: str, fact: str) -> None:
    v = book.check_question(question, as_of=STAND)
    assert v is not None and v.facts.get(fact) is True


def test_an_average_gives_way_to_what_always_holds() -> None:
    text = "Bij een alarm is er gemiddeld binnen 2 minuten en uiterlijk binnen 7 minuten iemand bij de cliënt."
    assert extract_facts(text, today=STAND, names=["aanrijtijd_minuten"])["aanrijtijd_minuten"] == 7
