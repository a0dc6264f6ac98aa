"""Three-valued (Kleene) evaluation of rule versions, and the choice of version by date.

``True`` / ``False`` / ``None`` stand for met / unmet / unknown. ``all`` is unmet as
soon as one part is unmet, else unknown if one part is unknown, else met; ``any``
mirrors it. A missing fact makes its leaf unknown: nothing is ever defaulted.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from typing import Any

from ..types import DocumentMeta, format_date_nl
from .model import (
    CitationOut,
    Cite,
    ConditionOut,
    Expr,
    MissingFact,
    OutcomeT,
    ReasonT,
    Rule,
    SupersededOut,
    Verdict,
    Version,
    describe_when,
    fact_ask_nl,
    fact_values,
)

Tri = bool | None

YEAR_FACT = "year"
YEAR_ASK = "Voor welk jaar?"


# --------------------------------------------------------------------------- Kleene logic


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


# --------------------------------------------------------------------------- one version


class Evaluator:
    """Turns a rule, facts and a time into a :class:`Verdict`."""

    def __init__(self, docs: dict[str, DocumentMeta]) -> None:
        self.docs = docs

    # -- citations
    def cite_out(self, cite: Cite) -> CitationOut:
        meta = self.docs[cite.doc]
        return CitationOut(doc_id=cite.doc, title=meta.title, date=meta.date.isoformat(), section=cite.section, quote=cite.quote)

    def _cites(self, cites: Iterable[Cite]) -> tuple[CitationOut, ...]:
        seen: dict[tuple[str, str], CitationOut] = {}
        for c in cites:
            seen.setdefault((c.doc, c.quote), self.cite_out(c))
        return tuple(seen.values())

    def _superseded(self, version: Version) -> tuple[SupersededOut, ...]:
        out = []
        for sup in version.supersedes:
            by = self.docs[sup.by]
            out.append(SupersededOut(citation=self.cite_out(sup), superseded_by=f"{by.title} ({by.date_nl})"))
        return tuple(out)

    # -- evaluation
    def evaluate_version(
        self, rule: Rule, version: Version, facts: dict[str, Any], *, as_of: date | None, period: tuple[date, date | None] | None
    ) -> Verdict:
        base: dict[str, Any] = {
            "rule_id": rule.id,
            "question_nl": rule.question_nl,
            "as_of": as_of,
            "period": period,
            "version": version.id,
            "superseded": self._superseded(version),
            "facts": dict(facts),
        }
        when = describe_when(as_of, period)
        provisos = tuple(
            ConditionOut(id=p.id, text_nl=p.text_nl, status="unknown", citations=self._cites(p.cite)) for p in version.provisos
        )
        if version.status in ("open", "conflict"):
            reason: ReasonT = "open_in_sources" if version.status == "open" else "conflict"
            lead = "de bronnen laten dit open" if version.status == "open" else "de bronnen spreken elkaar tegen"
            summary = f"Onbekend: {lead} ({when})" + (f" — {version.note_nl}" if version.note_nl else "") + "."
            return Verdict(
                outcome="unknown", reason=reason, summary_nl=summary, citations=self._cites(version.cite), **base
            )

        cond_results = [(c, eval_expr(c.test, facts)) for c in version.conditions]
        conds_out = tuple(
            ConditionOut(id=c.id, text_nl=c.text_nl, status=_status(r), citations=self._cites(c.cite)) for c, r in cond_results
        )
        open_results = [(c, eval_expr(c.test, facts)) for c in version.open_if]

        if version.outcome is not None:
            core: Tri = version.outcome == "yes"
        elif version.combine == "all":
            core = k_all(r for _, r in cond_results)
        else:
            core = k_any(r for _, r in cond_results)

        opened = [c for c, r in open_results if r is True]
        if opened:
            cites = self._cites([*version.cite, *(x for c in opened for x in c.cite)])
            summary = f"Onbekend: de bronnen laten dit open ({when}) — {opened[0].text_nl}."
            return Verdict(
                outcome="unknown", reason="open_in_sources", summary_nl=summary, conditions=conds_out,
                citations=cites, **base,
            )
        open_unknown = [c for c, r in open_results if r is None]
        if core is not None and not open_unknown:
            outcome: OutcomeT = "yes" if core else "no"
            if version.outcome is not None:
                deciding = list(version.cite)
            elif core:
                deciding = [*version.cite, *(x for c, r in cond_results if r is True for x in c.cite)]
            else:
                deciding = [*version.cite, *(x for c, r in cond_results if r is False for x in c.cite)]
            return Verdict(
                outcome=outcome,
                reason="none",
                summary_nl=self._summary_decided(version, outcome, cond_results, provisos, when),
                conditions=conds_out,
                citations=self._cites(deciding),
                provisos=provisos if outcome == "yes" else (),
                **base,
            )

        # unknown for lack of facts: ask only what could decide
        names: list[str] = []
        if core is None:
            for e in (c.test for c, r in cond_results if r is None):
                for f in deciding_facts(e, facts):
                    if f not in names:
                        names.append(f)
        for c in open_unknown:
            for f in deciding_facts(c.test, facts):
                if f not in names:
                    names.append(f)
        names.sort(key=lambda n: rule.facts.index(n) if n in rule.facts else len(rule.facts))
        missing = tuple(self.missing(rule, n) for n in names)
        asks = " ".join(m.ask_nl for m in missing[:2])
        # Nothing unmet, only unknowns: say what the answer is if they hold ("Ja, mits …"), and keep it unknown.
        pending = [c.text_nl for c, r in cond_results if r is None]
        if_met: OutcomeT | None = None
        summary = f"Onbekend: nog niet te zeggen — {asks}"
        if (version.outcome is None and version.combine == "all" and not open_unknown and pending
                and all(r is not False for _, r in cond_results)):
            if_met = "yes"
            summary = (f"Ja, {when} — mits " + "; ".join(_lc(t) for t in pending)
                       + f"; anders niet. Dat kan ik nog niet vaststellen: {asks}")
        return Verdict(
            outcome="unknown",
            reason="missing_fact",
            summary_nl=summary,
            if_met=if_met,
            conditions=conds_out,
            missing_facts=missing,
            citations=self._cites(version.cite),
            **base,
        )

    def missing(self, rule: Rule, name: str) -> MissingFact:
        if name == YEAR_FACT:
            return MissingFact(fact=YEAR_FACT, ask_nl=YEAR_ASK, values=())
        scope = rule.scope.get(name)
        values = tuple(str(v) for v in scope) if scope else tuple(fact_values(name))
        return MissingFact(fact=name, ask_nl=fact_ask_nl(name), values=values)

    def _summary_decided(
        self,
        version: Version,
        outcome: OutcomeT,
        cond_results: list[tuple[Any, Tri]],
        provisos: tuple[ConditionOut, ...],
        when: str,
    ) -> str:
        if outcome == "yes":
            mits = [c.text_nl for c, r in cond_results if r is True]
            if version.combine == "any":
                mits = mits[:1]
            head = f"Ja, {when}"
            if version.note_nl:
                head += f" ({version.note_nl})"
            text = head + (" — mits " + "; ".join(_lc(m) for m in mits) if mits else "") + "."
            if provisos:
                text += " Let op: " + "; ".join(_lc(p.text_nl) for p in provisos) + "."
            return text
        unmet = [c.text_nl for c, r in cond_results if r is False]
        if version.note_nl and not unmet:
            return f"Nee, {when}: {version.note_nl}."
        if version.combine == "any":
            return f"Nee, {when}: geen van deze gevallen doet zich voor: " + "; ".join(_lc(u) for u in unmet) + "."
        return f"Nee, {when}: niet voldaan aan: " + "; ".join(_lc(u) for u in unmet) + "."

    # -- time
    def check(
        self, rule: Rule, facts: dict[str, Any], *, as_of: date | None = None, year: int | None = None
    ) -> Verdict:
        if as_of is not None:
            version = rule.version_at(as_of)
            if version is None:
                return self._no_version(rule, facts, as_of=as_of, period=None)
            return self.evaluate_version(rule, version, facts, as_of=as_of, period=None)
        if year is not None:
            return self._check_year(rule, facts, year)
        return self._check_timeless(rule, facts)

    def _no_version(
        self, rule: Rule, facts: dict[str, Any], *, as_of: date | None, period: tuple[date, date | None] | None
    ) -> Verdict:
        first = min(v.valid_from for v in rule.versions)
        ends = [v.valid_to for v in rule.versions]
        last = None if any(e is None for e in ends) else max(e for e in ends if e is not None)
        span = f"{format_date_nl(first)} t/m {format_date_nl(last)}" if last else f"vanaf {format_date_nl(first)}"
        return Verdict(
            rule_id=rule.id,
            question_nl=rule.question_nl,
            as_of=as_of,
            period=period,
            outcome="unknown",
            reason="no_version",
            summary_nl=f"Onbekend: de bronnen geven voor deze vraag geen regel {describe_when(as_of, period)} "
            f"(de regel dekt {span}).",
            facts=dict(facts),
        )

    def _check_year(self, rule: Rule, facts: dict[str, Any], year: int) -> Verdict:
        start, end = date(year, 1, 1), date(year, 12, 31)
        segments: list[tuple[date, date, Version | None]] = []
        cursor = start
        while cursor <= end:
            version = rule.version_at(cursor)
            if version is not None:
                seg_end = min(end, version.valid_to or end)
            else:
                nexts = [v.valid_from for v in rule.versions if v.valid_from > cursor]
                seg_end = min(end, min(nexts) - timedelta(days=1)) if nexts else end
            segments.append((cursor, seg_end, version))
            cursor = seg_end + timedelta(days=1)
        parts = [
            self.evaluate_version(rule, v, facts, as_of=None, period=(s, e))
            if v is not None
            else self._no_version(rule, facts, as_of=None, period=(s, e))
            for s, e, v in segments
        ]
        if len(parts) == 1:
            return parts[0]
        outcomes = {p.outcome for p in parts}
        period = (start, end)
        if len(outcomes) == 1 and outcomes != {"unknown"}:
            first = parts[0]
            return Verdict(
                rule_id=rule.id, question_nl=rule.question_nl, period=period, outcome=first.outcome, reason="none",
                summary_nl=f"{'Ja' if first.outcome == 'yes' else 'Nee'}, in {year} (in alle deelperiodes gelijk).",
                conditions=first.conditions, citations=_merge_cites(parts), superseded=_merge_sup(parts),
                provisos=first.provisos, parts=tuple(parts), facts=dict(facts),
            )
        return Verdict(
            rule_id=rule.id, question_nl=rule.question_nl, period=period, outcome="unknown", reason="split_year",
            summary_nl=f"Onbekend: het antwoord verschilt binnen {year} — zie de deelperiodes.",
            citations=_merge_cites(parts), superseded=_merge_sup(parts), parts=tuple(parts), facts=dict(facts),
            missing_facts=_merge_missing(parts),
        )

    def _check_timeless(self, rule: Rule, facts: dict[str, Any]) -> Verdict:
        parts = [
            self.evaluate_version(rule, v, facts, as_of=None, period=(v.valid_from, v.valid_to)) for v in rule.versions
        ]
        if len(parts) == 1:
            return parts[0]
        outcomes = {p.outcome for p in parts}
        start = min(v.valid_from for v in rule.versions)
        ends = [v.valid_to for v in rule.versions]
        end = None if any(e is None for e in ends) else max(e for e in ends if e is not None)
        if len(outcomes) == 1 and outcomes != {"unknown"}:
            first = parts[0]
            when = describe_when(None, (start, end))
            return Verdict(
                rule_id=rule.id, question_nl=rule.question_nl, period=(start, end), outcome=first.outcome,
                reason="none",
                summary_nl=f"{'Ja' if first.outcome == 'yes' else 'Nee'}, {when} (in elke periode gelijk).",
                conditions=first.conditions, citations=_merge_cites(parts), superseded=_merge_sup(parts),
                provisos=first.provisos, parts=tuple(parts), facts=dict(facts),
            )
        missing = (self.missing(rule, YEAR_FACT), *(m for m in _merge_missing(parts)))
        return Verdict(
            rule_id=rule.id, question_nl=rule.question_nl, period=(start, end), outcome="unknown",
            reason="missing_fact",
            summary_nl=f"Onbekend: nog niet te zeggen — {YEAR_ASK} Het antwoord verschilt per periode.",
            missing_facts=missing, citations=_merge_cites(parts), superseded=_merge_sup(parts), parts=tuple(parts),
            facts=dict(facts),
        )


def _status(r: Tri) -> Any:
    return "met" if r is True else "unmet" if r is False else "unknown"


def _lc(text: str) -> str:
    text = text.rstrip(".")
    if len(text) > 1 and text[0].isupper() and text[1].islower():
        return text[0].lower() + text[1:]
    return text


def _merge_cites(parts: list[Verdict]) -> tuple[CitationOut, ...]:
    seen: dict[tuple[str, str], CitationOut] = {}
    for p in parts:
        for c in p.citations:
            seen.setdefault((c.doc_id, c.quote), c)
    return tuple(seen.values())


def _merge_sup(parts: list[Verdict]) -> tuple[SupersededOut, ...]:
    seen: dict[str, SupersededOut] = {}
    for p in parts:
        for s in p.superseded:
            seen.setdefault(s.citation.quote, s)
    return tuple(seen.values())


def _merge_missing(parts: list[Verdict]) -> tuple[MissingFact, ...]:
    seen: dict[str, MissingFact] = {}
    for p in parts:
        for m in p.missing_facts:
            seen.setdefault(m.fact, m)
    return tuple(seen.values())
