"""Concepts from the misses of the eighth tuning split (h8-dev, issue 12): each a structural cause, not a sentence; the
variants below are written here (other words, other numbers, negated, in English), not taken from the set."""

from __future__ import annotations

import pytest

from assistant.rules.english import read_in_dutch
from assistant.rules.facts import extract_facts, is_eligibility_question

from .concept_helpers import STAND, decides, verdict

pytestmark = pytest.mark.unit


def _facts(text: str, *names: str) -> dict[str, object]:
    return extract_facts(text, today=STAND, names=names or None)


# ---- more places measured against the advice (h8-036: was a wrong "ja" from the purchasing rule)

@pytest.mark.parametrize("question", [
    "Wij zijn DEC voor Huntington met een positief advies voor 6 plaatsen. Kan het zorgkantoor in 2026 meer "
    "plaatsen bij ons contracteren dan het advies noemt?",
    "Ons REC voor Korsakov heeft een positief CElz-advies. Koopt het zorgkantoor bij ons extra bedden in bovenop wat "
    "de CElz adviseerde?",
    "As a DEC for GP+ with a positive advice we have 9 places. Can the care office purchase more places from us than "
    "the advice says?",
])
def test_more_places_than_the_advice_is_the_raising_rule_not_the_purchasing_one(question: str) -> None:
    assert verdict(question) == ("lvhc_plaatsen_verhogen", "no")


def test_purchasing_without_more_places_stays_the_purchasing_rule() -> None:
    assert verdict("Wij zijn DEC voor Huntington met een positief CElz-advies voor 6 plaatsen. Koopt het zorgkantoor "
                   "bij ons in?") == ("lvhc_expertisezorg_inkoop", "yes")


# ---- where something belongs ("Hoort … bij ons?") and the care of the mouth said with the verb (h8-014)

@pytest.mark.parametrize(("text", "expected"), [
    ("Hoort de mondzorg van meneer ook bij ons?", True),
    ("Horen de kosten van de tillift onder het budget van de instelling?", True),
    ("Ik hoor dat de tandarts langskomt.", False),
    ("Hoort het bellen van het CIZ bij onze taken?", False),
])
def test_where_something_belongs_is_a_yes_no_question(text: str, expected: bool) -> None:
    assert is_eligibility_question(text) is expected


@pytest.mark.parametrize(("question", "expected"), [
    ("Wij geven meneer de persoonlijke verzorging vanuit zijn Wlz-indicatie. Hoort het verzorgen van zijn kunstgebit "
     "ook bij ons?", ("dagelijkse_mondverzorging", "yes")),
    # whose task it is asks about a procedure, as "Is het onze taak om …?" does: no verdict
    ("Wij geven meneer de persoonlijke verzorging. Hoort het bellen van de tandarts bij onze taken?", None),
    ("Meneer krijgt van ons alleen begeleiding. Moeten wij elke dag zijn gebit verzorgen?",
     ("dagelijkse_mondverzorging", "no")),
    ("We provide personal care to our client. Are we responsible for cleaning her dentures every day?",
     ("dagelijkse_mondverzorging", "yes")),
])
def test_the_daily_care_of_the_mouth_said_with_the_verb(question: str, expected: tuple[str, str] | None) -> None:
    assert verdict(question) == expected


# ---- a short deployment said as its time, without "voor" (h8-019)

@pytest.mark.parametrize(("text", "expected"), [
    ("De SO wil bij mevrouw vier weken een psycholoog inzetten.", True),
    ("De SO laat de ergotherapeut gedurende drie weken komen.", True),
    ("We willen twee maanden een logopedist inschakelen.", True),
    ("De SO wil de fysiotherapeut vijf weken niet inzetten.", None),
    ("De psycholoog is over zes weken ingezet.", None),
    ("De psycholoog is al vier weken ingezet.", None),
    ("Zes weken geleden is de ergotherapeut ingezet.", None),
])
def test_a_few_weeks_of_deployment_is_short(text: str, expected: bool | None) -> None:
    assert _facts(text, "kortdurend").get("kortdurend") is expected


def test_a_few_weeks_of_deployment_decides_h335() -> None:
    assert verdict("De SO zet bij een cliënt thuis drie weken een gedragsdeskundige in, onder haar regie en "
                   "verantwoordelijkheid. Mogen we dat als H335 declareren?") == ("h335_inzet_andere_behandelaar", "yes")


