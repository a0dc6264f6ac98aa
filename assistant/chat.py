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

from .answer.extractive import REFUSAL_NL, compose
from .errors import InputError
from .ingest.clean import normalise_ws
from .retrieval.search import Filters, Retriever
from .settings import Settings, get_settings
from .types import Citation, Hit, Passage, format_date_nl

log = logging.getLogger(__name__)

MAX_QUESTION_CHARS = 2000
# Calibrated on evals/data/dev.jsonl (python -m evals calibrate): below both, nothing relevant was found.
MIN_DENSE = 0.40
MIN_LEXICAL = 6.0
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

    def to_json(self, id: Any = None) -> dict[str, Any]:  # noqa: A002 - the batch contract names it "id"
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


def clean_question(question: Any) -> str:
    """Validate a user question; raises InputError with a Dutch message."""
    if not isinstance(question, str):
        raise InputError("Stel uw vraag als tekst.")
    text = "".join(ch for ch in question if ch.isprintable() or ch in "\n\t")
    text = normalise_ws(text)
    if not text:
        raise InputError("Uw vraag is leeg. Typ een vraag, bijvoorbeeld: 'Wie betaalt de tandarts bij een VPT?'")
    if len(text) > MAX_QUESTION_CHARS:
        raise InputError(f"Uw vraag is te lang ({len(text)} tekens). Houd het bij maximaal {MAX_QUESTION_CHARS} tekens.")
    if not re.search(r"[A-Za-zÀ-ÿ]{2,}", text):
        raise InputError("Ik herken geen vraag in deze tekst. Stel uw vraag in het Nederlands.")
    return text


