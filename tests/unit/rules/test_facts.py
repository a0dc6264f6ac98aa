"""Deterministic Dutch fact extraction and routing."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.rules import RuleBook
from assistant.rules.facts import extract_facts, is_eligibility_question, question_kind

pytestmark = pytest.mark.unit

TODAY = date(2026, 6, 1)


def ex(text: str) -> dict[str, object]:
    return extract_facts(text, today=TODAY)


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("C&A voor NAH+", "nah_plus"),
        ("cliënten met NAH plus", "nah_plus"),
        ("niet-aangeboren hersenletsel plus", "nah_plus"),
        ("syndroom van Korsakov", "korsakov"),
        ("ziekte van Huntington", "huntington"),
        ("gerontopsychiatrie plus", "gp_plus"),
        ("doelgroep GP+", "gp_plus"),
        ("MS+ cliënten", "ms_plus"),
        ("DZEP", "dzep"),
        ("langdurige bewustzijnsstoornis", "lbs"),
    ],
)
def test_client_groups(text: str, group: str) -> None:
    assert ex(text)["client_group"] == group


@pytest.mark.parametrize(
    ("text", "profile"),
    [
        ("een cliënt met VG7", "VG7"),
        ("VG 7", "VG7"),
        ("LVG 4", "LVG4"),
        ("VV9b", "VV9b"),
        ("zzp VV 9b", "VV9b"),
        ("zorgprofiel 5 GGZ-W", "GGZ-W5"),
        ("ZZP 7 VG", "VG7"),
        ("ZZP ZGvis 2", "ZGvis2"),
        ("LG2", "LG2"),
    ],
)
def test_profiles(text: str, profile: str) -> None:
    assert ex(text)["zorgprofiel"] == profile


@pytest.mark.parametrize(
    ("text", "vorm"),
    [
        ("met een pgb", "pgb"),
        ("persoonsgebonden budget", "pgb"),
        ("een MPT", "mpt"),
        ("VPT", "vpt"),
        ("volledig pakket thuis", "vpt"),
        ("verblijf met behandeling", "verblijf"),
    ],
)
def test_leveringsvorm(text: str, vorm: str) -> None:
    assert ex(text)["leveringsvorm"] == vorm


def test_behandeling_with_negation() -> None:
    assert ex("verblijf met behandeling")["behandeling_inbegrepen"] is True
    assert ex("een zzp zonder behandeling")["behandeling_inbegrepen"] is False
    assert ex("VPT exclusief behandeling")["behandeling_inbegrepen"] is False
    assert ex("wij bieden geen behandeling op deze locatie")["locatie_biedt_behandeling"] is False


def test_provider_status() -> None:
    facts = ex("Wij zijn een DEC voor Korsakov")
    assert facts["rec_dec_positief_advies"] is True and facts["client_group"] == "korsakov"
    assert ex("met positief CElz-advies")["rec_dec_positief_advies"] is True
    assert ex("Wij zijn geen REC of DEC")["rec_dec_positief_advies"] is False
    # a DEC for another group says nothing about the group asked about
    assert "rec_dec_positief_advies" not in ex("Wij zijn DEC voor Korsakov; mogen we C&A doen voor Huntington?")


def test_years_and_dates() -> None:
    assert ex("in 2026")["year"] == 2026
    assert ex("per 1 januari 2027")["on"] == date(2027, 1, 1)
    assert ex("volgend jaar")["year"] == 2027
    assert ex("dit jaar")["year"] == 2026
    assert "year" not in ex("had al voor 2020 een pgb")
    assert ex("had al voor 2020 een pgb")["pgb_voor_2020"] is True
    assert ex("Voor 2026, graag.")["year"] == 2026


def test_durations_and_counts() -> None:
    assert ex("20 weken")["duur_weken"] == 20
    assert ex("14 maanden")["duur_maanden"] == 14
    assert ex("2 x 13 weken")["duur_weken"] == 26
    assert ex("12 plaatsen")["aantal_plaatsen"] == 12
    assert ex("4.500 dagen")["productie_dagen"] == 4500
    assert ex("binnen 8 minuten")["aanrijtijd_minuten"] == 8
    assert ex("30% van het basisbedrag")["ekt_percentage"] == 30


def test_absent_is_absent() -> None:
    assert ex("Kunnen wij C&A declareren?") == {}


def test_non_eligibility_questions() -> None:
    assert not is_eligibility_question("Wat is de CElz?")
    assert not is_eligibility_question("Wanneer stopt de commissie?")
    assert is_eligibility_question("Mogen wij C&A declareren voor NAH+?")


@pytest.mark.parametrize(("text", "kind"), [
    # the asking sentence decides, not the cue words of the situation told before it
    ("Een bewoner heeft blijvend behandeling nodig maar heeft een zzp zonder behandeling. Wat moeten we doen?", None),
    ("Wij willen C&A declareren voor onze cliënten. Hoe declareren wij dat?", None),
    ("Waarvoor mag het regionaal stimuleringsbudget gebruikt worden?", None),
    ("Wat voor behandelaar moet er zijn bij LVG 4?", None),
    ("Mijn moeder woont in een verpleeghuis zonder behandeling. Wie betaalt dan haar tandarts?", "wie_betaalt"),
    ("Wij zijn een DEC met positief advies. Hoeveel mogen we declareren? Mogen we ook C&A declareren?", "ja_nee"),
    # an either-or between things that are not payers asks which one; between payers or budgets it asks who pays
    ("Declareren we C&A per consult of per traject?", None),
    ("Declareert de hulpmiddelenleverancier via ons of rechtstreeks?", None),
    ("Betaalt het verpleeghuis de rolstoel, of wordt die apart vergoed?", "ja_nee"),
    ("Valt de tandarts onder de Wlz of moeten we dat zelf regelen?", "ja_nee"),
    ("Mag dat via een vpt of niet?", "ja_nee"),
    # whether something will come, or what the zorgkantoor may do to an application: no eligibility
    ("Komt er een nieuw zorgprofiel voor VG7-plus?", None),
    ("Mag het zorgkantoor een meerzorgaanvraag afwijzen zonder eerst te komen kijken?", None),
    ("Kan het zorgkantoor toch gespecialiseerde LVHC-zorg voor Korsakov bij ons inkopen?", "ja_nee"),
])
def test_question_kind_reads_the_asking_sentence(text: str, kind: str | None) -> None:
    assert question_kind(text) == kind


def test_headline_question(book: RuleBook) -> None:
    stand = date(2026, 7, 1)
    no_year = book.check_question("Kunnen wij C&A declareren voor NAH+?", as_of=stand)
    # present tense, no year: the zorgjaar is the stand's year, said so; only the REC/DEC status is asked
    assert no_year is not None and no_year.outcome == "unknown" and no_year.reason == "missing_fact"
    assert no_year.year == 2026 and [m.fact for m in no_year.missing_facts] == ["rec_dec_positief_advies"]
    assert no_year.if_met == "yes" and no_year.summary_nl.startswith("Ja, in 2026, mits de zorgaanbieder")
    assert no_year.facts_used[0].origin == "standaard"
    y2025 = book.check_question("Kunnen wij C&A declareren voor NAH+ in 2025?", as_of=stand)
    assert y2025 is not None and y2025.outcome == "no"
    assert "LVHC-doelgroep: NAH+" in y2025.summary_nl  # a "Nee" names the value that fails
    y2026 = book.check_question("Wij zijn een DEC voor NAH+ met positief CElz-advies. Kunnen wij in 2026 C&A declareren?",
                                as_of=stand)
    assert y2026 is not None and y2026.outcome == "yes" and y2026.summary_nl.startswith("Ja, in 2026, omdat")
    assert "mits" not in y2026.summary_nl  # "mits" only while facts are missing
    assert y2026.superseded and "26 mei 2026" in y2026.superseded[0].superseded_by
    y2027 = book.check_question("Kunnen wij in 2027 C&A declareren voor NAH+?", as_of=stand)
    assert y2027 is not None and y2027.reason == "open_in_sources"
    assert book.check_question("Wat is de CElz?") is None
    assert book.check_question("Wanneer stopt de commissie?") is None


def test_history_supplies_missing_fact(book: RuleBook) -> None:
    history = [{"role": "user", "content": "Mogen wij C&A declareren voor NAH+ in 2026?"}]
    verdict = book.check_question("Wij zijn een DEC met positief CElz-advies.", history=history)
    assert verdict is not None and verdict.rule_id == "lvhc_ca_declareren" and verdict.outcome == "yes"
    # a plain string is the user's own earlier turn, read the same way (and not a crash)
    same = book.check_question("Wij zijn een DEC met positief CElz-advies.", history=[history[0]["content"]])
    assert same is not None and (same.rule_id, same.outcome) == ("lvhc_ca_declareren", "yes")


def test_route_confidence_in_range(book: RuleBook) -> None:
    ranked = book.route("Geldt de toeslag observatie voor VG4?", {"zorgprofiel": "VG4"})
    assert ranked[0][0] == "toeslag_observatie_profiel"
    assert all(0 < c <= 1 for _, c in ranked)


@pytest.mark.parametrize("question", [
    "Hoeveel mutatiedagen mogen we maximaal declareren na een overlijden?",
    "Hoe lang mag overbruggingszorg duren als een cliënt wacht op een plek in een LVG-behandelinstelling?",
    "Wie heeft recht op tandheelkundige zorg uit de Wlz?",
    "Waar mag ZZP 9b (herstelgerichte behandeling) geleverd worden?",
    "Binnen hoeveel weken moet het zorgkantoor beslissen op een meerzorgaanvraag?",
    "Vanaf welke datum mogen we als nieuw REC het LVHC-ZZP declareren?",
    "Voor welke zzp's geldt de toeslag observatie?",  # a list: the answer quotes the scope, no verdict asks back
    "Voor welke doelgroepen gelden de LVHC-inkoopvoorwaarden voor REC en DEC?",
    # "wat" with any verb, and "via welk …", ask for content too
    "Wat verwacht het ministerie dat er met meerzorg gebeurt als VG7-plus er komt?",
    "Via welk berichtenverkeer sturen we de declaratie voor C&A in?",
])
def test_questions_asking_for_content_get_no_verdict(question: str, book: RuleBook) -> None:
    """An amount, a duration, a place, a person: the rule check stays silent (the answer quotes the sources)."""
    assert book.check_question(question) is None


@pytest.mark.parametrize("question", [
    "Wie betaalt een scootmobiel voor individueel gebruik van een bewoner, valt die buiten het instellingsbudget?",
    "Geldt de toeslag observatie voor VG4?",
    "Een jongen van 19 wacht op een LVG-plek en woont zolang bij ons. Mogen wij dat declareren, en hoe lang?",
])
def test_yes_no_questions_still_get_a_verdict(question: str, book: RuleBook) -> None:
    assert book.check_question(question) is not None


def test_a_situation_set_with_wat_als_before_a_yes_no_question_still_gets_a_verdict(book: RuleBook) -> None:
    for question in ("Wat als we de tillift zelf kopen, betalen wij die dan?",
                     "Wat betreft de tandarts, betaalt het zorgkantoor die na een verhuizing?"):
        assert book.check_question(question) is not None, question
