"""Shared by the concept tests (test_concepts*.py): one rule book, the stand they ask at, and a verdict in short."""

from __future__ import annotations

from datetime import date

from assistant.rules import RuleBook

BOOK = RuleBook.load()
STAND = date(2026, 12, 1)


def verdict(question: str) -> tuple[str, str] | None:
    """(rule id, outcome) of the check of ``question`` at STAND, or None when it gives no verdict."""
    v = BOOK.check_question(question, as_of=STAND)
    return None if v is None else (v.rule_id, v.outcome)