def standalone_query(question: str, history: list[dict[str, str]] | None) -> str:
    """Turn a follow-up into a standalone query by carrying over the previous user turn's topic."""
    users = [h.get("content", "") for h in (history or []) if h.get("role") == "user" and h.get("content")]
    if not users:
        return question
    short = len(question.split()) <= 12
    if not (short or FOLLOWUP.search(question)):
        return question
    previous = normalise_ws(users[-1])[:400]
    return f"{question} ({previous})"


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
            kinds: tuple[str, ...] = (), k: int | None = None, facts: dict[str, Any] | None = None) -> Answer:
        t0 = time.perf_counter()
        question = clean_question(question)
        history = [h for h in (history or []) if isinstance(h, dict)]
        standalone = standalone_query(question, history)
        timing: dict[str, float] = {}

        t = time.perf_counter()
        verdict_obj = self.rulebook.check_question(question, history=history, as_of=as_of, facts=facts)
        verdict = verdict_obj.to_json() if verdict_obj is not None else None
        timing["rules"] = (time.perf_counter() - t) * 1000

        t = time.perf_counter()
        filters = Filters(kinds=kinds, as_of=as_of)
        hits = self.retriever.search(standalone, k or max(5, self.settings.retrieval.k), filters=filters)
        timing["retrieve"] = (time.perf_counter() - t) * 1000

        t = time.perf_counter()
        answerable = verdict is not None or self._relevant(hits)
        notices: list[str] = []
        if as_of is not None:
            notices.append(f"Alleen bronnen van vóór of op {format_date_nl(as_of)} zijn gebruikt (peildatum).")
        if not answerable:
            text, citations = REFUSAL_NL, []
        else:
            rule_citations = self._verdict_citations(verdict) if verdict else []
            lead = verdict.get("summary_nl", "") if verdict else ""
            if lead and rule_citations:
                lead = f"{lead} " + "".join(f"[{c.n}]" for c in rule_citations)
            tail = self._ask_back(verdict)
            text, citations = compose(standalone, hits, lead=lead, tail=tail, extra_citations=rule_citations)
            citations = self._mark_superseded(citations, verdict)
        timing["compose"] = (time.perf_counter() - t) * 1000
        timing["total"] = (time.perf_counter() - t0) * 1000
        return Answer(question, standalone, text, answerable, verdict, citations, hits, timing, notices)

    def stream(self, question: str, history: list[dict[str, str]] | None = None,
               as_of: date | None = None, facts: dict[str, Any] | None = None) -> Iterator[str | Answer]:
        """Yield the answer text in growing pieces, then the final Answer."""
        answer = self.ask(question, history, as_of, facts=facts)
        words = answer.answer.split(" ")
        for i in range(0, len(words), 6):
            yield " ".join(words[: i + 6])
        yield answer

    def _relevant(self, hits: list[Hit]) -> bool:
        if not hits:
            return False
        dense = max((h.raw.get("dense", 0.0) for h in hits), default=0.0)
        lexical = max((h.raw.get("lexical", 0.0) for h in hits), default=0.0)
        return dense >= MIN_DENSE or lexical >= MIN_LEXICAL

    # --- verdict plumbing -----------------------------------------------------------------------
    def _passage_for_quote(self, doc_id: str, quote: str) -> Passage | None:
        q = normalise_ws(quote)
        for p in self.retriever.passages:
            if p.doc_id == doc_id and q in normalise_ws(p.text):
                return p
        # a quote spanning two passages: the one holding its first half
        head = q[: max(30, len(q) // 2)]
        return next((p for p in self.retriever.passages if p.doc_id == doc_id and head in normalise_ws(p.text)), None)

    def _verdict_citations(self, verdict: dict[str, Any]) -> list[Citation]:
        out: list[Citation] = []
        seen: set[str] = set()
        cites: list[dict[str, Any]] = []
        for cond in verdict.get("conditions", []):
            cites.extend(cond.get("citations", []))
        cites.extend(verdict.get("citations", []))
        for c in cites:
            p = self._passage_for_quote(c.get("doc_id", ""), c.get("quote", ""))
            if p is None or p.id in seen:
                continue
            seen.add(p.id)
            out.append(Citation(len(out) + 1, p, normalise_ws(c.get("quote", ""))))
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
                if s.get("doc_id") == c.passage.doc_id and normalise_ws(s.get("quote", "")) in normalise_ws(c.passage.text):
                    by = s.get("superseded_by")
            out.append(Citation(c.n, c.passage, c.supporting, by) if by else c)
        return out

    @staticmethod
    def _ask_back(verdict: dict[str, Any] | None) -> str:
        if not verdict or not verdict.get("missing_facts"):
            return ""
        asks = [m["ask_nl"] for m in verdict["missing_facts"] if m.get("ask_nl")]
        return "Om dit te kunnen beoordelen: " + " ".join(asks) if asks else ""


class Library:
    """Documents and their cleaned text, for the Bronnen tab and the document viewer."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def documents(self, passage_counts: dict[str, int] | None = None) -> list[dict[str, Any]]:
        from .corpus import load_manifest

        counts = passage_counts or {}
        rows = []
        for m in load_manifest(self.settings.manifest_path):
            rows.append({
                "id": m.id, "title": m.title, "kind": m.kind, "publisher": m.publisher,
                "date": m.date.isoformat(), "date_nl": m.date_nl, "date_status": m.date_status,
                "date_note": m.date_note, "reference": m.reference, "url": m.url, "file": m.file,
                "passages": counts.get(m.id, 0), "status": "geïndexeerd" if counts.get(m.id) else "niet geïndexeerd",
            })
        return rows

    def document(self, doc_id: str) -> Any:
        from .corpus import load_manifest
        from .ingest.clean import clean_document

        for m in load_manifest(self.settings.manifest_path):
            if m.id == doc_id:
                return clean_document(m, self.settings.corpus_dir)
        raise InputError(f"Document '{doc_id}' bestaat niet in het corpus.")


def passage_counts(assistant: Assistant) -> dict[str, int]:
    counts: dict[str, int] = {}
    for p in assistant.retriever.passages:
        counts[p.doc_id] = counts.get(p.doc_id, 0) + 1
    return counts
