"""The Assistant: history → standalone query → rule check + retrieval → cited answer.

This is the one object the CLI, the evals and the Gradio app talk to.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from typing import Any

from .answer.extractive import Sentence, compose, select, split_question, with_definition
from .answer.gate import assess
from .answer.hostile import conflict_notices
from .answer.wording import (
    REFUSAL_NL,
    SOURCES_DUTCH_EN,
    Lang,
    language,
    peildatum_notice,
    refusal,
    verdict_lead,
    version_notice,
)
from .errors import InputError, ModelError
from .ingest.documents import collapse_ws, quote_in
from .inputs import clean_facts, clean_history, clean_question
from .retrieval.search import Filters, Retriever
from .settings import Settings, get_settings
from .types import Citation, Hit, Passage, provenance_nl

log = logging.getLogger(__name__)

FOLLOWUP = re.compile(
    r"^(en|maar|ook|geldt dat|geldt dit|en als|wat als|hoe zit het|hoeveel|waarom|wanneer|voor welk|dus|dan|"
    r"en voor|en bij|en in|welke|wie)\b|\b(dat|dit|daarvoor|daarvan|daarbij|die|deze|hiervoor|hierbij|ook)\b",
    re.I,
)


@dataclass
class Answer:
    question: str
    standalone: str
    answer: str
    answerable: bool
    verdict: dict[str, Any] | None
    citations: list[Citation]
    retrieved: list[Hit]
    timing_ms: dict[str, float] = field(default_factory=dict)
    notices: list[str] = field(default_factory=list)

    def to_json(self, id: Any = None) -> dict[str, Any]:
        out: dict[str, Any] = {} if id is None else {"id": id}
        out |= {
            "question": self.question,
            "standalone": self.standalone,
            "answer": self.answer,
            "answerable": self.answerable,
            "verdict": self.verdict,
            "citations": [c.to_json() for c in self.citations],
            "retrieved": [h.to_json() for h in self.retrieved],
            "notices": self.notices,
            "timing_ms": {k: round(v, 1) for k, v in self.timing_ms.items()},
        }
        return out


def standalone_query(question: str, history: list[dict[str, str]] | None) -> str:
    """Turn a follow-up into a standalone query by carrying over the previous user turn's topic."""
    users = [h["content"] for h in (history or [])
             if isinstance(h, dict) and h.get("role") == "user" and isinstance(h.get("content"), str) and h["content"].strip()]
    if not users:
        return question
    short = len(question.split()) <= 12
    if not (short or FOLLOWUP.search(question)):
        return question
    previous = collapse_ws(users[-1])[:400]
    return f"{question} ({previous})"


@dataclass
class _Prepared:
    """What is known before the answer text is written."""

    question: str
    standalone: str
    verdict: dict[str, Any] | None
    hits: list[Hit]
    answerable: bool
    notices: list[str]
    timing: dict[str, float]
    t0: float
    picked: list[Sentence] | None = None  # the answer's sentences, chosen once
    text: str = REFUSAL_NL
    lang: Lang = "nl"
    citations: list[Citation] = field(default_factory=list)

    def finish(self, t_compose: float) -> Answer:
        self.timing["compose"] = (time.perf_counter() - t_compose) * 1000
        self.timing["total"] = (time.perf_counter() - self.t0) * 1000
        self.notices.extend(conflict_notices(self.verdict, self.citations) if self.answerable else [])
        return Answer(self.question, self.standalone, self.text, self.answerable, self.verdict,
                      self.citations if self.answerable else [], self.hits, self.timing, self.notices)


