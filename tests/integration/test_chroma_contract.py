"""One retrieval contract, three vector stores: Chroma embedded (PersistentClient), a real Chroma server
(HttpClient), and the in-memory fake of tests/fakes.py (exact cosine) that the unit tests rely on.

Same corpus, same real embedder, same queries: the results must be identical (ids and order).
"""

from __future__ import annotations

import json
import time
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from assistant.bootstrap import build_index, open_retriever
from assistant.retrieval.index import collection_name, current_build
from assistant.settings import Settings
from assistant.types import Filters
from evals.metrics import first_relevant_rank, load_set

pytestmark = pytest.mark.integration

QUERIES = [
    "Wie betaalt de tandarts bij een VPT?",
    "Kunnen wij in 2026 C&A declareren voor NAH+?",
    "Wat is meerzorg thuis?",
    "Welke cliëntgroepen vallen onder LVHC-zorg?",
    "consultatie en advies",
    "VG7 complexe zorg bestuurlijke afspraken",
    "volwaardig leven rapporten",
    "zorgkantoor inkoop 2026",
]
FILTERS = [
    Filters(),
    Filters(as_of=date(2025, 12, 31)),
    Filters(as_of=date(2021, 12, 31)),
    Filters(kinds=("inkoopvoorwaarden",)),
    Filters(kinds=("kamerbrief",), as_of=date(2025, 6, 30)),
]
MODES = ("hybrid", "lexical", "dense")


def _next_second() -> None:
    """Build ids have one-second resolution: never start two builds of one index in the same second."""
    time.sleep(1.05 - (time.time() % 1.0))


# --------------------------------------------------------------------------- the contract, per backend


def test_build_and_count(backend: Settings, helpers: Any) -> None:
    r = open_retriever(backend, stores=helpers.stores_for(backend))
    info = json.loads((backend.index_dir / "builds" / r.build / "info.json").read_text())
    assert info["chroma_mode"] == backend.chroma.mode
    assert info["embedder"].startswith("embeddinggemma-300m")
    assert r.store.count() == len(r.passages) == info["passages"] > 100
    if backend.chroma.mode == "http":
        assert not (backend.index_dir / "builds" / r.build / "chroma").exists()  # vectors live on the server


def test_search_contract(backend: Settings, helpers: Any) -> None:
    r = open_retriever(backend, stores=helpers.stores_for(backend))
    for q in QUERIES:
        for f in FILTERS:
            for mode in MODES:
                hits = r.search(q, 5, filters=f, mode=mode)  # type: ignore[arg-type]
                ids = [h.passage.id for h in hits]
                assert len(ids) == len(set(ids)) <= 5
                assert all(f.allows(h.passage) for h in hits), (q, f, mode)
                assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)
        assert len(r.search(q, 5)) == 5


def test_dev_recall(backend: Settings, helpers: Any) -> None:
    from assistant.answer.followup import standalone_query

    r = open_retriever(backend, stores=helpers.stores_for(backend))
    items = [x for x in load_set("dev") if x["type"] == "single"][:20]
    ranks = []
    for x in items:
        hits = r.search(standalone_query(x["q"], x.get("history")), 5)
        ranks.append(first_relevant_rank([h.passage.text for h in hits], x["quotes"], [h.passage.doc_id for h in hits]))
    assert sum(1 for rank in ranks if rank is not None) / len(items) >= 0.85


def test_ask_answers_with_citations(backend: Settings, helpers: Any) -> None:
    from assistant.bootstrap import build_assistant

    stores = helpers.stores_for(backend)
    ans = build_assistant(backend, stores=stores).ask("Wie betaalt de tandarts bij een VPT?")
    assert ans.answerable and ans.citations
    assert all(c.passage.id in open_retriever(backend, stores=stores).by_id for c in ans.citations)


# --------------------------------------------------------------------------- embedded == server


