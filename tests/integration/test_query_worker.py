"""The app's question-embedding worker process: same vectors as in-process, survives a killed worker,
a broken model directory gives the Dutch provisioning message."""

from __future__ import annotations

import os
import signal
import threading
from pathlib import Path

import numpy as np
import pytest

from assistant.adapters.embedder import GemmaEmbedder, get_embedder
from assistant.adapters.query_worker import QueryWorker
from assistant.errors import ModelError
from assistant.settings import Settings

pytestmark = pytest.mark.integration

QUESTIONS = ["Wie betaalt de tandarts bij een VPT?", "Mogen wij C&A declareren voor NAH+ in 2026?",
             "Hoe lang mag een toeslag observatie duren?"]


@pytest.fixture(scope="module")
def embedder() -> GemmaEmbedder:
    e = get_embedder(Settings())
    assert isinstance(e, GemmaEmbedder)
    return e


def test_worker_vectors_match_in_process_ones(embedder: GemmaEmbedder) -> None:
    local = embedder._encode_queries(QUESTIONS)
    worker = QueryWorker(embedder._path, embedder.query_precision, threads=1)
    worker.start()
    try:
        remote = worker(QUESTIONS)
        assert remote.shape == local.shape
        assert np.min(np.sum(remote * local, axis=1)) > 0.999
        assert worker(["één vraag"]).shape == (1, local.shape[1])
    finally:
        worker.stop()
    assert worker.pid is None


def test_a_killed_worker_is_replaced(embedder: GemmaEmbedder) -> None:
    embedder.clear_cache()
    pid = embedder.start_query_worker()
    try:
        assert pid is not None
        first = embedder.embed_query(QUESTIONS[0])
        os.kill(pid, signal.SIGKILL)
        embedder.clear_cache()
        try:
            again = embedder.embed_query(QUESTIONS[0])
        except ModelError:  # the batch in flight may fail with a Dutch message; the next one is answered
            again = embedder.embed_query(QUESTIONS[0])
        assert float(first @ again) > 0.99  # bfloat16: tiny differences between runs
        assert embedder._worker.pid not in (None, pid)
        # concurrent questions still share the worker
        out: list[np.ndarray] = []
        threads = [threading.Thread(target=lambda q=q: out.append(embedder.embed_query(q + "?"))) for q in QUESTIONS]
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)
        assert len(out) == len(QUESTIONS)
    finally:
        embedder.stop_query_worker()
        embedder.clear_cache()


def test_a_broken_model_directory_names_the_pull_command(tmp_path: Path) -> None:
    (tmp_path / "config.json").write_text("{kapot")
    worker = QueryWorker(tmp_path, "float32", threads=1)
    with pytest.raises(ModelError, match="python -m assistant models pull"):
        worker.start()
