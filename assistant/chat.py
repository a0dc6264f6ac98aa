"""The Assistant: history → standalone query → rule check + retrieval → evidence gate → cited answer.

This is where a question becomes an answer, and the one object the CLI, the evals and the Gradio app talk to.
Its parts (retriever, rule book, optional chat model) are passed in by ``assistant/bootstrap.py``.
One pipeline: :meth:`Assistant.stream` yields the answer text as it grows and then the :class:`Answer`;
:meth:`Assistant.ask` drains it.
"""

from __future__ import annotations

import logging
import re
import threading
import time
from collections.abc import Callable, Generator, Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any, Generic, TypeVar

from .answer.asked import asks_task, classify
from .answer.extractive import (
    Sentence,
    compose,
    part_questions,
    select,
    selection_queries,
    split_question,
    with_definition,
    with_list,
)
from .answer.followup import standalone_query
from .answer.framing import as_direct, without_analogy
from .answer.gate import (
    LEFT_OUT,
    NO_VERDICT_REASONS,
    OFFICIAL_TEXT,
    Evidence,
    asks_status,
    assess,
    folded_corpus,
    wlz_articles_asked,
)
from .answer.hostile import conflict_notices
from .answer.llm import NOTICE_UNREACHABLE, LLMComposer
from .answer.meaning import Meaning, load_meaning
from .answer.particulars import (
    LABEL_EN,
    LABEL_NL,
    LetterAnswer,
    asked_particulars,
    letter_asked,
    letter_text,
    missing_message,
)
from .answer.withdrawn import as_finally_asked
from .answer.wording import (
    REFUSAL_NL,
    SOURCES_DUTCH_EN,
    Lang,
    language,
    missing_facts_tail,
    peildatum_notice,
    refusal,
    tie_notice,
    unanswered_part,
    verdict_lead,
    version_notice,
)
from .dictation import read_dictated
from .errors import ModelError
from .ingest.documents import collapse_ws, quote_in
from .inputs import clean_facts, clean_history, clean_question
from .ports import ChatModel
from .retrieval.search import Retriever, interleave
from .rules import RuleBook, Verdict
from .settings import Settings
from .types import Answer, Citation, Filters, Hit, Passage
from .typos import read_typos

log = logging.getLogger(__name__)
T = TypeVar("T")
NO_VERDICT_SHAPES = frozenset({"value", "list", "definition", "procedure", "task"})


class _Part(Generic[T]):
    """A part opened on first use and then kept for the Assistant's lifetime (thread-safe)."""

    def __init__(self, open_: Callable[[], T]) -> None:
        self._open = open_
        self._value: T | None = None
        self._opened = False  # a part may open as None (no calibrated weights for this embedder)
        self._lock = threading.Lock()

    @property
    def opened(self) -> bool:
        return self._opened

    def get(self) -> T:
        if not self._opened:
            with self._lock:
                if not self._opened:
                    self._value = self._open()
                    self._opened = True
        return self._value  # type: ignore[return-value]


@dataclass
class _Prepared:
    """What is known before the answer text is written."""

    question: str
    standalone: str
    verdict: Verdict | None
    hits: list[Hit]
    evidence: Evidence
    notices: list[str]
    timing: dict[str, float]
    t0: float
    picked: list[Sentence]  # the answer's sentences, chosen once: the gate judges them and the answer quotes them
    text: str = REFUSAL_NL
    citations: list[Citation] = field(default_factory=list)
    lang: Lang = "nl"  # the question's language: the words around the (Dutch) quotes
    receipt: dict[str, Any] | None = None  # the verdict's verantwoording (rule, dates, facts, quotes, hashes)
    unanswered: list[tuple[str, str]] = field(default_factory=list)  # parts of the question not answered: (part, why)
    asked: str = ""  # the question asked last (``as_finally_asked``): what the answer and the rule check read
    # answered whole, as the source says it (a letter's particulars: who signed it, its kenmerk; an article's status)
    verbatim: bool = False
    # a message that asks a letter's particular and something else ("Welk kenmerk heeft de brief en wat is meerzorg?"):
    # the letter part's answer, put before this one
    before: _Prepared | None = None
    letter_id: str = ""  # the letter a question about a letter itself is about

    @property
    def answerable(self) -> bool:
        return self.verdict is not None or self.evidence.answerable

    def finish(self, t_compose: float) -> Answer:
        self.timing["compose"] = (time.perf_counter() - t_compose) * 1000
        self.timing["total"] = (time.perf_counter() - self.t0) * 1000
        if self.answerable:  # a quoted sentence that contradicts the verdict is said to do so
            verdict = self.verdict.to_json() if self.verdict is not None else None
            self.notices.extend(conflict_notices(verdict, self.citations))
        return Answer(self.question, self.standalone, self.text, self.answerable, self.verdict,
                      self.citations if self.answerable else [], self.hits, self.timing, self.notices,
                      receipt=self.receipt)