class Assistant:
    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or get_settings()

    @cached_property
    def retriever(self) -> Retriever:
        return Retriever(self.settings)

    @cached_property
    def rulebook(self) -> Any:
        from .rules import RuleBook

        return RuleBook.load()

    def warm_up(self) -> None:
        """Load the index, the model and the rules now rather than on the first question."""
        self.retriever.search("warm-up", 1)
        _ = self.rulebook

    # --- answering ------------------------------------------------------------------------------
    def ask(self, question: str, history: list[dict[str, str]] | None = None, as_of: date | None = None,
            kinds: tuple[str, ...] = (), k: int | None = None, facts: dict[str, Any] | None = None,
            year: int | None = None) -> Answer:
        """Answer one question (with the conversation so far) from the corpus, with citations.
        ``as_of``: the stand van de bronnen; ``year``: the zorgjaar of the rule check (default: from the question)."""
        prep = self._prepare(question, history, as_of, kinds, k, facts, year)
        t = time.perf_counter()
        if prep.answerable:
            prep.text, prep.citations = self._compose(prep.standalone, prep.hits, prep.verdict, prep.notices,
                                                      prep.picked, prep.lang)
        return prep.finish(t)

    def stream(self, question: str, history: list[dict[str, str]] | None = None,
               as_of: date | None = None, facts: dict[str, Any] | None = None) -> Iterator[str | Answer]:
        """Yield the answer text as it grows, then the final Answer (its text is the checked one)."""
        prep = self._prepare(question, history, as_of, (), None, facts)
        t = time.perf_counter()
        if not prep.answerable or self.settings.llm.backend == "none":
            if prep.answerable:
                prep.text, prep.citations = self._compose(prep.standalone, prep.hits, prep.verdict, prep.notices,
                                                          prep.picked, prep.lang)
            words = prep.text.split(" ")
            for i in range(0, len(words), 6):
                yield " ".join(words[: i + 6])
            yield prep.finish(t)
            return
        from .answer.llm import NOTICE_UNREACHABLE

        rule_citations, lead, tail = self._frame(prep.verdict, prep.lang)

        def extractive() -> tuple[str, list[Citation]]:
            return compose(prep.standalone, prep.hits, lead=lead, tail=tail, extra_citations=rule_citations,
                           sentences=prep.picked)

        try:
            for piece in self.llm.stream(prep.standalone, prep.hits, prep.verdict, extractive, tail=tail,
                                         extra_citations=rule_citations):
                if isinstance(piece, str):
                    yield piece
                else:
                    prep.text, prep.citations = piece.text, piece.citations
                    if piece.notice:
                        prep.notices.append(piece.notice)
        except ModelError as exc:
            log.warning("LLM backend unusable: %s", exc)
            prep.text, prep.citations = extractive()
            prep.notices.append(NOTICE_UNREACHABLE)
        prep.citations = self._mark_superseded(prep.citations, prep.verdict)
        yield prep.finish(t)

    def _prepare(self, question: str, history: list[dict[str, str]] | None, as_of: date | None,
                 kinds: tuple[str, ...], k: int | None, facts: dict[str, Any] | None,
                 year: int | None = None) -> _Prepared:
        t0 = time.perf_counter()
        limits = self.settings.limits
        question = clean_question(question, limits)
        history = clean_history(history, limits)  # text turns only, cleaned, within the history limits
        facts = clean_facts(facts, limits) or None
        standalone = standalone_query(question, history)
        timing: dict[str, float] = {}

        t = time.perf_counter()
        verdict_obj = self.rulebook.check_question(question, history=history, as_of=as_of, facts=facts, year=year)
        verdict = verdict_obj.to_json() if verdict_obj is not None else None
        if verdict_obj is not None and verdict is not None:
            verdict["receipt"] = self.rulebook.receipt(verdict_obj)  # the verantwoording (issue 12)
        timing["rules"] = (time.perf_counter() - t) * 1000

        t = time.perf_counter()
        k = k or max(5, self.settings.retrieval.k)
        filters = Filters(kinds=kinds, as_of=as_of)
        parts = split_question(question)
        if len(parts) > 1:  # each part of a two-part question gets its own search; results are interleaved
            queries = [standalone] + [standalone_query(p, history) for p in parts]
            vectors = self.retriever.embedder.embed_queries(queries)  # one forward pass for all of them
            hits = _interleave([self.retriever.search(q, k, filters=filters, vector=v)
                                for q, v in zip(queries, vectors, strict=True)], limit=k + 5 * (len(parts) - 1))
        else:
            hits = self.retriever.search(standalone, k, filters=filters)
        hits = with_definition(standalone, hits, self.retriever.usable(filters))
        timing["retrieve"] = (time.perf_counter() - t) * 1000

        # the sentences are picked once per request: the gate judges them and the answer quotes them
        picked = select(standalone, hits, following=self.retriever.text_after)
        r = self.retriever
        evidence = assess(question, hits, vocab=r.vocab, corpus_lower=r.corpus_lower, sentences=[s.text for s in picked],
                          context=standalone, doc_freq=r.doc_freq, passages=len(r.passages),
                          limits=self.settings.answers)
        log.info("evidence %s", evidence)
        lang = language(question)
        notices: list[str] = [SOURCES_DUTCH_EN] if lang == "en" and evidence.answerable else []
        if as_of is not None:
            notices.append(peildatum_notice(lang, as_of))
        notices.extend(self._version_notices(hits, as_of, lang))
        prep = _Prepared(question, standalone, verdict, hits, verdict is not None or evidence.answerable, notices,
                         timing, t0, picked)
        prep.lang = lang
        prep.text = evidence.message_nl or refusal(lang)
        return prep

    def _version_notices(self, hits: list[Hit], as_of: date | None, lang: Lang = "nl") -> list[str]:
        """Say so when an answer quotes the newer version of a document whose older version is also in the corpus."""
        r = self.retriever
        when = as_of or date.today()
        out = []
        for old, new in r.newer.items():
            if r.superseded[old] <= when and any(h.passage.doc_id == new for h in hits):
                newest = next(h.passage for h in hits if h.passage.doc_id == new)
                out.append(version_notice(lang, newest.title, newest.date))
        return out

    @cached_property
    def llm(self) -> Any:
        """The optional LLM composer (settings.llm.backend != "none"), built once."""
        from .adapters.llm import make_chat_model
        from .answer.llm import LLMComposer

        return LLMComposer(make_chat_model(self.settings), self.settings)

    def _frame(self, verdict: dict[str, Any] | None, lang: Lang = "nl") -> tuple[list[Citation], str, str]:
        """What surrounds the answer: the verdict's citations, its summary as the lead (with [n]), the asks."""
        rule_citations = self._verdict_citations(verdict) if verdict else []
        lead = verdict_lead(lang, verdict.get("outcome", ""), verdict.get("summary_nl", "")) if verdict else ""
        if lead and rule_citations:
            lead = f"{lead} " + "".join(f"[{c.n}]" for c in rule_citations)
        return rule_citations, lead, self._ask_back(verdict)

    def _compose(self, standalone: str, hits: list[Hit], verdict: dict[str, Any] | None,
                 notices: list[str], picked: list[Sentence] | None = None,
                 lang: Lang = "nl") -> tuple[str, list[Citation]]:
        """Verdict first, then the answer (extractive, or an LLM under the support check), then questions back."""
        rule_citations, lead, tail = self._frame(verdict, lang)

        def extractive() -> tuple[str, list[Citation]]:
            return compose(standalone, hits, lead=lead, tail=tail, extra_citations=rule_citations, sentences=picked)

        if self.settings.llm.backend == "none":
            text, citations = extractive()
        else:
            from .answer.llm import NOTICE_UNREACHABLE

            try:
                res = self.llm.compose(standalone, hits, verdict, extractive, tail=tail, extra_citations=rule_citations)
                text, citations = res.text, res.citations
                if res.notice:
                    notices.append(res.notice)
                if res.removed:
                    log.info("LLM sentences removed as unsupported: %s", res.removed)
            except ModelError as exc:
                log.warning("LLM backend unusable: %s", exc)
                text, citations = extractive()
                notices.append(NOTICE_UNREACHABLE)
        return text, self._mark_superseded(citations, verdict)

    # --- verdict plumbing -----------------------------------------------------------------------
    def _passage_for_quote(self, doc_id: str, quote: str) -> tuple[Passage, str] | None:
        """The passage holding a rule's quote, and the part of the quote it holds (a quote may span two)."""
        q = collapse_ws(quote)
        candidates = self.retriever.by_doc.get(doc_id, [])
        for p in candidates:
            if quote_in(p.text, q):
                return p, q
        words = q.split()
        for n in range(len(words) - 1, max(3, len(words) // 2) - 1, -1):  # longest head of the quote that fits
            head = " ".join(words[:n])
            for p in candidates:
                if quote_in(p.text, head):
                    return p, head
        return None

    def _verdict_citations(self, verdict: dict[str, Any]) -> list[Citation]:
        out: list[Citation] = []
        seen: set[str] = set()
        cites: list[dict[str, Any]] = []
        for cond in verdict.get("conditions", []):
            cites.extend(cond.get("citations", []))
        cites.extend(verdict.get("citations", []))
        for c in cites:
            found = self._passage_for_quote(c.get("doc_id", ""), c.get("quote", ""))
            if found is None or found[0].id in seen:
                continue
            p, supporting = found
            seen.add(p.id)
            out.append(Citation(len(out) + 1, p, supporting))
            if len(out) >= 4:
                break
        return out

    def _mark_superseded(self, citations: list[Citation], verdict: dict[str, Any] | None) -> list[Citation]:
        if not verdict or not verdict.get("superseded"):
            return citations
        out = []
        for c in citations:
            by = None
            for s in verdict["superseded"]:
                if s.get("doc_id") == c.passage.doc_id and quote_in(c.passage.text, s.get("quote", "")):
                    by = s.get("superseded_by")
            out.append(Citation(c.n, c.passage, c.supporting, by) if by else c)
        return out

    @staticmethod
    def _ask_back(verdict: dict[str, Any] | None) -> str:
        if not verdict or not verdict.get("missing_facts"):
            return ""
        asks = [m["ask_nl"] for m in verdict["missing_facts"] if m.get("ask_nl")]
        return "Om dit te kunnen beoordelen: " + " ".join(asks) if asks else ""


def _interleave(rankings: list[list[Hit]], limit: int) -> list[Hit]:
    """Round-robin over several rankings, each passage once, the first ranking leading."""
    out: list[Hit] = []
    seen: set[str] = set()
    for rank in range(max(len(r) for r in rankings)):
        for ranking in rankings:
            if rank < len(ranking) and ranking[rank].passage.id not in seen:
                seen.add(ranking[rank].passage.id)
                out.append(ranking[rank])
    return out[:limit]


class Library:
    """Documents and their cleaned text, for the Bronnen tab and the document viewer."""

    def __init__(self, settings: Settings) -> None:
        from .ingest.documents import Documents

        self.settings = settings
        self._documents = Documents(settings.corpus_dir)

    def documents(self, passage_counts: dict[str, int] | None = None,
                  skipped: dict[str, str] | None = None) -> list[dict[str, Any]]:
        from .ingest.documents import newer_versions

        counts = passage_counts or {}
        rows = []
        metas = self._documents.metas()
        newer = newer_versions(metas)
        for m in metas:
            by = newer.get(m.id)
            rows.append({
                "current": by is None,
                "actualiteit": f"vervangen door {by.title} ({by.date_nl})" if by else "actueel",
                "bwb_id": m.bwb_id, "source": m.source,
                "id": m.id, "title": m.title, "kind": m.kind, "publisher": m.publisher,
                "date": m.date.isoformat(), "date_nl": m.date_nl, "date_status": m.date_status,
                "date_note": m.date_note, "reference": m.reference, "url": m.url, "file": m.file,
                "added": m.added.isoformat() if m.added else "", "provenance": provenance_nl(m.added),
                "passages": counts.get(m.id, 0),
                "status": "geïndexeerd" if counts.get(m.id) else (skipped or {}).get(m.id, "niet geïndexeerd"),
            })
        return rows

    def document(self, doc_id: str) -> Any:
        meta = self._documents.meta(doc_id)
        if meta is None:
            raise InputError(f"Document '{doc_id}' bestaat niet in het corpus.")
        return self._documents.clean(meta)  # cleaned once per file version: the viewer reopens documents often


def skipped_documents(assistant: Assistant) -> dict[str, str]:
    """Documents the index in service had to skip (unreadable), with the Dutch reason."""
    return dict(assistant.retriever.skipped)


def passage_counts(assistant: Assistant) -> dict[str, int]:
    counts: dict[str, int] = {}
    for p in assistant.retriever.passages:
        counts[p.doc_id] = counts.get(p.doc_id, 0) + 1
    return counts
