"""The rule schema, the typed facts and the verdict.

Rules are data (``assistant/rules/data/*.yaml``) validated by the pydantic models
below; nothing in a rule file is ever evaluated as code. A condition is a small
expression tree (``all`` / ``any`` / ``not`` / ``eq`` / ``in`` / ``lte`` / ``gte`` /
``between``) over named facts, and every condition carries its own citation.

Facts are three-valued by construction: a fact that is absent is *unknown*, never
false and never defaulted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, create_model, model_validator

from ..errors import InputError
from ..types import format_date_nl
from .registry import FactSpec, derive, registry

# --------------------------------------------------------------------------- facts


_PROFILE_RE = re.compile(
    r"^(?:VV(?:10|[1-8]|9b)|VG[1-8]|LG[1-7]|LVG[1-5]|SGLVG|ZGvis[1-5]|ZGaud[1-4]|GGZ-W[1-7])$"
)

ALL_PROFILES: tuple[str, ...] = (
    *(f"VV{n}" for n in ("1", "2", "3", "4", "5", "6", "7", "8", "9b", "10")),
    *(f"VG{n}" for n in range(1, 9)),
    *(f"LG{n}" for n in range(1, 8)),
    *(f"LVG{n}" for n in range(1, 6)),
    "SGLVG",
    *(f"ZGvis{n}" for n in range(1, 6)),
    *(f"ZGaud{n}" for n in range(1, 5)),
    *(f"GGZ-W{n}" for n in range(1, 8)),
)


def canonical_profile(value: object) -> str:
    text = re.sub(r"[\s_]+", "", str(value))
    canon = {p.lower(): p for p in ALL_PROFILES}
    key = text.lower().replace("ggzw", "ggz-w")
    if key not in canon:
        raise ValueError(f"onbekend zorgprofiel {value!r}")
    return canon[key]


REGISTRY = registry()
CLIENT_GROUP_NL: dict[str, str] = dict(REGISTRY.facts["client_group"].values)


def _field(spec: FactSpec) -> tuple[Any, Any]:
    kw: dict[str, Any] = {"description": spec.label_nl, "json_schema_extra": {"ask_nl": spec.ask_nl}}
    if spec.min is not None:
        kw["ge"] = spec.min
    if spec.max is not None:
        kw["le"] = spec.max
    ann: Any
    if spec.type == "bool":
        ann = bool
    elif spec.type == "enum":
        ann = Literal[tuple(spec.values)]
    elif spec.type in ("integer", "year"):
        ann = int
    elif spec.type == "number":
        ann = float
    elif spec.type == "date":
        ann = date
    else:
        ann = str
    return (ann | None, Field(None, **kw))


class _FactsBase(BaseModel):
    """Every fact a rule may use (fields from the registry). ``None`` = unknown; there are no defaults."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    @model_validator(mode="before")
    @classmethod
    def _profiles(cls, data: Any) -> Any:
        if isinstance(data, dict):
            for name, spec in REGISTRY.facts.items():
                if spec.type == "profile" and data.get(name) is not None:
                    data = {**data, name: canonical_profile(data[name])}
        return data

    @model_validator(mode="after")
    def _derive(self) -> Any:
        # Derived facts: only filled when the source facts are known and the derived one is absent.
        for name, spec in REGISTRY.facts.items():
            if spec.derive is None or getattr(self, name) is not None:
                continue
            value = derive(spec.derive, [getattr(self, src) for src in spec.derive.from_])
            if value is not None:
                object.__setattr__(self, name, value)
        return self

    def known(self) -> dict[str, Any]:
        return {k: v for k, v in self.model_dump().items() if v is not None}


Facts: Any = create_model("Facts", __base__=_FactsBase, **{n: _field(s) for n, s in REGISTRY.facts.items()})  # type: ignore[call-overload]

FACT_NAMES: tuple[str, ...] = tuple(REGISTRY.facts)

# Facts that are derived from others (removing a fact means removing its sources too).
DERIVED_FROM: dict[str, tuple[str, ...]] = {
    n: tuple(s.derive.from_) for n, s in REGISTRY.facts.items() if s.derive is not None
}


