"""Misses of h17-dev (Dutch renderings of dev scenarios in other words), by concept, and the known Dutch gaps found
earlier. Variants written here, not taken from an eval set; each concept has a near miss that must not change
(negated, someone else's fact, or another rule).

- A shared aid in either word order of its relative clause ("een rolstoel die gedeeld wordt door alle bewoners",
  "die alle bewoners samen gebruiken"); a hospital bed (ziekenhuisbed); a walker (rollator, looprek) routes to the rule but stays unknown.
- Repairs or maintenance of an aid are no question of the aid's funding.
- No treatment on the site in other words ("geven we geen behandeling", "alleen wonen en zorg, geen behandeling",
  "geen artsen aanwezig"), and a site where the treaters treat ("een locatie waar onze SO en het fysioteam
  behandelen").
- Personal care in other words ("lichamelijke verzorging", "hulp bij wassen en aankleden staat niet in zijn
  indicatie", "krijgt van jullie alleen begeleiding").
- The home's own doctors ("de eigen artsen van het verpleeghuis behandelen haar", "werken bij het woonzorgcentrum
  zelf").
- The start before the move with the verb first ("haar behandeling begon vóór de verhuizing").
- Only one provider ("maar één zorgaanbieder").
- Expertise hired from outside ("huren de behandelexpertise extern in"), an indication running until a year, a closed
  setting called "omgeving", the AVG in words ("arts voor verstandelijk gehandicapten").
- A speech device not needed to talk with the carers, the carers called "personeel", "kan mijn vader niet meer
  spreken".
- Routing: more places without the noun ("er nog twee extra inkopen", "er toch negen contracteren"), the child
  supplement as "de toeslag voor kinderen"; numbers in hundreds in words ("driehonderdvijftig").
"""

from __future__ import annotations

import pytest

from assistant.rules.facts import _num, more_than

from .concept_helpers import decides, reads_fact

pytestmark = pytest.mark.unit


# --------------------------------------------------------------------------- shared aids, walkers, beds

test_shared_aid_in_either_word_order = reads_fact("hulpmiddel_soort", [
    ("Mijn moeder heeft een rolstoel die gedeeld wordt door alle bewoners van de afdeling.", "roerend_gedeeld"),
    ("Er staat een rolstoel die gebruikt wordt door iedereen op de afdeling.", "roerend_gedeeld"),
    ("Op de afdeling staat een rolstoel die alle bewoners samen gebruiken.", "roerend_gedeeld"),
    ("Ze heeft een rolstoel die door alle bewoners gedeeld wordt.", "roerend_gedeeld"),
    # negated: hers alone
    ("Mijn moeder heeft een rolstoel die niet gedeeld wordt door alle bewoners.", "mobiliteit_individueel"),
    ("Mijn moeder heeft een rolstoel, alleen voor haar.", "mobiliteit_individueel"),
    # a walker: the source names no walker among its mobility aids, so it is not read as one (asked, not guessed)
    ("Mijn vader krijgt een rollator.", None),
    ("Er komt een looprek voor meneer.", None),
    ("Een ziekenhuisbed voor de afdeling.", "roerend_gedeeld"),
    ("Op de kamer staat een verpleegbed.", "roerend_gedeeld"),
])

test_shared_wheelchair_is_no_wrong_yes = decides([
    ("Mijn moeder heeft een rolstoel die gedeeld wordt door alle bewoners van de afdeling. Wordt die "
     "bovenbudgettair vergoed?", "no"),
    ("Mijn vader in het verpleeghuis krijgt een rollator. Wordt die bovenbudgettair vergoed?", "unknown"),
    ("Is een ziekenhuisbed voor de afdeling bovenbudgettair?", "no"),
    ("Mijn moeder heeft een rolstoel die niet gedeeld wordt door alle bewoners. Wordt die bovenbudgettair "
     "vergoed?", "yes"),
], rule="hulpmiddel_bovenbudgettair")

