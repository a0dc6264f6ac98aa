"""What the tuning questions of set 21 showed after stop 44: the value that leads an answer comes from the sentence
that says what the asking sentence names ("Hoe lang bleef die indicatie geldig?": the geldigheidsduur, not the
ninety days of the story before it), and the heading above a passage names its topic for a value question ("c&a
lvhc welk tarief" under "2.8 Laag Volume Hoog Complex" › "Tarief")."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.answer.asked import classify
from assistant.answer.extractive import Sentence, shaped_anchor
from assistant.answer.gate import assess
from assistant.types import Hit, Passage

pytestmark = pytest.mark.unit

TODAY = date(2026, 12, 1)


def _passage(text: str, section: tuple[str, ...] = ("Artikel 11.1.1",)) -> Passage:
    return Passage(doc_id="wlz-2025-07-05", title="Wet langdurige zorg", kind="wet", date=date(2025, 7, 5),
                   section=section, page=1, start=0, end=len(text), text=text)


def test_the_value_of_what_the_asking_sentence_names_leads() -> None:
    story = ("De verzekerde die een zorgzwaartepakket B GGZ ontvangt en in een instelling verblijft, of uiterlijk "
             "negentig dagen na zijn ontslag wederom op deze zorg aangewezen raakt, wordt gelijkgesteld.")
    answer = "De geldigheidsduur van het indicatiebesluit wordt ambtshalve op drie jaar gesteld."
    p = _passage(story + " " + answer)
    scored = [Sentence(0, p, 0, len(story), story, 2.7), Sentence(0, p, len(story) + 1, len(p.text), answer, 2.0)]
    question = ("Mijn broer had een ZZP B GGZ en verbleef in een instelling. Hoe lang bleef die indicatie onder de "
                "Wlz geldig?")
    anchor = shaped_anchor(classify(question), question, scored, 2.7)
    assert anchor is not None and anchor.value == "drie jaar"


@pytest.mark.parametrize(("section", "reason"), [
    (("2.8 Laag Volume Hoog Complex (V&V, GZ, GGZ)", "Tarief"), "ok"),
    (("2.3 Consultatie en advies", "Tarief"), "no_value"),
])
def test_the_heading_above_names_the_topic_of_a_value(section: tuple[str, ...], reason: str) -> None:
    text = "Op de tarieven van de prestaties wordt het voor de zorgaanbieder geldende richttariefpercentage toegepast."
    hit = Hit(_passage(text, section), 1.0, {"dense": 1, "lexical": 1}, {"dense": 0.7, "lexical": 10.0})
    question = "lvhc welk tarief"
    words = {w.lower().strip(".,?()") for t in (question, text, *section) for w in t.split()}
    ev = assess(question, [hit], vocab=words, corpus_lower=(text + " laag volume hoog complex (lvhc)").lower(),
                sentences=[text], doc_freq={"lvhc": 3, "tarief": 9}, passages=100, today=TODAY)
    assert ev.reason == reason


@pytest.mark.parametrize(("question", "task"), [
    ("Vat samen wie bij ons de indicatie moet stellen voor bovenbudgettaire hulpmiddelen.", True),
    ("Explain how my father can get a rollator from the municipality.", True),
    ("Kun je me uitleggen hoe meerzorg werkt?", True),
    ("Geef een overzicht van de toeslagen.", True),
    # whether something may or applies is still asked
    ("Leg uit of we C&A mogen declareren voor NAH+.", False),
    ("Check even of we C&A mogen declareren voor NAH+.", False),
    ("Mogen we C&A declareren? Leg uit.", False),
])
def test_a_request_for_an_explanation_asks_no_verdict(question: str, task: bool) -> None:
    from assistant.answer.asked import asks_task
    assert asks_task(question) is task


def test_purchasing_conditions_of_another_year_are_refused() -> None:
    text = "Zorgkantoren kopen VG7-plus in volgens de afspraken in deze inkoopvoorwaarden voor 2026 en 2027."
    p = Passage(doc_id="zn-inkoopvoorwaarden-2026", title="Aanvullende inkoopvoorwaarden", kind="inkoopvoorwaarden",
                date=date(2025, 7, 1), section=("VG7",), page=1, start=0, end=len(text), text=text)
    hit = Hit(p, 1.0, {"dense": 1, "lexical": 1}, {"dense": 0.7, "lexical": 10.0})
    words = {w.lower().strip(".,?") for w in text.split()}
    for question, reason in (("Wat zeggen de aanvullende inkoopvoorwaarden 2027 van ZN over VG7-plus?", "other_year"),
                             ("Wat zeggen de inkoopvoorwaarden 2026 over VG7-plus?", "ok")):
        ev = assess(question, [hit], vocab=words | {"vg7-plus", "zeggen"}, corpus_lower=text.lower(), sentences=[text],
                    doc_freq={}, passages=100, today=TODAY)
        assert ev.reason == reason, question


def test_a_place_abroad_the_family_comes_from_is_no_unknown_name() -> None:
    from assistant.answer.gate import countries
    assert {"vlaanderen", "eritrea", "antwerpen", "aachen"} <= countries()


@pytest.mark.parametrize(("question", "sentence", "holds"), [
    # a state contribution is a macro amount: "€ 3.250 miljoen" answers it
    ("How much was the state contribution to the Fonds langdurige zorg set at for 2015?",
     "De rijksbijdrage ten gunste van het Fonds langdurige zorg wordt voor 2015 vastgesteld op € 3.250 miljoen.", True),
    # ... a client's own contribution is not
    ("How much is the personal contribution?", "Het budget is € 4,5 miljoen.", False),
    # "hoeveel zitten er …": a verb, no unit noun; the number told before the semicolon is given, not asked
    ("Er zijn nu 31 aanbieders aan de slag; hoeveel zitten er nog in de analysefase?",
     "Momenteel zijn 31 zorgaanbieders aan de slag.", False),
    ("Er zijn nu 31 aanbieders aan de slag; hoeveel zitten er nog in de analysefase?",
     "Nog 13 zorgaanbieders zijn bezig om hun analysefase af te ronden.", True),
    # once a month, said as after each month
    ("Hoe vaak moeten we de uren declareren?", "Zorgaanbieders declareren na afloop van de maand de uren.", True),
])
def test_values_of_users22_tuning_questions(question: str, sentence: str, holds: bool) -> None:
    from assistant.answer.asked import holds_value
    assert holds_value(classify(question), sentence) is holds


@pytest.mark.parametrize("question", ["Explain to me whether my father qualifies for meerzorg.",
                                      "Kunt u uitleggen: mogen wij meerzorg aanvragen?"])
def test_a_request_that_asks_whether_still_asks_it(question: str) -> None:
    from assistant.answer.asked import asks_task
    assert not asks_task(question)
