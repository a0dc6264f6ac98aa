"""Concepts of the h24 sweep (e-mails, search-box fragments, "klopt het dat …" claims and lines pasted from a system,
with negations and numbers in words; evals/data/verdict_scenarios_heldout24.yaml): each phrasing that must be read,
next to near phrasings that must not be."""

from __future__ import annotations

import pytest

from assistant.rules.facts import asking_parts, clause_starts, lower_same_length, normalize_question

from .concept_helpers import asks_for_a_decision, decides, reads_fact

pytestmark = pytest.mark.unit


# --------------------------------------------------------------------------- a form's line: a label and its answer

# Read from the label alone, "Toegelaten voor behandeling: nee" was a yes: the answer after the label decides.
test_a_form_answer_after_its_label = reads_fact("toegelaten_behandeling", [
    ("Toegelaten voor behandeling: ja", True),
    ("Toegelaten voor behandeling: nee", False),
    ("Toegelaten voor behandeling: onbekend", None),
    ("Toegelaten voor behandeling: n.v.t.", None),
    ("- Toegelaten voor behandeling: nee", False),
    # a label that already reads as a no, answered "nee": a double negative is not guessed
    ("Geen toelating voor behandeling: nee", None),
    # the answer said first, a reason after it
    ("Toegelaten voor behandeling: nee, dat hebben we wel aangevraagd maar nog niet", False),
    # staff shorthand: "wel toelating behandeling + afspraken zk", "wij toegelaten + afspraken zk"
    ("wel toelating behandeling + afspraken zk", True),
    ("wij toegelaten + afspraken zk, mag dat", True),
])

test_a_form_answer_for_other_yes_no_facts = reads_fact("smart_plan", [
    ("SMART-afspraken: ja", True),
    ("SMART-afspraken: nee", False),
    ("SMART-afspraken: ?", None),
])

test_treatment_included_as_a_form_says_it = reads_fact("behandeling_inbegrepen", [
    ("Behandeling inbegrepen: ja", True),
    ("Behandeling inbegrepen: nee", False),
    ("VV6 verblijf, behandeling niet inbegrepen", False),
    ("VV6 verblijf, geen behandeling inbegrepen", False),
    ("VV6 verblijf, behandeling is inbegrepen", True),
])

test_treatment_by_the_own_institution_as_a_form_says_it = reads_fact("behandeling_zelfde_instelling", [
    ("Behandeling door: eigen instelling (SO in dienst)", True),
    ("Behandeling door: externe organisatie", False),
    ("De SO is bij ons in dienst.", True),
    ("De SO is niet in dienst.", None),
    ("De behandeling (SO etc.) wordt geboden door een andere organisatie.", False),
])

test_a_count_of_providers = reads_fact("meerdere_aanbieders", [
    ("transitiemiddelen: plan met 2 aanbieders, draagvlak regio", True),
    ("Betrokken aanbieders: 3", True),
    ("Betrokken aanbieders: 1", None),
    ("plan met 1 aanbieder", False),
])

test_other_funding_and_another_scheme_on_a_form = reads_fact("dubbele_financiering", [
    ("Andere financiering: geen", False),
    ("Andere financiering: nee", False),
])

test_another_scheme_said_not_to_fit_on_a_form = reads_fact("andere_regeling_passend", [
    ("SPUK DOS passend: nee", False),
])


# --------------------------------------------------------------------------- a norm heard, and one's own number

test_the_number_of_a_norm_heard_is_not_ones_own = reads_fact("aanrijtijd_minuten", [
    ("Ik heb gehoord dat je voor VG7 binnen vijf minuten bij de cliënt moet kunnen zijn. Wij zitten op zeven "
     "minuten.", 7.0),
    ("Wij zijn binnen drie minuten bij de cliënt. Klopt het dat dat binnen vijf minuten moet?", 3.0),
    # only a norm said: it is what the question names (the rule compares it as before)
    ("Klopt het dat je binnen vijf minuten bij de cliënt moet kunnen zijn?", 5.0),
])


