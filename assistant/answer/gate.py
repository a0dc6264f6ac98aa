"""Should we answer at all? Evidence checks that decide `answerable` before any text is composed.

A question is refused when the corpus does not speak to it:
- it names things the corpus never mentions (places, programs, products: "Utrecht", "Excel");
- most of its content words are unknown to the index and nothing retrieved is close in meaning;
- nothing retrieved is close, lexically or in meaning;
- it asks for a value (a duration, an amount, a percentage, a count, a date, contact details, a form:
  :mod:`assistant.answer.asked`) and no sentence of the top passages holds such a value next to a word that names
  the question's topic (a question word found in few passages);
- it asks for an amount in euro (tariff, basisbedrag) and no selected sentence holds one;
- it asks "hoeveel" / "hoe hoog" and no selected sentence holds a number (years and dates do not count);
- it asks which criteria, conditions or requirements apply, and the passages only refer to them ("de opgestelde
  criteria") without listing any;
- it is about a neighbouring regime (Zvw, Jeugdwet, Wmo, toeslagen, cao) and names nothing of the Wlz
  (``assistant/data/scope.yaml``): refused with a pointer to where the question belongs.
Each check is a named function in ``CHECKS``, run in order; the first that refuses decides. Their thresholds
live in ``Settings.answers`` (measured on the users dev split, see docs/answers.md).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache, cached_property, lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

import yaml

from ..ingest.chunk import sentence_spans
from ..retrieval.text import NUMBER_WORDS, compound_parts, expansions, fold, glossary_groups, tokens
from ..rules.english import read_in_dutch
from ..rules.facts import NO_WLZ_INDICATION
from ..settings import AnswerSettings
from ..types import Hit
from .answered import ASKING_EXTRA, FeatureInput, features
from .asked import (
    ASKING_WORDS,
    CONDITION_LEAD,
    CONDITION_WORDS,
    NOT_COUNTED_NOUN,
    Asked,
    ValueKind,
    classify,
    holds_value,
    split_asking,
    without_given,
)
from .extractive import _definition_pattern, split_question
from .language import is_english
from .meaning import Meaning
from .quantities import has_count

AMOUNT_Q = re.compile(
    r"\b(euro'?s?|welk bedrag|hoe hoog is het bedrag|(uur|dag|week|maand)tarief|tariefbedrag|basisbedrag|"
    # "Hoe hoog was het pgb-garantiebedrag in 2014?", "hoe hoog is de eigen bijdrage?"
    # (not time: "Hoe hoog is de inzet in uren?", "Wat heeft het aan tijd gekost?")
    r"hoe hoog (?:is|was|wordt|werd|zijn|waren) (?:het|de|dat|die|zo'n) (?:[\w-]+ )?[\w-]*(?:bedrag|tarief|vergoeding|premie)\w*"
    r"(?![^?]*\bin\s+(?:uren|dagen|weken|procenten|procent)\b)|"
    # what something cost ("Wat heeft het programma uiteindelijk gekost?", "How much did the evaluation cost?")
    r"wat (?:heeft|hebben) (?![^?]*\baan\s+(?:tijd|energie|moeite)\b)[^?]{1,60}? gekost|how much (?:did|has|have) [^?]{1,60}? cost|"
    r"kost(en|t)? .{0,20}per (uur|dag|maand))\b",
    re.I,
)
AMOUNT_A = re.compile(r"€|\beuro\b|\bmiljoen\b")
COUNT_Q = re.compile(r"\b(hoeveel\b(?! (euro|procent))|hoe (hoog|groot) (is|zijn|was|waren|wordt|worden)\b)", re.I)
LIST_Q = re.compile(r"\b(welke|aan welke|wat zijn (?:\w+ )?de) (criteria|voorwaarden|eisen|kenmerken)\b", re.I)
# a listing: a colon, a bullet, "namelijk", or a series "a, b en c"
LIST_A = re.compile(r":\s*\S|(^|\n)\s*[-•*]\s|\bnamelijk\b|\w+, (\w+ ){0,4}?(en|of) \w+", re.I)
SCOPE_FILE = Path(__file__).resolve().parent.parent / "data" / "scope.yaml"
SCOPE_NL = ("Deze vraag gaat over {name}, niet over de Wlz. Ik antwoord alleen op basis van de Wet langdurige zorg, de "
            "Kamerbrieven en de inkoopvoorwaarden over de Wlz in het corpus. Kijk hiervoor bij {ask}.")
SCOPE_EN = ("This question is about {name}, not the Wlz. I answer only from the Wet langdurige zorg, the letters to "
            "parliament and the purchasing conditions on the Wlz in the corpus (Dutch documents). Please ask {ask}.")
NO_LIST_NL = ("De bronnen noemen wel {focus}, maar sommen ze niet op. Ik kan dus niet zeggen welke {focus} precies "
              "gelden; raadpleeg uw zorgkantoor of de NZa.")
NO_LIST_EN = ("The sources I have (Dutch documents) mention {focus}, but do not list them, so I cannot say which "
              "{focus} apply; ask the zorgkantoor or the NZa.")
# (not a word that opens a line, a bullet or a numbered item: "…\nKlopt dit lijstje?", "- Zorgplan", "1. Zorgplan",
# also a bullet right after a colon: "Mijn lijstje:\n- Intakeformulier …" read as "…: - Intakeformulier")
# (a sentence opens after a closing quote too: "… uit.' Klopt dat?", and inside an opening one: "Antwoord: 'Dat …")
NAME = re.compile(r"(?<![.?!:]\s)(?<![.?!:]['’\"”]\s)(?<![.?!:]\s['‘\"“])(?<!^['‘\"“])(?<!^)(?<!\n)(?<!\n[-*•] )(?<![.?!:]\s[-*•] )(?<!\n\d[.)] )\b([A-Z][a-zà-ÿ]{2,}(?:[- ][A-Z][a-zà-ÿ]+)*)\b")
# a year the question is about; a range ("2025-2030") is a name, not the year asked
YEAR_Q = re.compile(r"(?<![\d–-])\b((?:19|20)\d\d)\b(?!\s*[–-]\s*\d)")
_YEAR_RANGE = re.compile(r"\b((?:19|20)\d\d)\s*(?:[–-]|t/m|tot en met|tot)\s*((?:19|20)\d\d)\b")
_YEAR_FROM = re.compile(r"\b(?:vanaf|sinds|per|met ingang van|m\.i\.v\.|na)\s+(?:het jaar\s+|(?:\d{1,2}\s+)?[a-z]+\s+)?"
                        r"((?:19|20)\d\d)\b", re.I)  # "vanaf 2025", "per 1 januari 2025", "vanaf juli 2024"
_AFTER_YEAR = re.compile(r"\b(?:na|after|later dan)\s+(?:19|20)\d\d$", re.I)
# "wat staat er in het convenant MGZ", "wat kwam er uit het HHM-onderzoek": the contents of a named document
DOCUMENT_Q = re.compile(r"\b(?:wat staat er (?:allemaal )?in|wat (?:kwam|komt) er uit|wat zegt|"
                        r"wat (?:zijn|waren) de (?:uitkomsten|conclusies|resultaten|aanbevelingen) (?:van|uit)|"
                        r"what is in)\s+(?:het|de|the)\s+(.+?)(?:\s+(?:over|about)\b.*)?[?.!]*\s*$|"
                        r"\bwhat does the\s+(.+?)\s+say\b|"
                        # "Welke leveringsvoorwaarden staan er nu in de Nota van Inlichtingen?"
                        r"\b(?:welke|welk|wat)\s+(?:\w+\s+){0,4}?(?:staat|staan)\s+(?:er\s+)?(?:nu\s+|precies\s+|"
                        r"allemaal\s+|eigenlijk\s+)?in\s+(?:het|de)\s+(?=[^?]*?(?:nota|brief|rapport|verslag|besluit|regeling|"
                        r"voorwaarden|beleidsregel|handreiking|richtlijn|circulaire|notitie|protocol|convenant|overeenkomst|"
                        r"contract|document|bijlage|folder|reglement|kader|wet)\w*\b)"
                        r"(.+?)(?:\s+(?:over|about)\b.*)?[?.!]*\s*$", re.I)
OTHER_DOCUMENT_NL = ("Dat document zit niet in mijn bronnen; ze noemen het alleen. Ik kan dus niet zeggen wat erin "
                     "staat. De bronnen die ik wel heb staan onder 'Bronnen'.")
OTHER_DOCUMENT_EN = ("That document is not among my sources; they only mention it, so I cannot say what it contains. "
                     "The documents I do have are listed under 'Bronnen'.")
CASE_LAW_NL = ("De bronnen die ik heb bevatten geen rechtspraak: geen uitspraken van rechters of van de Centrale Raad van "
               "Beroep. Ik kan dus niet zeggen hoe een rechter hierover heeft geoordeeld; zoek op rechtspraak.nl of vraag "
               "een jurist.")
CASE_LAW_EN = ("The sources I have (Dutch documents) contain no case law: no rulings of courts or of the Centrale Raad van "
               "Beroep. I cannot say how a court has ruled on this; search rechtspraak.nl or ask a lawyer.")
OTHER_YEAR_NL = ("De bronnen die ik heb zeggen hier niets over voor {year}. Ik geef dus geen antwoord voor dat jaar; "
                 "raadpleeg uw zorgkantoor, het CIZ of de NZa.")
OTHER_YEAR_EN = ("The sources I have (Dutch documents) say nothing about this for {year}, so I give no answer for that "
                 "year; ask the zorgkantoor, the CIZ or the NZa.")


@dataclass(frozen=True)
class Evidence:
    answerable: bool
    reason: str  # "ok" | "unknown_name" | "unknown_thing" | "unknown_terms" | "not_relevant" | "no_amount" | "no_count" | …
    dense: float
    lexical: float
    oov_share: float
    message_nl: str = ""  # a refusal more specific than the general one (out of scope: where it belongs)


@dataclass(frozen=True)
class Regime:
    name: str
    ask: str
    pattern: re.Pattern[str]
    name_en: str = ""  # in an English answer (scope.yaml ``name_en`` / ``ask_en``; the Dutch words when absent)
    ask_en: str = ""
    # only when the question asks about it (scope.yaml ``asked: true``): "Mijn moeder is na euthanasie overleden. Wie
    # betaalt de lege kamer?" tells it as situation; "… wil euthanasie. Moet het verpleeghuis daaraan meewerken?" asks
    asked: bool = False
    # only in a question that names nothing of the Wlz (scope.yaml ``unanchored: true``): "Wat moeten de
    # zorgverzekeraars doen zodat de wijkverpleging doorloopt?" is the Zvw's; "Mijn moeder heeft een Wlz-indicatie en
    # kiest een VPT. Blijft de wijkverpleging dan komen?" is where the two meet
    unanchored: bool = False

    def named_in(self, question: str) -> bool:
        return bool(self.pattern.search(_asked_part(question) if self.asked else question))

    def refusal(self, english: bool) -> str:
        """Why the question is not answered here, and where it belongs, in the question's language."""
        if english:
            return SCOPE_EN.format(name=self.name_en or self.name, ask=self.ask_en or self.ask)
        return SCOPE_NL.format(name=self.name, ask=self.ask)


def _scope_data() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(SCOPE_FILE.read_text(encoding="utf-8"))
    return data


@cache
def _scope() -> tuple[re.Pattern[str], tuple[Regime, ...], frozenset[str]]:
    """(Wlz anchors, neighbouring regimes, countries) from ``assistant/data/scope.yaml``, read once."""
    data = _scope_data()

    def words(terms: list[str]) -> re.Pattern[str]:
        return re.compile(r"(?<![\w-])(" + "|".join(f"(?:{t})" for t in terms) + r")(?![\w-])", re.I)

    regimes = tuple(Regime(r["name"], r["ask"], words(r["terms"]), r.get("name_en", ""), r.get("ask_en", ""),
                           bool(r.get("asked", False)), bool(r.get("unanchored", False))) for r in data["regimes"])
    return words(data["anchors"]), regimes, frozenset(c.lower() for c in data["countries"])


@cache
def institutions() -> frozenset[str]:
    """The bodies that run the system (VWS, NZa, ZN, CIZ …, lower case): a sentence naming them does not name the
    municipalities, providers or regions a question asks for."""
    return frozenset(w.lower() for w in _scope_data()["institutions"])


@cache
def named_by_office() -> Mapping[str, str]:
    """Bodies the law names by their office (lower case name → office): "belastingdienst" → "inspecteur".
    Read-only: the mapping is cached and shared."""
    return MappingProxyType({str(k).lower(): str(v).lower()
                             for k, v in (_scope_data().get("named_by_office") or {}).items()})


@cache
def tools() -> frozenset[str]:
    """AI chatbots and search engines (lower case): "ChatGPT zegt dat …" names where a claim comes from, not what is
    asked."""
    return frozenset(w.lower() for w in _scope_data().get("tools", []))


@cache
def places() -> frozenset[str]:
    """Dutch provinces and larger municipalities (lower case): where a family lives is situation, not what is asked."""
    return frozenset(w.lower() for w in _scope_data().get("places", []))


def countries() -> frozenset[str]:
    """Countries (lower case): the law speaks of them in general terms ("een staat van de Europese Unie",
    "ingezetene", "buitenland"), so naming one is not naming something the corpus does not know."""
    return _scope()[2]


_WITH_WLZ = re.compile(r"\bwlz\s+(?:en|of|naast|and|or|versus|vs\.?)\s+(?:de\s+|the\s+)?(?:wmo|zvw|jeugdwet)\b|"
                       r"\b(?:wmo|zvw|jeugdwet)\s+(?:en|of|naast|and|or|versus|vs\.?)\s+(?:de\s+|the\s+)?wlz\b|"
                       # which of the two pays, the Wlz money named by its package or budget ("… pay for out of the
                       # ZZP, or does the client's health insurer pay?", "uit het VPT of via de zorgverzekeraar?")
                       r"\b(?:uit|from|out\s+of|via|through|binnen|within)\s+(?:the\s+|het\s+|de\s+|ons\s+|our\s+)?"
                       r"(?:zzp|vpt|mpt|wlz|instellingsbudget)\b[^?]{0,80}?\b(?:of|or)\b[^?]{0,60}?"
                       r"\b(?:health\s+insurer|zorgverzekeraar|zvw|gemeente|municipality|wmo)\b", re.I)


# the asker's own job named by a regime ("wmo consulent hier", "Wmo-consulent:", "als jeugdconsulent"): who asks, not
# what is asked about
_ROLE = re.compile(r"\b(?:wmo|jeugd|jeugdwet|jeugdhulp|jeugdzorg|zvw|wijk)[- ]?(?:consulent\w*|medewerker\w*|adviseur\w*|"
                   r"coördinator\w*|coordinator\w*|professional\w*|consultant\w*|worker\w*|officer\w*|verlener\w*|"
                   r"werker\w*)\b", re.I)


def named_regime(question: str) -> Regime | None:
    """The neighbouring regime a question names, Wlz words or not ("huurtoeslag in een Wlz-instelling"); not in the
    asker's job ("wmo consulent hier")."""
    question = _ROLE.sub(" ", question)
    return next((r for r in _scope()[1] if not r.unanchored and r.named_in(question)), None)


def out_of_scope(question: str) -> Regime | None:
    """The neighbouring regime a question is about, when it names nothing of the Wlz."""
    anchors, regimes, _ = _scope()
    if anchors.search(question):
        return None
    question = _ROLE.sub(" ", question)
    return next((r for r in regimes if r.named_in(question)), None)


def _lists(focus: str, passage_texts: list[str]) -> bool:
    """Some passage that names the focus ("criteria") also lists something after it."""
    stem = focus[:-1] if focus.endswith(("a", "n", "s")) else focus
    # criteria, voorwaarden and eisen name one thing; "… alleen in, als:" lists conditions without the word
    names = _CONDITION_WORDS if stem.lower() in _CONDITION_WORDS else (re.escape(stem),)
    pattern = re.compile("|".join(names), re.I)
    for text in passage_texts:
        for m in pattern.finditer(text):
            if LIST_A.search(text[m.start(): m.start() + 400]):
                return True
        if stem.lower() in _CONDITION_WORDS and CONDITION_LEAD.search(text):
            return True
    return False


_CONDITION_WORDS = tuple(w[:-1] for w in CONDITION_WORDS)  # stemmed as _lists stems its focus


VALUE_NL = {"duration": "termijn of duur", "amount": "bedrag", "percent": "percentage", "count": "aantal",
            "date": "datum", "contact": "contactgegevens", "form": "formulier", "code": "code",
            "frequency": "frequentie"}
VALUE_EN = {"duration": "period or time limit", "amount": "amount", "percent": "percentage", "count": "number",
            "date": "date", "contact": "contact details", "form": "form", "code": "code", "frequency": "frequency"}
NO_VALUE_NL = ("De bronnen die ik heb noemen {topic}, maar geen {kind} waar uw vraag om vraagt. Ik noem dus geen "
               "{kind}; raadpleeg uw zorgkantoor, het CIZ of de NZa (of de regeling zelf).")
NO_VALUE_NL_BARE = ("De bronnen die ik heb noemen geen {kind} waar uw vraag om vraagt. Ik noem dus geen {kind}; "
                    "raadpleeg uw zorgkantoor, het CIZ of de NZa (of de regeling zelf).")
NO_VALUE_EN = ("The sources I have (Dutch documents) mention {topic}, but give no {kind} that answers your question, "
               "so I will not state one; ask the zorgkantoor, the CIZ or the NZa.")
NO_VALUE_EN_BARE = ("The sources I have (Dutch documents) give no {kind} that answers your question, so I will not "
                    "state one; ask the zorgkantoor, the CIZ or the NZa.")


@dataclass(frozen=True)
class Signals:
    """What the checks look at: the question, what was retrieved and picked, and the corpus statistics."""

    question: str
    context: str
    hits: list[Hit]
    sentences: list[str]
    vocab: set[str]
    corpus_lower: str
    doc_freq: dict[str, int]
    passages: int  # passages in the corpus (for doc_freq shares)
    limits: AnswerSettings
    asked: Asked
    english: bool
    dense: float
    lexical: float
    oov_share: float
    today: date
    meaning: Meaning | None = None  # sentence vectors and their calibrated thresholds (None: words only)
    lower_words: frozenset[str] = frozenset()  # words the corpus writes in lower case somewhere (common words)
    # the articles of the law the corpus holds ("3.3.3", "4.3.3"), lower case, with their status ("goed", "nogniet",
    # "vervallen")
    law_articles: Mapping[str, str] = field(default_factory=dict)

    @cached_property
    def prior(self) -> float | None:
        """``q_prior`` of the (standalone) question, read once per question; None when the prior does not apply."""
        return self.meaning.prior_value(self.context or self.question) if self.meaning is not None else None


Refusal = tuple[str, str]  # (reason, specific message or "")
Check = Callable[[Signals], Refusal | None]


def _out_of_scope(s: Signals) -> Refusal | None:
    regime = out_of_scope(f"{s.question} {s.context}")
    return ("out_of_scope", regime.refusal(s.english)) if regime else None


# A question for personal advice on how to talk to or deal with someone ("Hoe leg ik aan mijn kinderen uit dat opa
# naar een verpleeghuis gaat?", "Hoe reageer je daar het beste op zonder te liegen?", "How do I tell my mother …?"):
# the sources are rules and funding, not conversation advice
ADVICE_Q = re.compile(
    r"\bhoe\s+(?:leg|vertel|breng)\s+(?:ik|je|we|wij|u)\s+(?:het\s+|dit\s+|dat\s+)?(?:(?:aan|tegen)\s+)?"
    r"(?:mijn|onze|ons|de|haar|zijn|hun)\s+(?:\w+\s+)?(?:kind\w*|kleinkind\w*|moeder|vader|ouders?|familie|zoon|dochter|opa|"
    r"oma|man|vrouw|partner|broer|zus|mam|pap|broertje|zusje)\b(?![^?]*\buit\s+(?:wat|hoe|welke|waarom|wanneer)\b)|"
    r"\bhoe\s+(?:reageer|troost|help)\s+(?:ik|je|we|wij|u)\s+(?:daar|hier|haar|hem|mijn|onze|ons|op\s+(?:een|de|mijn|onze)\s+"
    r"(?:bewoner|cliënt|client|moeder|vader))\b|"
    # dealing with behaviour or grief ("Hoe ga ik als begeleider om met seksueel ontremd gedrag …?")
    r"\bhoe\s+(?:ga|gaan)\s+(?:ik|je|we|wij|u)\s+(?:\w+\s+){0,3}?om\s+met\s+(?:\w+\s+){0,3}?(?:gedrag|agressie|onrust|"
    r"verdriet|rouw|boosheid|heimwee)\b|"
    # ... or with a relative, or a resident with dementia, who does or wants something ("Hoe ga je om met een bewoner
    # met dementie die 's avonds steeds naar huis wil?"); not a client who refuses care (the law speaks of that), nor
    # one whose money, indication or declaration is asked about
    r"\bhoe\s+(?:ga|gaan)\s+(?:ik|je|we|wij|u)\s+(?:\w+\s+){0,3}?om\s+met\s+(?:een|de|mijn|onze|ons)\s+(?:\w+\s+)?"
    r"(?:(?:bewoner|cliënt|client)\s+met\s+(?:dementie|alzheimer|nah|hersenletsel|autisme)|moeder|vader|partner|"
    r"man|vrouw)\s+die\b"
    r"(?![^?]*\b(?:declar\w*|betaal\w*|bijdrage|pgb|indicatie\w*|zorgkantoor|budget|vergoed\w*|contract\w*)\b)|"
    r"\bhow\s+(?:do|can|should)\s+(?:i|we|you)\s+(?:best\s+)?(?:explain|tell|talk|respond|react|cope|deal|comfort)\b.{0,60}"
    r"\b(?:my|our|her|his)\s+(?:\w+\s+)?(?:kids|children|child|mother|father|mum|mom|dad|parents?|family|son|daughter|"
    r"grandchildren|husband|wife|partner)\b", re.I)
