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
    # present tense, no year: the zorgjaar is the year of the stand van de bronnen (said so), and only the
    # REC/DEC status is asked — no "Voor welk jaar?" (issue 12)
    stand = date(2026, 7, 1)
    ask = assistant.ask("Kunnen wij C&A declareren voor NAH+?", as_of=stand)
    assert ask.verdict and ask.verdict.to_json()["zorgjaar"] == 2026 and ask.verdict.if_met == "yes"
    assert [m.fact for m in ask.verdict.missing_facts] == ["rec_dec_positief_advies"]
    assert "Voor welk jaar?" not in ask.answer and "REC of DEC" in ask.answer
    assert ask.verdict.to_json()["facts_used"][0]["origin"] == "standaard"
    followup = assistant.ask("En in 2025?", history=[{"role": "user", "content": "Kunnen wij C&A declareren voor NAH+?"}],
                             as_of=stand)
    assert followup.verdict and followup.verdict.outcome == "no"


def test_peildatum_reaches_the_verdict(assistant: Assistant) -> None:
    """Stand van de bronnen 31-12-2025, zorgjaar 2026: what the ZN conditions of 1 July 2025 said (VWS had not
    decided about NAH+ and MS+), never the Kamerbrief of 26 May 2026 (issue 12)."""
    ans = assistant.ask("Kunnen wij in 2026 C&A declareren voor NAH+?", as_of=date(2025, 12, 31))
    v = ans.to_json()["verdict"]  # the JSON the CLI and the app get, receipt included
    assert v and v["outcome"] == "unknown" and v["reason"] == "open_in_sources" and v["zorgjaar"] == 2026
    assert not v["superseded"] and all(c["date"] <= "2025-12-31" for c in v["citations"])
    assert all(c.passage.date <= date(2025, 12, 31) for c in ans.citations)
    assert v["receipt"]["verdict"]["stand_van_de_bronnen"] == "2025-12-31" and len(v["receipt"]["sha256"]) == 64


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


def test_what_the_wlz_covers_is_the_list_of_art_3_1_1_quoted_once(assistant: Assistant) -> None:
    """Before: art. 10.1.2 ("onder «diensten» verstaan") led; with "onder de Wlz" = "verzekerde pakket" in the
    glossary art. 3.1.1 leads, and its item a (a list of its own) is not quoted a second time above it."""
    for q in ("Wat valt er onder de Wlz?", "Welke zorg valt onder de wlz?"):
        ans = assistant.ask(q)
        assert ans.answerable and ans.citations[0].passage.cite_label == "art. 3.1.1 lid 1 Wlz", q
        assert ans.answer.startswith("Het op grond van deze wet verzekerde pakket omvat de volgende vormen van zorg")
        assert "persoonlijke verzorging, begeleiding en verpleging" in ans.answer
        assert ans.answer.count("verblijf in een instelling, met inbegrip van") == 1, ans.answer


def test_answer_shapes_and_honest_value_refusals(assistant: Assistant) -> None:
    """A value question leads with the value, a definition with the defining sentence, and a value the sources do
    not hold is refused with what is missing (questions as users write them, not from the passages)."""
    value = assistant.ask("Hoe lang mag een observatieplaatsing maximaal duren?")
    assert value.answerable and value.answer.startswith("**") and "één jaar" in value.answer.split("\n")[0]
    rec = assistant.ask("Wat is een REC?")
    assert rec.answerable and "(hierna: REC en DEC)" in rec.answer.split("[1]")[0]
    missing = assistant.ask("Hoeveel mutatiedagen mogen we maximaal declareren na een overlijden?")
    assert not missing.answerable and not missing.citations
    assert "geen aantal" in missing.answer and "mutatiedagen" in missing.answer


def test_english_questions_get_english_framing_around_dutch_quotes(assistant: Assistant) -> None:
    ans = assistant.ask("How long can an observation placement last at most?")
    assert ans.answerable and any("sources are in Dutch" in n for n in ans.notices)
    refused = assistant.ask("What is the phone number of the CIZ?")
    assert not refused.answerable and refused.answer.startswith(("I cannot", "The sources"))


def test_a_letters_own_particulars_are_quoted_or_said_to_be_missing(assistant: Assistant) -> None:
    """"Who signed it, its kenmerk, its date": what the letter says of itself (the letterhead and the signature,
    which no passage holds), cited; a letter that gives no date of its own is not dated by the manifest's estimate."""
    kenmerk = assistant.ask("Wat is het kenmerk van de Kamerbrief over laag volume hoog complexe zorg?")
    assert kenmerk.answerable and kenmerk.answer.startswith("**4388213-1099042-LZ** [1]")
    assert kenmerk.citations[0].passage.doc_id == "lvhc-2026" and kenmerk.verdict is None
    signed = assistant.ask("Van wie kwam de Kamerbrief over meerzorg thuis, en van welke datum is die brief?")
    assert signed.answerable and "Pouw-Verweij" in signed.answer and "8 september 2025" in signed.answer
    undated = assistant.ask("Van welke datum is de Kamerbrief over complexe zorg voor mensen met een verstandelijke "
                            "beperking (VG7)?")
    assert not undated.answerable and not undated.citations and "vind ik geen datum" in undated.answer
    # a letter's particular and a question about its content, in one message: both answered, one list of sources
    both = assistant.ask("Van welke datum is de brief over meerzorg thuis en welke maatregel kondigt die aan?")
    assert both.answerable and both.answer.startswith("**8 september 2025** [1]")
    assert "[2]" in both.answer and len(both.citations) >= 2
    assert [c.n for c in both.citations] == list(range(1, len(both.citations) + 1))  # one list of sources
    assert all(c.passage.doc_id == "meerzorg-thuis-2025" for c in both.citations)
    # ... the particular the letter does not give is said to be missing after the answer to the other part
    missing = assistant.ask("Welk kenmerk heeft de meerzorgbrief en wat is meerzorg?")
    assert missing.answerable and missing.answer.startswith("Meerzorg is")
    assert "vind ik geen kenmerk" in missing.answer


def test_an_article_the_law_has_but_not_in_force_is_said_to_be_so(assistant: Assistant) -> None:
    """The official XML lists article 4.3.3 as not yet in force: no passage holds it, and another article's reference to
    article 3.1.3 is not its text."""
    for number in ("4.3.3", "3.1.3"):
        answer = assistant.ask(f"Wat regelt artikel {number} van de Wlz?")
        assert not answer.answerable and not answer.citations
        assert f"Artikel {number} van de Wet langdurige zorg is nog niet in werking getreden" in answer.answer
    assert "staat niet in de tekst" in assistant.ask("Wat staat er in artikel 3.9.9 van de Wlz?").answer
    # whether such an article applies yet is answered from its status in the official text, quoted and cited
    applies = assistant.ask("Na 4.3.2 staat er nog een artikel 4.3.3 in de Wlz. Geldt dat artikel al?")
    assert applies.answerable and applies.answer.startswith("**Artikel 4.3.3 van de Wlz is nog niet in werking getreden**")
    assert applies.citations[0].supporting == "Dit onderdeel is nog niet inwerking getreden"
    assert applies.citations[0].passage.doc_id.startswith("wlz") and applies.verdict is None
