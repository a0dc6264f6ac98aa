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
from enum import StrEnum
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from ..errors import InputError
from ..types import format_date_nl

# --------------------------------------------------------------------------- facts


class ClientGroup(StrEnum):
    """The seven LVHC client groups."""

    korsakov = "korsakov"
    huntington = "huntington"
    lbs = "lbs"
    gp_plus = "gp_plus"
    dzep = "dzep"
    nah_plus = "nah_plus"
    ms_plus = "ms_plus"


CLIENT_GROUP_NL: dict[str, str] = {
    "korsakov": "Korsakov",
    "huntington": "Huntington",
    "lbs": "LBS (langdurige bewustzijnsstoornis)",
    "gp_plus": "GP+ (gerontopsychiatrie plus)",
    "dzep": "DZEP (dementie met zeer ernstig probleemgedrag)",
    "nah_plus": "NAH+ (niet-aangeboren hersenletsel plus)",
    "ms_plus": "MS+ (multiple sclerose plus)",
}


class Sector(StrEnum):
    VV = "VV"
    VG = "VG"
    LG = "LG"
    LVG = "LVG"
    SGLVG = "SGLVG"
    ZGvis = "ZGvis"
    ZGaud = "ZGaud"
    GGZ_W = "GGZ-W"


class Leveringsvorm(StrEnum):
    verblijf = "verblijf"
    vpt = "vpt"
    mpt = "mpt"
    pgb = "pgb"


class HulpmiddelSoort(StrEnum):
    roerend_gedeeld = "roerend_gedeeld"  # hoog-laagbed, tillift, douchestoel: meerdere gebruikers
    mobiliteit_individueel = "mobiliteit_individueel"  # individueel aangepaste rolstoel, scootmobiel
    verpleging_verzorging = "verpleging_verzorging"  # stoma-materiaal, wondverzorging
    persoonsgebonden = "persoonsgebonden"  # orthopedisch schoeisel, prothese, ligorthese
    spraak_primair = "spraak_primair"  # spraakvervangend, primaire communicatie
    spraak_secundair = "spraak_secundair"  # spraakvervangend, secundaire communicatie


class BehandelingSoort(StrEnum):
    consultatie_so_avg = "consultatie_so_avg"  # H335 / H336: huisarts consulteert SO/AVG
    overige_behandeling = "overige_behandeling"  # andere behandelprestaties (paramedisch, ...)


class VervolgIndicatie(StrEnum):
    sglvg_opnieuw = "sglvg_opnieuw"
    wlz_anders = "wlz_anders"
    geen_wlz = "geen_wlz"


class KostenSoort(StrEnum):
    lege_kamer = "lege_kamer"
    extra_opbaren = "extra_opbaren"


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


def profile_sector(profile: str) -> str:
    for sector in ("GGZ-W", "SGLVG", "LVG", "ZGvis", "ZGaud", "VV", "VG", "LG"):
        if profile.startswith(sector):
            return sector
    raise ValueError(profile)


def _f(ask_nl: str, label_nl: str, **kw: Any) -> Any:
    return Field(None, description=label_nl, json_schema_extra={"ask_nl": ask_nl}, **kw)


