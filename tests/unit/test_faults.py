"""Faults: a killed index build, a missing/corrupt index, a missing/unverified model, an LLM that is down or slow.

Unit tests use the hash embedder; the build that is killed during real embedding is marked ``integration``.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from assistant.bootstrap import build_index, open_retriever
from assistant.errors import IndexMissingError, ModelError
from assistant.retrieval.index import current_build
from assistant.settings import EmbeddingSettings, Settings

ROOT = Path(__file__).resolve().parents[2]
PULL = "python -m assistant models pull"
REBUILD = "python -m assistant index"


@pytest.fixture
def hash_settings(hash_settings: Settings) -> Settings:
    """These tests run the CLI in a subprocess or damage Chroma's files: the index lives on disk, in Chroma."""
    return hash_settings.model_copy(update={"vector_store": "chroma"})


def cli_env(s: Settings, **extra: str) -> dict[str, str]:
    env = os.environ | {
        "WLZ_CORPUS_DIR": str(s.corpus_dir), "WLZ_INDEX_DIR": str(s.index_dir), "WLZ_DATA_DIR": str(s.data_dir),
        "WLZ_EMBCACHE_DIR": str(s.embcache_dir), "WLZ_EMBEDDER": s.embedder, "PYTHONIOENCODING": "utf-8",
        "TOKENIZERS_PARALLELISM": "false",
    }
    return env | extra


def run_cli(env: dict[str, str], *args: str, timeout: float = 180) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "assistant", *args], capture_output=True, text=True, env=env,
                          cwd=str(ROOT), timeout=timeout, check=False)


def snapshot(s: Settings) -> tuple[str | None, bytes]:
    build = current_build(s.index_dir)
    return build, (s.index_dir / "builds" / str(build) / "passages.jsonl").read_bytes()


def _next_second() -> None:
    time.sleep(1.05 - (time.time() % 1.0))


# --------------------------------------------------------------------------- the embedding model


def gemma(s: Settings, local_dir: Path | None = None, cache_dir: Path | None = None) -> Settings:
    emb = EmbeddingSettings(local_dir=local_dir, cache_dir=cache_dir or s.data_dir / "no-models")
    return s.model_copy(update={"embedder": "gemma", "embedding": emb})


@pytest.mark.unit
def test_missing_model_dir_names_the_pull_command(hash_settings: Settings, tmp_path: Path) -> None:
    from assistant.bootstrap import make_embedder

    empty = tmp_path / "leeg"
    empty.mkdir()
    for s in (gemma(hash_settings, local_dir=empty), gemma(hash_settings, local_dir=tmp_path / "bestaat-niet"),
              gemma(hash_settings, cache_dir=tmp_path / "geen-cache")):
        with pytest.raises(ModelError, match=PULL) as err:
            make_embedder(s)
        assert "embeddingmodel" in err.value.message_nl


@pytest.mark.unit
def test_tampered_model_is_refused(hash_settings: Settings, tmp_path: Path) -> None:
    from assistant.bootstrap import make_embedder
    from assistant.provision.embedding import MARKER, expected_hashes

    fake = tmp_path / "model"
    fake.mkdir()
    for name in expected_hashes():
        (fake / name).parent.mkdir(parents=True, exist_ok=True)
        (fake / name).write_bytes(b"niet het echte model")
    (fake / MARKER).write_text("0" * 64)  # a stale/forged marker must not be trusted
    with pytest.raises(ModelError, match=PULL) as err:
        make_embedder(gemma(hash_settings, local_dir=fake))
    assert "checksum klopt niet" in err.value.message_nl


