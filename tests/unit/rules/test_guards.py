"""The structural guards against a wrong yes/no on unseen wordings (issue 12, ``facts.GUARDS``).

Each guard turns a reading that could be wrong into "unknown" (asked) or no verdict. Every guard is shown to
matter: with it the question gets no yes/no; with that one guard switched off, the same question gets one.
"""

from __future__ import annotations

from datetime import date

import pytest

from assistant.rules import RuleBook
from assistant.rules import facts as F
from assistant.rules.facts import extract_facts

pytestmark = pytest.mark.unit

BOOK = RuleBook.load()
STAND = date(2026, 12, 1)


def _facts(text: str) -> dict[str, object]:
    return {k: v for k, v in extract_facts(text, today=STAND).items() if k not in ("year", "on")}


# (guard, question): with every guard on, no yes/no; with this guard off, a yes or no (a wrong one)
CASES = [
    # (a duration said of something else, "woont al 5 jaar thuis", is no longer read for meerzorg: Rule.duration_of)
    ("duration_conflict", "De meerzorg van mijn vader loopt al 5 jaar. Kan zijn meerzorg voor 2 jaar worden verlengd?"),
    ("duration_conflict", "Na een behandeling van 20 weken is de SGLVG-behandeling van onze cliënt klaar en hij krijgt "
                          "geen Wlz-indicatie meer. Mag hij daarna nog 8 weken bij ons blijven?"),
    ("number_conflict", "De EKT van meneer was 15% van het basisbedrag en wordt nu 35%. Mag dat?"),
    ("number_conflict", "De EKT van mevrouw was 20% van het basisbedrag, de EKT van meneer 30%. Mag dat?"),
    ("enum_conflict", "Bewoner A heeft zzp VV4 en bewoner B heeft zzp VV2. Geldt de toeslag chronische "
                      "ademhalingsondersteuning?"),
    ("enum_conflict", "Ons DEC heeft een positief advies. Mijn ene cliënt heeft Korsakov, de andere NAH. Mogen we in "
                      "2025 voor hen C&A declareren?"),
    # (the neighbour's year is no longer read for the son: other_person, test_concepts18)
    ("maar_year", "Mijn zoon met LVG 2 heeft al sinds 2015 een pgb voor zijn begeleiding, maar het LVG-deel kreeg hij pas "
                  "in 2022. Zijn indicatiebesluit loopt nog. Mag hij zijn LVG-zorg via dat pgb blijven regelen?"),
    ("wish", "Mijn cliënt met GGZ-W woont in een Wlz-instelling. Ze wil nu via de gemeente een scootmobiel. Mag ze een "
             "Wmo-hulpmiddel behouden?"),
    ("doubt", "Volgens mij zijn wij door de CElz als REC aangewezen. Mogen we C&A declareren voor Korsakov?"),
    # (the fronted form, "Of De Borg genoeg plek heeft, weten we niet.", is taken back before any fact is read:
    # facts.taken_back, tests/unit/rules/test_taken_back.py)
    ("doubt", "We twijfelen of De Borg genoeg plek heeft. Eerdere interventies waren onvoldoende en een "
              "derdelijnsbehandeling kan uitkomst bieden. Koopt het zorgkantoor extra SGLVG-verblijf in?"),
    ("doubt", "Vroeger had de cliënt een indicatie voor persoonlijke verzorging, nu weten we dat niet. Is onze "
              "organisatie verantwoordelijk voor de dagelijkse mondverzorging?"),
    ("maar_wel", "De meeste bewoners hebben geen bijzondere zorgbehoefte, maar mevrouw De Vries wel. Komt zij in "
                 "aanmerking voor meerzorg?"),
    ("route_margin", "Wij leveren zorg tijdens onderwijs met een VPT inclusief dagbesteding. Mogen we daarvoor "
                     "personeel van de school inzetten?"),
    # ("geen sprake van een bijzondere zorgbehoefte" is now a "nee" pattern of its own; the guard still catches a
    # negation the patterns do not know)
    ("negated_yes", "Het zorgkantoor ziet bij mijn vader nog geen duidelijke bijzondere zorgbehoefte. Kan "
                    "hij thuis meerzorg krijgen?"),
    ("negated_yes", "Wij leveren voor deze cliënt niet de persoonlijke verzorging. Is onze organisatie verantwoordelijk voor "
                    "de dagelijkse mondverzorging?"),
    # ("ons CElz-advies … werd helaas negatief" is now a "nee" pattern of its own)
    ("negated_yes", "Onze status als DEC voor Korsakov werd helaas ingetrokken. Mogen wij C&A declareren?"),
    # ("wordt door een andere thuiszorgorganisatie geleverd" is now a "nee" pattern of its own: not by us)
    ("other_party", "De persoonlijke verzorging van deze cliënt regelt een andere thuiszorgorganisatie. Is "
                    "onze organisatie verantwoordelijk voor de dagelijkse mondverzorging?"),
    # the other organisation named after its verb, as Dutch puts it after a fronted object
    ("other_party", "Het wassen en aankleden, dus de persoonlijke verzorging, doet een andere thuiszorgorganisatie. "
                    "Zijn wij verantwoordelijk voor zijn dagelijkse mondverzorging?"),
    ("other_party", "De persoonlijke verzorging levert de thuiszorg. Zijn wij verantwoordelijk voor de dagelijkse "
                    "mondverzorging?"),
    ("denied", "Het is niet zo dat wij geen advies van de CElz als REC hebben gekregen. Mogen wij C&A declareren voor "
               "Korsakov?"),
    ("negated_no", "Wij zetten de begeleider op school niet binnen onze formatie in. Mag dat voor zorg tijdens "
                   "onderwijs?"),
    # a "nee" reading governed by "geen" ("geen externe behandelaars": not surely in-house either)
    ("negated_no", "Voor LVG 4 hebben we geen externe behandelaars of ingehuurde psychologen; alles zit op één locatie. "
                   "Voldoen we?"),
    # a "ja" reading inside the relative clause of a negated noun
    ("negated_yes", "Het zorgkantoor zegt dat er geen sprake is van een zorgbehoefte die groter is dan het zorgprofiel. "
                    "Kan ze meerzorg krijgen?"),
    # a statement in another clause that puts the "ja" in doubt (the fact's "onzeker" patterns)
    ("unsure_elsewhere", "Wij zijn DEC voor Huntington maar ons advies is verlopen. Mogen we C&A declareren?"),
    ("scope_skip", "Mijn zus in het verpleeghuis heeft een rolstoel en een spraakcomputer. Wordt het hulpmiddel "
                   "bovenbudgettair vergoed?"),
    # what could pay is not what pays: "zou … kunnen" is no double financing (a wrong "nee" without the guard)
    ("possible", "Ons plan heeft drie aanbieders, draagvlak in de regio en SMART-afspraken, en er is geen beter passende "
                 "regeling. Een deel zou eventueel uit een ander budget betaald kunnen worden. Komt het plan in "
                 "aanmerking voor transitiemiddelen?"),
    # a "niet" after a "ja" reading in its part of the clause that is not the clause's last word: which part it negates
    # is not sure ("niet met academische partners" may be the condition that fails)
    ("negated_later", "Wij bieden het volledige spectrum aan epilepsiezorg met onderwijs en leveren derdelijns klinische "
                      "en langdurige epilepsiezorg. Wetenschappelijk onderzoek doen we niet met academische partners. "
                      "Komen we in aanmerking voor de epilepsietoeslag?"),
    # a profile said as a possibility is not the profile
    ("hedged", "Na de herindicatie krijgt mijn moeder misschien VV5. Geldt de toeslag chronische "
               "ademhalingsondersteuning voor haar?"),
    # a judgement still to come ("in afwachting van het oordeel", "moet nog beoordelen of"): neither yes nor no
    ("wish_that", "Mijn moeder woont in een verpleeghuis en heeft verblijf met behandeling. Mijn broer wil dat ze naar "
                  "haar oude tandarts in de stad gaat. Valt haar tandheelkundige zorg onder de Wlz?"),
    ("pending", "We zijn nog in afwachting van het oordeel van het zorgkantoor over de bijzondere zorgbehoefte van "
                "mijn zoon. Komt hij in aanmerking voor meerzorg?"),
    ("pending", "Het zorgkantoor moet nog beoordelen of mijn vader een bijzondere zorgbehoefte heeft. Komt hij in "
                "aanmerking voor meerzorg?"),
    # a number said as one side of a range: "meer dan 20%" may be under or over the ceiling of 25%
    ("open_bound", "De EKT van mijn zoon is meer dan 20% van het basisbedrag. Mag dat?"),
    # a value denied where it is named is not read (a wrong "ja" for "niet voor primaire communicatie" before)
    ("negated_value", "Mijn zoon heeft geen pgb. Kan zorg tijdens onderwijs via zijn leveringsvorm worden "
                      "gefinancierd?"),
    ("negated_value", "Mijn moeder heeft geen VV5. Geldt de toeslag chronische ademhalingsondersteuning voor haar?"),
    # a pattern's wildcard that took a negation its own words do not name ("andere regeling (\w+ ){0,2}beter")
    ("wildcard_negation", "De SPUK DOS is volgens ons niet beter. Komt het plan in aanmerking voor transitiemiddelen?"),
    ("wildcard_negation", "Het zorgkantoor zegt dat het zorgprofiel van mijn vader niet echt tekortschiet. Komt hij in "
                          "aanmerking voor meerzorg?"),
    # a profile of an earlier time is not the profile now
    ("past_value", "Onze cliënt had vroeger VG6. Geldt de toeslag observatie voor zijn zorgprofiel?"),
    # the asking sentence's description of the rule is not what happened (a wrong "ja" without the guard: nothing says
    # when the treatment began)
    ("rule_described", "Meneer is twee weken geleden bij ons komen wonen. Valt zijn tandarts onder de regeling voor "
                       "tandheelkundige hulp die vóór de verhuizing was begonnen?"),
    # a clause about another person than the client
    ("other_person", "Mijn moeder woont in het verpleeghuis. Haar buurvrouw heeft verblijf met behandeling van hetzelfde "
                     "huis. Valt de tandarts van mijn moeder onder de Wlz?"),
]


