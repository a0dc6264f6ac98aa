"""What the tuning questions of set 27 showed: a request to make or write something ("Maak een checklist …", "Schrijf
een korte mail …", "Give me a three-line summary …") asks for content and gets no verdict, unless it asks whether
something may or applies; a list to be made of named things is a list question; "Is daar een vaste termijn voor?" asks
for a term, which "binnen redelijke termijn" gives and a time gone by ("in de afgelopen zeven jaar") does not; a
question about another regime keeps a verdict back; a message that names several neighbouring regimes asks how they
meet; the Belastingdienst is the law's "inspecteur"; "beschermd wonen" is the Wmo's and a bewindvoerder the court's;
the members of a bezwaarcommissie and the names of participating providers are names the sources do not give; how a
source defines a term is a definition question, and a sentence that defines the term answers it."""

from __future__ import annotations

from dataclasses import replace

import pytest

from assistant.answer.answered import AnswerScore
from assistant.answer.asked import asks_task, classify, holds_value
from assistant.answer.extractive import asked_term
from assistant.answer.gate import (
    NO_VERDICT_REASONS,
    _known,
    _no_names,
    _not_answered,
    _other_regime,
    out_of_scope,
)
from assistant.answer.meaning import Meaning

from .gate_fixtures import signals

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(("question", "task"), [
    ("We openen een woning voor VG7-cliënten. Maak een checklist van wat we aan personeel in huis moeten hebben.", True),
    ("Give me a three-line summary for our board: what agreements does the zorgkantoor make with us, and what happens "
     "if we can't offer that level?", True),
    ("Schrijf een korte mail aan de familie waarin je uitlegt wat meerzorg is.", True),
    ("Zet voor mij op een rij welke taken het CAK heeft.", True),
    # a request that asks whether something may or applies: that is asked
    ("Schrijf een korte mail aan de familie waarin je uitlegt of de toeslag voor VG4 geldt.", False),
    ("Maak een korte checklist of we C&A mogen declareren.", False),
    ("Mogen wij C&A declareren voor NAH+?", False),
])
def test_a_request_to_make_or_write_something(question: str, task: bool) -> None:
    assert asks_task(question) is task


@pytest.mark.parametrize(("question", "shape"), [
    ("Maak een rijtje van de LVHC-doelgroepen waarvoor zorgkantoren expertisezorg inkopen.", "list"),
    ("Zet op een rij welke taken het CAK heeft.", "list"),
    ("Maak een checklist van wat we in huis moeten hebben.", "other"),  # what is needed: no named things
])
def test_a_list_to_be_made_of_named_things(question: str, shape: str) -> None:
    assert classify(question).shape == shape


def test_whether_a_term_is_set_asks_for_the_term() -> None:
    asked = classify("We hebben het pgb-besluit binnen. Is daar een vaste termijn voor?")
    assert (asked.shape, asked.value) == ("value", "duration")
    assert classify("Is daar een vaste regeling voor?").shape == "yesno"


@pytest.mark.parametrize(("sentence", "holds"), [
    ("Hij zorgt ervoor dat het budget binnen redelijke termijn beschikbaar wordt gesteld.", True),
    ("Het zorgkantoor beslist binnen zes weken.", True),
    ("De commissie heeft in de afgelopen zeven jaar waardevol werk geleverd.", False),
    ("In de afgelopen zeven jaar is veel gebeurd; het besluit volgt binnen twee weken.", True),
])
def test_a_term_said_and_a_time_gone_by(sentence: str, holds: bool) -> None:
    asked = classify("Binnen hoeveel weken moet het zorgkantoor een contract aanbieden?")
    assert holds_value(asked, sentence) is holds


def test_a_question_about_another_regime_keeps_the_verdict_back() -> None:
    assert "out_of_scope" in NO_VERDICT_REASONS


def test_several_neighbouring_regimes_ask_how_they_meet() -> None:
    text = "Het zorgkantoor voert de Wlz uit."
    several = ("Onze gemeente wil met het zorgkantoor gezinnen één pakket bieden in plaats van losse Wlz-zorg, Wmo, "
               "Zvw-zorg en jeugdhulp. Kan dat wettelijk?")
    assert _other_regime(signals(several, text)) is None
    one = "Mijn zoon krijgt jeugdhulp en heeft een Wlz-indicatie. Wie betaalt de jeugdhulp?"
    found = _other_regime(signals(one, text))
    assert found is not None and found[0] == "out_of_scope"


