"""The fact registry: every fact a rule may use, as data (``data/facts/registry.yaml``).

Per fact: its type (bool, enum, integer, number, date, year, profile), the allowed values with
their Dutch labels, the Dutch question to ask, the label shown in a verdict, how it is recognised
in a question (patterns, or a named built-in recogniser with parameters), how it is derived from
other facts (``derive``), and ``examples`` (phrasing → value) that run as tests. Adding a fact is
editing that one file; the :class:`Facts` model is built from it.
"""

from __future__ import annotations

import datetime as _dt
import re
from fractions import Fraction
from functools import cache
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from ..errors import RuleError

REGISTRY_PATH = Path(__file__).parent / "data" / "facts" / "registry.yaml"

FactType = Literal["bool", "enum", "integer", "number", "date", "year", "profile"]
BUILTINS = ("client_group", "profile", "sector", "dates", "duration", "advice_term")


class NumberRecogniser(BaseModel):
    """A number read as a value: the number directly before ``unit``, directly after ``prefix``, or a value said in
    words (``words``: pattern → value, "een kwartier" → 15 minutes, "een vijfde van het basisbedrag" → 20%)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    unit: str | None = None
    prefix: str | None = None
    words: dict[str, float] | None = None
    # the number before ``unit`` times this, in the fact's own unit ("150 seconden" is 2.5 minutes); a whole-number fact
    # is then rounded up, so that a ceiling compares as the exact value would ("binnen 290 seconden" is within 5 minutes)
    factor: float = 1.0

    @model_validator(mode="after")
    def _one(self) -> NumberRecogniser:
        if sum(x is not None for x in (self.unit, self.prefix, self.words)) != 1:
            raise ValueError("een getal-herkenner heeft precies één van 'unit', 'prefix' of 'words'")
        if self.factor != 1.0 and self.unit is None:
            raise ValueError("'factor' hoort bij een 'unit'")
        return self


class EventOrder(BaseModel):
    """Two events by a pattern each: the fact is "ja" when ``eerst`` happened before ``daarna``."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    eerst: str
    daarna: str


