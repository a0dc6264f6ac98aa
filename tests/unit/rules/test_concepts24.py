"""Questions about a rule's topic that ask for no decision (users11-dev): a second asking sentence opening with "en",
whether something was studied, a choice between two clauses without a payer, and what follows a refusal by the
zorgkantoor. Variants written here, not taken from an eval set; each next to a near one that still asks for a
decision."""

from __future__ import annotations

import pytest

from assistant.rules import RuleBook

from .concept_helpers import asks_for_a_decision

pytestmark = pytest.mark.unit


test_questions_that_ask_for_content_get_no_verdict = asks_for_a_decision(False, [
    # "en wat …" asks for content as "wat …" does
    "Wat is VG7-plus precies? En wat mogen we daarvoor dan declareren?",
    # whether something was studied: the modal verb belongs to what was studied
    "Is er onderzocht of je de groep kunt splitsen op basis van cliëntkenmerken? Wat kwam daaruit?",
    "Hebben ze al onderzocht of LVHC-zorg in één centrum kan?",
    # a choice between two clauses, the second naming no payer or budget
    "Komt de nieuwe prestatie bovenop het budget of rekenen ze kostenneutraal?",
])


test_near_questions_that_ask_for_a_decision_still_do = asks_for_a_decision(True, [
    "Is het bekeken door de SO, mogen we dan declareren?",  # a yes/no clause of its own follows
    "Betaalt het verpleeghuis die of wordt die apart vergoed?",  # the second clause names a payer
    "Komt de tillift uit het instellingsbudget of niet?",
    "Mogen we dat declareren? En hoeveel uur is dat maximaal?",  # the first sentence asks for a decision
])


def test_what_follows_a_refusal_by_the_zorgkantoor_is_not_the_refused_rule() -> None:
    book = RuleBook.load()
    refused = "Als het zorgkantoor de verlenging van meerzorg voor ons kind afwijst, krijgen we dan een overgangsperiode?"
    assert book.check_question(refused) is None
    # the same topic asked for itself is still routed to the meerzorg rule
    verdict = book.check_question("Komt ons kind thuis in aanmerking voor meerzorg?")
    assert verdict is not None and verdict.rule_id.startswith("meerzorg")