# ---- English: where something came from, what one owns, what applies (h8-022, h8-165)

@pytest.mark.parametrize(("english", "dutch_part"), [
    ("He got the wheelchair from the Wmo.", "van de wmo"),
    ("Before she moved, she received her care through the Wmo.", "via de wmo"),
    ("My father already owns a mobility scooter that he uses every day.", "al in bezit heeft"),
    ("The scooter came from the municipality.", "van de gemeente"),
    ("From 1 May 2026 we may bill it.", "vanaf 1 mei 2026"),
    ("Is the surcharge applicable to VG5?", "van toepassing op"),
])
def test_english_origin_possession_and_application(english: str, dutch_part: str) -> None:
    assert dutch_part in read_in_dutch(english)


test_english_questions_with_these_words_get_their_rule = decides([
    ("My son has GGZ-wonen and lives in a Wlz institution. He already owns a mobility scooter he got from the "
     "municipality. May he keep it?", ("ggz_mobiliteitshulpmiddel_behouden", "yes")),
    ("My client with GGZ-wonen lives in a Wlz institution. She never had an aid from the Wmo. May she keep a Wmo "
     "wheelchair?", ("ggz_mobiliteitshulpmiddel_behouden", "no")),
    ("Is the observation surcharge applicable to a client with VG6?", ("toeslag_observatie_profiel", "yes")),
    ("Is the respiratory support supplement applicable for a client with VV2?", ("toeslag_ademhalingsondersteuning", "no")),
])


# ---- the advice said to run through the whole year (h8-024)

@pytest.mark.parametrize(("text", "expected"), [
    ("Ons CElz-advies geldt voor heel 2026. Kunnen we in 2026 een productieafspraak maken?", True),
    ("Het advies is het hele zorgjaar geldig.", True),
    ("Het advies loopt nog het hele jaar door.", True),
    ("Het advies loopt niet het hele jaar.", None),
    ("Ons advies geldt voor heel 2027. Kunnen we in 2026 afspreken?", None),
    ("Het advies loopt af op 30 juni 2026, maar de afspraak geldt het hele jaar.", False),
])
def test_an_advice_for_the_whole_year_covers_the_agreement(text: str, expected: bool | None) -> None:
    assert _facts(text, "binnen_duur_advies").get("binnen_duur_advies") is expected


def test_the_whole_year_advice_decides_the_production_agreement() -> None:
    stem = ("Ons DEC heeft een positief CElz-advies voor 8 plaatsen met 360 verwachte ligdagen, en het advies geldt "
            "het hele jaar. Kunnen we een productieafspraak van {n} dagen maken?")
    assert verdict(stem.format(n="2.800")) == ("lvhc_productieafspraak", "yes")
    assert verdict(stem.format(n="3.000")) == ("lvhc_productieafspraak", "no")


# ---- a parenthesis closes a negation; double financing said with the verb (h8-035)

@pytest.mark.parametrize(("text", "expected"), [
    ("Het project (drie partners, geen wachtlijst) wordt al betaald uit een fonds van de gemeente.", True),
    ("Een deel komt uit een fonds, dus het wordt dubbel bekostigd.", True),
    ("Het wordt niet dubbel betaald.", False),
    ("Er wordt niets dubbel gefinancierd.", False),
])
def test_double_financing_in_other_words(text: str, expected: bool) -> None:
    assert _facts(text, "dubbele_financiering").get("dubbele_financiering") is expected


def test_a_negation_inside_brackets_does_not_reach_past_them() -> None:
    # "geen (eigen) behandelaars" is still one negated phrase
    assert _facts("Op die locatie zijn geen (vaste) behandelaars aanwezig.", "locatie_biedt_behandeling").get(
        "locatie_biedt_behandeling") is not True
    assert verdict("Ons plan (vier aanbieders, draagvlak, SMART-afspraken, geen passender regeling) wordt voor een deel "
                   "al betaald uit een provinciale subsidie. Komt het in aanmerking voor transitiemiddelen?") == \
        ("transitiemiddelen_inzet", "no")


# ---- the other regulation pointed back to (h8-077)

@pytest.mark.parametrize(("text", "expected"), [
    ("Het kan ook uit een gemeentelijke subsidie, en die regeling is geschikter.", True),
    ("Er bestaat de SPUK DOS; deze regeling past voor ons plan veel beter.", True),
    ("Dat kan ook uit de SPUK; deze regeling past niet beter.", False),
    ("Er is geen regeling die beter past.", False),
])
def test_a_regulation_pointed_back_to_that_fits_better(text: str, expected: bool) -> None:
    assert _facts(text, "andere_regeling_passend").get("andere_regeling_passend") is expected


