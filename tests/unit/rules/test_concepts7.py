"""Concepts from the seventh tuning split (h7-dev, issue 12): each a structural cause of a miss, not a sentence."""

from __future__ import annotations

import pytest

from assistant.rules.facts import extract_facts

from .concept_helpers import BOOK, STAND, verdict

pytestmark = pytest.mark.unit


def test_lvg_treatment_with_another_sectors_indication_is_not_the_lvg_indication_duration() -> None:
    # h7-121: "LVG" only through the treatment, the indication is a VG one: the stay after the treatment is asked
    # (was a wrong "ja" from lvg_indicatie_duur: nine months is within three years)
    q = ("Na zijn LVG-behandeling kreeg hij een VG-indicatie en wacht hij op een plek. Hij is nu negen maanden na de "
         "behandeling nog bij ons. Vergoedt het zorgkantoor dat nog?")
    assert "lvg_indicatie_duur" not in {r for r, _ in BOOK.route(q)}
    assert verdict(q) == ("sglvg_na_behandeling_blijven", "no")
    # an (SG)LVG indication named in any of these ways still routes there
    assert verdict("Kan een LVG-indicatie voor 4 jaar worden afgegeven?") == ("lvg_indicatie_duur", "no")
    assert verdict("Mijn zoon heeft een indicatie voor SGLVG gekregen voor 2 jaar. Kan dat?") == ("lvg_indicatie_duur", "yes")


def _facts(text: str) -> dict[str, object]:
    return {k: v for k, v in extract_facts(text, today=STAND).items() if k not in ("year", "on")}


@pytest.mark.parametrize(("text", "fact", "value"), [
    # a need heavier than what the profile provides for ("dan waar … in voorziet")
    ("Het zorgkantoor heeft vastgesteld dat haar zorgvraag veel zwaarder is dan waar haar zorgprofiel redelijkerwijs "
     "in voorziet.", "bijzondere_zorgbehoefte", True),
    # an open group said as not closed
    ("Onze woongroep is open, niet besloten, wel met permanent toezicht.", "besloten_setting", False),
    ("Onze groep is besloten.", "besloten_setting", True),
    # on top of the staffing, said with a verb; the denied "binnen de formatie" counts neither way
    ("Het is niet zo dat die begeleider binnen onze gewone formatie valt: ze komt er echt bovenop.", "boven_formatie", True),
    ("Het is niet zo dat die begeleider binnen onze gewone formatie valt.", "boven_formatie", None),
    # support from the region in other words
    ("Drie aanbieders doen mee en de regio steunt het.", "draagvlak_regio", True),
    ("De regio steunt het plan niet.", "draagvlak_regio", False),
    # no double funding said with "dubbel gefinancierd"
    ("Niets wordt dubbel gefinancierd.", "dubbele_financiering", False),
    # the Borg has room ("wel plek"); not "geen plek"
    ("De Borg-instellingen hebben op dit moment wel plek.", "borg_onvoldoende_aanbod", False),
    ("De Borg-instellingen hebben op dit moment geen plek.", "borg_onvoldoende_aanbod", True),
    # a short deployment said with "lang", or as a need that ends
    ("Een gedragskundige gaat zes weken lang een cliënt begeleiden.", "kortdurend", True),
    ("Ze heeft na een val zes weken fysio nodig, daarna is het klaar.", "kortdurend", True),
    ("Hij heeft zes maanden fysio nodig, daarna is het klaar.", "kortdurend", None),  # half a year is not short
    ("Ze heeft drie maanden extra behandeling nodig, daarna niet meer.", "beperkte_periode", True),
    # treatment present, the verb before the subject after a fronted place
    ("Op onze revalidatieafdeling is behandeling aanwezig: SO, fysio en ergo zitten op de afdeling.",
     "locatie_biedt_behandeling", True),
    ("Op onze afdeling is er behandeling niet aanwezig.", "locatie_biedt_behandeling", False),
    # the EKT amount is not read across the base amount's label
    ("EKT vraag: basisbedrag is 2000 euro, wij willen 400 euro aan extra kosten thuis.", "ekt_bedrag", 400.0),
    # an emphasised "géén" is a "geen"
    ("Het zorgkantoor heeft géén overeenkomst met die instelling.", "wachtinstelling_gecontracteerd", False),
    # the device asked for to tell the carers what she needs is for primary communication
    ("Ze heeft een spraakcomputer nodig om de verpleging te vertellen wat ze nodig heeft.", "hulpmiddel_soort",
     "spraak_primair"),
])
def test_facts_in_other_words(text: str, fact: str, value: object) -> None:
    assert _facts(text).get(fact) == value


