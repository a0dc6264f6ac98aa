"""What set 21's development questions showed (two questions in one message, time and change, legal askers, very
short questions): a year, a date or a term asked in other words, the date of an event, a date answered by a time
from an event, a yes/no question with a wh-part after it, which rate applies, case law, and the glossary's other
names of a topic word ("zorgzwaartepakket" for a question about a ZZP)."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.answer.asked import classify, holds_value
from assistant.answer.gate import NO_VERDICT_REASONS, _words_of, assess
from assistant.types import Hit, Passage

pytestmark = pytest.mark.unit

TODAY = date(2026, 12, 1)


def _hit(text: str) -> Hit:
    p = Passage(doc_id="wlz-2025-07-05", title="Wet langdurige zorg", kind="wet", date=date(2025, 7, 5),
                section=("Artikel 1",), page=1, start=0, end=len(text), text=text)
    return Hit(p, 1.0, {"dense": 1, "lexical": 1}, {"dense": 0.7, "lexical": 10.0})


def _judge(question: str, *texts: str, corpus: str = "") -> str:
    words = {w.lower().strip(".,?") for t in (question, *texts) for w in t.split()}
    ev = assess(question, [_hit(t) for t in texts], vocab=words, corpus_lower=(corpus or " ".join(texts)).lower(),
                sentences=list(texts), doc_freq={}, passages=100, today=TODAY)
    return ev.reason


@pytest.mark.parametrize(("question", "value"), [
    ("Sinds welk jaar bestaat het kenniscentrum?", "date"),
    ("Vanaf welk jaar geldt de nieuwe regel?", "date"),
    ("In what year was the AWBZ introduced?", "date"),
    ("Since when has the CIZ existed?", "date"),
    ("Wanneer heeft het Zorginstituut het signalement 'Van meerzorg naar passende zorg' gepubliceerd?", "date"),
    ("Binnen welke termijn moet mijn cliënt bezwaar maken tegen een indicatiebesluit?", "duration"),
    ("Within what period must the CIZ decide?", "duration"),
    ("Tot wanneer heeft ze nog recht op de behandeling die al liep?", "date"),
])
def test_dates_and_terms_asked_in_other_words(question: str, value: str) -> None:
    asked = classify(question)
    assert (asked.shape, asked.value) == ("value", value)


def test_until_when_is_answered_by_a_time_from_the_event() -> None:
    asked = classify("Tot wanneer heeft mijn moeder na de verhuizing nog recht op de tandheelkundige hulp?")
    assert asked.until
    assert holds_value(asked, "Dan heeft de cliënt nog negen weken lang recht op de tandheelkundige hulp.")
    # a date asked for itself ("in welk jaar") is not answered by a duration
    assert not holds_value(classify("In welk jaar is het CIZ opgericht?"), "Het CIZ beslist binnen zes weken.")


def test_a_yes_no_question_with_a_wh_part_after_it() -> None:
    # the noun "bedragen" of the yes/no part asks no amount; "tot welke grens" asks no value kind either
    question = ("Mag het CAK zonder goedkeuring van de minister bedragen voor beheerskosten verschuiven, en tot welke "
                "grens?")
    assert classify(question).shape == "yesno"
    # a value part after the yes/no one is what the value check reads
    asked = classify("Mag de observatie verlengd worden, en hoe lang mag die dan duren?")
    assert (asked.shape, asked.value) == ("value", "duration")


def test_which_rate_is_answered_by_the_rate_named() -> None:
    asked = classify("c&a lvhc welk tarief")
    assert asked.value == "amount" and asked.named
    assert holds_value(asked, "Op de tarieven van de C&A prestaties wordt het geldende richttariefpercentage toegepast.")
    assert not holds_value(classify("Hoeveel kost een consult?"), "Het richttariefpercentage wordt toegepast.")


@pytest.mark.parametrize(("question", "reason"), [
    ("Welke uitspraken van de Centrale Raad van Beroep zijn er over permanent toezicht? Graag met ECLI-nummers.",
     "case_law"),
    ("Zijn er uitspraken van de rechter over de afwijzing van meerzorg thuis?", "case_law"),
    ("Hoe heeft de Centrale Raad van Beroep geoordeeld over meerzorg?", "case_law"),
    ("Are there court rulings on meerzorg at home?", "case_law"),
    # the right to appeal is a procedure the law names, not case law
    ("Kan ik in beroep gaan bij de rechtbank tegen een indicatiebesluit?", "ok"),
])
def test_case_law_is_refused(question: str, reason: str) -> None:
    passage = ("Tegen een indicatiebesluit kan de verzekerde bezwaar maken en beroep instellen bij de rechtbank; de "
               "Centrale Raad van Beroep beslist in hoger beroep over meerzorg en permanent toezicht.")
    assert _judge(question, passage) == reason
    assert "case_law" in NO_VERDICT_REASONS


def test_case_law_added_as_a_document_is_not_refused() -> None:
    passage = "ECLI:NL:CRVB:2020:123. De Centrale Raad van Beroep oordeelt dat permanent toezicht nodig is."
    assert _judge("Welke uitspraken van de Centrale Raad van Beroep zijn er over permanent toezicht?", passage) != \
        "case_law"


def test_the_date_of_an_event_needs_a_sentence_that_dates_it() -> None:
    stichting = ("Archiefbescheiden van de stichting Centrum indicatiestelling zorg worden overgedragen aan het CIZ, voor "
                 "zover zij niet overeenkomstig de Archiefwet 1995 zijn overgebracht.")
    assert _judge("In welk jaar is de stichting Centrum indicatiestelling zorg opgericht?", stichting) == "no_value"
    founded = "De stichting Centrum indicatiestelling zorg is in 2005 opgericht."
    assert _judge("In welk jaar is de stichting Centrum indicatiestelling zorg opgericht?", founded) == "ok"


def test_a_topic_word_is_found_under_its_glossary_name() -> None:
    # "zorg behorende tot een zorgzwaartepakket" names the ZZP a question asks about
    assert "zzp" in _words_of("zorg behorende tot een zorgzwaartepakket als bedoeld in de wet")


@pytest.mark.parametrize(("question", "shape"), [
    # a condition, not the date of an event
    ("Wanneer heeft een cliënt recht op tandzorg als de behandeling al is gestart?", "other"),
    # a list asked after a yes/no stays a list
    ("Is het zo, en welke voorwaarden gelden dan?", "list"),
    ("Mogen wij meerzorg aanvragen, en welke regels gelden?", "list"),
])
def test_review_of_the_shapes(question: str, shape: str) -> None:
    assert classify(question).shape == shape


@pytest.mark.parametrize(("question", "refused"), [
    ("Welke zorgverzekeraar heeft de beste aanvullende tandverzekering?", True),
    ("Wat is het goedkoopste verpleeghuis in Utrecht?", True),
    ("Which insurer offers the best dental cover?", True),
    # the best way or moment is a procedure question, not a ranking
    ("Wat is de beste manier om meerzorg aan te vragen?", False),
    ("What is the best way to apply for a Wlz indication?", False),
    ("Wat is het beste moment om een herindicatie aan te vragen?", False),
])
def test_best_choice(question: str, refused: bool) -> None:
    from assistant.answer.gate import BEST_Q
    assert bool(BEST_Q.search(question)) is refused


def test_a_court_named_in_the_situation_is_no_case_law_question() -> None:
    passage = "Een curator of bewindvoerder kan namens de verzekerde een aanvraag indienen bij het CIZ."
    assert _judge("Mag de curator een Wlz-indicatie aanvragen nu de rechter heeft beslist dat ze onder bewind staat?",
                  passage) != "case_law"


@pytest.mark.parametrize("question", [
    "Kan ik in cassatie tegen een uitspraak van de Centrale Raad van Beroep over mijn indicatie?",
    "Law student here: can you appeal in cassation against a ruling of the Centrale Raad van Beroep?",
])
def test_a_ruling_the_question_is_about_is_no_case_law_question(question: str) -> None:
    from assistant.answer.gate import _CASE_LAW
    assert not _CASE_LAW.search(question)


def test_what_one_may_charge_is_an_amount() -> None:
    asked = classify("Hoeveel mag de tandarts per kwartier rekenen voor een Wlz-cliënt?")
    assert (asked.shape, asked.value) == ("value", "amount")
    assert not holds_value(asked, "Dan heeft de cliënt nog negen weken lang recht op de tandheelkundige hulp.")


def test_following_up_an_instruction_is_complying_with_it() -> None:
    from assistant.answer.gate import _says_verb
    assert _says_verb("opvolgen", "Indien een zorgaanbieder niet binnen vier weken aan een aanwijzing voldoet, …")
    assert not _says_verb("opvolgen", "De zorgaanbieder legt binnen zes weken de uitkomsten vast in een zorgplan.")


def test_a_headings_own_number_counts_nothing() -> None:
    text = "VWS stelt voor 2022 – 2026 transitiemiddelen beschikbaar voor transformatieplannen in de regio."
    p = Passage(doc_id="zn-inkoopvoorwaarden-2026", title="Inkoopvoorwaarden", kind="inkoopvoorwaarden",
                date=date(2025, 7, 1), section=("6 Transitiemiddelen",), page=1, start=0, end=len(text), text=text)
    hit = Hit(p, 1.0, {"dense": 1, "lexical": 1}, {"dense": 0.7, "lexical": 10.0})
    question = "Hoeveel transformatieplannen zijn er gehonoreerd uit de transitiemiddelen?"
    words = {w.lower().strip(".,?") for t in (question, text) for w in t.split()}
    ev = assess(question, [hit], vocab=words, corpus_lower=text.lower(), sentences=[text], doc_freq={}, passages=100,
                today=TODAY)
    assert ev.reason == "no_value"
