"""Stopping a subprocess the tests started (the app, a Chroma server, llama-server): politely, then for sure."""

from __future__ import annotations

import subprocess


def stop_process(proc: subprocess.Popen[bytes] | subprocess.Popen[str], timeout: float = 15) -> None:
    """SIGTERM, wait ``timeout`` seconds, then SIGKILL; a process that already ended is left alone."""
    if proc.poll() is not None:
        return
    proc.terminate()
    try:
        proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(timeout=5)
