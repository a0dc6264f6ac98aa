"""Misses of h15-dev, by concept. Variants written here, not taken from an eval set.

- The personal care given by another provider ("wordt door een andere aanbieder gedaan"), or only household help from
  us: not the provider asking. A fronted "komt … een andere thuiszorgorganisatie" is another party's, never a "ja".
- A wheelchair said to be shared in its own relative clause ("die door alle bewoners worden gebruikt") is a movable
  facility of the home; an aid said to be for the nursing or the care names that value too.
- A speech device with which the client talks with the carers ("zodat hij met de verzorgenden kan bespreken").
- A short deployment put after the verb as an aside ("laten meekijken, zo'n zes weken").
- A package with no treatment in it ("een volledig pakket thuis waar geen behandeling in zit").
- No money from other sources ("er komt geen geld uit andere bronnen").
- An LVG indication given again ("weer een LVG-indicatie").
- Routing: the sense named by what the client can no longer do ("ziet bijna niks meer"), and the period of meerzorg
  as a span of years ("voor de periode 2027 tot en met 2029").
- English: "nursing care", "mouth care", "bill the LVHC care package".
"""

from __future__ import annotations

import pytest

from assistant.rules.english import read_in_dutch
from assistant.rules.facts import extract_facts

from .concept_helpers import STAND, verdict

pytestmark = pytest.mark.unit


def _fact(text: str, name: str) -> object:
    return extract_facts(read_in_dutch(text), today=STAND, names=[name]).get(name)


# --------------------------------------------------------------------------- personal care by another provider

@pytest.mark.parametrize(("text", "value"), [
    ("Haar persoonlijke verzorging wordt gedaan door een andere zorgaanbieder.", False),
    ("Een externe organisatie verleent bij meneer de persoonlijke verzorging.", False),
    ("Wij doen bij haar alleen de huishoudelijke hulp.", False),
    # negated, or said by another party in another word order: unknown
    ("De persoonlijke verzorging wordt niet door een andere aanbieder gedaan.", None),
    ("Voor de persoonlijke verzorging komt bij deze cliënt een andere thuiszorgorganisatie.", None),
    ("Wij doen alleen de huishoudelijke hulp en de persoonlijke verzorging.", True),
])
def test_personal_care_by_another_provider(text: str, value: object) -> None:
    assert _fact(text, "persoonlijke_verzorging_indicatie") == value


def test_personal_care_by_another_provider_is_no_for_daily_oral_care() -> None:
    q = ("Bij mevrouw verzorgen wij alleen de schoonmaak; haar persoonlijke verzorging komt van een andere "
         "zorgaanbieder. Moeten wij haar tanden poetsen?")
    assert verdict(q) == ("dagelijkse_mondverzorging", "no")
    near = ("Voor de persoonlijke verzorging komt bij deze cliënt een andere thuiszorgorganisatie. Is onze organisatie "
            "verantwoordelijk voor de dagelijkse mondverzorging?")
    assert verdict(near) == ("dagelijkse_mondverzorging", "unknown")


# --------------------------------------------------------------------------- a shared wheelchair, an aid for the care

@pytest.mark.parametrize(("text", "value"), [
    ("In de huiskamer staat een rolstoel die door meerdere cliënten wordt gedeeld.", "roerend_gedeeld"),
    ("Ze gebruikt de gedeelde rolstoel van de afdeling.", "roerend_gedeeld"),
    ("Ze heeft een rolstoel die niet door alle bewoners wordt gebruikt.", "mobiliteit_individueel"),
    # said apart from the wheelchair it is hers: both values named, unknown
    ("De rolstoel van mijn moeder is niet individueel aangepast, iedereen op de afdeling gebruikt hem.", None),
    # a hoist for the care: shared or for the care, unknown which
    ("Meneer heeft thuis een tillift nodig voor de verzorging.", None),
])
def test_shared_wheelchair_and_aid_for_the_care(text: str, value: object) -> None:
    assert _fact(text, "hulpmiddel_soort") == value


def test_shared_wheelchairs_are_from_the_budget() -> None:
    q = "Wij hebben drie rolstoelen die door alle bewoners worden gebruikt. Betaalt het zorgkantoor die apart?"
    assert verdict(q) == ("hulpmiddel_bovenbudgettair", "no")


def test_hoist_for_the_care_at_home_is_not_decided() -> None:
    q = "Mijn vader heeft een VPT en heeft thuis een tillift nodig voor de verzorging. Wordt die bovenbudgettair vergoed?"
    assert verdict(q) == ("hulpmiddel_bovenbudgettair", "unknown")
    # a hoist on the ward stays a movable facility of the home
    assert verdict("Is een tillift op de afdeling bovenbudgettair?") == ("hulpmiddel_bovenbudgettair", "no")


