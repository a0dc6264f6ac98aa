"""Misses of h10-dev (issue 12), by concept. Variants written here, not taken from an eval set.

- A fact that holds only when several things are all there (registry ``delen``): one part said to be absent, in any
  of the ways a "nee" is said, makes it "nee"; a "ja" that names two parts across "maar" does not outweigh it.
"""

from __future__ import annotations

import pytest

from assistant.rules.facts import extract, extract_facts, normalize_question
from assistant.rules.registry import Recogniser, elsewhere_patterns, part_absent_patterns

from .concept_helpers import BOOK, STAND, asks_for_a_decision, decides, reads_fact, verdict

pytestmark = pytest.mark.unit

VG7_SETTING = "Onze VG7-groep is besloten, er is permanent toezicht en binnen drie minuten is er iemand. "


test_one_required_part_absent_is_a_no = reads_fact("avg_gedragsdeskundige_hbo", [
    ("Een AVG hebben we, maar een gedragsdeskundige niet.", False),
    ("Een gedragsdeskundige hebben we, maar een AVG niet.", False),
    ("We hebben een AVG en een gedragswetenschapper, maar geen begeleiders op hbo-niveau.", False),
    ("Er werkt een AVG; de gedragsdeskundige ontbreekt.", False),
    ("Er is een gedragskundige, zonder vaste AVG.", False),
    # every part there: still yes
    ("Een AVG, een gedragsdeskundige en hbo-begeleiders zijn er allemaal.", True),
    # a denied absence says nothing either way
    ("Het is niet zo dat we geen gedragsdeskundige hebben.", None),
])


@pytest.mark.parametrize("statement", [
    "Een AVG hebben we, maar een gedragsdeskundige niet.",
    "Een AVG en een gedragsdeskundige hebben we wel, hbo-begeleiders niet.",
])
def test_a_missing_part_decides_the_rule(statement: str) -> None:
    assert verdict(VG7_SETTING + statement + " Voldoen we aan de VG7-voorwaarden?") == ("vg7_voorwaarden", "no")


def test_parts_give_nee_patterns_in_data() -> None:
    rec = Recogniser(delen=["gedragsdeskundige"], ja=["avg"])
    assert set(part_absent_patterns("gedragsdeskundige")) <= set(rec.patterns("nee"))
    assert rec.patterns("ja") == ["avg"]


@pytest.mark.parametrize(("question", "expected"), [
    ("Geld de toeslag ook voor een cliënt met VG5?", "geldt de toeslag"),
    ("Word dit hulpmiddel apart vergoed?", "wordt dit hulpmiddel"),
    ("Betaald het zorgkantoor de rolstoel?", "betaalt het zorgkantoor"),
    # right as written: "word ik", "word je"; "geld" as a noun
    ("Word ik hiervoor gecompenseerd?", "word ik"),
    ("Is er geld voor de extra uren?", "er geld voor"),
    # a separable verb read joined
    ("Koopt het zorgkantoor dit jaar nog Korsakov-zorg bij ons in?", "inkoopt het zorgkantoor"),
    ("Zetten we de extra uren in?", "inzetten we de extra uren?"),
    ("We kopen in Utrecht een pand.", "we kopen in utrecht"),
])
def test_routing_reads_the_verb_meant(question: str, expected: str) -> None:
    assert expected in normalize_question(question)


test_a_question_about_a_limit_is_a_yes_no_question = asks_for_a_decision(True, [
    "De EKT is € 900 bij een basisbedrag van € 4.000. Blijft dat binnen de grens?",
    "Valt dat binnen het maximum?",
    "Gaat dat over de grens?",
])


test_routed_in_the_words_people_type = decides([
    ("Voor mijn moeder zijn de extra kosten thuis € 900 per maand bij een basisbedrag van € 4.000. Blijft dat binnen "
     "de grens?", ("ekt_maximum", "yes")),
    ("De extra kosten thuis zijn € 1.200 per maand bij een basisbedrag van € 4.000. Blijft dat binnen de grens?",
     ("ekt_maximum", "no")),
    ("geld de observatietoeslag ook voor een cliënt met VG3?", ("toeslag_observatie_profiel", "no")),
    ("Ons CElz-advies voor Huntington was negatief. Koopt het zorgkantoor dit jaar toch Huntington-zorg bij ons in?",
     ("lvhc_expertisezorg_inkoop", "no")),
    ("My mother lives in a nursing home with a care package including treatment. Are her wound care supplies paid "
     "on top of the nursing home's budget?", ("hulpmiddel_bovenbudgettair", "no")),
])


test_what_comes_from_elsewhere_is_a_no = reads_fact("behandeling_zelfde_instelling", [
    ("Hij heeft verblijf met behandeling, maar de behandeling komt niet van ons.", False),
    ("Een externe behandeldienst levert de SO en de fysiotherapeut.", False),
    ("De behandeling wordt geleverd door een externe organisatie.", False),
    # ours: still yes; "niet alleen van ons" is no "nee" of a whole
    ("De behandeling komt van het verpleeghuis zelf.", True),
    ("De behandeling doen wij niet zelf, dat doet een andere instelling.", None),
])


