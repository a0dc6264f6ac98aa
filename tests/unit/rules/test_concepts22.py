"""Misses of h13-dev, by concept. Variants written here, not taken from an eval set.

- The only provider, said of ourselves ("wij zijn de enige aanbieder die het plan uitvoert"): not several providers;
  "niet de enige" and the question "zijn wij de enige …?" say nothing.
- Support in the region with "erachter" ("de regio staat erachter", "staat er niet achter").
- A closed group named as a compound ("een besloten woongroep").
- Working apart from the SO in the word order of a subordinate clause ("die zelfstandig werkt", "los van de SO").
- Within the regular roster, or without extra staffing ("binnen hun gewone rooster", "zonder extra formatie").
- No earlier interventions tried at all: none proved insufficient (also in English: "have been tried").
- A speech device whose result is telling the carers what one needs ("zodat hij de verzorgenden kan vertellen …").
- Places added to those of the advice ("er twee plaatsen bij inkopen", "drie bedden erbij"): raising places.
- English: an agreement with the verb before the number ("can we agree on 3,500 days"), "the advice term", and an
  invoice as a thing sent (a bill, not the act of billing).
"""

from __future__ import annotations

import pytest

from assistant.rules.english import read_in_dutch

from .concept_helpers import reads_fact, verdict

pytestmark = pytest.mark.unit


# --------------------------------------------------------------------------- the only provider

test_the_only_provider = reads_fact("meerdere_aanbieders", [
    ("Wij zijn de enige aanbieder die het plan uitvoert.", False),
    ("We zijn eigenlijk de enige zorgaanbieder in dit project.", False),
    ("Onze organisatie is de enige partij die het project trekt.", False),
    # not the only one, or asked: unknown
    ("Wij zijn niet de enige aanbieder die het plan uitvoert.", None),
    ("Zijn wij de enige aanbieder die het plan uitvoert?", None),
], english=True)


def test_only_provider_decides_no_transition_funds() -> None:
    q = "Wij zijn de enige aanbieder die het plan uitvoert. Kunnen we daarvoor transitiemiddelen krijgen?"
    assert verdict(q) == ("transitiemiddelen_inzet", "no")


# --------------------------------------------------------------------------- the region stands behind it

test_the_region_stands_behind_the_plan = reads_fact("draagvlak_regio", [
    ("De regio staat erachter.", True),
    ("De regio staat er volledig achter.", True),
    ("De gemeenten in de regio staan achter ons plan.", True),
    ("De regio staat er niet achter.", False),
    ("De regio staat er nog niet helemaal achter.", False),
], english=True)


# --------------------------------------------------------------------------- a closed group as a compound

test_closed_living_group = reads_fact("besloten_setting", [
    ("We hebben een besloten woongroep.", True),
    ("De cliënten wonen op een gesloten leefgroep.", True),
    ("Het is geen besloten woongroep.", False),
    ("een niet-besloten woongroep", None),
    ("een open woongroep", False),
], english=True)


# --------------------------------------------------------------------------- working apart from the SO

test_working_apart_from_the_so = reads_fact("onder_regie_so", [
    ("Het gaat om een psycholoog die helemaal zelfstandig werkt.", False),
    ("De fysiotherapeut doet dat los van de SO.", False),
    ("een psycholoog die niet zelfstandig werkt", None),
    ("een logopedist die niet los van de specialist ouderengeneeskunde werkt", None),
], english=True)


def test_independent_psychologist_is_no_h335() -> None:
    q = ("Mag een psycholoog die volledig zelfstandig werkt, los van de SO, bij een thuiswonende cliënt worden "
         "ingezet onder H335? Het gaat om een paar weken.")
    assert verdict(q) == ("h335_inzet_andere_behandelaar", "no")


# --------------------------------------------------------------------------- within the roster, no extra staffing

test_within_the_roster = reads_fact("boven_formatie", [
    ("De begeleiders doen het binnen hun gewone rooster.", False),
    ("Dat past binnen ons vaste dienstrooster.", False),
    ("We doen het zonder extra formatie.", False),
    ("niet binnen hun gewone rooster maar erbovenop", None),
], english=True)


# --------------------------------------------------------------------------- nothing tried before

test_no_earlier_interventions_tried = reads_fact("eerdere_interventies_onvoldoende", [
    ("Er zijn nog geen eerdere interventies geprobeerd.", False),
    ("Bij deze jongen zijn nog geen andere behandelingen ingezet.", False),
    ("No earlier interventions have been tried for her yet.", False),
    ("Earlier interventions were tried but did not work.", True),
    # "geen van de" is about which did not work, not whether any was tried
    ("Geen van de eerdere interventies is geprobeerd zonder resultaat.", None),
], english=True)


# --------------------------------------------------------------------------- telling the carers, as a result

test_speech_device_to_tell_the_carers = reads_fact("hulpmiddel_soort", [
    ("Hij krijgt een spraakcomputer zodat hij de verzorgenden kan vertellen of hij pijn heeft.", "spraak_primair"),
    ("Een spraakcomputer waarmee ze de verpleging kan laten weten wat ze nodig heeft.", "spraak_primair"),
    # another purpose first, a carer not named, or negated: unknown
    ("Hij krijgt een spraakcomputer zodat hij ook de verzorgenden kan vertellen wat hij nodig heeft.", None),
    ("Een spraakcomputer zodat hij zijn kinderen kan vertellen hoe het gaat.", None),
    ("Een spraakcomputer zodat hij de verzorgenden niet kan vertellen wat hij nodig heeft.", None),
], english=True)


# --------------------------------------------------------------------------- places added to the advice

@pytest.mark.parametrize("question", [
    "Ons DEC Korsakov heeft een CElz-advies voor 6 plaatsen. Mag het zorgkantoor er drie plaatsen bij inkopen?",
    "Wij zijn REC voor Huntington met een positief advies. Kunnen er nog twee bedden bij?",
    "Ons REC heeft een positief CElz-advies. Mogen er een paar plekken erbij komen?",
])
def test_places_added_to_the_advice(question: str) -> None:
    assert verdict(question) == ("lvhc_plaatsen_verhogen", "no")


def test_places_with_us_stay_with_purchase() -> None:
    q = "Wij zijn DEC voor Huntington met positief advies, wij hebben er 8 plaatsen bij ons. Koopt het zorgkantoor in?"
    assert verdict(q) == ("lvhc_expertisezorg_inkoop", "yes")


# --------------------------------------------------------------------------- English: agreement, term, invoice

def test_english_agreement_with_the_verb_first() -> None:
    q = ("Our DEC has a positive CElz advice for 8 places, we expect 340 bed days per place, and the agreement falls "
         "within the advice term. Can we agree on 2,700 days?")
    assert verdict(q) == ("lvhc_productieafspraak", "yes")


def test_english_agreement_above_the_ceiling() -> None:
    q = ("Our DEC has a positive CElz advice for 8 places, we expect 340 bed days per place, and the agreement falls "
         "within the advice term. Can we agree on 3,000 days?")
    assert verdict(q) == ("lvhc_productieafspraak", "no")


test_english_advice_term = reads_fact("binnen_duur_advies", [
    ("The agreement falls within the advice term.", True),
    ("The agreement falls within the term of the advice.", True),
], english=True)


def test_english_invoice_as_a_thing_sent() -> None:
    assert "de factuur" in read_in_dutch("Does the supplier send its invoice to us or to the care office?")
    assert verdict("Does the aids supplier send the invoice to us or directly to the care office?") is None
    # billing as an act stays "declareren"
    assert "declareren" in read_in_dutch("Can we invoice the wheelchair?")
