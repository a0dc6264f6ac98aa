"""Which runtime embeds the questions (assistant/adapters/onnx_query.py, embedder.resolve_backend): ONNX Runtime
only on a verified export of exactly this model, PyTorch otherwise — and PyTorch again when the export cannot be
opened or made. No model is loaded here (the real export is checked in tests/integration/test_query_worker.py)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from assistant.adapters import onnx_query
from assistant.adapters.embedder import GemmaEmbedder, resolve_backend
from assistant.provision.embedding import MARKER as MODEL_MARKER
from assistant.settings import EmbeddingSettings

pytestmark = pytest.mark.unit


def _model(tmp_path: Path, fingerprint: str = "abc123") -> Path:
    model = tmp_path / "embeddinggemma-300m"
    model.mkdir()
    (model / MODEL_MARKER).write_text(fingerprint)
    return model


def _export(model: Path, **marker: Any) -> Path:
    out = onnx_query.export_dir(model)
    out.mkdir()
    (out / onnx_query.GRAPH).write_bytes(b"graph")
    stamp = {"format": onnx_query.FORMAT, "model": (model / MODEL_MARKER).read_text()}
    (out / onnx_query.MARKER).write_text(json.dumps(stamp | marker))
    return out


def test_an_export_counts_only_when_verified_for_exactly_this_model(tmp_path: Path) -> None:
    model = _model(tmp_path)
    assert not onnx_query.is_ready(model)  # nothing exported
    out = _export(model)
    assert onnx_query.is_ready(model)
    (model / MODEL_MARKER).write_text("another model")  # the model was pulled again: the export is stale
    assert not onnx_query.is_ready(model)
    (model / MODEL_MARKER).write_text("abc123")
    (out / onnx_query.MARKER).write_text(json.dumps({"format": onnx_query.FORMAT - 1, "model": "abc123"}))
    assert not onnx_query.is_ready(model)  # an older export format
    (out / onnx_query.MARKER).write_text("{kapot")
    assert not onnx_query.is_ready(model)  # a marker that cannot be read
    (out / onnx_query.MARKER).write_text(json.dumps({"format": onnx_query.FORMAT, "model": "abc123"}))
    (out / onnx_query.GRAPH).unlink()
    assert not onnx_query.is_ready(model)  # half-written: no graph


def test_the_backend_follows_the_setting_the_precision_and_the_export(tmp_path: Path,
                                                                      caplog: pytest.LogCaptureFixture) -> None:
    model = _model(tmp_path)
    assert resolve_backend("auto", "float32", model) == "torch"  # no export yet
    assert resolve_backend("onnx", "float32", model) == "torch"
    assert "models pull" in caplog.text  # asked for onnx without an export: said so in the log
    _export(model)
    assert resolve_backend("auto", "float32", model) == "onnx"
    assert resolve_backend("auto", "bfloat16", model) == "torch"  # native bfloat16 in PyTorch is as fast
    assert resolve_backend("auto", "int8", model) == "torch"
    assert resolve_backend("onnx", "bfloat16", model) == "onnx"  # asked for explicitly
    assert resolve_backend("torch", "float32", model) == "torch"
    with pytest.raises(ValueError):
        EmbeddingSettings(query_backend="tensorflow")  # type: ignore[arg-type]


class _TorchModel:
    def encode(self, texts: list[str], **_: Any) -> np.ndarray:
        return np.ones((len(texts), 4), np.float32) / 2.0


def test_an_export_that_cannot_be_opened_leaves_pytorch_answering(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    model = _model(tmp_path)
    _export(model)
    # the precision named: "auto" resolves to bfloat16 on a CPU that computes it natively, float32 elsewhere
    embedder = GemmaEmbedder(model, EmbeddingSettings(query_backend="onnx", query_precision="float32", dimensions=4))
    assert embedder.query_backend == "onnx"

    def broken(*_: Any, **__: Any) -> Any:
        raise RuntimeError("corrupt graph")

    monkeypatch.setattr(onnx_query, "OnnxQueryEncoder", broken)
    monkeypatch.setattr(GemmaEmbedder, "_query_model", property(lambda self: _TorchModel()))
    vecs = embedder.embed_queries(["Wie betaalt de tandarts?"])
    assert vecs.shape == (1, 4) and embedder.query_backend == "torch" and embedder.query_runtime == "torch-float32"


def test_without_onnxscript_no_export_is_made_and_the_user_is_told(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    model = _model(tmp_path)
    monkeypatch.setitem(sys.modules, "onnxscript", None)  # import fails
    assert onnx_query.export(model) is None
    assert "overgeslagen" in capsys.readouterr().err
    assert not onnx_query.export_dir(model).exists() and not onnx_query.is_ready(model)


def test_a_failed_export_leaves_nothing_behind(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    model = _model(tmp_path)
    from assistant.adapters import sentence_model

    def broken(*_: Any, **__: Any) -> Any:
        raise OSError("weights unreadable")

    monkeypatch.setattr(sentence_model, "load_sentence_transformer", broken)
    assert onnx_query.export(model) is None
    assert "niet gemaakt" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["embeddinggemma-300m"]  # no staging dir, no export


def test_an_export_into_a_folder_that_cannot_be_written_is_skipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    model = _model(tmp_path)

    def read_only(*_: Any, **__: Any) -> str:
        raise PermissionError("read-only file system")

    monkeypatch.setattr(onnx_query.tempfile, "mkdtemp", read_only)
    assert onnx_query.export(model) is None  # no traceback after "Model klaar en geverifieerd"
    assert "niet gemaakt" in capsys.readouterr().err


def test_a_worker_that_cannot_open_the_export_embeds_through_pytorch(tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    from assistant.adapters import query_worker
    from assistant.errors import ModelError

    model = _model(tmp_path)
    _export(model)
    started: list[str] = []

    class FakeWorker:
        def __init__(self, path: Path, precision: str, threads: int, backend: str = "torch") -> None:
            self.backend, self.pid = backend, 4242

        def start(self) -> None:
            if self.backend == "onnx":
                raise ModelError("kapot")
            started.append(self.backend)

        def __call__(self, texts: list[str]) -> np.ndarray:
            return np.ones((len(texts), 4), np.float32)

    monkeypatch.setattr(query_worker, "QueryWorker", FakeWorker)
    embedder = GemmaEmbedder(model, EmbeddingSettings(query_backend="onnx", dimensions=4))
    assert embedder.start_query_worker() == 4242
    assert started == ["torch"] and embedder.query_backend == "torch"
