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
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from ..bootstrap import build_assistant, sources
from ..chat import Assistant
from ..errors import AssistantError, InputError
from ..inputs import clean_facts, clean_history, clean_question, recent_history
from ..settings import Settings
from ..types import Answer
from . import answer_view, glossary, render
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


FAMILY_NL = {
    "lvhc": "LVHC (laag volume hoog complex)",
    "specialistische_zorg": "Specialistische zorg",
    "behandeling": "Behandeling",
    "ggz": "GGZ",
    "gz": "Gehandicaptenzorg",
    "vv": "Verpleging en verzorging",
    "lvg": "LVG en SGLVG",
    "meerzorg": "Meerzorg",
    "mondzorg": "Mondzorg",
    "hulpmiddelen": "Hulpmiddelen",
    "onderwijs": "Onderwijs en dagbesteding",
    "transitiemiddelen": "Transitiemiddelen",
}
THINKING = "Even zoeken in de bronnen…"
EMPTY_CHAT = "Stel hieronder een vraag, of kies een voorbeeldvraag. Het antwoord begint met het oordeel."
VIEWER_EMPTY = render.viewer_html("")


def new_state() -> dict[str, Any]:
    """The Vragen tab's conversation: turns shown, history sent to the assistant, the latest answer, votes."""
    return {"turns": [], "history": [], "last": None, "votes": {}}


@dataclass
class PageUpdate:
    """What one step of the Vragen tab changes; ``None`` leaves that part as it is."""

    conversation: str | None = None
    question: str | None = None
    details: str | None = None
    sources: str | None = None
    actions: str | None = None
    status: str | None = None
    feedback: str | None = None
    viewer: str | None = None
    examples_visible: bool | None = None
    state: dict[str, Any] | None = None
    pending: dict[str, Any] | None = field(default=None)


def user_message(exc: BaseException) -> str:
    if isinstance(exc, AssistantError):
        log.info("user-facing error: %s", exc)
        return exc.message_nl
    log.exception("unexpected error in the UI", exc_info=exc)
    return GENERIC_ERROR_NL


def parse_date_nl(text: str | None, what: str = "peildatum") -> date | None:
    """``JJJJ-MM-DD`` or ``DD-MM-JJJJ`` (also with / or .); empty → None; else InputError in Dutch."""
    if text is not None and not isinstance(text, str):
        raise InputError("De peildatum moet tekst zijn, bijvoorbeeld 2026-03-01 of 1-3-2026.")
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
    raise InputError(f"Ongeldige {what} '{text[:20]}'. Gebruik bijvoorbeeld 2026-03-01 of 1-3-2026.")


def refine_value(fact: object, value: object) -> tuple[str, Any]:
    """A fact changed on the review screen, checked: its name and the value to pass on (ja/nee and enum values
    as given, a number as a number, a date as ISO text, a year as a number). Bad input: InputError in Dutch."""
    from ..rules.model import REGISTRY, fact_choices, fact_label_nl

    if not isinstance(fact, str) or (fact not in ("year", "on") and fact not in REGISTRY.facts):
        raise InputError("Onbekend gegeven; kies een gegeven uit de lijst 'Begrepen'.")
    text = "" if value is None else str(value).strip()
    if not text:
        raise InputError("Vul een waarde in.")
    choice = fact_choices(fact)
    label = "zorgjaar" if fact == "year" else "datum" if fact == "on" else fact_label_nl(fact)
    if choice["kind"] == "choice":
        allowed = [v for v, _ in choice["options"]]
        if text not in allowed:
            raise InputError(f"Kies voor {label} een van: {', '.join(allowed)}.")
        return fact, text
    if choice["kind"] == "year":
        return fact, parse_year(text)
    if choice["kind"] == "date":
        day = parse_date_nl(text, "datum")
        assert day is not None
        return fact, day.isoformat()
    if choice["kind"] == "number":
        try:
            number = float(text.replace(",", "."))
        except ValueError:
            raise InputError(f"Geef voor {label} een getal, bijvoorbeeld 12.") from None
        if number < 0 or number != number or number in (float("inf"), float("-inf")):
            raise InputError(f"Geef voor {label} een getal van 0 of meer.")
        return fact, int(number) if number.is_integer() else number
    if len(text) > 40:
        raise InputError(f"De waarde voor {label} is te lang.")
    return fact, text


