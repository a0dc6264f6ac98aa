"""Phrasings found while tuning on the development split of set 38 (approvals and sign-offs, plans for a later date,
informal Dutch with regional colour, an asker surprised by a belief): a counted series of treatments that then
stops is short; "die behandeling krijgt ze ook van ons" is treatment by the home she lives in; an assistant who
"komt er speciaal bij" or "gaat niet af van de uren" is extra staff; municipalities and the zorgkantoor who support
a plan are regional support; clients treated on the spot mean treatment at the location; "d'r gebit en mond doen" is daily oral care; a belief about the outcome
that someone disputes keeps the case it tells; two people who say different things leave the fact open; "a client
who does not have his Wlz indication yet" has none; a zorgkantoor that will "buy" care purchases it."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.rules import RuleBook
from assistant.rules.facts import _REPORTED, NO_WLZ_INDICATION, extract_facts

from .concept_helpers import read_fact, verdict_at

pytestmark = pytest.mark.unit

STAND = date(2026, 10, 1)


@pytest.fixture(scope="module")
def book() -> RuleBook:
    return RuleBook.load()


@pytest.mark.parametrize(("text", "name", "value"), [
    ("De SO heeft vier behandelingen logopedie voorgeschreven, daarna stopt het.", "kortdurend", True),
    ("Hij woont bij ons op de PG-afdeling met verblijf en behandeling, en die behandeling krijgt hij gewoon van ons.",
     "behandeling_zelfde_instelling", True),
    ("De begeleider komt er voor dit kind extra bij.", "boven_formatie", True),
    ("Het gaat niet af van de formatie van de school.", "boven_formatie", True),
    ("De gemeente en het zorgkantoor steunen het plan.", "draagvlak_regio", True),
    ("Op de afdeling werken een SO en een fysio, en de bewoners worden daar ook behandeld.",
     "locatie_biedt_behandeling", True),
    ("De tandarts zegt dat de behandeling van haar prothese toen al liep.", "behandeling_gestart_voor_verhuizing",
     True),
])
def test_facts_said_in_other_words(text: str, name: str, value: object) -> None:
    assert read_fact(text, name) == value


@pytest.mark.parametrize(("text", "name"), [
    # a client examined at a university hospital is no research by the provider
    ("Een cliënt van ons heeft onderzoek gehad in het UMC Utrecht.", "epilepsie_onderzoek"),
    ("Doen jullie onderzoek samen met een universiteit of een ander kenniscentrum op dit gebied?",
     "epilepsie_onderzoek"),
    # helping people is no support for a plan
    ("De gemeente ondersteunt mantelzorgers met respijtzorg.", "draagvlak_regio"),
    # sitting with someone is no extra staff
    ("De verzorgende komt er dan even bij zitten.", "boven_formatie"),
    # a whether-clause is no start
    ("De tandarts zoekt uit of de behandeling van haar prothese toen al liep.", "behandeling_gestart_voor_verhuizing"),
    # asked or doubted, not said
    ("Onderzoek met academische partners?? Ik weet het niet.", "epilepsie_onderzoek"),
    ("Doen we doorlopend onderzoek? Dat moet ik navragen.", "epilepsie_onderzoek"),
    # the zorgkantoor that does not support it
    ("Het zorgkantoor steunt het plan niet.", "draagvlak_regio"),
])
def test_asked_doubted_or_denied_is_no_yes(text: str, name: str) -> None:
    assert read_fact(text, name) is not True


def test_two_people_who_disagree_leave_the_start_open() -> None:
    text = ("Mijn vader is drie weken geleden verhuisd. Volgens de tandarts was de behandeling al begonnen vóór de "
            "verhuizing, maar mijn zus zegt dat die pas na de verhuizing is gestart.")
    assert "behandeling_gestart_voor_verhuizing" not in extract_facts(
        text, today=STAND, names=["behandeling_gestart_voor_verhuizing"])


def test_a_correction_after_maar_still_counts() -> None:
    text = ("Mijn vader is drie weken geleden verhuisd. De behandeling was al begonnen vóór de verhuizing, maar "
            "nee, die is pas na de verhuizing gestart.")
    assert extract_facts(text, today=STAND, names=["behandeling_gestart_voor_verhuizing"]) \
        .get("behandeling_gestart_voor_verhuizing") is False


@pytest.mark.parametrize("text", [
    "Een cliënt die zijn Wlz-indicatie nog niet heeft, krijgt wijkverpleging.",
    "Voor cliënten met nog geen Wlz-indicatie declareren we bij de zorgverzekeraar.",
])
def test_an_indication_not_yet_there_is_none(text: str) -> None:
    assert NO_WLZ_INDICATION.search(text)


@pytest.mark.parametrize("text", [
    # an indication held but not used yet, or not had in the past
    "Mijn moeder, die haar Wlz-indicatie nog niet heeft verzilverd, woont thuis.",
    "Twee jaar geleden had hij nog geen Wlz-indicatie, sinds vorig jaar wel.",
])
def test_an_indication_held_or_had_later_is_not_none(text: str) -> None:
    assert not NO_WLZ_INDICATION.search(text)


@pytest.mark.parametrize(("question", "expected"), [
    # a belief about the outcome, disputed: the case it tells (profile 5, level 2, not a Borg) stands
    ("Ik ging ervan uit dat wij als GGZ-instelling cliënten met zorgprofiel GGZ-W5 op beveiligingsniveau 2 mogen "
     "opnemen, maar mijn teamleider zegt van niet. Wij zijn geen Borginstelling en hebben geen forensische "
     "afdeling. Kan zo iemand bij ons wonen?", ("ggzw5_beveiligingsniveau", "no")),
    ("Ff checken: meneer heeft een Wlz-indicatie met persoonlijke verzorging en die geven wij. Moeten wij dan ook "
     "elke dag z'n tanden en mond doen?", ("dagelijkse_mondverzorging", "yes")),
])
def test_situations_of_set_38(book: RuleBook, question: str, expected: tuple[str, str]) -> None:
    assert verdict_at(book, question, STAND) == expected


def test_a_belief_taken_back_by_the_writer_is_still_taken_back(book: RuleBook) -> None:
    found = extract_facts("Ik dacht dat hij beveiligingsniveau 2 had, maar het is niveau 3.", today=STAND,
                          names=["beveiligingsniveau"])
    assert found.get("beveiligingsniveau") == 3


def test_a_zorgkantoor_that_will_buy_care_purchases_it(book: RuleBook) -> None:
    question = ("Our DEC for Huntington got a positive CElz advice. Will the zorgkantoor buy LVHC expertisezorg from "
                "us for Huntington clients in 2026?")
    assert verdict_at(book, question, STAND) == ("lvhc_expertisezorg_inkoop", "yes")


def test_a_document_that_says_otherwise_still_takes_the_belief_back() -> None:
    found = extract_facts("Ik dacht dat hij beveiligingsniveau 2 had, maar zijn indicatiebesluit zegt anders: het is "
                          "niveau 3.", today=STAND, names=["beveiligingsniveau"])
    assert found.get("beveiligingsniveau") == 3


def test_the_writers_own_view_is_not_someone_elses_word() -> None:
    assert _REPORTED.search("maar zijn dochter zegt dat")
    assert _REPORTED.search("volgens de tandarts")
    assert not _REPORTED.search("volgens mij is die pas na de verhuizing gestart")


@pytest.mark.parametrize("question", [
    "Wij geven meneer persoonlijke verzorging. Zijn tanden doen pijn; moeten wij de tandarts regelen?",
    "Wij geven mevrouw persoonlijke verzorging. De tandarts wil binnenkort haar gebit doen; wie regelt dat?",
])
def test_teeth_that_hurt_or_a_dentist_at_work_are_no_daily_oral_care(book: RuleBook, question: str) -> None:
    found = verdict_at(book, question, STAND)
    assert found is None or found[0] != "dagelijkse_mondverzorging"
