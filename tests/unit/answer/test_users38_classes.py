"""What the tuning questions of set 38 showed (status and cross-references, business jargon, preparing an answer for
someone else, timing by event): a question relayed ("… gaat me vragen hoeveel …") followed by a short one that only
asks for the answer to give ("Wat kan ik hem noemen?", "Hoe hoog is die?") asks the relayed one; "hoe hoog de eigen
bijdrage … is" asks an amount; the Awir is the allowances' law and state-funded legal aid a regime of its own; a Wlz
article the law does not have is not answered from the articles around it, and "artikel 5:18 Awb" is not answered by
a passage that cites 5:16 and 5:17."""

from __future__ import annotations

from dataclasses import replace

import pytest

from assistant.answer.asked import classify
from assistant.answer.framing import as_direct
from assistant.answer.gate import _no_article, _other_law, named_regime

from .gate_fixtures import signals

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(("text", "direct"), [
    ("Een SGLVG-cliënt gaat me vragen hoeveel uur per week hij buiten de besloten setting therapie mag volgen. "
     "Wat is het maximum?",
     "Een SGLVG-cliënt gaat me vragen: hoeveel uur per week hij buiten de besloten setting therapie mag volgen?"),
    ("Our director will ask me how many places a provider must offer at one location. What is that minimum number?",
     "Our director will ask me: how many places a provider must offer at one location?"),
    ("Een verpleegkundige gaat me vragen welke boete zij kan krijgen. Hoe hoog is die?",
     "Een verpleegkundige gaat me vragen: welke boete zij kan krijgen?"),
    ("Een cliënt gaat me vragen hoe hoog de eigen bijdrage per maand is. Wat kan ik hem noemen?",
     "Een cliënt gaat me vragen: hoe hoog de eigen bijdrage per maand is?"),
])
def test_a_relayed_question_and_a_short_one_that_asks_for_the_answer(text: str, direct: str) -> None:
    assert as_direct(text) == direct


@pytest.mark.parametrize("text", [
    # the last question asks something of its own
    "Een moeder gaat me vragen waar ze meer kan lezen. Naar welke website van VWS verwijzen de zorgkantoren daarvoor?",
    # no relayed question before it
    "Mijn moeder heeft een VPT. Wat kan ik haar zeggen?",
])
def test_a_last_question_of_its_own_stays(text: str) -> None:
    assert as_direct(text) == text


def test_how_high_in_indirect_speech_asks_an_amount() -> None:
    assert classify("Een cliënt gaat me vragen: hoe hoog de eigen bijdrage voor dat pakket per maand is?").value == "amount"


@pytest.mark.parametrize(("question", "regime"), [
    ("In welk artikel van de Algemene wet inkomensafhankelijke regelingen staat de terugvordering van toeslag?",
     "toeslagen"),
    ("Kan hij een gratis advocaat (een toevoeging) krijgen voor zijn bezwaar tegen het CIZ?", "rechtsbijstand"),
])
def test_other_regimes(question: str, regime: str) -> None:
    found = named_regime(question)
    assert found is not None and regime in found.name


def test_a_toevoeging_alone_is_no_legal_aid() -> None:
    assert named_regime("Is de toevoeging van een extra dagdeel dagbesteding mogelijk?") is None


def test_a_wlz_article_the_law_does_not_have() -> None:
    text = "Artikel 3.3.3 regelt de leveringsvormen."
    articles = {"3.3.1": "goed", "3.3.2": "goed", "3.3.3": "goed", "4.3.3": "nogniet", "5.2.1": "vervallen"}
    refused = _no_article(replace(signals("Wat staat er in artikel 3.9.9 van de Wlz?", text), law_articles=articles))
    assert refused is not None and refused[0] == "no_article" and "3.9.9" in refused[1]
    # an article the law has
    assert _no_article(replace(signals("Wat staat er in artikel 3.3.3 van de Wlz?", text), law_articles=articles)) is None
    # one the law has but leaves out of its text: said to be not in force or repealed, not said not to exist
    for question, said in (("Wat regelt art. 4.3.3 Wlz?", "nog niet in werking getreden"),
                           ("Wat stond er in artikel 5.2.1 van de Wlz?", "vervallen"),
                           ("What does article 4.3.3 of the Wlz say?", "not yet in force")):
        refused = _no_article(replace(signals(question, text), law_articles=articles,
                                      english=question.startswith("What")))
        assert refused is not None and refused[0] == "article_left_out" and said in refused[1]
        assert "staat niet in de tekst" not in refused[1]
    # ... also when another article refers to it (its text is still not in the sources); an article the law does not
    # list that the sources name is not refused (what they say of it may answer)
    named = "Artikel 3.3.3 regelt de leveringsvormen, met uitzondering van artikel 4.3.3 en artikel 3.9.9."
    refused = _no_article(replace(signals("Wat regelt artikel 4.3.3 Wlz?", named), law_articles=articles))
    assert refused is not None and "nog niet in werking" in refused[1]
    assert _no_article(replace(signals("Wat regelt artikel 3.9.9 Wlz?", named), law_articles=articles)) is None
    # another law's article is the other_law check's; without a law in the corpus the check is off
    assert _no_article(replace(signals("Wat regelt artikel 3.1.1 van het Besluit langdurige zorg?", text),
                               law_articles=articles)) is None
    assert _no_article(signals("Wat staat er in artikel 3.9.9 van de Wlz?", text)) is None


def test_an_article_of_another_law_must_be_the_one_cited() -> None:
    cites = "De bevoegdheden, bedoeld in de artikelen 5:16 en 5:17 van de Algemene wet bestuursrecht, gelden ook hier."
    refused = _other_law(signals("Wat regelt artikel 5:18 van de Algemene wet bestuursrecht precies?", cites, [cites]))
    assert refused is not None and refused[0] == "other_law"
    assert _other_law(signals("Wat regelt artikel 5:17 van de Algemene wet bestuursrecht precies?", cites, [cites])) is None


def test_an_article_of_another_document_is_not_the_laws() -> None:
    text = "Artikel 3.3.3 regelt de leveringsvormen."
    question = "Wat zegt artikel 4.2.1 van de inkoopvoorwaarden over de SO?"
    assert _no_article(replace(signals(question, text), law_articles={"3.3.3": "goed"})) is None


@pytest.mark.parametrize("text", [
    "Een cliënt vraagt welke indicatie hij krijgt. Hoe lang is die geldig?",
    "Een moeder vraagt welk zorgprofiel ze heeft. Is dat verplicht?",
    "Een cliënt vraagt welke eigen bijdrage hij betaalt. Waarom is die zo hoog?",
])
def test_a_short_question_that_asks_something_new_stays(text: str) -> None:
    assert as_direct(text) == text
