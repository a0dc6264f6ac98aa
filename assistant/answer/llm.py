"""The optional LLM answerer: a chat model writes the answer text, under strict grounding.

The model sees only the (standalone) question, the numbered retrieved passages and the rule-check verdict
(summary and conditions: it is told the verdict, it never decides it). Every sentence it writes is checked
against the passages it cites (:mod:`assistant.answer.support`); unsupported sentences are removed (or, in
``flag`` mode, marked). When nothing supported remains, or the model fails or is too slow, the extractive
answer is used instead, with a Dutch notice.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, Literal

from ..ports import ChatModel
from ..retrieval.text import header
from ..types import Citation, Hit, Passage, format_date_nl
from .hostile import without_instructions
from .support import DEFAULT_MIN_OVERLAP, apply_checks, check_sentences, is_refusal, markers, renumber

log = logging.getLogger(__name__)

NOTICE_UNREACHABLE = "Het taalmodel was niet bereikbaar; dit is het standaardantwoord uit de bronnen."
NOTICE_UNSUPPORTED = (
    "Het taalmodel gaf geen antwoord dat door de bronnen wordt onderbouwd; dit is het standaardantwoord uit de bronnen."
)
NOTICE_REMOVED = "{n} zin(nen) van het taalmodel zijn weggelaten omdat de bronnen ze niet onderbouwen."
NOTICE_FLAGGED = "{n} zin(nen) van het taalmodel worden niet door de bronnen onderbouwd en zijn gemarkeerd."

SYSTEM_NL = """Je bent de Wlz-assistent. Je beantwoordt vragen over de Wet langdurige zorg (Wlz) uitsluitend op basis van de genummerde bronpassages die je krijgt.

