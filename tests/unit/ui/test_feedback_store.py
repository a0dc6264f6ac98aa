"""The feedback file: every append whole and on disk, a line cut short by a crash repaired by the next append,
records read back split on "\\n" only."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest

from assistant.ui import feedback as feedback_mod
from assistant.ui.feedback import FeedbackStore

pytestmark = pytest.mark.unit


def test_an_append_after_a_partial_write_starts_on_a_new_line(tmp_path: Path) -> None:
    store = FeedbackStore(tmp_path)
    store.add("up", question="eerste")
    with store.path.open("ab") as f:
        f.write(b'{"rating": "down", "question": "afgebro')  # a crash in the middle of a write
    store.add("down", question="tweede")
    raw = store.path.read_bytes()
    assert raw.endswith(b"\n") and raw.count(b"\n") == 3
    assert [r["question"] for r in store.all()] == ["eerste", "tweede"]
    assert json.loads(raw.split(b"\n")[2])["question"] == "tweede"  # whole, on its own line


def test_a_cut_multibyte_character_does_not_break_reading(tmp_path: Path) -> None:
    store = FeedbackStore(tmp_path)
    store.path.parent.mkdir(parents=True, exist_ok=True)
    store.path.write_bytes(b'{"question": "cli\xc3')  # half of "ë"
    assert store.all() == []
    store.add("up", question="cliënt")
    assert [r["question"] for r in store.all()] == ["cliënt"]


def test_records_are_split_on_newlines_only(tmp_path: Path) -> None:
    store = FeedbackStore(tmp_path)
    odd = "een\u2028twee\u2029drie\x85vier\x1cvijf\x0bzes\x0czeven"  # all line breaks to str.splitlines
    store.path.parent.mkdir(parents=True, exist_ok=True)
    store.path.write_text(json.dumps({"rating": "up", "comment": odd}, ensure_ascii=False) + "\n", encoding="utf-8")
    store.add("down", question="vraag", comment="met\u2028scheiding")
    rows = store.all()
    assert len(rows) == 2 and rows[0]["comment"] == odd
    assert rows[1]["comment"] == "met scheiding"  # cleaned on the way in, like every request's text


def test_every_append_is_flushed_to_disk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    synced: list[int] = []
    monkeypatch.setattr(feedback_mod.os, "fsync", lambda fd: synced.append(fd))
    store = FeedbackStore(tmp_path)
    store.add("up", question="een")
    store.add("up", question="twee")
    assert len(synced) == 2


def test_concurrent_appends_stay_whole(tmp_path: Path) -> None:
    store = FeedbackStore(tmp_path)
    comment = "x" * 3000  # larger than a pipe buffer's atomic size: whole lines all the same

    def work(n: int) -> None:
        for i in range(20):
            store.add("up", question=f"vraag {n}-{i}", comment=comment)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    rows = store.all()
    assert len(rows) == 160 and {r["comment"] for r in rows} == {comment}
    assert len(store.path.read_bytes().split(b"\n")) == 161
