"""Concepts of the h21 sweep (relayed, dictated and follow-up questions; evals/data/verdict_scenarios_heldout21.yaml):
each phrasing that must be read, next to near phrasings that must not be."""

from __future__ import annotations

import pytest

from assistant.rules.facts import normalize_question
from assistant.rules.shorthand import read_in_full

from .concept_helpers import asks_for_a_decision, decides, reads_fact

pytestmark = pytest.mark.unit


# --------------------------------------------------------------------------- dates said in words (dictation)


@pytest.mark.parametrize(("text", "full"), [
    ("gaat in per één januari tweeduizend zesentwintig", "gaat in per 1 januari 2026"),
    ("in tweeduizend vijfentwintig had hij een indicatie", "in 2025 had hij een indicatie"),
    ("sinds drieëntwintig mei", "sinds 23 mei"),
    ("per een maart", "per 1 maart"),
    # a count stays a count, an article stays an article
    ("een afspraak van tweeduizend ligdagen", "een afspraak van tweeduizend ligdagen"),
    ("in tweeduizend vijfhonderd gevallen", "in tweeduizend vijfhonderd gevallen"),
    ("een januari vol regen", "een januari vol regen"),
])
def test_a_date_said_in_words_is_written_out(text: str, full: str) -> None:
    assert read_in_full(text) == full


# --------------------------------------------------------------------------- forwarded and reported questions

test_a_forwarded_or_reported_content_question_asks_no_decision = asks_for_a_decision(False, [
    "Fw: vraag locatie Vondelhof — 'Bij wie moeten we aankloppen voor de reparatie van de Wmo-scootmobiel van een "
    "bewoner met GGZ-wonen?'",
    "De moeder van Jesse (kamer 8) vraagt bij wie ze een spraakcomputer moet aanvragen en hoe lang het duurt voordat "
    "hij er een heeft.",
])

test_a_forwarded_or_reported_yes_no_question_still_asks = asks_for_a_decision(True, [
    "Fw: vraag zorgbemiddeling — 'Mogen we C&A declareren voor NAH+ in 2026?'",
    "Mijn zus vraagt of we de C&A voor NAH+ mogen declareren.",
])


# --------------------------------------------------------------------------- what is not known is not read

test_not_knowing_whether_is_doubt = decides([
    ("We just started with a new client. Whether she has a Wlz indication for personal care, and who provides it, I "
     "don't know yet. Are we responsible for her daily mouth care?", ("dagelijkse_mondverzorging", "unknown")),
    ("Can we use staff from the school for the care of our client during lessons? We haven't looked yet at whether "
     "that would be on top of their regular formation.", ("zorg_onderwijs_personeel", "unknown")),
    # said plainly, it is read
    ("Can we use staff from the school for the care of our client during lessons? It is on top of our regular "
     "formation.", ("zorg_onderwijs_personeel", "yes")),
])

test_both_sides_named_is_no_reading = reads_fact("behandeling_inbegrepen", [
    ("Of zijn indicatie met of zonder behandeling is, staat niet in het dossier.", None),
    ("Hij heeft een indicatie zonder behandeling.", False),
])


# --------------------------------------------------------------------------- facts in other words

test_a_profile_said_in_words_before_a_conjunction = reads_fact("zorgprofiel", [
    ("meneer heeft zgvis een en heeft structureel behandeling nodig", "ZGvis1"),
    ("meneer heeft zgvis één", "ZGvis1"),
    # "een" before a noun is an article
    ("de zgvis een cliënt", None),
])

test_treatment_weeks_of_training_is_a_limited_period = reads_fact("beperkte_periode", [
    ("Zij heeft zes weken oriëntatie- en mobiliteitstraining nodig.", True),
    ("Hij krijgt elke zes weken behandeling.", None),
    ("Hij krijgt al zes weken behandeling.", None),
])

test_the_purpose_before_the_aid_names_both_kinds = decides([
    ("De dochter vertelt dat haar vader thuis woont met een VPT en voor de verzorging een hoog-laagbed nodig heeft. "
     "Wordt dat bed bovenbudgettair vergoed door het zorgkantoor?", ("hulpmiddel_bovenbudgettair", "unknown")),
])

test_meerzorg_for_less_than_a_year_is_open = decides([
    ("Kan meerzorg voor 6 maanden worden toegekend?", "unknown"),
    ("Kan meerzorg voor 2 jaar worden toegekend?", "yes"),
    ("Kan meerzorg voor 5 jaar worden toegekend?", "no"),
], rule="meerzorg_toekenningsduur")


# --------------------------------------------------------------------------- stop 37: profiles in words, a stay without the LVG named

test_a_profile_in_words_routes_like_its_digits = decides([
    ("voor ons nieuwe vg zeven huis hebben we een besloten setting en permanent toezicht binnen drie minuten is er "
     "iemand bij de cliënt en er zijn een avg een gedragsdeskundige en hbo begeleiders voldoen we aan de "
     "inkoopvoorwaarden voor vg zeven", ("vg7_voorwaarden", "yes")),
    ("op onze locatie wordt behandeling geboden mogen we daar zzp vv negen b leveren", ("zzp_vv9b_locatie", "yes")),
])