ADVICE_NL = ("Dit is een vraag om persoonlijk advies. De bronnen die ik heb (de Wet langdurige zorg, Kamerbrieven en "
             "inkoopvoorwaarden) gaan over regels en bekostiging, niet over hoe u hiermee omgaat of dit bespreekt. "
             "Bespreek het met de zorgverleners of behandelaars, of met een cliëntondersteuner.")
ADVICE_EN = ("This asks for personal advice. The sources I have (the Wet langdurige zorg, letters to parliament and "
             "purchasing conditions, in Dutch) are about rules and funding, not about how to handle or talk this "
             "through. Please discuss it with the care staff or treating professionals, or a client supporter "
             "(cliëntondersteuner).")


# Which one is best or cheapest ("Welke zorgverzekeraar heeft de beste aanvullende tandverzekering?", "Wat is het
# goedkoopste verpleeghuis?", "Which provider is the best?"): the sources rank no insurers, providers or policies
_RANKED = (r"(?:zorg)?verzekeraar\w*|\w*verzekering\w*|polis\w*|(?:zorg)?aanbieder\w*|instelling\w*|verpleeghui\w*|"
           r"verzorgingshui\w*|zorgkanto\w*|thuiszorg\w*|organisatie\w*|insurers?|insurance|polic(?:y|ies)|providers?|"
           r"nursing homes?|care homes?|organi[sz]ations?")
BEST_Q = re.compile(r"\b(?:welke?|wat is|wie is|wie heeft)\s+(?:\w+\s+){0,6}?(?:de|het)\s+(?:aller)?(?:beste|goedkoopste|"
                    r"voordeligste|duurste|slechtste)\s+(?:\w+\s+){0,2}?(?:" + _RANKED + r")\b|"
                    r"\bwelke\s+(?:" + _RANKED + r")\s+(?:\w+\s+){0,4}?(?:de|het)\s+(?:aller)?(?:beste|goedkoopste|voordeligste)\b|"
                    r"\b(?:which|what|who)\s+(?:\w+\s+){0,6}?the\s+(?:best|cheapest|worst)\s+(?:\w+\s+){0,2}?(?:"
                    + _RANKED + r")\b|\bwhich\s+(?:" + _RANKED + r")\s+(?:\w+\s+){0,4}?the\s+(?:best|cheapest)\b", re.I)
BEST_NL = ("De bronnen die ik heb (de Wet langdurige zorg, Kamerbrieven en inkoopvoorwaarden) vergelijken geen "
           "zorgverzekeraars, zorgaanbieders of verzekeringen en bevelen er geen aan. Vergelijk ze zelf, of vraag een "
           "cliëntondersteuner of uw zorgkantoor.")
BEST_EN = ("The sources I have (the Wet langdurige zorg, letters to parliament and purchasing conditions, in Dutch) do "
           "not compare or recommend insurers, providers or policies. Please compare them yourself, or ask a client "
           "supporter (cliëntondersteuner) or the zorgkantoor.")


def _best_choice(s: Signals) -> Refusal | None:
    if BEST_Q.search(_asking_text(s.context or s.question)):
        return "out_of_scope", BEST_EN if s.english else BEST_NL
    return None


def _personal_advice(s: Signals) -> Refusal | None:
    if ADVICE_Q.search(split_asking(s.context or s.question)[1]):
        return "out_of_scope", ADVICE_EN if s.english else ADVICE_NL
    return None


def _other_regime(s: Signals) -> Refusal | None:
    """A question that names a neighbouring regime's own scheme (huurtoeslag, Jeugdwet, AOW) next to Wlz words is
    answered only when one of the top passages speaks of that regime; otherwise it belongs there."""
    regime = named_regime(s.question)
    if regime is None or any(regime.pattern.search(h.passage.text) for h in s.hits[: s.limits.value_passages]):
        return None
    if _WITH_WLZ.search(s.question):  # "alleen wlz en wmo?": how the two meet, which the law itself says
        return None
    asked = _ROLE.sub(" ", s.question)
    if sum(r.named_in(asked) for r in _scope()[1]) >= 2:
        # "één pakket in plaats van losse Wlz-zorg, Wmo, Zvw-zorg en jeugdhulp": how the regimes meet, not one of them
        return None
    return "out_of_scope", regime.refusal(s.english)


# "Mijn vader heeft geen Wlz-indicatie. Betaalt de zorgverzekeraar of de gemeente zijn rolstoel?": without a Wlz
# indication the Wlz does not pay; what the other law pays is that law's question, whatever the passages mention
_PAYERS = re.compile(r"\bzorgverzekeraar\w*|\bhealth insurer|\bgemeente\b|\bmunicipality\b", re.I)


def _without_wlz(s: Signals) -> Refusal | None:
    if not NO_WLZ_INDICATION.search(s.question):
        return None
    regime = named_regime(s.question)
    if regime is None and _PAYERS.search(s.question):
        regime = next((r for r in _scope()[1] if r.pattern.search("zvw" if re.search(
            r"zorgverzekeraar|health insurer", s.question, re.I) else "wmo")), None)
    return ("out_of_scope", regime.refusal(s.english)) if regime else None


LETTER_KINDS = frozenset({"kamerbrief"})  # documents dated by when they were written, about that year


# the law's own transition (chapter 11): the Wlz replaced the AWBZ on 1 January 2015, so a passage on the moment the
# law came in, or on winding up the AWBZ, speaks of 2015 and of the AWBZ years just before it
_TRANSITION = re.compile(r"inwerkingtreding van deze wet|intrekking van de algemene wet bijzondere ziektekosten", re.I)


def _covers(year: int, text: str) -> bool:
    if str(year) in text:
        return True
    if year in (2014, 2015) and _TRANSITION.search(text):
        return True
    if any(int(a) <= year <= int(b) for a, b in _YEAR_RANGE.findall(text)):
        return True
    return any(int(a) <= year for a in _YEAR_FROM.findall(text))


_SINCE_YEAR = re.compile(r"\b(?:sinds|since)\s+(?:\d{1,2}\s+)?(?:\w+\s+)?$", re.I)


def _other_year(s: Signals) -> Refusal | None:
    """A question about another year than this one ("in 2023", "voor 2027") needs passages that speak of that year
    (the year itself, a range over it, "vanaf 2021"); a yes/no question goes to the rule check, which knows the
    versions of each rule."""
    if s.asked.shape == "yesno":
        return None
    # a year of the story told before the question is situation ("van de 14 begeleiders die er in 2020 werkten, …");
    # the asking sentences' years are what is asked
    question = _asking_text(s.context or s.question)
    # "na 2026" / "after 2026" asks about the years after it
    # (a start told in a sentence that does not ask is situation too: "Some residents have lived here since 2014 …
    # If one of them moves …, does he keep …?")
    asking = [(a, b) for a, b in sentence_spans(question) if question[a:b].rstrip().endswith("?")]
    years = {int(y) + 1 if _AFTER_YEAR.search(question[max(0, m.start() - 12): m.end()]) else int(y)
             for m in YEAR_Q.finditer(question) for y in [m.group(1)]
             if not (_SINCE_YEAR.search(question[max(0, m.start() - 30): m.start()])
                     and not any(a <= m.start() < b for a, b in asking))}
    if len(years) != 1:  # two years: a comparison ("de verhoging voor 2025 en het tekort in 2021"), not a question
        return None      # about one year
    year = next(iter(years))
    hits = s.hits[: s.limits.value_passages]
    # the purchasing conditions of another year than the ones in the sources ("de aanvullende inkoopvoorwaarden 2027
    # van ZN"): not what the 2026 conditions say, whatever other passages say of 2027
    named = _CONDITIONS_OF.search(question)
    have = {int(y) for h in s.hits if "inkoopvoorwaarden" in h.passage.doc_id
            for y in re.findall(r"(20\d\d)", h.passage.doc_id)}
    if named and int(named.group(1)) == year and have and year not in have:
        return "other_year", (OTHER_YEAR_EN if s.english else OTHER_YEAR_NL).format(year=year)
    texts = [h.passage.text + " " + " ".join(h.passage.section) for h in hits]
    # a letter speaks of its own year ("dit jaar", "het afgelopen jaar"): "Welke oplossing werd er in 2021 voorgesteld?"
    # is about what the 2021 letter proposes, though its text never writes the year
    # (not a value: "Wat was het tarief in 2021?" needs the year next to the value, not a letter of that year)
    letters = s.asked.shape != "value" and any(h.passage.kind in LETTER_KINDS and h.passage.date.year == year
                                               for h in hits)
    if year != s.today.year and not letters and not any(_covers(year, t) for t in texts):
        return "other_year", (OTHER_YEAR_EN if s.english else OTHER_YEAR_NL).format(year=year)
    # this year's questions are what the sources are mostly about: a value sentence naming an earlier year is often
    # still the one that holds ("Sinds de wetswijziging van 2024 …"); only another year is judged sentence by sentence
    if year != s.today.year and s.asked.shape == "value" and s.asked.value != "date" and \
            _values_of_other_years(s, year, hits):
        return "other_year", (OTHER_YEAR_EN if s.english else OTHER_YEAR_NL).format(year=year)
    return None


# purchasing conditions named with their year ("inkoopvoorwaarden 2027", "inkoopvoorwaarden van ZN voor 2027",
# "purchasing conditions for 2027")
_CONDITIONS_OF = re.compile(r"(?i)\b(?:inkoopvoorwaarden|inkoopkader|purchasing conditions)\s+(?:(?:van|of)\s+(?:zn|zorgverzekeraars "
                            r"nederland)\s+)?(?:(?:voor|van|for)\s+)?(20\d\d)\b")


def _values_of_other_years(s: Signals, year: int, hits: list[Hit]) -> bool:
    """Every sentence that holds the value asked for names a year, and none of them the one asked: "Hoeveel budget
    is er in 2027 voor C&A?" is not answered by "VWS heeft voor het jaar 2025 € 4,5 miljoen beschikbaar gesteld"."""
    found = False
    for h in hits:
        text = h.passage.text
        heading = " ".join(h.passage.section[-1:])
        for a, b in sentence_spans(text):
            sentence = text[a:b]
            if holds_value(s.asked, sentence):
                named = bool(YEAR_Q.search(sentence) or _YEAR_RANGE.search(sentence))
                if not named or _covers(year, f"{sentence} {heading}"):  # "Budget 2027" over "… in 2025 naar € 6 mln"
                    return False
                found = True
    return found


_SPEAKERS = frozenset(tokens("staatssecretaris minister ministerie kabinet regering overheid wetgever zorgkantoor "
                             "zorgkantoren nza ciz cak vws zorginstituut zn igj inspectie celz svb uwv vng "
                             "ministry government cabinet state secretary"))
_SAYS = re.compile(r"^wat zegt\b|^what does\b", re.I)


_OWN_LETTER = re.compile(r"\b(?:brief|mail|e-mail)\s+(?:van|from)\s+(?:het|de|the|haar|zijn|mijn|onze)\b|"
                         r"\b(?:kreeg|kregen|ontving|ontvingen|ontvangen|gekregen|gestuurd|stuurde|received|got)\b", re.I)


def _other_document(s: Signals) -> Refusal | None:
    """A question about what a named document says is answered only from that document: when no retrieved passage
    comes from a document whose title names it (the corpus only mentions the report, the covenant, the agenda), the
    answer would be the mention, not the contents."""
    m = DOCUMENT_Q.search(s.question.strip())
    if not m:
        return None
    named = {t for t in tokens(next(g for g in m.groups() if g)) if len(t) >= 3 and not t.isdigit()}
    if not named:
        return None
    # "Wat zegt de staatssecretaris over …?", "what does the zorgkantoor say": a body or an office, not a document
    # ("Wat staat er in het besluit …?", "Wat zegt de beleidsregel …?" still ask for a document)
    if _SAYS.search(m.group()) and named <= _SPEAKERS:
        return None
    named = (named - _SPEAKERS) or named  # "de staatssecretaris in haar brief": the letter is the document named
    # a letter the asker received ("Mijn moeder kreeg een brief van het CAK. Wat staat er in de brief?") is no
    # Kamerbrief
    own = bool(_OWN_LETTER.search(s.question))
    for h in s.hits:
        title = set(tokens(f"{h.passage.title} {h.passage.doc_id}"))
        # a document named by its kind alone counts for a compound with it as its head ("de brief" for a Kamerbrief)
        said = {t for t in named if t in title or (len(named) == 1 and len(t) >= 5 and not own
                                                   and any(w.endswith(t) for w in title))}
        if len(said) * 2 >= len(named):
            return None
    return "other_document", OTHER_DOCUMENT_EN if s.english else OTHER_DOCUMENT_NL


# Laws and regulations the sources name but do not hold the text of, by name and abbreviation. The AVG is not in it:
# in this field "AVG" is the arts verstandelijk gehandicapten.
_OTHER_LAWS = {
    "de Wet zorg en dwang": r"wet zorg en dwang|wzd",
    "het Burgerlijk Wetboek": r"burgerlijk wetboek|bw|(?:dutch )?civil code",
    "het Besluit langdurige zorg": r"besluit langdurige zorg|blz(?!\.?\s*\d)",
    "de Regeling langdurige zorg": r"regeling langdurige zorg|rlz",
    "de Wmcz": r"wet medezeggenschap cli[eë]nten zorginstellingen(?: 2018)?|wmcz(?: 2018)?",
    "de Zorgverzekeringswet": r"zorgverzekeringswet|zvw|health insurance act",
    "de Wmo 2015": r"wet maatschappelijke ondersteuning(?: 2015)?|wmo(?: 2015)?",
    "de Jeugdwet": r"jeugdwet|youth act",
    "de Wkkgz": r"wet kwaliteit,? klachten en geschillen zorg|wkkgz",
    "de Wvggz": r"wet verplichte (?:ggz|geestelijke gezondheidszorg)|wvggz",
    "de Algemene wet bestuursrecht": r"algemene wet bestuursrecht|awb|general administrative law act",
    "de WGBO": r"wgbo|wet op de geneeskundige behandelingsovereenkomst",
    "de Wet BIG": r"wet big|wet op de beroepen in de individuele gezondheidszorg",
    "de Participatiewet": r"participatiewet|participation act",
}
_LAW_NAMES = "|".join(f"(?:{p})" for p in _OTHER_LAWS.values())
_WLZ_NAMED = re.compile(r"\bwlz\b|\bwet langdurige zorg\b", re.I)
_THE = r"(?:(?:de|het|the)\s+)?"
# an article of such a law asked for or cited: "Welk artikel van de Wzd regelt …", "In welk artikel van het Besluit
# langdurige zorg staat …", "volgens artikel 2.3 van de Regeling langdurige zorg", "Which article of the Dutch Civil
# Code governs …", "art. 7:453 BW"; not the Wlz's own articles ("artikel 3.3.3 van de Wlz")
_LAW_ARTICLE = re.compile(
    rf"\b(?:welk|welke|which|what)\s+(?:artikel|artikelen|bepaling|bepalingen|article|articles|provision|section)\s+"
    rf"(?:van|uit|in|of|from)\s+{_THE}(?P<a>{_LAW_NAMES})(?![\w-])|"
    rf"\b(?:artikel|art\.?|article|section)\s+\d[\w.:]*\s+(?:(?:van|uit)\s+(?:(?:de|het)\s+)?|(?:of|from)\s+(?:the\s+)?)"
    rf"(?P<b>{_LAW_NAMES})(?![\w-])|"
    rf"\b(?:art\.?|artikel|article)\s+\d[\w.:]*\s+(?P<c>{_LAW_NAMES})(?![\w-])|"
    rf"\bwaar\s+(?:in|uit)\s+{_THE}(?P<d>{_LAW_NAMES})\s+(?:staat|regelt|lees)\b|"
    rf"\bwhere\s+in\s+{_THE}(?P<e>{_LAW_NAMES})(?![\w-])|"
    # what such a law says or means by a term ("Wat verstaat de Wet zorg en dwang onder 'onvrijwillige zorg'?", "Wat
    # zegt de Wet BIG over …", "How does the Wvggz define …")
    rf"\bwat\s+(?:verstaat|verstaan|zegt|bepaalt|regelt)\s+{_THE}(?P<f>{_LAW_NAMES})\s+(?:precies\s+|eigenlijk\s+)?"
    rf"(?:onder|over)\b|\bhoe\s+(?:definieert|omschrijft)\s+{_THE}(?P<g>{_LAW_NAMES})(?![\w-])|"
    rf"\b(?:what|how)\s+does\s+{_THE}(?P<h>{_LAW_NAMES})\s+(?:say|define|mean|regulate|provide)\b|"
    # what holds under it ("Welke opleiding moet de Wzd-functionaris volgens de Wet zorg en dwang hebben?", "Binnen
    # welke termijn volgens de Wkkgz …?")
    # (not a person or office of that law: "volgens de Wmo-consulent", "volgens de wzd functionaris")
    rf"\b(?:volgens|according\s+to)\s+{_THE}(?P<i>{_LAW_NAMES})(?![\w-])(?!\s*-?\s*(?:consulent|functionaris|"
    rf"co[öo]rdinator|medewerker|adviseur|loket|team|beschikking|indicatie|aanvraag|officer|consultant)\w*)", re.I)
# the words of a question about an article that name no topic
_ARTICLE_WORDS = frozenset(tokens("regelt regelen geregeld artikel artikelen bepaling staat staan welke welk geldt "
                                  "which article articles covers governs section provision where volgens precies "
                                  "verstaat verstaan definieert omschrijft eigenlijk define defines regulate"))
OTHER_LAW_NL = ("De tekst van {law} zit niet in mijn bronnen; ze noemen die wet hooguit. Welk artikel daarvan dit regelt "
                "of wat erin staat, kan ik dus niet zeggen; zoek het op in wetten.overheid.nl. De bronnen die ik wel "
                "heb staan onder 'Bronnen'.")
OTHER_LAW_EN = ("The text of the {law} is not among my sources; they mention it at most. So I cannot say which of its "
                "articles covers this or what it says; look it up on wetten.overheid.nl. The documents I do have are "
                "listed under 'Bronnen'.")


# "art. 7:453": the abbreviation's full stop ends no sentence
_ART = re.compile(r"(?i)\bart\.\s*(?=\d)")


# an article of the Wlz by its number ("artikel 3.9.9", "art. 4.3.3 lid 2 Wlz"), not one of another law named after it
_WLZ_ARTICLE_NO = re.compile(r"\b(?:artikel|art\.?|article)\s+(\d{1,2}\.\d{1,2}\.\d{1,2}[a-z]?)(?![\w.]*\d)", re.I)
NO_ARTICLE_NL = ("Artikel {no} staat niet in de tekst van de Wet langdurige zorg die ik heb; misschien is het vervallen "
                 "of vernummerd, of bedoelt u een artikel van een andere regeling (zoals het Besluit langdurige zorg). "
                 "Zoek het op in wetten.overheid.nl.")
NO_ARTICLE_EN = ("Article {no} is not in the text of the Wet langdurige zorg that I have; it may have lapsed or been "
                 "renumbered, or you may mean an article of another regulation (such as the Besluit langdurige zorg). "
                 "Look it up on wetten.overheid.nl.")


# an article the law has but the text leaves out, by its status in the official XML
LEFT_OUT = {"nogniet": ("is nog niet in werking getreden", "is not yet in force"),
            "vervallen": ("is vervallen", "has been repealed")}
# what the official text (BWB XML) writes for such an article
OFFICIAL_TEXT = {"nogniet": "Dit onderdeel is nog niet inwerking getreden", "vervallen": "Vervallen"}
NOT_IN_FORCE_NL = ("Artikel {no} van de Wet langdurige zorg {status} in de versie van de wet die ik heb; de tekst ervan "
                   "staat daarom niet in de bronnen. Zoek het op in wetten.overheid.nl.")
NOT_IN_FORCE_EN = ("Article {no} of the Wet langdurige zorg {status} in the version of the law that I have; its text "
                   "is therefore not in the sources. Look it up on wetten.overheid.nl.")


