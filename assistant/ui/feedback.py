"""Thumbs up/down with an optional comment, appended to ``<data_dir>/feedback.jsonl`` for later review."""

from __future__ import annotations

import json
import threading
from datetime import datetime
from pathlib import Path
from typing import Any, Literal

from ..errors import InputError

Rating = Literal["up", "down"]
MAX_COMMENT = 2000


class FeedbackStore:
    """Append-only JSONL; one line per judgement. Thread-safe within the process."""

    def __init__(self, data_dir: Path) -> None:
        self.path = Path(data_dir) / "feedback.jsonl"
        self._lock = threading.Lock()

    def add(self, rating: str, *, question: str, answer: dict[str, Any] | None = None, comment: str = "",
            as_of: str | None = None) -> dict[str, Any]:
        if rating not in ("up", "down"):
            raise InputError("Beoordeling moet 'up' of 'down' zijn.")
        if not question:
            raise InputError("Er is nog geen antwoord om te beoordelen.")
        comment = (comment or "").strip()
        if len(comment) > MAX_COMMENT:
            raise InputError(f"Uw toelichting is te lang (maximaal {MAX_COMMENT} tekens).")
        answer = answer or {}
        record = {
            "ts": datetime.now().isoformat(timespec="seconds"),
            "rating": rating,
            "comment": comment,
            "question": question,
            "as_of": as_of,
            "answer": answer.get("answer", ""),
            "verdict": (answer.get("verdict") or {}).get("outcome"),
            "rule_id": (answer.get("verdict") or {}).get("rule_id"),
            "citations": [
                {"n": c.get("n"), "doc_id": c.get("doc_id"), "section": c.get("section"), "id": c.get("id")}
                for c in answer.get("citations", []) or []
            ],
        }
        line = json.dumps(record, ensure_ascii=False)
        with self._lock:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with self.path.open("a", encoding="utf-8") as f:
                f.write(line + "\n")
        return record

    def all(self) -> list[dict[str, Any]]:
        if not self.path.exists():
            return []
        out = []
        for line in self.path.read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if line:
                try:
                    out.append(json.loads(line))
                except json.JSONDecodeError:
                    continue  # a half-written line from a crash: skip it
        return out
