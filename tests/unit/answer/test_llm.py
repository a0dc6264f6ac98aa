from __future__ import annotations

import itertools
import threading
from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest

from assistant.answer.llm import NOTICE_UNREACHABLE, NOTICE_UNSUPPORTED, LLMComposer, LLMResult
from assistant.answer.support import check_sentences, markers
from assistant.types import Citation, Hit, Passage
from tests.fakes import ScriptedChatModel

pytestmark = pytest.mark.unit

P_MEERZORG = Passage(
    doc_id="kb-meerzorg", title="Kamerbrief meerzorg thuis", kind="kamerbrief", date=date(2025, 9, 8),
    section=("Meerzorg",), page=2, start=0, end=300,
    text=("Het zorgkantoor kan meerzorg toekennen wanneer de zorgbehoefte van een cliënt in een instelling "
          "uitstijgt boven het zorgprofiel. Vanaf 1 januari 2026 geldt een drempel van 25 procent boven het "
          "tarief van het zorgprofiel."),
)
P_VPT = Passage(
    doc_id="zn-inkoop", title="Aanvullende inkoopvoorwaarden", kind="inkoopvoorwaarden", date=date(2025, 7, 1),
    section=("Mondzorg",), page=14, start=0, end=200,
    text=("Bij een volledig pakket thuis (vpt) valt de mondzorg niet onder de prestatie van de zorgaanbieder. "
          "De cliënt declareert de tandarts zelf bij het zorgkantoor."),
)
P_OTHER = Passage(
    doc_id="kb-lvhc", title="Kamerbrief LVHC", kind="kamerbrief", date=date(2026, 5, 26),
    section=(), page=None, start=0, end=100,
    text="De capaciteit voor LVHC-zorg wordt uitgebreid met twee locaties.",
)
HITS = [Hit(P_VPT, 0.9), Hit(P_MEERZORG, 0.8), Hit(P_OTHER, 0.5)]
QUESTION = "Wie betaalt de tandarts bij een vpt?"
EXTRACTIVE = ("De cliënt declareert de tandarts zelf bij het zorgkantoor. [1]", [Citation(1, P_VPT, "De cliënt …")])


def fake(*answers: str) -> ScriptedChatModel:
    return ScriptedChatModel(*answers)


def extractive() -> tuple[str, list[Citation]]:
    return EXTRACTIVE


def compose(model: Any, verdict: dict[str, Any] | None = None, **kw: Any) -> LLMResult:
    composer = LLMComposer(model, timeout_s=kw.pop("timeout", 5.0), **kw)
    return composer.compose(QUESTION, HITS, verdict, extractive)


def test_supported_answer_is_kept_with_markers() -> None:
    r = compose(fake("Bij een vpt declareert de cliënt de tandarts zelf bij het zorgkantoor [1]. "
                     "De mondzorg valt niet onder de prestatie van de zorgaanbieder. [1]"))
    assert r.used_llm and r.notice is None and r.removed == []
    assert r.text == ("Bij een vpt declareert de cliënt de tandarts zelf bij het zorgkantoor [1]. "
                      "De mondzorg valt niet onder de prestatie van de zorgaanbieder [1].")
    assert [(c.n, c.passage.id) for c in r.citations] == [(1, P_VPT.id)]
    assert r.citations[0].supporting.startswith("De cliënt declareert de tandarts")


def test_citations_renumbered_in_order_of_use() -> None:
    # the model cites passage 2 first: it becomes [1]; passage 1 becomes [2]; passage 3 (uncited) is dropped
    r = compose(fake("Het zorgkantoor kan meerzorg toekennen als de zorgbehoefte boven het zorgprofiel uitstijgt [2]. "
                     "Bij een vpt declareert de cliënt de tandarts zelf bij het zorgkantoor [1]."))
    assert r.used_llm
    assert [(c.n, c.passage.doc_id) for c in r.citations] == [(1, "kb-meerzorg"), (2, "zn-inkoop")]
    assert r.text.endswith("uitstijgt [1]. Bij een vpt declareert de cliënt de tandarts zelf bij het zorgkantoor [2].")
    for c in r.citations:
        assert f"[{c.n}]" in r.text