# whether an article applies yet or still ("Geldt artikel 4.3.3 al?", "Is het al in werking getreden?", "Is 11.4.1
# vervallen?", "Does it apply yet?"), not what it will regulate ("Wat gaat dat artikel regelen als het in werking
# treedt?"): the article's status in the official XML answers it (``Assistant._left_out`` in chat.py)
STATUS_ASK = re.compile(r"\b(?:geldt|gelden|gold|golden)\b[^?]{0,40}?\b(?:al|nog|nu|inmiddels)\b|"
                        r"\b(?:is|zijn|was)\b[^?]{0,40}?\b(?:al|nog|inmiddels)\s+(?:niet\s+)?(?:in werking|van kracht|geldig|"
                        r"vervallen|ingetrokken)\b|\bin werking getreden\s*\?|\bvan kracht\s*\?|\bvervallen\s*\?|"
                        r"\b(?:in force|repealed)\b[^?]{0,20}\?|\bapply\s+(?:yet|already|now|still)\b", re.I)
_CONTENT_ASK = re.compile(r"\bwat\s+(?:gaat|zal|zou|regelt|regelen|staat|stond|houdt|bepaalt|bepaalde)\b|"
                          r"\bwaarover\b|\bwhat\s+(?:will|would|does|did|is)\b", re.I)


def asks_status(question: str) -> bool:
    """The question asks whether an article applies (yet, still), not what it says."""
    return bool(STATUS_ASK.search(question)) and not _CONTENT_ASK.search(question)


def _no_article(s: Signals) -> Refusal | None:
    """A Wlz article asked for by a number the law in the corpus does not have ("Wat staat er in artikel 3.9.9 van de
    Wlz?"): quoting the articles around it would answer another question. Off without a law in the corpus."""
    if not s.law_articles:
        return None
    for number in wlz_articles_asked(s.question):
        no = number.lower()
        status = s.law_articles.get(no)
        if status in LEFT_OUT:  # "Wat staat er in artikel 4.3.3 van de Wlz?": the law has it, its text is not in force
            said = LEFT_OUT[status][1 if s.english else 0]  # (another article's "op grond van artikel 3.1.3" is no text)
            return "article_left_out", (NOT_IN_FORCE_EN if s.english else NOT_IN_FORCE_NL).format(no=number,
                                                                                                 status=said)
        if status is None and f"artikel {no}" not in s.corpus_lower:
            return "no_article", (NO_ARTICLE_EN if s.english else NO_ARTICLE_NL).format(no=number)
    return None


def wlz_articles_asked(question: str) -> list[str]:
    """The numbers (as written) of the Wlz articles the asking text names; not another law's or document's ("artikel
    3.1.1 van het Besluit langdurige zorg", "artikel 4.2.1 van de inkoopvoorwaarden")."""
    asked = _asking_text(_ART.sub("artikel ", question))
    if not _WLZ_ARTICLE_NO.search(asked) and re.search(r"\b(?:dat|dit|het|die|deze|that|this|the)\s+(?:artikel|article)\b",
                                                       asked, re.I):
        asked = _ART.sub("artikel ", question)  # "… staat er nog een artikel 4.3.3. Geldt dat artikel al?"
    out = []
    for m in _WLZ_ARTICLE_NO.finditer(asked):
        after = asked[m.end(): m.end() + 60]
        if re.match(rf"[^.?;]{{0,25}}?(?<![\w-])(?:{_LAW_NAMES})(?![\w-])", after, re.I) or re.match(
                r"\s*(?:van|uit|in|of|from)\s+(?:de|het|the)\s+(?!wlz\b|wet\s+langdurige\s+zorg\b)\w", after, re.I):
            continue
        out.append(m.group(1))
    return out


def _other_law(s: Signals) -> Refusal | None:
    """An article of another law asked for or cited ("Welk artikel van de Wzd regelt de klachtencommissie?",
    "volgens artikel 2.3 van de Regeling langdurige zorg"): its text is not in the sources, unless a retrieved
    passage comes from a document whose title names that law (one added with ``add``) or names an article of it."""
    m = _LAW_ARTICLE.search(_asking_text(_ART.sub("artikel ", s.question)))
    if m is None:
        return None
    said = next(g for g in m.groups() if g)
    if m.group("i") and _WLZ_NAMED.search(_asking_text(s.question)):
        return None  # "Heeft zij volgens de Zvw of volgens de Wlz recht op …?": how the two meet
    law = next(name for name, p in _OTHER_LAWS.items() if re.fullmatch(p, said, re.I))
    name = rf"\b(?:{_OTHER_LAWS[law]})\b"
    if any(re.search(name, h.passage.title, re.I) for h in s.hits):
        return None
    # the sources name an article of that law: in a retrieved passage ("artikel 69 Zvw"), or anywhere beside a word
    # of what is asked ("meerzorg (zoals bedoeld in artikel 2.2 van de Rlz)"): what they say about it may answer
    cited = re.compile(rf"\b(?:artikel|artikelen|art\.?|article)\s+\d[\w.:]*[^.;?]{{0,40}}?{name}", re.I)
    number = re.search(r"\d[\w.:]*\d[a-z]?|\d", m.group(0)) if (m.group("b") or m.group("c")) else None
    if number is not None:  # "Wat regelt artikel 5:18 Awb?": the sources must name that article, not any other
        cited = re.compile(rf"\b(?:artikel|artikelen|art\.?|article)\s+(?:\d[\w.:]*\s*(?:,|en|and)\s*)*"
                           rf"{re.escape(number.group())}(?![\w:]|\.\d)[^.;?]{{0,40}}?{name}", re.I)
    topic = {t for t in tokens(_asking_text(_ART.sub("artikel ", s.question))) if len(t) >= 6} - \
        set(tokens(f"{said} {law}")) - _ARTICLE_WORDS - set(tokens(" ".join(ASKING_WORDS)))
    # (a passage that cites the law for something else does not say what the law means by the term asked: "artikel 24
    # van de Wet zorg en dwang" in a passage on the right to care is no definition of "onvrijwillige zorg")
    if any(cited.search(h.passage.text) and (not topic or any(_present(t, set(tokens(h.passage.text))) for t in topic))
           for h in s.hits):
        return None
    for c in cited.finditer(s.corpus_lower):
        a = max(s.corpus_lower.rfind(".", 0, c.start()), s.corpus_lower.rfind("\n\n", 0, c.start())) + 1
        b = s.corpus_lower.find(".", c.end())
        if topic and topic <= set(tokens(s.corpus_lower[a : b if b > 0 else None])):
            return None
    if s.english:
        return "other_law", OTHER_LAW_EN.format(law=law.split(" ", 1)[1])
    return "other_law", OTHER_LAW_NL.format(law=law)


# case law asked for: rulings, jurisprudence, ECLI numbers (the sources are a law, purchasing conditions and letters)
_CASE_LAW = re.compile(
    r"\b(?:jurisprudentie|rechtspraak|ecli|case law|precedents?)\b|"
    # rulings asked for ("welke uitspraken van de CRvB …", "zijn er uitspraken van de rechter …"); not a ruling the
    # question is about ("kan ik in cassatie tegen een uitspraak van de Centrale Raad van Beroep?")
    r"\b(?:welke|zijn er|is er|bestaan er|ken je|kent u|noem|geef|zoek)\b[^?.]{0,30}?\buitspra(?:ak|ken)\b"
    r"(?:\s+\S+){0,8}?\s+(?:van|door|bij)\s+(?:de\s+|het\s+|een\s+)?(?:centrale raad|crvb|rechter|rechters|rechtbank|"
    r"gerechtshof|hof|raad van state|hoge raad)\b|"
    r"\b(?:hoe|wat)\s+(?:heeft|hebben|oordeelt|oordeelde|oordelen|denkt|dacht)\s+(?:de\s+|het\s+)?(?:centrale raad van beroep|"
    r"crvb|rechter|rechters|rechtbank|gerechtshof|raad van state)\b|"
    r"\b(?:are there|is there|which|what|any|list|find|give me)\b[^?.]{0,30}?\b(?:court rulings?|rulings?|judgments?|"
    r"judgements?|court decisions?)\b|\bhow (?:did|have|has) (?:the )?(?:courts?|judges?|centrale raad)\b[^?.]{0,20}?"
    r"\b(?:ruled?|decided?)\b", re.I)


# refusals that also keep a verdict back: the question asks for something no rule decides (rulings; a thing the
# sources never name: "Heeft zij recht op een gebarentolk …?" is no question about the ZG behandeling rule; a question
# about another regime: "Hebben de begeleiders volgens de cao recht op een extra toeslag …?" is no question about a
# Wlz toeslag)
NO_VERDICT_REASONS = frozenset({"case_law", "unknown_thing", "out_of_scope"})


def _case_law(s: Signals) -> Refusal | None:
    """Rulings asked for ("welke uitspraken van de CRvB zijn er over …", "met ECLI-nummers"): the sources hold none
    (a ruling added as a document carries its ECLI number, and then this check steps aside)."""
    if _CASE_LAW.search(_asking_text(s.question)) and "ecli:" not in s.corpus_lower:
        return "case_law", CASE_LAW_EN if s.english else CASE_LAW_NL
    return None


def _no_hits(s: Signals) -> Refusal | None:
    return None if s.hits else ("not_relevant", "")


def _asking_text(question: str) -> str:
    """What ``question`` asks, without the story told before it: the sentences with a question mark and what follows
    the last of them ("Hoe bereik ik die organisatie? Het gaat om Zorggroep X."), and the sentence before one that is
    short or points back ("Zorgkantoor X zegt: … Klopt dat?", "… Hoe neem ik contact op met die organisatie?"). A
    message without a question mark is asked whole."""
    sentences, _ = split_asking(question)
    asks = [i for i, x in enumerate(sentences) if x.rstrip().endswith("?")]
    if not asks:
        return question
    asks += [i - 1 for i in asks if i > 0 and (len(sentences[i].split()) <= 5 or _POINTS_BACK.search(sentences[i]))]
    asks += range(asks[-1] + 1 if asks else 0, len(sentences))
    return " ".join(sentences[i] for i in sorted(set(asks)))


def _asked_part(question: str) -> str:
    """The asking sentences, with the sentence before one that points back at it with a pronominal adverb ("… wil
    euthanasie. Moet het verpleeghuis daaraan meewerken?")."""
    sentences, _ = split_asking(question)
    asks = [i for i, x in enumerate(sentences) if x.rstrip().endswith("?")] or [len(sentences) - 1]
    asks += [i - 1 for i in asks if i > 0 and _POINTS_BACK_ADVERB.search(sentences[i])]
    return " ".join(sentences[i] for i in sorted(set(asks)) if i >= 0)


_POINTS_BACK_ADVERB = re.compile(r"\b(?:daar|hier)(?:aan|bij|mee|over|voor|in|op|tegen|van|door)\b|\bthat\b|\bthis\b|\bit\b",
                                 re.I)


# an asking sentence that points back at what the sentence before it named ("die organisatie", "daar", "hen")
_POINTS_BACK = re.compile(r"\b(?:(?:die|deze|dat|dit)\s+(?:organisatie|instelling|zorgaanbieder|aanbieder|locatie|stichting|"
                          r"instantie|bedrijf|gemeente|plaats|stad|regio|persoon|mevrouw|meneer|partij|huis|tehuis|"
                          r"verpleeghuis|woning|brief|rapport|jaar|bedrag)|daar|daarheen|daarvan|hen|hun|that|those|there|"
                          r"them)\b", re.I)


def _unknown_name(s: Signals) -> Refusal | None:
    if s.english:  # English words are unknown to a Dutch index, not a sign of an unknown topic
        return None
    asked = _QUOTED.sub(".", s.question)  # a pasted line is the asker's material: its first word is no name
    # an inline bullet opens a sentence ("• Cliënte: mevrouw S. • Het zorgkantoor vraagt …"): its first word is no name
    asked = re.sub(r"\s*[•▪●◦]\s*", ". ", asked)
    # who asks is no part of what is asked: a label before a colon ("Medewerker van een Kamerlid: …") or the asker's
    # own name ("ja hallo met eh Petra van de cliëntondersteuning, …")
    intro = _INTRO.match(asked)
    if intro and not _QUOTES_SOMEONE.search(intro.group()):  # "Zorgkantoor X zegt: …" names a source, not who asks
        asked = ": " + asked[intro.end():]  # the word after the label stays a sentence's first word, no name
    asked = _SELF_NAMED.sub(" ", asked)
    # the people, places and organisations of the story told before the question are situation, not what is asked
    # ("Mijn broer Ruud woont in Den Dolder. … Wie betaalt dat?"); what the asking sentences name is
    asking = _asking_text(asked)
    # ... and where the family lives only when the asking sentence points at it ("Wie zitten er hier aan de
    # regiotafel?")
    here = bool(_POINTS_AT_PLACE.search(asking))
    told = [n for n in NAME.findall(asked) if here and n.lower() in places()]
    names = [n for n in [*NAME.findall(asking), *_MIXED_CASE.findall(asking), *told]
             if not _known(n.lower(), s.corpus_lower) and n.lower() not in countries() and n.lower() not in tools()
             and not set(re.split(r"[\s-]+", n.lower())) <= institutions()]  # "Eerste Kamer", "Tweede Kamer"
    return ("unknown_name", "") if names else None


# a system or product written in mixed case ("via DigiMV aanleveren", "inloggen met DigiD"): a name, not a word; not
# a board's short form ("de RvT", "de RvB", "JenV"), which has no run of three lower-case letters
_MIXED_CASE = re.compile(r"(?<![\w-])(?=[A-Za-z]*[a-z]{3})([A-Za-z]*[a-z][A-Z][A-Za-z]*)(?![\w])")


_POINTS_AT_PLACE = re.compile(r"\b(?:hier|daar|(?:in|bij|voor) (?:onze|mijn|die|deze|de|jullie) (?:regio|gemeente|provincie|stad|"
                              r"buurt|omgeving)|(?:die|deze|onze|mijn) regio|here|there|in (?:our|my|that|this) (?:region|area|town|city))\b",
                              re.I)


# the asker's label before a colon that opens the message: a role, up to nine words ("Voor een schriftelijke vraag van
# mijn Kamerlid: …", "Statenlid, commissie Zorg en Welzijn: …")
_INTRO = re.compile(r"^\s*(?:[\w'()&-]+,?\s+){0,8}[\w'()&-]+\s*:\s+(?=\S)")
# a job named in such a label ("Bestuurder VVT:", "Controller GGZ-instelling:", "Board member here:")
_ASKER_ROLE = re.compile(r"\b(?:bestuurder|directeur|manager|controller|teamleider|beleidsmedewerker|medewerker|"
                         r"adviseur|zorginkoper|inkoper|verpleegkundige|begeleider|arts|specialist|psycholoog|student|"
                         r"stagiair\w*|mantelzorger|vrijwilliger|lid|voorzitter|raad van (?:toezicht|bestuur)|rvt|rvb|"
                         r"board member|director|nurse|carer|volunteer|student)\b", re.I)
# ... that holds no question of its own ("Arts hier, vraag over code Z9876: …")
_ASKS_IN_LABEL = re.compile(r"\b(?:mag|mogen|kan|kunnen|wat|welke?|vraag|wanneer|hoe|code|prestatie|declareren)\b",
                            re.I)
_QUOTES_SOMEONE = re.compile(r"\b(?:zegt|zei|zeggen|schrijft|schreef|schrijven|meldt|meldde|stelt|stelde|vindt|vond|"
                             r"staat|stond|says|said|writes|wrote)\b", re.I)
# the asker says their own name on the phone or in an introduction ("ja hallo, met eh Petra van …", "u spreekt met
# Petra", "ik ben Petra", "mijn naam is Petra de Vries"); not "met" elsewhere ("Hoe zit het met Fictivia Zorg?")
_SELF_NAMED = re.compile(r"(?i:(?:\b(?:hallo|hoi|goede(?:morgen|middag|navond)|ja|dag)\s*,?\s+(?:(?:eh+|ehm)\s*,?\s+)?met|"
                         r"\bu spreekt met|\bik ben|\bmijn naam is)\s+(?:(?:eh+|ehm)\s+)?)"
                         r"[A-Z][a-zà-ÿ]+(?:\s+(?:van\s+|de\s+|der\s+){0,2}[A-Z][a-zà-ÿ]+)?")


# a line the asker pasted between quotation marks ("In de brief staat: "Zorgaanbieders dienen …". Klopt dat?")
# a pasted or quoted passage: in double quotes, in curly single quotes, or in straight single quotes that open after a
# colon or a space and close before a space or a sentence mark ("Antwoord: 'Dat doet de EVV'er van de afdeling.'"; an
# apostrophe inside a word, as in "EVV'er" or "zo'n", does not close it)
_QUOTED = re.compile(r"[\"“”„]([^\"“”„]{3,400})[\"“”]|‘([^‘’']{3,400})['’]|"
                     r"(?<=[:\s])'((?:[^'\n]|(?<=\w)'(?=\w)){3,400}?)'(?=[\s.,;:?!)]|$)")


# a code of letters and digits as users write it ("LG6", "VV5", "zzp VG7", "H336"), not a year, an amount or an
# ordinal ("de 2de stap", "12e week", "21st")
_CODE_Q = re.compile(r"(?<![\w-])(?!\d+(?:e|de|ste|st|nd|rd|th)(?![\w-]))(?=[A-Za-z]*\d)(?=\d*[A-Za-z])[A-Za-z\d]{3,}"
                     r"(?![\w-])")
UNKNOWN_CODE_NL = ("De bronnen die ik heb noemen {code} niet. Ik kan dus niet zeggen wat daarvoor geldt; kijk bij het CIZ "
                   "of de NZa, of vraag het uw zorgkantoor.")
UNKNOWN_CODE_EN = ("The sources I have (Dutch documents) do not mention {code}, so I cannot say what applies to it; see "
                   "the CIZ or the NZa, or ask the zorgkantoor.")


def _names_code(code: str, corpus_lower: str) -> bool:
    """The corpus names the code, also with a space or hyphen between its letters and digits ("VG 7", "VG-7")."""
    code = code.lower()
    if code in corpus_lower:
        return True
    runs = re.findall(r"[a-z]+|\d+", code)
    return re.search(r"[\s-]*".join(map(re.escape, runs)), corpus_lower) is not None


# an acronym of capitals as users write it ("een AGB-code", "de WTZi", "bij het UWV"); known when the corpus writes
# it as a word of its own (not inside another: "agb" in "dagbesteding"), or its full form (glossary), or it names a
# body of the system or a country
# (one the question spells out itself, in brackets after its full form, "crisis- en ondersteuningsteams (COT's)",
# is asked in those words)
_ACRONYM_Q = re.compile(r"(?<![\w(-])([A-Z]{3,5})(?![\w])(?![^()]{0,4}\))")


def _names_acronym(acronym: str, corpus_lower: str) -> bool:
    low = acronym.lower()
    return (re.search(rf"(?<![a-zà-ÿ]){re.escape(low)}(?![a-zà-ÿ])", corpus_lower) is not None
            or _known_in_full(low, corpus_lower) or low in institutions() or low in countries())


def _unknown_code(s: Signals) -> Refusal | None:
    """A question about a code the corpus never names ("Wat houdt zorgprofiel LG6 in?", "the VV5 budget"): nothing
    in the sources is about it. A yes/no question may name one as a given ("Geldt de toeslag ook voor VV3?"): the
    rule check or the passage on the whole group answers that, so only the other shapes are refused."""
    if s.asked.shape == "yesno":
        return None
    _, asking = split_asking(s.context or s.question)
    asking = _QUOTED.sub(".", asking)  # a code in a pasted line is the asker's material, not what is asked
    # ... and the asker's role before a colon ("Bestuurder VVT: wat is de maximale looptijd …?") is who asks
    if (intro := _INTRO.match(asking)) and _ASKER_ROLE.match(intro.group().strip()) \
            and not _ASKS_IN_LABEL.search(intro.group()):
        asking = asking[intro.end():]
    unknown = [c for c in _CODE_Q.findall(asking) if not _names_code(c, s.corpus_lower)]
    if not s.english:  # an English question's capitals ("What does the CIZ …", "I …") are read in its Dutch terms
        unknown += [a for a in _ACRONYM_Q.findall(asking) if not _names_acronym(a, s.corpus_lower) and a not in unknown]
    if not unknown:
        return None
    return "unknown_name", (UNKNOWN_CODE_EN if s.english else UNKNOWN_CODE_NL).format(code=_join(unknown, "and" if
                                                                                                s.english else "en"))


