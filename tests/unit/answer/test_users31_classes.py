"""What the tuning questions of set 31 showed (checking what a chatbot said, facility and housing staff, HR and
roster planners, young clients): "ChatGPT zegt dat …" names where a claim comes from, not an unknown organisation;
a pasted answer in straight single quotes is the asker's material, also with an apostrophe inside a word
("EVV'er"); a sentence opens after a closing quote; "Wat zegt de staatssecretaris over …?" asks about a body, not
about a document; a year told as a start in the story ("since 2014") is not the year asked; building permits are
spatial law; who pays "mijn inzet als tolk" is who pays the tolk; "Hoe heet de subsidieregeling …?" needs a
sentence about that regulation that gives a name; a numbered list whose items run over several sentences and
passages keeps all its items, without the footnote links between them."""

from __future__ import annotations

from dataclasses import replace

import pytest

from assistant.answer.extractive import Sentence, compose, list_items, select
from assistant.answer.gate import (
    NAME,
    _no_called,
    _other_document,
    _other_regime,
    _other_year,
    _unknown_name,
    _unknown_thing,
)
from assistant.types import Passage

from .gate_fixtures import signals
from .test_shapes import hit

pytestmark = pytest.mark.unit

TEXT = "Het zorgkantoor regelt de zorg voor de verzekerde. De Wlz-uitvoerder stelt een zorgplan op."


@pytest.mark.parametrize("question", [
    "ChatGPT zegt dat het zorgkantoor de zorg regelt. Klopt dat?",
    "Copilot zegt dat het zorgkantoor de zorg regelt. Kan ik daarop vertrouwen?",
    # an apostrophe inside a word of the pasted answer does not end the quote, and a sentence opens after it
    "Een collega vroeg ChatGPT wie het zorgplan opstelt. Antwoord: 'Dat doet de EVV'er van de afdeling.' Klopt dat met "
    "wat de zorgkantoren verwachten?",
])
def test_a_chatbot_quoted_is_no_unknown_name(question: str) -> None:
    assert _unknown_name(signals(question, TEXT)) is None


def test_an_unknown_organisation_is_still_unknown() -> None:
    assert _unknown_name(signals("Wat zegt Zorgbelang Brabant over het zorgplan?", TEXT)) is not None


def test_a_sentence_opens_after_a_closing_quote() -> None:
    assert NAME.findall("Hij zei: 'dat mag niet.' Klopt dat?") == []
    assert NAME.findall("Hij zei dat Zorgbelang het regelt. Klopt dat?") == ["Zorgbelang"]


@pytest.mark.parametrize("question", [
    "Wat zegt de staatssecretaris over de vraag naar logeerplekken?",
    "Wat zegt het zorgkantoor over het zorgplan?",
])
def test_what_a_body_says_is_no_document_question(question: str) -> None:
    assert _other_document(signals(question, TEXT)) is None


def test_what_a_report_says_is_still_a_document_question() -> None:
    assert _other_document(signals("Wat zegt het rapport Ruimte voor ontwikkeling over het zorgplan?", TEXT)) \
        is not None


def test_a_start_told_in_the_story_is_not_the_year_asked() -> None:
    question = ("Some residents have lived here since 2014 on an AWBZ personal budget. If one of them moves, what "
                "happens to his budget?")
    assert _other_year(signals(question, TEXT)) is None
    asked = "What happened to residents with an AWBZ personal budget in 2014?"
    assert _other_year(signals(asked, TEXT)) is not None


@pytest.mark.parametrize("question", [
    "Moeten we voor de ombouw van het kantoorpand een omgevingsvergunning aanvragen?",
    "Do we need a building permit to turn the office into a group home?",
])
def test_building_permits_are_spatial_law(question: str) -> None:
    refused = _other_regime(signals(question, TEXT))
    assert refused is not None and "omgeving" in refused[1].lower()


def test_who_pays_the_work_of_a_person_is_who_pays_that_person() -> None:
    question = "Ik ben tolk bij het gesprek van het CIZ. Wie betaalt mijn inzet als tolk: het CIZ of de familie?"
    refused = _unknown_thing(signals(question, TEXT))
    assert refused is not None and "tolk" in refused[1]
    # a person the sources name is known
    assert _unknown_thing(signals("Wie betaalt de kosten van het zorgkantoor?", TEXT)) is None


SUBSIDY = "Voor de financiering van de kenniscentra is via ZonMw een subsidie ter beschikking gesteld."


def test_the_name_of_a_regulation_needs_a_sentence_that_names_it() -> None:
    question = "Hoe heet de subsidieregeling van ZonMw waaruit de kenniscentra worden gefinancierd?"
    refused = _no_called(signals(question, SUBSIDY, sentences=[SUBSIDY]))
    assert refused is not None and refused[0] == "no_names"
    named = "De subsidieregeling ‘Kennisnetwerken langdurige zorg’ van ZonMw financiert de kenniscentra."
    assert _no_called(signals(question, named, sentences=[named])) is None


def test_the_name_asked_in_english_is_looked_for_in_dutch() -> None:
    question = "Our HR team wants to use that competence profile. What is that profile called?"
    text = "Begeleiders beschikken over het competentieprofiel van de sector."
    refused = _no_called(replace(signals(question, text, sentences=[text]), english=True))
    assert refused is not None and "name" in refused[1]


