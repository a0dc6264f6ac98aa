"""What every passage of the shipped corpus may and may not hold: it is what answers quote."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from assistant.ingest.chunk import chunk_document, sentence_spans
from assistant.ingest.documents import Documents

pytestmark = pytest.mark.unit
ROOT = Path(__file__).resolve().parents[3]
FURNITURE = re.compile(r"Geachte voorzitter|Hoogachtend|Met vriendelijke groet|^Den Haag, \d|Retouradres|"
                       r"Correspondentie uitsluitend|^Aan de Voorzitter", re.M)
STRAY_NUMBER = re.compile(r"^\d{1,3}\s+[A-Z]")  # "12 Als een persoon …": a page, footnote or list number glued on


@pytest.fixture(scope="module")
def passages() -> list:  # type: ignore[type-arg]
    docs, problems = Documents(ROOT / "corpus").clean_all()
    assert not problems
    return [p for d in docs for p in chunk_document(d)]


def test_no_letter_furniture_in_any_passage(passages) -> None:  # type: ignore[no-untyped-def]
    bad = [p.text[:80] for p in passages if FURNITURE.search(p.text)]
    assert not bad, bad


def test_no_sentence_starts_with_a_stray_number_or_a_bare_list_label(passages) -> None:  # type: ignore[no-untyped-def]
    for p in passages:
        for s, e in sentence_spans(p.text):
            sentence = p.text[s:e].strip()
            assert not STRAY_NUMBER.match(sentence), (p.doc_id, sentence[:80])
            assert not re.fullmatch(r"(?:[a-z]|\d{1,2}°?)\.", sentence), (p.doc_id, sentence)


def test_no_sentence_ends_on_the_label_of_the_next_list_item(passages) -> None:  # type: ignore[no-untyped-def]
    # "… zetten we in voor: 1." hid the lead-in of a list from the list answer (its colon was no longer last)
    for p in passages:
        for s, e in sentence_spans(p.text):
            assert not re.search(r"[:;\n]\s*(?:[a-z]|\d{1,2}°?)\.$", p.text[s:e]), (p.doc_id, p.text[s:e][-80:])


@pytest.mark.parametrize(("text", "expected"), [
    ("Het budget zetten we in voor:\n1. Het versterken van de samenwerking.\n\n2. Modern werkgeverschap.",
     ["Het budget zetten we in voor:", "1. Het versterken van de samenwerking.", "2. Modern werkgeverschap."]),
    ("De onderwerpen zijn: 1. Het voorkomen van crises; 2. Het leren van elkaar; 3. Afspraken. Daarna volgt.",
     ["De onderwerpen zijn:", "1. Het voorkomen van crises;", "2. Het leren van elkaar;", "3. Afspraken.",
      "Daarna volgt."]),
    ("Dit staat in fase 1. Daarna volgt 2. En dan.", ["Dit staat in fase 1.", "Daarna volgt 2.", "En dan."]),
])
def test_a_list_label_opens_its_item_and_never_closes_the_lead_in(text: str, expected: list[str]) -> None:
    assert [text[a:b] for a, b in sentence_spans(text)] == expected


def test_the_letter_still_shows_its_furniture_in_the_viewer() -> None:
    docs = Documents(ROOT / "corpus")
    text = docs.clean(docs.meta("vg7-complexe-zorg-2025")).text  # type: ignore[arg-type]
    assert "Geachte voorzitter," in text and "Hoogachtend," in text  # shown, never quoted
