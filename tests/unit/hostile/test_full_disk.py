"""A full disk during ``index`` or ``add``: a Dutch message that says the disk is full (not "bouw de index opnieuw"),
nothing half-written left behind, and the index that was in service keeps serving. Faults are injected as
OSError(ENOSPC) (and SQLite's "database or disk is full" from Chroma) at each write of a build and of an add."""

from __future__ import annotations

import errno
import hashlib
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest

import assistant.library as library
from assistant.adapters import chroma as chroma_mod
from assistant.bootstrap import build_assistant, build_index
from assistant.errors import DiskFullError, is_disk_full
from assistant.library import PENDING, add_document
from assistant.retrieval import index as index_mod
from assistant.retrieval.index import current_build
from assistant.settings import Settings

pytestmark = pytest.mark.integration  # starts the real app or rebuilds indexes in subprocesses: not the unit layer
ROOT = Path(__file__).resolve().parents[3]
NOTE = "# Werkinstructie zorgboerderij\n\nVanaf 2027 geldt een toeslag voor dagbesteding op een zorgboerderij in de Wlz.\n"


def enospc(*_a: Any, **_k: Any) -> None:
    raise OSError(errno.ENOSPC, "No space left on device")


def snapshot(s: Settings) -> tuple[Any, ...]:
    corpus = {str(p.relative_to(s.corpus_dir)): hashlib.sha256(p.read_bytes()).hexdigest()
              for p in sorted(s.corpus_dir.rglob("*")) if p.is_file()}
    builds = sorted(p.name for p in (s.index_dir / "builds").iterdir())
    return corpus, current_build(s.index_dir), builds


@pytest.fixture
def built(hash_settings: Settings) -> Settings:
    build_index(hash_settings, progress=False)
    return hash_settings


def _fault(phase: str, monkeypatch: pytest.MonkeyPatch, settings: Settings) -> None:
    """Make the write of ``phase`` fail as on a full disk."""
    if phase == "embedding-cache":  # new passages: the cache of vectors is saved before the build is written
        monkeypatch.setattr(index_mod.EmbeddingCache, "save", enospc)
        for f in settings.embcache_dir.glob("*.npz"):
            f.unlink()  # forget the vectors: the build embeds again and saves the cache early
    elif phase == "passages":
        real_open = Path.open

        def open_(self: Path, mode: str = "r", *a: Any, **k: Any) -> Any:
            if self.name == "passages.jsonl" and "w" in mode:
                enospc()
            return real_open(self, mode, *a, **k)

        monkeypatch.setattr(Path, "open", open_)
    elif phase == "lexical":
        import bm25s

        monkeypatch.setattr(bm25s.BM25, "save", enospc)
    elif phase == "chroma":
        def add(self: Any, *a: Any, **k: Any) -> None:
            try:
                raise sqlite3.OperationalError("database or disk is full")
            except sqlite3.OperationalError as exc:
                raise chroma_mod._wrap(exc) from exc

        monkeypatch.setattr(chroma_mod.ChromaStore, "add", add)
        from tests.fakes import MemoryVectorStore  # the unit layer keeps vectors in memory: its store fails alike

        monkeypatch.setattr(MemoryVectorStore, "add", add)
    elif phase == "info":
        real_write = Path.write_text

        def write_text(self: Path, *a: Any, **k: Any) -> int:
            if self.name == "info.json":
                enospc()
            return real_write(self, *a, **k)

        monkeypatch.setattr(Path, "write_text", write_text)
    elif phase == "switch":
        monkeypatch.setattr(index_mod, "_switch", enospc)
    else:
        raise AssertionError(phase)


PHASES = ["embedding-cache", "passages", "lexical", "chroma", "info", "switch"]


