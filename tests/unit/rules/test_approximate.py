"""Numbers said roughly ("ongeveer een jaar", "circa 25%"): read as approximate, decided only when a tenth
less and a tenth more (``APPROX_BAND``) give the same outcome; otherwise the fact stays unknown and is asked."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.rules import RuleBook
from assistant.rules.facts import extract

pytestmark = pytest.mark.unit

STAND = date(2026, 12, 1)


@pytest.mark.parametrize(
    ("text", "name", "value", "approx"),
    [
        ("een observatie van ongeveer een jaar", "duur_maanden", 12.0, True),
        ("voor circa 25% van het basisbedrag", "ekt_percentage", 25.0, True),
        ("binnen zo'n 5 minuten ter plaatse", "aanrijtijd_minuten", 5, True),
        ("voor 2,5 jaar", "duur_maanden", 30.0, False),
        ("voor 3 jaar en 2 maanden", "duur_maanden", 38.0, False),
        ("binnen 4 min. ter plaatse", "aanrijtijd_minuten", 4, False),
    ],
)
def test_numbers_read_with_their_precision(text: str, name: str, value: object, approx: bool) -> None:
    found = extract(text, [name], today=STAND)[name]
    assert (found.value, found.approx) == (value, approx)


@pytest.mark.parametrize(
    ("question", "rule", "outcome", "asked"),
    [
        # on the ceiling (12 months, 25%): either side is possible -> unknown, and the number is asked
        ("Mag een observatie ongeveer een jaar duren?", "observatie_duur", "unknown", "duur_maanden"),
        ("Is een EKT van circa 25% van het basisbedrag toegestaan?", "ekt_maximum", "unknown", "ekt_percentage"),
        # far from the ceiling: decided
        ("Mag een observatie ongeveer drie maanden duren?", "observatie_duur", "yes", None),
        ("Is een EKT van ongeveer 60 procent van het basisbedrag toegestaan?", "ekt_maximum", "no", None),
        # exact numbers on the ceiling are decided
        ("Mag een observatie een jaar duren?", "observatie_duur", "yes", None),
        ("Is een EKT van 25% van het basisbedrag toegestaan?", "ekt_maximum", "yes", None),
    ],
)
def test_rough_numbers_decide_only_when_robust(book: RuleBook, question: str, rule: str, outcome: str,
                                               asked: str | None) -> None:
    v = book.check_question(question, as_of=STAND)
    assert v is not None and (v.rule_id, v.outcome) == (rule, outcome)
    missing = [m.fact for m in v.missing_facts]
    if asked is None:
        assert not missing
    else:
        assert asked in missing
        assert asked not in v.facts  # not shown as understood either
