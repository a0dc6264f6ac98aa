"""Common misspellings (data/facts/spelling.yaml) are read as the word meant, with every offset kept."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from assistant.errors import RuleError
from assistant.rules import RuleBook
from assistant.rules.facts import extract, lower_same_length, normalize_question, respell, snippet
from assistant.rules.registry import load_spelling, spelling

pytestmark = pytest.mark.unit

TABLE = spelling()


def test_table_is_not_empty_and_same_length() -> None:
    assert TABLE
    for wrong, right in TABLE.items():
        assert len(wrong) == len(right) and wrong != right


@pytest.mark.parametrize(("wrong", "right"), sorted(TABLE.items()))
def test_each_misspelling_reads_as_meant(wrong: str, right: str) -> None:
    assert respell(f"de {wrong} en de {wrong}en") == f"de {right} en de {right}en"
    assert normalize_question(f"De  {wrong.upper()}?") == f"de {right}?"
    assert lower_same_length(f"De {wrong.capitalize()}.") == f"de {right}."


def test_only_at_a_word_start() -> None:
    assert respell("xtandarst") == "xtandarst"
    assert respell("ex-tandarst") == "ex-tandarst"


def test_span_shows_the_users_own_words() -> None:
    text = "Mijn vader heeft een persoonsgebonden budjet. Valt zijn tandarts onder de Wlz?"
    found = extract(text, ["leveringsvorm"], today=date(2026, 6, 1))["leveringsvorm"]
    assert found.value == "pgb"
    assert snippet(text, found) == "persoonsgebonden budjet"


def test_a_misspelled_question_gets_the_same_verdict(book: RuleBook) -> None:
    right = book.check_question("Kan mijn cliënt met een LVG4-zorgprofiel zijn zorg met een persoonsgebonden budget "
                                "regelen?", as_of=date(2026, 12, 1))
    wrong = book.check_question("Kan mijn cliënt met een LVG4-zorgprofiel zijn zorg met een persoonsgebonden budjet "
                                "regelen?", as_of=date(2026, 12, 1))
    assert right is not None and wrong is not None
    assert (wrong.rule_id, wrong.outcome) == (right.rule_id, right.outcome) == ("lvg_pgb", "no")


@pytest.mark.parametrize("body", [
    "spelling:\n  tandarst: tandarts\n  budjet: budgett\n",  # not the same length
    "spelling:\n  bud: but\n",  # too short
    "spelling:\n  Budjet: budget\n",  # not lower case
    "- budjet\n",  # no mapping
    "spelling: [budjet]\n",
])
def test_a_broken_table_fails_loudly(tmp_path: Path, body: str) -> None:
    path = tmp_path / "spelling.yaml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(RuleError, match="spellingslijst"):
        load_spelling(path)
