"""The default answerer: no LLM. Picks the sentences of the retrieved passages that answer the question,
keeps them verbatim, marks each with [n], leads with the rule-check verdict when there is one."""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass

from ..ingest.chunk import sentence_spans
from ..retrieval.text import expand_query, tokens
from ..types import Citation, Hit, Passage
from .hostile import is_instruction
from .quantities import MONTHS, has_count

REFUSAL_NL = (
    "Dit kan ik niet beantwoorden met de bronnen die ik heb. Ik antwoord alleen op basis van de Kamerbrieven en "
    "de inkoopvoorwaarden in het corpus, en daarin vind ik hier geen passage over. Raadpleeg uw zorgkantoor, "
    "het CIZ of de NZa, of stel de vraag anders (noem bijvoorbeeld de doelgroep, het zorgprofiel of het jaar)."
)


@dataclass(frozen=True)
class Sentence:
    hit_rank: int
    passage: Passage
    start: int  # offsets within passage.text
    end: int
    text: str
    score: float


def _idf(hits: list[Hit]) -> dict[str, float]:
    df: Counter[str] = Counter()
    for h in hits:
        df.update(set(tokens(h.passage.text)))
    n = len(hits) + 1
    return {t: math.log(1 + n / (1 + c)) for t, c in df.items()}


# What kind of answer the question asks for, and how to recognise it in a sentence.
ANSWER_TYPES: list[tuple[re.Pattern[str], re.Pattern[str] | None]] = [
    (re.compile(r"\b(hoeveel|hoe (veel|lang|vaak|hoog|groot)|welk (deel|percentage|bedrag)|maximaal|minimaal)\b", re.I),
     None),  # a count: quantities.has_count
    (re.compile(r"\b(wanneer|sinds wanneer|tot wanneer|per wanneer|welke datum|welk jaar|vanaf wanneer)\b", re.I),
     re.compile(rf"\b(19|20)\d\d\b|\b{MONTHS}\b|\b(najaar|voorjaar|zomer|winter|kerst)\b", re.I)),
    (re.compile(r"^\s*(wie|welke (organisatie|partij|instantie)s?)\b", re.I),
     re.compile(r"\b[A-Z][A-Za-z]{1,}\b.*\b[A-Z]")),
]


def _partial(token: str, sentence_tokens: set[str]) -> bool:
    """Compound words: 'schatting' in 'inschattingen', 'tarief' in 'dagtarief'."""
    if len(token) < 5:
        return False
    return any(token in t or (len(t) >= 5 and t in token) for t in sentence_tokens)


def score_sentences(question: str, hits: list[Hit], max_hits: int = 6) -> list[Sentence]:
    """Lexical overlap (stemmed, glossary-expanded, idf-weighted, with partial credit for compounds),
    a bonus when the sentence holds the kind of answer asked for, times a prior from the passage rank."""
    q_tokens = set(tokens(expand_query(question)))
    wanted = [a for q, a in ANSWER_TYPES if q.search(question)]
    idf = _idf(hits)
    out: list[Sentence] = []
    for rank, h in enumerate(hits[:max_hits]):
        text = h.passage.text
        prior = 1.0 / (1.0 + 0.35 * rank)
        for s, e in sentence_spans(text):
            sent = text[s:e].strip()
            if len(sent) < 25 or is_instruction(sent):  # documents are data: never quote an instruction
                continue
            st = set(tokens(sent))
            if not st:
                continue
            overlap = sum(idf.get(t, 1.0) for t in st & q_tokens)
            overlap += 0.5 * sum(idf.get(t, 1.0) for t in q_tokens - st if _partial(t, st))
            bonus = 0.6 if any(has_count(sent) if a is None else a.search(sent) for a in wanted) else 0.0
            out.append(Sentence(rank, h.passage, s, e, sent, prior * (0.15 + overlap / math.sqrt(len(st)) + bonus)))
    return sorted(out, key=lambda x: -x.score)


# Measured on the dev set (python -m evals answers): 5 sentences within 35% of the best score carry the key facts
# most often (3 → 0.81, 4 → 0.84, 5 → 0.88 of key facts); MAX_BODY_CHARS keeps the answer short.
MAX_SENTENCES = 5
MIN_RELATIVE_SCORE = 0.35
MAX_BODY_CHARS = 1100


_PART_BREAK = re.compile(
    r"\?\s+(?=\S)|,?\s+en\s+(?=(?:hoe|wat|wie|welke|welk|wanneer|waarom|waar|sinds|blijft|hoort|kan|kunnen|mag|"
    r"mogen|is|zijn|geldt|gelden|moet|moeten|wordt|worden|zag|heeft|hebben)\b)",
    re.I,
)