def test_embedded_and_server_give_identical_results(built: dict[str, Settings]) -> None:
    emb, srv = open_retriever(built["embedded"]), open_retriever(built["server"])
    assert [p.id for p in emb.passages] == [p.id for p in srv.passages]
    compared = 0
    for q in QUERIES:
        vec = emb.embedder.embed_query(q)  # one embedding per query: the comparison is of the stores
        for f in FILTERS:
            for mode in MODES:
                a = emb.search(q, 10, filters=f, mode=mode, vector=vec)  # type: ignore[arg-type]
                b = srv.search(q, 10, filters=f, mode=mode, vector=vec)  # type: ignore[arg-type]
                assert [h.passage.id for h in a] == [h.passage.id for h in b], (q, f, mode)
                for x, y in zip(a, b, strict=True):
                    # fused scores are z-scores over all candidates; HNSW is approximate and each store builds its
                    # own graph, so the last places of the dense top 60 may differ and shift the mean a little
                    assert x.score == pytest.approx(y.score, abs=1e-3)
                    assert x.raw.get("dense", 0.0) == pytest.approx(y.raw.get("dense", 0.0), abs=1e-4)
                compared += 1
    assert compared == len(QUERIES) * len(FILTERS) * len(MODES)


def test_the_in_memory_fake_agrees_with_chroma(built: dict[str, Settings], helpers: Any) -> None:
    """The fake searches exactly, Chroma's HNSW approximately (near-ties may swap): lexical results are identical,
    and the dense and hybrid top 5 share at least 4 passages for every query and filter."""
    emb = open_retriever(built["embedded"])
    mem = open_retriever(built["memory"], stores=helpers.stores_for(built["memory"]))
    for q in QUERIES:
        vec = emb.embedder.embed_query(q)
        for f in FILTERS:
            for mode in MODES:
                a = [h.passage.id for h in emb.search(q, 5, filters=f, mode=mode, vector=vec)]  # type: ignore[arg-type]
                b = [h.passage.id for h in mem.search(q, 5, filters=f, mode=mode, vector=vec)]  # type: ignore[arg-type]
                if mode == "lexical":
                    assert a == b, (q, f)
                else:
                    assert len(set(a) & set(b)) >= min(4, len(a)) and len(a) == len(b), (q, f, mode, a, b)


def test_embedded_and_server_give_identical_answers(built: dict[str, Settings]) -> None:
    from assistant.bootstrap import build_assistant

    a, b = build_assistant(built["embedded"]), build_assistant(built["server"])
    for q, as_of in [("Kunnen wij in 2026 C&A declareren voor NAH+?", None),
                     ("Wat is meerzorg thuis?", date(2025, 12, 31))]:
        ja, jb = a.ask(q, as_of=as_of).to_json(), b.ask(q, as_of=as_of).to_json()
        for key in ("answer", "answerable", "verdict", "citations", "notices"):
            assert ja[key] == jb[key], key
        assert [h["id"] for h in ja["retrieved"]] == [h["id"] for h in jb["retrieved"]]


# --------------------------------------------------------------------------- rebuilds