@pytest.mark.parametrize(("question", "rule", "outcome"), [
    ("We are not recognised as a REC or a DEC. Can the care office still purchase specialised Huntington care from us "
     "this year?", "lvhc_expertisezorg_inkoop", "no"),
    ("Our son has a VPT that includes day activities. Can the care he needs during school hours be funded from it?",
     "zorg_onderwijs_financiering", "yes"),
    ("Is a speech-generating device that a resident needs to tell the nurses what care she needs fully reimbursed on "
     "top of the budget?", "spraakhulpmiddel_bovenbudgettair", "yes"),
    ("Our client with an SGLVG indication is actively on the waiting list of a treatment centre that our care office "
     "has a contract with. To bridge the time until admission, can he receive an MPT for about 12 weeks?",
     "sglvg_anders_verzilveren", "yes"),
])
def test_english_phrasings(question: str, rule: str, outcome: str) -> None:
    assert verdict(question) == (rule, outcome)


def test_ekt_said_as_two_amounts_is_compared_as_a_percentage() -> None:
    # 400 of 2000 euro is 20% of the base amount (h7-050: the EKT amount was read across "basisbedrag is 2000 euro")
    v = BOOK.check_question("EKT vraag: basisbedrag is 2000 euro, wij willen 400 euro aan extra kosten thuis. Mag dat?",
                            as_of=STAND)
    assert v is not None and v.rule_id == "ekt_maximum"
    assert v.facts["ekt_percentage"] == 20.0


def test_a_year_contrasted_after_maar_leaves_the_year_unknown_but_not_without_one() -> None:
    # which year? The clause after "maar" names 2022 for "het": asked (guard maar_year). (Said of another person first,
    # "Mijn buurvrouw heeft al sinds 2015 een pgb, maar mijn zoon kreeg het pas in 2022", the son's year is read:
    # test_concepts18, other_person.)
    assert _facts("Mijn zoon heeft al sinds 2015 een pgb voor zijn begeleiding, maar het LVG-deel kreeg hij pas in 2022."
                  ).get("pgb_sinds") is None
    assert _facts("Ze heeft sinds 2015 een pgb, maar de zorg is zwaarder geworden.").get("pgb_sinds") == 2015
    assert _facts("Ze heeft sinds 2015 een pgb, maar in 2015 ging het nog goed.").get("pgb_sinds") == 2015


def test_a_right_asked_with_another_complement_is_an_eligibility_question() -> None:
    from assistant.rules.facts import is_eligibility_question
    assert is_eligibility_question("Heeft ze nog recht om die behandeling af te maken?")
    assert is_eligibility_question("Houdt hij recht op tandheelkundige zorg?")
    assert not is_eligibility_question("Wat is de Wlz?")
    # h7-012: a move five weeks ago and a bridge begun before it ("al bezig met"): within the nine weeks
    q = ("Een cliënte van ons is vijf weken geleden verhuisd naar een andere instelling. De tandarts was vóór de "
         "verhuizing al bezig met een brug. Heeft ze nog recht om die behandeling af te maken?")
    assert verdict(q) == ("tandheelkundig_na_verhuizing", "yes")
