"""Size limits at every boundary (Settings.limits) and one cleaning of every request's text: the Assistant,
the Gradio handlers, the feedback store and the CLI each refuse with a Dutch message that names the limit."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from assistant.bootstrap import build_assistant
from assistant.errors import InputError
from assistant.inputs import clean_facts, clean_history, clean_question, clean_text, recent_history
from assistant.settings import LimitsSettings, Settings
from assistant.ui.feedback import FeedbackStore
from assistant.ui.handlers import Controller

pytestmark = pytest.mark.unit
ROOT = Path(__file__).resolve().parents[2]
LIMITS = LimitsSettings(question_chars=50, history_turns=4, history_chars=200, facts=3, feedback_chars=30,
                        feedback_citations=2, upload_mb=7)
TURN = {"role": "user", "content": "Mogen wij C&A declareren voor NAH+?"}
QUESTION = "Wie betaalt de tandarts bij een VPT?"


def settings(tmp_path: Path) -> Settings:
    return Settings(index_dir=tmp_path / "index", data_dir=tmp_path / "data", embcache_dir=tmp_path / "emb",
                    embedder="tests.fakes:HashEmbedder", vector_store="tests.fakes:memory_stores", limits=LIMITS)


# --------------------------------------------------------------------------- cleaning


@pytest.mark.parametrize(("raw", "clean"), [
    ("tand\ud800arts", "tandarts"),               # lone surrogate: not encodable as UTF-8
    ("\x1b[2Jmeer\x07zorg", "[2Jmeerzorg"),         # control characters
    ("zero\u200bwidth", "zerowidth"),              # format character
    ("één\u00a0vraag\u2028twee", "één vraag twee"),  # other whitespace becomes a space
    ("regel 1\nregel\t2", "regel 1\nregel\t2"),     # newlines and tabs stay
])
def test_clean_text(raw: str, clean: str) -> None:
    assert clean_text(raw) == clean
    clean_text(raw).encode("utf-8")


def test_every_text_of_a_request_is_cleaned() -> None:
    assert clean_question("Wie\ud800 betaalt\x00 de tandarts?", LIMITS) == "Wie betaalt de tandarts?"
    turns = clean_history([{"role": "user\ud800", "content": "NAH+\ud800 en\x1b C&A"}], LIMITS)
    assert turns == [{"role": "user", "content": "NAH+ en C&A"}]
    assert clean_facts({"client_group\u200b": "nah_plus\ud800", "aantal_plaatsen": 3}, LIMITS) == {
        "client_group": "nah_plus", "aantal_plaatsen": 3}


# --------------------------------------------------------------------------- the limits and their messages


def test_question_limit_names_itself() -> None:
    with pytest.raises(InputError, match=r"Uw vraag is te lang \(51 tekens; maximaal 50\)"):
        clean_question("a" * 51, LIMITS)
    assert clean_question("a" * 50, LIMITS) == "a" * 50


def test_history_limits_name_themselves() -> None:
    assert len(clean_history([TURN] * 4, LIMITS)) == 4
    with pytest.raises(InputError, match=r"De gespreksgeschiedenis is te lang \(5 beurten; maximaal 4\)\."):
        clean_history([TURN] * 5, LIMITS)
    with pytest.raises(InputError, match=r"De gespreksgeschiedenis is te lang \(201 tekens; maximaal 200\)\."):
        clean_history([{"role": "user", "content": "x" * 201}], LIMITS)
    with pytest.raises(InputError, match="lijst van beurten"):
        clean_history("dit is geen lijst", LIMITS)
    # junk items are left out, but they count as turns: a flood of them is refused all the same; a plain string
    # is a user's turn (a JSON list of messages)
    assert clean_history([None, 1, "a", {"role": "user"}], LIMITS) == [{"role": "user", "content": "a"}]
    with pytest.raises(InputError, match="5 beurten"):
        clean_history([None] * 5, LIMITS)


def test_the_apps_own_history_keeps_its_latest_turns() -> None:
    turns = [{"role": "user" if i % 2 == 0 else "assistant", "content": f"beurt {i}"} for i in range(10)]
    kept = recent_history(turns, LIMITS)
    assert [t["content"] for t in kept] == ["beurt 6", "beurt 7", "beurt 8", "beurt 9"]
    long = [{"role": "user", "content": "a" * 110}, {"role": "user", "content": "b" * 110}]
    assert recent_history(long, LIMITS) == [{"role": "user", "content": "b" * 110}]
    clean_history(recent_history(turns * 50, LIMITS), LIMITS)  # what the app sends passes the check


def test_fact_limits() -> None:
    with pytest.raises(InputError, match=r"Te veel feiten \(4; maximaal 3\)"):
        clean_facts({f"f{i}": True for i in range(4)}, LIMITS)
    with pytest.raises(InputError, match=r"Het feit 'zorgprofiel' is te lang \(51 tekens; maximaal 50\)"):
        clean_facts({"zorgprofiel": "x" * 51}, LIMITS)
    with pytest.raises(InputError, match="geen geldige waarde"):
        clean_facts({"zorgprofiel": ["VG7"] * 1000}, LIMITS)
    with pytest.raises(InputError, match="object"):
        clean_facts(["zorgprofiel"], LIMITS)


# --------------------------------------------------------------------------- at the boundaries


def test_the_assistant_enforces_the_limits_before_any_search(tmp_path: Path) -> None:
    assistant = build_assistant(settings(tmp_path))  # no index: a refused request never gets that far
    with pytest.raises(InputError, match="5 beurten; maximaal 4"):
        assistant.ask(QUESTION, history=[TURN] * 5)
    with pytest.raises(InputError, match="Te veel feiten"):
        assistant.ask(QUESTION, facts={f"f{i}": True for i in range(4)})
    with pytest.raises(InputError, match="maximaal 50"):
        list(assistant.stream("a" * 60))


class Recorder:
    """Stands in for the Assistant: records what the handlers pass on."""

    def __init__(self) -> None:
        self.calls: list[tuple[Any, ...]] = []

    def stream(self, question: str, history: Any, as_of: Any, facts: Any = None) -> Any:
        self.calls.append((question, history, facts))
        yield "tekst"

    def ask(self, question: str, history: Any, as_of: Any) -> Any:
        self.calls.append((question, history, None))
        raise AssertionError("a refused question reached the Assistant")


def test_the_handlers_enforce_the_limits_and_pass_on_clean_text(tmp_path: Path) -> None:
    rec = Recorder()
    ctl = Controller(settings(tmp_path), assistant=rec)  # type: ignore[arg-type]
    with pytest.raises(InputError, match="5 beurten; maximaal 4"):
        list(ctl.stream(QUESTION, [TURN] * 5))
    with pytest.raises(InputError, match="Te veel feiten"):
        list(ctl.stream(QUESTION, [], "", {f"f{i}": True for i in range(4)}))
    with pytest.raises(InputError, match="maximaal 50"):
        ctl.ask("a" * 60)
    with pytest.raises(InputError, match="Te veel feiten"):
        ctl.regelcheck("r", {f"f{i}": True for i in range(4)})
    assert not rec.calls
    assert list(ctl.stream(QUESTION + "\ud800", [{"role": "user", "content": "NAH+\x00"}], "",
                           {"zorgprofiel": "VG7\ud800"})) == ["tekst"]
    assert rec.calls == [(QUESTION, [{"role": "user", "content": "NAH+"}], {"zorgprofiel": "VG7"})]


def test_feedback_limits_name_themselves(tmp_path: Path) -> None:
    store = FeedbackStore(tmp_path, LIMITS)
    with pytest.raises(InputError, match=r"De toelichting is te lang \(31 tekens; maximaal 30\)"):
        store.add("up", question="vraag", comment="c" * 31)
    with pytest.raises(InputError, match=r"De vraag is te lang \(31 tekens; maximaal 30\)"):
        store.add("up", question="v" * 31)
    with pytest.raises(InputError, match=r"Te veel bronnen bij de beoordeling \(3; maximaal 2\)"):
        store.add("up", question="vraag", answer={"citations": [{"n": 1}] * 3})
    record = store.add("down", question="vraag\ud800", comment="slecht\x1b", as_of="2026-01-01\ud800",
                       answer={"answer": "a" * 100, "verdict": {"outcome": "yes\ud800"},
                               "citations": [{"n": 1, "doc_id": "d\ud800" * 500}, "geen object"]})
    assert (record["question"], record["comment"], record["as_of"]) == ("vraag", "slecht", "2026-01-01")
    assert record["answer"] == "a" * 30 and record["verdict"] == "yes"  # the app's own answer is cut, not refused
    assert record["citations"] == [{"n": 1, "doc_id": "d" * 200, "section": None, "id": None}]
    assert store.all() == [record]


def test_the_upload_limit_reaches_gradio() -> None:
    from assistant.ui.layout import launch_kwargs

    assert launch_kwargs(Settings(limits=LIMITS))["max_file_size"] == 7 * 1024 * 1024
    assert "max_file_size" not in launch_kwargs()


# --------------------------------------------------------------------------- the CLI


def cli(tmp_path: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = os.environ | {"WLZ_EMBEDDER": "tests.fakes:HashEmbedder", "WLZ_INDEX_DIR": str(tmp_path / "index"),
                        "WLZ_DATA_DIR": str(tmp_path / "data"), "WLZ_EMBCACHE_DIR": str(tmp_path / "emb"),
                        "WLZ_LIMITS__HISTORY_TURNS": "4", "WLZ_LIMITS__QUESTION_CHARS": "50", "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "assistant", *args], input=stdin, capture_output=True, text=True,
                          env=env, cwd=ROOT, timeout=120, check=False)


def test_the_cli_enforces_the_limits(tmp_path: Path) -> None:
    out = cli(tmp_path, "ask", "--json", "--history", json.dumps([TURN] * 5), QUESTION)
    assert out.returncode == 2 and out.stdout == ""
    assert "De gespreksgeschiedenis is te lang (5 beurten; maximaal 4)." in out.stderr
    lines = [json.dumps({"id": "lang", "q": "a" * 60}), json.dumps({"id": "geschiedenis", "q": QUESTION,
                                                                    "history": [TURN] * 5}),
             "x" * 200_000]
    out = cli(tmp_path, "ask", "--jsonl", "-", stdin="\n".join(lines) + "\n")
    assert out.returncode == 0, out.stderr
    rows = [json.loads(x) for x in out.stdout.splitlines()]
    assert [r["id"] for r in rows] == ["lang", "geschiedenis", 3]
    assert "maximaal 50" in rows[0]["error"] and "5 beurten; maximaal 4" in rows[1]["error"]
    assert "Regel 3 is te lang" in rows[2]["error"]