@pytest.mark.parametrize("fresh", ["embedded", "server"], indirect=True)
def test_incremental_rebuild_switches_and_prunes(fresh: Settings, chroma_server: Any) -> None:
    first = build_index(fresh, progress=False)
    assert first.embedded == 0 or first.embedded == first.passages  # cached after the first run ever
    f = fresh.corpus_dir / "2025-09-08_kamerbrief_meerzorg-thuis.txt"
    marker = f"Controlezin {time.time_ns()}."
    text = f.read_text(encoding="utf-8")
    assert "Meerzorg is mogelijk binnen de instelling" in text
    f.write_text(text.replace("Meerzorg is mogelijk binnen de instelling",
                              f"{marker} Meerzorg is mogelijk binnen de instelling", 1), encoding="utf-8")
    _next_second()
    second = build_index(fresh, progress=False)
    assert 0 < second.embedded <= 3, second
    assert second.reused >= second.passages - 3
    assert current_build(fresh.index_dir) == second.build != first.build
    builds = fresh.index_dir / "builds"
    # the build before stays one generation: a process answering from it moves on at its next question
    assert sorted(d.name for d in builds.iterdir()) == sorted([first.build, second.build])
    r = open_retriever(fresh)
    assert any(marker in h.passage.text for h in r.search(marker, 5, mode="lexical"))
    _next_second()
    third = build_index(fresh, progress=False)
    assert third.embedded == 0 and current_build(fresh.index_dir) == third.build
    assert sorted(d.name for d in builds.iterdir()) == sorted([second.build, third.build])  # two generations: pruned
    if fresh.chroma.mode == "http":
        names = chroma_server.collections()
        assert collection_name(fresh, second.build) in names and collection_name(fresh, third.build) in names
        assert collection_name(fresh, first.build) not in names  # the old collection is dropped on the server


def test_failed_server_build_leaves_no_collection_behind(tmp_path: Path, corpus_ro: Path, chroma_server: Any,
                                                         helpers: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from assistant.retrieval import index as index_mod

    settings = helpers.real_settings(tmp_path, corpus_ro, helpers.server_chroma(chroma_server.port))
    good = build_index(settings, progress=False)
    _next_second()

    def boom(*a: object, **k: object) -> None:
        raise RuntimeError("crash before the switch")

    monkeypatch.setattr(index_mod, "_switch", boom)
    with pytest.raises(RuntimeError):
        build_index(settings, progress=False)
    names = [n for n in chroma_server.collections() if n.startswith(settings.chroma.collection)]
    assert names == [collection_name(settings, good.build)]
    assert current_build(settings.index_dir) == good.build
    assert open_retriever(settings).search("meerzorg", 3)


# --------------------------------------------------------------------------- auth header


def test_auth_header_passes_through(tmp_path: Path, corpus_ro: Path, auth_proxy: Any, helpers: Any) -> None:
    token = helpers.AUTH_TOKEN
    chroma = helpers.server_chroma(auth_proxy.port, headers={"Authorization": token})
    settings = helpers.real_settings(tmp_path, corpus_ro, chroma)
    auth_proxy.seen.clear()
    build_index(settings, progress=False)
    assert open_retriever(settings).search("Wie betaalt de tandarts bij een VPT?", 5)
    assert auth_proxy.seen and all(auth == token for _, _, auth in auth_proxy.seen)
    assert {m for m, _, _ in auth_proxy.seen} >= {"GET", "POST"}


def test_missing_auth_header_is_refused(tmp_path: Path, corpus_ro: Path, auth_proxy: Any, helpers: Any) -> None:
    settings = helpers.real_settings(tmp_path, corpus_ro, helpers.server_chroma(auth_proxy.port))
    with pytest.raises(Exception) as err:  # chromadb's own error: not wrapped in a Dutch message yet
        build_index(settings, progress=False)
    assert current_build(settings.index_dir) is None
    assert "401" in str(err.value) or "nauthorized" in str(err.value) or hasattr(err.value, "message_nl")


def test_settings_from_environment(monkeypatch: pytest.MonkeyPatch, helpers: Any) -> None:
    monkeypatch.setenv("WLZ_CHROMA__MODE", "http")
    monkeypatch.setenv("WLZ_CHROMA__HOST", "chroma.internal")
    monkeypatch.setenv("WLZ_CHROMA__PORT", "8443")
    monkeypatch.setenv("WLZ_CHROMA__SSL", "true")
    monkeypatch.setenv("WLZ_CHROMA__HEADERS", json.dumps({"Authorization": helpers.AUTH_TOKEN}))
    c = Settings().chroma
    assert (c.mode, c.host, c.port, c.ssl, c.headers) == ("http", "chroma.internal", 8443, True,
                                                          {"Authorization": helpers.AUTH_TOKEN})