def test_unsupported_sentence_is_removed() -> None:
    r = compose(fake("De cliënt declareert de tandarts zelf bij het zorgkantoor [1]. "
                     "Daarnaast krijgt iedere cliënt een gratis taxi naar de dagbesteding [1]."))
    assert r.used_llm
    assert r.text == "De cliënt declareert de tandarts zelf bij het zorgkantoor [1]."
    assert r.removed == ["Daarnaast krijgt iedere cliënt een gratis taxi naar de dagbesteding [1]."]
    assert r.notice and "weggelaten" in r.notice


def test_flag_mode_keeps_and_marks() -> None:
    r = compose(fake("De cliënt declareert de tandarts zelf bij het zorgkantoor [1]. "
                     "Daarnaast krijgt iedere cliënt een gratis taxi naar de dagbesteding [1]."), mode="flag")
    assert "dagbesteding [1] [niet onderbouwd]." in r.text
    assert len(r.removed) == 1 and r.notice and "gemarkeerd" in r.notice


def test_invented_number_is_removed() -> None:
    r = compose(fake("Het zorgkantoor kan meerzorg toekennen boven het zorgprofiel [2]. "
                     "Vanaf 1 januari 2026 geldt een drempel van 30 procent boven het tarief [2]."))
    assert r.used_llm
    assert "30 procent" not in r.text and "2026" not in r.text
    assert r.removed == ["Vanaf 1 januari 2026 geldt een drempel van 30 procent boven het tarief [2]."]


def test_marker_out_of_range_and_unmarked_sentences_removed() -> None:
    r = compose(fake("De cliënt declareert de tandarts zelf bij het zorgkantoor [1]. "
                     "De zorgaanbieder betaalt de mondzorg [9]. "
                     "Dat is goed geregeld."))
    assert r.text == "De cliënt declareert de tandarts zelf bij het zorgkantoor [1]."
    assert r.removed == ["De zorgaanbieder betaalt de mondzorg [9].", "Dat is goed geregeld."]


def test_nothing_supported_falls_back_to_extractive() -> None:
    r = compose(fake("Iedereen krijgt gratis taxivervoer [1]. Dat kost 12 euro [4]."))
    assert not r.used_llm and (r.text, r.citations) == EXTRACTIVE
    assert r.notice == NOTICE_UNSUPPORTED and len(r.removed) == 2


def test_model_refusal_falls_back_to_extractive() -> None:
    r = compose(fake("De bronnen beantwoorden dit niet."))
    assert not r.used_llm and r.text == EXTRACTIVE[0] and r.notice == NOTICE_UNSUPPORTED


def test_llm_error_falls_back_with_notice() -> None:
    r = compose(ScriptedChatModel(ConnectionError("server weg")))
    assert not r.used_llm and (r.text, r.citations) == EXTRACTIVE
    assert r.notice == NOTICE_UNREACHABLE


def test_slow_model_times_out_and_falls_back() -> None:
    """The fallback comes from the timeout while the model is still busy (no wall-clock bound: a model that
    never answers would make this test hang until ``release``, then fail on ``answered``)."""
    release, answered = threading.Event(), threading.Event()

    def slow() -> Iterator[str]:
        release.wait(30)
        answered.set()
        yield "De cliënt declareert de tandarts zelf bij het zorgkantoor [1]."

    try:
        r = compose(ScriptedChatModel(slow), timeout=0.3)
        assert not answered.is_set()
    finally:
        release.set()
    assert not r.used_llm and r.text == EXTRACTIVE[0] and r.notice == NOTICE_UNREACHABLE


