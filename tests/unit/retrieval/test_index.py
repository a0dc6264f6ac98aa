from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import numpy as np
import pytest

from assistant.bootstrap import build_index, open_retriever
from assistant.errors import IndexMissingError
from assistant.ingest.chunk import sentence_spans
from assistant.retrieval import index as index_mod
from assistant.retrieval.index import current_build
from assistant.retrieval.text import FORMER_LAW, compound_parts, expand_query, tokens
from assistant.settings import Settings
from assistant.types import Filters

pytestmark = pytest.mark.unit


def test_dutch_tokens_stem_and_keep_codes() -> None:
    toks = tokens("De zorgaanbieders declareren C&A voor NAH+ en VG7")
    assert "c&a" in toks and "nah+" in toks and "vg7" in toks
    assert tokens("zorgaanbieders") == tokens("zorgaanbieder")


def test_a_word_typed_without_its_diacritics_is_the_same_token() -> None:
    assert tokens("clienten") == tokens("cliënten") and tokens("Financiele") == tokens("financiële")
    assert tokens("clientondersteuning") == tokens("cliëntondersteuning")
    assert tokens("geïndiceerd") == tokens("geindiceerd") and tokens("één") == tokens("een")


def test_number_words_and_digits_share_a_token() -> None:
    assert "7" in tokens("de zeven cliëntgroepen") and "7" in tokens("welke 7 doelgroepen")
    assert tokens("twaalf plaatsen") == tokens("12 plaatsen")
    assert "1" not in tokens("een cliënt")  # "een" is mostly the article: a stopword


def test_glossary_expands_abbreviations_and_lay_terms() -> None:
    assert "volledig pakket thuis" in expand_query("Wie betaalt de tandarts bij een VPT?")
    assert "tandheelkundige zorg" in expand_query("Wie betaalt de tandarts?")
    # families say "onze dochter (14)" where the law says who holds "gezag" over a "minderjarige" (art. 8.1.2 Wlz)
    assert "gezag" in expand_query("Onze dochter is 14. Maakt de instelling de zorgplanafspraken met ons?")
    # the law's words for the taxi to day care and for a weekend away (art. 3.1.1 f and g Wlz), also where the
    # family's word holds the law's ("taxivervoer" holds "vervoer", which therefore is not a member of its own)
    taxi = expand_query("Valt het taxivervoer naar de dagbesteding onder de wlz?")
    assert "vervoer naar een plaats" in taxi and "dagdeel" in taxi
    assert "logeeropvang" in expand_query("Kan hij af en toe een weekend ergens logeren?")
    # the law lists the "leveringsvormen" (art. 3.3.1 Wlz) as "zorg in natura … dan wel met een persoonsgebonden
    # budget" without the word itself
    assert "zorg in natura" in expand_query("Welke leveringsvormen zijn er in de Wlz?")


def test_a_compound_the_index_does_not_hold_is_split_into_parts_it_holds() -> None:
    known = set(tokens("inkoop overeenkomst evaluatie gesprek verblijf duur"))
    assert compound_parts("inkoopovereenkomst", known) == ("inkoop", "overeenkomst")
    assert compound_parts("Evaluatiegesprek", known) == ("evaluatie", "gesprek")
    parts = compound_parts("verblijfsduur", known)  # a linking s: its stem is the word's
    assert parts is not None and [tokens(p)[0] for p in parts] == tokens("verblijf duur")
    assert compound_parts("inkoopbeleid", known) is None  # "beleid" is not known: no half split
    assert compound_parts("overleg", known) is None  # too short to be a compound of two known words


def test_lexical_search_reads_an_unknown_compound_by_its_parts(hash_settings: Settings) -> None:
    build_index(hash_settings, progress=False)
    r = open_retriever(hash_settings)
    assert {tokens("tandarts")[0], tokens("pakket")[0]} <= r.vocab
    assert tokens("tandartspakket")[0] not in r.vocab  # the documents never write it whole
    joined = r.lexical_scores("Wie betaalt het tandartspakket?", Filters())
    apart = r.lexical_scores("Wie betaalt het tandarts pakket?", Filters())
    assert joined is not None and apart is not None
    assert np.allclose(joined, apart)  # before, the unknown word dropped out


