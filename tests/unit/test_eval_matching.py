"""The eval harness compares labels with answers and passages the same way for every pipeline: a word that a PDF
breaks with a hyphen ("maximum- tarief", "2020- 2022") counts as the same word written whole or with a hyphen."""

from __future__ import annotations

import pytest

from evals.__main__ import _has_fact
from evals.metrics import contains_quote, unhyphenate

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