def test_stream_yields_growing_text_then_checked_text_then_result() -> None:
    answer = ("De cliënt declareert de tandarts zelf bij het zorgkantoor [1]. "
              "Daarnaast krijgt iedere cliënt een gratis taxi [1].")
    composer = LLMComposer(fake(answer), timeout_s=5.0)
    items = list(composer.stream(QUESTION, HITS, None, extractive))
    *texts, final_text, result = items
    assert isinstance(result, LLMResult) and result.used_llm
    assert all(isinstance(t, str) for t in texts) and len(texts) > 5
    assert all(b.startswith(a) for a, b in itertools.pairwise(texts))  # growing
    assert texts[-1] == answer
    assert final_text == result.text == "De cliënt declareert de tandarts zelf bij het zorgkantoor [1]."


def test_stream_fallback_on_error_yields_extractive_then_result() -> None:
    items = list(LLMComposer(ScriptedChatModel(TimeoutError("traag")), timeout_s=5.0).stream(
        QUESTION, HITS, None, extractive))
    assert items[-2] == EXTRACTIVE[0]
    assert isinstance(items[-1], LLMResult) and items[-1].notice == NOTICE_UNREACHABLE


def test_prompt_holds_only_question_passages_and_verdict() -> None:
    verdict = {"summary_nl": "Ja, meerzorg is mogelijk.", "outcome": "yes",
               "conditions": [{"text_nl": "De cliënt woont in een instelling.", "status": "met"}]}
    composer = LLMComposer(fake("x"), timeout_s=5.0)
    system, text = composer.prompt(QUESTION, [h.passage for h in HITS], verdict)
    assert "De bronnen beantwoorden dit niet." in system
    assert text.startswith("Passages:\n\n[1] ") and f"Vraag: {QUESTION}" in text
    assert "Ja, meerzorg is mogelijk." in text and "- De cliënt woont in een instelling. (met)" in text
    assert "[1] Aanvullende inkoopvoorwaarden (1 juli 2025) — Mondzorg\nBij een volledig pakket" in text
    assert "[3] Kamerbrief LVHC (26 mei 2026)\n" in text


def test_verdict_leads_and_rule_citations_come_first() -> None:
    verdict = {"summary_nl": "Ja: bij een vpt declareert de cliënt de tandarts zelf.", "conditions": []}
    rule_cite = Citation(1, P_MEERZORG, "Het zorgkantoor kan meerzorg toekennen …")
    composer = LLMComposer(fake("De cliënt declareert de tandarts zelf bij het zorgkantoor [1]. "
                                "Het zorgkantoor kan meerzorg toekennen boven het zorgprofiel [2]."), timeout_s=5.0)
    r = composer.compose(QUESTION, HITS, verdict, extractive, tail="Om dit te kunnen beoordelen: woont u thuis?",
                         extra_citations=[rule_cite])
    lead, body, tail = r.text.split("\n\n")
    assert lead == verdict["summary_nl"] and tail.startswith("Om dit te kunnen beoordelen")
    # the meerzorg passage is already rule citation 1: reused; the vpt passage becomes 2
    assert body == ("De cliënt declareert de tandarts zelf bij het zorgkantoor [2]. "
                    "Het zorgkantoor kan meerzorg toekennen boven het zorgprofiel [1].")
    assert [(c.n, c.passage.doc_id) for c in r.citations] == [(1, "kb-meerzorg"), (2, "zn-inkoop")]


def test_kept_text_passes_its_own_check() -> None:
    r = compose(fake("Het zorgkantoor kan meerzorg toekennen als de zorgbehoefte boven het zorgprofiel uitstijgt [2]. "
                     "Vanaf 1 januari 2026 geldt een drempel van 25 procent [2]. Verzonnen zin zonder bron."))
    sources = {c.n: c.passage.text for c in r.citations}
    checks = check_sentences(r.text, sources)
    assert checks and all(c.supported for c in checks)
    assert {n for c in checks for n in markers(c.text)} == set(sources)