def test_build_is_incremental_and_atomic(hash_settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    first = build_index(hash_settings, progress=False)
    assert first.embedded == first.passages > 100
    second = build_index(hash_settings, progress=False)
    assert second.embedded == 0 and second.reused == second.passages
    served = current_build(hash_settings.index_dir)
    assert served == second.build

    def boom(*a: object, **k: object) -> None:
        raise RuntimeError("crash midway")

    monkeypatch.setattr(index_mod, "_switch", boom)
    with pytest.raises(RuntimeError):
        build_index(hash_settings, progress=False)
    assert current_build(hash_settings.index_dir) == served  # the old index still serves
    assert open_retriever(hash_settings).search("tandarts VPT", 3)


def test_changed_document_is_the_only_one_embedded(hash_settings: Settings) -> None:
    build_index(hash_settings, progress=False)
    f = hash_settings.corpus_dir / "2025-09-08_kamerbrief_meerzorg-thuis.txt"
    f.write_text(f.read_text().replace("Meerzorg is mogelijk binnen de instelling", "Meerzorg is ook mogelijk binnen de instelling"))
    report = build_index(hash_settings, progress=False)
    assert 0 < report.embedded <= 3


def test_filters_by_date_and_kind(hash_settings: Settings) -> None:
    build_index(hash_settings, progress=False)
    r = open_retriever(hash_settings)
    hits = r.search("consultatie en advies NAH", 10, filters=Filters(as_of=date(2025, 12, 31)))
    assert hits and all(h.passage.date <= date(2025, 12, 31) for h in hits)
    hits = r.search("consultatie en advies", 10, filters=Filters(kinds=("inkoopvoorwaarden",)))
    assert hits and {h.passage.kind for h in hits} == {"inkoopvoorwaarden"}
    for mode in ("lexical", "dense"):
        assert all(h.passage.date <= date(2025, 1, 1) for h in r.search("zorg", 10, mode=mode,  # type: ignore[arg-type]
                                                                        filters=Filters(as_of=date(2025, 1, 1))))


def test_missing_or_corrupt_index_says_how_to_rebuild(hash_settings: Settings) -> None:
    with pytest.raises(IndexMissingError, match="python -m assistant index"):
        open_retriever(hash_settings)
    build_index(hash_settings, progress=False)
    build = current_build(hash_settings.index_dir)
    (hash_settings.index_dir / "builds" / str(build) / "passages.jsonl").write_text("{kapot")
    with pytest.raises(IndexMissingError, match="python -m assistant index"):
        open_retriever(hash_settings)


def test_passages_carry_provenance(hash_settings: Settings) -> None:
    build_index(hash_settings, progress=False)
    build = current_build(hash_settings.index_dir)
    rows = [json.loads(x) for x in (Path(hash_settings.index_dir) / "builds" / str(build) / "passages.jsonl").open()]
    zn = [r for r in rows if r["doc_id"] == "zn-inkoopvoorwaarden-2026"]
    assert all(r["page"] for r in zn)
    assert any("Consultatie en advies" in r["section"] for r in zn)
    assert len({r["id"] for r in rows}) == len(rows)


def test_hybrid_scores_every_candidate_with_both_rankers(hash_settings: Settings) -> None:
    """A passage only one ranker found still gets the other's real score, never an implicit 0."""
    build_index(hash_settings, progress=False)
    small = hash_settings.model_copy(update={"retrieval": hash_settings.retrieval.model_copy(update={"candidates": 5})})
    r = open_retriever(small)
    q = "Wie betaalt de tandarts bij een volledig pakket thuis?"
    hits = r.search(q, 10)
    assert len(hits) == 10
    assert all({"lexical", "dense"} <= set(h.raw) for h in hits)
    vec = r.embedder.embed_query(q)
    lex = r.lexical_scores(q, Filters())
    assert lex is not None
    stored = r.store.get_vectors([h.passage.id for h in hits])
    for h in hits:  # the filled-in scores are the rankers' own, not estimates
        assert h.raw["lexical"] == pytest.approx(max(0.0, lex[r.index_of[h.passage.id]]))
        assert h.raw["dense"] == pytest.approx(float(stored[h.passage.id] @ vec), abs=1e-4)
    only_one = [h for h in hits if len(h.ranks) == 1]
    assert only_one, "with 5 candidates per ranker some of the top 10 come from one ranker only"


@pytest.mark.parametrize("fusion", ["zscore", "minmax", "rrf"])
def test_fusion_modes_rank_the_obvious_passage_first(hash_settings: Settings, fusion: str) -> None:
    build_index(hash_settings, progress=False)
    s = hash_settings.model_copy(update={"retrieval": hash_settings.retrieval.model_copy(update={"fusion": fusion})})
    hits = open_retriever(s).search("kosten van leegstand declareren opbaren overleden cliënt", 5)
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)
    assert any("leegstand" in h.passage.text for h in hits[:3])


