"""Gate signals for one retrieved passage, as the answer-class tests build them: the question, one hit on a Wlz
article with ``text``, and the index's words taken from that text."""

from __future__ import annotations

from datetime import date

from assistant.answer.asked import classify
from assistant.answer.gate import Signals
from assistant.retrieval.text import tokens
from assistant.settings import AnswerSettings
from assistant.types import Hit, Passage

TODAY = date(2026, 12, 1)


def passage(text: str, section: str = "Artikel 3.1.1") -> Passage:
    return Passage(doc_id="wlz-2025-07-05", title="Wet langdurige zorg", kind="wet", date=date(2025, 7, 5),
                   section=(section,), page=1, start=0, end=len(text), text=text)


def hit(text: str, section: str = "Artikel 3.1.1") -> Hit:
    return Hit(passage(text, section), 1.0, {"dense": 1, "lexical": 1}, {"dense": 0.7, "lexical": 10.0})


def signals(question: str, text: str, sentences: list[str] | None = None, section: str = "Artikel 3.1.1") -> Signals:
    """``sentences``: the sentences picked for the answer (none unless given)."""
    return Signals(question, "", [hit(text, section)], list(sentences or []), set(tokens(text)), text.lower(), {}, 100,
                   AnswerSettings(), classify(question), False, 0.7, 10.0, 0.0, TODAY)
