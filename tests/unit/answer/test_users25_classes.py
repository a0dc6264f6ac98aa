"""What the tuning questions of set 25 showed: a deadline asked ("by when …") is answered by a term after an event
("binnen zes weken na aanvang"); "hoger of lager?" asks which way, not an amount; a "Wat als …?" before the real
question only sets its case."""

from __future__ import annotations

import pytest

from assistant.answer.gate import Signals, _no_value
from assistant.chat import PREMISE_PART

from .gate_fixtures import signals as gate_signals

pytestmark = pytest.mark.unit

ZORGPLAN = ("De zorgaanbieder legt binnen zes weken na aanvang van de zorgverlening de uitkomsten van de bespreking vast "
            "in een zorgplan.")
TARIEF = "Concreet betekent dit dat er twee prestaties ontstaan, waarbij het tarief voor VG7-plus hoger is."


def _signals(question: str, text: str) -> Signals:
    return gate_signals(question, text, section="Artikel 8.1.3")


def test_a_term_after_an_event_answers_a_deadline() -> None:
    assert _no_value(_signals("By when does the provider have to put the zorgplan in writing?", ZORGPLAN)) is None
    # a date asked without a deadline is still not answered by a term
    assert _no_value(_signals("Op welke datum is het zorgplan voor het eerst vastgelegd?", ZORGPLAN)) is not None
    week = "De zorgaanbieder stuurt binnen een week na ontvangst een bevestiging."
    assert _no_value(_signals("By when does the provider have to confirm receipt?", week)) is None


def test_which_way_is_no_amount() -> None:
    question = "Krijgen we voor VG7-plus een ander tarief dan voor VG7? Hoger of lager?"
    assert _no_value(_signals(question, TARIEF)) is None
    assert _no_value(_signals("Hoeveel euro is het tarief voor VG7-plus?", TARIEF)) is not None
    # "more or less" is "roughly", and a "hoeveel" beside "hoger of lager" still asks an amount
    assert _no_value(_signals("How many euros is the VG7-plus tariff, more or less?", TARIEF)) is not None
    assert _no_value(_signals("Hoeveel euro is het tarief voor VG7-plus en is dat hoger of lager dan VG7?",
                              TARIEF)) is not None


@pytest.mark.parametrize(("part", "premise"), [
    ("Wat als we verhuizen naar een andere regio?", True),
    ("Wat gebeurt er als ik de eigen bijdrage niet betaal?", True),
    ("What if the zorgkantoor says no?", True),
    ("Stel dat het CIZ de indicatie herziet?", True),
    ("Wat is een REC?", False),
    ("Wat moet ik doen als mijn vader verhuist?", False),
    ("Wat als zorgaanbieder moet ik regelen?", False),  # "what, as a provider"
])
def test_a_what_if_part_only_sets_the_case(part: str, premise: bool) -> None:
    assert bool(PREMISE_PART.match(part)) is premise
