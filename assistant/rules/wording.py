"""Dutch wording of an :class:`~assistant.rules.logic.Evaluation`: the summary and the answer phrasing.

"Ja, …, want …" when every condition holds (``want`` keeps the condition's own main-clause word
order), "Ja, … — mits: …" only while facts are missing, a "Nee" names the fact value that fails,
alternatives are "één van: …". No logic is decided here.
"""

from __future__ import annotations

from typing import Any

from ..types import format_date_nl
from .logic import Evaluation, Tri
from .model import Condition, Rule, Version, fact_label_nl, value_nl


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
            pending = [lc(c.text_nl) for c, r in ev.results if r is None]
            return f"Ja, {when} — mits: " + "; ".join(pending) + f". Anders niet. Eerst nodig: {need}."
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
        text = head + ", want " + "; en ".join(lc(c.text_nl) for c in met) + "."
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