# a first part that only sets the case for the next ("Wat als …?", "Wat gebeurt er als …?", "What if …?", "Stel dat …?")
# ("Wat als zorgaanbieder moet ik regelen?" is "what, as a provider": a clause must follow "als")
PREMISE_PART = re.compile(r"\s*(?:en\s+|maar\s+)?(?:wat\s+(?:gebeurt\s+er\s+|nu\s+)?(?:als|wanneer|indien)(?=\s+(?:we|wij|ik|je|jij|u|"
                          r"hij|zij|ze|het|de|een|er|mijn|onze|ons|zijn|haar|hun|jullie|iemand|dat|die|dit|deze|men|"
                          r"niemand|\w+\s+(?:niet|geen)\b))|what\s+(?:happens\s+)?if|and\s+what\s+if|stel\s+dat|suppose)\b", re.I)


class Assistant:
    """Answers questions. ``retriever``, ``rulebook`` and ``chat_model`` open the parts on first use (an app
    starts, and a refused question is answered, before the index is loaded); :meth:`warm_up` opens them now."""

    def __init__(self, settings: Settings, *, retriever: Callable[[], Retriever], rulebook: Callable[[], RuleBook],
                 chat_model: Callable[[], ChatModel] | None = None,
                 serving: Callable[[], str | None] | None = None) -> None:
        """``serving``: the name of the build in service now (``CURRENT``). When it is given and another
        process switches to a new build (``python -m assistant index`` or ``add`` beside a running app), the
        next question reopens the retriever on that build instead of answering from the old one."""
        self.settings = settings
        self._open_retriever = retriever
        self._serving = serving
        self._swap = threading.Lock()
        self._retriever = _Part(retriever)
        self._rulebook = _Part(rulebook)
        self._meaning = self._meaning_part()
        self._llm = _Part(lambda: LLMComposer(self._open_chat_model(chat_model), timeout_s=settings.llm.timeout_s))

    @staticmethod
    def _open_chat_model(chat_model: Callable[[], ChatModel] | None) -> ChatModel:
        if chat_model is None:
            raise ModelError("Er is geen taalmodel ingesteld.")
        return chat_model()

    def _meaning_part(self) -> _Part[Meaning | None]:
        # a sentence's closeness in meaning to the question, with the weights calibrated for this index's embedder
        return _Part[Meaning | None](
            lambda: load_meaning(self.retriever.embedder.name, self.retriever.sentence_similarity,
                                 vector=self.retriever.embedder.embed_query, documents=self.retriever.by_doc))

    @property
    def retriever(self) -> Retriever:
        return self._retriever.get()

    def follow_index(self) -> bool:
        """Move to the build in service if another process switched to a new one since the retriever opened.
        True when it moved. The old build's files stay one generation (``retrieval/index.py``), so a question
        being answered from it meanwhile finishes."""
        if self._serving is None or not self._retriever.opened:
            return False
        try:
            current = self._serving()
        except OSError:  # CURRENT unreadable for a moment: keep answering from the build we have
            return False
        if current is None or current == self._retriever.get().build:
            return False
        with self._swap:
            if self._retriever.opened and self._retriever.get().build != current:
                log.info("index switched to %s by another process: reopening", current)
                self._retriever = _Part(self._open_retriever)
                self._meaning = self._meaning_part()
                return True
        return False

    @property
    def meaning(self) -> Meaning | None:
        """The sentence-meaning weights and the calibrated "answers the question" score for this index."""
        return self._meaning.get()

    @property
    def rulebook(self) -> RuleBook:
        return self._rulebook.get()

    def passage_counts(self) -> dict[str, int]:
        """Passages per document in the index in service (the Bronnen tab)."""
        self.follow_index()
        return self.retriever.passage_counts()

    def passage_text(self, passage_id: str) -> str:
        """The indexed text of one passage ("" when the index in service has no such passage)."""
        p = self.retriever.by_id.get(passage_id)
        return p.text if p is not None else ""

    def skipped_documents(self) -> dict[str, str]:
        """Documents the index in service had to skip (unreadable), with the Dutch reason."""
        self.follow_index()
        return dict(self.retriever.skipped)

    # one question of each path (a verdict, an English reading, a two-part question): the first real question
    # would otherwise pay for the rule patterns, the English glossary and the answer model (~350 ms once)
    WARM_UP_QUESTIONS = ("Mogen wij in 2026 C&A declareren voor een cliënt met NAH+?",
                         "Which client groups fall under the LVHC structure?",
                         "Wat is meerzorg? En wie is daar verantwoordelijk voor?")

    def warm_up(self) -> None:
        """Load the index, the models and the rules, and answer one question of each path, now rather than on
        the first question. The warm-up questions' vectors leave the query cache again."""
        self.retriever.search("warm-up", 1)
        folded_corpus(self.retriever.corpus_lower)  # the corpus without accents, for the gate (~0.1 s once)
        _ = self.rulebook
        for q in self.WARM_UP_QUESTIONS:
            self.ask(q)
        self.retriever.embedder.clear_cache()

    # --- answering ------------------------------------------------------------------------------
    def ask(self, question: str, history: list[dict[str, str]] | None = None, as_of: date | None = None,
            kinds: tuple[str, ...] = (), k: int | None = None, facts: dict[str, Any] | None = None,
            year: int | None = None) -> Answer:
        """Answer one question (with the conversation so far) from the corpus, with citations.
        ``as_of``: the stand van de bronnen; ``year``: the zorgjaar of the rule check (default: from the question)."""
        answer: Answer | None = None
        for item in self.stream(question, history, as_of, facts, kinds=kinds, k=k, year=year):
            if isinstance(item, Answer):
                answer = item
        assert answer is not None  # stream() always ends with the Answer
        return answer

    def stream(self, question: str, history: list[dict[str, str]] | None = None, as_of: date | None = None,
               facts: dict[str, Any] | None = None, *, kinds: tuple[str, ...] = (),
               k: int | None = None, year: int | None = None) -> Iterator[str | Answer]:
        """Yield the answer text as it grows, then the final Answer (its text is the checked one)."""
        self.follow_index()
        prep = self._prepare(question, history, as_of, kinds, k, facts, year)
        if prep.verdict is None:  # a verdict answers the whole message
            prep = self._answer_a_part(prep, history, as_of, kinds, k, year)
        t = time.perf_counter()
        if not prep.answerable or prep.verbatim:  # (quoted as it stands: particulars.py, Assistant._left_out)
            yield from _growing(prep.text)
        elif self.settings.llm.backend == "none":
            prep.text, citations = self._extractive(prep)
            prep.citations = self._mark_superseded(citations, prep.verdict)
            yield from _growing(prep.text)
        else:
            prep.text, citations = yield from self._with_llm(prep)
            prep.citations = self._mark_superseded(citations, prep.verdict)
        if prep.before is not None:  # the letter part first, then this part, citations numbered on
            prep.text, prep.citations = _after(prep.before, prep.text, prep.citations)
            prep.unanswered = prep.before.unanswered + prep.unanswered
            yield prep.text
        if prep.answerable and prep.unanswered:
            prep.text += "".join("\n\n" + unanswered_part(prep.lang, part, message) for part, message in prep.unanswered)
            yield prep.text
        yield prep.finish(t)

    def _answer_a_part(self, whole: _Prepared, history: list[dict[str, str]] | None, as_of: date | None,
                       kinds: tuple[str, ...], k: int | None, year: int | None) -> _Prepared:
        """A message that asks two things ("Staat ergens wat zo'n kliniek moet bieden qua eigen ruimte? En hoe vaak
        mogen we op bezoek?"): each part is also asked on its own, with what the message told before it. When the
        first part is answered and a later one not, the answer is the first part's (not sentences picked for a part
        the sources do not answer), and it says which parts the sources do not answer. Otherwise the answer (or the
        refusal) of the whole stands."""
        parts = part_questions(whole.asked or whole.question)
        if not parts:
            return whole

        def alone(asked: str) -> _Prepared:  # the rule check read the whole message: a part gets no verdict either
            return self._prepare(asked, history, as_of, kinds, k, None, year, rules=False)

        if whole.letter_id:  # "Welk kenmerk heeft de meerzorgbrief en wat is meerzorg?": the letter's, then the other part
            other = [(part, asked) for part, asked in parts if not asked_particulars(asked)]
            if not other or len(other) == len(parts):
                return whole
            # (asked after the letter's title, as a follow-up: "… en welke maatregel kondigt die aan?")
            title = next((h.passage.title for h in whole.hits if h.passage.doc_id == whole.letter_id), "")
            rest = self._prepare(" ".join(asked for _, asked in other), [*(history or []), {"role": "user", "content": title}],
                                 as_of, kinds, k, None, year, rules=False)
            if rest.verbatim or not (whole.answerable or rest.answerable):
                return whole
            if not rest.answerable:
                whole.unanswered += [(" ".join(part for part, _ in other), rest.text)]
                return whole
            if whole.answerable:
                rest.before = whole
            else:  # the letter does not say it: the other part's answer, then that the letter does not say it
                rest.unanswered = [(" ".join(part for part, asked in parts if asked_particulars(asked)), whole.text)]
            rest.question, rest.t0 = whole.question, whole.t0
            return rest

        if PREMISE_PART.match(parts[0][0]):
            # "Wat als we verhuizen naar een andere regio? Moet mijn dochter dan een nieuw budgetplan indienen, en binnen
            # welke termijn?": the first part only sets the case; what is asked is each later part in that case. When the
            # sources answer none of them, the answer says so (not sentences picked for the case alone)
            if not whole.answerable:
                return whole
            later = [(part, alone(f"{parts[0][0]} {part}")) for part, _ in parts[1:]]
            refused = [(part, p) for part, p in later if not p.answerable]
            if not refused:
                return whole
            answered = [p for _, p in later if p.answerable]
            chosen = answered[0] if answered else refused[0][1]
            chosen.unanswered = [(part, p.text) for part, p in refused] if answered else []
            chosen.question, chosen.t0 = whole.question, whole.t0
            return chosen

        # the first part carries what the message told; a later part alone ("en kan ik langskomen?", "wie vraagt
        # die aan?") is too short to be judged on its own, so only the first one is answered on its own
        chosen = alone(parts[0][1])
        if not chosen.answerable:
            return whole
        unanswered = [(part, p.text) for part, asked in parts[1:] if not (p := alone(asked)).answerable]
        if not unanswered:
            return whole
        chosen.question, chosen.unanswered, chosen.t0 = whole.question, unanswered, whole.t0
        return chosen

    def _extractive(self, prep: _Prepared) -> tuple[str, list[Citation]]:
        """Verdict first, then the picked sentences with [n], then the questions back for missing facts."""
        rule_citations, lead, tail = self._frame(prep.verdict, prep.lang)
        return compose(prep.standalone, prep.hits, lead=lead, tail=tail, extra_citations=rule_citations,
                       sentences=prep.picked)

    def _with_llm(self, prep: _Prepared) -> Generator[str, None, tuple[str, list[Citation]]]:
        """The LLM writes the body under the support check; on any failure, the extractive answer (once, here)."""
        rule_citations, _, tail = self._frame(prep.verdict, prep.lang)
        verdict = prep.verdict.to_json() if prep.verdict is not None else None  # what the model is told
        try:
            for piece in self._llm.get().stream(prep.standalone, prep.hits, verdict, lambda: self._extractive(prep),
                                                tail=tail, extra_citations=rule_citations):
                if isinstance(piece, str):
                    yield piece
                    continue
                if piece.notice:
                    prep.notices.append(piece.notice)
                if piece.removed:
                    log.info("LLM sentences removed as unsupported: %s", piece.removed)
                return piece.text, piece.citations
        except ModelError as exc:
            log.warning("LLM backend unusable: %s", exc)
        text, citations = self._extractive(prep)
        prep.notices.append(NOTICE_UNREACHABLE)
        yield text
        return text, citations

    def _prepare(self, question: str, history: list[dict[str, str]] | None, as_of: date | None,
                 kinds: tuple[str, ...], k: int | None, facts: dict[str, Any] | None,
                 year: int | None = None, rules: bool = True) -> _Prepared:
        t0 = time.perf_counter()
        limits = self.settings.limits
        # a dictated message read as typed ("ree cee" → REC, "zorg kantoor" → zorgkantoor; dictation.py), a typing slip
        # as the word meant ("beahndeling" → behandeling; typos.py)
        question = read_typos(read_dictated(clean_question(question, limits)))
        history = clean_history(history, limits)  # text turns only, cleaned, within the history limits
        facts = clean_facts(facts, limits) or None
        # "Wie deed de evaluatie? Nee wacht, dat weet ik al. Mijn echte vraag: wat kostte die?": the answer and the rule
        # check read the question asked last, with what the message told before the first
        # ... and without a comparison put first ("Is een ADL-woning zoiets als een serviceflat? Hoeveel ADL-clusters zijn
        # er?"), a question relayed without a question mark read as one ("Een vriendin vraagt welk bureau …": framing.py)
        asked = as_direct(without_analogy(as_finally_asked(question)))
        standalone = standalone_query(asked, history)
        timing: dict[str, float] = {}

        t = time.perf_counter()
        # the rule check speaks only when asked: a question for a value, a list, a definition or the steps of a
        # procedure ("Hoe lang mag een observatie duren?", "Uit welke wet wordt dat betaald?") gets no verdict
        asks: str = classify(standalone).shape
        if asks != "list" and asks_task(standalone):
            asks = "task"  # "Vat samen wie …", "Schrijf een mail waarin je uitlegt …": no verdict either
        verdict = None if asks in NO_VERDICT_SHAPES or not rules else self.rulebook.check_question(
            asked, history=history, as_of=as_of, facts=facts, year=year)
        receipt = self.rulebook.receipt(verdict) if verdict is not None else None  # the verantwoording
        tied = [] if verdict is not None or asks in NO_VERDICT_SHAPES or not rules else self.rulebook.tied_rules(
            asked, history=history, as_of=as_of, facts=facts, year=year)
        timing["rules"] = (time.perf_counter() - t) * 1000

        t = time.perf_counter()
        filters = Filters(kinds=kinds, as_of=as_of)
        want = k or max(5, self.settings.retrieval.k)
        # a list question searches a little further: the sentence that lists what it asks may rank just below
        wide = asks == "list" and len(split_question(asked)) == 1
        hits = self._search(asked, standalone, history, filters, want * 2 if wide else want)
        r = self.retriever
        if wide:
            hits = with_list(standalone, hits[:want], hits[want:], following=r.text_after, doc_freq=r.doc_freq,
                             passages=len(r.passages))
        hits = with_definition(standalone, hits, r.usable(filters))  # "Wat is een REC?": the defining passage
        timing["retrieve"] = (time.perf_counter() - t) * 1000

        lang = language(question)
        # what a letter among the sources says of itself ("Wie heeft de brief ondertekend?"): its signature, date,
        # kenmerk (answer/particulars.py); no verdict (no rule decides it)
        letter = letter_asked(asked_particulars(asked), hits, r.letters)
        if letter is not None:
            return self._letter(question, standalone, asked, hits, letter, lang, timing, t0, as_of)
        # the sentences are picked once per request: the gate judges them and the answer quotes them
        picked = select(standalone, hits, following=r.text_after, meaning=self._meaning.get())
        evidence = assess(asked, hits, vocab=r.vocab, corpus_lower=r.corpus_lower, sentences=[s.text for s in picked],
                          context=standalone, doc_freq=r.doc_freq, passages=len(r.passages),
                          limits=self.settings.answers, today=as_of, meaning=self._meaning.get(),
                          lower_words=r.lower_words, law_articles=r.law_articles)
        log.info("evidence %s", evidence)
        if evidence.reason == "article_left_out" and asks_status(asked):
            # "Geldt artikel 4.3.3 al?": the article's status in the official text answers it, quoted and cited
            left = self._left_out(question, standalone, asked, hits, lang, timing, t0, as_of)
            if left is not None:
                return left
        if evidence.reason in NO_VERDICT_REASONS:  # "Zijn er uitspraken van de rechter over meerzorg?": no rule answers it
            verdict, receipt = None, None
        notices: list[str] = [SOURCES_DUTCH_EN] if lang == "en" and evidence.answerable else []
        if as_of is not None:
            notices.append(peildatum_notice(lang, as_of))
        notices.extend(self._version_notices(hits, as_of, lang))
        if tied:  # a yes/no was kept back because two rules fit equally well: ask which question is meant
            notices.append(tie_notice(lang, [r.question_nl for r in tied]))
        prep = _Prepared(question, standalone, verdict, hits, evidence, notices, timing, t0, picked)
        prep.lang, prep.receipt, prep.asked = lang, receipt, asked
        prep.text = evidence.message_nl or refusal(lang)
        return prep

    def _left_out(self, question: str, standalone: str, asked: str, hits: list[Hit], lang: Lang,
                  timing: dict[str, float], t0: float, as_of: date | None) -> _Prepared | None:
        """Whether a Wlz article applies, for one the official text lists as not in force or repealed: its status
        line quoted ("Dit onderdeel is nog niet inwerking getreden") and cited to the law (no passage holds it)."""
        statuses = self.retriever.law_articles
        number = next((n for n in wlz_articles_asked(asked) if statuses.get(n.lower()) in LEFT_OUT), None)
        law = next((p for p in self.retriever.passages if p.kind == "wet"), None)
        if number is None or law is None:
            return None
        status = statuses[number.lower()]
        english = lang == "en"
        official = OFFICIAL_TEXT[status]
        passage = Passage(doc_id=law.doc_id, title=law.title, kind=law.kind, date=law.date,
                          section=(f"Artikel {number}",), page=None, start=-1, end=-1, text=official, added=law.added)
        said = LEFT_OUT[status][1 if english else 0]
        lead = (f"**Article {number} of the Wlz {said}** (in the version of the law that I have) [1]" if english else
                f"**Artikel {number} van de Wlz {said}** (in de versie van de wet die ik heb) [1]")
        quoted = (f"The law's text of the article: “{official}” [1]" if english else
                  f"De wettekst bij het artikel: “{official}” [1]")
        evidence = Evidence(True, "article_status", 1.0, 1.0, 0.0)
        notices: list[str] = [SOURCES_DUTCH_EN] if english else []
        if as_of is not None:
            notices.append(peildatum_notice(lang, as_of))
        prep = _Prepared(question, standalone, None, hits, evidence, notices, timing, t0, [])
        prep.lang, prep.asked, prep.verbatim = lang, asked, True
        prep.text = f"{lead}\n\n{quoted}"
        prep.citations = [Citation(1, passage, official)]
        return prep

    def _letter(self, question: str, standalone: str, asked: str, hits: list[Hit], letter: LetterAnswer, lang: Lang,
                timing: dict[str, float], t0: float, as_of: date | None) -> _Prepared:
        """The answer to a question about a letter itself, quoting what it says of itself; what it does not say is
        said not to be in the sources (a two-part question: after the part that is answered)."""
        english = lang == "en"
        found = bool(letter.found)
        message = missing_message(letter, english, self.retriever.date_notes.get(letter.doc_id, "")) \
            if letter.missing else ""
        evidence = Evidence(found, "letter" if found else "no_particular", 1.0, 1.0, 0.0,
                            message_nl="" if found else message)
        notices: list[str] = [SOURCES_DUTCH_EN] if english and found else []
        if as_of is not None:
            notices.append(peildatum_notice(lang, as_of))
        prep = _Prepared(question, standalone, None, hits, evidence, notices, timing, t0, [])
        prep.lang, prep.asked, prep.verbatim, prep.letter_id = lang, asked, True, letter.doc_id
        prep.text = evidence.message_nl or refusal(lang)
        if found:
            prep.text, prep.citations = letter_text(letter, english)
        if found and message:
            labels = LABEL_EN if english else LABEL_NL
            prep.unanswered = [(" / ".join(labels[f] for f in letter.missing), message)]
        return prep

    def _search(self, question: str, standalone: str, history: list[dict[str, str]], filters: Filters,
                k: int) -> list[Hit]:
        """One search, or for a two-part question one per part (embedded in one forward pass), interleaved."""
        parts = split_question(question)
        if len(parts) <= 1:
            return self.retriever.search(standalone, k, filters=filters)
        queries = [standalone] + [standalone_query(p, history) for p in parts]
        # one forward pass for the searches and for what the sentence selection compares with later
        later = [t for t in dict.fromkeys([*selection_queries(standalone),  # and each part asked on its own:
                                           *(standalone_query(a, history) for _, a in part_questions(question))])
                 if t not in queries]
        vectors = self.retriever.embedder.embed_queries(queries + later)
        return interleave([self.retriever.search(q, k, filters=filters, vector=v)
                           for q, v in zip(queries, vectors[: len(queries)], strict=True)], limit=k + 5 * (len(parts) - 1))

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

    # --- verdict plumbing -----------------------------------------------------------------------
    def _frame(self, verdict: Verdict | None, lang: Lang = "nl") -> tuple[list[Citation], str, str]:
        """What surrounds the answer: the verdict's citations, its summary as the lead (with [n]), the asks."""
        if verdict is None:
            return [], "", ""
        rule_citations = self._verdict_citations(verdict)
        lead = verdict_lead(lang, verdict.outcome, verdict.summary_nl, verdict.answer_en)
        if lead and rule_citations:
            lead = f"{lead} " + "".join(f"[{c.n}]" for c in rule_citations)
        tail = missing_facts_tail(lang, [m.ask_nl for m in verdict.missing_facts if m.ask_nl])
        return rule_citations, lead, tail

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

    def _verdict_citations(self, verdict: Verdict) -> list[Citation]:
        out: list[Citation] = []
        seen: set[str] = set()
        cites = [c for cond in verdict.conditions for c in cond.citations] + list(verdict.citations)
        for c in cites:
            found = self._passage_for_quote(c.doc_id, c.quote)
            if found is None or found[0].id in seen:
                continue
            p, supporting = found
            seen.add(p.id)
            out.append(Citation(len(out) + 1, p, supporting))
            if len(out) >= 4:
                break
        return out

    @staticmethod
    def _mark_superseded(citations: list[Citation], verdict: Verdict | None) -> list[Citation]:
        if verdict is None or not verdict.superseded:
            return citations
        out = []
        for c in citations:
            by = None
            for s in verdict.superseded:
                if s.citation.doc_id == c.passage.doc_id and quote_in(c.passage.text, s.citation.quote):
                    by = s.superseded_by
            out.append(Citation(c.n, c.passage, c.supporting, by) if by else c)
        return out


def _after(first: _Prepared, text: str, citations: list[Citation]) -> tuple[str, list[Citation]]:
    """``first``'s answer, then ``text`` with its citation numbers after ``first``'s (one list of sources)."""
    shift = len(first.citations)
    renumbered = re.sub(r"\[(\d+)\]", lambda m: f"[{int(m.group(1)) + shift}]", text)
    return f"{first.text}\n\n{renumbered}", first.citations + [replace(c, n=c.n + shift) for c in citations]


def _growing(text: str) -> Iterator[str]:
    """The text in growing parts of six words (the app shows an answer as it is written)."""
    words = text.split(" ")
    for i in range(0, len(words), 6):
        yield " ".join(words[: i + 6])


__all__ = ["Answer", "Assistant"]