# "Wie betaalt de kapper …?", "Wordt de bril … vergoed?": who pays for a thing. When the sources never name the
# thing (not as a word, not inside a compound, not in the glossary), no passage says who pays for it; a sentence
# about the instelling's budget for hulpmiddelen in general does not (users dev splits: bril, kapper, ambulancerit,
# tv-aansluiting were "answered" with the list of hulpmiddelen)
_PAID_THING = re.compile(
    r"\bwie (?:betaalt|vergoedt|financiert)\s+(?:eigenlijk\s+|dan\s+)?(?:de|het|een|mijn|zijn|haar|onze|hun|die|dat)\s+"
    # the work or the cost of a person ("mijn inzet als tolk", "de kosten van de kapper"): that person is the thing
    r"(?:(?:inzet|kosten|uren|rekening)\s+(?:als|van|voor)\s+(?:(?:de|het|een|mijn|zijn|haar|onze|hun)\s+)?)?"
    r"([a-zà-ÿ][\wà-ÿ]{3,})(?![\wà-ÿ-])|"
    r"\b(?:wordt|worden)\s+(?:de|het|een|mijn|zijn|haar|onze|hun)\s+([a-zà-ÿ][\wà-ÿ]{3,})(?![\wà-ÿ-])"
    r"(?=[^?.]{0,60}\b(?:betaald|vergoed|gefinancierd)\b)|"
    # the payer named first ("Vergoedt het zorgkantoor zwemles voor mijn zoon?")
    r"^\s*(?:vergoedt|betaalt|financiert)\s+(?:het\s+zorgkantoor|de\s+wlz|het\s+ciz|het\s+cak|de\s+wlz-uitvoerder)\s+"
    r"(?:(?:ook|dan|eigenlijk|sowieso|helemaal|voortaan|altijd|nog|gewoon|wel|nu|straks|zomaar|echt)\s+)*"
    r"(?:de\s+|het\s+|een\s+|mijn\s+|zijn\s+|haar\s+|onze\s+|hun\s+)?"
    r"(?!(?:ook|dan|eigenlijk|sowieso|helemaal|voortaan|altijd|nog|gewoon|wel|niet|niets|alles|iets|dat|dit|die|deze|"
    r"daarvoor|hiervoor|deze|zulke|zo'n|extra|meer|minder)\b)([a-zà-ÿ][\wà-ÿ]{3,})(?![\wà-ÿ-])", re.I | re.M)
UNKNOWN_THING_NL = ("De bronnen die ik heb noemen {thing} niet. Ik kan dus niet zeggen wie dat betaalt; vraag het uw "
                    "zorgkantoor of de zorgaanbieder.")
# "Moet iemand met een VPT de personenalarmering zelf betalen?", "Moeten we zelf betalen voor de rolstoelfiets?":
# whether the client pays a thing himself is who pays for it
_SELF_PAID = re.compile(
    r"(?<!\bmoet )(?<!\bmoeten )(?<!\bhoeft )(?<!\bhoeven )(?<!\bmoest )(?<!\bmoesten )"
    r"\b(?:de|het|een|mijn|zijn|haar|onze|hun|die|dat)\s+([a-zà-ÿ][\wà-ÿ]{3,})\s+zelf\s+(?:betalen|betaald|bekostigen)\b|"
    r"\bzelf\s+(?:betalen|opdraaien)\s+voor\s+(?:de|het|een|mijn|zijn|haar|onze|hun)\s+([a-zà-ÿ][\wà-ÿ]{3,})(?![\wà-ÿ-])",
    re.I)
# "Heeft een bewoner recht op een eenpersoonskamer?", "Is een instelling verplicht een bewoner een eenpersoonskamer
# te geven?": a right to, or a duty to provide, a thing; when the sources never name the thing, no passage says
# what holds for it (not "recht op zorg", a word the corpus has; not "verplicht om de zorg te leveren")
_OWED_THING = re.compile(
    r"\brecht\s+op\s+(?:een|de|het)\s+(?:eigen\s+)?(?:[a-zà-ÿ]+e\s+|extra\s+|gratis\s+)?([a-zà-ÿ][\wà-ÿ]{3,})(?![\wà-ÿ-])|"
    r"\bverplicht\w*\s+(?:om\s+)?(?:[\wà-ÿ]+\s+){0,3}?(?:een|de|het)\s+(?:eigen\s+)?(?:[a-zà-ÿ]+e\s+|extra\s+|gratis\s+)?"
    r"([a-zà-ÿ][\wà-ÿ]{3,})\s+te\s+"
    r"(?:geven|bieden|leveren|verstrekken|regelen|vergoeden)\b|"
    # getting a thing through the system ("Kan ik via het zorgkantoor een mantelzorgmakelaar krijgen?")
    r"\b(?:kan|kun|kunt|kunnen|mag|mogen)\s+(?:ik|we|wij|hij|zij|ze|u|mijn\s+\w+)\s+(?:\w+\s+){0,2}?(?:via|van|bij)\s+"
    r"(?:het|de)\s+(?:zorgkantoor|ciz|wlz|wlz-uitvoerder)\s+(?:\w+\s+){0,2}?(?:een|de|het)\s+(?:eigen\s+)?"
    r"(?:[a-zà-ÿ]+e\s+|extra\s+|gratis\s+)?([a-zà-ÿ][\wà-ÿ]{3,})\s+(?:krijgen|vergoed\s+krijgen|aanvragen)\b", re.I)
UNKNOWN_OWED_NL = ("De bronnen die ik heb noemen {thing} niet. Ik kan dus niet zeggen wat daarvoor geldt; vraag het uw "
                   "zorgkantoor of de zorgaanbieder.")


# "Welke sanctie legt het zorgkantoor dan op?", "Hoeveel spaargeld mag ze hebben?", "Welk formulier …?", "Wat is
# het telefoonnummer van …?": which thing, or how much of it, is asked (not "hoeveel bedraagt …", a verb); when the sources never write the thing, not even inside another word
# ("disciplines" in "multidisciplinair", "codes" in "kostencodes"), nothing in them says which or how much
# (what the question opens with, or a clause of it: not "… als we niet weten welke medicatie ze gebruikt?")
_WHICH_THING = re.compile(r"(?:^|[,;:]\s*|\b(?:en|of|met|in|voor|bij|van|aan|uit|op|naar|tot|over|binnen|na|vanaf)\s+)"
                          r"(?:(?:welke?|hoeveel)\s+(?:soort(?:en)?\s+|extra\s+)?|(?:wat|hoe\s+(?:hoog|lang|groot))\s+"
                          r"(?:is|zijn|was|waren|wordt|worden)\s+(?:de|het|die|dat)\s+(?:[a-zà-ÿ]+e\s+)?)"
                          r"(?!bedr[ao]\w*\b)([a-zà-ÿ][a-zà-ÿ]{3,40})(?![\wà-ÿ-])", re.I)
UNKNOWN_WHICH_NL = ("De bronnen die ik heb noemen geen {thing}. Ik kan die vraag dus niet uit de bronnen beantwoorden; "
                    "vraag het uw zorgkantoor, het CIZ of de zorgaanbieder.")


# a term the asker puts in quotes as a name they heard ("Krijgt mijn dochter ook 'de zorgbonus van de Wlz'?"): a
# scheme by that name is asked about
# (as a name: "… van de Wlz" inside the quotes, or called so: "die ze 'de zorgbonus' noemen", "de zogenaamde …"; not a
# word put in quotes for emphasis: 'Mag de zorgaanbieder "servicekosten" rekenen?')
_QUOTED_TERM = re.compile(r"(?<![\wà-ÿ])['‘“\"](?:de|het|een)?\s*([a-zà-ÿ][\wà-ÿ]{3,40})\s+(?:van|voor|uit|in)\s+de\s+wlz"
                          r"['’”\"](?![\wà-ÿ])|"
                          r"\b(?:zogenaamde|zogeheten|genaamd|heet|heten|so-called|called)\s+['‘“\"](?:de|het|een)?\s*"
                          r"([a-zà-ÿ][\wà-ÿ]{3,40})['’”\"](?![\wà-ÿ])|"
                          r"(?<![\wà-ÿ])['‘“\"](?:de|het|een)?\s*([a-zà-ÿ][\wà-ÿ]{3,40})['’”\"]\s+(?:noemen|noemt|heet|heten|"
                          r"genoemd)\b", re.I)
UNKNOWN_NAMED_NL = ("De bronnen die ik heb noemen '{thing}' niet. Ik kan dus niet zeggen wat daarvoor geldt; vraag het uw "
                    "zorgkantoor.")


def _unknown_thing(s: Signals) -> Refusal | None:
    """Who pays for, or who owes, a thing the sources never name: refused, with the thing named."""
    if s.english:
        return None
    _, asking = split_asking(s.context or s.question)
    for pattern, message in ((_PAID_THING, UNKNOWN_THING_NL), (_SELF_PAID, UNKNOWN_THING_NL),
                             (_OWED_THING, UNKNOWN_OWED_NL), (_QUOTED_TERM, UNKNOWN_NAMED_NL)):
        for m in pattern.finditer(asking):
            thing = next(g for g in m.groups() if g).lower()
            if not _thing_known(thing, s):
                return "unknown_thing", message.format(thing=thing)
    return None


def _unknown_which(s: Signals) -> Refusal | None:
    """Which thing, or how much of it, is asked, and the sources never write the thing (``_WHICH_THING``): refused
    with the thing named. Run after the checks for a value, a count, names and another year, which say better what
    is missing when they apply."""
    if s.english:
        return None
    _, asking = split_asking(s.context or s.question)
    for m in _WHICH_THING.finditer(_QUOTED.sub(".", asking)):
        thing = m.group(1).lower()
        if not _thing_known(thing, s) and not _written_inside(thing, s):
            return "unknown_thing", UNKNOWN_WHICH_NL.format(thing=thing)
    return None


def _written_inside(thing: str, s: Signals) -> bool:
    """The sources write ``thing`` without its plural or inflection ending inside a longer word ("disciplin" in
    "multidisciplinair"), or it is a compound of a word they know and a last part they write inside another word
    ("prestatie|codes": "codes" in "kostencodes")."""
    folded, corpus = fold(thing), folded_corpus(s.corpus_lower)
    if any(len(b) >= 5 and b in corpus for b in _bases(folded)):
        return True
    for i in range(4, len(folded) - 3):
        first, head = folded[:i], folded[i:]
        if any(t and t[0] in s.vocab for t in (tokens(first), tokens(first[:-1]))) \
                and any(len(b) >= 4 and b in corpus for b in _bases(head)):
            return True
    return False


@lru_cache(maxsize=4)
def folded_corpus(corpus_lower: str) -> str:
    """The corpus without its accents ("cliënten" → "clienten"), as questions are often typed; once per corpus."""
    return fold(corpus_lower)


def _bases(word: str) -> set[str]:
    """``word`` and ``word`` without a plural or inflection ending ("codes" → "code", "cod")."""
    return {word, *(word[: -len(e)] for e in ("en", "es", "s", "e") if word.endswith(e))}


def _thing_known(thing: str, s: Signals) -> bool:
    """The sources name ``thing``: as a word, inflected, as a compound of their words ("stoma|materialen") or in
    the glossary; an asking word is no thing."""
    return thing in ASKING_WORDS or any(t in s.vocab for t in tokens(thing)) or _stem(thing) in s.corpus_lower \
        or compound_parts(thing, s.vocab) is not None or _known_in_full(thing, s.corpus_lower)


def _known(name: str, corpus_lower: str) -> bool:
    """The corpus names it, or names it in full ("Wzd" → "Wet zorg en dwang", from the glossary), or by its office
    ("Belastingdienst" → "inspecteur", scope.yaml ``named_by_office``)."""
    office = named_by_office().get(name)
    return (name in corpus_lower or _known_in_full(name, corpus_lower)
            or (office is not None and office in corpus_lower) or _known_with_generic_tail(name, corpus_lower))


# a word of the corpus with a generic noun after it, written as one word ("Kamerstuknummer": "Kamerstuk 25 657")
_GENERIC_TAIL = re.compile(r"(?<=\w{5})(?:nummers?|datums?|titels?|lijst|lijsten|naam|namen)$")


def _known_with_generic_tail(name: str, corpus_lower: str) -> bool:
    m = _GENERIC_TAIL.search(name)
    return m is not None and re.search(r"\b" + re.escape(name[: m.start()]) + r"\b", corpus_lower) is not None


def _known_in_full(name: str, corpus_lower: str) -> bool:
    """The corpus writes a term of the glossary group ``name`` (lower case) belongs to."""
    return any(t.lower() in corpus_lower for g in glossary_groups() if name in (x.lower() for x in g) for t in g)


def _prior_trusts(s: Signals) -> bool:
    """The question prior (fitted on this corpus) says the documents answer questions like this one with high
    odds: the word-level checks then leave the decision to the calibrated score. "Moet mijn opa meewerken aan een
    onderzoek van het CIZ? Hij wil eigenlijk niemand over de vloer." has half its words outside the index, yet is
    a question the law answers (users8-dev: 1 of 51 unanswerable questions reach this prior, 42 of 69 answerable)."""
    return s.prior is not None and s.prior >= s.limits.prior_trusted


def _unknown_terms(s: Signals) -> Refusal | None:
    lim = s.limits
    if s.english or s.oov_share < lim.oov_share or s.dense >= lim.oov_max_dense or _prior_trusts(s):
        return None
    return "unknown_terms", ""


# a code of letters and digits ("H336", "VG7", "ZZP 9b" is two tokens): named in the question and in a top passage,
# it says what the question is about, however short the question and low its scores ("What is the H336 code used for?")
_CODE_TOKEN = re.compile(r"^(?=[a-z]*\d)(?=\d*[a-z])[a-z\d]{3,}$")


def _names_a_code_of(s: Signals) -> bool:
    codes = {t for t in tokens(s.context or s.question) if _CODE_TOKEN.match(t)}
    return bool(codes) and any(codes & set(tokens(h.passage.text)) for h in s.hits[:3])


def _not_relevant(s: Signals) -> Refusal | None:
    if s.dense >= s.limits.min_dense or s.lexical >= s.limits.min_lexical or _names_a_code_of(s) or _prior_trusts(s):
        return None
    # a short definition question scores low on both ("What is a vpt?"), yet a picked sentence that defines the
    # term ("a. een volledig pakket thuis dat verleend wordt door …") is what it asks for
    pattern = _definition_pattern(s.question) if s.asked.shape == "definition" else None
    if pattern is not None and any(pattern.search(t) for t in s.sentences[:1]):
        return None
    return "not_relevant", ""


def _present(token: str, pool: set[str]) -> bool:
    """A stem in a set of stems, compounds counted: 'meerzorg' in 'meerzorgaanvraag' and the other way round; a verb
    in -eren as its noun in -atie ('evalueren' – 'evaluatie', 'indiceren' – 'indicatie')."""
    if token in pool or (len(token) >= 5 and any(token in w or (len(w) >= 6 and w in token) for w in pool)):
        return True
    return len(token) >= 6 and token.endswith("er") and any(w.startswith(token[:-2] + "atie") for w in pool)


def _modifier(word: str, doc_freq: dict[str, int]) -> str:
    """The first part of a compound the corpus never writes whole, when both parts are words it knows:
    "evaluatiegesprek" → "evaluatie" (the law writes "een bespreking … ter evaluatie"); "" otherwise."""
    parts = compound_parts(word, doc_freq)
    return tokens(parts[0])[0] if parts else ""


def topic_words(s: Signals) -> list[tuple[str, str]]:
    """(stem, word as written) for the question's words that occur in few passages: they name its topic. A
    compound the corpus never writes whole stands for its first part ("evaluatiegesprek" → "evaluatie")."""
    limit = s.limits.topic_max_df * max(1, s.passages)
    out: list[tuple[str, str]] = []
    text = s.context or s.question
    if s.english:  # "How long can the observation last?": its topic words in Dutch, as the rule check reads it
        text = f"{text} {read_in_dutch(text)}"
    for word in re.findall(r"[\w+&-]+", text):
        if word.lower() in ASKING_WORDS or set(tokens(word)) <= ASKING_WORDS:
            continue
        for t in tokens(word):
            if s.doc_freq.get(t, 0) == 0 and (part := _modifier(word, s.doc_freq)):
                t = part
            # an acronym of three capitals names the topic as well as a longer word does ("de Wet DOS"); a body that
            # runs the system ("VWS", "CIZ", ``institutions``) does not
            short_ok = len(t) >= 4 or (len(t) == 3 and word.isupper() and word.replace("&", "").isalpha()
                                       and word.lower() not in institutions())
            if short_ok and not t.isdigit() and 0 < s.doc_freq.get(t, 0) <= limit and t not in dict(out) \
                    and t not in ASKING_WORDS:
                out.append((t, word))
    return out


def _words_of(text: str) -> set[str]:
    """Stems and, for words the stemmer cuts apart ("gewijzigd" → "wijzig", but "wijziging" → "wijs"), the words
    as written: a topic stem is found in either; and the glossary's other names of the terms it writes ("zorg
    behorende tot een zorgzwaartepakket" names the ZZP)."""
    other = " ".join(expansions(text))
    return set(tokens(f"{text} {other}")) | {fold(w.lower()) for w in re.findall(r"\w{5,}", text)}


def _no_value(s: Signals) -> Refusal | None:
    """A value question (how long, how much, how many …) needs a sentence that holds such a value, next to a word
    of its topic (the sentence, the one before it, or the section title)."""
    question = s.context or s.question  # a follow-up is judged as its standalone form
    parts = split_question(question)
    which = [p for p in parts if _WHICH_WAY.search(p)]
    if which and all(len(p.split()) <= 5 or not _HOW_MUCH.search(p) for p in which) and (
            len(parts) == 1 or all(len(p.split()) <= 5 for p in which)):
        return None  # "… een ander tarief dan voor VG7? Hoger of lager?": which way, not how much
    if len(parts) > 1:  # "Met welk formulier vraag ik het aan en waar stuur ik het naartoe?": its first part decides
        first = classify(parts[0])
        return _no_value(replace(s, question=parts[0], context=parts[0], asked=first)) if first.shape == "value" \
            else None
    if s.asked.shape != "value":
        return None
    # "binnen hoeveel dagen moet het zorgkantoor ons budgetplan goedkeuren? we wachten al 5 weken": the unit asked
    # for and a quantity told beside it do not name what the value is of ("hoe hij zijn dagen wil invullen" does)
    asking = split_asking(question)[1].lower()
    topic = [(t, w) for t, w in topic_words(s)
             if w.lower() not in _VALUE_WORDS or not (re.search(rf"\b{re.escape(w.lower())}\b", asking)
                                                      or re.search(rf"(?:\d|\b{_TOLD_NUMBER})\s*{re.escape(w)}\b",
                                                                   question, re.I))]
    verb = _asked_verb(asking)
    # the verb asked is checked on its own below; as a topic word it would pass any sentence that says it ("beslissen"
    # in "de beslissing op bezwaar … binnen eenentwintig weken" for a decision on meerzorg)
    finite = _SEPARABLE_ASKED.get(verb, ("",))[0].split("|")  # ("houdt … vrij": "houdt" is the verb too)
    stems = [t for t, w in topic if not verb or (w.lower() != verb and w.lower() not in finite)]
    years = set(_YEAR.findall(asking))
    lead = s.asked.value == "duration" and bool(_LEAD_ASKED.search(asking))
    # "in welk jaar is de stichting opgericht?", "when was it published?": the date of that event, not any year
    events = [stems for rx, stems in _EVENTS if rx.search(asking)] if s.asked.value == "date" else []
    # "By when does the provider have to put the zorgplan in writing?": a term after an event answers a deadline
    # ("binnen zes weken na aanvang van de zorgverlening")
    deadline = s.asked.value == "date" and bool(_DEADLINE_ASKED.search(asking))
    holding: list[str] = []  # value sentences without a topic word: close enough in meaning may still answer
    for h in s.hits[: s.limits.value_passages]:
        text = h.passage.text
        title = " ".join(h.passage.section[-1:])
        # the heading above it names the topic too ("2.8 Laag Volume Hoog Complex" › "Tarief": "c&a lvhc welk tarief")
        above = " ".join(h.passage.section[-2:-1])
        spans = list(sentence_spans(text))
        for i, (a, b) in enumerate(spans):
            if not holds_value(s.asked, text[a:b]) and not (deadline and _WITHIN_TIME.search(text[a:b])):
                continue
            pool = _words_of(text[spans[i - 1][0] if i else a: b] + " " + title + " " + above)
            if s.asked.subject and not _names(s.asked.subject, text[spans[i - 1][0] if i else a: b] + " " + title):
                continue  # "hoe lang duurt de overgangsperiode?": not "meerzorg wordt (1-3 jaar) toegekend"
            if verb and not _says_verb(verb, text[spans[i - 1][0] if i else a: b]):
                continue  # "hoe lang moeten we zorgplannen bewaren?": not "binnen zes weken … vast in een zorgplan"
            if years and (said := set(_YEAR.findall(text[a:b]))) and not said & years:
                continue  # "met hoeveel procent zijn de tarieven per 2026 gestegen?": not "voor 2025 … 6,2%"
            if lead and not _LEAD_TIME.search(text[a:b]):
                continue  # "hoeveel weken van tevoren moeten we aanvragen?": not "na maximaal drie jaar"
            if events and not all(any(stem in fold(text[a:b].lower()) for stem in stems) for stems in events):
                continue  # "… opgericht?": not "overeenkomstig de Archiefwet 1995"
            if not stems:
                return None
            if any(_present(t, pool) for t in stems):
                return None
            holding.append(text[a:b].strip())
        # a heading can hold the value ("Landelijk beschikbaar budget van 4,5 miljoen") for the passage under it
        if title and holds_value(s.asked, _SECTION_NUMBER.sub("", title)):  # "6 Transitiemiddelen" counts nothing
            pool = _words_of(title + " " + text[:300])
            if not stems or any(_present(t, pool) for t in stems):
                return None
    if s.meaning is not None and s.meaning.value_cosine is not None and holding:
        close = [c for c in s.meaning.similarity(question, holding) if c is not None]
        if close and max(close) >= s.meaning.value_cosine:
            return None
    named = [w for t, w in topic if _present(t, set(tokens(" ".join(h.passage.text for h in s.hits[:5]))))
             and w.lower() not in _WEAK_WORDS and t in stems]
    kind = (VALUE_EN if s.english else VALUE_NL)[s.asked.value]
    if named:
        topic_text = _join(named[:3], "and" if s.english else "en")
        template = NO_VALUE_EN if s.english else NO_VALUE_NL
        return "no_value", template.format(topic=topic_text, kind=kind)
    return "no_value", (NO_VALUE_EN_BARE if s.english else NO_VALUE_NL_BARE).format(kind=kind)