def test_another_regulation_that_fits_better_says_no_to_transition_funds() -> None:
    assert verdict("Ons plan heeft drie aanbieders, draagvlak en SMART-afspraken en er is geen dubbele financiering. Het "
                   "zou ook uit een provinciale regeling betaald kunnen worden, en die regeling past beter. Kunnen we "
                   "transitiemiddelen krijgen?") == ("transitiemiddelen_inzet", "no")


# ---- the object before its verb: "waar … behandeling bieden" (h8-081)

@pytest.mark.parametrize(("text", "expected"), [
    ("een locatie waar onze artsen en therapeuten elke dag behandeling geven", True),
    ("Op onze locatie kunnen wij behandeling bieden.", True),
    ("Behandeling bieden we op deze locatie niet.", False),  # the site named in full, like "daar" (test_concepts27)
    ("een locatie waar de SO geen behandeling biedt", False),
])
def test_treatment_said_before_its_verb(text: str, expected: bool | None) -> None:
    assert _facts(text, "locatie_biedt_behandeling").get("locatie_biedt_behandeling") is expected


def test_treatment_before_its_verb_decides_vv9b() -> None:
    assert verdict("Mogen we VV9b leveren in ons huis, waar een SO en twee fysiotherapeuten behandeling geven?") == \
        ("zzp_vv9b_locatie", "yes")
    assert verdict("Mogen we VV9b leveren in ons huis, waar geen behandelaar behandeling geeft?") == \
        ("zzp_vv9b_locatie", "no")


# ---- years in words and in two digits; an age is no duration; a duration counts for what it is of (h8-140)

@pytest.mark.parametrize(("text", "months"), [
    ("Kan het voor zes jaar?", 72.0),
    ("Kan het voor 10 jaar?", 120.0),
    ("Kan het voor twaalf jaar en zes maanden?", 150.0),
    ("Kan het voor 10 jaar en 2 maanden?", 122.0),
    ("Mijn cliënt (27 jaar, ZEVMB) woont thuis.", None),
    ("Mijn zoon, 19 jaar, woont thuis.", None),
    ("Een jongen van 15 jaar.", None),
    ("Mijn vader, die 84 jaar is, woont thuis.", None),
    ("Kan hij meerzorg krijgen nu hij 84 jaar is?", None),
    ("De meerzorg, die 2 jaar is toegekend, loopt af.", 24.0),
    ("Mijn zoon is 12 jaar.", None),
    ("Tim is 19 jaar en woont bij ons.", None),
    ("Hij is 2 jaar in observatie.", 24.0),
])
def test_years_in_words_and_digits_and_ages(text: str, months: float | None) -> None:
    assert _facts(text, "duur_maanden").get("duur_maanden") == months


test_a_duration_counts_for_what_it_is_the_duration_of = decides([
    ("Mijn moeder krijgt thuis meerzorg. Kan het zorgkantoor die voor acht jaar toekennen?", ("meerzorg_toekenningsduur", "no")),
    ("Mijn moeder krijgt thuis meerzorg. Kan die voor twee jaar worden toegekend?", ("meerzorg_toekenningsduur", "yes")),
    # how long someone lives at home, or how old someone is, is no period of meerzorg (was a wrong "nee")
    ("Mijn vader woont al 12 jaar thuis. Kan hij meerzorg krijgen?", ("meerzorg_bijzondere_zorgbehoefte", "unknown")),
    ("Mijn moeder is 84 jaar en woont thuis. Kan zij meerzorg krijgen?", ("meerzorg_bijzondere_zorgbehoefte", "unknown")),
    ("Kan mijn vader, die 84 jaar is, thuis meerzorg krijgen?", ("meerzorg_bijzondere_zorgbehoefte", "unknown")),
    ("Mijn zus woont al 6 jaar in een LVG-instelling. Kan haar nieuwe LVG-indicatie voor 18 maanden gelden?",
     ("lvg_indicatie_duur", "yes")),
    ("My father has lived at home for 9 years. Can his extra care be granted for 2 years?", ("meerzorg_toekenningsduur", "yes")),
])


