"""Phrasings found while tuning on the older development splits at stop 61: a start of declaring said as a rough
part of a month ("vanaf ergens half april", "per medio mei", "vanaf eind april") is a span of days, and the check
decides only when every day of it gives the same answer."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.rules import RuleBook

from .concept_helpers import verdict_at

pytestmark = pytest.mark.unit

STAND = date(2026, 3, 5)


@pytest.mark.parametrize(("text", "outcome"), [
    # the span lies after the advice's first day: yes
    ("Ons positieve CElz-advies als REC Korsakov heeft als ingangsdatum 1 maart 2026. We willen het ZZP declareren "
     "vanaf ergens half april. Mag dat?", "yes"),
    ("Ons CElz-advies als REC gaat in op 1 april 2026. Mogen we het ZZP declareren per medio mei?", "yes"),
    # the span lies before it: no
    ("Ons CElz-advies als DEC NAH+ gaat in op 1 mei 2026. Mogen we het ZZP declareren vanaf half april?", "no"),
    # the advice starts within the span: some days are before it, some after: not decided, asked
    ("Ons CElz-advies als DEC NAH+ gaat in op 15 april 2026. Mogen we het ZZP declareren vanaf half april?",
     "unknown"),
])
def test_a_rough_part_of_a_month_is_a_span_of_days(book: RuleBook, text: str, outcome: str) -> None:
    assert verdict_at(book, text, STAND) == ("lvhc_zzp_declaratie", outcome)


def test_the_beginning_of_a_month_is_its_first_day(book: RuleBook) -> None:
    text = "Ons CElz-advies als REC gaat in op 1 mei 2026. Mogen we het ZZP declareren vanaf begin mei?"
    assert verdict_at(book, text, STAND) == ("lvhc_zzp_declaratie", "yes")
