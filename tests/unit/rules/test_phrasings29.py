"""Facts as the development cases of sets 22–28 put them, read after stop 43: a fact still to be found out ("moeten
we nog peilen"), a fact the writer says not to know while another case's value is named, the whole period up to a
day said before the question, a number or duration said of an earlier time or offer, a correction that repeats only
its phrase ("voor Korsakov, nee, ik bedoel voor LBS"), what "does not count here", and English short forms, "what
if", "has to be extended to", "no longer gets an indication" and "stay with us for those weeks"; and as set 29's
development cases put them: a point asked and answered "weet ik niet", "o nee", days and months in words, "de eerste
van volgende maand", double negations and denied shortages, English compound numbers, "scratch that" and "can't say
whether"."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.rules import RuleBook
from assistant.rules.english import read_in_dutch
from assistant.rules.facts import taken_back

from .concept_helpers import verdict_at

pytestmark = pytest.mark.unit


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
    assert verdict_at(book, question, stand) == expected


def test_the_whole_period_needs_one_later_day(book: RuleBook) -> None:
    # two later days said: which one ends the period is not known, so the weeks are asked, not read from either
    stem = ("Onze cliënt met een LVG-indicatie wacht actief op een plek bij een gecontracteerde LVG-behandelinstelling. "
            "De overbrugging met een VPT is gestart op 1 februari 2026; de opname is gepland per {}. Mag het de hele "
            "periode zo?")
    assert verdict_at(book, stem.format("1 juli 2026 of 1 oktober 2026"), date(2026, 3, 1)) == (
        "sglvg_anders_verzilveren", "unknown")
    assert verdict_at(book, stem.format("1 juli 2026"), date(2026, 3, 1)) == ("sglvg_anders_verzilveren", "yes")


@pytest.mark.parametrize(("english", "dutch"), [
    ("Can meerzorg be granted for 5 yrs in one go for my son?", "voor 5 jaar in één keer"),
    ("What if we want to extend the observation? Is that allowed?", "stel dat wij"),
    ("The CIZ decided that he no longer gets a Wlz indication. Can he stay?", "krijgt geen wlz-indicatie meer"),
])
def test_english_readings(english: str, dutch: str) -> None:
    assert dutch in read_in_dutch(english)


# --- set 29's development cases: self-corrections, negations, dates in words, shorthand and pasted documents

@pytest.mark.parametrize(("text", "gone", "kept"), [
    # a point asked and answered "weet ik niet" before the question: no fact, only its last clause
    ("vpt clt, toegelaten ja, afspraken met zk?? weet ik niet. decl ok?", "afspraken", "toegelaten"),
    # "o nee" takes back the clause before it
    ("De behandeling leveren we zelf — o nee, dat is bij de andere locatie.", "zelf", "andere locatie"),
    # a whether-clause left open with a filler word, up to the colon that explains it
    ("Ik weet eigenlijk niet of het VPT met dagbesteding is: de ouders regelen dat.", "dagbesteding", "ouders"),
])
def test_taken_back_in_set_29s_forms(text: str, gone: str, kept: str) -> None:
    read = taken_back(text.lower())
    assert gone not in read
    assert kept in read


def test_a_self_answered_point_is_not_what_is_asked() -> None:
    from assistant.rules.facts import asking_parts, without_self_answered
    text = "plan met 4 aanbieders. betere regeling beschikbaar? zoeken we nog uit. komt het in aanmerking?"
    assert asking_parts(text) == ["komt het in aanmerking?"]
    assert "betere regeling" not in without_self_answered(text)
    # the only asking sentence stays the question, whatever follows it
    assert asking_parts("mag dat? weet ik niet.") == ["mag dat?"]


@pytest.mark.parametrize(("text", "today", "read"), [
    ("per de eerste van volgende maand", date(2026, 12, 10), "per 1 januari 2027"),
    ("de eerste van deze maand", date(2026, 3, 19), "1 maart 2026"),
    ("sinds de 1e van vorige maand", date(2026, 1, 5), "1 december 2025"),
])
def test_the_first_of_a_month_named_from_today(text: str, today: date, read: str) -> None:
    from assistant.rules.shorthand import read_relative_days
    assert read in read_relative_days(text, today)


@pytest.mark.parametrize(("text", "read"), [
    ("op de eerste juni", "op 1 juni"),
    ("per de vijftiende maart", "per 15 maart"),
    ("vanaf de 2e van mei", "vanaf 2 mei"),
    ("de eenendertigste december", "31 december"),
])
def test_ordinal_days_before_a_month(text: str, read: str) -> None:
    from assistant.rules.shorthand import read_in_full
    assert read in read_in_full(text)


@pytest.mark.parametrize(("question", "stand", "expected"), [
    # an advice "(positief, …)" in brackets; its day in words; declaring from the first of next month
    ("Ons CElz-advies (positief, DEC Huntington) gaat in op de eerste mei. We willen het ZZP declareren per de eerste "
     "van volgende maand. Mag dat?", date(2026, 4, 10), ("lvhc_zzp_declaratie", "yes")),
    ("Ons CElz-advies (positief, DEC Huntington) gaat in op de eerste juli. We willen het ZZP declareren per de eerste "
     "van volgende maand. Mag dat?", date(2026, 4, 10), ("lvhc_zzp_declaratie", "no")),
    # a move on a day without its year after the stand's day: last year's
    ("Mijn vader is op 28 december verhuisd naar een ander verpleeghuis. De tandarts was daarvoor al begonnen aan een "
     "brug. Heeft hij daar nog recht op?", date(2026, 1, 20), ("tandheelkundig_na_verhuizing", "yes")),
    # "en duurt …" goes on with the observation named before it
    ("De observatie is op 1 april begonnen en duurt vier maanden; daarna willen we haar met vijf maanden verlengen. "
     "Mag dat?", date(2026, 4, 20), ("observatie_duur", "yes")),
    # double negation and the package that holds the treatment
    ("Meneer woont bij ons met een ZZP VV7, en dat is niet zonder behandeling. Mogen we ergotherapie apart naast het "
     "ZZP declareren?", date(2026, 5, 1), ("wlz_behandeling_naast_zzp", "no")),
    ("Ze heeft een ZZP, en dat is niet inclusief dagbesteding. Kan de zorg tijdens onderwijs via het ZZP gefinancierd "
     "worden?", date(2026, 5, 1), ("zorg_onderwijs_financiering", "no")),
    # a denied shortage at De Borg
    ("Eerdere behandelingen hielpen onvoldoende en een derdelijnsbehandeling biedt perspectief, maar het is niet zo "
     "dat De Borg geen plek heeft. Koopt het zorgkantoor extra SGLVG-verblijf met behandeling in?", date(2026, 5, 1),
     ("sglvg_extra_inkoop", "no")),
    # a pasted line "Toezicht: permanent"
    ("Uit ons dossier: 'Setting: besloten afdeling. Toezicht: permanent. Opkomsttijd: binnen 4 minuten. Aanwezig: AVG, "
     "gedragsdeskundige en hbo-begeleiders.' Voldoen we aan de voorwaarden voor VG7?", date(2026, 5, 1),
     ("vg7_voorwaarden", "yes")),
    # English: a compound number word, "scratch that", "can't say whether", "can't say there is no", a grant
    ("The client is actively waiting for a place at a contracted LVG treatment centre. Admission is expected in about "
     "thirty-six weeks. Can we bridge that whole period with a VPT?", date(2026, 5, 1),
     ("sglvg_anders_verzilveren", "no")),
    ("The SO wants a physiotherapist for a few short visits. She works under the SO's responsibility — scratch that, "
     "I'm not sure whether she works under the SO. Can this be billed under H335?", date(2026, 5, 1),
     ("h335_inzet_andere_behandelaar", "unknown")),
    ("I can't say whether treatment is offered at our Noord site. Can we provide invasive ventilation there?",
     date(2026, 5, 1), ("invasieve_beademing_locatie", "unknown")),
    ("Several providers take part, there is regional support and a SMART plan, but we can't say there is no double "
     "funding: part of it is paid from a municipal grant. Does the plan qualify for transition funds?",
     date(2026, 5, 1), ("transitiemiddelen_inzet", "no")),
    ("His speech computer isn't for communicating with his carers. It's only for chatting with his friends. Is it "
     "reimbursed above budget?", date(2026, 5, 1), ("spraakhulpmiddel_bovenbudgettair", "no")),
    # a point of an uncovered scheme asked and left open before the question: the rule still answers
    ("transitiemiddelen: 4 aanbieders, draagvlak regio ja, SMART ja, geen dubbele financiering. SPUK DOS passender? "
     "moeten we nog uitzoeken. komen we in aanmerking?", date(2026, 5, 1), ("transitiemiddelen_inzet", "unknown")),
])
def test_set_29_phrasings(book: RuleBook, question: str, stand: date, expected: tuple[str, str]) -> None:
    assert verdict_at(book, question, stand) == expected


# --- what a review of the readings above found: each input read as before them, or as it should be

@pytest.mark.parametrize(("question", "stand", "expected"), [
    # a move to come, told in the present: not rolled back to last year
    ("Meneer verhuist op 1 maart naar onze locatie. Heeft hij dan nog recht op tandheelkundige zorg via de Wlz?",
     date(2026, 2, 10), ("tandheelkundig_na_verhuizing", "unknown")),
    # a later day that ends nothing is not the end of "deze periode"
    ("Meneer is op 1 januari verhuisd; op 15 januari kregen we zijn dossier. Heeft hij in deze periode nog recht op "
     "tandheelkundige zorg?", date(2026, 4, 10), ("tandheelkundig_na_verhuizing", "no")),
])
def test_review_of_the_set_29_readings(book: RuleBook, question: str, stand: date, expected: tuple[str, str]) -> None:
    verdict = book.check_question(question, as_of=stand)
    assert verdict is not None and (verdict.rule_id, verdict.outcome) == expected


@pytest.mark.parametrize(("text", "name", "value"), [
    # "telt hier niet mee" takes back its own clause, not the one before "en" / "maar"
    ("We hebben 12 plaatsen en de logeerplaats telt niet mee.", "aantal_plaatsen", 12.0),
    ("Mevrouw heeft VV6 maar de dagbesteding telt hier niet mee.", "zorgprofiel", "VV6"),
    # a word the message uses elsewhere is not made unknown by a point left open about it
    ("Wij zijn toegelaten voor behandeling. Is de behandeling al gestart? Weet ik niet. Mag de SO declareren?",
     "toegelaten_behandeling", True),
    # "toen" that opens a clause dates a state that began, it does not make its number an old one
    ("Toen we het CElz-advies kregen, hadden we 14 plaatsen. Nu vragen we 2 plaatsen extra.", "aantal_plaatsen", None),
])
def test_review_of_the_taken_back_readings(text: str, name: str, value: object) -> None:
    from assistant.rules.facts import extract_facts
    assert extract_facts(text, today=date(2026, 2, 10), names=[name]).get(name) == value


def test_the_unknown_noun_is_the_subject_of_its_clause() -> None:
    from assistant.rules.facts import extract_facts
    facts = extract_facts("Hij krijgt geen Wlz-indicatie meer. De ingangsdatum van de indicatie is nog onbekend.",
                          today=date(2026, 2, 10), names=["vervolg_indicatie"])
    assert facts.get("vervolg_indicatie") == "geen_wlz"


@pytest.mark.parametrize(("english", "dutch"), [
    ("The observation was extended to 14 months in total. Is that allowed with the supplement?", "verlengd tot 14"),
])
def test_english_extension_to_a_two_digit_total(english: str, dutch: str) -> None:
    assert dutch in read_in_dutch(english)


def test_the_weeks_named_need_for() -> None:
    read = read_in_dutch("Does he keep the dental care within the 6 weeks after the move to another home?")
    assert "voor die" not in read