Regels:
1. Gebruik alleen wat in de passages staat. Verzin nooit regels, data, bedragen, percentages of namen.
2. Zet achter elke zin het nummer van de passage waarop die zin steunt, bijvoorbeeld [1] of [2][3]. Elke zin krijgt minstens één nummer.
3. Neem getallen, data en bedragen letterlijk over uit de passages.
4. Alleen als geen enkele passage iets over de vraag zegt, schrijf je: "De bronnen beantwoorden dit niet."
5. Als er een uitkomst van de regelcontrole is gegeven: die staat al boven je antwoord. Spreek die nooit tegen en beslis niet zelf; licht hem alleen toe met de passages.
6. Antwoord in het Nederlands, kort en zakelijk: hooguit vijf zinnen, geen kopjes, geen inleiding."""


@dataclass
class LLMResult:
    text: str
    citations: list[Citation]
    removed: list[str] = field(default_factory=list)  # unsupported sentences (removed, or flagged in flag mode)
    notice: str | None = None
    used_llm: bool = False
    raw: str = ""  # the model's text before checking (for logging)


class LLMTimeout(Exception):
    """The chat model did not finish within ``settings.llm.timeout_s``."""


class LLMComposer:
    """Writes a grounded answer with a chat model (:class:`assistant.ports.ChatModel`); see the module docstring.
    ``timeout_s``: the most the model may take for a whole answer."""

    def __init__(self, chat_model: ChatModel, *, timeout_s: float, mode: Literal["remove", "flag"] = "remove",
                 min_overlap: float = DEFAULT_MIN_OVERLAP, max_passages: int = 5, max_passage_chars: int = 1500) -> None:
        self.chat_model = chat_model
        self.timeout_s = timeout_s
        self.mode = mode
        self.min_overlap = min_overlap
        self.max_passages = max_passages
        self.max_passage_chars = max_passage_chars

    # --- public ---------------------------------------------------------------------------------------------
    def compose(self, question: str, hits: list[Hit], verdict: dict[str, Any] | None,
                extractive_fallback: Callable[[], tuple[str, list[Citation]]], *, tail: str = "",
                extra_citations: list[Citation] | None = None) -> LLMResult:
        """The checked LLM answer, or the extractive one (``used_llm=False``) with a notice."""
        result: LLMResult | None = None
        for item in self.stream(question, hits, verdict, extractive_fallback, tail=tail,
                                extra_citations=extra_citations):
            if isinstance(item, LLMResult):
                result = item
        assert result is not None
        return result

    def stream(self, question: str, hits: list[Hit], verdict: dict[str, Any] | None,
               extractive_fallback: Callable[[], tuple[str, list[Citation]]], *, tail: str = "",
               extra_citations: list[Citation] | None = None) -> Iterator[str | LLMResult]:
        """Yield the growing raw text as the model writes it, then the final checked text, then the LLMResult.

        ``extra_citations`` (the rule check's own sources, numbered 1..m) come first in the citation list;
        the verdict summary leads the text and ``tail`` (e.g. the ask-back for missing facts) ends it,
        exactly as in the extractive answer.
        """
        passages = [h.passage for h in hits[: self.max_passages]]
        lead = (verdict or {}).get("summary_nl", "") or ""
        system, user = self.prompt(question, passages, verdict)
        raw = ""
        t0 = time.perf_counter()
        try:
            for piece in self._stream_tokens(system, user):
                raw += piece
                yield raw
        except Exception as exc:  # noqa: BLE001 - any model failure means: the extractive answer
            log.warning("LLM failed (%s: %s); extractive fallback", type(exc).__name__, exc)
            result = self._fallback(extractive_fallback, NOTICE_UNREACHABLE, raw=raw)
            yield result.text
            yield result
            return
        log.info("LLM answered in %.1f s (%d chars)", time.perf_counter() - t0, len(raw))
        checked = self.check(raw, passages, lead=lead, tail=tail, extra_citations=extra_citations)
        if checked is None:
            log.info("LLM answer had no supported sentence; extractive fallback. Raw: %r", raw[:500])
            checks = check_sentences(raw, self._sources(passages), min_overlap=self.min_overlap)
            result = self._fallback(extractive_fallback, NOTICE_UNSUPPORTED, raw=raw,
                                    removed=[c.text for c in checks if not c.supported])
        else:
            result = checked
            if result.removed:
                log.info("LLM sentences without support: %s", result.removed)
        yield result.text
        yield result

    def prompt(self, question: str, passages: list[Passage], verdict: dict[str, Any] | None) -> tuple[str, str]:
        """The system and the user message."""
        return SYSTEM_NL, self.user_prompt(question, passages, verdict)

    def user_prompt(self, question: str, passages: list[Passage], verdict: dict[str, Any] | None) -> str:
        # passages first, the question last: small models answer the text they read last
        blocks = []
        for i, p in enumerate(passages, 1):
            text = without_instructions(p.text)  # documents are data: the model never reads their instructions
            text = text if len(text) <= self.max_passage_chars else text[: self.max_passage_chars] + " …"
            section = f" — {p.cite_label}" if p.section else ""
            blocks.append(f"[{i}] {p.title} ({format_date_nl(p.date)}){section}\n{text}")
        parts = ["Passages:\n\n" + "\n\n".join(blocks)]
        if verdict and verdict.get("summary_nl"):
            lines = [f"Uitkomst van de regelcontrole (vaststaand, niet tegenspreken): {verdict['summary_nl']}"]
            conds = [c for c in verdict.get("conditions", []) if c.get("text_nl")]
            if conds:
                lines.append("Voorwaarden:")
                lines.extend(f"- {c['text_nl']}" + (f" ({c['status']})" if c.get("status") else "") for c in conds)
            parts.append("\n".join(lines))
        parts.append(f"Vraag: {question}")
        parts.append("Beantwoord de vraag in het Nederlands, in eigen woorden en kort, alleen met de passages hierboven. "
                     "Zet achter elke zin het nummer van de passage, zo: \"Meerzorg is extra zorg [1].\"")
        return "\n\n".join(parts)

    def check(self, raw: str, passages: list[Passage], *, lead: str = "", tail: str = "",
              extra_citations: list[Citation] | None = None) -> LLMResult | None:
        """The checked answer built from the model's text, or None when no sentence is supported."""
        if is_refusal(raw):
            return None
        checks = check_sentences(raw, self._sources(passages), min_overlap=self.min_overlap)
        kept, removed = apply_checks(checks, self.mode)
        if not any(c.supported for c in checks):
            return None
        # renumber: the rule check's citations first (1..m), then passages in order of first use
        citations: list[Citation] = list(extra_citations or [])
        by_id = {c.passage.id: c.n for c in citations}
        mapping: dict[int, int] = {}
        supported = {c.text: c for c in checks if c.supported}
        for sentence in kept:
            for n in markers(sentence):
                if n in mapping or not 1 <= n <= len(passages):
                    continue
                p = passages[n - 1]
                if p.id in by_id:
                    mapping[n] = by_id[p.id]
                    continue
                new = len(citations) + 1
                by_id[p.id] = new
                mapping[n] = new
                citing = [c.content for s, c in supported.items() if n in c.markers] or [sentence]
                citations.append(Citation(new, p, _supporting(p.text, " ".join(citing))))
        body = " ".join(renumber(s, mapping) for s in kept)
        text = "\n\n".join(x for x in (lead, body, tail) if x)
        notice = None
        if removed:
            notice = (NOTICE_FLAGGED if self.mode == "flag" else NOTICE_REMOVED).format(n=len(removed))
        return LLMResult(text, citations, removed, notice, used_llm=True, raw=raw)

    # --- internals ----------------------------------------------------------------------------------------
    def _sources(self, passages: list[Passage]) -> dict[int, str]:
        return {i: f"{header(p)}\n{p.text}" for i, p in enumerate(passages, 1)}

    def _fallback(self, extractive: Callable[[], tuple[str, list[Citation]]], notice: str, *, raw: str = "",
                  removed: list[str] | None = None) -> LLMResult:
        text, citations = extractive()
        return LLMResult(text, citations, removed or [], notice, used_llm=False, raw=raw)

    def _stream_tokens(self, system: str, user: str) -> Iterator[str]:
        """The model's text pieces as they arrive; raises LLMTimeout past ``timeout_s`` in total.

        The model runs in a worker thread so that a hung connection or a slow local model cannot block the
        answer; on timeout the worker is told to stop at its next piece.
        """
        timeout = float(self.timeout_s)
        q: queue.Queue[tuple[str, Any]] = queue.Queue()
        stop = threading.Event()

        def work() -> None:
            try:
                for text in self.chat_model.stream(system, user):
                    if stop.is_set():
                        return
                    if text:
                        q.put(("piece", text))
                q.put(("done", None))
            except BaseException as exc:  # noqa: BLE001 - handed to the consumer thread
                q.put(("error", exc))

        worker = threading.Thread(target=work, name="wlz-llm", daemon=True)
        worker.start()
        deadline = time.monotonic() + timeout
        try:
            while True:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise LLMTimeout(f"geen antwoord binnen {timeout:g} s")
                try:
                    kind, value = q.get(timeout=remaining)
                except queue.Empty:
                    raise LLMTimeout(f"geen antwoord binnen {timeout:g} s") from None
                if kind == "piece":
                    yield value
                elif kind == "done":
                    return
                else:
                    raise value
        finally:
            stop.set()


def _supporting(passage_text: str, claim: str) -> str:
    """The passage sentence that shares most content tokens with ``claim`` (shown as the supporting quote)."""
    from ..ingest.chunk import sentence_spans
    from ..retrieval.text import tokens
    from .extractive import clean_sentence

    want = set(tokens(claim))
    best, best_score = "", -1.0
    for s, e in sentence_spans(passage_text):
        sent = clean_sentence(passage_text[s:e])
        have = set(tokens(sent))
        score = len(want & have) / (len(have) ** 0.5 or 1.0)
        if score > best_score:
            best, best_score = sent, score
    return best or clean_sentence(passage_text[:300])


__all__ = ["NOTICE_UNREACHABLE", "LLMComposer", "LLMResult", "LLMTimeout"]