@pytest.mark.unit
def test_real_model_with_one_file_changed_is_refused(hash_settings: Settings, tmp_path: Path) -> None:
    """A copy of the provisioned model with one small file altered fails verification (big files are linked)."""
    from assistant.bootstrap import make_embedder
    from assistant.provision.embedding import MARKER, expected_hashes, model_dir

    try:
        real = model_dir(Settings())
    except ModelError:
        pytest.skip("embedding model not provisioned")
    copy = tmp_path / "model"
    names = sorted(expected_hashes())
    for name in names:
        (copy / name).parent.mkdir(parents=True, exist_ok=True)
        os.symlink(real / name, copy / name)
    small = min(names, key=lambda n: (real / n).stat().st_size)
    (copy / small).unlink()
    (copy / small).write_bytes((real / small).read_bytes() + b" ")
    assert not (copy / MARKER).exists()
    with pytest.raises(ModelError, match=PULL):
        make_embedder(gemma(hash_settings, local_dir=copy))


@pytest.mark.integration  # real Chroma on disk (fake embedder)
def test_missing_model_through_the_cli(hash_settings: Settings, tmp_path: Path) -> None:
    build_index(hash_settings, progress=False)
    env = cli_env(hash_settings, WLZ_EMBEDDER="gemma", WLZ_EMBEDDING__LOCAL_DIR=str(tmp_path / "leeg"))
    for args in (["ask", "Wie betaalt de tandarts bij een VPT?"], ["retrieve", "meerzorg"], ["index"]):
        proc = run_cli(env, *args)
        assert proc.returncode == 2, proc.stderr
        assert "Traceback" not in proc.stderr
        assert PULL in proc.stderr and proc.stderr.startswith("Fout:")


# --------------------------------------------------------------------------- missing or corrupt index (CLI level)


def _break(s: Settings, how: str) -> None:
    build = current_build(s.index_dir)
    d = s.index_dir / "builds" / str(build)
    if how == "no-index":
        shutil.rmtree(s.index_dir)
    elif how == "current-garbage":
        (s.index_dir / "CURRENT").write_text("\x00\xff kapot")
    elif how == "current-missing-build":
        (s.index_dir / "CURRENT").write_text("b19990101T000000-1")
    elif how == "info-corrupt":
        (d / "info.json").write_text("{kapot")
    elif how == "passages-truncated":
        (d / "passages.jsonl").write_text((d / "passages.jsonl").read_text()[:500])
    elif how == "passage-text-edited":  # a quote changed after the build: never served as verbatim
        text = (d / "passages.jsonl").read_text(encoding="utf-8")
        (d / "passages.jsonl").write_text(text.replace("tandarts", "TANDARTS", 1), encoding="utf-8")
    elif how == "lexical-missing":
        shutil.rmtree(d / "lexical")
    elif how == "chroma-missing":
        shutil.rmtree(d / "chroma")
    elif how == "other-embedder":
        info = json.loads((d / "info.json").read_text())
        (d / "info.json").write_text(json.dumps(info | {"embedder": "een-ander-model"}))
    elif how == "older-tokens":  # built before diacritics were folded: its words are not a question's words
        info = json.loads((d / "info.json").read_text())
        del info["tokens"]
        (d / "info.json").write_text(json.dumps(info))


BREAKS = ["no-index", "current-garbage", "current-missing-build", "info-corrupt", "passages-truncated",
          "passage-text-edited", "lexical-missing", "chroma-missing", "other-embedder", "older-tokens"]


@pytest.mark.integration  # real Chroma on disk (fake embedder)
@pytest.mark.parametrize("how", BREAKS)
def test_broken_index_gives_the_rebuild_command(hash_settings: Settings, how: str) -> None:
    build_index(hash_settings, progress=False)
    _break(hash_settings, how)
    proc = run_cli(cli_env(hash_settings), "ask", "--json", "Wie betaalt de tandarts bij een VPT?")
    assert proc.returncode == 2 and proc.stdout == ""
    assert "Traceback" not in proc.stderr and REBUILD in proc.stderr, proc.stderr
    # and the rebuild command does repair it
    _next_second()
    assert run_cli(cli_env(hash_settings), "index", "--quiet").returncode == 0
    assert open_retriever(hash_settings).search("tandarts VPT", 3)