def fact_ask_nl(name: str) -> str:
    return REGISTRY.facts[name].ask_nl


def fact_label_nl(name: str) -> str:
    return REGISTRY.facts[name].label_nl


def fact_type(name: str) -> str:
    return REGISTRY.facts[name].type


def fact_values(name: str) -> list[str]:
    """The allowed values of an enum or boolean fact (empty for numbers, dates, free text)."""
    spec = REGISTRY.facts[name]
    if spec.type == "enum":
        return list(spec.values)
    if spec.type == "bool":
        return ["ja", "nee"]
    if spec.type == "profile":
        return list(ALL_PROFILES)
    return []


NO_END_MONTHS = 1200.0  # a duration said without an end ("voor altijd"): longer than any ceiling a rule sets


def fact_choices(name: str) -> dict[str, Any]:
    """How a fact can be changed on the review screen: ``{"kind": "choice", "options": [[value, label], …]}`` for
    ja/nee and enum facts, else ``{"kind": "number" | "date" | "year" | "text"}`` (a field to type in)."""
    if name == "year":
        return {"kind": "year"}
    if name == "on":
        return {"kind": "date"}
    spec = REGISTRY.facts.get(name)
    if spec is None:
        return {"kind": "text"}
    if spec.type == "bool":
        return {"kind": "choice", "options": [["ja", "ja"], ["nee", "nee"]]}
    if spec.type == "enum":
        return {"kind": "choice", "options": [[v, label] for v, label in spec.values.items()]}
    if spec.type in ("integer", "number"):
        return {"kind": "number"}
    if spec.type in ("date", "year"):
        return {"kind": spec.type}
    return {"kind": "text"}  # a zorgprofiel: typed ("VG7"), checked by parse_facts


def value_nl(name: str, value: Any) -> str:
    """A fact value in Dutch: enum labels, ja/nee, dates as '1 maart 2026'."""
    spec = REGISTRY.facts.get(name)
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, date):
        return format_date_nl(value)
    if spec is not None and spec.type == "enum":
        return spec.values.get(str(value), str(value))
    if (name, value) in (("duur_maanden", NO_END_MONTHS), ("duur_weken", NO_END_MONTHS * 52 / 12)):  # "voor altijd"
        return "onbeperkt (zonder einde)"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def parse_facts(raw: dict[str, object]) -> Any:
    """Validate user facts; raise :class:`InputError` with a Dutch message."""
    unknown = sorted(set(raw) - set(FACT_NAMES))
    if unknown:
        raise InputError(f"Onbekend gegeven: {', '.join(unknown)}. Bekende gegevens: zie `rules`-overzicht.")
    cleaned = {k: _coerce(v) for k, v in raw.items() if v is not None}
    try:
        return Facts.model_validate(cleaned)
    except (ValidationError, ValueError) as exc:
        parts = []
        if isinstance(exc, ValidationError):
            for err in exc.errors():
                loc = ".".join(str(x) for x in err["loc"]) or "gegevens"
                parts.append(f"{loc}: waarde {err.get('input')!r} is ongeldig")
        else:
            parts.append(str(exc))
        raise InputError("Ongeldige gegevens: " + "; ".join(parts) + ".", detail=str(exc)) from exc


def _coerce(value: object) -> object:
    if isinstance(value, str):
        low = value.strip().lower()
        if low in ("ja", "true", "waar", "yes", "j"):
            return True
        if low in ("nee", "false", "onwaar", "no", "n"):
            return False
        return value.strip()
    return value


# --------------------------------------------------------------------------- rule schema

OutcomeT = Literal["yes", "no", "unknown"]
StatusT = Literal["met", "unmet", "unknown"]
ReasonT = Literal["missing_fact", "open_in_sources", "conflict", "split_year", "no_version", "none"]