def test_shipped_vectors_seed_a_cold_build(hash_settings: Settings, tmp_path: Path) -> None:
    """corpus/vectors/<model>.npz: a fresh machine embeds only what the corpus does not ship."""
    import numpy as np

    from assistant.bootstrap import build_index
    from assistant.retrieval.index import EmbeddingCache, write_seed

    first = build_index(hash_settings, progress=False)
    path = write_seed(hash_settings, "hash-fake-v1")
    assert path.parent == hash_settings.corpus_dir / "vectors" and path.exists()
    cold = hash_settings.model_copy(update={"embcache_dir": tmp_path / "empty-cache", "index_dir": tmp_path / "idx2"})
    report = build_index(cold, progress=False)
    assert report.passages == first.passages and report.embedded == 0
    warm = EmbeddingCache(next((hash_settings.embcache_dir).glob("*.npz")))
    seeded = EmbeddingCache(next((tmp_path / "empty-cache").glob("*.npz")))
    key = next(iter(warm.vectors))
    assert np.allclose(warm.vectors[key], seeded.vectors[key], atol=2e-3)  # float16 on disk


def test_a_changed_passage_misses_the_seed_and_is_embedded(hash_settings: Settings, tmp_path: Path) -> None:
    from assistant.bootstrap import build_index
    from assistant.retrieval.index import write_seed

    build_index(hash_settings, progress=False)
    write_seed(hash_settings, "hash-fake-v1")
    f = hash_settings.corpus_dir / "2025-09-08_kamerbrief_meerzorg-thuis.txt"
    f.write_text(f.read_text(encoding="utf-8") + "\nEen geheel nieuwe alinea over meerzorg thuis.\n", encoding="utf-8")
    cold = hash_settings.model_copy(update={"embcache_dir": tmp_path / "empty-cache", "index_dir": tmp_path / "idx2"})
    assert build_index(cold, progress=False).embedded >= 1


def test_the_shipped_vectors_cover_every_passage_of_the_shipped_corpus(tmp_path: Path) -> None:
    """A stale corpus/vectors file only makes a fresh machine slower, never wrong; this keeps it current.
    Regenerate with: python -m assistant index --write-seed"""
    from assistant.retrieval.index import (
        EmbeddingCache,
        embed_keys,
        load_documents,
        load_seed,
        make_passages,
        seed_path,
    )
    from assistant.settings import ROOT, Settings

    settings = Settings(corpus_dir=ROOT / "corpus", index_dir=tmp_path / "index", embcache_dir=tmp_path / "cache")
    seed = load_seed(seed_path(settings, "embeddinggemma-300m:768"))
    passages = make_passages(load_documents(settings), settings)
    keys = embed_keys(passages, settings, EmbeddingCache(tmp_path / "none.npz"))[1]
    missing = [p.text[:60] for p, k in zip(passages, keys, strict=True) if k not in seed]
    assert not missing, f"{len(missing)} passages not in the shipped vectors, e.g. {missing[:3]}"


