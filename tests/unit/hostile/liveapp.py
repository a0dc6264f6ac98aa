"""Helpers for the real app (app.py) in a child process (see conftest.py: the ``live_app`` fixture)."""

from __future__ import annotations

import contextlib
import socket
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[3]
PASSWORDS = {"anna": "anna-geheim", "bert": "bert-geheim"}
UPLOAD_MB = 2


@dataclass
class LiveApp:
    url: str
    tmp: Path
    proc: subprocess.Popen[bytes]
    log: Path

    @contextlib.contextmanager
    def client(self, user: str | None = "anna", timeout: float = 60) -> Iterator[httpx.Client]:
        """An HTTP client, logged in as ``user`` (None: not logged in)."""
        with httpx.Client(base_url=self.url, timeout=timeout) as c:
            if user is not None:
                r = c.post("/login", data={"username": user, "password": PASSWORDS[user]})
                assert r.status_code == 200, r.text
            yield c

    def log_text(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")

    def alive(self) -> bool:
        return self.proc.poll() is None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