def test_a_numbered_list_of_long_items_keeps_all_its_items_across_passages() -> None:
    # §6.3 ZN: item 1 runs on over two sentences and into the next passage; item 3 follows a footnote link
    first = hit("Het regiobudget zetten we in voor:\n\n1. Ondersteuning bij de regiomonitor. Waar nodig betreft dit ook "
                "het bijsturen.\n\nAfzonderlijk overleg zal nog worden gevoerd.")
    second = hit("Afzonderlijk overleg zal nog worden gevoerd over compensatie van de kosten.", doc="d").passage
    third = hit("2. Ondersteuning van pilots in de wijk. https://open.overheid.nl/doc/pdf 3. Versterking van de "
                "sociale infrastructuur.\n\n4. Versterking digitale infrastructuur.", doc="d").passage
    after = {first.passage.text: second, second.text: third}

    def following(p: Passage) -> tuple[Passage | None, str]:
        nxt = after.get(p.text)
        return (nxt, nxt.text) if nxt is not None else (None, "")

    question = "Waarvoor zetten ze het regiobudget in?"
    picked = select(question, [first], following=following)
    lead = next(s for s in picked if s.items)
    assert lead.items == ("Ondersteuning bij de regiomonitor", "Ondersteuning van pilots in de wijk",
                          "Versterking van de sociale infrastructuur", "Versterking digitale infrastructuur")
    text, _ = compose(question, [first], sentences=picked)
    assert "https://" not in text


def test_a_numbered_list_that_ends_is_not_joined_to_a_new_one() -> None:
    lead = "We doen dit door:"
    first = hit(f"{lead}\n\n1. Overleg met de regio.\n\nDaarna volgt de evaluatie.")
    second = hit("Daarna volgt de evaluatie van de regio.\n\n1. Een nieuwe lijst over iets anders.\n\n2. Nog een punt.",
                 doc="d").passage

    def following(p: Passage) -> tuple[Passage | None, str]:
        return (second, second.text) if p is first.passage else (None, "")

    s = Sentence(0, first.passage, 0, len(lead), lead, 1.0)
    assert list_items(s, following)[0] == ["Overleg met de regio"]


# review of the set-31 changes: what the new patterns must leave alone
def test_a_numbered_list_run_on_is_not_joined_to_a_new_list_in_the_next_passage() -> None:
    lead = "We doen dit door:"
    first = hit(f"{lead}\n\n1. Overleg met de regio.\n\n2. Een evaluatie.\n\nDaarna volgt de rapportage.")
    second = hit("1. Een nieuwe lijst over iets anders.\n\n2. Nog een punt.", doc="d").passage

    def following(p: Passage) -> tuple[Passage | None, str]:
        return (second, second.text) if p is first.passage else (None, "")

    s = Sentence(0, first.passage, 0, len(lead), lead, 1.0)
    assert list_items(s, following)[0] == ["Overleg met de regio", "Een evaluatie"]


def test_a_numbered_heading_after_a_list_is_no_item() -> None:
    lead = "De doelen zijn:"
    first = hit(f"{lead}\n\n1. Overleg.\n\n2. Evaluatie.\n\n3. Rapportage.\n\nDe uitwerking volgt later.\n\n"
                "4. Financiering\n\nHet budget is beperkt.")
    s = Sentence(0, first.passage, 0, len(lead), lead, 1.0)
    assert list_items(s)[0] == ["Overleg", "Evaluatie", "Rapportage"]


def test_an_item_stays_verbatim_when_prose_follows_it() -> None:
    lead = "Het budget zetten we in voor:"
    first = hit(f"{lead}\n\n1. Ondersteuning bij de regiomonitor\n\nDaarnaast voeren we overleg met de regio.\n\n"
                "2. Ondersteuning van pilots in de wijk.")
    s = Sentence(0, first.passage, 0, len(lead), lead, 1.0)
    assert list_items(s)[0] == ["Ondersteuning bij de regiomonitor", "Ondersteuning van pilots in de wijk"]


@pytest.mark.parametrize("question", [
    "Wat staat er in het besluit van de NZa over het zorgplan?",
    "Wat zegt de beleidsregel over het zorgplan?",
])
def test_a_regulation_named_is_still_a_document(question: str) -> None:
    assert _other_document(signals(question, TEXT)) is not None


@pytest.mark.parametrize("question", [
    "Mag ik de naam van de stichting op de factuur zetten?",
    "Moet de naam van het project in de aanvraag staan?",
])
def test_a_name_mentioned_is_no_name_asked(question: str) -> None:
    assert _no_called(signals(question, SUBSIDY, sentences=[SUBSIDY])) is None


@pytest.mark.parametrize("question", [
    "Some residents have lived here since January 2014 on an AWBZ personal budget. If one of them moves, what happens "
    "to his budget?",
    "Some residents have lived here since 1 January 2014 on an AWBZ personal budget. If one of them moves, what "
    "happens to his budget?",
])
def test_a_start_with_its_month_told_in_the_story_is_not_the_year_asked(question: str) -> None:
    assert _other_year(signals(question, TEXT)) is None
