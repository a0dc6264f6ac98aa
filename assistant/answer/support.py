"""Sentence-support checking for generated answers: every sentence must be backed by the passages it cites.

Pure functions on strings, no LLM and no langchain: a generated answer is split into sentences, each
sentence's ``[n]`` markers are read, and the sentence is *supported* when

* it cites at least one passage and every cited number is in range,
* enough of its content tokens (Dutch, stemmed: :func:`assistant.retrieval.text.tokens`) occur in the
  cited passage(s) (glossary synonyms of the passage count), and
* every number in it (amounts, dates, percentages, years) occurs in a cited passage.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Literal

from ..ingest.chunk import sentence_spans
from ..retrieval.text import expansions, fix_extraction_noise, tokens

DEFAULT_MIN_OVERLAP = 0.5
UNSUPPORTED_FLAG = " [niet onderbouwd]"
REFUSAL_LLM = "De bronnen beantwoorden dit niet."

# one marker group: [1], [1, 3], [1][3], [1] [3]
MARKER = re.compile(r"\[(\d+(?:\s*[,;]\s*\d+)*)\]")
_MARKERS_AFTER_STOP = re.compile(r"([.!?])((?:\s*\[\d+(?:\s*[,;]\s*\d+)*\])+)")
_NUMBER = re.compile(r"(?<![\w])\d+(?:[.,]\d+)*")
_DUTCH_THOUSANDS = re.compile(r"^\d{1,3}(?:\.\d{3})+(?:,\d+)?$")
_ENGLISH_THOUSANDS = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$")

Reason = Literal["ok", "geen bronverwijzing", "verwijzing buiten bereik", "onvoldoende overlap", "getal niet in bron"]


@dataclass(frozen=True)
class SentenceCheck:
    """The verdict on one generated sentence."""

    text: str  # the sentence as written, markers included
    content: str  # without markers
    markers: tuple[int, ...]
    supported: bool
    reason: Reason
    overlap: float = 0.0  # share of the sentence's content tokens found in the cited passages
    missing_numbers: tuple[str, ...] = field(default_factory=tuple)


# --- sentences and markers ------------------------------------------------------------------------------
def split_sentences(text: str) -> list[str]:
    """Sentences of a generated answer; ``[n]`` markers written after the full stop stay with their sentence."""
    # "Zin. [1] Volgende" → "Zin [1]. Volgende": the markers belong to the sentence before them
    moved = _MARKERS_AFTER_STOP.sub(lambda m: f"{m.group(2).rstrip()}{m.group(1)}", text)
    out: list[str] = []
    for para in re.split(r"\n\s*\n|\n(?=\s*(?:[-•*]|\d+[.)])\s)", moved):
        para = re.sub(r"\s+", " ", para).strip()
        para = re.sub(r"^(?:[-•*]|\d+[.)])\s+", "", para)
        if not para:
            continue
        for s, e in sentence_spans(para):
            sent = para[s:e].strip()
            if sent:
                out.append(sent)
    return out


def markers(sentence: str) -> tuple[int, ...]:
    found: list[int] = []
    for m in MARKER.finditer(sentence):
        for part in re.split(r"[,;]", m.group(1)):
            n = int(part.strip())
            if n not in found:
                found.append(n)
    return tuple(found)


def strip_markers(sentence: str) -> str:
    text = MARKER.sub("", sentence)
    text = re.sub(r"\s+([.,;:!?])", r"\1", text)
    return re.sub(r"\s{2,}", " ", text).strip()


def renumber(sentence: str, mapping: Mapping[int, int]) -> str:
    """Rewrite the sentence's markers through ``mapping`` as ``[a][b]`` (numbers absent from it are dropped)."""

    def sub(m: re.Match[str]) -> str:
        nums: list[int] = []
        for part in re.split(r"[,;]", m.group(1)):
            new = mapping.get(int(part.strip()))
            if new is not None and new not in nums:
                nums.append(new)
        return "".join(f"[{n}]" for n in nums)

    out = MARKER.sub(sub, sentence)
    out = re.sub(r"(\[\d+\])\s+(?=\[\d+\])", r"\1", out)
    return re.sub(r"\s+([.,;:!?])", r"\1", out).strip()


