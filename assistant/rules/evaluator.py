"""Rule versions in time: which version applies to a zorgjaar (or day) given the stand van de bronnen.

Two dates, named apart: the *zorgjaar* (``year``, or one day ``on``) says which period's rules apply;
the *stand van de bronnen* (``stand``) says which sources exist — only documents dated on or before
it. A version rests on the sources its conditions cite (:meth:`Evaluator.known_from`); a version
whose sources lie after the stand does not exist yet, and an earlier ``fallback`` version (what the
older sources said, often "open") or no version at all takes its place. No verdict quotes, cites or
supersedes with a document dated after its stand. The Kleene logic is :mod:`.logic`, the Dutch
wording :mod:`.wording`.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from typing import Any

from ..types import DocumentMeta, format_date_nl
from . import wording
from .logic import Evaluation, evaluate
from .model import (
    ALL_PROFILES,
    CitationOut,
    Cite,
    ConditionOut,
    MissingFact,
    ReasonT,
    Rule,
    SupersededOut,
    Verdict,
    Version,
    describe_when,
    fact_ask_nl,
    fact_label_nl,
    fact_type,
    fact_values,
)


class Evaluator:
    """Turns a rule, facts, a zorgjaar and a stand into a :class:`Verdict`."""

    def __init__(self, docs: dict[str, DocumentMeta]) -> None:
        self.docs = docs
        self._known: dict[int, date] = {}

    # -- sources in time
    def known_from(self, version: Version) -> date:
        """The date of the latest source the version's answer rests on: it exists from then on."""
        key = id(version)
        if key not in self._known:
            cites = version.deciding_cites()
            self._known[key] = max((self.docs[c.doc].date for c in cites), default=date.min)
        return self._known[key]

    def select(self, rule: Rule, day: date, stand: date) -> Version | None:
        """The version in force on ``day`` that the sources up to ``stand`` give (the latest-founded one)."""
        hits = [v for v in rule.versions if v.in_force(day) and self.known_from(v) <= stand]
        return max(hits, key=self.known_from) if hits else None

    def visible(self, doc_id: str, stand: date) -> bool:
        return self.docs[doc_id].date <= stand

    def cite_out(self, cite: Cite) -> CitationOut:
        meta = self.docs[cite.doc]
        return CitationOut(doc_id=cite.doc, title=meta.title, date=meta.date.isoformat(), section=cite.section, quote=cite.quote)

    def _cites(self, cites: Iterable[Cite], stand: date) -> tuple[CitationOut, ...]:
        seen: dict[tuple[str, str], CitationOut] = {}
        for c in cites:
            if self.visible(c.doc, stand):
                seen.setdefault((c.doc, c.quote), self.cite_out(c))
        return tuple(seen.values())

    def _superseded(self, version: Version, stand: date) -> tuple[SupersededOut, ...]:
        out = []
        for sup in version.supersedes:
            if not (self.visible(sup.by, stand) and self.visible(sup.doc, stand)):
                continue
            by = self.docs[sup.by]
            out.append(SupersededOut(citation=self.cite_out(sup), superseded_by=f"{by.title} ({by.date_nl})"))
        return tuple(out)

    # -- one version
    def domains(self, rule: Rule) -> dict[str, list[Any]]:
        out: dict[str, list[Any]] = {}
        for name in rule.facts:
            if name in rule.scope:
                out[name] = list(rule.scope[name])
            elif fact_type(name) == "bool":
                out[name] = [True, False]
            elif fact_type(name) == "profile":
                out[name] = list(ALL_PROFILES)
            else:
                out[name] = list(fact_values(name))
        return out

    def evaluate_version(
        self, rule: Rule, version: Version, facts: dict[str, Any], *, on: date | None,
        period: tuple[date, date | None] | None, stand: date, year: int | None = None,
    ) -> Verdict:
        ev = evaluate(version, facts, self.domains(rule), rule.facts)
        when = describe_when(on, period)
        provisos = tuple(
            ConditionOut(id=p.id, text_nl=p.text_nl, status="unknown", citations=cites)
            for p in version.provisos
            if (cites := self._cites(p.cite, stand))
        )
        missing = tuple(self.missing(rule, n) for n in ev.missing)
        summary = wording.summary(rule, version, ev, facts, when, stand, [fact_label_nl(m) for m in ev.missing],
                                  [p.text_nl for p in provisos])
        reason: ReasonT = {"open": "open_in_sources" if version.status == "open" else "conflict",
                           "opened": "open_in_sources", "missing": "missing_fact", "decided": "none"}[ev.kind]
        outcome = ev.outcome
        return Verdict(
            rule_id=rule.id, question_nl=rule.question_nl, outcome=outcome, reason=reason, summary_nl=summary,
            on=on, period=period, version=version.id, conditions=self._conditions(version, ev, facts, stand),
            missing_facts=missing, superseded=self._superseded(version, stand),
            citations=self._cites(self._deciding(version, ev), stand),
            provisos=provisos if outcome == "yes" else (), facts=dict(facts),
            if_met="yes" if ev.if_met else None, stand=stand, year=year,
            answer_nl=rule.answer_nl.get(outcome, "") if outcome in ("yes", "no") else "",
            answer_en=rule.answer_en.get(outcome, "") if outcome in ("yes", "no") else "",
            version_valid=(version.valid_from, version.valid_to),
        )

    def _conditions(self, version: Version, ev: Evaluation, facts: dict[str, Any], stand: date) -> tuple[ConditionOut, ...]:
        alternative = version.combine == "any" and len(ev.results) > 1
        out = []
        for c, r in ev.results:
            out.append(ConditionOut(
                id=c.id, text_nl=c.text_nl, status=wording.status(r), citations=self._cites(c.cite, stand),
                alternative=alternative, greyed=alternative and r is False and ev.outcome != "no",
                values=tuple(wording.values_nl(c, facts)),
            ))
        return tuple(out)

    @staticmethod
    def _deciding(version: Version, ev: Evaluation) -> list[Cite]:
        if ev.kind == "open":
            return list(version.cite)
        if ev.kind == "opened":
            return [*version.cite, *(x for c in ev.opened for x in c.cite)]
        if ev.kind == "missing" or version.outcome is not None:
            return list(version.cite)
        want = bool(ev.core)
        return [*version.cite, *(x for c, r in ev.results if r is want for x in c.cite)]

    def missing(self, rule: Rule, name: str) -> MissingFact:
        scope = rule.scope.get(name)
        values = tuple(str(v) for v in scope) if scope else tuple(fact_values(name))
        return MissingFact(fact=name, ask_nl=fact_ask_nl(name), values=values)

    # -- time
    def check(
        self, rule: Rule, facts: dict[str, Any], *, stand: date, year: int | None = None, on: date | None = None
    ) -> Verdict:
        if on is not None:
            version = self.select(rule, on, stand)
            if version is None:
                return self._no_version(rule, facts, on=on, period=None, stand=stand, year=on.year)
            return self.evaluate_version(rule, version, facts, on=on, period=None, stand=stand, year=on.year)
        return self._check_year(rule, facts, stand.year if year is None else year, stand)

    def _no_version(
        self, rule: Rule, facts: dict[str, Any], *, on: date | None, period: tuple[date, date | None] | None,
        stand: date, year: int | None,
    ) -> Verdict:
        when = describe_when(on, period)
        day = on or (period[0] if period else stand)
        later = [v for v in rule.versions if v.in_force(day)]
        if later:  # a version exists, but only in sources after the stand
            first = min(self.known_from(v) for v in later)
            summary = (f"Onbekend ({when}): {wording.stand_nl(stand)} zeggen hier nog niets over "
                       f"(de eerste bron erover is van {format_date_nl(first)}).")
        else:
            first_day = min(v.valid_from for v in rule.versions)
            ends = [v.valid_to for v in rule.versions]
            last = None if any(e is None for e in ends) else max(e for e in ends if e is not None)
            span = f"{format_date_nl(first_day)} t/m {format_date_nl(last)}" if last else f"vanaf {format_date_nl(first_day)}"
            summary = f"Onbekend: de bronnen geven voor deze vraag geen regel {when} (de regel dekt {span})."
        return Verdict(
            rule_id=rule.id, question_nl=rule.question_nl, on=on, period=period, outcome="unknown",
            reason="no_version", summary_nl=summary, facts=dict(facts), stand=stand, year=year,
        )

    def segments(self, rule: Rule, year: int, stand: date) -> list[tuple[date, date, Version | None]]:
        start, end = date(year, 1, 1), date(year, 12, 31)
        cuts = {start}
        for v in rule.versions:
            if start < v.valid_from <= end:
                cuts.add(v.valid_from)
            if v.valid_to is not None and start <= v.valid_to < end:
                cuts.add(v.valid_to + timedelta(days=1))
        bounds = sorted(cuts)
        out: list[tuple[date, date, Version | None]] = []
        for i, s in enumerate(bounds):
            e = bounds[i + 1] - timedelta(days=1) if i + 1 < len(bounds) else end
            version = self.select(rule, s, stand)
            if out and out[-1][2] is version:
                out[-1] = (out[-1][0], e, version)
            else:
                out.append((s, e, version))
        return out

    def _check_year(self, rule: Rule, facts: dict[str, Any], year: int, stand: date) -> Verdict:
        parts = [
            self.evaluate_version(rule, v, facts, on=None, period=(s, e), stand=stand, year=year)
            if v is not None
            else self._no_version(rule, facts, on=None, period=(s, e), stand=stand, year=year)
            for s, e, v in self.segments(rule, year, stand)
        ]
        if len(parts) == 1:
            return parts[0]
        outcomes = {p.outcome for p in parts}
        period = (date(year, 1, 1), date(year, 12, 31))
        common: dict[str, Any] = {
            "rule_id": rule.id, "question_nl": rule.question_nl, "period": period, "citations": _merge_cites(parts),
            "superseded": _merge_sup(parts), "parts": tuple(parts), "facts": dict(facts), "stand": stand, "year": year,
        }
        if len(outcomes) == 1 and outcomes != {"unknown"}:
            first = parts[0]
            return Verdict(
                outcome=first.outcome, reason="none",
                summary_nl=f"{'Ja' if first.outcome == 'yes' else 'Nee'}, in {year} (in alle deelperiodes gelijk).",
                conditions=first.conditions, provisos=first.provisos, answer_nl=first.answer_nl,
                answer_en=first.answer_en, **common,
            )
        return Verdict(
            outcome="unknown", reason="split_year",
            summary_nl=f"Onbekend: het antwoord verschilt binnen {year} — zie de deelperiodes.",
            missing_facts=_merge_missing(parts), **common,
        )


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
