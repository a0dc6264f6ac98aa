"""Should we answer at all? Evidence checks that decide `answerable` before any text is composed.

A question is refused when the corpus does not speak to it:
- it names things the corpus never mentions (places, programs, products: "Utrecht", "Excel");
- most of its content words are unknown to the index and nothing retrieved is close in meaning;
- nothing retrieved is close, lexically or in meaning (thresholds calibrated on evals/data/dev.jsonl
  with ``python -m evals calibrate``);
- it asks for an amount in euro (tariff, basisbedrag) and no selected sentence holds one;
- it asks "hoeveel" and no selected sentence holds a number (years do not count).
Thresholds are data here, not magic numbers spread through the code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..retrieval.text import tokens
from ..types import Hit

MIN_DENSE = 0.40  # below this and below MIN_LEXICAL: nothing relevant
MIN_LEXICAL = 5.0
OOV_SHARE = 0.5  # share of content words unknown to the index …
OOV_MAX_DENSE = 0.55  # … that refuses unless meaning is this close
AMOUNT_Q = re.compile(
    r"\b(euro'?s?|welk bedrag|hoe hoog is het bedrag|(uur|dag|week|maand)tarief|tariefbedrag|basisbedrag|"
    r"kost(en|t)? .{0,20}per (uur|dag|maand))\b",
    re.I,
)
AMOUNT_A = re.compile(r"€|\beuro\b|\bmiljoen\b")
COUNT_Q = re.compile(r"\bhoeveel\b(?! (euro|procent))", re.I)
# a number that is not a year, or a number word
COUNT_A = re.compile(r"(?<![\d-])(?!(?:19|20)\d\d\b)\d+(?:[.,]\d+)?\s*%?|\b(een|één|twee|drie|vier|vijf|zes|zeven|"
                     r"acht|negen|tien|elf|twaalf|dertien|twintig|honderd|duizend|procent|helft|kwart|alle)\b", re.I)
NAME = re.compile(r"(?<![.?!:]\s)(?<!^)\b([A-Z][a-zà-ÿ]{2,}(?:[- ][A-Z][a-zà-ÿ]+)*)\b")


@dataclass(frozen=True)
class Evidence:
    answerable: bool
    reason: str  # "ok" | "unknown_name" | "unknown_terms" | "not_relevant" | "no_amount"
    dense: float
    lexical: float
    oov_share: float


def assess(question: str, hits: list[Hit], *, vocab: set[str], corpus_lower: str, sentences: list[str]) -> Evidence:
    dense = max((h.raw.get("dense", 0.0) for h in hits), default=0.0)
    lexical = max((h.raw.get("lexical", 0.0) for h in hits), default=0.0)
    content = [t for t in tokens(question) if len(t) >= 4 and not t.isdigit()]
    oov = [t for t in content if t not in vocab]
    share = len(oov) / len(content) if content else 0.0

    def result(ok: bool, reason: str) -> Evidence:
        return Evidence(ok, reason, dense, lexical, share)

    if not hits:
        return result(False, "not_relevant")
    names = [n for n in NAME.findall(question) if n.lower() not in corpus_lower]
    if names:
        return result(False, "unknown_name")
    if share >= OOV_SHARE and dense < OOV_MAX_DENSE:
        return result(False, "unknown_terms")
    if dense < MIN_DENSE and lexical < MIN_LEXICAL:
        return result(False, "not_relevant")
    if AMOUNT_Q.search(question) and not any(AMOUNT_A.search(s) for s in sentences):
        return result(False, "no_amount")
    if COUNT_Q.search(question) and not any(COUNT_A.search(s) for s in sentences):
        return result(False, "no_count")
    return result(True, "ok")
