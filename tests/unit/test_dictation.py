"""A dictated message read as typed (assistant/dictation.py): spelled codes, spoken code words, split numbers and, in a
message without punctuation, split compounds; ordinary text passes unchanged."""

from __future__ import annotations

import pytest

from assistant.dictation import COMPOUNDS, compound_words, read_dictated

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(("said", "typed"), [
    ("we zijn een ree cee met positief advies van de cee el zet", "we zijn een REC met positief advies van de CElz"),
    ("mijn broer heeft el vee gee twee en een pee gee bee", "mijn broer heeft LVG twee en een pgb"),
    ("kan een es gee el vee gee indicatie vier jaar gelden", "kan een SGLVG indicatie vier jaar gelden"),
    ("cliënt met zet zet pee vee vee vijf", "cliënt met ZZP VV vijf"),
    ("van het cie ie zet en uit de wel zet", "van het CIZ en uit de Wlz"),
    ("vraag over hee drie drie vijf de es oo wil", "vraag over H335 de SO wil"),
    ("el vee haa cee expertise", "LVHC expertise"),
    # split numbers: hundreds and thousands one word, a year said as two numbers
    ("twaalf plaatsen keer drie honderd vijftig is vier duizend twee honderd",
     "twaalf plaatsen keer driehonderdvijftig is vierduizend tweehonderd"),
    ("het advies loopt tot eind twintig achtentwintig", "het advies loopt tot eind 2028"),
    # compounds split by dictation, in a message without punctuation
    ("wie betaalt dat het zorg kantoor of het verpleeg huis", "wie betaalt dat het zorgkantoor of het verpleeghuis"),
    ("de wet lang durige zorg", "de wet langdurige zorg"),
    # punctuation said aloud, written; a decimal comma stays a word
    ("moet het verpleeg huis met ons om tafel komma we hebben niks gehoord vraagteken",
     "moet het verpleeghuis met ons om tafel, we hebben niks gehoord?"),
    ("do they have to explain to the zorg kantoor why full stop", "do they have to explain to the zorgkantoor why."),
    ("is dat twee komma vijf procent vraagteken", "is dat twee komma vijf procent?"),
])
def test_dictation_is_read_as_typed(said: str, typed: str) -> None:
    assert read_dictated(said) == typed


@pytest.mark.parametrize("text", [
    # typed text keeps its words apart: "meer zorg" is no "meerzorg", "een half jaar" stays
    "Het zorgkantoor vindt dat mijn zoon meer zorg nodig heeft dan zijn profiel biedt.",
    "Kan meerzorg voor drie en een half jaar worden toegekend?",
    "Wie betaalt het zorg kantoor?",  # punctuation: not dictated, so not joined
    # letter names that are ordinary words, and numbers that are no split number
    "Ik heb een vraag en er is es geen antwoord",
    "twee drie keer per week",
    "de man en de vrouw zet een kopje thee",
    # a review found these changed: punctuation words as nouns, a negation joined away, a count read as a year, a
    # Flemish "ge", a number word glued to another
    "Wat betekent het vraagteken op mijn beschikking?",
    "is het een punt of een komma",
    "vragen over het laatste punt",
    "mijn moeder heeft vg4 het geen vg5 is",
    "bij lage inkomens",
    "twintig dertig uur per week",
    "Waar zet ge dat",
    "haa tweedrievier",
    "twintig zeſtig",
])
def test_ordinary_text_passes_unchanged(text: str) -> None:
    assert read_dictated(text) is text


def test_even_in_dictation_a_word_that_stands_apart_is_not_joined() -> None:
    assert read_dictated("heeft hij meer zorg nodig dan zijn profiel biedt") == \
        "heeft hij meer zorg nodig dan zijn profiel biedt"


def test_the_compound_list_is_written_from_the_shipped_documents_and_rules() -> None:
    assert COMPOUNDS.read_text(encoding="utf-8").split() == compound_words(), \
        "assistant/data/compounds.txt is out of date: run `python -m assistant.dictation`"
