"""A yes/no question that fits two rules equally well gets no verdict and is asked which question is meant."""

from __future__ import annotations

import pytest

from assistant.bootstrap import build_assistant, build_index
from assistant.settings import Settings

pytestmark = pytest.mark.unit


def test_a_tie_between_two_rules_asks_which_question_is_meant(hash_settings: Settings) -> None:
    build_index(hash_settings, progress=False)
    assistant = build_assistant(hash_settings)
    q = ("Wij leveren zorg tijdens onderwijs met een VPT inclusief dagbesteding. Mogen we daarvoor personeel van de "
         "school inzetten?")
    tied = assistant.rulebook.tied_rules(q)
    assert len(tied) >= 2
    ans = assistant.ask(q)
    assert ans.verdict is None
    notice = next(n for n in ans.notices if n.startswith("Geen regeltoets"))
    assert all(r.question_nl in notice for r in tied)
    # one rule fits: a verdict, no such notice
    plain = assistant.ask("Mogen wij eigen personeel of personeel van de school inzetten voor zorg tijdens onderwijs?")
    assert not any(n.startswith("Geen regeltoets") for n in plain.notices)
