"""Phrasings found while tuning on the development split of set 45 (imagined cases, audits of a past year, short
simple sentences, bursts of chat lines, English): what the writer cannot find, a decision not yet taken and two
candidates each said as a possibility are not facts; an audit asks in the past tense; a subordinate clause states a
fact; a device bought by the family or never got from the Wmo; an SO with no part in the work; English "works
independently", "a short series of", "until admission we would bridge", "at a separate location … away"."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.rules import RuleBook
from assistant.rules.english import read_in_dutch
from assistant.rules.facts import is_eligibility_question

from .concept_helpers import read_fact, verdict_at

pytestmark = pytest.mark.unit

STAND = date(2026, 10, 1)


def test_former_membership_stays_in_doubt() -> None:
    # "vroeger" still doubts a fact about now
    assert read_fact("Wij waren vroeger een REC voor Korsakov.", "rec_dec_positief_advies") is None


@pytest.mark.parametrize(("text", "name"), [
    ("Ik kan in het dossier niet terugvinden of de behandelaar een geregistreerde gz-psycholoog is.",
     "behandelaar_gz_psycholoog"),
    ("Helaas kan ik niet terugvinden of de behandelaar een geregistreerde gz-psycholoog is.",
     "behandelaar_gz_psycholoog"),
    ("Het CIZ heeft nog niet besloten of zij een andere Wlz-indicatie krijgt.", "vervolg_indicatie"),
    ("Welke indicatie volgt is nog niet bekend: mogelijk een andere Wlz-indicatie, mogelijk helemaal geen.",
     "vervolg_indicatie"),
    ("Er staat nergens in het zorgplan of de psycholoog onder regie van de SO werkt.", "onder_regie_so"),
])
def test_what_cannot_be_found_or_is_undecided_is_no_fact(text: str, name: str) -> None:
    assert read_fact(text, name) is None


def test_the_fact_without_the_doubt_is_read() -> None:
    # (the test above would pass if the fact were never read)
    assert read_fact("De behandelaar is een geregistreerde gz-psycholoog.", "behandelaar_gz_psycholoog") is True


@pytest.mark.parametrize(("text", "name", "value"), [
    # "mogelijk" as an adverb is no candidate said as a possibility
    ("Waar mogelijk bieden we behandeling op de locatie, eventueel met de SO erbij.", "locatie_biedt_behandeling", True),
    # "niet alleen betrokken" is no denial
    ("De SO is niet alleen betrokken bij het plan.", "onder_regie_so", None),
    # a device from the insurer after the municipality said no
    ("De gemeente wees de aanvraag af, daarna heeft hij een rolstoel gekregen via de zorgverzekeraar.",
     "wmo_hulpmiddel_in_bezit", None),
    # never heard from the municipality is not never had a device from it
    ("Zijn rolstoel komt van de Wmo, al heeft hij nooit iets gehoord van de gemeente over onderhoud.",
     "wmo_hulpmiddel_in_bezit", True),
    # a short series of questions is no short deployment
    ("Ik heb een korte reeks vragen over de behandeling van mijn vader.", "kortdurend", None),
])
def test_what_the_new_readings_leave_alone(text: str, name: str, value: object) -> None:
    assert read_fact(text, name) == value


def test_one_candidate_said_as_a_possibility_is_still_read_alone() -> None:
    # only two candidates, each hedged, leave it open; the reader's own hedging rules decide a single one
    assert read_fact("Zij krijgt een andere Wlz-indicatie.", "vervolg_indicatie") == "wlz_anders"


@pytest.mark.parametrize(("text", "name", "value"), [
    ("Zij heeft nooit iets via de Wmo gehad; haar zoon heeft de rolstoel zelf gekocht.", "wmo_hulpmiddel_in_bezit",
     False),
    ("Eerst kreeg hij huishoudelijke hulp van de gemeente (wmo) en toen heeft hij een rolstoel gekregen.",
     "wmo_hulpmiddel_in_bezit", True),
    ("De gedragsdeskundige werkt volgens haar eigen plan; de SO is daar niet bij betrokken.", "onder_regie_so", False),
    ("Het gaat om een korte reeks van vier gesprekken.", "kortdurend", True),
    ("Stel dat het zorgkantoor met die behandelinstelling een contract heeft.", "wachtinstelling_gecontracteerd",
     True),
    # what she had before is the fact itself: "vroeger" says when (registry: past_is_fact)
    ("Via de Wmo kreeg zij vroeger alleen begeleiding, nooit een scootmobiel.", "wmo_hulpmiddel_in_bezit", False),
])
def test_facts_in_plain_words(text: str, name: str, value: object) -> None:
    assert read_fact(text, name) == value


@pytest.mark.parametrize(("text", "name", "value"), [
    ("The therapist works entirely independently and the SO is not involved in her plan.", "onder_regie_so", False),
    ("The psychologist will see him at home for a short series of four sessions.", "kortdurend", True),
    ("Until admission we would bridge with a VPT, not as a permanent solution.", "overbrugging_tot_opname", True),
    ("They live at our site, but the day activities are at a separate location ten kilometres away.", "een_locatie",
     False),
    ("Before the move he got support from the Wmo, but he never had a wheelchair from them.", "wmo_hulpmiddel_in_bezit",
     False),
])
def test_english_facts(text: str, name: str, value: object) -> None:
    assert read_fact(text, name, english=True) == value


def test_english_doubt_with_an_adverb_is_no_fact() -> None:
    text = ("My brother-in-law has had a pgb since 2019 and got a letter about it, but I really can't tell whether his "
            "indicatiebesluit is still running.")
    assert read_fact(text, "indicatiebesluit_lopend", english=True) is None
    # (the same text without the doubt says it)
    said = "My brother-in-law has had a pgb since 2019 and his indicatiebesluit is still running."
    assert read_fact(said, "indicatiebesluit_lopend", english=True) is True


@pytest.mark.parametrize("question", [
    "Voldeden we vorig jaar aan de inkoopvoorwaarden voor VG7?",
    "Mochten wij in 2025 die toeslag declareren?",
    "Gold de toeslag toen ook voor VG4?",
])
def test_an_audit_asks_in_the_past_tense(question: str) -> None:
    assert is_eligibility_question(question)


@pytest.mark.parametrize("question", [
    "Ik las dat VWS een team heeft voor vastgelopen Wlz-zorg. Hoe heet dat team?",
    "vinden zorgkantoren dat beoordelen van meerzorg lastig?",
    # a statement checked, then why it is so: the reason is asked
    "Is het echt zo dat de kosten van het opbaren niet onder de NZa vallen? Waarom is dat zo?",
])
def test_a_name_or_an_opinion_asks_no_verdict(question: str) -> None:
    assert not is_eligibility_question(question)


def test_a_permission_checked_then_why_still_asks_for_the_verdict() -> None:
    assert is_eligibility_question("Klopt het dat wij de toeslag voor VG7 mogen declareren? Waarom niet?")


def test_a_past_year_audit_gets_its_verdict(book: RuleBook) -> None:
    text = ("Controle over 2026, VG7-groep. Besloten setting: ja. Permanent toezicht: ja. AVG, gedragsdeskundige en "
            "hbo-begeleiders: aanwezig. Uit de logs blijkt dat er 's nachts twaalf minuten zat tussen alarm en "
            "aankomst bij de cliënt. Voldeden we in 2026 aan de voorwaarden voor ZZP VG7?")
    assert verdict_at(book, text, date(2027, 1, 10)) == ("vg7_voorwaarden", "no")


def test_requirements_met_asks_for_a_verdict() -> None:
    text = read_in_dutch("Our clients with LVG 4 live and have their day activities on one site, and the treatment "
                         "expertise is in-house. Are the requirements met?")
    assert "voldoen wij aan de voorwaarden" in text and is_eligibility_question(text)
