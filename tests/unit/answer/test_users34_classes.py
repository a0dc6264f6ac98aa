"""What the tuning questions of set 33 still showed, and those of set 34: who is meant by a term of the law is a
definition question, and a duty of that term ("De inspecteur of ontvanger is verplicht …") does not define it."""

from __future__ import annotations

import pytest

from assistant.answer.asked import classify
from assistant.answer.extractive import _definition_pattern, _terms, with_definition

from .gate_fixtures import hit

_DEFINITIONS = ("In deze wet en de daarop berustende bepalingen wordt verstaan onder:\n\n"
                "– Fonds langdurige zorg: fonds, genoemd in artikel 89 van de Wet financiering sociale verzekeringen;\n\n"
                "– inspecteur of ontvanger: de functionaris, bedoeld in artikel 2, derde lid, onder b, van de Algemene "
                "wet inzake rijksbelastingen;")
_DUTY = ("De inspecteur of ontvanger is verplicht desgevraagd aan het CAK de gegevens omtrent het inkomen en vermogen "
         "van de verzekerde te verstrekken.")


@pytest.mark.parametrize(("question", "term"), [
    ("Wie wordt in de Wlz bedoeld met 'inspecteur of ontvanger'?", "inspecteur of ontvanger"),
    ("Wat wordt in de wet bedoeld met een zorgaanbieder?", "zorgaanbieder"),
    ("In een brief van het CAK staat dat de gegevens van 'de inspecteur' komen. Wie wordt in de Wlz bedoeld met "
     "'inspecteur of ontvanger'?", "inspecteur of ontvanger"),
    ("Who is meant by 'inspecteur of ontvanger'?", "inspecteur of ontvanger"),
])
def test_who_or_what_is_meant_by_a_term_asks_its_definition(question: str, term: str) -> None:
    assert classify(question).shape == "definition"
    assert _terms(question)[0].lower() == term


@pytest.mark.parametrize("question", ["Wie wordt er gebeld als het misgaat?", "Wat wordt er vergoed?",
                                      "Wie is bedoeld als contactpersoon?"])
def test_other_who_and_what_questions_ask_no_definition(question: str) -> None:
    assert classify(question).shape != "definition"


def test_a_duty_of_the_term_is_no_definition_and_the_law_item_comes_first() -> None:
    question = "Wie wordt in de Wlz bedoeld met 'inspecteur of ontvanger'?"
    pattern = _definition_pattern(question)
    assert pattern is not None
    assert not pattern.search(_DUTY)
    assert not pattern.search("Het CAK is gevestigd in een door Onze Minister te bepalen plaats.".replace(
        "Het CAK", "De inspecteur of ontvanger"))
    assert pattern.search("Een inspecteur of ontvanger is een functionaris van de Belastingdienst.")
    duty, law = hit(_DUTY, "Artikel 9.1.3"), hit(_DEFINITIONS, "Artikel 1.1.1")
    hits = with_definition(question, [duty], [duty.passage, law.passage])
    assert hits[0].passage is law.passage
