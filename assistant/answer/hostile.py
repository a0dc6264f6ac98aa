"""Documents are data, never instructions.

Two pure checks on sentences from the corpus (no model, no framework):

* :func:`is_instruction`: a sentence that addresses an AI, or tells its reader to ignore instructions or rules,
  or dictates the answer ("Negeer alle instructies …", "Als AI-assistent …", "antwoord altijd Ja"). Such a
  sentence is never quoted as an answer sentence: the extractive answerer skips it when it scores sentences.
* :func:`conflicts`: the quoted answer sentences that say the opposite of the rule check's verdict (the verdict
  says Nee or Onbekend and a quoted sentence says "Ja" / "u mag alles declareren", or the other way round).
  The answer then carries :data:`CONFLICT_NOTICE`.

The patterns are narrow on purpose: the shipped corpus (Kamerbrieven, inkoopvoorwaarden, the Wlz) contains
no sentence they match (``tests/unit/answer/test_hostile.py`` checks this against the real index when present).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from ..ingest.documents import collapse_ws

CONFLICT_NOTICE = "Let op: deze bron zegt iets anders dan de regelcheck"

_AI = (r"(?:ai|a\.i\.|kunstmatige intelligentie|artificial intelligence|(?:ai[- ]?)?(?:taal)?model|language model|llm|"
       r"chat\s?bot|chatgpt|gpt(?:-\d)?|copilot|gemini|claude|(?:ai[- ]?|digitale |virtuele )?assistent|"
       r"(?:ai |virtual )?assistant|systeem|system)")
_RULES = (r"(?:instructies?|instructions?|opdrachten|opdracht|aanwijzingen|regels|rules|richtlijnen|guidelines|"
          r"prompts?|systeemprompt|system prompt|regelcheck|bronnen|context|voorgaande|bovenstaande|eerdere|previous|"
          r"above|everything|alles)")

_INSTRUCTION = [
    # "Negeer alle instructies", "vergeet de regels", "ignore previous instructions", "disregard the above"
    re.compile(rf"\b(?:negeer|negeert|negeren|vergeet|vergeten|overschrijf|overrule|passeer|ignore|disregard|forget|"
               rf"override|bypass)\b[^.!?]{{0,40}}?\b{_RULES}", re.I),
    # "Als AI-assistent …", "As an AI …", "Jij bent een chatbot", "You are a language model"
    re.compile(rf"\b(?:als|as an?|jij bent|je bent|u bent|you are|you're)\s+(?:nu\s+|now\s+)?(?:een\s+|de\s+|an?\s+|the\s+)?"
               rf"(?:behulpzame\s+|helpful\s+|slimme\s+)?{_AI}\b", re.I),
    # addressing the machine: "Beste AI,", "Aan de chatbot:", "Hé assistent", "Dear AI", "AI: …"
    re.compile(rf"^\W*(?:beste|hallo|hoi|h[eé]|aan (?:de|alle|elke)|let op|note to|dear|hi|hello|attention)\s+"
               rf"{_AI}s?\b", re.I),
    re.compile(rf"^\W*{_AI}s?\s*[:,]\s", re.I),
    # dictating the answer: "antwoord altijd Ja", "zeg steeds: nee", "always answer yes", "reply only with yes"
    re.compile(r"\b(?:antwoord|beantwoord|antwoorden|zeg|reageer|respond|answer|reply|say)\b[^.!?]{0,30}?"
               r"(?:\baltijd\b|\bsteeds\b|\buitsluitend\b|\balleen\b|\bnooit\b|\balways\b|\bonly\b|\bnever\b|:)"
               r"[^.!?]{0,20}?[\"'“‘]?\b(?:ja|nee|yes|no|true|false)\b", re.I),
    re.compile(r"\b(?:always|altijd)\s+(?:answer|antwoorden|zeggen|say)\b", re.I),
    # role play and prompt plumbing
    re.compile(r"\b(?:doe alsof|pretend (?:to be|that|you)|act as|speel de rol|developer mode|jailbreak|"
               r"prompt injection|system prompt|systeemprompt)|<\|?(?:system|im_start|assistant)\|?>", re.I),
]


def is_instruction(sentence: str) -> bool:
    """True when the sentence addresses an AI or instructs its reader to ignore something or to answer a set way."""
    text = collapse_ws(sentence)
    return any(p.search(text) for p in _INSTRUCTION)


OMITTED = "[zin weggelaten: een instructie in het document]"


def without_instructions(text: str) -> str:
    """``text`` with every instruction sentence replaced by :data:`OMITTED` (for what an LLM reads)."""
    from ..ingest.chunk import sentence_spans

    out, last = [], 0
    for s, e in sentence_spans(text):
        if is_instruction(text[s:e]):
            out.append(text[last:s] + OMITTED)
            last = e
    return "".join(out) + text[last:] if out else text


# --- contradiction with the verdict ---------------------------------------------------------------------------

_NEGATION = re.compile(r"\b(?:niet|geen|nooit|nergens|mag niet|is niet|verboden|uitgesloten|not|never|no)\b", re.I)
_AFFIRMS = re.compile(
    r"^\W*(?:ja|yes)\b[\s,.!:]"
    r"|\b(?:mag|mogen|kunt|kan|can|may)\b[^.!?]{0,40}?\b(?:alles|altijd|onbeperkt|zonder (?:meer|voorwaarden|"
    r"beperking)|everything|always)\b"
    r"|\b(?:altijd|onbeperkt|zonder (?:meer|voorwaarden|beperking)|altijd en overal)\b[^.!?]{0,30}?"
    r"\b(?:toegestaan|declarabel|te declareren|vergoed|mogelijk|allowed)\b"
    r"|\b(?:alles|everything)\b[^.!?]{0,20}?\b(?:declareren|declarabel|vergoed|toegestaan|allowed)\b",
    re.I)
_DENIES = re.compile(r"^\W*(?:nee|no)\b[\s,.!:]|\b(?:nooit|never)\b[^.!?]{0,30}?\b(?:toegestaan|declarabel|te "
                     r"declareren|vergoed|mogelijk|allowed)\b|\b(?:is|zijn) (?:altijd )?(?:verboden|uitgesloten)\b",
                     re.I)


def _stance(sentence: str) -> str | None:
    """'yes' for a sweeping yes ("Ja, …", "u mag alles declareren"), 'no' for a sweeping no, else None."""
    text = collapse_ws(sentence)
    if _DENIES.search(text):
        return "no"
    found = _AFFIRMS.search(text)
    if found is None:
        return None
    # "kan niet altijd …", "het is niet zo dat u alles mag declareren": a negated sweep says nothing sweeping
    if _NEGATION.search(text[max(0, found.start() - 25): found.end()]):
        return None
    return "yes"


def _verdict_quotes(verdict: Mapping[str, Any]) -> list[str]:
    quotes: list[str] = []
    for v in [verdict, *verdict.get("parts", [])]:
        for c in v.get("citations", []):
            quotes.append(collapse_ws(str(c.get("quote", ""))))
        for cond in [*v.get("conditions", []), *v.get("provisos", [])]:
            for c in cond.get("citations", []):
                quotes.append(collapse_ws(str(c.get("quote", ""))))
    return [q for q in quotes if q]


def conflicts(verdict: Mapping[str, Any] | None, supporting: Iterable[str]) -> list[str]:
    """The quoted sentences (``supporting``) that contradict the verdict's outcome; [] without a verdict.

    A sentence that quotes the verdict's own rule sources is never a conflict."""
    if not verdict:
        return []
    outcome = verdict.get("outcome")
    if outcome not in ("yes", "no", "unknown"):
        return []
    own = _verdict_quotes(verdict)
    out: list[str] = []
    for s in supporting:
        text = collapse_ws(s)
        if not text or any(text in q or q in text for q in own):
            continue
        stance = _stance(text)
        if stance is None:
            continue
        if (outcome in ("no", "unknown") and stance == "yes") or (outcome == "yes" and stance == "no"):
            out.append(text)
    return out


def conflict_notices(verdict: Mapping[str, Any] | None, citations: Iterable[Any]) -> list[str]:
    """The notice for an answer whose quoted sentences contradict the verdict (one hook for chat.py).

    ``citations``: :class:`assistant.types.Citation` objects (their ``supporting`` sentence is what is quoted)."""
    clashing = conflicts(verdict, [getattr(c, "supporting", "") for c in citations])
    if not clashing:
        return []
    numbers = [str(c.n) for c in citations if collapse_ws(getattr(c, "supporting", "")) in clashing]
    where = f" ([{'], ['.join(numbers)}])" if numbers else ""
    return [f"{CONFLICT_NOTICE}{where}: de uitkomst van de regelcheck gaat voor; controleer de bron zelf."]
