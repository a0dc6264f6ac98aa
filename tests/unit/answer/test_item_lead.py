"""An enumeration item that opens with a pronoun ("d. hij ervoor zorgt dat …") is quoted after the lead-in that says
who "hij" is ("De Wlz-uitvoerder heeft een zorgplicht, die inhoudt dat:"), when its passage holds that lead-in."""

from __future__ import annotations

import pytest

from assistant.answer.extractive import Sentence, _item_lead, _readable

from .gate_fixtures import passage

pytestmark = pytest.mark.unit

TEXT = ("Let op:\n\n2. De Wlz-uitvoerder heeft een zorgplicht, die inhoudt dat:\n\na. hij de verzekerde informeert;\n\n"
        "b. hij ervoor zorgt dat een cliëntenvertrouwenspersoon beschikbaar is.\n\nc. behandeling, omvattende:\n\n"
        "1°. hij de zorg regelt;")


def _sentence(text: str) -> Sentence:
    p = passage(TEXT)
    start = TEXT.index(text)
    return Sentence(0, p, start, start + len(text), text, 1.0)


def test_the_lead_in_of_a_pronoun_item() -> None:
    lead = _item_lead(_sentence("b. hij ervoor zorgt dat een cliëntenvertrouwenspersoon beschikbaar is."))
    assert lead is not None and lead.text == "2. De Wlz-uitvoerder heeft een zorgplicht, die inhoudt dat:"
    sub = _item_lead(_sentence("1°. hij de zorg regelt;"))  # a sub-item leads in under its own item
    assert sub is not None and sub.text == "c. behandeling, omvattende:"


def test_readable_quotes_the_lead_in_before_the_item_once() -> None:
    item = _sentence("b. hij ervoor zorgt dat een cliëntenvertrouwenspersoon beschikbaar is.")
    out = [s.text for s in _readable([item])]
    assert out == ["2. De Wlz-uitvoerder heeft een zorgplicht, die inhoudt dat:", item.text]
    lead = _sentence("2. De Wlz-uitvoerder heeft een zorgplicht, die inhoudt dat:")
    assert [s.text for s in _readable([lead, item])] == [lead.text, item.text]  # already quoted: not twice


def test_no_lead_in_over_a_plain_sentence() -> None:
    text = "De zorgaanbieder levert zorg. a. hij regelt het vervoer;"
    p = passage(text)
    start = text.index("a. hij")
    assert _item_lead(Sentence(0, p, start, len(text), text[start:], 1.0)) is None
