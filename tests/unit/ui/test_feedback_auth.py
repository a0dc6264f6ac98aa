from __future__ import annotations

import asyncio
import concurrent.futures
import inspect
import json
from datetime import date
from typing import Any

import pytest

from assistant.errors import InputError
from assistant.ui import auth
from assistant.ui.feedback import FeedbackStore
from assistant.ui.handlers import parse_date_nl

pytestmark = pytest.mark.unit

def run(coro: Any) -> Any:
    """asyncio.run in a fresh thread: a test earlier in the session (Playwright's sync API in the browser tests)
    leaves an event loop running in the main thread, where asyncio.run refuses to start."""
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, coro).result()



def test_feedback_roundtrip(tmp_path) -> None:
    store = FeedbackStore(tmp_path / "data")
    answer = {"answer": "Ja [1]", "verdict": {"outcome": "yes", "rule_id": "r"},
              "citations": [{"n": 1, "doc_id": "d", "section": "§1", "id": "p"}]}
    store.add("up", question="Mag dit?", answer=answer, comment="  goed  ")
    store.add("down", question="En dat?")
    rows = store.all()
    assert [r["rating"] for r in rows] == ["up", "down"]
    assert rows[0]["comment"] == "goed" and rows[0]["verdict"] == "yes" and rows[0]["citations"][0]["doc_id"] == "d"
    lines = (tmp_path / "data" / "feedback.jsonl").read_text().splitlines()
    assert len(lines) == 2 and json.loads(lines[1])["question"] == "En dat?"


def test_feedback_rejects_bad_input(tmp_path) -> None:
    store = FeedbackStore(tmp_path)
    with pytest.raises(InputError):
        store.add("meh", question="x")
    with pytest.raises(InputError):
        store.add("up", question="")
    with pytest.raises(InputError):
        store.add("up", question="x", comment="a" * 5000)


def test_feedback_skips_broken_line(tmp_path) -> None:
    store = FeedbackStore(tmp_path)
    store.add("up", question="x")
    with store.path.open("a") as f:
        f.write('{"half": ')
    assert len(store.all()) == 1


def test_hash_and_verify() -> None:
    h = auth.hash_password("geheim", iterations=1000)
    assert h.startswith("pbkdf2_sha256$1000$") and "geheim" not in h
    assert auth.verify_password("geheim", h)
    assert not auth.verify_password("Geheim", h)
    assert not auth.verify_password("geheim", "rommel")
    assert not auth.verify_password("geheim", "md5$1$x$y")
    assert auth.hash_password("geheim", iterations=1000) != h  # salted


def test_make_auth() -> None:
    check = auth.make_auth({"anna": auth.hash_password("s3cret", iterations=1000)})
    assert inspect.iscoroutinefunction(check)  # Gradio awaits only a coroutine function; anything else it calls
    assert run(check("anna", "s3cret"))
    assert not run(check("anna", "fout"))
    assert not run(check("bob", "s3cret"))


def test_is_local() -> None:
    assert auth.is_local("127.0.0.1") and auth.is_local("localhost")
    assert not auth.is_local("0.0.0.0")


def test_hash_cli(capsys, monkeypatch) -> None:
    import io

    monkeypatch.setattr("sys.stdin", io.StringIO("pw123\n"))
    assert auth.main(["hash", "--stdin"]) == 0
    out = capsys.readouterr().out.strip()
    assert auth.verify_password("pw123", out)


def test_parse_date_nl() -> None:
    assert parse_date_nl("") is None
    assert parse_date_nl("2026-03-01") == date(2026, 3, 1)
    assert parse_date_nl("1-3-2026") == date(2026, 3, 1)
    with pytest.raises(InputError):
        parse_date_nl("31-02-2026")
    with pytest.raises(InputError):
        parse_date_nl("morgen")
