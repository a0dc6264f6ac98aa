"""The words around the quotes follow the question's language; the quotes stay Dutch."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.answer.wording import (
    REFUSAL_EN,
    REFUSAL_NL,
    language,
    missing_facts_tail,
    peildatum_notice,
    refusal,
    verdict_lead,
    version_notice,
)

pytestmark = pytest.mark.unit


def test_language_follows_the_question() -> None:
    assert language("How long can an observation placement last at most?") == "en"
    assert language("Hoe lang mag een observatieplaatsing duren?") == "nl"
    assert refusal("en") == REFUSAL_EN and refusal("nl") == REFUSAL_NL


def test_english_framing_names_the_outcome_and_keeps_the_dutch_summary() -> None:
    lead = verdict_lead("en", "no", "Nee: NAH+ hoort in 2025 niet bij de LVHC-doelgroepen.")
    assert lead.startswith("Rule check: No.") and "Nee: NAH+" in lead
    assert verdict_lead("nl", "no", "Nee: …") == "Nee: …"


def test_english_who_pays_lead_answers_who_pays_not_yes() -> None:
    lead = verdict_lead("en", "yes", "Het zorgkantoor betaalt dit hulpmiddel …", "The zorgkantoor pays for this aid")
    assert lead.startswith("Rule check: The zorgkantoor pays for this aid.") and "Yes" not in lead


def test_missing_facts_are_introduced_in_the_questions_language() -> None:
    assert missing_facts_tail("nl", ["Woont u thuis?"]) == "Om dit te kunnen beoordelen: Woont u thuis?"
    assert missing_facts_tail("en", ["Woont u thuis?"]).startswith("To decide this")
    assert missing_facts_tail("en", []) == ""


def test_notices_in_both_languages() -> None:
    assert "31 december 2025" in peildatum_notice("nl", date(2025, 12, 31))
    assert "2025-12-31" in peildatum_notice("en", date(2025, 12, 31))
    assert "versions" in version_notice("en", "Wlz", date(2025, 7, 5))
    assert "versies" in version_notice("nl", "Wlz", date(2025, 7, 5))
