"""What the tuning questions of set 35 showed (analogies, sarcasm, small providers, relayed questions): what an
abbreviation stands for is answered only where the sources write it out; an amount asked as "hoe hoog was het …
bedrag" or "wat heeft … gekost"; the bureau asked for is the one that did the work the question names, not one
named beside it."""

from __future__ import annotations

import pytest

from assistant.answer.asked import classify
from assistant.answer.gate import AMOUNT_Q, Signals, _no_amount, _no_expansion, _no_names
from assistant.retrieval.text import tokens
from assistant.settings import AnswerSettings

from .gate_fixtures import TODAY, hit, signals

pytestmark = pytest.mark.unit

_SPUK = ("Indien er mogelijkheden zijn om de financiering te voorzien vanuit andere regelingen die beter passend zijn "
         "(zoals SPUK DOS), dan gaat dat voor.")
_WRITTEN_OUT = ("De zorgaanbieders zijn aangewezen als regionale en doelgroepen expertisecentra (hierna: XYZ en DEC).")


@pytest.mark.parametrize("question", ["Vast weer een nieuwe afkorting: waar staat 'SPUK' in SPUK-DOS eigenlijk voor?",
                                      "What does SPUK stand for?"])
def test_an_abbreviation_the_sources_never_write_out(question: str) -> None:
    refusal = _no_expansion(signals(question, _SPUK, [_SPUK]))
    assert refusal is not None and refusal[0] == "no_expansion" and "SPUK" in refusal[1]


def test_an_abbreviation_written_out_or_in_the_glossary_is_answered() -> None:
    assert _no_expansion(signals("Waar staat XYZ voor?", _WRITTEN_OUT, [_WRITTEN_OUT])) is None
    assert _no_expansion(signals("Waar staat REC voor?", _SPUK, [_SPUK])) is None  # the glossary writes it out
    assert _no_expansion(signals("Wat is SPUK DOS?", _SPUK, [_SPUK])) is None  # not asked what it stands for


def test_an_abbreviation_followed_by_the_words_that_spell_it_is_written_out() -> None:
    text = "De zorg voor QXLV (quasi extra licht verzorgden) wordt apart ingekocht."
    assert _no_expansion(signals("Waar staat QXLV voor?", text, [text])) is None
    other = "Zorgaanbieders kunnen dit thuis leveren (QXLV of VPT) of met een pgb (al dan niet in combinatie)."
    assert _no_expansion(signals("Waar staat QXLV voor?", other, [other])) is not None


@pytest.mark.parametrize("question", ["Waar staat de regel over logeren voor mantelzorgers?",
                                      "Waar staat dat de zorgaanbieder verantwoordelijk is voor de mondzorg?",
                                      "Waar staat het zorgkantoor voor?"])
def test_where_something_is_written_asks_no_abbreviation(question: str) -> None:
    assert _no_expansion(signals(question, _SPUK, [_SPUK])) is None


@pytest.mark.parametrize("question", ["Hoe hoog was het pgb-garantiebedrag in 2014 voor iemand met ZZP 5 VG?",
                                      "Hoe hoog is het tarief voor een VPT?",
                                      "En wat heeft het programma Volwaardig Leven uiteindelijk gekost?",
                                      "How much did the evaluation cost?"])
def test_an_amount_asked_needs_an_amount(question: str) -> None:
    assert AMOUNT_Q.search(question)
    text = "Per 1 januari 2020 mag er geen enkel LVG-zorgprofiel in een pgb worden verzilverd."
    assert _no_amount(signals(question, text, [text])) is not None
    money = "Het programma kostte in totaal € 2,5 miljoen."
    assert _no_amount(signals(question, money, [money])) is None


@pytest.mark.parametrize("question", ["Wat heeft de minister gedaan?", "Hoe hoog is de drempel?",
                                      "Hoe hoog is de vergoeding van mantelzorgers in uren?",
                                      "Wat heeft mijn moeder aan tijd gekost?"])
def test_other_questions_ask_no_amount(question: str) -> None:
    assert not AMOUNT_Q.search(question)


def test_the_bureau_named_beside_the_work_asked_is_no_answer() -> None:
    sessions = "Daarover is vanuit VWS een serie dialoogsessies met medewerkers georganiseerd."
    evaluation = "Onderzoeksbureau HHM heeft de opdracht gekregen een kwalitatief evaluatieonderzoek te doen."

    def asked(question: str) -> Signals:
        hits = [hit(sessions), hit(evaluation)]
        text = f"{sessions} {evaluation}"
        return Signals(question, "", hits, [sessions], set(tokens(text)), text.lower(), {}, 100, AnswerSettings(),
                       classify(question), False, 0.7, 10.0, 0.0, TODAY)

    assert _no_names(asked("Een vriendin vraagt: welk bureau de dialoogsessies voor VWS heeft begeleid?")) is not None
    assert _no_names(asked("Welk bureau deed het kwalitatieve evaluatieonderzoek?")) is None