def parse_year(year: object) -> int | None:
    """A year from the API or the form (2026, "2026", 2026.0); empty → None; else InputError in Dutch."""
    if year in (None, "", 0):
        return None
    if isinstance(year, bool):
        raise InputError("Het jaar moet een getal zijn, bijvoorbeeld 2026.")
    if isinstance(year, float) and year.is_integer():
        year = int(year)
    if isinstance(year, str) and year.strip().isdigit():
        year = int(year.strip())
    if not isinstance(year, int):
        raise InputError(f"Ongeldig jaar '{str(year)[:20]}'. Gebruik een jaartal, bijvoorbeeld 2026.")
    if not 1900 <= year <= 2200:
        raise InputError(f"Het jaar {year} valt buiten het bereik van de regels (1900–2200).")
    return year


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

    # ------------------------------------------------------------------ the Vragen tab, step by step
    @property
    def terms(self) -> glossary.TermLinker:
        if not hasattr(self, "_linker"):
            self._linker = glossary.TermLinker(glossary.load_terms())
        return self._linker

    def conversation(self, turns: list[dict[str, Any]]) -> str:
        return answer_view.conversation_html(turns, self.terms, EMPTY_CHAT)

    def clear_page(self) -> PageUpdate:
        """"Nieuw gesprek" and the clear button: no conversation, details, sources, viewer, votes or messages."""
        return PageUpdate(conversation=self.conversation([]), question="", details="", sources="", actions="",
                          status="", feedback="", viewer=VIEWER_EMPTY, examples_visible=True, state=new_state(),
                          pending={})

    def ask_page(self, question: str, as_of_text: str, state: dict[str, Any] | None,
                 facts: dict[str, Any] | None = None) -> Iterator[PageUpdate]:
        """One question on the Vragen tab: the old answer's state goes at once, the text streams into a new
        bubble, and the finished answer brings its details, sources and copy/vote actions."""
        st = dict(state or new_state())
        turns = list(st.get("turns") or [])
        raw_history = recent_history(st.get("history") or [], self.settings.limits)
        try:
            pieces = self.stream(question, raw_history, as_of_text, facts or None)
            first = next(pieces)
        except Exception as exc:  # noqa: BLE001 - shown as a short Dutch message
            yield PageUpdate(status=render.message_html(user_message(exc), "error"), pending={})
            return
        turn: dict[str, Any] = {"q": " ".join(question.split()), "answer": None, "text": THINKING}
        turns.append(turn)
        yield PageUpdate(conversation=self.conversation(turns), question="", details="", sources="", actions="",
                         status="", feedback="", viewer=VIEWER_EMPTY, examples_visible=False, pending={})
        final: dict[str, Any] | None = None
        try:
            for item in _chain(first, pieces):
                if isinstance(item, dict):
                    final = item
                else:
                    turn["text"] = str(item)
                    yield PageUpdate(conversation=self.conversation(turns))
        except Exception as exc:  # noqa: BLE001
            turn["error"] = user_message(exc)
            yield PageUpdate(conversation=self.conversation(turns), status=render.message_html(turn["error"], "error"),
                             state={**st, "turns": turns})
            return
        if final is None:
            return
        final = {k: v for k, v in final.items() if k != "retrieved"}
        turn["q"], turn["answer"] = final.get("question", turn["q"]), final
        lang = answer_view.language(turn["q"])
        new = {
            "turns": turns,
            "history": [*raw_history, {"role": "user", "content": final.get("question", question)},
                        {"role": "assistant", "content": final.get("answer", "")}],
            "last": {"question": final.get("question", question), "answer": final, "as_of": as_of_text or None,
                     "vote_id": f"{id(turns)}-{len(turns)}-{time.time_ns()}"},
            "votes": {},
        }
        yield PageUpdate(
            conversation=self.conversation(turns),
            details=answer_view.details_html(final.get("verdict"), lang),
            sources=answer_view.sources_html(final.get("citations") or [], lang),
            actions=render.actions_html(answer_view.copy_text(final), lang),
            state=new,
        )

    def refine_page(self, fact: object, value: object, state: dict[str, Any] | None) -> PageUpdate:
        """A fact changed on the review screen ("Begrepen"): the last verdict is recomputed with that fact as
        "uw antwoord" (earlier changes kept), without asking the question again — no search, no new answer
        text; the one-line answer, the missing-fact questions, the details and the receipt follow the verdict."""
        st = dict(state or new_state())
        turns = list(st.get("turns") or [])
        last = dict(st.get("last") or {})
        old = turns[-1].get("answer") if turns else None
        if not last or not old or not old.get("verdict"):
            return PageUpdate(status=render.message_html("Er is nog geen oordeel om aan te passen.", "error"))
        book = self.assistant.rulebook
        try:
            name, clean = refine_value(fact, value)
            overrides = clean_facts({**(last.get("facts") or {}), name: clean}, self.settings.limits)
            history = recent_history((st.get("history") or [])[:-2], self.settings.limits)
            verdict = book.check_question(str(last.get("question", "")), history=history,
                                          as_of=parse_date_nl(last.get("as_of")), facts=overrides)
        except Exception as exc:  # noqa: BLE001 - shown as a short Dutch message
            return PageUpdate(status=render.message_html(user_message(exc), "error"))
        if verdict is None:
            return PageUpdate(status=render.message_html(
                "Met dit gegeven past geen regel meer bij de vraag; het oordeel is niet veranderd.", "error"))
        v = verdict.to_json()
        v["receipt"] = book.receipt(verdict)
        rest = answer_view.view(old).body  # the answer text after its one-line verdict, as it was
        answer = {**old, "verdict": v, "answer": "\n\n".join(x for x in (v.get("summary_nl", ""), rest) if x)}
        turns[-1] = {**turns[-1], "answer": answer}
        lang = answer_view.language(str(answer.get("question", "")))
        new = {**st, "turns": turns, "last": {**last, "answer": answer, "facts": overrides},
               "history": [*(st.get("history") or [])[:-1], {"role": "assistant", "content": answer["answer"]}]}
        return PageUpdate(conversation=self.conversation(turns), details=answer_view.details_html(v, lang),
                          actions=render.actions_html(answer_view.copy_text(answer), lang), status="", state=new)

    def vote(self, rating: str, state: dict[str, Any] | None, comment: str) -> tuple[str, dict[str, Any] | None]:
        """One changeable vote per answer: a second click replaces the first (same ``vote_id``)."""
        st = dict(state or new_state())
        last = st.get("last")
        if not last:
            return render.message_html("Stel eerst een vraag; daarna kunt u het antwoord beoordelen.", "error"), None
        self.save_feedback(rating, last["question"], last["answer"], comment, last.get("as_of"),
                           vote_id=last.get("vote_id"))
        before = (st.get("votes") or {}).get(last.get("vote_id"))
        st["votes"] = {last.get("vote_id"): rating}
        word = "nuttig" if rating == "up" else "niet goed"
        text = (f"Uw beoordeling is gewijzigd in: {word}." if before and before != rating
                else f"Dank u wel, uw beoordeling ({word}) is opgeslagen. U kunt die nog wijzigen.")
        return render.message_html(text), st

    def glossary_entries(self) -> list[dict[str, Any]]:
        out = []
        for t in glossary.load_terms():
            try:
                doc = self.document(t.doc)
            except Exception:  # noqa: BLE001 - a missing document shows "Citaat niet gevonden"
                log.warning("glossary term %s: document %s not found", t.term, t.doc)
                doc = None
            out.append(glossary.entry(t, doc))
        return out

    def ask(self, question: str, history: list[dict[str, str]] | None = None, as_of: str | None = None) -> dict[str, Any]:
        limits = self.settings.limits
        answer = self.assistant.ask(clean_question(question, limits), clean_history(history, limits),
                                    parse_date_nl(as_of))
        return answer.to_json()

    # ------------------------------------------------------------------ documents
    def documents(self) -> list[dict[str, Any]]:
        """The documents with their actuality; a current one that a rule marks as overruled on a point by a
        later source reads "deels achterhaald door …"."""
        rows = self.sources.documents(self.assistant.passage_counts(), self.assistant.skipped_documents())
        titles = {r["id"]: f"{r['title']} ({r['date_nl']})" for r in rows}
        partly: dict[str, set[str]] = {}
        try:
            for rule in self.assistant.rulebook.rules.values():
                for version in rule.versions:
                    for sup in version.supersedes:
                        partly.setdefault(sup.doc, set()).add(sup.by)
        except Exception:
            log.warning("rules unavailable for the actuality column", exc_info=True)
        for r in rows:
            by = sorted(titles.get(b, b) for b in partly.get(r["id"], ()) if b != r["id"])
            if by and r.get("actualiteit", "actueel") == "actueel":
                r["actualiteit"] = "deels achterhaald door " + "; ".join(by)
                r["partly_superseded"] = True
        return rows

    def document(self, doc_id: str) -> Any:
        return self.sources.document(doc_id)

    def document_view(self, doc_id: str, start: int | None = None, end: int | None = None, supporting: str = "",
                      quote: str = "", passage_id: str = "") -> str:
        doc = self.document(doc_id)
        passage_text = ""
        if passage_id:
            passage_text = self.assistant.passage_text(passage_id)
        return render.viewer_html(render.document_html(doc, start, end, supporting, quote, passage_text))

    # ------------------------------------------------------------------ rules
    def rules(self) -> list[dict[str, Any]]:
        book = self.assistant.rulebook
        return [{"id": r.id, "question_nl": r.question_nl, "facts": list(r.facts), "family": r.family,
                 "family_nl": FAMILY_NL.get(r.family, r.family.replace("_", " ").capitalize())}
                for r in book.rules.values()]

    def regelcheck(self, rule_id: str, facts: dict[str, Any], year: int | None = None,
                   as_of: str | None = None) -> dict[str, Any]:
        if not rule_id:
            raise InputError("Kies eerst een regel.")
        # zorgjaar (year: which year's rules) and stand van de bronnen (as_of: which sources exist) together
        when = parse_date_nl(as_of, "stand van de bronnen")
        try:
            zorgjaar = parse_year(year)
        except InputError:
            raise InputError(f"Ongeldig zorgjaar: {str(year)[:20]}. Vul een jaar in zoals {date.today().year}.") from None
        facts = clean_facts(facts, self.settings.limits)
        clean = {k: v for k, v in facts.items() if v not in (None, "", "onbekend")}
        verdict = self.assistant.rulebook.check(rule_id, clean, as_of=when, year=zorgjaar)
        return verdict.to_json()

    # ------------------------------------------------------------------ admin: add a document
    def add_document(self, path: str | Path, title: str, date_text: str, kind: str, publisher: str = "",
                     date_status: str = "stated", date_note: str = "", username: str | None = None) -> Iterator[str]:
        """Validate, add and re-index in a background thread; yields Dutch progress lines.

        ``username``: the logged-in user; with users only the names in ``WLZ_APP__ADMINS`` may add."""
        if not self.settings.app.can_add(username):
            if self.settings.app.users:
                log.warning("add refused for user %r (not in WLZ_APP__ADMINS)", username)
                raise InputError("Alleen beheerders mogen documenten toevoegen (instelling WLZ_APP__ADMINS).")
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
                      as_of: str | None = None, vote_id: str | None = None) -> dict[str, Any]:
        return self.feedback.add(rating, question=question, answer=answer, comment=comment, as_of=as_of,
                                 vote_id=vote_id)


def _chain(first: Any, rest: Iterator[Any]) -> Iterator[Any]:
    yield first
    yield from rest
