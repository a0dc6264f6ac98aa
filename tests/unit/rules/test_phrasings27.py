"""Facts as set 26's development cases put them, read after stop 41: a profile named only to compare with, a
duration said twice, "niet alleen … maar ook", a DEC for two groups, the item the asking sentence names again."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.rules import RuleBook
from assistant.rules.facts import extract_facts
from assistant.rules.shorthand import read_in_full

pytestmark = pytest.mark.unit

STAND = date(2026, 6, 1)


@pytest.mark.parametrize(("text", "name", "value"), [
    # a profile named as the point of comparison is not the client's
    ("VG vier, dus één onder VG 5: geldt de toeslag observatie voor dat profiel?", "zorgprofiel", "VG4"),
    ("Hij heeft VV4, net onder VV5.", "zorgprofiel", "VV4"),
    # ... while two profiles side by side stay unknown
    ("VG6 of VG2, dat weet ik niet meer.", "zorgprofiel", None),
    # a consultation denied with the doctor who would ask for it between ("geen huisarts-consultatie")
    ("Het gaat om fysiotherapie; geen gp consultatie van de specialist ouderengeneeskunde.", "behandeling_soort",
     "overige_behandeling"),
    ("De behandeling was niet gestart vóór de verhuizing.", "behandeling_gestart_voor_verhuizing", False),
    ("Mijn zus heeft een zorgprofiel voor mensen met een auditieve beperking.", "sector", "ZGaud"),
])
def test_phrasings_of_set_26_dev(text: str, name: str, value: object) -> None:
    assert extract_facts(text, names=[name]).get(name) == value


def test_a_duration_said_again_more_precisely_is_one_duration() -> None:
    text = "Observatie van ruim een jaar, zo'n veertien maanden. Kan dat met toeslag observatie?"
    assert extract_facts(text, names=["duur_maanden"]).get("duur_maanden") == 14


@pytest.mark.parametrize(("question", "outcome"), [
    ("Observatie van ruim een jaar, zo'n veertien maanden — kan dat met toeslag observatie?", "no"),
    # two different durations, not one said again, stay unknown
    ("De observatie duurt acht maanden, voor haar broer duurde die veertien maanden. Kan dat met toeslag "
     "observatie?", "unknown"),
])
def test_observation_durations(book: RuleBook, question: str, outcome: str) -> None:
    v = book.check_question(question, as_of=STAND)
    assert v is not None and v.rule_id == "observatie_duur" and v.outcome == outcome


def test_not_only_but_also_says_both() -> None:
    assert read_in_full("Wij zijn niet alleen DEC voor NAH+, maar sinds kort ook voor MS+.") == \
        "Wij zijn DEC voor NAH+, maar sinds kort ook voor MS+."
    # without its "maar ook" the negation stays
    assert read_in_full("Wij zijn niet alleen verantwoordelijk.") == "Wij zijn niet alleen verantwoordelijk."


def test_a_dec_for_two_groups_is_a_dec_for_the_second(book: RuleBook) -> None:
    v = book.check_question("Wij zijn niet alleen DEC voor NAH+, maar sinds kort ook voor MS+, beide met een "
                            "positief CElz-advies. Kunnen we in 2026 consultatie en advies declareren voor "
                            "MS+-cliënten die niet bij ons wonen?", as_of=date(2026, 7, 1))
    assert v is not None and v.rule_id == "lvhc_ca_declareren" and v.outcome == "yes"
    # a DEC for one group asked about another keeps the advice unknown
    v = book.check_question("Wij zijn DEC voor NAH+ met een positief CElz-advies. Kunnen we in 2026 consultatie en "
                            "advies declareren voor MS+-cliënten?", as_of=date(2026, 7, 1))
    assert v is not None and v.outcome != "yes"


def test_the_item_the_asking_sentence_names_again_is_the_one_asked(book: RuleBook) -> None:
    v = book.check_question("Voor mevrouw D. zijn orthopedische schoenen aangevraagd, en voor de afdeling een nieuwe "
                            "tillift die alle bewoners gebruiken. Wordt die tillift bovenbudgettair vergoed?",
                            as_of=STAND)
    assert v is not None and v.rule_id == "hulpmiddel_bovenbudgettair" and v.outcome == "no"
    used = {u.fact: u.value for u in v.facts_used}
    assert used["hulpmiddel_soort"] == "roerend_gedeeld"


# --- set 27's development cases: corrections, guesses, a date without its year, dictation

@pytest.mark.parametrize(("question", "stand", "rule", "outcome"), [
    # a correction inside a sentence takes back the clause before it
    ("Op onze locatie De Horst wordt geen behandeling geboden, correctie: sinds de verbouwing zit er een behandelteam "
     "en wordt er wel behandeling geboden. Mogen we daar ZZP VV9b leveren?", STAND, "zzp_vv9b_locatie", "yes"),
    ("We willen de nabestaanden de extra koelapparatuur in rekening brengen, nee wacht, ik bedoel de kamerhuur voor "
     "de dagen dat de kamer leeg stond na het overlijden. Mag dat bij de familie in rekening worden gebracht?", STAND,
     "opbaren_kosten_nabestaanden", "no"),
    # ... and a range after the correction is read as said ("acht tot tien minuten"), not merged into the old value
    ("Voor onze nieuwe VG7-groep: gesloten setting, permanent toezicht met mogelijkheid tot direct ingrijpen, AVG, "
     "gedragsdeskundige en hbo-begeleiders aanwezig. Binnen vijf minuten is er iemand bij de cliënt, correctie: ik heb "
     "het 's nachts laten nameten en dan is het acht tot tien minuten. Voldoen we aan de voorwaarden voor ZZP VG7?",
     STAND, "vg7_voorwaarden", "no"),
    # a correction after the question mark, and the old profile said to be the previous one
    ("Geldt de toeslag observatie voor een cliënt met VG 6? Nee wacht, ik bedoel VG 4, VG 6 was zijn vorige profiel.",
     STAND, "toeslag_observatie_profiel", "no"),
    # what the writer wrote before is taken back
    ("Wij zijn REC voor MS+. Eerder schreef ik dat we nog geen positief advies van de CElz hadden, maar dat klopt "
     "niet: het positieve deskundigenadvies is al binnen. Kunnen we dit jaar C&A declareren voor MS+-cliënten thuis?",
     date(2026, 8, 1), "lvhc_ca_declareren", "yes"),
    ("Our DEC has a positive CElz advice for 8 places, running until the end of 2027, and we expect 340 bed days per "
     "place this year. We would like a production agreement of 2,700 days. Sorry, typo: I meant 3,700 days. Does that "
     "fit?", STAND, "lvhc_productieafspraak", "no"),
    # a guess is not a fact
    ("Mijn vader gaat naar een kleinschalige woonlocatie. Ik denk dat daar geen behandeling wordt geboden, alleen "
     "wonen met zorg, maar zeker weet ik het niet. Mag hij daar invasieve beademing krijgen?", STAND,
     "invasieve_beademing_locatie", "unknown"),
    # "per 1-1" is the next first of January: its year is the zorgjaar
    ("Per 1-1 willen we de extra kosten thuis voor mijn dochter op 25% van het basisbedrag laten zetten. Mag dat dan?",
     date(2026, 11, 10), "ekt_maximum", "unknown"),
    # dictated: codes spelled, numbers and compounds split
    ("geldt de toeslag observatie ook voor iemand met el vee gee twee", STAND, "toeslag_observatie_profiel", "no"),
    ("we zijn een ree cee met positief advies voor twaalf plaatsen keer drie honderd vijftig lig dagen is dat vier "
     "duizend twee honderd we willen voor dit jaar vier duizend dagen afspreken en het advies loopt tot eind twintig "
     "achtentwintig past dat", STAND, "lvhc_productieafspraak", "yes"),
])
def test_phrasings_of_set_27_dev(book: RuleBook, question: str, stand: date, rule: str, outcome: str) -> None:
    v = book.check_question(question, as_of=stand)
    assert v is not None and v.rule_id == rule and v.outcome == outcome


def test_a_request_for_a_list_gets_no_verdict(book: RuleBook) -> None:
    assert book.check_question("Which ways of funding care during school hours exist? Sorry, let me put it better: "
                               "can you list all the funding routes for care during education?", as_of=STAND) is None
    assert book.check_question("Kun je alle manieren opsommen waarop zorg tijdens onderwijs betaald kan worden?",
                               as_of=STAND) is None


def test_a_ggz_wonen_indication_said_in_two_words() -> None:
    assert extract_facts("Mijn zoon heeft een indicatie GGZ wonen.", names=["sector"]).get("sector") == "GGZ-W"
    # ... and denied, it is not the client's sector
    assert extract_facts("meneer heeft een vg indicatie dus geen ggz wonen", names=["sector"]).get("sector") != "GGZ-W"


def test_an_english_period_until_a_day() -> None:
    v = RuleBook.load().check_question("Our client's SGLVG indication would be valid from 1 September 2026 until 1 "
                                       "March 2030. Can an (SG)LVG indication apply for that long?", as_of=STAND)
    assert v is not None and v.rule_id == "lvg_indicatie_duur" and v.outcome == "no"


@pytest.mark.parametrize("question", [
    # users19-dev: a label with a comma before a content question, a report asked after, one thing the same as another
    "Statenlid, commissie Zorg en Welzijn: waarvoor mag het regionale stimuleringsbudget Wlz worden ingezet? Ik zoek "
    "alleen de hoofdlijnen.",
    "Medewerker Nationale ombudsman: heeft de ombudsman zelf in 2025 een rapport uitgebracht over afwijzingen van "
    "meerzorg thuis?",
    "New helper here. Is helping a resident clean her dentures every morning the same thing as 'tandheelkundige zorg' "
    "in the Wlz?",
])
def test_questions_for_content_get_no_verdict(book: RuleBook, question: str) -> None:
    assert book.check_question(question, as_of=STAND) is None


def test_what_a_review_found_is_not_read_wrongly() -> None:
    # "valt onder VV5" states a profile, no comparison; a value the question asks about is not pointed back at
    assert extract_facts("Mijn moeder had VV4, nu valt ze onder VV5. Mag ze een vpt?",
                         names=["zorgprofiel"]).get("zorgprofiel") != "VV4"
    assert extract_facts("Mijn moeder heeft een vpt en haar buurman heeft een pgb. Kan zij ook een pgb krijgen?",
                         names=["leveringsvorm"]).get("leveringsvorm") != "pgb"
    # a correction takes back only the part after the last "en"; a bare "ik bedoel" clarifies, takes nothing back
    assert extract_facts("Mijn vader heeft VV6 en een pgb, correctie: een vpt.",
                         names=["zorgprofiel"]).get("zorgprofiel") == "VV6"
    assert extract_facts("Mijn moeder heeft VG5, ik bedoel ze heeft een Wlz-indicatie. Mag ze een pgb?",
                         names=["zorgprofiel"]).get("zorgprofiel") == "VG5"
    # a range of a unit is no date; "niet alleen" after a modal verb is "not alone"
    assert read_in_full("Hij verblijft sinds 2-3 weken bij ons.") == "Hij verblijft sinds 2-3 weken bij ons."
    text = "Mijn vader kan niet alleen thuis wonen, maar hij wil ook niet naar een tehuis."
    assert read_in_full(text) == text
