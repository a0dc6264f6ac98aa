"""What the tuning questions of set 28 showed: a percentage named in one word ("kortingspercentage") is the
percentage of that thing, and a percentage of something else ("een tariefsverhoging van 6,2%") does not give it;
"Is er een maximum aan het aantal …?" asks for the number; "de cut-off date" asks for a day; a tariff in a compound
("het maximumtarief") asks for an amount; the law's sub-item markers ("2°.") count nothing; a system written in mixed case ("DigiMV") is a name the sources must know."""

from __future__ import annotations

import pytest

from assistant.answer.asked import classify, holds_value
from assistant.answer.gate import _no_value, _unknown_name

from .gate_fixtures import signals

pytestmark = pytest.mark.unit


def test_a_percentage_named_in_one_word_is_of_that_thing() -> None:
    question = "Het kortingspercentage dat zorgkantoren toepassen op het maximumtarief voor VG7 is toch landelijk 5%?"
    assert classify(question).subject == "korting"
    other = "Eerder onderzoek heeft voor 2025 geresulteerd in een tariefsverhoging voor VG7 van 6,2%."
    refused = _no_value(signals(question, other))
    assert refused is not None and refused[0] == "no_value"
    said = "Zorgkantoren passen op het maximumtarief voor VG7 een korting van 5% toe."
    assert _no_value(signals(question, said)) is None


@pytest.mark.parametrize(("question", "value"), [
    ("Is er een maximum aan het aantal onderaannemers dat wij mogen inschakelen?", "count"),
    ("Wat is de cut-off date voor het aanvragen van de verlenging?", "date"),
    ("Wat is het maximumtarief voor ZZP VV 5 inclusief behandeling?", "amount"),
    ("Wat is het uurtarief voor C&A?", "amount"),
])
def test_value_questions_in_other_words(question: str, value: str) -> None:
    asked = classify(question)
    assert (asked.shape, asked.value) == ("value", value)
    assert classify("Wat is de cut-off date?").day


def test_a_sub_item_marker_counts_nothing() -> None:
    asked = classify("Is er een maximum aan het aantal onderaannemers?")
    assert not holds_value(asked, "2°. hij de verzekerde de keuze laat uit alle geschikte zorgaanbieders")
    assert holds_value(asked, "Een aanbieder mag ten hoogste drie onderaannemers inschakelen.")


def test_a_system_in_mixed_case_must_be_known() -> None:
    text = "Een Wlz-uitvoerder zendt voor 1 juli aan de zorgautoriteit een financieel verslag."
    found = _unknown_name(signals("Moeten wij onze jaarverantwoording via DigiMV aanleveren?", text))
    assert found is not None and found[0] == "unknown_name"
    assert _unknown_name(signals("Moeten wij ons financieel verslag aan de zorgautoriteit zenden?", text)) is None


def test_a_boards_short_form_is_no_system_name() -> None:
    text = "Het grote aandeel van meerzorgcliënten in VG7 (27%) vormt een reden voor nader onderzoek."
    assert _unknown_name(signals("Voor de presentatie aan de RvT: hoe groot is het aandeel meerzorg in VG7?", text)) \
        is None


@pytest.mark.parametrize(("question", "shape", "value"), [
    # a cut-off that is no date, a tariff asked when or how
    ("Wat is de cut-off score voor een Wlz-indicatie?", "other", ""),
    ("Wanneer wordt het maximumtarief voor 2026 bekend?", "value", "date"),
    ("Hoe wordt het maximumtarief berekend?", "other", ""),
])
def test_near_misses_of_the_new_value_questions(question: str, shape: str, value: str) -> None:
    asked = classify(question)
    assert (asked.shape, asked.value) == (shape, value)


def test_a_size_in_the_percentage_word_is_no_subject() -> None:
    assert classify("Wat is het maximumpercentage voor de korting?").subject == ""
