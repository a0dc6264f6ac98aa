"""The composition root: the one place that reads settings to choose and build the adapters, and wires them
into the core (``Retriever``, ``Assistant``, the index build).

Everything else gets its parts passed in. A test or an eval that wants other parts (the fakes in
``tests/fakes.py``) passes them to the same constructors, or names an embedder factory in ``WLZ_EMBEDDER``
(``module:callable``, e.g. ``tests.fakes:HashEmbedder``) for a CLI run in a subprocess.

Lifetimes: the one module-level cache in ``assistant/`` is ``_EMBEDDERS`` below — one embedding model per
process and model directory (the model takes ~1 GB and seconds to load; a re-index after ``add`` and a
fresh ``Assistant`` must reuse it, question worker included). Everything else lives in the objects built here.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

from .chat import Assistant
from .errors import IndexMissingError, ModelError
from .ingest.documents import Documents
from .ports import ChatModel, Embedder, LexicalIndex, VectorStores
from .retrieval.index import REBUILD_HINT, BuildReport, current_build, open_build
from .retrieval.index import build_index as _build_index
from .retrieval.search import Retriever
from .rules import RuleBook
from .settings import Settings
from .sources import Sources
from .types import DocumentMeta

_EMBEDDERS: dict[tuple[str, str], Embedder] = {}  # allow-listed in tests/unit/test_architecture.py


def make_embedder(settings: Settings) -> Embedder:
    """The embedder of ``settings.embedder``: ``gemma`` (the verified local model), or ``module:callable``."""
    key = (settings.embedder, str(settings.embedding.local_dir or settings.embedding.cache_dir))
    if key not in _EMBEDDERS:
        if settings.embedder == "gemma":
            from .adapters.embedder import GemmaEmbedder
            from .provision.embedding import model_dir

            _EMBEDDERS[key] = GemmaEmbedder(model_dir(settings), settings.embedding)  # ModelError: pull first
        else:
            _EMBEDDERS[key] = _load_factory(settings.embedder, "WLZ_EMBEDDER", "gemma")()
    return _EMBEDDERS[key]


def _load_factory(ref: str, variable: str, default: str) -> Callable[[], Any]:
    """``module:callable`` → the callable (a test's fake, or a plug-in adapter)."""
    module, _, attr = ref.partition(":")
    try:
        factory: Callable[[], Any] = getattr(importlib.import_module(module), attr)
        return factory
    except (ImportError, AttributeError, ValueError) as exc:
        raise ModelError(f"Onbekende instelling {variable}={ref!r}: gebruik '{default}'.", detail=str(exc)) from exc


def start_query_worker(settings: Settings) -> int | None:
    """Embed questions in a separate process from now on (the app under concurrent use; see
    ``adapters/query_worker.py``). Returns its pid, or None when this process's embedder has no worker."""
    from .adapters.embedder import GemmaEmbedder

    embedder = make_embedder(settings)
    return embedder.start_query_worker() if isinstance(embedder, GemmaEmbedder) else None


def vector_stores(settings: Settings) -> VectorStores:
    """Chroma (``settings.chroma``: embedded or a server), or the factory named in ``settings.vector_store``."""
    if settings.vector_store == "chroma":
        from .adapters.chroma import ChromaStores

        return ChromaStores(settings.chroma)
    stores: VectorStores = _load_factory(settings.vector_store, "WLZ_VECTOR_STORE", "chroma")()
    return stores


def _make_lexical(corpus_tokens: list[list[str]]) -> LexicalIndex:
    from .adapters.lexical import Bm25Index

    return Bm25Index.build(corpus_tokens)


def build_index(settings: Settings, *, embedder: Embedder | None = None, stores: VectorStores | None = None,
                progress: bool = True, metas: list[DocumentMeta] | None = None) -> BuildReport:
    """Build the index of ``settings.corpus_dir`` aside and switch to it (see ``retrieval/index.py``)."""
    return _build_index(settings, embedder=embedder or make_embedder(settings),
                        stores=stores or vector_stores(settings), make_lexical=_make_lexical,
                        progress=progress, metas=metas)


def open_retriever(settings: Settings, *, embedder: Embedder | None = None,
                   stores: VectorStores | None = None) -> Retriever:
    """The retriever over the build in service; IndexMissingError (Dutch, with the rebuild command) if unusable."""
    from .adapters.lexical import Bm25Index

    build = open_build(settings)
    try:
        lexical = Bm25Index.load(build.path / "lexical")
    except (OSError, ValueError, KeyError) as exc:
        raise IndexMissingError(f"De index is beschadigd. {REBUILD_HINT}", detail=str(exc)) from exc
    embedder = embedder or make_embedder(settings)
    store = (stores or vector_stores(settings)).open(build.path, build.info["collection"])
    return Retriever(settings.retrieval, build, lexical=lexical, store=store, embedder=embedder)


def make_chat_model(settings: Settings) -> ChatModel:
    from .adapters.llm import make_chat_model as make

    return make(settings.llm)


def build_assistant(settings: Settings, *, embedder: Embedder | None = None, stores: VectorStores | None = None,
                    chat_model: Callable[[], ChatModel] | None = None) -> Assistant:
    """The Assistant with its parts. They are opened on first use (an app starts, and a refused question is
    answered, before the index is loaded); ``Assistant.warm_up`` opens them now."""
    return Assistant(
        settings,
        retriever=lambda: open_retriever(settings, embedder=embedder, stores=stores),
        rulebook=lambda: RuleBook.load(corpus_dir=settings.corpus_dir),
        chat_model=chat_model or (lambda: make_chat_model(settings)),
        serving=lambda: current_build(settings.index_dir),
    )


def sources(settings: Settings) -> Sources:
    """The documents of the corpus for the Bronnen tab and the document viewer."""
    return Sources(Documents(settings.corpus_dir))


__all__ = ["build_assistant", "build_index", "make_chat_model", "make_embedder", "open_retriever", "sources",
           "start_query_worker", "vector_stores"]
