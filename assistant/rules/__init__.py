"""The deterministic rule check: dated rules as data, Kleene logic, cited verdicts.

    from assistant.rules import RuleBook, Verdict
    book = RuleBook.load()
    verdict = book.check("lvhc_ca_declareren", {"client_group": "nah_plus", "rec_dec_positief_advies": True}, year=2026)
    verdict = book.check_question("Kunnen wij C&A declareren voor NAH+ in 2026?", as_of=date(2025, 12, 31))
    book.receipt(verdict)  # the verantwoording, with a sha256 over all of it

Two dates, named apart: ``year`` is the zorgjaar (which year's rules apply), ``as_of`` the stand van de
bronnen (only sources dated on or before it exist).

No LLM decides a verdict: questions are mapped to facts and a rule by regular
expressions and lookup tables (:mod:`assistant.rules.facts`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from ..answer.language import is_english, mixes_english
from ..dictation import read_dictated
from ..errors import InputError, RuleError
from ..inputs import as_turn, from_pdf, thread_messages, without_instructions, without_letter
from ..typos import read_typos
from . import facts as _facts
from . import receipt
from .coverage import Uncovered, uncovered_topic
from .english import read_in_dutch
from .evaluator import Evaluator
from .facts import ASKING_AROUND, is_eligibility_question, normalize_question, snippet
from .facts import extract as _extract
from .facts import extract_facts as _extract_facts
from .facts import route as _route_capped
from .facts import route_scores as _route
from .loader import DATA_DIR, Corpus, load_corpus, load_rules
from .model import DERIVED_FROM, Facts, FactUse, Rule, Verdict, fact_label_nl, parse_facts
from .registry import REGISTRY_PATH
from .several import about_the_one_asked
from .shorthand import read_in_full, read_relative_days

__all__ = ["APPROX_BAND", "DEFAULT_CORPUS_DIR", "MIN_CONFIDENCE", "RuleBook", "Verdict"]

DEFAULT_CORPUS_DIR = Path(__file__).resolve().parents[2] / "corpus"
MIN_CONFIDENCE = 0.5
# the facts by which a rule reads "geen Wlz-indicatie" itself: such a rule still decides for a client without one
_NO_WLZ_FACTS = frozenset({"vervolg_indicatie", "persoonlijke_verzorging_indicatie"})
# a follow-up about another person than the earlier turns' first one ("Geldt dat ook voor haar?", "En voor hem?")
_OTHER_ONE = re.compile(r"(?i)\b(?:ook\s+(?:voor|bij|op)|^\s*en\s+(?:voor|bij))\s+(?:haar|hem|hen|die|deze)\b")
# a follow-up that points back to what an earlier turn named ("die behandeling", "zo'n apparaat", "dat")
# A reply to the assistant's follow-up in a few words ("ja, alle drie aanwezig", "geen idee nog", "still don't know"):
# routed and read with the turns before it (``short_reply``)
_REPLY = re.compile(r"(?i)\s*(?:ja|jawel|jazeker|nee|neen|klopt|correct|yes|yep|no|nope|geen idee|weet ik (?:nog )?niet|"
                    r"(?:nog )?(?:niet bekend|onbekend)|(?:i )?(?:still )?(?:don't|do not) know|no idea|not sure)\b")
# ... a yes to it ("ja", "klopt", "yes, both") states the point the turn before left open ("Of we een AVG … hebben,
# vraag ik na bij HR."): that point, as a statement
_YES = re.compile(r"(?i)\s*(?:ja|jawel|jazeker|klopt|correct|yes|yep)\b(?!\s*,?\s*(?:maar|but)\b)")
_OPEN_POINT = re.compile(
    r"(?i)(?:^|(?<=[.?!;]\s)|(?<=\n))(?:maar\s+|en\s+)?(?:of|whether)\s+(?P<point>[^.?!\n]{3,200}?)\s*,?\s+"
    r"(?:" + ASKING_AROUND + "|"
    r"(?:weet|weten)\s+(?:ik|we|wij)\s+(?:nog\s+)?niet|kan\s+ik\s+(?:nog\s+)?niet\s+zeggen|"
    r"I(?:'d| would| will|'ll)?\s+(?:have to |need to )?(?:ask|check|find out))[^.?!\n]*[.?!]?")


# ... not a thank-you or a goodbye ("Nee dank je, dat was alles", "ja, dank je wel", "no thanks")
# a line of a pasted form or checklist with its answer ("toestemming zorgkantoor vooraf: n.v.t.", "… : nee"): a fact told
_FORM_LINE = re.compile(r"(?im)^[^:?\n]{3,80}:\s*(?:n\.?v\.?t\.?|nvt|ja|nee|onbekend|niet nodig|klopt)\b[^\n]*$")
_CLOSING = re.compile(r"(?i)\b(?:dank|bedankt|thanks?|thank you|dat was (?:het|alles)|tot ziens|doei|fijne dag|cheers|bye)\b")
# ... a yes that is no yes ("klopt niet", "ja, dat weet ik nog niet", "yes, I still don't know")
_NOT_YES = re.compile(r"(?i)\b(?:niet|nee|neen|geen|weet|don't|do not|not|no)\b")
# a reply that is only a duration ("anderhalf jaar", "ongeveer 18 maanden"): the duration of what the turn before asks
_ONLY_DURATION = re.compile(r"(?i)\s*(?:(?:ongeveer|circa|zo'n|ruim|bijna|net geen|nog|voor|om|het gaat om|for|about)\s+)*"
                            r"[\w,.½-]+(?:\s+(?:en\s+een\s+half|and\s+a\s+half))?\s*(?:jaar|jaren|maanden|maand|weken|week|"
                            r"dagen|dag|years?|months?|weeks?|days?)\s*[.!]?\s*")


def short_reply(question: str, today: date | None = None) -> bool:
    """A reply of a few words to the turn before, no question of its own: "ja, alle drie aanwezig", "anderhalf
    jaar", "geen idee nog" (a yes, no or not known, or a fact of its own); not a thank-you."""
    if "?" in question or len(question.split()) > 8 or _CLOSING.search(question):
        return False
    return bool(_REPLY.match(question)) or bool(_extract(question, today=today))


def answered_yes(question: str, history: list[dict[str, Any]]) -> list[dict[str, Any]] | None:
    """``history`` with the point the last user turn left open stated, when ``question`` says yes to it (``_YES``,
    ``_OPEN_POINT``); None otherwise."""
    yes = _YES.match(question)
    if yes is None or _NOT_YES.search(question, yes.end()) or not short_reply(question):
        return None
    users = [i for i, t in enumerate(history) if t.get("role", "user") == "user"]
    if not users:
        return None
    last = history[users[-1]]
    text = str(last.get("content", ""))
    m = _OPEN_POINT.search(text)
    if m is None:
        return None
    point = m.group("point").strip()
    stated = text[: m.start()] + point[:1].upper() + point[1:] + "." + text[m.end():]
    return [*history[: users[-1]], {**last, "content": stated}, *history[users[-1] + 1 :]]


_REFERS_BACK = re.compile(r"(?i)\b(?:die|dat|deze|zo'n|zulke|hetzelfde|daarvoor|daarop|ervoor|erop|that|this|such)\b")
# A number said roughly ("ongeveer", "naar schatting") decides only when this fraction less and more give the same
# outcome: "naar schatting 30 weken" is over a ceiling of 26 weeks, "ongeveer een jaar" is on a ceiling of a year.
APPROX_BAND = 0.1
# A number said as a little past it ("ruim een jaar", "net geen 4.000", "bijna een jaar") is tried just past it and
# this fraction further on its side: "ruim een jaar" is over a ceiling of a year, "net geen 4.000" under one of 4.080,
# "bijna een derde" over a ceiling of 25%.
NEAR_BAND = APPROX_BAND
_TIME_KEYS = ("year", "as_of", "on")


def _past_bound(value: Any, side: str) -> Any:
    """Just past a number said as one side of a range: "meer dan 25" → 25.01 (an integer: 26), "onder de 25" → 24.99;
    "nooit onder de 25" ("ge") includes it: 25."""
    if not side or side == "ge" or not isinstance(value, int | float) or isinstance(value, bool):
        return value
    step = 1 if isinstance(value, int) else 0.01
    return value + step if side.startswith("gt") else max(0, value - step)


class RuleBook:
    """All rules, validated against the corpus; the one entry point for checking."""

    def __init__(self, rules: dict[str, Rule], corpus: Corpus, unavailable: dict[str, str] | None = None) -> None:
        self.rules = rules
        self.corpus = corpus
        self.unavailable = dict(unavailable or {})  # rule id -> Dutch reason (a quote its document lost)
        self.evaluator = Evaluator(corpus.docs)
        self.data_dir = DATA_DIR
        self._doc_sha: dict[str, str] = {}
        self._corpus_id: str | None = None
        self._rules_sha: str | None = None

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
        book = cls(load_rules(paths, corpus, unavailable), corpus, unavailable)
        book.data_dir = data_dir
        return book

    # -- checking
    def rule(self, rule_id: str) -> Rule:
        if rule_id in self.unavailable:
            raise RuleError(self.unavailable[rule_id])
        try:
            return self.rules[rule_id]
        except KeyError:
            raise RuleError(f"Onbekende regel: {rule_id}. Gebruik `rules` voor de lijst.") from None

    def check(
        self, rule_id: str, facts: dict[str, object], as_of: date | None = None, year: int | None = None,
        *, on: date | None = None,
    ) -> Verdict:
        """One verdict. ``as_of``: the stand van de bronnen (default today); ``year``: the zorgjaar (default
        the stand's year); ``on``: one day instead of a year. A year that spans two versions gets ``parts``."""
        rule = self.rule(rule_id)
        raw = dict(facts)
        stand = _as_date(raw.pop("as_of", None)) if as_of is None else _as_date(as_of)
        year = _as_year(raw.pop("year", None)) if year is None else _as_year(year)
        on = _as_date(raw.pop("on", None)) if on is None else _as_date(on)
        for key in _TIME_KEYS:
            raw.pop(key, None)
        if on is not None and year is not None:
            raise InputError("Geef een zorgjaar of één dag, niet allebei.")
        if year is not None and not 1900 <= year <= 2200:
            raise InputError(f"Ongeldig jaar: {year}.")
        parsed = parse_facts(raw)
        known = {k: v for k, v in parsed.known().items() if k in rule.facts}
        self._check_scope(rule, known)
        return self.evaluator.check(rule, known, stand=stand or date.today(), year=year, on=on)

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

    # -- receipts
    def doc_sha256(self, doc_id: str) -> str:
        if doc_id not in self._doc_sha:
            self._doc_sha[doc_id] = receipt.sha256_text(self.corpus.text(doc_id))
        return self._doc_sha[doc_id]

    def corpus_build_id(self) -> str:
        """A hash over the documents the rules cite (id, date, sha256 of the cleaned text)."""
        if self._corpus_id is None:
            cited = sorted({c.doc for r in self.rules.values() for v in r.versions for c in [*v.all_cites(), *v.supersedes]})
            rows = [f"{d}|{self.corpus.docs[d].date.isoformat()}|{self.doc_sha256(d)}" for d in cited]
            self._corpus_id = receipt.sha256_text("\n".join(rows))[:16]
        return self._corpus_id

    def rules_sha256(self) -> str:
        if self._rules_sha is None:
            self._rules_sha = receipt.files_sha256([*self.data_dir.glob("*.yaml"), REGISTRY_PATH])
        return self._rules_sha

    def receipt(self, verdict: Verdict) -> dict[str, Any]:
        return receipt.build(self, verdict)

    # -- natural language
    def uncovered(self, question: str) -> Uncovered | None:
        """The deciding passage without a rule that ``question`` is about, if any. Not when only the situation told
        before the asking sentence names it and the asking sentence by itself names a rule's topic ("… er is geen
        beter passende regeling zoals SPUK DOS. Komt het plan in aanmerking voor transitiemiddelen?")."""
        t = normalize_question(question)
        topic = uncovered_topic(t)
        if topic is None:
            return topic
        parts = _facts.asking_parts(t)
        title, _, body = t.partition("\n")
        if body.strip() and title.rstrip().endswith("?") and topic.matches(title):
            # a title line ("Transitiemiddelen of SPUK DOS voor ons project?\n… Komt ons plan dan in aanmerking voor
            # transitiemiddelen?") names the subject; the message under it asks
            parts = _facts.asking_parts(body.strip())
        asking = " ".join(parts)
        if topic.matches(asking):
            return topic
        if not topic.matches(_FORM_LINE.sub("", t)):
            return None  # named only as a line of a pasted form or checklist ("Toestemming zorgkantoor vooraf: n.v.t.")
        if not topic.matches(told := _facts.without_self_answered(t)):
            # named only in a point the writer asks and leaves open before the question ("SPUK DOS beter passend?
            # zoeken we nog uit. komt in aanmerking?"): the rest of the message says what is asked about
            asking = told
        for rule in self.rules.values():
            if (rule.requires and any(_facts._search(p, asking) for p in rule.requires)
                    and _facts.topic_score(rule, asking) >= _facts.MIN_ROUTE):
                return None
        return topic

    def extract_facts(self, text: str, *, today: date | None = None) -> dict[str, object]:
        return _extract_facts(text, today=today)

    def route(self, question: str, facts: dict[str, Any] | None = None) -> list[tuple[str, float]]:
        known = facts or {}
        return _route_capped(self.rules, question, lambda rule: known)

    def read_facts(
        self, rule: Rule, question: str, history: list[dict[str, Any]] | None, given: dict[str, Any], today: date,
        messages: Sequence[str] = (),
    ) -> dict[str, FactUse]:
        """The rule's facts (and the time) from earlier user turns, the question, the ``messages`` of a pasted e-mail
        thread one by one (oldest first: a later message corrects an earlier one), then ``given`` (answers): later
        sources win. Each with its origin."""
        out: dict[str, FactUse] = {}
        turns = [(str(h.get("content", "")), "gesprek") for h in (history or []) if h.get("role", "user") == "user"]
        if len(turns) > 1 and _OTHER_ONE.search(question):
            # "Geldt dat ook voor haar?" after a turn about the client and one about someone else: the last turn is
            # about the one asked for; what the turns before said is about the first one
            turns = turns[-1:]

        def read(text: str, origin: str, duration_of: str | None = rule.duration_of, new_only: bool = False,
                 skip_before: int = 0) -> None:
            """Each fact ``text`` states overrides what was read before (``new_only``: only facts not read yet, and
            none stated before ``skip_before``); two values named ("_alt_…") are not known: see _decide_between."""
            for name, found in _extract(text, rule.facts, today=today, total_duration=rule.total_duration,
                                        duration_since=rule.duration_since, duration_of=duration_of).items():
                if not name.startswith("_") and not (new_only and (name in out or found.start < skip_before)):
                    out[name] = FactUse(name, found.value, origin, snippet(text, found),  # type: ignore[arg-type]
                                        found.approx, found.bound, found.low)

        for text, origin in [*turns, (question, "vraag")]:
            read(text, origin)
        if turns and short_reply(question, today):
            # a short reply to the turn before ("anderhalf jaar", "opnieuw SGLVG") is read with it as well: what it
            # answers is named there ("De precieze periode moet ik nog uit het zorgplan halen."), but only what the
            # reply itself says, if not read yet (and alone, when it is only a duration, as the duration of what the
            # turn before asks about: "anderhalf jaar")
            if _ONLY_DURATION.fullmatch(question):
                read(question, "vraag", duration_of=None, new_only=True)
            read(f"{turns[-1][0]}\n{question}", "vraag", new_only=True, skip_before=len(turns[-1][0]))
        for text in messages:
            read(text, "vraag")
        for name, value in given.items():
            out[name] = FactUse(name, value, "antwoord")
        return out

    def check_question(
        self, question: str, history: list[dict[str, Any]] | None = None, as_of: date | None = None,
        facts: dict[str, Any] | None = None, year: int | None = None,
    ) -> Verdict | None:
        """Route the question to a rule, read that rule's facts, and check it.

        ``as_of`` is the stand van de bronnen (default today): only sources dated on or before it are used,
        and it resolves "volgend jaar". ``year`` is the zorgjaar; without it, the year named in the question
        (or earlier turns), else the stand's year ("standaard: dit jaar"). ``facts`` (answers clicked in the
        UI) override what was read from the text. Returns ``None`` for a question that is not a yes/no or
        "wie betaalt" question, or when no rule fits with enough confidence (a question about a condition no
        rule covers gets no verdict from a neighbouring rule), or when two rules fit it (nearly) equally well
        and the best one would say yes or no (:meth:`tied_rules` names them; ``facts.GUARDS``).
        """
        return self._decide(question, history, as_of, facts, year)[0]

    def tied_rules(
        self, question: str, history: list[dict[str, Any]] | None = None, as_of: date | None = None,
        facts: dict[str, Any] | None = None, year: int | None = None,
    ) -> list[Rule]:
        """The rules a question fits (nearly) equally well, when that kept :meth:`check_question` from a yes or
        no (empty otherwise): ask which of their questions is meant."""
        return [self.rules[r] for r in self._decide(question, history, as_of, facts, year)[1]]

    def _decide(
        self, question: str, history: list[dict[str, Any]] | None, as_of: date | None,
        facts: dict[str, Any] | None, year: int | None,
    ) -> tuple[Verdict | None, tuple[str, ...]]:
        if not question or not question.strip():
            raise InputError("Lege vraag.")
        # an English question is read in Dutch (data/facts/english.yaml): the rules and recognisers are Dutch; staff
        # shorthand and short dates are read in full (data/facts/shorthand.yaml: "cl. heeft geen ind.", "per 1/9/26")
        # a message about several clients that asks about one: what it says of the others is blanked (several.py)
        # a dictated message is read as typed first ("ree cee" → REC, "zorg kantoor" → zorgkantoor: ../dictation.py), and
        # a typing slip as the word meant ("zonder beahndeling" → behandeling: ../typos.py)
        turns = [t for t in map(as_turn, history or []) if t is not None]
        # a chat in English: its short turns too ("yes, treatment is offered there", "and is that allowed then?")
        # ... and a message that mixes the two with no more Dutch function words than English ones ("Client has
        # LVG5. Wonen en dagbesteding zijn bij ons op one location, but the behandelexpertise we hire extern")
        english = is_english(" ".join([*(str(t["content"]) for t in turns if t.get("role", "user") == "user"),
                                       question]))
        mixed = english or mixes_english(question)  # the message itself; the earlier turns go by the chat
        stand = _as_date(as_of) or date.today()
        # a chat line's time and sender are no part of what it says ("[09:20] Joris: correctie, …")
        # ... and a letter's greeting and its closing with the signature are no part of it ("Met vriendelijke groet,\n
        # R. Bos, cliëntondersteuner" is not the asking sentence: ../inputs.py, as the chat reads it)
        def as_read(text: str) -> str:
            return _facts.strip_chat_prefixes(read_typos(read_dictated(without_instructions(from_pdf(text)))))

        # a pasted e-mail thread: each message is read on its own as well, the later one over the earlier one
        # ("Correctie op mijn vorige mail: …", "> Op 9 oktober schreef Joost: De Borg heeft onvoldoende plek")
        messages = [as_read(m) for m in thread_messages(question)]
        question = as_read(without_letter(question, collapse=False))
        blanked = about_the_one_asked(question)
        several = blanked != question
        whole = read_relative_days(read_in_full(read_in_dutch(question, mixed)), stand)
        question = whole if not several else read_relative_days(
            read_in_full(read_in_dutch(blanked, mixed)), stand)  # read once if same
        # (not a message about several clients: what a message says may be of another one than the one asked about)
        messages = [] if several else [read_relative_days(read_in_full(read_in_dutch(m, mixed)), stand) for m in messages]
        history = [{**t, "content": read_relative_days(
            read_in_full(read_in_dutch(read_typos(read_dictated(t["content"])), english)), stand)}
                   for t in turns] or None
        if history and (said := answered_yes(question, history)) is not None:
            history = said  # "Of we een AVG … hebben, vraag ik na." — "ja, alle drie aanwezig": the point is stated
        raw = dict(facts or {})
        times = {k: raw.pop(k) for k in _TIME_KEYS if k in raw}
        given = {**parse_facts(raw).known(), **times}  # typed: an answer "nee" is False, as read from text
        user_turns = [str(h.get("content", "")) for h in (history or []) if h.get("role", "user") == "user"]
        cache: dict[str, dict[str, FactUse]] = {}

        def read(rule: Rule) -> dict[str, FactUse]:
            if rule.id not in cache:
                cache[rule.id] = self.read_facts(rule, question, history, given, stand, messages)
            return cache[rule.id]

        if self.uncovered(question) is not None:
            return None, ()  # a deciding passage that is no rule yet: no verdict from a neighbouring rule
        candidates = _route(self.rules, question, read)
        if whole != question and (not candidates or candidates[0][1] < MIN_CONFIDENCE):
            # what is said of the others may hold the topic ("Bij gezin A zijn de extra kosten thuis 15%, bij gezin
            # B 30%. Mag het bij gezin B zo hoog zijn?"): routed on the whole message, the facts still of the one
            candidates = _route(self.rules, whole, read)
        routed_on = question
        # A follow-up borrows the topic of earlier turns only when it is itself an eligibility question or
        # supplies facts ("En in 2025?", "Wij zijn een DEC"); "En hoeveel budget was daarvoor?" gets no verdict.
        supplies = bool(_extract(question, today=stand)) or bool(given) or short_reply(question, stand)
        if (not candidates or candidates[0][1] < MIN_CONFIDENCE) and user_turns and (
            supplies or is_eligibility_question(question)
        ):
            routed_on = " ".join([*user_turns[-2:], question])
            candidates = _route(self.rules, routed_on, read)
        elif candidates and user_turns and len(question.split()) <= 20 and _REFERS_BACK.search(question):
            # a short follow-up that points back ("Mogen we die behandeling dan naast zijn zzp declareren?" after
            # "Hij heeft ZGvis 1 …"): the earlier turns name what "die behandeling" is; their rule wins when it fits
            # the whole conversation better than the follow-up's own words fit another
            combined = " ".join([*user_turns[-2:], question])
            along = _route(self.rules, combined, read)
            if along and along[0][0] != candidates[0][0] and along[0][1] > candidates[0][1]:
                routed_on, candidates = combined, along
        above = [(rid, score) for rid, score in candidates if score >= MIN_CONFIDENCE]
        in_scope = [(rid, score) for rid, score in above
                    if self.in_scope(rid, {k: u.value for k, u in read(self.rules[rid]).items() if k not in _TIME_KEYS})]
        # a rule that fits the words better but was passed over for a fact read from the text ("een rolstoel en een
        # spraakcomputer": the spraak rule is out of scope for the rolstoel) leaves the question open
        passed_over = bool(in_scope) and above[0][0] != in_scope[0][0] and above[0][1] > in_scope[0][1]
        if len(in_scope) > 1:  # the rule that compares a value the asking sentence names (a date, a number)
            in_scope = _facts.prefer_asked_value(self.rules, question, in_scope, stand)
        if len(in_scope) > 1 and routed_on is question:
            # the rule whose topic the asking sentence names, not only the situation before it; not for a follow-up
            # routed on the earlier turns ("Mogen we die behandeling dan naast zijn zzp declareren?" after "Hij heeft
            # ZGvis 1 …"): its topic is in the turn before by nature
            in_scope = _facts.prefer_asked_topic(self.rules, routed_on, in_scope)
        for rule_id, score in in_scope[:1]:
            confidence = min(1.0, score)
            rule = self.rules[rule_id]
            if _facts.NO_WLZ_INDICATION.search(" ".join([*user_turns, question])) and not set(rule.facts) & _NO_WLZ_FACTS:
                # "Mijn vader woont thuis en heeft geen Wlz-indicatie. Betaalt de zorgverzekeraar zijn rolstoel?": the
                # rules decide what the Wlz pays for a client who has an indication; without one, no verdict
                return None, ()
            uses = read(rule)
            values = {k: u.value for k, u in uses.items() if k not in _TIME_KEYS}
            when_year, when_on, time_use = self._when(uses, year, as_of, stand)
            verdict = self.check(rule_id, values, as_of=stand, year=when_year, on=when_on)
            rough = [k for k in values if uses[k].approx or uses[k].bound or uses[k].low is not None]
            bounds = {k: uses[k].bound for k in rough if uses[k].bound}
            lows = {k: low for k in rough if (low := uses[k].low) is not None and not uses[k].bound}
            if bounds:  # "meer dan 25%": checked just past the number said, on its side, then far out (``_robust``)
                values = {k: _past_bound(v, bounds.get(k, "")) for k, v in values.items()}
                verdict = self.check(rule_id, values, as_of=stand, year=when_year, on=when_on)
            if rough and not self._robust(rule_id, values, rough, verdict, stand, when_year, when_on, bounds, lows):
                # "ongeveer een jaar" against a ceiling of twelve months: asked, never guessed
                uses = {k: u for k, u in uses.items() if k not in rough}
                values = {k: v for k, v in values.items() if k not in rough}
                verdict = self.check(rule_id, values, as_of=stand, year=when_year, on=when_on)
            if verdict.outcome == "unknown":
                decided = self._decide_between(rule, question, values, uses, stand, when_year, when_on)
                if decided is not None:
                    verdict, values, uses = decided
            if verdict.outcome in ("yes", "no") and "route_margin" in _facts.GUARDS and any(
                    score - other <= _facts.ROUTE_MARGIN for _, other in in_scope[1:2]):
                # two rules fit (nearly) equally well: no yes/no decided by which rule is listed first
                return None, (rule_id, in_scope[1][0])
            if verdict.outcome in ("yes", "no") and "scope_skip" in _facts.GUARDS and passed_over:
                return None, (above[0][0], rule_id)
            used = [time_use, *self._used(rule, verdict, uses)]
            return replace(verdict, confidence=confidence, facts_used=tuple(used)), ()
        return None, ()

    def _decide_between(
        self, rule: Rule, question: str, values: dict[str, Any], uses: dict[str, FactUse], stand: date,
        year: int | None, on: date | None,
    ) -> tuple[Verdict, dict[str, Any], dict[str, FactUse]] | None:
        """A fact named with two or more values in the question ("VV4 … VV6"), unknown so far: when every value
        named gives the same yes or no (and each is in the rule's scope), that verdict, with the fact shown as
        "VV4 of VV6"; else ``None`` (the fact is asked)."""
        read = _extract(question, rule.facts, today=stand, total_duration=rule.total_duration,
                        duration_since=rule.duration_since, duration_of=rule.duration_of)
        asked = _facts.needed(rule.facts)  # a fact the rule's own derive from ("pgb_sinds" for "pgb vóór 2020") too
        alts = {k[len("_alt_"):]: f for k, f in read.items()
                if k.startswith("_alt_") and k[len("_alt_"):] in asked and k[len("_alt_"):] not in values}
        if not alts:
            return None
        combos: list[dict[str, Any]] = [dict(values)]
        for name, found in alts.items():
            combos = [{**c, name: v} for c in combos for v in (found.value, *found.alternatives)]
            if len(combos) > 16:
                return None
        outcomes = set()
        for combo in combos:
            if not self.in_scope(rule.id, combo):
                return None
            outcomes.add(self.check(rule.id, combo, as_of=stand, year=year, on=on).outcome)
        if len(outcomes) != 1 or outcomes & {"unknown"}:
            return None
        first = combos[0]
        verdict = self.check(rule.id, first, as_of=stand, year=year, on=on)
        uses = dict(uses)
        for name, found in alts.items():
            said = " of ".join(str(v) for v in (found.value, *found.alternatives))
            uses[name] = FactUse(name, first[name], "vraag", f"{said} (elk geeft hetzelfde antwoord)")
        return verdict, first, uses

    def _robust(self, rule_id: str, values: dict[str, Any], rough: list[str], verdict: Verdict, stand: date,
                year: int | None, on: date | None, bounds: dict[str, str] | None = None,
                lows: dict[str, float] | None = None) -> bool:
        """The outcome stays the same with each roughly stated number a tenth lower and a tenth higher
        (``APPROX_BAND``). A number said as one side of a range ("meer dan 25%": ``bounds`` "gt"; "onder de 25%":
        "lt") is tried just past it and far out on that side, and a range said ("tussen de 8 en 10 weken": ``lows``)
        at both its ends: with the rules' ceilings and thresholds one-sided, an outcome the same at both ends is the
        same for every value between."""
        bounds, lows = bounds or {}, lows or {}
        for side in (0, 1):
            shifted = dict(values)
            for k in rough:
                v0 = values[k]
                if k in lows:  # "tussen de 8 en 10 weken": 8 and 10
                    v = lows[k] if side == 0 else v0
                elif bounds.get(k) == "gt_near":  # "ruim een jaar": just past it and a little further
                    v = v0 if side == 0 else v0 * (1 + NEAR_BAND)
                elif bounds.get(k) == "lt_near":  # "net geen 4.000", "bijna een jaar"
                    v = v0 if side == 0 else v0 * (1 - NEAR_BAND)
                elif bounds.get(k) in ("gt", "ge"):  # v0 is already just past (or at) the number said
                    v = v0 if side == 0 else v0 * 100 + 1000
                elif bounds.get(k) == "lt":
                    v = v0 if side == 0 else 0
                else:
                    v = v0 * (1 - APPROX_BAND if side == 0 else 1 + APPROX_BAND)
                shifted[k] = round(v) if isinstance(v0, int) else v
            if self.check(rule_id, shifted, as_of=stand, year=year, on=on).outcome != verdict.outcome:
                return False
        return True

    @staticmethod
    def _when(uses: dict[str, FactUse], year: int | None, as_of: date | None, stand: date
              ) -> tuple[int | None, date | None, FactUse]:
        if year is not None:
            return _as_year(year), None, FactUse("year", _as_year(year), "antwoord")
        on, y = uses.get("on"), uses.get("year")
        if y is not None and isinstance(y.value, str | int):
            return _as_year(y.value), None, FactUse("year", _as_year(y.value), y.origin, y.quote)
        if on is not None:
            day = _as_date(on.value)
            assert day is not None
            return None, day, FactUse("on", day, on.origin, on.quote)
        why = "het jaar van de stand van de bronnen" if as_of is not None else "dit jaar"
        return stand.year, None, FactUse("year", stand.year, "standaard", why)

    @staticmethod
    def _used(rule: Rule, verdict: Verdict, uses: dict[str, FactUse]) -> list[FactUse]:
        out = []
        for name in rule.facts:
            if name in verdict.facts:
                if name in uses:
                    out.append(uses[name])
                else:
                    # with the values read for its sources ("uit EKT (bedrag) 1500, basisbedrag (euro) 5000")
                    sources = ", ".join(f"{fact_label_nl(s)} {_plain(uses[s].value)}" if s in uses else fact_label_nl(s)
                                        for s in DERIVED_FROM.get(name, ()))
                    out.append(FactUse(name, verdict.facts[name], "afgeleid", f"uit {sources}" if sources else ""))
        return out


def _plain(value: Any) -> str:
    """A value as shown in a verdict: a whole number without ".0"."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


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