@pytest.mark.parametrize(("text", "read"), [
    ("voldoen we aan de voorwaarden voor vg zeven", "voldoen we aan de voorwaarden voor vg7"),
    ("mogen we daar zzp vv negen b leveren", "mogen we daar zzp vv9b leveren"),
    # a count after the sector is not a profile: "vg twee jaar" names no VG2
    ("we leveren al vg twee jaar lang", "we leveren al vg twee jaar lang"),
])
def test_a_profile_in_words_is_read_in_digits_for_routing(text: str, read: str) -> None:
    assert normalize_question(text) == read

test_a_stay_after_treatment_is_the_lvg_rule_without_its_name = decides([
    ("de behandeling is klaar en ze krijgt geen wlz indicatie meer er is nog geen woning dus ze zou nog twintig weken "
     "bij ons in de instelling moeten blijven vergoedt het zorgkantoor die twintig weken",
     ("sglvg_na_behandeling_blijven", "no")),
    ("Behandeling afgerond, de cliënt heeft geen Wlz-indicatie meer en er is nog geen woning voor hem. Hij zou nog "
     "acht weken bij ons moeten blijven. Vergoedt het zorgkantoor die tijd?", ("sglvg_na_behandeling_blijven", "yes")),
    # a treatment that is over, without staying on: another rule's question
    ("De behandeling is klaar en hij krijgt een nieuwe indicatie. Mogen we C&A declareren?",
     ("lvhc_ca_declareren", "unknown")),
])

test_a_talker_is_a_speech_device = decides([
    ("In 2026 our resident got a talker device because he cannot speak at all; it is how he tells the nurses what he "
     "needs. Is that device reimbursed 100% outside the budget?", ("spraakhulpmiddel_bovenbudgettair", "yes")),
])

test_a_combination_the_rule_never_speaks_of_gets_no_verdict = decides([
    ("Mogen we de toeslag chronische ademhalingsondersteuning combineren met meerzorg voor dezelfde client?", None),
    ("Mag de toeslag observatie tegelijk met C&A worden gedeclareerd?", None),
    # one scheme named, no combination asked: the rule answers
    ("Geldt de toeslag chronische ademhalingsondersteuning voor VV5 in 2026?",
     ("toeslag_ademhalingsondersteuning", "yes")),
])


# --------------------------------------------------------------------------- h22 sweep (everyday words, values)

test_a_housemate_or_little_brother_is_another_person = decides([
    ("Mijn zoon (27) heeft LG2, zijn huisgenoot heeft LG3. Beiden hebben ademhalingsondersteuning. Geldt de toeslag "
     "chronische ademhalingsondersteuning voor mijn zoon?", ("toeslag_ademhalingsondersteuning", "yes")),
    ("Mijn oudste zoon heeft VG6, zijn broertje VG3. De oudste gaat naar een observatieplaats. Geldt de toeslag "
     "observatie voor zijn profiel?", ("toeslag_observatie_profiel", "yes")),
])


@pytest.mark.parametrize(("question", "year"), [
    # when something began is not the year asked
    ("De observatie van mijn nicht loopt al sinds vorig jaar en staat nu op 60 weken in totaal. Mag die observatie "
     "zo lang doorlopen?", 2026),
    # a part of a year is that year
    ("Konden zij die VG7-plus-prestatie over de tweede helft van 2025 al declareren?", 2025),
    ("Mochten we in het eerste kwartaal van 2025 C&A declareren?", 2025),
])
def test_the_year_asked(question: str, year: int) -> None:
    from .concept_helpers import BOOK, STAND

    v = BOOK.check_question(question, as_of=STAND)
    assert v is not None and v.year == year, (question, None if v is None else v.year)


# --------------------------------------------------------------------------- users14 (chat-box questions): no decision asked

test_a_labelled_how_question_or_a_trend_asks_no_decision = asks_for_a_decision(False, [
    "pgb en zorg op school, hoe moet het gezin die uren verantwoorden?",
    "eigen bijdrage: wanneer betaal je de lage en wanneer de hoge?",
    "wordt meerzorg tegenwoordig vaker gebruikt dan vroeger?",
    "mag het zorgkantoor zelf informatie en advies geven bij het aanvragen van een indicatie?",
])

test_a_relative_clause_after_a_comma_still_asks = asks_for_a_decision(True, [
    "Mogen we invasieve beademing leveren op onze locatie, waar wel behandeling wordt geboden?",
])

test_a_requirement_the_rule_never_names_gets_no_verdict = decides([
    ("mag een mondhygienist zonder verwijzing van de tandarts bij onze bewoners komen?", None),
    ("moeten we onze beademingsexpertise ergens publiek bekendmaken?", None),
])
