"""Phrasings found while tuning on the development split of set 41 (helpdesk tickets, training cases and quizzes,
half-remembered terms, forum posts, English by expats and relatives abroad): "Waar of niet waar?" asks whether the
claim after "Stelling:" holds; a pgb named again as "dat budget"; a closed "woonvoorziening"; providers counted in a
compound ("vier gehandicaptenzorgaanbieders"); the region's parties supporting the plan "in de regio"; a Wmo scooter
granted but never delivered; an application followed by a negative advice; "(nog)" in brackets; a special need the
zorgkantoor says is not there, the thing put first; a topic without a rule named only in a title; a title before a
dash and a how-question spelled out after a colon ask no decision; "…: wie betaalt?" after a label asks who pays;
whether care is divided over three laws, what a letter says or acknowledges, and substitution between profiles get
no verdict."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.rules import RuleBook
from assistant.rules.facts import asking_parts, is_eligibility_question, normalize_question, question_kind

from .concept_helpers import read_fact, verdict_at

pytestmark = pytest.mark.unit

STAND = date(2026, 10, 1)


@pytest.mark.parametrize(("question", "claim"), [
    ("Waar of niet waar? Meneer woont bij ons met verblijf inclusief behandeling. Stelling: zijn tandarts valt onder de "
     "Wlz.", "zijn tandarts valt onder de wlz?"),
    ("Stelling uit de training: \"Een DEC kan in 2025 C&A declareren voor LBS.\" Juist of onjuist?",
     "een dec kan in 2025 c&a declareren voor lbs?"),
    ("True or false? Statement: the zorgkantoor pays the wheelchair of a resident with treatment.",
     "the zorgkantoor pays the wheelchair of a resident with treatment?"),
])
def test_a_true_or_false_question_asks_whether_its_claim_holds(question: str, claim: str) -> None:
    assert asking_parts(normalize_question(question)) == [claim]


def test_a_true_or_false_question_without_a_claim_stays_as_it_is() -> None:
    assert asking_parts(normalize_question("Waar of niet waar?")) == ["waar of niet waar?"]


def test_a_quiz_claim_gets_the_verdict_of_the_claim(book: RuleBook) -> None:
    question = ("Waar of niet waar? Mevrouw overlijdt in ons verpleeghuis en wordt op haar kamer opgebaard. Stelling: "
                "wij mogen de dagen dat de kamer daarna leegstaat bij de familie in rekening brengen.")
    assert verdict_at(book, question, STAND) == ("opbaren_kosten_nabestaanden", "no")


@pytest.mark.parametrize(("text", "name", "value"), [
    ("Hij heeft zo'n pgb, en hij heeft dat budget al sinds 2017.", "pgb_sinds", 2017),
    ("Wij hebben een besloten woonvoorziening met permanent toezicht.", "besloten_setting", True),
    ("Drie ouderenzorgaanbieders trekken het plan samen.", "meerdere_aanbieders", True),
    ("De gemeenten en de zorgkantoren in de regio steunen het plan.", "draagvlak_regio", True),
    ("De gemeente had een scootmobiel toegekend, maar die is nooit geleverd.", "wmo_hulpmiddel_in_bezit", False),
    ("We hebben een aanvraag ingediend om REC te worden, maar de CElz gaf een negatief advies.",
     "rec_dec_positief_advies", False),
    ("Onze aanvraag als DEC is ingediend en in behandeling.", "rec_dec_positief_advies", None),
    ("Van een bijzondere zorgbehoefte is volgens het zorgkantoor geen sprake.", "bijzondere_zorgbehoefte", False),
])
def test_facts_said_in_other_words(text: str, name: str, value: object) -> None:
    assert read_fact(text, name) == value


def test_an_adverb_in_brackets_is_read_as_the_word() -> None:
    text = "Hij woont op locatie Noord. Of daar behandeling wordt geboden, weet ik (nog) niet. Mag de beademing daar?"
    assert read_fact(text, "locatie_biedt_behandeling") is None
    assert normalize_question("Weet ik (nog) niet.") == "weet ik nog niet."
    assert normalize_question("(SG)LVG") == "(sg)lvg"  # not a word in brackets that belongs to the term


def test_a_topic_without_a_rule_named_only_in_the_title_leaves_the_question(book: RuleBook) -> None:
    question = ("Transitiemiddelen of SPUK DOS voor ons project?\n\nDrie aanbieders werken samen; er is draagvlak in de "
                "regio en een SMART-plan, geen dubbele financiering. Maar de SPUK DOS past hier beter.\n"
                "Komt ons plan in aanmerking voor transitiemiddelen?")
    assert verdict_at(book, question, STAND) == ("transitiemiddelen_inzet", "no")
    assert book.uncovered("Komt ons project in aanmerking voor de SPUK DOS?") is not None


@pytest.mark.parametrize("question", [
    "Leegstand na overlijden - hoe declareren jullie de dagen dat de kamer leeg staat?",
    "Vraag: hoe moeten wij dat regelen met de tandarts: wordt die onze onderaannemer, en wie declareert?",
    "Families snappen niet waarom zorg voor hun dove kind via gemeente en Wlz loopt. Klopt het dat dit over drie "
    "wetten verdeeld is?",
    "Wordt in de Kamerbrief over meerzorg thuis iets gezegd over gezinnen met geldzorgen?",
    "Erkent de staatssecretaris in de brief dat ouders de zorg vaak met een pgb moeten regelen?",
])
def test_no_decision_asked(question: str) -> None:
    assert not is_eligibility_question(question)


def test_a_label_before_who_pays_still_asks_who_pays(book: RuleBook) -> None:
    assert question_kind("Stomamateriaal voor een cliënt met een vpt: wie betaalt dat?") == "wie_betaalt"
    assert question_kind("stomamateriaal cl met vpt - wie betaalt?") == "wie_betaalt"
    assert verdict_at(book, "Rolstoel van mijn vader in het verpleeghuis met behandeling - wie betaalt?", STAND) == (
        "hulpmiddel_bovenbudgettair", "yes")


def test_substitution_between_profiles_gets_no_verdict_from_the_vg7_rule(book: RuleBook) -> None:
    question = ("Aanbieders vangen tekorten op VG7 op door geld tussen profielen te schuiven. Is zo'n substitutie "
                "toegestaan?")
    assert verdict_at(book, question, STAND) is None
    assert book.uncovered(question) is not None


@pytest.mark.parametrize(("question", "claim"), [
    ("Stelling: de cliënt woont thuis met een vpt. Hij krijgt zijn rolstoel van de instelling. Waar of niet waar?",
     "de cliënt woont thuis met een vpt. hij krijgt zijn rolstoel van de instelling?"),
    ("Waar of niet waar? Stelling: de informatie klopt niet met de indicatie, dus het zorgkantoor betaalt niet.",
     "de informatie klopt niet met de indicatie, dus het zorgkantoor betaalt niet?"),
    ("Waar of niet waar? Onze bewoner heeft verblijf met behandeling. De tandarts valt dan onder de Wlz.",
     "de tandarts valt dan onder de wlz?"),
])
def test_the_whole_claim_is_asked(question: str, claim: str) -> None:
    assert asking_parts(normalize_question(question)) == [claim]


@pytest.mark.parametrize("question", [
    "Stelling 1: de rolstoel valt onder de Wlz bij een vpt. Stelling 2: ook bij een mpt. Waar of niet waar?",
    "Klopt deze stelling ook bij een mpt? Stelling: het zorgkantoor betaalt de rolstoel bij een vpt.",
])
def test_several_claims_or_a_qualifier_are_not_one_claim(question: str) -> None:
    assert asking_parts(normalize_question(question))[-1].startswith(("waar of niet waar", "klopt deze stelling ook"))


def test_a_long_run_of_letters_after_the_phrase_is_read_at_once() -> None:
    assert asking_parts(normalize_question("waar of niet waar " + "a" * 2000 + "-?"))  # no catastrophic backtracking


@pytest.mark.parametrize(("question", "expected"), [
    ("Mijn vader woont in het verpleeghuis. Hoe zit het met de tandarts: valt die onder de Wlz?",
     "tandheelkundige_zorg_wlz"),
    ("Mijn vader woont in het verpleeghuis met behandeling. Wat kan ik verwachten: krijgt hij zijn rolstoel via het "
     "zorgkantoor?", "hulpmiddel_bovenbudgettair"),
    ("Zegt het zorgkantoor dat wij als DEC voor LBS C&A mogen declareren?", "lvhc_ca_declareren"),
    ("Rolstoel voor mijn vader in het verpleeghuis met behandeling - wat is de regel, betaalt het zorgkantoor die?",
     "hulpmiddel_bovenbudgettair"),
])
def test_a_decision_asked_after_a_lead_keeps_its_verdict(book: RuleBook, question: str, expected: str) -> None:
    got = verdict_at(book, question, STAND)
    assert got is not None and got[0] == expected


@pytest.mark.parametrize(("text", "name", "value"), [
    ("Mijn zoon heeft een LVG-indicatie en al jaren een pgb. Zijn budget is in 2022 verhoogd.", "pgb_sinds", None),
    ("Hij heeft al jaren een scootmobiel van de Wmo. Alleen de nieuwe accu is nog niet geleverd.",
     "wmo_hulpmiddel_in_bezit", True),
    ("Twee thuiszorgaanbieders in de buurt hebben geen plek; wij voeren het plan alleen uit.", "meerdere_aanbieders",
     False),
])
def test_near_phrasings_that_state_no_such_fact(text: str, name: str, value: object) -> None:
    assert read_fact(text, name) == value


@pytest.mark.parametrize("question", [
    "Mogen we middelen tussen zzp's verschuiven voor VG7?",
    "Mogen we budget van VG6 naar VG7 overhevelen?",
    "Mogen wij geld tussen de zorgprofielen schuiven? Is dat toegestaan voor onze VG7-groep?",
])
def test_substitution_in_other_words(book: RuleBook, question: str) -> None:
    topic = book.uncovered(question)
    assert topic is not None and topic.id == "substitutie_zorgprofielen"


def test_two_questions_on_one_line_keep_the_topic_without_a_rule(book: RuleBook) -> None:
    question = "Komen we in aanmerking voor de SPUK DOS? En komen we dan ook in aanmerking voor transitiemiddelen?"
    assert book.uncovered(question) is not None
