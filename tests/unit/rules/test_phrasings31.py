"""Checklists with the mark after the item, a crossed item that names one value of a pair, form labels that state a
fact alone, and a total said after a running duration (misses of h30-dev)."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.rules import RuleBook
from assistant.rules.facts import extract
from assistant.rules.shorthand import read_checklist

from .concept_helpers import verdict_at

pytestmark = pytest.mark.unit

STAND = date(2026, 6, 1)


def test_a_mark_after_its_item_in_a_table_row_is_read_as_before_it() -> None:
    read = read_checklist("ZZP ZGvis 1 ✔ | behandeling voor een beperkte periode ✘ (structureel) | Mag dat?")
    assert "behandeling voor een beperkte periode: nee" in read
    assert "Mag dat?" in read and "Mag dat?: nee" not in read
    # one per line, as a pasted list
    assert read_checklist("Besloten setting ✅\nAVG ❌\nMag dat?").split("\n").count("AVG: nee") == 1
    # a mark in a sentence is no checklist
    assert read_checklist("Wij vinden het mooi ✅ en dan?") == "Wij vinden het mooi ✅ en dan?"


@pytest.mark.parametrize(("question", "expected"), [
    ("ZZP ZGvis 1 ✔ | behandeling voor een beperkte periode ✘ (structureel, blijvend nodig) | Mogen we behandeling ZG "
     "naast het ZZP declareren?", ("zg_behandeling_naast_zgvis", "no")),
    # the crossed value of a pair is not named: the ticked one is
    ("Aanvraag spraakcomputer: ✘ primaire communicatie met zorgverleners ✔ secundaire communicatie (tablet-app om met "
     "familie te bellen). Wordt die 100% bovenbudgettair vergoed?", ("spraakhulpmiddel_bovenbudgettair", "no")),
    ("Kleinschalige woonvorm: ❌ behandeling op de locatie ✅ 24-uurs verpleging. Mogen we hier ZZP VV9b leveren?",
     ("zzp_vv9b_locatie", "no")),
    ("Kleinschalige woonvorm: ✅ behandeling op de locatie ✅ 24-uurs verpleging. Mogen we hier ZZP VV9b leveren?",
     ("zzp_vv9b_locatie", "yes")),
    ("Meneer woont in onze Wlz-instelling, heeft een indicatie verblijf met behandeling en krijgt de behandeling van "
     "onze eigen instelling. Valt tandheelkundige zorg voor hem onder de Wlz?", ("tandheelkundige_zorg_wlz", "yes")),
    ("De observatie duurt inmiddels ruim een jaar en we willen nog even doorgaan, tot zo'n vijftien maanden in totaal. "
     "Mag dat met toeslag observatie?", ("observatie_duur", "no")),
])
def test_situations_of_set_30(book: RuleBook, question: str, expected: tuple[str, str]) -> None:
    assert verdict_at(book, question, STAND) == expected


def test_a_total_is_read_only_when_said_last_and_largest() -> None:
    assert extract("de observatie duurt een half jaar en we willen verlengen tot tien maanden in totaal.")[
        "duur_maanden"].value == 10
    # more said after the total: which is meant stays open
    assert "duur_maanden" not in extract("de observatie duurt in totaal 9 maanden, en daarna nog 3 maanden.")
    # a form's label answered "nee" names no value of a pair
    assert extract("spraakcomputer\nprimaire communicatie: nee\nsecundaire communicatie")[
        "hulpmiddel_soort"].value == "spraak_secundair"