def test_elsewhere_patterns_in_data() -> None:
    rec = Recogniser(elders="behandel\\w*")
    assert set(elsewhere_patterns("behandel\\w*")) <= set(rec.patterns("nee"))
    assert verdict("Onze bewoner heeft verblijf met behandeling, maar die behandeling komt niet van ons: een externe "
                   "behandeldienst levert de SO. Valt zijn mondzorg onder de Wlz?") == ("tandheelkundige_zorg_wlz", "no")


test_a_fact_denied_as_a_whole = reads_fact("locatie_biedt_behandeling", [
    ("Het is niet zo dat er op onze locatie aan de Dorpsstraat behandeling wordt geboden.", False),
    ("Het is niet waar dat wij op die locatie behandeling bieden.", False),
    # a sign of it denied, or a denial that says less than its opposite: unknown
    ("Het is niet zo dat de SO op die locatie werkt.", None),
    ("Het is niet zo dat we op die locatie alleen behandeling bieden.", None),
    ("Het is niet zo dat er op die locatie nooit behandeling wordt geboden.", None),
    # a denied absence stays a yes
    ("Het is niet zo dat er op die locatie geen behandeling is.", True),
])


def test_a_denied_fact_decides_the_rule() -> None:
    q = ("Het is niet zo dat er op onze locatie in Zeist behandeling wordt geboden. Mogen we daar invasieve beademing "
         "leveren?")
    assert verdict(q) == ("invasieve_beademing_locatie", "no")
    # without the fact's own word the denial decides nothing
    assert Recogniser(denied_ja_is_nee=None).denied_ja_is_nee is None


test_alone_in_other_words = reads_fact("meerdere_aanbieders", [
    ("We voeren het project als enige aanbieder uit.", False),
    ("Dit plan trekken we in ons eentje.", False),
    ("We doen het samen met twee andere zorgaanbieders.", True),
])


def test_the_same_day_points_back() -> None:
    q = "Ons DEC-advies voor Korsakov is positief en gaat in op 1 maart 2026. Mogen we het ZZP vanaf diezelfde dag declareren?"
    assert verdict(q) == ("lvhc_zzp_declaratie", "yes")
    q2 = "Ons DEC-advies voor Korsakov is positief en gaat in op 1 maart 2026. Mogen we het ZZP per dezelfde datum declareren?"
    assert verdict(q2) == ("lvhc_zzp_declaratie", "yes")


def test_an_end_date_is_no_start_date() -> None:
    q = ("Wij zijn DEC voor Korsakov met een positief advies. Ons advies loopt op 30 juni 2026 af. Mogen we het ZZP "
         "vanaf 1 juli 2026 declareren?")
    got = extract_facts(q, today=STAND)
    assert "ingangsdatum_advies" not in got
    assert verdict(q) == ("lvhc_zzp_declaratie", "unknown")


@pytest.mark.parametrize(("ends", "outcome"), [
    ("het advies loopt op 30 juni af en de afspraak zou doorlopen tot eind december", "no"),
    ("het advies loopt op 31 december af en de afspraak zou doorlopen tot eind december", "yes"),
    ("het advies loopt op 30 september af en de afspraak loopt tot eind september", "yes"),
])
def test_the_advice_end_against_the_agreement_end(ends: str, outcome: str) -> None:
    q = (f"Wij zijn REC met een positief CElz-advies voor 4 plaatsen en rekenen met 300 ligdagen. We willen 1.000 dagen "
         f"afspreken, maar {ends}. Kan die productieafspraak?")
    assert verdict(q) == ("lvhc_productieafspraak", outcome)


test_facts_in_other_words = decides([
    ("Wordt een spraakcomputer waarmee mijn moeder met de verpleging praat volledig bovenbudgettair vergoed?",
     ("spraakhulpmiddel_bovenbudgettair", "yes")),
    ("Onze cliënt woont bij ons. Volgens het zorgkantoor valt haar zorgvraag niet binnen wat haar zorgprofiel biedt. "
     "Komt ze in aanmerking voor meerzorg?", ("meerzorg_bijzondere_zorgbehoefte", "yes")),
    ("Eerdere interventies hebben onvoldoende opgeleverd, een derdelijnsbehandeling kan nog iets toevoegen en de "
     "Borg-instellingen hebben te weinig plek. Koopt het zorgkantoor meer SGLVG-verblijf in?", ("sglvg_extra_inkoop", "yes")),
    ("Eerdere interventies hebben onvoldoende opgeleverd, maar bij de Borg-instellingen is genoeg plek. Koopt het "
     "zorgkantoor meer SGLVG-verblijf in?", ("sglvg_extra_inkoop", "no")),
])


