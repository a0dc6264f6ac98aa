"""The app's event handlers as plain Python: they call the Assistant and the renderers, never gradio.

Errors: an :class:`AssistantError` shows its ``message_nl``; anything else is logged with its
traceback and shown as one short Dutch sentence.
"""

from __future__ import annotations

import inspect
import logging
import re
import threading
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

from ..bootstrap import build_assistant, sources
from ..chat import Assistant
from ..errors import AssistantError, InputError
from ..inputs import clean_facts, clean_history, clean_question
from ..settings import Settings
from ..types import Answer
from . import render
from .feedback import FeedbackStore

log = logging.getLogger("assistant.ui")

GENERIC_ERROR_NL = "Er ging iets mis. Probeer het opnieuw; de details staan in het logboek van de beheerder."
EXAMPLES_NL = [
    "Kunnen wij in 2026 consultatie en advies (C&A) declareren voor cliënten met NAH+?",
    "Mogen wij in 2026 expertisezorg voor Korsakov inkopen als DEC?",
    "Hoe bepaalt het zorgkantoor het productieplafond voor LVHC-plaatsen?",
    "Wat staat er in de Kamerbrief over meerzorg thuis?",
    "Wie betaalt hulpmiddelen bij een VPT?",
]


def user_message(exc: BaseException) -> str:
    if isinstance(exc, AssistantError):
        log.info("user-facing error: %s", exc)
        return exc.message_nl
    log.exception("unexpected error in the UI", exc_info=exc)
    return GENERIC_ERROR_NL


def parse_date_nl(text: str | None) -> date | None:
    """``JJJJ-MM-DD`` or ``DD-MM-JJJJ`` (also with / or .); empty → None; else InputError in Dutch."""
    text = (text or "").strip()
    if not text:
        return None
    m = re.fullmatch(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})", text)
    n = re.fullmatch(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})", text)
    try:
        if m:
            return date(int(m[1]), int(m[2]), int(m[3]))
        if n:
            return date(int(n[3]), int(n[2]), int(n[1]))
    except ValueError:
        pass
    raise InputError(f"Ongeldige peildatum '{text[:20]}'. Gebruik bijvoorbeeld 2026-03-01 of 1-3-2026.")


