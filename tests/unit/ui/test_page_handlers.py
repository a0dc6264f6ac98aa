"""The Vragen tab's gradio-free handlers: a new question clears the old answer state at once, the finished
answer brings details/sources/actions, "Nieuw gesprek" clears everything, one changeable vote per answer."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from assistant.chat import Answer
from assistant.settings import Settings
from assistant.ui.feedback import latest_votes
from assistant.ui.handlers import VIEWER_EMPTY, Controller, new_state

pytestmark = pytest.mark.unit
ROOT = Path(__file__).resolve().parents[3]
ASK = "Is uw organisatie een REC of DEC?"


class ScriptedVerdict:
    """Stands in for a rules Verdict: the page only reads its JSON."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.data = data

    def to_json(self) -> dict[str, Any]:
        return dict(self.data)


class ScriptedAssistant:
    """Streams two pieces, then a finished answer with a verdict."""

    def __init__(self) -> None:
        self.asked: list[str] = []

    def stream(self, question: str, history: list[dict[str, str]], as_of: Any) -> Iterator[Any]:
        self.asked.append(question)
        yield "Ja, in 2026"
        yield "Ja, in 2026 — mits"
        yield Answer(
            question=question, standalone=question, answer=f"Ja, in 2026 — mits REC. {ASK} [1]\n\nMeer.", answerable=True,
            verdict=ScriptedVerdict({  # type: ignore[arg-type]
                "outcome": "unknown", "if_met": "yes", "summary_nl": f"Ja, in 2026 — mits REC. {ASK}",
                "missing_facts": [{"fact": "x", "ask_nl": ASK, "values": ["ja", "nee"]}], "conditions": []}),
            citations=[], retrieved=[],
        )


@pytest.fixture
def ctl(tmp_path: Path) -> Controller:
    settings = Settings(corpus_dir=ROOT / "corpus", data_dir=tmp_path)
    return Controller(settings, ScriptedAssistant())  # type: ignore[arg-type]


def test_a_question_clears_the_old_answer_first_then_streams_then_completes(ctl: Controller) -> None:
    steps = list(ctl.ask_page("Kunnen wij C&A declareren?", "", new_state()))
    first, *streamed, last = steps
    # at once: the old details, sources, actions, messages and viewer go; examples fold away
    assert (first.details, first.sources, first.actions, first.status, first.feedback) == ("", "", "", "", "")
    assert first.viewer == VIEWER_EMPTY and first.examples_visible is False and first.question == ""
    assert "Even zoeken" in (first.conversation or "")
    assert streamed and all(s.details is None and s.state is None for s in streamed)
    assert last.state and last.state["last"]["vote_id"]
    assert 'class="wlz-head' in (last.conversation or "") and "Ja, mits" in (last.conversation or "")
    assert "Kopieer antwoord met bronnen" in (last.actions or "")
    assert len(last.state["turns"]) == 1 and len(last.state["history"]) == 2


def test_bad_input_gives_a_dutch_message_and_keeps_the_page(ctl: Controller) -> None:
    steps = list(ctl.ask_page("   ", "", new_state()))
    assert len(steps) == 1 and steps[0].conversation is None
    assert "wlz-msg-error" in (steps[0].status or "")
    steps = list(ctl.ask_page("Vraag?", "31-02-2026", new_state()))
    assert "Ongeldige peildatum" in (steps[0].status or "")


def test_new_conversation_clears_everything(ctl: Controller) -> None:
    u = ctl.clear_page()
    assert u.state == new_state() and u.viewer == VIEWER_EMPTY and u.examples_visible is True
    assert (u.details, u.sources, u.actions, u.status, u.feedback, u.question) == ("", "", "", "", "", "")
    assert 'data-testid="bot"' not in (u.conversation or "")


def test_one_changeable_vote_per_answer(ctl: Controller) -> None:
    msg, _ = ctl.vote("up", new_state(), "")
    assert "Stel eerst een vraag" in msg
    state = list(ctl.ask_page("Kunnen wij C&A declareren?", "", new_state()))[-1].state
    msg1, state = ctl.vote("down", state, "")
    msg2, state = ctl.vote("up", state, "toch goed")
    assert "opgeslagen" in msg1 and "gewijzigd" in msg2
    records = ctl.feedback.all()
    assert [r["rating"] for r in records] == ["down", "up"]
    assert [r["rating"] for r in latest_votes(records)] == ["up"]


class RecordingRuleBook:
    """A rule book that says what it was asked (both dates may be given together)."""

    def __init__(self) -> None:
        self.rules: dict[str, Any] = {}

    def check(self, rule_id: str, facts: dict[str, Any], as_of: Any = None, year: int | None = None) -> Any:
        from assistant.errors import InputError

        raise InputError(f"checked {rule_id} {as_of} {year}")


def test_regelcheck_dates_are_validated_and_passed_on(ctl: Controller) -> None:
    from assistant.errors import InputError

    ctl.assistant.rulebook = RecordingRuleBook()  # type: ignore[attr-defined]
    with pytest.raises(InputError, match="Ongeldige stand van de bronnen"):
        ctl.regelcheck("r", {}, 2026, "2026-13-01")
    with pytest.raises(InputError, match="Ongeldig zorgjaar"):
        ctl.regelcheck("r", {}, 20260, "")
    with pytest.raises(InputError, match="checked r None 2026"):
        ctl.regelcheck("r", {}, 2026, "")
    with pytest.raises(InputError, match="checked r 2025-12-31 None"):
        ctl.regelcheck("r", {}, None, "31-12-2025")
    with pytest.raises(InputError, match="checked r 2025-12-31 2026"):  # both dates together
        ctl.regelcheck("r", {}, 2026, "2025-12-31")


def test_the_page_builds_with_admin_and_without_rules(tmp_path: Path) -> None:
    from assistant.ui.layout import build

    settings = Settings(corpus_dir=ROOT / "corpus", data_dir=tmp_path)
    settings.app.admin = True
    assistant = ScriptedAssistant()
    assistant.rulebook = RecordingRuleBook()  # type: ignore[attr-defined]
    demo = build(Controller(settings, assistant))  # type: ignore[arg-type]
    ids = {getattr(b, "elem_id", None) for b in demo.blocks.values()}
    assert {"wlz-chat", "wlz-viewer", "wlz-viewer-col", "wlz-terms", "wlz-docs", "wlz-rule", "wlz-admin"} <= ids
    api = {d.api_name for d in demo.fns.values() if getattr(d, "api_name", None)}
    assert {"ask", "rules", "regelcheck", "documents", "document", "feedback"} <= api
