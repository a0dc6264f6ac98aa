"""Phrasings found while tuning on the older development splits at stop 61: a start of declaring said as a rough
part of a month ("vanaf ergens half april", "per medio mei", "vanaf eind april") is a span of days, and the check
decides only when every day of it gives the same answer."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.rules import RuleBook

from .concept_helpers import verdict_at

pytestmark = pytest.mark.unit

STAND = date(2026, 3, 5)


@pytest.mark.parametrize(("text", "outcome"), [
    # the span lies after the advice's first day: yes
    ("Ons positieve CElz-advies als REC Korsakov heeft als ingangsdatum 1 maart 2026. We willen het ZZP declareren "
     "vanaf ergens half april. Mag dat?", "yes"),
    ("Ons CElz-advies als REC gaat in op 1 april 2026. Mogen we het ZZP declareren per medio mei?", "yes"),
    # the span lies before it: no
    ("Ons CElz-advies als DEC NAH+ gaat in op 1 mei 2026. Mogen we het ZZP declareren vanaf half april?", "no"),
    # the advice starts within the span: some days are before it, some after: not decided, asked
    ("Ons CElz-advies als DEC NAH+ gaat in op 15 april 2026. Mogen we het ZZP declareren vanaf half april?",
     "unknown"),
])
def test_a_rough_part_of_a_month_is_a_span_of_days(book: RuleBook, text: str, outcome: str) -> None:
    assert verdict_at(book, text, STAND) == ("lvhc_zzp_declaratie", outcome)


def test_the_beginning_of_a_month_is_its_first_day(book: RuleBook) -> None:
    text = "Ons CElz-advies als REC gaat in op 1 mei 2026. Mogen we het ZZP declareren vanaf begin mei?"
    assert verdict_at(book, text, STAND) == ("lvhc_zzp_declaratie", "yes")


# --- set 46 (development split): phone calls written out, formal letters, the question labelled "Vraag:" --------

def test_a_point_another_department_must_still_confirm_is_left_open(book: RuleBook) -> None:
    text = ("Voor onze LVG 4-groep zitten wonen, dagbesteding en vrije tijd op één locatie en de behandelexpertise "
            "hebben we zelf in huis. Per 1 december start een nieuwe verantwoordelijk behandelaar; of zij een "
            "geregistreerde GZ-psycholoog is, moet P&O nog bevestigen. Voldoen wij aan de eisen?")
    assert verdict_at(book, text, date(2026, 11, 24)) == ("lvg_aanbieder_voorwaarden", "unknown")
    stated = text.replace("of zij een geregistreerde GZ-psycholoog is, moet P&O nog bevestigen",
                          "zij is een geregistreerde GZ-psycholoog")
    assert verdict_at(book, stated, date(2026, 11, 24)) == ("lvg_aanbieder_voorwaarden", "yes")


def test_a_part_of_a_fact_asked_in_a_call_and_not_known_leaves_the_fact_open(book: RuleBook) -> None:
    call = ("K: Ik loop de VG7-voorwaarden na. Is de setting besloten?\nL: Ja, besloten.\n"
            "K: Permanent toezicht, met de mogelijkheid om direct in te grijpen?\nL: Ja, dag en nacht.\n"
            "K: Hoe snel is er iemand bij de cliënt?\nL: Binnen vier minuten.\n"
            "K: En een AVG, een gedragsdeskundige en begeleiders van hbo-niveau?\n"
            "L: De AVG en de gedragsdeskundige zijn er. {last}\n"
            "Vraag: voldoen wij met deze groep aan de aanvullende inkoopvoorwaarden voor ZZP VG7?")
    open_ = call.format(last="Of er begeleiders van hbo-niveau in het team zitten, weet ik eerlijk gezegd niet.")
    assert verdict_at(book, open_, date(2026, 3, 24)) == ("vg7_voorwaarden", "unknown")
    known = call.format(last="De begeleiders zijn allemaal van hbo-niveau.")
    assert verdict_at(book, known, date(2026, 3, 24)) == ("vg7_voorwaarden", "yes")


def test_english_what_i_dont_know_is_whether(book: RuleBook) -> None:
    text = ("One of our clients has a VPT without treatment, exclusief behandeling. Her GP wants to consult a specialist "
            "ouderengeneeskunde, an H335 consultation. {doubt} Can we declare that consultation on top of her VPT?")
    doubt = ("What I honestly don't know yet is whether our organisation is toegelaten for behandeling and whether we "
             "have an agreement about it with the zorgkantoor.")
    assert verdict_at(book, text.format(doubt=doubt), date(2026, 4, 23)) == ("wlz_behandeling_naast_zzp", "unknown")


def test_a_formal_request_states_no_other_funding_and_no_better_scheme(book: RuleBook) -> None:
    text = ("Namens vier zorgaanbieders dienen wij een aanvraag in voor het regiobudget. De vier aanbieders voeren het "
            "plan gezamenlijk uit. Er is breed draagvlak in de regio. Er ligt een transformatieplan met "
            "SMART-geformuleerde afspraken. Geen enkel deel van het plan wordt al uit een andere bron gefinancierd, en "
            "wij hebben nagegaan dat de SPUK DOS of een andere regeling voor dit plan niet beter past. Graag vernemen "
            "wij of dit plan in 2026 in aanmerking komt voor transitiemiddelen.")
    assert verdict_at(book, text, date(2025, 11, 4)) == ("transitiemiddelen_inzet", "yes")


def test_the_labelled_question_of_a_written_out_call_is_the_one_asked(book: RuleBook) -> None:
    text = ("E: Wie moet het gebit van mevrouw Dijkstra poetsen? De tandarts zegt: dat doet de thuiszorg.\n"
            "T: Heeft ze een Wlz-indicatie?\nE: Ja, met een MPT, en daarin zit persoonlijke verzorging.\n"
            "T: En wie levert die persoonlijke verzorging?\nE: Wij, ons team, elke ochtend en avond.\n"
            "Vraag: zijn wij verantwoordelijk voor de dagelijkse mondverzorging van mevrouw Dijkstra?")
    assert verdict_at(book, text, date(2026, 2, 3)) == ("dagelijkse_mondverzorging", "yes")


def test_a_speaker_who_says_a_fact_no_longer_holds_takes_it_back(book: RuleBook) -> None:
    text = ("Zoon: Mijn moeder is bijna doof en krijgt begeleiding van een audioloog.\n"
            "Ik: In ons systeem staat dat ze een ZZP ZGaud heeft.\n"
            "Zoon: Dat klopt niet meer, het CIZ heeft haar opnieuw geïndiceerd. Welk profiel het nu is, weet ik niet.\n"
            "Vraag: wordt de behandeling voor haar gehoorbeperking uit de Wlz betaald?")
    assert verdict_at(book, text, date(2026, 1, 22)) == ("zg_behandeling_wlz", "unknown")
    kept = text.replace("Dat klopt niet meer, het CIZ heeft haar opnieuw geïndiceerd. Welk profiel het nu is, weet ik "
                        "niet.", "Dat klopt.")
    assert verdict_at(book, kept, date(2026, 1, 22)) == ("zg_behandeling_wlz", "yes")


def test_closed_living_groups_in_the_plural(book: RuleBook) -> None:
    text = ("Voldoen wij aan de aanvullende inkoopvoorwaarden voor ZZP VG7? De woongroepen zijn besloten, met gesloten "
            "buitendeuren. Er is dag en nacht permanent toezicht met mogelijkheid tot direct ingrijpen; bij de alarmtest "
            "was er binnen 3 minuten iemand bij de cliënt. Er zijn een AVG, een "
            "gedragsdeskundige "
            "en begeleiders van hbo-niveau aanwezig.")
    assert verdict_at(book, text, date(2026, 2, 1)) == ("vg7_voorwaarden", "yes")


def test_a_request_letter_asks_in_its_last_sentence_before_the_closing(book: RuleBook) -> None:
    letter = ("Geachte heer Smits,\nHet gaat uitsluitend om cliënten met een indicatie LVG 2. Het wonen vindt plaats op "
              "onze locatie Het Anker; dagbesteding en vrije tijd bieden wij aan op een tweede locatie. De "
              "behandelexpertise huren wij extern in; wij blijven zelf verantwoordelijk voor de kwaliteit.\n"
              "Graag verneem ik of wij hiermee voldoen aan de eisen voor locatie, expertise en behandelaar.\n"
              "Met vriendelijke groet,\nJ. de Boer, directeur zorg")
    # "wij blijven zelf verantwoordelijk" is no stay after a treatment; the closing and the signature ask nothing
    assert verdict_at(book, letter, date(2026, 2, 12)) == ("lvg_aanbieder_voorwaarden", "yes")


@pytest.mark.parametrize(("text", "name", "value"), [
    # the places of another institution De Borg pointed to
    ("We belden De Borg. Zij verwezen ons naar een instelling die wel genoeg plekken heeft.", "borg_onvoldoende_aanbod",
     None),
    # whether a better scheme fits is asked, not denied
    ("Wij hebben nagegaan of de SPUK DOS voor dit plan niet beter past.", "andere_regeling_passend", None),
    # "besloten" as "decided"
    ("Voor onze woongroepen besloten we vorig jaar nieuwe regels.", "besloten_setting", None),
    ("Onze woongroepen voor VG7-cliënten zijn besloten.", "besloten_setting", True),
])
def test_review_cases(text: str, name: str, value: object) -> None:
    from assistant.rules.facts import extract_facts
    assert extract_facts(text, today=STAND, names=[name]).get(name) == value


def test_a_month_said_roughly_is_any_day_of_it(book: RuleBook) -> None:
    text = "Ons CElz-advies als DEC NAH+ gaat in op 15 april 2026. Mogen we het ZZP declareren vanaf ergens april?"
    assert verdict_at(book, text, STAND) == ("lvhc_zzp_declaratie", "unknown")


def test_it_no_longer_fits_with_a_need_takes_nothing_back() -> None:
    from assistant.rules.facts import taken_back
    text = "Mijn moeder woont sinds 2019 thuis met een VV5-indicatie. Het klopt niet meer met haar zorgbehoefte."
    assert "vv5-indicatie" in taken_back(text.lower())


def test_a_labelled_question_outside_a_conversation_keeps_the_next_one() -> None:
    from assistant.rules.facts import asking_parts
    parts = asking_parts("mijn vraag: heeft mijn vader recht op een wlz-indicatie? wat moet ik daarvoor doen?")
    assert len(parts) == 2