test_repairs_are_no_funding_question = decides([
    ("Wie moet de reparatie betalen van de Wmo-scootmobiel van een ggz-cliënt die in een Wlz-instelling woont?", None),
    ("Wie betaalt het onderhoud van de rolstoel van mijn moeder in het verpleeghuis?", None),
    # the aid itself: still the rule
    ("Wie betaalt de scootmobiel van mijn moeder in het verpleeghuis?", ("hulpmiddel_bovenbudgettair", "yes")),
])


# --------------------------------------------------------------------------- treatment on the site

test_no_treatment_on_the_site_in_other_words = reads_fact("locatie_biedt_behandeling", [
    ("Op onze kleine woonlocatie geven we geen behandeling.", False),
    ("Op onze kleinschalige locatie is alleen wonen en zorg, geen behandeling.", False),
    ("Op onze locatie zijn geen artsen aanwezig.", False),
    ("Er is geen dokter in huis.", False),
    ("Een locatie waar onze eigen specialist ouderengeneeskunde en het fysioteam behandelen.", True),
    ("Op de locatie zijn de artsen gewoon aanwezig.", True),
    # near misses: no doctor needed, the treaters said not to treat there
    ("Voor deze cliënt is geen arts nodig.", None),
    ("Een locatie waar de specialist ouderengeneeskunde niet behandelt.", None),
    # only at some hours: not said of the site as such
    ("Er zijn 's nachts geen artsen aanwezig, overdag wel.", None),
    ("Er zijn geen artsen aanwezig in het weekend.", None),
])

test_treatment_on_the_site_decides = decides([
    ("Op onze locatie zijn geen artsen aanwezig. Mogen we daar invasieve beademing leveren?",
     ("invasieve_beademing_locatie", "no")),
    ("Wij willen zzp vv9b leveren op een locatie waar onze eigen SO en het fysioteam behandelen. Mag dat?",
     ("zzp_vv9b_locatie", "yes")),
    ("Er komt een cliënt met invasieve beademing. Mogen wij die zorg leveren?", ("invasieve_beademing_locatie", "unknown")),
])


# --------------------------------------------------------------------------- personal care in other words

test_personal_care_in_other_words = reads_fact("persoonlijke_verzorging_indicatie", [
    ("Wij doen bij meneer thuis de lichamelijke verzorging vanuit zijn Wlz-indicatie.", True),
    ("Hulp bij wassen en aankleden staat niet in zijn indicatie.", False),
    ("Mijn vader krijgt van jullie alleen begeleiding.", False),
    # near miss: begeleiding and personal care both from us
    ("Mijn vader krijgt van jullie alleen begeleiding en persoonlijke verzorging.", True),
    ("Meneer krijgt begeleiding.", None),
])

test_personal_care_decides_daily_oral_care = decides([
    ("Wij doen bij meneer thuis de lichamelijke verzorging vanuit de Wlz. Moeten wij ook zijn kunstgebit "
     "schoonmaken?", "yes"),
    ("Mijn vader krijgt van jullie alleen begeleiding. Moeten jullie dan elke dag zijn tanden poetsen?", "no"),
], rule="dagelijkse_mondverzorging")


# --------------------------------------------------------------------------- the home's own doctors

test_home_own_doctors = reads_fact("behandeling_zelfde_instelling", [
    ("De eigen artsen van het verpleeghuis behandelen haar.", True),
    ("De artsen en therapeuten werken bij het woonzorgcentrum zelf.", True),
    # near miss: the doctors of the home do not treat her
    ("De artsen van het verpleeghuis behandelen haar niet.", None),
])

test_home_own_doctors_decides = decides([
    ("Mijn moeder woont in een verpleeghuis met verblijf met behandeling; de eigen artsen van het verpleeghuis "
     "behandelen haar. Valt de tandarts onder de Wlz?", "yes"),
    ("Mijn moeder woont in een verpleeghuis met verblijf met behandeling. Valt de tandarts onder de Wlz?", "unknown"),
], rule="tandheelkundige_zorg_wlz")


