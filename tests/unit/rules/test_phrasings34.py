"""Phrasings found while tuning on the development split of set 34 (care handover templates, long stories, a
colleague's claim, Dutch and English mixed within sentences): a message that mixes the two languages is read like
an English one; the half of a fact the writer leaves open ("of er afspraken zijn, weet ik niet") leaves the whole
open although the other half is said; "niet vastgelegd" leaves a point open; what befell the client last year
does not set the zorgjaar; a threshold in a claim ("pas vanaf VG5") is not the client's profile; a concession
("…, ook al wordt een deel uit een subsidie betaald") is said, not merely possible; a plain "nee" stands beside a
doubted one; and what a code stands for asks for no decision."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.answer.language import mixes_english
from assistant.rules import RuleBook
from assistant.rules.facts import extract

from .concept_helpers import verdict_at

pytestmark = pytest.mark.unit

STAND = date(2026, 8, 1)


@pytest.fixture(scope="module")
def book() -> RuleBook:
    return RuleBook.load()


@pytest.mark.parametrize(("text", "mixed"), [
    ("Client has LVG4. Wonen en dagbesteding zijn bij ons op one location, but the behandelexpertise we hire from "
     "a partner organisation. Voldoen wij aan de eisen?", True),
    ("Declareren we C&A per consult of per traject?", False),  # no function words of either language
    ("Mag de SO de psycholoog inzetten onder H335 voor zes weken?", False),
])
def test_a_message_that_mixes_in_english(text: str, mixed: bool) -> None:
    assert mixes_english(text) is mixed


@pytest.mark.parametrize(("question", "expected"), [
    # mixed Dutch and English: read through the English table like an English message
    ("Client has LVG4. Wonen, dagbesteding en vrije tijd zijn bij ons op one location, and the verantwoordelijk "
     "behandelaar is a GZ-psycholoog. But the behandelexpertise itself we hire extern, from a partner organisation. "
     "Voldoen wij voor dit zorgprofiel aan de eisen?", ("lvg_aanbieder_voorwaarden", "no")),
    ("Cliënt woont thuis; his persoonlijke verzorging is done by a thuiszorgorganisatie, not by us. We doen only the "
     "dagbesteding. Zijn wij verantwoordelijk voor de dagelijkse mondverzorging?", ("dagelijkse_mondverzorging", "no")),
    # what befell the client last year is not the year asked
    ("S: Mevrouw Smit woont bij ons met een ZZP ZGaud 3.\nB: Zij is vorig jaar doof geworden.\n"
     "R/vraag: Wordt haar behandeling voor de zintuiglijke handicap uit de Wlz betaald?", ("zg_behandeling_wlz", "yes")),
    # a threshold named in a colleague's claim is not the client's profile
    ("Onze teamleider zegt dat we voor meneer met VG3 geen toeslag observatie mogen declareren, omdat die pas vanaf "
     "VG5 zou gelden. Geldt de toeslag observatie voor dit profiel?", ("toeslag_observatie_profiel", "no")),
    # a concession says what is, whatever the clause before it says could be
    ("Volgens de projectleider kan ons plan nog uit de transitiemiddelen, ook al wordt een deel al gefinancierd uit "
     "een innovatiesubsidie. Er zijn drie aanbieders bij betrokken, er is draagvlak in de regio en het plan heeft "
     "SMART-afspraken. Komt het plan in aanmerking voor transitiemiddelen?", ("transitiemiddelen_inzet", "no")),
    # the client lives with us and gets the treatment from us
    ("Meneer woont bij ons in het verpleeghuis met een indicatie voor verblijf met behandeling, en die behandeling "
     "krijgt hij van ons. Valt zijn tandheelkundige zorg onder de Wlz?", ("tandheelkundige_zorg_wlz", "yes")),
    # an application beside a negative advice: the advice says it
    ("We applied to become a DEC for Korsakov, but the CElz gave a negative advice. Will the zorgkantoor still "
     "purchase LVHC-expertisezorg for Korsakov from us this year?", ("lvhc_expertisezorg_inkoop", "no")),
    # the device for talking with the carers and the doctor
    ("Een bewoner krijgt een spraakcomputer, zodat hij met de verzorgenden en de arts kan communiceren. Wordt die "
     "bovenbudgettair vergoed?", ("spraakhulpmiddel_bovenbudgettair", "yes")),
])
def test_situations_of_set_34(book: RuleBook, question: str, expected: tuple[str, str]) -> None:
    assert verdict_at(book, question, STAND) == expected


@pytest.mark.parametrize("question", [
    # the admission said, the agreements left open in a sentence of their own
    "Meneer heeft een MPT, zonder behandeling in het pakket; de logopedist komt zes weken. Wij zijn toegelaten voor "
    "behandeling, dat weet ik zeker. Maar of er afspraken met het zorgkantoor over behandeling zijn, weet ik niet. "
    "Mogen we de logopedie naast het MPT declareren?",
    # "is nog niet vastgelegd" leaves the regie open
    "De SO wil een gedragswetenschapper kortdurend inzetten bij een thuiswonende cliënt; of die onder "
    "verantwoordelijkheid en regie van de SO gaat werken, is nog niet vastgelegd. Mag dat onder H335?",
    # an English "whether …, that is still being assessed"
    "We would like extra SGLVG-verblijf met behandeling for a young man. Eerdere interventies bleken onvoldoende en de "
    "De Borg-instellingen hebben onvoldoende aanbod. But whether a derdelijnsbehandeling kan uitkomst bieden, that is "
    "still being assessed by the psychiatrist. Koopt het zorgkantoor meer SGLVG-verblijf in?",
])
def test_what_is_left_open_is_asked(book: RuleBook, question: str) -> None:
    found = verdict_at(book, question, STAND)
    assert found is not None and found[1] == "unknown"


def test_half_a_fact_left_open_leaves_it_open_and_the_said_half_alone_stays_yes() -> None:
    said = "Wij zijn toegelaten voor behandeling."
    assert extract(said, ["toegelaten_behandeling"])["toegelaten_behandeling"].value is True
    assert "toegelaten_behandeling" not in extract(
        f"{said} Maar of er afspraken met het zorgkantoor zijn, weet ik niet.", ["toegelaten_behandeling"])
    # what is taken back is not left open: the correction holds
    assert extract(f"{said} Nee, correctie: wij zijn niet toegelaten.",
                   ["toegelaten_behandeling"])["toegelaten_behandeling"].value is False


@pytest.mark.parametrize("question", [
    "In the declaratie overview I see H335 en H336. What do those prestaties stand for, en voor welke professionals "
    "zijn ze bedoeld?",
    "Waar staat H335 voor, en voor wie is die prestatie bedoeld?",
])
def test_what_a_code_stands_for_asks_no_decision(book: RuleBook, question: str) -> None:
    assert book.check_question(question, as_of=STAND) is None


@pytest.mark.parametrize("question", [
    # a move told in a case about another question: the dental rule needs dental care named
    "• Cliënte: mevrouw S., 62, Wlz-indicatie • Ze wil naar haar dochter in Friesland verhuizen • Vraag: kan het CIZ "
    "haar indicatiebesluit intrekken als ze de zorg niet meer nodig heeft?",
    "Mijn vader gaat binnenkort naar het verpleeghuis verhuizen. Heeft mijn moeder dan nog recht op haar eigen huis?",
    # an explanation asked for what was just asked, or in plain words
    "Onze ergotherapeut vraagt wat er onder 'primaire communicatie' valt bij spraakvervangende hulpmiddelen. Kun je "
    "dat simpel uitleggen?",
    "Can you explain in plain terms what the ZGaud profiles are and what care a ZGaud 3 client gets?",
])
def test_no_verdict_for_another_question(book: RuleBook, question: str) -> None:
    assert book.check_question(question, as_of=STAND) is None


def test_dental_care_after_a_move_still_goes_to_the_dental_rule(book: RuleBook) -> None:
    found = verdict_at(book, "Mevrouw is vorige maand bij ons komen wonen; haar tandarts was al begonnen met een brug. "
                             "Heeft zij nog recht op die tandheelkundige hulp?", STAND)
    assert found is not None and found[0] == "tandheelkundig_na_verhuizing"


@pytest.mark.parametrize(("text", "name", "value"), [
    # what is taken back is not left open: the correction says the agreements are there
    ("Wij zijn toegelaten voor behandeling. Of er afspraken met het zorgkantoor zijn, weet ik niet. Correctie: we "
     "hebben ook afspraken met het zorgkantoor over behandeling.", "toegelaten_behandeling", True),
    # a "could be" before a comma clause that is no concession still says what could be
    ("Het plan kan eventueel, naast de transitiemiddelen, uit een subsidie worden gefinancierd.",
     "dubbele_financiering", None),
    ("Ons plan kan nog uit de transitiemiddelen, ook al wordt een deel al gefinancierd uit een innovatiesubsidie.",
     "dubbele_financiering", True),
])
def test_left_open_and_possible_readings(text: str, name: str, value: bool | None) -> None:
    found = extract(text, [name]).get(name)
    assert (found.value if found is not None else None) is value


def test_a_plain_no_in_the_question_does_not_settle_a_doubted_one(book: RuleBook) -> None:
    found = verdict_at(book, "Onze aanvraag als REC is ingediend en we hebben nog geen advies van de CElz. Mogen we "
                             "zonder REC-status de toeslag declareren?", STAND)
    assert found is None or found[1] == "unknown"


def test_a_mixed_message_keeps_its_dutch_of(book: RuleBook) -> None:
    found = verdict_at(book, "Our client has an MPT and we are admitted for treatment, that is for sure. Of er afspraken "
                             "met het zorgkantoor over behandeling zijn, weet ik niet. Mogen we de logopedie naast het "
                             "MPT declareren?", STAND)
    assert found is not None and found[1] == "unknown"
