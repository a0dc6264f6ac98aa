"""Classes of questions from the users15 tuning split (phone calls, team chats, family forums): each kind of
question that must be refused or answered, with a near question that must not be, on small fake passages."""

from __future__ import annotations

import pytest

from assistant.answer.asked import classify
from assistant.answer.gate import _asked_verb, named_regime
from tests.unit.answer.test_gate_checks import _names, judge

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(("question", "passage", "reason"), [
    # an office asked for with a filler between, without an article, or by "de naam van"
    ("wie is eigenlijk de voorzitter van het CAK nu?", "Het CAK wordt vertegenwoordigd door de voorzitter.",
     "no_person"),
    ("wie is programmaleider van het Ontwikkelprogramma Complexe Zorg?",
     "Het Ontwikkelprogramma Complexe Zorg wordt geleid door een programmaleider.", "no_person"),
    ("wat is de naam van de zorginkoper bij ons zorgkantoor?", "Neem contact op met uw zorginkoper.", "no_person"),
    # named: answered
    ("wie is eigenlijk de voorzitter van het CAK nu?", "Voorzitter van het CAK is mevrouw De Vries.", "ok"),
])
def test_an_office_asked_in_spoken_words_needs_a_name(question: str, passage: str, reason: str) -> None:
    got = judge(question, passage)
    assert got == reason if reason == "no_person" else got != "no_person", got


@pytest.mark.parametrize(("question", "passage", "reason"), [
    # a bureau: only a name said as the one who does the work answers
    ("wie gaat de eindevaluatie uitvoeren? welk bureau?",
     "De kwaliteitsnormen worden opgenomen in het Register kwaliteitsinstrumenten.", "no_names"),
    ("welk bureau deed het onderzoek naar de instroom in VG7?",
     "Het betreft twee rapporten van Bureau HHM naar de instroom van jongeren in VG7.", "ok"),
    # a make: only a sentence that speaks of makes or suppliers
    ("welk alarmeringssysteem is voorgeschreven voor VG7? merk/type?",
     "Onderzoek van Bureau Significant naar de zorg voor VG7.", "no_names"),
    # greeted first, then which experiments
    ("Goedemiddag, eh, welke experimenten lopen er op dit moment?",
     "Een experiment heeft tot doel de verzekerde één integraal pakket te verstrekken.", "no_names"),
])
def test_a_bureau_a_make_or_running_experiments_need_their_names(question: str, passage: str, reason: str) -> None:
    got = _names(question, passage)
    assert got == reason if reason == "no_names" else got != "no_names", got


@pytest.mark.parametrize(("question", "verb"), [
    # the verb before a subordinate clause, the verb of a purpose
    ("hoe lang moet je de kamer vrijhouden voordat er een nieuwe cliënt in mag?", "vrijhouden"),
    ("hoeveel dagen heeft het zorgkantoor om te beslissen?", "beslissen"),
    ("hoe lang moeten we zorgplannen bewaren?", "bewaren"),
])
def test_the_verb_a_value_question_asks_about(question: str, verb: str) -> None:
    assert _asked_verb(question) == verb


def test_a_value_for_another_year_does_not_answer() -> None:
    q = "met hoeveel procent zijn de VG7-tarieven per 2026 gestegen?"
    assert judge(q, "Eerder onderzoek heeft voor 2025 geresulteerd in een tariefsverhoging voor VG7 van 6,2%.") \
        == "no_value"
    assert judge(q, "Per 2026 zijn de VG7-tarieven met 4,1% gestegen.") != "no_value"


def test_what_lasts_is_named_also_after_is() -> None:
    assert classify("Hoe lang is de wachttijd gemiddeld voor een LVG-behandelplek?").subject == "wachttijd"


