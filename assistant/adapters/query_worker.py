"""Question embeddings in a separate process, for the app under concurrent use.

Why: a PyTorch forward pass runs hundreds of small operators, each re-taking Python's GIL. In the app the
same GIL is wanted by Gradio's event loop and by the answer pipeline of every other request, so under load
a question embedding that takes 25-35 ms alone took 80+ ms (measured: 25 users, 12 answers/s). A worker
process has its own interpreter and GIL: the app only sends texts and receives vectors.

The worker loads the same verified model directory — through ONNX Runtime where ``embedding.query_backend``
resolved to onnx (``onnx_query.py``), else in the precision of ``embedding.query_precision`` — and
answers one batch at a time over a pipe. It is started and stopped by the app; if it dies, the next batch
starts a new one, and a batch that cannot be answered raises ModelError (a Dutch message), never hangs.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing as mp
import threading
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

import numpy as np

from ..errors import ModelError

log = logging.getLogger(__name__)
START_TIMEOUT_S = 300.0
BATCH_TIMEOUT_S = 120.0


def _serve(conn: Connection, model_path: str, precision: str, threads: int,  # pragma: no cover - child
           backend: str = "torch") -> None:
    """The worker's loop: load the model, then embed every list of texts it receives."""
    import os

    # idle OpenMP threads sleep instead of spinning: measured 25 users, 17.5 vs 14-17 answers/s, and ~35% less
    # worker CPU left for the app's own threads on a small machine (set OMP_WAIT_POLICY to override)
    os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
    try:
        if backend == "onnx":
            from .onnx_query import OnnxQueryEncoder

            encode: Any = OnnxQueryEncoder(Path(model_path), threads)
            encode(["opwarmen"])
        else:
            encode = _torch_encoder(model_path, precision, threads)
    except Exception as exc:  # noqa: BLE001 - reported to the parent, which raises ModelError
        conn.send(("error", f"{type(exc).__name__}: {exc}"))
        return
    conn.send(("ready", None))
    while True:
        try:
            texts = conn.recv()
        except (EOFError, OSError):
            return
        if texts is None:
            return
        try:
            conn.send(("ok", np.asarray(encode(texts), dtype=np.float32)))
        except Exception as exc:  # noqa: BLE001 - one bad batch does not end the worker
            conn.send(("error", f"{type(exc).__name__}: {exc}"))


def _torch_encoder(model_path: str, precision: str, threads: int) -> Any:  # pragma: no cover - child
    """sentence-transformers in ``precision``, warmed up: texts -> normalised vectors."""
    import torch

    from .sentence_model import load_sentence_transformer

    model = load_sentence_transformer(Path(model_path), threads=threads, bfloat16=precision == "bfloat16")
    for p in model.parameters():
        p.requires_grad_(False)
    if precision == "int8":
        model = torch.ao.quantization.quantize_dynamic(model, {torch.nn.Linear},  # type: ignore[no-untyped-call]
                                                       dtype=torch.qint8)
    model.encode(["opwarmen"], prompt_name="query", convert_to_numpy=True, show_progress_bar=False)

    def encode(texts: list[str]) -> Any:
        return model.encode(texts, prompt_name="query", normalize_embeddings=True, convert_to_numpy=True,
                            show_progress_bar=False, batch_size=max(1, len(texts)))

    return encode


class QueryWorker:
    """A child process that embeds questions; ``__call__(texts)`` is the QueryBatcher's function."""

    def __init__(self, model_path: Path, precision: str, threads: int, backend: str = "torch") -> None:
        self.model_path = str(model_path)
        self.precision = precision
        self.backend = backend
        self.threads = threads
        self._proc: Any = None
        self._conn: Connection | None = None
        self._lock = threading.Lock()

    def start(self) -> None:
        with self._lock:
            self._start()

    def _start(self) -> None:
        ctx = mp.get_context("spawn")  # a clean interpreter: no copied threads or locks
        parent, child = ctx.Pipe()
        proc = ctx.Process(target=_serve, args=(child, self.model_path, self.precision, self.threads, self.backend),
                           name="wlz-query-embedder", daemon=True)
        proc.start()
        child.close()
        if not parent.poll(START_TIMEOUT_S):
            proc.kill()
            raise ModelError("Het embeddingmodel startte niet op tijd in het hulpproces.",
                             detail=f"no answer within {START_TIMEOUT_S:.0f} s")
        try:
            status, detail = parent.recv()
        except EOFError as exc:
            raise ModelError("Het hulpproces voor het embeddingmodel stopte bij het starten.",
                             detail=f"exit code {proc.exitcode}") from exc
        if status != "ready":
            proc.join(5)
            raise ModelError("Het embeddingmodel kon niet worden geladen. Voer opnieuw uit: "
                             "python -m assistant models pull", detail=str(detail))
        self._proc, self._conn = proc, parent
        log.info("query embedder worker started (pid %s, %s)", proc.pid,
                 "onnx" if self.backend == "onnx" else self.precision)

    def __call__(self, texts: list[str]) -> np.ndarray:
        with self._lock:  # one batch at a time (the QueryBatcher already sends them one by one)
            if self._proc is None or not self._proc.is_alive():
                log.warning("query embedder worker not running; starting it")
                self._start()
            conn = self._conn
            assert conn is not None
            try:
                conn.send(list(texts))
                if not conn.poll(BATCH_TIMEOUT_S):
                    raise TimeoutError(f"no answer within {BATCH_TIMEOUT_S:.0f} s")
                status, payload = conn.recv()
            except (EOFError, OSError, TimeoutError) as exc:
                self._stop_locked()
                raise ModelError("Het embeddingmodel reageerde niet; probeer het opnieuw.",
                                 detail=f"{type(exc).__name__}: {exc}") from exc
        if status != "ok":
            raise ModelError("De vraag kon niet worden omgezet voor het zoeken.", detail=str(payload))
        return np.asarray(payload, dtype=np.float32)

    def stop(self) -> None:
        with self._lock:
            self._stop_locked()

    def _stop_locked(self) -> None:
        if self._conn is not None:
            with contextlib.suppress(OSError, ValueError):  # a dead worker cannot be told to stop
                self._conn.send(None)
            self._conn.close()
        if self._proc is not None:
            self._proc.join(5)
            if self._proc.is_alive():
                self._proc.kill()
        self._proc, self._conn = None, None

    @property
    def pid(self) -> int | None:
        return self._proc.pid if self._proc is not None and self._proc.is_alive() else None