# --------------------------------------------------------------------------- started before the move

test_started_before_the_move_verb_first = reads_fact("behandeling_gestart_voor_verhuizing", [
    ("Haar behandeling begon vóór de verhuizing.", True),
    ("De behandeling liep al van voor de verhuizing.", True),
    # near misses: after the move, not yet
    ("De behandeling begon pas na de verhuizing.", False),
    ("De behandeling is nog niet begonnen.", False),
])


# --------------------------------------------------------------------------- one provider, expertise, indication, VG7

test_only_one_provider = reads_fact("meerdere_aanbieders", [
    ("Er is maar één zorgaanbieder bij het plan betrokken.", False),
    ("Het plan wordt door slechts een aanbieder uitgevoerd.", False),
    ("Vier zorgaanbieders voeren het plan samen uit.", True),
])

test_expertise_hired_from_outside = reads_fact("expertise_in_huis", [
    ("Wij huren voor LVG5 de behandelexpertise extern in.", False),
    ("De behandelexpertise hebben we zelf in huis.", True),
])

test_indication_running_until_a_year = reads_fact("indicatiebesluit_lopend", [
    ("Zijn indicatie loopt door tot 2027.", True),
    ("Het indicatiebesluit is geldig tot 1 juli 2028.", True),
    # near miss: ended
    ("Zijn indicatie is vorige maand afgelopen.", False),
])

test_closed_setting_in_other_words = reads_fact("besloten_setting", [
    ("Onze VG7-groep woont in een besloten omgeving.", True),
    ("Het is geen besloten omgeving.", False),
])

test_avg_in_words = reads_fact("avg_gedragsdeskundige_hbo", [
    ("We hebben een arts voor verstandelijk gehandicapten, een gedragsdeskundige en begeleiders op hbo-niveau.", True),
    # near miss: the doctor missing
    ("We hebben een gedragsdeskundige en begeleiders op hbo-niveau.", None),
])


# --------------------------------------------------------------------------- speech devices

test_speech_device_other_words = reads_fact("hulpmiddel_soort", [
    ("Hij heeft zijn spraakcomputer niet nodig om met de verzorging te praten, hij wil er vooral mee telefoneren.",
     "spraak_secundair"),
    ("Sinds zijn beroerte kan mijn vader niet meer spreken. Hij krijgt een spraakcomputer.", "spraak_primair"),
    ("Hij krijgt een spraakcomputer zodat hij het verzorgend personeel kan laten weten of hij pijn heeft.",
     "spraak_primair"),
    # near miss: he talks with the staff by gestures, the device is for the family
    ("Een spraakcomputer die hij alleen gebruikt om met familie te kletsen; met het personeel communiceert hij via "
     "gebaren.", "spraak_secundair"),
])


# --------------------------------------------------------------------------- routing and numbers

test_more_places_without_the_noun = decides([
    ("Ons DEC Huntington is geadviseerd voor acht plaatsen. Kan het zorgkantoor er nog twee extra inkopen?",
     ("lvhc_plaatsen_verhogen", "no")),
    ("Volgens het CElz-advies heeft ons DEC zes plaatsen. Mag het zorgkantoor er toch negen bij ons contracteren?",
     ("lvhc_plaatsen_verhogen", "no")),
    # near miss: the care purchased, no count compared
    ("Ons DEC Huntington heeft een positief CElz-advies. Koopt het zorgkantoor de zorg bij ons in?",
     ("lvhc_expertisezorg_inkoop", "yes")),
])


def test_a_later_bare_count_with_a_verb() -> None:
    assert more_than("plaatsen", "het advies noemt zes plaatsen. mag het zorgkantoor er toch negen bij ons contracteren?")
    assert not more_than("plaatsen", "het advies noemt zes plaatsen. mag het zorgkantoor er toch vier contracteren?")