@pytest.mark.parametrize(("question", "shape", "value"), [
    # an English "when" inside a sentence is a condition, not a date asked
    ("Is it the Zorginstituut's job to alert the minister when care costs start shifting, or only when asked?",
     "yesno", ""),
    ("When will the new rules for meerzorg start?", "value", "date"),
    # a label or a greeting before the question
    ("vraagje: zit er een max bedrag per module op een mpt?", "yesno", ""),
    ("Ja, goedemiddag, eh, hoeveel dagen heeft het zorgkantoor om te beslissen?", "value", "duration"),
])
def test_the_shape_after_a_greeting_and_of_an_english_when(question: str, shape: str, value: str) -> None:
    asked = classify(question)
    assert (asked.shape, asked.value) == (shape, value)


def test_the_wlz_next_to_another_law_is_not_sent_away() -> None:
    passage = "Bij algemene maatregel van bestuur kan een experiment worden ingericht voor één integraal pakket."
    assert judge("welke wetten kunnen daar samen in? alleen wlz en wmo?", passage) != "out_of_scope"
    assert named_regime("Does his basic health insurance cover orthopaedic insoles?") is not None


@pytest.mark.parametrize(("question", "advice"), [
    ("Hoe leg ik aan mijn kinderen (6 en 9) uit dat opa naar een verpleeghuis gaat?", True),
    ("Mam wil elke avond naar huis. Hoe reageer je daar het beste op zonder te liegen?", True),
    ("How do I explain to my kids that grandpa moves to a nursing home?", True),
    # explaining a rule, asking a procedure, a professional's question: not personal advice
    ("Hoe leg ik aan de familie uit wat meerzorg is?", False),
    ("Hoe vraag ik meerzorg aan?", False),
    ("Hoe gaan we om met een cliënt die zorg weigert?", False),
    # dealing with behaviour or a wish, of a resident or a relative
    ("Hoe ga ik als begeleider om met seksueel ontremd gedrag van een bewoner met NAH?", True),
    ("Hoe reageer ik op een bewoner met dementie die steeds om zijn overleden vrouw roept?", True),
    ("Hoe ga je om met een bewoner met dementie die 's avonds steeds naar huis wil?", True),  # users16
    ("Hoe gaan we om met een cliënt die zijn eigen bijdrage niet betaalt?", False),
])
def test_personal_advice_is_not_what_the_sources_give(question: str, advice: bool) -> None:
    passage = "Het verpleeghuis biedt verblijf met behandeling aan cliënten met een Wlz-indicatie."
    assert (judge(question, passage) == "out_of_scope") is advice


def test_a_count_of_people_needs_people_counted() -> None:
    q = "How many people are in the Bewaken & Beveiligen system?"
    assert judge(q, "Beveiligde zorg op niveau 2, 3 en 4 wordt in het dashboard bijgehouden.") == "no_value"
    assert judge(q, "In Bewaken & Beveiligen zitten ongeveer 120 cliënten.") != "no_value"


@pytest.mark.parametrize(("question", "value"), [
    ("Is daar een verplicht format of model voor?", "form"),
    ("wanneer is het convenant MGZ getekend?", "date"),
])
def test_a_template_and_a_signing_date_are_values_asked(question: str, value: str) -> None:
    assert classify(question).value == value


def test_an_english_question_is_sent_elsewhere_in_english() -> None:
    got = named_regime("Does his basic health insurance cover insoles?")
    assert got is not None
    assert got.refusal(english=True).startswith("This question is about the Health Insurance Act (Zvw)")
    assert got.refusal(english=False).startswith("Deze vraag gaat over de Zorgverzekeringswet (Zvw)")


def test_without_a_wlz_indication_the_other_payer_is_asked() -> None:
    passage = "De zorgverzekeraar en de gemeente spreken af wie hulpmiddelen verstrekt volgens de Zorgverzekeringswet."
    assert judge("Mijn vader heeft geen Wlz-indicatie. Betaalt de zorgverzekeraar of de gemeente zijn rolstoel?",
                 passage) == "out_of_scope"
    assert judge("Mijn vader heeft een Wlz-indicatie. Betaalt de zorgverzekeraar of de gemeente zijn rolstoel?",
                 passage) != "out_of_scope"


def test_who_is_currently_the_chair() -> None:
    assert judge("Who is currently the chair (voorzitter) of the CIZ?", "Het CIZ heeft een voorzitter.") == "no_person"