# --------------------------------------------------------------------------- a pasted form's lines are clauses

def test_a_line_break_ends_a_sentence_and_a_clause() -> None:
    text = "Cliënt: mw. Jansen\nZorgprofiel: VG8\nOpname: observatie, drie maanden\n\nGeldt de toeslag voor dit profiel?"
    assert asking_parts(normalize_question(text)) == ["geldt de toeslag voor dit profiel?"]
    low = lower_same_length(text)
    assert len(low) == len(text) and "\n" in low
    assert len(clause_starts(low)) >= 4


test_a_pasted_form_and_its_question = decides([
    # the duration on the form's line is not what is asked: the profile is
    ("Cliënt: M. Rossi\nZorgprofiel: VG8\nOpname: observatieplaats, drie maanden\n\n"
     "Geldt de toeslag observatie voor dit profiel?", ("toeslag_observatie_profiel", "yes")),
    ("Client: M. Rossi\nCare profile: VG8\nAdmission: observation bed, three months\n\n"
     "Does the observation supplement apply to this profile?", ("toeslag_observatie_profiel", "yes")),
    # an e-mail's greeting and signature around a "why" question: no verdict
    ("Subject: SGLVG policy\n\nDear colleague,\n\nWhy does the zorgkantoor only purchase additional SGLVG residential "
     "treatment in specific cases? What is the reasoning behind that policy?\n\nKind regards,\nHannah Berg", None),
    ("Cliënt: mw. L. Maas\nBehandeling LVG: afgerond per 1-6-2026\nVervolgindicatie: geen Wlz-indicatie\n"
     "Verwachte duur tot woning beschikbaar: vijf maanden\n\nMag zij tot die tijd op de LVG-groep blijven, vergoed "
     "door het zk?", ("sglvg_na_behandeling_blijven", "no")),
    ("Cliënt: dhr. K. Bosman\nZorgprofiel: VV6\nLeveringsvorm: verblijf\nBehandeling inbegrepen: ja\n"
     "Gevraagd: logopedie, 6 sessies\n\nKan de logopedie apart gedeclareerd worden naast het zzp?",
     ("wlz_behandeling_naast_zzp", "no")),
])


# --------------------------------------------------------------------------- English words of e-mails

test_english_devices_and_settings = decides([
    ("One of the residents on our ward (residential care including treatment) needs a custom-made static lying "
     "orthosis. Is this paid outside the budget (bovenbudgettair), or from our institutional budget?",
     ("hulpmiddel_bovenbudgettair", "yes")),
    ("My brother has a GGZ-wonen indication and moved into a Wlz institution last month. Before that the "
     "municipality (Wmo) had given him a wheelchair. Can he keep it?", ("ggz_mobiliteitshulpmiddel_behouden", "yes")),
    ("We run a closed residential unit with permanent supervision and the possibility to intervene directly. Staff "
     "can reach any client within two minutes. We have an AVG, a behavioural specialist and bachelor-level support "
     "workers on site. Do we meet the additional purchasing conditions for ZZP VG7?", ("vg7_voorwaarden", "yes")),
])


# --------------------------------------------------------------------------- a request to explain asks no decision

test_a_request_to_explain_asks_no_decision = asks_for_a_decision(False, [
    "Kun je uitleggen hoe een aanbieder de VG7-plus prestatie aanvraagt en bij wie dat moet?",
    "Kunt u mij uitleggen wat meerzorg is?",
    "Kun je even toelichten waarom het zorgkantoor extra SGLVG-verblijf alleen in bijzondere gevallen inkoopt?",
])
test_a_request_to_explain_asks_no_decision_in_english = asks_for_a_decision(False, [
    "I'm new at the zorgkantoor's meerzorg desk. Could you explain what meerzorg actually is?",
    "Can you explain how the zorgkantoor decides on meerzorg?",
], english=True)
test_a_request_to_explain_whether_still_asks_one = asks_for_a_decision(True, [
    "Kun je uitleggen of wij C&A mogen declareren voor NAH+?",
    "Mogen wij C&A declareren voor NAH+?",
])