test_child_supplement_in_other_words = decides([
    ("Mijn zoon van negen krijgt op school zorg. Geldt de toeslag voor kinderen op de dagbesteding ook voor die uren?",
     ("zorg_onderwijs_kindtoeslag", "no")),
    ("Geldt de kindertoeslag bij dagbesteding ook voor zorg tijdens onderwijs?", ("zorg_onderwijs_kindtoeslag", "no")),
])


@pytest.mark.parametrize(("word", "value"), [
    ("honderd", 100), ("driehonderdvijftig", 350), ("driehonderdvijfenzestig", 365), ("tweehonderdentien", 210),
    ("vijftig", 50),
])
def test_hundreds_in_words(word: str, value: int) -> None:
    assert _num(word) == value


test_hundreds_in_words_decide = decides([
    ("Ons REC heeft een positief advies voor vier plaatsen en we verwachten driehonderdvijftig ligdagen per plaats. "
     "Mag de productieafspraak 1500 dagen zijn? Het valt binnen de looptijd van het advies.", "no"),
    ("Ons REC heeft een positief advies voor vier plaatsen en we verwachten driehonderdvijftig ligdagen per plaats. "
     "Mag de productieafspraak 1300 dagen zijn? Het valt binnen de looptijd van het advies.", "yes"),
], rule="lvhc_productieafspraak")


# --------------------------------------------------------------------------- shared with the others, help with washing

test_shared_with_the_others = reads_fact("hulpmiddel_soort", [
    ("Mijn moeder heeft een rolstoel die ze deelt met de andere bewoners.", "roerend_gedeeld"),
    ("Er is een douchestoel die alle bewoners mogen gebruiken.", "roerend_gedeeld"),
    # near miss: negated, hers
    ("Mijn moeder heeft een rolstoel die ze niet deelt met de andere bewoners.", "mobiliteit_individueel"),
])

test_shared_wheelchair_of_the_home_is_no_yes = decides([
    # the home's wheelchair that everyone may use: shared and a wheelchair both named, never a "ja"
    ("Mijn moeder gebruikt een rolstoel van het verpleeghuis die iedereen mag gebruiken. Wordt die apart vergoed?",
     "unknown"),
], rule="hulpmiddel_bovenbudgettair")

test_help_with_washing = reads_fact("persoonlijke_verzorging_indicatie", [
    ("Wij helpen meneer elke ochtend met wassen en aankleden vanuit de Wlz.", True),
    ("Wij verzorgen mevrouw niet, ze krijgt alleen huishoudelijke hulp van ons.", False),
    # near miss: not we who help
    ("Wij helpen meneer niet met wassen, dat doet zijn vrouw.", None),
])


# --------------------------------------------------------------------------- a profile's number in words

test_profile_number_in_words = reads_fact("zorgprofiel", [
    ("Onze bewoonster met zorgprofiel LG vijf wordt chronisch beademd.", "LG5"),
    ("een jongen met een VG zeven indicatie", "VG7"),
    ("Mijn zoon heeft LVG twee.", "LVG2"),
    # near misses: a count after the sector, and the article "een"
    ("Onze VG-groep drie weken in observatie.", None),
    ("Hij heeft VG een tijd lang gehad.", None),
])

test_profile_number_in_words_decides = decides([
    ("Onze bewoonster met zorgprofiel LG vijf wordt chronisch beademd. Krijgen we de toeslag "
     "ademhalingsondersteuning?", ("toeslag_ademhalingsondersteuning", "yes")),
    ("Geldt de toeslag observatie voor een jongen met een VG zeven indicatie?", ("toeslag_observatie_profiel", "yes")),
    ("Geldt de toeslag observatie voor een jongen met een VG vier indicatie?", ("toeslag_observatie_profiel", "no")),
])
