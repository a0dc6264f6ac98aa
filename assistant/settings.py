"""One typed settings object, read from environment variables with the ``WLZ_`` prefix.

Nested groups use ``__``: ``WLZ_CHROMA__MODE=http``, ``WLZ_APP__PORT=8080``.
Nothing here has side effects at import time; call :func:`get_settings`.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, Field, ValidationError, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict, SettingsError

ROOT = Path(__file__).resolve().parent.parent


def _cache_home() -> Path:
    import os

    return Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "wlz-assistent"


class ChromaSettings(BaseModel):
    mode: Literal["embedded", "http"] = Field("embedded", description="embedded PersistentClient or a Chroma server")
    host: str = "127.0.0.1"
    port: int = Field(8000, ge=1, le=65535)
    ssl: bool = False
    headers: dict[str, str] = Field(default_factory=dict, description="e.g. an auth header for the server")
    collection: str = "wlz_passages"


class EmbeddingSettings(BaseModel):
    model_id: str = "google/embeddinggemma-300m"
    revision: str | None = Field(None, description="hub revision; file contents are pinned by data/embeddinggemma-300m.sha256")
    local_dir: Path | None = Field(None, description="a local model directory; wins over everything else")
    cache_dir: Path = Field(default_factory=lambda: _cache_home() / "models")
    batch_size: int = Field(8, ge=1, le=1024)
    query_precision: Literal["auto", "float32", "bfloat16", "int8"] = Field(
        "auto", description="precision of the model copy that embeds questions (documents: document_precision). "
        "auto = bfloat16 where the CPU computes it natively (avx512_bf16 / amx), else float32. Measured here: "
        "bfloat16 2-3x faster, same retrieval; int8 faster still but held-out MRR 0.84 -> 0.80")
    query_backend: Literal["auto", "torch", "onnx"] = Field(
        "auto", description="what runs the question model. onnx = ONNX Runtime on the float32 export that `models "
        "pull` makes and verifies (adapters/onnx_query.py; measured on 2 AVX2 cores: 75 vs 170 ms per question, "
        "same vectors); torch = sentence-transformers in query_precision. auto = onnx where the export is present "
        "and the question precision is float32, else torch")
    query_cache: int = Field(2048, ge=0, description="recent query vectors kept in memory (0 = off)")
    document_precision: Literal["auto", "float32", "bfloat16"] = Field(
        "auto", description="precision of the model that embeds passages at index time. auto = bfloat16 where the "
        "CPU computes it natively (the question model's bf16 copy), else float32. Measured here: adding a 40-page "
        "PDF 84 -> 42 s, a full build 5 min -> 70 s, cosine to float32 >= 0.998, identical R@k and MRR on dev and "
        "test. The shipped vectors (corpus/vectors) are float32")
    title_in_prompt: bool = Field(True, description="put document title + section in the model's title slot "
                                  "(measured better than a header in the text: evals/reports)")
    dimensions: int = Field(768, ge=1)


class RetrievalSettings(BaseModel):
    k: int = Field(5, ge=1, le=100)
    candidates: int = Field(60, ge=1, le=10_000)
    # Fusion measured on the dev set (python -m evals retrieval): a weighted sum of normalised scores,
    # 0.4 lexical / 0.6 dense, beat reciprocal rank fusion (k 5..60, weights 1..2). Every candidate gets both
    # scores; z-scores held up on a corpus ×10 (R@5 0.88 -> 0.985) where top-60 min-max lists did not.
    # 2026-12-01, on the two user-style tuning sets (python -m evals retrieval --set users-dev / users3-dev, R@5):
    # dense 0.5 → 0.886 / 0.807, 0.6 → 0.909 / 0.855, 0.7 → 0.914 / 0.892, 0.8 → 0.914 / 0.904 (dev 0.985 for all);
    # users write fewer of the documents' own words, so meaning weighs more: 0.7 / 0.3 (best MRR on both).
    fusion: Literal["zscore", "minmax", "rrf"] = "zscore"
    rrf_k: int = Field(60, ge=1)
    dense_weight: float = Field(0.7, ge=0, allow_inf_nan=False)
    lexical_weight: float = Field(0.3, ge=0, allow_inf_nan=False)
    # a third ranker: each passage scored by its closest sentence (the build's sentence vectors); 0 turns it off.
    # 2026-12-02 on the eight user-style tuning splits (695 answerable questions with gold quotes, pooled; per split: python -m evals retrieval --set usersN-dev):
    # sentence 0 -> 0.2 / 0.3 / 0.4 gave R@1 0.688 -> 0.702 / 0.707 / 0.711, R@5 0.914 -> 0.925 / 0.925 / 0.921,
    # MRR 0.786 -> 0.796 / 0.799 / 0.800; dense 0.6 or 0.8, lexical 0.2 around it were no better. 0.15 (R@1 0.698,
    # R@5 0.922, MRR 0.793) is kept: in the answers of the seven users3..9 dev splits it cited the gold passage as
    # often as 0.3 (sum over the splits 6.186 -> 6.303 vs 6.297) and lost fewer list items (6.523 -> 6.449 vs 6.396).
    sentence_weight: float = Field(0.15, ge=0, allow_inf_nan=False)
    # text that names the AWBZ (the law before 2015: the Wlz's transitional articles, a letter's history) is lowered by
    # this much in the fused score unless the question asks about that transition: "Wanneer kom je in aanmerking voor
    # de Wlz?" got four transitional articles in its top ten and not art. 3.2.1 (with the penalty it still does not reach
    # art. 3.2.1, and is refused; what it did change is below). 2026-12-03, the twelve tuning splits
    # pooled (981 answerable questions): 0 → 0.6 / 1.0 / 1.5 / 3.0 gave R@5 0.922 → 0.924 / 0.924 / 0.924 / 0.923,
    # R@1 0.701 → 0.701 (0.699 at 3.0), MRR 0.793 → 0.794. 0.6 is kept: at 1.0 one unanswerable tuning question
    # lost its refusal to an unrelated value. Chapter 11 as a whole was not lowered: art. 11.1.9 (no mobility aids at
    # home "tot een bij koninklijk besluit vast te stellen tijdstip") is still in force.
    former_law_penalty: float = Field(0.6, ge=0, allow_inf_nan=False)
    chunk_chars: int = Field(900, ge=100, le=100_000)
    overlap_sentences: int = Field(2, ge=0, le=20)


class AnswerSettings(BaseModel):
    """The answerability checks' thresholds (assistant/answer/gate.py), measured on evals/data/users dev split
    with ``python -m evals answers --set users-dev``; see docs/answers.md before changing them."""

    min_dense: float = Field(0.40, description="below this cosine and below min_lexical: nothing relevant")
    min_lexical: float = Field(5.0, description="BM25 score below which a passage is not lexically relevant")
    oov_share: float = Field(0.5, description="share of question words unknown to the index that refuses …")
    oov_max_dense: float = Field(0.55, description="… unless a passage is this close in meaning")
    prior_trusted: float = Field(2.0, description="a question prior (log-odds) from which the word-level checks "
                                 "unknown_terms and not_relevant leave the decision to the calibrated score")
    value_passages: int = Field(5, description="top passages searched for the value a question asks for")
    name_max_df: int = Field(3, description="a capitalised word in at most this many passages is a name (\"Fivoor\"); "
                             "more often it is a common word at the start of a heading (\"Organisatie\")")
    topic_max_df: float = Field(0.03, description="a question word in at most this share of passages names its "
                                "topic; the value must stand next to one of them")


class LLMSettings(BaseModel):
    backend: Literal["none", "ollama", "openai", "llamacpp"] = "none"
    model: str = ""
    base_url: str = ""
    api_key: str = "not-needed"
    gguf_path: Path | None = None
    timeout_s: float = Field(60.0, gt=0, allow_inf_nan=False)
    temperature: float = Field(0.0, ge=0, le=2, allow_inf_nan=False)


class AppSettings(BaseModel):
    host: str = "127.0.0.1"
    port: int = Field(7860, ge=1, le=65535)
    concurrency: int = Field(16, ge=1, le=1024, description="questions answered at the same time; more share one embedding batch "
                             "(measured: 25 users, p95 1.6 s at 16)")
    users: dict[str, str] = Field(default_factory=dict, description="user -> pbkdf2 hash, required off localhost")
    admin: bool = Field(False, description="without users (a local-only app on 127.0.0.1): let the local user add "
                        "documents through the UI. With users it grants nothing: name the administrators in admins")
    admins: Annotated[list[str], NoDecode] = Field(default_factory=list, description="user names (of users) allowed to add documents "
                              "through the UI, e.g. WLZ_APP__ADMINS='[\"anna\"]' or WLZ_APP__ADMINS=anna,bert")
    monitoring: bool = Field(False, description="Gradio's /monitoring dashboard (off: its routes answer 403/404)")

    @field_validator("admins", mode="before")
    @classmethod
    def _admins(cls, v: object) -> object:
        if isinstance(v, str):  # "anna,bert" as well as a JSON list
            if v.strip().startswith(("[", "{")):
                import json

                try:
                    return json.loads(v)
                except ValueError:
                    return v  # reported as "geen lijst"
            return [x.strip() for x in v.split(",") if x.strip()]
        return v

    def can_add(self, username: str | None) -> bool:
        """May this user add documents? With users: only the names in ``admins``. Without users the app is
        local-only (it refuses any other bind) and ``admin`` lets the one local user add documents."""
        if self.users:
            return bool(username) and username in self.admins and username in self.users
        return self.admin

    @property
    def adding_enabled(self) -> bool:
        """Build the add-document form at all (each request is still checked with :meth:`can_add`)."""
        return bool(self.admins) if self.users else self.admin
    query_worker: bool = Field(True, description="embed questions in a separate process (measured: more answers/s "
                               "under concurrent use, see docs/operations.md)")


class LimitsSettings(BaseModel):
    """Every size limit at a boundary, in one place; each one gives a Dutch message that names it."""

    question_chars: int = Field(2000, gt=0, description="characters in one question")
    history_turns: int = Field(40, gt=0, description="conversation turns sent along with a question")
    history_chars: int = Field(20_000, gt=0, description="characters of all history turns together")
    facts: int = Field(40, gt=0, description="facts passed with a question or to the rule check")
    feedback_chars: int = Field(4000, gt=0, description="characters in one feedback field")
    feedback_citations: int = Field(50, gt=0, description="citations in one feedback record")
    upload_mb: int = Field(50, gt=0, description="size of an uploaded or added file (MB, as stored)")
    unpacked_mb: int = Field(100, gt=0, description="size of a document once unpacked (DOCX is a zip; MB)")
    document_chars: int = Field(3_000_000, gt=0, description="characters of text in one document")
    document_pages: int = Field(500, gt=0, description="pages in one PDF")
    document_passages: int = Field(5000, gt=0, description="passages from one document")
    document_seconds: float = Field(120.0, gt=0, allow_inf_nan=False, description="time to read and clean one document at add")


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
    answers: AnswerSettings = Field(default_factory=AnswerSettings)
    llm: LLMSettings = Field(default_factory=LLMSettings)
    app: AppSettings = Field(default_factory=AppSettings)
    limits: LimitsSettings = Field(default_factory=LimitsSettings)

    @field_validator("embedder", "vector_store")
    @classmethod
    def _built_in_or_factory(cls, value: str, info: Any) -> str:
        """'gemma' / 'chroma', or a factory written as 'module:callable' (the test fakes)."""
        built_in = "gemma" if info.field_name == "embedder" else "chroma"
        if value != built_in and not re.fullmatch(r"[A-Za-z_][\w.]*:[A-Za-z_]\w*", value):
            raise ValueError(f"gebruik '{built_in}' (of een fabriek als 'module:functie')")
        return value

    @property
    def manifest_path(self) -> Path:
        return self.corpus_dir / "manifest.toml"


def _variable(loc: tuple[int | str, ...]) -> str:
    return "WLZ_" + "__".join(str(p).upper() for p in loc if not isinstance(p, int))


def load_settings() -> Settings:
    """Settings from the environment; a bad value gives a Dutch message naming the variable, never a traceback."""
    from .errors import ConfigError

    try:
        return Settings()
    except ValidationError as exc:
        problems = "; ".join(f"{_variable(e['loc'])}: {_reason_nl(e)}" for e in exc.errors()[:5])
        raise ConfigError(f"Ongeldige instelling: {problems}. Pas de omgevingsvariabele aan of verwijder hem.",
                          detail=str(exc)) from exc
    except SettingsError as exc:
        field = str(exc).split('"')[1] if '"' in str(exc) else "?"
        raise ConfigError(f"Ongeldige instelling: een variabele WLZ_{field.upper()}__… heeft geen geldige JSON-waarde "
                          "(bijvoorbeeld {\"naam\": \"waarde\"} of [\"a\", \"b\"]).", detail=str(exc)) from exc


def _reason_nl(error: object) -> str:
    kind = str(getattr(error, "get", lambda _k, _d=None: "")("type", ""))
    value = getattr(error, "get", lambda _k, _d=None: "")("input", "")
    shown = repr(value)[:60]
    reasons = {
        "int_parsing": "geen geheel getal", "int_type": "geen geheel getal", "float_parsing": "geen getal",
        "float_type": "geen getal", "bool_parsing": "geen ja/nee-waarde (true of false)",
        "literal_error": "geen van de toegestane waarden", "dict_type": "geen lijst van naam → waarde",
        "list_type": "geen lijst", "string_type": "geen tekst", "missing": "ontbreekt",
        "greater_than": "te klein", "greater_than_equal": "te klein", "less_than": "te groot",
        "less_than_equal": "te groot", "finite_number": "geen eindig getal", "path_type": "geen pad",
    }
    return f"{reasons.get(kind, 'ongeldige waarde')} ({shown})"


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return load_settings()
