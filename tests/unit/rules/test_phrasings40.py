"""Phrasings found while tuning on the development split of set 40 (a refused or disputed claim, a forwarded group
chat, a clause of the asker's own protocol, instructions to the assistant around the case, non-native English): a
location that "heeft een behandeldienst" offers treatment and "die woning heeft geen behandeling" does not; the room
declared as mutatiedagen to the zorgkantoor is not what the family is billed for; the CElz advice "is binnen!
Positief"; what a speech device lets the client tell the nurses, or that the carers already talk with him another
way; a move tomorrow comes after a start in March; a colleague's question back in a chat, a greeting, an instruction
before a colon and "leg uit hoe" ask no decision; "Moet dit via de Zvw, of hoort het uit de Wlz betaald te worden?"
asks who pays; a storage place for scooters is no aid."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.inputs import without_instructions
from assistant.rules import RuleBook
from assistant.rules.facts import asking_parts, extract_facts, is_eligibility_question, normalize_question

from .concept_helpers import read_fact, verdict_at

pytestmark = pytest.mark.unit

STAND = date(2026, 10, 1)


@pytest.mark.parametrize(("text", "name", "value"), [
    ("Onze locatie De Linde heeft een eigen behandeldienst met een SO en een fysiotherapeut.", "locatie_biedt_behandeling",
     True),
    ("Die woning heeft geen behandeling, alleen V&V.", "locatie_biedt_behandeling", False),
    ("De kamer zelf declareren wij als mutatiedagen bij het zorgkantoor. Mogen wij de extra kosten van de opbaring bij "
     "de familie in rekening brengen?", "kosten_soort", "extra_opbaren"),
    ("Mogen we de mutatiedagen aan de familie doorberekenen?", "kosten_soort", "lege_kamer"),
    ("Het advies van de CElz voor ons centrum is binnen! Positief, vanaf 1 maart.", "rec_dec_positief_advies", True),
    ("Top, nu zijn we officieel REC voor Korsakov.", "rec_dec_positief_advies", True),
    ("Het advies van de CElz is binnen, maar negatief.", "rec_dec_positief_advies", False),
    ("De verzorging communiceert met hem via pictogrammen en dat gaat prima; de tablet is bedoeld zodat hij weer kan "
     "bellen met zijn kinderen.", "hulpmiddel_soort", "spraak_secundair"),
    ("Een eigen school of ander gespecialiseerd onderwijs voor kinderen met epilepsie hebben we niet.",
     "epilepsie_volledig_spectrum", False),
    ("Ik ben specialist ouderengeneeskunde. De psycholoog werkt onder mijn verantwoordelijkheid.", "onder_regie_so",
     True),
    ("In het dossier staat niet welke indicatie hij heeft: GGZ-wonen of een VG-profiel.", "sector", None),
    ("We hebben al van alles geprobeerd: gedragstherapie, een crisisopname en medicatie, allemaal zonder resultaat.",
     "eerdere_interventies_onvoldoende", True),
    ("Volgens ons team kan alleen een derdelijns behandeling nog uitkomst bieden.", "derdelijns_uitkomst", True),
    ("Al zijn behandeling (SO, fysio) krijgt hij van onze eigen organisatie.", "behandeling_zelfde_instelling", True),
    ("Wij leveren bij een cliënt thuis alleen begeleiding vanuit zijn MPT.", "persoonlijke_verzorging_indicatie",
     False),
])
def test_facts_said_in_other_words(text: str, name: str, value: object) -> None:
    assert read_fact(text, name) == value


@pytest.mark.parametrize(("text", "name", "value"), [
    ("One of our residents lost his speech. The logopedist advised a speech computer so that he can tell the nurses "
     "about his pain and how he is feeling.", "hulpmiddel_soort", "spraak_primair"),
    ("One of our clients lives with us and his ZZP is exclusive dagbesteding, so he goes to a special school with a "
     "carer of ours.", "inclusief_dagbesteding", False),
])
def test_facts_said_in_english(text: str, name: str, value: object) -> None:
    assert read_fact(text, name, english=True) == value


def test_a_move_tomorrow_comes_after_a_start_in_march() -> None:
    text = ("Mevrouw verhuist morgen naar een andere instelling. In maart is onze tandarts begonnen met een nieuw "
            "kunstgebit.")
    found = extract_facts(text, today=date(2026, 4, 30), names=["behandeling_gestart_voor_verhuizing"])
    assert found.get("behandeling_gestart_voor_verhuizing") is True


@pytest.mark.parametrize(("question", "asked"), [
    ("[11:04] Sara: Bedoel je het stimuleringsbudget of het regiobudget? [11:05] Wouter: Het stimuleringsbudget. "
     "Hoeveel is dat per jaar?", "hoeveel is dat per jaar?"),
    ("Geef alleen een lijst, geen uitleg: welke cliëntgroepen vallen onder de LVHC-zorg?",
     "welke cliëntgroepen vallen onder de lvhc-zorg?"),
    ("Hello, where can I find the Algemene voorwaarden mondzorg Wlz?", "where can i find the algemene voorwaarden "
     "mondzorg wlz?"),
    ("Dat accepteren we, maar ik moet het uitleggen aan ons bestuur: waarom mag VV9b alleen op een locatie met "
     "behandeling?", "waarom mag vv9b alleen op een locatie met behandeling?"),
])
def test_what_is_asked_without_what_surrounds_it(question: str, asked: str) -> None:
    question = without_instructions(question)  # as the rule check reads it (RuleBook._decide)
    assert asking_parts(normalize_question(question))[-1] == asked
    assert not is_eligibility_question(question)


@pytest.mark.parametrize("question", [
    "Leg in drie stappen uit hoe een bovenbudgettair hulpmiddel wordt aangevraagd en gedeclareerd.",
    "Hi, can you make me a list which requirements the zorgkantoor has for VG7 care?",
])
def test_asked_to_explain_or_list_is_no_eligibility_question(question: str) -> None:
    assert not is_eligibility_question(question)


def test_whether_it_goes_through_the_zvw_or_the_wlz_is_who_pays(book: RuleBook) -> None:
    question = ("Het gaat om een cliënt die bij ons woont met zorgprofiel ZGaud 3 en ZG-behandeling krijgt. Moet dit "
                "nu echt via de Zvw, of hoort deze behandeling uit de Wlz betaald te worden?")
    assert is_eligibility_question(question)
    assert verdict_at(book, question, STAND) == ("zg_behandeling_wlz", "yes")


def test_a_storage_place_for_the_aid_is_no_aid(book: RuleBook) -> None:
    question = ("Bewoners met een Wlz-indicatie willen een overdekte stalling met laadpalen voor hun scootmobielen. "
                "Moet de gemeente die via de Wmo vergoeden?")
    assert verdict_at(book, question, STAND) is None
    assert verdict_at(book, "Wie betaalt de scootmobiel van mijn vader in het verpleeghuis?", STAND) == (
        "hulpmiddel_bovenbudgettair", "yes")


def test_a_hospital_type_bed_in_english_is_an_aid(book: RuleBook) -> None:
    question = ("A client living at home with a VPT needs a hospital-type bed with a pressure-relief mattress. Who pays "
                "for it: is it reimbursed bovenbudgettair by the zorgkantoor, or does it come out of our budget?")
    found = verdict_at(book, question, STAND)
    assert found is not None and found[0] == "hulpmiddel_bovenbudgettair"


@pytest.mark.parametrize(("text", "name", "value"), [
    # a sector denied or doubted is no alternative
    ("Meneer heeft GGZ-wonen, dus geen VG-profiel of LG-indicatie.", "sector", "GGZ-W"),
    ("Meneer heeft GGZ-wonen en we twijfelden of een VG-profiel beter was.", "sector", "GGZ-W"),
    # hypotheticals and questions are no facts
    ("Als het advies van de CElz positief is, dan zijn we officieel REC.", "rec_dec_positief_advies", None),
    ("Ik ben SO. Moet de psycholoog onder mijn verantwoordelijkheid werken om H335 te declareren?", "onder_regie_so",
     None),
    ("Ik ben SO. Als de gedragsdeskundige onder mijn regie zou werken, mag dat dan?", "onder_regie_so", None),
    ("Welke locatie heeft een eigen behandeldienst?", "locatie_biedt_behandeling", None),
    # what the zorgkantoor pays of the mutatiedagen is still about the empty room
    ("De mutatiedagen worden door het zorgkantoor maar voor een deel vergoed. Mogen we de rest bij de familie in "
     "rekening brengen?", "kosten_soort", "lege_kamer"),
    ("We hebben alles gedaan wat het CIZ vroeg, maar de aanvraag is mislukt.", "eerdere_interventies_onvoldoende", None),
])
def test_near_phrasings_that_state_no_such_fact(text: str, name: str, value: object) -> None:
    assert read_fact(text, name) == value


def test_a_time_to_come_does_not_void_a_past_one_in_its_clause() -> None:
    text = ("Mevrouw is twee weken geleden verhuisd naar ons verpleeghuis. Vorige week is de tandarts begonnen met een "
            "brug die morgen geplaatst wordt.")
    found = extract_facts(text, today=STAND, names=["behandeling_gestart_voor_verhuizing"])
    assert found.get("behandeling_gestart_voor_verhuizing") is False


def test_another_locations_treatment_service_is_not_this_ones(book: RuleBook) -> None:
    question = ("Mevrouw heeft ZZP VV9b. Haar woning De Beek heeft geen behandeling; onze andere locatie heeft een eigen "
                "behandeldienst. Mag VV9b in De Beek worden geleverd?")
    assert verdict_at(book, question, STAND) != ("zzp_vv9b_locatie", "yes")


def test_a_storage_place_that_is_there_leaves_the_aid_asked(book: RuleBook) -> None:
    question = ("Mijn vader woont in het verpleeghuis; er is daar een berging voor zijn scootmobiel. Wie betaalt de "
                "scootmobiel van mijn vader?")
    assert verdict_at(book, question, STAND) == ("hulpmiddel_bovenbudgettair", "yes")


def test_a_yes_no_question_before_a_colon_stays_one() -> None:
    assert is_eligibility_question("Valt de tandarts van mijn moeder (VV5 met behandeling, verpleeghuis) onder de Wlz: "
                                   "hoe zit dat?")