IN_PROCESS_BUGS: dict[str, str] = {}  # fixed: adapters.chroma wraps chromadb errors


@pytest.mark.integration  # real Chroma on disk (fake embedder)
@pytest.mark.parametrize("how", BREAKS)
def test_broken_index_in_a_running_process(hash_settings: Settings, how: str, request: pytest.FixtureRequest) -> None:
    """The same breakage seen by a process that had already opened the index (the app, a worker)."""
    if how in IN_PROCESS_BUGS:
        request.applymarker(pytest.mark.xfail(strict=True, reason=IN_PROCESS_BUGS[how]))
    build_index(hash_settings, progress=False)
    assert open_retriever(hash_settings).search("tandarts VPT", 3)
    _break(hash_settings, how)
    with pytest.raises(IndexMissingError, match=REBUILD):
        open_retriever(hash_settings)


# --------------------------------------------------------------------------- killing the index build midway

SLOW_BUILD = r"""
import sys, time
import tests.fakes as E
from assistant.adapters import chroma as C
from assistant.retrieval import index as I
phase = sys.argv[1]
def mark(name):
    if name == phase:
        print("PHASE " + name, file=sys.stderr, flush=True)
        time.sleep(600)
orig_embed = E.HashEmbedder.embed_documents
def slow_embed(self, texts, *args, **kwargs):
    mark("embedding")
    return orig_embed(self, texts, *args, **kwargs)
E.HashEmbedder.embed_documents = slow_embed
orig_add = C.ChromaStore.add
def slow_add(self, ids, vectors, metadatas, documents):
    orig_add(self, ids[:10], vectors[:10], metadatas[:10], documents[:10])
    mark("chroma-add")
    orig_add(self, ids[10:], vectors[10:], metadatas[10:], documents[10:])
C.ChromaStore.add = slow_add
orig_switch = I._switch
def slow_switch(index_dir, build):
    mark("before-switch")
    orig_switch(index_dir, build)
I._switch = slow_switch
from assistant.cli import main
raise SystemExit(main(["index"]))
"""


def _wait_for(proc: subprocess.Popen[str], marker: str, timeout: float = 180) -> None:
    assert proc.stderr is not None
    deadline = time.monotonic() + timeout
    seen = []
    while time.monotonic() < deadline:
        line = proc.stderr.readline()
        if not line:
            if proc.poll() is not None:
                break
            continue
        seen.append(line)
        if marker in line:
            return
    proc.kill()
    raise AssertionError(f"never reached {marker!r}: {''.join(seen)[-2000:]}")


def _wait_for_text(proc: subprocess.Popen[str], marker: str, timeout: float = 180) -> None:
    """Like _wait_for, for output that is not a whole line yet (a progress bar redrawn with \\r)."""
    assert proc.stderr is not None
    deadline = time.monotonic() + timeout
    seen = ""
    while time.monotonic() < deadline and marker not in seen:
        ch = proc.stderr.read(1)
        if not ch and proc.poll() is not None:
            break
        seen = (seen + ch)[-4000:]
    if marker not in seen:
        proc.kill()
        raise AssertionError(f"never reached {marker!r}: {seen[-2000:]}")


