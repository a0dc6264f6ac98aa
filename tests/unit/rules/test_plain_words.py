"""Facts in plain words: dates written with / or -, half years in words, a "maar" clause that corrects the one
before it. Anything else that disagrees stays unknown (asked, never guessed)."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.rules.facts import extract_facts

pytestmark = pytest.mark.unit

TODAY = date(2026, 6, 1)


def ex(text: str, *names: str) -> dict[str, object]:
    return extract_facts(text, today=TODAY, names=list(names))


@pytest.mark.parametrize(("text", "day"), [
    ("de ingangsdatum op het advies is 01/02/2026", date(2026, 2, 1)),
    ("de ingangsdatum op het advies is 1-2-2026", date(2026, 2, 1)),
    ("de ingangsdatum op het advies is 1.2.2026", date(2026, 2, 1)),
    ("de ingangsdatum op het advies is 31/02/2026", None),  # no such day: not read
])
def test_dates_with_slashes_dashes_and_dots(text: str, day: date | None) -> None:
    assert ex(text, "ingangsdatum_advies").get("ingangsdatum_advies") == day


@pytest.mark.parametrize(("text", "months"), [
    ("voor drie en een half jaar", 42.0),
    ("voor 2 en een half jaar", 30.0),
    ("voor een half jaar", 6.0),
    ("voor anderhalf jaar", 18.0),
])
def test_half_years_in_words(text: str, months: float) -> None:
    assert ex(text, "duur_maanden")["duur_maanden"] == months


@pytest.mark.parametrize(("text", "value"), [
    ("We zijn geen REC, maar wel een DEC met positief CElz-advies.", True),
    ("Wij zijn een DEC voor Huntington, maar we hebben geen positief advies van de CElz.", False),
    # not a correction by "maar": two sentences that disagree stay unknown
    ("Wij zijn een DEC met positief advies. Wij zijn geen DEC.", None),
    # three clauses, two of them disagreeing before the "maar": unknown
    ("Wij zijn een DEC. We hebben geen positief advies, maar wel een REC met positief advies.", None),
])
def test_a_maar_clause_corrects_the_clause_before_it(text: str, value: bool | None) -> None:
    assert ex(text, "rec_dec_positief_advies").get("rec_dec_positief_advies") == value