class Facts(BaseModel):
    """Every fact a rule may use. ``None`` = unknown; there are no defaults."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    # wie / welk profiel / welke leveringsvorm
    client_group: ClientGroup | None = _f("Om welke LVHC-doelgroep gaat het?", "LVHC-doelgroep")
    zorgprofiel: str | None = _f("Welk zorgprofiel (ZZP) heeft de cliënt, bijvoorbeeld VG7 of LVG4?", "zorgprofiel")
    sector: Sector | None = _f("Uit welke sector komt het zorgprofiel (VV, VG, LG, LVG, SGLVG, ZG, GGZ-W)?", "sector")
    leveringsvorm: Leveringsvorm | None = _f(
        "Hoe wordt de zorg geleverd: verblijf in een instelling, VPT, MPT of pgb?", "leveringsvorm"
    )
    behandeling_inbegrepen: bool | None = _f(
        "Is behandeling onderdeel van het ZZP/VPT (inclusief behandeling)?", "ZZP/VPT inclusief behandeling"
    )
    behandeling_zelfde_instelling: bool | None = _f(
        "Krijgt de cliënt de behandeling van dezelfde instelling waar hij of zij woont?",
        "behandeling door de woon-instelling",
    )
    locatie_biedt_behandeling: bool | None = _f(
        "Wordt op de locatie behandeling geboden?", "locatie waar behandeling wordt geboden"
    )
    inclusief_dagbesteding: bool | None = _f("Is het ZZP/VPT inclusief dagbesteding?", "inclusief dagbesteding")
    # aanbieder
    rec_dec_positief_advies: bool | None = _f(
        "Is uw organisatie een REC of DEC met positief CElz-advies voor deze doelgroep?",
        "REC/DEC met positief CElz-advies",
    )
    binnen_duur_advies: bool | None = _f(
        "Valt de afspraak binnen de looptijd van het positieve CElz-advies?", "binnen de duur van het CElz-advies"
    )
    ingangsdatum_advies: date | None = _f(
        "Wat is de ingangsdatum op het schriftelijke deskundigenadvies van de CElz?", "ingangsdatum CElz-advies"
    )
    declaratie_startdatum: date | None = _f(
        "Vanaf welke datum wilt u het ZZP declareren?", "startdatum declaratie"
    )
    aantal_plaatsen: int | None = _f(
        "Hoeveel verblijfsplaatsen staan in het positieve CElz-advies?", "plaatsen in het CElz-advies", ge=0
    )
    verwachte_ligdagen: int | None = _f(
        "Hoeveel ligdagen worden er dit jaar per plaats verwacht?", "verwachte ligdagen per plaats", ge=0, le=366
    )
    productie_dagen: int | None = _f(
        "Hoe groot is de gewenste productieafspraak in dagen?", "productieafspraak (dagen)", ge=0
    )
    productieplafond: int | None = _f(
        "Wat is het plafond (plaatsen × verwachte ligdagen)?", "productieplafond (dagen)", ge=0
    )
    toegelaten_behandeling: bool | None = _f(
        "Is uw organisatie toegelaten voor behandeling en heeft u daarover afspraken met het zorgkantoor?",
        "toegelaten voor behandeling, met afspraken",
    )
    behandeling_soort: BehandelingSoort | None = _f(
        "Gaat het om consultatie van de SO/AVG door de huisarts (H335/H336) of om een andere behandeling?",
        "soort behandeling",
    )
    kortdurend: bool | None = _f("Gaat het om kortdurende inzet (niet structureel)?", "kortdurende inzet")
    onder_regie_so: bool | None = _f(
        "Werkt de professional onder verantwoordelijkheid en regie van de SO?", "onder regie van de SO"
    )
    # hulpmiddelen en mondzorg
    hulpmiddel_soort: HulpmiddelSoort | None = _f(
        "Om wat voor hulpmiddel gaat het (gedeeld, individueel mobiliteitshulpmiddel, verpleging/verzorging, "
        "persoonsgebonden, spraakvervangend)?",
        "soort hulpmiddel",
    )
    wmo_hulpmiddel_in_bezit: bool | None = _f(
        "Had de cliënt al een mobiliteitshulpmiddel via de Wmo voordat hij of zij in de Wlz kwam?",
        "Wmo-mobiliteitshulpmiddel al in bezit",
    )
    persoonlijke_verzorging_indicatie: bool | None = _f(
        "Heeft de cliënt een Wlz-indicatie voor persoonlijke verzorging die uw organisatie levert?",
        "persoonlijke verzorging door deze aanbieder",
    )
    behandeling_gestart_voor_verhuizing: bool | None = _f(
        "Was de tandheelkundige behandeling al begonnen vóór de verhuizing?", "behandeling gestart vóór verhuizing"
    )
    # duur en aantallen
    duur_weken: float | None = _f("Om hoeveel weken gaat het?", "duur in weken", ge=0)
    duur_maanden: float | None = _f("Om hoeveel maanden gaat het?", "duur in maanden", ge=0)
    aanrijtijd_minuten: int | None = _f(
        "Binnen hoeveel minuten kan iemand bij de cliënt zijn?", "tijd tot iemand bij de cliënt is (minuten)", ge=0
    )
    ekt_percentage: float | None = _f(
        "Hoeveel procent van het basisbedrag bedragen de extra kosten thuis (EKT)?", "EKT (% van basisbedrag)", ge=0
    )
    beveiligingsniveau: int | None = _f("Welk beveiligingsniveau heeft de cliënt nodig (1 t/m 4)?", "beveiligingsniveau", ge=1, le=4)
    # (SG)LVG
    overbrugging_tot_opname: bool | None = _f(
        "Gaat het om tijdelijke overbrugging tot opname in een (SG)LVG-behandelinstelling (en niet om structureel omzetten)?",
        "overbrugging tot opname",
    )
    actief_wachtend: bool | None = _f(
        "Staat de cliënt actief wachtend bij de (SG)LVG-behandelinstelling?", "actief wachtend"
    )
    wachtinstelling_gecontracteerd: bool | None = _f(
        "Heeft het zorgkantoor een overeenkomst met die (SG)LVG-behandelinstelling?", "instelling gecontracteerd"
    )
    vervolg_indicatie: VervolgIndicatie | None = _f(
        "Welke indicatie heeft de cliënt na de behandeling: opnieuw (SG)LVG, een andere Wlz-indicatie of geen Wlz-indicatie?",
        "indicatie na de behandeling",
    )
    pgb_voor_2020: bool | None = _f("Had de cliënt al vóór 1 januari 2020 een pgb?", "pgb vóór 1 januari 2020")
    indicatiebesluit_lopend: bool | None = _f(
        "Loopt het indicatiebesluit van toen nog?", "lopend indicatiebesluit"
    )
    een_locatie: bool | None = _f(
        "Biedt uw organisatie wonen, dagbesteding en vrije tijd op één locatie?", "alle functies op één locatie"
    )
    expertise_in_huis: bool | None = _f(
        "Heeft uw organisatie de behandelexpertise zelf in huis?", "behandelexpertise in huis"
    )
    behandelaar_gz_psycholoog: bool | None = _f(
        "Is de verantwoordelijk behandelaar een geregistreerde GZ-psycholoog of orthopedagoog-generalist?",
        "behandelaar GZ-psycholoog/orthopedagoog-generalist",
    )
    eerdere_interventies_onvoldoende: bool | None = _f(
        "Bleken eerdere interventies onvoldoende?", "eerdere interventies onvoldoende"
    )
    derdelijns_uitkomst: bool | None = _f(
        "Kan een derdelijnsbehandeling uitkomst bieden?", "derdelijnsbehandeling biedt uitkomst"
    )
    borg_onvoldoende_aanbod: bool | None = _f(
        "Hebben de De Borg-instellingen onvoldoende zorgaanbod?", "De Borg onvoldoende aanbod"
    )
    forensisch_of_borg: bool | None = _f(
        "Is uw organisatie een Borginstelling of heeft u een forensisch psychiatrische afdeling of kliniek?",
        "Borginstelling of forensische afdeling",
    )
    # VG7 en epilepsie
    besloten_setting: bool | None = _f("Biedt u een gesloten of besloten setting?", "gesloten/besloten setting")
    permanent_toezicht: bool | None = _f(
        "Is er permanent toezicht met mogelijkheid tot direct ingrijpen?", "permanent toezicht"
    )
    avg_gedragsdeskundige_hbo: bool | None = _f(
        "Zijn er een AVG, een gedragsdeskundige en begeleiders van hbo-niveau aanwezig?",
        "AVG, gedragsdeskundige en hbo-begeleiders",
    )
    epilepsie_volledig_spectrum: bool | None = _f(
        "Biedt de instelling het volledige spectrum aan epilepsiezorg, inclusief gespecialiseerd onderwijs?",
        "volledig spectrum epilepsiezorg",
    )
    epilepsie_derdelijns_en_langdurig: bool | None = _f(
        "Levert de aanbieder zowel derdelijns klinische als langdurige epilepsiezorg (landelijke functie)?",
        "derdelijns klinische én langdurige epilepsiezorg",
    )
    epilepsie_onderzoek: bool | None = _f(
        "Doet de aanbieder voortdurend wetenschappelijk onderzoek naar epilepsie met academische partners?",
        "wetenschappelijk onderzoek epilepsie",
    )
    # onderwijs, transitiemiddelen, meerzorg, opbaren
    boven_formatie: bool | None = _f(
        "Wordt het personeel extra ingezet, boven op de reguliere formatie?", "boven op de reguliere formatie"
    )
    meerdere_aanbieders: bool | None = _f(
        "Zijn meerdere zorgaanbieders betrokken bij de uitvoering van het plan?", "meerdere zorgaanbieders"
    )
    draagvlak_regio: bool | None = _f("Is er draagvlak in de regio voor het plan?", "draagvlak in de regio")
    smart_plan: bool | None = _f(
        "Ligt er een transformatieplan met SMART-geformuleerde afspraken?", "transformatieplan met SMART-afspraken"
    )
    dubbele_financiering: bool | None = _f(
        "Wordt (een deel van) het plan al uit een andere bron gefinancierd?", "dubbele financiering"
    )
    andere_regeling_passend: bool | None = _f(
        "Is er een andere, beter passende regeling (zoals SPUK DOS)?", "beter passende andere regeling"
    )
    bijzondere_zorgbehoefte: bool | None = _f(
        "Heeft de cliënt volgens het zorgkantoor een zorgbehoefte waarin het zorgprofiel redelijkerwijs niet voorziet?",
        "bijzondere zorgbehoefte",
    )
    kosten_soort: KostenSoort | None = _f(
        "Gaat het om de kosten van de lege kamer of om extra kosten voor het opbaren?", "soort opbaarkosten"
    )

    @field_validator("zorgprofiel", mode="before")
    @classmethod
    def _profile(cls, v: object) -> object:
        if v is None:
            return v
        text = re.sub(r"[\s_]+", "", str(v))
        canon = {p.lower(): p for p in ALL_PROFILES}
        key = text.lower().replace("ggzw", "ggz-w")
        if key not in canon:
            raise ValueError(f"onbekend zorgprofiel {v!r}")
        return canon[key]

    @model_validator(mode="after")
    def _derive(self) -> Facts:
        # Derived facts: only filled when the source facts are known and the derived one is absent.
        updates: dict[str, Any] = {}
        if self.zorgprofiel is not None and self.sector is None:
            updates["sector"] = Sector(profile_sector(self.zorgprofiel))
        if self.aantal_plaatsen is not None and self.verwachte_ligdagen is not None and self.productieplafond is None:
            updates["productieplafond"] = self.aantal_plaatsen * self.verwachte_ligdagen
        if self.duur_weken is not None and self.duur_maanden is None:
            updates["duur_maanden"] = round(self.duur_weken * 12 / 52, 4)
        if self.duur_maanden is not None and self.duur_weken is None:
            updates["duur_weken"] = round(self.duur_maanden * 52 / 12, 4)
        for key, value in updates.items():
            object.__setattr__(self, key, value)
        return self

    def known(self) -> dict[str, Any]:
        return {k: v for k, v in self.model_dump().items() if v is not None}


FACT_NAMES: tuple[str, ...] = tuple(Facts.model_fields)

# Facts that :class:`Facts` derives from others (removing a fact means removing its sources too).
DERIVED_FROM: dict[str, tuple[str, ...]] = {
    "sector": ("zorgprofiel",),
    "productieplafond": ("aantal_plaatsen", "verwachte_ligdagen"),
    "duur_weken": ("duur_maanden",),
    "duur_maanden": ("duur_weken",),
}


def fact_ask_nl(name: str) -> str:
    extra = Facts.model_fields[name].json_schema_extra
    assert isinstance(extra, dict)
    return str(extra["ask_nl"])


def fact_label_nl(name: str) -> str:
    return Facts.model_fields[name].description or name


def fact_values(name: str) -> list[str]:
    """The allowed values of an enum or boolean fact (empty for numbers, dates, free text)."""
    ann = Facts.model_fields[name].annotation
    args = getattr(ann, "__args__", ())
    for a in args:
        if isinstance(a, type) and issubclass(a, StrEnum):
            return [m.value for m in a]
        if a is bool:
            return ["ja", "nee"]
    if name == "zorgprofiel":
        return list(ALL_PROFILES)
    return []


def parse_facts(raw: dict[str, object]) -> Facts:
    """Validate user facts; raise :class:`InputError` with a Dutch message."""
    unknown = sorted(set(raw) - set(FACT_NAMES))
    if unknown:
        raise InputError(f"Onbekend gegeven: {', '.join(unknown)}. Bekende gegevens: zie `rules`-overzicht.")
    cleaned = {k: _coerce(v) for k, v in raw.items() if v is not None}
    try:
        return Facts.model_validate(cleaned)
    except ValidationError as exc:
        parts = []
        for err in exc.errors():
            loc = ".".join(str(x) for x in err["loc"]) or "gegevens"
            parts.append(f"{loc}: waarde {err.get('input')!r} is ongeldig")
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

    def all_cites(self) -> list[Cite]:
        cites: list[Cite] = list(self.cite)
        for cond in [*self.conditions, *self.open_if]:
            cites.extend(cond.cite)
        for proviso in self.provisos:
            cites.extend(proviso.cite)
        return cites


class Trigger(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    terms: list[str] = Field(min_length=1)  # regular expressions, matched case-insensitively
    weight: float = Field(gt=0, le=1)


class Rule(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=r"^[a-z0-9_]+$")
    family: str = ""
    question_nl: str = Field(min_length=5)
    facts: list[str]
    scope: dict[str, list[Scalar]] = Field(default_factory=dict)  # allowed values per fact for this rule
    triggers: list[Trigger] = Field(min_length=1)
    requires: list[str] = Field(default_factory=list)  # at least one of these patterns must match to route
    versions: list[Version] = Field(min_length=1)

    def version_at(self, d: date) -> Version | None:
        hits = [v for v in self.versions if v.in_force(d)]
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

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "text_nl": self.text_nl, "status": self.status, "citations": [c.to_json() for c in self.citations]}


@dataclass(frozen=True)
class MissingFact:
    fact: str
    ask_nl: str
    values: tuple[str, ...]

    def to_json(self) -> dict[str, Any]:
        return {"fact": self.fact, "ask_nl": self.ask_nl, "values": list(self.values)}


@dataclass(frozen=True)
class SupersededOut:
    citation: CitationOut
    superseded_by: str

    def to_json(self) -> dict[str, Any]:
        return {**self.citation.to_json(), "superseded_by": self.superseded_by}


@dataclass(frozen=True)
class Verdict:
    """The answer to one rule question for one date, one period, or (split) a year."""

    rule_id: str
    question_nl: str
    outcome: OutcomeT
    reason: ReasonT
    summary_nl: str
    as_of: date | None = None
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

    @property
    def when_nl(self) -> str:
        return describe_when(self.as_of, self.period)

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"rule_id": self.rule_id, "question_nl": self.question_nl}
        if self.as_of is not None:
            data["as_of"] = self.as_of.isoformat()
        else:
            start, end = self.period if self.period else (None, None)
            data["period"] = {
                "from": start.isoformat() if start else None,
                "to": end.isoformat() if end else None,
            }
        data.update(
            {
                "version": self.version,
                "outcome": self.outcome,
                "reason": self.reason,
                "summary_nl": self.summary_nl,
                "conditions": [c.to_json() for c in self.conditions],
                "missing_facts": [m.to_json() for m in self.missing_facts],
                "superseded": [s.to_json() for s in self.superseded],
                "citations": [c.to_json() for c in self.citations],
                "provisos": [p.to_json() for p in self.provisos],
                "parts": [p.to_json() for p in self.parts],
                "if_met": self.if_met,
                "facts": {k: (v.isoformat() if isinstance(v, date) else v) for k, v in sorted(self.facts.items())},
            }
        )
        if self.confidence is not None:
            data["confidence"] = round(self.confidence, 3)
        return data


def describe_when(as_of: date | None, period: tuple[date, date | None] | None) -> str:
    if as_of is not None:
        return f"op {format_date_nl(as_of)}"
    if period is None:
        return "zonder datum"
    start, end = period
    if end is not None and start.month == 1 and start.day == 1 and end.month == 12 and end.day == 31:
        return f"in {start.year}" if start.year == end.year else f"in {start.year}–{end.year}"
    if end is None:
        return f"vanaf {format_date_nl(start)}"
    return f"van {format_date_nl(start)} t/m {format_date_nl(end)}"