@pytest.mark.integration  # real Chroma on disk (fake embedder)
@pytest.mark.parametrize("phase", ["embedding", "chroma-add", "before-switch"])
def test_sigkill_midway_leaves_the_previous_index_serving(hash_settings: Settings, phase: str) -> None:
    build_index(hash_settings, progress=False)
    before = snapshot(hash_settings)
    expected = [h.passage.id for h in open_retriever(hash_settings).search("Wie betaalt de tandarts bij een VPT?", 5)]
    f = hash_settings.corpus_dir / "2025-09-08_kamerbrief_meerzorg-thuis.txt"
    f.write_text(f.read_text(encoding="utf-8") + "\nEen nieuwe alinea over meerzorg die opnieuw moet worden geïndexeerd.\n",
                 encoding="utf-8")
    _next_second()
    proc = subprocess.Popen([sys.executable, "-c", SLOW_BUILD, phase], env=cli_env(hash_settings), cwd=str(ROOT),
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        _wait_for(proc, f"PHASE {phase}")
        os.kill(proc.pid, signal.SIGKILL)
        assert proc.wait(timeout=30) == -signal.SIGKILL
    finally:
        if proc.poll() is None:
            proc.kill()
    assert snapshot(hash_settings) == before  # CURRENT and its passages untouched
    assert [h.passage.id for h in open_retriever(hash_settings).search("Wie betaalt de tandarts bij een VPT?", 5)] == expected
    ask = run_cli(cli_env(hash_settings), "ask", "--json", "Wie betaalt de tandarts bij een VPT?")
    assert ask.returncode == 0 and json.loads(ask.stdout)["answer"]
    # the next build succeeds despite the half-written directory, and serves the change
    _next_second()
    report = build_index(hash_settings, progress=False)
    assert current_build(hash_settings.index_dir) == report.build != before[0]
    assert any("nieuwe alinea" in h.passage.text for h in open_retriever(hash_settings).search("nieuwe alinea meerzorg", 5))


@pytest.mark.integration
def test_sigkill_during_real_embedding_leaves_the_previous_index_serving(tmp_path: Path, corpus_copy: Path) -> None:
    from assistant.provision.embedding import model_dir

    try:
        model_dir(Settings())
    except ModelError:
        pytest.skip("embedding model not provisioned")
    shared = Settings()
    s = Settings(corpus_dir=corpus_copy, index_dir=tmp_path / "index", data_dir=tmp_path / "data",
                 embcache_dir=tmp_path / "embcache", embedding=shared.embedding)
    (tmp_path / "embcache").mkdir()
    src = shared.embcache_dir / "embeddinggemma-300m_768.npz"
    if src.exists():
        shutil.copyfile(src, tmp_path / "embcache" / src.name)  # private copy: the kill must not touch the shared one
    build_index(s, progress=False)
    before = snapshot(s)
    cache_before = (tmp_path / "embcache" / src.name).read_bytes()
    f = corpus_copy / "2025-09-08_kamerbrief_meerzorg-thuis.txt"
    extra = "\n".join(f"Alinea {i}: een nieuwe tekst over meerzorg thuis, nummer {i}, die moet worden ingebed."
                      for i in range(40))
    f.write_text(f.read_text(encoding="utf-8") + "\n" + extra + "\n", encoding="utf-8")
    _next_second()
    proc = subprocess.Popen([sys.executable, "-m", "assistant", "index"], env=cli_env(s), cwd=str(ROOT),
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        _wait_for(proc, "nieuw te embedden", timeout=300)
        # the progress bar is drawn (without a newline) just before the model is loaded and the first batch
        # embedded: killing then lands inside embedding on any machine, however fast, with no sleep to tune
        _wait_for_text(proc, "Passages embedden", timeout=300)
        os.kill(proc.pid, signal.SIGKILL)
        assert proc.wait(timeout=30) == -signal.SIGKILL
    finally:
        if proc.poll() is None:
            proc.kill()
    assert snapshot(s) == before
    assert (tmp_path / "embcache" / src.name).read_bytes() == cache_before  # cache not half-written
    assert open_retriever(s).search("Wie betaalt de tandarts bij een VPT?", 5)


# --------------------------------------------------------------------------- an LLM backend that is down or slow


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class SlowLLM:
    port: int
    release: threading.Event  # set at teardown: the server answers (504) only then
    answered: threading.Event  # set when the server has sent its answer


@pytest.fixture
def slow_llm() -> Iterator[SlowLLM]:
    """An OpenAI-compatible endpoint on loopback that does not answer until the test is over."""
    slow = SlowLLM(0, threading.Event(), threading.Event())

    class Slow(BaseHTTPRequestHandler):
        def log_message(self, *a: Any) -> None:
            pass

        def do_POST(self) -> None:
            slow.release.wait(60)
            self.send_response(504)
            self.end_headers()
            slow.answered.set()

    server = ThreadingHTTPServer(("127.0.0.1", 0), Slow)
    server.daemon_threads = True
    slow.port = int(server.server_address[1])
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield slow
    slow.release.set()
    server.shutdown()
    server.server_close()


def _composer(s: Settings, port: int, timeout_s: float) -> Any:
    try:
        from assistant.adapters.llm import make_chat_model
        from assistant.answer.llm import LLMComposer
    except ImportError as exc:
        pytest.skip(f"LLM answerer not in this checkout: {exc}")
    pytest.importorskip("langchain_openai")
    llm = s.llm.model_copy(update={"backend": "openai", "model": "test", "base_url": f"http://127.0.0.1:{port}/v1",
                                   "timeout_s": timeout_s})
    s2 = s.model_copy(update={"llm": llm})
    return LLMComposer(make_chat_model(s2.llm), timeout_s=s2.llm.timeout_s)


@pytest.mark.integration  # real Chroma on disk (fake embedder)
@pytest.mark.parametrize("backend", ["down", "slow"])
def test_llm_down_or_slow_falls_back_to_the_extractive_answer(hash_settings: Settings, slow_llm: SlowLLM,
                                                              backend: str) -> None:
    from assistant.answer.extractive import compose

    build_index(hash_settings, progress=False)
    q = "Wie betaalt de tandarts bij een VPT?"
    hits = open_retriever(hash_settings).search(q, 5)
    port = _free_port() if backend == "down" else slow_llm.port
    composer = _composer(hash_settings, port, timeout_s=1.5)
    result = composer.compose(q, hits, None, lambda: compose(q, hits))
    # the answer came from the fallback while the slow server was still holding the request (no wall-clock bound)
    assert not slow_llm.answered.is_set()
    text, citations = compose(q, hits)
    assert not result.used_llm
    assert result.notice and "taalmodel" in result.notice
    assert text in result.text and [c.passage.id for c in result.citations] == [c.passage.id for c in citations]


@pytest.mark.integration  # real Chroma on disk (fake embedder)
def test_two_builds_in_the_same_second_keep_the_index_serving(hash_settings: Settings,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    from datetime import datetime as real_datetime

    from assistant.retrieval import index as index_mod

    frozen = real_datetime(2026, 1, 1, 12, 0, 0)

    class Frozen(real_datetime):
        @classmethod
        def now(cls, tz: Any = None) -> Any:
            return frozen

    monkeypatch.setattr(index_mod, "datetime", Frozen)
    first = build_index(hash_settings, progress=False)
    with contextlib.suppress(Exception):  # refusing the second build is fine, destroying the first is not
        build_index(hash_settings, progress=False)
    serving = current_build(hash_settings.index_dir)
    assert serving is not None and first.build  # the second build either replaced the first or was refused
    assert (hash_settings.index_dir / "builds" / serving / "passages.jsonl").exists()
    assert open_retriever(hash_settings).search("tandarts VPT", 3)


@pytest.mark.integration  # real Chroma on disk (fake embedder)
def test_a_damaged_chroma_file_gives_the_rebuild_message_and_a_rebuild_serves(hash_settings: Settings) -> None:
    """A fresh process opening a build whose chroma.sqlite3 is damaged: the Dutch rebuild message, no traceback."""
    build_index(hash_settings, progress=False)
    db = next((hash_settings.index_dir / "builds").glob("*/chroma/chroma.sqlite3"))
    with db.open("r+b") as f:
        f.write(b"X" * 16)  # the SQLite header: "file is not a database"
    ask = [sys.executable, "-m", "assistant", "retrieve", "Wie betaalt de tandarts bij een VPT?", "--json"]
    out = subprocess.run(ask, env=cli_env(hash_settings), cwd=str(ROOT), capture_output=True, text=True, timeout=300,
                         check=False)
    assert out.returncode == 2 and "python -m assistant index" in out.stderr and "Traceback" not in out.stderr
    rebuilt = subprocess.run([sys.executable, "-m", "assistant", "index", "--quiet"], env=cli_env(hash_settings),
                             cwd=str(ROOT), capture_output=True, text=True, timeout=300, check=False)
    assert rebuilt.returncode == 0, rebuilt.stderr
    again = subprocess.run(ask, env=cli_env(hash_settings), cwd=str(ROOT), capture_output=True, text=True, timeout=300,
                           check=False)
    assert again.returncode == 0 and json.loads(again.stdout)["retrieved"]


# --------------------------------------------------------------------------- a rebuild beside a running app


def _marked(s: Settings, marker: str) -> None:
    f = s.corpus_dir / "2025-09-08_kamerbrief_meerzorg-thuis.txt"
    text = f.read_text(encoding="utf-8")
    f.write_text(text.replace("Meerzorg is mogelijk binnen de instelling",
                              f"{marker} Meerzorg is mogelijk binnen de instelling", 1), encoding="utf-8")


@pytest.mark.integration  # real Chroma on disk (fake embedder), the rebuilds in another process
def test_a_running_assistant_keeps_answering_while_other_processes_rebuild(hash_settings: Settings) -> None:
    """Seen: ``python -m assistant index`` beside a running app deleted the build it served, and every later
    question got "De vectorindex gaf een fout" until a restart. Now the build before stays one generation and
    the running assistant moves to the new build at its next question."""
    from assistant.bootstrap import build_assistant

    first = build_index(hash_settings, progress=False)
    app = build_assistant(hash_settings)
    question = "Wie betaalt de tandarts bij een VPT?"
    before = app.ask(question)
    assert before.answerable and before.citations

    marker = "Controlezinzorgboerderijtoets"
    _marked(hash_settings, marker)
    out = run_cli(cli_env(hash_settings), "index")
    assert out.returncode == 0, out.stderr
    second = current_build(hash_settings.index_dir)
    assert second not in (None, first.build)
    builds = hash_settings.index_dir / "builds"
    assert sorted(d.name for d in builds.iterdir()) == sorted([first.build, str(second)])  # the old one stays
    assert app.retriever.search(question, 3)  # a question already under way on the old build still finds its files

    again = app.ask(question)  # the next question: on the new build, same answer
    assert app.retriever.build == second
    assert again.answer == before.answer and [c.passage.id for c in again.citations] == \
        [c.passage.id for c in before.citations]
    assert any(marker in h.passage.text for h in app.retriever.search(marker, 5, mode="lexical"))

    out = run_cli(cli_env(hash_settings), "index")
    assert out.returncode == 0, out.stderr
    third = current_build(hash_settings.index_dir)
    assert sorted(d.name for d in builds.iterdir()) == sorted([str(second), str(third)])  # two generations old: gone
    last = app.ask(question)
    assert "vectorindex" not in last.answer and last.answer == before.answer
    assert app.retriever.build == third


@pytest.mark.unit
def test_an_assistant_without_a_new_build_keeps_its_retriever(hash_settings: Settings) -> None:
    from assistant.bootstrap import build_assistant

    s = hash_settings.model_copy(update={"vector_store": "tests.fakes:memory_stores"})
    build_index(s, progress=False)
    app = build_assistant(s)
    assert not app.follow_index()  # nothing opened yet: nothing to follow
    app.ask("Wie betaalt de tandarts bij een VPT?")
    r = app.retriever
    assert not app.follow_index() and app.retriever is r
    (s.index_dir / "CURRENT").write_text("b-no-such-build")  # CURRENT naming a build that is not there
    assert not app.follow_index() and app.retriever is r