def test_sentence_ranker_scores_each_passage_by_its_closest_sentence(hash_settings: Settings) -> None:
    """The third ranker: a passage's score is the cosine of its closest sentence, from the build's sentence vectors,
    and every hybrid hit carries it next to the other two."""
    build_index(hash_settings, progress=False)
    r = open_retriever(hash_settings)
    q = "Wie betaalt de tandarts bij een volledig pakket thuis?"
    vec = np.asarray(r.embedder.embed_query(q), np.float32)
    best = r.sentence_scores(vec, Filters())
    assert best is not None and best.shape == (len(r.passages),)
    for i in range(0, len(r.passages), 37):  # against the sentences of the passage, one by one
        p = r.passages[i]
        sims = [s for s in r.sentence_similarity(q, [p.text[a:b].strip() for a, b in sentence_spans(p.text)])
                if s is not None]
        assert best[i] == pytest.approx(max(sims, default=-1.0), abs=1e-4)
    hits = r.search(q, 10)
    assert all({"lexical", "dense", "sentence"} <= set(h.raw) for h in hits)
    assert all(h.raw["sentence"] == pytest.approx(best[r.index_of[h.passage.id]], abs=1e-6) for h in hits)
    late = r.sentence_scores(vec, Filters(as_of=date(2025, 1, 1)))  # filtered passages score -1
    assert late is not None and all(late[i] == -1.0 for i, p in enumerate(r.passages) if p.date > date(2025, 1, 1))


def test_sentence_weight_zero_is_the_two_ranker_search(hash_settings: Settings) -> None:
    build_index(hash_settings, progress=False)
    off = hash_settings.model_copy(update={"retrieval": hash_settings.retrieval.model_copy(update={"sentence_weight": 0})})
    hits = open_retriever(off).search("kosten van leegstand declareren", 5)
    assert all("sentence" not in h.raw for h in hits)


def test_lower_words_are_the_words_written_in_lower_case(hash_settings: Settings) -> None:
    """A capitalised word the corpus also writes in lower case is a common word (a heading's "Werkwijze"), not a name."""
    build_index(hash_settings, progress=False)
    r = open_retriever(hash_settings)
    assert {"zorgkantoor", "werkwijze", "daarin"} <= r.lower_words
    assert "fivoor" not in r.lower_words and any("Fivoor" in p.text for p in r.passages)


def test_text_on_the_awbz_transition_yields_to_todays_rules_unless_the_question_asks_about_it(
        hash_settings: Settings) -> None:
    """The Wlz's transitional articles name the AWBZ (the law before 2015); lowered for a question about today,
    ranked as before for one about the transition, and left alone with the penalty off."""
    build_index(hash_settings, progress=False)
    r = open_retriever(hash_settings)
    q = "verzekerde zorgzwaartepakket geldigheidsduur indicatiebesluit"
    former = [bool(FORMER_LAW.search(h.passage.text)) for h in r.search(q, 10)]
    off = hash_settings.model_copy(update={"retrieval": hash_settings.retrieval.model_copy(
        update={"former_law_penalty": 0.0})})
    plain = [bool(FORMER_LAW.search(h.passage.text)) for h in open_retriever(off).search(q, 10)]
    assert plain[0], "without the penalty a transitional article (art. 11.1.x) leads"
    assert not former[0] and sum(former[:3]) < sum(plain[:3])
    asked = r.search(q + " na de AWBZ", 10)
    assert FORMER_LAW.search(asked[0].passage.text), "a question about the AWBZ gets its article first"
