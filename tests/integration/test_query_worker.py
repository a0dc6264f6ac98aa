"""The app's question-embedding worker process: vectors that rank the passages like in-process ones,
survives a killed worker, a broken model directory gives the Dutch provisioning message."""

from __future__ import annotations

import os
import signal
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import pytest

from assistant.adapters.embedder import GemmaEmbedder
from assistant.adapters.query_worker import QueryWorker
from assistant.errors import ModelError
from assistant.settings import Settings

if TYPE_CHECKING:
    from assistant.retrieval.search import Retriever
    from assistant.types import Hit

pytestmark = pytest.mark.integration

QUESTIONS = ["Wie betaalt de tandarts bij een VPT?", "Mogen wij C&A declareren voor NAH+ in 2026?",
             "Hoe lang mag een toeslag observatie duren?"]


@pytest.fixture(scope="module")
def embedder() -> GemmaEmbedder:
    from assistant.bootstrap import make_embedder

    e = make_embedder(Settings())
    assert isinstance(e, GemmaEmbedder)
    return e


# Worker and in-process vectors come from the same weights in the same precision, but with 1 thread against
# all cores: the sums inside every matrix product are split and added in another order. In bfloat16 (8
# significant bits, relative rounding up to 2^-8 ~ 0.004 per stored element; the precision on CPUs with
# AVX512-BF16 or AMX) such differences compound over the model's 24 layers. Measured: cosine 0.9985-0.9999
# between machines. For unit vectors cos = 1 - |a - b|^2 / 2, so the bound 0.99 allows a relative difference
# |a - b| up to 0.14 (~36 roundings' worth) and still fails on a wrong model, prompt or normalisation (cosines
# then drop below 0.95). In float32 the two agree to > 0.9999; the bound is the same for both.
MIN_COSINE = 0.99
RANKED_QUESTIONS = [*QUESTIONS, "Wat is meerzorg?", "Hoeveel plaatsen komen er bij voor LVHC-zorg?"]


@pytest.fixture(scope="module")
def retriever(tmp_path_factory: pytest.TempPathFactory, corpus_ro: Path, helpers: Any) -> Retriever:
    """An embedded index of the corpus with the real embedder (vectors from the shared embedding cache)."""
    from assistant.bootstrap import build_index, open_retriever

    settings = helpers.real_settings(tmp_path_factory.mktemp("worker-index"), corpus_ro)
    build_index(settings, progress=False)
    return open_retriever(settings)


def _same_ranking(local: list[Hit], remote: list[Hit], tol: float) -> bool:
    """The same passages in the same order; two neighbours may swap only when their in-process scores lie
    within ``tol`` of each other (a tie within rounding is no ranking difference)."""
    a, b = [h.passage.id for h in local], [h.passage.id for h in remote]
    if set(a) != set(b):
        return False
    score = {h.passage.id: h.raw["dense"] for h in local}
    return all(x == y or abs(score[x] - score[y]) < tol for x, y in zip(a, b, strict=True))


def test_worker_vectors_rank_the_passages_like_in_process_ones(embedder: GemmaEmbedder, retriever: Retriever) -> None:
    local = embedder._encode_queries(RANKED_QUESTIONS)
    worker = QueryWorker(embedder._path, embedder.query_precision, threads=1)
    worker.start()
    try:
        remote = worker(RANKED_QUESTIONS)
        assert remote.shape == local.shape
        with pytest.raises(ModelError):  # the tokenizer refuses a lone surrogate: the batch fails, not the worker
            worker(["één vraag", "kap\ud800ot"])
        assert worker(["één vraag"]).shape == (1, local.shape[1])
    finally:
        worker.stop()
    assert worker.pid is None
    cosines = np.sum(remote * local, axis=1)
    assert np.min(cosines) >= MIN_COSINE, cosines
    for q, lv, rv in zip(RANKED_QUESTIONS, local, remote, strict=True):
        here = retriever.search(q, 5, mode="dense", vector=lv)
        there = retriever.search(q, 5, mode="dense", vector=rv)
        # a cosine shift of at most 1 - MIN_COSINE moves a passage score by at most sqrt(2 (1 - MIN_COSINE))
        # in theory, in practice by far less: ties closer than 0.002 may swap
        assert _same_ranking(here, there, tol=0.002), (q, [h.passage.id for h in here], [h.passage.id for h in there])


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
        assert float(first @ again) >= MIN_COSINE  # bfloat16: see MIN_COSINE
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


def test_the_onnx_question_model_gives_the_vectors_of_sentence_transformers(embedder: GemmaEmbedder) -> None:
    """`models pull` (make setup) exported and verified the question model for ONNX Runtime; asked for it, the
    embedder uses it, in-process and in the worker, and its vectors are sentence-transformers' float32 ones —
    one by one, in one call with texts of unequal lengths, and for a text longer than the model's 512 tokens."""
    from assistant.adapters.onnx_query import is_ready
    from assistant.settings import EmbeddingSettings

    assert is_ready(embedder._path), "no verified ONNX export next to the model: run python -m assistant models pull"
    onnx = GemmaEmbedder(embedder._path, EmbeddingSettings(query_backend="onnx", query_cache=0))
    assert onnx.query_backend == "onnx" and onnx.query_runtime == "onnx"
    texts = [*RANKED_QUESTIONS, "Who pays?", "Mijn vader woont sinds maart in een verpleeghuis met VV5. " * 60]
    want = np.asarray(embedder._model.encode(texts, prompt_name="query", normalize_embeddings=True,
                                             convert_to_numpy=True, show_progress_bar=False, batch_size=1))
    got = onnx.embed_queries(texts)
    assert onnx._onnx is not None and onnx._qmodel is None  # ONNX Runtime answered, no torch copy was made
    assert np.min(np.sum(got * want, axis=1)) >= 0.9999
    assert np.allclose(np.linalg.norm(got, axis=1), 1.0, atol=1e-5)
    worker = QueryWorker(embedder._path, "float32", threads=1, backend="onnx")
    worker.start()
    try:
        assert np.min(np.sum(worker(texts) * want, axis=1)) >= 0.9999
        with pytest.raises(ModelError):  # a text the tokenizer refuses fails its batch, not the worker
            worker(["één vraag", "kap\ud800ot"])
        assert worker(["één vraag"]).shape == (1, want.shape[1])
    finally:
        worker.stop()
    torch_only = GemmaEmbedder(embedder._path, EmbeddingSettings(query_backend="torch"))
    assert torch_only.query_backend == "torch" and torch_only.query_runtime.startswith("torch-")
