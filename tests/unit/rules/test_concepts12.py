"""How a question is read before any fact (issue 12, h9-dev): a responsibility asked as a noun is a yes/no question, a
letter typed three times is read twice, and whether something is a condition for what a rule decides is no verdict.
Variants written here, not taken from an eval set."""

from __future__ import annotations

import pytest

from assistant.rules.facts import is_eligibility_question, lower_same_length, normalize_question, respell

from .concept_helpers import asks_for_a_decision, verdict

pytestmark = pytest.mark.unit


test_a_responsibility_asked_as_a_noun_is_a_yes_no_question = asks_for_a_decision(True, [
    "Is het poetsen van haar tanden onze verantwoordelijkheid?",
    "Valt dat onder de verantwoordelijkheid van de instelling?",
])


def test_the_responsibility_question_gets_the_rule_verdict() -> None:
    assert verdict("Wij geven meneer persoonlijke verzorging vanuit zijn Wlz-indicatie. Zijn dagelijkse mondverzorging, "
                   "is dat ook onze verantwoordelijkheid?") == ("dagelijkse_mondverzorging", "yes")


@pytest.mark.parametrize(("text", "read"), [
    ("op schoool", "op school "),
    ("heeeel graag", "heel   graag"),
    ("een tandartss", "een tandartss"),  # twice is a word's own spelling (or another typo): left as it is
    ("1000 dagen", "1000 dagen"),  # digits are no letters
])
def test_a_letter_typed_three_times_is_read_twice_keeping_the_length(text: str, read: str) -> None:
    assert respell(text) == read
    assert len(lower_same_length(text)) == len(text)


def test_a_typo_with_three_letters_routes_as_the_word() -> None:
    assert "school" in normalize_question("Mag onze begeleider mee naar schoool?")
    assert verdict("Wij zetten een extra begeleider in op schoool, bovenop onze formatie. Mag dat?") == \
        ("zorg_onderwijs_personeel", "yes")


@pytest.mark.parametrize("question", [
    "Moet ons personeel een cursus beademing hebben gevolgd om de toeslag ademhalingsondersteuning te krijgen?",
    "Moeten wij een DEC zijn om C&A te mogen declareren voor Korsakov?",
    "Hoeft de cliënt een VG7-indicatie te hebben om de toeslag te krijgen?",
    # when it is checked, and what the government will do, are no decision about a case either
    "Controleert het zorgkantoor vooraf of achteraf of de behandeling naast een zzp excl. behandeling terecht was?",
    "Gaat VWS ook iets doen aan de administratieve lasten rond LVHC? Als REC zijn we er veel tijd aan kwijt.",
    # a forwarded or reported question asks by its own words
    "Fw: vraag intake — 'Met wie moeten we contact opnemen bij het zorgkantoor als we een cliënt met zorgprofiel 5 "
    "GGZ-W willen opnemen?'",
    "De ambulant begeleider vraagt hoe lang een herindicatie bij het CIZ duurt voor een cliënt met ZGvis 1 die "
    "structureel behandeling nodig heeft.",
])
def test_whether_something_is_a_condition_gets_no_verdict(question: str) -> None:
    assert not is_eligibility_question(question)
    assert verdict(question) is None


def test_a_reported_yes_no_question_is_still_asked() -> None:
    assert is_eligibility_question("Mijn zus vraagt of we de C&A voor NAH+ mogen declareren.")


def test_a_duty_to_do_something_is_still_asked() -> None:
    # "moeten wij … betalen": who pays, a rule's question (not a condition "om … te krijgen")
    assert is_eligibility_question("Moeten wij de rolstoel van mijn moeder zelf betalen?")
