from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"


@pytest.fixture
def corpus_copy(tmp_path: Path) -> Path:
    """A writable copy of the real corpus."""
    dst = tmp_path / "corpus"
    shutil.copytree(CORPUS, dst)
    return dst


@pytest.fixture
def hash_settings(tmp_path: Path, corpus_copy: Path) -> Settings:
    """Settings with the deterministic fake embedder, vectors in memory (no Chroma), everything under tmp_path."""
    return Settings(corpus_dir=corpus_copy, index_dir=tmp_path / "index", data_dir=tmp_path / "data",
                    embcache_dir=tmp_path / "embcache", embedder="tests.fakes:HashEmbedder",
                    vector_store="tests.fakes:memory_stores")
