"""A rule answers only for what it decides: a cost the question names by its compound ("reiskosten") that the rule
never speaks of is another question (issue 12: "a rule that shares the topic but decides another question must not
answer it"). Variants written here, not taken from an eval set."""

from __future__ import annotations

import pytest

from assistant.rules.facts import foreign_costs

from .concept_helpers import BOOK, verdict

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("question", [
    # a stop-22 walkthrough: "Ja, mits REC/DEC" from the rule about purchasing LVHC expertise care
    "Wij zijn een Huntington expertisecentrum. Vergoedt het zorgkantoor onze reiskosten voor consulten bij cliënten thuis?",
    "Wij zijn een DEC Korsakov. Vergoedt het zorgkantoor onze opleidingskosten voor nieuw personeel?",
    "Mag een LVG-aanbieder de vervoerskosten naar de dagbesteding declareren bij het zorgkantoor?",
])
def test_a_cost_no_rule_speaks_of_gets_no_verdict(question: str) -> None:
    assert verdict(question) is None


def test_a_cost_the_rule_speaks_of_keeps_its_verdict() -> None:
    assert verdict("Mogen we als verpleeghuis de extra opbaarkosten na het overlijden van een bewoner bij de "
                   "nabestaanden in rekening brengen?") == ("opbaren_kosten_nabestaanden", "yes")


@pytest.mark.parametrize(("rule_id", "text", "foreign"), [
    ("lvhc_expertisezorg_inkoop", "vergoedt het zorgkantoor onze reiskosten?", ["reiskosten"]),
    ("opbaren_kosten_nabestaanden", "mogen de opbaarkosten bij de familie?", []),
    ("opbaren_kosten_nabestaanden", "mogen de kamerkosten bij de familie?", []),
    # only the asking sentence counts: the situation before it may name any cost
    ("lvhc_expertisezorg_inkoop", "onze reiskosten zijn hoog. koopt het zorgkantoor lvhc-zorg bij ons in?", []),
])
def test_foreign_costs_reads_the_first_part_of_the_compound(rule_id: str, text: str, foreign: list[str]) -> None:
    assert foreign_costs(BOOK.rules[rule_id], text) == foreign


@pytest.mark.parametrize("question", [
    # users7-dev: one moment or a later one asks when, not whether (a "Ja" read as "yes, monthly")
    "Ons C&A-traject loopt nog een paar maanden. Declareren we de uren maandelijks of pas als het traject klaar is?",
    "Mogen we de toeslag observatie nu al declareren of pas na afloop van de observatie?",
])
def test_one_moment_or_a_later_one_asks_when(question: str) -> None:
    assert verdict(question) is None


def test_the_same_question_without_a_later_moment_keeps_its_verdict() -> None:
    assert verdict("Mogen we de C&A-uren voor een cliënt met Korsakov declareren?") is not None
