"""Deterministic fact extraction from Dutch questions, and routing to a rule.

Regular expressions and lookup tables only: the same question always gives the
same facts. Negations that change a fact ("geen REC of DEC", "zonder behandeling")
are matched before the positive forms. A fact that is not mentioned stays absent.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any

from ..types import MONTHS_NL
from .model import Rule

# --------------------------------------------------------------------------- helpers

_NUM_WORDS = {
    "een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8,
    "negen": 9, "tien": 10, "elf": 11, "twaalf": 12, "dertien": 13, "veertien": 14, "vijftien": 15,
    "zestien": 16, "achttien": 18, "twintig": 20, "dertig": 30,
}
# A number starts where no digit (or digit and separator) precedes it: the same first match as without the
# look-behind (a number found inside another one also matches from that one's start), but a search over a long
# run of digits tries each run once instead of from every position in it (quadratic: 4,000 digits took 2 s).
_NUM = r"((?<!\d)(?<!\d[.,])\d+(?:[.,]\d+)*|" + "|".join(sorted(_NUM_WORDS, key=len, reverse=True)) + r")"

MONTHS = {name: i for i, name in enumerate(MONTHS_NL, 1)} | {  # the month table of types.py, and abbreviations
    "jan": 1, "feb": 2, "mrt": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "okt": 10, "nov": 11,
    "dec": 12,
}
_MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))


def _num(text: str) -> float:
    text = text.strip().lower()
    if text in _NUM_WORDS:
        return float(_NUM_WORDS[text])
    if re.fullmatch(r"\d{1,3}(\.\d{3})+", text):  # Dutch thousands: 4.500
        return float(text.replace(".", ""))
    return float(text.replace(",", "."))


def _int(text: str) -> int:
    return round(_num(text))


def normalize_question(text: str) -> str:
    text = text.lower().replace("’", "'").replace("‘", "'").replace("–", "-").replace("—", "-")
    return re.sub(r"\s+", " ", text).strip()


# --------------------------------------------------------------------------- tables

CLIENT_GROUP_PATTERNS: list[tuple[str, str]] = [
    ("nah_plus", r"\bnah\s*(?:\+|plus\b)|niet[-\s]?aangeboren\s+hersenletsel|\bnah\b"),
    ("ms_plus", r"\bms\s*(?:\+|plus\b)|multiple\s+sclerose|\bms\b"),
    ("gp_plus", r"\bgp\s*(?:\+|plus\b)|gerontopsychiatrie"),
    ("dzep", r"\bdzep\b|dementie met zeer ernstig"),
    ("lbs", r"\blbs\b|bewustzijnsstoornis|bewustzijns stoornis"),
    ("korsakov", r"korsakov|korsakoff"),
    ("huntington", r"huntington"),
]

_SECTOR = r"(sglvg|lvg|vv|vg|lg|zg\s*vis|zgvis|zg\s*aud|zgaud|ggz[-\s]?w)"
PROFILE_RE = re.compile(r"\b(?:zzp|zorgprofiel|profiel)?\s*" + _SECTOR + r"\s*-?\s*(10|[1-9])\s*(b\b)?(?!\d)")
PROFILE_REVERSED_RE = re.compile(r"\b(?:zzp|zorgprofiel)\s*(10|[1-9])(b)?\s*-?\s*" + _SECTOR + r"\b")

LEVERINGSVORM_PATTERNS: list[tuple[str, str]] = [
    ("pgb", r"\bpgb\b|persoonsgebonden budget"),
    ("mpt", r"\bmpt\b|modulair pakket thuis"),
    ("vpt", r"\bvpt\b|volledig pakket thuis"),
    ("verblijf", r"\bverblijf|\bverblijft\b|\bverblijven\b|intramura|in een (?:wlz-)?instelling|in de instelling"
     r"|\bzzp\b|woont in (?:een|de|onze|ons) "),
]

HULPMIDDEL_PATTERNS: list[tuple[str, str]] = [
    ("spraak_secundair", r"secundaire communicatie"),
    ("spraak_primair", r"primaire communicatie"),
    ("roerend_gedeeld", r"tillift|hoog-?laag ?bed|douchestoel|roerende voorziening|meerdere (?:personen|cliënten) gebruik"),
    ("mobiliteit_individueel", r"rolstoel|scootmobiel|aangepaste fiets|driewielfiets|mobiliteitshulpmiddel"),
    ("verpleging_verzorging", r"stoma|wondverzorging|verband(?:middel)?|incontinentie"),
    ("persoonsgebonden", r"orthopedisch|prothese|ligorthese|persoonsgebonden (?:kleding|hulpmiddel)"),
]

BEHANDELING_SOORT_PATTERNS: list[tuple[str, str]] = [
    ("consultatie_so_avg", r"\bh33[56]\b|consult\w*\s+(?:van\s+)?(?:de\s+|een\s+)?(?:so\b|sog\b|avg|specialist ouderen|arts vg|arts verstandelijk)"
     r"|(?:so|sog|avg)[- ]?consult"),
    ("overige_behandeling", r"fysiotherap|paramedi|ergotherap|logopedi|diëtist|dietist|psycholo|gedragskundige behandeling"),
]

VERVOLG_PATTERNS: list[tuple[str, str]] = [
    ("geen_wlz", r"geen (?:nieuwe )?wlz-?indicatie|geen indicatie meer|uitstroom\w* naar (?:de )?wmo|naar de wmo"),
    ("sglvg_opnieuw", r"opnieuw (?:een )?\(?(?:sg)?\)?lvg-?indicatie|nieuwe \(?(?:sg)?\)?lvg-?indicatie"),
    ("wlz_anders", r"(?:nieuwe|andere) wlz-?indicatie|\b(?:vg|vv|lg|ggz)-indicatie|indicatie (?:voor )?(?:vg|vv|lg|ggz)\b"),
]

KOSTEN_PATTERNS: list[tuple[str, str]] = [
    ("lege_kamer", r"lege kamer|leegstand|mutatiedag|kamer (?:doorbetal|doorbereken)"),
    ("extra_opbaren", r"extra (?:kosten )?(?:voor )?(?:het )?opbaren|opbaarkosten|koeling|kosten van (?:het )?opbaren"),
]

# (fact, negative patterns, positive patterns): negatives are tried first.
BOOL_PATTERNS: list[tuple[str, list[str], list[str]]] = [
    (
        "rec_dec_positief_advies",
        [r"\bgeen\s+(?:rec|dec)\b", r"\bgeen (?:erkend )?expertisecentrum", r"niet (?:als )?(?:rec|dec) aangewezen",
         r"(?:geen|zonder) (?:positief )?(?:celz-?|deskundigen)?advies", r"negatief (?:celz-?|deskundigen)?advies",
         r"\bniet (?:een |als )?(?:rec|dec)\b", r"\bgeen (?:rec|dec)"],
        [r"\b(?:een|ons|onze|als|zijn|is)\s+(?:\w+\s+)?(?:rec|dec)\b", r"positief (?:celz-?|deskundigen)?advies",
         r"aangewezen als (?:rec|dec)", r"(?:rec|dec) met (?:een )?positief", r"\b(?:wij|we) zijn (?:een )?(?:rec|dec)\b",
         r"erkend expertisecentrum"],
    ),
    ("binnen_duur_advies", [r"(?:na afloop|buiten de (?:duur|looptijd)|verlopen) (?:van )?(?:het )?(?:celz-?)?advies",
                            r"advies (?:is )?verlopen"],
     [r"binnen de (?:duur|looptijd) van (?:het )?(?:positie\w+ )?(?:celz-?)?advies", r"advies loopt nog"]),
    ("toegelaten_behandeling", [r"niet toegelaten", r"geen toelating", r"geen afspraken (?:met|over)"],
     [r"toegelaten (?:voor|om) (?:het leveren van )?behandeling", r"toelating voor behandeling",
      r"afspraken (?:met het zorgkantoor )?over behandeling"]),
    ("kortdurend", [r"(?<!niet )structureel", r"blijvend", r"voor altijd"],
     [r"kortdurend", r"tijdelijk", r"beperkte (?:periode|tijd)", r"korte periode", r"niet structureel", r"eenmalig"]),
    ("onder_regie_so", [r"niet onder (?:de )?(?:regie|verantwoordelijkheid)", r"zonder (?:regie|betrokkenheid) van de so"],
     [r"onder (?:de )?(?:regie|verantwoordelijkheid) (?:en (?:de )?regie )?van de so"]),
    ("locatie_biedt_behandeling",
     [r"(?:bieden|biedt|leveren|levert|hebben) (?:wij |we |zij |ze )?geen behandeling", r"locatie (?:zonder|waar geen) behandeling",
      r"waar geen behandeling", r"afdeling zonder behandeling", r"geen behandeling (?:wordt )?(?:ge)?boden"],
     [r"(?:bieden|biedt|leveren|levert) (?:wij |we |zij |ze )?(?:wel |ook )?behandeling", r"locatie (?:met|waar) behandeling",
      r"waar behandeling (?:wordt )?(?:ge)?boden", r"afdeling met behandeling"]),
    ("behandeling_inbegrepen",
     [r"(?<!locatie )(?<!afdeling )(?:zonder|exclusief|excl\.?) behandeling", r"behandeling (?:is )?geen onderdeel",
      r"\bzzp\b[^.?]{0,20}\bzonder\b"],
     [r"(?:met|inclusief|incl\.?) behandeling", r"behandeling (?:is )?(?:wel )?onderdeel"]),
    ("behandeling_zelfde_instelling",
     [r"(?:andere|externe) (?:instelling|aanbieder|zorgaanbieder) (?:levert|voor) (?:de )?behandeling",
      r"behandeling (?:door|van|bij) een andere", r"niet (?:door|van) dezelfde instelling"],
     [r"(?:van|door|bij) dezelfde instelling", r"eigen behandelaars", r"(?:van|door) (?:ons|de instelling) zelf"]),
    ("inclusief_dagbesteding", [r"(?:zonder|exclusief|excl\.?) dagbesteding"], [r"(?:met|inclusief|incl\.?) dagbesteding"]),
    ("actief_wachtend", [r"niet (?:actief )?wachtend", r"staat niet op de wachtlijst"],
     [r"actief wachtend", r"op de wachtlijst", r"wacht(?:end|t)? op (?:opname|plaatsing|een plek)", r"wachtlijst"]),
    ("wachtinstelling_gecontracteerd", [r"niet gecontracteerd", r"geen (?:contract|overeenkomst)"],
     [r"(?<!niet )gecontracteerd", r"(?:contract|overeenkomst) met het zorgkantoor", r"waarmee het zorgkantoor een overeenkomst"]),
    ("overbrugging_tot_opname", [r"structureel", r"\bomzetten\b", r"omzetting", r"\bom te zetten\b"],
     [r"overbrug", r"tot (?:de )?opname", r"wacht(?:end|t)? op (?:opname|plaatsing)", r"in afwachting van opname"]),
    ("pgb_voor_2020", [r"(?:na|sinds|vanaf|per) (?:1 januari )?2020 (?:een |het )?pgb", r"pgb (?:pas )?(?:na|sinds|vanaf) (?:1 januari )?2020"],
     [r"(?:voor|vóór) (?:1 januari )?2020", r"al (?:een )?pgb (?:sinds|vanaf|uit) (?:20)?1\d"]),
    ("indicatiebesluit_lopend", [r"indicatie(?:besluit)? (?:is )?(?:afgelopen|verlopen)", r"nieuwe indicatie"],
     [r"(?:lopende|loopt nog|lopend) (?:indicatie|indicatiebesluit)?", r"indicatie(?:besluit)? loopt nog"]),
    ("een_locatie", [r"(?:verschillende|meerdere) locaties", r"niet op (?:één|1|een) locatie"],
     [r"op (?:één|1) locatie", r"(?:alles|alle functies) op (?:een|één|1|dezelfde) locatie", r"op dezelfde locatie"]),
    ("expertise_in_huis", [r"(?:extern|van buiten) (?:in)?(?:huren|inhuren|ingehuurd)", r"niet in huis", r"huren (?:de )?expertise in"],
     [r"(?:zelf )?in huis", r"eigen behandelaars"]),
    ("behandelaar_gz_psycholoog", [r"basispsycholoog|basis-psycholoog|basis-orthopedagoog|\bavg-arts als behandelaar"],
     [r"gz-psycholoog|orthopedagoog-generalist"]),
    ("eerdere_interventies_onvoldoende", [r"eerdere interventies (?:hebben )?(?:wel )?(?:gewerkt|voldoende)"],
     [r"eerdere interventies (?:bleken |waren |zijn )?onvoldoende", r"eerdere (?:behandelingen|interventies) (?:hebben )?niet (?:gewerkt|geholpen)"]),
    ("derdelijns_uitkomst", [r"derdelijns\w* (?:behandeling )?(?:biedt|kan) geen"], [r"derdelijns\w* (?:behandeling )?(?:kan |biedt )?uitkomst"]),
    ("borg_onvoldoende_aanbod", [r"de borg[^.?]{0,30}(?:voldoende|genoeg) (?:plek|aanbod|ruimte)(?! )"],
     [r"de borg[^.?]{0,40}(?:onvoldoende|te weinig|geen) (?:plek|aanbod|zorgaanbod|ruimte|plaats)", r"(?:wachtlijst|vol) bij de borg"]),
    ("forensisch_of_borg", [r"geen forensisch", r"zonder forensisch", r"geen borginstelling"],
     [r"forensisch\w* (?:psychiatrische )?(?:afdeling|kliniek)", r"borginstelling", r"de borg-instelling"]),
    ("besloten_setting", [r"geen (?:gesloten|besloten)", r"open setting|open woonvorm"], [r"(?:gesloten|besloten) (?:setting|groep|afdeling)"]),
    ("permanent_toezicht", [r"geen (?:permanent )?toezicht", r"niet permanent"], [r"permanent toezicht", r"24/7 toezicht"]),
    ("avg_gedragsdeskundige_hbo", [r"geen avg", r"zonder avg"], [r"avg,? (?:een )?gedragsdeskundige"]),
    ("epilepsie_volledig_spectrum", [r"niet het volledige spectrum", r"geen (?:gespecialiseerd )?onderwijs"],
     [r"volledig(?:e)? spectrum"]),
    ("epilepsie_derdelijns_en_langdurig", [r"geen derdelijns", r"alleen langdurige", r"geen klinische"],
     [r"derdelijns (?:klinische )?(?:en|én) langdurige", r"landelijke functie"]),
    ("epilepsie_onderzoek", [r"geen (?:wetenschappelijk )?onderzoek"], [r"wetenschappelijk onderzoek"]),
    ("boven_formatie", [r"binnen de (?:reguliere )?formatie", r"uit de (?:reguliere )?formatie", r"niet extra"],
     [r"boven(?:op| op) de (?:reguliere )?formatie", r"extra (?:personeel|ingezet)"]),
    ("meerdere_aanbieders", [r"alleen (?:onze|ons|wij|we)\b", r"(?:één|1|een) (?:enkele )?aanbieder", r"alleen voor (?:onze|ons)"],
     [r"meerdere (?:zorg)?aanbieders", r"samen met (?:andere|\d+|twee|drie|vier) (?:zorg)?aanbieders", r"regionaal samenwerkingsverband"]),
    ("draagvlak_regio", [r"geen draagvlak"], [r"draagvlak"]),
    ("smart_plan", [r"geen (?:transformatie)?plan", r"niet smart"], [r"smart", r"transformatieplan"]),
    ("dubbele_financiering", [r"geen dubbele financiering", r"niet (?:al )?(?:anders |elders )?gefinancierd"],
     [r"dubbele financiering", r"al (?:gefinancierd|betaald) (?:uit|via|door)", r"ook (?:al )?uit (?:de )?spuk"]),
    ("andere_regeling_passend", [r"geen (?:andere|passender) regeling"],
     [r"spuk[- ]?dos (?:past|is passender|beter)", r"(?:beter|meer) pass\w+ (?:andere )?regeling", r"past (?:beter )?(?:in|bij) (?:de )?spuk"]),
    ("bijzondere_zorgbehoefte", [r"geen bijzondere zorgbehoefte", r"binnen het zorgprofiel (?:te|kan)"],
     [r"bijzondere zorgbehoefte", r"(?:meer|groter) dan (?:uit )?het zorgprofiel", r"zorgprofiel (?:redelijkerwijs )?niet (?:in )?voorzien"]),
    ("persoonlijke_verzorging_indicatie", [r"geen (?:indicatie (?:voor )?)?persoonlijke verzorging"],
     [r"persoonlijke verzorging"]),
    ("behandeling_gestart_voor_verhuizing", [r"(?:na|pas na) de verhuizing (?:begonnen|gestart)", r"nog niet begonnen"],
     [r"(?:voor|vóór) de verhuizing (?:al )?(?:begonnen|gestart|besteld)", r"al (?:begonnen|besteld|gestart)"]),
    ("wmo_hulpmiddel_in_bezit", [r"(?:nog )?geen (?:mobiliteits)?hulpmiddel"],
     [r"(?:via|uit) de wmo", r"wmo-(?:hulpmiddel|rolstoel|scootmobiel)", r"al in (?:het )?bezit"]),
]

ELIGIBILITY_CUE = re.compile(
    r"\b(mag|mogen|mocht|kan|kunnen|kunt|geldt|gelden|komt|komen|aanmerking|vergoed\w*|declare\w*|valt|vallen|"
    r"recht op|voldoe\w*|moet|moeten|toegestaan|betaalt|betalen|bovenbudgettair|instellingsbudget|van toepassing|"
    r"hoe lang|maximaal|te hoog|verlengd|verlengen|ingekocht|inkopen|koopt|kopen|beschikbaar|zit .* in|blijven|"
    r"onder de wlz|uit de wlz|wlz-zorg|valt onder)\b"
)
# A question that opens by asking for content — an amount, a duration, a place, a person, a list — is not a yes/no
# eligibility question, even when a modal verb follows ("Hoeveel mutatiedagen mogen we declareren?"), unless a
# yes/no clause of its own follows (", valt die buiten het instellingsbudget?", ". Mogen wij dat declareren").
NON_ELIGIBILITY = re.compile(
    r"^((aan|onder|voor|in|op|bij|met|van|uit|over|tot|door|binnen|vanaf|sinds) )?"
    r"(wat is|wat zijn|wat betekent|wat valt|wat houdt|wie|waar|waarop|waarom|wanneer|hoeveel|hoe (lang|vaak|hoog|"
    r"groot|veel|snel)|welke?)\b"
)
SCOPE_QUESTION = re.compile(r"^(voor|bij) welke? .*\b(geldt|gelden)\b")  # "Voor welke zzp's geldt de toeslag …?"
YES_NO_CLAUSE = re.compile(
    r"(^|[,?.;:]\s*|\ben\s)(mag|mogen|kan|kunnen|geldt|gelden|valt|vallen|komt|komen|heeft|hebben|is|zijn|wordt|"
    r"worden|moet|moeten|krijgt|krijgen)\s+(ik|we|wij|u|hij|zij|ze|die|dit|dat|het|de|een|onze|mijn|deze)\b"
)


# --------------------------------------------------------------------------- extraction


@dataclass
class _Found:
    value: Any
    pos: int


@lru_cache(maxsize=4096)
def _rx(pattern: str) -> re.Pattern[str]:
    """Compiled patterns, kept: there are more than ``re``'s own cache holds."""
    return re.compile(pattern)


