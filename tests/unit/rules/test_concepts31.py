"""Concepts of the h23 sweep (facts over chat turns, pasted document lines, relative dates, corrections and staff
abbreviations; evals/data/verdict_scenarios_heldout23.yaml): each phrasing that must be read, next to near phrasings
that must not be."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.rules.shorthand import read_corrected

from .concept_helpers import BOOK, decides, reads_fact

pytestmark = pytest.mark.unit


def _verdict(question: str, history: list[str] | None = None, stand: date = date(2026, 12, 1)
             ) -> tuple[str, str] | None:
    v = BOOK.check_question(question, history=history, as_of=stand)
    return None if v is None else (v.rule_id, v.outcome)


# --------------------------------------------------------------------------- a value the writer takes back


@pytest.mark.parametrize(("text", "read"), [
    ("Ze heeft VG6, nee sorry VG7.", "Ze heeft VG7."),
    ("Hij heeft LVG 3, nee sorry, ik keek verkeerd: LVG 2. Mag hij?", "Hij heeft LVG 2. Mag hij?"),
    ("We hebben 12 plaatsen in het advies, nee sorry, 9 plaatsen.", "We hebben 9 plaatsen in het advies."),
    ("De EKT komt op 18% van het basisbedrag, nee wacht, ik vergat de reiskosten: 27%. Mag dat?",
     "De EKT komt op 27% van het basisbedrag. Mag dat?"),
    ("It would last 8 months - sorry, 15 months in total.", "It would last 15 months in total."),
    ("Hij verhuist per 1 mei, ik bedoel 1 juni.", "Hij verhuist per 1 juni."),
    # an apology for something else moves nothing
    ("Sorry voor de lange mail. Wij hebben 3 cliënten met VG7.", "Sorry voor de lange mail. Wij hebben 3 cliënten met VG7."),
    ("Hij heeft VG5, sorry dat ik het vraag, maar mag hij VG7?", "Hij heeft VG5, sorry dat ik het vraag, maar mag hij VG7?"),
    # two values of another kind: a profile is not corrected by a number
    ("Hij heeft VG5, sorry, 80 jaar is hij.", "Hij heeft VG5, sorry, 80 jaar is hij."),
])
def test_a_corrected_value_is_read_as_corrected(text: str, read: str) -> None:
    assert read_corrected(text) == read


test_the_corrected_value_decides = decides([
    ("De extra kosten thuis komen op 30% van het basisbedrag, nee sorry, 20%. Mag dat?", ("ekt_maximum", "yes")),
    ("De extra kosten thuis komen op 20% van het basisbedrag, nee sorry, 30%. Mag dat?", ("ekt_maximum", "no")),
])


# --------------------------------------------------------------------------- follow-ups


def test_a_follow_up_that_points_back_takes_the_rule_of_the_turn_before() -> None:
    history = ["Mevrouw de Wit heeft een ZZP ZGvis 2. De ergotherapeut zegt dat ze blijvend ZG-behandeling nodig heeft."]
    assert _verdict("Mogen we die behandeling dan naast haar zzp declareren?", history) == (
        "zg_behandeling_naast_zgvis", "no")


def test_a_follow_up_about_another_person_reads_the_last_turn() -> None:
    history = ["Meneer Peters woont met een indicatie GGZ-wonen in onze Wlz-instelling en had via de Wmo een rolstoel.",
               "Zijn buurman, meneer Dekker, heeft VV6, woont ook bij ons en had ook een Wmo-rolstoel."]
    assert _verdict("Geldt dat ook voor hem?", history) == ("ggz_mobiliteitshulpmiddel_behouden", "no")
    # about the first one, the earlier turns count as said
    assert _verdict("Mag meneer Peters die rolstoel houden?", history[:1]) == ("ggz_mobiliteitshulpmiddel_behouden", "yes")


# --------------------------------------------------------------------------- relative dates


test_the_coming_first_of_january_is_next_year = decides([
    ("Vanaf 1 januari willen we de extra kosten thuis op 20% van het basisbedrag zetten. Mag dat?",
     ("ekt_maximum", "unknown")),  # 2027: the version is open
    ("From next January we would like the extra costs at home to be 20% of the base amount. Is that allowed?",
     ("ekt_maximum", "unknown")),
    # a January in the past
    ("Per 1 januari kregen we de extra kosten thuis op 20% van het basisbedrag. Mag dat?", ("ekt_maximum", "yes")),
])


test_years_back_give_the_year_of_the_pgb = decides([
    ("Ze heeft LVG 2, al ruim acht jaar een pgb en het indicatiebesluit loopt nog. Mag ze het LVG-profiel in het pgb "
     "blijven verzilveren?", ("lvg_pgb", "yes")),
    ("Onze cliënt met LVG 2 heeft sinds drie jaar een pgb. Mag hij zijn LVG-profiel in dat pgb verzilveren?",
     ("lvg_pgb", "no")),
    # six years back from 2026 is 2020 or a year either side: asked
    ("Onze cliënt met LVG 2 heeft sinds zes jaar een pgb en zijn indicatiebesluit loopt nog. Mag hij zijn "
     "LVG-profiel in dat pgb verzilveren?", ("lvg_pgb", "unknown")),
])


def test_a_part_of_a_month_gives_the_weeks_since() -> None:
    q = ("Meneer is begin juli verhuisd naar een vpt thuis. Zijn tandarts was in juni al begonnen met een nieuw "
         "kunstgebit. Heeft hij nog recht op die tandheelkundige hulp?")
    assert _verdict(q, stand=date(2026, 8, 10)) == ("tandheelkundig_na_verhuizing", "yes")
    assert _verdict(q, stand=date(2026, 11, 20)) == ("tandheelkundig_na_verhuizing", "no")
    # "in juli" said on 10 September: five to ten weeks, either side of nine: asked
    q2 = q.replace("begin juli", "in juli")
    assert _verdict(q2, stand=date(2026, 9, 10)) == ("tandheelkundig_na_verhuizing", "unknown")


def test_the_weeks_since_bridging_began_and_since_treatment_ended() -> None:
    q = ("Onze cliënt met een SGLVG-indicatie wacht actief op een plek bij een gecontracteerde "
         "SGLVG-behandelinstelling. Sinds 1 mei verzilveren we zijn indicatie als overbrugging met een VG-zzp. Mag die "
         "overbrugging nog doorlopen?")
    assert _verdict(q, stand=date(2026, 12, 15)) == ("sglvg_anders_verzilveren", "no")
    q2 = ("Haar SGLVG-behandeling is per 1 februari afgerond en ze krijgt geen Wlz-indicatie meer. Ze woont sindsdien "
          "nog bij ons. Mag ze nog blijven op kosten van het zorgkantoor?")
    assert _verdict(q2, stand=date(2026, 7, 1)) == ("sglvg_na_behandeling_blijven", "no")


# --------------------------------------------------------------------------- pasted document lines, other words


test_a_form_line_names_what_its_value_is_of = decides([
    ("In ons aanvraagformulier staat: 'Gevraagde periode meerzorg: 5 jaar'. Kan de meerzorg voor die periode worden "
     "toegekend?", ("meerzorg_toekenningsduur", "no")),
])

test_the_zorgkantoor_letter_in_its_own_words = reads_fact("bijzondere_zorgbehoefte", [
    ("Wij zijn van oordeel dat in de zorgbehoefte van uw zoon niet redelijkerwijs binnen het zorgprofiel VG8 kan "
     "worden voorzien.", True),
])

test_all_three_are_needed_for_vg7_staff = reads_fact("avg_gedragsdeskundige_hbo", [
    ("Er zijn een AVG, een gedragsdeskundige en begeleiders van hbo-niveau.", True),
    ("Begeleiders van hbo-niveau, een AVG en een gedragsdeskundige zijn er.", True),
    # the hbo begeleiders not named: asked
    ("Er zijn een AVG en een gedragsdeskundige beschikbaar.", None),
])

test_a_home_is_no_institution = reads_fact("leveringsvorm", [
    ("Cliënt heeft een vpt en woont in een aanleunwoning.", "vpt"),
    ("Hij woont in een appartement met een mpt.", "mpt"),
    ("Hij woont in een instelling.", "verblijf"),
])

test_own_hours_are_no_extra_staff = reads_fact("boven_formatie", [
    ("We zetten de groepsleerkracht zelf in, binnen haar gewone uren; er komt niemand extra bij.", False),
    ("Er komt een extra begeleider bij, boven op de formatie.", True),
])

test_an_english_application_without_advice_is_no_designation = reads_fact("rec_dec_positief_advies", [
    ("We applied to the CElz to be designated as a REC for Huntington, but we have not received any advice yet.", False),
], english=True)

test_a_repair_is_not_whether_the_aid_is_paid = decides([
    ("Who pays for repairs to the Wmo mobility scooter that a GGZ client brought into our Wlz facility?", None),
    ("Wie betaalt de reparatie van de scootmobiel van mijn moeder in het verpleeghuis?", None),
])

test_an_application_is_no_designation_yet = decides([
    ("We hebben bij de CElz aangevraagd om als REC voor Korsakov te worden aangewezen. Mogen wij C&A declareren in "
     "2026?", ("lvhc_ca_declareren", "unknown")),
    ("Wij zijn een REC voor Korsakov met een positief CElz-advies. Mogen wij C&A declareren in 2026?",
     ("lvhc_ca_declareren", "yes")),
])

test_a_treatment_team_in_own_service_is_expertise_in_house = reads_fact("expertise_in_huis", [
    ("Locatie De Linde: behandelteam in eigen dienst; regiebehandelaar is een GZ-psycholoog.", True),
    ("De behandelexpertise huren we in bij een externe praktijk.", False),
])

test_personal_care_given_by_another_provider = reads_fact("persoonlijke_verzorging_indicatie", [
    ("Ze heeft een indicatie voor persoonlijke verzorging, maar die zorg wordt geleverd door een andere "
     "thuiszorgorganisatie; wij doen alleen dagbesteding.", False),
    ("The client has a Wlz indication for personal care, but that care is provided by another home-care provider; we "
     "only provide day activities.", False),
], english=True)

test_a_decision_letter_names_the_new_indication = reads_fact("vervolg_indicatie", [
    ("In de brief van het CIZ staat: 'Nieuwe indicatie SGLVG, ingangsdatum aansluitend op de huidige indicatie.'",
     "sglvg_opnieuw"),
])

test_no_wlz_indication_gets_no_verdict_from_a_wlz_rule = decides([
    ("Mijn vader woont thuis en heeft geen Wlz-indicatie. Betaalt de zorgverzekeraar of de gemeente zijn rolstoel?",
     None),
    # "geen Wlz-indicatie meer" after a (SG)LVG treatment is the stay rule's own fact
    ("Haar SGLVG-behandeling is afgerond en ze krijgt geen Wlz-indicatie meer. Ze woont al 20 weken nog bij ons. Mag "
     "ze blijven op kosten van het zorgkantoor?", ("sglvg_na_behandeling_blijven", "no")),
])