# --- numbers --------------------------------------------------------------------------------------------
def _readings(token: str) -> set[str]:
    """The values a written number can mean: Dutch (1.234,50) and English (1,234.50) notation, and as written."""
    out = {token.lstrip("0") or "0"}
    candidates: list[str] = []
    if _DUTCH_THOUSANDS.match(token):
        candidates.append(token.replace(".", "").replace(",", "."))
    if _ENGLISH_THOUSANDS.match(token):
        candidates.append(token.replace(",", ""))
    if token.count(",") == 1 and "." not in token:
        candidates.append(token.replace(",", "."))  # Dutch decimal comma
    if token.count(".") == 1 and "," not in token:
        candidates.append(token)  # decimal point
    if token.isdigit():
        candidates.append(token)
    for c in candidates:
        try:
            out.add(format(Decimal(c).normalize(), "f"))
        except InvalidOperation:
            continue
    return out


def numbers(text: str) -> list[str]:
    """Numbers as written (amounts, dates, years, percentages); ``[n]`` markers are not numbers."""
    return [m.group(0).rstrip(".,") for m in _NUMBER.finditer(strip_markers(text))]


def number_values(text: str) -> set[str]:
    values: set[str] = set()
    for n in numbers(text):
        values |= _readings(n)
    return values


# --- support ----------------------------------------------------------------------------------------------
def source_tokens(source: str) -> set[str]:
    """Content tokens of a passage, with the glossary synonyms of its terms."""
    body = fix_extraction_noise(source)
    return set(tokens(body)) | set(tokens(" ".join(expansions(body))))


def overlap(sentence: str, sources: Iterable[str]) -> float:
    sent = set(tokens(fix_extraction_noise(sentence)))
    if not sent:
        return 0.0
    pool: set[str] = set()
    for s in sources:
        pool |= source_tokens(s)
    return len(sent & pool) / len(sent)


def check_sentence(sentence: str, passages_by_n: Mapping[int, str], *,
                   min_overlap: float = DEFAULT_MIN_OVERLAP) -> SentenceCheck:
    cited = markers(sentence)
    content = strip_markers(sentence)
    if not cited:
        return SentenceCheck(sentence, content, cited, False, "geen bronverwijzing")
    if any(n not in passages_by_n for n in cited):
        return SentenceCheck(sentence, content, cited, False, "verwijzing buiten bereik")
    sources = [passages_by_n[n] for n in cited]
    share = overlap(content, sources)
    sent_tokens = set(tokens(fix_extraction_noise(content)))
    absolute = round(share * len(sent_tokens))
    if share < min_overlap or absolute < min(2, len(sent_tokens)):
        return SentenceCheck(sentence, content, cited, False, "onvoldoende overlap", share)
    available: set[str] = set()
    for s in sources:
        available |= number_values(s)
    missing = tuple(n for n in numbers(content) if not (_readings(n) & available))
    if missing:
        return SentenceCheck(sentence, content, cited, False, "getal niet in bron", share, missing)
    return SentenceCheck(sentence, content, cited, True, "ok", share)


def check_sentences(text: str, passages_by_n: Mapping[int, str], *,
                    min_overlap: float = DEFAULT_MIN_OVERLAP) -> list[SentenceCheck]:
    """Check every sentence of ``text`` against the passages it cites (``passages_by_n``: marker → source text)."""
    return [check_sentence(s, passages_by_n, min_overlap=min_overlap) for s in split_sentences(text)]


def apply_checks(checks: list[SentenceCheck], mode: Literal["remove", "flag"] = "remove") -> tuple[list[str], list[str]]:
    """(sentences to keep, sentences removed). In ``flag`` mode unsupported sentences stay, marked."""
    kept: list[str] = []
    removed: list[str] = []
    for c in checks:
        if c.supported:
            kept.append(c.text)
        elif mode == "flag" and c.reason != "verwijzing buiten bereik" and c.content:
            kept.append(_flag(c.text))
            removed.append(c.text)
        else:
            removed.append(c.text)
    return kept, removed


def _flag(sentence: str) -> str:
    m = re.search(r"([.!?])$", sentence)
    return f"{sentence[:-1]}{UNSUPPORTED_FLAG}{m.group(1)}" if m else f"{sentence}{UNSUPPORTED_FLAG}"


def is_refusal(text: str) -> bool:
    return strip_markers(text).strip().rstrip(".").lower() == REFUSAL_LLM.rstrip(".").lower()
