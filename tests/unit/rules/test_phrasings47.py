"""Phrasings found while tuning on the development split of set 47 (stop 62): situations pasted as a dated logbook, a
table from a spreadsheet, an SBAR handover, or told mostly in negatives. Each case is written here in other words than
the set's items, with the opposite fact beside it where the reading could be a guess."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.rules import RuleBook

from .concept_helpers import verdict_at

pytestmark = pytest.mark.unit


# --- a dated logbook: a line's date stamp is when that line happened ----------------------------------------------

def test_a_logbook_lines_stamp_is_not_the_date_it_tells(book: RuleBook) -> None:
    text = ("Tijdlijn REC Korsakov\n"
            "2 maart 2026: brief van de CElz binnen met positief deskundigenadvies. Op het advies staat als "
            "ingangsdatum 1 mei 2026.\n"
            "20 april 2026: eerste cliënten verhuisd.\n"
            "4 mei 2026: de administratie wil het ZZP al vanaf 20 april 2026 declareren.\n"
            "Mag dat?")
    assert verdict_at(book, text, date(2026, 5, 4)) == ("lvhc_zzp_declaratie", "no")
    later = text.replace("al vanaf 20 april 2026", "vanaf 1 mei 2026")
    assert verdict_at(book, later, date(2026, 5, 4)) == ("lvhc_zzp_declaratie", "yes")


def test_a_later_logbook_line_settles_an_earlier_pending_application(book: RuleBook) -> None:
    text = ("Logboek DEC Huntington\n"
            "3 november 2025: aanvraag bij de CElz ingediend.\n"
            "16 februari 2026: positief deskundigenadvies ontvangen, ingangsdatum op het advies 1 maart 2026.\n"
            "Mogen we het ZZP van de doelgroep vanaf 1 maart 2026 declareren?")
    assert verdict_at(book, text, date(2026, 3, 10)) == ("lvhc_zzp_declaratie", "yes")
    # without the later line the application is still pending: not known
    pending = text.replace("16 februari 2026: positief deskundigenadvies ontvangen, ingangsdatum op het advies 1 maart "
                           "2026.\n", "")
    assert verdict_at(book, pending, date(2026, 3, 10))[1] == "unknown"


@pytest.mark.parametrize("end", ["tot eind september 2028", "tot juni 2030", "until the end of June 2030"])
def test_the_last_month_of_a_span_is_no_zorgjaar(end: str) -> None:
    from assistant.rules.facts import _zorgjaar, clause_starts

    t = f"het indicatiebesluit geldt {end.lower()}. mag dat?"
    assert _zorgjaar(t, date(2026, 6, 1), clause_starts(t), set()) is None


# --- a pasted table --------------------------------------------------------------------------------------------------

def test_a_cell_under_a_generic_header_is_read_and_the_ceiling_is_computed(book: RuleBook) -> None:
    text = ("Uit ons planningsoverzicht:\n"
            "Doelgroep\tStatus\tPlaatsen CElz-advies\tLigdagen per plaats 2026\tGevraagde productie 2026\n"
            "Korsakov\tREC, positief CElz-advies\t5\t350\t1.900 dagen\n"
            "Past deze productieafspraak binnen het plafond (plaatsen x ligdagen)?")
    verdict = book.check_question(text, as_of=date(2026, 9, 1))
    assert verdict is not None and verdict.rule_id == "lvhc_productieafspraak"
    values = dict(next(c for c in verdict.conditions if c.id == "binnen_plafond").values)
    assert values["productieplafond (dagen)"] == "1750"
    assert next(c for c in verdict.conditions if c.id == "rec_dec").status == "met"


def test_a_positive_advice_in_a_table_line_before_the_question_is_stated(book: RuleBook) -> None:
    text = ("Doelgroep | Rol | CElz-advies | Plaatsen\nPDZ | REC | positief | 10\n"
            "Koopt het zorgkantoor dit jaar LVHC-expertisezorg voor PDZ bij ons in?")
    verdict = book.check_question(text, as_of=date(2026, 4, 1))
    assert verdict is not None
    assert next(c for c in verdict.conditions if c.id == "rec_dec").status == "met"


# --- said in negatives ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("said", "minutes"), [
    ("er is nooit meer dan vier minuten nodig voordat iemand bij de cliënt is", "4"),
    ("het duurt nooit onder de 7 minuten voordat iemand bij de cliënt is", None),
])
def test_never_more_than_bounds_from_above_never_below_from_below(book: RuleBook, said: str, minutes: str | None) -> None:
    text = (f"Onze VG7-groep is besloten, er is geen moment zonder toezicht en {said}. AVG, gedragsdeskundige en "
            "hbo-begeleiders hebben we. Voldoen we aan de inkoopvoorwaarden voor VG7?")
    verdict = book.check_question(text, as_of=date(2026, 7, 1))
    assert verdict is not None and verdict.rule_id == "vg7_voorwaarden"
    conditions = {c.id: c for c in verdict.conditions}
    assert conditions["permanent_toezicht"].status == "met"  # "geen moment zonder toezicht"
    if minutes is not None:
        assert verdict.outcome == "yes" and dict(conditions["binnen_vijf_minuten"].values)[
            "tijd tot iemand bij de cliënt is (minuten)"] == minutes
    else:  # at least seven minutes: more than five on every value
        assert verdict.outcome == "no"


def test_sectors_denied_together_are_not_the_clients(book: RuleBook) -> None:
    text = ("Mijn cliënte heeft geen VG-, LG- of VV-profiel; ze heeft zorgprofiel ZGvis. Wordt de behandeling voor "
            "haar visuele beperking uit de Wlz betaald?")
    assert verdict_at(book, text, date(2026, 3, 1)) == ("zg_behandeling_wlz", "yes")
    both = "Mijn cliënte heeft een VG-profiel en zorgprofiel ZGvis. Wordt de behandeling uit de Wlz betaald?"
    assert verdict_at(book, both, date(2026, 3, 1))[1] != "yes"


def test_an_adjective_does_not_hide_a_denied_treatment(book: RuleBook) -> None:
    text = ("Mevrouw verblijft bij ons met VV5 exclusief behandeling. Het gaat niet om langdurige fysiotherapie. Wij "
            "zijn toegelaten voor behandeling en hebben afspraken met het zorgkantoor. De huisarts heeft onze "
            "specialist ouderengeneeskunde geconsulteerd. Mogen wij dat consult naast haar ZZP declareren?")
    assert verdict_at(book, text, date(2026, 2, 1)) == ("wlz_behandeling_naast_zzp", "yes")


# --- left open -----------------------------------------------------------------------------------------------------

def test_a_point_not_yet_discussed_is_left_open(book: RuleBook) -> None:
    text = ("Wij willen op school een eigen begeleider inzetten. Of dat bovenop de reguliere formatie komt of binnen de "
            "bestaande uren valt, is met de school nog niet besproken. Mogen wij voor deze zorg tijdens onderwijs "
            "eigen personeel inzetten?")
    assert verdict_at(book, text, date(2026, 9, 1)) == ("zorg_onderwijs_personeel", "unknown")


@pytest.mark.parametrize("text", [
    "My mother has a GGZ-wonen indication and moved into a Wlz institution last spring. The municipality approved a "
    "wheelchair through the Wmo, but I don't know whether it was ever delivered. May she keep the Wmo wheelchair?",
    "We admit a client with LVG 5. Living, day activities and leisure are on one location and we have the treatment "
    "expertise in-house. HR is still checking whether our practitioner is a registered GZ-psycholoog. Do we meet the "
    "requirements?",
])
def test_english_doubt_leaves_the_fact_open(book: RuleBook, text: str) -> None:
    assert verdict_at(book, text, date(2026, 5, 1))[1] == "unknown"


def test_a_hedged_how_many_question_gets_no_verdict(book: RuleBook) -> None:
    assert book.check_question("Roughly how many clients can claim specialised LVHC care?", as_of=date(2026, 8, 1)) \
        is None
    assert book.check_question("Ongeveer hoeveel cliënten kunnen LVHC-zorg krijgen?", as_of=date(2026, 8, 1)) is None