test_the_order_of_two_events = reads_fact("behandeling_gestart_voor_verhuizing", [
    ("Meneer is twee weken geleden bij ons ingetrokken en vorige week is de tandarts met een behandeling begonnen.", False),
    ("Vorige week is mevrouw verhuisd; de tandarts was drie weken geleden al met een kroon begonnen.", True),
    ("De tandarts is gisteren begonnen. Mijn vader is vorige maand bij ons komen wonen.", False),
    ("De behandeling is op 2 maart 2026 gestart en hij is op 20 maart 2026 verhuisd.", True),
    # the same time for both, or times too close to order across units: unknown
    ("Hij is vorige week verhuisd en vorige week is de tandarts begonnen.", None),
    ("Hij is vorige maand verhuisd en drie weken geleden is de tandarts begonnen.", None),
    # one event undated: unknown
    ("Hij is verhuisd en de tandarts is vorige week begonnen.", None),
])


test_the_order_of_two_events_decides_the_rule = decides([
    ("Mevrouw is drie weken geleden bij ons komen wonen en de tandarts is vorige week met een nieuwe prothese begonnen. "
     "Valt dat onder de regeling voor tandheelkundige hulp die vóór de verhuizing was begonnen?",
     ("tandheelkundig_na_verhuizing", "no")),
    ("Mevrouw is vorige week bij ons komen wonen en de tandarts was drie weken geleden al met een brug begonnen. Heeft "
     "ze nog recht op die tandheelkundige hulp?", ("tandheelkundig_na_verhuizing", "yes")),
])


def test_the_rule_described_states_nothing_but_a_person_described_does() -> None:
    q = ("Meneer is twee weken geleden bij ons komen wonen. Valt zijn tandarts onder de regeling voor tandheelkundige "
         "hulp die vóór de verhuizing was begonnen?")
    assert "behandeling_gestart_voor_verhuizing" not in extract_facts(q, today=STAND)
    assert verdict(q) == ("tandheelkundig_na_verhuizing", "unknown")
    person = "Geldt de toeslag voor een cliënt die een besloten setting heeft?"
    assert extract_facts(person, today=STAND, names=["besloten_setting"]).get("besloten_setting") is True


@pytest.mark.parametrize(("moved", "outcome"), [
    ("vorige week", "yes"),
    ("vorige maand", "yes"),   # at most about 5 weeks back from 1 December: within 9 weeks
    ("vorig jaar", "no"),
    ("gisteren", "yes"),
])
def test_the_time_since_a_move_said_back_from_now(moved: str, outcome: str) -> None:
    q = (f"Mijn vader is {moved} verhuisd en de tandarts was drie maanden geleden al met een brug begonnen. Heeft hij nog "
         "recht op die tandheelkundige hulp?")
    assert verdict(q) == ("tandheelkundig_na_verhuizing", outcome)


def test_a_time_ago_of_something_else_is_not_the_time_since_the_move() -> None:
    q = "Mijn vader is verhuisd. De tandarts is drie maanden geleden begonnen. Heeft hij nog recht op die tandheelkundige hulp?"
    rule = BOOK.rules["tandheelkundig_na_verhuizing"]
    got = extract(q, rule.facts, today=STAND, duration_since=rule.duration_since)
    assert "duur_weken" not in got and "duur_maanden" not in got
    assert verdict(q) == ("tandheelkundig_na_verhuizing", "unknown")


test_someone_elses_year_is_not_the_clients = reads_fact("pgb_sinds", [
    ("Mijn buurvrouw heeft al sinds 2015 een pgb, maar mijn dochter kreeg het pas in 2021.", 2021),
    ("Mijn buurvrouw heeft al sinds 2015 een pgb, maar mijn dochter heeft er sinds 2018 ook een.", 2018),
    # the neighbour's year alone: not the client's
    ("Mijn buurvrouw heeft al sinds 2015 een pgb, maar mijn dochter niet.", None),
    # said of the client herself: read as before
    ("Mijn dochter heeft sinds 2017 een pgb.", 2017),
])


test_the_fact_itself_negated = reads_fact("boven_formatie", [
    ("We zetten eigen personeel in, maar niet boven op de reguliere formatie.", False),
    ("Onze begeleider komt niet bovenop de formatie.", False),
    ("We zetten personeel in, niet alleen boven op de formatie.", None),
    ("We zetten personeel in boven op de reguliere formatie.", True),
])


test_a_yes_taken_back_after_maar = reads_fact("bijzondere_zorgbehoefte", [
    ("Vroeger had mijn oom volgens het zorgkantoor een bijzondere zorgbehoefte, maar dat is niet meer zo.", False),
    ("Hij had volgens het zorgkantoor een bijzondere zorgbehoefte, maar nu niet meer.", False),
    # a correction that says something else (less severe, not gone): not taken back
    ("Hij had volgens het zorgkantoor een bijzondere zorgbehoefte, maar dat is niet meer zo erg.", True),
])


test_the_part_about_ones_own_person = reads_fact("ekt_percentage", [
    ("Mijn buurvrouw krijgt 30% EKT, mijn vader krijgt 20%.", 20.0),
    ("Mijn vader krijgt 20% EKT, mijn buurvrouw 30%.", 20.0),
    ("Haar kamergenote heeft 35% EKT, mijn moeder 15%.", 15.0),
])
