"""Shared by the concept tests (test_concepts*.py): one rule book, the stand they ask at, a verdict in short, and the
table-driven tests most concepts are written as (a phrasing and what it must give, next to near phrasings that must
not give it).

``reads_fact``, ``decides`` and ``asks_for_a_decision`` return a parametrised test function; a test module binds it
to a ``test_…`` name (``test_the_only_provider = reads_fact("meerdere_aanbieders", [...])``), so pytest reports every
row as a case of its own under that name, as it would a hand-written ``@pytest.mark.parametrize`` test."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

import pytest

from assistant.rules import RuleBook
from assistant.rules.english import read_in_dutch
from assistant.rules.facts import extract_facts, is_eligibility_question

BOOK = RuleBook.load()
STAND = date(2026, 12, 1)


def verdict(question: str) -> tuple[str, str] | None:
    """(rule id, outcome) of the check of ``question`` at STAND, or None when it gives no verdict."""
    v = BOOK.check_question(question, as_of=STAND)
    return None if v is None else (v.rule_id, v.outcome)


def verdict_at(book: RuleBook, question: str, stand: date, history: Sequence[str] = ()) -> tuple[str, str] | None:
    """(rule id, outcome) of the check of ``question`` at ``stand`` after the earlier user turns ``history``, or None
    when it gives no verdict (the phrasing tests, with the ``book`` fixture of conftest.py)."""
    v = book.check_question(question, history=[{"role": "user", "content": h} for h in history], as_of=stand)
    return None if v is None else (v.rule_id, v.outcome)


def read_fact(text: str, name: str, *, english: bool = False) -> object:
    """The value of fact ``name`` read from ``text`` at STAND (None when it is not read); ``english``: the text goes
    through ``read_in_dutch`` first, as a question does."""
    return extract_facts(read_in_dutch(text) if english else text, today=STAND, names=[name]).get(name)


def reads_fact(name: str, cases: Sequence[tuple[str, object]], *, english: bool = False) -> Callable[..., None]:
    """A test with a case a row ``(text, value)``: ``text`` reads fact ``name`` as ``value`` (None: not read)."""

    @pytest.mark.parametrize(("text", "value"), cases)
    def test(text: str, value: object) -> None:
        got = read_fact(text, name, english=english)
        assert got == value, f"{name} read from {text!r} is {got!r}, not {value!r}"

    return test


def decides(cases: Sequence[tuple[str, object]], *, rule: str | None = None) -> Callable[..., None]:
    """A test with a case a row ``(question, expected)``: the verdict of ``question`` is ``expected`` (rule id,
    outcome); with ``rule`` the rows are ``(question, outcome)`` and the verdict is (``rule``, outcome)."""

    def check(question: str, expected: object) -> None:
        got = verdict(question)
        assert got == expected, f"verdict of {question!r} is {got!r}, not {expected!r}"

    if rule is None:
        @pytest.mark.parametrize(("question", "expected"), cases)
        def test(question: str, expected: tuple[str, str] | None) -> None:
            check(question, expected)

        return test

    @pytest.mark.parametrize(("question", "outcome"), cases)
    def test_outcome(question: str, outcome: str) -> None:
        check(question, (rule, outcome))

    return test_outcome


def asks_for_a_decision(expected: bool, questions: Sequence[str], *, english: bool = False) -> Callable[..., None]:
    """A test with a case a question: whether it asks for a yes/no decision (``is_eligibility_question``) is
    ``expected``; ``english``: read in Dutch first."""

    @pytest.mark.parametrize("question", questions)
    def test(question: str) -> None:
        asks = bool(is_eligibility_question(read_in_dutch(question) if english else question))
        assert asks is expected, f"{question!r} asks for a decision: {asks}, not {expected}"

    return test
