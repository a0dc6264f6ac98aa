"""Phrasings found while tuning on the development split of set 42 (incident reports and complaints, outsiders asking,
care-plan excerpts, policy memos, English by board members, consultants and care workers): a point decided only later
("…, beslist de directeur pas volgende maand", "…, wordt pas volgende week verdeeld"), left out of a record ("in het
dossier staat niet of …"), not yet examined ("… is nog niet onderzocht"), still to be delivered by a department, or
not known to the writer ("Ik weet niet hoe hij aan die rolstoel kwam: mogelijk via de Wmo, …") is no fact; who gives
the personal care left open; cooling hired for the laying out is no rent of the room; a plan "van drie
ouderenzorgaanbieders"; the night's longer time to reach the client decides; an age in a form's field is no
duration; "a few sessions" and "a one-off assessment" are short."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.rules import RuleBook

from .concept_helpers import read_fact, verdict_at

pytestmark = pytest.mark.unit

STAND = date(2026, 10, 1)


@pytest.mark.parametrize(("text", "name"), [
    ("Of de begeleider extra uren krijgt bovenop de formatie, of dat het binnen haar uren moet, beslist de directie "
     "pas na de zomer.", "boven_formatie"),
    ("Hij heeft een indicatie voor persoonlijke verzorging, maar of die door ons of door een thuiszorgorganisatie "
     "wordt gedaan, wordt pas volgende maand bepaald.", "persoonlijke_verzorging_indicatie"),
    ("Zij heeft een vpt; in het zorgplan staat niet of dat inclusief of exclusief dagbesteding is.",
     "inclusief_dagbesteding"),
    ("Of een derdelijnsbehandeling uitkomst kan bieden, is nog niet onderzocht.", "derdelijns_uitkomst"),
    ("Over ons wetenschappelijk onderzoek moet de afdeling Kwaliteit nog aanleveren welke studies er lopen.",
     "epilepsie_onderzoek"),
    ("Ik weet niet hoe mijn vader aan die scootmobiel gekomen is: mogelijk via de Wmo, maar het kan ook zijn dat hij "
     "hem zelf kocht.", "wmo_hulpmiddel_in_bezit"),
])
def test_a_point_left_open_is_no_fact(text: str, name: str) -> None:
    assert read_fact(text, name) is None


@pytest.mark.parametrize(("text", "name", "value"), [
    # said plainly, the same facts are read
    ("De begeleider krijgt extra uren bovenop de formatie.", "boven_formatie", True),
    ("Zij heeft een vpt inclusief dagbesteding; dat staat ook in het zorgplan.", "inclusief_dagbesteding", True),
    ("Ik weet niet hoe het precies zit, maar hij heeft de scootmobiel via de Wmo gekregen.",
     "wmo_hulpmiddel_in_bezit", True),
    ("Op de rekening staat alleen: huur opbaarkoeling, 2 dagen.", "kosten_soort", "extra_opbaren"),
    ("Op de rekening staat de huur van de kamer voor de dagen na het overlijden.", "kosten_soort", "lege_kamer"),
    ("Wij volgen het transformatieplan van vier gehandicaptenzorgaanbieders in de regio.", "meerdere_aanbieders", True),
    ("Overdag is er binnen 3 minuten iemand bij de cliënt. 's Nachts komt de nachtdienst van de andere locatie en "
     "is er pas na 9 minuten iemand bij de cliënt.", "aanrijtijd_minuten", 9),
    # minutes of something else are not the time to reach the client
    ("Overdag is er binnen 2 minuten iemand bij de cliënt; 's nachts binnen 4 minuten. De nachtdienst heeft elke nacht "
     "30 minuten pauze.", "aanrijtijd_minuten", 4),
    ("Overdag is er binnen 2 minuten iemand bij de cliënt. Elke dag is er 60 minuten overleg.", "aanrijtijd_minuten", 2),
    ("Overdag is er binnen 2 minuten iemand bij de cliënt. 's Nachts rijdt de nachtdienst 20 minuten vanaf de "
     "hoofdlocatie, maar de slaapwacht is binnen 4 minuten bij de cliënt.", "aanrijtijd_minuten", 4),
    ("Cliënt: R., 15 jaar, LVG\nVerwachte duur overbrugging: 11 weken", "duur_weken", 11.0),
    ("Cliënt: S. van den Berg, 17 jaar, LVG\nVerwachte duur overbrugging: 12 weken", "duur_weken", 12.0),
    ("Cliënt: 16 jaar, LVG\nVerwachte duur overbrugging: 10 weken", "duur_weken", 10.0),
    # what the writer does not know is what to do next, not the facts ("ik weet niet wat ik moet doen")
    ("Hij heeft de scootmobiel via de Wmo gekregen; ik weet niet wat we nu moeten doen.", "wmo_hulpmiddel_in_bezit", True),
    ("Ik weet niet waar ik moet beginnen: hij heeft de scootmobiel via de Wmo gekregen.", "wmo_hulpmiddel_in_bezit", True),
    # "niet of nauwelijks" leaves nothing open
    ("Hij staat niet of nauwelijks zelf op en heeft de scootmobiel via de Wmo gekregen.", "wmo_hulpmiddel_in_bezit", True),
])
def test_facts_said_in_other_words(text: str, name: str, value: object) -> None:
    assert read_fact(text, name) == value


def test_two_values_for_the_same_time_of_day_stay_asked() -> None:
    assert read_fact("De ene nacht is er binnen 3 minuten iemand bij de cliënt, de andere nacht binnen 9 minuten.",
                     "aanrijtijd_minuten") is None


@pytest.mark.parametrize("text", ["The psychologist would come for a few sessions only.",
                                  "It is a one-off assessment by a behavioural scientist."])
def test_a_few_sessions_or_a_one_off_assessment_is_short(text: str) -> None:
    assert read_fact(text, "kortdurend", english=True) is True


def test_the_nights_longer_time_fails_the_vg7_condition(book: RuleBook) -> None:
    question = ("Onze VG7-groep is besloten, met permanent toezicht en een AVG, een gedragsdeskundige en "
                "hbo-begeleiders. Overdag is er binnen 2 minuten iemand bij de cliënt; 's nachts komt de nachtdienst "
                "van de hoofdlocatie en is er pas na 12 minuten iemand bij de cliënt. Voldoen wij aan de voorwaarden "
                "voor VG7?")
    assert verdict_at(book, question, STAND) == ("vg7_voorwaarden", "no")


@pytest.mark.parametrize(("text", "name", "value"), [
    # someone else doing something else is no doubt about who gives the personal care
    ("Wij leveren persoonlijke verzorging. Het vervoer wordt gedaan door een taxibedrijf of door onze vrijwilligers.",
     "persoonlijke_verzorging_indicatie", True),
    ("Wij leveren persoonlijke verzorging; de huishoudelijke hulp wordt door ons of door de gemeente geregeld.",
     "persoonlijke_verzorging_indicatie", True),
])
def test_who_does_something_else_leaves_the_fact_as_it_is(text: str, name: str, value: object) -> None:
    assert read_fact(text, name) == value


@pytest.mark.parametrize(("text", "english"), [
    ("The psychologist comes one time per week.", True),
    ("We need the psychologist for a few sessions a week, permanently.", True),
    ("De psycholoog komt een paar sessies per week, zonder einde.", False),
])
def test_a_rhythm_is_no_short_deployment(text: str, english: bool) -> None:
    assert read_fact(text, "kortdurend", english=english) is not True


def test_a_word_said_at_an_audit_is_no_oral_care_topic(book: RuleBook) -> None:
    question = ("Bij de audit zei het zorgkantoor mondeling dat het niet mag. Mogen wij in 2026 C&A declareren voor een "
                "cliënt met Korsakov? Wij zijn aangewezen als REC voor Korsakov.")
    assert verdict_at(book, question, STAND) is not None
    oral = "Moeten wij de uitkomsten van de jaarlijkse audit naar de mondzorg met de cliëntenraad bespreken?"
    assert verdict_at(book, oral, STAND) is None
