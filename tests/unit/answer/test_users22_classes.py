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
