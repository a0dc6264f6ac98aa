"""Phrasings found while tuning on the development split of set 39 (meeting notes and action items, a relative or
buddy retelling what the client or the provider said, rhetorical questions, numbers and times in words): a
deployment that "loopt nu al ruim anderhalf jaar" with "geen einde in zicht" is not short, "voor 4 gesprekken,
daarna afsluiten" is; "vanaf begin april" is the first of April; a speech computer without which the client "kan de
verzorgers niet vertellen dat hij pijn heeft" is for primary communication; a profile that may be one sector or
another leaves the sector open; a "wie … wordt, staat nog niet vast" or "of …, weet ik eerlijk gezegd niet" leaves
the fact open; a note signed with initials asks what the note asks; sign language a client is treated in is no
question about the staff's expertise."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.rules import RuleBook
from assistant.rules.facts import asking_parts, extract_facts, is_eligibility_question, normalize_question

from .concept_helpers import read_fact, verdict_at

pytestmark = pytest.mark.unit

STAND = date(2026, 10, 1)


@pytest.mark.parametrize(("text", "name", "value"), [
    ("Dat loopt nu al ruim anderhalf jaar, elke week een uur of twee, en er is geen einde in zicht.", "kortdurend",
     False),
    ("De inzet duurt al twee jaar.", "kortdurend", False),
    ("SO zet psycholoog in voor 4 gesprekken rond rouw, daarna afsluiten.", "kortdurend", True),
    ("Hij krijgt een spraakcomputer, want anders kan hij de verzorgers niet vertellen dat hij pijn heeft.",
     "hulpmiddel_soort", "spraak_primair"),
])
def test_facts_said_in_other_words(text: str, name: str, value: object) -> None:
    assert read_fact(text, name) == value


def test_a_waiting_list_without_end_says_nothing_about_the_deployment() -> None:
    assert read_fact("De wachtlijst is lang, er is geen einde in zicht.", "kortdurend") is None


def test_from_the_beginning_of_a_month_is_its_first_day() -> None:
    found = extract_facts("Ons DEC heeft een positief advies per 1 maart. We willen het ZZP declareren vanaf begin "
                          "april.", today=STAND, names=["declaratie_startdatum"])
    assert found.get("declaratie_startdatum") == date(2026, 4, 1)


@pytest.mark.parametrize("text", [
    "Het CIZ-besluit is nog niet binnen: het wordt óf een ZGaud-profiel óf een VG-profiel.",
    "Welk zorgprofiel hij heeft weet ik niet precies, het kan een ZG-profiel zijn maar ook een VG-profiel.",
])
def test_a_profile_of_one_sector_or_another_leaves_the_sector_open(text: str) -> None:
    assert read_fact(text, "sector") is None


def test_a_vg_profile_alone_is_the_vg_sector() -> None:
    assert read_fact("Hij heeft een VG-profiel.", "sector") == "VG"


def test_who_it_will_be_said_to_be_open_is_no_fact() -> None:
    text = ("Wie de verantwoordelijk behandelaar wordt, staat nog niet vast: dat kan een geregistreerde GZ-psycholoog "
            "zijn, maar ook een basispsycholoog.")
    assert read_fact(text, "behandelaar_gz_psycholoog") is None


def test_a_whether_clause_not_known_stays_open_in_an_asking_sentence(book: RuleBook) -> None:
    question = ("Mevrouw heeft een ZZP VV5 exclusief behandeling en de huisarts wil de SO consulteren (H335). Of wij "
                "toegelaten zijn voor behandeling, weet ik eerlijk gezegd niet, dat regelt de directie, maar dat maakt "
                "toch niet uit? Dan declareren we die consultatie toch gewoon naast het zzp?")
    assert verdict_at(book, question, STAND) == ("wlz_behandeling_naast_zzp", "unknown")


def test_initials_that_sign_a_note_ask_nothing() -> None:
    note = ("Actiepunt werkgroep transitie 16/9: uitzoeken hoeveel geld er landelijk per jaar beschikbaar is voor het "
            "regionaal stimuleringsbudget Wlz. (RK)")
    assert asking_parts(normalize_question(note))[0].startswith("actiepunt")
    assert not is_eligibility_question(note)


@pytest.mark.parametrize("question", [
    "Actiepunt: nagaan wie de aanvraag voor meerzorg indient.",
    "Mijn moeder zegt: 'Het zorgkantoor heeft gezegd dat de meerzorg opnieuw moet worden aangevraagd.' Hoe gaat zo'n "
    "aanvraag voor meerzorg in zijn werk?",
])
def test_what_to_find_out_or_how_it_works_is_no_eligibility_question(question: str) -> None:
    assert not is_eligibility_question(question)


def test_finding_out_whether_is_still_a_decision() -> None:
    assert is_eligibility_question("Actiepunt: uitzoeken of we de toeslag observatie mogen declareren voor VG4.")


def test_sign_language_a_client_is_treated_in_gets_the_verdict(book: RuleBook) -> None:
    question = ("De instelling heeft ons verteld: 'Uw zus heeft een ZGaud-profiel en krijgt bij ons behandeling voor "
                "haar communicatie en gebarentaal.' Wordt die behandeling uit de Wlz betaald?")
    assert verdict_at(book, question, STAND) == ("zg_behandeling_wlz", "yes")
    assert book.uncovered("Mogen wij ZG-zorg leveren als niemand bij ons gebarentaal beheerst?") is not None


def test_the_year_looked_back_on_is_the_zorgjaar_and_a_period_told_is_no_day_asked(book: RuleBook) -> None:
    question = ("Looking back at 2026: one client was on our observatieplaats, with toeslag observatie, from 1 November "
                "2025 until the end of December 2026, so about fourteen months. Was the observation allowed to last "
                "that long?")
    assert verdict_at(book, question, date(2027, 1, 8)) == ("observatie_duur", "no")


@pytest.mark.parametrize("question", [
    "Waarin moeten medewerkers voor doofblinde cliënten met een verstandelijke beperking geschoold zijn?",
    "Copilot zegt dat een DEC voor Huntington maximaal 120 erkende plaatsen mag hebben. Klopt dat getal?",
    "Mijn collega noemt 1.200 euro voor de toeslag observatie. Is dat bedrag wel juist?",
])
def test_content_and_checked_values_are_no_eligibility_questions(question: str) -> None:
    assert not is_eligibility_question(question)


# review of the set-39 changes: what the new patterns must leave alone
def test_finding_something_out_inside_a_yes_no_question_keeps_the_verdict() -> None:
    assert is_eligibility_question("Mogen we de toeslag observatie al declareren terwijl we nog moeten uitzoeken wat "
                                   "de definitieve indicatie wordt?")


def test_a_fact_after_an_open_point_is_still_read() -> None:
    assert read_fact("Wanneer hij verhuist, is nog niet bekend, maar hij heeft een VG-indicatie.", "sector") == "VG"
    assert read_fact("Wanneer hij verhuist, is nog niet bekend; hij heeft een VG-indicatie.", "sector") == "VG"


def test_a_zg_indication_refused_leaves_the_other_sector() -> None:
    assert read_fact("Hij heeft een VG-indicatie. Een ZG-indicatie is afgewezen.", "sector") == "VG"


@pytest.mark.parametrize("text", [
    "Haar indicatie loopt al twee jaar. De SO wil een psycholoog inzetten.",
    "De wachtlijst loopt al een jaar.",
])
def test_something_else_running_for_years_is_no_long_deployment(text: str) -> None:
    assert read_fact(text, "kortdurend") is None


def test_sign_language_a_girl_learns_is_no_staff_question(book: RuleBook) -> None:
    question = ("Ons meisje heeft een ZGaud-profiel, krijgt behandeling en leert gebarentaal. Wordt die behandeling "
                "uit de Wlz betaald?")
    assert verdict_at(book, question, STAND) == ("zg_behandeling_wlz", "yes")
