"""A period said by its first and last day is read as a duration (``facts._date_range``)."""

from datetime import date

import pytest

from assistant.rules import RuleBook
from assistant.rules.facts import extract_facts

pytestmark = pytest.mark.unit

BOOK = RuleBook.load()


@pytest.mark.parametrize(("text", "weeks"), [
    ("De observatie loopt van 1 februari 2026 tot 31 oktober 2026.", 38.9),
    ("De observatie loopt van 1-2-2026 t/m 28-2-2026.", 4.0),
    ("De observatie is gestart op 1 februari 2026 en eindigt op 31 oktober 2026.", 38.9),
])
def test_two_dates_that_bound_a_period_give_its_length(text: str, weeks: float) -> None:
    assert extract_facts(text, names=["duur_weken"]).get("duur_weken") == weeks


@pytest.mark.parametrize("text", [
    # two dates that do not bound one period
    "Ze is op 1 februari 2026 verhuisd en op 31 oktober 2026 jarig.",
    # the later date first
    "De observatie loopt van 31 oktober 2026 tot 1 februari 2026.",
    # a duration said in words wins over the dates
    "De observatie duurt drie maanden, van 1 februari 2026 tot 31 oktober 2026.",
])
def test_no_period_is_made_up(text: str) -> None:
    got = extract_facts(text, names=["duur_weken", "duur_maanden"])
    assert got.get("duur_weken") in (None, 13.0) and got.get("duur_maanden") in (None, 3.0)


def test_the_rule_check_compares_the_period_with_its_bound() -> None:
    nine = BOOK.check_question("The observation started on 1 February 2026 and is planned to end on 31 October 2026. "
                               "May an observation with the observation supplement last that long?",
                               as_of=date(2026, 3, 1))
    over = BOOK.check_question("De observatie loopt van 1 februari 2026 tot 1 maart 2027. Mag een observatie met "
                               "toeslag zo lang duren?", as_of=date(2026, 3, 1))
    assert nine is not None and (nine.rule_id, nine.outcome) == ("observatie_duur", "yes")
    assert over is not None and (over.rule_id, over.outcome) == ("observatie_duur", "no")
