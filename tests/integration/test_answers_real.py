"""The headline behaviours with the real embedding model, the real rules and an embedded Chroma."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from assistant.bootstrap import build_assistant, build_index
from assistant.chat import Assistant
from assistant.errors import ModelError
from assistant.provision.embedding import model_dir
from assistant.settings import Settings

pytestmark = pytest.mark.integration
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    tmp = tmp_path_factory.mktemp("answers")
    shutil.copytree(ROOT / "corpus", tmp / "corpus")
    settings = Settings(corpus_dir=tmp / "corpus", index_dir=tmp / "index", data_dir=tmp / "data")
    try:
        model_dir(settings)
    except ModelError as exc:  # make test provisions the model first; say why if it is absent
        pytest.fail(f"embedding model not provisioned: {exc.message_nl}")
    build_index(settings, progress=False)
    a = build_assistant(settings)
    a.warm_up()
    return a


def test_nah_ca_by_year(assistant: Assistant) -> None:
    no = assistant.ask("Kunnen wij in 2025 C&A declareren voor NAH+?")
    assert no.verdict and no.verdict.outcome == "no" and no.answer.startswith("Nee")
    yes = assistant.ask("Wij zijn een DEC voor NAH+ met positief CElz-advies. Mogen wij in 2026 C&A declareren?")
    assert yes.verdict and yes.verdict.outcome == "yes" and yes.answer.startswith("Ja")
    assert yes.verdict.superseded, "the July 2025 uncertainty must be shown as superseded"
    assert any(c.superseded_by for c in yes.citations) or yes.verdict.superseded[0].superseded_by
    later = assistant.ask("Kunnen wij in 2027 C&A declareren voor NAH+?")
    assert later.verdict and later.verdict.outcome == "unknown" and later.verdict.reason == "open_in_sources"
    ask = assistant.ask("Kunnen wij C&A declareren voor NAH+?")
    assert ask.verdict and any(m.fact == "year" for m in ask.verdict.missing_facts)
    assert "Voor welk jaar?" in ask.answer
    followup = assistant.ask("En in 2025?", history=[{"role": "user", "content": "Kunnen wij C&A declareren voor NAH+?"}])
    assert followup.verdict and followup.verdict.outcome == "no"


def test_every_answer_cites_and_citations_are_verbatim(assistant: Assistant) -> None:
    for q in ("Wie betaalt de tandarts bij een VPT?", "Geldt de toeslag observatie voor VG4?",
              "Hoeveel extra kosten thuis mag een budgethouder maximaal krijgen?"):
        ans = assistant.ask(q)
        assert ans.answerable and ans.citations and "[1]" in ans.answer
        for c in ans.citations:
            doc = assistant.retriever.passages
            assert any(p.id == c.passage.id for p in doc)
            assert " ".join(c.supporting.split()).lstrip("- ") in " ".join(c.passage.text.split())


def test_dentist_vpt_finds_the_mondzorg_passage(assistant: Assistant) -> None:
    hits = assistant.retriever.search("Wie betaalt de tandarts bij een VPT?", 5)
    assert any("2.3 Mondzorg" in " ".join(h.passage.section) for h in hits[:3])


def test_out_of_scope_is_refused(assistant: Assistant) -> None:
    for q in ("Wat wordt het weer morgen in Utrecht?", "Geef me een recept voor erwtensoep."):
        ans = assistant.ask(q)
        assert not ans.answerable and not ans.citations and ans.verdict is None


def test_as_of_limits_sources(assistant: Assistant) -> None:
    ans = assistant.ask("Wat is de stand van de LVHC-zorg?", as_of=date(2025, 12, 31))
    assert all(h.passage.date <= date(2025, 12, 31) for h in ans.retrieved)
    assert ans.notices


def test_questions_about_the_law_cite_article_and_member(assistant: Assistant) -> None:
    plan = assistant.ask("Binnen welke termijn moet het zorgplan besproken worden?")
    assert plan.answerable and "zes weken" in plan.answer
    assert "art. 8.1.3 lid 1 Wlz" in [c.passage.cite_label for c in plan.citations]
    assert any(c["cite"] == "art. 8.1.3 lid 1 Wlz" for c in plan.to_json()["citations"])
    toezicht = assistant.ask("Wat verstaat de Wlz onder permanent toezicht?")
    assert "art. 3.2.1 lid 2 Wlz" in [c.passage.cite_label for c in toezicht.citations]
    assert "onafgebroken toezicht en actieve observatie" in toezicht.answer
