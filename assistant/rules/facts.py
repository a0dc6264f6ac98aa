"""Deterministic fact extraction from Dutch questions, and routing to a rule.

Regular expressions and lookup tables only: the same question always gives the
same facts. Negations that change a fact ("geen REC of DEC", "zonder behandeling")
are matched before the positive forms. A fact that is not mentioned stays absent.
"""

from __future__ import annotations

import bisect
import itertools
import math
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache
from typing import Any, TypeVar

from ..sentences import sentence_spans
from ..sentences import sentences as split_message
from ..types import MONTHS_NL
from .model import ALL_PROFILES, DERIVED_FROM, NO_END_MONTHS, Rule
from .registry import FactSpec, registry, spelling

# --------------------------------------------------------------------------- helpers

_UNITS = {"een": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8, "negen": 9}
_TENS = {"twintig": 20, "dertig": 30, "veertig": 40, "vijftig": 50, "zestig": 60, "zeventig": 70, "tachtig": 80,
         "negentig": 90}
_NUM_WORDS = {
    "één": 1, **_UNITS, "tien": 10, "elf": 11, "twaalf": 12, "dertien": 13, "veertien": 14, "vijftien": 15,
    "zestien": 16, "zeventien": 17, "achttien": 18, "negentien": 19, **_TENS,
    # "eenentwintig", "vierentwintig", "tweeëndertig", "zesendertig": every number up to 99 in words
    **{f"{u}{'ën' if u.endswith('e') else 'en'}{t}": uv + tv for u, uv in _UNITS.items() for t, tv in _TENS.items()},
}
# A number starts where no digit (or digit and separator) precedes it: the same first match as without the
# look-behind (a number found inside another one also matches from that one's start), but a search over a long
# run of digits tries each run once instead of from every position in it (quadratic: 4,000 digits took 2 s).
# the hundreds ("honderd", "driehonderdvijftig", "driehonderdenvijf"): read by _num, not listed one by one
_HUNDREDS_RE = r"(?:twee|drie|vier|vijf|zes|zeven|acht|negen)?honderd(?:en)?(?:" + "|".join(
    sorted(_NUM_WORDS, key=len, reverse=True)) + r")?"
# the thousands ("drieduizend", "tweeduizend vijfhonderd", "duizend tweehonderd"): one number, never its last part
# alone ("vijfhonderd" of "tweeduizend vijfhonderd" is not 500)
_BELOW_THOUSAND_RE = _HUNDREDS_RE + "|" + "|".join(sorted(_NUM_WORDS, key=len, reverse=True))
_THOUSANDS_RE = (r"(?:" + "|".join(sorted(_NUM_WORDS, key=len, reverse=True)) + r")?duizend(?:[\s-]?(?:en[\s-]?)?(?:"
                 + _BELOW_THOUSAND_RE + r")(?![\w]))?")
_NUM_WORD_RE = _THOUSANDS_RE + "|" + _BELOW_THOUSAND_RE
# A number word is a whole word: "tien" inside "veertien", "een" inside "fourteen" are no numbers of their own.
_NUM = r"((?<!\d)(?<!\d[.,])\d+(?:[.,]\d+)*|(?<![\w])(?:" + _NUM_WORD_RE + r"))"

MONTHS = {name: i for i, name in enumerate(MONTHS_NL, 1)} | {  # the month table of types.py, and abbreviations
    "jan": 1, "feb": 2, "mrt": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "okt": 10, "nov": 11,
    "dec": 12,
}
_MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))


def _num(text: str) -> float:
    text = text.strip().lower()
    if text in _NUM_WORDS:
        return float(_NUM_WORDS[text])
    thousands = re.fullmatch(r"(\w*?)duizend(?:[\s-]?(?:en[\s-]?)?(\w+))?", text)
    if thousands:
        return float(1000 * (_num(thousands.group(1)) if thousands.group(1) else 1) + (
            _num(thousands.group(2)) if thousands.group(2) else 0))
    hundreds = re.fullmatch(r"(twee|drie|vier|vijf|zes|zeven|acht|negen)?honderd(?:en)?(\w*)", text)
    if hundreds and (not hundreds.group(2) or hundreds.group(2) in _NUM_WORDS):
        return float(100 * (_UNITS[hundreds.group(1)] if hundreds.group(1) else 1)
                     + (_NUM_WORDS[hundreds.group(2)] if hundreds.group(2) else 0))
    if re.fullmatch(r"\d{1,3}(\.\d{3})+", text):  # Dutch thousands: 4.500
        return float(text.replace(".", ""))
    return float(text.replace(",", "."))


def _int(text: str) -> int:
    return round(_num(text))


# Accents of emphasis on the short words that decide a reading ("géén overeenkomst", "wél plek", "níet besloten"):
# the word itself, of the same length (offsets stay the same).
_EMPHASIS = {"géén": "geen", "geén": "geen", "gééne": "geene", "wél": "wel", "níet": "niet", "niét": "niet",
             "nóóit": "nooit", "nóg": "nog", "zónder": "zonder", "ník": "nik", "mét": "met", "óók": "ook",
             "dát": "dat", "nú": "nu", "álleen": "alleen", "wèl": "wel"}
_EMPHASIS_RE = re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, _EMPHASIS)) + r")(?![\w-])")


# A verb that opens an asking clause, written without the "t" of the third person (the commonest Dutch spelling
# error, d/dt): "Geld de toeslag ook voor VG4?", "Word dit vergoed?", "Betaald het zorgkantoor …?" (a participle
# for the verb). Only before a subject it agrees with (an article, a pronoun of the third person): "word ik" and
# "word je" are right as they are, "geld" elsewhere is the noun. For routing only (the text is read for facts as written).
_DT_VERB = re.compile(r"(^|[.?!;:,]\s*|\b(?:en|maar|of)\s+)(geld|word|houd|betaald|vergoed|besteed|vind)"
                      r"(?=\s+(?:de|het|dit|dat|deze|die|er|een|zo'n|mijn|onze|ons|zijn|haar|hun|uw|hij|zij|ze|u|men)\b)")
_DT_FORM = {"betaald": "betaalt"}


# A separable verb with its particle last in the clause ("Koopt het zorgkantoor dit jaar DZEP-zorg bij ons in?",
# "Zetten we de extra uren in?"): read joined, as the rules' words name it ("inkoopt", "inzetten"). For routing only.
_SPLIT_VERB = re.compile(r"\b(koopt|kopen|kocht|kochten|koop|zet|zetten|zette|zetten|huurt|huren|huurde|huurden)\b"
                         r"([^.?!;:,]{1,80}?)\s+in(?=\s*(?:[.?!;:,]|$))")


# A chat line's time and sender ("[09:20] Joris: …", "[14:02, 3-3-2026] Sanne: …", "09:21 - Eva: …"): no part of what
# is said, so a line asks or states as it would without them
# (a sender is one to three words that are no label or correction: "[10:40] Correctie: …", "[09:20] het gaat om: …" keep
# their words)
_SENDER = (r"(?!(?:correctie|correction|update|vraag|vraagje|antwoord|opmerking|ps|nb|let|het|de|een|dit|dat|die|er|"
           r"wij|we|ik|zij|ze|hij|zorgplan|indicatie|besluit|status|stand|conclusie|advies|notitie)\b)"
           r"[a-zà-ÿ][\w.'-]*(?:[^\S\n]+[a-zà-ÿ][\w.'-]*){0,2}[^\S\n]*:[^\S\n]*")
_CHAT_PREFIX = re.compile(r"(?m)^[^\S\n]*\[?\d{1,2}[:.]\d{2}(?::\d{2})?(?:,[^\]\n]{0,24})?\][^\S\n]*(?:" + _SENDER + r")?|"
                          r"^[^\S\n]*\d{1,2}[:.]\d{2}[^\S\n]*-[^\S\n]*" + _SENDER, re.I)


def strip_chat_prefixes(text: str) -> str:
    """``text`` without the time and sender that open its chat lines (``_CHAT_PREFIX``)."""
    return _CHAT_PREFIX.sub("", text)


def normalize_question(text: str) -> str:
    text = text.lower().replace("’", "'").replace("‘", "'").replace("–", "-").replace("—", "-")
    # a bullet written inline ("• Cliënte: mevrouw S. • Ze wil verhuizen • Vraag: …") opens a line of its own
    text = re.sub(r"\s*[•▪●◦]\s*", "\n", text)
    text = strip_chat_prefixes(text)
    # a phone's opening, dictated without a mark ("eh hoi met sanne van de planning wat betekenen …"): the question
    # starts after it
    text = _SPOKEN_OPENING.sub("", text, count=1)
    text = _DT_VERB.sub(lambda m: m.group(1) + _DT_FORM.get(m.group(2), m.group(2) + "t"), text)
    text = _SPLIT_VERB.sub(lambda m: "in" + m.group(1) + m.group(2), text)
    # a profile with its number in words, as dictation writes it ("vg zeven", "zzp vv negen b"): in digits, as the
    # rules' trigger terms name it ("vg7", "vv9b")
    text = PROFILE_WORD_RE.sub(lambda m: m.group()[:m.start(1) - m.start()] + m.group(1)
                               + str(_NUM_WORDS[m.group(2)]) + (m.group(3) or ""), text)
    # an adverb in brackets ("weet ik (nog) niet") read as the word: the patterns read "weet ik nog niet"
    text = _BRACKETED_ADVERB.sub(r" \1 ", text)
    # one space between words; a line break kept (a pasted form's lines are sentences of their own)
    return respell(re.sub(r"\s*\n\s*", "\n", re.sub(r"[^\S\n]+", " ", text)).strip())


_SPOKEN_OPENING = re.compile(
    r"^(?:(?:eh+m?|uh+m?|ja|nou)[\s,]+)*(?:hoi|hallo|hey|goedemorgen|goedemiddag|goedenavond)\b[\s,]*"
    r"(?:(?:eh+m?|uh+m?)[\s,]+)?(?:met\s+(?!een\b|de\b|het\b|mijn\b|onze\b|ons\b|jullie\b|u\b)[\w'-]+"
    r"(?:\s+van\s+(?:de\s+|het\s+)?[\w'-]+)?[\s,]+)?(?:(?:eh+m?|uh+m?)[\s,]+)?(?=\w)")
_NEVER_WITHOUT = re.compile(r"\b(?:(?:op[^\S\n]+)?geen[^\S\n]+(?:enkel[^\S\n]+)?(?:moment|minuut|ogenblik|seconde|uur)|nooit)"
                            r"[^\S\n]+zonder\b")
_BRACKETED_ADVERB = re.compile(r"\((nog|al|wel|ook|toch|nu|dan|even|eigenlijk|misschien|ongeveer|wellicht|helaas)\)")
SPELLING = spelling()
_SPELLING_RE = re.compile(r"(?<![\w-])(" + "|".join(sorted(map(re.escape, SPELLING), key=len, reverse=True)) + ")") \
    if SPELLING else None


# A letter typed three or more times ("schoool", "heeeel"): no Dutch word has that (Dutch writes "zee-egel", "zeeëend"),
# so it is read twice, the rest of the word moved up and the letters left over as spaces after it (same length)
_TRIPLE_RE = re.compile(r"([a-zà-ÿ])\1{2,}([a-zà-ÿ]*)")


def _two_of_three(m: re.Match[str]) -> str:
    letter, rest = m.group(1), m.group(2)
    return letter * 2 + rest + " " * (len(m.group()) - 2 - len(rest))


def respell(low: str) -> str:
    """``low`` (lower case) with the common misspellings of ``data/facts/spelling.yaml`` read as the word meant
    ("tandarst" → "tandarts"), and the emphasised short words as the words ("géén" → "geen"); each correction has the same length, so every offset stays the same."""
    low = _EMPHASIS_RE.sub(lambda m: _EMPHASIS[m.group(1)], low)
    if _TRIPLE_RE.search(low):
        low = _TRIPLE_RE.sub(_two_of_three, low)
    if _SPELLING_RE is None:
        return low
    return _SPELLING_RE.sub(lambda m: SPELLING[m.group(1)], low)


# --------------------------------------------------------------------------- tables

REGISTRY = registry()

# --------------------------------------------------------------------------- guards (issue 12)
# Structural guards against a wrong yes/no on wordings nobody wrote a pattern for. Each one turns a reading that
# could be wrong into "unknown" (the fact is asked), never into another value. Named here so that each can be
# measured on its own (``evals/verdicts.py``) and documented in docs/rules.md ("Vangrails").
GUARDS: frozenset[str] = frozenset({
    "route_margin",       # two rules score (nearly) the same: no yes/no from either (ROUTE_MARGIN)
    "number_conflict",    # a number fact read twice with different values ("was 15%, wordt 35%"): unknown
    "duration_conflict",  # two different durations in the text ("woont al 5 jaar … voor 2 jaar"): unknown
    "enum_conflict",      # two different values of one enum / profile / client group named: unknown
    "doubt",              # the clause that states a yes/no fact also voices doubt ("weet niet zeker of"): unknown
    "maar_wel",           # "X hebben geen …, maar Y wel": the negation is about someone else: unknown
    "scope_skip",         # a better-scoring rule was passed over for a fact read from the text: no yes/no
    "subject_clause",     # of two numbers, the one in a clause naming the fact's subject (registry ``subject``) wins
    "negated_yes",        # a "ja" pattern just after a negation of its own clause ("geen sprake van een X"): unknown
    "other_party",        # the clause of a "ja" says another organisation does it ("door een andere aanbieder"): unknown
    "denied",             # a reading inside "het is niet zo dat …" counts neither way ("niet zo dat we geen advies hebben")
    "negated_no",         # a "nee" reading with "niet" just before it ("niet binnen de formatie") counts neither way
    "unsure_elsewhere",   # a "ja" while another statement matches the fact's "onzeker" patterns ("advies is verlopen"): unknown
    "maar_year",          # a year read near the fact while the clause after "maar" names another ("…, maar hij kreeg het pas in 2022"): unknown
    "wish",               # a possession fact's "ja" read in what someone wants ("maar wil nu via de gemeente een scootmobiel"): no "ja"
    "possible",           # a "ja" read in a statement of what could be ("zou ook uit de SPUK betaald kunnen worden"): no "ja"
    "hedged",             # a profile said as a possibility ("krijgt misschien VV5", "wordt straks VG7") is not read
    "other_person",       # a clause that opens with another person ("Haar buurvrouw heeft wél …"): its facts are not the client's
    "negated_later",      # a "niet" later in the part of the clause of a "ja", not its last word ("doen we niet alleen"): no "ja"
    "wish_that",          # a "nee" of a fact about who does it now, read in what someone wants to happen ("wil dat hij naar zijn oude tandarts gaat"): not read
    "pending",            # a reading after "in afwachting van het oordeel", "moet nog beoordelen of …" (a judgement to come): neither yes nor no
    "negated_value",      # an enum value or profile with "niet"/"geen" just before it ("niet voor primaire communicatie", "geen VG5 meer"): not read
    "past_value",         # a profile said of an earlier time ("had vroeger VG6", "eerst VG5"): not read
    "wildcard_negation",  # a yes/no pattern whose wildcard took a negation its own words do not name ("andere regeling past niet beter"): not read
    "open_bound",         # a number said as one side of a range ("meer dan 25%", "boven de 25%"): decided only when every value on that side agrees
    "rule_described",     # a reading in the asking sentence's description of the rule ("de regeling voor hulp die vóór de verhuizing was begonnen"): not read
})
# The margin (in route score) within which the runner-up rule counts as a tie with the best one. A tie gives no
# yes/no: a question two rules answer equally well is asked back, never decided by the order of the rule files.
ROUTE_MARGIN = 0.0


def _value_patterns(name: str) -> list[tuple[str, str]]:
    return [(v, p) for v, ps in REGISTRY.facts[name].recognise.values.items() for p in ps]


CLIENT_GROUP_PATTERNS: list[tuple[str, str]] = _value_patterns("client_group")

_SECTOR = r"(sglvg|lvg|vv|vg|lg|zg\s*vis|zgvis|zg\s*aud|zgaud|ggz[-\s]?w)"
PROFILE_RE = re.compile(r"\b(?:zzp|zorgprofiel|profiel)?\s*" + _SECTOR + r"\s*-?\s*(10|[1-9])\s*(b\b)?(?!\d)")
PROFILE_REVERSED_RE = re.compile(r"\b(?:zzp|zorgprofiel)\s*(10|[1-9])(b)?\s*-?\s*" + _SECTOR + r"\b")
# the number in words ("LG vijf", "VG zeven", "vv negen b"); not "een" (an article) unless nothing can follow it as
# a noun (dictation writes "één" as "een": "meneer heeft zgvis een en heeft …"), not a count of something else
PROFILE_WORD_RE = re.compile(r"\b(?:zzp|zorgprofiel|profiel)?\s*" + _SECTOR + r"[\s-]+(één|twee|drie|vier|vijf|zes|zeven|acht|"
                             r"negen|tien|een(?=\s*(?:[,.;:?!]|$)|\s+(?:en|of|maar|dus|die|heeft|is|want|omdat)\b))(?:\s*-?\s*(b)\b|\b)(?!\s*(?:jaar|maand\w*|we(?:e|ken)k?|dag\w*|uur|uren|procent|%|keer|"
                             r"minuten|plaats\w*|plek\w*|bedden|cliënt\w*|client\w*|bewoner\w*|kinderen|mensen|personen)\b)")
# "LVG-zorgprofiel 2", "VV-zzp 5": the sector, then the word for the profile, then its number
PROFILE_NAMED_RE = re.compile(r"\b" + _SECTOR + r"\s*-?\s*(?:zorgprofiel|profiel|zzp)\s*-?\s*(10|[1-9])\s*(b\b)?(?!\d)")

# ("recht om … af te maken", "heeft ze nog recht": a right asked with another complement than "op")
ELIGIBILITY_CUE = re.compile(
    r"\b(mag|mogen|mocht|mochten|voldeed|voldeden|gold|golden|kan|kunnen|kunt|krijg|krijgt|krijgen|geldt|gelden|komt|komen|aanmerking|eligible|vergoed\w*|declar\w*|meedeclar\w*|bijdeclar\w*|valt|vallen|"
    r"recht op|recht om|(?:heeft|hebben|hebt|houdt|houden) (?:\w+ ){0,2}recht|"
    # the reported question ("Ze vraagt of haar moeder nog recht heeft op die tandheelkundige hulp.")
    r"recht (?:heeft|hebben|hebt|had|hadden|houdt|houden) op|voldoe\w*|verantwoordelijk\w*|kocht|kochten|past|passen|betaald|moet|moeten|toegestaan|betaalt|betalen|bovenbudgettair|instellingsbudget|van toepassing|"
    # within a limit or over it ("Blijft dat binnen de grens?", "Gaat dat over het maximum heen?", "Is dat te veel?")
    r"binnen (?:de|het|die|dat) (?:grens|grenzen|norm|maximum|plafond|kaders?|regels?|limit|limiet)|"
    # ... the article dropped, as a note has it ("binnen max?", "binnen norm?")
    r"binnen (?:grens|norm|max|maximum|plafond|limit|limiet)|"
    r"(?:over|boven|onder) (?:de|het|die|dat) (?:grens|norm|maximum|plafond)|overschrijd\w*|te veel|teveel|"
    r"hoe lang|maximaal|te hoog|verlengd|verlengen|ingekocht|inkopen|inkocht\w*|inkoopt|koopt|kopen|beschikbaar|zit .* in|blijven|mogelijk|"
    r"onder de wlz|uit de wlz|wlz-zorg|valt onder|"
    # an audit after the fact ("Was dat terecht?", "Was die opname terecht?", "Hebben we dat terecht gedeclareerd?", "Is
    # dat terecht gebeurd?", "Terecht?"); not "terecht" as a place to go ("Ben ik hier terecht met …", "kan ik terecht")
    r"(?:is|was|zijn|waren|werd|werden)\s+(?:dat|dit|het|die|deze|de)\s+(?:[\w-]+\s+){0,2}?terecht\b|"
    r"terecht\s+(?:\w+\s+)?(?:gedeclareerd|gedaan|gebeurd|vergoed|ingekocht|toegekend|betaald|opgenomen|gerekend|"
    r"geweigerd|afgewezen|gefinancierd|geleverd|ingezet|verzilverd)\b|(?:^|[.!:;]\s*)terecht\s*\?|"
    # where something belongs ("Hoort de mondverzorging dan ook bij ons?", "Horen de kosten onder het budget?"); not
    # whose task it is ("Is het onze taak om het CIZ te bellen?", "Hoort dat bij onze taken?" ask about a procedure no
    # rule decides)
    r"(?:hoort|horen|hoorde|hoorden)\s(?:[\w-]+\s){0,10}?(?:bij|onder|tot|in)(?!\s+(?:onze|de|hun|uw|jullie|zijn|haar)\s+"
    r"(?:taak|taken)\b)|"
    # the decision asked as a risk or an objection ("Is er een bezwaar tegen als …?", "Lopen we een risico als …?", "Wat
    # houdt ons tegen om …?", "Kan het kwaad om …?", "Staat er iets in de weg om …?", "Gaat het zorgkantoor moeilijk doen
    # als …?", "Worden we teruggefloten als …?", "Is dat een probleem?")
    r"(?:is|zijn|bestaat|bestaan)\s+er\s+(?:\w+\s+){0,2}?bezwa(?:a)?r(?:en)?|bezwaar\s+tegen|"
    r"(?:lopen|loop|loopt)\s+(?:we|wij|ik|jullie|u|je|hij|zij|ze)\s+(?:\w+\s+){0,2}?risico(?:'s)?|"
    r"(?:houdt|houden)\s+(?:ons|mij|me|hen|hem|haar|jullie|u)\s+(?:\w+\s+)?tegen|"
    r"(?:kan|kon|zou)\s+(?:het|dat|dit)\s+(?:\w+\s+)?kwaad|"
    r"(?:zit|zitten|staat|staan)\s+(?:er\s+)?(?:[\w-]+\s+){0,3}?in\s+de\s+weg|moeilijk\s+doen|teruggefloten|"
    # ("Is dat een probleem?", "Zou het een probleem zijn als …?"; not "Ik heb geen probleem met …")
    r"(?:^|[.?!;:,]\s*)(?:en\s+|maar\s+)?(?:is|zou|wordt|geeft|vormt)\s+(?:dat|dit|het)\s+(?:\w+\s+)?(?:een\s+)?probleem)\b"
)
# a checked statement about the record, not a decision: who signed a letter, when a motion was tabled or a debate held
_ON_RECORD = re.compile(r"\b(?:signed|tabled|motie|debat|debate|gepubliceerd|published)\b|"
                        # how the system is divided ("Klopt het dat dit over drie wetten verdeeld is?"), not a case
                        r"\b(?:over|in|across|between)\s+(?:twee|drie|vier|meerdere|verschillende|two|three|four|several|"
                        r"different)\s+(?:wetten|stelsels|laws|acts|systems)\b")
# A short asking sentence that refers back to the situation told before it ("Gaat dat?", "Klopt dat?", "Is dat
# goed?", "Kan dat zomaar?"): a yes/no question about that situation, whatever its verb.
SHORT_ASK = re.compile(
    r"(?:^|[.?!;,:]\s*)(?:en |maar )?(?:gaat|klopt|lukt|werkt|kan|mag|past|is|zit|geldt|valt|kloppen|"
    # ... asked of what was done, in an audit ("Kon dat?", "Mocht dat?", "Klopte dat wel?")
    r"ging|klopte|lukte|kon|mocht|paste|was|gold|viel)\s+(?:dat|dit|het)"
    r"(?:\s+(?:zo|zomaar|wel|goed|ok|oké|toegestaan|mogelijk|akkoord|in orde|lukken|door|juist|terecht|nog|ook|dan|"
    r"eigenlijk|echt|allemaal|gewoon)){0,3}\s*\?\s*$")
# A sentence that asks whether a statement is true ("Klopt het dat zorgkantoren in 2025 al … inkochten?", "Is het waar
# dat …?", "Klopt het als …?"): a yes/no question about the statement that follows, whatever its verb.
CHECK_ASK = re.compile(r"(?:^|[.?!;:]\s*)(?:en |maar )?(?:klopt het|kloppen|is het (?:echt |wel )?(?:waar|juist|correct|zo)|"
                       r"heb ik (?:het )?goed begrepen|begrijp ik (?:het )?goed|zie ik (?:het )?goed)"
                       r"\s*,?\s*(?:dat|als|wanneer)\b")
# A statement checked by a word at its end, as a terse note asks it ("obs met toeslag max 1 jr klopt?", "mag tm 2027,
# correct?", "geen toeslag bij lvg 2, toch?"): a yes/no question about the statement
CHECK_TAIL = re.compile(r"[\w%)]\s*,?\s*(?:klopt|kloppen|correct|juist|toch)\s*\?\s*$")
# A question that opens by asking for content — an amount, a duration, a place, a person, a list — is not a yes/no
# eligibility question, even when a modal verb follows ("Hoeveel mutatiedagen mogen we declareren?"), unless a
# yes/no clause of its own follows (", valt die buiten het instellingsbudget?", ". Mogen wij dat declareren").
NON_ELIGIBILITY = re.compile(
    # a second asking sentence may open with "en" / "maar" ("… ? En wat verwachten ze dat er met meerzorg gebeurt?")
    r"^(?:(?:en|maar) )?((aan|onder|voor|in|op|bij|met|van|uit|over|tot|door|binnen|vanaf|sinds|via|per|na|naast|tegen) )?"
    # a hedge before the question word ("Ongeveer hoeveel cliënten …?", "roughly how many clients …?")
    r"(?:(?:ongeveer|grofweg|circa|zo'n beetje|roughly|approximately|about) )?"
    # "wat" asks for content whatever verb follows ("Wat verwacht het ministerie …?", "Wat gebeurt er als …?"), but
    # "Wat als …, betalen wij …?" / "Wat betreft …, mogen wij …?" set a situation before a yes/no question
    r"(wat (?!als\b|indien\b|betreft\b|nou\b|nu\b|dan\b|(?:houdt|houden) (?:ons|mij|me|hen|hem|haar|jullie|u) (?:\w+ )?tegen\b)\w+|"
    r"wie|waar|waarop|waarvoor|waarom|waarin|waarmee|waaruit|waarover|waarnaar|waarbij|waaraan|waardoor|waarvan|"
    r"waartoe|waaronder|wanneer|hoeveel|hoelang|hoe (lang|vaak|hoog|groot|veel|snel)|"
    r"hoe (?!lang\b|zit\b)\w+ (?:ik|je|jij|ge|gij|we|wij|u|jullie|ze|zij|hij|het|de|een|men|zo'n|dat|die|dit|deze)|hoe (?:wordt|worden|werd|werden)|welke?|"
    # whether something will come ("Komt er een nieuw zorgprofiel?"); with _AUTHORITY_ACTS, what the zorgkantoor or
    # CIZ may do to an application ("Mag het zorgkantoor een aanvraag afwijzen zonder …?"): no eligibility
    r"(?:komt|komen) er)\b"
)
# Whether something was studied or looked into ("Is er onderzocht of je VG7 kunt opsplitsen …?", "Is bekeken of …?"):
# the modal verb belongs to what was studied, the question asks what research found, not for a decision
_ASKS_FINDINGS = re.compile(r"^(?:en |maar )?(?:(?:is|zijn|wordt|worden|werd|werden)(?: er| dat| dit| het)?|"
                            r"(?:heeft|hebben) (?:\w+ ){1,3}?)(?:\s(?:al|ooit|eigenlijk|ook|wel|nog|inmiddels|intussen))*\s?"
                            r"(?:onderzocht|onderzoek (?:gedaan|verricht)|uitgezocht|geëvalueerd|nagegaan|bekeken|gekeken|"
                            # what was shown or promised ("Is inmiddels aangetoond dat …?", "Has the minister promised
                            # anything about that?")
                            r"aangetoond|bewezen|beloofd|toegezegd|promised|committed|proven|shown)\b|"
                            # whether a report or study came out ("Medewerker Nationale ombudsman: heeft de ombudsman
                            # zelf in 2025 een rapport uitgebracht over …?"), also after a label
                            r"(?:^|:\s*)(?:en |maar )?(?:heeft|hebben|is|zijn|komt|komen)\b[^?:]{0,80}?\b(?:rapport|rapportage|"
                            r"onderzoek|evaluatie|brief|nota|studie|report|study)\w*\s+(?:[\w-]+\s+){0,3}?(?:uitgebracht|"
                            r"gepubliceerd|verschenen|uitgekomen|opgesteld|uitgevoerd|published|released)\b")


def _asks_findings(part: str) -> bool:
    """``_ASKS_FINDINGS``, with no yes/no clause of its own after it ("Is het bekeken door de SO, mogen we dan …?")."""
    m = _ASKS_FINDINGS.search(part)
    return m is not None and not YES_NO_CLAUSE.search(part, m.end())


_AUTHORITY_ACTS = re.compile(r"^(?:en |maar )?(?:mag|mogen|kan|kunnen|moet|moeten) het (?:zorgkantoor|ciz|cak)\b[^?]*\b(?:"
                             r"afwijzen|weigeren|intrekken|terugvorderen|stopzetten|beëindigen|eisen|controleren|"
                             r"langskomen|kijken|informatie (?:en advies )?geven|advies geven|adviseren|voorlichten)\b")
YES_NO_CLAUSE = re.compile(
    r"(^|[,?.;:]\s*|\ben\s)(mag|mogen|kan|kunnen|geldt|gelden|valt|vallen|komt|komen|heeft|hebben|is|zijn|wordt|"
    r"worden|moet|moeten|krijgt|krijgen|betaalt|betalen|vergoedt|vergoeden)\s+(ik|we|wij|u|hij|zij|ze|die|dit|dat|het|de|een|"
    r"onze|mijn|deze)\b"
)


# --------------------------------------------------------------------------- extraction


@dataclass(frozen=True)
class Found:
    """A fact value read from a text, with the span (in that text) it was read from."""

    value: Any
    start: int
    end: int
    approx: bool = False  # a number said roughly ("ongeveer een jaar"): the rule decides only when either side agrees
    # the lower end of a range said ("tussen de 8 en 10 weken", "3.200 à 3.500 dagen"; ``value`` is the upper end):
    # the rule decides only when both ends give the same outcome (``RuleBook._robust``)
    low: float | None = None
    # other values named for the same enum, profile or client group ("VV4 … VV6"): the fact stays unknown (``extract`` files it under
    # "_alt_<name>"); the check decides only when every value named gives the same yes or no
    alternatives: tuple[Any, ...] = ()
    # a number said as one side of a range, not as the value: "meer dan 25%" ("gt": above it), "onder de 25%" ("lt":
    # below it). The rule decides only when the outcome is the same at every value on that side (``RuleBook._robust``)
    bound: str = ""


@lru_cache(maxsize=4096)
def _rx(pattern: str) -> re.Pattern[str]:
    """Compiled patterns, kept: there are more than ``re``'s own cache holds."""
    return re.compile(pattern)


def _search(pattern: str, text: str) -> re.Match[str] | None:
    return _rx(pattern).search(text)


# a line break is kept: a pasted form's lines are clauses of their own ("Zorgprofiel: VG8\nOpname: drie maanden")
_ONE_TO_ONE = str.maketrans({"’": "'", "‘": "'", "–": "-", "—": "-", "\t": " ", "\r": " ", "\xa0": " "})


def lower_same_length(text: str) -> str:
    """Lower case with the same offsets as ``text`` (so a span shows the user's own words)."""
    low = text.lower()
    if len(low) != len(text):  # a character whose lower case is longer ("İ"): keep it as it is
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    # an adverb in brackets ("weet ik (nog) niet") read as the word, its brackets as spaces (same length)
    low = respell(_BRACKETED_ADVERB.sub(r" \1 ", low.translate(_ONE_TO_ONE)))
    # a double negation ("er is geen moment zonder toezicht", "nooit zonder begeleiding") read as what it says
    return _NEVER_WITHOUT.sub(lambda m: "altijd met".ljust(len(m.group())), low)


_CLAUSE_END = re.compile(r"(?<!excl)(?<!incl)[.?!;](?=\s|$)|\n|,?\s+maar\s+")


def clause_starts(t: str) -> list[int]:
    """Start offsets of the clauses of ``t`` (sentences, and the part after "maar")."""
    return [0, *(m.end() for m in _CLAUSE_END.finditer(t))]


# A value denied where it is named: "niet" / "geen" / "nooit" / "zonder" just before it, with at most two small words
# between, or before the value it is coordinated with ("geen pgb of MPT") ("is niet voor primaire communicatie", "heeft geen VG5 meer", "LG3, niet LG4"): that value is not the one
# (which one it is, another part of the text may say)
_NEGATED_VALUE = re.compile(r"\b(?:niet|geen|nooit|zonder|in plaats van|i\.p\.v\.)\s+(?:(?:meer|voor|bij|om|een|de|het|te|zo'n|zzp|naar|"
                            r"zorgprofiel|profiel|indicatie|zorgzwaartepakket|huisarts|gp)\s+){0,2}"
                            # an adjective of the value ("het gaat niet om structurele fysiotherapie")
                            r"(?:(?:structurele|langdurige|reguliere|gewone|losse|extra|aparte|eigen)\s+)?"
                            # the second of two denied together ("geen pgb of MPT", "noch een VPT noch een MPT")
                            r"(?:[\w-]+\s+(?:of|noch)\s+(?:een\s+)?)?$")
# A value said of an earlier time: "had vroeger VG6", "voorheen VV4"; "eerst" / "eerder" only beside another value
# ("eerst VG5, nu VG6")
_PAST_VALUE = re.compile(r"\b(?:vroeger|voorheen|destijds|tot kort geleden|tot onlangs|tot de herindicatie)\b|"
                         # right before the value: "Zijn vorige indicatie was VV4, maar die is herzien" (not "Zijn vorige
                         # indicatie is verlopen en hij heeft nu VV6")
                         r"\b(?:vorige|oude|eerdere|vroegere)\s+(?:indicatie|profiel|zorgprofiel|zzp|zorgzwaartepakket)"
                         r"(?:\s+(?:was|luidde)|\s*:)?\s*(?:zzp\s*)?$")
_EARLIER_AFTER = re.compile(r"\s*(?:was|is)\s+(?:zijn|haar|hun|het|de)\s+(?:vorige|oude|eerdere|vroegere)\b")
_PAST_VALUE_WEAK = re.compile(r"\b(?:eerst|eerder|oorspronkelijk)\b")


def _first(patterns: Iterable[tuple[str, str]], text: str) -> Found | None:
    best: Found | None = None
    hits: list[Found] = []
    starts_: list[int] | None = None
    patterns = list(patterns)
    for value, pattern in patterns:
        m = _search(pattern, text)
        if m and "other_person" in GUARDS and _OTHER_PERSON.search(text):
            starts_ = starts_ or clause_starts(text)
            m = next((n for n in _rx(pattern).finditer(text) if not _about_other_person(
                text, starts_, bisect.bisect_right(starts_, n.start()) - 1)), None)
        if m and "negated_value" in GUARDS and _NEGATED_VALUE.search(text, max(0, m.start() - 40), m.start()):
            # "is niet voor primaire communicatie", "geen VPT maar een MPT": the value named is denied, not said
            m = next((n for n in _rx(pattern).finditer(text)
                      if not _NEGATED_VALUE.search(text, max(0, n.start() - 40), n.start())), None)
        if m and _in_denied_label(text, m.start()):
            # a checklist's crossed item or a form's label answered "nee" ("primaire communicatie: nee"): not the value
            m = next((n for n in _rx(pattern).finditer(text) if not _in_denied_label(text, n.start())), None)
        if m and _FINAL_NOT_AT.search(text, m.end()):
            # "om een consult van de SO gaat het niet": a value put first, the clause negated last, is not the value
            starts_ = starts_ or clause_starts(text)
            m = next((n for n in _rx(pattern).finditer(text) if not _negated_last(text, starts_, n)), None)
        if m:
            hits.append(Found(value, m.start(), m.end()))
            if best is None or m.start() < best.start:
                best = hits[-1]
    if best is not None and "enum_conflict" in GUARDS and len({f.value for f in hits}) > 1:
        # two values named: what a statement says beats what the question sentence mentions ("… woont thuis met een
        # VPT. Mag hij die houden volgens de regeling voor een Wlz-instelling?"); else which one is meant is asked
        starts = clause_starts(text)
        stated = [f for f in hits if not _is_question_clause(text, starts, bisect.bisect_right(starts, f.start) - 1)]
        if len({f.value for f in stated}) > 1:
            # "… orthopedische schoenen aangevraagd, en voor de afdeling een nieuwe tillift. Wordt die tillift …?":
            # of the values stated, the one the asking sentence names again is the one asked
            ask = [i for i in range(len(starts)) if _is_question_clause(text, starts, i)]
            lo, hi = (starts[ask[0]], len(text)) if ask else (0, 0)
            again = {v for v, p in patterns if any(lo <= n.start() < hi and _POINTS_BACK.search(text, max(0, n.start() - 12),
                                                                                   n.start())
                                                   for n in _rx(p).finditer(text, lo))}
            if len(again) == 1 and (v := next(iter(again))) in {f.value for f in stated}:
                return min((f for f in stated if f.value == v), key=lambda f: f.start)
        if len({f.value for f in stated}) != 1:
            return _with_alternatives(sorted(stated or hits, key=lambda f: f.start))
        return min(stated, key=lambda f: f.start)
    return best


# a logbook line's date stamp at the start of its line ("12 november 2025: aanvraag ingediend", "- 9/3: advies binnen")
_LOG_LINE = re.compile(r"(?m)^[^\S\n]*(?:[-•*·>]+[^\S\n]*)?(?:\d{1,2}[^\S\n]+(?:" + _MONTH_RE + r")\.?(?:[^\S\n]+\d{4})?|"
                       r"\d{1,2}[-/.]\d{1,2}(?:[-/.]\d{2,4})?|\d{4}-\d{2}-\d{2}|(?:" + _MONTH_RE
                       + r")\.?[^\S\n]+\d{4})[^\S\n]*[:–-]")


def _later_in_log(t: str, starts: list[int], clause: int, decisions: dict[int, Found]) -> bool:
    """The clause is a line of a dated logbook and a "ja" is read on a later line of it ("12 november 2025: aanvraag
    ingediend." … "9 maart 2026: positief deskundigenadvies ontvangen"): what happened later is what holds now."""
    line_start = t.rfind("\n", 0, starts[clause] + 1) + 1
    if not _LOG_LINE.match(t, line_start):
        return False
    line_end = t.find("\n", starts[clause])
    return line_end >= 0 and any(f.value and f.start > line_end and _LOG_LINE.match(t, t.rfind("\n", 0, f.start) + 1)
                                 for f in decisions.values())


def _bool(spec: FactSpec, t: str, starts: list[int]) -> Found | None:
    """Negation scoped to its clause: a clause with a "nee" pattern says no, else one with a "ja" pattern says
    yes; an "onzeker" pattern in a deciding clause leaves it unknown. Clauses that disagree leave the fact
    unknown (it is asked, never guessed)."""
    neg: dict[int, Found] = {}
    pos: dict[int, Found] = {}
    unsure: dict[int, Found] = {}
    flipped: set[int] = set()  # clauses whose "ja" is a denied "nee" (``denied_nee_is_ja``): negated on purpose
    # every "ja" reading per clause: when a guard drops the first one (a wide pattern that starts inside "het is niet zo
    # dat …: er is juist te weinig aanbod …"), a later one of the same clause may still say it
    every_ja: dict[int, list[Found]] = {}
    others: dict[int, Found] = {}  # the first reading of a clause about another person (``_about_other_person``)
    rec = spec.recognise
    for store, patterns, value in ((neg, rec.patterns("nee"), False), (pos, rec.patterns("ja"), True),
                                   (unsure, rec.patterns("onzeker"), None)):
        for pattern in patterns:
            for m in _rx(pattern).finditer(t):
                clause = bisect.bisect_right(starts, m.start()) - 1
                if "other_person" in GUARDS and _about_other_person(t, starts, clause):
                    # "Haar buurvrouw heeft wél verblijf met behandeling": not about the client (kept for a contrast
                    # that follows: "…, maar mevrouw wel")
                    if value is not None and not _NP_NEGATION.search(t, max(starts[clause], m.start() - 50), m.start()):
                        others.setdefault(clause, Found(value, m.start(), m.end()))
                    elif value is True:
                        others.setdefault(clause, Found(False, m.start(), m.end()))
                    continue
                if "denied" in GUARDS and value is not None and _denied(t, starts[clause], m.start(), m.end()):
                    if value is False and rec.denied_nee_is_ja and (clause not in pos or m.start() < pos[clause].start):
                        # a denied absence of what the fact is ("niet zo dat het zorgkantoor geen contract heeft")
                        pos[clause] = Found(True, m.start(), m.end())
                        flipped.add(clause)
                    elif (value is True and rec.denied_ja_is_nee and _rx(rec.denied_ja_is_nee).search(m.group())
                          and _plainly_denied(t, starts[clause], m.start(), m.end(), _rx(rec.denied_ja_is_nee))
                          and (clause not in neg or m.start() < neg[clause].start)):
                        # the fact itself denied as a whole ("het is niet zo dat er op onze locatie behandeling wordt
                        # geboden"): not a sign of it ("niet zo dat de SO er werkt" leaves other treaters)
                        neg[clause] = Found(False, m.start(), m.end())
                    continue  # "het is niet zo dat er geen advies is": not a "nee", and not surely a "ja" either
                if "negated_no" in GUARDS and value is False and (
                        _NOT_JUST_BEFORE.search(t, max(starts[clause], m.start() - 12), m.start())
                        or (_NP_NEGATION.search(t, max(starts[clause], m.start() - 50), m.start())
                            and not re.search(r"[,:;]", t[m.start() : m.end()]))):
                    # "dat het niet binnen de formatie valt", "geen externe behandelaars": the "nee" reading is itself
                    # negated (not surely a "ja" either: "geen externe behandelaars" may mean none at all)
                    continue
                if ("wildcard_negation" in GUARDS and value is not None and _NEGATION_WORD.search(m.group())
                        and not _NEGATION_IN_PATTERN.search(pattern)):
                    # "een andere regeling past niet beter" read by "andere regeling (\w+ ){0,2}beter": the pattern's
                    # wildcard took a negation its words do not name
                    continue
                if "rule_described" in GUARDS and _describes_rule(t, starts, clause, m.start()):
                    # "Valt dat onder de regeling voor tandheelkundige hulp die vóór de verhuizing was begonnen?": what
                    # the rule is about, not what happened
                    continue
                if ("wish_that" in GUARDS and value is False and rec.wish_is_not_nee
                        and _WISH_THAT.search(t, max(starts[clause], m.start() - 80), m.start())):
                    # "Mijn zus wil dat hij naar zijn oude tandarts in het dorp gaat": what someone wants to happen,
                    # not who treats him now
                    continue
                if "pending" in GUARDS and _pending(t, starts, clause, m.start()):
                    # "we zijn nog in afwachting van het oordeel over de bijzondere zorgbehoefte", "het zorgkantoor moet
                    # nog beoordelen of …": a judgement still to come says neither yes nor no
                    continue
                into, read = store, value
                if value is True:
                    cend = _clause_end(t, starts, clause)
                    pend = _part_end(t, m.end(), cend)
                    if _put_first(t, starts[clause], m.start()) and _negated_at_end(t, m.end(), pend, cend):
                        # "wetenschappelijk onderzoek doen we niet", "een andere regeling die beter past is er niet",
                        # "een regeling die beter past, kennen we niet": the object put first, the negation last; it
                        # negates the whole clause, so what it names
                        into, read = neg, False
                    elif _absent(t, starts[clause], m.start(), m.end(), pend):
                        # "een besloten setting ontbreekt bij ons", "het ontbreekt aan draagvlak": what is missing is not there
                        into, read = neg, False
                    elif "negated_later" in GUARDS and (_NOT_LATER.search(t, m.end(), pend) or (
                            t.startswith(",", pend) and _NOT_LATER.search(t, pend, _part_end(t, pend + 1, cend))
                            and 2 <= len(t[pend + 1 : _part_end(t, pend + 1, cend)].split()) <= 5
                            and not _NOT_LATER.match(t[pend + 1 : pend + 12].lstrip()))):
                        # (not "…, niet voor langere tijd": a contrast that starts with the negation)
                        # "onderzoek doen we niet alleen …", "…, kennen we niet altijd": a "niet" after it, of unclear
                        # scope: no "ja"
                        continue
                if value is True and _NP_NEGATION.search(t, max(starts[clause], m.start() - 50), m.start()):
                    # "zonder gesloten of besloten setting", "geen (eigen) X": the negation governs what the "ja"
                    # pattern names, also across an "of" (under a negation it means neither): a "nee" of that clause
                    into, read = neg, False
                if into is pos:
                    every_ja.setdefault(clause, []).append(Found(read, m.start(), m.end()))
                if clause not in into or m.start() < into[clause].start:
                    into[clause] = Found(read, m.start(), m.end())
    # "geen X" said with X put first and the negation last: "Een AVG hebben we niet", "een DEC zijn we (nog) niet"
    for pattern in rec.patterns("nee"):
        fronted = _fronted_form(pattern)
        if fronted is None:
            continue
        for m in _rx(fronted).finditer(t):
            clause = bisect.bisect_right(starts, m.start()) - 1
            cend = _clause_end(t, starts, clause)
            end = _part_end(t, m.end(), cend)
            if (((_put_first(t, starts[clause], m.start()) and _negated_at_end(t, m.end(), end, cend))
                 or _absent(t, starts[clause], m.start(), m.end(), end))
                    and not ("denied" in GUARDS and _denied(t, starts[clause], m.start(), m.end()))
                    and not ("pending" in GUARDS and _pending(t, starts, clause, m.start()))
                    and not _NEGATED_BEFORE.search(t, max(starts[clause], m.start() - 60), m.start())
                    and (clause not in neg or m.start() < neg[clause].start)):
                neg[clause] = Found(False, m.start(), m.end())
    # a "ja" that is negated just before it, or said of another organisation while the fact is about the provider
    # asking, does not count: the fact is stated by another clause or asked, never guessed
    about_us = bool(_ABOUT_US.search(spec.ask_nl))
    wished = False  # a statement's "ja" dropped as a wish: the question sentence alone does not then say "ja"
    for c, first in list(pos.items()):
        if c in neg or c in flipped:
            continue
        del pos[c]
        for f in sorted({first, *every_ja.get(c, ())}, key=lambda x: (x.start, x.end)):
            if (rec.denied_ja_is_nee and _NOT_RIGHT_BEFORE.search(t, max(starts[c], f.start - 12), f.start)
                    and _rx(rec.denied_ja_is_nee).search(t, f.start, f.end)):
                # the fact itself negated where it is said ("…, maar niet boven op de reguliere formatie"): a "nee"
                neg[c] = Found(False, f.start, f.end)
                break
            if ("wish" in GUARDS and rec.wish_is_not_ja and _WISH_BEFORE.search(t, max(starts[c], f.start - 50), f.start)
                    and not _KEEP_AFTER.search(t, f.end, _clause_end(t, starts, c))):
                wished = wished or not _is_question_clause(t, starts, c)
                continue
            if ("possible" in GUARDS and rec.possible_is_not_ja and not _is_question_clause(t, starts, c)
                    and _POSSIBLE.search(t, *_possible_part(t, starts, c, f))):
                # "het zou ook uit de SPUK betaald kunnen worden": what could be, not what is
                continue
            if ("negated_yes" in GUARDS and (_NEGATED_BEFORE.search(t, max(starts[c], f.start - 60), f.start)
                                             or _NEGATED_RELATIVE.search(t, max(starts[c], f.start - 120), f.start)
                                             or _NEGATIVE_AFTER.search(t, f.end, _clause_end(t, starts, c)))) or (
                    "other_party" in GUARDS and about_us and _OTHER_PARTY.search(t, starts[c], _clause_end(t, starts, c))):
                continue
            pos[c] = f
            break
    # the client set against the others in an elliptic clause after "maar": "Onze andere cliënten hebben geen
    # bijzondere zorgbehoefte, maar mevrouw De Vries wel" (ja), "Andere bewoners hebben het, maar mijn vader niet" (nee)
    for c, f in others.items():
        n = c + 1
        if n >= len(starts) or n in pos or n in neg or not re.search(r"\bmaar\s+$", t[max(0, starts[n] - 8) : starts[n]]):
            continue
        said = t[starts[n] : _clause_end(t, starts, n)]
        if len(said.split()) > 6:
            continue
        if f.value is False and _WEL_LAST.search(said):
            pos[n] = Found(True, starts[n], starts[n] + len(said.rstrip()))
        elif f.value is True and _NIET_LAST.search(said):
            neg[n] = Found(False, starts[n], starts[n] + len(said.rstrip()))
    # a "ja" taken back in the clause after "maar" ("Vroeger had ze een bijzondere zorgbehoefte, maar dat is niet meer
    # zo", "…, maar nu niet meer"): a "nee", said now
    for c in [c for c in pos if c not in neg]:
        n = c + 1
        if (n < len(starts) and n not in pos and n not in neg
                and re.search(r"\bmaar\s+$", t[max(0, starts[n] - 8) : starts[n]])
                and _NO_LONGER.match(t, starts[n], _clause_end(t, starts, n))):
            neg[n] = Found(False, starts[n], _clause_end(t, starts, n))
            del pos[c]
    for c in [c for c in neg if c in pos and _is_question_clause(t, starts, c)]:
        a, b = sorted((pos[c].start, neg[c].start))
        if re.search(r"\bof\b", t[a:b]):
            # "nemen we die zelf in dienst of huren we die in?": both sides asked, neither said
            del pos[c], neg[c]
    decisions = {**{c: f for c, f in pos.items() if c not in neg}, **neg}
    doubted = {c for c, f in decisions.items() if c in unsure and f.value}
    if doubted and len(doubted) < len(decisions) and all(not f.value for c, f in decisions.items() if c not in doubted):
        # a "ja" in a clause that doubts it, a plain "nee" in another ("Wij hebben een aanvraag als REC ingediend. De
        # CElz bracht een negatief advies uit."): the "nee" is what is known
        decisions = {c: f for c, f in decisions.items() if c not in doubted}
    if any(not f.value and c not in unsure and not _is_question_clause(t, starts, c) for c, f in decisions.items()):
        # a "nee" read in a clause with a doubt beside a plain "nee" in another ("… een aanvraag ingediend als DEC,
        # maar het CElz gaf een negatief advies"): the plain one says it
        decisions = {c: f for c, f in decisions.items() if not (c in unsure and not f.value)}
    if not decisions or any(c in unsure and (f.value or _same_part(t, unsure[c].start, f.start))
                            for c, f in decisions.items()):
        # the clause that states it is unsure ("waren vroeger", "weten niet of"): ask, never guess. A "nee" said in
        # another part of the clause than the doubt stands, as a "nee" said in another clause does (unsure_elsewhere
        # holds back only a "ja"): "We zijn nog geen REC, onze aanvraag loopt nog"
        return None
    if "unsure_elsewhere" in GUARDS and any(f.value for f in decisions.values()) and any(
            not _is_question_clause(t, starts, c) and not _later_in_log(t, starts, c, decisions) for c in unsure):
        # a statement elsewhere puts the "ja" in doubt ("Wij zijn DEC voor Huntington, maar ons advies is verlopen"):
        # the later or other statement may take it back, so the fact is asked
        return None
    # what a statement says beats what the question sentence mentions ("…heeft nog geen X. Mag hij X houden?")
    stated = {c: f for c, f in decisions.items() if not _is_question_clause(t, starts, c)}
    if not stated and wished:
        return None  # "Ze wil een scootmobiel via de gemeente. Mag ze een Wmo-hulpmiddel behouden?": asked
    pool = stated or decisions
    doubt = _DOUBT_NOT_PAST if rec.past_is_fact else _DOUBT
    if "doubt" in GUARDS and (doubtful := {c for c in pool if doubt.search(t, starts[c], _clause_end(t, starts, c))}):
        plain = {c: f for c, f in pool.items() if c not in doubtful}
        if (not plain or len({f.value for f in plain.values()}) > 1 or min(plain) < max(doubtful)
                or any(_POSSIBLE.search(t, starts[c], _clause_end(t, starts, c)) for c in plain)):
            return None  # (not what could be: "het kan een paar weken zijn, maar het kan ook structureel worden")
        # a guess settled by a plain statement after it ("Kortdurend, denk ik." — "Nee, in de brief van de SO staat
        # dat het om structurele fysiotherapie gaat"): the statement says it
        pool = plain
    if "maar_wel" in GUARDS and any(
        not f.value and c + 1 < len(starts) and re.search(r"\bmaar\s+$", t[max(0, starts[c + 1] - 8) : starts[c + 1]])
        and c + 1 not in decisions and _WEL_LAST.search(t[starts[c + 1] : _clause_end(t, starts, c + 1)])
        for c, f in pool.items()):
        return None  # "andere cliënten hebben geen X, maar zij wel": the "geen" is about someone else
    if len({f.value for f in pool.values()}) > 1:
        # "wij zijn geen REC, maar wel een DEC" / "wij zijn een DEC, maar hebben geen positief advies": the clause
        # after "maar" corrects the one just before it; any other disagreement leaves the fact unknown
        last = max(pool)
        earlier = {f.value for c, f in pool.items() if c != last}
        if (last - 1 in pool and len(earlier) == 1 and pool[last].value not in earlier
                and re.search(r"\bmaar\s+$", t[max(0, starts[last] - 8) : starts[last]])):
            if all(_REPORTED.search(t, max(starts[c], pool[c].start - 60), pool[c].start) for c in (last - 1, last)):
                # two people who say different things ("De tandarts zegt dat de behandeling al liep, maar zijn dochter
                # zegt dat die pas na de verhuizing begon"): a dispute, not a correction; asked
                return None
            return pool[last]
        # a later message that says it corrects ("[09:20] correctie, net de SO gesproken: het wordt structureel"):
        # the latest state counts, when everything it contradicts was said before that message
        line = t.rfind("\n", 0, starts[last]) + 1
        if (line > 0 and len(earlier) == 1 and pool[last].value not in earlier
                and all(starts[c] < line for c in pool if c != last)
                and _CORRECTION_OPENS.search(t, line, max(starts[last], pool[last].start))):
            return pool[last]
        return None
    return pool[min(pool)]


# what someone else says or holds ("de tandarts zegt dat …", "volgens zijn dochter …")
_REPORTED = re.compile(r"\b(?:zegt|zeggen|zei|zeiden|beweert|beweren|stelt|stellen|meent|menen|volgens(?!\s+(?:mij|me|ons)\b))\b")


# A message that opens as a correction of what was said before it (a chat burst or a pasted log line)
_CORRECTION_OPENS = re.compile(r"\b(?:correctie|oeps|oops|sorry|update|nee\s*,?\s*wacht|ik\s+vergis\s+me|ik\s+vergiste\s+me|"
                               r"vergissing|klopt\s+niet|toch\s+niet|correction|my\s+mistake|scratch\s+that)\b")


# The part of a clause a negation after a reading can belong to: up to a comma, colon or a word that opens another
# clause ("… onderzoek, dat niet …", "… onderzoek en niet …", "… een AVG die niet …" are about something else).
_PART_BREAK = re.compile(r"[,:;()]|\s(?:en|of|maar|want|dus|omdat|die|dat|wat|welke|als|wanneer|terwijl|zodat|hoewel|"
                         r"tenzij|nadat|voordat|doordat|zoals|waar\w*)\s")
# "niet" / "nooit" after a reading in its part of the clause
_NOT_LATER = re.compile(r"\b(?:niet|nooit)\b")
# ... as the clause's last word, with at most a participle, an infinitive, a verb particle ("zetten we niet in") or "meer"
# after it: Dutch puts the object
# first and the negation of the whole clause last ("Een AVG hebben we niet", "onderzoek doen we niet (meer)", "wordt
# door ons niet gedaan"); not "niet alleen", "niet altijd", "niet bij ons" (they negate only what follows)
_FINAL_NOT = re.compile(r"(?:\s+[\w'-]+){0,5}?\s+(?:niet|nooit)(?:\s+(?:meer|in|op|aan|uit|mee|toe|af|terug|weg|over|(?!(?:alleen|samen|even|eens|geheel|"
                        r"helemaal|echt|genoeg|voldoende|zelf|altijd|overal|steeds)\b)(?:ge[\w-]+|[\w-]*(?:en|d|t))))?"
                        # ... and then at most the client it is (not) given to ("Persoonlijke verzorging leveren wij niet
                        # aan haar"); not "niet bij ons" or another party (they negate only where or by whom)
                        r"(?:\s+(?:aan|bij|voor)\s+(?:haar|hem|hen|deze\s+cliënte?|deze\s+client|mevrouw|meneer))?\s*(?:[.?!]\s*)?$")


# What is said to be missing ("de AVG ontbreekt (nog)", "een besloten setting ontbreekt bij ons"; "het ontbreekt (ons) aan
# draagvlak", "er ontbreekt nog een SMART-plan") is not there: a "nee". Not "ontbreekt niet" (then it is there, but that
# is left to the fact's own patterns).
_ABSENT_AFTER = re.compile(r"\s*(?:[\w'-]+\s+){0,3}?(?:ontbreekt|ontbreken|ontbrak|ontbraken)\b(?!\s+(?:[\w'-]+\s+)?(?:niet|nooit)\b)")
_ABSENT_BEFORE = re.compile(r"\b(?:ontbreekt|ontbreken|ontbrak|ontbraken)\s+(?:(?:het|ons|nog|helaas|echter|bij ons|er)\s+)*"
                            r"(?:aan\s+)?(?:een\s+|de\s+|het\s+)?$")


_NEGATION_WORD = re.compile(r"\b(?:niet|geen|nooit|niets|niks)\b")
_NEGATION_IN_PATTERN = re.compile(r"niet|geen|nooit|niets|niks|negati")  # in a pattern's source ("\bgeen", "(?!niet)")


def _absent(t: str, clause_start: int, start: int, end: int, part_end: int) -> bool:
    """The reading ``t[start:end]`` names what its clause says is missing (``_ABSENT_AFTER``, ``_ABSENT_BEFORE``)."""
    return bool(_ABSENT_AFTER.match(t, end, part_end)
                or _ABSENT_BEFORE.search(t, max(clause_start, start - 40), start))


# A judgement or decision still to come, before the reading in its clause: "in afwachting van het oordeel (van het
# zorgkantoor) over …", "we wachten nog op het besluit over …", "het zorgkantoor moet nog beoordelen of …", "de
# beoordeling loopt nog". Only a decision ("wacht op een plek", "wacht op opname" is a fact of its own).
_DECISION = (r"(?:oordeel|besluit|beslissing|beoordeling|uitslag|uitspraak|reactie|antwoord|advies|indicatie|herindicatie|"
             r"indicatiebesluit|toekenning|goedkeuring|toetsing)")
_PENDING = re.compile(r"\b(?:in afwachting (?:van|op)|(?:wacht|wachten|wachtte|wachtten)\s+(?:\w+\s+)?(?:nog\s+)?op)\s+"
                      r"(?:(?:het|de|een|hun|zijn|haar)\s+)?(?:[\w-]+\s+)?" + _DECISION + r"\b"
                      r"|\b(?:moet|moeten|gaat|gaan|zal|zullen)\s+(?:\w+\s+){0,3}?(?:nog\s+)?(?:\w+\s+)?"
                      r"(?:beoordelen|bekijken|beslissen|besluiten|bepalen|vaststellen|oordelen|toetsen|onderzoeken)\s+of\b"
                      r"|\b(?:wordt|worden|is|zijn)\s+(?:nu\s+)?nog\s+(?:niet\s+)?(?:beoordeeld|bekeken|onderzocht|getoetst)\b"
                      r"|\b" + _DECISION + r"\s+(?:\w+\s+){0,4}?(?:loopt|lopen)\s+nog\b")


def _pending(t: str, starts: list[int], clause: int, start: int) -> bool:
    """A statement clause says, before ``start``, that the judgement is still to come (``_PENDING``)."""
    return not _is_question_clause(t, starts, clause) and bool(_PENDING.search(t, starts[clause], start))


_GEEN_FIRST = re.compile(r"^(?:\\b)?geen\s+(?=\S)")


@lru_cache(maxsize=1024)
def _fronted_form(nee_pattern: str) -> str | None:
    """For a "nee" pattern that starts with "geen " ("geen avg"), what it says of the thing itself, to be read with a
    negation at the end of its clause ("een AVG hebben we niet"); ``None`` for other patterns."""
    m = _GEEN_FIRST.match(nee_pattern)
    if m is None or re.search(r"\b(?:niet|nooit|geen)\b", nee_pattern[m.end():]):
        return None  # "geen erkenning als DEC|niet erkend als DEC": the other alternatives are negations of their own
    return r"(?<![\w-])(?:" + nee_pattern[m.end():] + r")(?![\w-])"


# Another person than the client, named as the one a clause is about: a neighbour, a fellow resident, "een andere
# cliënt" ("Haar buurvrouw op de afdeling heeft wél verblijf met behandeling"); what the clause says is about them
_OTHER_PERSON = re.compile(r"\b(?:buurvrouw|buurman|buren|medebewoner\w*|medecliënt\w*|kamergeno\w*|huisgeno\w*|groepsgeno\w*|"
                           r"broertje|zusje|"
                           r"andere\s+(?:cliënt\w*|client\w*|bewoner\w*|patiënt\w*|mensen|ouderen|kinderen))\b")
_OTHER_PERSON_FIRST = re.compile(r"\s*(?:(?:en|maar|ook|bij|van|voor|met)\s+)?(?:(?:haar|zijn|mijn|onze|ons|de|een|die|"
                                 r"deze|twee|drie|veel|sommige|alle)\s+)?(?:[\w-]+\s+)?" + _OTHER_PERSON.pattern)


def _part_about_other_person(t: str, start: int) -> bool:
    """The clause, or the part of it after a comma, colon or semicolon, in which ``start`` lies opens with another
    person than the client (``_about_other_person``)."""
    starts = clause_starts(t)
    clause = bisect.bisect_right(starts, start) - 1
    cut = max((m.end() for m in re.finditer(r"[,;:]", t[starts[clause] : start])), default=None)
    part = None if cut is None else starts[clause] + cut
    if part is not None and _OWN_PART_FIRST.match(t, part, min(len(t), part + 60)):
        return False  # "Mijn buurvrouw krijgt 30% EKT, mijn vader zou 20% krijgen": the part after the comma is his
    if _about_other_person(t, starts, clause):
        return True
    if part is None:
        return False
    return bool(_OTHER_PERSON_FIRST.match(t, part, min(len(t), part + 80)))


_OWN_PERSON = re.compile(r"\b(?:mijn|onze|ons)\s+(?:zoon|dochter|vader|moeder|man|vrouw|cliënte?|client|bewoner|bewoonster|"
                         r"broer|zus|opa|oma|partner|kind|schoonmoeder|schoonvader|tante|oom)\b")


_OWN_PART_FIRST = re.compile(r"\s*(?:(?:en|maar|ook|bij|van|voor)\s+)?" + _OWN_PERSON.pattern)


def _about_other_person(t: str, starts: list[int], clause: int) -> bool:
    """The clause opens with another person than the client as what it is about (``_OTHER_PERSON``), after a clause
    before it that does not: "Mijn buurvrouw woont in een verpleeghuis" at the start is about the one asked for."""
    m = _OTHER_PERSON_FIRST.match(t, starts[clause], min(len(t), starts[clause] + 80))
    if m is None:
        return False
    if re.search(r"\b(?:andere|mede)", m.group()):
        return True  # "andere bewoners", "een medebewoner": never the one asked for
    if clause > 0 and not _OTHER_PERSON_FIRST.match(t, starts[0], min(len(t), starts[0] + 80)):
        return True
    # the neighbour named first is the one asked for, unless someone of one's own is named after it ("Mijn buurvrouw
    # heeft al sinds 2015 een pgb, maar mijn zoon …"; "Mijn buurvrouw krijgt 30% EKT, mijn vader zou 20% krijgen")
    end = _clause_end(t, starts, clause)
    comma = t.find(",", m.end(), end)
    return bool(_OWN_PERSON.search(t, comma if comma >= 0 else end))


# a cheap pre-check for ``_negated_last``: "niet" or "nooit" later in the text at all
_FINAL_NOT_AT = re.compile(r"\b(?:niet|nooit)\b")


def _negated_last(t: str, starts: list[int], m: re.Match[str]) -> bool:
    """The clause of the match ``m`` ends in a negation of the whole clause (``_FINAL_NOT``) right after it."""
    clause = bisect.bisect_right(starts, m.start()) - 1
    cend = _clause_end(t, starts, clause)
    return _put_first(t, starts[clause], m.start()) and _negated_at_end(t, m.end(), _part_end(t, m.end(), cend), cend)


# What a clause (or its part after a comma, colon or semicolon) puts first: at most three words before it, after a
# conjunction that opens the part ("Een AVG …", "maar wetenschappelijk onderzoek …", "; om een consult …"); not a noun
# inside a relative clause further on ("een regeling die beter bij het plan past is er niet" puts no plan first)
_FIRST_WORDS = re.compile(r"(?:^|[,:;(]|\s-\s)\s*(?:(?:en|maar|want|dus|ook|en ook)\s+)?(?:[\w'-]+\s+){0,3}$")


def _put_first(t: str, clause_start: int, start: int) -> bool:
    # "^" is the start of the slice: the clause's start, or 200 characters back (more than three words ever take)
    return bool(_FIRST_WORDS.search(t[max(clause_start, start - 200) : start]))


# ... or after a comma, as Dutch puts what it is about first and takes it up again ("Een AVG, die hebben we niet", "Een
# regeling die beter past, kennen we niet"): a short clause of its own that ends in the negation; not one that opens
# with a subject of its own ("het besluit loopt nog, de einddatum is nog niet bereikt")
_DISLOCATED_NOT = re.compile(r",\s*(?!(?:de|een)\s)(?:[\w'-]+\s+){1,4}?(?:niet|nooit)(?:\s+(?:meer|in|op|aan|uit|mee|toe|af|terug|weg|(?!(?:alleen|samen|even|eens|geheel|"
                             r"helemaal|echt|genoeg|voldoende|zelf|altijd|overal|steeds)\b)(?:ge[\w-]+|[\w-]*(?:en|d|t))))?"
                             r"\s*(?:[.?!]\s*)?$")


_ABSENT_WORD = re.compile(r"\bontbr(?:eekt|eken|ak|aken)\b")


def _negated_at_end(t: str, start: int, part_end: int, clause_end: int) -> bool:
    """What is read up to ``start`` is negated at the end of its clause: "niet" last in its part (``_FINAL_NOT``), or
    a short part after a comma that ends in it (``_DISLOCATED_NOT``). Not a negated absence ("draagvlak ontbreekt
    niet": two negations)."""
    if _ABSENT_WORD.search(t, start, clause_end):
        return False
    if _FINAL_NOT.match(t, start, part_end):
        return True
    return (not _NOT_LATER.search(t, start, part_end) and t.startswith(",", part_end)
            and bool(_DISLOCATED_NOT.match(t, part_end, clause_end)))


def _same_part(t: str, a: int, b: int) -> bool:
    """No comma, colon or semicolon between the offsets ``a`` and ``b``."""
    return not re.search(r"[,:;]", t[min(a, b) : max(a, b)])


def _part_end(t: str, start: int, end: int) -> int:
    """Where the part of a clause that starts at ``start`` ends (before ``end``): see ``_PART_BREAK``."""
    m = _PART_BREAK.search(t, start, end)
    return m.start() if m else end


# A statement denied as a whole ("het is niet zo dat er geen behandeling is", "het is niet waar dat wij geen REC
# zijn"): what is read inside the denied part (up to a comma, colon or the clause end) counts neither way. Its
# opposite is not always the fact ("niet zo dat we geen advies hebben" says there is an advice, not that it was
# positive); a fact whose opposite it is says so with a pattern of its own (registry).
_NOT_SO = re.compile(r"\b(?:het|dat|'t) is (?:helemaal |zeker |echt |dus )?niet (?:zo|waar|het geval) dat\b([^.?!;:,]{0,80})$")
# A relative clause inside the denied statement describes what it names, it is not denied with it: "het is niet zo
# dat het zorgkantoor geen contract heeft met de instelling waar ze actief wachtend staat" (she is waiting there).
# Only when the match follows the opener within two words (its subject): after a longer stretch the relative clause
# may have closed ("niet zo dat de cliënt die bij ons woont actief wachtend is" is denied).
# "die" / "welke" after a preposition or verb is a demonstrative ("op die locatie"), not a relative pronoun.
_RELATIVE_OPENER = re.compile(r"(?:\w\s+waar(?:bij|in|op|van|voor|mee|door|naar)?|(?<![\w-])(?!(?:op|in|bij|voor|met|van|aan|"
                              r"naar|uit|over|tot|door|onder|om|is|zijn|dat|en|of|heeft|hebben)\s)[\w-]+\s+(?:die|welke))"
                              r"(?:\s+[\w-]+){0,2}\s*$")
# "niet" or "nooit" as the word just before a "nee" match ("… niet binnen de formatie", "dat de zorg niet past binnen
# zijn profiel"): the subordinate-clause word order puts the negation before what the "nee" pattern reads as a no.
_NOT_JUST_BEFORE = re.compile(r"\b(?:niet|nooit)\s+$")


def _denial(t: str, clause_start: int, start: int) -> re.Match[str] | None:
    """The "het is niet zo dat" that opens a denied statement before ``start`` in its clause."""
    return _NOT_SO.search(t, max(clause_start, start - 100), start)


def _denied(t: str, clause_start: int, start: int, end: int) -> bool:
    """The match ``t[start:end]`` lies inside a denied statement ("het is niet zo dat …")."""
    m = _denial(t, clause_start, start)
    return m is not None and not re.search(r"[,:;]", t[start:end]) and not _RELATIVE_OPENER.search(m.group(1))


# A clause that takes back what the clause before it said, as a whole: "dat is niet meer zo", "nu niet meer"
_NO_LONGER = re.compile(r"\s*(?:(?:dat|het)\s+(?:is|was)\s+(?:nu\s+|inmiddels\s+|sinds kort\s+)?niet\s+meer\s+(?:zo|het geval)|"
                        r"(?:nu|inmiddels|sindsdien|tegenwoordig)\s+niet\s+meer)\s*(?:[.!;]\s*)?$")


# "niet" just before a reading, nothing that limits it between ("niet boven op de formatie"; not "niet alleen …")
_NOT_RIGHT_BEFORE = re.compile(r"\bniet\s+(?:(?!alleen|slechts|altijd|per|pas|meer|helemaal|zomaar|echt)\w+\s+)?$")


# A relative clause of the asking sentence that describes the rule, the regulation or the exception asked about ("de
# regeling voor tandheelkundige hulp die vóór de verhuizing was begonnen", "de uitzondering voor cliënten die …"): what
# it says is what the rule covers, not what happened in this case
_RULE_DESCRIBED = re.compile(r"\b(?:regeling|regel|regels|uitzondering|voorwaarde|voorwaarden|bepaling|vergoeding|toeslag|"
                             r"overgangsregeling)\b[^.?;,]{0,80}?\b(?:die|dat|waarbij|waarin|waarvoor|waarmee|welke)\b[^.?;,]*$")


# ... not a person the rule is asked for ("de toeslag voor een cliënt die invasief beademd wordt" describes the case)
_PERSON_NAMED = re.compile(r"\b(?:cliënt\w*|client\w*|bewoner\w*|patiënt\w*|iemand|mensen|personen|kind\w*|zoon|dochter|"
                           r"vader|moeder|man|vrouw|meneer|mevrouw|hem|haar|hen|ouderen|jongeren|volwassenen|deelnemers?)\b")


def _describes_rule(t: str, starts: list[int], clause: int, start: int) -> bool:
    """``start`` lies in a relative clause of an asking sentence that describes the rule (``_RULE_DESCRIBED``), not a
    person it is asked for (``_PERSON_NAMED``)."""
    if not _is_question_clause(t, starts, clause):
        return False
    m = _RULE_DESCRIBED.search(t, starts[clause], start)
    return m is not None and not _PERSON_NAMED.search(t, m.start(), start)


# Words that make a denied statement say less than its opposite: "niet zo dat we alleen / altijd / pas sinds kort /
# daarom behandeling bieden" (we may well offer it), or a negation of its own ("niet zo dat we geen …")
_DENIAL_LIMITS = re.compile(r"\b(?:niet|geen|nooit|zonder|alleen|slechts|uitsluitend|pas|nog|altijd|overal|helemaal|"
                            r"per se|zomaar|daarom|omdat|vanwege|meer|genoeg|voldoende|veel|vaak|elke|iedere|alle|ook|"
                            r"zelf|direct|meteen|gewoon)\b")


def _plainly_denied(t: str, clause_start: int, start: int, end: int, own: re.Pattern[str] | None = None) -> bool:
    """The denied statement up to the reading ``t[start:end]`` says nothing but the reading ("het is niet zo dat er op
    onze locatie behandeling wordt geboden"): no negation of its own, no word that limits it (``_DENIAL_LIMITS``),
    except the words ``own`` that the denied reading is made of ("het is niet zo dat De Borg geen plek heeft")."""
    m = _denial(t, clause_start, start)
    if m is None:
        return False
    said = t[m.start(1) : end]
    return not _DENIAL_LIMITS.search(own.sub(lambda w: " " * len(w.group()), said) if own is not None else said)


# Doubt in the clause that states a fact: the statement is not a statement ("ik weet niet zeker of wij REC zijn"), also
# with a filler word before the negation ("Of we het volledige spectrum bieden, weten we eigenlijk niet").
_DOUBT = re.compile(r"\b(?:weet (?:ik |we |wij |men )?(?:nog )?niet (?:zeker |precies )?of|niet zeker of|twijfel\w*|"
                    # someone who could not say ("de locatiemanager kon me niet vertellen of er behandeling wordt
                    # geboden"), a point not settled ("het staat nog niet vast of", "is nog niet besloten of")
                    r"(?:kon|konden|kan|kunnen) (?:me |mij |ons |hem |haar |het )?(?:nog )?niet (?:vertellen|zeggen) of|"
                    r"(?:staat|stond) (?:nog )?niet vast of|nergens (?:staat|stond) (?:\w+ )?of|(?:staat|stond) (?:er )?nergens(?: (?!of\b)\w+){0,5} of|(?:is|was|wordt) (?:nog )?niet (?:besloten|beslist|zeker|bekend) of|"
                    r"(?:weten|weet) (?:we|wij|ik|men|ze|zij) (?:(?:eigenlijk|echt|ook|zelf|helaas|precies|nu|dus) ){0,2}"
                    r"(?:dat |het )?(?:nog )?niet\b|"
                    r"misschien|vroeger|waarschijnlijk|volgens mij|onduidelijk of|geen idee of|"
                    # "Hoe lang het gaat duren is nog niet duidelijk: het kan een paar weken zijn"
                    r"(?:is|zijn|was|wordt) (?:nog )?(?:niet duidelijk|onduidelijk)(?! (?:voor|aan|bij)\b)|"
                    # a guess ("Ik denk dat daar geen behandeling wordt geboden, maar zeker weet ik het niet")
                    r"ik denk (?:dat|het)|denk ik|ik vermoed|vermoed ik|ik gok|"
                    # an assumption ("ik ga ervan uit dat die via de Wmo komt", "ik neem aan dat …")
                    r"(?:ik|we|wij) (?:ga|gaan) ervan uit|ga(?:an)? (?:ik|we|wij) ervan uit|(?:ik|we|wij) (?:neem|nemen) aan dat|"
                    r"(?:neem|nemen) (?:ik|we|wij) aan|"
                    # both sides named ("of zijn indicatie met of zonder behandeling is, staat niet in het dossier")
                    r"met of zonder|wel of niet|wel of geen|al dan niet|"
                    r"staat (?:nog )?niet in (?:het|zijn|haar|ons) dossier|is (?:nog )?(?:niet bekend|onbekend))\b")
# ... for a fact about the time before (``past_is_fact``), "vroeger" says when, not doubt
_DOUBT_NOT_PAST = re.compile(_DOUBT.pattern.replace("|vroeger|", "|"))
assert _DOUBT_NOT_PAST.pattern != _DOUBT.pattern
# A negation a few words before a "ja" match, within its clause and not across a comma, a colon or a conjunction
# ("er is geen sprake van een …", "zonder …", "niets ervan wordt al uit een andere bron betaald"; not "niet genoeg
# geholpen en een derdelijnsbehandeling kan …").
# A parenthesis closes the scope: "Het plan (…, geen betere regeling) wordt al uit een subsidie betaald" — the "geen"
# inside the brackets does not reach past them; a word in brackets of its own ("geen (eigen) X") is one word.
_NEGATED_BEFORE = re.compile(r"\b(?:geen|niet|nooit|zonder|noch|niets|niks|nergens|niemand)\b"
                             r"(?:\s+(?!(?:en|of|maar|want|dus|omdat|terwijl|dan|toch)\b)(?:\([^\s,:;()]*\)|[^\s,:;()])+){0,4}\s*$")
# "geen" or "zonder" that governs the noun phrase a "ja" pattern starts ("zonder besloten setting", "geen eigen
# behandelaars"), also over an "of" or "noch" (neither: "zonder gesloten of besloten setting", "geen psycholoog of
# gedragsdeskundige"); not over "en" ("geen wachtlijst en een besloten setting" says the setting is there).
_NP_NEGATION = re.compile(r"\b(?:geen|zonder|noch)\s+(?:(?:een|de|het)\s+)?(?:[\w-]+\s+(?:of|noch)\s+(?:(?:een|de|het)\s+)?)?$")
# ... or inside a relative clause of a negated noun ("er is geen sprake van een zorgbehoefte die groter is dan het
# zorgprofiel", "er is geen behandelaar die bij ons in dienst is"): the negation covers what the clause says of it
_NEGATED_RELATIVE = re.compile(r"\bgeen\s+(?:sprake\s+(?:is\s+|was\s+)?van\s+)?(?:een\s+)?(?:[\w-]+\s+){1,2}?"
                               r"(?:die|dat|waarbij|waarin|waarvoor|waarop)\b[^.?;,:]{0,80}$")
# ... or a negative outcome said of it later in its clause ("ons CElz-advies als DEC voor DZEP was negatief").
_NEGATIVE_AFTER = re.compile(r"\b(?:is|was|werd|luidt|luidde|bleek)\s+(?:\w+\s+)?(?:negatief|afgewezen|ingetrokken)\b"
                             r"|\b(?:afgewezen|geweigerd|ingetrokken)\s*(?:[.?!;]|$)")
# Another organisation named as the one that does it: the fact (about "us", "this provider") is not stated. In
# either word order: "wordt door een andere thuiszorgorganisatie geleverd", "een andere aanbieder levert die", and
# with the verb first, as Dutch puts it after a fronted object ("het wassen en aankleden doet een andere
# thuiszorgorganisatie", "de verzorging levert de thuiszorg"). Any compound of the organisation nouns counts.
_ORG = r"(?:[\w-]*(?:organisatie|aanbieder|instelling|partij|zorgverlener)|thuiszorg\w*)"
_DOES = r"(?:levert|leveren|doet|doen|verzorgt|verzorgen|geeft|geven|verleent|verlenen|biedt|bieden|regelt|regelen|komt|komen)"
_OTHER_PARTY = re.compile(
    r"\b(?:door|bij|via|van)\s+(?:een\s+|de\s+)?andere?\s+(?:[\w-]+\s+)?" + _ORG + r"\b"
    r"|\bandere?\s+(?:[\w-]+\s+)?" + _ORG + r"\s+" + _DOES + r"\b"
    r"|\b" + _DOES + r"\s+(?:\w+\s+){0,3}?(?:een|de)\s+andere?\s+(?:[\w-]+\s+)?" + _ORG + r"\b"
    r"|\b" + _DOES + r"\s+(?:\w+\s+)?de\s+(?:thuiszorg|wijkverpleging)\b"
    r"|\b(?:de\s+)?(?:thuiszorg|wijkverpleging)\s+" + _DOES + r"\b"
    # the doer named after a passive ("wordt elke ochtend gedaan door de thuiszorg van Buurtzorg")
    r"|\b(?:gedaan|geleverd|gegeven|verzorgd|verleend)\s+(?:\w+\s+){0,2}?door\s+(?:de|een)\s+(?:thuiszorg|wijkverpleging)\w*\b")
# A wish or a request a few words before a "ja" match, in its clause: what is wanted is not what is ("…, maar wil nu
# via de gemeente een scootmobiel" does not say the scooter came from the Wmo). Not over a comma, a colon or "en"/"maar".
_WISH_BEFORE = re.compile(r"\b(?:wil|wilt|willen|wilde|wilden|zou(?:den)?\s+graag|hoopt|hopen)\b"
                          r"(?:\s+(?!(?:en|of|maar|want|omdat|terwijl|die|dat|waar)\b)[^\s,:;]+){0,4}\s*$")
# ... and what someone wants to happen, as a clause of its own ("Mijn zus wil dat hij naar zijn oude tandarts gaat",
# "de familie zou graag zien dat ze bij ons blijft"): up to the reading, no other clause or sentence in between
_WISH_THAT = re.compile(r"\b(?:wil|wilt|willen|wilde|wilden|hoopt|hopen|hoopte|hoopten|(?:zou|zouden)\s+(?:graag\s+)?"
                        r"(?:willen|zien)|ziet\s+(?:het\s+)?(?:graag|liever)|stelt\s+voor|stellen\s+voor)\s+dat\b"
                        r"(?:(?!\b(?:en|maar|want|omdat|terwijl)\b)[^.?!;:,]){0,80}$")
# A statement of what could be, not of what is: a modal of possibility in its clause ("het plan zou ook uit de SPUK
# betaald kunnen worden", "dat kan eventueel uit de gemeentepot"). "zou … worden" without "kunnen" is a consequence
# said as a fact ("dus het zou dubbel gefinancierd worden") and counts.
_POSSIBLE = re.compile(r"\b(?:kan|kunnen|kon|konden|eventueel|mogelijkerwijs)\b")
# ... unless what is wanted is to keep it ("ze wil haar scootmobiel van de Wmo houden": she has it)
_KEEP_AFTER = re.compile(r"\b(?:houden|behouden|meenemen|blijven gebruiken|blijven houden)\b")
# a fact about the provider that asks ("Is uw organisatie …", "Levert de aanbieder …")
_ABOUT_US = re.compile(r"\buw organisatie\b|\bu\b|\bde aanbieder\b")
# an elliptic correction: "…, maar mevrouw De Vries wel." (not "maar hebben wel veel MS+ cliënten")
_WEL_LAST = re.compile(r"\bwel\W*$")
_NIET_LAST = re.compile(r"\b(?:niet|nog niet)\W*$")


def _with_alternatives(hits: list[Found]) -> Found:
    """The first of ``hits`` (in text order), the other values named as its alternatives."""
    others = tuple(dict.fromkeys(f.value for f in hits if f.value != hits[0].value))
    return replace(hits[0], alternatives=others)


def _possible_part(t: str, starts: list[int], clause: int, f: Found) -> tuple[int, int]:
    """Where a "could be" for the reading ``f`` is looked for: its clause, or only the part after a comma that opens
    with a concession, when the reading lies in it ("… kan nog uit de transitiemiddelen, ook al wordt een deel al
    uit een subsidie gefinancierd": what the concession says is)."""
    a, b = starts[clause], _clause_end(t, starts, clause)
    comma = t.rfind(",", a, f.start)
    if comma >= 0 and _CONCESSION.match(t, comma + 1):
        end = t.find(",", f.end, b)
        return comma + 1, b if end < 0 else end
    return a, b


_CONCESSION = re.compile(r"\s*(?:ook al|al\s+(?:wordt|worden|is|zijn)|hoewel|terwijl|ondanks dat|even though|although)\b")


def _clause_end(t: str, starts: list[int], clause: int) -> int:
    return starts[clause + 1] if clause + 1 < len(starts) else len(t)


def _is_question_clause(t: str, starts: list[int], clause: int) -> bool:
    end = starts[clause + 1] if clause + 1 < len(starts) else len(t)
    return "?" in t[starts[clause] : end]


def _client_groups(text: str) -> list[tuple[int, str]]:
    """Every client group named in ``text`` with its position; a match that starts inside the text of an
    earlier pattern's match (``nah`` inside "nah plus") does not count again.

    Linear in the text: the characters taken by a match are marked in a byte mask (each pattern's own matches
    do not overlap, so marking costs at most one pass over the text per pattern), and a match is checked by
    one look-up instead of against every span taken so far (that was quadratic: 1 MB of history took 29 s)."""
    return [(s, v) for s, _, v in _client_group_spans(text)]


def _client_group_spans(text: str) -> list[tuple[int, int, str]]:
    found: list[tuple[int, int, str]] = []
    taken = bytearray(len(text) + 1)
    for value, pattern in CLIENT_GROUP_PATTERNS:
        spans = [(m.start(), m.end()) for m in _rx(pattern).finditer(text) if not taken[m.start()]]
        for s, e in spans:  # marked after the pattern's own loop: its matches never overlap each other
            taken[s:e] = b"\x01" * (e - s)
            found.append((s, e, value))
    return sorted(found)


# "die" / "deze" / "dat" / "dit" right before a value: the asking sentence points back at one already stated ("Wordt
# die tillift …?"), not at one it asks about ("Kan zij ook een pgb krijgen?")
# a value changed later in the text, the fact named with it ("beveiligingsniveau aangepast naar 4", "aangepast naar
# niveau 4"): the later one holds
_CHANGE_VERB = r"(?:aangepast|gewijzigd|bijgesteld|verhoogd|verlaagd|veranderd|opgehoogd|teruggebracht)"
_CHANGED_TO = r"(?:(?:is|wordt|werd)\s+)?(?:\w+\s+){0,2}?" + _CHANGE_VERB + r"\s+(?:naar|tot)\s+(\d+(?:[.,]\d+)?)\b"
_CHANGED_TO_NAMED = r"\b" + _CHANGE_VERB + r"\s+(?:naar|tot)\s+"


_POINTS_BACK = re.compile(r"\b(?:die|deze|dat|dit)\s+$")
# The words before a profile named as the point of comparison ("één onder VG 5", "net boven", "zwaarder dan"); not a
# bare "onder" ("valt onder VV5" states the profile)
# ... or as a threshold a claim names ("omdat de toeslag volgens hem pas vanaf VG5 geldt", "alleen t/m VV4")
_COMPARED_WITH = re.compile(r"\b(?:(?:één|een|1|twee|2|net|vlak|direct)\s+(?:onder|boven)|(?:hoger|lager|zwaarder|"
                            r"lichter|meer|minder)\s+dan|(?:pas\s+|alleen\s+|ook\s+)?(?:vanaf|tot\s+en\s+met|t/m))\s+"
                            r"(?:de\s+|het\s+)?(?:zzp\s+|zorgprofiel\s+|profiel\s+)?$")


def _profile(text: str) -> Found | None:
    candidates: list[tuple[int, int, str]] = []
    for m in PROFILE_RE.finditer(text):
        sector, number, b = m.group(1), m.group(2), m.group(3)
        candidates.append((m.start(1), m.end(), _canon_profile(sector, number, b)))
    for m in PROFILE_NAMED_RE.finditer(text):
        sector, number, b = m.group(1), m.group(2), m.group(3)
        candidates.append((m.start(), m.end(), _canon_profile(sector, number, b)))
    for m in PROFILE_REVERSED_RE.finditer(text):
        number, b, sector = m.group(1), m.group(2), m.group(3)
        candidates.append((m.start(), m.end(), _canon_profile(sector, number, b)))
    for m in PROFILE_WORD_RE.finditer(text):
        sector, word, b = m.group(1), m.group(2), m.group(3)
        candidates.append((m.start(1), m.end(), _canon_profile(sector, str(_NUM_WORDS[word]), b)))
    named = sorted(c for c in candidates if c[2])
    if "other_person" in GUARDS and len({c[2] for c in named}) > 1:
        # "Mijn moeder heeft VV4. Haar kamergenote heeft VV2.", "Mijn vader heeft VV6, zijn medebewoner VV2": the
        # profile of another person is not the client's
        named = [c for c in named if not _part_about_other_person(text, c[0])]
    if "negated_value" in GUARDS:
        # "heeft geen VG5 meer maar VG4", "LG3, niet LG4": the denied profile is not the client's
        named = [c for c in named if not _NEGATED_VALUE.search(text, max(0, c[0] - 40), c[0])]
    if "past_value" in GUARDS:
        # "had vroeger VG6, nu heeft hij VG3": a profile of an earlier time is not the profile now; also said after it
        # ("VG 6 was zijn vorige profiel")
        named = [c for c in named if not _past_value(text, c[0], _PAST_VALUE) and not _EARLIER_AFTER.match(text, c[1])]
    # "VG5, eh nee, het is VG6": a profile taken back by a correction is not the client's
    named = _drop_corrected(text, named)
    if "hedged" in GUARDS and named and not any(
            _ASKS_LATER.search(p) for p in asking_parts(text) if p.rstrip().endswith("?")):
        # "krijgt hij misschien VV5, maar nu heeft hij VV3": a profile said as a possibility is not the profile (unless
        # the question asks about that later time: "Geldt de toeslag dan / straks?")
        named = [c for c in named if not _hedged(text, c[0])]
    if "past_value" in GUARDS and len({c[2] for c in named}) > 1:
        # "eerst VG5, nu VG6": "eerst" marks the earlier one only beside another profile ("had eerst VV4, het wordt
        # misschien VV6": VV4 is still the profile)
        now = [c for c in named if not _past_value(text, c[0], _PAST_VALUE_WEAK)]
        named = now or named
    if len({c[2] for c in named}) > 1:
        # "VG vier, dus één onder VG 5", "VV4, lichter dan VV5": a profile named to compare with is not the client's
        own = [c for c in named if not _COMPARED_WITH.search(text, max(0, c[0] - 30), c[0])]
        named = own or named
    if "enum_conflict" in GUARDS and len({canon for _, _, canon in named}) > 1:
        # "VG6 of VG2", "bewoner A VV4, bewoner B VV2": which profile is asked
        return _with_alternatives([Found(canon, s, e) for s, e, canon in named])
    return Found(named[0][2], named[0][0], named[0][1]) if named else None


# A correction between two values: the first is taken back, the second is meant ("VG5, eh nee, het is VG6", "LG4. Nee
# wacht, het is LG5", "16%, eh nee sorry, 26%", "VG7, nee sorry, VG8"). Only a short stretch between them, with no
# value of its own and no person named (then the second value may be someone else's: "VV4. Nee, haar buurvrouw VV6").
# the words that take a value back ("sorry", "ik bedoel"): shared with ``shorthand.read_corrected``
CORRECTION_WORDS = r"sorry|pardon|correctie|excuus|oeps|ik bedoel"
# the client said to have no Wlz indication (now; not "geen Wlz-indicatie meer" after a treatment, which the (SG)LVG
# stay rule reads as its fact ``vervolg_indicatie``): the rule check and the answer gate both read it
NO_WLZ_INDICATION = re.compile(
    r"(?i)\b(?:heeft|hebben|heb|krijgt|krijgen)\s+(?:nog\s+)?geen\s+wlz-?\s?indicatie\b(?!\s+meer)|"
    r"\bzonder\s+(?:een\s+)?wlz-?\s?indicatie\b|\bmet\s+nog\s+geen\s+wlz-?\s?indicatie\b|"
    # an apposition or a note in brackets ("onze vader (78, thuis, nog geen Wlz-indicatie)")
    r"[(,]\s*(?:nog\s+)?geen\s+wlz-?\s?indicatie\b(?!\s+meer)|"
    r"\bnog\s+geen\s+wlz-?\s?indicatie\s+(?:heeft|hebben|heb)\b|"
    # "een cliënt die zijn Wlz-indicatie nog niet heeft" (not "… nog niet heeft verzilverd": he has one)
    r"\b(?:zijn|haar|hun|de|een)\s+wlz-?\s?indicatie\s+nog\s+niet\s+(?:heeft|hebben|heb)\b"
    r"(?!\s+(?!gekregen\b|ontvangen\b|en\b|of\b|maar\b|dus\b|want\b)[a-zà-ÿ]+)|"
    r"\bwithout\s+(?:a\s+)?wlz[- ]indication\b|"
    r"\bhas\s+no\s+wlz[- ]indication\b")
_CORRECTION = re.compile(r"^[\s,.;:!?-]*(?:(?:eh|ehm|uh|oh|o)\s*[,.]?\s+)?(?:nee|" + CORRECTION_WORDS + r")\b"
                         r"(?:[\s,.;:!-]+(?:(?:nee|sorry|pardon|wacht|excuus|ik bedoel|ik bedoelde|dat moet zijn|het is|het was|"
                         r"(?:hij|zij|ze) (?:heeft|had)|(?:dat |het )?klopt niet|dus)\b)){0,3}[\s,.;:!-]*$")
# the rest of the first value's phrase before the correction ("16% van het basisbedrag, eh nee, 26%"): no number, no
# person
_VALUE_TAIL = re.compile(r"^[^\d,.;:!?]{0,30}(?=[,.;:!])")


def _corrects(between: str) -> bool:
    """``between`` (the text between two values) takes the first value back (``_CORRECTION``)."""
    tail = _VALUE_TAIL.match(between)
    rest = between[tail.end():] if tail and not _PERSON_NAMED.search(tail.group()) else between
    return bool(_CORRECTION.match(rest))


# What the writer takes back, blanked before any fact is read (same length: the spans keep the user's own words):
# - a sentence that opens with a correction ("Nee, correctie, …", "Nee, sorry, ik heb het nagekeken: …", "Correctie:
#   …", "Nou ja, eigenlijk …") takes back the sentence before it;
# - what was thought or written before ("Ik dacht dat …, maar het blijkt …", "In het dossier stond …, maar de
#   psychiater heeft dat gecorrigeerd: …"), up to the "maar";
# - a whether-clause left open ("dus of er permanent toezicht is, kan ik niet zeggen", "Of die assistent extra komt …,
#   is nog niet duidelijk"), up to the words that leave it open; not "Of eigenlijk …", another value offered, which
#   leaves both unknown as two values named do.
# the words of a slip owned up to, in a sentence of its own or inside one ("sorry, typfout", "sorry, ik bedoel")
_SORRY = r"sorry\s*[,.]?\s*(?:typfout|ik bedoel\w*|ik vergis me|vergissing)\b"
_TAKES_BACK = re.compile(
    # (after a speaker's label in a written-out conversation: "Zoon: Dat klopt niet meer, het CIZ heeft haar opnieuw
    # geïndiceerd.")
    r"\s*(?:[\w&.-]{1,20}:[ \t]*)?(?:"
    r"\s*(?:(?:eh|ehm|uh|oh|o)\s*[,.]?\s+)?(?:nee|neen)\s*[,.!:;-]?\s*(?:(?:" + CORRECTION_WORDS + r"|wacht)\b|"
    r"ik vergis me\b|dat klopt niet\b|ik heb (?:het )?(?:nog eens |even |net )?(?:nagerekend|nagevraagd|nagekeken|"
    r"gecheckt|opgezocht|nageteld|gecontroleerd)\b)|"
    r"\s*(?:correctie\b|nou ja,? eigenlijk\b|eigenlijk,? nee\b|(?:dat|het) klopt (?:al lang |echt )?niet meer\b(?=\s*[,.;:!]|\s*$)|"
    + _SORRY + "))")
_THOUGHT = re.compile(r"\b(?:ik dacht|wij dachten|we dachten|ik had begrepen|wij hadden begrepen|ik ging ervan uit|"
                      r"in het dossier stond|op de brief stond|eerst leek het|"
                      # what the writer wrote before ("Eerder schreef ik dat …, maar dat klopt niet: …")
                      r"eerder (?:schreef|zei|meldde) ik|ik (?:schreef|zei|meldde) eerder|"
                      r"in mijn (?:vorige|eerdere) (?:bericht|mail|e-mail) (?:schreef|zei) ik)\b[^.?!\n]{0,200}?(?=,?\s+maar\s+"
                      # not a belief about the outcome that someone disputes ("Ik ging ervan uit dat wij cliënten op
                      # niveau 2 kunnen opnemen, maar onze manager zegt van niet"): the case it tells stands
                      r"(?!(?:\w+\s+){0,4}?(?:zegt|zeggen|zei|zeiden|beweert|stelt)\s+van\s+(?:niet|wel)\b))")
# A correction inside a sentence: the clause before it is taken back ("Op locatie De Horst wordt geen behandeling
# geboden, correctie: sinds de verbouwing wel", "Binnen vijf minuten is er iemand, correctie: … acht tot tien
# minuten", "We willen de koelapparatuur rekenen, nee wacht, ik bedoel de kamerhuur")
_CORRECTS_CLAUSE = re.compile(r"(?:\s*[,;]|\s+[—–-])\s*(?:(?:eh|ehm|uh)\s*[,.]?\s+)?(?:correctie\b|nee\s*[,.]?\s*(?:wacht|sorry|"
                              r"pardon|correctie)\b|nee\s*[,.]?\s*ik bedoel\b|(?:o|oh)\s+nee\s*[,!]|" + _SORRY + "|"
                              # "…, nee, dat moet ik rechtzetten: …", "…, nee, laat ik het goed zeggen: …"
                              r"nee\s*[,.]?\s*(?:dat moet ik (?:even )?rechtzetten|laat ik het (?:goed|beter|preciezer|anders) "
                              r"zeggen|ik zeg het verkeerd|ik vergis me|dat klopt niet)\b|"
                              # a value checked again ("…, of eigenlijk, ik kijk even in de agenda: vijf weken", "…, nee, ik
                              # heb de brief er net bij gepakt: het is 1 juli"): a check that ends in a colon
                              r"(?:nee|(?:of\s+)?eigenlijk)\s*[,.]?\s*(?:ik\s+(?:heb|kijk|zie|lees|check|tel)|even\s+kijken)\b"
                              r"[^.?!;:\n]{0,80}:)")
# ... where the correction says the value again ("…, nee, correctie: een half jaar …", "…: het is 1 juli"), only the
# value is taken back, from its first number on, with the words of the correction ("De verhuizing was drie maanden
# geleden, of eigenlijk, ik kijk even in de agenda: vijf weken geleden"), so that what it is the value of stays
_NUMBER_WORD = (r"(?:\d|(?:een|één)\s+(?:half\s+)?(?:jaar|maand|week|dag|uur|minuut|kwartier)|(?:twee|drie|vier|vijf|zes|"
                r"zeven|acht|negen|tien|elf|twaalf|half|anderhalf)\b)")
_VALUE_AGAIN = re.compile(r"[\s,.:;!-]*(?:(?:nee|sorry|pardon|wacht|correctie|ik bedoel|ik bedoelde|het is|het was|dat is|"
                          r"dat was|dus)\b[\s,.:;!-]*)*(?=" + _NUMBER_WORD + ")", re.I)
_FIRST_NUMBER = re.compile(r"\b" + _NUMBER_WORD, re.I)


def _corrected_number(t: str, start: int, end: int, new: int) -> int | None:
    """Where the value a correction takes back starts, between ``start`` and ``end``: the number said with the unit
    the correction names (at ``new``: "3 dagen …, nee, correctie: 4 dagen" takes back "3 dagen", not "2023" before
    it), else the last number before the correction; a value of several parts from its first ("een jaar en drie
    maanden")."""
    numbers = list(_FIRST_NUMBER.finditer(t, start, end))
    if not numbers:
        return None
    unit = re.match(r"\s*(?:\d+(?:[.,]\d+)?|[a-zà-ÿ]+)(?:\s+half)?\s+([a-zà-ÿ%]+)", t[new:], re.I)
    unit_word = unit.group(1).lower().rstrip("s") if unit else ""
    same = [n for n in numbers if unit_word and re.match(
        r"\s*(?:\d+(?:[.,]\d+)?|[a-zà-ÿ]+)(?:\s+half)?\s+" + re.escape(unit_word[:4]), t[n.start():end], re.I)]
    first = (same or numbers)[-1]
    # "een jaar en drie maanden": the parts joined by "en" are one value
    for n in reversed(numbers[:numbers.index(first)]):
        if re.fullmatch(r"\s*[a-zà-ÿ]+\s+en\s+", t[n.end():first.start()], re.I):
            first = n
        else:
            break
    return first.start()
# ... back to the sentence start, the last comma, semicolon or colon, or the last "en" / "of" / "maar" ("Mijn vader
# heeft VV6 en een pgb, correctie: een vpt": only the pgb is taken back)
_CLAUSE_BACK = re.compile(r"[,;:]|\b(?:en|of|maar)\b")
# ... or only from the last word the corrected phrase opens with, when that is a preposition ("REC voor Korsakov, nee,
# ik bedoel voor LBS")
_SAID_AGAIN = re.compile(r"[\s,.:;!-]*(?:(?:nee|sorry|pardon|wacht|ik bedoel|ik bedoelde)\b[\s,.:;!-]*)*"
                         r"(voor|in|op|bij|met|naar|tot|per|vanaf|sinds|zonder)\s")
# a sentence that says what it names does not count here ("Korsakov is onze andere locatie en die telt hier niet
# mee"): no fact, up to a "maar"
_NOT_COUNTED = re.compile(r"\b(?:telt|tellen)\s+(?:hier\s+|nu\s+|daarbij\s+)?niet\s+mee\b|"
                          r"\bdoe[tn]\s+(?:hier\s+|nu\s+)?niet\s+ter\s+zake\b|\b(?:is|zijn)\s+(?:hier\s+)?niet\s+van\s+belang\b")
# what the writer still asks around or looks up ("vraag ik na", "zoek ik even op", "moet ik nog uit het zorgplan
# halen"): shared by ``_LEFT_OPEN`` and the open point a short yes answers (``assistant.rules.answered_yes``)
ASKING_AROUND = (r"(?:vraag|zoek|check|kijk|informeer)\s+(?:ik|we|wij)\s+(?:nog\s+)?(?:even\s+)?(?:\w+\s+){0,3}?(?:na|uit|op)\b|"
                 r"(?:moet|moeten)\s+(?:ik|we|wij)\s+(?:nog\s+)?(?:\w+\s+){0,4}?"
                 r"(?:nagaan|navragen|uitzoeken|opzoeken|nakijken|halen|bekijken|bespreken|besluiten|beslissen|"
                 r"afwachten)")
_LEFT_OPEN = re.compile(
    r"(?:\A|(?<=[,;:.?!\n]\s)|(?<=\n)|(?<=\bdus\s)|(?<=\ben\s)|(?<=\bmaar\s))of\s(?!eigenlijk|misschien|toch|juist|liever)[^.?!\n]{3,200}?[,]?\s*(?:kan ik (?:nog )?niet zeggen|"
    r"weet (?:ik|we|wij|niemand|nog niemand) (?:eerlijk gezegd |helaas |zelf |ook )?(?:nog )?niet|"
    r"weten (?:we|wij) (?:eerlijk gezegd |helaas |zelf |ook )?(?:nog )?niet|weet niemand(?: nog)?|"
    # what the writer still asks around ("Of er op die locatie behandeling wordt geboden, vraag ik na.", "… moet ik nog
    # uit het zorgplan halen")
    + ASKING_AROUND + "|"
    # ... or someone else still checks ("of zij al geregistreerd is, moet HR nog nagaan")
    r"(?:moet|moeten)\s+(?:de\s+|onze\s+|ons\s+)?[\w&/-]+\s+(?:dat\s+|het\s+)?nog\s+(?:even\s+)?(?:nagaan|navragen|uitzoeken|"
    r"nakijken|checken|controleren|bevestigen)|"
    # what a case or a letter leaves out ("of het eenmalig is, staat niet in de casus")
    r"staat (?:er )?niet (?:in|op|bij)|wordt (?:er )?niet (?:genoemd|vermeld|gezegd)|"
    # (also with where it is left open between: "is in de samenwerkingsafspraak nog niet vastgelegd", "is nu nog niet te
    # zeggen")
    r"is (?:(?:mij|me|ons|voor mij|voor ons) )?(?:(?:in|met|bij|door) (?:de|het|ons|onze|zijn|haar) [\w-]+ )?(?:nu |op dit moment )?(?:nog )?"
    r"(?:niet duidelijk|niet besproken|niet overlegd|onduidelijk|niet bekend|onbekend|niet vermeld|niet gegeven|niet gepeild|niet te zeggen|"
    r"niet uitgezocht|niet nagegaan|niet nagevraagd|niet geregeld|niet besloten|niet beslist|niet bepaald|"
    r"niet onderzocht|niet getoetst|niet beoordeeld|niet vastgesteld|"
    # what a record or an agreement leaves out ("is nog niet vastgelegd", "is niet vastgelegd in de overdracht")
    r"niet vastgelegd|niet afgesproken|niet bevestigd|niet ingevuld|niet doorgegeven)|"
    # a decision still to be taken ("Of daar behandeling geboden gaat worden, heeft het bestuur nog niet besloten.")
    r"(?:heeft|hebben)\s+(?:\w+\s+){0,3}?(?:nog\s+)?niet\s+(?:besloten|beslist|bepaald|vastgesteld)|"
    # ... or known only later ("… via de Wmo is verstrekt; dat weten we pas volgende maand")
    r"(?:dat\s+)?(?:weet|weten)\s+(?:ik|we|wij|zij|ze|hij)\s+pas\s|"
    # ... or decided only later ("…, beslist de schooldirecteur pas volgende maand", "…, wordt pas volgende week
    # verdeeld")
    r"(?:beslist|besluit|bepaalt|beslissen|besluiten|bepalen)\s+(?:\w+\s+){0,3}?pas\s|"
    r"(?:wordt|worden|is|zijn)\s+(?:\w+\s+){0,2}?pas\s+(?:\w+\s+){0,3}?(?:verdeeld|besloten|beslist|bepaald|"
    r"vastgesteld|besproken|geregeld|duidelijk|bekend))\b|"
    # ... or after the words that leave it open, to the end of the sentence or a "maar" ("de directeur zoekt nog uit
    # of wij toegelaten zijn en of …")
    r"(?:\b(?:zoekt|zoeken|kijkt|kijken|gaat|gaan)\s+(?:\w+\s+){0,4}?nog\s+(?:uit|na)\s+|"
    r"\b(?:weet|weten)\s+(?:(?:ik|we|wij|men|niemand)\s+)?(?:(?:nog|eigenlijk|echt|ook|zelf|helaas)\s+){0,2}niet\s+(?:zeker\s+|precies\s+)?|"
    r"\b(?:ik|we|wij)\s+(?:weet|weten)\s+(?:(?:nog|eigenlijk|echt|ook|zelf|helaas)\s+){0,2}niet\s+(?:zeker\s+|precies\s+)?|"
    r"\bweet\s+niemand\s+(?:hier\s+)?(?:nog\s+)?|"
    # what the writer cannot find or make out ("kan ik in het personeelsdossier niet terugvinden of …")
    r"\b(?:(?:kan|kon|kunnen|konden)\s+(?:ik|we|wij)|(?:ik|we|wij)\s+(?:kan|kon|kunnen|konden))\s+(?:[\w-]+\s+){0,5}?"
    r"(?:nog\s+)?niet\s+(?:meer\s+)?(?:terugvinden|vinden|achterhalen|nagaan|zien|opmaken|teruglezen|uitmaken)\s+|"
    # a decision not yet taken, before what it is about ("Het CIZ heeft nog niet besloten of …")
    r"\b(?:heeft|hebben)\s+(?:\w+\s+){0,3}?(?:nog\s+)?niet\s+(?:besloten|beslist|bepaald|vastgesteld)\s+|"
    r"\b(?:zegt|zeggen|vermeldt|vermelden|meldt|noemt)\s+(?:\w+\s+){0,2}?niet\s+|"
    # what a record leaves out ("in het dossier staat niet of …", "in de beschikking staat niet vermeld of …")
    r"\bstaat\s+(?:er\s+)?(?:nergens\s+|niet\s+)(?:(?:vermeld|genoemd|aangegeven|beschreven|bij)\s+)?)"
    r"of\s(?!nauwelijks\b|amper\b|weinig\b|nooit\b)[^.?!\n]*?(?=,?\s+maar\s|[.?!\n:;]|\Z)")
# who or what it will be, said to be open, with the candidates after it ("Wie de verantwoordelijk behandelaar wordt,
# staat nog niet vast: dat kan een GZ-psycholoog zijn, maar ook een basispsycholoog."): the sentence is no fact
_WHO_OPEN = re.compile(r"(?:\A|(?<=[,;:.?!\n]\s)|(?<=\n))(?:wie|wat|welke?|waar|wanneer)\s[^.?!\n]{3,120}?,\s*"
                       r"(?:staat|is)\s+(?:nu\s+|op dit moment\s+)?(?:nog\s+)?(?:niet\s+(?:vast|bekend|duidelijk|zeker|"
                       r"besloten|bepaald)|onduidelijk|onbekend)\b"
                       # the candidates after it ("…: dat kan X zijn, maar ook Y"), up to a "maar" that goes on to
                       # something else ("…, maar hij heeft een VG-indicatie") or a ";"
                       r"(?:(?!,?\s+maar\s+(?!ook\b))[^.?!\n;])*")
# a pasted field left open ("Persoonlijke verzorging: nog uitzoeken wie dat levert", "Ingangsdatum: onbekend"): the
# whole line is no fact
_OPEN_FIELD = re.compile(r"(?im)^[^\n:?]{2,60}:[^\S\n]*(?:(?:nog[^\S\n]+(?:uitzoeken|uit te zoeken|onbekend|niet bekend|"
                         r"niet duidelijk|open|navragen|na te vragen|niet uitgezocht|niet nagevraagd|niet besloten|"
                         r"niet bepaald|niet nagegaan)|onbekend|niet bekend|niet ingevuld|nader te bepalen)"
                         r"(?!\w)[^\n?]*|(?:\?+|volgt|tbd|ntb)[^\S\n]*)$")
# a clause that says the fact is still to be found out ("draagvlak in de regio moeten we nog peilen", "we moeten nog
# nagaan of er een toelating is", "dat moet nog blijken"): the clause, to the next comma or "maar", is no fact
_STILL_TO_FIND = re.compile(
    r"\b(?:moet|moeten|moest|moesten|gaan|ga)\s+(?:(?:ik|we|wij|jullie|zij|ze|hij)\s+)?(?:\w+\s+)?nog\s+(?:even\s+)?"
    r"(?:peilen|uitzoeken|nagaan|navragen|checken|controleren|nakijken|onderzoeken|vaststellen|toetsen|bekijken|"
    r"blijken|(?:worden\s+)?(?:uitgezocht|nagegaan|nagevraagd|gecheckt|gecontroleerd|vastgesteld|gepeild|getoetst))\b|"
    r"\b(?:is|wordt)\s+(?:\w+\s+)?nog\s+(?:niet\s+)?(?:gepeild|uitgezocht|nagegaan|nagevraagd|gecheckt|getoetst|onderzocht)\b|"
    # ... or that a department or a person named still has to deliver ("Over ons onderzoek moet de afdeling Onderzoek
    # nog aanleveren welke projecten er lopen", "moet afd. Onderzoek nog uitzoeken")
    r"\b(?:moet|moeten)\s+(?:(?:de|het|onze|ons|mijn|haar|zijn)\s+)?(?:[\w-]+\s+){1,2}?nog\s+(?:even\s+)?"
    r"(?:aanleveren|uitzoeken|nagaan|navragen|laten weten|doorgeven|bevestigen|opzoeken|nakijken)\b")
_CLAUSE_ON = re.compile(r"[,;]|\bmaar\b")
# two candidates, each said as a possibility ("mogelijk een andere Wlz-indicatie, mogelijk geen", "misschien VG5,
# misschien ook VG6"): which one it is, is open; the first opens its clause (not "waar mogelijk bieden we …, eventueel
# met …", "zo veel mogelijk")
_HEDGED_CHOICE = re.compile(r"(?:(?<=^)|(?<=[:;,.]\s)|(?<=\n))(?:mogelijk|misschien|wellicht|eventueel)\s[^.?!\n;]{1,80}?,\s*(?:maar\s+|of\s+)?(?:ook\s+)?"
                            r"(?:mogelijk|misschien|wellicht|eventueel)\b[^.?!\n;]*")
# a statement that says the writer does not know it ("De ingangsdatum op de brief weet ik niet precies, misschien
# 1 januari, misschien later."): the statement, up to a "maar", is no fact
_NOT_KNOWN = re.compile(r"(?<!\bdat )(?<!\bdit )(?<!\bhet )\b(?:weet|weten)\s+(?:ik|we|wij|ze|zij|hij|mevrouw|meneer|"
                        # someone named ("…, weet de dochter niet", "weet mijn moeder niet meer")
                        r"(?:de|mijn|haar|zijn|onze|hun)\s+(?:dochter|zoon|moeder|vader|familie|cliënte?|client|bewoner|"
                        r"collega|zus|broer|man|vrouw|partner|verwanten|ouders|kinderen))\s+(?:(?:nog|eigenlijk|echt|ook|zelf|helaas|dus|zo|eerlijk gezegd|eerlijk)\s+){0,2}niet(?:\s+(?:precies|zeker|meer|exact))?\b(?!\s+of\b)|"
                        # the writer first, about where something came from ("Ik weet zelf eerlijk gezegd niet hoe hij
                        # aan die rolstoel gekomen is: mogelijk via de Wmo, …"; not "ik weet niet wat ik moet doen")
                        r"\b(?:ik|we|wij)\s+(?:weet|weten)\s+(?:(?:nog|eigenlijk|echt|ook|zelf|helaas|eerlijk gezegd)\s+){0,3}"
                        r"niet\s+(?:(?:precies|zeker|meer|exact)\s+)?(?=(?:hoe|waar|waarvandaan|via\s+wie|van\s+wie)\b[^.?!:;]{0,60}"
                        r"\b(?:gekomen|komt|kwam|gekregen|kreeg|gekocht|kocht|verkregen)\b)")
_BUT = re.compile(r",?\s+maar\s")
# A fact told on someone else's word, as a rumour or a guess ("ik heb gehoord dat …", "de ergotherapeut schijnt gezegd
# te hebben …", "mijn collega denkt van wel", "volgens haar buurvrouw …", "I heard from a colleague …"): no fact, from
# the clause it opens (after a ";" or ":", else the sentence start) to the end of the sentence. What a besluit, a
# contract or the zorgkantoor says stays a fact ("volgens het CIZ-besluit …", "de zorgkantoormedewerker zei dat …").
_HEARSAY = re.compile(
    r"\b(?:(?:ik|we|wij)\s+(?:heb|hebben|had|hadden)\s+(?:\w+\s+){0,3}?gehoord|ik\s+hoorde|naar\s+(?:ik|we|wij)\s+(?:hoor|horen)|"
    r"van\s+horen\s+zeggen|schijnt|schijnen|zou\s+(?:\w+\s+){0,3}?gezegd\s+hebben|"
    r"(?:collega|teamleider|leidinggevende|buurvrouw|buurman|kennis|iemand|familie|zus|broer|vriendin|vriend|"
    r"moeder|vader|dochter|zoon)\s+(?:\w+\s+){0,3}?(?:denkt|dacht|gokt|vermoedt|meent|gelooft)\s+(?:dat|van\s+wel|van\s+niet)\b|"
    r"volgens\s+(?:haar|zijn|hun|mijn|onze|een)\s+(?:buurvrouw|buurman|kennis|vriendin|vriend|zus|broer|collega|"
    r"collega's|familie|moeder|vader|dochter|zoon)\b|iemand\s+(?:van|bij|op)\s+(?!(?:het\s+|de\s+)?(?:zorgkantoor|ciz|cak)\b)(?:\w+\s+){0,3}?zei\b|"
    r"\bI\s+(?:have\s+|'ve\s+)?heard\b|\bapparently\b|\bsupposedly\b|\brumou?r|"
    r"\bmy\s+(?:colleague|manager|neighbou?r|sister|brother|friend)\s+(?:thinks|believes|guesses)\b|"
    r"\bsomeone\s+(?:\w+\s+){0,3}?(?:said|told)\b)", re.I)
# ... or a claim the writer says nobody checked ("maar niemand heeft het nagekeken", "maar dat kunnen we niet nagaan",
# "maar er staat niets op papier", "het zorgkantoor heeft er nog niet naar gekeken", "but I haven't seen the
# indicatiebesluit"): no fact, the sentence as a whole
_UNVERIFIED = re.compile(
    r"\bniemand\s+heeft\s+(?:het|dat|dit)\s+(?:\w+\s+)?(?:nagekeken|gecontroleerd|gecheckt|gezien|nagevraagd)\b|"
    r"\b(?:kunnen|kan)\s+(?:we|wij|ik)\s+(?:\w+\s+)?niet\s+(?:nagaan|controleren|checken|verifi\w+|nakijken)\b|"
    r"\b(?:er\s+)?staat\s+(?:er\s+)?niets\s+(?:van\s+)?op\s+papier\b|\bofficieel\s+(?:weet|weten)\b|"
    r"\bzeker\s+(?:weet|weten)\s+(?:ze|zij|hij|ik|we|wij|niemand)\b(?=[^.?!\n]*\bniet\b)|"
    r"\b(?:heeft|hebben)\s+er\s+(?:\w+\s+)?nog\s+niet\s+naar\s+gekeken\b|"
    r"\b(?:heb|hebben)\s+(?:ik|we|wij)\s+(?:\w+\s+){0,2}?(?:nog\s+)?niet\s+(?:gezien|ingezien)\b|"
    r"\b(?:haven't|have\s+not|hasn't|has\s+not)\s+(?:yet\s+)?(?:seen|checked|verified|confirmed)\b", re.I)
_HEARSAY_CLAUSE = re.compile(r"[;:,]|\b(?:en|maar)\s")
# ... unless the next sentence asks whether it is so: then it is what is asked
_CHECKS_IT = re.compile(r"(?i)\s*(?:klopt\s+(?:dat|dit|het)|is\s+(?:dat|dit|het)\s+(?:zo|waar|juist|correct)|"
                        r"(?:is|was)\s+(?:that|this|it)\s+(?:right|true|correct|so)|(?:is\s+that\s+)?true)\b[^.?!\n]*\?")


def _self_answered(sentences: list[str]) -> list[int]:
    """The sentences that ask a point the next one answers "not known" (``_ANSWERED_UNKNOWN``, or on someone else's
    word: ``_hearsay``), with a sentence after them that still asks or asked as a bare whether-clause: "behandeling al
    gestart vóór verhuizing? weet niet. nog recht op?" → [0]."""
    return [i for i in range(len(sentences) - 1) if sentences[i].rstrip().endswith("?")
            and (_ANSWERED_UNKNOWN.fullmatch(sentences[i + 1]) or _hearsay(sentences[i + 1]))
            and (any(q.rstrip().endswith("?") for q in sentences[i + 2:]) or _WHETHER.match(sentences[i]))]
# a point asked as a bare whether-clause ("Of die behandeling maar tijdelijk nodig is?"): never the question itself
_WHETHER = re.compile(r"(?i)\s*(?:maar|en)?\s*of\s")


def _hearsay(sentence: str) -> bool:
    """A statement told on someone else's word or said to be unchecked (``_HEARSAY``, ``_UNVERIFIED``): "Of we
    afspraken hebben? Mijn collega denkt van wel, maar niemand heeft het nagekeken." answers the point "not known"."""
    return not sentence.rstrip().endswith("?") and bool(_HEARSAY.search(sentence) or _UNVERIFIED.search(sentence))
# a sentence that answers the one before it with "not known"
_ANSWERED_UNKNOWN = re.compile(r"(?i)\s*(?:(?:dat|dit|het)\s+)?(?:weet|weten)\s+(?:(?:ik|we|wij)\s+)?(?:(?:nog|eigenlijk|echt|ook)\s+){0,2}"
                               r"niet(?:\s+(?:precies|zeker))?\s*[.!]*\s*|\s*(?:geen idee|onbekend|geen flauw idee|"
                               r"nog niet bekend|nog onbekend|(?:dat\s+|dit\s+)?(?:zoeken|zoek)\s+(?:we|wij|ik)\s+nog\s+uit|"
                               r"(?:moeten|moet)\s+(?:we|wij|ik)\s+nog\s+(?:uitzoeken|nagaan|navragen|checken)|"
                               r"nog\s+(?:uitzoeken|uit te zoeken|navragen|na te vragen|checken|onduidelijk))\s*[.!]*\s*")


def taken_back(t: str) -> str:
    """``t`` with what the writer takes back blanked (``_TAKES_BACK``, ``_THOUGHT``, ``_LEFT_OPEN``, ``_NOT_KNOWN``), its sentence marks
    kept (so the clauses stay where they were); a sentence that asks is never blanked. Linear in the text."""
    return _blanked(t, _taken_back_spans(t)[0])


def _said_open(spec: FactSpec, raw: str, t: str, left_open: list[tuple[int, int]], starts: list[int],
               found: Found) -> bool:
    """An "onzeker" pattern of ``spec`` matches inside a part the writer leaves open (``_taken_back_spans``), and no
    "ja" of the fact is said after that part (``t``: the text with what is left open blanked); or the fact itself is
    named in that part while the "ja" comes only from the question sentence ("Hij heeft een rolstoel meegenomen, maar
    of die via de Wmo is verstrekt, weten we niet. Mag hij het hulpmiddel uit de Wmo behouden?")."""
    asked = _is_question_clause(t, starts, bisect.bisect_right(starts, found.start) - 1)
    for a, b in left_open:
        if any(a <= m.start() < b for p in spec.recognise.patterns("onzeker") for m in _rx(p).finditer(raw, a, b)) \
                and not any(_rx(p).search(t, b) for p in spec.recognise.patterns("ja")):
            return True
        # (or one part of a fact of parts: "K: En een AVG, een gedragsdeskundige en begeleiders van hbo-niveau? L: De
        # AVG en de gedragsdeskundige zijn er. Of er begeleiders van hbo-niveau in het team zitten, weet ik niet.")
        if asked and any(a <= m.start() < b for p in [*spec.recognise.patterns("ja"), *spec.recognise.patterns("nee"),
                                                        *spec.recognise.delen]
                         for m in _rx(p).finditer(raw, a, b)):
            return True
    return False


def _blanked(t: str, blank: list[tuple[int, int]]) -> str:
    if not blank:
        return t
    chars = list(t)
    for a, b in blank:
        chars[a:b] = [c if c.isspace() or c in ".?!" else " " for c in chars[a:b]]
    return "".join(chars)


def _taken_back_spans(t: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """(every span to blank, those of them left open: what the writer says is not known or still to be found out,
    not what is taken back)."""
    spans = sentence_spans(t)
    blank: list[tuple[int, int]] = []
    left_open: list[tuple[int, int]] = []
    for (a, b), (c, _d) in itertools.pairwise(spans):
        if _TAKES_BACK.match(t, c) and not t[a:b].rstrip().endswith("?"):
            blank.append((a, b))
    # a point asked and answered "weet ik niet" before the question is no fact: its last clause ("toegelaten ja,
    # afspraken met zk?? weet ik niet")
    for i in _self_answered([t[a:b] for a, b in spans]):
        a, b = spans[i]
        commas = [m.end() for m in re.finditer(r"[,;:]", t[a:b])]
        left_open.append((a + commas[-1] if commas else a, b))
    left_open.extend(m.span() for m in _OPEN_FIELD.finditer(t))
    for a, b in spans:
        for m in _CORRECTS_CLAUSE.finditer(t, a, b):
            before = [c.end() for c in _CLAUSE_BACK.finditer(t, a, m.start())]
            start = before[-1] if before else a
            marks = [c.end() for c in re.finditer(r"[,;:]", t[a:m.start()])]
            if (again := _VALUE_AGAIN.match(t, m.end())) is not None and (old := _corrected_number(
                    t, a + marks[-1] if marks else a, m.start(), again.end())) is not None:
                blank.append((old, m.end()))  # the words of the correction too: a value said once
                continue
            # "aangewezen als REC voor Korsakov, nee, ik bedoel voor LBS": only the phrase the correction says again,
            # from the last word it opens with
            if (again := _SAID_AGAIN.match(t, m.end())) is not None:
                same = [w.start() for w in re.finditer(r"\b" + again.group(1) + r"\b", t[start : m.start()])]
                start = start + same[-1] if same else start
            blank.append((start, m.start()))
        if not t[a:b].rstrip().endswith("?"):
            blank.extend(m.span() for m in _THOUGHT.finditer(t, a, b))
            left_open.extend(m.span() for m in _LEFT_OPEN.finditer(t, a, b))
            left_open.extend(m.span() for m in _WHO_OPEN.finditer(t, a, b))
            left_open.extend(m.span() for m in _HEDGED_CHOICE.finditer(t, a, b))
            for m in _STILL_TO_FIND.finditer(t, a, b):
                before = [c.end() for c in _CLAUSE_BACK.finditer(t, a, m.start())]
                if before and t[before[-1] - 1] == ":" and not t[before[-1]:m.start()].strip():
                    before.pop()  # a form line's answer ("Wet. onderzoek: moet afd. Onderzoek nog uitzoeken"): its label too
                after = _CLAUSE_ON.search(t, m.end(), b)
                left_open.append((before[-1] if before else a, after.start() if after else b))
            if (uncounted := _NOT_COUNTED.search(t, a, b)) is not None:
                before = [c.end() for c in _CLAUSE_BACK.finditer(t, a, uncounted.start())]
                after = _CLAUSE_ON.search(t, uncounted.end(), b)
                blank.append((before[-1] if before else a, after.start() if after else b))
            if (unknown := _NOT_KNOWN.search(t, a, b)) is not None:
                but = _BUT.search(t, unknown.end(), b)
                if but is not None and re.match(r"\s*ook\b", t[but.end():b]):
                    but = None  # "… weet ik niet, het kan X zijn maar ook Y": Y is the other candidate, open too
                left_open.append((a, but.start() if but else b))
            if _CHECKS_IT.match(t, b):  # "Ik heb gehoord dat meerzorg vijf jaar kan. Klopt dat?": what is asked
                continue
            heard = _HEARSAY.search(t, a, b)
            if _UNVERIFIED.search(t, a, b):  # from the clause the rumour opens, if any ("Hij heeft een rolstoel; volgens …")
                before = [c.end() for c in _HEARSAY_CLAUSE.finditer(t, a, heard.start())] if heard else []
                blank.append((before[-1] if before else a, b))
            elif heard is not None:
                before = [c.end() for c in _HEARSAY_CLAUSE.finditer(t, a, heard.start())]
                # "…, maar bij ons komt de EKT uit op 600 euro": the writer's own (not "…, maar of … weet niemand")
                but = _BUT.search(t, heard.end(), b)
                if but is not None and (_WHETHER.match(t, but.end())
                                        or any(rx.search(t, but.end(), b) for rx in (_NOT_KNOWN, _DOUBT))):
                    but = None
                blank.append((before[-1] if before else a, but.start() if but else b))
        elif _WHETHER.match(t, a) and (unknown := _NOT_KNOWN.search(t, a, b)) is not None:
            # "Of wij toegelaten zijn …, weet ik eerlijk gezegd niet, dat regelt de directie, maar dat maakt toch niet
            # uit?": the whether-clause answered "not known" stays open, whatever the sentence asks after it
            left_open.append((a, unknown.end()))
    # (what is taken back is not left open: "Of er afspraken zijn, weet ik niet. Correctie: we hebben afspraken.")
    return [*blank, *left_open], [(a, b) for a, b in left_open if not any(x < b and a < y for x, y in blank)]


_V = TypeVar("_V")


def _drop_corrected(t: str, named: list[tuple[int, int, _V]]) -> list[tuple[int, int, _V]]:
    """``named`` (start, end, value; in text order) without a value that a correction right after it takes back in
    favour of the next one (``_corrects``)."""
    return [c for c, n in zip(named, [*named[1:], None], strict=False)
            if n is None or n[2] == c[2] or not _corrects(t[c[1] : n[0]])]


# A value said as what may be or will be, not what is: "krijgt hij misschien VV5", "wordt waarschijnlijk VG7", "straks
# VV6", "zou VG5 kunnen krijgen" (in its part of the clause, before the value)
_HEDGE = re.compile(r"\b(?:misschien|wellicht|mogelijkerwijs|eventueel|waarschijnlijk|vermoedelijk|straks|binnenkort|"
                    r"in de toekomst|zou|zouden|het is mogelijk dat|"
                    r"hoopt|hopen|verwacht\w*|(?:wil|willen) (?:graag )?(?:\w+ )?(?:aanvragen|krijgen))\b")
# an asking sentence about a time to come, when a possible profile may be the one meant
_ASKS_LATER = re.compile(r"\b(?:straks|binnenkort|dan|daarna|later|in de toekomst|na de (?:her)?indicatie|zou|zouden|"
                         r"volgend jaar|vanaf dan)\b")
_PART_START = re.compile(r"[,:;]|(?<!excl)(?<!incl)[.?!](?=\s)|\bmaar\b")


def _hedged(t: str, start: int) -> bool:
    """The value at ``start`` is said as a possibility (``_HEDGE`` in its part of the clause before it), in a statement:
    an asking sentence may ask with "zou" ("Zou de toeslag voor VV5 gelden?")."""
    starts = clause_starts(t)
    if _is_question_clause(t, starts, bisect.bisect_right(starts, start) - 1):
        return False
    window = t[max(0, start - 80) : start]
    cut = [m.end() for m in _PART_START.finditer(window)]
    return bool(_HEDGE.search(window, cut[-1] if cut else 0))


def _past_value(t: str, start: int, past: re.Pattern[str]) -> bool:
    """The value at ``start`` is said of an earlier time (``_PAST_VALUE`` in its part of the clause before it), in a
    statement."""
    starts = clause_starts(t)
    if _is_question_clause(t, starts, bisect.bisect_right(starts, start) - 1):
        return False
    window = t[max(0, start - 80) : start]
    cut = [m.end() for m in _PART_START.finditer(window)]
    return bool(past.search(window, cut[-1] if cut else 0))


def _canon_profile(sector: str, number: str, b: str | None) -> str:
    sector = re.sub(r"[\s-]", "", sector)
    names = {"vv": "VV", "vg": "VG", "lg": "LG", "lvg": "LVG", "sglvg": "SGLVG", "zgvis": "ZGvis", "zgaud": "ZGaud", "ggzw": "GGZ-W"}
    name = names.get(sector, "")
    if name == "SGLVG":
        return "SGLVG"
    canon = f"{name}{number}{'b' if b else ''}"
    return canon if canon in ALL_PROFILES else ""


_YEARLESS_START = re.compile(r"\b(\d{1,2})\s+(" + _MONTH_RE + r")\.?(?!\s+20\d\d)(\s*(?:tot(?: en met)?|t/m|-|–)\s*)"
                             r"(?=(\d{1,2})\s+(" + _MONTH_RE + r")\.?\s+(20\d\d)\b)")


def _dates(text: str) -> list[tuple[int, int, date]]:
    out: list[tuple[int, int, date | None]] = []
    for m in re.finditer(r"\b(\d{1,2})\s+(" + _MONTH_RE + r")\.?\s+(20\d\d)\b", text):
        out.append((m.start(), m.end(), _safe_date(int(m.group(3)), MONTHS[m.group(2)], int(m.group(1)))))
    # the first day of a range without its year ("van 2 februari tot en met 30 juni 2026"): the year of the last day, or
    # the year before when the first day would come after it ("1 november tot 31 maart 2027")
    for m in _YEARLESS_START.finditer(text):
        end = _safe_date(int(m.group(6)), MONTHS[m.group(5)], int(m.group(4)))
        start = _safe_date(int(m.group(6)), MONTHS[m.group(2)], int(m.group(1)))
        if end is not None and start is not None and start > end:
            start = _safe_date(int(m.group(6)) - 1, MONTHS[m.group(2)], int(m.group(1)))
        out.append((m.start(), m.end(2), start))
    for m in re.finditer(r"\b(\d{1,2})([-/.])(\d{1,2})\2(20\d\d)\b", text):  # 1-3-2026, 01/03/2026, 1.3.2026
        out.append((m.start(), m.end(), _safe_date(int(m.group(4)), int(m.group(3)), int(m.group(1)))))
    for m in re.finditer(r"\b(20\d\d)-(\d{2})-(\d{2})\b", text):
        out.append((m.start(), m.end(), _safe_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))))
    return sorted((s, e, d) for s, e, d in out if d is not None)


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


# ----------------------------------------------------------------- built-in recognisers (named in the registry)


# The DEC's second group, after the first: ", maar sinds kort ook voor MS+", " en inmiddels ook voor MS+"
_DEC_ALSO = re.compile(r"\s*,?\s*(?:en|maar)\s+(?:(?:sinds kort|inmiddels|nu|sinds \d{4}|sinds dit jaar|tegenwoordig)\s+)?"
                       r"(?:ook|tevens|eveneens)\s+(?:voor|van)\s+(?:de\s+)?[^,.?;]+")


def _b_client_group(t: str, ref: date, starts: list[int]) -> dict[str, Found]:
    out: dict[str, Found] = {}
    groups = _client_group_spans(t)
    # "wij zijn een DEC voor Korsakov": the group named with the REC/DEC
    m = re.search(r"\b(?:rec|dec|expertisecentrum)\s+(?:voor|van)\s+(?:de\s+)?(?:doelgroep\s+)?([^,.?;]+)", t)
    dec_group = None
    span = (m.start(1), m.end(1)) if m else (0, 0)
    if m and (more := _DEC_ALSO.match(t, m.end(1))):
        span = (span[0], more.end())  # "DEC voor NAH+, maar sinds kort ook voor MS+": both are the DEC's groups
    inner = [(s, e, v) for s, e, v in groups if span[0] <= s < span[1]]
    if inner:
        dec_group = inner[0]
    others = [g for g in groups if not (m and span[0] <= g[0] < span[1])]
    if others and any(v == others[0][2] for _, _, v in inner):
        dec_group = next(g for g in inner if g[2] == others[0][2])
    if "enum_conflict" in GUARDS and len({v for _, _, v in others}) > 1:
        # "de ene cliënt heeft Korsakov, de andere NAH": which group is asked
        out["client_group"] = _with_alternatives([Found(v, s, e) for s, e, v in others])
        return out
    if others:
        out["client_group"] = Found(others[0][2], others[0][0], others[0][1])
    elif dec_group:
        out["client_group"] = Found(dec_group[2], dec_group[0], dec_group[1])
    if dec_group and out["client_group"].value != dec_group[2]:
        out["_dec_other_group"] = Found(True, dec_group[0], dec_group[1])
    return out


def _b_profile(t: str, ref: date, starts: list[int]) -> dict[str, Found]:
    found = _profile(t)
    return {"zorgprofiel": found} if found else {}


def _b_sector(t: str, ref: date, starts: list[int]) -> dict[str, Found]:
    if _profile(t):
        return {}
    for pattern, sector in ((r"\bsglvg\b", "SGLVG"), (r"(?<![(\w])lvg-?(?:indicatie|zorgprofiel|profiel|cliënt)", "LVG"),
                            (r"\bggz[-\s]?w(?:onen)?\b", "GGZ-W")):
        m = re.search(pattern, t)
        if m and "negated_value" in GUARDS and _NEGATED_VALUE.search(t, max(0, m.start() - 40), m.start()):
            continue  # "een vg-indicatie, dus geen ggz wonen": the sector denied is not the client's
        if m and _or_other_sector(t, m.start(), m.end()):
            return {}  # "niet welke: GGZ-wonen of een VG-profiel": one of two sectors, not known which
        if m and not (sector == "SGLVG" and re.search(r"\(sg\)\s?lvg", t)):
            return {"sector": Found(sector, m.start(), m.end())}
    # an indication without a profile number ("een indicatie ZGaud", "heeft ZG-visueel", "een VV-indicatie"), said as
    # the client's indication, not as a kind of treatment; when two sectors are named so, the sector stays unknown
    zg = sorted([*((m.start(), m.end(), "ZGaud" if m.group("kind").startswith("a") else "ZGvis")
                   for rx in _ZG_INDICATION for m in rx.finditer(t)),
                 *((m.start(), m.end(), "ZGvis" if m.group("vis") else "ZGaud") for m in _ZG_IN_WORDS.finditer(t))])
    # "… en niet om een profiel voor blinden of doven": a sector denied is not the client's
    zg = [z for z in zg if not _DENIED_BEFORE.search(t, max(0, z[0] - 30), z[0])]
    # ("geen VG-, LG- of VV-profiel: ze heeft zorgprofiel ZGaud": the sectors denied are not the client's)
    other = [(m.start(), m.end(), (m.group(1) or m.group(2)).upper()) for m in _OTHER_INDICATION.finditer(t)
             if not _DENIED_LIST_BEFORE.search(t, max(0, m.start() - 40), m.start())]
    # the indication's sector in words ("op zijn indicatie staat dat het om ouderenzorg gaat, verpleging en verzorging"),
    # when no sector is named otherwise ("een VG-indicatie die ook verpleging en verzorging omvat" is VG)
    if not zg and not other:
        other = [(m.start(1), m.end(1), "VV") for m in _VV_IN_WORDS.finditer(t)
                 if not _DENIED_BEFORE.search(t, max(0, m.start(1) - 30), m.start(1))]
    named = zg + other
    if other and not zg and _zg_or_other(t, other):
        return {}  # "het kan een ZG-profiel zijn maar ook een VG-profiel": two sectors, one of them ZG
    if named and len({k for _, _, k in named}) == 1:  # one sector named as the indication: VV, VG, LG, ZGaud, ZGvis
        return {"sector": Found(named[0][2], named[0][0], named[0][1])}
    return {}


_ZG = r"zg\s?-?\s?(?P<kind>aud(?:itief)?|vis(?:ueel)?)\b"
_ZG_INDICATION = tuple(re.compile(p) for p in (
    r"\b(?:indicatie|zorgprofiel|profiel|zzp)\s+(?:voor\s+)?(?:een\s+)?" + _ZG + r"(?!\s?-?\s?behandel)",
    r"\b" + _ZG + r"\s?-?\s?(?:indicatie|zorgprofiel|profiel)",
    r"\b(?:heeft|hebben|met|is)\s+(?:een\s+)?" + _ZG + r"(?!\s?-?\s?(?:behandel|zorg\b|aanbieder|instelling))"))
# a ZG indication said in words, as the client's indication or profile: "een zorgprofiel voor een visuele beperking",
# "een Wlz-indicatie voor zintuiglijk gehandicapten, auditief", "indicatie vanwege doofheid", "een zorgprofiel voor
# mensen met een auditieve beperking"
_ZG_IN_WORDS = re.compile(
    r"\b(?:indicatie|zorgprofiel|profiel|zzp)\s+(?:voor|vanwege|wegens)\s+"
    r"(?:(?:mensen|cliënten|clienten|personen|kinderen|volwassenen)\s+(?:met|die(?:\s+(?:zeer|heel|erg|bijna|ernstig))?)\s+)?"
    r"(?:een\s+|haar\s+|zijn\s+)?"
    r"(?:zintuiglijke?\s+(?:beperking|handicap|gehandicapten)\s*,?\s*)?(?:"
    r"(?P<vis>visuee?l\w*\s+(?:beperking|handicap|gehandicapt\w*)|visueel|slechtziend\w*|blind\w*)|"
    r"(?P<aud>auditie\w*\s+(?:beperking|handicap|gehandicapt\w*)|auditief|slechthorend\w*|doof\w*|gehoorbeperking))\b")
_ZG_UNSPECIFIED = re.compile(r"\bzg[- ]?(?:indicatie|zorgprofiel|profiel)\b")
_ALTERNATIVE = re.compile(r"\b(?:of|óf|maar ook|dan wel|or)\b")


def _or_other_sector(t: str, start: int, end: int) -> bool:
    """The sector named at ``start``–``end`` is the alternative of another sector's indication in the same sentence
    ("GGZ-wonen of een VG-profiel")."""
    for o in _OTHER_INDICATION.finditer(t):
        between = t[min(end, o.end()): max(start, o.start())]
        if _OR_BETWEEN.fullmatch(between):
            return True
    return False


# only "of" between the two ("GGZ-wonen of een VG-profiel"), not a denial or a doubt ("GGZ-wonen, dus geen VG-profiel
# of …", "GGZ-wonen en we twijfelden of een VG-profiel …")
_OR_BETWEEN = re.compile(r"\s*,?\s*(?:of|óf|dan wel|or)\s+(?:(?:een|het|de|toch|misschien|mogelijk)\s+)*")


def _zg_or_other(t: str, other: list[tuple[int, int, str]]) -> bool:
    """A ZG profile without its kind named as the alternative of another sector's in the same sentence ("het kan een
    ZG-profiel zijn maar ook een VG-profiel", "óf een ZG-indicatie óf een VG-indicatie"); not one denied."""
    for m in _ZG_UNSPECIFIED.finditer(t):
        if _DENIED_BEFORE.search(t, max(0, m.start() - 30), m.start()):
            continue
        for s, e, _ in other:
            between = t[min(m.end(), e): max(m.start(), s)]
            if not re.search(r"[.?!;]", between) and _ALTERNATIVE.search(between):
                return True
    return False
_VV_IN_WORDS = re.compile(r"\b(?:indicatie|zorgprofiel|profiel)\b[^.?;:]{0,40}?\b(ouderenzorg|verpleging en verzorging)\b")
_DENIED_BEFORE = re.compile(r"\b(?:niet|geen)\b(?:\s+\w+){0,3}\s*$")
# ... a list of sectors denied together ("geen VG-, LG- of VV-profiel", "geen VG- of LG-indicatie")
_DENIED_LIST_BEFORE = re.compile(r"\b(?:niet|geen)\s+(?:(?:een|om|de|het)\s+)?(?:(?:vv|vg|lg|zg)-?,?\s+(?:of\s+|en\s+|noch\s+)?)*$")
_OTHER_INDICATION = re.compile(r"\b(vv|vg|lg)[- ]?(?:indicatie|zorgprofiel|profiel)\b|\bindicatie (?:voor )?(?:een )?(vv|vg|lg)\b(?!-?\d)")


# A number said roughly ("ongeveer een jaar", "circa 25%", "zo'n 300 dagen") is read as approximate: the check
# decides only when a quarter less and a quarter more give the same outcome, else the fact is asked.
_APPROX = re.compile(r"(?:\b(?:ongeveer|circa|ca\.?|zo'n|rond de|rondom|pakweg|plusminus|grofweg|ruwweg|ruim|minstens|"
                     r"ten minste|zeker|"
                     r"bijna|nagenoeg|een stuk of|naar schatting|misschien)|[±~])\s*$")


def _approximate(t: str, start: int) -> bool:
    """The number at ``start`` is said roughly: an approximating word directly before it."""
    return bool(_APPROX.search(t, max(0, start - 20), start))


# a number of years in digits (one or two: "10 jaar"; not a year as "2026 jaar") or in words ("zes jaar", "twintig jaar")
_YEARS_RE = re.compile(r"((?<![\d.,])\d{1,2}(?:[.,]\d+)?|(?<![\w])(?:" + _NUM_WORD_RE + r"))\s*(?:jaar|jaren|jr)\b(?! geleden| oud)")
_MONTHS_RE = re.compile(_NUM + r"\s*(?:maanden|maand|mnden|mndn|mnd)\b")
_QUARTERS_RE = re.compile(_NUM + r"\s*(?:kwartalen|kwartaal)\b")


def _b_duration(t: str, ref: date, starts: list[int], total: str | None = None, since: str | None = None,
                said_open: str | None = None) -> dict[str, Found]:
    """``duur_maanden`` / ``duur_weken``. ``total``: the rule bounds a total duration (``Rule.total_duration``, a
    pattern naming what it is the duration of); a duration of it plus an extension is then read as their sum.
    ``since``: the duration is the time since a dated event (``Rule.duration_since``), read when none is said.
    ``said_open``: the text before what the writer leaves open was blanked, where a length left open is read."""
    if since:
        # "de tandarts is twee maanden geleden begonnen": a time ago of something else than the event is not the time
        # since the event
        t = _ago_of_event(t, since)
    if total and any(_EXTENSION.search(sentence) for sentence in split_message(said_open or t)
                     if _LENGTH_OPEN.search(sentence)) and not any(
            _TOTAL_SAID.search(sentence) for sentence in split_message(t)
            if not sentence.endswith("?")):  # "Mag de observatie in totaal zo lang duren?" says none
        return {}  # "we willen verlengen, maar met hoeveel maanden is nog niet bepaald": the total is not known
    said = any(kind == "fact" for *_, kind in _duration_spans(t))  # a duration said in words
    if not said and (ranged := _date_range(t)):
        return ranged  # "loopt van 1 februari tot 31 oktober 2026": the days between the two dates
    if since and not said:
        return _duration_since(t, ref, starts, since)
    if "duration_conflict" in GUARDS:
        read = _duration_guarded(t)
        if read is None:
            # "woont al 5 jaar thuis … meerzorg voor 2 jaar": which duration the rule is about is asked. Not decided
            # over the durations named: the one meant may be their sum ("al 8 maanden … nog 6 maanden"), unless the
            # rule bounds a total and the text says which duration ran and which is added (_duration_total)
            summed = _duration_total(t, starts, total) if total else None
            return summed or {}
        t = read
    out = {k: replace(f, approx=True) if _approximate(t, f.start) else f for k, f in _duration(t).items()}
    # "langer dan 12 maanden", "korter dan een half jaar": one side of a range (``_open_side``); "8 tot 12 weken": both
    return {k: _open_bound(t, f) or f for k, f in out.items()}


# How long something more will last, left open ("verlengen, maar met hoeveel maanden is nog niet bepaald", "hoe lang
# de verlenging wordt, weten we nog niet"): with a bounded total, the total is not known
_LENGTH_OPEN = re.compile(r"(?:\b(?:met\s+)?(?:hoeveel|hoe\s+lang|how\s+long|how\s+many)\b|"
                          # two lengths to choose from ("of dat met twee of met acht maanden wordt, is nog niet besloten")
                          r"\bof\s+(?:dat|het|die|de\s+verlenging)\s+[^.?!\n]{0,40}?\bof\s+[^.?!\n]{0,40}?"
                          r"\b(?:weken|maanden|jaar|jaren)\b)[^.?!\n]{0,60}?\b(?:is|wordt|zijn|"
                          r"weten|weet|staat)\s+(?:\w+\s+){0,2}?(?:nog\s+)?(?:niet|onbekend|onduidelijk|open)\b")
_EXTENSION = re.compile(r"\bverleng\w*|\bextend\w*|\bextension\b")
_TOTAL_SAID = re.compile(r"\bin\s+totaal\b|\btotaal\s+(?:\w+\s+)?(?:van|op)\b|\bin\s+all\b|\bin\s+total\b")


# Two dates that bound one period in a statement: "van 1 februari 2026 tot 31 oktober 2026", "1-2-2026 t/m 31-10-2026",
# "is gestart op 1 februari 2026 en eindigt op 31 oktober 2026" (what lies between them says the second ends it)
_RANGE_BETWEEN = re.compile(r"^\s*(?:tot(?: en met)?|t/m|-|–)\s*$|\b(?:tot(?: en met)?|t/m|eindig\w*|stop\w*|afgelopen|"
                            r"afgerond|loopt\s+(?:\w+\s+)?af|aflopen|beëindigd|einde?)\b")


def _date_range(t: str) -> dict[str, Found]:
    """The length of a period said by its first and last day in one statement (``_RANGE_BETWEEN``), as
    ``duur_weken`` and ``duur_maanden``; nothing when a sentence holds more or fewer than two dates."""
    dates = _dates(t)
    if len(dates) < 2:
        return {}
    firsts = [a for a, _b, _d in dates]
    for start, end in sentence_spans(t):
        if t[start:end].rstrip().endswith("?"):
            continue
        lo, hi = bisect.bisect_left(firsts, start), bisect.bisect_left(firsts, end)
        days = [(a, b, d) for a, b, d in dates[lo:hi] if b <= end]
        if len(days) != 2:
            continue
        (a1, b1, d1), (a2, b2, d2) = days
        between = t[b1:a2]
        if d2 <= d1 or len(between) > 80 or not _RANGE_BETWEEN.search(between):
            continue
        days_between = (d2 - d1).days + (1 if re.search(r"\b(?:tot en met|t/m)\b", between) else 0)
        return {"duur_weken": Found(round(days_between / 7, 1), a1, b2),
                "duur_maanden": Found(round(days_between / 30.44, 1), a1, b2)}
    return {}


def _of_subject(t: str, starts: list[int], subject: str) -> str:
    """``t`` with the durations blanked that are said in a part of a sentence (``_PART_END``) that does not name the
    ``subject`` (:attr:`Rule.duration_of`) and is no asking sentence: "Mijn vader woont al 5 jaar thuis. Kan zijn
    meerzorg voor 2 jaar worden toegekend?" keeps only the two years."""
    rx = _rx(subject)
    parts = [0, *(m.end() for m in _PART_END.finditer(t)), len(t) + 1]
    drop = []
    for s, e, _, _ in _duration_spans(t):
        p = bisect.bisect_right(parts, s) - 1
        # a value after its label ("Gevraagde periode meerzorg: 5 jaar", as a form has it): the label names it
        first = parts[p - 1] if p > 0 and t[parts[p] - 1] == ":" else parts[p]
        if not rx.search(t, first, parts[p + 1] - 1) and not _is_question_clause(
                t, starts, bisect.bisect_right(starts, s) - 1):
            drop.append((s, e))
    # "Lotte krijgt al anderhalf jaar meerzorg. De nieuwe toekenning zou gelden voor twee jaar": the time it has run so
    # far is the history, not the period asked about, when another period is named; not when that period extends it
    # ("loopt al 5 jaar. Kan zijn meerzorg voor 2 jaar worden verlengd?": whether the total counts is asked)
    kept = [] if _EXTENSION.search(t) else [
        (s, e) for s, e, _, kind in _duration_spans(t) if kind == "fact" and (s, e) not in drop]
    if any(_is_extension(t, s, e) for s, e in kept):
        kept = []  # "… geldt al 2,5 jaar. Kan die nog 1 jaar blijven gelden?": an extension, whether the total counts
    elapsed = [(s, e) for s, e in kept if _ELAPSED_BEFORE.search(t, max(0, s - 12), s)]
    if elapsed and len(elapsed) < len(kept):
        drop.extend(elapsed)
    return _blank(t, drop) if drop else t


_ELAPSED_BEFORE = re.compile(r"\b(?:al|sinds|inmiddels)\s+$")


def _duration_guarded(t: str) -> str | None:
    """``t`` with the durations that are not the fact blanked out (ages: "een meisje van 7 jaar"), or ``None`` when it names two different durations. Two exceptions: a duration said as a bound of
    the rule ("niet langer dan een jaar … wij zitten op 14 maanden") gives way to the one that is not a bound, and
    a total that is the sum of the others ("een half jaar en dan drie maanden, dus negen maanden") is one duration."""
    spans = _duration_spans(t)
    clean = _blank(t, [(s, e) for s, e, _, kind in spans if kind == "age"])
    values = {v for _, _, v, kind in spans if kind in ("fact", "bound")}
    if len(values) <= 1:
        return clean
    facts = {v for _, _, v, kind in spans if kind == "fact"}
    if len(facts) > 1:
        # "de gemeente zegt over 20 weken (hun eerdere aanbod binnen 14 weken ging niet door)": a duration said of an
        # earlier time or offer, in its clause or brackets, is not the one asked
        starts = clause_starts(t)
        past = [(s, e) for s, e, _, kind in spans if kind == "fact" and _of_earlier(t, starts, s, offers=True)]
        if past and len(now := {v for s, e, v, kind in spans if kind == "fact" and (s, e) not in past}) == 1:
            clean, facts = _blank(clean, past), now
    if len(facts) == 1:
        return _blank(clean, [(s, e) for s, e, _, kind in spans if kind == "bound"])
    # the last duration said as the total, the largest ("duurt ruim een jaar en we willen doorgaan tot vijftien
    # maanden in totaal"): that total is read (not when more is said after it: "in totaal 9 maanden, nog 3 maanden")
    said = sorted((s, e, v) for s, e, v, kind in spans if kind == "fact")
    if said and (_TOTAL_BEFORE.search(t, max(0, said[-1][0] - 25), said[-1][0]) or _TOTAL_AFTER.match(t, said[-1][1])) \
            and said[-1][2] >= max(x for _, _, x in said):
        return _blank(clean, [(a, b) for a, b, _, kind in spans if kind != "age" and (a, b) != said[-1][:2]])
    # every duration said, a value said twice counted twice ("een halfjaar, verlengd met zes maanden, dus twaalf")
    ordered = sorted(v for _, _, v, kind in spans if kind in ("fact", "bound"))
    if len(ordered) >= 3 and abs(ordered[-1] - sum(ordered[:-1])) < 0.05:  # the parts blanked, the total read
        return _blank(clean, [(s, e) for s, e, v, kind in spans if kind != "age" and v != ordered[-1]])
    if len(said) == 2 and _RESTATED.fullmatch(t, said[0][1], said[1][0]) and \
            abs(said[0][2] - said[1][2]) <= max(3.0, 0.25 * said[0][2]):
        # "ruim een jaar, zo'n veertien maanden": the same duration said again, more precisely; the second is read
        return _blank(clean, [(said[0][0], said[0][1])])
    return None


# Between a duration and the same one said again: a comma, a dash or a bracket, perhaps "dus" / "oftewel"
_RESTATED = re.compile(r"\s*(?:,|—|–|-|\(|:)\s*(?:(?:dus|oftewel|ofwel|zeg maar|namelijk|dat is|dat wil zeggen)\s+)?"
                       r"(?:(?:zo'n|ongeveer|circa|ca\.?|rond|ruim|bijna|precies|zeker)\s+)?")


# An extension of a duration that already runs: "verlengen met drie maanden", "met 3 maanden verlengd", "nog 3
# maanden (verlengen)", "nog eens zes weken", "drie maanden extra / langer / erbij".
_EXTENSION_BEFORE = re.compile(r"(?:\bverleng\w*|\bverlenging)\s+(?:met\s+|van\s+)?(?:nog\s+)?(?:eens\s+)?(?:een\s+)?$|"
                               r"\bnog\s+(?:eens\s+|een\s+|maximaal\s+|ruim\s+|zeker\s+|minstens\s+|ten minste\s+|ongeveer\s+|circa\s+)?$")
_EXTENSION_AFTER = re.compile(r"^\s*(?:extra|langer|erbij|erachteraan|verleng\w*)\b|^\s*bij\s*(?:[.,;?!]|$)")
_WITH_BEFORE = re.compile(r"\bmet\s+(?:nog\s+)?(?:eens\s+)?$")
_WITH_AFTER = re.compile(r"^\s*(?:[\w-]+\s+){0,3}?(?:verleng\w*|extra|erbij)\b")


def _is_extension(t: str, s: int, e: int) -> bool:
    """The duration at ``t[s:e]`` is said as an extension of one that already runs."""
    before, after = t[max(0, s - 30) : s], t[e : e + 40]
    return bool(_EXTENSION_BEFORE.search(before) or _EXTENSION_AFTER.match(after)
                or (_WITH_BEFORE.search(before) and _WITH_AFTER.match(after)))


_AGO_AFTER = re.compile(r"\s+(?:geleden|terug)\b")
# A part that points back to what the part before it said: "Hij is verhuisd. Dat is nu vijf weken geleden."
_REFERS_BACK = re.compile(r"\s*(?:en\s+)?(?:dat|dit)\s+(?:is|was)\b")


_BEFORE_EVENT = re.compile(r"\s+(?:vóór|voor|before)\s+(?:de|het|zijn|haar|hun|die|the|his|her)?\s*")


def _ago_of_event(t: str, event: str) -> str:
    """``t`` with the times ago ("twee maanden geleden") blanked that are said in a part of a sentence (``_PART_END``)
    that does not name the ``event`` (:attr:`Rule.duration_since`)."""
    rx = _rx(event)
    parts = [0, *(m.end() for m in _PART_END.finditer(t)), len(t) + 1]
    drop = []
    for s, e, _, _ in _duration_spans(t):
        p = bisect.bisect_right(parts, s) - 1
        # "… was al een maand vóór de verhuizing begonnen": a time before the event, not the time since it
        if (before := _BEFORE_EVENT.match(t, e)) and rx.match(t, before.end()):
            drop.append((s, e))
            continue
        if not _AGO_AFTER.match(t, e) or rx.search(t, parts[p], parts[p + 1] - 1):
            continue
        if p > 0 and (len(t[parts[p] : parts[p + 1] - 1].split()) <= 4 or _REFERS_BACK.match(t, parts[p])) and rx.search(
                t, parts[p - 1], parts[p] - 1):
            # a short addition to the part before it ("Meneer is op 1 augustus verhuisd, nu drie weken geleden"), or a
            # part that points back to it ("… voordat hij verhuisde. Dat is nu vijf weken geleden.")
            continue
        drop.append((s, e))
    return _blank(t, drop) if drop else t


# a month without its day, or a part of it ("begin juli", "half juli", "eind maart", "in juni"); not a day ("3 juli")
# nor a month with its year in digits after it (read as a date)
_MONTH_PART = re.compile(r"(?<!\d\s)\b(begin|half|halverwege|medio|midden|mid|eind|einde|in)(?:\s+|(?<=mid)-)(" + _MONTH_RE
                         + r")\b(?!\s+\d)")
_MONTH_PARTS = {"begin": (1, 10), "half": (10, 20), "halverwege": (10, 20), "medio": (10, 20), "midden": (10, 20), "mid": (10, 20),
                "eind": (20, 31), "einde": (20, 31), "in": (1, 31)}


def _month_span(m: re.Match[str], ref: date) -> tuple[date, date] | None:
    """The first and the last day a ``_MONTH_PART`` match may mean, in the last such month on or before ``ref``;
    ``None`` when that part of the month has not begun yet."""
    month = MONTHS[m.group(2)]
    year = ref.year if month <= ref.month else ref.year - 1
    first, last = _MONTH_PARTS[m.group(1)]
    end_of_month = (date(year + (month == 12), month % 12 + 1, 1) - timedelta(days=1)).day
    early, late = date(year, month, first), date(year, month, min(last, end_of_month))
    if early > ref:
        return None
    return early, min(late, ref)


def _last_span(m: re.Match[str], ref: date) -> tuple[date, date] | None:
    """The first and the last day a time back from ``ref`` (a ``_LAST`` match) may mean: "gisteren" one day, "vorige
    week" Monday to Sunday of the week before, "vorige maand" / "vorig jaar" the whole month or year before ("afgelopen
    …" up to yesterday); ``None`` for "deze week" / "dit jaar"."""
    word = m.group(4)
    if word:
        day = ref - timedelta(days={"vandaag": 0, "gisteren": 1, "eergisteren": 2}[word])
        return day, day
    unit = m.group(1) or m.group(2)
    if unit is None:
        return None
    lately = m.group().startswith("afgelopen")
    if unit == "week":
        monday = ref - timedelta(days=ref.weekday() + 7)
        early, late = monday, monday + timedelta(days=6)
    elif unit == "maand":
        late = ref.replace(day=1) - timedelta(days=1)
        early = late.replace(day=1)
    else:
        early, late = date(ref.year - 1, 1, 1), date(ref.year - 1, 12, 31)
    return early, (ref - timedelta(days=1) if lately else late)


def _duration_since(t: str, ref: date, starts: list[int], event: str) -> dict[str, Found]:
    """The weeks from the day of the ``event`` ("Meneer is op 1 augustus 2026 verhuisd", "verhuisde op 3 maart") to the
    day asked (a date said in an asking sentence), else to ``ref`` (the stand). Nothing when no one day of the event is
    said in a part of a sentence that names it, or when the day asked lies before it."""
    rx = _rx(event)
    parts = [0, *(m.end() for m in _PART_END.finditer(t)), len(t) + 1]
    days = [(s, e, d) for s, e, d in _dates(t)]
    taken = {s for s, _, _ in days}
    for m in _DAY_MONTH.finditer(t):
        if m.start() not in taken:
            day = _safe_date(_year_around(t, ref, starts, _dates(t), m.start()), MONTHS[m.group(2)], int(m.group(1)))
            p = bisect.bisect_right(parts, m.start()) - 1
            if day is not None and day > ref and rx.search(t, parts[p], parts[p + 1] - 1) and \
                    _PAST_TOLD.search(t, parts[p], parts[p + 1] - 1) and not _TO_COME.search(t, parts[p], parts[p + 1] - 1):
                # the event told as past without its year ("is op 31 december verhuisd", asked in February): the
                # last such day before the stand
                day = _safe_date(day.year - 1, day.month, day.day)
            if day is not None:
                days.append((m.start(), m.end(), day))
    events, asked, other = [], [], []
    for s, e, d in days:
        p = bisect.bisect_right(parts, s) - 1
        if rx.search(t, parts[p], parts[p + 1] - 1):
            events.append((s, e, d))
        elif _is_question_clause(t, starts, bisect.bisect_right(starts, s) - 1):
            asked.append(d)
        else:
            other.append((s, d))
    if not events and not asked:
        # the event said as a time back from now ("is vorige week verhuisd", "verhuisde vorige maand"): every day it may
        # have been, as the first and the last (the check decides only when both give the same answer)
        spans = [(m.start(), m.end(), _last_span(m, ref)) for m in _LAST.finditer(t)
                 if rx.search(t, parts[bisect.bisect_right(parts, m.start()) - 1],
                              parts[bisect.bisect_right(parts, m.start())] - 1)]
        spans = [sp for sp in spans if sp[2] is not None]  # "dit jaar" dates nothing ("sinds half februari van dit jaar")
        if not spans:
            # the event said in a part of a month ("is begin juli verhuisd", "sinds de zomer, half juli, … verhuisd"):
            # every day of that part, in the sentence that names the event
            spans = [(m.start(), m.end(), _month_span(m, ref)) for m in _MONTH_PART.finditer(t)
                     if rx.search(t, starts[bisect.bisect_right(starts, m.start()) - 1],
                                  _clause_end(t, starts, bisect.bisect_right(starts, m.start()) - 1))]
        if len(spans) == 1 and spans[0][2] is not None:
            s, e, (early, late) = spans[0][0], spans[0][1], spans[0][2]
            short, long_ = round((ref - late).days / 7, 1), round((ref - early).days / 7, 1)
            return {"duur_weken": Found(short, s, e, alternatives=(long_,) if long_ != short else ())}
        return {}
    if len({d for _, _, d in events}) != 1 or len(set(asked)) > 1:
        return {}
    s, e, moved = events[0]
    until = asked[0] if asked else ref
    if not asked and (later := {d for s_, d in other if d > moved and _ENDS.search(
            t, parts[bisect.bisect_right(parts, s_) - 1], parts[bisect.bisect_right(parts, s_)] - 1)}) and any(
            _WHOLE_PERIOD.search(t, starts[i], _clause_end(t, starts, i))
            for i in range(len(starts)) if _is_question_clause(t, starts, i)):
        # the question asks for the whole time up to a day said before it ("De overbrugging is begonnen op 1 januari;
        # opname verwachten ze per 1 september. Mag dat die hele periode?"): to that day, when it is one
        if len(later) != 1:
            return {}
        until = later.pop()
    if until < moved:
        return {}
    return {"duur_weken": Found(round((until - moved).days / 7, 1), s, e)}


# a part of a sentence told in the past ("is op 31 december verhuisd", "verhuisde op 31 december"); Dutch tells what is
# to come in the present ("verhuist op 1 maart"), which is not rolled back
_PAST_TOLD = re.compile(r"\b(?:is|zijn|was|waren|werd|werden|had|hadden|verhuisde|verhuisden|kwam|kwamen|ging|gingen|"
                        r"vertrok|vertrokken|overleed|startte|startten|begon|begonnen|moved|was|were|had)\b")
# a part of a sentence about a time to come
_TO_COME = re.compile(r"\b(?:gaat|gaan|zal|zullen|wordt|worden|gepland|planning|verwacht\w*|straks|binnenkort|volgende?|"
                      r"komende?|will|going to|planned)\b")
# a part that names the end of a period or what is to come ("opname verwachten ze per 1 september")
_ENDS = re.compile(r"\b(?:opname|opgenomen|tot|eindig\w*|einde|verwacht\w*|gepland|pas|klaar|afgerond|plek|plaats|"
                   r"admission|until|ends?|expected|planned)\b")
# an asking sentence about the whole time to a day said before it
_WHOLE_PERIOD = re.compile(r"(?i)\b(?:die|de|deze|dat|dit)\s+(?:hele|gehele|volledige)\s+(?:periode|tijd|termijn)\b|"
                           r"\btot\s+(?:dan|die tijd|de opname|die datum)\b|\b(?:the\s+)?(?:whole|entire)\s+(?:period|time)\b|"
                           r"\ball\s+that\s+time\b|\buntil\s+then\b")


# The parts of a sentence for the subject of a duration: a comma, or a conjunction that starts a new clause ("Ze woont
# al 9 maanden bij ons en de observatie moet nog 5 maanden duren": the nine months are not the observation's).
_PART_END = re.compile(r"[.?!;,:]|\s(?:en|maar|want|dus|terwijl|omdat|daarna|dan|nadat|voordat|toen)\s")


# "en" followed by a verb of duration: the part goes on with the subject before it
_SAME_SUBJECT = re.compile(r"\sen\s(?:duurt|loopt|zal|moet|mag|wordt|is)\b")
# A duration said as the total ("in totaal 9 maanden", "9 maanden in totaal"): never a part of a sum.
_TOTAL_BEFORE = re.compile(r"\b(?:in totaal|totaal|samen|bij elkaar|opgeteld|al met al)\s+(?:\w+\s+)?$")
_TOTAL_AFTER = re.compile(r"\s*(?:in totaal|totaal|samen|bij elkaar|opgeteld)\b")
# The first term of the subject named before it ("De observatie is gestart op 1 juni. De eerste periode is een half
# jaar, daarna een verlenging van drie maanden"); not "de eerste fase in het ziekenhuis" before the observation
_FIRST_TERM = re.compile(r"\b(?:eerste|initi[eë]le|oorspronkelijke)\s+(?:periode|termijn)\b")
# Another instance of the subject named beside it: the durations need not be of the same one.
_CONTRAST = re.compile(r"\b(?:vorige|eerdere|andere|eigen|nieuwe|tweede|broer|zus|vader|moeder|partner|man|vrouw)\b")


def _duration_total(t: str, starts: list[int], subject: str) -> dict[str, Found] | None:
    """The total of a duration and its extensions, for a rule that bounds a total: "de observatie duurt eerst een
    halfjaar en we willen die met drie maanden verlengen" is nine months. Read only when every duration that is no
    extension (nor an age or a bound) is one value said in a clause that names the ``subject`` ("hij woont al 8
    maanden bij ons" is not the observation: asked), and at least one extension is said; else ``None``."""
    spans = [(s, e, v, kind) for s, e, v, kind in _duration_spans(t) if kind == "fact"]
    totals = {v for s, e, v, _ in spans if _TOTAL_BEFORE.search(t, max(0, s - 25), s) or _TOTAL_AFTER.match(t, e)}
    if totals:
        return None  # "in totaal 9 maanden, nog 3 maanden": the total is said; not summed (the guard asks)
    rx = _rx(subject)
    parts = [0, *(m.end() for m in _PART_END.finditer(t)), len(t) + 1]
    base: list[tuple[int, int, float]] = []
    extensions: list[tuple[int, int, float]] = []
    for s, e, v, _ in spans:
        if _is_extension(t, s, e):
            extensions.append((s, e, v))
            continue
        p = bisect.bisect_right(parts, s) - 1
        # a part that goes on with the subject of the part before ("De observatie begon op 1 maart en duurt een
        # halfjaar"): "en" and a verb, no subject of its own
        carried = p > 0 and _SAME_SUBJECT.match(t, parts[p] - 4) is not None and rx.search(t, parts[p - 1], parts[p] - 1)
        if not rx.search(t, parts[p], parts[p + 1] - 1) and not carried and not (
                _FIRST_TERM.search(t, parts[p], parts[p + 1] - 1) and rx.search(t, 0, parts[p])):
            return None  # the part of the sentence that says it names something else ("ze woont al 9 maanden bij ons")
        base.append((s, e, v))
    if not extensions or len({v for _, _, v in base}) != 1:
        return None
    if any(_CONTRAST.search(t, parts[p], parts[p + 1] - 1)
           for p in {bisect.bisect_right(parts, s) - 1 for s, _, _ in [*base, *extensions]}):
        return None  # "de observatie van haar broer … haar eigen observatie": two observations, not one in all
    said = [base[0], *extensions]
    first, last = min(p[0] for p in said), max(p[1] for p in said)
    rough = any(_approximate(t, s) for s, _, _ in said)
    if all(re.search(r"w(?:ee?)?k", t[s:e]) for s, e, _ in said):  # all in weeks: summed in weeks, not rounded months
        weeks = sum(_duration(t[s:e]).get("duur_weken", Found(0.0, 0, 0)).value for s, e, _ in said)
        return {"duur_weken": Found(float(weeks), first, last, rough)}
    return {"duur_maanden": Found(round(sum(v for _, _, v in said), 1), first, last, rough)}


def _blank(t: str, spans: list[tuple[int, int]]) -> str:
    """``t`` with ``spans`` replaced by spaces (the offsets stay the same)."""
    chars = list(t)
    for s, e in spans:
        chars[s:e] = " " * (e - s)
    return "".join(chars)


# a number of days, only as a time that passed or lasts ("45 dagen geleden", "al 80 dagen", "voor 1.400 dagen"), not
# days counted ("3 dagen per week", "365 ligdagen", "twee dagen dagbesteding")
_DAYS_RE = re.compile(r"(?:(?:(?<=\bvoor )|(?<=\bvóór )|(?<=\bgedurende )|(?<=\bal )|(?<=\bsinds )|(?<=\bruim )|"
                      r"(?<=\bbijna )|(?<=\bpas )|(?<=\bnu ))" + _NUM + r"\s*dagen\b(?=\s+(?:geleden|lang|later|sinds)\b|"
                      r"\s*[,.;?!]|\s+\w+\s+geleden\b)|" + _NUM + r"\s*dagen\s+(?=(?:\w+\s+)?geleden\b))")
_HALVES_MONTH_RE = re.compile(r"\b(twee|drie|vier|vijf)[ëe]n?halve maand\b")

_DURATION_FORMS: tuple[tuple[re.Pattern[str], Callable[[re.Match[str]], float]], ...] = (  # (pattern, months); the longer forms first, their span then taken
    (re.compile(r"\b(\d+)\s*[x×]\s*(\d+)\s*weken"), lambda m: int(m.group(1)) * int(m.group(2)) * 12 / 52),
    (re.compile(r"((?<![\d.,])\d{1,2}(?:[.,]\d+)?|(?<![\w])(?:" + _NUM_WORD_RE + r"))\s*(?:jaar|jaren|jr)\s*(?:en|,)?\s*"
                + _NUM + r"\s*(?:maanden|maand|mnden|mndn|mnd)\b"), lambda m: _num(m.group(1)) * 12 + _num(m.group(2))),
    (re.compile(r"\b(\d|een|één|twee|drie|vier|vijf) en een half jaar\b"), lambda m: (_num(m.group(1)) + 0.5) * 12),
    (re.compile(r"\b(twee|drie|vier|vijf)[ëe]n?hal(?:f|ve) jaar\b"), lambda m: (_num(m.group(1)) + 0.5) * 12),
    (re.compile(r"\banderhalf ?jaar"), lambda m: 18.0),
    (re.compile(r"\banderhalve maand"), lambda m: 1.5),
    (_HALVES_MONTH_RE, lambda m: _num(m.group(1)) + 0.5),
    (re.compile(r"(?<![a-z])(?:een |1 )?half ?jaar"), lambda m: 6.0),
    (re.compile(_NUM + r"\s*(?:weken|week|wkn|wk)\b"), lambda m: _num(m.group(1)) * 12 / 52),
    (re.compile(_NUM + r"\s*(?:maanden|maand|mnden|mndn|mnd)\b"), lambda m: _num(m.group(1))),
    (re.compile(_NUM + r"\s*(?:kwartalen|kwartaal)\b"), lambda m: _num(m.group(1)) * 3),
    (_DAYS_RE, lambda m: _num(m.group(1) or m.group(2)) * 12 / 365.25),
    (re.compile(_NUM + r"\s*(?:jaar|jaren|jr)\b"), lambda m: _num(m.group(1)) * 12),
)
# a number of years that is an age ("een meisje van 7 jaar", "8 jaar oud"; not "3 weken geleden": for the
# nine weeks after a move that is the fact), or a bound the rule sets, quoted in the question ("niet langer dan een jaar", "maximaal 3 jaar")
# not "is/was 4 jaar": that may be the duration itself. An age also said in brackets or as an apposition after the
# person ("mijn cliënt (27 jaar, ZEVMB)", "mijn zoon, 19 jaar, woont …")
_PERSON = (r"(?:cliënt|client|zoon|dochter|vader|moeder|man|vrouw|meneer|mevrouw|bewoner|bewoonster|broer|zus|kind|"
           r"jongen|meisje|jongeman|jongere|opa|oma|oom|tante|neef|nicht|partner|buurvrouw|buurman)")
_AGE_BEFORE = re.compile(r"\b(?:van)\s+$|\(\s*$|\b" + _PERSON + r"\s*,\s*$|"
                         r"\bleeftijd\s*:?\s*$")
# ... or in a form's field after the person's name ("Cliënt: S. van den Berg, 17 jaar", "Cliënt: 17 jaar")
_AGE_FIELD = re.compile(r"\b" + _PERSON + r"\s*:\s*(?:[\w.-]{1,20}(?:\s+[\w.-]{1,20}){0,4},\s*)?$")
# ... or right after the person, as a terse note writes it ("meisje 7 jr komt bij ons", "bewoonster 15 jr, woont bij
# ons"), when the clause ends there or the person's own verb follows; not "cliënt 2 jaar in observatie" (how long)
_AGE_NOTE_BEFORE = re.compile(r"\b" + _PERSON + r"\s+$")
_AGE_NOTE_AFTER = re.compile(r"^\s*(?:[,.;:)?!]|$|(?:komt|kwam|woont|woonde|heeft|had|krijgt|kreeg|gaat|ging|wil|moet|"
                             r"zit|zat|staat|stond|is|was)\b)")
# "een periode van twee jaar", "een looptijd van 3 jaar": a duration, not an age
_PERIOD_OF = re.compile(r"\b(?:periode|duur|termijn|looptijd|tijdsduur|toekenning|afspraak|indicatie|verlenging|"
                        r"maximum|maximaal|minimum|observatie|toekenningsduur)\s+van\s+$")
_OLD_AFTER = re.compile(r"^\s*oud\b")
# ... or said of the person in a clause of its own ("mijn vader, die 84 jaar is, …", "nu hij 84 jaar is"): the person
# ("die" after a person, or a personal pronoun) before, "is" after
_AGE_RELATIVE_BEFORE = re.compile(r"(?:\b" + _PERSON + r"\s*,?\s+die|\b(?:hij|zij|ze|ik))\s+"
                                  r"(?:al\s+|bijna\s+|ruim\s+|pas\s+|inmiddels\s+)?$")
_AGE_RELATIVE_AFTER = re.compile(r"^\s*(?:oud\s+)?(?:is|was|wordt|werd)\b")
# ... or as what a person is ("Mijn zoon is 12 jaar.", "Tim is 19 jaar en …", "hij is 20 jaar, …"): a person, a personal
# pronoun or a name that opens the sentence, then "is", and the clause ends after "jaar" ("hij is 2 jaar in observatie"
# and "is al 5 jaar" say how long something lasts)
_AGE_IS_BEFORE = re.compile(r"(?:\b" + _PERSON + r"|\b(?:hij|zij|ze|ik)|(?:^|[.?!;]\s+)(?!(?:dat|dit|het|die|deze|er|de|een|"
                            r"meerzorg|observatie|indicatie|toekenning|overbrugging|advies|behandeling)\b)[\w-]+)"
                            r"\s+(?:is|was|wordt|werd)\s+(?:bijna\s+|ruim\s+|net\s+|inmiddels\s+|nu\s+)?$")
_AGE_IS_AFTER = re.compile(r"^\s*(?:oud\b|en\b|[,.;?!)]|$)")
_BOUND_BEFORE = re.compile(r"\b(?:maximaal|hooguit|ten hoogste|maximum van|langer dan|meer dan|hoger dan|"
                           r"minder dan|korter dan|tot maximaal|max\.?|grens van|plafond van)\s+$")


def _duration_spans(t: str) -> list[tuple[int, int, float, str]]:
    """Every duration named in ``t``: (start, end, months, kind) with kind fact / age / bound."""
    taken = bytearray(len(t) + 1)
    out: list[tuple[int, int, float, str]] = []
    for rx, months in _DURATION_FORMS:
        for m in rx.finditer(t):
            if taken[m.start()] or taken[max(m.start(), m.end() - 1)]:
                continue
            taken[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
            before = t[max(0, m.start() - 20) : m.start()]
            if re.search(r"jaar|jr", m.group()) and ((_AGE_BEFORE.search(before) and not _PERIOD_OF.search(before))
                                        or _AGE_FIELD.search(t, max(0, m.start() - 60), m.start())
                                        or _OLD_AFTER.match(t[m.end() : m.end() + 8])
                                        or (_AGE_NOTE_BEFORE.search(t, max(0, m.start() - 20), m.start())
                                            and _AGE_NOTE_AFTER.match(t[m.end() : m.end() + 8]))
                                        or (_AGE_RELATIVE_BEFORE.search(t, max(0, m.start() - 40), m.start())
                                            and _AGE_RELATIVE_AFTER.match(t[m.end() : m.end() + 12]))
                                        or (_AGE_IS_BEFORE.search(t, max(0, m.start() - 40), m.start())
                                            and _AGE_IS_AFTER.match(t[m.end() : m.end() + 6]))):
                kind = "age"
            elif _BOUND_BEFORE.search(before):
                kind = "bound"
            else:
                kind = "fact"
            try:
                out.append((m.start(), m.end(), round(months(m), 1), kind))
            except ValueError:
                continue
    return out


# "voor altijd", "voor onbepaalde tijd": a duration without an end (NO_END_MONTHS), longer than any ceiling
_NO_END = re.compile(r"\b(?:voor altijd|voor onbepaalde tijd|onbeperkt|levenslang|zonder einddatum|voorgoed|"
                     r"(?:de )?rest van (?:haar|zijn|hun|het|mijn) leven|(?:haar|zijn|hun|mijn) (?:hele )?verdere leven)\b")


def _duration(t: str) -> dict[str, Found]:
    out: dict[str, Found] = {}
    m = re.search(r"\b(\d+)\s*[x×]\s*(\d+)\s*weken", t)
    if m:
        out["duur_weken"] = Found(float(int(m.group(1)) * int(m.group(2))), m.start(), m.end())
    elif m := re.search(_NUM + r"\s*(?:weken|week|wkn|wk)\b", t):
        out["duur_weken"] = Found(_num(m.group(1)), m.start(), m.end())
    elif m := _DAYS_RE.search(t):  # "45 dagen geleden": in weeks, as two dates are (``_date_range``)
        out["duur_weken"] = Found(round(_num(m.group(1) or m.group(2)) / 7, 1), m.start(), m.end())
    # "drie en een half jaar", "tweeënhalf jaar"
    if whole := re.search(r"\b(\d|een|één|twee|drie|vier|vijf)(?: en een |[ëe]n?)hal(?:f|ve) jaar\b", t):
        out["duur_maanden"] = Found((_num(whole.group(1)) + 0.5) * 12, whole.start(), whole.end())
        return out
    if halves := _HALVES_MONTH_RE.search(t):  # "tweeënhalve maand"
        out["duur_maanden"] = Found(_num(halves.group(1)) + 0.5, halves.start(), halves.end())
        return out
    if half := re.search(r"\banderhalf ?jaar|\banderhalve maand|(?<![a-z])(?:een |1 )?half ?jaar", t):
        value = 18.0 if half.group().startswith("anderhalf ") or half.group() == "anderhalfjaar" else \
            1.5 if "maand" in half.group() else 6.0
        out["duur_maanden"] = Found(value, half.start(), half.end())
    years = _YEARS_RE.search(t)
    months = _MONTHS_RE.search(t)
    if years and months and re.fullmatch(r"\s*(?:en|,)?\s*", t[years.end() : months.start()]):
        # "3 jaar en 2 maanden": one duration
        out["duur_maanden"] = Found(_num(years.group(1)) * 12 + _num(months.group(1)), years.start(), months.end())
    elif months:
        out["duur_maanden"] = Found(_num(months.group(1)), months.start(), months.end())
    elif (quarters := _QUARTERS_RE.search(t)) and "duur_maanden" not in out and "duur_weken" not in out and not years:
        out["duur_maanden"] = Found(_num(quarters.group(1)) * 3, quarters.start(), quarters.end())  # "een kwartaal"
    elif years and "duur_maanden" not in out and "duur_weken" not in out:
        out["duur_maanden"] = Found(_num(years.group(1)) * 12, years.start(), years.end())
    elif not out and (endless := _NO_END.search(t)):
        out["duur_maanden"] = Found(NO_END_MONTHS, endless.start(), endless.end())
    return out


def _b_dates(t: str, ref: date, starts: list[int]) -> dict[str, Found]:
    """Dates and the zorgjaar: ``ingangsdatum_advies``, ``declaratie_startdatum``, ``on`` (the day asked
    about) and ``year`` (the zorgjaar named: "in 2026", "volgend jaar")."""
    out: dict[str, Found] = {}
    dates = _dates(t)
    used_years: set[int] = set()
    # a logbook line's date stamp ("28 april 2026: brief van de CElz binnen … De ingangsdatum op het advies is 1 juli
    # 2026.") is when that line happened: a date said in a line's text comes first
    for s, e, d in sorted(dates, key=lambda x: _date_stamp(t, x[0], x[1])):
        used_years.add(d.year)
        if _is_end_date(t, s, e):
            continue  # "het advies loopt af op 30 juni 2026": an end date, read by the advice term (_b_advice_term)
        role = _date_role(t, starts, s, e)
        if role == "advies" and "ingangsdatum_advies" not in out:
            out["ingangsdatum_advies"] = Found(d, s, e)
        elif role == "declaratie" and "declaratie_startdatum" not in out:
            out["declaratie_startdatum"] = Found(d, s, e)
            out.setdefault("on", Found(d, s, e))
        elif role is None and not re.search(r"(?:voor|vóór|sinds)\s+$", t[max(0, s - 60) : s]) and (
                _is_question_clause(t, starts, bisect.bisect_right(starts, s) - 1)
                # (not the first day of a period told: "vanaf 1 november 2025 tot eind december 2026")
                or (_FROM_DAY.search(t, max(0, s - 45), s) and not _UNTIL_AFTER.match(t, e))):
            # the day asked about: said in the question, or as the day from which something applies ("per 1 januari
            # 2027"); not the day something else happened ("Mevrouw is op 3 maart 2025 verhuisd.")
            out.setdefault("on", Found(d, s, e))
    # a day without a year ("vanaf 4 augustus") in a clause about the advice or about declaring: the year of the
    # nearest date that has one, else the zorgjaar named, else the year of the stand
    for m in _DAY_MONTH.finditer(t):
        s, e = m.start(), m.end()
        role = _date_role(t, starts, s, e, window=False)
        key = {"advies": "ingangsdatum_advies", "declaratie": "declaratie_startdatum"}.get(role or "")
        if key is None or key in out or _is_end_date(t, s, e):
            continue
        day = _safe_date(_year_around(t, ref, starts, dates, s), MONTHS[m.group(2)], int(m.group(1)))
        if day is not None:
            out[key] = Found(day, s, e)
            if key == "declaratie_startdatum":
                out.setdefault("on", Found(day, s, e))
    # a day pointed back to, said about declaring: "De eerste cliënt kwam op 15 september. Mogen we vanaf die 15e …?"
    # (the date before it with that day), "… vanaf die datum / dat moment?" (the nearest date before it)
    if "declaratie_startdatum" not in out:
        back = _back_to_day(t, ref, starts, dates)
        if back is not None:
            out["declaratie_startdatum"] = back
            out.setdefault("on", back)
    # a month without a day, said about declaring: "vanaf mei", "per juni 2026" is its first day; "in mei" is any day of
    # it (its first and last day, as two values: the check decides only when both give the same answer)
    for m in _MONTH_ONLY.finditer(t):
        if "declaratie_startdatum" in out or _date_role(t, starts, m.start(), m.end(), window=False) != "declaratie":
            continue
        year = int(m.group(5)) if m.group(5) else _year_around(t, ref, starts, dates, m.start())
        month = MONTHS[m.group(4)]
        end_of_month = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
        part = m.group(3)
        if part and part != "begin":  # "vanaf half april": any day from the 10th to the 20th
            first, last = _MONTH_PARTS[part]
            out["declaratie_startdatum"] = Found(date(year, month, first), m.start(), m.end(),
                                                 alternatives=(date(year, month, min(last, end_of_month.day)),))
        elif m.group(1) == "in" or (m.group(2) and not part):  # "in mei", "vanaf ergens april": any day of it
            out["declaratie_startdatum"] = Found(date(year, month, 1), m.start(), m.end(), alternatives=(end_of_month,))
        else:
            out["declaratie_startdatum"] = Found(date(year, month, 1), m.start(), m.end())
    if "on" in out:
        return out
    zorgjaar = _zorgjaar(t, ref, starts, used_years if dates else set())
    if zorgjaar is not None:
        out["year"] = zorgjaar
    return out


# ("vanaf die 15e", "vanaf die datum", "vanaf diezelfde dag", "per dezelfde datum", "met ingang van datzelfde moment",
# "vanaf die dag zelf")
_BACK_TO_DAY = re.compile(r"\b(?:vanaf|per|met ingang van)\s+(?:(?:die|deze|dat|de)\s+|(?:diezelfde|dezelfde|datzelfde|"
                          r"ditzelfde|deze zelfde|die zelfde|de zelfde|dat zelfde)\s+)(?:(\d{1,2})(?:e|de|ste)\b|"
                          r"(?:datum|dag|moment)\b)"
                          # the day alone, as a terse note has it ("vanaf 15e?"), not the ordinal of something else
                          # ("per 1e kwartaal", "vanaf 2e cliënt")
                          r"|\b(?:vanaf|per|met ingang van)\s+(\d{1,2})(?:e|de|ste)\b(?!\s*[\w-])")


def _back_to_day(t: str, ref: date, starts: list[int], dates: list[tuple[int, int, date]]) -> Found | None:
    """The declaring day said as a pointer back to a date named before ("vanaf die 15e", "vanaf die datum")."""
    for m in _BACK_TO_DAY.finditer(t):
        if _date_role(t, starts, m.start(), m.end(), window=False) != "declaratie":
            continue
        named = [(s, d) for s, _, d in dates if s < m.start()]
        named += [(dm.start(), day) for dm in _DAY_MONTH.finditer(t, 0, m.start())
                  if (day := _safe_date(_year_around(t, ref, starts, dates, dm.start()), MONTHS[dm.group(2)],
                                        int(dm.group(1)))) is not None]
        day_said = m.group(1) or m.group(2)
        if day_said:
            named = [(s, d) for s, d in named if d.day == int(day_said)]
        if named:
            return Found(max(named, key=lambda x: x[0])[1], m.start(), m.end())
    return None


def _year_asked(t: str, ref: date, starts: list[int]) -> int:
    """The zorgjaar the text names, else the year of the stand."""
    named = _zorgjaar(t, ref, starts, set())
    return int(named.value) if named is not None else ref.year


def _year_around(t: str, ref: date, starts: list[int], dates: list[tuple[int, int, date]], pos: int) -> int:
    """The year of a day or month said without one: that of the nearest date that has one, else the zorgjaar."""
    if dates:
        return min(dates, key=lambda x: abs(x[0] - pos))[2].year
    return _year_asked(t, ref, starts)


# What a date is the date of: a cue in its own clause (the nearest, when both kinds are there) — the advice
# ("het advies gaat in per", "ingangsdatum", "de brief van de CElz") or declaring ("willen per 1 april declareren",
# "in rekening brengen"). Without a cue in the clause, the 60 characters before it (and 40 after, for declaring).
_ADVICE_CUE = re.compile(r"advies|ingangsdatum|\bingaa?t\b|\bingegaan\b|(?<!met )\bingang\b(?! van)|in werking|aanwijzing|\bcelz\b")
_DECLARE_CUE = re.compile(r"declar\w*|in rekening|factur\w*")
_END_BEFORE = re.compile(r"(?:\btot(?: en met)?|\b(?:loopt|liep) af (?:op|per)|\bafloopt (?:op|per)|\b(?:eindigt|eindigde) (?:op|per)?|"
                         r"\b(?:verloopt|verliep) (?:op|per)?|\b(?:vervalt|verviel) (?:op|per)?|\beinddatum(?: is| van)?)\s+$")
# ... or the day between the verb and its particle: "het advies loopt op 30 juni af", "liep per 1 maart 2026 af"
_END_SPLIT_BEFORE = re.compile(r"\b(?:loopt|liep|lopen|liepen)\s+(?:(?:al|dan|pas|nu|ook)\s+)?(?:op|per)\s+$")
_END_SPLIT_AFTER = re.compile(r"(?:\s+20\d\d)?\s+af\b")
# ... or in the perfect tense, the participle after the day: "het advies is op 31 december 2025 verlopen"
_END_PAST_BEFORE = re.compile(r"\b(?:is|was|zijn|waren)\s+(?:(?:al|dan|pas|ook|toen)\s+)?(?:op|per)\s+$")
_END_PAST_AFTER = re.compile(r"(?:\s+20\d\d)?\s+(?:verlopen|afgelopen|geëindigd|vervallen|beëindigd|gestopt)\b")


def _is_end_date(t: str, s: int, e: int) -> bool:
    """The date at ``t[s:e]`` is the day something ends (``_END_BEFORE``; "loopt op 30 juni af"), not a start."""
    return bool(_END_BEFORE.search(t, max(0, s - 30), s)
                or (_END_SPLIT_BEFORE.search(t, max(0, s - 30), s) and _END_SPLIT_AFTER.match(t, e))
                or (_END_PAST_BEFORE.search(t, max(0, s - 30), s) and _END_PAST_AFTER.match(t, e)))


# ... or a part of it, said roughly ("vanaf ergens half april", "per medio mei", "vanaf eind juni"): its first and its
# last day as two values (``_MONTH_PARTS``)
_MONTH_ONLY = re.compile(r"\b(in|vanaf|per|sinds|met ingang van)\s+(?:(ergens|rond|omstreeks|ongeveer)\s+)?"
                         r"(?:de maand\s+|(begin|half|halverwege|medio|midden|eind|einde)\s+)?(" + "|".join(MONTHS_NL)
                         + r")\b(?:\s+(20\d\d)\b)?")
_FROM_DAY = re.compile(r"\b(?:per|vanaf|met ingang van|m\.i\.v\.|ingaande|gaat in op|ingaan op|in werking op|"
                       # what starts then ("ons plan start op 1 maart 2027", "we beginnen het plan op …")
                       r"(?:start|starten|begint|beginnen)\s+(?:[\w-]+\s+){0,3}?op)\s+$")
_DAY_MONTH = re.compile(r"\b(\d{1,2})\s+(" + "|".join(MONTHS_NL) + r")\b(?!\.?\s*(?:\d|'\d))")


_STARTS_ON = re.compile(r"\b(?:gaat|ging|gaan|is|was)\s+in\s+(?:per|op|vanaf|met ingang van)\s+|\bingaat\s+(?:per|op)\s+|"
                        r"\bingegaan\s+(?:per|op)\s+")


def _date_role(t: str, starts: list[int], s: int, e: int, *, window: bool = True) -> str | None:
    """``advies`` / ``declaratie`` / ``None``: what the date at ``t[s:e]`` is the date of."""
    c = bisect.bisect_right(starts, s) - 1
    cs, ce = starts[c], _clause_end(t, starts, c)
    # a note lists its dates in comma parts ("zzp decl. per 1/3/26, advies ingang 1/1/26"): a cue of one role only in
    # the date's own part decides it
    ps = max(t.rfind(",", cs, s), t.rfind(";", cs, s), cs - 1) + 1
    pe = min([i for i in (t.find(",", e, ce), t.find(";", e, ce)) if i >= 0] or [ce])
    own = {role for role, rx in (("advies", _ADVICE_CUE), ("declaratie", _DECLARE_CUE))
           if any(not (s <= m.start() < e) for m in rx.finditer(t, ps, pe))}
    if len(own) == 1 and (ps > cs or pe < ce):
        return own.pop()
    # "het advies … gaat in per 1 januari 2026 mogen we …" (dictated, one clause): the advice's own verb of starting
    # just before the date, with the advice named before it and nothing about declaring in between
    if (m := _STARTS_ON.search(t, cs, s)) is not None and m.end() == s:
        cues = list(_ADVICE_CUE.finditer(t, cs, m.start()))
        if cues and not _DECLARE_CUE.search(t, cues[-1].end(), m.start()):
            return "advies"
    near: dict[str, int] = {}
    for role, rx in (("advies", _ADVICE_CUE), ("declaratie", _DECLARE_CUE)):
        dists = [min(abs(m.start() - s), abs(m.end() - e)) for m in rx.finditer(t, cs, ce)
                 if not (s <= m.start() < e)]
        if dists:
            near[role] = min(dists)
    if near:
        return min(near, key=lambda r: near[r])
    if not window:
        return None
    before = t[max(0, s - 60) : s]
    if _is_question_clause(t, starts, c):
        # an asking sentence without a cue of its own asks about that day ("We zijn DEC met positief advies. Gaat het
        # zorgkantoor vanaf 1 januari 2026 bij ons inkopen?"): the advice named in the sentence before does not date it
        before = re.split(r"[.?!]\s", before)[-1]
    after = t[s : s + 40]
    advice = max(before.rfind("advies"), before.rfind("ingangsdatum"))
    declare = max(before.rfind("declar"), after.find("declar") if after.find("declar") >= 0 else -1)
    if advice >= 0 and advice > before.rfind("declar"):
        return "advies"
    return "declaratie" if declare >= 0 else None


# How long the advice runs, against the zorgjaar: "het advies loopt tot eind 2027" (the whole year within it: yes),
# "het advies loopt af op 30 juni 2026, … voor heel 2026" (no), "verliep in 2025" (no). An advice that ends during
# the zorgjaar, without the agreement being said to cover the whole year, leaves it unknown (asked).
_TERM_CLAUSE = re.compile(r"advies|aanwijzing|erkenning")
_TERM_YEAR = re.compile(r"(?:\b(?:loopt|liep|geldt|gold|geldig|duurt)\b[^.?;]{0,30}?|\badvies\b[^.?;]{0,40}?)(?:\btot( en met)?|(t/m|tm))\s+"
                        r"(?:(eind|einde|het eind van|het einde van|ultimo)\s+)?(20\d\d)\b")
_TERM_DAY = re.compile(r"(?:\b(?:loopt|liep|geldt|gold|geldig|duurt)\b[^.?;]{0,30}?\btot(?: en met)?|\b(?:loopt|liep) af (?:op|per)|"
                       r"\bafloopt (?:op|per)|\b(?:eindigt|eindigde) (?:op|per)?|\b(?:verloopt|verliep) (?:op|per)?|\b(?:vervalt|verviel) (?:op|per)?|"
                       r"\beinddatum(?: is| van)?)\s+(\d{1,2})\s+(" + "|".join(MONTHS_NL) + r")(?:\s+(20\d\d))?\b")
# ... with the particle of "aflopen" after the day: "het advies loopt op 30 juni af", "liep per 1 maart 2026 af"
_TERM_DAY_SPLIT = re.compile(r"\b(?:loopt|liep)\s+(?:(?:al|dan|pas|nu|ook)\s+)?(?:op|per)\s+(\d{1,2})\s+(" + "|".join(MONTHS_NL)
                             + r")(?:\s+(20\d\d))?\s+af\b")
# ... in the perfect tense: "het advies is op 31 december 2025 verlopen", "was per 1 juli afgelopen"
_TERM_DAY_PAST = re.compile(r"\b(?:is|was)\s+(?:(?:al|dan|pas|ook|toen)\s+)?(?:op|per)\s+(\d{1,2})\s+(" + "|".join(MONTHS_NL)
                            + r")(?:\s+(20\d\d))?\s+(?:verlopen|afgelopen|geëindigd|vervallen|beëindigd)\b")
# the year in which it ends: "loopt eind 2027 af", "verloopt in 2027", "eindigt in 2025"
_TERM_IN_YEAR = re.compile(r"\b(?:loopt|liep)\s+(?:(eind|einde|ultimo)\s+|in\s+)?(20\d\d)\s+af\b|"
                           r"\b(?:verloopt|verliep|eindigt|eindigde|vervalt|verviel)\s+(?:(eind|einde|ultimo)\s+|in\s+)?(20\d\d)\b")
_TERM_LEFT = re.compile(r"\b(?:loopt|geldt|is)\s+(?:nog\s+)?(?:geldig\s+)?(?:voor\s+)?" + _NUM + r"\s+(jaar|jaren|maanden|maand)\b")
# the advice said to run through the whole of a year: "het advies loopt het hele jaar door", "geldt voor heel 2026",
# "is het hele zorgjaar geldig", "voor het hele jaar geldig" (the year named, else the zorgjaar)
_WHOLE_OF = r"(?:heel\s+(?:het\s+)?|(?:het|de)\s+(?:hele|gehele|volledige|complete)\s+)(?:(?:zorg|kalender|contract)?jaar\b|(?P<y>20\d\d)\b)"
_TERM_WHOLE = re.compile(r"(?:\b(?:loopt|liep|lopen|geldt|gold|gelden|geldig|duurt|dekt)\b[^.?;]{0,20}?\b" + _WHOLE_OF
                         + r"|" + _WHOLE_OF.replace("?P<y>", "?P<y2>") + r"\s+(?:door\s+)?(?:geldig|loopt|lopen|geldt)\b)"
                         r"(?![^.?;,]{0,20}\b(?:niet|geen|nooit)\b)")  # not "geldt het hele jaar niet"
_WHOLE_YEAR = re.compile(r"\bhee?le? (?:jaar|20\d\d|zorgjaar|kalenderjaar)\b|\bhet (?:hele|volledige) jaar\b|\bvolledig jaar\b|"
                         r"\bjaarafspraak\b|\bvoor het hele\b")


# The agreement (not the advice) as what a clause is about: named before the term, with no advice named after it
_OF_AGREEMENT = re.compile(r"\b(?:productie)?(?:afspraak|afspraken|overeenkomst|contract)\b(?![^.?;]*\badvies\b)")
# The end of the agreement itself: "de productieafspraak … loopt tot en met 31 december 2026", "de afspraak geldt tot
# eind 2026", "de afspraak zou doorlopen tot eind december" (in a clause that names the agreement before it; "1.000
# dagen" is no sentence end)
_AGREEMENT_END = re.compile(r"\b(?:productie)?(?:afspraak|afspraken|overeenkomst|contract)\b(?:[^.?;]|\.(?=\d)){0,100}?\b(?:loopt|lopen|"
                            r"geldt|gelden|duurt|duren|doorloopt|doorlopen|liep|zou lopen)\b[^.?;]{0,20}?(?:\btot(?: en met)?|\bt/m|\btm)\s+"
                            r"(?:(\d{1,2})\s+(" + "|".join(MONTHS_NL) + r")(?:\s+(20\d\d))?|(?:eind|einde|ultimo)\s+(20\d\d|het jaar|dit jaar)"
                            r"|(?:eind|einde|ultimo)\s+(" + "|".join(MONTHS_NL) + r")(?:\s+(20\d\d))?)\b")


def _agreement_end(t: str, starts: list[int], zorgjaar: int) -> date | None:
    """The last day of the agreement, when the text says it (``_AGREEMENT_END``) once; else ``None``."""
    ends = set()
    for m in _AGREEMENT_END.finditer(t):
        if m.group(1):
            day = _safe_date(int(m.group(3)) if m.group(3) else zorgjaar, MONTHS[m.group(2)], int(m.group(1)))
        elif m.group(5):  # "eind december": the month's last day
            y, month = int(m.group(6)) if m.group(6) else zorgjaar, MONTHS[m.group(5)]
            day = date(y + month // 12, month % 12 + 1, 1) - timedelta(days=1)
        else:
            day = date(int(m.group(4)) if m.group(4)[0].isdigit() else zorgjaar, 12, 31)
        if day is not None:
            ends.add(day)
    return ends.pop() if len(ends) == 1 else None


# a question that asks the term ("En loopt het advies het hele jaar door?", "Geldt ons advies tot eind 2027?")
_TERM_ASKED = re.compile(r"\W*(?:[\w-]+:\s*)?(?:en |maar |of )?(?:loopt|lopen|geldt|gelden|duurt|blijft|is)\s+"
                         r"(?:het|ons|uw|onze|hun|dat|dit|de)\s+(?:\w+\s+)?(?:celz-?)?advies")


def _b_advice_term(t: str, ref: date, starts: list[int]) -> dict[str, Found]:
    """``binnen_duur_advies`` from the end of the advice said as a date, a year or a time left (see above)."""
    zorgjaar = _year_asked(t, ref, starts)
    first, last = date(zorgjaar, 1, 1), date(zorgjaar, 12, 31)
    for rx in (_TERM_DAY, _TERM_DAY_SPLIT, _TERM_DAY_PAST, _TERM_YEAR, _TERM_IN_YEAR, _TERM_LEFT, _TERM_WHOLE):
        for m in rx.finditer(t):
            c = bisect.bisect_right(starts, m.start()) - 1
            if not _TERM_CLAUSE.search(t, starts[c], _clause_end(t, starts, c)):
                continue
            agreement = list(_OF_AGREEMENT.finditer(t, starts[c], m.start()))
            if agreement and not re.search(r"\badvies\b", t[agreement[-1].end() : m.end()]):
                # "de productieafspraak … loopt tot en met 31 december": the agreement's term, not the advice's (not
                # "De productieafspraak is 4.000 dagen, en het advies loopt tot eind 2028")
                continue
            if _is_question_clause(t, starts, c) and _TERM_ASKED.match(t, starts[c]):
                continue  # "En loopt het advies het hele jaar door?": asked, not said
            if _NEGATED_BEFORE.search(t, max(starts[c], m.start() - 40), m.start()) or re.search(
                    r"\b(?:niet|geen|nooit)\b", m.group()):
                continue
            if rx is _TERM_DAY or rx is _TERM_DAY_SPLIT or rx is _TERM_DAY_PAST:
                end = _safe_date(int(m.group(3)) if m.group(3) else zorgjaar, MONTHS[m.group(2)], int(m.group(1)))
                if end is None:
                    continue
            elif rx is _TERM_YEAR:
                y = int(m.group(4))
                end = date(y, 12, 31) if (m.group(1) or m.group(2) or m.group(3)) else date(y - 1, 12, 31)
            elif rx is _TERM_IN_YEAR:
                y = int(m.group(2) or m.group(4))
                if m.group(1) or m.group(3):
                    end = date(y, 12, 31)
                elif y == zorgjaar:  # ends some time in the zorgjaar: which day is asked
                    return {"binnen_duur_advies": Found(None, m.start(), m.end())}
                else:
                    end = date(y, 1, 1)
            elif rx is _TERM_WHOLE:
                named = m.group("y") or m.group("y2")
                if named and int(named) != zorgjaar:
                    continue  # the whole of another year says nothing about the zorgjaar
                end = last
            else:
                n = _num(m.group(1))
                months = n * 12 if m.group(2).startswith("ja") else n
                end = date(ref.year + int((ref.month - 1 + months) // 12), int((ref.month - 1 + months) % 12) + 1, 1)
            if end >= last:
                return {"binnen_duur_advies": Found(True, m.start(), m.end())}
            if end < first or _WHOLE_YEAR.search(t):
                return {"binnen_duur_advies": Found(False, m.start(), m.end())}
            agreed = _agreement_end(t, starts, zorgjaar)
            if agreed is not None:  # the agreement's own end against the advice's: within it or (partly) past it
                return {"binnen_duur_advies": Found(agreed <= end, m.start(), m.end())}
            return {"binnen_duur_advies": Found(None, m.start(), m.end())}  # ends during the year: asked
    return {}


# The zorgjaar is read only from words that say which year is asked about ("in 2026", "voor 2027", "dit jaar",
# "volgend jaar"), not from the date of something else: "sinds 2021 aangewezen", "het advies loopt tot eind 2027",
# "vorig jaar erkend" (a statement about the past), "had al voor 2020 een pgb".
_NOT_ZORGJAAR_BEFORE = re.compile(
    r"(?:\b(?:vóór|sinds|na|uit|geleden|eind|einde|medio|halverwege|ultimo|verloopt|eindigt|vervalt)|"
    r"(?:\btot(?: en met)?|\bt/m|\btm)(?: (?:eind|einde|begin|medio|half|halverwege|en met))?|\bvoor 1 januari|\b(?:al|nog) voor|\bper 1 januari|\bvan|"
    # the last month of a span ("tot eind september 2028", "tot juni 2030", "until the end of June 2030")
    r"(?:\btot(?: en met)?|\bt/m|\buntil|\btill)(?: (?:eind|einde|begin|medio|half|halverwege|the end of|end))? "
    r"(?:" + _MONTH_RE + r"|january|february|march|april|may|june|july|august|september|october|november|december)\.?"
    r")\s*:?\s+(?:1 januari\s+)?$")
# a form's start date ("Start observatie: oktober 2025"): when it began, not the year asked about (a start still to come,
# "Start project: januari 2027", may be the year asked about)
_START_LABEL = re.compile(r"\b(?:start|startdatum|begin|begindatum|aanvang)(?: [a-zà-ÿ]+)?:(?: \d{1,2})?(?: (?:" + _MONTH_RE
                          + r")\.?)?\s+$")
_PAST_AFTER = re.compile(r"^\s*(?:al |een |het )*(?:pgb|had|kreeg|gekregen|ontving)")
# A question in the past tense ("Mocht dat?", "Konden wij toen …?") asks about the year its situation names; one in
# the present tense does not ask about the past year in which something happened ("… in 2024 gekregen").
_PAST_ASK = re.compile(r"\b(?:mocht|mochten|kon|konden|was|waren|had|hadden|werd|werden|gold|golden|viel|vielen|kreeg|"
                       r"kregen|moest|moesten|hoefde|hoefden|betaalde|vergoedde|zou|zouden)\b")
# Something that happened to the client or the organisation in that year (a status gained, a move), not care that
# was delivered or declared then: "in 2024 een positief advies gekregen", "in 2023 aangewezen", "in 2022 verhuisd".
# ("In 2025 hebben we C&A geleverd. Kunnen we dat declareren?" asks about 2025.)
# (also what was made, opened or admitted then, or another client the organisation had: "het kunstgebit is in 2024
# gemaakt", "de locatie is in 2021 geopend", "vorig jaar hadden we een cliënt met GGZ-W4")
_PAST_EVENT = re.compile(r"\b(?:gekregen|kregen|kreeg|ontvangen|ontving|ontvingen|erkend|aangewezen|toegekend|afgegeven|"
                         r"geadviseerd|aangevraagd|geïndiceerd|verhuisd|verhuisde|verhuisden|opgericht|begonnen|gestart|"
                         r"startte|startten|begon|gemaakt|geopend|gebouwd|verbouwd|geboren|opgenomen|"
                         # what befell the client then ("is vorig jaar volledig doof geworden", "in 2024 een
                         # hersenbloeding gekregen", "sinds de val in 2023")
                         r"geworden|overleden|ontstaan|opgelopen|getroffen|gevallen|gebroken|gediagnosticeerd|"
                         # what ended then ("dat project is vorig jaar gestopt")
                         r"gestopt|stopte|stopten|beëindigd|geëindigd|afgerond|opgeheven|gesloten|opgezegd|"
                         r"(?:komen|gaan)\s+wonen|"
                         r"(?:we|wij|ik)\s+(?:had|hadden)|(?:had|hadden)\s+(?:we|wij|ik))\b")
# an asking sentence about now ("Geldt de toeslag nu?", "op dit moment", "momenteel")
_ASKS_NOW = re.compile(r"\b(?:nu|op dit moment|momenteel|op het moment|vandaag)\b")
_COMING_JANUARY = re.compile(r"\b(?:(komende|aankomende|volgende|next)\s+(?:1\s+)?januari|"
                             r"(?:vanaf|per|met ingang van|m\.i\.v\.)\s+(?:1\s+)?januari)\b(?!\s+(?:\d|van\b|dit\b|vorig|(?:tot(?: en met)?|t/m|-)\s+\d{1,2}\s+[a-z]+\s+20\d\d))")
_RELATIVE_YEARS = ((re.compile(r"\b(?:volgend|komend) (?:jaar|contractjaar|zorgjaar|kalenderjaar)\b"), 1),
                   (re.compile(r"\b(?:dit|het huidige|huidige) (?:jaar|contractjaar|zorgjaar|kalenderjaar)\b"), 0),
                   (re.compile(r"\b(?:vorig|afgelopen) (?:jaar|contractjaar|zorgjaar|kalenderjaar)\b"), -1))


def _in_brackets(t: str, at: int) -> bool:
    """``t[at]`` lies in an aside in brackets ("(tarief vorig jaar € 312 per dag)"): said by the way."""
    opened = t.rfind("(", max(0, at - 80), at)
    return opened >= 0 and ")" not in t[opened:at] and ")" in t[at : at + 80]


# A line of a pasted timeline that opens with its date ("- 2023: indicatie zzp zgvis 2", "jan 2025 - opname",
# "15/3/2025: ciz-besluit"): the date an event happened
_STAMP_BEFORE = re.compile(r"(?:^|\n)[^\S\n]*(?:[-•*·>]+[^\S\n]*)?(?:(?:\d{1,2}[-/ ])?(?:\d{1,2}[-/]|(?:" + _MONTH_RE
                           + r")\.?[^\S\n]+)|(?:q[1-4]|begin|eind|medio|zomer|najaar|voorjaar|winter)[^\S\n]+)?$")
_STAMP_AFTER = re.compile(r"[^\S\n]*(?::|-[^\S\n]|\)[^\S\n])")


def _date_stamp(t: str, s: int, e: int) -> bool:
    """The date at ``s:e`` opens a line as its stamp ("28 april 2026: …", "- 3 juni 2026 – …")."""
    return bool(_LINE_OPEN.search(t, 0, s) and _STAMP_AFTER.match(t, e))


_LINE_OPEN = re.compile(r"(?:^|\n)[^\S\n]*(?:[-•*·>]+[^\S\n]*)?$")


def _timeline_stamp(t: str, m: re.Match[str]) -> bool:
    return bool(_STAMP_BEFORE.search(t, 0, m.start()) and _STAMP_AFTER.match(t, m.end()))


# the year a review looks back on ("Terugkijkend op 2026: …", "looking back at 2026:"): the zorgjaar, also where a date
# of the story falls in it
_UNTIL_AFTER = re.compile(r"\s*(?:until|tot(?: en met)?|t/m|t\.m\.|[-–])\s")
_LOOKED_BACK_ON = re.compile(r"\b(?:terugkijkend|terugblikkend|looking back|terugkijken|terugblik)\s+(?:op|at|on)\s+(?:het jaar\s+)?$")


def _zorgjaar(t: str, ref: date, starts: list[int], used_years: set[int]) -> Found | None:
    """The zorgjaar named in ``t``: a year said in an asking sentence beats one said in the situation before it; a
    year in digits beats "dit jaar" / "volgend jaar" within the same kind of sentence. "vanaf 2027" is the zorgjaar
    when asked or when it lies ahead ("vanaf 2019 woont zij thuis" is the past); a past year in which a status was gained
    ("in 2024 een advies gekregen", "vorig jaar erkend") is not the zorgjaar of a question in the present tense."""
    found: list[tuple[int, int, Found]] = []  # (rank, start, found): rank 0 asked in digits, 1 asked relative, ...
    asks_past = any(_PAST_ASK.search(p) for p in asking_parts(t))
    for m in re.finditer(r"\b(20[1-4]\d)\b", t):
        value = int(m.group(1))
        before = t[max(0, m.start() - 25) : m.start()]
        part_of_year = re.search(r"\b(?:helft|kwartaal|deel)\s+van\s+$", before)  # "over de tweede helft van 2025"
        if _START_LABEL.search(t[max(0, m.start() - 40) : m.start()]) and value <= ref.year:
            continue
        if (_NOT_ZORGJAAR_BEFORE.search(before) and not part_of_year) \
                or re.search(r"\d{1,2}\s+(?:" + _MONTH_RE + r")\.?\s+$|\d-$", before):
            continue
        if re.search(r"\bvoor\s+$", before) and _PAST_AFTER.search(t[m.end() : m.end() + 25]):
            continue
        if value in used_years and not _LOOKED_BACK_ON.search(before):
            continue  # (but "Looking back at 2026: … from 1 November 2025 until the end of December 2026" names it)
        clause = bisect.bisect_right(starts, m.start()) - 1
        asked = _is_question_clause(t, starts, clause)
        if re.search(r"\bvanaf\s+$", before) and not asked and value < ref.year:
            continue
        if not asked and not asks_past and value < ref.year and not re.search(r"\bover\s+$", before) and (
                _in_brackets(t, m.start()) or _PAST_EVENT.search(t, starts[clause], _clause_end(t, starts, clause))):
            continue  # "Wij hebben in 2024 een positief advies gekregen. Mogen wij …?": when that happened; an aside
        if re.search(r"[a-z]-$", before) or re.match(r"-\d{3}", t[m.end():]):
            continue  # a case or file number ("MZ-2025-0912"), not a year
        if value < ref.year and not asked and not asks_past and _timeline_stamp(t, m):
            continue  # "- 2023: indicatie zzp zgvis 2": when that happened, a line of a timeline, not the year asked

        found.append((0 if asked else 2, m.start(), Found(value, m.start(), m.end())))
    for rx, delta in _RELATIVE_YEARS:
        for rel in rx.finditer(t):
            clause = bisect.bisect_right(starts, rel.start()) - 1
            asked = _is_question_clause(t, starts, clause)
            if delta < 0 and re.search(r"\b(?:sinds|vanaf|uit|van)\s+$", t[max(0, rel.start() - 12) : rel.start()]):
                continue  # "loopt al sinds vorig jaar": when it began, not the year asked
            if delta < 0 and not asked and not asks_past and (_in_brackets(t, rel.start()) or _PAST_EVENT.search(
                    t, starts[clause], _clause_end(t, starts, clause))):
                continue  # "het zorgkantoor heeft het vorig jaar erkend": when something happened, not the year asked
            found.append((1 if asked else 3, rel.start(), Found(ref.year + delta, rel.start(), rel.end())))
    for rel in _COMING_JANUARY.finditer(t):
        # "vanaf 1 januari willen we …" said in the second half of a year, "komende januari", "next January": the
        # coming first of January, so the next zorgjaar; not in a sentence about what was ("per 1 januari kregen we"),
        # nor the first day of a period whose last day names the year ("vanaf 1 januari tot 31 december 2026")
        clause = bisect.bisect_right(starts, rel.start()) - 1
        said = t[starts[clause]:_clause_end(t, starts, clause)]
        if not (rel.group(1) or ref.month >= 7) or _PAST_ASK.search(said) or _PAST_EVENT.search(said):
            continue
        asked = _is_question_clause(t, starts, clause)
        found.append((1 if asked else 3, rel.start(), Found(ref.year + 1, rel.start(), rel.end())))
    if not found:
        return None
    rank, _, best = min(found, key=lambda x: (x[0], x[1]))
    if rank >= 2 and any(_ASKS_NOW.search(p) for p in asking_parts(t) if p.rstrip().endswith("?")):
        # "krijgt volgend jaar waarschijnlijk VV5, nu heeft hij VV2. Geldt de toeslag nu?": the asking sentence asks
        # about now; a year said only in the situation before it is not the zorgjaar
        return None
    return best


BUILTIN = {"client_group": _b_client_group, "profile": _b_profile, "sector": _b_sector, "dates": _b_dates,
           "duration": _b_duration, "advice_term": _b_advice_term}
BUILTIN_FACTS = {"client_group": ("client_group",), "profile": ("zorgprofiel",), "sector": ("sector",),
                 "dates": ("ingangsdatum_advies", "declaratie_startdatum", "on", "year"),
                 "duration": ("duur_weken", "duur_maanden"), "advice_term": ("binnen_duur_advies",)}
TIME_KEYS = ("year", "on")
# "sinds 2018", "vanaf maart 2017", "sinds eind 2019"; not "sinds vóór 2020" (a bound, read by the fact's own patterns)
_YEAR_NEAR = re.compile(r"(?:\b(?:sinds|vanaf|per|op)\s+\d{1,2}[-/]\d{1,2}[-/]|"
                        # a day and month: "kreeg zijn pgb op 1 maart 2021", "sinds 15-01-2019"
                        + r"\bop\s+\d{1,2}\s+(?:" + _MONTH_RE + r")\.?\s+|"
                        # a pasted field ("Pgb sinds: 2018")
                        + r"\b(?:sinds|vanaf|uit|in|per)(?:\s*:)?\s+(?:(?:\d{1,2}\s+)?(?:" + _MONTH_RE
                        + r"|begin|eind|einde|medio|half|halverwege|midden)\.?\s+|"
                        # a season or part of the year: "in de zomer van 2018", "sinds het voorjaar van 2019"
                        + r"(?:de|het)\s+(?:zomer|winter|lente|voorjaar|najaar|herfst|begin|eind|einde|loop|"
                        + r"eerste helft|tweede helft)\s+van\s+)?)((?:19|20)\d\d)\b")


# two years with "of" between ("eind 2019 of pas in 2020", "2018 of 2019"): either may be the one
_EITHER_YEAR = re.compile(r"\b((?:19|20)\d\d)\b[^.?!;\d]{0,20}?\bof\b[^.?!;\d]{0,20}?\b((?:19|20)\d\d)\b")


# an earlier time said beside a number
_PAST_TIME = re.compile(r"(?<!sinds )(?<!vanaf )(?<!since )\b(?:vorig jaar|vorige jaar|verleden jaar|vorige keer|vroeger|"
                        r"voorheen|destijds|last year|previously)\b")
# ... an earlier offer ("het eerdere aanbod van 14 weken"), for a duration
_EARLIER_OFFER = re.compile(r"\b(?:eerdere?|earlier)\b")


def _of_earlier(t: str, starts: list[int], at: int, offers: bool = False) -> bool:
    """The value at ``at`` is said of an earlier time (``_PAST_TIME``; with ``offers`` an earlier offer) in its clause
    or brackets; "toen" (then) only in brackets: "Toen we het advies kregen, hadden we 14 plaatsen" dates a state that
    began."""
    around = _around(t, starts, at)
    return bool(_PAST_TIME.search(around) or (offers and _EARLIER_OFFER.search(around))
                or (_in_brackets(t, at) and re.search(r"\btoen\b", around)))


def _around(t: str, starts: list[int], at: int) -> str:
    """The brackets around ``at`` when it is in brackets, else its clause."""
    if _in_brackets(t, at):
        return t[t.rfind("(", 0, at) + 1 : t.find(")", at)]
    c = bisect.bisect_right(starts, at) - 1
    return t[starts[c] : _clause_end(t, starts, c)]


_AVERAGE_BEFORE = re.compile(r"\b(?:gemiddeld|doorgaans|meestal|normaal gesproken|on average|usually)\s+(?:[\w-]+\s+){0,2}$")


def _number(spec: FactSpec, t: str) -> Found | None:
    found = _number_first(spec, t)
    if found is None or "number_conflict" not in GUARDS:
        return found
    hits = _number_hits(spec, t)
    if len({v for v, _, _, _ in hits}) <= 1:
        return _open_bound(t, found)
    facts = [h for h in hits if not h[3]]
    # "16%, eh nee sorry, 26%": the number taken back by a correction is not the one meant
    kept = _drop_corrected(t, [(s, e, v) for v, s, e, _ in facts])
    facts = [h for h in facts if (h[1], h[2], h[0]) in kept]
    if len({v for v, _, _, _ in facts}) > 1 and "other_person" in GUARDS:
        # "Mijn buurvrouw krijgt 30% EKT, mijn vader zou 20% krijgen": the neighbour's number is not the client's
        facts = [h for h in facts if not _part_about_other_person(t, h[1])] or facts
    if len({v for v, _, _, _ in facts}) > 1:
        # "Ik heb gehoord dat je binnen vijf minuten bij de cliënt moet kunnen zijn. Wij zitten op zeven minuten": the
        # number of the norm heard or quoted is not the client's (or the provider's) own
        starts = clause_starts(t)
        facts = [h for h in facts if not _NORM_SENTENCE.search(
            t, starts[c := bisect.bisect_right(starts, h[1]) - 1], _clause_end(t, starts, c))] or facts
    if len({v for v, _, _, _ in facts}) > 1:
        # "gemiddeld binnen 150 seconden en uiterlijk binnen 240 seconden": an average is not what is always so; the
        # other number is
        facts = [h for h in facts if not _AVERAGE_BEFORE.search(t, max(0, h[1] - 30), h[1])] or facts
    if len({v for v, _, _, _ in facts}) > 1:
        # "12 plaatsen … (vorig jaar 3.900 dagen, toen bij 11 plaatsen)": a number said of an earlier time, in its
        # clause or its brackets, is not the one now
        starts = clause_starts(t)
        facts = [h for h in facts if not _of_earlier(t, starts, h[1])] or facts
    if len({v for v, _, _, _ in facts}) > 1 and spec.recognise.at_all_times and (
            worst := _worst_of_times(t, facts, spec.recognise.subject)) is not None:
        return worst  # "overdag binnen 2 minuten …; 's nachts duurt het 12 minuten": the night's time holds at all times
    if len({v for v, _, _, _ in facts}) != 1 and spec.recognise.subject and "subject_clause" in GUARDS:
        # the values read in a clause that names what the fact is about ("30% meer cliënten. De EKT is 20%")
        starts = clause_starts(t)
        subject = _rx(spec.recognise.subject)
        facts = [h for h in facts if subject.search(t, starts[bisect.bisect_right(starts, h[1]) - 1],
                                                    _clause_end(t, starts, bisect.bisect_right(starts, h[1]) - 1))]
    if len({v for v, _, _, _ in facts}) == 1:  # "hooguit 25 procent? Bij ons is het 20 procent": the bound gives way
        v, s, e, _ = facts[0]
        return _open_bound(t, Found(v, s, e, _approximate(t, s)))
    # "was 15% en wordt nu 35%": asked. Not decided over the values named, as an enum is: the number meant may be
    # none of them ("al 8 maanden … nog 6 maanden": 14 in all)
    return None


# a time of day or week a value is said for ("'s nachts", "overdag", "in het weekend")
_TIME_OF_DAY = re.compile(r"(?:'s\s+|des\s+)?\b(?:nachts?|nachtdienst|overdag|dagdienst|avonds?|avonddienst|ochtends?|"
                          r"weekend\w*|at night|during the day|daytime|in the evening)\b")
_SAME_TIME = {"overdag": "dag", "dagdienst": "dag", "daytime": "dag", "during the day": "dag", "nachtdienst": "nacht",
              "nachts": "nacht", "at night": "nacht", "avonddienst": "avond", "avonds": "avond", "in the evening": "avond",
              "ochtends": "ochtend"}


def _worst_of_times(t: str, facts: list[tuple[float, int, int, bool]], subject: str | None) -> Found | None:
    """For a value that must hold at all times (``Recogniser.at_all_times``): values said for different times of day
    ("Overdag is er binnen 2 minuten iemand; 's nachts duurt het 12 minuten") give the largest, which is what holds
    at all times. None unless every value's sentence names a time of day and at least two different ones."""
    times: list[str] = []
    starts = clause_starts(t)
    if subject:  # only the minutes until someone is there, not a break, a meeting or a distance
        named = _rx(subject)

        def about(start: int) -> bool:  # the clause names it, or is a short one after it ("…; 's nachts binnen 4 minuten")
            c = bisect.bisect_right(starts, start) - 1
            clause = t[starts[c]: _clause_end(t, starts, c)]
            return bool(named.search(clause)) or (len(clause.split()) <= 6 and bool(_TIME_OF_DAY.search(clause)))

        facts = [h for h in facts if about(h[1])]
        if len({v for v, _, _, _ in facts}) < 2:
            return None
    for _v, start, _e, _b in facts:
        c = bisect.bisect_right(starts, start) - 1
        sentence = next((a for a, b in sentence_spans(t) if a <= start < b), None)
        # in the value's clause, else the last one before it in its sentence
        before = [*_TIME_OF_DAY.finditer(t, sentence, start)] if sentence is not None else []
        said = _TIME_OF_DAY.search(t, starts[c], _clause_end(t, starts, c)) or (before[-1] if before else None)
        if said is None:
            return None
        word = re.sub(r"^(?:'s|des)\s+", "", said.group().lower())
        times.append(_SAME_TIME.get(word, word))
    if len(set(times)) < 2:
        return None  # "De ene nacht binnen 4 minuten, de andere binnen 8": asked
    v, s, e, _ = max(facts, key=lambda h: h[0])
    return Found(v, s, e, _approximate(t, s))


# A sentence that states a norm (heard, quoted or required) rather than the situation: its number is the rule's
_NORM_SENTENCE = re.compile(r"\b(?:(?:ik )?(?:heb |had )?gehoord dat|klopt het dat|is het (?:waar|zo) dat|volgens mij moet|"
                            r"de (?:norm|eis) is|(?:moet|moeten) (?:je |we |wij |men |u |de \w+ )?(?:\w+ )?(?:kunnen|zijn)\b|"
                            r"(?:i )?heard that|is it true that|(?:must|has to|have to) be\b|is required)")


# A year is no count: "worden er in 2026 verblijfsplekken ingekocht?" names no 2026 places.
_YEAR_WORD_BEFORE = re.compile(r"\b(?:in|voor|vanaf|per|sinds|tot|t/m|jaar|zorgjaar|contractjaar|eind|begin|medio)\s+$")


def _is_year(t: str, start: int, end: int) -> bool:
    return bool(re.fullmatch(r"(?:19|20)\d\d", t[start:end])) and bool(_YEAR_WORD_BEFORE.search(t, max(0, start - 15),
                                                                                               start))


def _number_hits(spec: FactSpec, t: str) -> list[tuple[float, int, int, bool]]:
    """Every value the fact's number recognisers find in ``t`` (digits and number words): (value, start, end,
    said as a bound of the rule: "maximaal 25 procent")."""
    out: list[tuple[float, int, int]] = []
    for rec in spec.recognise.number:
        if rec.unit is not None:
            if rec.factor != 1.0 and out:
                continue  # "binnen 30 seconden een reactie … binnen 9 minuten iemand": the fact's own unit is said
            unit = _rx(rec.unit)
            # the unit on the same line: a form's "Plaatsen in advies: 12" is no "12 verwachte ligdagen" with the
            # next line's label
            out.extend((_unit_value(spec, rec.factor, m.group()), m.start(), m.end()) for m in _VALUE_RUN.finditer(t)
                       if (u := unit.match(t, m.end())) and "\n" not in t[m.end(): u.end()]
                       and not _is_year(t, m.start(), m.end()))
            out.extend((_unit_value(spec, rec.factor, m.group(1)), m.start(), m.end())
                       for m in _rx(r"(?<![\w])(" + _NUM_WORD_RE + r")(?=" + rec.unit + r")").finditer(t))
        elif rec.words is not None:
            out.extend((value, m.start(), m.end()) for pattern, value in rec.words.items()
                       for m in _rx(r"(?<![\w-])(?:" + pattern + r")").finditer(t))
        elif rec.prefix is not None:
            for m2 in _rx(rec.prefix + r"(\d+(?:[.,]\d+)?)").finditer(t):
                value = _num(m2.group(1))
                if (spec.min is None or value >= spec.min) and (spec.max is None or value <= spec.max):
                    out.append((value, m2.start(), m2.end()))
    return sorted(((v, s, e, bool(_BOUND_BEFORE.search(t, max(0, s - 20), s) or _open_side(t, s))) for v, s, e in out),
                  key=lambda h: h[1])


# A number said as one side of an open range, not as the value: "meer dan 25%", "boven de 25%", "ruim boven 25%"
# (above it) or "minder dan 25%", "onder de 25%" (below it). Not after "niet" ("niet meer dan 25%", "nooit meer dan
# drie minuten" bound it from above as "maximaal" does: read as the value asked, as before).
_ABOVE_BEFORE = re.compile(r"(?<!niet )(?<!nooit )(?<!geen )(?<!never )(?<!not )(?<!no )\b(?:meer dan|hoger dan|groter dan|langer dan|(?:ruim |net |iets |flink )?boven(?: de| het)?|"
                           r"more than|above)\s+$")
_BELOW_BEFORE = re.compile(r"(?<!niet )(?<!nooit )(?<!geen )(?<!never )(?<!not )(?<!no )(?<!nimmer )\b(?:minder dan|lager dan|kleiner dan|korter dan|(?:ruim |net |iets |flink )?onder(?: de| het)?|"
                           r"beneden(?: de)?|less than|below|under)\s+$")
# ... "never below" it: at least it ("nooit onder de 7 min", "niet minder dan 20%")
_NEVER_BELOW_BEFORE = re.compile(r"\b(?:niet|nooit|never|not)\s+(?:minder dan|lager dan|korter dan|onder(?: de| het)?|"
                                 r"less than|below|under)\s+$")
# ... or as a little past it: "ruim een jaar", "a little over six months" (a little more), "net geen 4.000", "bijna een
# jaar", "nog geen drie maanden" (a little less): tried just past it and NEAR_BAND further (``RuleBook._robust``)
_JUST_ABOVE_BEFORE = re.compile(r"(?<!niet )\b(?:ruim|(?:net|iets) over(?: de)?|(?:a little|a bit|just|slightly) over)\s+$")
_JUST_BELOW_BEFORE = re.compile(r"(?<!niet )\b(?:n[eé]t geen|nog geen|bijna|nagenoeg|krap|almost|nearly|"
                                r"(?:a little|a bit|just|slightly) under)\s+$")


def _open_side(t: str, start: int) -> str:
    """"gt" or "lt" when the number at ``start`` is said as one side of an open range (``_ABOVE_BEFORE``,
    ``_BELOW_BEFORE``), "ge" when said as never below it (``_NEVER_BELOW_BEFORE``), "gt_near" or "lt_near" when said
    as a little past it (``_JUST_ABOVE_BEFORE``, ...), else ""."""
    if "open_bound" not in GUARDS:
        return ""
    before = t[max(0, start - 25) : start]
    if _ABOVE_BEFORE.search(before):
        return "gt"
    if _BELOW_BEFORE.search(before):
        return "lt"
    if _NEVER_BELOW_BEFORE.search(before):
        return "ge"  # "nooit onder de 7 minuten": 7 or more, one side of the range
    if _JUST_ABOVE_BEFORE.search(before):
        return "gt_near"
    if _JUST_BELOW_BEFORE.search(before):
        return "lt_near"
    return ""


def _open_bound(t: str, found: Found | None) -> Found | None:
    if found is None:
        return None
    side = _open_side(t, found.start)
    return replace(found, bound=side) if side else _ranged(t, found)


# The first number of a range said before the one read ("tussen de 8 en 10 weken", "8 tot 12 weken", "3.200 à 3.500
# dagen", "between 8 and 12 weeks"): in the same unit, smaller than it
_RANGE_FIRST = re.compile(r"(?:\b(?:tussen|between)\s+(?:de\s+|het\s+)?)?(?<![\w/])" + _NUM
                          + r"[^\S\n]*(?:en|tot(?: en met)?|t/m|à|a|-|–|to|and)[^\S\n]*$", re.I)
_NUM_AT = re.compile(_NUM)


def _ranged(t: str, found: Found) -> Found:
    """``found`` with the lower end of a range said before it (``_RANGE_FIRST``), when its text opens with the upper
    number ("10 weken": the months of "2 tot 3 jaar" are converted as its value is)."""
    if not isinstance(found.value, int | float) or isinstance(found.value, bool):
        return found
    m = _RANGE_FIRST.search(t, max(0, found.start - 40), found.start)
    upper = _NUM_AT.match(t, found.start)
    if m is None or upper is None:
        return found
    # "tussen" names a range; without it only "tot", "à", "-" between two numbers of the same kind
    if not re.match(r"(?i)(?:tussen|between)\b", m.group()) and re.search(r"\b(?:en|and)\s*$", m.group()):
        return found
    try:
        low, high = _num(m.group(1)), _num(upper.group())
    except (KeyError, ValueError):
        return found
    if not 0 <= low < high:
        return found
    return replace(found, low=found.value * low / high, start=m.start())


def _unit_value(spec: FactSpec, factor: float, said: str) -> float:
    """The number said before a unit, in the fact's unit: times ``factor`` ("150 seconden" → 2.5 minutes), a whole
    number rounded up when converted (a ceiling then compares as the exact value would), else as said."""
    if factor != 1.0:
        value = _num(said) * factor
        return value if spec.type == "number" else math.ceil(round(value, 6))
    return _num(said) if spec.type == "number" else _int(said)


def _number_first(spec: FactSpec, t: str) -> Found | None:
    for rec in spec.recognise.number:
        if rec.unit is not None:
            m = _number_match_before(rec.unit, t, _VALUE_RUN)
            if m is not None and _is_year(t, m.start(), m.end()):
                m = _number_match_before(rec.unit, _blank(t, [(m.start(), m.end())]), _VALUE_RUN)
            if m is None:  # a number in words: "twaalf plaatsen", "binnen vijf minuten"
                m = _rx(r"(?<![\w])(" + _NUM_WORD_RE + r")(?=" + rec.unit + r")").search(t)
            if m is not None:
                return Found(_unit_value(spec, rec.factor, m.group()), m.start(), m.end(), _approximate(t, m.start()))
        elif rec.words is not None:
            said = [(m.start(), m.end(), value) for pattern, value in rec.words.items()
                    if (m := _rx(r"(?<![\w-])(?:" + pattern + r")").search(t))]
            if said:
                s, e, value = min(said)
                number = value if spec.type == "number" else round(value)
                return Found(number, s, e, _approximate(t, s))
        elif rec.prefix is not None:
            m2 = _rx(rec.prefix + r"(\d+(?:[.,]\d+)?)").search(t)
            if m2 is not None and (later := _rx(rec.prefix + _CHANGED_TO + r"|" + _CHANGED_TO_NAMED + rec.prefix
                                                  + r"(\d+(?:[.,]\d+)?)\b").search(t, m2.end(), m2.end() + 200)):
                # "risicotaxatie: niveau 2 … herbeoordeling: niveau aangepast naar 4": the value now (the same fact
                # named with the change, within range)
                new = _num(later.group(1) or later.group(2))
                if (spec.min is None or new >= spec.min) and (spec.max is None or new <= spec.max):
                    m2 = later
            if m2 is not None:
                digits = next(g for g in m2.groups() if g)
                value = _num(digits) if spec.type == "number" else _int(digits)
                if (spec.min is None or value >= spec.min) and (spec.max is None or value <= spec.max):
                    return Found(value, m2.start(), m2.end())
    return None


_POINTS_BACK = re.compile(r"\b(?:het|dat|die|hetzelfde|diezelfde|datzelfde)\b|\ber\b[^.?;,]{0,30}\b(?:een|eentje)\b")


def _year_of_contrast(t: str, starts: list[int], clause: int, named: set[int]) -> Found | None:
    """The year in the clause after "maar" that sets the client against the other person of ``clause`` and points back
    to what that one has ("…, maar mijn zoon kreeg het pas in 2022"); ``None`` when there is no such clause, or it names
    the thing itself (then it is read as a clause of its own)."""
    n = clause + 1
    if n >= len(starts) or n in named or not re.search(r"\bmaar\s+$", t[max(0, starts[n] - 8) : starts[n]]):
        return None
    end = _clause_end(t, starts, n)
    if _about_other_person(t, starts, n) or not _POINTS_BACK.search(t, starts[n], end):
        return None
    y = _YEAR_NEAR.search(t, starts[n], end)
    return Found(int(y.group(1)), y.start(), y.end()) if y else None


# a year said as a number of years back ("heeft sinds drie jaar een pgb", "al ruim acht jaar", "vijf jaar geleden")
_YEARS_BACK = re.compile(r"\b(?:(sinds|al)\s+)?(?:(ruim|meer dan|bijna|ongeveer|zo'n|circa)\s+)?"
                         r"((?<![\d.,])\d{1,2}|(?<![\w])(?:" + _NUM_WORD_RE + r"))\s+jaar\b(\s+geleden\b)?")


def _years_back(t: str, start: int, end: int, ref: date) -> Found | None:
    """The year of a time said as years back in ``t[start:end]``, with the years it may also be (a count of years
    is said round): "sinds drie jaar" in 2026 is 2023 or a year either side; "ruim acht jaar" is 2018 or long before.
    The value has the others as ``alternatives``: the check decides only when all of them give the same outcome."""
    for m in _YEARS_BACK.finditer(t, start, end):
        if not (m.group(1) or m.group(4)):
            continue  # "voor 2 jaar": a duration ahead, not a time back
        n = _int(m.group(3))
        y = ref.year - n
        if m.group(2) in ("ruim", "meer dan"):
            others: tuple[int, ...] = (y - 1, y - 20)
        elif m.group(2) == "bijna":
            others = (y + 1,)
        else:
            others = (y - 1, y + 1)
        return Found(y, m.start(), m.end(), alternatives=others)
    return None


def _year_near(spec: FactSpec, t: str, starts: list[int], ref: date | None = None) -> Found | None:
    """A year in the first clause that mentions one of the patterns, or a number of years back said there
    (:func:`_years_back`). Each clause is searched once, so a long history that names the pattern many times stays
    linear."""
    clauses: set[int] = set()
    for pattern in spec.recognise.year_near:
        clauses.update(bisect.bisect_right(starts, m.start()) - 1 for m in _rx(pattern).finditer(t))
    for i in sorted(clauses):
        end = starts[i + 1] if i + 1 < len(starts) else len(t)
        if "other_person" in GUARDS and _about_other_person(t, starts, i):
            # "Mijn buurvrouw heeft al sinds 2015 een pgb, maar mijn zoon kreeg het pas in 2022": the neighbour's year is
            # not the client's; the client's is said after "maar", pointing back to what she has ("het", "er een")
            told = _year_of_contrast(t, starts, i, clauses)
            if told is not None:
                return told
            continue
        y = _YEAR_NEAR.search(t, starts[i], end)
        if y:
            if "maar_year" in GUARDS and i + 1 < len(starts) and i + 1 not in clauses and re.search(
                    r"\bmaar\s+$", t[max(0, starts[i + 1] - 8) : starts[i + 1]]):
                other = _YEAR_NEAR.search(t, starts[i + 1], starts[i + 2] if i + 2 < len(starts) else len(t))
                if other and other.group(1) != y.group(1):
                    return None  # "X heeft al sinds 2015 een pgb, maar mijn zoon kreeg het pas in 2022": asked
            either = _EITHER_YEAR.search(t, starts[i], end)
            if either and either.group(1) != either.group(2) and either.start() <= y.start(1) < either.end():
                # "of dat pgb eind 2019 of pas in 2020 is ingegaan": one of two years; the check decides only when
                # both give the same outcome
                second = int(either.group(2) if either.group(1) == y.group(1) else either.group(1))
                return Found(int(y.group(1)), y.start(), y.end(), alternatives=(second,))
            return Found(int(y.group(1)), y.start(), y.end())
        back = _years_back(t, starts[i], end, ref) if ref is not None else None
        if back is not None:
            return back
    return None


# --------------------------------------------------------------------------- the order of two events

# A time said relative to now: (count, unit) back from the stand. "twee weken geleden" is (2, week), "vorige week" (1,
# week), "gisteren" (1, day), "vorig jaar" (1, year). Compared with another in the same unit by the count; across units
# by days, each with half its unit as margin.
_UNIT_DAYS = {"dag": 1, "week": 7, "maand": 30, "jaar": 365}
_AGO = re.compile(_NUM + r"\s*(dagen|dag|weken|week|maanden|maand|jaren|jaar)\s+(?:geleden|terug)\b")
_LAST = re.compile(r"\b(?:vorige|afgelopen|verleden)\s+(week|maand)\b|\b(?:vorig|afgelopen|verleden)\s+(jaar)\b|"
                   r"\b(?:deze|dit)\s+(week|maand|jaar)\b|\b(eergisteren|gisteren|vandaag)\b")
# a time to come, as days before the stand (negative): "Mevrouw verhuist morgen …", "volgende week"
_NEXT = re.compile(r"(?<!')(?<!\bde )(?<!\been )(?<!\belke )(?<!\bdeze )\b(overmorgen|morgen)\b(?!s)|\b(?:volgende|komende|aanstaande)\s+(week|maand)\b|"
                   r"\b(?:volgend|komend)\s+(jaar)\b")
_EVENT_PARTS = re.compile(r"[.?!;,:]|\s(?:en|maar|want|dus|terwijl|omdat|daarna|dan|nadat|voordat|toen|waarna)\s")


def _times_ago(part: str, ref: date, dates: list[tuple[int, int, date]], offset: int) -> list[tuple[float, str, float]]:
    """The times said in ``part`` (at ``offset`` in ``t``): (count, unit, days ago) each."""
    out: list[tuple[float, str, float]] = []
    for m in _AGO.finditer(part):
        unit = m.group(2).rstrip("n").replace("dage", "dag").replace("weke", "week").replace("maande", "maand")
        unit = {"dag": "dag", "week": "week", "maand": "maand", "jare": "jaar", "jaar": "jaar"}.get(unit, unit)
        n = _num(m.group(1))
        out.append((n, unit, n * _UNIT_DAYS[unit]))
    for m in _LAST.finditer(part):
        word = m.group(4)
        if word:
            n = {"vandaag": 0, "gisteren": 1, "eergisteren": 2}[word]
            out.append((float(n), "dag", float(n)))
        else:
            unit = m.group(1) or m.group(2) or m.group(3)
            n = 0.0 if m.group(3) else 1.0
            out.append((n, unit, n * _UNIT_DAYS[unit]))
    future: list[tuple[float, str, float]] = []
    for m in _NEXT.finditer(part):
        if m.group(1):
            n = {"morgen": 1.0, "overmorgen": 2.0}[m.group(1)]
            future.append((-n, "dag", -n))
        else:
            unit = m.group(2) or m.group(3)
            future.append((-1.0, unit, -_UNIT_DAYS[unit]))
    for s, _, d in dates:
        if offset <= s < offset + len(part):
            out.append(((ref - d).days, "dag", float((ref - d).days)))
    # a past day or month without its year ("op 23 februari is ze verhuisd", "in januari besteld"): this year's, on or
    # before the stand; a part of a month ("in januari", "half maart") is dated in its middle, with half a month as margin
    # (a day or month later in the year is a plan or last year's: not dated, "Ze gaat op 1 september verhuizen")
    for m in _DAY_NO_YEAR.finditer(part):
        if (day := _safe_date(ref.year, MONTHS[m.group(2)], int(m.group(1)))) is not None and day <= ref:
            out.append(((ref - day).days, "dag", float((ref - day).days)))
    for m in _MONTH_PART.finditer(part):
        if MONTHS[m.group(2)] <= ref.month and (span := _month_span(m, ref)) is not None:
            days = (ref - span[0]).days - (span[1] - span[0]).days / 2
            out.append((days / 30.0, "maand", days))
    # a time to come dates the part only when it holds no past one ("Vorige week is de tandarts begonnen met een brug
    # die morgen geplaatst wordt": last week)
    return out or future


_DAY_NO_YEAR = re.compile(r"\b(\d{1,2})\s+(" + _MONTH_RE + r")\b(?!\.?\s*'?\d)")




def _event_order(spec: FactSpec, t: str, ref: date, starts: list[int]) -> Found | None:
    """Whether the event ``volgorde.eerst`` came before ``volgorde.daarna``, from the time each is said to have
    happened in a statement of its own (a part of a sentence that names one of them and one time: "Meneer is twee weken
    geleden bij ons ingetrokken en vorige week is de tandarts begonnen"). ``None`` unless both are dated once and
    their order is clear: in the same unit by the count, else by days with half of each unit as margin."""
    order = spec.recognise.volgorde
    assert order is not None
    first, then = _rx(order.eerst), _rx(order.daarna)
    dates = _dates(t)
    bounds = [0, *(m.end() for m in _EVENT_PARTS.finditer(t)), len(t)]
    said: dict[str, set[tuple[float, str, float]]] = {"eerst": set(), "daarna": set()}
    spans: dict[str, tuple[int, int]] = {}
    for a, b in itertools.pairwise(bounds):
        part = t[a:b]
        if not part.strip() or _is_question_clause(t, starts, bisect.bisect_right(starts, a) - 1):
            continue
        names = [k for k, rx in (("eerst", first), ("daarna", then)) if rx.search(part)]
        if len(names) != 1:
            continue
        times = _times_ago(part, ref, dates, a)
        if len(times) != 1:
            if times:
                return None  # two times for one event in one part: which is meant is asked
            continue
        said[names[0]].add(times[0])
        spans.setdefault(names[0], (a, b))
    if len(said["eerst"]) != 1 or len(said["daarna"]) != 1:
        return None
    (n1, u1, d1), (n2, u2, d2) = next(iter(said["eerst"])), next(iter(said["daarna"]))
    if u1 == u2:
        if n1 == n2:
            return None
        before = n1 > n2  # further back is earlier
    else:
        m1, m2 = _UNIT_DAYS[u1] / 2, _UNIT_DAYS[u2] / 2
        if d1 - m1 > d2 + m2:
            before = True
        elif d1 + m1 < d2 - m2:
            before = False
        else:
            return None
    (s1, e1), (s2, e2) = spans["eerst"], spans["daarna"]
    return Found(before, min(s1, s2), max(e1, e2))


def _has_bool_patterns(spec: FactSpec) -> bool:
    return spec.type == "bool" and bool(spec.recognise.ja or spec.recognise.nee or spec.recognise.zinnen)


def needed(names: Iterable[str]) -> list[str]:
    """The facts to read for ``names``: the names and, recursively, what they are derived from."""
    out: list[str] = []
    todo = list(names)
    while todo:
        name = todo.pop(0)
        if name in out:
            continue
        out.append(name)
        todo.extend(DERIVED_FROM.get(name, ()))
    return out


def extract(text: str, names: Iterable[str] | None = None, *, today: date | None = None,
            total_duration: str | None = None, duration_since: str | None = None,
            duration_of: str | None = None) -> dict[str, Found]:
    """Facts stated in ``text`` (only ``names`` and their sources when given) with their spans, plus the
    time keys ``year`` / ``on``. A fact that is not mentioned, or mentioned both ways, stays absent.
    ``total_duration``: the rule's :attr:`Rule.total_duration` (a duration plus its extension is their sum);
    ``duration_since``: its :attr:`Rule.duration_since` (the time since a dated event); ``duration_of``: its
    :attr:`Rule.duration_of` (a duration counts only in a part of a sentence that names what it is of)."""
    raw = lower_same_length(text)
    blank, left_open = _taken_back_spans(raw)
    t = _blanked(raw, blank)
    ref = today or date.today()
    wanted = needed(REGISTRY.facts if names is None else names)
    starts = clause_starts(t)
    found: dict[str, Found] = {}
    builtins_done: set[str] = set()
    for name in [*wanted, "on"]:
        spec = REGISTRY.facts.get(name)
        builtin = spec.recognise.builtin if spec is not None else "dates"
        if builtin is not None:
            if builtin not in builtins_done:
                builtins_done.add(builtin)
                read = _b_duration(_of_subject(t, starts, duration_of) if duration_of else t, ref, starts,
                                   total_duration, duration_since, said_open=raw) if builtin == "duration" else \
                    BUILTIN[builtin](t, ref, starts)
                for key, hit in read.items():
                    if key in wanted or key in TIME_KEYS or key.startswith("_"):
                        found[key] = hit
            if name in found and found[name].value is None:
                del found[name]  # the built-in read it and is unsure: asked, never guessed by a pattern
                continue
            if spec is None or name in found or not _has_bool_patterns(spec):
                continue  # a built-in that read nothing falls back to the fact's own patterns, if it has them
        assert spec is not None
        f: Found | None = None
        if _has_bool_patterns(spec):
            f = _bool(spec, t, starts)
            if spec.recognise.volgorde is not None:
                f = _with_event_order(f, _event_order(spec, t, ref, starts), t, starts)
            if f is not None and f.value is True and _said_open(spec, raw, t, left_open, starts, f):
                # "Wij zijn toegelaten voor behandeling. Maar of er afspraken met het zorgkantoor zijn, weet ik niet":
                # the part the writer leaves open is the fact's "onzeker" half; the "ja" of the other half does not
                # make the whole known
                f = None
        elif spec.recognise.values or spec.recognise.zinnen:
            f = _first([(v, p) for v in spec.values for p in spec.recognise.patterns(v)], t)
        elif spec.recognise.number:
            f = _number(spec, t)
        elif spec.recognise.year_near:
            f = _year_near(spec, t, starts, ref)
        if f is not None:
            found[name] = f
    _form_answers(t, found)
    _form_unknown(lower_same_length(text), found)
    _said_unknown(t, found, lower_same_length(text))
    # the REC/DEC named is for another group than the one asked about: the designation is not known
    if found.pop("_dec_other_group", None) is not None and found.get("rec_dec_positief_advies", Found(False, 0, 0)).value:
        del found["rec_dec_positief_advies"]
    for key, hit in list(found.items()):
        if hit.alternatives:  # two values named: the fact is not known; the values are kept apart
            del found[key]
            found["_alt_" + key] = hit
    return found


# A line of a form or a system's screen, its label and a bare answer after it ("Toegelaten voor behandeling: nee",
# "SMART-afspraken: ja", "Positive CElz advice: no", "Actief wachtend: onbekend").
_FORM_ANSWER = re.compile(r"^[ \t•*-]*(?P<label>[^:\n]{2,80}?)[ \t]*:[ \t]*(?:(?P<no>nee|no|geen|niet|none|not)|"
                          r"(?P<unsure>onbekend|unknown|n\.?v\.?t\.?|nvt|n/a|\?+|-|weet (?:ik )?niet|nog niet bekend))"
                          r"(?:[ \t]*[,;.][^\n]*)?[ \t]*$", re.M)  # "…: nee, dat hebben we wel aangevraagd maar …"


def _form_unknown(said: str, found: dict[str, Found]) -> None:
    """A yes/no fact a form line's label names and answers "onbekend" or "?" is not known, whatever is read elsewhere
    (often what the question takes for granted: "mobiliteitshulpmiddel Wmo in bezit: onbekend … Mag de cliënt het
    hulpmiddel uit de Wmo behouden?"). ``said``: the text before what was taken back was blanked."""
    for m in _FORM_ANSWER.finditer(said):
        if m.group("unsure"):
            for key in [k for k in found if k not in TIME_KEYS and _names_fact(k, m.group("label"))]:
                del found[key]


def _names_fact(key: str, label: str) -> bool:
    """The yes/no fact ``key`` is read from ``label`` alone (a form line's label: "mobiliteitshulpmiddel Wmo in
    bezit")."""
    spec = REGISTRY.facts.get(key)
    if spec is None or spec.type != "bool":
        return False
    return any(_search(p, label) for p in (*spec.recognise.patterns("ja"), *spec.recognise.patterns("nee")))


def _in_denied_label(t: str, at: int) -> bool:
    """``at`` lies in the label of a form line answered "nee" (``_FORM_ANSWER``; a checklist's crossed item reads as
    one: "❌ primaire communicatie" → "primaire communicatie: nee")."""
    a = t.rfind("\n", 0, at) + 1
    b = t.find("\n", at)
    m = _FORM_ANSWER.match(t, a, len(t) if b < 0 else b)
    return bool(m and m.group("no") and m.start("label") <= at < m.end("label"))


def _form_answers(t: str, found: dict[str, Found]) -> None:
    """A fact read from a form label is what the answer after it says: "nee" makes a yes read from the label a no;
    "onbekend" (or a label that already reads as a no or as a value) leaves the fact unknown. Read from the label
    alone, "Toegelaten voor behandeling: nee" was a yes."""
    for m in _FORM_ANSWER.finditer(t):
        a, b = m.span("label")
        for key, hit in list(found.items()):
            if key in TIME_KEYS or not (a <= hit.start and hit.end <= b):
                continue
            if m.group("no") and hit.value is True:
                found[key] = replace(hit, value=False)
            else:  # unsure, or a label read as "no" already ("Geen toelating: nee"): not guessed
                del found[key]


# A statement that the writer does not know a fact, named by a word of its label ("Voor Korsakov weten we de
# ingangsdatum niet", "de ingangsdatum is nog onbekend", "we don't know the start date"), with no "maar" after it
_SAID_UNKNOWN = re.compile(
    r"\b(?:weet|weten)\s+(?:ik|we|wij)\s+(?:\w+\s+){0,2}?(?P<a>[a-zé-]{6,})\s+(?:nog\s+)?niet\b(?![^.?!\n]*\bmaar\b)|"
    r"(?:^|(?<=[.?!;:,\n])\s*|(?<=\bmaar\s)|(?<=\ben\s))(?:de|het|die|dat)\s+(?P<b>[a-zé-]{6,})(?:\s+van\s+[^.?!;:,\n]{1,40}?)?\s+"
    r"(?:is|staat)\s+(?:nog\s+)?(?:niet\s+bekend|onbekend|niet\s+duidelijk)\b"
    r"(?![^.?!\n]*\bmaar\b)")


def _said_unknown(t: str, found: dict[str, Found], said: str) -> None:
    """A fact whose label word the writer says not to know (``_SAID_UNKNOWN``, in a statement; or in a phrase asked
    and answered "weet ik niet": "afspraken met zk daarover?? weet ik niet.") is not known, whatever value is said
    elsewhere (often another case's: "Voor Huntington staat de ingangsdatum op het advies: 1 januari 2026. Voor
    Korsakov … weten we de ingangsdatum niet."). ``said``: the text before what was taken back was blanked."""
    starts = clause_starts(t)
    nouns = {m.group("a") or m.group("b") for m in _SAID_UNKNOWN.finditer(t)
             if not _is_question_clause(t, starts, bisect.bisect_right(starts, m.start()) - 1)}
    spans = sentence_spans(said)
    for i in _self_answered([said[a:b] for a, b in spans]):
        (a, b), (_c, d) = spans[i], spans[i + 1]
        clause = re.split(r"[,;:]", said[a:b])[-1]
        elsewhere = said[:a] + " " + said[d:]
        # a word the rest of the message also uses ("toegelaten voor behandeling … Is de behandeling al gestart?
        # Weet ik niet.") says what is known there, not what is unknown
        nouns.update(w for w in re.findall(r"[a-zé-]{6,}", clause) if not re.search(rf"\b{w}\b", elsewhere))
    if not nouns:
        return
    for key in [k for k in found if k not in TIME_KEYS and not k.startswith("_")]:
        spec = REGISTRY.facts.get(key)
        label = set(re.findall(r"[a-zé-]{6,}", spec.label_nl.lower())) if spec is not None else set()
        if label & nouns:
            del found[key]


def _with_event_order(read: Found | None, order: Found | None, t: str, starts: list[int]) -> Found | None:
    """The order of two events (``_event_order``) beside what the fact's patterns read: it decides when they read
    nothing, or only in the asking sentence; a statement that disagrees with it leaves the fact unknown."""
    if order is None:
        return read
    if read is None or _is_question_clause(t, starts, bisect.bisect_right(starts, read.start) - 1):
        return order
    return read if read.value == order.value else None


def extract_facts(text: str, *, today: date | None = None, names: Iterable[str] | None = None) -> dict[str, Any]:
    """Fact values stated in ``text``. Keys ``year`` (the zorgjaar) / ``on`` (a day) carry the time asked about."""
    return {k: f.value for k, f in extract(text, names, today=today).items() if not k.startswith("_")}


def snippet(text: str, f: Found, width: int = 60) -> str:
    """The user's own words a fact was read from (widened to whole words)."""
    s, e = f.start, f.end
    while s > 0 and text[s - 1].isalnum():
        s -= 1
    while e < len(text) and text[e].isalnum():
        e += 1
    out = " ".join(text[s:e].split())
    return out if len(out) <= width else out[: width - 1] + "…"


_NUMBER_RUN = re.compile(r"\d[\d.]*")


_VALUE_RUN = re.compile(r"\d+(?:[.,]\d+)*")  # 12 / 4.500 / 12,5 — without a sentence's full stop


def _number_match_before(suffix: str, t: str, run: re.Pattern[str] = _NUMBER_RUN) -> re.Match[str] | None:
    rx = _rx(suffix)
    for m in run.finditer(t):
        if (u := rx.match(t, m.end())) and "\n" not in t[m.end(): u.end()]:  # the unit on the number's own line
            return m
    return None


def _number_before(suffix: str, t: str) -> str | None:
    """The first number (digits and dots) directly followed by ``suffix``: what ``re.search(r"(\\d[\\d.]*)" +
    suffix)`` finds (the number always runs to the end of its run of digits and dots, since the suffix starts
    with a space or a letter), in one pass over the text instead of a scan from every digit (quadratic)."""
    m = _number_match_before(suffix, t)
    return m.group() if m else None




# --------------------------------------------------------------------------- routing


# (after a label: "Stomamateriaal voor een cliënt met een vpt: wie betaalt dat?", "stomamateriaal cl met vpt - wie betaalt?")
# (also as written in Dutch as a second language or with the d/t slip: "Wie betaal die schoenen?", "wie vergoed dat?")
WHO_PAYS = re.compile(r"^(?:[^:;?]{2,60}?(?::|\s[-–])\s+)?(?:en |maar )?wie (?:betaalt|betaal|betalen|vergoedt|vergoed|financiert|"
                      r"(?:moet|gaat|zal) (?:\w+ ){0,6}(?:betalen|vergoeden))\b")


# A forwarded or quoted question ("Fw: vraag locatie Vondelhof - 'Bij wie moeten we …?'") and a question told in
# reported speech ("De moeder vraagt bij wie ze …", "De begeleider vraagt hoe lang …"): the question itself asks, so
# its own first words decide what kind of question it is.
_QUOTED_ASK = re.compile(r"^[^'\"‘“?]*?\s[-–—:]\s*['\"‘“]\s*(?=\S)")
_REPORTED_ASK = re.compile(r"^(?:[\w()-]+\s+){1,8}?(?:vraagt|vroeg|vragen|vroegen|wil(?:len)? (?:graag )?weten)\s+"
                           r"(?:(?:me|mij|ons|zich af|jullie|u)\s+)?(?=(?:wie|wat|waar\w*|wanneer|hoe|hoeveel|welke?|"
                           r"(?:bij|met|aan|voor|van|naar|tot) wie|of)\b)")
_CLOSING_QUOTE = re.compile(r"(?<=[?.!])\s*['\"’”]+\s*$")


def _sentences(t: str) -> list[str]:
    """The sentences of ``t`` (``assistant.sentences``), a closing quote after the final mark left off ("… opnemen?'"
    asks)."""
    return [_CLOSING_QUOTE.sub("", p) for p in split_message(t)]


# what the writer says is not the question, before what is ("Niet de vraag of het mag, maar wie ik moet benaderen: met
# wie neem ik contact op …?", "Geen vraag over vergoeding, alleen over de begrippen: wat is het verschil …?")
_NOT_THIS_ASK = re.compile(r"^\s*(?:(?:het is |dit is )?(?:niet de vraag|geen vraag)|ik vraag niet|mijn vraag is niet|"
                           r"(?:i am|i'm) not asking|not asking)\b[^?]{0,120}?(?::\s+|,\s+(?:maar|alleen|but)\s+)(?=\S)")


# a greeting before the question ("Hello, where I can find …?", "Hoi, welke …?") asks nothing
_GREETING = re.compile(r"^\s*(?:hello|hi|hey|hoi|hallo|beste\s+\w+|dag|goedemorgen|goedemiddag|goedenavond|"
                       r"good\s+(?:morning|afternoon|evening)|dear\s+\w+)\s*[,!]\s*(?=\S)")
# what the asker must do with the answer, then the question after a colon ("ik moet het uitleggen aan ons bestuur:
# waarom mag VV9b …?"): the question is what follows
_COLON_ASK = re.compile(r"^(?!\s*(?:valt|vallen|is|zijn|mag|mogen|kan|kunnen|moet|moeten|geldt|gelden|heeft|hebben|krijgt|"
                        r"krijgen|betaalt|betalen|wordt|worden|komt|komen|hoort|horen|geef|geeft)\b)"
                        r"[^?:]{0,200}:\s+(?=(?:waarom|wat|wie|hoe|welke?|wanneer|waar\w*|hoeveel|why|what|who|how|"
                        r"which|when|where)\b)(?![^?]*\b(?:dat|dit)\s*\?)")


def _the_ask(part: str) -> str:
    m = _GREETING.match(part)
    part = part[m.end():] if m else part
    # (an instruction to the assistant before the question is dropped before the check reads it:
    # inputs.without_instructions)
    m = _NOT_THIS_ASK.match(part) or _COLON_ASK.match(part)
    part = part[m.end():] if m else part
    m = _QUOTED_ASK.match(part)
    part = part[m.end():] if m else part
    m = _REPORTED_ASK.match(part)
    return part[m.end():] if m else part


_SIGNATURE = re.compile(r"\(?\s*(?:[a-z]{1,3}\.?){1,3}\s*\)?\.?|(?:groet(?:en|jes)?|gr|mvg|vg)\.?,?\s+\w+\.?")


def asking_parts(t: str) -> list[str]:
    """The sentences of ``t`` that ask (end in "?"), else its last sentence: "Een bewoner heeft … nodig. Wat moeten
    we doen?" asks "wat moeten we doen?", whatever cue words the situation before it holds. A forwarded or reported
    question is taken without what forwards or reports it (``_QUOTED_ASK``, ``_REPORTED_ASK``)."""
    parts = _sentences(t)
    while len(parts) > 1 and _SIGNATURE.fullmatch(parts[-1].strip()):
        parts = parts[:-1]  # a note signed with initials ("… scheiden wonen-zorg. (RK)"): the initials ask nothing
    # a letter's closing and what is signed under it ("Met vriendelijke groet, J. de Boer, directeur zorg") ask nothing
    closing = next((i for i, p in enumerate(parts) if i > 0 and _LETTER_CLOSING.match(p.strip())), None)
    if closing is not None and all(len(p) < 120 and "?" not in p for p in parts[closing:]):
        parts = parts[:closing]
    left_open = set(_self_answered(parts))  # a point asked and answered "weet ik niet" before the question: not asked
    asking = [p if i == 0 or not _BARE_ASK.match(p) or parts[i - 1].rstrip().endswith("?") else f"{parts[i - 1]} {p}"
              for i, p in enumerate(parts) if p.rstrip().endswith("?") and i not in left_open]
    # a colleague's question back in a chat ("Bedoel je het stimuleringsbudget of het regiobudget?"), answered in the
    # next line, asks nothing of the assistant when a question follows it
    asking = [p for i, p in enumerate(asking) if not (_CLARIFY.match(p) and i < len(asking) - 1)]
    # a form line answered with a doubt ("Toestemming zorgkantoor vooraf: n.v.t.?") asks nothing when a question follows
    asking = [p for i, p in enumerate(asking) if not (_FORM_DOUBT.fullmatch(p.strip()) and i < len(asking) - 1)]
    # a question labelled as the question ("Vraag: zijn wij verantwoordelijk voor …?") under a written-out conversation
    # whose speakers ask each other things ("E: Wie moet het gebit poetsen?"): only the labelled one asks
    labelled = [p for p in asking if _LABELLED_ASK.match(p)]
    if labelled and any(_SPEAKER.match(p) for p in parts if p not in labelled):
        asking = labelled
    if asking and all(_TRUE_OR_FALSE.fullmatch(p.strip()) for p in asking) and (claim := _claim(parts)):
        return [claim]  # "Waar of niet waar? … Stelling: de instelling mag …": asks whether the claim holds
    if not asking and len(parts) == 1 and not re.search(r"[.?!]", t) and len(t.split()) > 20:
        # a dictated message without a single mark ("wij zijn een dec … we krijgen steeds vaker vragen … kunnen wij dit
        # jaar c&a declareren voor die cliënten"): the question is its last clause that opens as one
        opens = list(_SPOKEN_ASK.finditer(t))
        if opens and opens[-1].start() > 0:
            return [_the_ask(t[opens[-1].start():])]
    return [_the_ask(p) for p in asking or parts[-1:]]


_FORM_DOUBT = re.compile(r"[^:?\n]{3,80}:\s*(?:n\.?v\.?t\.?|ja|nee|onbekend|klopt|weet niet)\s*\?+", re.I)
_LETTER_CLOSING = re.compile(r"(?:met\s+)?(?:vriendelijke|hartelijke|collegiale|beste|warme)\s+groet(?:en)?\b|hoogachtend\b|"
                             r"(?:kind|best|warm)\s+regards\b|yours\s+(?:sincerely|faithfully)\b|sincerely\b", re.I)
_SPEAKER = re.compile(r"\s*[\w&.-]{1,20}:\s")  # a speaker's line in a written-out conversation ("E: Wie moet …?")
_LABELLED_ASK = re.compile(r"\s*(?:(?:mijn|onze|de|concrete|eigenlijke|centrale)\s+)?(?:vraag|hoofdvraag|question|"
                           r"my question|our question)\s*:", re.I)

# a question's opening in a dictated run-on: a verb first with its subject ("kunnen wij …", "valt de tandarts …"), or
# a question word with its verb ("wat betekenen …", "wie betaalt …")
_SPOKEN_ASK = re.compile(
    r"\b(?:kunnen|kan|mogen|mag|moeten|moet|valt|vallen|geldt|gelden|krijgt|krijgen|betaalt|betalen|vergoedt|is|zijn|"
    r"heeft|hebben|wordt|worden)\s+(?:wij|we|ik|hij|zij|ze|u|jullie|het|dat|dit|die|er|mijn|onze|ons|de)\b"
    r"|\b(?:wie|wat|waar|wanneer|hoe|welke|welk|hoeveel|waarom)\s+(?:is|zijn|moet|moeten|mag|mogen|kan|kunnen|betaalt|"
    r"betalen|betekent|betekenen|geldt|gelden|valt|vallen|doe|doen|gebeurt|lang)\b")


# a trainer's or quiz's question about a claim ("Waar of niet waar?", "Juist of onjuist?", "True or false?", "Klopt
# deze stelling?"): it asks whether the claim holds, as "Klopt het dat …?" does (not when it adds a qualifier of its
# own: "Klopt deze stelling ook bij een mpt?")
_TRUE_OR_FALSE_WORDS = r"waar\s+of\s+(?:niet\s+waar|onwaar)|juist\s+of\s+onjuist|true\s+or\s+false"
_TRUE_OR_FALSE = re.compile(rf"(?:(?:casus|stelling|vraag)\s*\d*\s*[:.-]\s*)?(?:{_TRUE_OR_FALSE_WORDS}|"
                            r"klopt\s+(?:deze|die|de)\s+stelling|"
                            r"is\s+(?:deze|die|de)\s+stelling\s+(?:waar|juist|correct))\s*\?+")
# the claim's label ("Stelling: …", "Stelling uit de training: '…'", "Statement: …"); a numbered one ("Stelling 2:")
# means several claims, which one verdict cannot answer
_CLAIM_LABEL = re.compile(r"\b(?:stelling|statement|bewering|claim)\b(?P<number>\s*\d+)?[^:\n]{0,60}:\s*")
_CLAIM_END = re.compile(rf"\s*(?:{_TRUE_OR_FALSE_WORDS}|klopt\s+(?:dat|dit|deze\s+stelling|de\s+stelling))\b")


def _claim(parts: list[str]) -> str:
    """The claim a true-or-false question asks about, as a question ("de instelling mag … brengen?"): the text after
    its label up to the true-or-false phrase, over several sentences; without a label, the last sentence after the
    phrase ("Waar of niet waar? Hij woont bij ons met behandeling. De tandarts valt onder de Wlz."). "" when none is
    found, or when several claims are labelled."""
    text = " ".join(parts)
    labels = list(_CLAIM_LABEL.finditer(text))
    if len(labels) > 1 or any(m.group("number") for m in labels):
        return ""
    if labels:
        claim = text[labels[0].end():]
        end = _CLAIM_END.search(claim)
        claim = claim[: end.start()] if end else claim
    elif len(parts) > 2 and _TRUE_OR_FALSE.fullmatch(parts[0].strip()):
        claim = parts[-1]
    else:
        return ""
    claim = claim.strip().strip("\"'“”‘’").strip().rstrip(".?!").strip().strip("\"'“”‘’").strip()
    return claim + "?" if len(claim) >= 12 else ""


_CLARIFY = re.compile(r"\s*(?:bedoel\s+(?:je|jij|jullie)|bedoelt\s+u|do\s+you\s+mean|you\s+mean)\b", re.I)


def without_self_answered(t: str) -> str:
    """``t`` without the points the writer asks and answers "weet ik niet" / "zoeken we nog uit" before the question
    (``_ANSWERED_UNKNOWN``), and without those answers."""
    parts = _sentences(t)
    drop = {j for i in _self_answered(parts) for j in (i, i + 1)}
    return " ".join(p for i, p in enumerate(parts) if i not in drop)


# An asking sentence that only points back ("We willen declareren vanaf 1 februari 2026. Mag dat?", "Kan dat zo?",
# "Is dat toegestaan?"): it asks what the sentence before it says, which is then part of the ask
_BARE_ASK = re.compile(r"\s*(?:en\s+|maar\s+)?(?:(?:mag|kan|werkt|gaat|lukt|mogen|kunnen)\s+(?:dat|dit|het)|"
                       r"(?:is|zou)\s+(?:dat|dit|het)\s+(?:(?:wel|ook|zo)\s+)?(?:toegestaan|goed|mogelijk|oké|ok|akkoord|"
                       r"terecht|correct|juist)|(?:mogen|kunnen)\s+(?:we|wij)\s+dat(?:\s+(?:declareren|doen|rekenen))?)"
                       r"(?:\s+(?:zo|wel|dan|ook|nog|toch|eigenlijk|gewoon|zomaar))*\s*\?+\s*$", re.I)


# An either-or question between two things that are not payers, budgets or regimes ("Declareren we C&A per consult
# of per traject?", "via ons of rechtstreeks?") asks which one, not yes or no; "Betaalt het verpleeghuis die of wordt
# die apart vergoed?" and "Wlz of Zvw?" ask who pays, which a rule answers.
# each group starts at a word and its words are split by spaces only (``\S+\s*`` could split one long word in
# many ways and took minutes on "x of aaaa…!")
# The second part pointing back to the first ("…, of is dat te lang?", "of mag dat niet?") asks the same yes/no.
# (not what follows a "no": "Is dat binnen de limit, of moeten we iets schrappen?" asks whether it is within)
_EITHER_OR = re.compile(r"(?<!\S)((?:\S+\s+){0,3}\S+)\s+of\s+(?!niet\b|nee\b|zo\b|wel\b|toch\b|(?:is|mag|kan|gaat|wordt|"
                        r"moet|zou|valt)\s+(?:dat|dit|het)\s+(?:dan\s+)?(?:niet|te|toch|juist)\b|"
                        r"(?:moet|moeten)\s+(?:we|wij|ik|ze|zij|hij|u)\s+(?:dan\s+)?(?:\S+\s+){0,2}?(?:schrappen|aanpassen|"
                        r"terugbrengen|verlagen|minderen|terugbetalen|afbouwen|inleveren|schuiven)\b)(\S+(?:\s+\S+){0,3})\s*\?\s*$")
_PAYER = re.compile(r"zorgkantoor|instelling|verpleeghuis|aanbieder|gemeente|verzekeraar|\bwlz|\bzvw|\bwmo|jeugdwet|"
                    r"budget|bovenbudgettair|vergoed|betaal|betalen|\bzelf\b|apart|\bcak\b|nabestaanden|familie")


_ROUTE = re.compile(r"\b(?:rechtstreeks|direct)\b")
# an alternative that is a clause of its own: a verb, then its subject pronoun ("rekenen ze", "wordt die")
_CLAUSE_OPENS = re.compile(r"\w+\s+(?:ze|zij|we|wij|ik|u|hij|die|dat|het|men|jullie)\b")
_NEGATED_OR = re.compile(r"\b(?:geen|zonder|niet|noch|nooit)\b")


def _asks_which(part: str) -> bool:
    m = _EITHER_OR.search(part)
    if m is None:
        return False
    # "Declareert de tandarts bij ons als instelling of rechtstreeks bij het zorgkantoor?": a route, not a payer
    if _ROUTE.search(m.group(1) + " " + m.group(2)):
        return True
    # "… waar geen SO of behandelaar werkt?": a negated "or" inside a clause names neither, it asks nothing to choose
    if _NEGATED_OR.search(m.group(1)):
        return False
    # a choice between two clauses ("Komt VG7-plus bovenop het budget of rekenen ze kostenneutraal?") is a who-pays
    # question only when the second clause names a payer or budget too ("… of wordt die apart vergoed?")
    if _CLAUSE_OPENS.match(m.group(2)):
        return not _PAYER.search(m.group(2))
    return not _PAYER.search(m.group(1) + " " + m.group(2))



# What the rules require of things, not whether a case meets them: "Moeten wonen, dagbesteding en vrije tijd … op
# één locatie?" (a "ja" that the provider meets the conditions would read as "yes, they must"); not a duty of the
# asker ("Moeten wij dan ook zijn tanden poetsen?"), who pays or what may be declared ("Moet de tillift betaald
# worden door …?"); and a question that asks only when ("Moeten we de C&A-uren pas declareren als …?")
_REQUIREMENT = re.compile(r"^(?:en |maar )?(?:moet|moeten)\s+(?!(?:wij|we|ik|u|jullie|zij|ze|hij|ons|onze|mijn|de "
                          r"(?:zorgaanbieder|aanbieder|instelling|cliënt|client))\b)(?![^?]*\b(?:betal|betaal|vergoed|kosten|rekening|budget|declar|"
                          r"factur|bijdrage|bijbetal|bijbetaal|verzilver|inkopen|ingekocht|aanvragen|indicatie))")
# Whether something is a condition for what a rule decides ("Moet ons personeel geschoold zijn om de toeslag te
# krijgen?", "Moeten we een DEC zijn om C&A te mogen declareren?"): what is required, not whether this case meets it
_CONDITION_FOR = re.compile(r"^(?:en |maar )?(?:moet|moeten|hoeft|hoeven)\b[^?]*\bom\s+(?:[^?]*\s)?te\s+(?:mogen\s+|kunnen\s+)?"
                            r"(?:krijgen|ontvangen|declareren|factureren|komen|hebben|gebruiken|houden|behouden|leveren|"
                            r"bieden|inzetten|verdienen)\b")
_ONLY_WHEN = re.compile(r"^(?:en |maar )?(?:moet|moeten)\b[^?]*\bpas\b[^?]*\b(?:als|wanneer|nadat)\b")
# one moment or a later one ("Declareren we de uren maandelijks of pas als het traject klaar is?"): asks when
_OR_ONLY_WHEN = re.compile(r"\bof\s+(?:pas|eerst)\s+(?:als|wanneer|nadat|na|bij|aan het eind|achteraf)\b|"
                           # ... or only under a condition left unnamed ("… bij iedere aanbieder in, of alleen onder een
                           # bepaalde voorwaarde?"): asks which condition
                           r"\bof\s+(?:alleen|enkel|uitsluitend|slechts)\s+(?:onder|bij|met)\s+(?:een\s+)?(?:bepaalde|"
                           r"specifieke)\s+(?:voorwaarde|voorwaarden|eisen|omstandigheden|aanbieders?|instellingen)\b|"
                           r"\bof\s+(?:alleen|enkel|uitsluitend|slechts)\s+onder\s+voorwaarden\b")
# What an assessor must check, or whether the asker's own list is complete ("Moet ik ook toetsen op de relatie met IZA
# en GALA?", "Klopt mijn lijst?", "Mis ik nog iets?"): the requirements or the list the sources give, not a decision
_CHECKLIST_ASK = re.compile(r"(?:^|[:;]\s*)(?:en |maar )?(?:(?:moet|moeten|hoef|hoeft|hoeven)\s+(?:ik|we|wij|jullie|u|"
                            r"het zorgkantoor|de zorgkantoren)\s+(?:ook\s+|nog\s+|dan\s+)*(?:toetsen|controleren|checken|"
                            r"beoordelen|nagaan|letten)\s+op\b|"
                            # the asker's own list, checked as a whole: the sentence ends there ("Klopt mijn lijst?",
                            # "Kloppen deze doelen met de Wlz?", "Is mijn lijstje compleet?")
                            r"(?:klopt|kloppen|is|zijn)\s+(?:mijn|dit|deze|ons|onze)\s+(?:[\w-]+\s+)?(?:lijst|lijstje|"
                            r"lijsten|overzicht|checklist|opsomming|rijtje|punten|doelen|bijlagen)\b(?:\s+(?:wel\s+)?"
                            r"(?:compleet|volledig|juist|correct|zo))?(?:\s+met\s+[^?.]{1,40})?\s*[?.]?\s*$|"
                            r"(?:mis|missen)\s+(?:ik|we|wij)\s+(?:nog\s+)?(?:iets|wat|punten|een punt)\b)")
# before or after ("Controleert het zorgkantoor vooraf of achteraf of …?"): asks when, anywhere in the sentence
_BEFORE_OR_AFTER = re.compile(r"\b(?:vooraf|vooraan|van tevoren|vóóraf)\s+of\s+(?:achteraf|naderhand|erna|daarna)\b")
# what the government will do ("Gaat VWS ook iets doen aan de administratieve lasten?", "Komt de minister met …?"):
# policy to come, no decision about a case
_GOVERNMENT = r"(?:vws|de minister|het ministerie|de staatssecretaris|het kabinet|de regering)"
_GOVERNMENT_PLANS = re.compile(r"^(?:en |maar )?(?:gaat|gaan|wil|willen|komt|komen)\s+(?:vws|de minister|het ministerie|"
                               r"de staatssecretaris|de overheid|het kabinet|de regering|zn|zorgverzekeraars nederland)\b"
                               r"(?:\s+(?:ook|nog|eigenlijk|nu|dan))*\s+(?:iets|wat|met|actie|maatregelen)\b"
                               # what the government decided, promised or ordered, or only plans ("Heeft de
                               # staatssecretaris al besloten om …, of is dat nog een voornemen?", "Heeft de
                               # staatssecretaris de zorgkantoren dat opgedragen?", "…: is er al besloten wat er met EKT
                               # gebeurt, of is dat nog een plan?"): what the letter says, no verdict
                               # (not "Heeft VWS besloten dat NAH+ in 2026 onder de LVHC-structuur valt?", which a
                               # rule decides: a decision only with the plan it may still be)
                               r"|(?:^|[:;]\s*)(?:en |maar )?(?:heeft|hebben)\s+" + _GOVERNMENT + r"\s+(?:\S+\s+){0,12}?"
                               r"(?:toegezegd|beloofd|opgedragen|aangekondigd)\b"
                               r"|(?:^|[:;]\s*)(?:en |maar )?(?:(?:heeft|hebben)\s+" + _GOVERNMENT + r"|is\s+er)\s+"
                               r"(?:\S+\s+){0,12}?(?:besloten|beslist|afgesproken)\b"
                               r"(?=[^?]*\bof\s+(?:is|was|blijft)\s+(?:dat|het)\s+(?:nog\s+|alleen\s+|slechts\s+|maar\s+)*"
                               r"(?:een\s+)?(?:plan|voornemen|idee|intentie|wens)\b)")


# whether someone has a say ("Hebben wij als ouders een stem in de vraag of …?", "Heeft hij daar zelf iets over te
# zeggen?", "Mogen wij meebeslissen over …?", "Do client organisations have a formal say in …?"): who decides, not
# whether the thing is allowed
_SAY_ASK = re.compile(r"\b(?:heb|hebben|heeft|krijg|krijgen|krijgt)\b[^?]{0,60}?\b(?:een\s+)?(?:(?:formele|echte)\s+)?"
                      r"(?:stem\s+in|inspraak|zeggenschap|medezeggenschap|adviesrecht|instemmingsrecht|iets\s+(?:over|in)\s+te\s+"
                      r"zeggen)\b|\b(?:mag|mogen|kan|kunnen)\s+(?:ik|we|wij|hij|zij|ze|u|jullie)\b[^?]{0,40}?\b(?:meebeslissen|"
                      r"meepraten|meebepalen)\b|\b(?:a|een|any)\s+(?:formal\s+|real\s+)?say\s+in\b")  # (English read in Dutch: "hebben een say in")


# whether a decision is final or something stays for good ("Is zo'n afwijzing eigenlijk definitief?", "Is dat, als het
# eenmaal is toegekend, iets wat blijft?"), or whose it becomes ("does it become ours, or does it stay on loan?"):
# what the sources say of its term or ownership, not whether it is allowed
_LASTING_ASK = re.compile(r"^(?:en |maar )?(?:is|blijft|wordt)\b[^?]{0,80}?\b(?:definitief|voorgoed|voor altijd|"
                          r"iets (?:wat|dat) blijft|onherroepelijk)\b(?=\s*(?:\?|$|,?\s*of\b))|\b(?:become|becomes)\s+"
                          r"(?:ours|his|hers|theirs|(?:our|his|her|their)\s+(?:own|property))\b|\b(?:stay|stays|blijft|blijven)\s+"
                          r"on\s+loan\b|\b(?:wordt|worden|blijft|blijven)\b[^?]{0,40}\b(?:(?:ons|zijn|haar|hun)\s+eigendom|"
                          r"in\s+bruikleen)\b")


# a topic put first as a label, the question word after it ("pgb en zorg op school, hoe moet het gezin die uren
# verantwoorden?", "eigen bijdrage: wanneer betaal je de hoge?")
# (the question word with its verb right after it: not a relative clause, "…, waar wel behandeling wordt geboden")
# (a title before a dash too: "Leegstand bij opbaren op de eigen kamer - hoe declareren jullie dat?")
_LABEL_FIRST = re.compile(r"^[^:;?]{2,60}?(?:[,:]|\s[-–](?!\s+wie\b))\s+(?=(?:hoe|wat|wanneer|waar|waarom|waarvoor|waarmee|hoeveel|wie)\s+"
                          r"(?:moet|moeten|kan|"
                          r"kunnen|mag|mogen|is|zijn|wordt|worden|betaal|betaalt|betalen|krijg|krijgt|krijgen|doe|doen|"
                          r"gaat|gaan|zit|werkt|vraag|vraagt|regel|regelt|heeft|hebben|hoort|houdt|declareer|declareert|"
                          r"declareren|rekenen|rekent)\b)")
# a how-question whose colon spells out what it means ("hoe moeten wij dat regelen met de mondzorgprofessional: moet die
# een onderaannemer worden, en wie declareert?"): the how is asked; not a lead about the asker ("wat ik wil weten: …")
_WH_WORD = re.compile(r"\b(?:wie|wat|hoe|welke?|waar|wanneer|hoeveel)\b")
_HOW_THEN_COLON = re.compile(r"^(?:(?:mijn |onze )?vraag\s*:\s*)?(?:hoe|wat|wie|waar|wanneer)\s+(?:moet|moeten|kan|kunnen|"
                             r"mag|mogen|doen|doe|regelen|regel|gaat|gaan|werkt|zit|zitten|loopt|lopen)\s+[^:?]{3,80}:\s")
# a trend asked after ("Wordt meerzorg vaker gebruikt dan vroeger?", "Is het aantal aanvragen gestegen?")
_TREND = re.compile(r"\b(?:vaker|minder vaak|steeds (?:meer|minder|vaker)|toegenomen|afgenomen|gestegen|gedaald)\b")


# what the asker takes as given before the question proper ("Nu de cao een toeslag geeft, …", "Sinds het CAK de bijdrage
# int, …", English "since …, how large …" read as "sinds …,")
_PREMISE_FIRST = re.compile(r"^(?:(?:en|maar)\s+)?(?:nu|sinds|aangezien|omdat|doordat|now that|since)\s+[^,?;]{3,160},\s*")


# content asked behind a polite wrapper ("Zou het een probleem zijn als ik even vraag wat een 'mutatiedag' is?", "Is het
# een bezwaar om even uit te leggen binnen welke termijn …?"): the wrapper's "probleem" asks no decision
_POLITE_CONTENT = re.compile(r"\b(?:zou|is|wordt|zal)\s+(?:het|dat)\s+(?:\w+\s+)?(?:een\s+)?(?:probleem|bezwaar)\s+"
                             r"(?:\w+\s+)?(?:zijn\s+)?(?:als\s+(?:ik|we|wij)\s+(?:\w+\s+){0,2}?(?:vraag|vragen)\s+"
                             r"(?:wat|wie|waar|wanneer|hoe|hoeveel|welke?|waarom)\b|om\s+(?:\w+\s+){0,6}?(?:uit\s+te\s+"
                             r"leggen|toe\s+te\s+lichten)\b|om\s+(?:mij\s+|me\s+|ons\s+)?(?:even\s+)?te\s+(?:vertellen|noemen)\s+"
                             r"(?:wat|wie|waar|wanneer|hoe|hoeveel|welke?|waarom)\b)")


# content to find out, as an action item puts it ("Actiepunt werkgroep: uitzoeken hoeveel geld er beschikbaar is …",
# "nagaan wie de aanvraag indient"); "uitzoeken of we mogen declareren" still asks a decision
_FIND_OUT = re.compile(r"^(?:[^:?]{0,80}:\s*)?(?:(?:nog\s+)?(?:even\s+)?)(?:uitzoeken|uit te zoeken|nagaan|na te gaan|"
                       r"navragen|na te vragen|opzoeken|op te zoeken|checken|achterhalen|in kaart brengen)\s+"
                       r"(?:hoeveel|hoe|wat|wie|wanneer|waar\w*|welke?)\b")


# whether a number or a date someone gave is right ("Copilot zegt … maximaal 120 erkende plaatsen. Klopt dat
# getal?", "Is dat bedrag juist?"): the value is checked, no decision asked
_CHECKS_VALUE = re.compile(r"\b(?:klopt|klopte)\s+(?:dat|dit|het|die|deze)\s+(?:getal|bedrag|aantal|percentage|cijfer|"
                           r"maximum|minimum|datum|jaartal|termijn)\b|\b(?:is|was)\s+(?:dat|dit|die|deze|het)\s+"
                           r"(?:getal|bedrag|aantal|percentage|cijfer|maximum|minimum|datum|jaartal|termijn)\s+"
                           r"(?:wel\s+)?(?:juist|correct|goed|waar)\b")


def _asks_content(part: str) -> bool:
    """The asking sentence asks for content (an amount, a place, a list, a procedure, one of two things, what is
    required), unless a yes/no clause of its own follows ("Hoeveel …, valt die buiten het instellingsbudget?")."""
    if (m := _FIND_OUT.search(part)) and not YES_NO_CLAUSE.search(part, m.end()):
        return True
    if _CHECKS_VALUE.search(part):
        return True
    label = _LABEL_FIRST.match(part)
    if label and NON_ELIGIBILITY.search(part[label.end():]) and not YES_NO_CLAUSE.search(part[label.end():]):
        return True
    if (how := _HOW_THEN_COLON.match(part)) and _WH_WORD.search(part, how.end()):
        return True  # "hoe moeten wij dat regelen: moet die een onderaannemer worden, en wie declareert?"
    premise = _PREMISE_FIRST.match(part)
    if premise and NON_ELIGIBILITY.search(part[premise.end():]) and not YES_NO_CLAUSE.search(part[premise.end():]):
        return True  # "Nu zorgkantoren een bonus betalen, hoe groot is die?": what is taken as given, then content
    return ((bool(NON_ELIGIBILITY.search(part)) and not YES_NO_CLAUSE.search(part)) or _asks_which(part)
            or bool(_POLITE_CONTENT.search(part)) or bool(_CHECKLIST_ASK.search(part))
            or bool(_TREND.search(part))
            or bool(_AUTHORITY_ACTS.search(part)) or _asks_findings(part) or bool(_REQUIREMENT.search(part)) or bool(_ONLY_WHEN.search(part))
            or bool(_CONDITION_FOR.search(part)) or bool(_OR_ONLY_WHEN.search(part))
            or bool(_BEFORE_OR_AFTER.search(part)) or bool(_GOVERNMENT_PLANS.search(part)) or bool(_EXPLAIN.search(part))
            or bool(_NORM_APPLIES.search(part)) or bool(_EXCEPTION_ASK.search(part)) or bool(_LIST_ASK.search(part)) or bool(_SAME_AS.search(part))
            or bool(_ASKED_TO_WRITE.search(part)) or bool(_OPINION_ASK.search(part)) or bool(_DUTY_TO_INFORM.search(part))
            or _who_of_two(part) or bool(_DILEMMA.search(part)) or bool(_SAY_ASK.search(part))
            or bool(_LASTING_ASK.search(part))
            or bool(_MATTERS_WHETHER.search(part)) or bool(_MEANING_ASK.search(part)) or bool(_WH_REQUEST.search(part))
            or (bool(_MAX_OF.search(part)) and not (YES_NO_CLAUSE.search(part) or SHORT_ASK.search(part)
                                                     or CHECK_TAIL.search(part))))


# Two ways of doing it, asked which ("Declareren we de uren elke maand, of wachten we tot het traject is afgerond?",
# "leggen we alleen vast wat wij intern doen, of ook afspraken met de politie?"): a choice between two actions, not
# whether something is allowed (not "Mogen we …, of moet het zorgkantoor …?", which asks whether first)
_DILEMMA = re.compile(
    r"(?:^|[:;]\s*)(?:(?:en|maar|dus)\s+)?(?!(?:mogen|mag|kunnen|kan|moeten|moet|is|zijn|valt|vallen|geldt|gelden|krijgt|"
    r"krijgen|heeft|hebben|wordt|worden|betaalt|betalen|vergoedt|vergoeden|komt|komen|hoort|horen)\b)[a-z]+\s+(?:we|wij)\b"
    r"[^?]{3,200}?,?\s+of\s+(?:(?:[a-z]+)\s+(?:we|wij)\b|ook\b|alleen\b|juist\b|liever\b)")
# What an office or body thinks ("De staatssecretaris vindt toch ook dat dit niet kan?", "Wat vindt het zorgkantoor
# ervan?"): an opinion in the sources, not a decision
_OFFICE = (r"(?:(?:de|het|onze|ons)\s+(?:staatssecretaris|minister|kamer|tweede kamer|regering|kabinet|zorgkantoor|ciz|nza|"
           r"zorginstituut|overheid|politiek)|(?:de\s+)?(?:zorgkantoren|gemeenten|gemeentes|zorgverzekeraars))\b")
_OPINION_ASK = re.compile(r"^(?:en\s+|maar\s+)?(?:(?:vindt|vond|vinden|denkt|dacht)\s+" + _OFFICE + r"|" + _OFFICE
                          + r"\s+(?:vindt|vond|vinden|denkt|dacht))(?:\s+(?:toch|ook|nou|eigenlijk|zelf))*\s+(?:dat|niet\s+dat)\b|"
                          # what a letter or its writer says or acknowledges ("Erkent de staatssecretaris in de brief
                          # dat …?", "Wordt in de Kamerbrief iets gezegd over …?")
                          r"^(?:en\s+|maar\s+)?(?:erkent|erkende|noemt|noemde|beschrijft|schrijft|zegt|zei)\s+" + _OFFICE
                          + r"\s+in\s+(?:de|het|zijn|haar)\s+[\w-]*(?:brief|rapport|verslag)\b[^?]{0,60}?\s+(?:dat|iets|wat)\b|"
                          r"^(?:en\s+|maar\s+)?(?:erkent|erkende|beschrijft)\s+(?:de|het)\s+(?:staatssecretaris|minister|"
                          r"kabinet|regering)\s+(?:dat|iets|wat)\b|"
                          r"^(?:en\s+|maar\s+)?(?:wordt|werd|staat|stond)\s+(?:er\s+)?(?:in\s+(?:de|het|die|deze)\s+[\w-]*"
                          r"(?:brief|rapport|verslag)\b)[^?]{0,80}?\b(?:iets|wat)\s+(?:gezegd|geschreven|vermeld|over)\b")
# Whether someone ought to explain or inform ("Hoort de zorgaanbieder hun uit te leggen hoe dat zit?", "Moet het
# zorgkantoor ons informeren?"): a duty to tell, which no rule decides
_DUTY_TO_INFORM = re.compile(r"^(?:en\s+|maar\s+)?(?:hoort|horen|moet|moeten|hoeft|hoeven)\s+(?:de|het|een|onze|ons)\s+"
                             r"[\w-]+\s+(?:[\w-]+\s+){0,4}?(?:uit\s+te\s+leggen|te\s+informeren|te\s+vertellen|"
                             r"in\s+te\s+lichten|voor\s+te\s+lichten|informeren|uitleggen|vertellen|inlichten|voorlichten)\b")
# Which of two parties does it ("Moet de zorgaanbieder afspraken maken met de school, of moeten wij als ouders dat
# doen?", "Heeft de instelling contact met …, of moeten wij dat zelf regelen?"): who, not whether; not who pays, which
# the rules decide ("Betaalt het zorgkantoor dit, of moeten wij dat zelf betalen?")
_OR_WE_DO_IT = re.compile(r",?\s+of\s+(?:moeten|moet|kunnen|kan)\s+(?:wij|we|ik|jullie)\b(?:\s+(?:als\s+\w+|dat|dit|het|dan|"
                          r"zelf|ook|allemaal))*\s+(?:\w+\s+)?(?:doen|regelen|organiseren|aanvragen|maken|opzetten|"
                          r"zoeken|uitzoeken|vinden)\s*\?\s*$")
_PARTY_FIRST = re.compile(r"^(?:en\s+|maar\s+)?(?:moet|heeft|doet|regelt|maakt|zoekt|neemt|zorgt)\s+(?:de|het)\s+"
                          r"(?!cliënt\b|client\b)[\w-]+")


def _who_of_two(part: str) -> bool:
    return bool(_PARTY_FIRST.search(part) and _OR_WE_DO_IT.search(part)) and not re.search(
        r"\b(?:betal\w*|betaal\w*|vergoed\w*|kosten|declar\w*)\b", part)


# Asked to explain, describe or list in the imperative, or to make a list ("Leg in drie stappen uit hoe …", "Beschrijf
# de procedure …", "can you make me a list which requirements …?"): content, not a decision
_ASKED_TO_WRITE = re.compile(
    r"^(?:en\s+|maar\s+)?(?:leg\s+(?:\S+\s+){0,5}?uit\s+(?:hoe|wat|wie|welke?|waarom|wanneer|waar\w*|hoeveel)\b|"
    r"(?:beschrijf|omschrijf|noem)\s+(?:(?:kort|even|eens|mij|me|ons|de|het|alle|een)\s+)*(?:stappen|procedure|voorwaarden|eisen|"
    r"regels|criteria|verschillen?|doelgroepen|lijst|overzicht)\b|"
    r"(?:geef|maak)\s+(?:(?:mij|me|ons|even|eens|kort)\s+)*(?:een\s+)?(?:lijst|lijstje|overzicht|opsomming|samenvatting|tabel)\b|"
    r"(?:kan|kun|kunt|could|can|would)\s+(?:je|jij|u|you)\s+(?:please\s+|even\s+|eens\s+)?(?:make|give|write|maken|geven|"
    r"make\s+me|give\s+me)\s+(?:me\s+|mij\s+|ons\s+)?(?:een|a|an)\s+(?:list|lijst|overview|overzicht|summary|"
    r"samenvatting|table|tabel)\b|"
    r"(?:explain|describe)\s+(?:\S+\s+){0,4}?(?:how|what|why|which|when|where|the\s+(?:steps|procedure|rules))\b)")


# A most or least of a quantity asked for, as a note puts it ("max. extra uren per week die ze kunnen toekennen?",
# "maximaal aantal plaatsen?", "min. duur?"): a value, not a decision; not a quantity given ("… voor maximaal 2 jaar.
# Mag dat?" says the period, its number after it)
_MAX_OF = re.compile(r"(?:^|[:;,]\s*)(?:max|maximaal|maximale|maximum|min|minimaal|minimale|minimum)\.?\s+"
                     r"(?!\d|(?:een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|half|anderhalf|"
                     r"twintig|dertig|honderd)\b)(?:[\w-]+\s+){0,2}?(?:uren|uur|hrs|hours|dagen|days|weken|weeks|maanden|months|jaren|jaar|years|"
                     r"bedrag|amount|aantal|number|plaatsen|places|duur|duration|termijn|percentage|hoogte)\b")


# Whether something makes a difference ("Maakt het voor de afspraken met het zorgkantoor uit of wij beveiligingsniveau 1
# kunnen bieden?", "Does it matter whether …?"): what depends on it, which the sources say, not a decision
_MATTERS_WHETHER = re.compile(r"\bmaakt\s+(?:het|dat|dit)\s+(?:[\w-]+\s+){0,8}?uit\s+(?:of|wat|welk\w*|hoe)\b|"
                              r"\bdoes\s+it\s+(?:\w+\s+){0,6}?matter\s+(?:whether|if|which|what|how)\b")


# Whether one thing is the same as another ("Is het poetsen van een kunstgebit hetzelfde als tandheelkundige zorg?",
# "… the same thing as 'tandheelkundige zorg'?"): what a term means, not a decision
_SAME_AS = re.compile(r"\b(?:hetzelfde|dezelfde|het zelfde|(?:de |the )?same(?: thing)?)\s+(?:als|as)\b")


# A request for a list ("Kun je alle routes opsommen?", "Can you list all the funding routes …?", "Noem de …"), also
# after a label ("Sorry, let me put it better: can you list …?"): the answer quotes the enumeration, no rule decides it
_LIST_ASK = re.compile(r"(?:^|[:;]\s*)(?:en |maar )?(?:(?:kun|kunt|kan|wil|wilt|zou)\s+(?:je|jij|u|jullie|you)\s+(?:mij |me |ons |please )?"
                       r"(?:eens |even |graag )?(?:(?:alle\s+)?(?:[\w-]+\s+){0,4}?opsommen|list|een overzicht geven|op een rij zetten)|"
                       r"noem\s+(?:alle|de|eens)\b|geef\s+(?:mij\s+|me\s+)?(?:een\s+)?overzicht\b|"
                       # examples asked for ("Geef eens voorbeelden van projecten die …", "Noem een paar …", "Give me a
                       # few examples of …")
                       r"(?:geef|noem)\s+(?:mij\s+|me\s+|ons\s+)?(?:eens\s+|even\s+|graag\s+)?(?:een\s+paar\s+|enkele\s+|wat\s+)?"
                       r"voorbeeld(?:en)?\b|give\s+(?:me\s+|us\s+)?(?:a\s+few\s+|some\s+)?examples?\b|"
                       # the formal register ("Verzocht wordt een opsomming te verstrekken van …")
                       r"(?:verzocht\s+wordt|wordt\s+verzocht|(?:ik|wij|we)\s+verzoek(?:en)?\s+(?:u|je|jullie)|graag\s+"
                       r"ontvang(?:en)?\s+(?:ik|wij|we))\s+(?:om\s+)?(?:een\s+|het\s+)?(?:opsomming|overzicht|lijst)\b)")


# whether a date, term or rule the writer quoted holds everywhere or still ("Geldt die datum bij alle zorgkantoren?",
# "geldt die regel dat we C&A-uren maandelijks declareren ook in 2027 nog?"): the norm's scope, which the sources
# state, not a decision a rule makes; "Geldt die toeslag ook voor VG4?" names no such norm
_NORM_APPLIES = re.compile(r"^(?:en |maar )?(?:geldt|gelden|golden|gold)\s+(?:die|deze|dat|dit|zo'n|de(?=\s+regel\s+dat\b))\s+(?:datum|data|termijn|"
                           r"termijnen|regel|regels|afspraak|afspraken|deadline|norm|normen|percentage|bedrag|werkwijze)\b")


# whether a rule has exceptions ("Zijn er uitzonderingen op de regel dat …?", "Is there an exception to …?"): what
# the sources say of the rule's scope, not the decision the rule makes for a situation
_EXCEPTION_ASK = re.compile(r"^(?:en |maar )?(?:(?:zijn|is|bestaan|bestaat|geldt|gelden)\s+er\s+(?:ook\s+|nog\s+)?"
                            r"(?:\w+\s+)?uitzondering(?:en)?\s+op|(?:is|are)\s+there\s+(?:any\s+)?exceptions?\s+to)\b")


_INDIRECT_ASK = re.compile(r"\b(?:of|weten|vraag|vragen|vraagt|benieuwd|whether|if)\b")
# A request to explain how, what or why ("Kun je uitleggen hoe een aanbieder de VG7-plus prestatie aanvraagt?", "Could
# you explain what meerzorg is?"): an explanation is asked, not a decision; "Kun je uitleggen of wij …?" still asks one
_EXPLAIN_MANNER = (r"(?:\s+(?:kort|simpel|eenvoudig|duidelijk|in\s+(?:gewone|eenvoudige|simpele|begrijpelijke)\s+"
                   r"(?:taal|woorden)|in\s+(?:het\s+)?kort|in\s+(?:plain|simple|everyday)\s+(?:terms|words|language|english)|"
                   r"simply|briefly|in\s+short))?")
_EXPLAIN = re.compile(r"^(?:en |maar )?(?:(?:kun|kunt|kan|kunnen|zou|zouden|wil|wilt|willen)\s+(?:je|jij|u|jullie)\s+(?:mij |me |ons )?"
                      r"(?:eens |even |kort |nog eens |graag )?(?:uitleggen|toelichten|vertellen|beschrijven|uitleg geven)"
                      r"(?:\s+(?:aan\s+)?(?:mij|me|ons))?|(?:could|can|would|kan|kun|zou)\s+you\s+(?:please\s+)?(?:explain|describe|tell me))"
                      + _EXPLAIN_MANNER +
                      r"\s+(?:hoe|wat|wie|welke?|waarom|wanneer|waar\w*|hoeveel|how|what|who|which|why|when|where)\b|"
                      # what was just asked, to be explained ("… wat er onder 'primaire communicatie' valt. Kun je dat
                      # simpel uitleggen?", "Can you explain that?")
                      r"^(?:en |maar )?(?:(?:kun|kunt|kan|zou|wil|wilt)\s+(?:je|jij|u|jullie)\s+(?:mij |me |ons )?(?:dat|dit|het)"
                      + _EXPLAIN_MANNER + r"\s+(?:eens\s+|even\s+|nog eens\s+)?(?:uitleggen|toelichten)|"
                      r"(?:could|can|would)\s+you\s+(?:please\s+)?explain\s+(?:that|this|it))" + _EXPLAIN_MANNER
                      + r"\s*\??\s*$")


# content asked in the formal register, as a request ("Graag verneem ik wanneer en door wie een nieuwe indicatie moet
# worden aangevraagd.", "Wij vernemen graag hoe …", "Ik wil graag weten welke …"); "Graag verneem ik of …" asks yes/no
_WH_REQUEST = re.compile(r"^(?:en |maar )?(?:graag\s+|gaarne\s+)?(?:(?:ik|we|wij)\s+)?(?:graag\s+|gaarne\s+)?(?:verneem|vernemen|hoor|horen|"
                         r"ontvang|ontvangen|(?:wil|willen)\s+(?:ik\s+|we\s+|wij\s+)?(?:graag\s+)?weten)\s+"
                         r"(?:(?:ik|we|wij)\s+)?(?:graag\s+|gaarne\s+)?(?:van\s+(?:u|jullie)\s+)?"
                         r"(?:wanneer|wie|door wie|bij wie|hoe|waar|waarom|welke?|wat|hoeveel)\b")


# what a code or term stands for, and whom it is meant for ("What do those prestaties stand for, en voor welke
# professionals zijn ze bedoeld?", "waar staat H335 voor?"): content, not a decision
_MEANING_ASK = re.compile(r"\bwhat\s+(?:do|does|did)\s+(?:[\w&+-]+\s+){1,4}?(?:stand\s+for|mean)\b|"
                          r"\bwaar\s+(?:staat|staan)\s+(?:[\w&+-]+\s+){1,4}?voor\b|"
                          # what an abbreviation stands for, guessed ("Staat GZ daar voor gehandicaptenzorg?", "Does GZ
                          # stand for …?")
                          # (the guess ends the question: not "Staat meerzorg voor thuiswonende cliënten open?", "Staat
                          # het budget voor 2026 al vast?")
                          r"^(?:en\s+|maar\s+)?(?:staat|staan)\s+(?:de\s+afkorting\s+)?'?[a-z][\w&+-]{0,8}'?\s+(?:daar\s+|hier\s+|dan\s+)?"
                          r"voor\s+(?!(?:de|het|een|ons|onze|mijn|u|jullie)\b)(?:[\w-]+\s+){0,2}?"
                          r"(?!(?:open|vast|klaar|ingepland|garant|borg)\b)[\w-]+\s*[?,]|\b(?:does|do)\s+[\w&+-]+\s+stand\s+for\b|"
                          r"\bvoor\s+(?:welke|wie)\s+(?:[\w-]+\s+){0,2}?(?:is|zijn)\s+(?:[\w-]+\s+){0,2}?bedoeld\b|"
                          r"\bwho\s+(?:is|are)\s+(?:it|they|those|these|that|this)\s+(?:meant|intended)\s+for\b")


_WHY_LAST = re.compile(r"^\s*(?:en |maar )?(?:waarom|hoe komt (?:het|dat)|why)\b")
_PERMISSION = re.compile(r"\b(?:mag|mogen|mocht|mochten|kan|kunnen|kon|konden|declar\w*|vergoed\w*|betaal\w*|recht)\b")


def is_eligibility_question(text: str) -> bool:
    t = normalize_question(text)
    # "Voor welke zzp's geldt de toeslag …?" asks for a list, not a verdict: the answer quotes the scope
    parts = asking_parts(t)
    if all(_asks_content(p) for p in parts):
        return False
    # a statement checked, then why it is so ("Is het echt zo dat … niet onder de NZa vallen? … Waarom is dat zo?"):
    # the reason is asked, which the sources answer; no verdict
    # (not a permission checked: "Klopt het dat wij dat mogen declareren? Waarom niet?" still asks for the verdict)
    if len(parts) > 1 and _WHY_LAST.match(parts[-1]) and all(CHECK_ASK.search(p) and not _PERMISSION.search(p)
                                                              for p in parts[:-1]):
        return False
    # a cue in a sentence that asks for content does not make the question a yes/no one: "Wat voor zorg kan mijn zoon
    # op school krijgen? hulp bij eten bijvoorbeeld?" adds an example to a content question, not a yes/no question
    yes_no = [p for p in parts if not _asks_content(p)]
    sentences = _sentences(t)
    situation = [p for p in sentences if not p.rstrip().endswith("?")]
    if len(situation) == len(sentences):
        situation = situation[:-1]  # no "?": the last sentence is the asking part, read above, not a situation
    # a cue in a statement counts when the statement asks ("Ik wil weten of we dat mogen declareren."), or when no
    # sentence asks for content: "Welk alarmsysteem is voorgeschreven? merk/type? we moeten vervangen" says a need
    if any(_asks_content(p) for p in parts):
        situation = [p for p in situation if _INDIRECT_ASK.search(p)]
    return (any(ELIGIBILITY_CUE.search(p) for p in (*situation, *yes_no))
            # whether a statement holds ("Klopt dat?", "…, toch?"): not when it says who signed or when a motion was
            # tabled ("… was tabled during the debate on 9 September. Is that right?")
            or (any(SHORT_ASK.search(p) or CHECK_ASK.search(p)
                    # a premise checked before a content question ("De tarieven stelt de NZa vast, toch? Welk
                    # percentage passen de zorgkantoren daar nog op toe?") asks the content, not whether it holds
                    or (CHECK_TAIL.search(p) and len(yes_no) == len(parts)) for p in parts)
                and not any(_ON_RECORD.search(p) for p in sentences))
            # a terse question on its own; after a content question it adds an example to it ("… ? de was, het eten?")
            or (len(yes_no) == len(parts) and any(_terse_ask(p) for p in yes_no)))


# A terse question, as staff type it in a ticket: an asking sentence without its verb ("toeslag obs ook bij lvg 2?",
# "dagelijkse mondverzorging onze taak?", "zzp 9b op nieuwe loc aanbieden?", "scootmobiel behouden ok?"). It opens
# with no question word and no verb (those are read above), so it asks whether what it names holds: a yes/no
# question. Not one that asks for a value or an explanation ("lvg ind max geldigheid?", "uitleg meerzorg?").
_TERSE_CONTENT = re.compile(r"\b(?:max|maximaal|maximale|maximum|minimaal|minimum|hoelang|hoe\s+lang|termijn|tarief|"
                            r"tarieven|hoogte|bedrag|percentage|aantal|uitleg|informatie|info|toelichting|verschil|"
                            r"betekenis|definitie|voorbeeld\w*|procedure|stappen|formulier\w*|regels|welk\w*|"
                            r"wat|wie|waar\w*|wanneer|hoe|hoeveel|waarom|"
                            # an English question word left as written (the English table reads what it knows):
                            # "how big is de shortfall …?", "what do they mean by 'VG7-plus'?" ask for content
                            r"how|what|who|whom|whose|which|when|where|why)\b")


# a sentence that opens with its verb and the verb's subject ("Loopt de financiering via …?", "Gaat het om …?") is an
# ordinary question: its cue words decide, as above
_VERB_FIRST = re.compile(r"^(?:en |maar )?[\w-]+\s+(?:de|het|een|we|wij|ik|je|jij|u|hij|zij|ze|die|dit|dat|er|mijn|"
                         r"onze|ons|jullie|men|zijn|haar|hun|uw)\b")


# a ticket's question put after "vraag:" without a question mark ("vraag: toeslag obs ook bij lvg 2")
_ASK_LABEL = re.compile(r"^(?:mijn |onze |korte )?(?:vraag|vraagje)\s*:\s*")


def _terse_ask(part: str) -> bool:
    m = _ASK_LABEL.match(part)
    part = part[m.end():] if m else part
    return ((part.rstrip().endswith("?") or m is not None) and not _TERSE_CONTENT.search(part)
            and not _VERB_FIRST.search(part) and not _SUBJECT_VERB.search(part))


# a statement asked with a question mark, with "toch" or ten words or more ("Meerzorg is oorspronkelijk toch bedacht voor
# de ouderenzorg?"): a subject and its finite verb, so not terse; its cue words decide, as above ("Dagbesteding is onze
# taak?" stays a terse question)
_SUBJECT_VERB = re.compile(r"^(?=(?:\S+\s+){9}|.*\btoch\b)(?:en |maar )?(?:[\w/+-]+\s+){1,6}?(?:is|was|zijn|waren|wordt|"
                           r"werd|werden|worden|heeft|had|hadden|hebben|gaat|ging|gingen|komt|kwam|kwamen|staat|stond|geeft|"
                           r"gaf|noemt|noemde)\s")


def question_kind(text: str) -> str | None:
    """``wie_betaalt`` for "Wie betaalt …?" (unless a yes/no clause follows), ``ja_nee`` for a yes/no question,
    ``None`` for a question that asks for content (an amount, a place, a list). The asking sentences decide,
    not the situation told before them."""
    t = normalize_question(text)
    if any(WHO_PAYS.search(p) and not YES_NO_CLAUSE.search(p) for p in asking_parts(t)):
        return "wie_betaalt"
    return "ja_nee" if is_eligibility_question(t) else None


def route(rules: dict[str, Rule], question: str, facts_for: Callable[[Rule], dict[str, Any]]) -> list[tuple[str, float]]:
    """:func:`route_scores` with each score capped at 1 (a confidence)."""
    return [(rid, min(1.0, s)) for rid, s in route_scores(rules, question, facts_for)]


def route_scores(rules: dict[str, Rule], question: str, facts_for: Callable[[Rule], dict[str, Any]]
                 ) -> list[tuple[str, float]]:
    """Score every rule on its trigger terms (+ a little for the facts of its own it finds); best first.

    The topic decides first (triggers, ``requires``); only then are a candidate rule's own facts read
    (``facts_for``). A "wie betaalt" question only goes to rules that say who pays (``answers``)."""
    t = normalize_question(question)
    kind = question_kind(t)
    if kind is None:
        return []
    scored: list[tuple[str, float, int]] = []
    costs = named_costs(t)
    combined = named_schemes(t) if _COMBINED.search(t) else []
    asking = " ".join(asking_parts(t))
    asked_about = [rule_words for question_words, rule_words in _REQUIREMENTS if question_words.search(asking)]
    refused = _REFUSED_IF.search(t)
    beside = _REFUSED_IF.sub(" ", t) if refused else t
    for order, rule in enumerate(rules.values()):
        if kind not in rule.answers:
            continue
        if rule.excludes and any(_search(p, t) for p in rule.excludes):
            continue  # the situation another rule decides
        if rule.requires and not any(_search(p, t) for p in rule.requires):
            continue
        if rule.requires and refused and not any(_search(p, beside) for p in rule.requires):
            continue  # its topic only in what the authority refuses: the question asks what follows, not this rule
        if costs and foreign_costs(rule, t, costs):
            continue  # "Vergoedt het zorgkantoor onze reiskosten …?": costs the rule never names
        if combined and foreign_schemes(rule, combined):
            continue  # "Mogen we de toeslag combineren met meerzorg?": a combination the rule never speaks of
        if asked_about and foreign_schemes(rule, asked_about):
            continue  # "Mag een mondhygiënist zonder verwijzing komen?": a requirement the rule never names
        score = topic_score(rule, t)
        if score == 0:
            continue
        scored.append((rule.id, score, order))
    out: list[tuple[str, float, int]] = []
    for rule_id, score, order in scored:
        if score + 0.15 < MIN_ROUTE:
            continue  # the facts cannot lift it over the threshold: do not read them
        known = facts_for(rules[rule_id])
        count = sum(1 for f in rules[rule_id].facts
                    if f in known or (f in DERIVED_FROM and all(src in known for src in DERIVED_FROM[f])))
        out.append((rule_id, round(score + min(0.15, 0.05 * count), 4), order))
    out.sort(key=lambda x: (-x[1], x[2]))  # raw score decides; a tie within ROUTE_MARGIN gives no yes/no
    return [(rid, s) for rid, s, _ in out]


MIN_ROUTE = 0.5

# A condition that the zorgkantoor, CIZ or CAK refuses or withdraws something ("Als het zorgkantoor de verlenging van
# meerzorg afwijst, krijgen we dan nog een overgangsperiode?"): that decision is given, the question asks what follows
# it. A rule that decides the refused thing itself is not the one asked (``route_scores``).
_REFUSED_IF = re.compile(r"\b(?:als|wanneer|indien|stel dat)\s+(?:het|de)\s+(?:zorgkantoor|ciz|cak|wlz-uitvoerder)\b"
                         r"[^,?.;]*?\b(?:afwijst|afwees|weigert|weigerde|intrekt|stopzet|beëindigt|afgewezen|geweigerd|"
                         r"ingetrokken|stopgezet|niet (?:verlengt|toekent))\b")


# A cost named by its compound ("reiskosten", "vervoerskosten", "tandartskosten"): what it is the cost of, before
# "kosten" (with a linking "s": a word of the rule that starts with all of it but its last two letters).
_COST_COMPOUND = re.compile(r"\b([a-zà-ÿ]{3,})kosten\b")


def _rule_text(rule: Rule) -> str:
    """Everything ``rule`` says in words: its question, answers, trigger terms and every condition, note and quote of
    its versions (lower case): what it can be said to decide about."""
    parts = [rule.question_nl, *rule.answer_nl.values(), *rule.requires]
    parts += [term for trig in rule.triggers for term in trig.terms]
    for v in rule.versions:
        parts.append(v.note_nl)
        parts += [c.text_nl for c in [*v.conditions, *v.open_if]] + [p.text_nl for p in v.provisos]
        parts += [c.quote for c in v.all_cites()]
    return " ".join(parts).lower()


# A question about combining two schemes ("combineren met meerzorg", "tegelijk met een pgb"): a rule decides it only
# when it speaks of both. The schemes, as the question names them, and the words a rule that speaks of one uses.
_COMBINED = re.compile(r"\b(?:combiner\w*|gecombineerd|combinatie|tegelijk(?:ertijd)?|stapel\w*|samen met|"
                       r"naast elkaar|allebei|beide)\b")
_SCHEMES: tuple[tuple[re.Pattern[str], str], ...] = tuple((re.compile(q), r) for q, r in (
    (r"\bmeerzorg\b", r"meerzorg"),
    (r"\bekt\b|extra kosten thuis", r"\bekt\b|extra kosten thuis"),
    (r"\bpgb\b|persoonsgebonden budget", r"pgb|persoonsgebonden"),
    (r"\bmpt\b|modulair pakket", r"mpt|modulair"),
    (r"\bvpt\b|volledig pakket", r"vpt|volledig pakket"),
    (r"\bc&a\b|consultatie en advies", r"c&a|consultatie"),
    (r"\bobservatie\w*", r"observatie"),
    (r"\btransitiemiddelen\b", r"transitiemiddelen"),
    (r"\bdagbesteding\b", r"dagbesteding"),
    (r"ademhalingsondersteuning|beademing", r"ademhaling|beademing"),
))


# What an asking sentence may ask about beside a rule's topic, that only a rule which names it decides: a referral,
# an authorisation, making something public, measures under the Wet zorg en dwang, the repair of an aid
_REQUIREMENTS: tuple[tuple[re.Pattern[str], str], ...] = tuple((re.compile(q), r) for q, r in (
    (r"\bverwijzing\w*|\bverwezen\b|\bverwijsbrief\w*", r"verwijz|verwijs|verwezen"),
    (r"\bmachtiging\w*", r"machtig"),
    (r"\bbekend ?maken\b|\bpubliek\w*|\bpubliceren\b", r"publiek|publice|bekend"),
    (r"\bwzd\b|wet zorg en dwang|onvrijwillige zorg", r"wzd|zorg en dwang|onvrijwillig"),
    # the repair or upkeep of an aid ("Wie betaalt de reparatie van de scootmobiel?"), not whether the aid is paid
    (r"\breparat\w*|\brepare\w*|\bonderhoud\w*|\bkapot\b", r"reparat|repare|onderhoud"),
    # who must approve, audit or certify ("Moet ons transformatieplan door een externe accountant worden
    # goedgekeurd?", "een keurmerk zoals HKZ"): a requirement only a rule that names it decides
    (r"\baccountant\w*|\bkeurmerk\w*|\b(?:ge)?certific\w*|\bhkz\b|\biso[- ]?\d+",
     r"accountant|keurmerk|certific|\bhkz\b|\biso\b|\biso[- ]?\d"),
))


def named_schemes(t: str) -> list[str]:
    """The patterns of the schemes the asking sentences of ``t`` name (for rule text to be searched with)."""
    asking = " ".join(asking_parts(t))
    return [rule_words for question_words, rule_words in _SCHEMES if question_words.search(asking)]


def foreign_schemes(rule: Rule, named: list[str]) -> list[str]:
    """Of the schemes a combination question names (``named_schemes``), those ``rule`` never speaks of."""
    text = _rule_text(rule)
    return [p for p in named if not re.search(p, text)]


def named_costs(t: str) -> list[re.Match[str]]:
    """The costs the asking sentences of ``t`` name by a compound ("reiskosten", "tandartskosten")."""
    return [m for part in asking_parts(t) for m in _COST_COMPOUND.finditer(part.lower())]


def foreign_costs(rule: Rule, t: str, named: list[re.Match[str]] | None = None) -> list[str]:
    """The costs the asking sentences of ``t`` name by a compound ("reiskosten") whose first part ``rule`` never
    mentions: "Vergoedt het zorgkantoor onze reiskosten voor consulten?" is not the question of the rule about
    purchasing LVHC expertise care, whatever else it shares with it. "behandelkosten", "tandartskosten" or
    "zorgkosten" name what the rules about treatment, dentistry or care speak of, and pass."""
    named = named_costs(t) if named is None else named  # ``named``: read once for all the rules
    if not named:
        return []
    text = _rule_text(rule)
    # a word of the rule that starts like the first part, give or take an ending: "opbaar" – "opbaren",
    # "behandel" – "behandeling", "vervoer(s)" – "vervoer"
    return [m.group() for m in named
            if not re.search(r"\b" + re.escape(m.group(1)[:max(4, len(m.group(1)) - 2)]), text)]


def topic_score(rule: Rule, t: str) -> float:
    """The sum of the weights of ``rule``'s triggers found in ``t`` (normalised): how well the words fit its topic,
    before any fact is read."""
    score = 0.0
    for trig in rule.triggers:
        if (trig.more_than is not None and more_than(trig.more_than, t)) or any(_search(term, t) for term in trig.terms):
            score += trig.weight
    return score

_VALUE_TYPES = ("number", "integer", "date")


def asked_values(question: str, names: Iterable[str], today: date) -> set[str]:
    """The number and date facts among ``names`` that the asking sentences of ``question`` state ("Mogen we het
    ZZP vanaf 1 februari 2026 declareren?": the declaration start date; "Kunnen we 2.880 dagen afspreken?")."""
    asking = _RELATIVE_CLAUSE.sub(lambda m: " " * len(m.group()), " ".join(asking_parts(lower_same_length(question))))
    wanted = [n for n in names if n in REGISTRY.facts and REGISTRY.facts[n].type in _VALUE_TYPES]
    if not wanted:
        return set()
    return {k for k in extract(asking, wanted, today=today) if k in wanted}


# A relative clause describes someone or something in the question, it is not what is asked ("Geldt de toeslag voor
# een cliënt met VG6 die 4 maanden in observatie is?"): blanked before the asked values are read.
_RELATIVE_CLAUSE = re.compile(r"(?<=\w)\s*,?\s+(?:die|wie|welke|waar(?:in|op|bij|mee|door|van|voor)?)\s+[^,;?.!]*")


# How far (in route score) a rule whose topic the asking sentence names may trail the best one, whose topic only the
# situation before it names, and still answer: the most the facts read from the text add to a score (0.15).
ASKED_TOPIC_MARGIN = 0.15


def prefer_asked_topic(rules: dict[str, Rule], question: str, candidates: list[tuple[str, float]]
                       ) -> list[tuple[str, float]]:
    """The candidates whose topic (``requires``) the asking sentence names, when the best one's topic is named only in
    the situation before it, and that it passed only by the facts read from the text: they trail it by at most
    ``ASKED_TOPIC_MARGIN`` and fit the words better (``topic_score``). "Wij declareren zorg tijdens onderwijs
    via het ZZP inclusief dagbesteding. Mogen we daarbij de kind-toeslag rekenen?" asks about the kind-toeslag; the
    rule about financing care at school fits the situation (and reads its facts there) but is not asked. Only for a
    question that asks ("?"). Else ``candidates`` as given."""
    t = normalize_question(question)
    if "?" not in t:
        return candidates
    asking = " ".join(asking_parts(t))

    def asked(rule_id: str) -> bool:
        requires = rules[rule_id].requires
        return bool(requires) and any(_search(p, asking) for p in requires)

    best_id, best = candidates[0]
    if rules[best_id].requires and asked(best_id):
        # both asked and tied, one the narrower: "Geldt de kind-toeslag op de dagbesteding ook bij zorg tijdens onderwijs?" names
        # the care at school (the financing rule's topic) and the kind-toeslag (a topic of its own within it)
        narrower = [(rid, s) for rid, s in candidates[1:]
                    if best - s <= ROUTE_MARGIN and asked(rid) and _narrower(rules[rid], rules[best_id], asking)]
        return narrower or candidates
    if not rules[best_id].requires:
        return candidates
    words = topic_score(rules[best_id], t)
    # ... or that the asking sentence names while it names none of the best one's words ("E: Wie moet het gebit
    # poetsen? De tandarts zegt: dat doet de thuiszorg. … Vraag: zijn wij verantwoordelijk voor de dagelijkse
    # mondverzorging?")
    unnamed = topic_score(rules[best_id], asking) == 0
    named = [(rid, s) for rid, s in candidates[1:]
             if best - s <= ASKED_TOPIC_MARGIN and asked(rid)
             and (topic_score(rules[rid], t) > words or (unnamed and topic_score(rules[rid], asking) > 0))]
    return named or candidates


def _narrower(rule: Rule, other: Rule, asking: str) -> bool:
    """``rule``'s topic, as the asking text names it, is one ``other``'s words do not name, while ``rule``'s words name
    ``other``'s topic there: a topic within the other's."""
    own = next((m for p in rule.requires if (m := _search(p, asking))), None)
    theirs = next((m for p in other.requires if (m := _search(p, asking))), None)
    if own is None or theirs is None:
        return False
    other_terms = [term for trig in other.triggers for term in trig.terms]
    own_terms = [term for trig in rule.triggers for term in trig.terms]
    return (not any(_search(term, own.group()) for term in other_terms)
            and any(_search(term, theirs.group()) for term in own_terms))


def prefer_asked_value(rules: dict[str, Rule], question: str, candidates: list[tuple[str, float]], today: date
                       ) -> list[tuple[str, float]]:
    """The candidates that compare a value the question asks about, when the best one does not. "Wij zijn DEC Korsakov. Mogen we het ZZP vanaf 1 februari 2026 declareren?" names the day from
    which to declare: the rule that compares that day answers, not the one about whether the care is purchased at
    all, which scores higher on the topic words but would answer another question. A value said in a relative clause
    ("… voor een cliënt die 4 maanden in observatie is?") describes, it is not asked. Else ``candidates`` as given."""
    top = set(needed(rules[candidates[0][0]].facts))
    others = {n for rid, _ in candidates[1:] for n in rules[rid].facts if n not in top}
    asked = asked_values(question, others, today)
    if not asked:
        return candidates
    return [(rid, s) for rid, s in candidates if asked & set(needed(rules[rid].facts))]


def more_than(unit: str, t: str) -> bool:
    """``t`` names a number with ``unit`` and, later, a larger number with the same unit ("het advies noemt 14
    plaatsen … kan het zorgkantoor ons toch 18 plaatsen geven?"). Digits and number words ("twaalf plaatsen")."""
    rx = _rx(r"(?<![\w.,])(\d+(?:[.,]\d+)*|" + _NUM_WORD_RE + r")\s*(?:" + unit + r")\b")
    least: float | None = None
    end = 0
    for m in rx.finditer(t):
        value = _num(m.group(1))
        if least is not None and value > least:
            return True
        least = value if least is None else min(least, value)
        end = m.end()
    # the later count without its unit, once a count with it is named: "… noemt 14 plaatsen. Kunnen we afspreken
    # dat het er 18 worden?", "… ophogen naar 18?"
    return least is not None and any(_num(m.group(1) or m.group(2)) > least for m in _BARE_LATER_COUNT.finditer(t, end))


_BARE_LATER_COUNT = re.compile(
    r"\ber\s+(?:(?:toch|nog|ook|dan|zelfs|wel)\s+)*(\d{1,3}|" + _NUM_WORD_RE + r")\s+(?:(?:bij|met|van|voor)\s+"
    r"(?:ons|hen|hun|jullie|u)\s+)?(?:worden|zijn|komen|krijgen|bij|contracter\w*|inkopen|afspreken|geven)\b|"
    r"\b(?:naar|tot)\s+(\d{1,3}|" + _NUM_WORD_RE + r")\b(?!\s*(?:[.,/:-]?\d|%|procent|euro|jaar|maand|week|weken|dag|dagen|"
    r"uur|uren|minuten|cliënt|client))")