_YEAR = re.compile(r"\b(20[0-4]\d)\b")
_WHICH_WAY = re.compile(r"\b(?:hoger|groter|langer|eerder)\s+of\s+(?:lager|kleiner|korter|later)\b|"
                        r"\b(?:higher|bigger|longer|earlier)\s+or\s+(?:lower|smaller|shorter|later)\b", re.I)
_HOW_MUCH = re.compile(r"\b(?:hoeveel|hoe\s+(?:hoog|lang|groot|vaak)|how\s+(?:much|many|long|high|big|often))\b", re.I)
_DEADLINE_ASKED = re.compile(r"\b(?:by when|before when|how soon|no later than when|uiterlijk wanneer|wanneer uiterlijk|"
                             r"voor wanneer|tot wanneer heeft|wanneer (?:moet|moeten|dient|dienen)\b[^?]*\buiterlijk)\b", re.I)
_WITHIN_TIME = re.compile(r"\b(?:binnen|uiterlijk)\s+(?:\w+\s+){0,2}?(?:dag|dagen|week|weken|maand|maanden|jaar|jaren|"
                          r"werkdag|werkdagen)\s+(?:na|nadat|vanaf|"
                          r"sinds|na afloop|volgend)\b", re.I)
# a heading's own number ("6 Transitiemiddelen", "2.3. Consultatie en advies")
_SECTION_NUMBER = re.compile(r"^\s*(?:§\s*)?\d+(?:\.\d+)*\.?\s+")
# the event a date question asks the date of, and the stems a sentence that dates it says
_EVENTS: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = tuple((re.compile(rx, re.I), stems) for rx, stems in (
    (r"\b(?:opgericht|founded|established|set up)\b", ("opgericht", "oprichting", "ingesteld", "instelling van")),
    (r"\b(?:ingevoerd|introduced)\b", ("ingevoerd", "invoering", "in werking", "inwerkingtreding")),
    (r"\b(?:gepubliceerd|uitgebracht|verschenen|published|released)\b",
     ("gepubliceerd", "publicatie", "uitgebracht", "verschenen", "verschijnt", "publiceert")),
    (r"\b(?:ondertekend|getekend|signed)\b", ("ondertekend", "getekend", "ondertekening")),
    (r"\b(?:afgeschaft|opgeheven|abolished)\b", ("afgeschaft", "opgeheven", "ingetrokken", "intrekking")),
))
# a time ahead asked for ("hoeveel weken van tevoren", "how many weeks in advance"): the sentence must say a time
# before something, not just a duration
_LEAD_ASKED = re.compile(r"\b(?:van tevoren|vooraf|voorafgaand|in advance|beforehand)\b", re.I)
_LEAD_TIME = re.compile(r"\b(?:van tevoren|vooraf|voordat|voorafgaand|vóór|voor(?= (?:de|het|afloop|het einde|aanvang|"
                        r"ingang)\b)|uiterlijk|in advance|before|prior)\b", re.I)
# words that name no topic in a refusal ("De bronnen noemen kamer en nieuwe"): adjectives any sentence may have
_WEAK_WORDS = frozenset({"nieuw", "nieuwe", "oud", "oude", "ander", "andere", "eigen", "goed", "goede", "groot", "grote",
                         "klein", "kleine", "lang", "lange", "hele", "zelfde", "nieuwste", "totale", "new", "old", "other", "own",
                         "total"})


# a quantity told in words ("na tien weken", "al twee maanden"): its unit names no topic either
_TOLD_NUMBER = rf"(?:{'|'.join(NUMBER_WORDS)}|een paar|enkele|a few|several)"


# the words of the value asked for itself ("binnen hoeveel dagen", "hoe lang duurt het voordat"): every sentence that
# holds such a value names them, so they do not tell what the value is of
_VALUE_WORDS = frozenset({
    "dag", "dagen", "week", "weken", "maand", "maanden", "jaar", "jaren", "uur", "uren", "minuut", "minuten",
    "seconden", "euro", "procent", "percentage", "keer", "voordat", "totdat", "tijd", "termijn",
    "day", "days", "weeks", "month", "months", "year", "years", "hour", "hours", "minutes", "percent"})


# The verb an asking sentence ends in after its modal ("binnen hoeveel dagen moet het zorgkantoor ons budgetplan
# goedkeuren?", "hoe lang moeten we oude zorgplannen bewaren?"): what happens in the time or for the amount asked.
# Verbs that say little of what happens (zijn, krijgen, duren, betalen …) are not asked for.
_MODAL_LAST_VERB = re.compile(r"\b(?:moet|moeten|mag|mogen|kan|kunnen|zal|zullen|wil|willen)\b[^?]*?\b([a-zà-ÿ]{4,}en)"
                              r"\s*[?!.]*\s*$")
_GENERIC_VERBS = frozenset({
    "zijn", "worden", "hebben", "krijgen", "duren", "kosten", "betalen", "gaan", "komen", "doen", "maken", "liggen",
    "staan", "blijven", "geven", "nemen", "zitten", "lopen", "houden", "vallen", "gelden", "zetten", "leveren",
    "regelen", "gebruiken", "rekenen", "declareren", "vergoeden", "inzetten", "ontvangen", "wachten", "verwachten",
    "doorlopen", "voortduren"})
# verbs that say the same of a document or a request ("inleveren" is what the law calls "zenden")
_SAME_VERBS = (frozenset({"indienen", "inleveren", "insturen", "opsturen", "sturen", "zenden", "toezenden", "aanleveren",
                          "versturen", "verzenden", "aanbieden", "overleggen", "overhandigen"}),
               # acting on an instruction ("binnen welke termijn moeten we die aanwijzing opvolgen?": "niet binnen vier
               # weken aan een aanwijzing voldoet")
               frozenset({"opvolgen", "voldoen", "voldoet", "voldaan", "nakomen", "uitvoeren", "naleven"}))
_PARTICLES = ("goed", "terug", "door", "over", "mee", "vast", "toe", "weg", "voor", "aan", "uit", "af", "op", "in",
              "na", "bij", "vrij")
# a separable verb asked without a modal, its particle last ("Hoe lang houdt de instelling zijn plek vrij?", "Binnen
# hoeveel weken keurt het zorgkantoor het plan goed?"): the verb is the particle and the infinitive. Only those whose
# particle makes another verb of it (not "houdt … in", "geeft … aan", "betaalt … mee": what something comprises,
# indicates or pays towards is said in other verbs): the verb asked, its finite forms and its particle
_SEPARABLE_ASKED = {
    "vrijhouden": ("houdt|houden", "vrij"), "goedkeuren": ("keurt|keuren", "goed"), "afgeven": ("geeft|geven", "af"),
    "opschorten": ("schort|schorten", "op"), "terugbetalen": ("betaalt|betalen", "terug"),
    "terugvragen": ("vraagt|vragen", "terug"), "intrekken": ("trekt|trekken", "in"), "afwijzen": ("wijst|wijzen", "af"),
    "vaststellen": ("stelt|stellen", "vast"), "opstellen": ("stelt|stellen", "op"), "opzeggen": ("zegt|zeggen", "op"),
    "terugsturen": ("stuurt|sturen", "terug")}
_SEPARABLE_LAST = tuple((verb, re.compile(rf"\b(?:{finite})\b[^?.!]{{1,80}}?\s{particle}\s*[?!.]*\s*$", re.I))
                        for verb, (finite, particle) in _SEPARABLE_ASKED.items())


# a subordinate clause after the asked verb ("hoe lang moet je de kamer vrijhouden voordat er een nieuwe cliënt in
# mag?"): the verb asked is the one before it
_SUBORDINATE = re.compile(r"[,\s]+(?:voordat|totdat|nadat|zodat|omdat|zodra|terwijl|indien|wanneer|als)\b")


# "hoeveel dagen heeft het zorgkantoor om te beslissen?": the verb of the purpose asked
_PURPOSE_VERB = re.compile(r"\bom\s+(?:\w+\s+){0,3}?te\s+([a-zà-ÿ]{4,}en)\s*[?!.]*\s*$")


# a verb that says little with the noun that says what happens ("binnen hoeveel weken kan ik bezwaar maken?": a
# sentence on when the CAK bills the eigen bijdrage does not say it)
_LIGHT_VERB = re.compile(r"\b(bezwaar|beroep|aanvraag|melding|klacht|opzegging)\s+(?:\w+\s+){0,2}?"
                         r"(?:maken|doen|instellen|aantekenen|indienen|gemaakt|gedaan|ingesteld|ingediend)\b", re.I)


def _asked_verb(asking: str) -> str:
    m = _MODAL_LAST_VERB.search(asking)
    if m is None and (sub := _SUBORDINATE.search(asking)) is not None:
        m = _MODAL_LAST_VERB.search(asking[: sub.start()] + "?")
    if m is None:
        m = _PURPOSE_VERB.search(asking)
    if m is None and (separable := next((v for v, rx in _SEPARABLE_LAST if rx.search(asking)), None)):
        return separable
    if (m is None or m.group(1) in _GENERIC_VERBS) and (light := _LIGHT_VERB.search(asking)):
        return light.group(1).lower()  # "bezwaar maken", "een aanvraag doen": the noun says what happens
    if m is None or m.group(1) in _GENERIC_VERBS or m.group(1) in _VALUE_WORDS:
        return ""
    if m.group(1).startswith("ge") or re.search(r"\b(?:worden|zijn)\s+\S+\s*[?!.]*\s*$", asking):
        return ""  # a participle ("… maximaal worden gesloten?"): the passive says what holds, in the sources' own verb
    return m.group(1)


def _says_verb(verb: str, text: str) -> bool:
    """``text`` has ``verb`` in some form: "bewaren" / "bewaard", "goedkeuren" / "keurt … goed", "afgeven" / "geeft
    … af" (a separable verb by its root)."""
    same = next((group for group in _SAME_VERBS if verb in group), frozenset({verb}))
    roots = [r for v in sorted(same) for r in [v] + [v[len(p):] for p in _PARTICLES
                                                       if v.startswith(p) and len(v) - len(p) >= 4]]
    words = _words_of(text)
    for root in roots:
        stem = next(iter(tokens(root)), "")
        if stem and (stem in words or any(w.startswith(stem) or stem in w for w in words if len(stem) >= 4)):
            return True
    return False


def _stem(word: str) -> str:
    """A crude stem for finding a word inside others: its last letter off ("overgangsperiode" in
    "overgangsperiodes", "rolstoel" in "rolstoelen")."""
    folded = fold(word.lower())
    return folded[:-1] if len(folded) > 5 else folded


def _names(noun: str, text: str) -> bool:
    """``text`` names ``noun``, also inflected or as the head of a compound ("observatieperiode" for "periode")."""
    return _stem(noun) in fold(text.lower())


def _join(words: list[str], conj: str) -> str:
    """"a, b en c"; a word named twice (two stems of "SGLVG-kliniek") once."""
    first: dict[str, str] = {}
    for w in words:
        first.setdefault(w.lower(), w)
    words = list(first.values())
    return words[0] if len(words) == 1 else f"{', '.join(words[:-1])} {conj} {words[-1]}"


def _no_amount(s: Signals) -> Refusal | None:
    # what the asking sentences ask, not an amount of the story told before them ("… een rekening van 640 euro. …
    # Wie hoort de tandartskosten te betalen?")
    if AMOUNT_Q.search(_asking_text(s.question)) and not any(AMOUNT_A.search(x) for x in s.sentences):
        return "no_amount", ""
    return None


# "Wanneer start de vierde leergang voor ambassadeurs?" when the sources only speak of the third: an ordinal asked
# with a thing the corpus numbers otherwise, and never with that ordinal ("In 2022 start ik met een derde leergang")
_ORDINALS = ("eerste", "tweede", "derde", "vierde", "vijfde", "zesde", "zevende", "achtste", "negende", "tiende")
_ORDINAL_Q = re.compile(r"\b(" + "|".join(_ORDINALS) + r"|(?:[1-9]|10)e)\)?\s+([a-zà-ÿ][\wà-ÿ-]{4,})\b", re.I)
OTHER_ORDINAL_NL = ("De bronnen die ik heb noemen een {known} {thing}, maar geen {asked} {thing}. Ik kan die vraag dus "
                    "niet uit de bronnen beantwoorden; vraag het de organisatie die het organiseert of uw zorgkantoor.")


def _ordinal_word(mark: str) -> str:
    digits = mark.rstrip("eE")
    return _ORDINALS[int(digits) - 1] if digits.isdigit() else mark.lower()


def _other_ordinal(s: Signals) -> Refusal | None:
    """An ordinal asked with a thing ("de vierde leergang") that the corpus writes only with other ordinals: that
    one is not in the sources, whatever the picked sentences say of the others. Not "eerste", which is said loosely
    ("de eerste stap"), nor an article's members ("lid")."""
    if s.english:
        return None
    for m in _ORDINAL_Q.finditer(_asking_text(s.context or s.question).replace("(", " ")):
        asked, thing = _ordinal_word(m.group(1)), m.group(2).lower()
        # the asked one in the corpus, also in a pair ("de derde en vierde leergang")
        if asked == "eerste" or thing in ("lid", "leden") or re.search(
                rf"\b{asked}\s+(?:(?:en|of|tot|t/m)\s+\w+\s+)?{re.escape(thing)}", s.corpus_lower):
            continue
        # "eerste" is said loosely ("in eerste instantie", "in de eerste graad"): no numbering of the thing
        known = [o for o in _ORDINALS[1:] if o != asked and re.search(rf"\b{o}\s+{re.escape(thing)}\b", s.corpus_lower)]
        if known:
            return "other_ordinal", OTHER_ORDINAL_NL.format(known=known[-1], thing=thing, asked=asked)
    return None


# "Wanneer verschijnt versie 3.3?" when the sources are version 3.2: a version number asked that the corpus never writes
_VERSION_Q = re.compile(r"\b(?:versie|version|v)\s?(\d{1,2}\.\d{1,2})\b", re.I)
_CONDITIONS_NAMED = re.compile(r"\binkoopvoorwaarden\b|\bvoorwaarden van zn\b|\bzorgverzekeraars nederland\b|"
                               r"\bpurchasing conditions\b", re.I)
OTHER_VERSION_NL = ("De bronnen die ik heb bevatten versie {known} van de aanvullende inkoopvoorwaarden van Zorgverzekeraars "
                    "Nederland, niet versie {asked}. Ik kan die vraag dus niet uit de bronnen beantwoorden; kijk op de "
                    "website van Zorgverzekeraars Nederland of vraag het uw zorgkantoor.")
OTHER_VERSION_EN = ("The sources I have (Dutch documents) hold version {known} of the ZN purchasing conditions, not "
                    "version {asked}, so I cannot answer that from them; see the Zorgverzekeraars Nederland website or ask "
                    "the zorgkantoor.")


def _other_version(s: Signals) -> Refusal | None:
    """A version number asked ("versie 3.3", "V3.3") of the purchasing conditions, which the corpus holds in another
    version (not a version of another document: "het Kwaliteitskader versie 2.0")."""
    if not _CONDITIONS_NAMED.search(s.context or s.question):
        return None
    known = [m.group(1) for m in _VERSION_Q.finditer(s.corpus_lower)]
    for m in _VERSION_Q.finditer(_asking_text(s.context or s.question)):
        if known and m.group(1) not in known:
            return "other_version", (OTHER_VERSION_EN if s.english else OTHER_VERSION_NL).format(
                known=known[-1], asked=m.group(1))
    return None


def _no_count(s: Signals) -> Refusal | None:
    if COUNT_Q.search(_asking_text(s.question)) and not any(has_count(without_given(s.asked, x)) for x in s.sentences):
        return "no_count", ""
    return None


# "Wie is de voorzitter van de CElz?" asks for a person by an office: answered only by a sentence naming someone
# ("V.P.G. Karremans", "mevrouw De Vries"), not by one that mentions the office ("Geachte voorzitter")
# (a filler may come between: "wie is eigenlijk de voorzitter van het CAK nu?"; the article may be dropped: "wie is
# programmaleider van …?"; or the name asked for: "wat is de naam van de zorginkoper bij ons zorgkantoor?")
_ROLES = (r"voorzitter|directeur|bestuurder|minister|staatssecretaris|contactpersoon|woordvoerder|secretaris|"
          r"ombudsman|programmaleider|programmamanager|projectleider|zorginkoper|inkoper|accountmanager|"
          r"coördinator|coordinator|chair|chairman|chairperson|director|spokesperson|contact person|"
          r"programme (?:lead|leader|manager)|program (?:lead|leader|manager)|project (?:lead|leader)|purchaser|buyer|"
          # who wrote a published document ("wie zijn de auteurs van dat zorgprogramma?"; not who draws up a zorgplan)
          r"auteurs?(?!\s+van\s+(?:het|een|zijn|haar)\s+(?:zorg|behandel)plan)|authors?|"
          # a member of parliament by name ("Welk Kamerlid …?", "Which Member of Parliament asked …?")
          r"kamerlid|kamerleden|member of parliament|members of parliament|mps?")
PERSON_Q = re.compile(r"\b(?:wie (?:is|zijn|was|waren) (?:(?:eigenlijk|nu|nou|momenteel|tegenwoordig|daar|dan|toen|destijds|"
                      r"in\s+\d{4})\s+){0,2}"
                      r"(?:de |het |onze |mijn |ons )?(?:huidige |nieuwe |eerste |vorige |laatste |toenmalige )?|"
                      r"(?:de )?naam van (?:de |het |onze |mijn |ons )?(?:huidige |nieuwe )?(?:[\w-]+ )?|"
                      # "Hoe heet de projectleider die …?", "Which Member of Parliament asked …?"
                      r"hoe heet (?:de |het |die |dat |deze |hun |onze )?(?:[\w-]+ )?|"
                      r"who is (?:currently |now )?(?:the )?(?:current )?|(?:the )?name of (?:the |our |my )?(?:current )?)(" + _ROLES
                      + r")\b|"
                      # only a name answers which member of parliament or project lead ("Welk Kamerlid …?", "Which
                      # Member of Parliament asked …?"; not "Which minister …?", which the office answers)
                      r"\b(?:which|welke?)\s+(kamerlid|kamerleden|members? of parliament|mps?|projectleider|"
                      r"project lead(?:er)?|woordvoerder|spokesperson)\b|"
                      # a person or team asked by name only ("What's the name of the person or team at the CAK who …?"),
                      # not "Wie is de persoon die de indicatie aanvraagt?", which a sentence answers by its role
                      r"\b(?:(?:de )?naam van (?:de |het |een )?|(?:the )?name of (?:the |a )?)(person(?:\s+or\s+team)?|team|"
                      r"persoon|medewerker)\b",
                      re.I)
PERSON_A = re.compile(r"\b(?:[A-Z]\.\s?)+(?:(?:van|de|der|den|ter|ten)\s+)*[A-Z][a-zà-ÿ]+|"
                      r"\b(?:mevrouw|mw\.|de heer|dhr\.|prof\.|dr\.|drs\.|mr\.)\s+[A-Z]|"
                      # members of parliament by the motion they tabled ("de motie Krul/Van Dijk", "het lid Van Dijk")
                      r"\b(?:[Mm]otie|[Aa]mendement|[Kk]amerlid|[Kk]amerleden|lid|leden)\s+(?:(?:Van|De|Der|Den)\s+)*"
                      r"(?!Tweede\b|Eerste\b|Kamer\b|Raad\b)[A-Z][a-zà-ÿ]+")
NO_PERSON_NL = ("De bronnen die ik heb noemen niemand bij naam als {role}. Ik geef dus geen naam; kijk op de website van "
                "de organisatie zelf.")
NO_PERSON_EN = ("The sources I have (Dutch documents) name no one as {role}, so I give no name; see the organisation's "
                "own website.")


