"""Concepts of the h21 sweep (relayed, dictated and follow-up questions; evals/data/verdict_scenarios_heldout21.yaml):
each phrasing that must be read, next to near phrasings that must not be."""

from __future__ import annotations

import pytest

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
