"""What the tuning questions of set 29 showed: a quiz's "Waar of niet waar: …" states a claim, and a count in it is its
point ("bestaat uit vijf leden" needs a sentence that counts members, not the clients of the same letter); a polite
request in a formal letter wraps the question it asks ("Zoudt u mij willen berichten wat de wet onder een ADL-woning
verstaat?" asks for a definition); and what the rule check should not read as a decision: an auditor's "Moet ik ook
toetsen op …?", "Klopt mijn lijst?" and "…, of alleen onder een bepaalde voorwaarde?"."""

from __future__ import annotations

import pytest

from assistant.answer.asked import classify
from assistant.answer.gate import _no_claim_value
from assistant.rules.facts import is_eligibility_question

from .gate_fixtures import signals

pytestmark = pytest.mark.unit


def test_a_quiz_statement_with_a_count_needs_a_sentence_that_counts_that() -> None:
    question = "Waar of niet waar (quiz voor het team): de adviescommissie bestaat uit zeven leden."
    other = "De adviescommissie adviseert over ongeveer 2.700 cliënten in zeven doelgroepen."
    refused = _no_claim_value(signals(question, other))
    assert refused is not None and refused[0] == "no_claim_value"
    said = "De adviescommissie bestaat uit vijf leden, onder wie de voorzitter."
    assert _no_claim_value(signals(question, said)) is None  # another number of members: the claim is answered
    # a year is no count of anything
    dated = "Waar of niet waar: in 2025 bestaat de adviescommissie uit zeven leden."
    assert _no_claim_value(signals(dated, said)) is None


def test_a_list_of_ones_own_checked_in_a_longer_question_still_asks() -> None:
    # "Zijn de doelen in haar zorgplan voldoende om …?" asks whether, not for a list
    assert is_eligibility_question("Zijn de doelen in haar zorgplan voldoende om de rolstoel bovenbudgettair te "
                                   "vergoeden?")


def test_understanding_a_language_is_no_definition() -> None:
    assert classify("Wat valt onder tolkzorg als hij geen Nederlands verstaat?").shape != "definition"


@pytest.mark.parametrize(("question", "shape"), [
    ("Zoudt u ons willen berichten wat de wet onder een ADL-woning verstaat?", "definition"),
    ("Kunt u mij laten weten wat wordt verstaan onder mantelzorg?", "definition"),
    ("Gaarne verneem ik hoeveel plaatsen het expertisecentrum heeft.", "value"),
])
def test_a_polite_request_wraps_the_question_it_asks(question: str, shape: str) -> None:
    assert classify(question).shape == shape


@pytest.mark.parametrize("question", [
    "Ik toets regioplannen. Moet ik ook toetsen op structurele borging na afloop?",
    "Het zouden er zeven moeten zijn. Klopt mijn lijst?",
    "Kopen de zorgkantoren die zorg bij iedere aanbieder in, of alleen onder een bepaalde voorwaarde?",
    "Gaarne verneem ik hoe wij de toeslag moeten declareren.",
])
def test_checks_and_lists_ask_for_no_decision(question: str) -> None:
    assert not is_eligibility_question(question)