class Cite(BaseModel):
    """A passage reference: ``quote`` must be a verbatim passage of document ``doc``."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    doc: str
    section: str = Field(min_length=1)
    quote: str = Field(min_length=12)


class Supersede(Cite):
    """A passage of an older source that a later one settles; ``by`` names the later document."""

    by: str


Scalar = bool | int | float | str | date


class Cmp(BaseModel):
    """Comparison leaf: ``fact`` against a literal ``value`` or another fact ``ref``."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    fact: str
    value: Scalar | None = None
    ref: str | None = None

    @model_validator(mode="after")
    def _one(self) -> Cmp:
        if (self.value is None) == (self.ref is None):
            raise ValueError("een vergelijking heeft precies één van 'value' of 'ref'")
        return self


class InLeaf(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    fact: str
    values: list[Scalar] = Field(min_length=1)


class BetweenLeaf(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    fact: str
    min: float
    max: float


class Expr(BaseModel):
    """Exactly one operator per node; YAML: ``{all: [...]}``, ``{eq: {fact: x, value: y}}``…"""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    all_: list[Expr] | None = Field(None, alias="all")
    any_: list[Expr] | None = Field(None, alias="any")
    not_: Expr | None = Field(None, alias="not")
    eq: Cmp | None = None
    in_: InLeaf | None = Field(None, alias="in")
    lte: Cmp | None = None
    gte: Cmp | None = None
    between: BetweenLeaf | None = None

    @model_validator(mode="after")
    def _exactly_one(self) -> Expr:
        set_ops = [k for k in ("all_", "any_", "not_", "eq", "in_", "lte", "gte", "between") if getattr(self, k) is not None]
        if len(set_ops) != 1:
            raise ValueError(f"een expressie heeft precies één operator, gevonden: {set_ops or 'geen'}")
        return self

    def facts(self) -> list[str]:
        """Facts referenced, in order of appearance, without duplicates."""
        out: list[str] = []

        def add(name: str) -> None:
            if name not in out:
                out.append(name)

        for child in (self.all_ or []) + (self.any_ or []) + ([self.not_] if self.not_ else []):
            for f in child.facts():
                add(f)
        for leaf in (self.eq, self.lte, self.gte):
            if leaf is not None:
                add(leaf.fact)
                if leaf.ref:
                    add(leaf.ref)
        if self.in_ is not None:
            add(self.in_.fact)
        if self.between is not None:
            add(self.between.fact)
        return out


class Condition(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=r"^[a-z0-9_]+$")
    text_nl: str = Field(min_length=5)
    # the condition as a subordinate clause after "omdat", where the word order cannot be derived from text_nl
    # (wording.because_clause): "de zorg valt onder de verantwoordelijkheid van …" -> "… onder … valt"
    omdat_nl: str | None = None
    test: Expr
    cite: list[Cite] = Field(min_length=1)


class Proviso(BaseModel):
    """An obligation that goes with a 'yes' ("mits …"); it is not a fact the user is asked for."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=r"^[a-z0-9_]+$")
    text_nl: str = Field(min_length=5)
    cite: list[Cite] = Field(min_length=1)


class Version(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=r"^[A-Za-z0-9_.+-]+$")
    valid_from: date
    valid_to: date | None = None
    status: Literal["decided", "open", "conflict"] = "decided"
    combine: Literal["all", "any"] = "all"
    conditions: list[Condition] = Field(default_factory=list)
    outcome: Literal["yes", "no"] | None = None  # a fixed answer, only without conditions
    open_if: list[Condition] = Field(default_factory=list)  # cases the sources leave open
    note_nl: str = ""
    cite: list[Cite] = Field(default_factory=list)
    provisos: list[Proviso] = Field(default_factory=list)
    supersedes: list[Supersede] = Field(default_factory=list)
    # What earlier sources said about the same period: used only while the "stand van de bronnen" lies
    # before the sources the regular version rests on (see Evaluator.select).
    fallback: bool = False

    @model_validator(mode="after")
    def _shape(self) -> Version:
        if self.valid_to is not None and self.valid_to < self.valid_from:
            raise ValueError(f"versie {self.id}: valid_to ligt vóór valid_from")
        if self.status in ("open", "conflict"):
            if not self.cite:
                raise ValueError(f"versie {self.id}: status {self.status} vraagt een citaat (cite)")
            if self.conditions or self.outcome:
                raise ValueError(f"versie {self.id}: status {self.status} heeft geen voorwaarden of vaste uitkomst")
        else:
            if self.outcome is not None and self.conditions:
                raise ValueError(f"versie {self.id}: een vaste uitkomst (outcome) gaat niet samen met voorwaarden")
            if self.outcome is None and not self.conditions:
                raise ValueError(f"versie {self.id}: geef voorwaarden of een vaste uitkomst")
            if self.outcome is not None and not self.cite:
                raise ValueError(f"versie {self.id}: een vaste uitkomst vraagt een citaat (cite)")
        ids = [c.id for c in self.conditions] + [c.id for c in self.open_if]
        if len(ids) != len(set(ids)):
            raise ValueError(f"versie {self.id}: dubbele voorwaarde-id")
        return self

    def in_force(self, d: date) -> bool:
        return self.valid_from <= d and (self.valid_to is None or d <= self.valid_to)

    def facts(self) -> list[str]:
        out: list[str] = []
        for c in [*self.conditions, *self.open_if]:
            for f in c.test.facts():
                if f not in out:
                    out.append(f)
        return out

    def deciding_cites(self) -> list[Cite]:
        """The citations the version's answer rests on (not the provisos)."""
        cites: list[Cite] = list(self.cite)
        for cond in [*self.conditions, *self.open_if]:
            cites.extend(cond.cite)
        return cites

    def all_cites(self) -> list[Cite]:
        cites: list[Cite] = list(self.cite)
        for cond in [*self.conditions, *self.open_if]:
            cites.extend(cond.cite)
        for proviso in self.provisos:
            cites.extend(proviso.cite)
        return cites


class Trigger(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    terms: list[str] = Field(default_factory=list)  # regular expressions, matched case-insensitively
    weight: float = Field(gt=0, le=1)
    # A count compared instead of words: the trigger fires when the text names a number with this unit (a regular
    # expression, "plaatsen|plekken|bedden") and later a larger one with the same unit ("het advies noemt 14 plaatsen
    # … kan het zorgkantoor ons 18 plaatsen geven?"): more than a number said before.
    more_than: str | None = None

    @model_validator(mode="after")
    def _some(self) -> Trigger:
        if not self.terms and self.more_than is None:
            raise ValueError("een trigger heeft 'terms' of 'more_than'")
        return self


AnswerKind = Literal["ja_nee", "wie_betaalt"]
_YES_NO: tuple[AnswerKind, ...] = ("ja_nee",)


class Rule(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=r"^[a-z0-9_]+$")
    family: str = ""
    question_nl: str = Field(min_length=5)
    facts: list[str]
    scope: dict[str, list[Scalar]] = Field(default_factory=dict)  # allowed values per fact for this rule
    triggers: list[Trigger] = Field(min_length=1)
    requires: list[str] = Field(default_factory=list)  # at least one of these patterns must match to route
    # The situation of a neighbouring rule: when one of these patterns matches, this rule does not answer the
    # question (it shares the topic but decides another question: "na de LVG-behandeling ... wacht op een plek" is
    # about staying after the treatment, not about waiting for an admission).
    excludes: list[str] = Field(default_factory=list)
    # The duration a condition bounds is a total (a regular expression naming what it is the duration of,
    # "observatie"): a duration said in a clause that names it, plus an extension ("nog 3 maanden verlengen",
    # "met drie maanden verlengd"), is read as their sum. Without it an extension is a period of its own and two
    # durations named leave the duration unknown (facts.GUARDS "duration_conflict").
    total_duration: str | None = None
    # The duration a condition bounds is the time since a dated event (a regular expression naming it, "verhui"):
    # without a duration said, "Meneer is op 1 augustus 2026 verhuisd" gives the weeks from that day to the day asked
    # (a date in the asking sentence), else to the stand van de bronnen.
    duration_since: str | None = None
    # What the duration a condition bounds is the duration of (a regular expression: "meerzorg|toeken…"): a duration is
    # read only in a part of a sentence that names it, or in an asking sentence. "Mijn vader woont al 5 jaar thuis" or
    # "Mijn dochter is 7 jaar" is no period of meerzorg; "Kan de meerzorg voor 2 jaar worden toegekend?" is.
    duration_of: str | None = None
    # The answer in the words of the question, per outcome ("Het zorgkantoor betaalt dit hulpmiddel").
    answer_nl: dict[Literal["yes", "no"], str] = Field(default_factory=dict)
    answer_en: dict[Literal["yes", "no"], str] = Field(default_factory=dict)  # the same, for English questions
    # Which questions the rule answers: a yes/no question, and (with answer_nl) "wie betaalt …?".
    answers: list[AnswerKind] = Field(default_factory=lambda: list(_YES_NO))
    versions: list[Version] = Field(min_length=1)

    @model_validator(mode="after")
    def _answers(self) -> Rule:
        if "wie_betaalt" in self.answers and set(self.answer_nl) != {"yes", "no"}:
            raise ValueError("een regel die 'wie betaalt' beantwoordt, heeft answer_nl voor yes en no")
        return self

    def version_at(self, d: date) -> Version | None:
        hits = [v for v in self.versions if v.in_force(d) and not v.fallback]
        return hits[0] if hits else None


# --------------------------------------------------------------------------- verdict


@dataclass(frozen=True)
class CitationOut:
    doc_id: str
    title: str
    date: str
    section: str
    quote: str

    def to_json(self) -> dict[str, Any]:
        return {"doc_id": self.doc_id, "title": self.title, "date": self.date, "section": self.section, "quote": self.quote}


@dataclass(frozen=True)
class ConditionOut:
    id: str
    text_nl: str
    status: StatusT
    citations: tuple[CitationOut, ...]
    alternative: bool = False  # one of several alternatives ("één van:")
    greyed: bool = False  # an alternative that does not apply: shown greyed, never as a failure inside a Ja
    values: tuple[tuple[str, str], ...] = ()  # (fact label, value in Dutch) of the facts the condition read

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"id": self.id, "text_nl": self.text_nl, "status": self.status,
                                "citations": [c.to_json() for c in self.citations]}
        if self.alternative:
            data["alternative"] = True
            data["greyed"] = self.greyed
        if self.values:
            data["values"] = [{"label_nl": k, "value_nl": v} for k, v in self.values]
        return data


@dataclass(frozen=True)
class MissingFact:
    fact: str
    ask_nl: str
    values: tuple[str, ...]

    def to_json(self) -> dict[str, Any]:
        return {"fact": self.fact, "ask_nl": self.ask_nl, "values": list(self.values)}


@dataclass(frozen=True)
class FactUse:
    """A fact the verdict used: its value and where it came from."""

    fact: str
    value: Any
    origin: Literal["vraag", "gesprek", "antwoord", "standaard", "afgeleid"]
    quote: str = ""  # the words it was read from (vraag / gesprek)
    approx: bool = False  # a number said roughly ("ongeveer een jaar")
    bound: str = ""  # a number said as one side of a range: "gt" ("meer dan 25%"), "lt" ("onder de 25%"), "ge" ("nooit onder de 25%")
    low: float | None = None  # the lower end of a range said ("tussen de 8 en 10 weken"): ``value`` is the upper

    @property
    def origin_nl(self) -> str:
        if self.origin == "vraag":
            return f"uit uw vraag: '{self.quote}'"
        if self.origin == "gesprek":
            return f"uit het gesprek: '{self.quote}'"
        if self.origin == "antwoord":
            return "uw antwoord"
        if self.origin == "afgeleid":
            return f"afgeleid: {self.quote}"
        return f"standaard: {self.quote}" if self.quote else "standaard"

    def to_json(self) -> dict[str, Any]:
        label = "zorgjaar" if self.fact == "year" else fact_label_nl(self.fact) if self.fact in REGISTRY.facts else self.fact
        value = self.value.isoformat() if isinstance(self.value, date) else self.value
        shown = str(self.value) if self.fact == "year" else value_nl(self.fact, self.value)
        if self.low is not None:  # "tussen de 8 en 10 weken": both ends, as said
            low = round(self.low, 1) if isinstance(self.low, float) and not self.low.is_integer() else int(self.low)
            shown = f"{value_nl(self.fact, low)} tot {shown}"
        return {"fact": self.fact, "label_nl": label, "value": value, "value_nl": shown, "origin": self.origin,
                "origin_nl": self.origin_nl, "text_nl": f"{self.origin_nl} → {label}: {shown}"}


@dataclass(frozen=True)
class SupersededOut:
    citation: CitationOut
    superseded_by: str

    def to_json(self) -> dict[str, Any]:
        return {**self.citation.to_json(), "superseded_by": self.superseded_by}


@dataclass(frozen=True)
class Verdict:
    """The answer to one rule question for one zorgjaar (or day), given the sources up to ``stand``."""

    rule_id: str
    question_nl: str
    outcome: OutcomeT
    reason: ReasonT
    summary_nl: str
    on: date | None = None  # the day the verdict is about (a date in the question), else ``period``
    period: tuple[date, date | None] | None = None
    version: str | None = None
    conditions: tuple[ConditionOut, ...] = ()
    missing_facts: tuple[MissingFact, ...] = ()
    superseded: tuple[SupersededOut, ...] = ()
    citations: tuple[CitationOut, ...] = ()
    provisos: tuple[ConditionOut, ...] = ()
    parts: tuple[Verdict, ...] = ()
    facts: dict[str, Any] = field(default_factory=dict)
    confidence: float | None = None
    if_met: OutcomeT | None = None  # the outcome once the missing facts are confirmed ("Ja, mits …")
    stand: date | None = None  # stand van de bronnen: only sources dated on or before it were used
    year: int | None = None  # the zorgjaar
    facts_used: tuple[FactUse, ...] = ()
    answer_nl: str = ""  # the answer in the words of the question asked (rule.answer_nl)
    answer_en: str = ""  # the same in English (rule.answer_en), for an English question's lead
    version_valid: tuple[date, date | None] | None = None

    @property
    def when_nl(self) -> str:
        return describe_when(self.on, self.period)

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"rule_id": self.rule_id, "question_nl": self.question_nl}
        if self.on is not None:
            data["on"] = self.on.isoformat()
        else:
            start, end = self.period if self.period else (None, None)
            data["period"] = {
                "from": start.isoformat() if start else None,
                "to": end.isoformat() if end else None,
            }
        data["zorgjaar"] = self.year
        data["as_of"] = self.stand.isoformat() if self.stand else None
        data["stand_nl"] = f"stand van de bronnen: {format_date_nl(self.stand)}" if self.stand else ""
        data.update(
            {
                "version": self.version,
                "version_valid": None if self.version_valid is None else {
                    "from": self.version_valid[0].isoformat(),
                    "to": self.version_valid[1].isoformat() if self.version_valid[1] else None,
                },
                "outcome": self.outcome,
                "reason": self.reason,
                "summary_nl": self.summary_nl,
                "answer_nl": self.answer_nl,
                "answer_en": self.answer_en,
                "conditions": [c.to_json() for c in self.conditions],
                "missing_facts": [m.to_json() for m in self.missing_facts],
                "superseded": [s.to_json() for s in self.superseded],
                "citations": [c.to_json() for c in self.citations],
                "provisos": [p.to_json() for p in self.provisos],
                "parts": [p.to_json() for p in self.parts],
                "if_met": self.if_met,
                "facts": {k: (v.isoformat() if isinstance(v, date) else v) for k, v in sorted(self.facts.items())},
                "facts_used": [f.to_json() for f in self.facts_used],
            }
        )
        if self.confidence is not None:
            data["confidence"] = round(self.confidence, 3)
        return data


def describe_when(on: date | None, period: tuple[date, date | None] | None) -> str:
    if on is not None:
        return f"op {format_date_nl(on)}"
    if period is None:
        return "zonder datum"
    start, end = period
    if end is not None and start.month == 1 and start.day == 1 and end.month == 12 and end.day == 31:
        return f"in {start.year}" if start.year == end.year else f"in {start.year}–{end.year}"
    if end is None:
        return f"vanaf {format_date_nl(start)}"
    return f"van {format_date_nl(start)} t/m {format_date_nl(end)}"
