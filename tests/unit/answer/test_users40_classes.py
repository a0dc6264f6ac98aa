"""What the tuning questions of set 40 showed (temporary or lasting, who has a say, strings attached, can it be undone):
whether a decision, a right or a plan can be withdrawn, revised or reversed is answered only by a sentence that speaks
of undoing it; whether someone must consent first only by a sentence that speaks of consent, approval or consultation.
A sentence about the decision itself answers neither. Whether something lasts ("voor altijd", "voor onbepaalde tijd",
"tot welke leeftijd") asks for its term."""

from __future__ import annotations

from dataclasses import replace

import pytest

from assistant.answer.asked import Asked, classify, holds_value
from assistant.answer.gate import CONSENT_Q, UNDO_Q, _no_consent, _no_undo

from .gate_fixtures import signals

pytestmark = pytest.mark.unit

_DECISION = ("Het zorgkantoor verleent op aanvraag van de verzekerde een persoonsgebonden budget indien de verzekerde "
             "een budgetplan heeft ingediend.")
_WITHDRAWN = ("Het zorgkantoor kan het besluit tot verlening van een persoonsgebonden budget herzien of intrekken indien "
              "de budgethouder de verplichtingen niet nakomt.")
_CONTRACT = "Het zorgkantoor sluit overeenkomsten met zorgaanbieders die in de regio zorg leveren."
_CONSULTED = "Het zorgkantoor sluit de overeenkomst pas nadat de cliëntenraad is gehoord over de voorgenomen afspraken."


@pytest.mark.parametrize("question", [
    "Het zorgkantoor heeft het pgb goedgekeurd. Kan het die verlening later weer intrekken?",
    "Kan de curatele weer worden opgeheven?",
    "Kan hij dat budgetplan nu nog terugtrekken en een ander plan indienen?",
    "Can the zorgkantoor withdraw the budget later?",
])
def test_whether_something_can_be_undone_needs_a_sentence_about_undoing_it(question: str) -> None:
    assert UNDO_Q.search(question)
    refusal = _no_undo(signals(question, _DECISION, [_DECISION]))
    assert refusal is not None and refusal[0] == "no_undo"
    assert _no_undo(signals(question, _WITHDRAWN, [_WITHDRAWN])) is None


def test_the_english_refusal_is_in_english() -> None:
    s = replace(signals("Can he withdraw that consent later?", _DECISION, [_DECISION]), english=True)
    refusal = _no_undo(s)
    assert refusal is not None and refusal[1].startswith("The sources I have")


@pytest.mark.parametrize("question", ["Hoe vraag ik een pgb aan?", "Wanneer trekt het CIZ zich terug?",
                                      "Wie beslist over het pgb?"])
def test_other_questions_are_not_about_undoing(question: str) -> None:
    assert _no_undo(signals(question, _DECISION, [_DECISION])) is None


@pytest.mark.parametrize("question", [
    "Moet de cliëntenraad instemmen voordat het zorgkantoor het contract sluit?",
    "Moet de gemeente akkoord geven voordat het zorgkantoor ons contracteert?",
    "Is toestemming van de NZa nodig voor zo'n overeenkomst?",
    "Does the client council have to consent before the contract is signed?",
])
def test_whether_someone_must_consent_needs_a_sentence_about_consent(question: str) -> None:
    assert CONSENT_Q.search(question)
    refusal = _no_consent(signals(question, _CONTRACT, [_CONTRACT]))
    assert refusal is not None and refusal[0] == "no_consent"
    assert _no_consent(signals(question, _CONSULTED, [_CONSULTED])) is None


def test_without_picked_sentences_the_other_checks_decide() -> None:
    assert _no_undo(signals("Kan het CIZ de indicatie intrekken?", _DECISION)) is None
    assert _no_consent(signals("Moet de gemeente instemmen?", _CONTRACT)) is None


@pytest.mark.parametrize("question", [
    "Geldt die ontheffing voor altijd, of moet hij die periodiek opnieuw aanvragen?",
    "Is dat convenant voor onbepaalde tijd gesloten, of loopt het op een bepaalde datum af?",
    "Tot welke leeftijd loopt die zorg tijdens het onderwijs door?",
    "Voor hoeveel maanden of jaren geldt zo'n toekenning?",
])
def test_whether_something_lasts_asks_for_its_term(question: str) -> None:
    assert classify(question) == Asked("value", "duration")


def test_a_term_by_reference_or_without_end_is_a_term() -> None:
    asked = Asked("value", "duration")
    assert holds_value(asked, "Dat geldt voor de duur van de termijn, bedoeld in artikel 3.3.6.")
    assert holds_value(asked, "De overeenkomst wordt voor onbepaalde tijd gesloten.")
    assert not holds_value(asked, "De overeenkomst wordt gesloten met de zorgaanbieder.")


def test_an_undo_verb_in_a_condition_or_a_who_question_is_no_such_question() -> None:
    text = "U kunt binnen zes weken na de bekendmaking van het besluit bezwaar maken."
    assert _no_undo(signals("Kan ik bezwaar maken als mijn pgb wordt stopgezet?", text, [text])) is None
    assert _no_consent(signals("Wie moet de aanvraag goedkeuren?", text, [text])) is None


@pytest.mark.parametrize("question", ["Wie betaalt de eigen bijdrage als mijn vader voor onbepaalde tijd is opgenomen?",
                                      "Wat moet ik doen als het contract op een bepaalde datum afloopt?"])
def test_lasting_words_in_a_condition_do_not_make_a_term_question(question: str) -> None:
    assert classify(question).value != "duration"