# who led or wrote a study or report ("Wie leidde het KPMG-onderzoek …?", "Who wrote the AEF report?"): a person's name
LED_Q = re.compile(r"\b(?:wie\s+(?:leidde|leidt|leidden|schreef|schreven|schrijft|was de auteur|waren de auteurs)|"
                   r"who\s+(?:led|leads|wrote|authored|was the author))\b", re.I)


def _no_person(s: Signals) -> Refusal | None:
    question = s.context or s.question
    asked = PERSON_Q.search(question)
    led = LED_Q.search(question) if asked is None else None
    if asked is None and led is None:
        return None
    texts = [*s.sentences, *(h.passage.text for h in s.hits[: s.limits.value_passages])]
    if any(PERSON_A.search(t) for t in texts):
        return None
    role = next(g for g in asked.groups() if g).lower() if asked is not None else (
        "author or lead" if s.english else "auteur of leider")
    if role in _ANYONE:  # "the name of the person or team at the CAK who …": no office to name
        return "no_person", NO_CONTACT_EN if s.english else NO_CONTACT_NL
    return "no_person", (NO_PERSON_EN if s.english else NO_PERSON_NL).format(role=role)


_ANYONE = frozenset({"person", "person or team", "team", "persoon", "medewerker"})
NO_CONTACT_NL = ("De bronnen die ik heb noemen geen persoon of team bij naam. Ik geef dus geen naam; kijk op de website van "
                 "de organisatie zelf.")
NO_CONTACT_EN = ("The sources I have (Dutch documents) name no person or team, so I give no name; see the organisation's "
                 "own website.")


# "Welke gemeenten doen mee aan …?", "In welke regio's lopen de pilots?", "Welke zorgaanbieders zijn aangewezen als
# REC?": the question asks for the names of the participants (a plural: "welke gemeente betaalt …?" may be answered
# by a description, "de gemeente waar hij woont"); the sources answer it only by naming some
NAMES_Q = re.compile(r"^(?:(?:ja|hallo|hoi|hi|hello|goedemorgen|goedemiddag|goedenavond|eh+|uh+|nou|vraagje|en|maar|and|but)"
                     r"[,:!]?\s+)*"
                     r"(?:(?:in|bij|met|aan|voor|van|from|with|at)\s+)?(?:welke|welk|which)\s+(?:\w+\s+)?"
                     r"(gemeenten|zorgaanbieders|aanbieders|instellingen|zorgkantoren|zorgorganisaties?|"
                     r"regio'?s|ziekenhuizen|locaties|municipalities|providers|care providers|hospitals|regions|"
                     r"care offices|institutions|experimenten|pilots|projecten|experiments|projects|"
                     # councils and foundations by name ("Welke cliëntenraden zijn bij die evaluatie betrokken?")
                     r"cliëntenraden|clientenraden|ondernemingsraden|stichtingen|verenigingen|client councils|"
                     r"foundations|"
                     # one organisation named by its trade ("welk bureau?"): only a name answers it
                     r"bureau|onderzoeksbureau|adviesbureau|agency|firm|consultancy|"
                     # the firm that audits ("welke accountantsorganisatie controleert …?")
                     r"accountantsorganisatie|accountantskantoor|accountant|audit firm|accounting firm|auditor)\b|"
                     # a product by its make ("merk/type?", "welk merk?")
                     r"^(?:welk\s+|which\s+)?(merk|merken|brand|make)\b|"
                     # the names asked for in a request ("Maak een lijst met de namen van de zorgaanbieders die …")
                     r"\b(?:wat\s+zijn|noem|geef\s+(?:mij\s+|me\s+|ons\s+)?|maak\s+(?:[\w-]+\s+){0,3}?(?:lijst|lijstje|overzicht|"
                     r"rijtje)\s+(?:met|van))\s*(?:de\s+|alle\s+)?namen\s+van\s+(?:de\s+|alle\s+)?(gemeenten|zorgaanbieders|"
                     r"aanbieders|instellingen|zorgkantoren|ziekenhuizen|locaties)\b", re.I)
# a name as written: capitalised words (with "van", "de" inside); whether it names something is _a_name's to say
NAME_A = re.compile(r"\b([A-Z][\w&+'-]*(?:\s+(?:(?:van|de|der|den|voor)\s+)?[A-Z][\w&+'-]*)*)")
_TRADE_NAME = re.compile(r"\b(?:[Bb]ureau|[Oo]nderzoeksbureau|[Aa]dviesbureau|door)\s+([A-Z][\w&-]+)")
_MAKES = frozenset({"merk", "merken", "brand", "make"})
# the words of asking for a trade's name, which every sentence about such work shares
_TRADE_WORDS = frozenset(tokens("welk welke bureau onderzoeksbureau adviesbureau accountant accountantsorganisatie "
                                "onderzoek uitgevoerd gedaan heeft hebben which agency firm consultancy research"))
_MAKE_SAID = re.compile(r"\b(?:merk\w*|fabrikant\w*|leverancier\w*|type|brand|manufacturer|supplier)\b", re.I)
_TRADES = frozenset({"bureau", "onderzoeksbureau", "adviesbureau", "agency", "firm", "consultancy", "accountantsorganisatie",
                     "accountantskantoor", "accountant", "audit firm", "accounting firm", "auditor"})
_DOES_WORK = re.compile(r"\b(?:door|bureau|onderzoeksbureau|onderzoek|onderzocht|uitgevoerd|uitvoeren|evaluatie|"
                        r"geëvalueerd|evalueert|rapport|rapporten|by|controle|controleert|gecontroleerd|audit\w*|"
                        r"accountant\w*)\b", re.I)
_AUDITS = re.compile(r"\b(?:controleert|controleerde|audits|audited)\b[^?]{0,60}\b(?:jaarrekening\w*|accounts|annual)\b",
                     re.I)
_KIND_OF = re.compile(r"\b(?:welk|welke|which|what)\s+(?:type|soort|soorten|typen|kind|sort)\b", re.I)
_AUDITORS = frozenset({"accountantsorganisatie", "accountantskantoor", "accountant", "audit firm", "accounting firm",
                       "auditor"})
NO_AUDITOR_NL = ("De bronnen die ik heb noemen geen {kind} bij naam. Ik geef dus geen naam; het jaarverslag van de "
                 "organisatie zelf noemt wie de jaarrekening controleert.")
NO_AUDITOR_EN = ("The sources I have (Dutch documents) name no {kind}, so I give no name; the organisation's own annual "
                 "report names who audits its accounts.")
NO_MAKE_NL = "De bronnen die ik heb noemen geen {kind} bij naam. Ik geef dus geen naam; vraag het uw zorgkantoor."
NO_MAKE_EN = "The sources I have (Dutch documents) name no {kind}, so I give no name; ask the zorgkantoor."
NO_NAMES_NL = ("De bronnen die ik heb noemen geen {kind} bij naam. Ik geef dus geen namen; vraag het uw zorgkantoor of "
               "kijk op de website van de organisatie die het programma uitvoert.")
NO_NAMES_EN = ("The sources I have (Dutch documents) name no {kind}, so I give no names; ask the zorgkantoor or see the "
               "website of the organisation that runs the programme.")


def domain_words() -> frozenset[str]:
    """The words of the domain's own terms (the glossary's, lower case): "Dementie", "Multiple Sclerose" or
    "Gerontopsychiatrie" name a client group, not a participant a question asks for."""
    words = {w for g in glossary_groups() for t in g for w in re.findall(r"[\w&+'-]+", t.lower())}
    return frozenset(words | {re.sub(r"[\s-]+", "", t.lower()) for g in glossary_groups() for t in g})  # written whole


def _a_name(name: str, q_tokens: set[str], s: Signals, domain: frozenset[str] = frozenset()) -> bool:
    """``name`` names a participant the question does not already name: what is left of it after the question's
    own words, codes ("VG6"), acronyms ("IZA"), countries and the institutions that run the system (VWS, NZa, ZN …:
    ``scope.yaml``) holds a word the corpus rarely writes ("Fivoor" in "SGLVG-instellingen Fivoor"); not the
    expansion of a name the question gives ("Vanuit Autisme Bekeken" for "VAB")."""
    words = re.findall(r"[\w&+'-]+", name)
    if "".join(words).lower() in domain:  # "Langdurige Bewustzijns Stoornis": a term of the domain, spelt apart
        return False
    initials = "".join(w[0] for w in words if w[0].isupper()).lower()
    if len(words) > 1 and initials in q_tokens:
        return False
    inst, lands = institutions(), countries()
    rest = [w for w in words if not any(c.isdigit() for c in w) and not (w.isupper() and len(w) <= 6)
            and w.lower() not in q_tokens and not set(tokens(w)) & q_tokens and w.lower() not in lands
            and w.lower() not in inst and w.lower().split("-")[0] not in inst and w.lower() not in domain
            and not _scope()[0].fullmatch(w)]  # a Wlz anchor ("Korsakov", "Huntington") is the domain's too
    # a word the corpus rarely writes and never in lower case: "Werkwijze" in "Visie, Organisatie, Werkwijze en
    # Samenwerking" is a common word, capitalised as a heading
    return any(w.lower() not in s.lower_words and 0 < s.doc_freq.get(t, 0) <= s.limits.name_max_df
               for w in rest for t in tokens(w))


_OPENING = re.compile(r"(?:^|[.?!:;]\s+|\n\s*(?:[-•*]\s*)?)$")


def _opens(text: str, m: re.Match[str]) -> bool:
    """One capitalised word that opens a sentence or a line ("Daarin", "Werkwijze") is capitalised by its place;
    unless the line is that name alone (an item of a list of names: "- Kempenhaeghe")."""
    if " " in m.group(1) or not _OPENING.search(text[max(0, m.start() - 4): m.start()]):
        return False
    line_end = text.find("\n", m.end())
    rest = text[m.end(): line_end if line_end >= 0 else len(text)]
    return len(rest.split()) > 3


# who sits on a committee, a board or a group of people ("Wie zitten er eigenlijk in de Commissie …? Ik zoek de namen
# van de leden.", "Wie zat er in de klankbordgroep …?", "Who sits on the board …?"): only names answer it; not who is
# in an association of organisations ("Wie zitten er in de Federatie LVHC?": "de vereniging van alle aanbieders")
MEMBERS_Q = re.compile(r"\bwie\s+(?:zitten|zit|zaten|zat)\s+(?:er\s+)?(?:\w+\s+)?in\s+(?:de|het)\s+(?:\w*commissie|bestuur|"
                       r"raad van (?:bestuur|toezicht)|klankbordgroep|werkgroep|stuurgroep|directie|adviesraad)\b|"
                       r"\bwie\s+(?:zijn|waren)\s+(?:de\s+)?(?:leden|bestuurders|commissieleden)\b|"
                       r"\bnamen\s+van\s+(?:de\s+|alle\s+)?(?:leden|deelnemers|bestuurders|commissieleden)\b|"
                       r"\bwho\s+(?:sits?|sat|is|are|was|were)\s+(?:on|in)\s+the\s+(?:\w+\s+){0,3}?(?:committee|board|group|"
                       r"commission|panel|council)\b|\bnames\s+of\s+the\s+(?:members|participants)\b", re.I)
_MEMBERSHIP = re.compile(r"\b(?:lid|leden|voorzitter|bestaat uit|bestond uit|zitting|samengesteld|members?|chair\w*|"
                         r"consists of)\b", re.I)
NO_MEMBERS_NL = ("De bronnen die ik heb noemen de leden niet bij naam. Ik geef dus geen namen; kijk op de website van de "
                 "commissie of organisatie zelf.")
NO_MEMBERS_EN = ("The sources I have (Dutch documents) do not name the members, so I give no names; see the website of "
                 "the committee or organisation itself.")


# "Bij welke aanbieders kopen zorgkantoren géén LVHC-zorg in?", "Which providers may not deliver it?": the ones left
# out are a kind, said by a condition ("alleen bij aanbieders die aantoonbaar voldoen aan …"), not a list of names
_LEFT_OUT = re.compile(r"\b(?:geen|géén|niet|níet|not|no)\b[^?]{0,40}?\b(?:in(?:kopen|koopt|gekocht|kocht)|contract\w*|"
                       r"gecontracteerd|toegelaten|toelating|mogen|mag|may|allowed|permitted|purchase\w*)\b|"
                       r"\b(?:(?:in)?(?:kopen|koopt|kocht|kochten)|contracteren|mogen|mag|may)\b[^?]{0,40}?"
                       r"\b(?:geen|géén|niet|níet|not|no)\b", re.I)


def _no_names(s: Signals) -> Refusal | None:
    question = s.context or s.question
    last = split_asking(question)[1]
    asked = NAMES_Q.search(last.strip())
    if asked is None and ":" in last:  # "Alleen de naam van het kantoor graag: welke accountantsorganisatie …?"
        last = last.rsplit(":", 1)[1]
        asked = NAMES_Q.search(last.strip())
    if asked is not None and asked.group(1) and asked.group(1).lower() in _AUDITORS and (
            not _AUDITS.search(last) or _KIND_OF.search(last)):
        return None  # "Welk type accountant moet de productieverantwoording controleren?": a kind, not a name
    if asked is not None and asked.group(1) and _LEFT_OUT.search(last):
        return None
    members = asked is None and MEMBERS_Q.search(question) is not None
    if asked is None and not members:
        return None
    texts = [*s.sentences, *(h.passage.text for h in s.hits[:3])]
    kind = "" if asked is None else next(g for g in asked.groups() if g).lower().replace("'", "")
    if members:  # a name in a sentence that says who is a member ("De commissie bestaat uit …", "voorzitter is …")
        texts = [t[a:b] for t in texts for a, b in sentence_spans(t) if _MEMBERSHIP.search(t[a:b])]
    elif kind in _TRADES:  # "welk bureau?": a name said as the one who does the work ("uitgevoerd door Panteia")
        # ... on what the question names ("welk bureau de dialoogsessies heeft begeleid": not the bureau that did an
        # evaluation in the passage beside it)
        # evaluation in the passage beside it): the sentence or its passage shares a word of the question
        # (an English question is not matched word for word against the Dutch sources)
        asked_words = set() if s.english else {w for w in tokens(last) if len(w) >= 5} - _TRADE_WORDS
        texts = [t[a:b] for t in texts if not asked_words or asked_words & set(tokens(t))
                 for a, b in sentence_spans(t) if _DOES_WORK.search(t[a:b])]
    elif kind in _MAKES:  # "merk/type?": a name said as a make or a supplier
        texts = [t[a:b] for t in texts for a, b in sentence_spans(t) if _MAKE_SAID.search(t[a:b])]
    q_tokens = {w.lower() for w in re.findall(r"[\w&+'-]+", question)} | set(tokens(question))  # words and stems
    domain = domain_words()
    if any(_a_name(m.group(1), q_tokens, s, domain) for t in texts for m in NAME_A.finditer(t) if not _opens(t, m)):
        return None
    if members:
        return "no_names", NO_MEMBERS_EN if s.english else NO_MEMBERS_NL
    if kind in _TRADES and any(m.group(1).lower() not in q_tokens and m.group(1).lower() not in institutions()
                               for t in texts for m in _TRADE_NAME.finditer(t)):
        return None  # "twee rapporten van Bureau HHM": a bureau named by its letters
    if kind in _AUDITORS:  # the firm that audits an organisation: its annual report names it
        return "no_names", (NO_AUDITOR_EN if s.english else NO_AUDITOR_NL).format(kind=kind)
    if kind in _MAKES | _TRADES:  # not a programme's participants: no programme to point to
        return "no_names", (NO_MAKE_EN if s.english else NO_MAKE_NL).format(kind=kind)
    return "no_names", (NO_NAMES_EN if s.english else NO_NAMES_NL).format(kind=kind)


# "Hoe heet de subsidieregeling van ZonMw waaruit …?", "Wat is de officiële naam van het kenniscentrum …?": the name
# of a named thing (a regulation, programme, report, centre, organisation) is asked; only a sentence about that
# thing that gives a name (capitalised, or a title in quotes) the question does not already hold answers it
_NAMED_KINDS = (r"(?:subsidie)?regeling|programma|rapport|onderzoek|\w*centrum|stichting|organisatie|vereniging|project|"
                r"publicatie|handreiking|richtlijn|convenant|commissie|platform|fonds|subsidie|\w*profiel|"
                # a regulation under the law ("Hoe heet de algemene maatregel van bestuur waarin de toets staat?")
                r"maatregel\s+van\s+bestuur|amvb|beleidsregel|"
                # a document or a film by its title ("Wat is de precieze titel van het verslag van Metgezel …?")
                r"verslag|rapportage|notitie|nota|film|video|boek|brochure|factsheet")
# the same kinds asked in English, by their Dutch word (the sources are Dutch)
_NAMED_KINDS_EN = {"regulation": "regeling", "scheme": "regeling", "programme": "programma", "program": "programma",
                   "report": "rapport", "study": "onderzoek", "centre": "centrum", "center": "centrum",
                   "foundation": "stichting", "organisation": "organisatie", "organization": "organisatie",
                   "association": "vereniging", "project": "project", "publication": "publicatie",
                   "guideline": "richtlijn", "covenant": "convenant", "committee": "commissie", "fund": "fonds",
                   "profile": "profiel", "grant": "subsidie", "subsidy": "subsidie"}
CALLED_EN = re.compile(r"\bwhat(?:'s|\s+is)\s+(?:that|the|this)\s+(?:[a-z]+\s+){0,2}?(" + "|".join(_NAMED_KINDS_EN)
                       + r")\s+(?:officially\s+)?called\b|\b(?:the|its)\s+(?:official\s+|exact\s+|full\s+)?name\s+of\s+"
                       r"(?:that|the|this)\s+(?:[a-z]+\s+){0,2}?(" + "|".join(_NAMED_KINDS_EN) + r")\b", re.I)
CALLED_Q = re.compile(r"\bhoe\s+heet\s+(?:de|het|die|dit|deze)\s+(?:[a-zà-ÿ]+e\s+)?"
                      rf"({_NAMED_KINDS})(?![\wà-ÿ-])|"
                      r"\b(?:wat\s+is|hoe\s+luidt|noem|geef)\s+(?:mij\s+|me\s+|ons\s+)?de\s+"
                      r"(?:officiële\s+|precieze\s+|volledige\s+|exacte\s+)?(?:naam|titel)\s+van\s+"
                      rf"(?:de|het|die|dat|dit|deze)\s+(?:[a-zà-ÿ]+e\s+)?({_NAMED_KINDS})(?![\wà-ÿ-])", re.I)
_FOOTNOTE = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))(?!(?:Kamerstuk|Kamerstukken|Zie|Meer|Bron|Link|Website|Lees)\b)"
                       r"([A-Z][^\n.!?]{3,160}?)\s+https?://")
# the kinds of thing whose title a footnote gives with its link (a film, a report), not a regulation or a body
_TITLED_KINDS = re.compile(r"verslag|rapport|rapportage|notitie|nota|film|video|boek|brochure|factsheet|publicatie|"
                           r"handreiking|onderzoek", re.I)
_REGULATION_KIND = re.compile(r"maatregel\s+van\s+bestuur|amvb|beleidsregel", re.I)
_REGULATION_NAME = re.compile(r"(?<!^)(?<![.!?]\s)\b(?:Besluit|Regeling|Beleidsregel|Uitvoeringsbesluit)\s+"
                              r"(?!(?:over|van|voor|inzake|tot|houdende|betreffende|met|op|in)\b)[a-zà-ÿ]{4,}(?:\s+[a-zà-ÿ]{3,})?")
NO_CALLED_EN = ("The sources I have (Dutch documents) do not give the name you are looking for ({kind}), so I give no "
                "name; see the website of the organisation concerned.")
NO_CALLED_NL = ("De bronnen die ik heb geven niet de naam die u zoekt ({kind}). Ik geef dus geen naam; kijk op de "
                "website van de organisatie die erover gaat.")


# "Is er een landelijk kenniscentrum voor …, en hoe heet het?": the name of the thing asked to exist, by a pronoun (not
# "…, hoe heet dat?" after a situation, which asks what the situation is called)
CALLED_BACK = re.compile(r"\b(?:is|zijn|bestaat|bestaan)\s+er\s+(?:ook\s+|al\s+)?(?:een|zo'n)\s+(?:[a-zà-ÿ]+\s+)?(" + _NAMED_KINDS + r")(?![\wà-ÿ-])[^?]{0,120}?"
                         r"\bhoe\s+heet\s+(?:het|die|dat|deze|dit|hij|ze|zij)\s*(?:dan|precies|eigenlijk|officieel)?\s*\?",
                         re.I)


