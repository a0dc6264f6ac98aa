"""Facts as the development cases of sets 22–28 put them, read after stop 43: a fact still to be found out ("moeten
we nog peilen"), a fact the writer says not to know while another case's value is named, the whole period up to a
day said before the question, a number or duration said of an earlier time or offer, a correction that repeats only
its phrase ("voor Korsakov, nee, ik bedoel voor LBS"), what "does not count here", and English short forms, "what
if", "has to be extended to", "no longer gets an indication" and "stay with us for those weeks"."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.rules import RuleBook
from assistant.rules.english import read_in_dutch
from assistant.rules.facts import taken_back

pytestmark = pytest.mark.unit


@pytest.fixture(scope="module")
def book() -> RuleBook:
    return RuleBook.load()


def _check(book: RuleBook, question: str, stand: date) -> tuple[str, str] | None:
    v = book.check_question(question, as_of=stand)
    return None if v is None else (v.rule_id, v.outcome)


@pytest.mark.parametrize(("text", "kept", "gone"), [
    ("Het plan heeft SMART-afspraken. Draagvlak in de regio moeten we nog peilen.", "smart", "draagvlak"),
    ("Er zijn drie aanbieders, maar we moeten nog nagaan of er draagvlak is.", "aanbieders", "draagvlak"),
    ("Of de regio het steunt, is nog niet gepeild, maar er zijn vier aanbieders.", "aanbieders", "regio"),
    ("Ons REC voor Huntington telt hier niet mee; het gaat om Korsakov.", "korsakov", "huntington"),
])
def test_what_is_still_to_be_found_out_or_does_not_count_is_no_fact(text: str, kept: str, gone: str) -> None:
    read = taken_back(text.lower())
    assert kept in read
    assert gone not in read


def test_a_clause_still_to_find_out_keeps_the_rest_of_the_sentence() -> None:
    read = taken_back("Wij hebben 5 aanbieders en SMART-afspraken, draagvlak moeten we nog checken.".lower())
    assert "5 aanbieders" in read and "smart" in read and "draagvlak" not in read


def test_a_correction_repeating_its_preposition_takes_back_only_that_phrase() -> None:
    text = "Wij zijn met een positief CElz-advies aangewezen als DEC voor Huntington, nee, ik bedoel voor MS+."
    read = taken_back(text.lower())
    assert "positief celz-advies" in read and "huntington" not in read and "ms+" in read


@pytest.mark.parametrize(("question", "stand", "expected"), [
    # the region's support is still to be sounded out: not known
    ("Plan met 4 aanbieders, SMART afspraken, geen dubbele financiering en geen passender regeling. Draagvlak in de "
     "regio moeten we nog peilen. Komen we in aanmerking voor transitiemiddelen?", date(2026, 3, 1),
     ("transitiemiddelen_inzet", "unknown")),
    # the start date known for one REC, said not to be known for the one asked about
    ("We hebben een REC Huntington en een REC Korsakov met een positief CElz-advies. Bij Huntington gaat het advies in "
     "op 1 maart 2026. Bij Korsakov weten we de ingangsdatum nog niet. Mogen we het Korsakov-zzp vanaf 1 april 2026 "
     "declareren?", date(2026, 3, 15), ("lvhc_zzp_declaratie", "unknown")),
    # the whole bridging period, to the admission day said before the question (35 weeks)
    ("Onze cliënt met een LVG-indicatie wacht actief op een plek bij een gecontracteerde LVG-behandelinstelling. De "
     "overbrugging met een VPT is gestart op 1 februari 2026; de opname is gepland per 1 oktober 2026. Mag het de hele "
     "periode zo?", date(2026, 3, 1), ("sglvg_anders_verzilveren", "no")),
    # last year's count of places in brackets is not the advice's
    ("Ons DEC heeft een positief CElz-advies voor 8 plaatsen, looptijd tot 2029. We verwachten 360 ligdagen per "
     "plaats. Productieafspraak: 2.800 dagen (vorig jaar 2.500, toen bij 7 plaatsen). Kan dat?", date(2026, 2, 1),
     ("lvhc_productieafspraak", "yes")),
    # an earlier offer's duration in brackets is not the stay asked about
    ("Onze cliënt heeft zijn SGLVG-behandeling afgerond en krijgt geen Wlz-indicatie meer. De gemeente heeft over 10 "
     "weken een woning (het eerdere aanbod van 4 weken ging niet door). Mag hij die 10 weken bij ons blijven?",
     date(2026, 5, 1), ("sglvg_na_behandeling_blijven", "yes")),
    # English: "what if", "has to be extended to", short forms, "in one go", "no longer gets", "stay with us"
    ("What if the observation has to be extended to 15 months in total, is that allowed with the observation "
     "supplement?", date(2026, 5, 1), ("observatie_duur", "no")),
    ("Can meerzorg be granted for 4 yrs in one go?", date(2026, 5, 1), ("meerzorg_toekenningsduur", "no")),
    ("Our client finished his SGLVG treatment. The CIZ says he no longer gets a Wlz indication. Can he stay with us "
     "for those 30 weeks until his flat is ready?", date(2026, 5, 1), ("sglvg_na_behandeling_blijven", "no")),
])
def test_phrasings(book: RuleBook, question: str, stand: date, expected: tuple[str, str]) -> None:
    assert _check(book, question, stand) == expected


def test_the_whole_period_needs_one_later_day(book: RuleBook) -> None:
    # two later days said: which one ends the period is not known, so the weeks are asked, not read from either
    stem = ("Onze cliënt met een LVG-indicatie wacht actief op een plek bij een gecontracteerde LVG-behandelinstelling. "
            "De overbrugging met een VPT is gestart op 1 februari 2026; de opname is gepland per {}. Mag het de hele "
            "periode zo?")
    assert _check(book, stem.format("1 juli 2026 of 1 oktober 2026"), date(2026, 3, 1)) == (
        "sglvg_anders_verzilveren", "unknown")
    assert _check(book, stem.format("1 juli 2026"), date(2026, 3, 1)) == ("sglvg_anders_verzilveren", "yes")


@pytest.mark.parametrize(("english", "dutch"), [
    ("Can meerzorg be granted for 5 yrs in one go for my son?", "voor 5 jaar in één keer"),
    ("What if we want to extend the observation? Is that allowed?", "stel dat wij"),
    ("The CIZ decided that he no longer gets a Wlz indication. Can he stay?", "krijgt geen wlz-indicatie meer"),
])
def test_english_readings(english: str, dutch: str) -> None:
    assert dutch in read_in_dutch(english)
