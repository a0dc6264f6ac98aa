"""What the tuning questions of set 30 showed (software and data staff, translators and interpreters, apologetic
beginners, life events): a claim to be checked is about what it names, not about any value near a common word of
it ("de aanspraak op logeeropvang is gemaximeerd op 156 etmalen per jaar" is not checked by a sentence about
another aanspraak); btw is tax law; the language an interpreter explains in is no unknown name ("Ik wil het in het
Arabisch uitleggen"); a client "die zijn Wlz-indicatie nog niet heeft" belongs with his health insurer; a separable
verb asked without a modal ("Hoe lang houdt de instelling zijn plek vrij?") is the verb a value sentence must say; a choice between two frequencies ("per kwartaal of per halfjaar?") needs a
sentence that says how often."""

from __future__ import annotations

from dataclasses import replace

import pytest

from assistant.answer.gate import (
    _asked_verb,
    _no_claim_value,
    _no_frequency,
    _no_value,
    _other_regime,
    _unknown_name,
    _without_wlz,
)
from assistant.retrieval.text import tokens

from .gate_fixtures import signals

pytestmark = pytest.mark.unit

CLAIM = "Waar of niet waar: de aanspraak op logeeropvang in de Wlz is gemaximeerd op 156 etmalen per jaar."
TEXT = ("De aanspraak op verblijf duurt ten hoogste drie jaar. Logeeropvang is een vorm van kortdurend verblijf "
        "buiten de eigen woning.")
# how many of the 100 passages hold each word: "aanspraak" few, "logeeropvang" and "etmalen" fewer still
FREQ = {**{t: 30 for t in tokens(TEXT)}, **{t: 3 for t in tokens("aanspraak")},
        **{t: 1 for t in tokens("logeeropvang etmalen")}}


def test_a_claim_is_checked_only_by_sentences_that_name_what_it_is_about() -> None:
    unrelated = replace(signals(CLAIM, TEXT, sentences=["De aanspraak op verblijf duurt ten hoogste drie jaar."]),
                        doc_freq=FREQ)
    refused = _no_claim_value(unrelated)
    assert refused is not None and refused[0] == "no_claim_value" and "vind geen zin" in refused[1]
    assert "logeeropvang" in refused[1]
    # the unit of the claimed value ("etmalen") is not what the claim is about
    assert "etmalen" not in refused[1]
    named = replace(signals(CLAIM, TEXT, sentences=["Logeeropvang is een vorm van kortdurend verblijf buiten de eigen "
                                                    "woning."]), doc_freq=FREQ)
    assert _no_claim_value(named) is None


def test_a_claim_with_only_common_words_is_left_to_the_value_check() -> None:
    common = {t: 30 for t in tokens(CLAIM + " " + TEXT)}
    s = replace(signals(CLAIM, TEXT, sentences=["De aanspraak op verblijf duurt ten hoogste drie jaar."]),
                doc_freq=common)
    assert _no_claim_value(s) is None


@pytest.mark.parametrize("question", [
    "Onze tandarts-onderaannemer factureert aan ons door. Moet hij daar btw over rekenen?",
    "Is de mondzorg die wij inkopen vrijgesteld van omzetbelasting?",
    "Do we have to charge VAT on the dental care we invoice?",
])
def test_btw_is_tax_law(question: str) -> None:
    refused = _other_regime(signals(question, "De zorgaanbieder regelt de tandheelkundige zorg voor de cliënt."))
    assert refused is not None and "omzetbelasting" in refused[1] and "Belastingdienst" in refused[1]


@pytest.mark.parametrize("question", [
    "Vat samen wat de Wlz over tandheelkundige zorg zegt.",
    # "btw" in a chat is "by the way"
    "Btw, mijn moeder woont in een verpleeghuis. Wie regelt haar tandheelkundige zorg?",
    "Does the Wlz cover the dentist, btw?",
])
def test_no_tax_question(question: str) -> None:
    assert _other_regime(signals(question, "De zorgaanbieder regelt de tandheelkundige zorg voor de cliënt.")) is None


def test_the_language_an_interpreter_explains_in_is_no_unknown_name() -> None:
    question = "Daarin staat 'kinderen met ZEVMB'. Waar staat die afkorting voor? Ik wil het in het Arabisch uitleggen."
    text = "ZEVMB staat voor zeer ernstige verstandelijke en meervoudige beperkingen."
    s = replace(signals(question, text), doc_freq={t: 1 for t in tokens(text)})
    assert _unknown_name(s) is None


