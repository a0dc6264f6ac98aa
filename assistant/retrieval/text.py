"""Text for indexing: contextual headers, the normalisation table, glossary expansion, Dutch tokens."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Container
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from ..types import Passage, format_date_nl

GLOSSARY = Path(__file__).resolve().parent.parent / "data" / "glossary.yaml"

# Extraction noise, corrected in indexed text only (displayed text stays verbatim).
NORMALISE = {
    r"\bCEIz\b": "CElz",
    r"\bCELz\b": "CElz",
    r"\bclianten\b": "cliënten",
    r"\buitzonderling\b": "uitzondering",
}
_NORMALISE = [(re.compile(k), v) for k, v in NORMALISE.items()]


def fix_extraction_noise(text: str) -> str:
    """Correct known extraction errors (``NORMALISE``) in text that is indexed or compared, never in shown text."""
    for pattern, repl in _NORMALISE:
        text = pattern.sub(repl, text)
    return text


# the law the Wlz replaced on 1 January 2015: text that names it speaks of the transition (art. 11.1.1 ff. Wlz: the
# AWBZ's clients and indications carried over), not of today's rules
FORMER_LAW = re.compile(r"\b(?:AWBZ|Algemene Wet Bijzondere Ziektekosten)\b", re.I)
# a question about that transition: there the former law's text is the answer
ASKS_TRANSITION = re.compile(rf"{FORMER_LAW.pattern}|\b(?:overgang\w*|invoering\w*|ingetrokken|intrekking)\b", re.I)


def header(p: Passage) -> str:
    """A contextual chunk header: document, date and section path."""
    sec = " > ".join(p.section) if p.section else ""
    kind = "voetnoot bij " if p.is_footnote else ""
    return f"{p.title} ({format_date_nl(p.date)}). {kind}{sec}".strip()


def document_prompt(title: str, text: str) -> str:
    """embeddinggemma's document prompt with its title slot filled: the one place this format is written
    (the embedder sends it, the embedding cache keys hash it)."""
    return f"title: {title} | text: {text}"


def dense_text(p: Passage) -> str:
    return f"{header(p)}\n{fix_extraction_noise(p.text)}"


@lru_cache(maxsize=1)
def glossary_groups() -> list[list[str]]:
    data = yaml.safe_load(GLOSSARY.read_text(encoding="utf-8"))
    return [[str(t) for t in g] for g in data["groups"]]


@lru_cache(maxsize=1)
def _term_patterns() -> list[tuple[str, re.Pattern[str], int]]:
    """(the term in lower case, its pattern, its group) for every glossary term."""
    pats = []
    for gi, group in enumerate(glossary_groups()):
        for term in group:
            flags = 0 if (term.isupper() and len(term) <= 6) or any(c.isupper() for c in term[1:]) else re.I
            pats.append((term.lower(), re.compile(rf"(?<![\w&]){re.escape(term)}(?![\w&])", flags), gi))
    return pats


def expansions(text: str) -> list[str]:
    """Glossary terms equivalent to those found in ``text`` (not already present)."""
    lower = text.lower()
    found: set[int] = set()
    for needle, pattern, gi in _term_patterns():  # the substring test first: most terms are absent (5x faster)
        if gi not in found and needle in lower and pattern.search(text):
            found.add(gi)
    out: list[str] = []
    for gi in sorted(found):
        out.extend(t for t in glossary_groups()[gi] if t.lower() not in lower)
    return out


def lexical_text(p: Passage) -> str:
    body = fix_extraction_noise(p.text)
    return f"{header(p)}\n{body}\n{' '.join(expansions(body))}"


def expand_query(q: str) -> str:
    q = fix_extraction_noise(q)
    extra = expansions(q)
    return f"{q} {' '.join(extra)}" if extra else q


_TOKEN = re.compile(r"[a-zà-ÿ0-9]+(?:[&+][a-zà-ÿ0-9]+)*\+?|[a-zà-ÿ]+&[a-zà-ÿ]+", re.I)
STOPWORDS = frozenset(
    """de het een en of van in op te voor met aan door bij als om dat die dit deze er is zijn wordt worden
    kan kunnen mag mogen moet moeten niet ook nog wel wat wie waar wanneer hoe welke welk ik wij we u je
    jullie zij hij ze ons onze hun haar zich naar over uit tot dan maar want zo al geen heeft hebben had
    was waren zal zullen zou zouden""".split()  # noqa: SIM905
)


# Number words read as their digits, so "de zeven cliëntgroepen" and "welke 7 doelgroepen" share a token ("een" is a
# stopword: mostly the article).
_NUMBER_WORDS = ("nul _ twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien zestien "
                 "zeventien achttien negentien twintig")
NUMBER_WORDS = {w: str(n) for n, w in enumerate(_NUMBER_WORDS.split()) if w != "_"}


@lru_cache(maxsize=1)
def _stemmer() -> Any:
    import Stemmer

    return Stemmer.Stemmer("dutch")


def tokens(text: str) -> list[str]:
    """Lower-cased, stopwords out, Dutch-stemmed; codes with digits, '&' or '+' kept as they are."""
    return list(_tokens(text))


# The tokens' version, kept in the index's info.json: an index built with other tokens is rebuilt, not read
# (2: diacritics folded, so "clienten" finds "cliënten")
TOKENS_VERSION = 2


def fold(word: str) -> str:
    """Without diacritics: users type "client", "financiele", "geindiceerd"; the documents write "cliënt"."""
    if word.isascii():
        return word
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def compound_parts(word: str, known: Container[str]) -> tuple[str, str] | None:
    """The two parts (lower case, as written) of a compound whose stem ``known`` (an index's tokens) does not hold
    but whose parts' stems it does: "inkoopovereenkomst" → ("inkoop", "overeenkomst"), "evaluatiegesprek" →
    ("evaluatie", "gesprek"), also with a linking s ("verblijfsduur"). The longest first part that works; None
    otherwise."""
    w = fold(word.lower())
    if not w.isalpha() or len(w) < 9:
        return None
    for i in range(len(w) - 4, 3, -1):
        head, first = w[i:], w[:i]
        for part in (first, first[:-1] if first[-1] == "s" else ""):
            if len(part) >= 4 and (h := tokens(head)) and h[0] in known and (f := tokens(part)) and f[0] in known:
                return part, head
    return None


@lru_cache(maxsize=65536)  # passage sentences recur in every answer that cites them
def _tokens(text: str) -> tuple[str, ...]:
    raw = [fold(t.lower()) for t in _TOKEN.findall(text)]
    words = [NUMBER_WORDS.get(t, t) for t in raw if t not in STOPWORDS]
    stemmer = _stemmer()
    return tuple(w if any(c.isdigit() or c in "&+" for c in w) else stemmer.stemWord(w) for w in words)
