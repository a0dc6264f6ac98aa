"""Sentences judged by meaning as well as words: vectors stored with the build, weights per embedder as data."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import numpy as np
import pytest

from assistant.answer.extractive import score_sentences, select
from assistant.answer.meaning import MODEL_FILE, Meaning, load_meaning
from assistant.bootstrap import build_index, open_retriever
from assistant.retrieval.index import sentence_texts
from assistant.settings import Settings
from assistant.types import Hit, Passage

pytestmark = pytest.mark.unit


def hit(text: str, rank_score: float = 1.0) -> Hit:
    p = Passage(doc_id="d", title="T", kind="wet", date=date(2025, 7, 5), section=("Artikel 3.1.1",), page=None,
                start=0, end=len(text), text=text)
    return Hit(p, rank_score, {"dense": 1, "lexical": 1}, {"dense": 0.6, "lexical": 8.0})


def test_the_weights_are_data_per_embedder(tmp_path: Path) -> None:
    assert load_meaning("embeddinggemma-300m:768", lambda q, s: [None] * len(s)) is not None  # the shipped file
    assert load_meaning("some-other-model:1024", lambda q, s: [None] * len(s)) is None  # another scale: words only
    f = tmp_path / "m.yaml"
    f.write_text("embedders:\n  m:1:\n    weight: 2\n    floor: 0.5\n  off:1:\n    weight: 0\n", encoding="utf-8")
    m = load_meaning("m:1", lambda q, s: [0.9, None, 0.2][: len(s)], path=f)
    assert m is not None and (m.weight, m.floor) == (2.0, 0.5)
    assert m.bonus("q", ["a", "b", "c"]) == pytest.approx([0.8, 0.0, 0.0])
    assert load_meaning("off:1", lambda q, s: [], path=f) is None
    assert MODEL_FILE.exists()


def test_a_sentence_close_in_meaning_outranks_one_that_only_shares_words() -> None:
    text = ("De verzekerde heeft recht op verblijf in een instelling. "
            "Verblijf omvat het verstrekken van eten en drinken en het schoonhouden van de woonruimte.")
    question = "Wat zit er bij verblijf in een instelling inbegrepen?"
    words_only = score_sentences(question, [hit(text)])
    assert words_only[0].text.startswith("De verzekerde heeft recht op verblijf in een instelling")

    def close(q: str, sentences: list[str]) -> list[float | None]:
        return [0.8 if "eten en drinken" in s else 0.35 for s in sentences]

    meaning = Meaning(close, weight=3.0, floor=0.3)
    by_meaning = score_sentences(question, [hit(text)], meaning=meaning)
    assert "eten en drinken" in by_meaning[0].text
    assert any("eten en drinken" in s.text for s in select(question, [hit(text)], meaning=meaning))


def test_the_build_stores_a_vector_for_every_sentence(hash_settings: Settings) -> None:
    report = build_index(hash_settings, progress=False)
    r = open_retriever(hash_settings)
    assert report.sentences == len(sentence_texts(r.passages)) > 1000
    assert report.sentences_embedded == report.sentences  # a fresh cache embeds them all …
    again = build_index(hash_settings, progress=False)
    assert again.sentences_embedded == 0  # … and the next build takes them from the cache
    r = open_retriever(hash_settings)
    p = r.passages[0]
    known = sentence_texts([p])[0]
    sims = r.sentence_similarity("Wat is de Wlz?", [known, "Een zin die niet in het corpus staat."])
    assert sims[1] is None and isinstance(sims[0], float)
    vec = r.embedder.embed_query("Wat is de Wlz?")
    own = r.embedder.embed_documents([known])[0]
    assert sims[0] == pytest.approx(float(np.dot(vec, own)), abs=2e-3)  # float16 on disk


def test_a_build_without_sentence_vectors_answers_by_words_and_a_damaged_one_asks_for_a_rebuild(
        hash_settings: Settings) -> None:
    from assistant.errors import IndexMissingError
    from assistant.retrieval.index import SENTENCES_FILE, current_build

    build_index(hash_settings, progress=False)
    path = hash_settings.index_dir / "builds" / str(current_build(hash_settings.index_dir)) / SENTENCES_FILE
    path.unlink()  # a build made by an older version
    r = open_retriever(hash_settings)
    texts = sentence_texts(r.passages[:1])
    assert r.sentence_similarity("Wat is de Wlz?", texts) == [None] * len(texts)
    path.write_bytes(b"not a numpy file")
    with pytest.raises(IndexMissingError) as exc:
        open_retriever(hash_settings)
    assert "python -m assistant index" in exc.value.message_nl


def test_a_dangling_sentence_comes_with_the_sentences_that_make_it_readable() -> None:
    from assistant.answer.extractive import DANGLING

    text = ("De Federatie LVHC is de vereniging van alle LVHC-aanbieders. "
            "Hiermee ontstaat een lerende cirkel van expertise. "
            "Dit geheel noemen we de LVHC-infrastructuur.")
    picked = select("Wat noemen we de LVHC-infrastructuur?", [hit(text)])
    texts = [s.text for s in picked]
    for i, t in enumerate(texts):  # every "Hiermee …"/"Dit …" right after the sentence it continues
        if DANGLING.match(t):
            assert i > 0 and text.index(texts[i - 1]) < text.index(t), texts
    # a passage that starts mid-thought: its "Hiermee …" and "Dit …" are not quoted at all
    cut = "Hiermee ontstaat een lerende cirkel van expertise. Dit geheel noemen we de LVHC-infrastructuur."
    assert not select("Wat noemen we de LVHC-infrastructuur?", [hit(cut)])
