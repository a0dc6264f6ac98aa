"""Facts as the development cases of set 30 put them, read after stop 44: a fact told on someone else's word or said
to be unchecked ("ik heb gehoord dat …", "mijn collega denkt van wel, maar niemand heeft het nagekeken", "volgens
haar buurvrouw …"), which is no fact, while what the writer hears and then asks about ("Ik heb gehoord dat … Klopt
dat?") is the question; and checklists with ticks, crosses and open boxes ("✅ …", "❌ …", "(v) …", "(?) …")."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.rules import RuleBook
from assistant.rules.facts import taken_back
from assistant.rules.shorthand import read_checklist

pytestmark = pytest.mark.unit


@pytest.fixture(scope="module")
def book() -> RuleBook:
    return RuleBook.load()


def _check(book: RuleBook, question: str, stand: date) -> tuple[str, str] | None:
    v = book.check_question(question, as_of=stand)
    return None if v is None else (v.rule_id, v.outcome)


@pytest.mark.parametrize(("text", "kept", "gone"), [
    ("De cliënt woont bij ons. Ik heb gehoord dat zijn indicatie inclusief behandeling is.", "woont", "inclusief"),
    ("Hij heeft een scootmobiel; volgens zijn zus komt die van de gemeente, maar dat kunnen we niet nagaan.",
     "scootmobiel", "gemeente"),
    ("Mijn teamleider denkt dat we de expertise in huis hebben.", "", "expertise"),
    ("Het zorgkantoor heeft er nog niet naar gekeken, de arts vindt het een bijzondere zorgbehoefte.", "",
     "bijzondere"),
    ("I heard from a colleague that she has an indication for personal care.", "", "personal care"),
])
def test_a_fact_on_someone_elses_word_is_no_fact(text: str, kept: str, gone: str) -> None:
    read = taken_back(text.lower())
    assert kept in read
    assert gone not in read


def test_what_the_writer_says_after_a_but_is_the_writers_own() -> None:
    read = taken_back("ik heb gehoord dat er een grens is, maar bij ons is de ekt 700 euro op 2.000 euro.")
    assert "grens" not in read and "700 euro" in read


def test_a_rumour_followed_by_doubt_after_a_but_stays_no_fact() -> None:
    read = taken_back("iemand van de school zei dat ze extra komt, maar of dat boven de formatie is, weet niemand.")
    assert "extra" not in read


def test_what_is_heard_and_then_asked_about_is_the_question() -> None:
    text = "ik heb gehoord dat meerzorg voor vijf jaar kan worden toegekend. klopt dat?"
    assert "vijf jaar" in taken_back(text)


@pytest.mark.parametrize(("text", "lines"), [
    ("Check: ✅ besloten setting ❌ AVG (?) hbo-begeleiders. Voldoen we?",
     ["besloten setting", "AVG: nee", "hbo-begeleiders: onbekend"]),
    ("[x] toegelaten voor behandeling [ ] afspraken met zk", ["toegelaten voor behandeling", "afspraken met zk: onbekend"]),
    # a crossed item's reason in brackets goes; a clause after its comma stays, on a line of its own
    ("✔ één locatie ✘ GZ-psycholoog (het is een basispsycholoog)", ["één locatie", "GZ-psycholoog: nee"]),
    ("(v) volledig spectrum (x) derdelijns zorg, we doen alleen langdurige zorg.",
     ["volledig spectrum", "derdelijns zorg: nee", "we doen alleen langdurige zorg"]),
])
def test_a_checklist_is_read_as_a_form(text: str, lines: list[str]) -> None:
    read = [x.strip() for x in read_checklist(text).splitlines() if x.strip()]
    for line in lines:
        assert line in read


def test_text_without_a_checklist_is_unchanged() -> None:
    for text in ("Hij heeft VV5 (x) en verder niets.", "Mag dat? Ja."):
        assert read_checklist(text) == text


@pytest.mark.parametrize(("question", "stand", "expected"), [
    # a rumour about the agreements with the zorgkantoor: not known
    ("Cliënt heeft een ZZP VV6 zonder behandeling en woont bij ons. De huisarts wil onze SO consulteren (H335). We "
     "zijn toegelaten voor behandeling, maar of er afspraken met het zorgkantoor zijn? Mijn collega denkt van wel, maar "
     "niemand heeft het nagekeken. Mogen we dat naast het ZZP declareren?", date(2026, 5, 1),
     ("wlz_behandeling_naast_zzp", "unknown")),
    # a shortage at De Borg heard, not known
    ("Eerdere interventies hielpen onvoldoende en volgens het CCE kan een derdelijnsbehandeling uitkomst bieden. Ik "
     "heb gehoord dat De Borg vol zit, maar officieel weet ik het niet. Wordt er extra SGLVG ingekocht?",
     date(2026, 5, 1), ("sglvg_extra_inkoop", "unknown")),
    # a checklist: the cross decides
    ("Meerzorg-aanvraag: ❌ bijzondere zorgbehoefte volgens het zorgkantoor (afgewezen: het profiel voorziet erin). "
     "Komt zij in aanmerking voor meerzorg?", date(2026, 5, 1), ("meerzorg_bijzondere_zorgbehoefte", "no")),
    ("LVG 4: ✔ wonen, dagbesteding en vrije tijd op één locatie ✔ behandelexpertise in huis ✘ behandelaar "
     "geregistreerde GZ-psycholoog of orthopedagoog-generalist. Voldoen we?", date(2026, 5, 1),
     ("lvg_aanbieder_voorwaarden", "no")),
])
def test_rumours_and_checklists_in_a_question(book: RuleBook, question: str, stand: date,
                                              expected: tuple[str, str]) -> None:
    assert _check(book, question, stand) == expected
