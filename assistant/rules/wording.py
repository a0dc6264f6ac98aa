"""Dutch wording of an :class:`~assistant.rules.logic.Evaluation`: the summary and the answer phrasing.

"Ja, …, omdat …" when every condition holds (the condition in subordinate word order: the finite verb
last, :func:`because_clause`, or the condition's ``omdat_nl``), "Ja, …, mits …" (the same word order) only while facts are missing, a "Nee" names the fact value that fails,
alternatives are "één van: …". No logic is decided here.
"""

from __future__ import annotations

import re
from typing import Any

from ..types import format_date_nl
from .logic import Evaluation, Tri
from .model import Condition, Rule, Version, fact_label_nl, value_nl


# Finite verbs of the condition texts (main clauses: the finite verb is the second constituent). "omdat" needs
# the subordinate word order: the finite verb moves to the end of its clause ("de doelgroep is Korsakov" ->
# "omdat de doelgroep Korsakov is"); a modal stays before its infinitive ("iemand kan bij de cliënt zijn" ->
# "iemand bij de cliënt kan zijn").
def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


FINITE = _words(
    "is zijn was waren heeft hebben had hadden wordt worden werd gaat gaan kan kunnen mag mogen moet moeten "
    "duurt begint levert leveren biedt bieden doet doen verzorgt voorziet werkt blijft blijven ligt verblijft woont "
    "krijgt kreeg bleek bleken oordeelt beschikken beschikt valt vallen komt staat hoort wacht verleent"
)
MODALS = _words("kan kunnen mag mogen moet moeten zal zullen")
_TRAILING_PAREN = re.compile(r"\s*\([^()]*\)$")
# a clause ends at ";", ":", " — ", or at ", " before a lower-case word that is not an article (", niet om …",
# ", boven op …"); ", LG4" and ", een gedragsdeskundige" continue a list
_CLAUSE_BREAK = re.compile(r";\s|:\s|\s—\s|,\s(?=(?!een\b|de\b|het\b)[a-zà-ÿ])")


_PARTICIPLE = re.compile(r"(?:aan|toe|in|op|uit|af|mee|bij|vast)?ge\w+(?:d|t|en)|betrokken|begonnen|vergoed|verlengd")
_CLAUSE_START = _words("de het een uw onze zijn haar hun er hij zij ze die dat")


def _verb_last(clause: str) -> str | None:
    words = clause.split()
    for i, w in enumerate(words[1:], 1):
        if w in FINITE:
            rest = words[:i] + words[i + 1 :]
            if w in MODALS and len(rest) > i and (rest[-1].endswith("en") or rest[-1] == "zijn"):
                return " ".join([*rest[:-1], w, rest[-1]])  # "… kan bij de cliënt zijn"
            if i < len(rest) - 1 and _PARTICIPLE.fullmatch(rest[i]):  # "is toegelaten voor behandeling"
                return " ".join([*rest[:i], *rest[i + 1 :], rest[i], w])
            return " ".join([*rest, w])
    return None


def because_clause(text: str) -> str | None:
    """``text`` (a main clause) as a subordinate clause after "omdat"; None when no finite verb is found."""
    body = text.rstrip(".")
    tail = ""
    if m := _TRAILING_PAREN.search(body):
        body, tail = body[: m.start()], body[m.start() :]
    cut = _CLAUSE_BREAK.search(body)
    main, rest = (body[: cut.start()], body[cut.start() :]) if cut else (body, "")
    # two coordinated clauses ("… heeft een indicatie en uw organisatie verleent die"): each gets the verb last
    parts = re.split(r"\s(?=en\s)", main)
    out: list[str] = []
    for j, part in enumerate(parts):
        words = part.split()
        if j and (len(words) < 2 or not any(w in FINITE for w in words[1:])
                  or not (words[1] in FINITE or words[1].lower() in _CLAUSE_START)):
            out[-1] += " " + part  # "… een gedragsdeskundige en begeleiders …": no clause of its own
            continue
        out.append(part)
    moved: list[str] = []
    for j, part in enumerate(out):
        lead = ""
        if j:
            lead, part = "en ", part[3:]
            if part.split()[0] in FINITE:  # "en wacht op plaats": the subject is shared
                words = part.split()
                moved.append(lead + " ".join([*words[1:], words[0]]))
                continue
        turned = _verb_last(part)
        if turned is None:
            return None
        moved.append(lead + turned)
    return lc(" ".join(moved)) + rest + tail


