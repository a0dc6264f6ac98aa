"""What an abbreviation stands for: "Waar staat CElz voor?", "Wat betekent de afkorting REC?", "What does SGLVG stand
for?" lead with the sentence that writes it out; "Wat betekent die afkorting?" after a quoted one asks about that
one, and is refused where the sources never write it out."""

from __future__ import annotations

import pytest

from assistant.answer.extractive import asked_term, select, with_definition
from assistant.answer.gate import _no_expansion

from .gate_fixtures import signals
from .test_shapes import hit

pytestmark = pytest.mark.unit

_LISTED = ("Er zijn interviews afgenomen met cliëntenorganisaties, projectleiders van de pilots, ZN, NZa, QXBM, VNG, "
           "VGN en Zinl.")
_WRITTEN_OUT = "In 2020 is de Commissie Expertisecentra langdurige zorg (CElz) ingesteld."


@pytest.mark.parametrize(("question", "term"), [
    ("Waar staat CElz voor?", "CElz"),
    ("Waar staat LVHC eigenlijk voor?", "LVHC"),
    ("Wat betekent de afkorting REC?", "REC"),
    ("Wat is de betekenis van de afkorting 'DEC'?", "DEC"),
    ("What does SGLVG stand for?", "SGLVG"),
    ("What does the abbreviation CCE mean?", "CCE"),
])
def test_asking_what_an_abbreviation_stands_for_names_it_as_the_term(question: str, term: str) -> None:
    assert asked_term(question) == term


@pytest.mark.parametrize("question", ["Waar staat de regel over logeren?", "Wat betekent de VG7-brief voor ons?",
                                      "What does the zorgkantoor stand for in this?"])
def test_other_questions_with_those_words_ask_no_abbreviation(question: str) -> None:
    assert asked_term(question) == ""


def test_the_sentence_that_writes_it_out_comes_first() -> None:
    other = hit("Zorgkantoren gebruiken het advies van de CElz vervolgens voor de zorginkoop.")
    defining = hit(_WRITTEN_OUT, doc="z").passage
    for question in ("Waar staat CElz voor?", "Wat betekent de afkorting CElz?"):
        hits = with_definition(question, [other], [other.passage, defining])
        assert select(question, hits)[0].text == _WRITTEN_OUT
    listed = hit("Aangewezen zijn regionale en doelgroepen expertisecentra (hierna: REC en DEC) voor Korsakov.", doc="z")
    assert select("Waar staat REC voor?", with_definition("Waar staat REC voor?", [other], [listed.passage]))[0] \
        .text.startswith("Aangewezen zijn regionale")


@pytest.mark.parametrize("question", [
    "In de lijst van geïnterviewde partijen staat 'QXBM'. Wat betekent die afkorting?",
    "Wat betekent de afkorting QXBM?",
    "The list of interviewees has “QXBM”. What does that abbreviation stand for?",
])
def test_an_abbreviation_only_listed_is_refused(question: str) -> None:
    refusal = _no_expansion(signals(question, _LISTED, [_LISTED]))
    assert refusal is not None and refusal[0] == "no_expansion" and "QXBM" in refusal[1]


def test_that_abbreviation_needs_one_quoted_abbreviation_and_a_written_out_one_is_answered() -> None:
    two = "In de lijst staan 'QXBM' en 'QXNZ'. Wat betekent die afkorting?"
    assert _no_expansion(signals(two, _LISTED, [_LISTED])) is None  # which one is meant is not clear
    assert _no_expansion(signals("Wat betekent de afkorting CElz?", _WRITTEN_OUT, [_WRITTEN_OUT])) is None


@pytest.mark.parametrize("question", ["Waar staat dat voor?", "Waar staat het voor?", "What does that stand for?"])
def test_a_pronoun_is_no_abbreviation(question: str) -> None:
    assert asked_term(question) == ""