def _search(pattern: str, text: str) -> re.Match[str] | None:
    return _rx(pattern).search(text)


def _first(patterns: Iterable[tuple[str, str]], text: str) -> Any:
    best: _Found | None = None
    for value, pattern in patterns:
        m = _search(pattern, text)
        if m and (best is None or m.start() < best.pos):
            best = _Found(value, m.start())
    return best.value if best else None


def _client_groups(text: str) -> list[tuple[int, str]]:
    """Every client group named in ``text`` with its position; a match that starts inside the text of an
    earlier pattern's match (``nah`` inside "nah plus") does not count again.

    Linear in the text: the characters taken by a match are marked in a byte mask (each pattern's own matches
    do not overlap, so marking costs at most one pass over the text per pattern), and a match is checked by
    one look-up instead of against every span taken so far (that was quadratic: 1 MB of history took 29 s)."""
    found: list[tuple[int, str]] = []
    taken = bytearray(len(text) + 1)
    for value, pattern in CLIENT_GROUP_PATTERNS:
        spans = [(m.start(), m.end()) for m in _rx(pattern).finditer(text) if not taken[m.start()]]
        for s, e in spans:  # marked after the pattern's own loop: its matches never overlap each other
            taken[s:e] = b"\x01" * (e - s)
            found.append((s, value))
    return sorted(found)


