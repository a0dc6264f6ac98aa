"""The one splitter of a message into sentences (``assistant/sentences.py``)."""

from __future__ import annotations

import pytest

from assistant.sentences import sentence_spans, sentences

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(("text", "expected"), [
    ("Mijn moeder heeft VV6. Wie betaalt de tandarts?", ["Mijn moeder heeft VV6.", "Wie betaalt de tandarts?"]),
    # whatever the case of the next word
    ("klopt dat? en hoe zit het met de tandarts?", ["klopt dat?", "en hoe zit het met de tandarts?"]),
    # a pasted form's lines
    ("Zorgprofiel: VG8\nLocatie: De Linde\nMag dat?", ["Zorgprofiel: VG8", "Locatie: De Linde", "Mag dat?"]),
    # abbreviations, lower case or capitalised
    ("Bijv. een rolstoel of evt. een tillift. Wie betaalt?", ["Bijv. een rolstoel of evt. een tillift.", "Wie betaalt?"]),
    ("Mw. Jansen krijgt o.a. fysiotherapie. Mag dat?", ["Mw. Jansen krijgt o.a. fysiotherapie.", "Mag dat?"]),
    # in capitals it is a word
    ("Mijn vader heeft MS. Mag hij naar een MS+-plek?", ["Mijn vader heeft MS.", "Mag hij naar een MS+-plek?"]),
    ("We zijn aangewezen als DEC. Mogen we declareren?", ["We zijn aangewezen als DEC.", "Mogen we declareren?"]),
    # a month before a number, and not before a word
    ("Opname per 1 jan. 2026. Mag C&A erbij?", ["Opname per 1 jan. 2026.", "Mag C&A erbij?"]),
    # initials and names; a code's last letter
    ("Het gaat om meneer P. de Vries. Mag hij …?", ["Het gaat om meneer P. de Vries.", "Mag hij …?"]),
    ("Mevrouw J. heeft VV5. Geldt dat?", ["Mevrouw J. heeft VV5.", "Geldt dat?"]),
    ("mevrouw J.M. van der Linden-Bosch", ["mevrouw J.M. van der Linden-Bosch"]),
    ("Wij willen verpleeghuis A. Maar dat zit vol.", ["Wij willen verpleeghuis A.", "Maar dat zit vol."]),
    ("Cliënt B heeft GGZ-W. Mijn vraag gaat over cliënt B.", ["Cliënt B heeft GGZ-W.", "Mijn vraag gaat over cliënt B."]),
    # a closing quote belongs to the sentence; a bracket after a mark ends none
    ("Ze vroeg: 'Mag dat?' Ik weet het niet.", ["Ze vroeg: 'Mag dat?'", "Ik weet het niet."]),
    ("Ik heb een klacht ingediend (dus geen bezwaar!) over het CIZ.", ["Ik heb een klacht ingediend (dus geen bezwaar!) over het CIZ."]),
    # numbers
    ("Het kost € 1.500 per maand. Te veel?", ["Het kost € 1.500 per maand.", "Te veel?"]),
    # nothing but marks or an emoji is no sentence
    ("Mag dat? 🤔", ["Mag dat?"]),
    ("", []),
])
def test_sentences(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_spans_index_the_text() -> None:
    text = "Eerst dit. Dan dat?\nEn nog iets"
    spans = sentence_spans(text)
    assert [text[a:b].strip() for a, b in spans] == ["Eerst dit.", "Dan dat?", "En nog iets"]
    assert all(0 <= a < b <= len(text) for a, b in spans)
    assert text[spans[1][1] - 1] == "?"  # a line break is not part of the sentence before it


@pytest.mark.parametrize(("text", "expected"), [
    # a title or another initial before it: a name, whatever the case of the next word
    ("Meneer P. De Vries heeft VV6. Mevrouw K. Jansen ook.", ["Meneer P. De Vries heeft VV6.", "Mevrouw K. Jansen ook."]),
    ("Van: A.P. Verhoef", ["Van: A.P. Verhoef"]),
    # a capital after a bare letter opens a sentence
    ("Ze woont op afdeling B. Vergoedt de Wlz haar tandarts?", ["Ze woont op afdeling B.", "Vergoedt de Wlz haar tandarts?"]),
    # lower case only: "max." and "st." as abbreviations, "Max" a name
    ("Het is max. 3 uur per week. Mag dat?", ["Het is max. 3 uur per week.", "Mag dat?"]),
    ("Mijn zoon heet Max. Hij heeft LVG 4.", ["Mijn zoon heet Max.", "Hij heeft LVG 4."]),
    # the rule check reads lower case: "ms." is the disease
    ("ze heeft vv5 en ms. welke hulpmiddelen vergoedt de wlz?", ["ze heeft vv5 en ms.", "welke hulpmiddelen vergoedt de wlz?"]),
])
def test_names_and_abbreviations(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected
