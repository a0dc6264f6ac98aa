"""The deterministic rule check: dated rules as data, Kleene logic, cited verdicts.

    from assistant.rules import RuleBook, Verdict
    book = RuleBook.load()
    verdict = book.check("lvhc_ca_declareren", {"client_group": "nah_plus", "rec_dec_positief_advies": True}, year=2026)
    verdict = book.check_question("Kunnen wij C&A declareren voor NAH+ in 2026?")

No LLM decides a verdict: questions are mapped to facts and a rule by regular
expressions and lookup tables (:mod:`assistant.rules.facts`).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from ..errors import InputError, RuleError
from .evaluator import Evaluator
from .facts import extract_facts as _extract_facts
from .facts import is_eligibility_question
from .facts import route as _route
from .loader import DATA_DIR, Corpus, load_corpus, load_rules
from .model import Facts, Rule, Verdict, parse_facts

__all__ = ["DEFAULT_CORPUS_DIR", "MIN_CONFIDENCE", "RuleBook", "Verdict"]

DEFAULT_CORPUS_DIR = Path(__file__).resolve().parents[2] / "corpus"
MIN_CONFIDENCE = 0.5
_TIME_KEYS = ("year", "as_of")


class RuleBook:
    """All rules, validated against the corpus; the one entry point for checking."""

    def __init__(self, rules: dict[str, Rule], corpus: Corpus, unavailable: dict[str, str] | None = None) -> None:
        self.rules = rules
        self.corpus = corpus
        self.unavailable = dict(unavailable or {})  # rule id -> Dutch reason (a quote its document lost)
        self.evaluator = Evaluator(corpus.docs)

    # -- loading
    @classmethod
    def load(cls, data_dir: Path | None = None, corpus_dir: Path | None = None) -> RuleBook:
        """Load and validate every rule (each quote checked against its document). Not cached here: the owner
        of the book keeps it (the Assistant, for its lifetime; a new one after a document is added)."""
        data_dir = (data_dir or DATA_DIR).resolve()
        corpus_dir = (corpus_dir or _corpus_dir()).resolve()
        corpus = load_corpus(corpus_dir)
        paths = sorted(p for p in data_dir.glob("*.yaml"))
        unavailable: dict[str, str] = {}
        return cls(load_rules(paths, corpus, unavailable), corpus, unavailable)

    # -- checking
    def rule(self, rule_id: str) -> Rule:
        if rule_id in self.unavailable:
            raise RuleError(self.unavailable[rule_id])
        try:
            return self.rules[rule_id]
        except KeyError:
            raise RuleError(f"Onbekende regel: {rule_id}. Gebruik `rules` voor de lijst.") from None

    def check(
        self, rule_id: str, facts: dict[str, object], as_of: date | None = None, year: int | None = None
    ) -> Verdict:
        """One verdict; a year that spans two versions gets ``parts`` per period."""
        rule = self.rule(rule_id)
        raw = dict(facts)
        if as_of is None and year is None:
            as_of = _as_date(raw.get("as_of"))
            year = _as_year(raw.get("year"))
        for key in _TIME_KEYS:
            raw.pop(key, None)
        if as_of is not None and year is not None:
            raise InputError("Geef een datum (as_of) of een jaar, niet allebei.")
        if year is not None and not 1900 <= year <= 2200:
            raise InputError(f"Ongeldig jaar: {year}.")
        parsed = parse_facts(raw)
        known = {k: v for k, v in parsed.known().items() if k in rule.facts}
        self._check_scope(rule, known)
        return self.evaluator.check(rule, known, as_of=as_of, year=year)

    def _check_scope(self, rule: Rule, known: dict[str, Any]) -> None:
        for name, allowed in rule.scope.items():
            if name in known and known[name] not in allowed:
                values = ", ".join(str(v) for v in allowed)
                raise InputError(f"Regel {rule.id} gaat alleen over {name} = {values}; opgegeven: {known[name]}.")

    def in_scope(self, rule_id: str, facts: dict[str, Any]) -> bool:
        rule = self.rule(rule_id)
        try:
            known = parse_facts({k: v for k, v in facts.items() if k not in _TIME_KEYS}).known()
            self._check_scope(rule, {k: v for k, v in known.items() if k in rule.facts})
        except InputError:
            return False
        return True

    # -- natural language
    def extract_facts(self, text: str, *, today: date | None = None) -> dict[str, object]:
        return _extract_facts(text, today=today)

    def route(self, question: str, facts: dict[str, Any] | None = None) -> list[tuple[str, float]]:
        return _route(self.rules, question, facts or {})

    def check_question(
        self, question: str, history: list[dict[str, Any]] | None = None, as_of: date | None = None,
        facts: dict[str, Any] | None = None,
    ) -> Verdict | None:
        """Facts from the question (and earlier user turns; later turns win), routed to the best rule.

        ``as_of`` is the reference date: it resolves "volgend jaar" and is the date of the
        verdict when the question names no year or date. Without it, a question whose
        answer depends on the year is answered "unknown" with the ask "Voor welk jaar?".
        ``facts`` (e.g. answers clicked in the UI) override what was read from the text.
        Returns ``None`` for a question that is not an eligibility question, or when no
        rule fits with enough confidence.
        """
        if not question or not question.strip():
            raise InputError("Lege vraag.")
        today = as_of or date.today()
        user_turns = [str(h.get("content", "")) for h in (history or []) if h.get("role", "user") == "user"]
        given = dict(facts or {})
        facts = {}
        for turn in [*user_turns, question]:
            facts.update(_extract_facts(turn, today=today))
        facts.update(given)
        candidates = self.route(question, facts)
        # A follow-up borrows the topic of earlier turns only when it is itself an eligibility question or
        # supplies facts ("En in 2025?", "Wij zijn een DEC"); "En hoeveel budget was daarvoor?" gets no verdict.
        supplies = bool(_extract_facts(question, today=today)) or bool(given)
        if (not candidates or candidates[0][1] < MIN_CONFIDENCE) and user_turns and (
            supplies or is_eligibility_question(question)
        ):
            candidates = self.route(" ".join([*user_turns[-2:], question]), facts)
        for rule_id, confidence in candidates:
            if confidence < MIN_CONFIDENCE:
                break
            if not self.in_scope(rule_id, facts):
                continue
            usable = dict(facts)  # all facts: derived ones (weeks from months) need their source
            when_as_of = _as_date(usable.pop("as_of", None))
            when_year = _as_year(usable.pop("year", None))
            if when_as_of is None and when_year is None and as_of is not None:
                when_as_of = as_of
            if when_as_of is not None:
                when_year = None
            verdict = self.check(rule_id, usable, as_of=when_as_of, year=when_year)
            return replace(verdict, confidence=confidence)
        return None


def _corpus_dir() -> Path:
    try:
        from ..settings import get_settings

        return Path(get_settings().corpus_dir)
    except ImportError:  # settings need pydantic-settings; fall back to the repository corpus
        return DEFAULT_CORPUS_DIR


def _as_date(value: object) -> date | None:
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise InputError(f"Ongeldige datum: {value!r} (verwacht JJJJ-MM-DD).") from None


def _as_year(value: object) -> int | None:
    if value is None:
        return None
    try:
        return int(str(value))
    except ValueError:
        raise InputError(f"Ongeldig jaar: {value!r}.") from None


Facts = Facts  # re-export for callers that validate facts themselves
