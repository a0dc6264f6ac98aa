"""The default answerer: no LLM. Picks the sentences of the retrieved passages that answer the question,
keeps them verbatim, marks each with [n], leads with the rule-check verdict when there is one."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import NamedTuple

from ..ingest.chunk import sentence_spans
from ..retrieval.text import ASKS_TRANSITION, FORMER_LAW, expand_query, glossary_groups, tokens
from ..rules.english import read_in_dutch
from ..types import Citation, Hit, Passage
from .asked import (
    ASKING_WORDS,
    CONDITION_LEAD,
    CONDITION_WORDS,
    MEETS,
    VALUE_PATTERNS,
    Asked,
    classify,
    counted_value,
    day_date,
    holds_value,
    split_asking,
)
from .hostile import is_instruction
from .language import is_english
from .meaning import Meaning
from .quantities import MONTHS, NOT_A_COUNT, has_count


@dataclass(frozen=True)
class Sentence:
    hit_rank: int
    passage: Passage
    start: int  # offsets within passage.text
    end: int
    text: str
    score: float
    items: tuple[str, ...] = ()  # a list's items, verbatim (the sentence is its lead-in)
    item_sources: tuple[Passage, ...] = ()  # the passage each item comes from (a list may run on over passages)
    item_depths: tuple[int, ...] = ()  # 1 for an item's own sub-item ("c. behandeling, omvattende:" + "1°. …")
    value: str = ""  # the value a value question asks for, verbatim from the sentence (or from ``value_from``)
    value_from: str = ""  # the heading the value stands in, when the sentence under it does not repeat it


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
# Answers recognised by a marker word, which lead the answer when one of them is about the question (shaped_anchor):
# why — a sentence that gives a reason ("Deze heeft het nadeel dat …", "Vanwege het lage volume …"); what a plan or a
# document holds — "wat moet er in het behandelplan staan?" is answered by "Dit behandelplan omvat zowel wonen, …".
MARKED_ANSWERS: list[tuple[re.Pattern[str], re.Pattern[str]]] = [
    (re.compile(r"^\s*(?:\S+\s+){0,2}?(waarom|why)\b|\b(hoe komt het dat|wat is de reden)\b", re.I),
     re.compile(r"\b(omdat|vanwege|doordat|daardoor|daarom|nadeel|nadelen|reden|redenen|aangezien|oorzaak|oorzaken)\b",
                re.I)),
    (re.compile(r"\bwat (?:moet|moeten|staat|staan|zit|zitten|hoort|horen) (?:er )?(?:allemaal )?(?:\w+ )?in\b|"
                r"\bwaaruit bestaa?t\b", re.I),
     re.compile(r"\b(omvat|omvatten|bevat|bevatten|bestaat uit|bestaan uit)\b", re.I)),
]
ANSWER_TYPES += MARKED_ANSWERS


# a page's running head or foot: fields separated by bars, not a sentence
_RUNNING_HEAD = re.compile(r"\S\s+\|\s+\S.*\s\|\s+\S")


def _stem_prefix(a: str, b: str, n: int = 6) -> bool:
    """Two stems of one word family: 'observatieplaats' and 'observeer' share 'observ'."""
    return len(a) >= n and len(b) >= n and a[:n] == b[:n]


def _partial(token: str, sentence_tokens: set[str]) -> bool:
    """Compound words: 'schatting' in 'inschattingen', 'tarief' in 'dagtarief'."""
    if len(token) < 5:
        return False
    return any(token in t or (len(t) >= 5 and t in token) for t in sentence_tokens)


# an asking sentence that points back at what the sentence before it named ("What does that profile stand for?",
# "Wat betekenen die afkortingen?", "Moeten wij dat ook doen?")
_ASKS_BACK = re.compile(r"\b(?:die|deze|dat|dit|daar\w*|hier\w*|that|this|these|those|it|they|them)\b|"
                        # who is right about what the sentence before says ("… moeten regelen. Wie heeft gelijk?")
                        r"\b(?:wie heeft (?:er )?gelijk|heb ik gelijk|who(?:'s| is) right|am i right)\b", re.I)
# the weight of a word only the story before the asking sentence has (against 1 for the asking sentence's words)
TOLD_WEIGHT = 0.5


def score_sentences(question: str, hits: list[Hit], max_hits: int = 6, meaning: Meaning | None = None
                    ) -> list[Sentence]:
    """Lexical overlap (stemmed, glossary-expanded, idf-weighted, with partial credit for compounds),
    a bonus when the sentence holds the kind of answer asked for and (with ``meaning``) one for its closeness in
    meaning to the question, times a prior from the passage rank."""
    # an English question is also read in the Dutch of the sources ("Which target groups" → "welke doelgroep")
    english = is_english(question)
    read = f"{question} {read_in_dutch(question)}" if english else question
    q_tokens = set(tokens(expand_query(read)))
    # what the story before the asking sentence tells weighs less than what it asks ("… een VG7-indicatie gekregen.
    # Wat moet onze locatie minimaal geregeld hebben qua toezicht en alarmering?")
    # (everything from the first asking sentence on is asked: a part scored with the question it points back at,
    # "En wie is daar verantwoordelijk voor? Wat is meerzorg?", keeps both at full weight)
    sentences, _ = split_asking(question)
    first = next((i for i, x in enumerate(sentences) if x.rstrip().endswith("?")), len(sentences) - 1)
    if first > 0 and _ASKS_BACK.search(sentences[first]):
        first -= 1  # "Our contract mentions 'zorgprofiel 5'. What does that profile stand for?": what it points at
    asking = " ".join(sentences[first:])
    asked = set(tokens(expand_query(f"{asking} {read_in_dutch(asking)}" if english else asking))) if first > 0 \
        else q_tokens
    weight = {t: 1.0 if t in asked else TOLD_WEIGHT for t in q_tokens}
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
            if _is_question(sent):  # a question in the source ("Is er sprake van …?") answers nothing by itself
                continue
            if _RUNNING_HEAD.search(sent):  # a page's running head ("Zorgverzekeraars Nederland | V3.2 | 1 juli 2025")
                continue
            st = set(tokens(sent))
            if not st:
                continue
            overlap = sum(weight[t] * idf.get(t, 1.0) for t in st & q_tokens)
            overlap += 0.5 * sum(weight[t] * idf.get(t, 1.0) for t in q_tokens - st if _partial(t, st))
            bonus = 0.6 if any(has_count(sent) if a is None else a.search(sent) for a in wanted) else 0.0
            out.append(Sentence(rank, h.passage, s, e, sent, prior * (0.15 + overlap / math.sqrt(len(st)) + bonus)))
    if meaning is not None and out:
        close = meaning.bonus(question, [x.text for x in out])
        out = [replace(x, score=x.score + c / (1.0 + 0.35 * x.hit_rank)) for x, c in zip(out, close, strict=True)]
    return sorted(out, key=lambda x: -x.score)


# Measured on the dev set (python -m evals answers): 5 sentences within 35% of the best score carry the key facts
# most often (3 → 0.81, 4 → 0.84, 5 → 0.88 of key facts); MAX_BODY_CHARS keeps the answer short.
MAX_SENTENCES = 5
MIN_RELATIVE_SCORE = 0.35
MAX_BODY_CHARS = 1100


# within one question sentence: "Hoe lang …, en hoe lang kan het CIZ …?"
_PART_BREAK = re.compile(
    r",?\s+en\s+(?=(?:hoe|wat|wie|welke|welk|wanneer|waarom|waar|sinds|blijft|hoort|kan|kunnen|mag|"
    r"mogen|is|zijn|geldt|gelden|moet|moeten|wordt|worden|zag|heeft|hebben)\b)",
    re.I,
)
# after "?" always; after "." or "!" before a capital only ("Wat is een C.O.T. in de gehandicaptenzorg?")
_SENTENCE_BREAK = re.compile(r"(?<=\?)\s+(?=\S)|(?<=[.!])\s+(?=[A-ZÀ-Ý\"'‘“(])")


_ASKS = re.compile(r"(?:(?:en|and|of|or)\s+)?(?:(?:over|in|bij|voor|van|met|aan|tot|vanaf|sinds|uit|naar|op|"
                   r"about|in|for|from|with|to)\s+(?=(?:welke|welk|wat|wie|hoeveel|which|what|whom)\b))?(?:hoe|hoeveel|hoelang|wat|wie|welke|welk|wanneer|waarom|waar|sinds|blijft|hoort|zag|kan|kun|"
                   r"kunnen|mag|mogen|moet|moeten|is|zijn|"
                   r"geldt|gelden|wordt|worden|heeft|hebben|krijg|krijgt|betaalt|valt|vallen|how|what|who|which|when|"
                   r"why|where|can|may|must|should|is|are|does|do|will)\b", re.I)


def split_question(question: str) -> list[str]:
    """A question that asks two things ("Hoe lang …, en hoe lang kan het CIZ …?", "Staat ergens wat zo'n kliniek
    moet bieden? En hoe vaak mogen we op bezoek?") → its parts; else [question]. What is told before a question
    ("Onze zoon is opgenomen in een SGLVG-kliniek.") stays with it; a statement after the last question ("… van het
    CCE? We willen advies over …") is context, not a second question."""
    parts: list[str] = []
    told: list[str] = []  # statements since the last question
    for sentence in _SENTENCE_BREAK.split(question.strip()):
        # a sentence ending in "." tells ("Zijn dochter is vertegenwoordiger."), even when it starts like a question
        if not (sentence.endswith("?") or (sentence[-1:] not in ".!" and _ASKS.match(sentence))):
            told.append(sentence)
            continue
        # "… woont thuis en heeft een vpt, mag ze …?": a piece before "en …" that asks nothing is not a part
        pieces = [p.strip(" ,") for p in _PART_BREAK.split(sentence) if p and p.strip(" ,?")]
        pieces = [p for p in pieces if p.endswith("?") or _ASKS.match(re.split(r"(?<=[.!])\s+", p)[-1])] or [sentence]
        pieces = [p if p.endswith("?") else p + "?" for p in pieces]
        pieces[0] = " ".join([*told, pieces[0]])
        told = []
        parts += pieces
    if len(parts) < 2 or any(len(p.split()) < 3 for p in parts):
        return [question]
    return parts[:3]


def part_questions(question: str) -> list[tuple[str, str]]:
    """Each part of a two-part question, as written and as a question of its own: a later part with what the
    message told before the first ("Onze zoon is opgenomen in een SGLVG-kliniek. En hoe vaak mogen we op bezoek?");
    [] for one part."""
    parts = split_question(question)
    if len(parts) < 2:
        return []
    told = " ".join(_SENTENCE_BREAK.split(parts[0].strip())[:-1])
    return [(parts[0], parts[0]), *((p, f"{told} {p}".strip()) for p in parts[1:])]


# the next passage of a document and its text after the overlap (a list may run on into it)
Following = Callable[[Passage], tuple[Passage | None, str]]


def select(question: str, hits: list[Hit], max_sentences: int = MAX_SENTENCES,
           following: Following | None = None, meaning: Meaning | None = None) -> list[Sentence]:
    """The sentences that answer the question; a two-part question gets sentences for each part.

    Pure: the Assistant calls it once per request and hands the result to both the gate and the answer."""
    return _readable(_select(question, hits, max_sentences, following, meaning))


def _readable(chosen: list[Sentence]) -> list[Sentence]:
    """``chosen`` without a sentence that only makes sense after the one before it ("Deze prestatie …", "Hiermee …")
    where that one is not quoted right before it: from its own passage, or with its text in that passage. (A
    sentence can come loose when its lead-in lies in the passage before, or was merged away as a duplicate.)"""
    out: list[Sentence] = []
    quoted = {sentence_key(c.text) for c in chosen}
    for s in chosen:
        text = clean_sentence(s.text)  # as quoted: an item's dash off ("- Deze prestatie …")
        if not s.items and _PRONOUN_ITEM.match(s.text) and (lead := _item_lead(s)) is not None \
                and sentence_key(lead.text) not in quoted:
            # "d. hij ervoor zorgt dat … een cliëntenvertrouwenspersoon … beschikbaar is": who "hij" is says the
            # list's lead-in ("De Wlz-uitvoerder heeft een zorgplicht, die inhoudt dat:"), quoted before it
            out.append(lead)
            quoted.add(sentence_key(lead.text))
        if DANGLING.match(text) and not s.items and not _DEFINES_ANY.search(text):
            prev = out[-1] if out else None
            flat = " ".join(s.passage.text.split())
            tail = clean_sentence(prev.text)[-60:] if prev is not None else ""
            at = flat.find(text[:60])
            if prev is None or not (prev.passage.id == s.passage.id or 0 <= flat.find(tail) < at):
                continue
            if any(p.id != s.passage.id for p in prev.item_sources):
                continue  # after a list that runs on into another passage, "Deze …" follows that passage's items
        out.append(s)
    return out


# an item of an enumeration that opens with a pronoun for the subject its lead-in names ("d. hij ervoor zorgt dat …")
_PRONOUN_ITEM = re.compile(r"^\s*(?:[a-z]|\d{1,2}°?)\.\s+(?:hij|zij|ze)\b")
_ITEM_MARK = re.compile(r"^\s*(?:[a-z]|\d{1,2}°?)\.\s")
_LETTER_ITEM = re.compile(r"^\s*[a-z]\.\s")
_SUB_ITEM = re.compile(r"^\s*\d{1,2}°\.\s")


def _item_lead(s: Sentence) -> Sentence | None:
    """The lead-in of the enumeration item ``s`` ("… een zorgplicht, die inhoudt dat:"), in its own passage, over
    the items before it; None when the passage does not hold it."""
    spans = [(a, b) for a, b in sentence_spans(s.passage.text) if b <= s.start]
    letter = bool(_LETTER_ITEM.match(s.text))  # "d. hij …" leads in above its sibling items, "1°. hij …" under one
    for a, b in reversed(spans[-15:]):
        text = s.passage.text[a:b].strip()
        sibling = _SUB_ITEM.match(text) or (letter and _LETTER_ITEM.match(text))
        if text.endswith(":") and not sibling:  # also a numbered member ("2. De Wlz-uitvoerder …, die inhoudt dat:")
            return Sentence(s.hit_rank, s.passage, a, b, text, s.score)
        if not _ITEM_MARK.match(text):
            return None
    return None


def _select(question: str, hits: list[Hit], max_sentences: int, following: Following | None = None,
            meaning: Meaning | None = None) -> list[Sentence]:
    parts = split_question(question)
    if len(parts) == 1:
        return _select_one(question, hits, max_sentences, following=following, meaning=meaning)
    chosen: list[Sentence] = []
    per_part = max(2, (max_sentences + 1) // len(parts))
    seen: set[str] = set()  # sentences and list items already quoted
    for part, about in _part_topics(parts):
        for s in _select_one(part, hits, per_part, max_hits=len(hits), following=following,
                             meaning=meaning, about=about):  # parts' hits interleaved
            if sentence_key(s.text) not in seen and not any(sentence_key(s.text[a:b]) in seen for a, b in sentence_spans(s.text)):
                if s.items:  # a list quotes its items: an item an earlier part quoted as a sentence goes
                    items = {sentence_key(i) for i in s.items}
                    chosen = [c for c in chosen if sentence_key(c.text) not in items]
                chosen.append(s)
                seen |= {sentence_key(s.text)} | {sentence_key(s.text[a:b]) for a, b in sentence_spans(s.text)} | {
                    sentence_key(i) for i in s.items}
    return sorted(chosen, key=lambda s: (s.hit_rank, s.start))


def _part_topics(parts: list[str]) -> list[tuple[str, str]]:
    """Each part of a question with the part it points back to ("" when none): a later part that points back
    ("… en wie is daar verantwoordelijk voor?") is about the first part's topic."""
    return [(part, parts[0] if n and _POINTS_BACK.search(part) and len(part.split()) <= MAX_POINTING_WORDS else "")
            for n, part in enumerate(parts)]


def selection_queries(question: str) -> list[str]:
    """The texts :func:`select` compares sentences with in meaning (one per part of a two-part question), so the
    caller can embed them in the search's forward pass instead of one more pass later (~110 ms each on 2 cores)."""
    parts = split_question(question)
    if len(parts) == 1:
        return [question]
    return [f"{part} {about}" if about else part for part, about in _part_topics(parts)]


MAX_POINTING_WORDS = 8  # a short part that points back ("wie is daar verantwoordelijk voor?") names no topic itself
_POINTS_BACK = re.compile(r"\b(daar|daarvoor|daarbij|daarin|daarmee|daarover|daaraan|hiervoor|hierbij|hierin|hiermee|"
                         r"hierover)\b", re.I)


def _select_one(question: str, hits: list[Hit], max_sentences: int, max_hits: int = 6,
                following: Following | None = None, meaning: Meaning | None = None, about: str = "") -> list[Sentence]:
    """``about``: the part of the question a later part points back to; its words count when sentences are scored."""
    scored = score_sentences(f"{question} {about}" if about else question, hits, max_hits, meaning)
    if not scored:
        return []
    best = scored[0].score
    anchor = shaped_anchor(classify(question), question, scored, best, following)
    chained: set[str] = set()  # the sentences an anchor took with it, quoted once
    if anchor is not None and DANGLING.match(anchor.text):  # "Deze periode kan … verlengd worden": with the one before
        chain = _lead_in(anchor, hits)
        if chain is not None:
            chained = {sentence_key(c.text) for c in chain} | {sentence_key(anchor.text)}
            anchor = replace(anchor, start=chain[0].start, text=anchor.passage.text[chain[0].start:anchor.end].strip())
        elif not _DEFINES_ANY.search(anchor.text):  # a definition ("Dit geldt voor … (hierna: REC)") defines alone
            anchor = None
    if anchor is not None and anchor.passage.id and is_english(question) and asks_definition(question):
        return [anchor]  # the term's Dutch definition; the rest would be matched on English words
    # a term defined in a list of definitions ("– begeleiding: activiteiten …") is answered by its own item, not
    # by its neighbours ("– cliëntondersteuning: …") or the list's lead-in ("wordt verstaan onder:")
    glossary = anchor.passage.id if anchor is not None and _DEFINITION_ITEM.match(anchor.text) else None
    chosen: list[Sentence] = [anchor] if anchor else []
    seen: set[str] = {sentence_key(anchor.text)} | {sentence_key(i) for i in anchor.items} | chained if anchor else set()
    length = len(anchor.text) + sum(len(i) for i in anchor.items) if anchor else 0
    for s in scored:
        if len(chosen) >= max_sentences or s.score < MIN_RELATIVE_SCORE * best:
            break
        if sentence_key(s.text) in seen or (chosen and length + len(s.text) > MAX_BODY_CHARS) or s.passage.id == glossary:
            continue
        if s.text.rstrip().endswith(":"):  # a list's lead-in is quoted with its items, never without them
            found = list_items(s, following)
            if found.items:
                s = found.on(s)
        keys = {sentence_key(i) for i in s.items}
        # the anchor is one item of this list: a sub-list ("a. verblijf …, waaronder in elk geval:" of art. 3.1.1)
        # gives its place to the whole list; an item that defines on its own ("a. een volledig pakket thuis dat …")
        # keeps it, and the list is not quoted to repeat it
        lead = anchor is not None and sentence_key(anchor.text) in keys
        if lead and anchor is not None and not anchor.items:
            continue
        if DANGLING.match(s.text):  # "Hiermee …", "Dan gelden …" only make sense after the sentence before
            chain = _lead_in(s, hits)
            if chain is None:
                continue
            for before in chain:
                if sentence_key(before.text) not in seen:
                    chosen.append(before)
                    seen.add(sentence_key(before.text))
                    length += len(before.text)
        if s.items:  # its items are quoted under it: not again as sentences of their own
            chosen = [c for c in chosen if (c is anchor and not lead) or sentence_key(c.text) not in keys]
            seen |= keys
            length += sum(len(i) for i in s.items)
        if lead:
            chosen.insert(0, s)
            anchor = s
        else:
            chosen.append(s)
        seen.add(sentence_key(s.text))
        length += len(s.text)
    chosen = _spread(chosen, scored, best, max_sentences, keep=1 if anchor else 0)
    # a chosen sentence goes on in the next one ("… kunt u overwegen het ZZP om te zetten. Dit bespreekt u altijd met
    # uw zorginkoper."): that one is quoted with it, within the length budget
    taken = {sentence_key(c.text) for c in chosen} | {sentence_key(i) for c in chosen for i in c.items}
    length = sum(len(c.text) + sum(len(i) for i in c.items) for c in chosen)
    for c in list(chosen):
        after = _follower(c) if not c.items else None
        if after is None or not _GOES_ON.match(after.text) or sentence_key(after.text) in taken or len(after.text) > 200 \
                or length + len(after.text) > MAX_BODY_CHARS or is_instruction(after.text) \
                or after.text.rstrip().endswith(":"):  # a list's lead-in comes with its items or not at all
            continue
        chosen.append(after)
        taken.add(sentence_key(after.text))
        length += len(after.text)
    # a question of the source only with the sentence it leads into ("Is er sprake van …? Dan gelden …")
    chosen = [s for s in chosen if not _is_question(s.text) or any(
        t.passage.id == s.passage.id and 0 <= t.start - s.end <= 2 for t in chosen)]
    # read in document order within each passage, passages in rank order; the shape's anchor first
    rest = sorted(chosen[1:] if anchor else chosen, key=lambda s: (s.hit_rank, s.start))
    return _continuations_after(([anchor] if anchor else []) + rest, fixed=anchor)


def _continuations_after(ordered: list[Sentence], fixed: Sentence | None = None) -> list[Sentence]:
    """Each sentence that goes on right where another chosen one ends (same passage) stands right after it, so that
    "Dit kan eenmalig … worden verlengd" never follows a sentence from another passage (``fixed``, the anchor, keeps
    its place)."""
    def before(x: Sentence) -> Sentence | None:
        return next((c for c in ordered if c is not x and c.passage.id == x.passage.id and not c.items
                     and 0 <= x.start - c.end <= 2), None)

    follows = {id(x) for x in ordered if x is not fixed and before(x) is not None}
    out: list[Sentence] = []
    for x in ordered:
        if id(x) in follows:
            continue
        out.append(x)
        nxt = next((y for y in ordered if id(y) in follows and before(y) is x), None)
        while nxt is not None and nxt not in out:
            out.append(nxt)
            nxt = next((y for y in ordered if id(y) in follows and before(y) is nxt), None)
    return out + [x for x in ordered if x not in out]


# --- answer shapes ---------------------------------------------------------------------------------------
_BULLET = re.compile(r"\n\s*[-–•▪]\s+")
_INLINE_LIST = re.compile(r"(?<!hierna):\s*(?P<items>[^:]+?(?:,\s*[^,]+?){1,}\s+(?:en|of)\s+[^.;]+)[.;]?\s*$")
# a series of profile codes or ranges of them: "VG5 tot en met VG8 en LVG3 tot en met LVG5", "VG5, VG6, VG7 en VG8"
_CODE = r"(?:[A-Z]{1,4}-?[A-Z]?\d{1,2}\+?(?:\s+tot en met\s+[A-Z]{1,4}-?[A-Z]?\d{1,2}\+?)?)"
_CODE_SERIES = re.compile(rf"(?P<items>{_CODE}(?:(?:,\s*|\s+en\s+|\s+of\s+){_CODE})+)")
_DEFINES_ANY = re.compile(r"\(hierna:|\bwordt verstaan\b", re.I)
_DEFINES_BOTH = (r"\(hierna:?\s*(?:de |het )?{t}\b|"  # "regionale en doelgroepen expertisecentra (hierna: REC en DEC)"
                 # (a duty is no definition: "De inspecteur of ontvanger is verplicht …", "Het CAK is belast met …")
                 r"^\s*(?:een |de |het )?{t}\b(?:\s*\([^)]*\))?\s+(?:(?:is|zijn)(?!\s+(?:verplicht|bevoegd|belast|"
                 r"gehouden|gerechtigd|verantwoordelijk|gevestigd)\b)|betekent|staat voor|houdt in|omvat)\b|"
                 r"\bonder (?:een |de |het )?{t}\b[^.]{{0,60}}\bverstaan\b|"
                 r"^\s*(?:[a-z]\.\s+)?(?:een |de |het )?{t},\s+(?:bestaande uit|zijnde)\b|"  # "b. een mpt, bestaande uit …"
                 r"^\s*[a-z]\.\s+(?:een |de |het )?{t}\s+(?:dat|die)\b|"  # "a. een volledig pakket thuis dat verleend …"
                 # "Bij het vraagstuk over wat goede zorg is, noemt men dingen als …"
                 r"\bwat (?:een |de |het )?{t} (?:is|zijn|inhoudt|betekent)\s*[,:]\s+(?!en\b|of\b)")
# an abbreviation is also defined by its full form before it: "laag volume hoog complexe zorg (LVHC-zorg)" (but "in de
# Wmo (begeleiding)" does not define "begeleiding"); a word also by the law's list of definitions: "– begeleiding:
# activiteiten …" (but "MPT: de geleverde uren …" is a label, not a definition)
_DEFINES = _DEFINES_BOTH + r"|\w\s+\(\s*{t}(?:-\w+)?\s*\)"
_DEFINES_WORD = _DEFINES_BOTH + r"|^\s*(?:[a-z]\.\s+|[-–—•]\s*)?{t}(?:\s+[a-zà-ÿ]+){{0,3}}:\s+\w"
# an item of a list of definitions: "c. ernstig nadeel …: een …", "– begeleiding: activiteiten …" (a list mark first,
# not "(hierna: …)")
_DEFINITION_ITEM = re.compile(r"^\s*(?:[a-z]\.\s+|[-–—•]\s*)(?![^:]*\bhierna:)[\w\s&()-]{1,60}:\s+\w")
_TERM = re.compile(r"^\s*(?:(?:what|who)\s+(?:is|are)\s+meant\s+by|(?:wat|what)\s+(?:is|zijn|betekent|betekenen|houdt|does|are)|wat\s+(?:verstaat|verstaan)\s+"
                   r"(?:\S+\s+){0,6}?onder|(?:wat|wie)\s+(?:wordt|worden)\s+(?:er\s+)?(?:\S+\s+){0,5}?(?:verstaan\s+onder|bedoeld\s+met)|"
                   r"wat\s+bedoel(?:t|en)\s+(?:\S+\s+){0,3}?met)\s+(?:(?:nou|nu|dan|toch|precies|eigenlijk|exactly)\s+)*(?:een |de |het |a |an |the )?"
                   r"(?P<t>[^?]+?)(?:\s+mean)?(?:\s+(?:in|volgens|under|according to)\s+(?:de |the )?(?:wlz|wet "
                   r"langdurige zorg))?(?:\s+(?:in|nou|nu|dan|toch|precies|eigenlijk|voluit|mean|inhoud|exactly))*\s*\??\s*$", re.I)
_ASKING_PART = re.compile(r"(?<=[?.!])\s+|(?<=:)\s+(?=(?:wat|what|hoe|how)\b)|,?\s+(?:en|and)\s+(?=(?:hoe|wat|waarin|how|what|is)\b)",
                          re.I)
_PER_Q = re.compile(r"\bper (jaar|year|maand|month|week|dag|day)\b", re.I)
_PER_UNIT = {"year": "jaar", "month": "maand", "day": "dag"}
_ALSO_CALLED = re.compile(r"^(?P<full>.+?)\s*\((?P<short>[^()]{2,20})\)$")  # "modulair pakket thuis (mpt)"


# a term asked about in a clause ("Hoe omschrijft de wet wat cliëntondersteuning is?")
_TERM_IN_CLAUSE = re.compile(r"\b(?:omschrijf\w*|beschrijf\w*|definie\w+|uitleg\w*|uitleggen|leg\w*\s+(?:\S+\s+){0,3}?uit|"
                             r"weten|vraag\w*)\s+(?:\S+\s+){0,4}?wat\s+(?:een |de |het )?(?P<t>[^?,.]{2,50}?)\s+"
                             r"(?:is|zijn|betekent|betekenen|inhoudt|inhouden)\s*\??\s*$", re.I)
# the term asked about by a pointer back to where the question quotes it ("… staat iets over 'regieproblemen'. Wat
# wordt daarmee bedoeld?", "The letter says 'permanent toezicht'. What exactly does that mean?")
_MEANT_BACK = re.compile(r"^\s*(?:wat\s+(?:wordt|is)\s+(?:er\s+)?(?:daarmee|hiermee|daar|hier|mee)\s+(?:\S+\s+)?bedoeld|"
                         r"wat\s+(?:betekent|betekenen|houdt|houden)\s+(?:\S+\s+)?(?:dat|dit|die|deze|dat woord|die term)|"
                         r"what\s+(?:\S+\s+)?(?:does|do)\s+(?:that|this|it)\s+(?:\S+\s+)?mean|"
                         r"what\s+is\s+meant\s+by\s+(?:that|this|it))\b", re.I)
_QUOTED = re.compile(r"(?<!\w)['‘“\"]([^'‘’“”\"?\s][^'‘’“”\"?]{1,48}[^'‘’“”\"?\s])['’”\"](?!\w)")
# how a source defines a term ("How does the Wlz define a 'mantelzorger'?", "Hoe definieert de wet 'mantelzorg'?")
_DEFINES_TERM = re.compile(r"\b(?:how\s+(?:does|do)\s+(?:the\s+)?(?:wlz|law|act|long-term care act|wet langdurige zorg|"
                           r"sources?|documents?|it|they)\s+define|hoe\s+(?:definieert|definiëren|omschrijft|omschrijven)\s+"
                           r"(?:de\s+|het\s+)?(?:wlz|wet(?:\s+langdurige\s+zorg)?|regeling|bronnen|inkoopvoorwaarden))\s+"
                           r"(?:een |de |het |a |an |the )?['‘“\"]?(?P<t>[^?'‘’“”\",.]{2,40}?)"
                           r"['’”\"]?\s*\?", re.I)

# what an abbreviation stands for ("Waar staat CElz eigenlijk voor?", "Wat betekent de afkorting REC?", "What does
# SGLVG stand for?"): the sentence that writes it out answers it
_STANDS_FOR_TERM = re.compile(r"\bwaar\s+staat\s+(?:de\s+afkorting\s+)?['\"‘“]?(?!(?:het|dat|dit|die|deze|it|this|that)\b)(?P<t>[\w&+-]{2,12}?)['\"’”]?\s+"
                              r"(?:(?:eigenlijk|precies|nou|nu|toch)\s+)*voor\b|"
                              r"\b(?:wat\s+betekent|wat\s+is\s+de\s+betekenis\s+van)\s+de\s+afkorting\s+['\"‘“]?"
                              r"(?!(?:het|dat|dit|die|deze|it|this|that)\b)(?P<t2>[\w&+-]{2,12}?)['\"’”]?\s*(?:[?.,]|$)|"
                              r"\bwhat\s+does\s+(?:the\s+abbreviation\s+)?['\"‘“]?(?!(?:het|dat|dit|die|deze|it|this|that)\b)(?P<t3>[\w&+-]{2,12}?)['\"’”]?\s+"
                              r"(?:(?:actually|exactly)\s+)?stand\s+for\b|"
                              r"\bwhat\s+does\s+the\s+abbreviation\s+['\"‘“]?(?!(?:het|dat|dit|die|deze|it|this|that)\b)(?P<t4>[\w&+-]{2,12}?)['\"’”]?\s+mean\b",
                              re.I)


def asked_term(question: str) -> str:
    """The term a question asks the meaning of where its wording is not "Wat is X?": in a clause ("Hoe omschrijft
    de wet wat cliëntondersteuning is?") or by pointing back to a quoted term ("… staat iets over 'regieproblemen'.
    Wat wordt daarmee bedoeld?"); "" when it asks no such thing."""
    text = " ".join(question.split())[:300]
    parts = [p.strip() for p in re.split(r"(?<=[?.!])\s+", text) if p.strip()]
    for part in parts:
        m = _TERM_IN_CLAUSE.search(part) or _DEFINES_TERM.search(part)
        if m and len(m.group("t").split()) <= 4:
            return m.group("t").strip().strip("'\"‘’“”").strip()
        expanded = _STANDS_FOR_TERM.search(part)
        if expanded:
            return next(g for g in expanded.groups() if g)
        if _MEANT_BACK.match(part):
            quoted: list[str] = [str(q).strip() for q in _QUOTED.findall(text[: text.find(part)] + part)]
            if len(quoted) == 1 and len(quoted[0].split()) <= 4:
                return quoted[0]
    return ""


def asks_definition(question: str) -> bool:
    """The question asks what a term means: "Wat is een REC?", and also "Hoe omschrijft de wet wat
    cliëntondersteuning is?" or "… over 'regieproblemen'. Wat wordt daarmee bedoeld?"."""
    return classify(question).shape == "definition" or bool(asked_term(question))


def _terms(question: str) -> list[str]:
    """The term a definition question asks about; written with its abbreviation ("een modulair pakket thuis
    (mpt)"), both the full form and the abbreviation."""
    text = " ".join(question.split())[:300]  # bounded: the pattern backtracks on long odd input
    # the sentence that asks: "wat is een vpt precies? hoor het steeds bij de overdracht", "What does 'mpt' mean,
    # and how is it different from a VPT?"
    m = next((m for part in (*_ASKING_PART.split(text), text) if (m := _TERM.match(part.strip()))), None)
    # "What does 'begeleiding' mean?"; "wat is een 'indicatiebesluit', in één of twee zinnen?" (a quoted term ends at
    # its closing quote)
    term = m.group("t").strip() if m else ""
    quoted = re.match(r"^['\"‘“]([^'\"‘’“”]{2,60})['\"’”]\s*,", term)
    term = quoted.group(1).strip() if quoted else term.strip("'\"‘’“”").strip()
    term = re.sub(r"^(?:de\s+)?(?:afkorting|abbreviation)\s+", "", term, flags=re.I).strip("'\"‘’“”")  # "de afkorting REC"
    if not term or term.lower() in _PRONOUNS or _POINTING_TERM.match(term):
        # "Wat is het?", "Wat betekenen die afkortingen?": no term to look up, unless the question quotes it
        term = asked_term(question)
    if not term:
        return []
    both = _ALSO_CALLED.match(term)
    terms = [both.group("full").strip(" '\"‘’“”"), both.group("short").strip()] if both else [term]
    # an abbreviation and its full form name one thing: "wat is een vpt?" → the glossary's "volledig pakket thuis";
    # the glossary's other members are only related words (CIZ ~ indicatiebesluit), not the term
    for group in glossary_groups():
        for t in list(terms):
            if any(t.lower() == g.lower() for g in group):
                terms += [g for g in group if _spells_out(t, g) and g.lower() not in {x.lower() for x in terms}]
    return terms


_PRONOUNS = frozenset(["het", "dit", "dat", "die", "deze", "er", "it", "this", "that", "they"])
# a term that points back at the one named before ("die afkortingen", "dat woord", "these terms")
_POINTING_TERM = re.compile(r"^(?:die|deze|dat|dit|those|these|that|this)\s+(?:afkorting(?:en)?|term(?:en)?|woord(?:en)?|"
                            r"begrip(?:pen)?|abbreviations?|terms?|words?|acronyms?)$", re.I)


def _spells_out(short: str, full: str) -> bool:
    """``full`` is the words ``short`` abbreviates: "volledig pakket thuis" for "vpt", "persoonsgebonden budget" for
    "pgb" (its letters in order, the first one first, over two or more words)."""
    s, f = short.lower(), full.lower()
    if " " not in f or " " in s or not s.isalpha() or len(s) > 6 or not f.startswith(s[0]):
        return False
    letters = iter(f)
    return all(ch in letters for ch in s)


def _definition_pattern(question: str) -> re.Pattern[str] | None:
    terms = _terms(question)
    if not terms:
        return None
    return re.compile("|".join(f"(?:{(_DEFINES if _abbreviation(t) else _DEFINES_WORD).format(t=re.escape(t))})"
                               for t in terms), re.I)


def _abbreviation(term: str) -> bool:
    """"REC", "LVHC", "mpt", "C&A": a short term or one with capitals (not "begeleiding", "ernstig nadeel")."""
    return len(term) <= 5 or any(c.isupper() for c in term)


MIN_ANCHOR_SCORE = 0.25  # the shape's sentence must still be about the question (share of the best score)
# A list that names the very thing asked for ("Welke cliëntgroepen …?" → "Het betreft de cliëntgroepen Korsakov,
# Huntington, …") is the answer even when the letter's introduction around it scores higher on words: down to this
# share of the best score, with at least three items.
MIN_NAMED_LIST_SCORE = 0.10
# the noun after "welke": a number or an abbreviation before it is skipped ("welke 7 lvhc doelgroepen", "welke zeven
# cliëntgroepen")
_NOT_NOUN = r"(?:\d+|[b-df-hj-np-tv-xz]+|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf)(?![\w-])"
_LIST_NOUN = re.compile(rf"\b(?:welke|welk|wat zijn (?:de|alle)|noem (?:de|alle))\s+(?:{_NOT_NOUN}\s+){{0,2}}"
                        rf"(?:\w+\s+)??(?!{_NOT_NOUN})([a-zà-ÿ-]{{4,}})\b", re.I)


# a list of conditions is also introduced without the word: "We kopen alleen meer … in, als:", "… mits:"
_CONDITION_NOUNS = frozenset(tokens(" ".join(CONDITION_WORDS)))


def _names_list(noun: str, lead_in: str) -> bool:
    """The lead-in names what the question lists: the noun itself, a compound with the same head ("doelgroepen" and
    "cliëntgroepen"), or a condition lead for "welke voorwaarden"."""
    words = tokens(lead_in)
    if noun in words or (noun in _CONDITION_NOUNS and bool(CONDITION_LEAD.search(lead_in.rstrip()))):
        return True
    return len(noun) >= 8 and any(len(w) >= 8 and w[-5:] == noun[-5:] and w[:3] != noun[:3] for w in words)


def shaped_anchor(asked: Asked, question: str, scored: list[Sentence], best: float,
                  following: Following | None = None) -> Sentence | None:
    """The sentence that gives the answer its shape: the value, the list (with its items), or the definition.
    Values and lists only among sentences that still score within MIN_ANCHOR_SCORE of the best and, of those,
    the one that names most of the question's own words; None when there is none (or the question is English:
    its words cannot be matched to Dutch sentences)."""
    english = is_english(question)
    if asked.shape == "definition" or (asked.shape in ("other", "procedure") and asked_term(question)):  # also English: the term asked about is the sources' ("What does 'wlz' mean?")
        pattern = _definition_pattern(question)
        defining = next((s for s in scored if pattern.search(s.text)), None) if pattern else None
        if defining is not None and defining.text.rstrip().endswith(":"):  # "ernstig nadeel: een situatie waarin …:"
            sub = list_items(defining, following)
            if sub.items:
                return sub.on(defining)
        return defining
    if english and asked.shape not in ("value", "list"):  # English: its words are not the sources'
        return None
    read = f"{question} {read_in_dutch(question)}" if english else question  # English: its words in Dutch too
    words = {t for t in tokens(read) if len(t) >= 4 and t not in ASKING_WORDS}
    candidates = [s for s in scored if s.score >= MIN_ANCHOR_SCORE * best]

    def named(s: Sentence) -> int:  # the sentence and the heading it stands under ("Toeslag observatie")
        prev = _predecessor(s, []) if DANGLING.match(s.text) else None  # "Dit is …": with the one it continues
        before = prev.text if prev else ""
        st = set(tokens(s.text + " " + before + " " + " ".join(s.passage.section[-1:])))
        return sum(1 for t in words if t in st or _partial(t, st) or any(_stem_prefix(t, w) for w in st))

    if asked.shape == "value" and asked.value:
        # a value of the transition from the former law ("… op drie jaar gesteld, te rekenen vanaf de datum waarop de
        # Algemene Wet Bijzondere Ziektekosten wordt ingetrokken") answers a question about that transition only
        transition = bool(ASKS_TRANSITION.search(read))

        def of_today(s: Sentence) -> bool:
            return transition or not FORMER_LAW.search(s.text)

        shaped = [s for s in candidates if of_today(s) and holds_value(asked, s.text)]
        if not shaped:  # further down, a value sentence that names two of the question's words (with its heading)
            shaped = [s for s in scored if of_today(s) and holds_value(asked, s.text) and named(s) >= 2]
        per = _PER_Q.search(read)
        if per:  # "hoeveel per jaar": the value given per year, where there is one, over the total
            unit = _PER_UNIT.get(per.group(1).lower(), per.group(1).lower())
            shaped = [x for x in shaped if re.search(rf"\bper {unit}\b", x.text, re.I)] or shaped
        if shaped:
            # the words of the asking sentence first: "Mijn broer had een AWBZ-indicatie … en woonde in een
            # instelling. Hoe lang bleef die indicatie geldig?" is answered by the sentence on its geldigheidsduur
            # (as written, not stemmed: the stemmer makes "geld" of "geldig" and "ldigheidsduur" of "geldigheidsduur")
            asking = [] if english else [w for w in re.findall(r"\w{5,}", split_asking(question)[1].lower())
                                         if tokens(w) and tokens(w)[0] not in ASKING_WORDS]

            def says_asked(x: Sentence) -> int:
                written = set(re.findall(r"\w{5,}", x.text.lower()))
                return sum(1 for w in asking if any(v.startswith(w[:max(5, len(w) - 1)]) for v in written))

            # "hoe lang mag een observatie duren?": the most it may last ("tot een maximum van één jaar … in totaal"),
            # over a step on the way ("in eerste instantie maximaal een halfjaar")
            bounded = bool(MAX_ASKED.search(question))

            def at_most(x: Sentence) -> int:
                return int(bounded and bool(re.search(r"\bmaximum\b|\bin totaal\b|\bten hoogste\b", x.text, re.I)))

            s = max(shaped, key=lambda x: (says_asked(x), at_most(x), named(x), x.score))
            phrase = value_phrase(asked, s.text, question)
            if per:
                given = re.search(rf"({VALUE_PATTERNS[asked.value].pattern})\s+per {unit}\b", s.text, re.I) \
                    if asked.value in VALUE_PATTERNS else None
                phrase = given.group(1) if given else phrase
            return replace(s, value=phrase)
        # the value in the heading of a passage the question is about ("Landelijk beschikbaar budget van 4,5
        # miljoen"), over the best sentence under it
        for s in candidates:
            heading = s.passage.section[-1] if s.passage.section else ""
            value = value_phrase(asked, heading, question) if heading and holds_value(asked, heading) else ""
            if value:
                return replace(s, value=value, value_from=heading)
    elif asked.shape == "list":
        listed = [(s, items) for s in candidates if (items := list_items(s, following)).top >= 2]
        m = _LIST_NOUN.search(read)  # English: the noun of its Dutch reading ("Which target groups" → "doelgroep")
        noun = tokens(m.group(1))[:1] if m else tokens(CONDITION_WORDS[0])[:1] if MEETS.search(question) else []
        if noun:  # the list of exactly what is asked for, if there is one, comes first
            of_noun = [(s, items) for s in scored if s.score >= MIN_NAMED_LIST_SCORE * best
                       and _names_list(noun[0], s.text) and (items := list_items(s, following)).top >= 3]
            listed = of_noun or ([] if english else listed)  # English: only the list of what it names
        if listed:
            s, found = max(listed, key=lambda x: (named(x[0]), x[0].score))
            return found.on(s)
    if asked.shape in ("other", "list", "procedure"):  # "waarom …?", "wat moet er in het plan staan?"
        marker = next((a for q, a in MARKED_ANSWERS if q.search(question)), None)
        marked = [s for s in candidates if marker is not None and marker.search(s.text) and named(s) >= 1]
        if marked:
            return max(marked, key=lambda x: x.score)
    return None


# a word of the question in at most this share of the passages names its topic (with_list)
TOPIC_MAX_SHARE = 0.15


def with_list(question: str, hits: list[Hit], reserve: list[Hit], following: Following | None = None,
              doc_freq: dict[str, int] | None = None, passages: int = 0) -> list[Hit]:
    """A list question ("Welke doelgroepen vallen onder LVHC-zorg?") gets the passage a little further down the
    ranking (``reserve``) whose sentence names what is asked and lists it ("Het betreft de cliëntgroepen Korsakov,
    Huntington, …"), when none of ``hits`` has one and it names another word of the question; it comes second, so
    it never pushes the best passage from the top."""
    if not reserve or classify(question).shape != "list":
        return hits
    read = f"{question} {read_in_dutch(question)}" if is_english(question) else question
    m = _LIST_NOUN.search(read)
    noun = tokens(m.group(1))[:1] if m else []
    if not noun:
        return hits

    def lists(h: Hit) -> bool:
        text = h.passage.text
        return any(_names_list(noun[0], text[a:b])
                   and list_items(Sentence(0, h.passage, a, b, text[a:b].strip(), 0.0), following).top >= 3
                   for a, b in sentence_spans(text))

    if any(lists(h) for h in hits):
        return hits
    # on the question's topic too: another of its words in the passage ("LVHC"), not only the noun, and one that
    # few passages have (not "zorg")
    limit = TOPIC_MAX_SHARE * passages if doc_freq and passages else math.inf
    topic = {t for t in tokens(read) if len(t) >= 4 and t not in ASKING_WORDS and t != noun[0]
             and (doc_freq or {}).get(t, 0) <= limit}
    asked = set(tokens(read))

    def on_topic(p: Passage) -> bool:  # the law is about what the question names it by: "onder de Wlz" and art. 3.1.1
        return bool(topic & set(tokens(p.text))) or (p.kind == "wet" and bool(p.section)
                                                    and bool(asked & (set(tokens(p.section[0])) | {"wet"})))

    extra = next((h for h in reserve if lists(h) and on_topic(h.passage)), None)
    # right after the best hit: far enough up that its sentence is weighed, never above the best passage
    return hits if extra is None else [hits[0], extra, *hits[1:]] if hits else [extra]


def with_definition(question: str, hits: list[Hit], passages: list[Passage]) -> list[Hit]:
    """A definition question ("Wat is een REC?") gets the passage that defines the term ("(hierna: REC en DEC)",
    "Meerzorg is …") first, wherever it is in ``passages`` (the ones the search may use), unless a hit has it."""
    if not asks_definition(question):
        return hits
    pattern = _definition_pattern(question)
    if pattern is None:
        return hits
    terms = _terms(question)

    def defines(p: Passage) -> bool:  # a cheap substring test first: most passages never name the term
        low = p.text.lower()
        return any(t.lower() in low for t in terms) and any(pattern.search(p.text[a:b].strip())
                                                            for a, b in sentence_spans(p.text))

    if any(defines(h.passage) for h in hits[:3]):
        return hits
    found = next((p for p in passages if defines(p)), None)
    if found is None:
        return hits
    top = hits[0].score if hits else 1.0
    return [Hit(found, top, {}, {"definition": 1.0}), *[h for h in hits if h.passage.id != found.id]]


MAX_LIST_PASSAGES = 3  # a list may run on over this many passages after its lead-in's (art. 3.1.1 Wlz: a–g)


class Listed(NamedTuple):
    """A list's items, the passage each comes from, and each item's depth (1: a sub-item of the item above it)."""
    items: list[str]
    sources: list[Passage]
    depths: list[int]

    @property
    def top(self) -> int:
        """How many items the list itself has (its items' sub-items not counted)."""
        return sum(1 for d in self.depths if d == 0)

    def on(self, s: Sentence) -> Sentence:
        """``s`` as the lead-in of these items."""
        return replace(s, items=tuple(self.items), item_sources=tuple(self.sources), item_depths=tuple(self.depths))


def list_items(s: Sentence, following: Following | None = None) -> Listed:
    """The items a sentence introduces and the passage each comes from: bullet lines that follow it ("Dit doen we
    door:" + "- …"), also where the list runs on into the next passages of the document (``following``), or an
    inline series after a colon ("…: Korsakov, Huntington en NAH+"). A long bullet keeps its first sentence; an item
    that ends in a colon keeps its own sub-items ("b. indien … in natura:" + "1°. …", "2°. …")."""
    if s.text.rstrip().endswith(":"):
        own = _bullets(s.passage.text[s.end:])
        items, sources, depths = [i for i, _, _ in own], [s.passage] * len(own), [d for _, _, d in own]
        ended, at, kind = bool(own and own[-1][1]), s.passage, _first_kind(s.passage.text[s.end:])
        hops = 0
        while following is not None and not ended and depths.count(0) < MAX_ITEMS and hops < MAX_LIST_PASSAGES:
            nxt, rest = following(at)
            more = _bullets(rest, kind=kind, open_item=bool(depths) and (depths[-1] > 0 or items[-1].endswith(":")),
                            count=depths.count(0)) if nxt is not None else []
            if nxt is not None and not more and kind in ("1", "a") and _goes_on_to_next_mark(
                    following, nxt, rest, kind, depths.count(0)):
                at, hops = nxt, hops + 1  # a passage that only goes on with the last item: the next number follows
                continue
            if nxt is None or not more:
                break
            items += [i for i, _, _ in more]
            sources += [nxt] * len(more)
            depths += [d for _, _, d in more]
            ended, at, hops = more[-1][1], nxt, hops + 1
        return Listed(items, sources, depths)
    codes = _CODE_SERIES.search(s.text)
    parts: list[str] = [p.strip() for p in re.findall(_CODE, codes.group("items"))] if codes else []
    if len(parts) < 2:
        m = _INLINE_LIST.search(s.text)
        parts = [p.strip(" .;") for p in re.split(r",\s*|\s+(?:en|of)\s+(?=[^,]+$)", m.group("items"))
                 if p.strip(" .;")] if m else []
        if len(parts) < 3 or not all(len(p) <= 80 and p.count("(") == p.count(")") for p in parts):
            parts = _name_series(s.text)
    return Listed(parts, [s.passage] * len(parts), [0] * len(parts))


def _name_series(text: str) -> list[str]:
    """A series of names without a colon ("Het betreft de cliëntgroepen Korsakov, Huntington, …, Niet Aangeboren
    Hersenletsel + en Multiple Sclerose."): three or more short items, most of them capitalised; the lead-in
    before the first name is not an item."""
    body = text.strip().rstrip(" .;")
    last = re.search(r",?\s+(?:en|of)\s+([^,]{1,60})$", body)
    if not last:
        return []
    parts = [p.strip() for p in body[: last.start()].split(",")]
    first = re.search(r"((?:[A-Z][\w&()-]*\+?\s*)+\+?)$", parts[0]) if len(parts) >= 3 else None
    if first is None:
        return []
    items = [first.group(1).strip(), *parts[1:], last.group(1).strip()]
    if any(not i or len(i.split()) > 7 for i in items):
        return []
    return items if sum(i[:1].isupper() or i[:1].isdigit() for i in items) * 3 >= len(items) * 2 else []


_BULLET = re.compile(r"^([-–•▪]|\d{1,2}°\.?|[a-z]\.|\d{1,2}[.)])\s+")


def _kind(mark: str) -> str:
    """The kind of a list mark: a dash, "1°", "a.", "1." — a list keeps one kind."""
    return "°" if "°" in mark else "a" if mark[0].isalpha() else "1" if mark[0].isdigit() else "-"


# paragraphs, and items on consecutive lines ("1. …;\n2. …")
_JOINED_ITEMS = re.compile(r";\s+(?=\d{1,2}[.)]\s+[A-ZÀ-Ý])")  # "…zorgvragen; 2. Het …": two items on one line
_LINKS_AFTER = re.compile(r"\s*https?://\S+(?:\s+https?://\S+)*\s*$")
_AFTER_LINK = re.compile(r"(https?://\S+)\s+(?=\d{1,2}[.)]\s+[A-ZÀ-Ý])")
_ITEM_BREAK = re.compile(r"\n\s*\n|\n(?=\s*(?:[-–•▪]|\d{1,2}°\.?|[a-z]\.|\d{1,2}[.)])\s)")


def _first_kind(text: str) -> str:
    m = next((_BULLET.match(" ".join(p.split())) for p in _ITEM_BREAK.split(text.strip()) if _BULLET.match(
        " ".join(p.split()))), None)
    return _kind(m.group(1)) if m else ""


MAX_ITEMS = 12  # a list's own items; an item's sub-items come on top, up to MAX_SUB_ITEMS in all
MAX_SUB_ITEMS = 12


def _goes_on_to_next_mark(following: Following, at: Passage, rest: str, kind: str, count: int) -> bool:
    """``rest`` (the new text of passage ``at``) holds no item mark, and the passage after it opens its list with the
    mark after the ``count``-th one: the item broken off goes on through ``at``."""
    if any(_BULLET.match(" ".join(p.split())) for p in _ITEM_BREAK.split(rest.strip())):
        return False
    _, after = following(at)
    paras = [" ".join(p.split()) for p in _ITEM_BREAK.split(after.strip())]
    return _next_mark_follows(_nth_mark(kind, count), paras[:2])


def _nth_mark(kind: str, n: int) -> str:
    """The ``n``-th mark of a numbered ("1") or lettered ("a") list."""
    return f"{n}." if kind == "1" else f"{chr(ord('a') + n - 1)}."


def _mark_value(mark: str) -> int | None:
    """The place a numbered or lettered mark stands for ("3." and "3)" → 3, "c." → 3)."""
    m = re.fullmatch(r"(\d{1,2})[.)]|([a-z])\.", mark)
    return None if m is None else int(m.group(1)) if m.group(1) else ord(m.group(2)) - ord("a") + 1


def _next_mark_follows(mark: str, paras: list[str]) -> bool:
    """One of ``paras`` opens with the mark after ``mark`` in a numbered or lettered list ("2." after "1.", "2)" after
    "1)", "b." after "a."), before any other item mark, and reads as an item (a sentence, not a short heading such as
    "4. Financiering")."""
    value = _mark_value(mark)
    if value is None:
        return False
    for para in paras:
        if (bullet := _BULLET.match(para)) is not None:
            body = para[bullet.end():]
            return _mark_value(bullet.group(1)) == value + 1 and (body.rstrip().endswith((".", ";", ":"))
                                                                 or len(body.split()) >= 6)
    return False


def _bullets(text: str, kind: str = "", open_item: bool = False, count: int = 0) -> list[tuple[str, bool, int]]:
    """The bullet items at the start of ``text`` (first sentence each), each with whether the list ended after it and
    its depth: an item that ends in a colon keeps its own sub-items at depth 1. ``kind``: the mark of a list that runs
    on from the passage before (other marks first are sub-items: of its last item when ``open_item``, else left
    out)."""
    items: list[tuple[list[str], int]] = []
    ended = False
    nested = bool(kind)  # in an item's sub-list
    keep_sub = open_item  # and that item is quoted: its sub-items too
    text = _JOINED_ITEMS.sub(";\n", text.strip())
    text = _AFTER_LINK.sub("\\1\n", text)  # "… /pdf 3. Ondersteuning …": a link, then the next item on the same line
    paras = [" ".join(p.split()) for p in _ITEM_BREAK.split(text)]
    mark = ""  # the mark of the last item of the list ("1.", "a.")
    for at, para in enumerate(paras):
        bullet = _BULLET.match(para)
        if bullet and not items and count and kind in ("1", "a") and _kind(bullet.group(1)) == kind \
                and _mark_value(bullet.group(1)) != count + 1:
            break  # a list run on from the passage before goes on with the next number, not a new "1."
        if bullet and ((not items and not kind) or _kind(bullet.group(1)) == kind):
            kind = _kind(bullet.group(1))
            if sum(1 for _, d in items if d == 0) >= MAX_ITEMS:
                break
            items.append(([para[bullet.end():]], 0))
            nested, mark = False, bullet.group(1)
        elif bullet and (nested or (items and items[-1][0][-1].rstrip().endswith(":"))):
            # "b. indien … in natura:" + "1°. …": the item's own sub-list
            keep_sub = keep_sub if nested else True
            nested = True
            if keep_sub and sum(1 for _, d in items if d) < MAX_SUB_ITEMS:
                items.append(([para[bullet.end():]], 1))
        elif bullet:  # "b. …" after "1°. … 3°. …;": the next item of the list above, not of this one
            ended = True
            break
        elif nested and not para[:1].isupper():
            if keep_sub and items and items[-1][1]:
                items[-1][0].append(para)  # a sub-item broken over two lines
        elif not items and kind:
            if kind in ("1", "a") and count and _next_mark_follows(_nth_mark(kind, count), paras[at + 1: at + 3]):
                continue  # the rest of the item the passage before broke off, then the next number
            break  # the passage before ended its list
        elif items and not items[-1][0][-1].endswith((";", ".", ":")) and not para[:1].isupper():
            items[-1][0].append(para)  # an item broken over two lines of the source (it goes on in lower case)
        elif items and not items[-1][1] and _next_mark_follows(mark, paras[at + 1: at + 3]):
            # a numbered item of more than one sentence ("1. Ondersteuning … per subregio. … Afzonderlijk overleg …"
            # + "2. Ondersteuning van pilots …"): the item goes on until the next number (its first sentence is
            # what is quoted, so the rest is passed over)
            continue
        else:
            # a numbered item may go on past the end of the passage, to the next number in the next one: the list
            # has not shown that it ended
            ended = bool(items) and not (kind in ("1", "a") and not any(_BULLET.match(p) for p in paras[at + 1:]))
            break
    out = []
    for n, (parts, depth) in enumerate(items):
        body = " ".join(parts)
        spans = list(sentence_spans(body)) or [(0, len(body))]
        # an item that asks ("Kunnen aanbieders niet … bieden? En vraagt … niet om? Dan maken we … afspraken.") goes
        # on to the sentence that answers it
        last = 0
        while last + 1 < len(spans) and _is_question(body[spans[last][0]:spans[last][1]]):
            last += 1
        # (a source's footnote links after the item's sentence are no part of it)
        item = re.sub(r",?\s+(?:en|of)$", "", _LINKS_AFTER.sub("", body[spans[0][0]:spans[last][1]].strip()).rstrip(";,. "))  # "…, en" closes item 2
        out.append((item, ended and n == len(items) - 1, depth))
    return out


_QUALIFIER = (r"(?:(?:maximaal|minimaal|ten hoogste|ten minste|tenminste|(?:tot )?een maximum van|ca\.|circa|ongeveer|"
              r"binnen|na|gedurende|tot)\s+)?")


# a question for the most something may be or last ("hoe lang mag …", "how long can …")
MAX_ASKED = re.compile(r"\bmaxim|\bten hoogste\b|\bhoe ?lang (?:mag|mogen|kan|kunnen)\b|\bhow long (?:can|may)\b",
                       re.I)


_YEAR_VALUE = re.compile(r"(?<![\d.,])(?:19|20)\d\d(?![\d.,])")


def value_phrase(asked: Asked, sentence: str, question: str = "") -> str:
    """The value itself, verbatim: 'maximaal 2 x 13 weken', '€ 4,5 miljoen', '17%'."""
    pattern = VALUE_PATTERNS.get(asked.value)
    if pattern is None:
        return ""
    # (a count is no section, article or date number: "paragraaf 2.8 voor REC" holds no count; blanked, offsets kept)
    where = NOT_A_COUNT.sub(lambda m: " " * len(m.group()), sentence) if asked.value == "count" else sentence
    counted = counted_value(asked, where)  # "hoeveel cliënten": the count of cliënten, not the first number
    if counted:
        return counted
    found = [sentence[m.start():m.end()].strip()
             for m in re.finditer(_QUALIFIER + r"(?:\d+\s*x\s*)?(?:" + pattern.pattern + ")", where, re.I)]
    # not a number the question states ("van de ongeveer 2.700 cliënten"), not a year counted as a number ("2026 de")
    found = [f for f in found if not any(re.search(rf"(?<![\d.,]){re.escape(g)}(?![\d]|[.,]\d)", f) for g in asked.given)
             and not (asked.value == "count" and _YEAR_VALUE.search(f))]
    if asked.day:  # "op welke datum": "29 september 2022", not the "2023" before it
        found = [f for f in found if day_date(f)] or found
    for bound in ("maxim", "minim"):  # "hoe lang maximaal": the value after "tot een maximum van", not the step
        if bound in question.lower() or (bound == "maxim" and MAX_ASKED.search(question)):
            found = [f for f in found if bound in f.lower()] or found
    return found[0] if found else ""


# Measured on the users dev split (python -m evals answers --set users-dev): every one of the top 3 passages that
# has a sentence within 30% of the best gets one, in place of the weakest sentence of a passage quoted twice —
# the gold passage was cited for 0.811 -> 0.863 of the questions, at 4.3 -> 4.5 sentences per answer.
SPREAD_PASSAGES = 3
SPREAD_MIN_SCORE = 0.30


def _spread(chosen: list[Sentence], scored: list[Sentence], best: float, max_sentences: int,
            keep: int = 0) -> list[Sentence]:
    """Let each of the top passages speak once when it has a sentence that nearly answers (the first ``keep``
    sentences are never swapped out)."""
    out = list(chosen)
    for rank in range(SPREAD_PASSAGES):
        have = Counter(s.passage.id for s in out)
        seen = {sentence_key(s.text[a:b]) for s in out for a, b in [(0, len(s.text)), *sentence_spans(s.text)]} | {
            sentence_key(i) for s in out for i in s.items}
        cand = next((s for s in scored if s.hit_rank == rank and s.score >= SPREAD_MIN_SCORE * best
                     and s.passage.id not in have and sentence_key(s.text) not in seen and not DANGLING.match(s.text)
                     and not bare_list_item(s.text) and (s.items or not s.text.rstrip().endswith(":"))), None)
        if cand is None:
            continue
        if len(out) >= max_sentences:
            crowded = [s for s in out[keep:] if have[s.passage.id] > 1 and not _introduces(s, out)]
            if not crowded:
                continue
            out.remove(min(crowded, key=lambda s: s.score))
        out.append(cand)
    return out


def _introduces(s: Sentence, chosen: list[Sentence]) -> bool:
    """``s`` is the sentence right before a chosen "Hiermee …" of its passage: it must stay with it."""
    return any(t.passage.id == s.passage.id and DANGLING.match(t.text) and 0 <= t.start - s.end <= 2 for t in chosen)


DANGLING = re.compile(r"^\s*(hiermee|hierdoor|hierbij|hiervoor|hieronder|hierin|daarmee|daardoor|daarbij|daarvoor|daaronder|"
                      r"daarin|dit|deze|dat|dan|"
                      r"zij|ze|tevens|bovendien|"
                      # a relative clause written as a sentence of its own ("Wat vervolgens kan leiden tot …", "Waardoor
                      # …", "Hetgeen …"): it goes on from the sentence before
                      r"wat (?:vervolgens|daarna|weer|dan ook)|waardoor|waarmee|waarbij|waarna|hetgeen)\b", re.I)


# one item of an enumeration, cut where the next one starts ("a. zorg als bedoeld bij of krachtens deze wet,",
# "2°. farmaceutische zorg;", "b. verpleging, en") or its last one ("d. jeugdhulp als bedoeld bij de Jeugdwet."):
# it reads only under its lead-in
BARE_ITEM = re.compile(r"^\s*(?:[a-z]|\d{1,2}°)\.\s+(?:[a-zà-ÿ]|.*(?:[,;]|,?\s(?:en|of))\s*$)", re.S)


def bare_list_item(text: str) -> bool:
    """One item of an enumeration quoted alone, not a definition item ("– begeleiding: activiteiten …;" defines)."""
    return bool(BARE_ITEM.match(text)) and not _DEFINITION_ITEM.match(text)


def sentence_key(text: str) -> str:
    """The sentence as compared for repeats: without a list mark ("- ", "c. ", "2°. ") or closing punctuation, so
    a list item and the same text quoted as a sentence count as one."""
    text = " ".join(text.split())
    text = re.sub(r"^(?:[-–•▪]|\d{1,2}°\.?|[a-z]\.|\d{1,2}[.)]) ", "", text).lower().rstrip(" ;,.:")
    return re.sub(r",? (?:en|of)$", "", text).rstrip(" ;,.:")  # "…, of" closes an item


def _is_question(text: str) -> bool:
    return text.rstrip(" )\"'”").endswith("?")


def _lead_in(s: Sentence, hits: list[Hit], depth: int = 2) -> list[Sentence] | None:
    """The sentences before a dangling ``s`` that make it readable ("Dit geheel …" after "Hiermee …" after the
    sentence that says what), nearest last; None when its passage starts mid-thought or an instruction leads in."""
    before = _predecessor(s, hits)
    if before is None or is_instruction(before.text):
        return None
    if not DANGLING.match(before.text):
        return [before]
    if depth <= 1:
        return None
    chain = _lead_in(before, hits, depth - 1)
    return None if chain is None else [*chain, before]


# a sentence that goes on from the one before it with a demonstrative ("Dit bespreekt u …", "Daarbij geldt …")
# a sentence that goes on from the one before it: a pointer back, or its examples ("Voorbeelden: akoestische
# aspecten, verlichting …" after "De leefomgeving moet zijn aangepast op de zintuiglijke beperking.")
# ("Het gaat hierbij bijvoorbeeld om het beheersen van de communicatiemethoden (gebarentaal, braille).")
_GOES_ON = re.compile(r"^\s*(?:dit|dat|hierbij|daarbij|hiervoor|daarvoor|hiermee|daarmee|ook\b|"
                      r"voorbeelden(?: hiervan| daarvan| zijn)?\s*:|bijvoorbeeld\b|denk (?:hierbij )?aan\b|"
                      r"het gaat (?:hierbij|daarbij|hier|daar) (?:bijvoorbeeld |onder (?:meer|andere) |o\.a\. )?om\b|"
                      r"hieronder (?:valt|vallen)\b)", re.I)


def _follower(s: Sentence) -> Sentence | None:
    """The sentence right after ``s`` in its passage, if the passage has one."""
    spans = [(a, b) for a, b in sentence_spans(s.passage.text) if a >= s.end]
    if not spans:
        return None
    a, b = spans[0]
    return Sentence(s.hit_rank, s.passage, a, b, s.passage.text[a:b].strip(), s.score)


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
        if s.items:
            lines = []
            for item, source, depth in zip(s.items, s.item_sources or (s.passage,) * len(s.items),
                                           s.item_depths or (0,) * len(s.items), strict=True):
                mark = "  " * depth + "- "  # a sub-item under its item
                if source.id == s.passage.id:
                    lines.append(f"{mark}{item}")
                    continue
                m = numbers.get(source.id)  # the list runs on into a later passage: cite that one for its items
                if m is None:
                    m = numbers[source.id] = len(citations) + 1
                    citations.append(Citation(m, source, item))
                lines.append(f"{mark}{item} [{m}]")
            parts.append(f"\n\n{clean_sentence(s.text)} [{n}]\n" + "\n".join(lines) + "\n\n")
        elif s.value and s.value_from:
            parts.append(f"**{s.value}** (kop: \u201c{s.value_from}\u201d) [{n}]\n\n{clean_sentence(s.text)} [{n}]")
        elif s.value:  # a value's bold lead opens a paragraph of its own
            parts.append(f"{chr(10) * 2 if parts else ''}**{s.value}** [{n}]\n\n{clean_sentence(s.text)} [{n}]")
        else:
            parts.append(f"{clean_sentence(s.text)} [{n}]")
    body = re.sub(r" *(?:\n *){2,}", "\n\n", " ".join(parts)).strip()  # two lists in a row: one blank line
    text = "\n\n".join(x for x in (lead, body, tail) if x)
    return text, citations
