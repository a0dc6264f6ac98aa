"""Thumbs up/down with an optional comment, appended to ``<data_dir>/feedback.jsonl`` for later review."""

from __future__ import annotations

import json
import os
import threading
from datetime import datetime
from pathlib import Path
from typing import Any, Literal

from ..errors import InputError
from ..inputs import check_citation_count, clean_feedback_text, clean_text, current_limits
from ..settings import LimitsSettings

Rating = Literal["up", "down"]


class FeedbackStore:
    """Append-only JSONL; one line per judgement. Thread-safe within the process."""

    def __init__(self, data_dir: Path, limits: LimitsSettings | None = None) -> None:
        self.path = Path(data_dir) / "feedback.jsonl"
        self.limits = current_limits(limits)
        self._lock = threading.Lock()

    def add(self, rating: str, *, question: str, answer: dict[str, Any] | None = None, comment: str = "",
            as_of: str | None = None, vote_id: str | None = None) -> dict[str, Any]:
        """Store one judgement. ``vote_id`` names the answer judged: a later record with the same id
        replaces the earlier one in :meth:`votes` (one changeable vote per answer)."""
        if rating not in ("up", "down"):
            raise InputError("Beoordeling moet 'up' of 'down' zijn.")
        lim = self.limits
        question = clean_feedback_text(question, "vraag", lim)
        if not question:
            raise InputError("Er is nog geen antwoord om te beoordelen.")
        comment = clean_feedback_text(comment, "toelichting", lim)
        answer = answer or {}
        if not isinstance(answer, dict):
            raise InputError("Het beoordeelde antwoord moet een object zijn.")
        verdict: dict[str, Any] = answer["verdict"] if isinstance(answer.get("verdict"), dict) else {}
        citations = check_citation_count(answer.get("citations"), lim)
        record = {
            "ts": datetime.now().isoformat(timespec="seconds"),
            "rating": rating,
            "comment": comment,
            "question": question,
            "as_of": _short(as_of),
            "vote_id": _short(vote_id),
            # the app's own answer, not typed by the user: cut at the limit rather than refusing the judgement
            "answer": _short(answer.get("answer") or "", lim.feedback_chars),
            "verdict": _short(verdict.get("outcome")),
            "rule_id": _short(verdict.get("rule_id")),
            "citations": [
                {"n": c.get("n") if isinstance(c.get("n"), int) else None, "doc_id": _short(c.get("doc_id")),
                 "section": _short(c.get("section")), "id": _short(c.get("id"))}
                for c in citations if isinstance(c, dict)
            ],
        }
        self._append(json.dumps(record, ensure_ascii=False) + "\n")
        return record

    def _append(self, line: str) -> None:
        """One record as one ``write`` on a file opened for appending (O_APPEND: appends from several
        processes do not interleave), flushed to disk (fsync) before the user is thanked. Self-repairing: when
        the file does not end with a newline (a write cut short by a crash or a full disk), a newline goes
        first, so the broken line stays one line that the reader skips and this record is whole."""
        data = line.encode("utf-8")
        with self._lock:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.path, os.O_RDWR | os.O_APPEND | os.O_CREAT, 0o600)
            try:
                size = os.fstat(fd).st_size
                if size and os.pread(fd, 1, size - 1) != b"\n":
                    data = b"\n" + data
                view = memoryview(data)
                while view:
                    view = view[os.write(fd, view) :]
                os.fsync(fd)
            finally:
                os.close(fd)

    def all(self) -> list[dict[str, Any]]:
        """Every whole record. Lines are split on "\\n" only: a record may hold U+2028 or other characters
        that ``str.splitlines`` would split on; a broken line (from a crash) is skipped."""
        if not self.path.exists():
            return []
        out = []
        for line in self.path.read_bytes().decode("utf-8", errors="replace").split("\n"):
            line = line.strip()
            if line:
                try:
                    record = json.loads(line)
                except json.JSONDecodeError:
                    continue  # a half-written line from a crash: skip it
                if isinstance(record, dict):
                    out.append(record)
        return out


def latest_votes(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One record per judged answer: the latest with a given ``vote_id``; records without one all count."""
    by_id: dict[str, dict[str, Any]] = {}
    out: list[dict[str, Any]] = []
    for r in records:
        if r.get("vote_id"):
            by_id.pop(str(r["vote_id"]), None)
            by_id[str(r["vote_id"])] = r
        else:
            out.append(r)
    return out + list(by_id.values())


def _short(value: object, limit: int = 200) -> str | None:
    """A short identifier-like field (date, outcome, rule or passage id), cleaned and cut at ``limit``."""
    if value is None:
        return None
    return clean_text(str(value))[:limit]