def _outcome(question: str) -> str | None:
    verdict = BOOK.check_question(question, as_of=STAND)
    return None if verdict is None else verdict.outcome


@pytest.mark.parametrize(("guard", "question"), CASES, ids=[f"{g}-{i}" for i, (g, _) in enumerate(CASES)])
def test_guard_keeps_a_yes_no_from_an_unsure_reading(guard: str, question: str, monkeypatch: pytest.MonkeyPatch) -> None:
    assert guard in F.GUARDS
    assert _outcome(question) in (None, "unknown")
    monkeypatch.setattr(F, "GUARDS", F.GUARDS - {guard})
    assert _outcome(question) in ("yes", "no"), "the guard is not what keeps this question from a yes/no"


def test_every_guard_has_a_case() -> None:
    assert {g for g, _ in CASES} == set(F.GUARDS) - {"subject_clause"}  # that one is tested on its own below


def test_subject_clause_picks_the_number_said_about_the_fact(monkeypatch: pytest.MonkeyPatch) -> None:
    question = ("We hebben dit jaar 30% meer thuiswonende cliënten. Mogen de extra kosten thuis voor mevrouw 20% van het "
                "basisbedrag zijn?")
    assert _outcome(question) == "yes"  # 20% is the EKT; the 30% is about the number of clients
    monkeypatch.setattr(F, "GUARDS", F.GUARDS - {"subject_clause"})
    assert _outcome(question) == "unknown"  # without it: two percentages, asked (never the first one: "nee")