def _profile(text: str) -> str | None:
    candidates: list[tuple[int, str]] = []
    for m in PROFILE_RE.finditer(text):
        sector, number, b = m.group(1), m.group(2), m.group(3)
        candidates.append((m.start(), _canon_profile(sector, number, b)))
    for m in PROFILE_REVERSED_RE.finditer(text):
        number, b, sector = m.group(1), m.group(2), m.group(3)
        candidates.append((m.start(), _canon_profile(sector, number, b)))
    for _, canon in sorted(candidates):
        if canon:
            return canon
    return None


def _canon_profile(sector: str, number: str, b: str | None) -> str:
    from .model import ALL_PROFILES

    sector = re.sub(r"[\s-]", "", sector)
    names = {"vv": "VV", "vg": "VG", "lg": "LG", "lvg": "LVG", "sglvg": "SGLVG", "zgvis": "ZGvis", "zgaud": "ZGaud", "ggzw": "GGZ-W"}
    name = names.get(sector, "")
    if name == "SGLVG":
        return "SGLVG"
    canon = f"{name}{number}{'b' if b else ''}"
    return canon if canon in ALL_PROFILES else ""


def _dates(text: str) -> list[tuple[int, date]]:
    out: list[tuple[int, date | None]] = []
    for m in re.finditer(r"\b(\d{1,2})\s+(" + _MONTH_RE + r")\.?\s+(20\d\d)\b", text):
        out.append((m.start(), _safe_date(int(m.group(3)), MONTHS[m.group(2)], int(m.group(1)))))
    for m in re.finditer(r"\b(\d{1,2})-(\d{1,2})-(20\d\d)\b", text):
        out.append((m.start(), _safe_date(int(m.group(3)), int(m.group(2)), int(m.group(1)))))
    for m in re.finditer(r"\b(20\d\d)-(\d{2})-(\d{2})\b", text):
        out.append((m.start(), _safe_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))))
    return sorted((p, d) for p, d in out if d is not None)


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def extract_facts(text: str, *, today: date | None = None) -> dict[str, Any]:
    """Facts stated in ``text``. Keys ``year`` / ``as_of`` carry the time the question is about."""
    t = normalize_question(text)
    ref = today or date.today()
    facts: dict[str, Any] = {}

    groups = _client_groups(t)
    # "wij zijn een DEC voor Korsakov": the group named with the REC/DEC
    dec_group = None
    m = re.search(r"\b(?:rec|dec|expertisecentrum)\s+(?:voor|van)\s+(?:de\s+)?(?:doelgroep\s+)?([^,.?;]+)", t)
    if m:
        inner = _client_groups(m.group(1))
        dec_group = inner[0][1] if inner else None
    others = [g for p, g in groups if not (m and m.start(1) <= p < m.end(1))]
    if others:
        facts["client_group"] = others[0]
    elif dec_group:
        facts["client_group"] = dec_group

    profile = _profile(t)
    if profile:
        facts["zorgprofiel"] = profile
    elif re.search(r"\bsglvg\b", t) and not re.search(r"\(sg\)\s?lvg", t):
        facts["sector"] = "SGLVG"
    elif re.search(r"(?<![(\w])lvg-?(?:indicatie|zorgprofiel|profiel|cliënt)", t):
        facts["sector"] = "LVG"
    elif re.search(r"\bggz-?w(?:onen)?\b", t):
        facts["sector"] = "GGZ-W"
    elif re.search(r"\bzg-?(?:profiel|zorgprofiel|indicatie|cliënt)|zintuiglijk", t):
        pass

    lv = _first(LEVERINGSVORM_PATTERNS, t)
    if lv:
        facts["leveringsvorm"] = lv
    for name, patterns in (
        ("hulpmiddel_soort", HULPMIDDEL_PATTERNS),
        ("behandeling_soort", BEHANDELING_SOORT_PATTERNS),
        ("vervolg_indicatie", VERVOLG_PATTERNS),
        ("kosten_soort", KOSTEN_PATTERNS),
    ):
        value = _first(patterns, t)
        if value:
            facts[name] = value

    for name, negs, poss in BOOL_PATTERNS:
        if any(_search(p, t) for p in negs):
            facts[name] = False
        elif any(_search(p, t) for p in poss):
            facts[name] = True
    # the REC/DEC named is for another group than the one asked about: the designation is not known
    if dec_group and facts.get("client_group") not in (None, dec_group) and facts.get("rec_dec_positief_advies"):
        del facts["rec_dec_positief_advies"]

    _numbers(t, facts)
    _time(t, ref, facts)
    return facts