# "Waar staat 'SPUK' in SPUK-DOS eigenlijk voor?", "What does CElz stand for?": what an abbreviation stands for; the
# sources answer it only where they write it out: in brackets after the words ("… expertisecentra (hierna: REC en
# DEC)", "… langdurige zorg (CElz)") or the words in brackets after it ("CElz (commissie …)")
# (an abbreviation: at least two capitals, "SPUK", "CElz"; not "Waar staat de regel over …?" nor "Waar staat het
# zorgkantoor voor?")
_ABBREVIATION = r"(?-i:[A-Z][A-Za-z&]*[A-Z][A-Za-z&]*)"
_STANDS_FOR = re.compile(r"\bwaar\s+staat\s+(?:de\s+afkorting\s+|het\s+woord\s+)?['\"‘“]?(" + _ABBREVIATION + r")['\"’”]?"
                         r"(?:\s+(?:in|bij)\s+[^?]{1,40}?)?\s+(?:eigenlijk\s+|precies\s+|nou\s+)*voor\b|"
                         r"\bwhat\s+does\s+(?:the\s+abbreviation\s+)?['\"‘“]?(" + _ABBREVIATION + r")['\"’”]?\s+"
                         r"(?:in\s+[^?]{1,40}?\s+)?(?:actually\s+|exactly\s+)?stand\s+for\b", re.I)
# "Wat betekent de afkorting BCMB?", "What does the abbreviation SPUK mean?"; "In de lijst staat 'BCMB'. Wat betekent
# die afkorting?" (the one abbreviation quoted in the question)
_MEANS_ABBR = re.compile(r"\b(?:wat\s+betekent|wat\s+is\s+de\s+betekenis\s+van)\s+de\s+afkorting\s+['\"‘“]?("
                         + _ABBREVIATION + r")\b|\bwhat\s+does\s+the\s+abbreviation\s+['\"‘“]?(" + _ABBREVIATION
                         + r")\b['\"’”]?\s+mean\b", re.I)
_MEANS_THAT_ABBR = re.compile(r"\b(?:wat\s+betekent|waar\s+staat|wat\s+is\s+de\s+betekenis\s+van)\s+(?:die|deze|dat)\s+"
                              r"afkorting\b|\bwhat\s+does\s+(?:that|this)\s+abbreviation\s+(?:mean|stand\s+for)\b", re.I)
_QUOTED_ABBR = re.compile(r"['\"‘“](" + _ABBREVIATION + r")['\"’”]")
_GLOSSED = frozenset(g[0].lower() for g in glossary_groups() if len(g) > 1)
NO_EXPANSION_NL = ("De bronnen die ik heb schrijven {abbr} nergens voluit. Ik geef dus geen betekenis; vraag het de "
                   "organisatie die de afkorting gebruikt.")
NO_EXPANSION_EN = ("The sources I have (Dutch documents) never spell out {abbr}, so I give no meaning; ask the "
                   "organisation that uses the abbreviation.")


def _spells(abbr: str, words: str) -> bool:
    """``words`` write ``abbr`` out: they open with its first letter and hold its letters in order ("zzp":
    "zorgzwaartepakket"; "sglvg": "sterk gedragsgestoorde licht verstandelijk gehandicapten"), not "al dan niet …"."""
    letters = [c for c in abbr if c.isalpha()]
    text = words.strip()
    if not letters or not text or text[0] != letters[0]:
        return False
    at = 0
    for c in letters:
        at = text.find(c, at)
        if at < 0:
            return False
        at += 1
    return True


def _no_expansion(s: Signals) -> Refusal | None:
    """What an abbreviation stands for, where the corpus never writes it out (``_STANDS_FOR``)."""
    asking = _asking_text(s.context or s.question)
    m = _STANDS_FOR.search(asking) or _MEANS_ABBR.search(asking)
    if m is not None:
        abbr = next(g for g in m.groups() if g)
    elif _MEANS_THAT_ABBR.search(asking):
        quoted = list(dict.fromkeys(_QUOTED_ABBR.findall(s.context or s.question)))
        if len(quoted) != 1:
            return None
        abbr = quoted[0]
    else:
        return None
    if abbr.lower() in _GLOSSED:
        return None  # the glossary writes it out (the Begrippen tab)
    a = re.escape(abbr.lower())
    # "(hierna: REC en DEC)", "(CElz)", "(lvhc-zorg)"; "CIZ: het Centrum indicatiestelling zorg"; "… staat voor …"
    written_out = re.search(r"\((?:hierna:?\s*)?(?:de\s+|het\s+)?(?:\w+\s+en\s+)?" + a + r"(?:-\w+)?(?:\s+en\s+\w+)?\)|\b" + a
                            + r"\s*:\s*(?:het|de)\s+[a-z]|\b" + a + r"\b\s+(?:staat voor|betekent)\b", s.corpus_lower)
    if written_out is not None:
        return None
    # "SGLVG (sterk gedragsgestoorde licht verstandelijk gehandicapten)": words in brackets after it that spell it
    for m in re.finditer(r"\b" + a + r"\s*\(([^()]{4,120})\)", s.corpus_lower):
        if _spells(abbr.lower(), m.group(1)):
            return None
    return "no_expansion", (NO_EXPANSION_EN if s.english else NO_EXPANSION_NL).format(abbr=abbr)


def _no_called(s: Signals) -> Refusal | None:
    question = s.context or s.question
    asked = (CALLED_EN if s.english else CALLED_Q).search(question)
    if asked is None and not s.english:
        asked = CALLED_BACK.search(question)
    if asked is None:
        return None
    kind = next(g for g in asked.groups() if g).lower()
    if s.english:  # "What is that profile called?": the Dutch word
        kind = _NAMED_KINDS_EN[kind]
    stems = set(tokens(kind)) | {part for part in [_modifier(kind, s.doc_freq)] if part}
    about = [t for t in s.sentences if set(tokens(t)) & stems or kind in t.lower()]
    # a footnote of a top passage gives a title with its link ("Samen vooruit- Complexe zorg in beweging https://…", the
    # film a sentence refers to by its number), for a kind that has titles
    titles = [m.group(1) for h in s.hits[:3] for m in _FOOTNOTE.finditer(h.passage.text)] \
        if _TITLED_KINDS.fullmatch(kind) else []
    q_tokens = {w.lower() for w in re.findall(r"[\w&+'-]+", question)} | set(tokens(question))
    if any(len(t.split()) >= 2 and not set(tokens(t)) <= q_tokens for t in titles):
        return None
    domain = domain_words()
    for t in about:
        if any(_a_name(m.group(1), q_tokens, s, domain) for m in NAME_A.finditer(t) if not _opens(t, m)):
            return None
        if _REGULATION_KIND.fullmatch(kind) and any(not set(tokens(m.group())) <= q_tokens
                                                    for m in _REGULATION_NAME.finditer(t)):
            return None  # "het Besluit langdurige zorg": a regulation's name is written in lower case after its head
        if any(not set(tokens(next(g for g in m.groups() if g))) <= q_tokens for m in _QUOTED.finditer(t)):
            return None
    return "no_names", (NO_CALLED_EN if s.english else NO_CALLED_NL).format(kind=kind)


# "Wie beslist over de toeslag …: de NZa of het zorgkantoor?", "Who decides whether …?": the question asks who
# decides; a sentence must say that someone decides, sets or judges it (a word of that kind next to a word of the
# question's topic), else the answer would be a sentence that merely mentions the topic
DECIDER_Q = re.compile(r"^(?:wie|who)\s+(?:beslist|bepaalt|beoordeelt|stelt\s+vast|besluit|kiest|mag\s+beslissen|"
                       r"decides|determines|assesses|chooses)\b", re.I)
DECIDES_A = re.compile(r"\b(?:beslist|beslissen|beslissing|besluit|besluiten|bepaalt|bepalen|bepaald|stelt\b.{0,60}?\bvast|"
                       r"vastgesteld|vaststellen|beoordeelt|beoordelen|beoordeeld|wijst\b.{0,40}?\baan|aangewezen|"
                       r"aanwijzen|kiest|kiezen|bevoegd|adviseert|advies|indiceert|indicatie(?:besluit|stelling))\b", re.I)
_DECIDE_STEMS = frozenset(tokens("beslist beslissen besluit bepaalt bepalen beoordeelt beoordelen stelt vast kiest "
                                 "kiezen decides determines assesses chooses"))
NO_DECIDER_NL = ("De bronnen die ik heb zeggen niet wie daarover beslist. Ik noem dus niemand; vraag het uw zorgkantoor, "
                 "het CIZ of de NZa.")
NO_DECIDER_EN = ("The sources I have (Dutch documents) do not say who decides this, so I name no one; ask the "
                 "zorgkantoor, the CIZ or the NZa.")


def _no_decider(s: Signals) -> Refusal | None:
    question = s.context or s.question
    last = split_asking(question)[1]
    if not DECIDER_Q.match(last.strip()):
        return None
    stems = [t for t, _ in topic_words(s) if t not in _DECIDE_STEMS and t not in ASKING_EXTRA]
    if not stems:
        return None
    texts = [*s.sentences, *(h.passage.text[a:b] for h in s.hits[:3] for a, b in sentence_spans(h.passage.text))]
    if any(DECIDES_A.search(t) and any(_present(x, set(tokens(t))) for x in stems) for t in texts):
        return None
    return "no_decider", NO_DECIDER_EN if s.english else NO_DECIDER_NL


# "Hoe vragen we de toeslag observatie aan?", "Hoe vraag ik … aan?": how to apply. Answered only by a sentence that
# speaks of applying, submitting, reporting or asking permission; "Bij cliënten die worden opgenomen op een
# observatieplaats, is vooraf vastgesteld …" describes the toeslag, not how to ask for it (users dev splits: 2
# unanswerable questions answered that way, no answerable one)
APPLY_Q = re.compile(r"^\s*(?:en\s+)?hoe\b[^?]{0,60}\b(?:vraag|vragen|vraagt)\b[^?]{0,60}\baan\b|"
                     r"^\s*(?:en\s+)?hoe\b[^?]{0,40}\baan(?:vragen|melden)\b", re.I)
APPLIES_A = re.compile(r"\b(?:aanvra\w*|aanvraag\w*|vraagt?\b.{0,40}?\baan\b|vragen\b.{0,40}?\baan\b|ind(?:ien|ient|iening)\w*|"
                       r"aanmeld\w*|meld\w*|verzoek\w*|toestemming|beschikking|wendt|contact op)", re.I)
NO_PROCEDURE_NL = ("De bronnen die ik heb zeggen niet hoe u dat aanvraagt. Ik geef dus geen stappen; vraag het uw "
                   "zorgkantoor, het CIZ of de organisatie die erover gaat.")
NO_PROCEDURE_EN = ("The sources I have (Dutch documents) do not say how to apply for this, so I give no steps; ask the "
                   "zorgkantoor, the CIZ or the body in charge.")


def _no_procedure(s: Signals) -> Refusal | None:
    """How to apply for something, while no picked sentence speaks of applying for anything."""
    if not APPLY_Q.search(split_asking(s.context or s.question)[1]):
        return None
    if any(APPLIES_A.search(t) for t in s.sentences):
        return None
    return "no_procedure", NO_PROCEDURE_EN if s.english else NO_PROCEDURE_NL


# A question after the outcome of something announced ("Heeft de NZa in juli 2025 besloten …?", "Zijn de normen
# inmiddels opgenomen in het register?", "Is de prestatie nu echt ingegaan?"), in its asking sentence
OUTCOME_Q = re.compile(
    r"\b(?:inmiddels|uiteindelijk|nu echt|echt (?:ingegaan|doorgegaan|ingevoerd)|al (?:besloten|beslist|ingegaan|"
    r"ingevoerd|opgenomen|doorgevoerd|gestart))\b|\b(?:heeft|hebben)\b[^?]{0,60}\b(?:besloten|beslist)\b|"
    r"\bwat\b[^?]{0,15}\b(?:heeft|hebben|is)\b[^?]{0,60}\b(?:besloten|beslist|uitgekomen)\b|"
    r"\bis\b[^?]{0,60}\b(?:ingegaan|ingevoerd|doorgegaan)\b|"
    r"\b(?:has|have|did)\b[^?]{0,60}\b(?:decided?|introduced|gone ahead)\b|\b(?:by now|in the end)\b", re.I)
# a sentence that announces, expects or leaves open what is to come ("Begin juli 2025 beslist de NZa of …", "naar
# verwachting rond de zomer", "zal … worden"), and one that states what was done
PROSPECTIVE_A = re.compile(
    r"\b(?:beslist|besluit|bepaalt|beoordeelt|onderzoekt|bekijkt)\b[^.;]{0,60}\bof\b|\bnaar verwachting\b|\bzal\b|"
    r"\bzullen\b|\bwordt verwacht\b|\bop zijn vroegst\b|\bnog niet (?:bekend|besloten|beslist)\b", re.I)
DONE_A = re.compile(r"\b(?:heeft|hebben|heb)\b[^.;]{0,60}\b(?:besloten|beslist)\b|\bis\b[^.;]{0,40}\b(?:besloten|"
                    r"ingegaan|ingevoerd|opgenomen)\b|\bbesloot\b|\bin werking getreden\b", re.I)
NO_OUTCOME_NL = ("De bronnen die ik heb zeggen alleen wat er zou gebeuren of besloten zou worden, niet hoe het is "
                 "afgelopen. Ik noem dus geen uitkomst; kijk op de website van de NZa, het Zorginstituut of VWS, of "
                 "vraag het uw zorgkantoor.")
NO_OUTCOME_EN = ("The sources I have (Dutch documents) only say what was going to happen or be decided, not how it "
                 "turned out, so I give no outcome; see the website of the NZa, the Zorginstituut or VWS, or ask "
                 "your zorgkantoor.")


def _no_outcome(s: Signals) -> Refusal | None:
    """A question after the outcome of something announced, while the sentence picked to lead the answer only
    announces it ("Begin juli 2025 beslist de NZa of de differentiatie in werking kan treden") and no picked
    sentence says it was done."""
    if not s.sentences or not OUTCOME_Q.search(split_asking(s.context or s.question)[1]):
        return None
    if not PROSPECTIVE_A.search(s.sentences[0]) or any(DONE_A.search(t) for t in s.sentences):
        return None
    return "no_outcome", NO_OUTCOME_EN if s.english else NO_OUTCOME_NL


def _no_list(s: Signals) -> Refusal | None:
    focus = LIST_Q.search(s.question)
    if focus and not _lists(focus.group(2), [h.passage.text for h in s.hits[:5]]):
        return "no_list", (NO_LIST_EN if s.english else NO_LIST_NL).format(focus=focus.group(2))
    return None


def feature_input(s: Signals) -> FeatureInput:
    """What the calibrated score reads: the top passages with their raw scores, the picked sentences."""
    top = s.hits[: s.limits.value_passages]
    return FeatureInput(
        question=s.context or s.question, passages_text=[h.passage.text for h in top],
        dense=[h.raw.get("dense", 0.0) for h in top], lexical=[h.raw.get("lexical", 0.0) for h in top],
        dense_rank=[h.ranks.get("dense", 0) for h in top], lexical_rank=[h.ranks.get("lexical", 0) for h in top],
        picked=s.sentences, doc_freq=s.doc_freq, passages=s.passages, asked=s.asked, english=s.english)


def answer_features(s: Signals) -> dict[str, float]:
    """The calibrated score's features for these signals (``answered.features``), with ``q_prior`` when the
    question prior applies to this build."""
    out = features(feature_input(s), s.meaning.similarity if s.meaning is not None else None)
    if s.prior is not None:
        out["q_prior"] = s.prior
    return out


NOT_ANSWERED_NL = ("De bronnen die ik heb noemen {topic}, maar ik vind geen zin die uw vraag beantwoordt. Ik geef dus "
                   "geen antwoord; raadpleeg uw zorgkantoor, het CIZ of de NZa.")
NOT_ANSWERED_NL_BARE = ("Ik vind in de bronnen die ik heb geen zin die uw vraag beantwoordt. Ik geef dus geen "
                        "antwoord; raadpleeg uw zorgkantoor, het CIZ of de NZa.")
NOT_ANSWERED_EN = ("The sources I have (Dutch documents) mention {topic}, but no sentence in them answers your "
                   "question, so I give no answer; ask the zorgkantoor, the CIZ or the NZa.")
NOT_ANSWERED_EN_BARE = ("No sentence in the sources I have (Dutch documents) answers your question, so I give no "
                        "answer; ask the zorgkantoor, the CIZ or the NZa.")


def _not_answered(s: Signals) -> Refusal | None:
    """The calibrated "answers the question" score (``answer_model.yaml``: features, coefficients, threshold per
    embedder) below its threshold: no retrieved sentence is likely to answer. Without a calibrated score for this
    embedder the check is off."""
    score = s.meaning.score if s.meaning is not None else None
    if score is None or not s.hits or score.answers(answer_features(s)):
        return None
    defines = _definition_pattern(s.context or s.question)
    if defines is not None and any(defines.search(x) for x in s.sentences):
        return None  # "How does the Wlz define a 'mantelzorger'?": a sentence that defines the term asked answers it
    pool = set(tokens(" ".join(h.passage.text for h in s.hits[:5])))
    named = [w for t, w in topic_words(s) if t not in ASKING_EXTRA and _present(t, pool)]
    if named:
        template = NOT_ANSWERED_EN if s.english else NOT_ANSWERED_NL
        return "not_answered", template.format(topic=_join(named[:3], "and" if s.english else "en"))
    return "not_answered", NOT_ANSWERED_EN_BARE if s.english else NOT_ANSWERED_NL_BARE


# A claim the writer heard or read and asks to be checked ("Ik hoorde dat het CAK de eigen bijdrage pas na zes
# maanden int. Klopt dat?", "Klopt het dat je maar één keer per jaar mag wisselen?"): what follows is the claim
_QUIZ = r"\b(?:waar of (?:niet waar|onwaar)|juist of onjuist|true or false)\s*(?:\([^)]{0,80}\)\s*)?[:?]\s*"
_CHATBOT = r"(?:chatgpt|copilot|gemini|claude|perplexity|(?:de|een|the|an?) (?:ai[- ]?tool|chatbot|ai))"
_CHATBOT_SAID = (rf"(?:volgens {_CHATBOT}(?:,)?\s+(?:\w+ ){{0,3}}?|{_CHATBOT} (?:zegt|zei|beweert|beweerde|schrijft|schreef|"
                 r"vertelde|vertelt|gaf aan|antwoordde) (?:\w+ ){0,3}?dat|according to " + _CHATBOT + r",?\s+|"
                 + _CHATBOT + r" (?:told|tells|says|said|claims|claimed) (?:me |us )?(?:\w+ ){0,2}?that)")
_CLAIM = re.compile(r"\b(?:klopt het(?: echt)? dat|is het (?:echt |wel )?(?:waar|zo|juist) dat|(?:ik )?(?:heb )?(?:hoorde|gehoord|"
                    r"las|gelezen|begreep|begrepen) (?:\w+ ){0,4}?dat|(?:men|iemand|een collega|collega's) (?:zegt|zei|zeggen|"
                    r"vertelde) (?:\w+ ){0,3}?dat|is it (?:really )?true that|i (?:have )?(?:heard|read) (?:\w+ ){0,3}?that|"
                    r"(?:someone|a colleague) (?:told|tells) me (?:\w+ ){0,2}?that|"
                    # a rule taken for granted ("Zijn er uitzonderingen op de regel dat het CAK pas na zes maanden …?")
                    r"(?:op|van|to|of) (?:de|die|deze|the) (?:regel|rule) (?:dat|that)|"
                    # what a chatbot said ("ChatGPT zegt dat …", "An AI tool told me that …")
                    + _CHATBOT_SAID + r")\b|"
                    # a quiz's statement ("Waar of niet waar (quiz voor ons netwerk): de CElz bestaat uit vijf leden.")
                    + _QUIZ, re.I)
_CLAIM_END = re.compile(r"[?!]|\.(?:\s|$)|\n")
_CLAIM_COUNTED = re.compile(r"(?:(?<![\d.,])(?!(?:19|20)\d\d\b)\d+|\b(?:twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|"
                            r"twaalf))\s+(?:[\wà-ÿ]+-)?([a-zà-ÿ]{4,})", re.I)
# the kinds of value a claim may name, in the order they are looked for (a count or a date is too often a detail of
# the situation told, not the point of the claim)
_CLAIM_KINDS: tuple[ValueKind, ...] = ("duration", "percent", "frequency", "amount")