def test_a_client_whose_indication_is_not_there_yet_belongs_with_the_insurer() -> None:
    question = ("Wijkverpleging: onder welke prestatie declareren we bij de zorgverzekeraar de zorg aan een cliënt "
                "die zijn Wlz-indicatie nog niet heeft?")
    refused = _without_wlz(signals(question, "Na 13 weken mag het zorgkantoor geen declaratie meer vergoeden."))
    assert refused is not None and refused[0] == "out_of_scope" and "Zorgverzekeringswet" in refused[1]


@pytest.mark.parametrize(("asking", "verb"), [
    ("hoe lang houdt de instelling zijn plek voor hem vrij?", "vrijhouden"),
    ("binnen hoeveel weken keurt het zorgkantoor het plan goed?", "goedkeuren"),
    ("hoe lang duurt de indicatie?", ""),
    # a particle that makes no other verb of it: what something comprises, indicates or pays towards
    ("hoeveel uur zorg per week houdt zorgprofiel vv5 in?", ""),
    ("hoeveel procent van de kosten betaalt de cliënt zelf mee?", ""),
    ("waar stelt het zorgkantoor eisen aan?", ""),
])
def test_a_separable_verb_asked_without_a_modal(asking: str, verb: str) -> None:
    assert _asked_verb(asking) == verb


def test_a_duration_of_something_else_does_not_answer_how_long_a_place_is_kept() -> None:
    question = "Onze zoon (LVG) zit sinds gisteren in voorlopige hechtenis. Hoe lang houdt de instelling zijn plek vrij?"
    text = "De indicatie LVG is tijdelijk (maximaal 3 jaar). Daarna volgt een nieuwe beoordeling."
    freq = {t: 1 for t in tokens(question + " " + text)}
    refused = _no_value(replace(signals(question, text), doc_freq=freq))
    assert refused is not None and refused[0] == "no_value" and "houdt" not in refused[1]
    kept = "De instelling houdt de plaats van een gedetineerde cliënt ten hoogste drie maanden vrij."
    assert _no_value(replace(signals(question, kept), doc_freq={t: 1 for t in tokens(question + " " + kept)})) is None


def test_a_choice_between_two_frequencies_needs_a_sentence_that_says_how_often() -> None:
    question = "Moet de voortgangsrapportage aan het zorgkantoor per kwartaal of per halfjaar worden aangeleverd?"
    text = "Zorgaanbieders en zorgkantoren trekken gezamenlijk op bij de inzet van het regionaal budget."
    refused = _no_frequency(signals(question, text, sentences=[text]))
    assert refused is not None and "frequentie" in refused[1]
    said = "De zorgaanbieder levert elk kwartaal een voortgangsrapportage aan bij het zorgkantoor."
    assert _no_frequency(signals(question, said, sentences=[said.replace("elk kwartaal", "jaarlijks")])) is None
    every = "De zorgaanbieder evalueert het plan ten minste om de zes maanden met het zorgkantoor."
    assert _no_frequency(signals(question, every, sentences=[every])) is None
    # no choice of frequencies: not this check's question
    assert _no_frequency(signals("Moet de rapportage worden aangeleverd?", text, sentences=[text])) is None


def test_a_claim_checked_in_two_of_its_other_words_is_answered() -> None:
    claim = "Waar of niet waar: de minister stuurt periodiek een verslag over de doeltreffendheid, om de vijf jaar."
    text = "Onze Minister zendt telkens na vijf jaar een verslag over de doeltreffendheid van deze wet."
    freq = {**{t: 30 for t in tokens(claim + " " + text)},
            **{t: 1 for t in tokens("periodiek")}, **{t: 2 for t in tokens("verslag doeltreffendheid")}}
    assert _no_claim_value(replace(signals(claim, text, sentences=[text]), doc_freq=freq)) is None
    # one of them only is not enough
    other = "Onze Minister zendt telkens na vijf jaar een overzicht van de doeltreffendheid van deze wet."
    refused = _no_claim_value(replace(signals(claim, other, sentences=[other]), doc_freq=freq))
    assert refused is not None and "periodiek" in refused[1]
