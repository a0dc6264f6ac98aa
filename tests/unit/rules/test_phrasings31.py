"""Checklists with the mark after the item, a crossed item that names one value of a pair, form labels that state a
fact alone, and a total said after a running duration (misses of h30-dev); pasted tables and JSON, two-digit years,
audits after the fact and forms that say "onbekend" (misses of h31-dev)."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.rules import RuleBook
from assistant.rules.facts import extract
from assistant.rules.shorthand import read_checklist, read_in_full, read_table

from .concept_helpers import verdict_at

pytestmark = pytest.mark.unit

STAND = date(2026, 6, 1)


def test_a_mark_after_its_item_in_a_table_row_is_read_as_before_it() -> None:
    read = read_checklist("ZZP ZGvis 1 ✔ | behandeling voor een beperkte periode ✘ (structureel) | Mag dat?")
    assert "behandeling voor een beperkte periode: nee" in read
    assert "Mag dat?" in read and "Mag dat?: nee" not in read
    # one per line, as a pasted list
    assert read_checklist("Besloten setting ✅\nAVG ❌\nMag dat?").split("\n").count("AVG: nee") == 1
    # a mark in a sentence is no checklist
    assert read_checklist("Wij vinden het mooi ✅ en dan?") == "Wij vinden het mooi ✅ en dan?"


@pytest.mark.parametrize(("question", "expected"), [
    ("ZZP ZGvis 1 ✔ | behandeling voor een beperkte periode ✘ (structureel, blijvend nodig) | Mogen we behandeling ZG "
     "naast het ZZP declareren?", ("zg_behandeling_naast_zgvis", "no")),
    # the crossed value of a pair is not named: the ticked one is
    ("Aanvraag spraakcomputer: ✘ primaire communicatie met zorgverleners ✔ secundaire communicatie (tablet-app om met "
     "familie te bellen). Wordt die 100% bovenbudgettair vergoed?", ("spraakhulpmiddel_bovenbudgettair", "no")),
    ("Kleinschalige woonvorm: ❌ behandeling op de locatie ✅ 24-uurs verpleging. Mogen we hier ZZP VV9b leveren?",
     ("zzp_vv9b_locatie", "no")),
    ("Kleinschalige woonvorm: ✅ behandeling op de locatie ✅ 24-uurs verpleging. Mogen we hier ZZP VV9b leveren?",
     ("zzp_vv9b_locatie", "yes")),
    ("Meneer woont in onze Wlz-instelling, heeft een indicatie verblijf met behandeling en krijgt de behandeling van "
     "onze eigen instelling. Valt tandheelkundige zorg voor hem onder de Wlz?", ("tandheelkundige_zorg_wlz", "yes")),
    ("De observatie duurt inmiddels ruim een jaar en we willen nog even doorgaan, tot zo'n vijftien maanden in totaal. "
     "Mag dat met toeslag observatie?", ("observatie_duur", "no")),
])
def test_situations_of_set_30(book: RuleBook, question: str, expected: tuple[str, str]) -> None:
    assert verdict_at(book, question, STAND) == expected


def test_a_total_is_read_only_when_said_last_and_largest() -> None:
    assert extract("de observatie duurt een half jaar en we willen verlengen tot tien maanden in totaal.")[
        "duur_maanden"].value == 10
    # more said after the total: which is meant stays open
    assert "duur_maanden" not in extract("de observatie duurt in totaal 9 maanden, en daarna nog 3 maanden.")
    # a form's label answered "nee" names no value of a pair
    assert extract("spraakcomputer\nprimaire communicatie: nee\nsecundaire communicatie")[
        "hulpmiddel_soort"].value == "spraak_secundair"


# set 31: pasted tables and forms, numeric dates with a two-digit year, audits after the fact
@pytest.mark.parametrize(("text", "lines"), [
    ("| zorgprofiel | VV6 |\n|---|---|\n| structureel nodig | nee |\nMag dat?", ["zorgprofiel VV6", "structureel nodig: nee"]),
    ("| item | waarde |\n|---|---|\n| plaatsen | 12 |\n| advies | ja |", ["plaatsen: 12", "advies: ja"]),
    ("profiel\tniveau\tBorg\nGGZ-W5\t3\tnee", ["profiel GGZ-W5", "niveau: 3", "Borg: nee"]),
    ("| vraag | ja | nee | ? |\n|---|---|---|---|\n| toegelaten | x | | |\n| afspraken | | x | |\n| AVG | | | x |",
     ["toegelaten: ja", "afspraken: nee", "AVG: onbekend"]),
    ('{"hulpmiddel": "tillift", "gedeeld": true}', ["hulpmiddel tillift", "gedeeld: ja"]),
    # a wide form: the first two columns are label and answer, the rest the writer's own words
    ("| item | waarde | opmerking |\n|---|---|---|\n| behandeling op de locatie | nee | SO komt van buiten |",
     ["behandeling op de locatie: nee", "SO komt van buiten"]),
    ("| voorwaarde | ja/nee | toelichting |\n|---|---|---|\n| besloten setting | ja | |", ["besloten setting: ja"]),
])
def test_a_pasted_table_is_read_as_form_lines(text: str, lines: list[str]) -> None:
    read = read_table(text).split("\n")
    assert all(line in read for line in lines)


@pytest.mark.parametrize("text", [
    "Wij doen dit; zij doen dat. Mag dat?",
    "Kosten: a | b",
    "Mijn moeder woont thuis.\nZe heeft een VPT.",
])
def test_text_without_a_table_passes_unchanged(text: str) -> None:
    assert read_table(text) == text


@pytest.mark.parametrize(("question", "stand", "expected"), [
    # a two-digit year after an apostrophe
    ("Cliënte: LVG2. Pgb sinds 1-10-'19. Het indicatiebesluit loopt nog. Mag zij haar LVG-zorgprofiel dit jaar nog in "
     "een pgb verzilveren?", date(2026, 3, 12), ("lvg_pgb", "yes")),
    # a clause with its own subject after the comma does not deny what the one before says
    ("Cliënte: LVG2. Pgb sinds 1 oktober 2019. Het indicatiebesluit loopt nog, de einddatum is nog niet bereikt. Mag zij "
     "haar LVG-zorgprofiel dit jaar nog in een pgb verzilveren?", date(2026, 3, 12), ("lvg_pgb", "yes")),
    # an audit asks whether it was rightly done
    ("Bij de controle zag ik dat in 2025 voor een cliënt thuis EKT is toegekend van 20% van het basisbedrag. Was dat "
     "terecht?", date(2025, 12, 1), ("ekt_maximum", "yes")),
    ("Controle: wij hebben in 2025 als DEC voor LBS, met positief CElz-advies, C&A voor LBS-cliënten gedeclareerd. "
     "Hebben we dat terecht gedaan?", date(2025, 12, 15), ("lvhc_ca_declareren", "no")),
    # what is not yet settled is not known
    ("Mijn vader gaat volgend jaar in een Wlz-instelling wonen, met verblijf met behandeling. Of hij de behandeling van "
     "die instelling krijgt of van een andere aanbieder, is nog niet geregeld. Valt zijn tandheelkundige zorg onder de "
     "Wlz?", date(2025, 9, 2), ("tandheelkundige_zorg_wlz", "unknown")),
    # a form's "onbekend" beats what the question takes for granted
    ("Formulier:\n| vraag | ja | nee | ? |\n|---|---|---|---|\n| indicatie GGZ-wonen | x | | |\n| verblijf in "
     "Wlz-instelling | x | | |\n| mobiliteitshulpmiddel Wmo in bezit | | | x |\n\nMag de cliënt het "
     "mobiliteitshulpmiddel uit de Wmo behouden?", date(2026, 6, 9), ("ggz_mobiliteitshulpmiddel_behouden", "unknown")),
    ('{"hulpmiddel": "spraakcomputer", "communicatie": "secundair"}\n\nWordt deze spraakcomputer 100% bovenbudgettair '
     'vergoed?', date(2026, 3, 27), ("spraakhulpmiddel_bovenbudgettair", "no")),
    ("zorgprofiel\tbeveiligingsniveau\tforensisch psychiatrische afdeling\tBorginstelling\nGGZ-W5\t2\tja\tnee\n\nKan deze "
     "cliënt met dit beveiligingsniveau bij ons terecht?", date(2026, 2, 5), ("ggzw5_beveiligingsniveau", "yes")),
])
def test_situations_of_set_31(book: RuleBook, question: str, stand: date, expected: tuple[str, str]) -> None:
    assert verdict_at(book, question, stand) == expected


def test_two_sentences_with_a_semicolon_are_no_table() -> None:
    text = "Hij woont thuis; krijgt een MPT.\nZe heeft VV5; en een pgb."
    assert read_table(text) == text
    assert read_table("profiel;niveau;Borg\nGGZ-W5;3;nee").split("\n") == ["profiel GGZ-W5", "niveau: 3", "Borg: nee"]


def test_a_client_without_an_indication() -> None:
    from assistant.rules.facts import extract_facts
    assert extract_facts("een cliënt zonder wlz-indicatie")["vervolg_indicatie"] == "geen_wlz"
    assert "vervolg_indicatie" not in extract_facts("een cliënt met een wlz-indicatie")


@pytest.mark.parametrize(("question", "outcome"), [
    ("Looking ahead to 2026: for our SGLVG clients, earlier interventions proved insufficient, a derdelijnsbehandeling "
     "can offer a way out, and the De Borg-instellingen don't have enough capacity. Will the zorgkantoor purchase more "
     "SGLVG verblijf met behandeling in 2026?", "yes"),
    ("Earlier interventions did not work, a third-line treatment cannot offer a way out and De Borg doesn't have enough "
     "places. Will the zorgkantoor purchase more SGLVG in 2026?", "no"),
])
def test_english_for_buying_more_sglvg(book: RuleBook, question: str, outcome: str) -> None:
    assert verdict_at(book, question, date(2025, 10, 21)) == ("sglvg_extra_inkoop", outcome)


def test_percent_in_short() -> None:
    from assistant.rules.facts import extract_facts
    assert extract_facts(read_in_full("EKT 30 pct van het basisbedrag").lower())["ekt_percentage"] == 30


@pytest.mark.parametrize(("question", "expected"), [
    # an audit in the past tense
    ("Wij kregen in 2026 meerzorg voor een cliënt thuis voor vier jaar toegekend. Kon dat?",
     ("meerzorg_toekenningsduur", "no")),
    ("Het zorgkantoor gaf in 2026 meerzorg voor twee jaar. Mocht dat wel?", ("meerzorg_toekenningsduur", "yes")),
    # a form line without an article
    ("Gegevens cliënt\nZorgprofiel: VV9b\nBehandeling op locatie: nee\nMogen we daar VV9b leveren?",
     ("zzp_vv9b_locatie", "no")),
])
def test_audits_and_forms_of_our_own(book: RuleBook, question: str, expected: tuple[str, str]) -> None:
    assert verdict_at(book, question, date(2026, 10, 1)) == expected


def test_a_form_label_with_another_answer_states_nothing(book: RuleBook) -> None:
    question = ("Locatie: De Es\nZZP: VV9b\nBehandeling op locatie: navragen bij de regiomanager\nMag VV9b hier geleverd "
                "worden?")
    assert verdict_at(book, question, date(2026, 10, 1)) == ("zzp_vv9b_locatie", "unknown")


@pytest.mark.parametrize(("text", "read"), [
    ("van week 10 t/m week 30", "21 weken"),
    ("van week 10 tot week 30", "20 weken"),
    ("van wk 10-40", "31 weken"),
    ("wk 10-40", "week 10-40"),
    ("per week 10-12 uur", "per week 10-12 uur"),
    ("week 10 tot week 12 uur", "week 10 tot week 12 uur"),
    # not a span of weeks
    ("in week 12 gestart", "in week 12 gestart"),
    ("2-3 weken", "2-3 weken"),
    ("week 30 tot week 10", "week 30 tot week 10"),
])
def test_a_span_of_calendar_weeks_is_its_number_of_weeks(text: str, read: str) -> None:
    assert read_in_full(text) == read


# from the review of the diff: what must not be read as a table, a checklist label, a week span or a value
@pytest.mark.parametrize(("question", "outcome"), [
    ("De observatie loopt langer dan 3 maanden maar korter dan een jaar. Mag dat met toeslag observatie?", "unknown"),
    ("Kleinschalige woonvorm. Wat ontbreekt op deze locatie:\n- behandeling op de locatie\n- 24-uurs verpleging\nMogen "
     "we hier ZZP VV9b leveren?", "unknown"),
    ("Behandeling op de locatie: x\nMogen we hier ZZP VV9b leveren?", "unknown"),
    ("Meneer woont bij ons en heeft een indicatie verblijf met behandeling. Behandeling extern, verzorging door onze "
     "eigen instelling. Valt tandheelkundige zorg voor hem onder de Wlz?", "unknown"),
    ("Aanvraag spraakcomputer. Is de communicatie primair of secundair? Ze wil er vooral familie mee bellen. Wordt die "
     "100% bovenbudgettair vergoed?", "unknown"),
])
def test_no_new_reading_where_nothing_is_stated(book: RuleBook, question: str, outcome: str) -> None:
    v = book.check_question(question, as_of=STAND)
    assert v is not None and v.outcome == outcome


def test_prose_with_semicolons_is_no_table() -> None:
    text = ("Wat we hebben: kleinschalige woonvorm; 24-uurs verpleging; een SO op afroep.\nWat we missen: behandeling "
            "op de locatie; een AVG; een psycholoog.")
    assert read_table(text) == text


def test_a_two_digit_year_far_ahead_is_of_the_last_century() -> None:
    assert "1999" in read_in_full("geboren 1.2.'99") and "2019" in read_in_full("pgb sinds 1-10-'19")


@pytest.mark.parametrize(("question", "eligibility"), [
    # the most or least of a quantity, asked as a note puts it: a value, not a decision
    ("Meerzorg: maximaal aantal uren per week dat het zorgkantoor kan toekennen?", False),
    ("Meerzorg thuis, maximale duur die het zorgkantoor kan toekennen?", False),
    # a quantity given, then asked about: a decision
    ("Meerzorg voor maximaal 2 jaar. Mag dat?", True),
    ("maximaal 3 jaar meerzorg, mag dat?", True),
])
def test_a_most_or_least_asked_for_is_no_eligibility_question(question: str, eligibility: bool) -> None:
    from assistant.rules.facts import is_eligibility_question
    assert is_eligibility_question(question) is eligibility


@pytest.mark.parametrize(("question", "eligibility"), [
    # from the review: "terecht" as a place to go is no audit; a number in words is a quantity given
    ("Zit ik hier terecht met een vraag over de eigen bijdrage?", False),
    ("Terecht of niet, wie beslist over de indicatie?", False),
    ("Was die opname terecht?", True),
    ("Hebben we dat terecht gedaan?", True),
    ("LVG-indicatie per 1 april, maximaal twee jaar, kan dat?", True),
    ("Maximaal drie uur per week, mag dat?", True),
])
def test_audits_and_quantities_from_the_review(question: str, eligibility: bool) -> None:
    from assistant.rules.facts import is_eligibility_question
    assert is_eligibility_question(question) is eligibility