def _numbers(t: str, facts: dict[str, Any]) -> None:
    m = re.search(r"\b(\d+)\s*[x×]\s*(\d+)\s*weken", t)
    if m:
        facts["duur_weken"] = float(int(m.group(1)) * int(m.group(2)))
    elif m := re.search(_NUM + r"\s*(?:weken|week)\b", t):
        facts["duur_weken"] = _num(m.group(1))
    if re.search(r"(?:een |1 )?half ?jaar", t):
        facts.setdefault("duur_maanden", 6.0)
    years = re.search(r"\b(\d|een|één|twee|drie|vier|vijf)\s*(?:jaar|jaren)\b(?! geleden)", t)
    if m := re.search(_NUM + r"\s*(?:maanden|maand)\b", t):
        facts["duur_maanden"] = _num(m.group(1))
    elif years and "duur_maanden" not in facts and "duur_weken" not in facts:
        facts["duur_maanden"] = _num(years.group(1)) * 12
    if m := re.search(r"(?<!\d)(\d+)\s*minuten", t):
        facts["aanrijtijd_minuten"] = int(m.group(1))
    if m := re.search(r"(?<!\d)(\d+(?:[.,]\d+)?)\s*(?:%|procent)", t):
        facts["ekt_percentage"] = _num(m.group(1))
    if n := _number_before(r"\s*(?:verblijfs)?(?:plaatsen|plekken|bedden)\b", t):
        facts["aantal_plaatsen"] = _int(n)
    if n := _number_before(r"\s*(?:verwachte\s+)?ligdagen", t):
        facts["verwachte_ligdagen"] = _int(n)
    if n := _number_before(r"\s*(?:productie)?dagen\b", t):
        facts["productie_dagen"] = _int(n)
    if m := re.search(r"(?:beveiligings)?niveau\s*(\d)", t):
        level = int(m.group(1))
        if 1 <= level <= 4:
            facts["beveiligingsniveau"] = level