def split_question(question: str) -> list[str]:
    """A question that asks two things ("Hoe lang …, en hoe lang kan het CIZ …?") → its parts; else [question]."""
    parts = [p.strip(" ,") for p in _PART_BREAK.split(question) if p and p.strip(" ,?")]
    parts = [p if p.endswith("?") else p + "?" for p in parts]
    if len(parts) < 2 or any(len(p.split()) < 3 for p in parts):
        return [question]
    return parts[:3]


def select(question: str, hits: list[Hit], max_sentences: int = MAX_SENTENCES) -> list[Sentence]:
    """The sentences that answer the question; a two-part question gets sentences for each part.

    Pure: the Assistant calls it once per request and hands the result to both the gate and the answer."""
    return _select(question, hits, max_sentences)


def _select(question: str, hits: list[Hit], max_sentences: int) -> list[Sentence]:
    parts = split_question(question)
    if len(parts) == 1:
        return _select_one(question, hits, max_sentences)
    chosen: list[Sentence] = []
    per_part = max(2, (max_sentences + 1) // len(parts))
    for part in parts:
        for s in _select_one(part, hits, per_part, max_hits=len(hits)):  # each part's own hits are interleaved
            if not any(_key(c.text) == _key(s.text) for c in chosen):
                chosen.append(s)
    return sorted(chosen, key=lambda s: (s.hit_rank, s.start))


def _select_one(question: str, hits: list[Hit], max_sentences: int, max_hits: int = 6) -> list[Sentence]:
    scored = score_sentences(question, hits, max_hits)
    if not scored:
        return []
    best = scored[0].score
    chosen: list[Sentence] = []
    seen: set[str] = set()  # overlapping passages repeat sentences: quote each text once
    length = 0
    for s in scored:
        if len(chosen) >= max_sentences or s.score < MIN_RELATIVE_SCORE * best:
            break
        if _key(s.text) in seen or (chosen and length + len(s.text) > MAX_BODY_CHARS):
            continue
        if DANGLING.match(s.text):  # "Hiermee …", "Dan gelden …" only make sense after the sentence before
            before = _predecessor(s, hits)
            if before is None or is_instruction(before.text):
                continue
            if _key(before.text) not in seen:
                chosen.append(before)
                seen.add(_key(before.text))
                length += len(before.text)
        chosen.append(s)
        seen.add(_key(s.text))
        length += len(s.text)
    # read in document order within each passage, passages in rank order
    return sorted(chosen, key=lambda s: (s.hit_rank, s.start))


DANGLING = re.compile(r"^\s*(hiermee|hierdoor|hierbij|hiervoor|daarmee|daardoor|daarbij|daarvoor|dit|deze|dat|dan|"
                      r"zij|ze|tevens|bovendien)\b", re.I)


def _key(text: str) -> str:
    return " ".join(re.sub(r"^[-–•]\s*", "", text).lower().split())


def _predecessor(s: Sentence, hits: list[Hit]) -> Sentence | None:
    """The sentence right before ``s`` in its passage, if the passage has one."""
    spans = [(a, b) for a, b in sentence_spans(s.passage.text) if b <= s.start]
    if not spans:
        return None
    a, b = spans[-1]
    return Sentence(s.hit_rank, s.passage, a, b, s.passage.text[a:b].strip(), s.score)


def clean_sentence(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    return text[2:] if text.startswith("- ") else text


def compose(question: str, hits: list[Hit], *, lead: str = "", tail: str = "",
            extra_citations: list[Citation] | None = None, max_sentences: int = MAX_SENTENCES,
            sentences: list[Sentence] | None = None) -> tuple[str, list[Citation]]:
    """Answer text with [n] markers, and the citations it uses (numbered in order of first use)."""
    citations: list[Citation] = list(extra_citations or [])
    numbers: dict[str, int] = {c.passage.id: c.n for c in citations}
    parts: list[str] = []
    for s in sentences if sentences is not None else select(question, hits, max_sentences):
        n = numbers.get(s.passage.id)
        if n is None:
            n = len(citations) + 1
            numbers[s.passage.id] = n
            citations.append(Citation(n, s.passage, clean_sentence(s.text)))
        parts.append(f"{clean_sentence(s.text)} [{n}]")
    body = " ".join(parts)
    text = "\n\n".join(x for x in (lead, body, tail) if x)
    return text, citations
