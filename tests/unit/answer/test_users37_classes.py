"""What the tuning questions of set 37 showed (citing the document, chat bursts, classification and naming questions):
"hoe heet de projectleider …" and "which member of parliament …" ask for a person the sources must name (a motion
named after its members names them); foster care is the Jeugdwet's and the municipality's transport the Wmo's; "hoeveel
betaalt …" asks an amount; a section number is no count; "Kamerstuknummer" is a corpus word with a generic tail; the
title of a report or a film is a name the sources must give (a footnote with its link gives one); C&A names a topic."""

from __future__ import annotations

from dataclasses import replace

import pytest

from assistant.answer.asked import classify
from assistant.answer.extractive import value_phrase
from assistant.answer.gate import _known, _no_called, _no_person, named_regime, topic_words

from .gate_fixtures import hit, signals

pytestmark = pytest.mark.unit

_INVENTORY = ("Naar aanleiding van de signalen heeft mijn ambtsvoorganger aan Metgezel en Kenniscentrum ZEVMB gevraagd "
              "de problematiek te inventariseren.")
_MOTION = "Daarbij betrek ik ook de motie Krul/Van Dijk (Kamerstuk 25 657, nr. 365)."


@pytest.mark.parametrize("question", [
    "Hoe heet de projectleider bij het Kenniscentrum ZEVMB die de inventarisatie heeft gedaan?",
    "Which Member of Parliament asked about meerzorg in the debate?",
])
def test_a_person_asked_by_role(question: str) -> None:
    refusal = _no_person(signals(question, _INVENTORY, [_INVENTORY]))
    assert refusal is not None and refusal[0] == "no_person"


def test_a_motion_names_its_members() -> None:
    assert _no_person(signals("Welk Kamerlid diende de motie over toezicht in?", _MOTION, [_MOTION])) is None
    # "de leden van de Tweede Kamer" names no one
    members = "De leden van de Tweede Kamer hebben vragen gesteld over meerzorg."
    refusal = _no_person(signals("Welk Kamerlid stelde die vragen?", members, [members]))
    assert refusal is not None and refusal[0] == "no_person"


def test_which_minister_is_answered_by_the_office() -> None:
    office = "De minister van VWS is verantwoordelijk voor de uitvoering van de Wlz."
    assert _no_person(signals("Which minister is responsible for the Wlz?", office, [office])) is None


@pytest.mark.parametrize(("question", "regime"), [
    ("Hoe hoog is de pleegvergoeding per dag voor ons pleegkind?", "Jeugdwet"),
    ("Mag mijn moeder met het collectief vervoer naar de dagbesteding?", "Wmo"),
])
def test_other_regimes(question: str, regime: str) -> None:
    found = named_regime(question)
    assert found is not None and regime in found.name


def test_what_someone_pays_asks_an_amount() -> None:
    assert classify("Hoeveel betaalt mijn moeder dan per consult?").value == "amount"
    # ... and the amount a law's formula fills in may be a total ("€ 3.250 miljoen")
    asked = classify("Artikel 11.2.15 rekent met 'BIKKt-1'. Welk bedrag staat daar voor BIKKt-1?")
    assert asked.value == "amount" and asked.macro
    # ... not an amount to fill in on a form
    assert not classify("Welk bedrag moet ik invullen bij de eigen bijdrage?").macro


def test_a_section_number_is_no_count() -> None:
    asked = classify("Hoeveel aanbieders doen mee?")
    text = "Dezelfde voorwaarden als onder paragraaf 2.8 voor REC en DEC gelden; 31 zorgaanbieders doen mee."
    assert value_phrase(asked, text) == "31 zorgaanbieders"
    assert value_phrase(asked, "Zie paragraaf 2.8 voor REC en DEC.") == ""
    # ... also where the count is of what is asked ("hoeveel aanbieders")
    assert value_phrase(asked, "Volgens paragraaf 2.8 doen 31 zorgaanbieders mee.") == "31 zorgaanbieders"
    assert value_phrase(asked, "Paragraaf 2.8 noemt de aanbieders die meedoen.") == ""


def test_a_corpus_word_with_a_generic_tail_is_known() -> None:
    corpus = "kamerstuk 34 104, nr. 449 brief van de staatssecretaris"
    assert _known("kamerstuknummer", corpus)
    assert not _known("dossiernummer", corpus)


_FILM = "Met de voortgangsrapportage heb ik een korte film gedeeld van een organisatie."
_FOOTNOTE_TEXT = "Samen vooruit- Complexe zorg in beweging https://www.youtube.com/watch?v=6nFy87tN9MM"


def test_the_title_of_a_document_or_film() -> None:
    asked = "Wat is de precieze titel van het verslag van Metgezel over meerzorg?"
    verslag = "Bijgaand treft u het verslag van Metgezel en Kenniscentrum ZEVMB aan."
    refusal = _no_called(signals(asked, verslag, [verslag]))
    assert refusal is not None and refusal[0] == "no_names"
    # a title given in a footnote with its link answers it
    film = signals("Hoe heet die film?", _FILM, [_FILM])
    film.hits.append(hit(_FOOTNOTE_TEXT, "Ontwikkelprogramma"))
    assert _no_called(film) is None
    assert _no_called(signals("Hoe heet die film?", _FILM, [_FILM])) is not None
    # a link line names no regulation
    rule = "Zorgaanbieders krijgen extra geld voor meerzorg via een regeling."
    regeling = signals("Hoe heet de regeling waarmee zorgaanbieders extra geld krijgen voor meerzorg?", rule, [rule])
    regeling.hits.append(hit("Meer informatie https://www.nza.nl", "Financiering"))
    regeling.hits.append(hit("Financiering Langdurige Zorg https://www.nza.nl", "Financiering"))
    assert _no_called(regeling) is not None


def test_c_and_a_names_the_topic() -> None:
    question = "wij zijn expertisecentrum Korsakov, C&A declareren, welk percentage gaat er over die tarieven heen?"
    text = "Op de tarieven van de C&A prestaties wordt het voor de zorgaanbieder geldende richttariefpercentage toegepast."
    s = signals(question, text, [text])
    assert ("c&a", "C&A") in topic_words(replace(s, doc_freq={"c&a": 3, "korsakov": 3}))