_NUMBER_RUN = re.compile(r"\d[\d.]*")


def _number_before(suffix: str, t: str) -> str | None:
    """The first number (digits and dots) directly followed by ``suffix``: what ``re.search(r"(\\d[\\d.]*)" +
    suffix)`` finds (the number always runs to the end of its run of digits and dots, since the suffix starts
    with a space or a letter), in one pass over the text instead of a scan from every digit (quadratic)."""
    rx = _rx(suffix)
    for m in _NUMBER_RUN.finditer(t):
        if rx.match(t, m.end()):
            return m.group()
    return None


def _time(t: str, ref: date, facts: dict[str, Any]) -> None:
    dates = _dates(t)
    used_years: set[int] = set()
    for pos, d in dates:
        before = t[max(0, pos - 60) : pos]
        after = t[pos : pos + 40]
        advice = max(before.rfind("advies"), before.rfind("ingangsdatum"))
        declare = max(before.rfind("declar"), after.find("declar") if after.find("declar") >= 0 else -1)
        if advice >= 0 and advice > before.rfind("declar") and "ingangsdatum_advies" not in facts:
            facts["ingangsdatum_advies"] = d
        elif declare >= 0 and "declaratie_startdatum" not in facts:
            facts["declaratie_startdatum"] = d
            facts.setdefault("as_of", d)
        elif re.search(r"(?:voor|vóór|sinds)\s+$", before):
            pass
        else:
            facts.setdefault("as_of", d)
        used_years.add(d.year)
    if "as_of" in facts:
        return
    year = None
    for m in re.finditer(r"\b(20[1-4]\d)\b", t):
        before = t[max(0, m.start() - 20) : m.start()]
        after = t[m.end() : m.end() + 25]
        if re.search(r"(?:vóór|sinds|na|tot)\s+(?:1 januari\s+)?$|voor 1 januari\s+$|(?:al|nog) voor\s+$", before):
            continue
        if re.search(r"voor\s+$", before) and re.search(r"^\s*(?:al |een |het )*(?:pgb|had|kreeg|gekregen|ontving)", after):
            continue
        if re.search(r"\d{1,2}\s+(?:" + _MONTH_RE + r")\.?\s+$|\d-$", before):
            continue
        if int(m.group(1)) in used_years and dates:
            continue
        year = int(m.group(1))
        break
    if year is None:
        if re.search(r"volgend jaar|komend jaar|volgend contractjaar", t):
            year = ref.year + 1
        elif re.search(r"dit jaar|dit contractjaar|huidige jaar|dit kalenderjaar", t):
            year = ref.year
        elif re.search(r"vorig jaar|afgelopen jaar", t):
            year = ref.year - 1
    if year is not None:
        facts["year"] = year


