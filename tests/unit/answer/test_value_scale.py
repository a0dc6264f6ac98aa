"""A value of the kind asked, at the scale asked: a day for "op welke datum", money for "hoeveel geld" and
"per dag", a number of people for "hoeveel mensen", hours for "hoeveel uur", and the duration of what the question
names for "hoe lang duurt de …" (users dev splits: 19 of 104 unanswered questions were answered with a bold value
of another kind or of another thing)."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.answer.asked import classify, duration_subject, holds_value
from assistant.answer.extractive import value_phrase
from assistant.answer.gate import Signals, _no_value
from assistant.retrieval.text import tokens
from assistant.settings import AnswerSettings
from assistant.types import Hit, Passage

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(("question", "sentence", "holds"), [
    # a day, not a year
    ("Op welke datum is de Federatie LVHC opgericht?",
     "Partijen voeren in de periode 2027-2029 gezamenlijk regie over de LVHC-structuur.", False),
    ("Op welke datum is de Federatie LVHC opgericht?", "De Federatie LVHC is op 12 maart 2024 opgericht.", True),
    ("Tot welke datum kunnen we verlenging aanvragen?", "In 2026 bouwen wij voort op de projecten.", False),
    ("Wat is de uiterste inschrijfdatum voor de zorginkoop?", "Inschrijven kan tot en met 01-04-2026.", True),
    ("Wanneer start de nieuwe regeling?", "De regeling start in 2027.", True),  # "wanneer" may be a year
    # money, not a percentage
    ("Hoeveel geld is er per jaar voor gespecialiseerde cliëntondersteuning ZEVMB?",
     "Het gaat om kinderen met ZEVMB waarvan ca. 90% thuis woont.", False),
    ("Hoeveel geld is er per jaar voor gespecialiseerde cliëntondersteuning?",
     "Hiervoor is jaarlijks € 4,5 miljoen beschikbaar.", True),
    ("Hoe hoog is de toeslag gespecialiseerde epilepsiezorg niveau hoog per dag?",
     "Extra Kosten Thuis (EKT, maximaal 25% van het basisbedrag).", False),
    ("Hoe hoog is de toeslag epilepsiezorg per dag?", "De toeslag bedraagt € 21,35 per dag.", True),
    # a name with "Kosten" in it asks no money; a discount is a percentage
    ("Hoeveel mag Extra Kosten Thuis (EKT) maximaal zijn?", "Extra Kosten Thuis (EKT, maximaal 25% van het basisbedrag)",
     True),
    ("Hoe hoog is de korting op het tarief?", "Zorgkantoren hanteren een korting van 5% op het maximumtarief.", True),
    # people, not a tariff's rise or a budget
    ("Hoeveel mensen met een VG7-indicatie staan er op een wachtlijst?",
     "Eerder onderzoek heeft voor 2025 geresulteerd in een tariefsverhoging voor VG7 van 6,2% (€ 143 miljoen).", False),
    ("Hoeveel mensen met een VG7-indicatie zijn er?", "Het gaat om ongeveer 2.700 mensen.", True),
    ("Hoeveel kinderen met ZEVMB wonen thuis?", "Van de kinderen met ZEVMB woont ca. 90% thuis.", True),
    # a named percentage: said of what it names, not the name repeated or another thing's percentage
    ("Welk kortingspercentage op het maximumtarief hanteren de zorgkantoren voor VG7?",
     "Als tijdelijke oplossing wordt de suggestie gedaan om het kortingspercentage voor VG7 te verlagen.", False),
    ("Welk kortingspercentage op het maximumtarief hanteren de zorgkantoren voor VG7?",
     "Eerder onderzoek heeft geresulteerd in een tariefsverhoging voor VG7 van 6,2%.", False),
    ("Welk kortingspercentage hanteren de zorgkantoren voor VG7?", "Zij hanteren een korting van 5% voor VG7.", True),
    ("Welk percentage passen jullie toe op de C&A-prestaties?", "Zorgkantoren passen het richttariefpercentage toe.",
     True),
    # hours, not a footnote's number
    ("Hoeveel uur per week zorg tijdens schooltijd kan er maximaal via een MPT?",
     "Conform de ‘Handreiking onderwijs en zorg’ 10 moeten de afspraken worden vastgelegd in een zorgplan.", False),
    ("Hoeveel uur per week zorg tijdens schooltijd kan er maximaal?", "Dit is maximaal 10 uren per week.", True),
])
def test_a_value_of_the_kind_and_scale_asked(question: str, sentence: str, holds: bool) -> None:
    assert holds_value(classify(question), sentence) is holds


def test_the_lead_of_a_day_question_is_the_day() -> None:
    asked = classify("Voor welke datum moeten we het plan indienen?")
    sentence = "In de kaderbrief 2023 van 29 september 2022 staat een nieuwe regeling."
    assert value_phrase(asked, sentence) == "29 september 2022"
    assert value_phrase(classify("In welk jaar kwam de kaderbrief?"), sentence) == "2023"


@pytest.mark.parametrize(("question", "subject"), [
    ("Hoelang duurt de overgangsperiode als meerzorg thuis niet verlengd wordt?", "overgangsperiode"),
    ("Hoe lang duurt die overgangsperiode?", "overgangsperiode"),
    ("Hoe lang duurt een herindicatie bij het CIZ?", "herindicatie"),
    ("Hoe lang duurt het voordat een pgb beschikbaar is?", ""),
    ("Hoe lang mag een observatie duren?", ""),
])
def test_what_a_how_long_question_asks_the_duration_of(question: str, subject: str) -> None:
    assert duration_subject(question) == subject


def _signals(question: str, text: str) -> Signals:
    p = Passage(doc_id="meerzorg-thuis-2025", title="Kamerbrief Meerzorg thuis", kind="kamerbrief",
                date=date(2025, 9, 8), section=("S",), page=1, start=0, end=len(text), text=text)
    hit = Hit(p, 1.0, {"dense": 1, "lexical": 1}, {"dense": 0.7, "lexical": 10.0})
    freq = {t: 3 for t in tokens(question + " " + text)}
    return Signals(question, "", [hit], [], set(), "", freq, 100, AnswerSettings(), classify(question), False, 0.7,
                   10.0, 0.0, date(2026, 12, 1))


def test_how_long_what_lasts_needs_a_duration_of_that_thing() -> None:
    q = "Hoe lang duurt de overgangsperiode als meerzorg thuis niet verlengd wordt?"
    other = ("Meerzorg wordt daarbij voor een beperkte tijd (1-3 jaar) toegekend. Hieraan is overigens vaak wel een "
             "overgangsperiode gekoppeld.")
    assert _no_value(_signals(q, other)) is not None  # the years are meerzorg's, not the transition's
    own = "Meerzorg thuis die niet wordt verlengd, kent een overgangsperiode van drie maanden."
    assert _no_value(_signals(q, own)) is None
    compound = "Na afwijzing volgt een overgangsperiode; de overgangsperiodes duren ten hoogste zes maanden."
    assert _no_value(_signals(q, compound)) is None


@pytest.mark.parametrize(("question", "refused"), [
    ("Wie betaalt de bril van mijn vader in het verpleeghuis, de instelling of hij zelf?", "bril"),
    ("Wordt de kapper in het verpleeghuis uit de Wlz betaald of moet mijn moeder dat zelf betalen?", "kapper"),
    ("Wie betaalt de rolstoel van mijn moeder in het verpleeghuis?", ""),  # the sources name it
    ("Wie betaalt de rolstoelen?", ""),  # inflected
    ("Wie betaalt de stomamaterialen: wij of het zorgkantoor?", ""),  # a compound of words the sources use
    ("Wat kost een bril?", ""),  # not who pays
])
def test_who_pays_for_a_thing_the_sources_never_name(question: str, refused: str) -> None:
    from dataclasses import replace

    from assistant.answer.gate import _unknown_thing

    corpus = ("Het zorgkantoor betaalt de rolstoel voor individueel gebruik. Stoma en andere materialen vallen "
              "onder het budget.")
    s = replace(_signals(question, corpus), vocab=set(tokens(corpus)), corpus_lower=corpus.lower())
    found = _unknown_thing(s)
    if refused:
        assert found is not None and found[0] == "unknown_thing" and f"noemen {refused} niet" in found[1]
    else:
        assert found is None


@pytest.mark.parametrize(("question", "sentence", "refused"), [
    ("Hoe vragen we de toeslag observatie aan bij het zorgkantoor?",
     "Bij cliënten die worden opgenomen op een observatieplaats, is vooraf vastgesteld dat observatie uitsluitend "
     "klinisch kan plaatsvinden.", True),
    ("Hoe vragen we de toeslag observatie aan bij het zorgkantoor?",
     "De zorgaanbieder vraagt de toeslag observatie vooraf aan bij het zorgkantoor.", False),
    ("Hoe vraag ik een pgb aan in de wlz?", "Een aanvraag voor een pgb dient u in bij het zorgkantoor.", False),
    ("Wat is de toeslag observatie?",  # not a how-to-apply question
     "Bij cliënten die worden opgenomen op een observatieplaats, is vooraf vastgesteld dat observatie uitsluitend "
     "klinisch kan plaatsvinden.", False),
])
def test_how_to_apply_needs_a_sentence_about_applying(question: str, sentence: str, refused: bool) -> None:
    from dataclasses import replace

    from assistant.answer.gate import _no_procedure

    s = replace(_signals(question, sentence), sentences=[sentence])
    found = _no_procedure(s)
    assert (found is not None and found[0] == "no_procedure") is refused


def test_the_unit_asked_for_does_not_name_what_the_value_is_of() -> None:
    q = "binnen hoeveel dagen moet het zorgkantoor ons budgetplan goedkeuren? we wachten al 5 weken"
    # every sentence with "zeven dagen" names "dagen"; the waiting told beside the question is no topic either
    other = "De verzekerde krijgt gedurende zeven dagen na de aanvraag de gelegenheid het plan te overhandigen."
    assert _no_value(_signals(q, other)) is not None
    own = "Het zorgkantoor keurt het budgetplan binnen tien dagen goed."
    assert _no_value(_signals(q, own)) is None


@pytest.mark.parametrize(("question", "sentence", "refused"), [
    ("Heeft de NZa in juli 2025 nou besloten dat de VG7-plus-prestatie per 2026 ingaat?",
     "Begin juli 2025 beslist de NZa of de differentiatie in werking kan treden per januari 2026.", True),
    ("Zijn de LVHC-kwaliteitsnormen inmiddels opgenomen in het Register kwaliteitsinstrumenten?",
     "Zo worden naar verwachting rond de zomer de LVHC-kwaliteitsnormen opgenomen in het Register.", True),
    # the outcome said
    ("Heeft de NZa besloten dat de VG7-plus-prestatie per 2026 ingaat?",
     "De NZa heeft besloten dat de differentiatie per januari 2026 in werking treedt.", False),
    # not asked after an outcome: when it is decided
    ("Wanneer beslist de NZa over de VG7-plus-prestatie?",
     "Begin juli 2025 beslist de NZa of de differentiatie in werking kan treden per januari 2026.", False),
    # "inmiddels" in the situation told, not in the asking sentence
    ("Een bewoner heeft inmiddels structureel behandeling nodig. Wat zal het zorgkantoor doen?",
     "Het zorgkantoor zal het ZZP omzetten naar een ZZP inclusief behandeling.", False),
])
def test_an_outcome_asked_needs_more_than_its_announcement(question: str, sentence: str, refused: bool) -> None:
    from dataclasses import replace

    from assistant.answer.gate import _no_outcome

    found = _no_outcome(replace(_signals(question, sentence), sentences=[sentence]))
    assert (found is not None and found[0] == "no_outcome") is refused


@pytest.mark.parametrize(("question", "sentence", "refused"), [
    # what happens in the time asked: keeping plans, not writing one down
    ("hoe lang moeten we oude zorgplannen bewaren?",
     "De zorgaanbieder legt binnen zes weken na aanvang van de zorgverlening de uitkomsten vast in een zorgplan.", True),
    ("hoe lang moeten we oude zorgplannen bewaren?", "Zorgplannen worden twintig jaar bewaard.", False),
    # a separable verb by its root, a verb of sending by another of the same kind, a verb that says little
    ("binnen hoeveel dagen moet het zorgkantoor ons budgetplan goedkeuren?",
     "Het zorgkantoor keurt het budgetplan binnen tien dagen goed.", False),
    ("Voor welke datum moet een wlz-uitvoerder zijn financieel verslag bij de NZa inleveren?",
     "Een Wlz-uitvoerder zendt voor 1 juli aan de zorgautoriteit een financieel verslag.", False),
    ("Hoe lang mag de observatie nog doorlopen?", "Een observatie duurt in eerste instantie maximaal een halfjaar.",
     False),
])
def test_a_value_is_of_what_the_question_says_happens(question: str, sentence: str, refused: bool) -> None:
    assert (_no_value(_signals(question, sentence)) is not None) is refused