def test_route_margin_is_a_named_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    # a winner by less than 0.2 (the period said with its number, and the fact read) decides at margin 0; at margin
    # 0.2 it counts as a tie and gives no yes/no
    question = "Kan meerzorg voor drie jaar worden toegekend?"
    assert _outcome(question) == "yes"
    monkeypatch.setattr(F, "ROUTE_MARGIN", 0.2)
    assert _outcome(question) is None


# ---- what the guards still read: the fact stated once, and the forms that only look like a second value

@pytest.mark.parametrize(("text", "expected"), [
    ("Een meisje van 7 jaar komt in observatie. Mag de observatie 4 maanden duren?", {"duur_maanden": 4.0}),
    ("Is het zo dat een observatie niet langer dan een jaar mag duren? Wij zitten op 14 maanden.", {"duur_maanden": 14.0}),
    ("Kan een observatie een halfjaar duren en daarna nog met drie maanden verlengd worden, dus negen maanden in totaal?",
     {"duur_maanden": 9.0}),
    ("Kan het voor 3 jaar en 2 maanden?", {"duur_maanden": 38.0}),
    ("Het zorgkantoor zei 2 jaar, de aanvraag was 4 jaar.", {}),
    ("Mogen de extra kosten thuis hooguit 25 procent zijn? Bij ons is het 20 procent.", {"ekt_percentage": 20.0}),
    ("De extra kosten thuis zijn 20 procent, dat is 20% van het basisbedrag.", {"ekt_percentage": 20.0}),
])
def test_durations_and_numbers(text: str, expected: dict[str, object]) -> None:
    got = _facts(text)
    assert {k: got.get(k) for k in ("duur_maanden", "ekt_percentage") if k in got or k in expected} == \
        {k: expected.get(k) for k in ("duur_maanden", "ekt_percentage") if k in got or k in expected}


def test_two_values_named_in_statements_leave_an_enum_unknown() -> None:
    assert "hulpmiddel_soort" not in _facts("Een cliënt met een rolstoel en een tillift in het verpleeghuis.")
    assert "zorgprofiel" not in _facts("We twijfelen of het VG6 of VG2 wordt.")
    assert "client_group" not in _facts("Mijn ene cliënt heeft Korsakov, de andere NAH.")


