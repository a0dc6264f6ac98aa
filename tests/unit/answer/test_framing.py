"""What a message asks, read without its framing (framing.py): a comparison put first is not the question when a
question that stands on its own follows it; a question relayed in indirect speech is read as a question."""

from __future__ import annotations

import pytest

from assistant.answer.framing import as_direct, without_analogy

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(("text", "asked"), [
    ("Is een logeerhuis zoiets als een hotel? Hoeveel logeerhuizen zijn er in Nederland?",
     "Hoeveel logeerhuizen zijn er in Nederland?"),
    ("Ik werk bij een gemeente. Is het CIZ een soort keuringsdienst? Hoeveel indicaties wijst het CIZ per jaar af?",
     "Ik werk bij een gemeente. Hoeveel indicaties wijst het CIZ per jaar af?"),
    ("Is the care office like an insurance company? How many care offices are there in the north?",
     "How many care offices are there in the north?"),
])
def test_a_comparison_put_first_is_not_the_question(text: str, asked: str) -> None:
    assert without_analogy(text) == asked


@pytest.mark.parametrize("text", [
    # a continuation, or a question that points back to the first: the comparison is needed to understand it
    "Is ons werkplan een soort jaarplan dat het bestuur zelf vaststelt? Of moet iemand anders het goedkeuren?",
    "Is the Wzd basically the old BOPZ with a new name? When did it replace the BOPZ?",
    # no comparison, or only one question
    "Mag ik een pgb krijgen? Hoeveel is dat?",
    "Is een zorgprofiel zoiets als een kledingmaat?",
    "Wat is een zorgprofiel? Is dat zoiets als een kledingmaat?",
])
def test_otherwise_the_message_stays(text: str) -> None:
    assert without_analogy(text) == text


@pytest.mark.parametrize(("text", "asked"), [
    ("Een vriendin vraagt welk bureau de evaluatie heeft gedaan.", "Een vriendin vraagt: welk bureau de evaluatie heeft gedaan?"),
    ("Mijn buurman wil weten hoeveel weken hij moet wachten", "Mijn buurman wil weten: hoeveel weken hij moet wachten?"),
    ("My colleague asked me which office handles this. Thanks!", "My colleague asked me: which office handles this? Thanks!"),
])
def test_a_relayed_question_is_read_as_one(text: str, asked: str) -> None:
    assert as_direct(text) == asked


@pytest.mark.parametrize("text", [
    "Een vriendin vraagt welk bureau de evaluatie heeft gedaan. Weet jij dat?",  # a question mark of its own
    "Mijn moeder vraagt een indicatie aan bij het CIZ.",  # asks for something, not a question
])
def test_a_message_with_its_own_question_or_without_a_relayed_one_stays(text: str) -> None:
    assert as_direct(text) == text


@pytest.mark.parametrize(("text", "asked"), [
    ("Hoeveel boetes heeft de minister al opgelegd? Nul, zeker?", "Hoeveel boetes heeft de minister al opgelegd?"),
    ("Fijn hoor. En dan mogen we zeker eindeloos gaan procederen? Wat staat er in de brief over bezwaar?",
     "Fijn hoor. Wat staat er in de brief over bezwaar?"),
])
def test_a_sarcastic_question_beside_a_real_one_asks_nothing(text: str, asked: str) -> None:
    assert without_analogy(text) == asked


@pytest.mark.parametrize("text", ["Mijn moeder krijgt een VPT. Is de tandarts dan zeker gedekt? En de fysio?",
                                  "Nooit zeker?"])
def test_a_question_with_zeker_that_asks_stays(text: str) -> None:
    assert without_analogy(text) == text


@pytest.mark.parametrize("text", [
    "Is er op een locatie in Utrecht plek voor mijn moeder? Hoe lang is de wachttijd?",
    "Is dagbesteding een vorm van zorg in natura? Wie betaalt het vervoer?",
    "Are there providers like Careyn that offer a VPT? Which ones are in Utrecht?",
    "Is er een soort vergoeding voor? Hoe vraag ik die aan?",
    "Het eigen risico geldt niet voor de Wlz. Dat klopt toch? En hoe zit het met de eigen bijdrage?",
])
def test_a_real_first_question_is_kept(text: str) -> None:
    assert without_analogy(text) == text


def test_the_lines_of_a_pasted_form_stay_lines() -> None:
    text = "Zorgprofiel: VV5\nWoont thuis: ja\nMag ze logeren? Weer geen geld natuurlijk, toch zeker?"
    assert without_analogy(text) == "Zorgprofiel: VV5\nWoont thuis: ja\nMag ze logeren?"


@pytest.mark.parametrize(("text", "asked"), [
    ("Mijn moeder vraagt hoeveel het pgb van € 1.500 per maand omhoog gaat.",
     "Mijn moeder vraagt: hoeveel het pgb van € 1.500 per maand omhoog gaat?"),
    ("Mijn moeder vraagt wanneer het ingaat\nGroet, Jan", "Mijn moeder vraagt: wanneer het ingaat?\nGroet, Jan"),
])
def test_a_relayed_question_ends_where_its_clause_ends(text: str, asked: str) -> None:
    assert as_direct(text) == asked


def test_what_something_takes_is_no_relayed_question() -> None:
    text = "De overgang vraagt wat aanpassing. Ik wil weten of dat mag"
    assert as_direct(text) == text