class Controller:
    """Holds the Assistant (swapped after a re-index), the library and the feedback store."""

    def __init__(self, settings: Settings, assistant: Assistant | None = None) -> None:
        self.settings = settings
        self.assistant = assistant or build_assistant(settings)
        self.sources = sources(settings)
        self.feedback = FeedbackStore(settings.data_dir, settings.limits)
        self._reindex_lock = threading.Lock()
        self.reindexing = False

    # ------------------------------------------------------------------ chat
    def stream(self, question: str, history: list[dict[str, str]], as_of_text: str = "",
               facts: dict[str, Any] | None = None) -> Iterator[str | dict[str, Any]]:
        """Validated question → growing text pieces, then the final answer as JSON (``Answer.to_json()``)."""
        limits = self.settings.limits
        as_of = parse_date_nl(as_of_text)
        question = clean_question(question, limits)
        history = clean_history(history, limits)
        facts = clean_facts(facts, limits)
        kwargs: dict[str, Any] = {}
        if facts and "facts" in inspect.signature(self.assistant.stream).parameters:
            kwargs["facts"] = facts
        for item in self.assistant.stream(question, history, as_of, **kwargs):
            if isinstance(item, Answer):
                yield item.to_json()
            else:
                yield str(item)

    def ask(self, question: str, history: list[dict[str, str]] | None = None, as_of: str | None = None) -> dict[str, Any]:
        limits = self.settings.limits
        answer = self.assistant.ask(clean_question(question, limits), clean_history(history, limits),
                                    parse_date_nl(as_of))
        return answer.to_json()

    # ------------------------------------------------------------------ documents
    def documents(self) -> list[dict[str, Any]]:
        return self.sources.documents(self.assistant.passage_counts(), self.assistant.skipped_documents())

    def document(self, doc_id: str) -> Any:
        return self.sources.document(doc_id)

    def document_view(self, doc_id: str, start: int | None = None, end: int | None = None, supporting: str = "",
                      quote: str = "", passage_id: str = "") -> str:
        doc = self.document(doc_id)
        passage_text = ""
        if passage_id:
            passage_text = self.assistant.passage_text(passage_id)
        return render.document_html(doc, start, end, supporting, quote, passage_text)

    # ------------------------------------------------------------------ rules
    def rules(self) -> list[dict[str, Any]]:
        book = self.assistant.rulebook
        return [{"id": r.id, "question_nl": r.question_nl, "facts": list(r.facts)} for r in book.rules.values()]

    def regelcheck(self, rule_id: str, facts: dict[str, Any], year: int | None = None,
                   as_of: str | None = None) -> dict[str, Any]:
        if not rule_id:
            raise InputError("Kies eerst een regel.")
        when = parse_date_nl(as_of)
        if when is not None and year:
            raise InputError("Vul een jaar óf een peildatum in, niet allebei.")
        facts = clean_facts(facts, self.settings.limits)
        clean = {k: v for k, v in facts.items() if v not in (None, "", "onbekend")}
        verdict = self.assistant.rulebook.check(rule_id, clean, as_of=when, year=int(year) if year else None)
        return verdict.to_json()

    # ------------------------------------------------------------------ admin: add a document
    def add_document(self, path: str | Path, title: str, date_text: str, kind: str, publisher: str = "",
                     date_status: str = "stated", date_note: str = "") -> Iterator[str]:
        """Validate, add and re-index in a background thread; yields Dutch progress lines."""
        if not self.settings.app.admin:
            raise InputError("Documenten toevoegen is uitgeschakeld (beheerinstelling WLZ_APP__ADMIN).")
        if not path:
            raise InputError("Kies eerst een bestand.")
        when = parse_date_nl(date_text)
        if when is None:
            raise InputError("Vul de datum van het document in.")
        if date_status == "estimated" and not (date_note or "").strip():
            raise InputError("Een geschatte datum vraagt een toelichting waarom.")
        if not self._reindex_lock.acquire(blocking=False):
            raise InputError("Er loopt al een herindexering. Wacht tot die klaar is.")
        from ..library import add_document

        result: dict[str, Any] = {}

        def work() -> None:
            try:
                result["doc_id"], result["report"] = add_document(
                    self.settings, Path(path), title=title, date_=when, kind=kind,
                    publisher=(publisher or "").strip() or "onbekend", date_status=date_status,
                    date_note=(date_note or "").strip(), progress=True,
                )
            except BaseException as exc:  # noqa: BLE001 - handed to the UI thread below
                result["error"] = exc

        self.reindexing = True
        t0 = time.monotonic()
        thread = threading.Thread(target=work, name="wlz-reindex", daemon=True)
        try:
            thread.start()
            while thread.is_alive():
                thread.join(1.0)
                yield f"Bezig: document controleren en de index opnieuw opbouwen… ({time.monotonic() - t0:.0f} s)"
            if "error" in result:
                raise result["error"]
            fresh = build_assistant(self.settings)
            fresh.warm_up()
            self.assistant = fresh
            report = result.get("report")
            n = getattr(report, "passages", "?")
            yield f"Toegevoegd als '{result['doc_id']}'. De index is bijgewerkt ({n} passages)."
        finally:
            self.reindexing = False
            self._reindex_lock.release()

    # ------------------------------------------------------------------ feedback
    def save_feedback(self, rating: str, question: str, answer: dict[str, Any] | None, comment: str = "",
                      as_of: str | None = None) -> dict[str, Any]:
        return self.feedback.add(rating, question=question, answer=answer, comment=comment, as_of=as_of)
