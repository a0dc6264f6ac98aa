"""Phrasings found while tuning on the development split of set 36 (tag questions, Flemish and code-switched Dutch,
two questions in one message, numbers and dates in words): "eligible" and "binnen de limit" ask for a decision; "Is
dat binnen de limit, of moeten we iets schrappen?" asks whether, not which; a time before the event ("een maand vóór
de verhuizing begonnen") is not the time since it; "X bieden we niet" says no to X; the time a grant has run so far
("al anderhalf jaar") is not the new period; "hoe vraagt ge …" asks how; the separable "koopt … in" is purchasing;
a CElz advice ("een negatief advies gegeven") is no consultation; a premise checked with "toch?" before a content
question asks the content."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.rules import RuleBook

from .concept_helpers import verdict_at

pytestmark = pytest.mark.unit

STAND = date(2026, 10, 1)


@pytest.fixture(scope="module")
def book() -> RuleBook:
    return RuleBook.load()


@pytest.mark.parametrize(("question", "expected"), [
    # an English word in a Dutch question asks for the decision
    ("Het plan voor scheiden wonen en zorg voeren alleen wij als aanbieder uit. Er is draagvlak in de regio, het plan "
     "is SMART, er is geen dubbele financiering en geen andere regeling past beter. Is het plan eligible voor "
     "transitiemiddelen?", ("transitiemiddelen_inzet", "no")),
    # within a limit, the either-or only the consequence of a "no"
    ("De EKT van meneer is vijftien procent van het basisbedrag. Blijft dat binnen de limit, of moeten we iets "
     "schrappen?", ("ekt_maximum", "yes")),
    # a time before the move is not the time since it
    ("Meneer is drie weken geleden verhuisd; zijn tandheelkundige behandeling was twee maanden vóór de verhuizing al "
     "gestart. Heeft hij nog recht op die tandheelkundige hulp?", ("tandheelkundig_na_verhuizing", "yes")),
    # the object first, then its negated verb
    ("Wij bieden langdurige epilepsiezorg en doen onderzoek met academische partners, maar derdelijns klinische zorg "
     "bieden we niet. Komen we in aanmerking voor de toeslag gespecialiseerde epilepsiezorg?",
     ("toeslag_epilepsie", "no")),
    # a negative CElz advice: purchasing, not consultation; "koopt … in" is purchasing
    ("De CElz heeft ons een negatief advies gegeven voor Huntington. Koopt het zorgkantoor dit jaar toch "
     "LVHC-expertisezorg voor Huntington bij ons in?", ("lvhc_expertisezorg_inkoop", "no")),
    # the time the grant has run so far is the history
    ("Sem krijgt al drie jaar meerzorg. De nieuwe toekenning zou twee jaar gelden. Kan meerzorg voor die periode "
     "worden toegekend?", ("meerzorg_toekenningsduur", "yes")),
])
def test_situations_of_set_36(book: RuleBook, question: str, expected: tuple[str, str]) -> None:
    assert verdict_at(book, question, STAND) == expected


@pytest.mark.parametrize("question", [
    # Flemish "ge": how to apply
    "Mijn vader woont in Sluis en is Wlz-verzekerd. Hoe vraagt ge eigenlijk meerzorg aan?",
    # a premise checked with "toch?" before a content question
    "De tarieven voor de C&A-prestaties stelt de NZa vast, toch? Welk percentage passen de zorgkantoren daar nog op toe?",
])
def test_content_questions_get_no_verdict(book: RuleBook, question: str) -> None:
    assert verdict_at(book, question, STAND) is None


def test_a_tag_question_alone_still_asks_whether(book: RuleBook) -> None:
    # the "toch?" tag asks for a decision when nothing else is asked
    found = verdict_at(book, "Wij hebben een positief CElz-advies als DEC voor Huntington. We mogen dan C&A "
                             "declareren, toch?", STAND)
    assert found is not None and found[0] == "lvhc_ca_declareren"


def test_an_extension_without_the_word_verlengen_keeps_the_total_asked(book: RuleBook) -> None:
    # the time run so far is history only for a new period, not for "nog 1 jaar" on top of it
    found = verdict_at(book, "Zijn LVG-indicatie geldt al 2,5 jaar. Kan die LVG-indicatie nog 1 jaar blijven gelden?",
                       STAND)
    assert found is None or found[1] != "yes"


def test_not_only_is_no_no() -> None:
    from assistant.rules.facts import extract_facts

    text = "Gespecialiseerd onderwijs bieden we niet alleen in Heeze, maar ook in Zwolle."
    assert "epilepsie_volledig_spectrum" not in extract_facts(text, today=STAND, names=["epilepsie_volledig_spectrum"])
