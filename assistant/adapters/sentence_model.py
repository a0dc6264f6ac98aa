"""Loading the verified sentence-transformers model: shared by the app's process (``adapters/embedder.py``)
and the question worker (``adapters/query_worker.py``), which therefore do not import each other."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any


def load_sentence_transformer(path: Path, *, threads: int, bfloat16: bool = False) -> Any:
    """The verified local model, offline, no remote code; in bfloat16 straight from the files when asked."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    import torch
    from sentence_transformers import SentenceTransformer

    torch.set_num_threads(threads)
    model = SentenceTransformer(str(path), device="cpu", local_files_only=True, trust_remote_code=False,
                                model_kwargs={"dtype": torch.bfloat16} if bfloat16 else {})
    model.max_seq_length = 512
    if bfloat16:
        model = model.to(torch.bfloat16)  # the modules outside the transformer (pooling, dense) too
    return model
