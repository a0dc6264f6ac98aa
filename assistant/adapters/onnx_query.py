"""Questions embedded with ONNX Runtime: the same float32 model, exported once by ``python -m assistant models pull``.

Why: on a CPU without native bfloat16 a question's forward pass through PyTorch is most of ``ask``'s time. The same
graph run by ONNX Runtime (already installed: chromadb depends on it) gives the same vectors about twice as fast
(measured on 2 AVX2 cores, 40 dev questions one at a time: median 75 vs 170 ms, p95 102 vs 212 ms; cosine to
sentence-transformers' vector >= 0.99999). Documents are still embedded by sentence-transformers.

The export (``torch.onnx.export``, dynamo exporter with onnxscript) holds the whole sentence-transformers pipeline
— transformer, mean pooling over the prompt and the text, both dense layers, normalisation — so the only Python
left per question is the tokenizer. It is verified before it is used: the probe texts (short, long, English, one
longer than the model's 512 tokens, and a padded batch) must give the vectors sentence-transformers gives, else the
export is thrown away and questions keep going through PyTorch. (Several texts are run one at a time, so no run is
padded; the graph's batch axis is dynamic all the same.) A marker written last, with the model's own
verification fingerprint, says the export belongs to this model; a half-written export has no marker and is
never loaded.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np

log = logging.getLogger(__name__)

FORMAT = 1  # bump when the exported graph's inputs or outputs change
MARKER = "verified.json"
GRAPH = "query.onnx"
MAX_TOKENS = 512  # the model's max_seq_length (adapters/sentence_model.py)
MIN_COSINE = 0.9999
PROBES = (
    "Mogen wij C&A declareren voor NAH+?",
    "Wie betaalt de rolstoel van mijn moeder in het verpleeghuis?",
    "Who pays for the dentist with a VPT?",
    "Hallo, mijn vader (84) woont sinds maart in een verpleeghuis met een indicatie VV5. " * 40,  # > 512 tokens
)


def export_dir(model_path: Path) -> Path:
    """Where the export of the model in ``model_path`` lives: next to it, in the same cache."""
    return model_path.parent / f"{model_path.name}-onnx"


def _stamp(model_path: Path) -> dict[str, Any]:
    """What the export must match: the model's verification fingerprint (its marker) and this format."""
    from ..provision.embedding import MARKER as MODEL_MARKER

    try:
        model_marker = (model_path / MODEL_MARKER).read_text().strip()
    except OSError:
        model_marker = ""
    return {"format": FORMAT, "model": model_marker}


def is_ready(model_path: Path) -> bool:
    """True when a verified export of exactly this model is present."""
    out = export_dir(model_path)
    try:
        marker = json.loads((out / MARKER).read_text())
    except (OSError, ValueError):
        return False
    stamp = _stamp(model_path)
    return bool(stamp["model"]) and all(marker.get(k) == v for k, v in stamp.items()) and (out / GRAPH).exists()


def _query_prompt(model_path: Path) -> str:
    config = json.loads((model_path / "config_sentence_transformers.json").read_text())
    return str(config["prompts"]["query"])


class OnnxQueryEncoder:
    """``__call__(texts)`` -> normalised float32 vectors, one row per text (the QueryBatcher's function)."""

    def __init__(self, model_path: Path, threads: int, directory: Path | None = None) -> None:
        import onnxruntime as ort
        from transformers import AutoTokenizer

        options = ort.SessionOptions()
        options.intra_op_num_threads = max(1, threads)
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        options.log_severity_level = 3
        # idle threads sleep instead of spinning: the answer pipeline's own Python work shares the cores (measured on
        # 2 cores, 203 dev questions: ask p50 160-174 -> 133-148 ms, p95 347-407 -> 321-332 ms)
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        graph = (directory or export_dir(model_path)) / GRAPH
        self._session = ort.InferenceSession(str(graph), options, providers=["CPUExecutionProvider"])
        self._tokenizer = AutoTokenizer.from_pretrained(str(model_path), local_files_only=True)
        self._prompt = _query_prompt(model_path)

    def __call__(self, texts: list[str]) -> np.ndarray:
        if len(texts) > 1:  # one run per text: no padding to the longest (a two-part question's parts are short)
            return np.vstack([self(texts[i : i + 1]) for i in range(len(texts))])
        enc = self._tokenizer([self._prompt + t for t in texts], padding=True, truncation=True,
                              max_length=MAX_TOKENS, return_tensors="np")
        vecs = self._session.run(None, {"input_ids": enc["input_ids"].astype(np.int64),
                                        "attention_mask": enc["attention_mask"].astype(np.int64)})[0]
        out: np.ndarray = np.asarray(vecs, dtype=np.float32)
        out /= np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-12)
        return out


