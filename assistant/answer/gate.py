"""Should we answer at all? Evidence checks that decide `answerable` before any text is composed.

A question is refused when the corpus does not speak to it:
- it names things the corpus never mentions (places, programs, products: "Utrecht", "Excel");
- most of its content words are unknown to the index and nothing retrieved is close in meaning;
- nothing retrieved is close, lexically or in meaning (thresholds calibrated on evals/data/dev.jsonl
  with ``python -m evals calibrate``);
- it asks for an amount in euro (tariff, basisbedrag) and no selected sentence holds one;
- it asks "hoeveel" / "hoe hoog" and no selected sentence holds a number (years and dates do not count);
- it asks which criteria, conditions or requirements apply, and the passages only refer to them ("de opgestelde
  criteria") without listing any;
- it is about a neighbouring regime (Zvw, Jeugdwet, Wmo, toeslagen, cao) and names nothing of the Wlz
  (``assistant/data/scope.yaml``): refused with a pointer to where the question belongs.
Thresholds are data here, not magic numbers spread through the code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from ..retrieval.text import tokens
from ..types import Hit
from .language import is_english
from .quantities import has_count

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
COUNT_Q = re.compile(r"\b(hoeveel\b(?! (euro|procent))|hoe (hoog|groot) (is|zijn|was|waren|wordt|worden)\b)", re.I)
LIST_Q = re.compile(r"\b(welke|aan welke|wat zijn de) (criteria|voorwaarden|eisen|kenmerken)\b", re.I)
# a listing: a colon, a bullet, "namelijk", or a series "a, b en c"
LIST_A = re.compile(r":\s*\S|(^|\n)\s*[-•*]\s|\bnamelijk\b|\w+, (\w+ ){0,4}?(en|of) \w+", re.I)
SCOPE_FILE = Path(__file__).resolve().parent.parent / "data" / "scope.yaml"
SCOPE_NL = ("Deze vraag gaat over {name}, niet over de Wlz. Ik antwoord alleen op basis van de Kamerbrieven en "
            "inkoopvoorwaarden over de Wlz in het corpus. Kijk hiervoor bij {ask}.")
NO_LIST_NL = ("De bronnen noemen wel {focus}, maar sommen ze niet op. Ik kan dus niet zeggen welke {focus} precies "
              "gelden; raadpleeg uw zorgkantoor of de NZa.")
NAME = re.compile(r"(?<![.?!:]\s)(?<!^)\b([A-Z][a-zà-ÿ]{2,}(?:[- ][A-Z][a-zà-ÿ]+)*)\b")


@dataclass(frozen=True)
class Evidence:
    answerable: bool
    reason: str  # "ok" | "unknown_name" | "unknown_terms" | "not_relevant" | "no_amount" | "no_count" | …
    dense: float
    lexical: float
    oov_share: float
    message_nl: str = ""  # a refusal more specific than the general one (out of scope: where it belongs)


@dataclass(frozen=True)
class Regime:
    name: str
    ask: str
    pattern: re.Pattern[str]


@cache
def _scope() -> tuple[re.Pattern[str], tuple[Regime, ...]]:
    data = yaml.safe_load(SCOPE_FILE.read_text(encoding="utf-8"))

    def words(terms: list[str]) -> re.Pattern[str]:
        return re.compile(r"(?<![\w-])(" + "|".join(f"(?:{t})" for t in terms) + r")(?![\w-])", re.I)

    regimes = tuple(Regime(r["name"], r["ask"], words(r["terms"])) for r in data["regimes"])
    return words(data["anchors"]), regimes


def out_of_scope(question: str) -> Regime | None:
    """The neighbouring regime a question is about, when it names nothing of the Wlz."""
    anchors, regimes = _scope()
    if anchors.search(question):
        return None
    return next((r for r in regimes if r.pattern.search(question)), None)


def _lists(focus: str, passage_texts: list[str]) -> bool:
    """Some passage that names the focus ("criteria") also lists something after it."""
    stem = focus[:-1] if focus.endswith(("a", "n", "s")) else focus
    for text in passage_texts:
        for m in re.finditer(re.escape(stem), text, re.I):
            if LIST_A.search(text[m.start(): m.start() + 400]):
                return True
    return False


def assess(question: str, hits: list[Hit], *, vocab: set[str], corpus_lower: str, sentences: list[str],
           context: str = "") -> Evidence:
    """Decide whether the retrieved evidence answers ``question`` (``sentences``: the ones the answerer picked;
    ``context``: the standalone query of a follow-up, whose Wlz topic keeps "En bij de Wmo?" in scope)."""
    dense = max((h.raw.get("dense", 0.0) for h in hits), default=0.0)
    lexical = max((h.raw.get("lexical", 0.0) for h in hits), default=0.0)
    content = [t for t in tokens(question) if len(t) >= 4 and not t.isdigit()]
    oov = [t for t in content if t not in vocab]
    share = len(oov) / len(content) if content else 0.0

    def result(ok: bool, reason: str, message: str = "") -> Evidence:
        return Evidence(ok, reason, dense, lexical, share, message)

    regime = out_of_scope(f"{question} {context}")
    if regime is not None:
        return result(False, "out_of_scope", SCOPE_NL.format(name=regime.name, ask=regime.ask))
    if not hits:
        return result(False, "not_relevant")
    english = is_english(question)  # English words are unknown to a Dutch index, not a sign of an unknown topic
    names = [n for n in NAME.findall(question) if n.lower() not in corpus_lower]
    if names and not english:
        return result(False, "unknown_name")
    if share >= OOV_SHARE and dense < OOV_MAX_DENSE and not english:
        return result(False, "unknown_terms")
    if dense < MIN_DENSE and lexical < MIN_LEXICAL:
        return result(False, "not_relevant")
    if AMOUNT_Q.search(question) and not any(AMOUNT_A.search(s) for s in sentences):
        return result(False, "no_amount")
    if COUNT_Q.search(question) and not any(has_count(s) for s in sentences):
        return result(False, "no_count")
    focus = LIST_Q.search(question)
    if focus and not _lists(focus.group(2), [h.passage.text for h in hits[:5]]):
        return result(False, "no_list", NO_LIST_NL.format(focus=focus.group(2)))
    return result(True, "ok")