# --------------------------------------------------------------------------- routing


def is_eligibility_question(text: str) -> bool:
    t = normalize_question(text)
    if NON_ELIGIBILITY.search(t) and not YES_NO_CLAUSE.search(t) and not SCOPE_QUESTION.search(t):
        return False
    return bool(ELIGIBILITY_CUE.search(t))


def route(rules: dict[str, Rule], question: str, facts: dict[str, Any]) -> list[tuple[str, float]]:
    """Score every rule on its trigger terms (+ a little for known facts it uses); best first."""
    t = normalize_question(question)
    if not is_eligibility_question(t):
        return []
    scored: list[tuple[str, float, int]] = []
    for order, rule in enumerate(rules.values()):
        if rule.requires and not any(_search(p, t) for p in rule.requires):
            continue
        score = 0.0
        for trig in rule.triggers:
            if any(_search(term, t) for term in trig.terms):
                score += trig.weight
        if score == 0:
            continue
        known = sum(1 for f in rule.facts if f in facts)
        score += min(0.15, 0.05 * known)
        scored.append((rule.id, round(score, 4), order))
    scored.sort(key=lambda x: (-x[1], x[2]))  # raw score decides; ties go to the earlier rule
    return [(rid, min(1.0, s)) for rid, s, _ in scored]