def _agreement(encoder: OnnxQueryEncoder, model: Any) -> float:
    """The lowest cosine between the export's vectors and sentence-transformers' on the probes (one by one and in one
    call)."""
    want = np.asarray(model.encode(list(PROBES), prompt_name="query", normalize_embeddings=True,
                                   convert_to_numpy=True, show_progress_bar=False, batch_size=1), dtype=np.float32)
    one_by_one = np.vstack([encoder([p]) for p in PROBES])
    batch = encoder(list(PROBES))
    return float(min((one_by_one * want).sum(axis=1).min(), (batch * want).sum(axis=1).min()))


def export(model_path: Path, *, threads: int | None = None) -> Path | None:
    """Export and verify the question model once; returns the export's directory, or None when it cannot be made
    here (then questions go through PyTorch, as before). Idempotent: a verified export of this model is kept."""
    out = export_dir(model_path)
    if is_ready(model_path):
        return out
    try:
        import onnxruntime  # noqa: F401
        import onnxscript  # noqa: F401
        import torch
    except ImportError as exc:
        print(f"Vraagmodel voor ONNX Runtime overgeslagen ({exc.name} ontbreekt); vragen gaan via PyTorch.",
              file=sys.stderr)
        return None
    from .sentence_model import load_sentence_transformer

    threads = threads or max(1, os.cpu_count() or 1)
    print("Vraagmodel voor ONNX Runtime exporteren (eenmalig, 1-3 minuten) …", file=sys.stderr)
    started = time.perf_counter()
    staging: Path | None = None
    try:
        staging = Path(tempfile.mkdtemp(prefix="onnx-", dir=model_path.parent))  # a read-only cache: caught below
        model = load_sentence_transformer(model_path, threads=threads).eval()

        class _Pipeline(torch.nn.Module):
            def __init__(self, st: Any) -> None:
                super().__init__()
                self.st = st

            def forward(self, input_ids: Any, attention_mask: Any) -> Any:
                return self.st({"input_ids": input_ids, "attention_mask": attention_mask})["sentence_embedding"]

        sample = model.tokenizer([_query_prompt(model_path) + PROBES[0]], return_tensors="pt")
        batch, seq = torch.export.Dim("batch"), torch.export.Dim("sequence", min=2, max=MAX_TOKENS)
        with torch.no_grad():
            torch.onnx.export(_Pipeline(model).eval(), (sample["input_ids"], sample["attention_mask"]),
                              str(staging / GRAPH), input_names=["input_ids", "attention_mask"],
                              output_names=["sentence_embedding"], dynamo=True, verbose=False,
                              dynamic_shapes={"input_ids": {0: batch, 1: seq}, "attention_mask": {0: batch, 1: seq}})
        agreement = _agreement(OnnxQueryEncoder(model_path, threads, staging), model)
        if agreement < MIN_COSINE:
            print(f"Vraagmodel voor ONNX Runtime afgekeurd (cosinus {agreement:.6f} < {MIN_COSINE}); vragen gaan "
                  "via PyTorch.", file=sys.stderr)
            return None
        seconds = time.perf_counter() - started
        (staging / MARKER).write_text(json.dumps({**_stamp(model_path), "min_cosine": round(agreement, 7),
                                                  "torch": torch.__version__, "seconds": round(seconds, 1)}))
        if out.exists():
            shutil.rmtree(out)
        staging.replace(out)
        print(f"Vraagmodel voor ONNX Runtime klaar en geverifieerd in {seconds:.0f} s (cosinus {agreement:.6f}).",
              file=sys.stderr)
        return out
    except Exception as exc:  # noqa: BLE001 - an export that fails leaves PyTorch answering, never a broken model
        log.warning("ONNX export failed: %s: %s", type(exc).__name__, exc)
        print(f"Vraagmodel voor ONNX Runtime niet gemaakt ({type(exc).__name__}); vragen gaan via PyTorch.",
              file=sys.stderr)
        return None
    finally:
        if staging is not None and staging.exists():
            shutil.rmtree(staging, ignore_errors=True)


__all__ = ["OnnxQueryEncoder", "export", "export_dir", "is_ready"]