def _no_claim_value(s: Signals) -> Refusal | None:
    """A claim to be checked that names a value (a duration, a percentage, a frequency, an amount) is checked against
    a sentence that holds such a value about its topic, as a value question is (``no_value``): "Ik hoorde dat het CAK
    de eigen bijdrage pas gaat innen als iemand zes maanden in het verpleeghuis woont. Klopt dat?" is not answered by
    sentences about the eigen bijdrage that name no time at all. A sentence with another value of that kind does
    answer: the sources then say the claim is wrong."""
    question = s.context or s.question
    m = _CLAIM.search(question)
    if m is None or s.asked.shape == "value":
        return None
    end = _CLAIM_END.search(question, m.end())
    claim = question[m.end(): end.start() if end else len(question)].strip()
    # a quiz's statement is all claim: a count in it is its point too ("bestaat uit vijf leden")
    # (so is a chatbot's: "maximaal 120 erkende plaatsen" is what is to be checked)
    kinds = (*_CLAIM_KINDS, "count") if re.match(_QUIZ, m.group(), re.I) or re.search(_CHATBOT, m.group(), re.I) \
        else _CLAIM_KINDS
    kind = next((k for k in kinds if holds_value(Asked("value", k), claim)), None)
    if kind is None or len(claim.split()) < 4:
        return None
    # a count of what the number names ("vijf leden": members, not the 2.700 clients of the same letter)
    counted = next((m.group(1).lower() for m in _CLAIM_COUNTED.finditer(claim)
                    if m.group(1).lower() not in NOT_COUNTED_NOUN), "") if kind == "count" else ""
    asked = Asked("value", kind, counted)
    alone = replace(s, question=claim + "?", context=claim + "?", asked=asked)
    refused = _no_value(alone)
    if refused is not None:
        return "no_claim_value", refused[1]
    # "Waar of niet waar: de aanspraak op logeeropvang is gemaximeerd op 156 etmalen per jaar.": a value next to
    # "aanspraak" somewhere does not check it; an answer names what the claim is about (its rarest word the
    # corpus knows), or it checks nothing
    if not s.sentences:
        return None  # nothing picked: the other checks and the score decide
    # (a participle is the claim's verb, not what it is about: "gemaximeerd")
    known = sorted((s.doc_freq[t], t, w) for t, w in topic_words(alone) if w.lower() not in _VALUE_WORDS
                   and not re.fullmatch(r"ge[a-zà-ÿ]{3,}[dt]", w.lower())
                   and not re.search(rf"(?:\d|\b{_TOLD_NUMBER})\s*{re.escape(w)}\b", claim, re.I))
    if not known or known[0][0] > s.limits.name_max_df or len(known) < 2:
        return None
    _, rare, word = known[0]
    said = [_words_of(x) for x in s.sentences]
    if any(_present(rare, w) for w in said):
        return None
    # ... or two of its other words ("periodiek een verslag over hoe doeltreffend de Wlz is": "verslag over de
    # doeltreffendheid" checks it, in other words than its rarest one)
    if sum(1 for _, t, _ in known if any(_present(t, w) for w in said)) >= 2:
        return None
    return "no_claim_value", (NOT_ANSWERED_EN if s.english else NOT_ANSWERED_NL).format(topic=word)


# "Moet de rapportage per kwartaal of per halfjaar worden aangeleverd?": a choice between two frequencies asks how
# often; sentences that name no frequency at all cannot settle it
_FREQUENCY = (r"(?:per|elke?|iedere?|eens per|één keer per|een keer per|every|each|once a)\s+(?:week|maand|kwartaal|"
              r"halfjaar|half jaar|jaar|month|quarter|year)|(?:wekelijks|maandelijks|driemaandelijks|halfjaarlijks|"
              r"jaarlijks|tweejaarlijks|weekly|monthly|quarterly|yearly|annually|biannually)")
_FREQUENCY_CHOICE = re.compile(rf"\b(?:{_FREQUENCY})\b\s+(?:of|or)\s+(?:\w+\s+)?\b(?:{_FREQUENCY})\b", re.I)
_SAYS_FREQUENCY = re.compile(rf"\b(?:{_FREQUENCY})\b|\b(?:per|elk|ieder)\s+(?:kalender)?jaar\b|\b\w+\s+keer\s+per\b", re.I)


def _no_frequency(s: Signals) -> Refusal | None:
    """A choice between two frequencies ("per kwartaal of per halfjaar?") needs a picked sentence that says how often;
    when none does, the sources do not settle it."""
    _, asking = split_asking(s.context or s.question)
    if not s.sentences or not _FREQUENCY_CHOICE.search(asking):
        return None
    if any(_SAYS_FREQUENCY.search(x) or holds_value(Asked("value", "frequency"), x) for x in s.sentences):
        return None  # (also "om de zes maanden", "iedere zes maanden")
    kind = (VALUE_EN if s.english else VALUE_NL)["frequency"]
    return "no_value", (NO_VALUE_EN_BARE if s.english else NO_VALUE_NL_BARE).format(kind=kind)


# "Wat als onze zoon met een Wlz-indicatie 18 wordt? Moeten we dan …?", "Wat gebeurt er als ik de eigen bijdrage
# drie maanden niet betaal? Stopt dan de zorg?": the case the question sets turns on an age or a period; sentences
# that never name it say what holds in general, not what happens in that case
_CASE_OPEN = re.compile(r"^\s*(?:en\s+|maar\s+)?(?:wat\s+(?:gebeurt\s+er\s+|nu\s+)?(?P<case>(?:als|wanneer|indien)\b[^?]{3,160})\?)",
                        re.I)
# (a period, or an age reached; not an age told in passing: "mijn moeder van 85 jaar", "mijn vader (78 jaar)", "85 jaar
# oud")
_CASE_NUMBER = re.compile(r"(?<!van )(?<!\()\b(?P<n>\d{1,3}|[a-z]+)\s+(?:jaar|jaren|maanden|maand|weken|week|dagen|dag)\b"
                          r"(?!\s+oud\b|\))|"
                          r"\b(?P<age>\d{2}|achttien|vijfenzestig)\s+(?:wordt|worden|is geworden)\b", re.I)
_OF_AGE = re.compile(r"\b(?:meerderjarig\w*|volwassen\w*|achttien|18(?:-|\s*)jarig\w*|18\s+jaar)\b", re.I)
NO_CASE_NL = ("De bronnen die ik heb zeggen niet wat er gebeurt {case}. Ik geef dus geen antwoord; vraag het uw "
              "zorgkantoor, het CIZ of de zorgaanbieder.")


def _no_case(s: Signals) -> Refusal | None:
    """A "wat als" question whose case turns on an age or a period ("… 18 wordt", "drie maanden niet betaal"): a
    picked sentence names that number (or, for 18, being of age), or nothing picked is about the case."""
    if s.english or not s.sentences:
        return None
    m = _CASE_OPEN.match(s.context or s.question)
    number = _CASE_NUMBER.search(m.group("case")) if m else None
    if m is None or number is None:
        return None
    value = (number.group("n") or number.group("age")).lower()
    value = NUMBER_WORDS.get(value, {"achttien": "18", "vijfenzestig": "65"}.get(value, value))
    if not value.isdigit():
        return None
    words = {value, *(w for w, n in NUMBER_WORDS.items() if n == value)}
    said = " ".join(s.sentences).lower()
    if any(re.search(rf"(?<![\w,.]){re.escape(w)}(?![\w,])", said) for w in words) \
            or (value == "18" and _OF_AGE.search(said)):
        return None
    return "no_case", NO_CASE_NL.format(case=m.group("case").strip())


# run in order; the first that refuses decides
# "Wat is het verschil tussen een specialist ouderengeneeskunde en een klinisch geriater?": a comparison of two things
COMPARE_Q = re.compile(r"\b(?:(?:wat\s+is\s+(?:\w+\s+){0,2}?het\s+)?verschil\s+tussen|difference\s+between)\s+"
                       r"(?P<x>[^?]{3,80}?)\s+(?:en|and)\s+(?P<y>[^?]{3,80}?)\s*(?:[?,;:]|\s+(?:in|qua|bij|volgens|"
                       r"when|in terms)\b|$)", re.I)
NO_COMPARE_NL = ("De bronnen die ik heb noemen {x}, maar niet {y}. Ik kan ze dus niet vergelijken; vraag het uw "
                 "zorgkantoor, het CIZ of de NZa.")
NO_COMPARE_EN = ("The sources I have (Dutch documents) mention {x}, but not {y}, so I cannot compare them; ask the "
                 "zorgkantoor, the CIZ or the NZa.")
_ARTICLE = re.compile(r"^(?:een|de|het|a|an|the)\s+", re.I)


def _no_comparison(s: Signals) -> Refusal | None:
    """A comparison of two things needs a picked sentence or top passage that names each of them (the sources then
    say what each is); when one of them is named nowhere in what was found, the answer cannot compare them."""
    m = COMPARE_Q.search(s.context or s.question)
    if m is None:
        return None
    texts = [*s.sentences, *(h.passage.text for h in s.hits[: s.limits.value_passages])]
    pool = set(tokens(" ".join(texts)))
    sides = [_ARTICLE.sub("", m.group(g).strip()) for g in ("x", "y")]
    # each side by its head, its last word ("een klinisch geriater": geriater)
    words = [[t for t in tokens(side) if len(t) >= 4 and t not in ASKING_WORDS][-1:] for side in sides]
    if not all(words):
        return None
    missing = [side for side, ws in zip(sides, words, strict=True) if not any(_present(t, pool) for t in ws)]
    if len(missing) != 1:
        return None  # both named (answerable) or neither (the other checks and the score decide)
    named = sides[1] if missing[0] == sides[0] else sides[0]
    return "no_comparison", (NO_COMPARE_EN if s.english else NO_COMPARE_NL).format(x=named, y=missing[0])


# how two things relate ("Hoe verhoudt X zich tot Y?", "Wat is de relatie tussen X en Y?", "Hoe hangt X samen met Y?",
# "How does X relate to Y?"): answered only where the sources name the two together
_SIDE = r"(?P<{g}>[^?;:]{{3,90}}?)"
RELATION_Q = re.compile(
    # ("zich" before or after the first side: "Hoe verhoudt de zorg met verblijf zich tot de zorg thuis?")
    r"\bhoe\s+(?:verhoudt|verhouden)\s+zich\s+" + _SIDE.format(g="x") + r"\s+(?:tot|met)\s+"
    + _SIDE.format(g="y") + r"\s*(?:[?,;:.]|$)"
    r"|\bhoe\s+(?:verhoudt|verhouden)\s+" + _SIDE.format(g="x1") + r"\s+zich\s+(?:tot|met)\s+"
    + _SIDE.format(g="y1") + r"\s*(?:[?,;:.]|$)"
    r"|\b(?:de\s+)?(?:relatie|verhouding|samenhang|connectie|verband|link)\s+tussen\s+" + _SIDE.format(g="x2")
    + r"\s+en\s+" + _SIDE.format(g="y2") + r"\s*(?:[?,;:.]|$)"
    r"|\bhoe\s+(?:hangt|hangen)\s+" + _SIDE.format(g="x3") + r"\s+samen\s+met\s+" + _SIDE.format(g="y3")
    + r"\s*(?:[?,;:.]|$)"
    r"|\bhow\s+(?:does|do)\s+" + _SIDE.format(g="x4") + r"\s+relate\s+to\s+" + _SIDE.format(g="y4")
    + r"\s*(?:[?,;:.]|$)"
    r"|\brelationship\s+between\s+" + _SIDE.format(g="x5") + r"\s+and\s+" + _SIDE.format(g="y5")
    + r"\s*(?:[?,;:.]|$)", re.I)
NO_RELATION_NL = ("De bronnen die ik heb noemen {x} en {y} niet in één zin samen, en zeggen dus niet hoe die zich tot "
                  "elkaar verhouden. Vraag het de organisatie die erover gaat (uw zorgkantoor, VWS of de NZa).")
NO_RELATION_EN = ("The sources I have (Dutch documents) never name {x} and {y} together, so they do not say how the "
                  "two relate; ask the organisation in charge (your zorgkantoor, the ministry (VWS) or the NZa).")
_RELATION_VAGUE = frozenset({"volgens", "according", "precies", "eigenlijk", "elkaar", "andere", "other", "various",
                             "verschillende", "zich", "regels", "rules"})


def _no_relation(s: Signals) -> Refusal | None:
    """How two things relate: a sentence (with the next) of a picked answer or a top passage must name both (each by
    one of its two rarest words in the corpus); sources that name each apart do not say how they relate."""
    m = RELATION_Q.search(_asking_text(s.context or s.question))
    if m is None:
        return None
    x, y = (g for g in m.groups() if g)
    sides = [_ARTICLE.sub("", side.strip()) for side in (x, y)]

    def rare(side: str) -> list[str]:
        words = [t for t in tokens(side) if len(t) >= 3 and t not in ASKING_WORDS and t not in _RELATION_VAGUE
                 and s.doc_freq.get(t, 0) > 0]
        return sorted(words, key=lambda t: s.doc_freq.get(t, 0))[:2]

    marks = [rare(side) for side in sides]
    if not all(marks):
        return None  # a side the corpus never names: the other checks decide
    # (a sentence and the next: "Het programma sluit aan bij … Het maakt deel uit van de Toekomstagenda")
    for text in [*s.sentences, *(h.passage.text for h in s.hits[:5])]:
        said = [set(tokens(text[a:b])) for a, b in sentence_spans(text)]
        for i in range(len(said)):
            near = said[i] | (said[i + 1] if i + 1 < len(said) else set())
            if all(any(_present(t, near) for t in ws) for ws in marks):
                return None
    return "no_relation", (NO_RELATION_EN if s.english else NO_RELATION_NL).format(x=sides[0], y=sides[1])


# whether a decision, a right or a payment can be undone ("Kan het CIZ die indicatie weer intrekken?", "Kan de curatele
# worden opgeheven?", "Can he withdraw that consent later?"), and whether someone must consent first ("Moet de gemeente
# instemmen voordat …?", "Moet de huisarts akkoord geven?"): answered only where a picked sentence says so, in a word of
# the same family; a sentence about the decision itself does not say whether it can be undone or needs consent
# (a modal verb first, no condition between: not "Kan ik bezwaar maken als mijn pgb wordt stopgezet?")
UNDO_Q = re.compile(r"\b(?:kan|kunnen|mag|mogen|can|could|may)\b(?:(?!\b(?:als|wanneer|indien|zodra|nadat|if|when)\b)"
                    r"[^?]){0,80}?\b(?:ingetrokken|intrekken|herzien|teruggedraaid|terugdraaien|opgeheven|opheffen|"
                    r"herroepen|teruggetrokken|terugtrekken|stopgezet|stopzetten|ongedaan\s+maken|withdraw|withdrawn|revoke|"
                    r"revoked|reverse|reversed|undo|undone|cancel|cancelled|take\s+(?:it\s+)?back)\b", re.I)
UNDO_A = re.compile(r"intrek|ingetrok|\btrekt\b|\btrekken\b[^.;]{0,40}\bin\b|herzie|terugdraai|teruggedraai|ophef|"
                    r"opgehev|herroep|terugtrek|teruggetrok|stopzet|stopgezet|beëindig|ongedaan|\bvervalt\b|"
                    r"\bvervallen\b|\beindig|\bstopt\b|opnieuw\s+vastgesteld", re.I)
CONSENT_Q = re.compile(r"\b(?:moet|moeten|hoeft|hoeven)\b[^?]{0,120}\b(?:instemmen|akkoord\s+(?:geven|gaan)|goedkeuren|"
                       r"toestemming\s+geven)\b|\b(?:instemming|goedkeuring|toestemming|akkoord)\s+(?:van|door)\b[^?]{0,80}"
                       r"\b(?:nodig|vereist|verplicht)\b|\b(?:have|has|need|needs)\s+to\s+(?:give\s+(?:their|his|her|its)\s+)?"
                       r"(?:consent|approve|agree)\b|\b(?:need|needs|require|requires)\s+(?:the\s+)?(?:\w+\s+){0,3}?"
                       r"(?:consent|approval)\b", re.I)
CONSENT_A = re.compile(r"instem|akkoord|goedkeur|goedgekeurd|toestemming|overleg|bespre|gehoord", re.I)
NO_UNDO_NL = ("De bronnen die ik heb zeggen niet of dit later weer kan worden ingetrokken, herzien of teruggedraaid. "
              "Ik geef dus geen antwoord; vraag het de organisatie die erover beslist (uw zorgkantoor, het CIZ of het CAK).")
NO_UNDO_EN = ("The sources I have (Dutch documents) do not say whether this can be withdrawn, revised or reversed later, "
              "so I give no answer; ask the organisation that decides on it (your zorgkantoor, the CIZ or the CAK).")
NO_CONSENT_NL = ("De bronnen die ik heb zeggen niet of hiervoor instemming, akkoord of toestemming nodig is. Ik geef dus "
                 "geen antwoord; vraag het uw zorgkantoor, het CIZ of de NZa.")
NO_CONSENT_EN = ("The sources I have (Dutch documents) do not say whether consent or approval is needed for this, so I "
                 "give no answer; ask your zorgkantoor, the CIZ or the NZa.")


def _no_undo(s: Signals) -> Refusal | None:
    """Whether something can be undone, and no picked sentence says anything of undoing it (``UNDO_Q``)."""
    if not s.sentences or not UNDO_Q.search(_asking_text(s.context or s.question)):
        return None
    if any(UNDO_A.search(t) for t in s.sentences):
        return None
    return "no_undo", NO_UNDO_EN if s.english else NO_UNDO_NL


def _no_consent(s: Signals) -> Refusal | None:
    """Whether someone must consent first, and no picked sentence speaks of consent, approval or consultation."""
    asking = _asking_text(s.context or s.question)
    if not s.sentences or not CONSENT_Q.search(asking) or re.match(r"\s*(?:wie|who)\b", asking, re.I):
        return None  # (who must approve is asked by "Wie moet … goedkeuren?": the other checks decide)
    if any(CONSENT_A.search(t) for t in s.sentences):
        return None
    return "no_consent", NO_CONSENT_EN if s.english else NO_CONSENT_NL


CHECKS: list[tuple[str, Check]] = [
    ("out_of_scope", _out_of_scope),
    ("other_regime", _other_regime),
    ("personal_advice", _personal_advice),
    ("best_choice", _best_choice),
    ("case_law", _case_law),
    ("without_wlz", _without_wlz),
    ("no_hits", _no_hits),
    ("unknown_name", _unknown_name),
    ("unknown_code", _unknown_code),
    ("unknown_thing", _unknown_thing),
    ("unknown_terms", _unknown_terms),
    ("not_relevant", _not_relevant),
    ("other_document", _other_document),
    ("other_law", _other_law),
    ("no_article", _no_article),  # (also "article_left_out": an article not in force or repealed)
    ("other_year", _other_year),
    ("other_ordinal", _other_ordinal),
    ("other_version", _other_version),
    ("no_value", _no_value),
    ("no_claim_value", _no_claim_value),
    ("no_frequency", _no_frequency),
    ("no_amount", _no_amount),
    ("no_count", _no_count),
    ("no_person", _no_person),
    ("no_comparison", _no_comparison),
    ("no_relation", _no_relation),
    ("no_undo", _no_undo),
    ("no_consent", _no_consent),
    ("no_names", _no_names),
    ("no_expansion", _no_expansion),
    ("no_called", _no_called),
    ("no_decider", _no_decider),
    ("no_procedure", _no_procedure),
    ("no_outcome", _no_outcome),
    ("no_case", _no_case),
    ("no_list", _no_list),
    ("unknown_which", _unknown_which),
    ("not_answered", _not_answered),
]


def assess(question: str, hits: list[Hit], *, vocab: set[str], corpus_lower: str, sentences: list[str],
           context: str = "", doc_freq: dict[str, int] | None = None, passages: int = 0,
           limits: AnswerSettings | None = None, today: date | None = None, meaning: Meaning | None = None,
           lower_words: frozenset[str] = frozenset(), law_articles: Mapping[str, str] | None = None) -> Evidence:
    """Decide whether the retrieved evidence answers ``question`` (``sentences``: the ones the answerer picked;
    ``context``: the standalone query of a follow-up, whose Wlz topic keeps "En bij de Wmo?" in scope)."""
    signals = gather(question, hits, vocab=vocab, corpus_lower=corpus_lower, sentences=sentences, context=context,
                     doc_freq=doc_freq, passages=passages, limits=limits, today=today, meaning=meaning,
                     lower_words=lower_words, law_articles=law_articles)
    for _name, check in CHECKS:
        refusal = check(signals)
        if refusal is not None:
            return Evidence(False, refusal[0], signals.dense, signals.lexical, signals.oov_share, refusal[1])
    return Evidence(True, "ok", signals.dense, signals.lexical, signals.oov_share)


def gather(question: str, hits: list[Hit], *, vocab: set[str], corpus_lower: str, sentences: list[str],
           context: str = "", doc_freq: dict[str, int] | None = None, passages: int = 0,
           limits: AnswerSettings | None = None, today: date | None = None, meaning: Meaning | None = None,
           lower_words: frozenset[str] = frozenset(), law_articles: Mapping[str, str] | None = None) -> Signals:
    """The signals the checks read (``assess``'s arguments; the calibration reads them too)."""
    dense = max((h.raw.get("dense", 0.0) for h in hits), default=0.0)
    lexical = max((h.raw.get("lexical", 0.0) for h in hits), default=0.0)
    content = [t for t in tokens(question) if len(t) >= 4 and not t.isdigit()]
    # asking words ("precies", "eigenlijk", "maximaal") are not terms the corpus must know: "wat is zzp 9b precies?"
    oov = [t for t in content if t not in vocab and t not in ASKING_WORDS]
    share = len(oov) / len(content) if content else 0.0
    return Signals(question, context, hits, sentences, vocab, corpus_lower, doc_freq or {}, passages,
                   limits or AnswerSettings(), classify(context or question), is_english(question), dense, lexical, share,
                   today or date.today(), meaning, lower_words, law_articles or {})