# ---- the treatment said as a compound ("behandeltraject"), the stay with more words between (h8-142)

@pytest.mark.parametrize("question", [
    "Sanne heeft haar behandelperiode in de SGLVG-instelling afgerond. Ze heeft nu een VG-indicatie en wacht op een "
    "woning. Mag ze in de tussentijd nog 8 weken in de SGLVG-instelling blijven?",
    "Onze cliënt is klaar met zijn behandelfase bij ons. Hij heeft een VV-indicatie gekregen. Tot er plek is, blijft hij "
    "nog zes weken bij ons in de LVG-instelling. Vergoedt het zorgkantoor dat?",
])
def test_the_stay_after_a_treatment_said_as_a_compound(question: str) -> None:
    assert verdict(question) == ("sglvg_na_behandeling_blijven", "yes")


def test_a_stay_after_the_treatment_over_the_ceiling_is_no() -> None:
    assert verdict("Mijn zoon is klaar met zijn behandeltraject. Het CIZ gaf hem een VG-indicatie en hij blijft in "
                   "afwachting van een plek nog 30 weken in de LVG-instelling. Betaalt het zorgkantoor dat?") == \
        ("sglvg_na_behandeling_blijven", "no")


# ---- a start pointed back to the move, or the first step after it (h8-144)

@pytest.mark.parametrize(("text", "expected"), [
    ("Meneer is vorige maand verhuisd. Vervolgens is de tandarts met een nieuwe brug gestart.", False),
    ("Hij is verhuisd. Daarna had hij pas het eerste consult voor een kroon.", False),
    ("Na de verhuizing kreeg ze de eerste afdruk voor een prothese.", False),
    ("Ze is verhuisd. Daarna is de tandarts niet meer begonnen.", None),
    # each event dated by its month (the last May and June before the stand): the start came first
    ("De tandarts begon in mei met een brug. Ze verhuisde in juni, daarna werd de brug geplaatst.", True),
])
def test_a_start_after_the_move_in_other_words(text: str, expected: bool | None) -> None:
    assert _facts(text, "behandeling_gestart_voor_verhuizing").get("behandeling_gestart_voor_verhuizing") is expected


def test_the_first_step_after_the_move_decides_no() -> None:
    assert verdict("Mijn vader is vijf weken geleden bij ons komen wonen. Pas daarna heeft de tandarts het eerste "
                   "onderzoek voor een kroon gedaan. Krijgt hij die tandheelkundige hulp nog vergoed?") == \
        ("tandheelkundig_na_verhuizing", "no")


# ---- the treatment received from the home she lives in, whatever the verb (h8-044)

@pytest.mark.parametrize(("text", "expected"), [
    ("Hij wordt behandeld door dezelfde instelling.", True),
    ("De behandeling krijgt ze van het verpleeghuis waar ze woont.", True),
    ("Ze krijgt haar behandeling niet van datzelfde verpleeghuis.", False),
])
def test_treatment_from_the_same_home(text: str, expected: bool) -> None:
    assert _facts(text, "behandeling_zelfde_instelling").get("behandeling_zelfde_instelling") is expected


def test_treatment_from_the_same_home_decides_dental_care() -> None:
    stem = "Mijn vader woont in een verpleeghuis met verblijf inclusief behandeling en hij wordt behandeld door {w}. "
    assert verdict(stem.format(w="datzelfde verpleeghuis") + "Valt zijn tandarts onder de Wlz?") == \
        ("tandheelkundige_zorg_wlz", "yes")
    assert verdict(stem.format(w="een andere instelling") + "Valt zijn tandarts onder de Wlz?") == \
        ("tandheelkundige_zorg_wlz", "no")


# ---- consultation said with "meekijken" in its other forms (h8-049)

@pytest.mark.parametrize("question", [
    "Wij zijn DEC voor Huntington met een positief CElz-advies. Onze arts kijkt bij een verpleeghuis mee bij een "
    "bewoner. Mogen we dat declareren?",
    "Ons REC voor Korsakov heeft een positief advies. Onze psycholoog heeft in een ander verpleeghuis meegekeken. Mogen "
    "wij dat declareren?",
])
def test_looking_along_is_consultation(question: str) -> None:
    assert verdict(question) == ("lvhc_ca_declareren", "yes")