@pytest.mark.parametrize("phase", PHASES)
def test_a_full_disk_during_index_keeps_the_old_index_serving(built: Settings, phase: str,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    question = "Wie betaalt de tandarts bij een VPT?"
    before_answer = build_assistant(built).ask(question).answer
    before = snapshot(built)
    _fault(phase, monkeypatch, built)
    with pytest.raises(DiskFullError) as err:
        build_index(built, progress=False)
    message = err.value.message_nl
    assert message.startswith("De schijf is vol") and "Maak ruimte vrij" in message
    assert "index opnieuw" not in message and "python -m assistant index" not in message
    monkeypatch.undo()
    assert snapshot(built) == before  # no half-written build left behind, CURRENT unchanged
    assert build_assistant(built).ask(question).answer == before_answer


@pytest.mark.parametrize("phase", ["copy", "manifest", "chroma", "lexical", "pending-note"])
def test_a_full_disk_during_add_changes_nothing(built: Settings, phase: str, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    doc = tmp_path / "notitie.md"
    doc.write_text(NOTE, encoding="utf-8")
    before = snapshot(built)
    if phase == "copy":
        monkeypatch.setattr(library.shutil, "copyfile", enospc)
    elif phase == "manifest":
        real_open = Path.open

        def open_(self: Path, mode: str = "r", *a: Any, **k: Any) -> Any:
            if self.name == "manifest.toml.tmp" and "w" in mode:
                enospc()
            return real_open(self, mode, *a, **k)

        monkeypatch.setattr(Path, "open", open_)
    elif phase == "pending-note":
        real_write = Path.write_text

        def write_text(self: Path, *a: Any, **k: Any) -> int:
            if self.name == PENDING:
                enospc()
            return real_write(self, *a, **k)

        monkeypatch.setattr(Path, "write_text", write_text)
    else:
        _fault(phase, monkeypatch, built)
    with pytest.raises(DiskFullError, match=r"^De schijf is vol"):
        add_document(built, doc, title="Werkinstructie zorgboerderij", date_=date(2026, 10, 1), kind="overig",
                     progress=False)
    monkeypatch.undo()
    assert snapshot(built) == before
    assert not (built.corpus_dir / PENDING).exists()
    assert not (built.corpus_dir / "manifest.toml.tmp").exists()


def test_disk_full_is_recognised_through_wrapping() -> None:
    try:
        try:
            raise OSError(errno.ENOSPC, "No space left on device")
        except OSError as exc:
            raise RuntimeError("chroma failed") from exc
    except RuntimeError as outer:
        assert is_disk_full(outer)
    assert is_disk_full(OSError(errno.EDQUOT, "Disk quota exceeded"))
    assert not is_disk_full(OSError(errno.EACCES, "Permission denied"))
    assert not is_disk_full(ValueError("kapot"))


def test_the_cli_says_the_disk_is_full(built: Settings) -> None:
    """``python -m assistant index`` with the disk full at the bm25 write: exit 2, one Dutch line, no traceback."""
    code = (
        "import errno, sys, bm25s\n"
        "def full(*a, **k): raise OSError(errno.ENOSPC, 'No space left on device')\n"
        "bm25s.BM25.save = full\n"
        "from assistant.cli import main\n"
        "sys.exit(main(['index', '--quiet']))\n"
    )
    env = {"WLZ_CORPUS_DIR": str(built.corpus_dir), "WLZ_INDEX_DIR": str(built.index_dir),
           "WLZ_DATA_DIR": str(built.data_dir), "WLZ_EMBCACHE_DIR": str(built.embcache_dir), "WLZ_EMBEDDER": "tests.fakes:HashEmbedder"}
    import os

    before = snapshot(built)
    r = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=os.environ | env, capture_output=True, text=True,
                       timeout=300, check=False)
    assert r.returncode == 2, r.stderr[-2000:]
    assert "Traceback" not in r.stderr
    assert any(line.startswith("Fout: De schijf is vol") for line in r.stderr.splitlines()), r.stderr
    assert snapshot(built) == before