# --------------------------------------------------------------------------- talking with the carers

@pytest.mark.parametrize(("text", "value"), [
    ("Ze krijgt een spraakcomputer zodat ze met de verpleging kan overleggen over haar zorg.", "spraak_primair"),
    ("een spraakcomputer waarmee hij met zijn begeleiders kan praten", "spraak_primair"),
    ("een spraakcomputer zodat ze ook met de verpleging kan praten", None),
    ("een spraakcomputer zodat hij met zijn kleinkinderen kan praten", None),
])
def test_speech_device_to_talk_with_the_carers(text: str, value: object) -> None:
    assert _fact(text, "hulpmiddel_soort") == value


# --------------------------------------------------------------------------- a short deployment as an aside

@pytest.mark.parametrize(("text", "value"), [
    ("De SO wil een fysiotherapeut inzetten, ongeveer vier weken.", True),
    ("We laten een orthopedagoog meekijken, een maand.", True),
    ("De SO liet een gedragswetenschapper meekijken, zes weken geleden.", None),
    ("De SO wil een psycholoog inzetten, drie weken per jaar.", None),
])
def test_short_deployment_as_an_aside(text: str, value: object) -> None:
    assert _fact(text, "kortdurend") == value


# --------------------------------------------------------------------------- no treatment in the package

@pytest.mark.parametrize(("text", "value"), [
    ("Meneer heeft een zzp waar geen behandeling in zit.", False),
    ("Er zit geen behandeling in, het is een kaal pakket.", False),
    ("In haar VPT zit geen behandeling.", False),
    ("Meneer heeft een zzp waar ook behandeling in zit.", None),
])
def test_no_treatment_in_the_package(text: str, value: object) -> None:
    assert _fact(text, "behandeling_inbegrepen") == value


def test_consultation_beside_a_package_without_treatment_is_yes() -> None:
    q = ("Mevrouw krijgt van ons een VPT waar geen behandeling in zit. Wij zijn toegelaten voor behandeling en hebben "
         "daarover afspraken met het zorgkantoor. Haar huisarts vraagt een consult van de SO. Mogen wij dat consult "
         "declareren naast het VPT?")
    assert verdict(q) == ("wlz_behandeling_naast_zzp", "yes")


# --------------------------------------------------------------------------- no money from other sources

@pytest.mark.parametrize(("text", "value"), [
    ("Er is geen financiering van andere fondsen.", False),
    ("Er komt geen geld uit andere bronnen.", False),
    ("Mogen we ook geld uit andere bronnen gebruiken?", None),
])
def test_no_money_from_other_sources(text: str, value: object) -> None:
    assert _fact(text, "dubbele_financiering") == value


# --------------------------------------------------------------------------- an LVG indication again

@pytest.mark.parametrize(("text", "value"), [
    ("Ze heeft wederom een SGLVG-indicatie gekregen.", "sglvg_opnieuw"),
    ("Het CIZ gaf hem alweer een LVG-indicatie.", "sglvg_opnieuw"),
    ("Het CIZ heeft hem niet weer een LVG-indicatie gegeven.", None),
])
def test_lvg_indication_again(text: str, value: object) -> None:
    assert _fact(text, "vervolg_indicatie") == value


# --------------------------------------------------------------------------- routing

def test_sense_named_by_what_the_client_cannot_do() -> None:
    q = "Mijn tante hoort bijna niks meer. Wordt haar behandeling door de Wlz betaald in plaats van de zorgverzekering?"
    v = verdict(q)
    assert v is not None and v[0] == "zg_behandeling_wlz"
    # "ziet er niks in" is no sense that fails
    near = "De SO ziet er niks in. Wordt de behandeling door de Wlz betaald in plaats van de zorgverzekering?"
    v = verdict(near)
    assert v is None or v[0] != "zg_behandeling_wlz"


def test_meerzorg_for_a_span_of_years_is_the_period_rule() -> None:
    v = verdict("Kan meerzorg worden toegekend voor de jaren 2026-2028?")
    assert v is not None and v[0] == "meerzorg_toekenningsduur"
    # no span of years: whether meerzorg can be had at all
    v = verdict("Kan meerzorg worden toegekend voor mijn moeder?")
    assert v is not None and v[0] == "meerzorg_bijzondere_zorgbehoefte"


# --------------------------------------------------------------------------- English

@pytest.mark.parametrize(("text", "dutch"), [
    ("She needs a shower chair for the nursing care.", "voor de verpleging"),
    ("Who is responsible for his mouth care?", "dagelijkse mondverzorging"),
    ("Can we bill the Korsakoff care package from 1 March?", "mogen wij het zzp declareren"),
])
def test_english_reading(text: str, dutch: str) -> None:
    assert dutch in read_in_dutch(text)
