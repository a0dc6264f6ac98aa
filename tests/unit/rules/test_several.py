"""A message about several clients that asks about one: what it says of the others is not read (rules/several.py)."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.rules import RuleBook
from assistant.rules.several import about_the_one_asked

pytestmark = pytest.mark.unit

STAND = date(2026, 6, 1)


@pytest.mark.parametrize(("text", "gone", "kept"), [
    ("Bij meneer L. leveren wij de persoonlijke verzorging; bij mevrouw M. doen wij alleen de dagbesteding. "
     "Zijn wij verantwoordelijk voor de mondverzorging van mevrouw M.?", "leveren wij", "alleen de dagbesteding"),
    ("Twee aanmeldingen met zorgprofiel 5: cliënt A heeft beveiligingsniveau 1 nodig, cliënt B niveau 3. "
     "Kan cliënt B bij ons terecht?", "niveau 1", "niveau 3"),
    ("Sanne heeft LVG 1 en een pgb sinds 2019; Mo heeft LVG 3, en beide besluiten lopen nog. Mag Mo een pgb houden?",
     "LVG 1", "beide besluiten lopen nog"),
    # the one asked is named in the statement just before a bare "Past dat?"
    ("Locatie A heeft een advies voor twaalf plaatsen. Locatie B heeft geen positief advies. Voor locatie B willen "
     "we 1.000 dagen. Past dat?", "twaalf", "geen positief advies"),
    # a part that names no one after a part about someone is about that someone
    ("Meneer F. wil hem voor zijn zorg. Mevrouw G. krijgt er ook een, maar waarvoor zij hem gebruikt, is niet "
     "uitgezocht. Wordt die van mevrouw G. vergoed?", "voor zijn zorg", "waarvoor zij hem gebruikt"),
    ("Two families: family A is charged for cooling; family B is charged rent for the empty room. May the costs "
     "charged to family B be billed to the relatives?", "cooling", "empty room"),
])
def test_what_is_said_of_the_others_is_blanked(text: str, gone: str, kept: str) -> None:
    out = about_the_one_asked(text)
    assert len(out) == len(text)
    assert gone not in out and kept in out


@pytest.mark.parametrize("text", [
    "Meneer B. heeft een MPT zonder behandeling. Mag ergotherapie voor meneer B. naast het MPT?",  # one referent
    "Cliënt A heeft VG5 en cliënt B VG6. Geldt de toeslag voor cliënt A en cliënt B?",  # the question names both
    "Het is een REC. Het heeft een advies. Mogen wij C&A declareren?",  # "Het" is no first name
])
def test_a_message_about_one_or_asking_about_two_passes_unchanged(text: str) -> None:
    assert about_the_one_asked(text) == text


def test_the_rule_check_reads_only_the_one_asked_about() -> None:
    book = RuleBook.load()
    q = ("Bij meneer L. leveren wij de persoonlijke verzorging; bij mevrouw M. doen wij alleen de dagbesteding en doet "
         "een andere aanbieder de persoonlijke verzorging. Zijn wij verantwoordelijk voor de dagelijkse mondverzorging "
         "van mevrouw M.?")
    v = book.check_question(q, as_of=STAND)
    assert v is not None and v.rule_id == "dagelijkse_mondverzorging" and v.outcome == "no"
