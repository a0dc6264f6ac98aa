"""Invalid rule files are rejected at load time with a clear RuleError naming file and rule."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.errors import RuleError
from assistant.rules import DEFAULT_CORPUS_DIR
from assistant.rules.loader import load_corpus, load_rule_file

pytestmark = pytest.mark.unit

INVALID = Path(__file__).parent / "invalid"

EXPECTED = {
    "overlapping_versions.yaml": "overlappen",
    "unknown_fact.yaml": "onbekend gegeven 'aantal_kamers'",
    "missing_cite.yaml": "cite",
    "quote_not_found.yaml": "staat niet (meer) in",
    "quote_in_furniture.yaml": "staat niet (meer) in",  # letterhead: in the file, not in the indexed text
    "supersedes_not_later.yaml": "niet later",
    "fact_not_declared.yaml": "staat niet in de lijst 'facts'",
    "bad_operator.yaml": "precies één operator",
    "bad_excludes.yaml": "ongeldig zoekpatroon",
    "empty_trigger.yaml": "een trigger heeft 'terms' of 'more_than'",
}


def test_all_invalid_files_listed() -> None:
    assert {p.name for p in INVALID.glob("*.yaml")} == set(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_invalid_rule_file_rejected(name: str) -> None:
    corpus = load_corpus(DEFAULT_CORPUS_DIR.resolve())
    with pytest.raises(RuleError) as info:
        load_rule_file(INVALID / name, corpus)
    message = info.value.message_nl
    assert name in message
    assert "voorbeeld_regel" in message
    assert EXPECTED[name] in message
