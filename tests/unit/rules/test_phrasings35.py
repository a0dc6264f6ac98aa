"""Phrasings found while tuning on the development split of set 35 (formal letters, requests to draft a mail or a
checklist, transcribed calls and minutes, a case compared with another): a letter's greeting and signature are no
part of what is asked, and a formal "Graag verneem ik wanneer …" asks for content; a fact named only in a part the
writer leaves open is not said by the question sentence that mentions it; an either-or question ("nemen we die zelf
in dienst of huren we die in?") says neither side; one of two years ("eind 2019 of pas in 2020") decides only when
both give the same outcome; "is nog niet duidelijk" leaves the fact open, and a guess ("kortdurend, denk ik") is
settled by a plain statement after it, not by a possibility ("het kan ook structureel worden")."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.inputs import without_letter
from assistant.rules import RuleBook
from assistant.rules.facts import extract

from .concept_helpers import verdict_at

pytestmark = pytest.mark.unit

STAND = date(2026, 9, 15)


@pytest.fixture(scope="module")
def book() -> RuleBook:
    return RuleBook.load()


@pytest.mark.parametrize(("question", "expected"), [
    # the asking sentence of a letter is above its closing, whatever the signature says
    ("Betreft: toeslag\n\nGeachte heer, mevrouw,\n\nBij ons woont een cliënt met een ZZP LG3 die sinds kort 's nachts "
     "beademd wordt. Het personeel is geschoold en we hebben contact met het CTB.\n\nGraag verneem ik of de toeslag "
     "chronische ademhalingsondersteuning voor dit zorgprofiel geldt.\n\nMet vriendelijke groet,\nA. de Boer, teamleider",
     ("toeslag_ademhalingsondersteuning", "no")),
    # a guess settled by a plain statement after it
    ("Notulen: Planner: meneer heeft een VPT exclusief behandeling; wij zijn toegelaten voor behandeling en hebben "
     "afspraken met het zorgkantoor. Verpleegkundige: de SO stelt na consultatie ergotherapie voor, kortdurend denk ik. "
     "Teamleider: nee, volgens de brief van de SO is het structurele ergotherapie voor onbepaalde tijd. "
     "Vraag: mogen we die ergotherapie naast het VPT declareren?", ("wlz_behandeling_naast_zzp", "no")),
    # the plan carried out alone, in other words
    ("Ons plan om wonen en zorg te scheiden wordt alleen door onze stichting uitgevoerd; andere zorgaanbieders zijn er "
     "niet bij betrokken. Er is draagvlak in de regio en het plan heeft SMART-afspraken. Komt het in aanmerking voor "
     "transitiemiddelen?", ("transitiemiddelen_inzet", "no")),
    # a reported question ("Ze vraagt of … recht heeft op …") is a yes/no question
    ("Help me een mail te schrijven aan de zoon van meneer Peters. Zijn vader is drie weken geleden naar ons verhuisd "
     "en de tandarts was vóór de verhuizing al met een brug begonnen. Hij vraagt of zijn vader nog recht heeft op "
     "die tandheelkundige hulp.", ("tandheelkundig_na_verhuizing", "yes")),
    # how long an observation with the toeslag may last is no question about the profile
    ("Bij een cliënt met VG5 loopt de observatie met toeslag nu vier maanden; we willen verlengen zodat het totaal "
     "acht maanden wordt. Mag een observatie met toeslag observatie zo lang duren?", ("observatie_duur", "yes")),
])
def test_situations_of_set_35(book: RuleBook, question: str, expected: tuple[str, str]) -> None:
    assert verdict_at(book, question, STAND) == expected


@pytest.mark.parametrize("question", [
    # both sides asked in one question, the decision put off
    "Bestuurder: we openen een groep voor LVG 4-cliënten, wonen, dagbesteding en vrije tijd op één locatie. "
    "Manager: de GZ-psycholoog wordt verantwoordelijk behandelaar. Bestuurder: en de behandelexpertise, nemen we die "
    "zelf in dienst of huren we die in? Manager: dat besluiten we later. Vraag: voldoen we aan de eisen?",
    # one of two years on either side of the threshold
    "Haar zoon heeft LVG 2, het indicatiebesluit loopt nog en hij heeft een pgb. Ze weet niet meer of dat pgb eind "
    "2019 of pas in 2020 is ingegaan. Mag het LVG-zorgprofiel in een pgb blijven?",
    # "is nog niet duidelijk", then two possibilities
    "De SO wil een fysiotherapeut inzetten bij een thuiswonende cliënt, onder regie van de SO. Hoe lang het gaat "
    "duren is nog niet duidelijk: het kan een paar weken zijn, maar het kan ook structureel worden. Mag dat onder H335?",
    # the advice's end not known, and it may fall in the year
    "Ons DEC heeft een positief CElz-advies voor acht plaatsen; we verwachten 350 ligdagen per plaats en stellen 2.700 "
    "dagen voor. Het advies is tijdelijk verleend; tot wanneer moet ik nakijken, het kan ook in het najaar aflopen. "
    "Past deze productieafspraak binnen het plafond en de duur van het advies?",
    # whether the Wmo gave it, nobody knows: the question sentence that names the Wmo does not say it
    "Een cliënt met een indicatie GGZ-wonen woont sinds kort bij ons. Hij heeft een scootmobiel meegenomen, maar of "
    "die via de Wmo is verstrekt of zelf gekocht, weten we niet. Mag hij het mobiliteitshulpmiddel uit de Wmo houden?",
    # what the family member does not know
    "Mevrouw is zes weken geleden naar ons verhuisd. Of de tandarts vóór de verhuizing al begonnen was of de "
    "behandeling alleen had ingepland, weet de dochter niet. Heeft haar moeder nog recht op die tandheelkundige hulp?",
])
def test_what_is_left_open_is_asked(book: RuleBook, question: str) -> None:
    found = verdict_at(book, question, STAND)
    assert found is not None and found[1] == "unknown"


@pytest.mark.parametrize("question", [
    "Beste collega's,\n\nKunnen jullie ons uitleggen wat er wordt bedoeld met 'bovenbudgettair' en met 'roerende "
    "voorzieningen'?\n\nMet vriendelijke groet,\nK. Jansen",
    "Geachte heer, mevrouw,\n\nDe LVG-indicatie van onze cliënt verloopt over twee maanden. Graag verneem ik wanneer "
    "en door wie een nieuwe indicatie moet worden aangevraagd.\n\nMet vriendelijke groet,\nR. Bos",
])
def test_content_asked_in_a_letter_gets_no_verdict(book: RuleBook, question: str) -> None:
    assert book.check_question(question, as_of=STAND) is None


def test_one_of_two_years_is_read_with_the_other_as_alternative() -> None:
    read = extract("ze weet niet meer of dat pgb eind 2019 of pas in 2020 is ingegaan", ["pgb_sinds"])
    assert "pgb_sinds" not in read  # unknown; the check tries both (``_alt_``)
    found = read["_alt_pgb_sinds"]
    assert {found.value, *found.alternatives} == {2019, 2020}
    assert extract("ze heeft sinds 2018 een pgb", ["pgb_sinds"])["pgb_sinds"].alternatives == ()


def test_a_letters_closing_goes_but_a_tables_tabs_stay() -> None:
    text = "Geachte heer,\nprofiel\tniveau\nGGZ-W5\t2\nKlopt dat?\nMet vriendelijke groet,\nJ. Smit, teamleider"
    assert without_letter(text, collapse=False) == "profiel\tniveau\nGGZ-W5\t2\nKlopt dat?"
    assert without_letter(text) == "profiel niveau\nGGZ-W5 2\nKlopt dat?"


def test_a_firm_year_is_not_paired_with_an_either_or_of_other_years() -> None:
    read = extract("ze heeft sinds 2015 een pgb en twijfelt of ze in 2026 of 2027 wil stoppen", ["pgb_sinds"])
    assert read["pgb_sinds"].value == 2015 and read["pgb_sinds"].alternatives == ()


@pytest.mark.parametrize(("text", "kept"), [
    # a first line with facts is no greeting line, whatever word it opens with
    ("Hallo, mijn vader (VV6) woont thuis met VPT\nKrijgt hij ook dagbesteding?",
     "Hallo, mijn vader (VV6) woont thuis met VPT\nKrijgt hij ook dagbesteding?"),
    # thanks with the question after it is no closing yet
    ("Mijn moeder woont thuis.\nBedankt voor uw hulp.\nMag ze meerzorg krijgen?",
     "Mijn moeder woont thuis.\nBedankt voor uw hulp.\nMag ze meerzorg krijgen?"),
    ("Goedemorgen,\nMag ze meerzorg krijgen?\nBedankt voor uw hulp.\nAnna", "Mag ze meerzorg krijgen?"),
])
def test_what_a_letter_keeps(text: str, kept: str) -> None:
    assert without_letter(text) == kept
