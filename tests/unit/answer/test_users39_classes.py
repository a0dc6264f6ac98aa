"""What the tuning questions of set 39 showed (examples and kinds, acronyms, how two things relate, how binding a text
is): how two things relate is answered only where the sources name the two together; asking for examples or what an
abbreviation stands for gets no verdict, nor does whether an accountant or a quality mark is required."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from datetime import date

import pytest

from assistant.answer.gate import RELATION_Q, Signals, _no_relation
from assistant.retrieval.text import tokens
from assistant.rules import RuleBook

from .gate_fixtures import hit, signals

pytestmark = pytest.mark.unit


def _with_corpus(question: str, *texts: str) -> Signals:
    """Signals over ``texts`` as the retrieved passages, with the corpus's word counts taken from them."""
    s = signals(question, texts[0])
    doc_freq = Counter(t for text in texts for t in set(tokens(text)))
    return replace(s, hits=[hit(t) for t in texts], doc_freq=dict(doc_freq), corpus_lower=" ".join(texts).lower())


@pytest.mark.parametrize(("question", "x", "y"), [
    ("Hoe verhoudt de Federatie LVHC zich tot de VGN?", "de Federatie LVHC", "de VGN"),
    ("Wat is de relatie tussen De Borg en het CCE?", "De Borg", "het CCE"),
    ("Hoe hangt het stimuleringsbudget samen met de contracteerruimte?", "het stimuleringsbudget",
     "de contracteerruimte"),
    ("How does the Toekomstagenda relate to the werkagenda?", "the Toekomstagenda", "the werkagenda"),
])
def test_the_two_sides_of_a_relation_question(question: str, x: str, y: str) -> None:
    m = RELATION_Q.search(question)
    assert m is not None and [g for g in m.groups() if g] == [x, y]


def test_a_relation_is_answered_only_where_the_two_are_named_together() -> None:
    apart = ("De Federatie LVHC is de vereniging van alle LVHC-zorgaanbieders.",
             "De VGN overlegt met de zorgkantoren over de tarieven.")
    refused = _no_relation(_with_corpus("Hoe verhoudt de Federatie LVHC zich tot de VGN?", *apart))
    assert refused is not None and refused[0] == "no_relation" and "Federatie LVHC" in refused[1]
    # one sentence, or a sentence and the next, that names both: the sources may say how they relate
    together = ("De Federatie LVHC is opgericht naast de VGN. Zij werkt samen met de brancheorganisatie.",)
    assert _no_relation(_with_corpus("Hoe verhoudt de Federatie LVHC zich tot de VGN?", *together)) is None
    following = ("Het Ontwikkelprogramma bundelt de kennis over de doelgroep. Het sluit aan op de acties in de "
                 "Toekomstagenda.",)
    assert _no_relation(_with_corpus("Hoe verhoudt het Ontwikkelprogramma zich tot de Toekomstagenda?",
                                     *following)) is None
    # not a relation question: another check's business
    assert _no_relation(_with_corpus("Wat doet de Federatie LVHC?", *apart)) is None


@pytest.mark.parametrize("question", [
    "Geef eens voorbeelden van projecten die al met het regionaal stimuleringsbudget zijn betaald.",
    "Noem een paar voorbeelden van hulpmiddelen die bovenbudgettair worden vergoed.",
    "Bij LVG 4 en 5 moet de behandelaar een GZ-psycholoog zijn. Staat GZ daar voor gehandicaptenzorg?",
    "Moet ons transformatieplan voor de transitiemiddelen door een externe accountant worden goedgekeurd?",
])
def test_examples_an_abbreviation_or_an_unnamed_requirement_get_no_verdict(question: str) -> None:
    assert RuleBook.load().check_question(question, as_of=date(2026, 6, 1)) is None


@pytest.mark.parametrize(("question", "verdict"), [
    # what the letter says the government decided, ordered or only plans: no rule decides that
    ("Heeft de staatssecretaris al besloten om zorg thuis beter mogelijk te maken, of is dat nog een voornemen?", False),
    ("Voor gezinnen zonder meerzorg: is er al besloten wat er met de toeslagen gebeurt, of is dat nog een plan?", False),
    ("In de brief staat dat cliënten hun zorg moeten houden. Heeft de staatssecretaris de zorgkantoren dat opgedragen?",
     False),
    # ... but whether a group falls under a structure in a year is what a rule decides, also asked as a decision
    ("Heeft VWS besloten dat NAH+ in 2026 onder de LVHC-structuur valt?", True),
])
def test_what_the_government_decided_or_plans_is_no_eligibility_question(question: str, verdict: bool) -> None:
    from assistant.rules.facts import question_kind

    assert (question_kind(question) is not None) is verdict


@pytest.mark.parametrize(("question", "numbers", "status"), [
    ("Geldt artikel 4.3.3 van de Wlz al?", ["4.3.3"], True),
    ("Na 4.3.2 staat er nog een artikel 4.3.3. Geldt dat artikel al, of kan ik het laten liggen?", ["4.3.3"], True),
    ("Is artikel 11.4.1 Wlz vervallen?", ["11.4.1"], True),
    ("Does article 3.1.3 of the Wlz apply yet?", ["3.1.3"], True),
    # what it will regulate is its text, which the sources do not have
    ("Artikel 4.3.3 is nog niet in werking getreden. Wat gaat dat artikel regelen als het in werking treedt?",
     ["4.3.3"], False),
    ("Wat regelt artikel 3.1.1 van het Besluit langdurige zorg?", [], False),
])
def test_whether_an_article_applies_is_asked_of_its_status(question: str, numbers: list[str], status: bool) -> None:
    from assistant.answer.gate import asks_status, wlz_articles_asked

    assert wlz_articles_asked(question) == numbers
    assert asks_status(question) is status


def test_review_cases_of_this_stop() -> None:
    """Found by reading the diff: each reading stays narrow."""
    from assistant.answer.particulars import asked_particulars
    from assistant.rules.facts import lower_same_length, question_kind
    from assistant.rules.shorthand import read_table

    # a yes/no question with "staat … voor … open" is no guessed abbreviation
    assert question_kind("Staat meerzorg voor thuiswonende cliënten open?") is not None
    assert question_kind("Staat GZ daar voor gehandicaptenzorg?") is None
    # "from" in the middle of the question is not who the letter is from
    assert asked_particulars("Who is the letter from the minister about?") == []
    assert asked_particulars("Who is the LVHC letter from?") == ["signed"]
    # "met" inside the first side of a relation question
    m = RELATION_Q.search("Hoe verhoudt de zorg met verblijf zich tot de zorg thuis?")
    assert m is not None and [g for g in m.groups() if g] == ["de zorg met verblijf", "de zorg thuis"]
    # a double negation is read within its line, with the same length (offsets kept)
    text = "Er is geen moment zonder toezicht.\nNooit\nzonder begeleiding."
    read = lower_same_length(text)
    assert len(read) == len(text) and read.count("\n") == 2 and "altijd met" in read and "nooit\nzonder" in read
    # a question in a table cell does not become an asking sentence of its own
    assert "?" not in read_table("| nr | status | plaatsen |\n|---|---|---|\n| 1 | Is er een advies? | 12 |\n")


def test_a_quality_mark_is_not_read_inside_another_word() -> None:
    from assistant.rules.facts import _REQUIREMENTS

    rule_side = next(r for q, r in _REQUIREMENTS if q.search("keurmerk"))
    assert not re.search(rule_side, "crisisopname")
    assert re.search(rule_side, "een iso 9001-certificaat")