class Recogniser(BaseModel):
    """How a fact is read from a question. Within one clause ``onzeker`` (unsure: past tense, doubt) wins,
    then ``nee``, then ``ja``."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    ja: list[str] = Field(default_factory=list)
    nee: list[str] = Field(default_factory=list)
    onzeker: list[str] = Field(default_factory=list)  # a clause matching these leaves the fact unknown (asked)
    values: dict[str, list[str]] = Field(default_factory=dict)
    number: list[NumberRecogniser] = Field(default_factory=list)
    year_near: list[str] = Field(default_factory=list)  # a year (sinds 2018) in the clause that mentions one of these
    builtin: str | None = None
    # What the fact is about ("extra kosten|ekt"): when a number is read twice with different values, the values
    # read in a clause that names the subject win ("30% meer cliënten … de EKT is 20%"); see facts.GUARDS
    subject: str | None = None
    # Exemplar phrasings, no regular expressions: per key (ja / nee / onzeker, or an enum value) phrases whose
    # words must occur in this order, with at most three other words between two of them, none a negation.
    # "het advies loopt nog" also recognises "het advies van de CElz loopt nog".
    zinnen: dict[str, list[str]] = Field(default_factory=dict)
    # A "nee" reading inside a denied statement ("het is niet zo dat het zorgkantoor geen contract heeft") is a "ja"
    # for a fact that is exactly the presence of what the "nee" pattern says is absent. Off by default: "niet zo dat
    # we geen advies hebben" says there is an advice, not that it was positive (facts.GUARDS: "denied").
    denied_nee_is_ja: bool = False
    # A "ja" reading inside a denied statement is a "nee" when it names the fact itself (this pattern, e.g.
    # "behandeling"): "het is niet zo dat er op onze locatie behandeling wordt geboden". Not a sign of the fact ("niet
    # zo dat de SO er werkt" leaves other treaters), nor a denial with a word that limits it ("niet zo dat we alleen
    # …"). Off by default (facts.GUARDS: "denied").
    denied_ja_is_nee: str | None = None
    # For a fact that says one event came before another ("was the treatment begun before the move?"): a pattern for
    # each (``eerst``: the one the fact says came first; ``daarna``: the other). Each dated in a statement of its own
    # ("Meneer is twee weken geleden bij ons ingetrokken en vorige week is de tandarts begonnen"), by a date or a time
    # ago; the order read from them decides the fact when it is clear, else it stays unknown (``facts._event_order``).
    volgorde: EventOrder | None = None
    # For a fact about what the client already has or had ("al in bezit"): a "ja" read in what someone wants ("maar
    # wil nu via de gemeente een scootmobiel") is no "ja" (facts.GUARDS: "wish"). Off by default: "de SO wil een
    # psycholoog inzetten bij een cliënt thuis" states where the client lives inside a wish.
    wish_is_not_ja: bool = False
    # For a fact about who does something now ("behandeling door dezelfde instelling"): a "nee" read in what someone
    # wants to happen ("Mijn zus wil dat hij naar zijn oude tandarts in het dorp gaat") is no "nee" (facts.GUARDS:
    # "wish_that"). Off by default: "De SO wil dat de gedragskundige structureel komt. Mogen we dat declareren?" asks
    # about the plan wished, so what it says of the plan counts.
    wish_is_not_nee: bool = False
    # For a fact about the time before ("al in bezit" before the client came into the Wlz): "vroeger" in its clause
    # says when, not that it may no longer hold ("Via de Wmo kreeg hij vroeger alleen huishoudelijke hulp, nooit een
    # rolstoel"). Off by default: "wij waren vroeger REC" leaves whether we are one now unsure (facts.GUARDS: "doubt").
    past_is_fact: bool = False
    # For a fact about what is so ("al uit een andere bron betaald"): a "ja" read in a statement that says what could be
    # ("het plan zou ook uit de SPUK betaald kunnen worden", "dat kan ook uit de gemeentepot") is no "ja" (facts.GUARDS:
    # "possible"). Off by default: "wij kunnen behandeling bieden" says the treatment is there.
    possible_is_not_ja: bool = False
    # For a fact that holds only when several things are all there ("een AVG, een gedragsdeskundige en begeleiders van
    # hbo-niveau"): a pattern per part. One part said to be absent makes the fact "nee", in every way a "nee" is said:
    # "geen gedragsdeskundige", "zonder (een eigen) gedragsdeskundige", "een gedragsdeskundige hebben we niet", "de
    # gedragsdeskundige ontbreekt" (the last two by the fronted reading of "geen …", see ``facts._bool``).
    delen: list[str] = Field(default_factory=list)
    # For a fact that says something comes from us (the provider asking, the home the client lives in): what it is
    # ("behandel\w*|so|paramedici"). Said to come from elsewhere, it is a "nee": "die behandeling komt niet van ons",
    # "de behandeling wordt geleverd door een externe behandeldienst", "een externe praktijk levert de SO".
    elders: str | None = None
    # For a number that must hold at all times (the minutes until someone is with the client): values said for
    # different times of day ("overdag binnen 2 minuten, 's nachts na 12 minuten") give the largest, the one that holds
    # at all times (``facts._worst_of_times``). Off by default: two values otherwise leave the number asked.
    at_all_times: bool = False

    def patterns(self, key: str) -> list[str]:
        """The patterns for ``key`` (ja / nee / onzeker or an enum value), exemplars and absent parts included."""
        base = {"ja": self.ja, "nee": self.nee, "onzeker": self.onzeker}.get(key, self.values.get(key, []))
        parts = [*(p for part in self.delen for p in part_absent_patterns(part)),
                 *(elsewhere_patterns(self.elders) if self.elders else ())] if key == "nee" else []
        return [*base, *parts, *(exemplar_pattern(z) for z in self.zinnen.get(key, []))]


_NEGATION = r"(?:niet|geen|nooit|zonder|nog niet|niets)"


def part_absent_patterns(part: str) -> list[str]:
    """The "nee" patterns of one required part (``Recogniser.delen``): "geen <part>" (read fronted as well: "een
    <part> hebben we niet", "<part> ontbreekt"), and "geen / zonder" with up to two words between ("geen eigen
    <part>", "zonder een vaste <part>")."""
    return [r"\bgeen (?:" + part + ")",
            r"\b(?:geen|zonder)\s+(?:(?!(?:en|of|maar|wel)\b)[\w-]+\s+){1,2}?(?:" + part + ")",
            r"\bzonder\s+(?:" + part + ")"]


_EXTERNAL_ORG = (r"(?:een |de |het )?extern\w* (?:[\w-]+ )?[\w-]*(?:dienst|organisatie|aanbieder|instelling|partij|praktijk|"
                 r"team|zorgverlener|bureau|behandelaars?)\b")
_DELIVERS = r"(?:levert|leveren|leverde|doet|doen|deed|verzorgt|verzorgen|biedt|bieden|geeft|geven|regelt|regelen|verleent|verlenen)"


def elsewhere_patterns(subject: str) -> list[str]:
    """The "nee" patterns of a fact about what comes from us (``Recogniser.elders``): the ``subject`` said not to come
    from us, or to come from an external organisation, or an external organisation that delivers it."""
    subj = r"\b(?:" + subject + r")\b"
    return [subj + r"[^.?;:]{0,40}?\bniet (?:\w+ )?(?:van|door|bij|uit|via) (?:ons|onszelf|onze organisatie)\b",
            subj + r"[^.?;,]{0,40}?\b(?:van|door|bij|uit|via) " + _EXTERNAL_ORG,
            r"\b" + _EXTERNAL_ORG + r" (?:\w+ ){0,2}?" + _DELIVERS + r"\b[^.?;,]{0,40}?" + subj]


_PRONOUNS = frozenset({"wij", "we", "ik", "zij", "ze", "hij", "u", "jullie", "men"})


def exemplar_pattern(phrase: str) -> str:
    """An exemplar phrase as a pattern: its words in order, up to three other words (no negation) between. A subject
    pronoun and the verb after it also match inverted, as Dutch puts them after a fronted word: "wij leveren
    persoonlijke verzorging" also recognises "daarom leveren wij de persoonlijke verzorging"."""
    words = re.findall(r"[\w+&-]+", phrase.lower())
    if not words:
        raise ValueError(f"lege voorbeeldzin {phrase!r}")
    gap = r"(?:\s+(?!" + _NEGATION + r"\b)[\w'-]+){0,3}?\s+"
    orders = [words]
    for i, w in enumerate(words[:-1]):
        if w in _PRONOUNS and words[i + 1] not in _PRONOUNS:
            orders.append([*words[:i], words[i + 1], w, *words[i + 2 :]])
    body = "|".join(gap.join(re.escape(w) for w in order) for order in orders)
    return (r"(?<![\w-])(?:" + body + r")"
            + r"(?![\w-])(?!\s+" + _NEGATION + r"\b)")  # "het advies loopt nog niet" is no "loopt nog"


class Derivation(BaseModel):
    """A fact computed from others: ``product``, ``scale`` (× factor), ``before`` (a date or year
    before ``date``), ``profile_sector`` (the sector of a zorgprofiel), ``percentage`` (the first as a percentage
    of the second: an amount of a base amount), ``same`` (the value of a narrower fact that implies this one: a
    short deployment is a limited period, a long one is not)."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    op: Literal["product", "scale", "before", "profile_sector", "percentage", "same"]
    from_: list[str] = Field(alias="from", min_length=1)
    factor: str | None = None  # a fraction, e.g. "12/52"
    date: _dt.date | None = None


class Example(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    text: str
    value: Any = None  # None: the fact must stay unknown


class FactSpec(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    type: FactType
    label_nl: str = Field(min_length=2)
    ask_nl: str = Field(min_length=5)
    values: dict[str, str] = Field(default_factory=dict)  # enum value -> Dutch label
    min: float | None = None
    max: float | None = None
    recognise: Recogniser = Field(default_factory=Recogniser)
    derive: Derivation | None = None
    examples: list[Example] = Field(default_factory=list)

    @model_validator(mode="after")
    def _shape(self) -> FactSpec:
        if self.type == "enum" and not self.values:
            raise ValueError("een enum-gegeven heeft 'values'")
        if self.recognise.values and set(self.recognise.values) - set(self.values):
            raise ValueError(f"herkenner noemt onbekende waarden: {sorted(set(self.recognise.values) - set(self.values))}")
        if (self.recognise.ja or self.recognise.nee) and self.type != "bool":
            raise ValueError("ja/nee-patronen horen bij een bool-gegeven")
        allowed = {"ja", "nee", "onzeker"} if self.type == "bool" else set(self.values)
        if set(self.recognise.zinnen) - allowed:
            raise ValueError(f"zinnen voor onbekende sleutels: {sorted(set(self.recognise.zinnen) - allowed)}")
        if self.recognise.builtin is not None and self.recognise.builtin not in BUILTINS:
            raise ValueError(f"onbekende ingebouwde herkenner {self.recognise.builtin!r}; bekend: {', '.join(BUILTINS)}")
        return self


class Registry(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    facts: dict[str, FactSpec]

    @model_validator(mode="after")
    def _refs(self) -> Registry:
        for name, spec in self.facts.items():
            if not re.fullmatch(r"[a-z][a-z0-9_]*", name):
                raise ValueError(f"ongeldige gegevensnaam {name!r}")
            if spec.derive is not None:
                for src in spec.derive.from_:
                    if src not in self.facts:
                        raise ValueError(f"{name}: afgeleid van onbekend gegeven {src!r}")
            rec = spec.recognise
            for pattern in [*rec.ja, *rec.nee, *rec.onzeker, *rec.year_near, *rec.delen, *([rec.elders] if rec.elders else []),
                            *([rec.denied_ja_is_nee] if rec.denied_ja_is_nee else []),
                            *([rec.volgorde.eerst, rec.volgorde.daarna] if rec.volgorde else []),
                            *(exemplar_pattern(z) for zs in rec.zinnen.values() for z in zs), *(p for ps in rec.values.values() for p in ps),
                            *(n.unit or n.prefix or "" for n in rec.number),
                            *(w for n in rec.number for w in (n.words or {})), *([rec.subject] if rec.subject else [])]:
                try:
                    re.compile(pattern)
                except re.error as exc:
                    raise ValueError(f"{name}: ongeldig patroon {pattern!r}: {exc}") from exc
        return self


def load_registry(path: Path = REGISTRY_PATH) -> Registry:
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
        return Registry.model_validate(raw)
    except (OSError, yaml.YAMLError, ValidationError, TypeError) as exc:
        raise RuleError(f"Ongeldig gegevensregister ({path.name}): {exc}") from exc


@cache
def registry() -> Registry:
    return load_registry()


def profile_sector(profile: str) -> str:
    """The sector of a zorgprofiel: 'VG7' → 'VG', 'GGZ-W5' → 'GGZ-W'."""
    for sector in ("GGZ-W", "SGLVG", "LVG", "ZGvis", "ZGaud", "VV", "VG", "LG"):
        if profile.startswith(sector):
            return sector
    raise ValueError(profile)


def derive(spec: Derivation, values: list[Any]) -> Any:
    """The derived value, or ``None`` when a source is unknown."""
    if any(v is None for v in values):
        return None
    if spec.op == "product":
        out = 1
        for v in values:
            out *= v
        return out
    if spec.op == "scale":
        factor = Fraction(spec.factor or "1")
        return round(float(values[0] * factor), 4)
    if spec.op == "before":
        assert spec.date is not None
        value = values[0]
        return bool(value < spec.date.year) if isinstance(value, int) else bool(value < spec.date)
    if spec.op == "profile_sector":
        return profile_sector(str(values[0]))
    if spec.op == "same":
        return values[0]
    if spec.op == "percentage":
        part, whole = float(values[0]), float(values[1])
        return round(100 * part / whole, 2) if whole > 0 else None
    raise AssertionError(spec.op)


SPELLING_PATH = Path(__file__).parent / "data" / "facts" / "spelling.yaml"


def load_spelling(path: Path = SPELLING_PATH) -> dict[str, str]:
    """Common misspellings (a word's start as often mistyped → the word meant), each of the same length so that
    a span read from the corrected text still shows the user's own words."""
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise RuleError(f"Ongeldige spellingslijst ({path.name}): {exc}") from exc
    table = raw.get("spelling") if isinstance(raw, dict) else None
    if not isinstance(table, dict):
        raise RuleError(f"Ongeldige spellingslijst ({path.name}): verwacht 'spelling:' met woord: bedoeld woord")
    out: dict[str, str] = {}
    for wrong, right in table.items():
        if not (isinstance(wrong, str) and isinstance(right, str) and re.fullmatch(r"[a-zà-ÿ]{5,}", wrong)
                and re.fullmatch(r"[a-zà-ÿ]+", right) and len(wrong) == len(right) and wrong != right):
            raise RuleError(f"Ongeldige spellingslijst ({path.name}): {wrong!r} → {right!r} moet kleine letters zijn, "
                            "minstens vijf, en even lang als het bedoelde woord")
        out[wrong] = right
    return out


@cache
def spelling() -> dict[str, str]:
    return load_spelling()
