"""The LLM answer backend against a real local model (Qwen2.5-Coder-1.5B-Instruct Q4_K_M, GGUF).

Needs the verified GGUF (``python -m assistant.provision.llm pull``) and either llama-cpp-python (extra ``gguf``)
or a ``llama-server`` binary on PATH. Skipped, never faked, when those are absent.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import socket
import subprocess
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.answer.llm import NOTICE_UNREACHABLE, LLMComposer, LLMResult
from assistant.answer.support import check_sentences, markers
from assistant.corpus import load_manifest
from assistant.provision.llm import GGUF_SHA256, GGUF_SIZE, default_gguf_path, sha256_file
from assistant.retrieval.text import header
from assistant.settings import ROOT, LLMSettings, Settings
from assistant.types import Citation, Hit, Passage
from tests.processes import stop_process

pytestmark = pytest.mark.llm

GGUF = Path(os.environ.get("WLZ_TEST_GGUF", default_gguf_path()))
TIMEOUT_S = 180.0
QUESTION = "Wat is meerzorg en waar is het mogelijk?"


def _verified_gguf() -> Path:
    if not GGUF.exists():
        pytest.skip(f"LLM-model absent: {GGUF} (python -m assistant.provision.llm pull)")
    if GGUF.stat().st_size != GGUF_SIZE or sha256_file(GGUF) != GGUF_SHA256:
        pytest.skip(f"LLM-model at {GGUF} fails its sha256/size check; re-run python -m assistant.provision.llm pull")
    return GGUF


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def llm_settings(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Settings]:
    gguf = _verified_gguf()
    if importlib.util.find_spec("llama_cpp") is not None:
        yield Settings(llm=LLMSettings(backend="llamacpp", gguf_path=gguf, timeout_s=TIMEOUT_S))
        return
    server = shutil.which("llama-server")
    if server is None:
        pytest.skip("neither llama-cpp-python (pip install 'wlz-assistent[gguf]') nor llama-server is installed")
    port = _free_port()
    log = (tmp_path_factory.mktemp("llama") / "server.log").open("w")
    proc = subprocess.Popen([server, "-m", str(gguf), "--port", str(port), "-c", "4096"], stdout=log, stderr=log)
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                time.sleep(1)
        else:
            pytest.skip("llama-server did not become healthy within 120 s")
        yield Settings(llm=LLMSettings(backend="openai", model="qwen", base_url=f"http://127.0.0.1:{port}/v1",
                                       timeout_s=TIMEOUT_S))
    finally:
        stop_process(proc, timeout=30)
        log.close()


def _passages() -> list[Passage]:
    meta = next(m for m in load_manifest(ROOT / "corpus" / "manifest.toml") if "meerzorg" in m.file)
    text = (ROOT / "corpus" / meta.file).read_text(encoding="utf-8")
    wanted = ("Meerzorg is extra zorg", "Meerzorg is mogelijk binnen", "Het Zorginstituut heeft in oktober 2023")
    out = []
    for para in text.split("\n"):
        if para.startswith(wanted):
            start = text.index(para)
            out.append(Passage(meta.id, meta.title, meta.kind, meta.date, ("Meerzorg",), None, start,
                               start + len(para), para.strip()))
    assert len(out) == 3, "corpus paragraphs for the test moved"
    return out


def test_real_model_answer_is_grounded(llm_settings: Settings) -> None:
    from assistant.adapters.llm import make_chat_model

    passages = _passages()
    hits = [Hit(p, 1.0 - i / 10) for i, p in enumerate(passages)]
    fallback_used = []

    def extractive() -> tuple[str, list[Citation]]:
        fallback_used.append(True)
        return "Meerzorg is extra zorg vanwege een bijzondere zorgbehoefte. [1]", [Citation(1, passages[0], "…")]

    model = make_chat_model(llm_settings.llm)
    composer = LLMComposer(model, timeout_s=llm_settings.llm.timeout_s)
    t0 = time.perf_counter()
    try:
        items = list(composer.stream(QUESTION, hits, None, extractive))
    finally:
        model.close()  # free a loaded GGUF now (its own finaliser can fail at interpreter exit)
    latency = time.perf_counter() - t0
    result = items[-1]
    assert isinstance(result, LLMResult)
    print(f"\nlatency {latency:.1f} s, used_llm={result.used_llm}, removed={len(result.removed)}")
    print(f"raw: {result.raw!r}\nfinal: {result.text!r}")

    assert result.notice != NOTICE_UNREACHABLE, "the real model failed or timed out"
    assert result.raw, "the model wrote nothing"
    texts = [x for x in items[:-1] if isinstance(x, str)]
    assert len(texts) >= 3 and texts[-1] == result.text  # streamed pieces, then the checked text
    if result.used_llm:
        assert not fallback_used
        sources = {c.n: f"{header(c.passage)}\n{c.passage.text}" for c in result.citations}
        checks = check_sentences(result.text, sources)
        assert checks and all(c.supported for c in checks)
        assert {n for c in checks for n in markers(c.text)} == {c.n for c in result.citations}
    else:
        assert fallback_used
