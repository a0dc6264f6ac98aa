"""The rule check speaks only when a yes/no eligibility question is asked (issue 11: "non-eligibility questions about
a rule's topic get no verdict"). Variants written here, not taken from an eval set."""

from __future__ import annotations

import pytest

from assistant.rules.english import read_in_dutch
from assistant.rules.facts import is_eligibility_question

from .concept_helpers import asks_for_a_decision

pytestmark = pytest.mark.unit


test_a_content_question_gets_no_verdict = asks_for_a_decision(False, [
    # an example tacked on to a content question: the cue word ("kan") is in the content question
    "Wat voor zorg kan mijn dochter op school krijgen vanuit de Wlz? hulp bij het eten bijvoorbeeld?",
    "Welke hulpmiddelen kan het verpleeghuis regelen? een rolstoel bijvoorbeeld?",
    "Wat hoort er allemaal bij verblijf in een instelling? de was, het eten?",
    # English questions that open with "who" ask for a person, as "wie" does
    "Who does the indication for a wheelchair: our own staff or the supplier?",
    "Who has to make sure that there is a zorgplan within six weeks?",
    # how something is paid asks for the way, not who pays or whether
    "How are speech computers paid in the Wlz: per device or per month?",
    "Hoe worden tandartsen in de Wlz betaald, per behandeling of per uur?",
], english=True)


@pytest.mark.parametrize("question", [
    # a yes/no question after a content question still asks for a decision
    "Wat is een vpt? Kan mijn vader dat krijgen?",
    "Welke toeslag is dit? Mogen wij die declareren voor VG4?",
    # the situation before the question may hold the cue ("Wij mogen …. Hoe zit dat?") as before
    "Mijn moeder krijgt een rolstoel via het verpleeghuis. Klopt dat?",
    # "who pays" is a question a rule answers; "who" inside a sentence is not the asking word
    "Who pays for the wheelchair of my mother in the nursing home?",
    "Can we bill C&A for a client who has NAH+?",
])
def test_a_yes_no_question_still_asks_for_a_decision(question: str) -> None:
    text = read_in_dutch(question)
    assert is_eligibility_question(text) or "wie betaalt" in text
