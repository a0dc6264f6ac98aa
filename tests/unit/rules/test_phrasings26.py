"""Facts as set 26's writers put them (staff jargon, negation and contrast, numbers in words): read, or left
unknown, as the rules' conditions say."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.rules import RuleBook
from assistant.rules.facts import extract_facts

pytestmark = pytest.mark.unit

STAND = date(2026, 6, 1)


@pytest.mark.parametrize(("text", "name", "value"), [
    ("De Borg-instellingen hebben geen tekort aan plekken: er is genoeg aanbod.", "borg_onvoldoende_aanbod", False),
    ("Eerdere trajecten (LVG-behandeling, klinische ggz) hebben niet gewerkt.", "eerdere_interventies_onvoldoende", True),
    ("Op onze woonlocatie wordt geen enkele behandeling geboden, alleen wonen en zorg.", "locatie_biedt_behandeling",
     False),
    ("Het zorgkantoor vindt niet dat mijn dochter een bijzondere zorgvraag heeft.", "bijzondere_zorgbehoefte", False),
    ("Volgens het zorgkantoor is er binnen haar profiel genoeg ruimte.", "bijzondere_zorgbehoefte", False),
    ("Het zorgkantoor heeft vastgesteld dat de zorg die hij nodig heeft veel verder gaat dan wat binnen zijn "
     "zorgprofiel te regelen is.", "bijzondere_zorgbehoefte", True),
    ("Het apparaat is niet bedoeld voor het contact met de verzorgenden; ze wil het alleen gebruiken om te bellen en "
     "te appen met familie.", "hulpmiddel_soort", "spraak_secundair"),
    # the second of two values denied together is denied too
    ("Intramurale cliënt, zzp exclusief dagbesteding, geen pgb of MPT.", "leveringsvorm", "verblijf"),
])
def test_phrasings_of_set_26(text: str, name: str, value: object) -> None:
    assert extract_facts(text, names=[name]).get(name) == value


@pytest.mark.parametrize("question", [
    "Niet de vraag of het mag, maar wie ik moet benaderen: met wie neem ik contact op als we een cliënt met "
    "zorgprofiel 5 GGZ-W willen opnemen?",
    "Geen vraag over vergoeding, alleen over de begrippen: wat is het verschil tussen primaire en secundaire "
    "communicatie bij spraakvervangende hulpmiddelen?",
    # what was shown or promised, and the scope of a norm the writer quotes (users18-dev)
    "Mijn man woont in een Korsakov-expertisecentrum. Is inmiddels aangetoond dat die LVHC-aanpak tot betere zorg leidt?",
    'A newsletter from the Federatie LVHC says: "De lasten in de LVHC-zorg moeten omlaag." Has the minister promised '
    "anything about that?",
    'Uit ons inkoopdocument: "Zorgaanbieders dienen uiterlijk 1 oktober hun productieprognose in." Geldt die datum bij '
    "alle zorgkantoren?",
])
def test_what_the_writer_says_is_not_the_question_gets_no_verdict(book: RuleBook, question: str) -> None:
    assert book.check_question(question, as_of=STAND) is None


@pytest.mark.parametrize(("words", "value"), [
    ("drieduizend", 3000), ("tweeduizend vijfhonderd", 2500), ("duizend tweehonderd", 1200), ("tienduizend", 10000),
])
def test_thousands_in_words_are_one_number(words: str, value: int) -> None:
    # "vijfhonderd" of "tweeduizend vijfhonderd" was read as 500 on its own
    text = f"We willen een productieafspraak van {words} dagen. Past dat?"
    assert extract_facts(text, names=["productie_dagen"]).get("productie_dagen") == value


def test_an_english_term_without_an_end_is_an_indefinite_one(book: RuleBook) -> None:
    v = book.check_question("Exam question: can an LVG indication be issued for an indefinite period, without any end "
                            "date?", as_of=STAND)
    assert v is not None and v.rule_id == "lvg_indicatie_duur" and v.outcome == "no"
