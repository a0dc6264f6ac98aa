"""A question's texts are embedded in one forward pass: the search's and the sentence selection's (a later pass
costs ~110 ms on a 2-core CPU, the largest share of ``ask``'s time). And the warm-up answers one question of each
path, so the first real question does not pay for loading the rules and the answer model."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest

from assistant.answer.extractive import selection_queries, split_question
from assistant.answer.meaning import Meaning
from assistant.bootstrap import build_assistant, build_index
from assistant.chat import _Part
from assistant.settings import Settings

pytestmark = pytest.mark.unit


def test_selection_queries_are_the_parts_with_the_topic_a_pointing_part_refers_to() -> None:
    q = "Wat moet er in het integrale behandelplan staan en wie is daar verantwoordelijk voor?"
    parts = split_question(q)
    assert len(parts) == 2
    assert selection_queries(q) == [parts[0], f"{parts[1]} {parts[0]}"]
    assert selection_queries("Wat is een REC?") == ["Wat is een REC?"]


class _Counting:
    """Wraps an embedder; records the texts each call had to embed (those not seen before: the cache's view)."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner
        self.seen: set[str] = set()
        self.passes: list[list[str]] = []

    def embed_queries(self, texts: list[str]) -> np.ndarray:
        new = [t for t in dict.fromkeys(texts) if t not in self.seen]
        if new:
            self.passes.append(new)
            self.seen |= set(new)
        return self.inner.embed_queries(texts)

    def embed_query(self, text: str) -> np.ndarray:
        return np.asarray(self.embed_queries([text])[0])

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)


@pytest.mark.parametrize("question", [
    "Wat moet er in het integrale behandelplan van een LVG-cliënt staan en wie is daar verantwoordelijk voor?",
    "Wat is meerzorg? En wie betaalt de tandarts bij een VPT?",
    # each part is also asked on its own, the later one with what was told before the first: still one pass
    "Onze zoon woont in een SGLVG-kliniek. Staat ergens wat een kliniek moet bieden? En hoe vaak mogen we op bezoek?",
    "Wat is een REC?",
])
def test_one_forward_pass_per_question(hash_settings: Settings, question: str) -> None:
    build_index(hash_settings, progress=False)
    assistant = build_assistant(hash_settings)
    counting = _Counting(assistant.retriever.embedder)
    assistant.retriever.embedder = counting
    # sentences compared in meaning, as with the real embedder (the fake has no calibrated weights of its own)
    retriever = assistant.retriever
    assistant._meaning = _Part(lambda: Meaning(similarity=retriever.sentence_similarity, weight=1.0, floor=0.0))
    answer = assistant.ask(question)
    assert answer.citations or not answer.answerable
    assert len(counting.passes) == 1, counting.passes


def test_warm_up_answers_each_path_and_leaves_no_question_cached(hash_settings: Settings) -> None:
    build_index(hash_settings, progress=False)
    assistant = build_assistant(hash_settings)
    asked: list[str] = []
    real_ask = assistant.ask
    assistant.ask = lambda q, *a, **kw: (asked.append(q), real_ask(q, *a, **kw))[1]  # type: ignore[method-assign]
    cleared: list[bool] = []
    assistant.retriever.embedder.clear_cache = lambda: cleared.append(True)  # type: ignore[method-assign]
    assistant.warm_up()
    assert asked == list(assistant.WARM_UP_QUESTIONS)
    assert any(q.isascii() for q in asked) and any(len(split_question(q)) > 1 for q in asked)
    assert cleared
