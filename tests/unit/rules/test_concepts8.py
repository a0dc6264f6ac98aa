"""Concepts from the last misses of the seventh tuning split (h7-dev, issue 12): each a structural cause, not a
sentence; the variants below are written here, not taken from the set."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.rules.facts import extract_facts, more_than

from .concept_helpers import STAND, verdict

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(("text", "expected"), [
    # h7-025: the later count without its unit, once a count with it was named
    ("het advies noemt 14 plaatsen. kunnen we afspreken dat het er 18 worden?", True),
    ("het advies noemt 14 plaatsen. kunnen we dat naar 20 brengen?", True),
    ("het advies noemt twaalf plaatsen. gaan we dan tot vijftien?", True),
    # not more, not a count, or no count with the unit before it
    ("het advies noemt 14 plaatsen. kunnen we dat naar 10 brengen?", False),
    ("het advies noemt 14 plaatsen. mogen we tot 2027 doorgaan?", False),
    ("het advies noemt 14 plaatsen. kunnen we tot 30 procent meer ligdagen afspreken?", False),
    ("kunnen we afspreken dat het er 18 worden?", False),
])
def test_a_later_larger_count_may_leave_out_its_unit(text: str, expected: bool) -> None:
    assert more_than("(?:plaatsen|plekken|bedden)", text) is expected


def test_raising_the_places_said_with_a_bare_count_gets_the_rule() -> None:
    assert verdict("Ons CElz-advies noemt 14 plaatsen, maar de wachtlijst is lang. Kunnen we met het zorgkantoor "
                   "afspreken dat het er 18 worden?") == ("lvhc_plaatsen_verhogen", "no")


@pytest.mark.parametrize(("text", "day"), [
    # h7-028: the declaring day as a pointer back to a date named before
    ("Ons advies gaat in per 1 september 2026. De eerste cliënt kwam op 15 september. Mogen we vanaf die 15e "
     "declareren?", date(2026, 9, 15)),
    ("Ons advies gaat in per 1 oktober 2026. De eerste cliënt kwam op 15 september. Mogen we vanaf die datum "
     "declareren?", date(2026, 9, 15)),
    ("Ons advies gaat in per 1 oktober 2026. Mogen we vanaf die datum declareren?", date(2026, 10, 1)),
])
def test_a_declaring_day_may_point_back_to_a_date_before_it(text: str, day: date) -> None:
    assert extract_facts(text, today=STAND).get("declaratie_startdatum") == day


def test_a_pointer_back_with_no_such_day_before_it_reads_nothing() -> None:
    facts = extract_facts("Ons advies gaat in per 1 september 2026. Mogen we vanaf de 20e declareren?", today=STAND)
    assert "declaratie_startdatum" not in facts


def test_the_declaring_day_pointed_back_to_decides_the_verdict() -> None:
    stem = "Ons positieve CElz-advies als DEC voor Korsakov gaat in per 1 {m} 2026. De eerste cliënt kwam op 15 september. "
    assert verdict(stem.format(m="september") + "Mogen we vanaf die 15e het ZZP declareren?") == ("lvhc_zzp_declaratie", "yes")
    assert verdict(stem.format(m="oktober") + "Mogen we vanaf die datum het ZZP declareren?") == ("lvhc_zzp_declaratie", "no")
