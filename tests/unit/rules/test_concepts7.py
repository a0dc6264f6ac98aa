"""Concepts from the seventh tuning split (h7-dev, issue 12): each a structural cause of a miss, not a sentence."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.rules import RuleBook

pytestmark = pytest.mark.unit

BOOK = RuleBook.load()
STAND = date(2026, 12, 1)


def _check(question: str) -> tuple[str, str] | None:
    v = BOOK.check_question(question, as_of=STAND)
    return None if v is None else (v.rule_id, v.outcome)


def test_lvg_treatment_with_another_sectors_indication_is_not_the_lvg_indication_duration() -> None:
    # h7-121: "LVG" only through the treatment, the indication is a VG one: the stay after the treatment is asked
    # (was a wrong "ja" from lvg_indicatie_duur: nine months is within three years)
    q = ("Na zijn LVG-behandeling kreeg hij een VG-indicatie en wacht hij op een plek. Hij is nu negen maanden na de "
         "behandeling nog bij ons. Vergoedt het zorgkantoor dat nog?")
    assert "lvg_indicatie_duur" not in {r for r, _ in BOOK.route(q)}
    assert _check(q) == ("sglvg_na_behandeling_blijven", "no")
    # an (SG)LVG indication named in any of these ways still routes there
    assert _check("Kan een LVG-indicatie voor 4 jaar worden afgegeven?") == ("lvg_indicatie_duur", "no")
    assert _check("Mijn zoon heeft een indicatie voor SGLVG gekregen voor 2 jaar. Kan dat?") == ("lvg_indicatie_duur", "yes")
