"""Three-valued (Kleene) evaluation of one rule version: no wording, no dates, no citations.

``True`` / ``False`` / ``None`` stand for met / unmet / unknown. ``all`` is unmet as soon as one
part is unmet, else unknown if one part is unknown, else met; ``any`` mirrors it. A missing fact
makes its leaf unknown: nothing is ever defaulted. :func:`evaluate` returns an :class:`Evaluation`
that :mod:`assistant.rules.wording` turns into Dutch.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Literal

from .model import Condition, Expr, Version

Tri = bool | None


def k_all(values: Iterable[Tri]) -> Tri:
    vals = list(values)
    if any(v is False for v in vals):
        return False
    if any(v is None for v in vals):
        return None
    return True


def k_any(values: Iterable[Tri]) -> Tri:
    vals = list(values)
    if any(v is True for v in vals):
        return True
    if any(v is None for v in vals):
        return None
    return False


def k_not(value: Tri) -> Tri:
    return None if value is None else not value


def eval_expr(expr: Expr, facts: dict[str, Any]) -> Tri:
    if expr.all_ is not None:
        return k_all(eval_expr(e, facts) for e in expr.all_)
    if expr.any_ is not None:
        return k_any(eval_expr(e, facts) for e in expr.any_)
    if expr.not_ is not None:
        return k_not(eval_expr(expr.not_, facts))
    for op in ("eq", "lte", "gte"):
        leaf = getattr(expr, op)
        if leaf is None:
            continue
        left = facts.get(leaf.fact)
        right = facts.get(leaf.ref) if leaf.ref else leaf.value
        if left is None or right is None:
            return None
        if op == "eq":
            return bool(left == right)
        return bool(left <= right) if op == "lte" else bool(left >= right)
    if expr.in_ is not None:
        value = facts.get(expr.in_.fact)
        return None if value is None else value in expr.in_.values
    if expr.between is not None:
        value = facts.get(expr.between.fact)
        return None if value is None else bool(expr.between.min <= value <= expr.between.max)
    raise AssertionError("lege expressie")  # the schema makes this unreachable


def deciding_facts(expr: Expr, facts: dict[str, Any]) -> list[str]:
    """Unknown facts that could still change an unknown result (docassemble-style asking)."""
    if eval_expr(expr, facts) is not None:
        return []
    out: list[str] = []
    children = (expr.all_ or []) + (expr.any_ or []) + ([expr.not_] if expr.not_ else [])
    if children:
        for child in children:
            for f in deciding_facts(child, facts):
                if f not in out:
                    out.append(f)
        return out
    return [f for f in expr.facts() if facts.get(f) is None]


Kind = Literal["decided", "open", "opened", "missing"]


@dataclass(frozen=True)
class Evaluation:
    """What one version says for these facts, before any wording."""

    kind: Kind  # decided: yes/no; open: the version itself is open/conflict; opened: an open_if holds; missing
    core: Tri
    results: tuple[tuple[Condition, Tri], ...]
    open_results: tuple[tuple[Condition, Tri], ...]
    missing: tuple[str, ...] = ()  # unknown facts that could change the outcome, most decisive first
    if_met: bool = False  # nothing unmet, only unknowns: a yes once they hold

    @property
    def outcome(self) -> Literal["yes", "no", "unknown"]:
        if self.kind != "decided":
            return "unknown"
        return "yes" if self.core else "no"

    @property
    def opened(self) -> list[Condition]:
        return [c for c, r in self.open_results if r is True]


def core_of(version: Version, facts: dict[str, Any]) -> Tri:
    if version.outcome is not None:
        return version.outcome == "yes"
    results = [eval_expr(c.test, facts) for c in version.conditions]
    return k_all(results) if version.combine == "all" else k_any(results)


def outcome_of(version: Version, facts: dict[str, Any]) -> Tri | str:
    """True / False / None, or "open" when an open_if holds (for ranking what to ask)."""
    if version.status != "decided":
        return "open"
    opens = [eval_expr(c.test, facts) for c in version.open_if]
    if any(o is True for o in opens):
        return "open"
    core = core_of(version, facts)
    return None if core is None or any(o is None for o in opens) else core


def evaluate(version: Version, facts: dict[str, Any], domains: dict[str, list[Any]], order: list[str]) -> Evaluation:
    """Evaluate ``version``; ``domains`` (values per fact, for ranking) and ``order`` (tie-break) rank the asks."""
    if version.status in ("open", "conflict"):
        return Evaluation("open", None, (), ())
    results = tuple((c, eval_expr(c.test, facts)) for c in version.conditions)
    open_results = tuple((c, eval_expr(c.test, facts)) for c in version.open_if)
    core = core_of(version, facts)
    if any(r is True for _, r in open_results):
        return Evaluation("opened", core, results, open_results)
    open_unknown = [c for c, r in open_results if r is None]
    if core is not None and not open_unknown:
        return Evaluation("decided", core, results, open_results)
    names: list[str] = []
    exprs = [c.test for c, r in results if r is None] if core is None else []
    for e in [*exprs, *(c.test for c in open_unknown)]:
        for f in deciding_facts(e, facts):
            if f not in names:
                names.append(f)
    ranked = rank_missing(version, facts, names, domains, order)
    if_met = (version.outcome is None and version.combine == "all" and not open_unknown
              and any(r is None for _, r in results) and all(r is not False for _, r in results))
    return Evaluation("missing", core, results, open_results, tuple(ranked), if_met)


def rank_missing(version: Version, facts: dict[str, Any], names: list[str], domains: dict[str, list[Any]],
                 order: list[str]) -> list[str]:
    """Most decisive first: the share of a fact's possible values that settle the outcome on their own
    (a "nee" that ends an ``all`` beats a fact that only narrows it); ties keep the rule's fact order."""

    def score(name: str) -> float:
        values = domains.get(name) or []
        if not values:
            return 0.0
        settled = sum(1 for v in values if outcome_of(version, {**facts, name: v}) is not None)
        return settled / len(values)

    def pos(name: str) -> int:
        return order.index(name) if name in order else len(order)

    return sorted(names, key=lambda n: (-score(n), pos(n)))
