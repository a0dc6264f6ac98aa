"""Typing slips read as meant (assistant/typos.py): one slip away from exactly one word, never a word, a name, a code,
an English word, an inflected form or the second half of a split compound."""

from __future__ import annotations

import pytest

from assistant.typos import read_typos

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(("typed", "meant"), [
    ("mag zzp vv9b geleverd worden op onze locatie zonder beahndeling?",
     "mag zzp vv9b geleverd worden op onze locatie zonder behandeling?"),
    ("de behandeling is pas NA de verhuizing begonen", "de behandeling is pas NA de verhuizing begonnen"),
    ("Het zorgkantor zegt dat de indicaite loopt.", "Het zorgkantoor zegt dat de indicatie loopt."),
    ("Mag de instellnig de ademhalingsondresteuning declareren?",
     "Mag de instelling de ademhalingsondersteuning declareren?"),
    ("wordt dat bovenbudgetair vergoed", "wordt dat bovenbudgettair vergoed"),
])
def test_a_slip_is_read_as_the_word_meant(typed: str, meant: str) -> None:
    assert read_typos(typed) == meant


@pytest.mark.parametrize("text", [
    "Wij zijn Zorggroep Beekzicht aan de Kerkstraat.",  # names (capitalised) stay
    "Mijn vader heeft meerzorg en een zorgprofiel VV7.",  # words of the documents
    "Geldt de toeslag voor de verzorgenden en voor invasief beademde cliënten?",  # inflected forms
    "Het is besproken aan de regiotafel van het woonzorgcentrum.",  # compounds of two words
    "de wet lang durige zorg",  # the second half of a split compound
    "my son's situaton won't change, can the zorgkantoor decide that?",  # English, even misspelt, stays
    "Het besluit is toegekent aan ons cliëntje.",  # a d/t slip or a diminutive: no third word guessed
    "ggz-wonen, wlz-indicatie, info@zorg.nl",  # hyphenated words, codes, addresses
    # review: lower-case names and rare words (a slip leaves the first letter; a rare word is not read instead)
    "fivoor zozijn alliade orthodont geappt herbruik hernummerd",
    "favour subsidises categorise",  # British spellings are English too
    "de aanvraag is afgewesen",  # afgeweken or afgewezen: not guessed
    "zie https://www.zorg.nl/zoek?q=behandelign of mail info@zorgkantor.nl",  # addresses stay
])
def test_words_names_and_forms_stay(text: str) -> None:
    assert read_typos(text) is text


def test_an_accent_typed_apart_joins_its_letter() -> None:
    import unicodedata

    assert read_typos(unicodedata.normalize("NFD", "geïndiceerde cliënten")) == "geïndiceerde cliënten"