def because_nl(cond: Condition) -> str:
    """The condition after "omdat" (its ``omdat_nl`` when the YAML gives one)."""
    if cond.omdat_nl:
        return cond.omdat_nl
    return because_clause(cond.text_nl) or lc(cond.text_nl)


def lc(text: str) -> str:
    text = text.rstrip(".")
    if len(text) > 1 and text[0].isupper() and text[1].islower():
        return text[0].lower() + text[1:]
    return text


def stand_nl(stand: Any) -> str:
    return f"de bronnen tot en met {format_date_nl(stand)}" if stand is not None else "de bronnen"


def values_nl(cond: Condition, facts: dict[str, Any]) -> list[tuple[str, str]]:
    """(label, value) of the known facts a condition reads, e.g. ("LVHC-doelgroep", "NAH+ (…)")."""
    out = []
    for name in cond.test.facts():
        if facts.get(name) is not None:
            out.append((fact_label_nl(name), value_nl(name, facts[name])))
    return out


def _given(cond: Condition, facts: dict[str, Any]) -> str:
    vals = values_nl(cond, facts)
    return "; ".join(f"{label}: {value}" for label, value in vals)


def summary(rule: Rule, version: Version, ev: Evaluation, facts: dict[str, Any], when: str, stand: Any,
            asks: list[str], provisos: list[str]) -> str:
    if ev.kind == "open":
        lead = "laten dit open" if version.status == "open" else "spreken elkaar tegen"
        note = f" — {version.note_nl}" if version.note_nl else ""
        return f"Onbekend ({when}): {stand_nl(stand)} {lead}{note}."
    if ev.kind == "opened":
        return f"Onbekend ({when}): {stand_nl(stand)} laten dit open — {lc(ev.opened[0].text_nl)}."
    if ev.kind == "missing":
        need = ", ".join(asks[:1])
        if ev.if_met:
            pending = [because_nl(c) for c, r in ev.results if r is None]
            return f"Ja, {when}, mits " + "; en mits ".join(pending) + f". Anders niet. Eerst nodig: {need}."
        return f"Onbekend ({when}): nog niet te zeggen. Eerst nodig: {need}."
    return decided(rule, version, ev, facts, when, provisos)


def decided(rule: Rule, version: Version, ev: Evaluation, facts: dict[str, Any], when: str, provisos: list[str]) -> str:
    yes = bool(ev.core)
    answer = rule.answer_nl.get("yes" if yes else "no", "")
    head = f"{answer}, {when}" if answer else f"{'Ja' if yes else 'Nee'}, {when}"
    if version.outcome is not None:
        text = head + (f": {version.note_nl}" if version.note_nl else "") + "."
    elif yes:
        met = [c for c, r in ev.results if r is True]
        if version.combine == "any":
            met = met[:1]
        text = head + ", omdat " + "; en omdat ".join(because_nl(c) for c in met) + "."
        if version.note_nl:
            text += f" ({version.note_nl})"
    else:
        unmet = [c for c, r in ev.results if r is False]
        if version.combine == "any":
            given = "; ".join(x for x in dict.fromkeys(_given(c, facts) for c in unmet) if x)
            text = head + (f": {given}" if given else "") + ". Geen van deze gevallen doet zich voor — één van: " + \
                "; ".join(lc(c.text_nl) for c in unmet) + "."
        else:
            bits = []
            for c in unmet:
                given = _given(c, facts)
                bits.append((f"{given} — " if given else "") + f"voldoet niet aan: {lc(c.text_nl)}")
            text = head + ": " + "; ".join(bits) + "."
    if yes and provisos:
        text += " Let op: " + "; ".join(lc(p) for p in provisos) + "."
    return text


def status(r: Tri) -> Any:
    return "met" if r is True else "unmet" if r is False else "unknown"