@pytest.mark.parametrize(("question", "regime"), [
    ("Welke gemeente beslist over een plek in beschermd wonen: de woongemeente of de centrumgemeente?", "de Wmo 2015"),
    ("Wie benoemt een beschermingsbewindvoerder voor mijn oom, en waar dien ik dat verzoek in?", "de rechtspraak"),
])
def test_regimes_of_set_27(question: str, regime: str) -> None:
    found = out_of_scope(question)
    assert found is not None and found.name.startswith(regime)


def test_the_belastingdienst_is_the_laws_inspecteur() -> None:
    corpus = "de inspecteur of ontvanger is verplicht desgevraagd aan het cak de gegevens te verstrekken"
    assert _known("belastingdienst", corpus)
    assert not _known("belastingdienst", "het cak int de eigen bijdrage")


@pytest.mark.parametrize("question", [
    "Volgende week is de hoorzitting. Wie zitten er in de bezwaarcommissie van het CIZ?",
    "Maak een lijst met de namen van de zorgaanbieders die meedoen aan het Ontwikkelprogramma Complexe Zorg.",
])
def test_names_the_sources_do_not_give(question: str) -> None:
    text = "Het CIZ beslist op het bezwaar. Veel zorgaanbieders doen mee aan het Ontwikkelprogramma Complexe Zorg."
    found = _no_names(signals(question, text, sentences=[text]))
    assert found is not None and found[0] == "no_names"


def test_how_a_source_defines_a_term() -> None:
    question = ("I work in HR and we're writing a leave policy. How does the Wlz define a 'mantelzorger'? We'd like to "
                "use the same definition.")
    assert asked_term(question) == "mantelzorger"
    assert asked_term("Hoe definieert de wet 'mantelzorg'?") == "mantelzorg"


def test_a_sentence_that_defines_the_term_asked_answers_it() -> None:
    # a calibrated score that judges every sentence too far from the question (similarity 0.2, threshold 0.5)
    meaning = Meaning(lambda q, xs: [0.2] * len(xs), 3.0, 0.3, None,
                      AnswerScore(("cos_best",), (4.0,), 0.0, (0.6,), (0.1,), 0.5))
    defining = ("– mantelzorger: natuurlijke persoon die rechtstreeks voortvloeiend uit een tussen personen bestaande "
                "sociale relatie zorg verleent zonder dat dit beroeps- of bedrijfsmatig geschiedt;")
    other = "– mantelzorg: zorg die wordt verleend door een mantelzorger;"
    asked = "How does the Wlz define a 'mantelzorger'?"
    assert _not_answered(replace(signals(asked, defining, sentences=[defining]), meaning=meaning)) is None
    refused = _not_answered(replace(signals(asked, other, sentences=[other]), meaning=meaning))
    assert refused is not None and refused[0] == "not_answered"


@pytest.mark.parametrize("question", [
    # a request that asks a yes/no after a colon or in an "of" clause is no list to be made
    "Maak een checklist van de voorwaarden: mogen wij de toeslag beademing declareren?",
    "Maak een lijstje van de voorwaarden en of wij meerzorg mogen aanvragen.",
])
def test_a_request_that_asks_whether_is_no_list(question: str) -> None:
    assert classify(question).shape != "list"
    assert not asks_task(question)


@pytest.mark.parametrize("question", [
    # told, not asked: where someone lives, a Wlz toeslag beside the Belastingdienst, a bewind that is in place
    "Mijn zoon woont in beschermd wonen. Krijgt hij een GGZ-W-indicatie?",
    "Wij declareren de toeslag ademhalingsondersteuning; de Belastingdienst heeft zijn inkomen al. Mogen wij de "
    "toeslag declareren?",
    "Wie betaalt de eigen bijdrage als mijn moeder onder beschermingsbewind staat?",
])
def test_a_neighbouring_regime_only_told(question: str) -> None:
    assert out_of_scope(question) is None


def test_names_mentioned_are_not_names_asked() -> None:
    text = "Het CIZ beslist op het bezwaar."
    for question in ("Moeten we in de aanvraag de namen van de locaties vermelden?",
                     "Is daar een termijn verstreken als ik te laat ben?"):
        assert _no_names(signals(question, text, sentences=[text])) is None
    assert classify("Is er een termijn verstreken als ik te laat ben?").shape == "yesno"


def test_a_definition_asked_of_the_law_names_the_term_only() -> None:
    assert asked_term("Hoe definieert de Wlz mantelzorg?") == "mantelzorg"
    assert asked_term("Hoe omschrijft de wet een mantelzorger?") == "mantelzorger"
