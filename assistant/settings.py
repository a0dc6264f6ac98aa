"""One typed settings object, read from environment variables with the ``WLZ_`` prefix.

Nested groups use ``__``: ``WLZ_CHROMA__MODE=http``, ``WLZ_APP__PORT=8080``.
Nothing here has side effects at import time; call :func:`get_settings`.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field
from pydantic_settings import BaseSettings, SettingsConfigDict

ROOT = Path(__file__).resolve().parent.parent


def _cache_home() -> Path:
    import os

    return Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "wlz-assistent"


class ChromaSettings(BaseModel):
    mode: Literal["embedded", "http"] = Field("embedded", description="embedded PersistentClient or a Chroma server")
    host: str = "127.0.0.1"
    port: int = 8000
    ssl: bool = False
    headers: dict[str, str] = Field(default_factory=dict, description="e.g. an auth header for the server")
    collection: str = "wlz_passages"


class EmbeddingSettings(BaseModel):
    model_id: str = "google/embeddinggemma-300m"
    revision: str | None = Field(None, description="hub revision; file contents are pinned by data/embeddinggemma-300m.sha256")
    local_dir: Path | None = Field(None, description="a local model directory; wins over everything else")
    cache_dir: Path = Field(default_factory=lambda: _cache_home() / "models")
    batch_size: int = 8
    query_precision: Literal["auto", "float32", "bfloat16", "int8"] = Field(
        "auto", description="precision of the model copy that embeds questions (documents: document_precision). "
        "auto = bfloat16 where the CPU computes it natively (avx512_bf16 / amx), else float32. Measured here: "
        "bfloat16 2-3x faster, same retrieval; int8 faster still but held-out MRR 0.84 -> 0.80")
    query_cache: int = Field(2048, description="recent query vectors kept in memory (0 = off)")
    document_precision: Literal["auto", "float32", "bfloat16"] = Field(
        "auto", description="precision of the model that embeds passages at index time. auto = bfloat16 where the "
        "CPU computes it natively (the question model's bf16 copy), else float32. Measured here: adding a 40-page "
        "PDF 84 -> 42 s, a full build 5 min -> 70 s, cosine to float32 >= 0.998, identical R@k and MRR on dev and "
        "test. The shipped vectors (corpus/vectors) are float32")
    title_in_prompt: bool = Field(True, description="put document title + section in the model's title slot "
                                  "(measured better than a header in the text: evals/reports)")
    dimensions: int = 768


class RetrievalSettings(BaseModel):
    k: int = 5
    candidates: int = 60
    # Fusion measured on the dev set (python -m evals retrieval): a weighted sum of normalised scores,
    # 0.4 lexical / 0.6 dense, beat reciprocal rank fusion (k 5..60, weights 1..2). Every candidate gets both
    # scores; z-scores held up on a corpus ×10 (R@5 0.88 -> 0.985) where top-60 min-max lists did not.
    fusion: Literal["zscore", "minmax", "rrf"] = "zscore"
    rrf_k: int = 60
    dense_weight: float = 0.6
    lexical_weight: float = 0.4
    chunk_chars: int = 900
    overlap_sentences: int = 2


class LLMSettings(BaseModel):
    backend: Literal["none", "ollama", "openai", "llamacpp"] = "none"
    model: str = ""
    base_url: str = ""
    api_key: str = "not-needed"
    gguf_path: Path | None = None
    timeout_s: float = 60.0
    temperature: float = 0.0


class AppSettings(BaseModel):
    host: str = "127.0.0.1"
    port: int = 7860
    concurrency: int = Field(16, description="questions answered at the same time; more share one embedding batch "
                             "(measured: 25 users, p95 1.6 s at 16)")
    users: dict[str, str] = Field(default_factory=dict, description="user -> pbkdf2 hash, required off localhost")
    admin: bool = Field(False, description="allow adding documents through the UI")
    query_worker: bool = Field(True, description="embed questions in a separate process (measured: more answers/s "
                               "under concurrent use, see docs/operations.md)")


class LimitsSettings(BaseModel):
    """Every size limit at a boundary, in one place; each one gives a Dutch message that names it."""

    question_chars: int = Field(2000, description="characters in one question")
    history_turns: int = Field(40, description="conversation turns sent along with a question")
    history_chars: int = Field(20_000, description="characters of all history turns together")
    facts: int = Field(40, description="facts passed with a question or to the rule check")
    feedback_chars: int = Field(4000, description="characters in one feedback field")
    feedback_citations: int = Field(50, description="citations in one feedback record")
    upload_mb: int = Field(50, description="size of an uploaded or added file (MB, as stored)")
    unpacked_mb: int = Field(100, description="size of a document once unpacked (DOCX is a zip; MB)")
    document_chars: int = Field(3_000_000, description="characters of text in one document")
    document_pages: int = Field(500, description="pages in one PDF")
    document_passages: int = Field(5000, description="passages from one document")
    document_seconds: float = Field(120.0, description="time to read and clean one document at add")


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="WLZ_", env_nested_delimiter="__", extra="ignore")

    corpus_dir: Path = ROOT / "corpus"
    index_dir: Path = ROOT / "index"
    data_dir: Path = ROOT / "data"
    embcache_dir: Path = Field(default_factory=lambda: _cache_home() / "embcache",
                               description="vectors by content hash: re-indexing embeds only changed passages")
    vector_store: str = Field("chroma", description="'chroma' (see chroma), or a factory 'module:callable' of "
                              "VectorStores (tests: 'tests.fakes:memory_stores', in one process only)")
    embedder: str = Field("gemma", description="'gemma', or a factory 'module:callable' (tests: 'tests.fakes:HashEmbedder')")
    chroma: ChromaSettings = Field(default_factory=ChromaSettings)
    embedding: EmbeddingSettings = Field(default_factory=EmbeddingSettings)
    retrieval: RetrievalSettings = Field(default_factory=RetrievalSettings)
    llm: LLMSettings = Field(default_factory=LLMSettings)
    app: AppSettings = Field(default_factory=AppSettings)
    limits: LimitsSettings = Field(default_factory=LimitsSettings)

    @property
    def manifest_path(self) -> Path:
        return self.corpus_dir / "manifest.toml"


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