def test_places_above_the_advised_number_never_get_the_purchasing_rule() -> None:
    # "geadviseerd" is the advice too; the purchasing rule excludes a question that measures places against it
    assert verdict("Wij zijn REC voor LBS met een positief advies voor 5 plekken. Kunnen we in 2026 boven het "
                   "geadviseerde aantal plaatsen uitkomen?") == ("lvhc_plaatsen_verhogen", "no")


def test_keeping_the_teeth_clean_is_daily_mouth_care() -> None:
    assert verdict("Wij verlenen de persoonlijke verzorging aan mevrouw. Valt het schoonhouden van haar gebit ook onder "
                   "onze zorg?") == ("dagelijkse_mondverzorging", "yes")


@pytest.mark.parametrize(("text", "name"), [
    # a frequency is no short deployment
    ("De SO wil drie dagen per week een psycholoog inzetten.", "kortdurend"),
    ("Eens per zes weken zetten we een ergotherapeut in.", "kortdurend"),
    # an advice that does not run the whole year
    ("Het advies geldt het hele jaar niet.", "binnen_duur_advies"),
    # what one wants to offer is not treatment that is there (the guard "wish", on for this fact)
    ("Op die locatie willen we straks behandeling bieden.", "locatie_biedt_behandeling"),
])
def test_what_the_new_readings_leave_unknown(text: str, name: str) -> None:
    assert name not in _facts(text, name)



# ---- the same concepts asked in English

@pytest.mark.parametrize(("english", "dutch_part"), [
    ("The advice runs through the whole year, so can we agree on it?", "loopt het hele jaar"),
    ("Our CElz advice is valid for the whole of 2026, can we agree a production then?", "heel 2026"),
    ("The plan would be double funded if we used the transition funds.", "dubbel gefinancierd"),
    ("Part of it is paid from another subsidy, so can we still use the funds?", "betaald uit een andere subsidie"),
    ("He moved in three weeks ago and only after that did the dentist start.", "pas daarna"),
    ("Is taking care of his dentures our responsibility as the provider?", "het verzorgen van"),
    ("Does she get her treatment from the same nursing home where she lives?", "van datzelfde verpleeghuis"),
])
def test_english_readings_of_these_concepts(english: str, dutch_part: str) -> None:
    assert dutch_part in read_in_dutch(english)


test_english_questions_on_these_concepts = decides([
    ("Our DEC has a positive CElz advice for 5 places and we expect 360 bed days; the advice covers the whole year. Can "
     "we agree on a production of 1,700 days?", ("lvhc_productieafspraak", "yes")),
    ("Our plan has three providers, local support and SMART agreements, but part of it is funded by another budget. Is "
     "it eligible for transition funds?", ("transitiemiddelen_inzet", "no")),
    ("My father moved into our nursing home a month ago; afterwards the dentist made the first impression for a crown. "
     "Is that dental care still covered?", ("tandheelkundig_na_verhuizing", "no")),
    ("My mother lives in a nursing home with treatment included and gets her treatment from that same home. Is her "
     "dentist covered by the Wlz?", ("tandheelkundige_zorg_wlz", "yes")),
])


@pytest.mark.parametrize("question", [
    # an age in two digits is no duration for any rule that bounds one (each was a wrong "nee" once two-digit years
    # were read): asked, never decided on the age
    "Mijn zoon is 12 jaar. Mag zijn observatie met toeslag doorlopen?",
    "Hij is 16 jaar. Kan de overbrugging met een VG-zzp voor hem doorgaan terwijl hij op de wachtlijst staat voor een "
    "LVG-behandelinstelling?",
    "Mevrouw is 92 jaar en verhuisd. Heeft ze nog recht op de tandheelkundige hulp die al begonnen was?",
    "Hij is 20 jaar en klaar met zijn LVG-behandeling; hij krijgt een VG-indicatie. Mag hij blijven?",
])
def test_an_age_never_decides_a_duration_rule(question: str) -> None:
    got = verdict(question)
    assert got is None or got[1] == "unknown"


@pytest.mark.parametrize(("english", "dutch_part"), [
    ("From which date can we bill the ZZP for our REC with a positive advice?", "vanaf welke date"),
    ("We have a positive CElz advice. Can we bill the ZZP from 1 February 2026?", "vanaf 1 februari 2026"),
    ("She got a wheelchair from the municipality before she moved in. Can she keep it?", "van de gemeente"),
])
def test_english_from_is_a_time_only_before_a_time(english: str, dutch_part: str) -> None:
    assert dutch_part in read_in_dutch(english)