def test_a_statement_beats_a_value_the_question_mentions() -> None:
    text = "Een cliënt met GGZ-wonen woont thuis met een VPT. Mag hij die houden volgens de regeling voor een Wlz-instelling?"
    assert _facts(text)["leveringsvorm"] == "vpt"
    # the client group named with the DEC is the DEC's, not a second group
    assert _facts("Wij zijn DEC voor Korsakov; mogen we C&A doen voor Huntington?")["client_group"] == "huntington"


def test_maar_wel_only_as_an_elliptic_correction() -> None:
    # "maar wel veel cliënten" says something else: the "geen" stands
    assert _facts("We hebben geen bijzondere zorgbehoefte, maar wel veel cliënten.")["bijzondere_zorgbehoefte"] is False
    assert "bijzondere_zorgbehoefte" not in _facts("De anderen hebben geen bijzondere zorgbehoefte, maar zij wel.")


def test_doubt_in_another_clause_does_not_count() -> None:
    got = _facts("Wij zijn een REC met positief CElz-advies. Misschien komen er meer cliënten.")
    assert got["rec_dec_positief_advies"] is True


def test_tied_rules_names_the_rules_only_when_a_tie_kept_a_yes_no() -> None:
    tie = ("Wij leveren zorg tijdens onderwijs met een VPT inclusief dagbesteding. Mogen we daarvoor personeel van de "
           "school inzetten?")
    assert {r.id for r in BOOK.tied_rules(tie, as_of=STAND)} == {"zorg_onderwijs_financiering", "zorg_onderwijs_personeel"}
    assert BOOK.tied_rules("Kan meerzorg voor drie jaar worden toegekend?", as_of=STAND) == []
    assert BOOK.tied_rules("Wat is de Wlz?", as_of=STAND) == []


def test_two_values_of_an_enum_decide_only_when_each_gives_the_same_answer() -> None:
    both_yes = BOOK.check_question("De cliënt heeft zzp VV4 of VV6, dat weet ik niet precies. Geldt de toeslag chronische "
                                   "ademhalingsondersteuning voor hem?", as_of=STAND)
    assert both_yes is not None and both_yes.outcome == "yes"
    used = {u.fact: u for u in both_yes.facts_used}
    assert used["zorgprofiel"].quote.startswith("VV4 of VV6")
    split = BOOK.check_question("Bewoner A heeft zzp VV4 en bewoner B heeft zzp VV2. Geldt de toeslag chronische "
                                "ademhalingsondersteuning?", as_of=STAND)
    assert split is not None and split.outcome == "unknown"
    assert "zorgprofiel" in {m.fact for m in split.missing_facts}  # asked, not guessed


def test_numbers_and_durations_are_not_decided_over_the_values_named() -> None:
    # 8 and 6 months are each under the ceiling of 12, but the observation may be 14 months in all: asked
    v = BOOK.check_question("Hij woont al 8 maanden bij ons. Mag de observatie met toeslag nog 6 maanden duren?", as_of=STAND)
    assert v is not None and v.outcome == "unknown"



def test_a_wish_is_not_a_possession_but_keeping_is() -> None:
    # h7-067: the Wmo never gave her one; what she wants now from the municipality is not what she has (was a wrong "ja")
    never = BOOK.check_question("Mijn cliënt met GGZ-W woont sinds januari in een Wlz-instelling. Ze heeft vanuit de Wmo "
                                "nooit een hulpmiddel gehad, maar wil nu via de gemeente een scootmobiel. Geldt voor haar "
                                "dat ze een Wmo-mobiliteitshulpmiddel mag behouden?", as_of=STAND)
    assert never is not None and (never.rule_id, never.outcome) == ("ggz_mobiliteitshulpmiddel_behouden", "no")
    assert never.facts["wmo_hulpmiddel_in_bezit"] is False
    # wanting to keep it says she has it
    assert _facts("Ze wil haar scootmobiel van de Wmo houden.")["wmo_hulpmiddel_in_bezit"] is True


def test_a_possibility_is_not_what_is_but_a_consequence_is() -> None:
    # h8-077: "zou ook uit de SPUK betaald kunnen worden" is another regulation that could pay, not double financing
    assert "dubbele_financiering" not in _facts("Het plan zou ook uit de SPUK betaald kunnen worden.")
    assert "dubbele_financiering" not in _facts("Dat kan eventueel uit de gemeentepot.")
    # what is paid, and a consequence said with "zou … worden", still count
    assert _facts("Een deel wordt ook uit de SPUK betaald.")["dubbele_financiering"] is True
    assert _facts("Het zou dubbel gefinancierd worden.")["dubbele_financiering"] is True
    # the flag is per fact: "wij kunnen behandeling bieden" still says the treatment is there
    assert _facts("Op onze locatie kunnen wij behandeling bieden.")["locatie_biedt_behandeling"] is True
