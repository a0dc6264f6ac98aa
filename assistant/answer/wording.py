"""The words around the quotes, in the language of the question: Dutch by default, English when the question is
English. The quotes themselves stay verbatim Dutch; an English answer says so."""

from __future__ import annotations

from datetime import date
from typing import Literal

from ..types import format_date_nl
from .language import is_english

Lang = Literal["nl", "en"]

REFUSAL_NL = (
    "Dit kan ik niet beantwoorden met de bronnen die ik heb. Ik antwoord alleen op basis van de Kamerbrieven, "
    "de inkoopvoorwaarden en de Wet langdurige zorg in het corpus, en daarin vind ik hier geen passage over. "
    "Raadpleeg uw zorgkantoor, het CIZ of de NZa, of stel de vraag anders (noem bijvoorbeeld de doelgroep, het "
    "zorgprofiel of het jaar)."
)
REFUSAL_EN = (
    "I cannot answer this from the sources I have. I only answer from the Dutch parliamentary letters, purchasing "
    "conditions and the Wet langdurige zorg in the corpus, and none of their passages covers this. Ask your "
    "zorgkantoor, the CIZ or the NZa, or rephrase the question (name the client group, care profile or year)."
)
SOURCES_DUTCH_EN = "The sources are in Dutch: the sentences quoted below are verbatim from them, not translated."
VERDICT_EN = {"yes": "Yes", "no": "No", "unknown": "Unknown"}


def language(question: str) -> Lang:
    return "en" if is_english(question) else "nl"


def refusal(lang: Lang) -> str:
    return REFUSAL_EN if lang == "en" else REFUSAL_NL


def peildatum_notice(lang: Lang, as_of: date) -> str:
    if lang == "en":
        return f"Only sources dated on or before {as_of.isoformat()} were used (reference date)."
    return f"Alleen bronnen van vóór of op {format_date_nl(as_of)} zijn gebruikt (peildatum)."


def tie_notice(lang: Lang, questions: list[str]) -> str:
    """The rule check kept back a yes/no because the question fits more than one rule: ask which is meant."""
    quoted = " of ".join(f"„{q}”" for q in questions) if lang == "nl" else " or ".join(f"“{q}”" for q in questions)
    if lang == "en":
        return (f"No rule check: your question fits more than one rule. Do you mean {quoted}? Ask it so that one of "
                "them fits.")
    return f"Geen regeltoets: uw vraag past bij meer dan één regel. Bedoelt u {quoted}? Stel de vraag zo dat één ervan past."


def unanswered_part(lang: Lang, part: str, message: str) -> str:
    """After the answer to one part of a two-part question: the other part, which the sources do not answer."""
    if lang == "en":
        return f"About “{part}”: {message}"
    return f"Over „{part}”: {message}"


def version_notice(lang: Lang, title: str, when: date) -> str:
    if lang == "en":
        return (f"The corpus holds several versions of '{title}'; the version of {when.isoformat()} was used. Set a "
                f"reference date to use an older one.")
    return (f"Er staan meerdere versies van '{title}' in het corpus; de versie van {format_date_nl(when)} is "
            f"gebruikt. Een oudere versie vindt u met een peildatum.")


def verdict_lead(lang: Lang, outcome: str, summary_nl: str, answer_en: str = "") -> str:
    """The rule check's summary as the answer's lead; in English the outcome word first (or the rule's English
    answer to a "who pays" question: "The zorgkantoor pays for this aid …"), the Dutch summary after."""
    if lang == "en" and summary_nl:
        return f"Rule check: {answer_en or VERDICT_EN.get(outcome, outcome)}. (In Dutch: {summary_nl})"
    return summary_nl


def missing_facts_tail(lang: Lang, asks: list[str]) -> str:
    """The questions the rule check needs answered (in Dutch: the facts are read in Dutch)."""
    if not asks:
        return ""
    if lang == "en":
        return "To decide this, the rule check needs to know (asked in Dutch): " + " ".join(asks)
    return "Om dit te kunnen beoordelen: " + " ".join(asks)
