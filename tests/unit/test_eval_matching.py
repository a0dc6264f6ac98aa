"""The eval harness compares labels with answers and passages the same way for every pipeline: a word that a PDF
breaks with a hyphen ("maximum- tarief", "2020- 2022") counts as the same word written whole or with a hyphen."""

from __future__ import annotations

import pytest

from evals.__main__ import _has_fact
from evals.metrics import contains_quote, quoted_units, unhyphenate

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(("text", "joined"), [
    ("het maximum- tarief", "het maximumtarief"),
    ("in 2020- 2022", "in 20202022"),
    ("het maximum-tarief", "het maximumtarief"),
    ("- een opsomming\n- nog een", "- een opsomming\n- nog een"),
    ("zorg - en", "zorg - en"),
])
def test_a_hyphen_inside_a_word_is_dropped_and_a_dash_between_words_is_kept(text: str, joined: str) -> None:
    assert unhyphenate(text) == joined


def test_a_key_fact_matches_a_line_break_hyphen_but_not_other_numbers() -> None:
    assert _has_fact("Voor de jaren 2020- 2022 gold een overgang.", "2020-2022")
    assert not _has_fact("Voor de jaren 2020 en 2022 gold een overgang.", "2020-2022")


def test_a_gold_quote_matches_the_passage_that_joins_the_broken_word() -> None:
    assert contains_quote("Het maximumtarief geldt voor alle zorgaanbieders.", "het maximum- tarief geldt")
    assert not contains_quote("Het minimumbedrag staat in de regeling.", "het maximum- tarief geldt")


def test_a_list_item_quoted_again_counts_twice() -> None:
    answer = ("a. verblijf in een instelling, waaronder in elk geval: [1]\n- eten en drinken\n\n"
              "Het pakket omvat: [1]\n- verblijf in een instelling, waaronder in elk geval:\n  - eten en drinken\n"
              "- logeeropvang [2]\n\nDe toeslag geldt voor VG5. [3] Meer staat er niet. [3]")
    units = quoted_units(answer)
    assert units.count("verblijf in een instelling, waaronder in elk geval") == 2
    assert units.count("eten en drinken") == 2
    assert "logeeropvang" in units and "de toeslag geldt voor vg5" in units and "meer staat er niet" in units
    assert len(quoted_units("Eén zin. [1] Een andere zin. [2]")) == 2
