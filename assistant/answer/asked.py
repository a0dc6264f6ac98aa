"""What a question asks for: its shape (a list, a definition, a value, a procedure, yes/no) and, for a value,
its kind (a duration, an amount, a percentage, a count of something, a date, contact details, a form).

The answerer uses the shape to order and render the answer; the gate uses the value kind: a question that asks
"binnen hoeveel weken" is only answered by a sentence that holds a number of weeks (or days, months) *about what
was asked*, not by any sentence that shares its words. Pure functions on strings, no model."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from ..inputs import GREETING_WORDS
from ..retrieval.text import fold, tokens
from .quantities import MONTHS, NOT_A_COUNT

Shape = Literal["list", "definition", "value", "procedure", "yesno", "other"]
ValueKind = Literal["duration", "amount", "percent", "count", "date", "contact", "form", "code", "frequency", ""]

_NUM_WORD = (r"[a-zé]*(?:twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig|honderd|duizend)|"
             r"één|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|vijftien|zestien|"
             r"achttien|negentien|half|halve|anderhalf|enkele|"
             r"one|two|three|four|five|six|seven|eight|nine|ten|twelve|a")
_NUMBER = rf"(?:\d+(?:[.,]\d+)?|{_NUM_WORD})"
_TIME_UNIT = (r"(?:werk)?dag(?:en)?|weken|week|maand(?:en)?|jaar|jaren|kwarta(?:al|len)|uur|uren|minuut|minuten|"
              r"days?|weeks?|months?|years?|hours?|minutes?")

_YESNO = re.compile(
    r"^\s*(?:(?:en|maar|dus|ok[eé]?|oke|stel)\s*,?\s+)?(?:mag|mogen|moet|moeten|kan|kunnen|kun|is|zijn|geldt|gelden|"
    r"heeft|hebben|heb|krijgt|krijg|krijgen|valt|vallen|wordt|worden|telt|tellen|blijft|blijven|loopt|doet|"
    r"betaalt|betalen|gaat|komt|hoort|horen|vergoedt|ben|bestaat|zit|staat|"
    r"can|may|must|is|are|do|does|will|should)\b", re.I)
# ... not when it asks whether something may or applies, after a colon ("Maak een checklist van de voorwaarden: mogen
# wij …?") or in an "of" clause ("… en of wij meerzorg mogen aanvragen")
_YESNO_VERB = (r"(?:mag|mogen|kan|kunnen|moet|moeten|valt|vallen|voldoe\w*|geldt|gelden|krijgt|krijgen|wordt|worden|"
               r"betaald|vergoed|recht|may|can|qualif\w*)")
_NO_YESNO_INSIDE = (r"(?![^?:]*:\s*(?:(?:wij|we|ik|u|zij|ze|hij)\s+)?" + _YESNO_VERB + r"\b)"
                    r"(?![^?]*\b(?:of|whether)\s+(?:[\w'-]+\s+){0,8}?" + _YESNO_VERB + r"\b)")
_LIST = re.compile(r"\b(welke|wat zijn (de|alle)|noem|which|what are the|wat (zit|valt|hoort) er (allemaal )?(bij|in|onder))\b(?! (datum|jaar|dag|organisatie\b))|"
                   # a list to be made ("Maak een rijtje van de doelgroepen …", "Zet op een rij welke …", "Make me a
                   # checklist of …")
                   r"\bmaak\s+(?:(?:voor\s+)?(?:me|mij|ons)\s+)?(?:een\s+)?(?:[\w-]+\s+){0,2}?(?:checklist|lijst|lijstje|rijtje|"
                   r"opsomming|overzicht|overzichtje)\s+(?:van|met)\s+(?:de|alle|welke)\b" + _NO_YESNO_INSIDE + "|"
                   r"\bzet\s+(?:[\w'-]+\s+){0,6}?op\s+een\s+rij\s+(?:welke|de|alle)\b" + _NO_YESNO_INSIDE + "|"
                   r"\b(?:make|write|draft)\s+(?:me\s+|us\s+)?(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:checklist|list)\s+of\s+(?:the|all)\b"
                   + _NO_YESNO_INSIDE, re.I)
# "Waar moet ons plan allemaal aan voldoen?": asks for the conditions, as "welke voorwaarden" does
MEETS = re.compile(r"\bwaar (?:moet|moeten|dient|dienen)\b[^?]{0,60}\baan (?:voldoen|voldaan)\b", re.I)
_DEFINITION = re.compile(
    r"^\s*(wat (is|zijn|betekent|betekenen|houdt|houden|bedoelen ze met|wordt bedoeld met|is eigenlijk)|"
    r"waar staat .{1,20} voor|what (is|are|does)\b(?! the (monthly|hourly|maximum|minimum)))\b", re.I)
# "Moeten we elk jaar opnieuw aanvragen?", "Moeten we ook data aanleveren?", "Do we have to apply again?": whether a
# step must be taken asks for the procedure, not for a decision the rule check makes
_MUST_APPLY = re.compile(r"^\s*(?:(?:en|maar|dus)\s+)?(?:moet|moeten)\s+(?:ik|we|wij|je|jullie|u|zij|ze|hij)\b[^?]{0,80}?"
                         r"\b(?:(?:opnieuw\s+)?aan(?:ge)?vragen|indienen|aanmelden|melden|aanleveren|rapporteren|registreren|"
                         r"doorgeven)\s*\??\s*$|"
                         r"^\s*(?:do|does|must|should)\s+(?:i|we|you|they|he|she)\s+(?:have\s+to\s+|need\s+to\s+)?"
                         r"(?:re-?)?(?:apply|submit|register)\b(?:\s+(?:again|anew))?[^?]{0,60}\??\s*$", re.I)
_PROCEDURE = re.compile(r"^\s*(hoe (vraag|kan|kun|moet|regel|werkt|gaat|doe|neem|dien)|wat moet (ik|je|we|wij)|"
                        r"waar (kan|moet|vind|meld|dien)|how (do|can|does))\b", re.I)

_MEANING = re.compile(r"^\s*(wat (betekent|betekenen|houdt|houden|bedoelen ze met|wordt bedoeld met|wordt (er )?verstaan "
                      r"onder|verstaa?n?t? (\S+ ){0,6}?onder|bedoel(t|en) (\S+ ){0,3}?met)|what is meant by|waar staat|"
                      # "Wie wordt in de Wlz bedoeld met 'inspecteur of ontvanger'?", "Who is meant by …?"
                      r"(wat|wie) (wordt|worden) (\S+ ){1,5}?bedoeld met|who (is|are) meant by|"
                      # in the word order of a wrapped question ("wat de wet onder een ADL-woning verstaat")
                      r"wat (\S+ ){0,4}?onder ((?!als |wanneer |omdat |hij |zij |ze |die |dat |geen |niet )\S+ ){1,5}?"
                      r"(verstaat|verstaan|wordt verstaan)(?=\s*[?.]?\s*$)|"
                      r"what (does|do) .{1,40} mean)\b", re.I)
# a terse definition ask: a term and "betekenis" / "definitie" / "meaning" ("rec dec betekenis", "VPT definitie?")
_TERSE_MEANING = re.compile(r"^\s*(?:[\w&+-]+\s+){1,4}(?:betekenis|definitie|meaning|definition)\s*\??\s*$|"
                            r"^\s*(?:betekenis|definitie|meaning of|definition of)\s+(?:van\s+)?(?:[\w&+-]+\s*){1,4}\??\s*$",
                            re.I)
_WHO_WHY = re.compile(r"^\s*(wie|waarom|wat doet|wat doen|who|why)\b", re.I)

# any form asked about: "welk formulier", "is er een standaardformulier", "the CIZ application form" (not "a form of
# care"); also when asked as yes/no ("Is er een formulier voor …?"): only a sentence that names a form answers that
_FORM_Q = re.compile(r"\b\w*formulier(en)?\b|\bforms?\b(?!\s+of\b)|"
                     # a required format or template ("Is daar een verplicht format of model voor?")
                     r"\b(?:verplicht|vast|standaard|voorgeschreven)\w*\s+(?:format|model|sjabloon|template)\b|"
                     r"\b(?:format|sjabloon|template)\b", re.I)
# "What do I send with the application form?" asks what to send, not for a form
_WITH_FORM = re.compile(r"\b(send|submit|include|attach|stuur\w*|meesturen|meegestuurd|bijvoegen|voeg\w*)\b.{0,40}"
                        r"\b(with|met|bij)\s+(the|het|een|an?|dat|dit)\s+(\w+\s+)?(forms?|\w*formulier)\b", re.I)

# the value questions, most specific first: (kind, pattern in the question)
_VALUE_Q: list[tuple[ValueKind, re.Pattern[str]]] = [
    ("contact", re.compile(r"\b(telefoonnummer|(e-?mail|post|bezoek)?adres|website|e-?mailadres|phone|address)\b|"
                           r"\bwaar (?:kan )?(?:ik|we|wij|je|u) \S+(?: \S+){0,4} (?:downloaden|download)\b|"
                           r"\bwaar download\b|\bwhere (?:can|do) (?:i|we) download\b", re.I)),
    # "Per wanneer wil de NZa alle tarieven herijken?" asks for a date, whatever it is about (not an amount)
    ("date", re.compile(r"\b(per|vanaf|sinds|tot) wanneer\b|\bwelke datum\b|\b(in|sinds|vanaf|tot|per) welk jaar\b|"
                        r"\b(?:in |since |from |until )?(?:what|which) year\b|\bsince when\b|"
                        # "Wat is de cut-off date voor het aanvragen …?", "de uiterste inschrijfdatum": the day
                        r"\b(?:de|the)\s+(?:uiterste\s+|final\s+)?(?:cut-?off[- ](?:date|datum)|sluitingsdatum|"
                        r"uiterste\s+\w*datum)\b", re.I)),
    # "binnen welke termijn moet ik bezwaar maken?", "within what period": a duration, not a list of things
    ("duration", re.compile(r"\b(?:binnen|in) welke (?:termijn|periode|tijd)\b|\bwelke (?:bezwaar|beroeps|beslis)?termijn\b|"

                            r"\bwithin (?:what|which) (?:period|time|term|deadline)\b|\bwhat (?:is the )?(?:deadline|time limit)\b",
                            re.I)),
    ("code", re.compile(r"\b(tarief|prestatie|declaratie|product|vektis)codes?\b|\bwelke codes?\b|"
                        r"\bwhich (tariff |billing )?codes?\b", re.I)),
    ("frequency", re.compile(r"\bhoe (vaak|dikwijls|regelmatig)\b|\bhow often\b|\bmet welke frequentie\b", re.I)),
    ("form", _FORM_Q),
    # "welk kortingspercentage"; "welk deel van de totale Wlz-uitgaven": a share of money
    ("percent", re.compile(r"\b(procent|\w*percentage|hoeveel %|what percentage)\b|"
                           r"\b(?:welk|wat is het|hoe groot is het)\s+(?:deel|aandeel)\s+van\s+(?:de|het)\s+(?:totale\s+[\w-]*|"
                           r"[\w-]+)(?:uitgaven|budget|middelen|premie)\b|"
                           r"\bwhat (?:share|proportion) of (?:the )?(?:total )?[\w-]*(?:spending|costs|budget|expenditure)\b",
                           re.I)),
    ("amount", re.compile(
        # a tariff, also in a compound when its size is asked ("Wat is het maximumtarief …?", "Hoe hoog is het uurtarief?")
        # (not a tariff asked beside the terms, as which regime applies: "Welke voorwaarden en tarieven gelden er dan?")
        r"\b(wat|hoeveel) (kost|kosten|bedraagt|bedragen)\b|(?<!\bvoorwaarden en )(?<!\bafspraken en )"
        r"\btarie(f|ven)\b(?! en (?:voorwaarden|afspraken))|\bbedrag|\beuro|"
        r"\b(?:wat|hoe hoog) (?:is|zijn|was|waren) (?:het|de) \w*tarie(?:f|ven)\b|"
        r"\b(kilometer|reiskosten|onkosten)vergoeding\b|\b(mileage|hourly rate)\b|"
        r"\bhoeveel (geld|budget|middelen)\b|"
        # what one may charge ("hoeveel mag de tandarts per kwartier rekenen?")
        r"\bhoeveel\s+(?:mag|mogen|kan|kunnen|moet|moeten)\s+(?:\w+\s+){0,10}?(?:rekenen|vragen|factureren|"
        r"in rekening brengen)\b|"
        r"\bhoe hoog (is|zijn|wordt|worden|was|waren) (de|het|een) (eigen bijdrage|bijdrage|premie|vergoeding|budget|huur|"
        r"toeslag|uitkering|prijs|kosten|boete|dwangsom|bestuurlijke boete)\b|"
        # ... asked in indirect speech ("gaat me vragen hoe hoog de eigen bijdrage per maand is")
        r"\bhoe hoog (?:de|het|een|zijn|haar|die|dat|hun) (?:\w+\s+){0,2}?(?:eigen bijdrage|bijdrage|premie|vergoeding|"
        r"budget|huur|toeslag|uitkering|prijs|kosten|boete|dwangsom)\b(?=[^?]*\b(?:is|zijn|wordt|worden|was|waren)\s*\?)|"
        r"\bhoeveel (is|zijn|betaal|betaalt|betalen|krijg|krijgt|krijgen) (ik|je|we|wij|u|men|de|het)?\s*(\w+\s+)?"
        r"(eigen bijdrage|toeslag|premie|vergoeding|budget|huur|zakgeld|contributie|pgb)\b|"
        # what someone pays ("hoeveel betaalt mijn moeder dan per consult?")
        r"\bhoeveel\s+(?:betaal|betaalt|betalen|betaalde|betaalden)\b(?!\s+(?:cliënten|clienten|mensen|aanbieders)\b)|"
        r"\b(contracteerruimte|zakgeld|contributie|huur|premie|budget|bijdrage)\b.{0,30}\b(hoe (hoog|groot)|hoeveel)\b|"
        r"\b(hoe (hoog|groot)|hoeveel)\b.{0,30}\b(contracteerruimte|zakgeld|contributie|huur|premie)\b|"
        r"\b(how much(?! time)|what (does .{1,30} cost|rate|amount)|hourly rate|monthly .{0,20}contribution)\b", re.I)),
    ("duration", re.compile(
        rf"\bhoe ?(lang|snel)\b|\bbinnen hoeveel ({_TIME_UNIT})\b|"
        # hours of something are a count of hours ("Hoeveel uur scholing moeten begeleiders krijgen?")
        rf"\bhoeveel (?!(?:uur|uren) (?:scholing|nascholing|training|opleiding|cursus|les|lessen|ondersteuning|"
        rf"verpleging|verzorging|therapie|inzet|logopedie|fysiotherapie)\b)({_TIME_UNIT}|tijd)\b(?! (zorg|begeleiding|"
        rf"dagbesteding|behandeling|per))|\b(beslis|bezwaar|opzeg|bewaar|lever|doorloop|geldigheids|wacht)"
        rf"(termijn|tijd|duur)|\btreeknorm\b|\bhow long\b|\bhow much time\b|\bhow many (days|weeks|months|years|hours|minutes)\b", re.I)),
    ("count", re.compile(r"\bhoeveel\b|\bhoe (hoog|groot)\b|\b(maximale|minimale|maximum|minimum) aantal\b|"
                         r"\bhow many\b", re.I)),
    ("date", re.compile(r"\b(per|vanaf|sinds|tot) wanneer\b|\bwelke datum\b|\bin welk jaar\b|"
                        r"\bop welke (?:data|datums)\b|"
                        r"\bwanneer (publiceren|verschijnen|verschijnt|start|starten|begint|beginnen|gaat .{1,30} in|"
                        r"treedt|treden|komt|komen|(?:wordt|worden) .{1,40} (bekend|gepubliceerd|ingevoerd|openbaar gemaakt))\b|"
                        # when something was done ("wanneer is het convenant getekend?")
                        # (not a condition: "wanneer heeft een cliënt recht op … als de behandeling al is gestart?")
                        r"\bwanneer (?:is|zijn|werd|werden|heeft|hebben|had|hadden) (?:(?!\b(?:als|indien|wanneer|zodra|"
                        r"recht)\b).){1,90}\b(?:getekend|ondertekend|gesloten|afgesloten|opgericht|ingevoerd|ingesteld|"
                        r"vastgesteld|gepubliceerd|uitgebracht|verschenen|ingegaan|afgeschaft|opgeheven)\b|"
                        # "When will …?", "by when", not a condition inside ("… alert the minister when costs shift")
                        r"^\W*(?:(?:by|from|since|until|till)\s+)?when\b|\bwhen\s+(?:will|does|did|do|is|was|are|were|"
                        r"can|could|should|must|would|has|have|shall)\b", re.I)),
]

_DURATION_A = re.compile(rf"\b{_NUMBER}\s+({_TIME_UNIT})\b|\b(half|kwart)jaar\b|\b(onbepaalde|bepaalde) tijd\b|\bjaarlijks\b|"
                         rf"\b(termijn|periode) van\b|\bper (jaar|maand|week|dag)\b|"
                         # a term the law sets without a number ("binnen een redelijke termijn", "onverwijld")
                         r"\bredelijke termijn\b|\bonverwijld\b|"
                         # a term by reference ("voor de duur van de termijn, bedoeld in artikel 3.3.6")
                         r"\bvoor de duur van\b", re.I)
_AMOUNT_A = re.compile(r"€|\beuro\b|\bEUR\b|\b(miljoen|miljard)\b", re.I)
# an amount that is not a budget: "€ 4,5 miljoen" answers "hoeveel geld is er beschikbaar", not "hoeveel reiskosten
# per consult" or "hoe hoog is de eigen bijdrage"
_UNIT_AMOUNT_A = re.compile(r"(€|\bEUR\b)\s?\d[\d.,]*(?![\d.,]*\s*(miljoen|miljard|mln|mld)\b)|"
                            r"\d[\d.,]*\s*euro\b", re.I)
_MACRO_Q = re.compile(r"\b(\w*budget\w*|hoeveel geld|beschikbaar|macro\w*|middelen|transitiemiddelen|totaal|landelijk\w*|"
                      r"investe\w+|uitgaven|contracteerruimte|geld (is|gaat|komt)|miljoen|miljard|rijksbijdrage|fonds\w*|"
                      r"rijks\w+|available|total|(?:state|government|national) contribution|fund|million|billion|"
                      r"formule\w*|heffingskorting\w*)\b", re.I)
# the amount a law's formula reckons with, said in the sentence before the asking one ("Artikel 11.2.15 rekent met
# 'BIKKt-1'. Welk bedrag staat daar?"): a total may answer
_FORMULA_Q = re.compile(r"\b(?:rekent|rekenen|berekend)\s+met\b|\bformule\w*", re.I)
_PERCENT_A = re.compile(r"%|\bprocent\b", re.I)
_CONTACT_A = re.compile(r"\b0\d{1,3}[- ]?\d{6,8}\b|\b0[89]00\b|www\.|https?://|\S+@\S+\.\w+|\b\d{4} ?[A-Z]{2}\b")
_FORM_A = re.compile(r"formulier", re.I)
# "welke voorwaarden / eisen / criteria": one thing under four names, also listed after a condition lead ("… in, als:")
CONDITION_WORDS = ("voorwaarden", "eisen", "criteria", "vereisten")
CONDITION_LEAD = re.compile(r"(?:\b(als|indien|mits|wanneer|op voorwaarde dat)|\b(?:geldt|gelden)\b(?:\s+\w+){0,4}\s+dat|"
                            r"\bvoldoen aan)\s*:\s*(?:\n|$)", re.I)  # also "Hierbij gelden in ieder geval dat:"
# "welk percentage", "welk tariefpercentage", "welk tarief(percentage)"
_NAMED_PERCENT_Q = re.compile(r"\b(welk|welke|which|what)\s+(\w+\s+)?(?:\w+\s*[(/]\s*)?\w*percentage\b", re.I)
# "welk tarief geldt voor C&A?": which rate applies, which a named one answers ("het richttariefpercentage")
_WHICH_RATE_Q = re.compile(r"\b(?:welk|welke|which|what)\s+(?:\w+\s+)?(?:tarief|tarieven|rate|rates)\b", re.I)
_NAMED_PERCENT_A = re.compile(r"\w+percentage\b", re.I)  # a named one ("richttariefpercentage"), not the word
# a recurring interval counts too ("en vervolgens telkens na vijf jaar", "elke twee jaar", "om de vier weken")
_FREQUENCY = (r"\b(?:\w+maal|\w+ keer|eens) per (?:jaar|half jaar|halfjaar|kwartaal|maand|week|dag)\b|"
              rf"\b(?:telkens|steeds|elke?|iedere?|om de)\s+(?:(?:na|binnen)\s+)?(?:{_NUMBER}\s+)?"
              r"(?:jaar|jaren|maanden|maand|weken|week|dagen|dag|kwartaal)\b|"
              r"\b(?:jaarlijks|halfjaarlijks|maandelijks|wekelijks|dagelijks|periodiek)\b|"
              # after each period ("na afloop van de maand de uren declareren")
              r"\bna afloop van (?:de|elke|iedere|het) (?:maand|week|kwartaal|jaar)\b")
# ... and how many times in all ("kan eenmaal worden herbenoemd", "can be reappointed once")
_FREQUENCY_A = re.compile(_FREQUENCY + r"|\b(?:eenmaal|tweemaal|driemaal|(?:één|een|twee|drie|vier|vijf) (?:keer|maal)|once|twice)\b", re.I)
_CODE_A = re.compile(r"\b[A-Z]{1,3}\d{2,4}[a-z]?\b|\bcode\s+\w*\d")
_DATE_A = re.compile(rf"\b(19|20)\d\d\b|\b{MONTHS}\b|\b(najaar|voorjaar|zomer|winter)\b", re.I)
_COUNT_A = re.compile(rf"(?<![\w-]){_NUMBER}(?![\w-])", re.I)

# what an English question counts, in the Dutch of the sources ("how many client groups" → "groep")
_COUNTED_EN = {"groups": "groep", "group": "groep", "clients": "cliënt", "client": "cliënt", "places": "plaats",
               "beds": "bed", "providers": "aanbieder", "hours": "uur", "days": "dag", "weeks": "week", "months": "maand",
               "years": "jaar", "organisations": "organisatie", "organizations": "organisatie"}
# "hoeveel ZG-cliënten": the head of a hyphenated compound is what is counted
_UNIT_NOUN = re.compile(r"\b(?:hoeveel|aantal|how many)\s+(?:van\s+(?:de|die|deze|hun|onze|uw|alle)\s+|of\s+(?:the|those|these)\s+)?"
                        r"['‘“\"]?(?:\w+\s+){0,1}?(?:[\wà-ÿ]+-)?([a-zà-ÿ]{4,}|uur\b)", re.I)
_NOT_NOUN = frozenset({"mensen", "keer", "procent", "euro", "tijd", "geld", "zorg", "is", "kost", "mag", "mogen",
                      "moet", "moeten", "kan", "kunnen", "krijg", "krijgt", "krijgen", "betaal", "betaalt",
                      "heeft", "hebben", "zijn", "wordt", "worden", "bedraagt", "people",
                      # verbs of where or how many are ("hoeveel zitten er nog in de analysefase?")
                      "zitten", "zit", "staan", "staat", "liggen", "ligt", "wonen", "woont", "werken", "werkt", "doen",
                      "doet", "komen", "komt", "blijven", "blijft", "gaan", "gaat",
                      # an estimate before the number ("hoeveel van de ongeveer 2.700 cliënten"): no noun
                      "ongeveer", "circa", "bijna", "ruim", "about", "around"})
NOT_COUNTED_NOUN = _NOT_NOUN  # the words after a number that name no counted thing (also for the gate's claims)


# the kinds of value one pattern recognises in a sentence (amounts and counts need more: see holds_value)
_HOLDS: dict[str, re.Pattern[str]] = {"duration": _DURATION_A, "percent": _PERCENT_A, "contact": _CONTACT_A,
                                      "form": _FORM_A, "code": _CODE_A, "frequency": _FREQUENCY_A, "date": _DATE_A}

# words that ask (or qualify what is asked) rather than name the topic, however rare they are in the corpus: the
# gate does not take them for topic words, the answerer does not count them as words a sentence should name
ASKING_WORDS = frozenset(tokens(
    "hoeveel welke welk wanneer hoelang datum vóór voor volgens gemiddeld gemiddelde precies ongeveer eigenlijk "
    "maximaal maximale maximum minimaal minimale minimum uiterlijk zowat allemaal lang lange meestal vaak "
    "gewoonlijk normaal normaliter duur duren duurt aantal kost kosten bedrag tarief procent zijn worden "
    "mijn onze jullie uw hun "
    # function words of the Snowball Dutch stop list that the index keeps ("zonder dat zijn plek vervalt" names no
    # topic "zonder")
    "zonder omdat toch tegen alles altijd niets iets eens hier daar reeds geweest andere zelf veel meer "
    "toen doch werd "
    # pronominal adverbs ("de zvw-periode zit erop") point back, they name nothing
    "erop eraan erin ervan erover ermee erbij eruit ervoor erna ertoe "
    # thanks for an earlier answer ("Thanks, that helps. One more …", "Dank je, dat helpt.") names no topic
    "thanks thank helps helped bedankt dank helpt"))

# the verbatim value in an answer sentence, per kind (for the answer's short lead)
VALUE_PATTERNS: dict[str, re.Pattern[str]] = {
    "duration": re.compile(rf"\b{_NUMBER}\s+(?:{_TIME_UNIT})\b|\b(?:een )?(?:half|kwart)jaar\b", re.I),
    "amount": re.compile(r"€\s?[\d.,]+(?:\s*(?:miljoen|miljard))?|[\d.,]+\s*(?:euro|miljoen|miljard)\b|\d+(?:[.,]\d+)?\s?%",
                         re.I),
    "percent": re.compile(r"\d+(?:[.,]\d+)?\s?%|\b\w+ procent\b", re.I),
    "date": re.compile(rf"\b\d{{1,2}} {MONTHS} (?:19|20)\d\d\b|\b{MONTHS} (?:19|20)\d\d\b|\b(?:19|20)\d\d\b", re.I),
    "count": re.compile(r"\d+(?:[.,]\d+)?\s?%|\b\d[\d.]*\s+[a-zà-ÿ]+", re.I),
    "frequency": re.compile(_FREQUENCY, re.I),
}


@dataclass(frozen=True)
class Asked:
    shape: Shape
    value: ValueKind = ""
    counted: str = ""  # for a count: the stem of what is counted ("plaats" in "hoeveel plaatsen")
    macro: bool = True  # for an amount: a budget may answer ("hoeveel geld is er beschikbaar"), not only a rate
    named: bool = False  # for a percentage: "welk percentage" may be answered by its name ("het richttariefpercentage")
    given: tuple[str, ...] = ()  # numbers the question states as given: they are not the value it asks for
    whole: bool = False  # for a count: how many there are in all ("zijn er in Nederland"), which no percentage says
    day: bool = False  # for a date: the day is asked ("op welke datum", "uiterste datum"), which a year alone does not say
    money: bool = False  # for an amount: money is asked ("hoeveel geld", "per dag"), which a percentage does not say
    subject: str = ""  # for a duration: what lasts ("de overgangsperiode" in "hoe lang duurt de overgangsperiode?"); for a
    # count: what the counted have ("huntington" in "hoeveel cliënten met huntington"); for a percentage: what it is of
    # ("korting" in "kortingspercentage")
    people: bool = False  # for a count: people are counted ("hoeveel mensen"), which a rise "van 6,2%" does not count
    # the percentages the question names itself ("welk kortingspercentage"): a sentence that repeats the name ("het
    # kortingspercentage te verlagen") does not answer with it
    named_as: tuple[str, ...] = ()
    # for a date: until when something lasts ("tot wanneer heeft ze nog recht op …?"), which a time from an event also
    # answers ("nog negen weken lang")
    until: bool = False
    # for a count or an amount: the period it is per ("hoeveel uur begeleiding per week"), which a value per another
    # period ("24 uur per dag") does not give
    per: str = ""


# "hoeveel kinderen met ZEVMB zijn er in heel Nederland?": the whole number, not a share ("ca. 90% woont thuis")
_WHOLE_Q = re.compile(r"\b(zijn er|are there|in totaal|in total|in (heel )?nederland|in the netherlands|landelijk|"
                      r"nationwide)\b", re.I)
_GIVEN_NUMBER = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)*(?![\w.,]\d)")
# "hoeveel van de (ongeveer) 2.700 cliënten …": the whole is given, a part of it is asked
_PART_OF = re.compile(r"\b(?:van (?:de|die|deze|onze|alle)|of (?:the|those|these|our|all))\s+"
                      r"(?:ongeveer |circa |ca\. |zo'n |about |around |some |roughly )?(\d+(?:[.,]\d+)*)", re.I)


_PERCENT_Q = re.compile(r"%|\b(percentage|procent|percent|korting\w*)\b", re.I)
# "tot wanneer heeft ze nog recht op …?"
# ", en tot welke grens?", ", en hoeveel …?": a wh-part after a yes/no question
_AND_WH = re.compile(r",\s+(?:en|and)\s+(?=(?:\w+\s+){0,2}(?:hoeveel|hoe lang|welke|welk|wanneer|how|which|what|when)\b)",
                     re.I)
_LIMIT_ASKED = re.compile(r"\b(?:tot|boven|onder|binnen)\s+welke\s+(?:grens|grenzen|limiet|hoogte|maximum)\b", re.I)
_UNTIL_Q = re.compile(r"\b(?:tot wanneer|until when|how long)\b", re.I)
# "op welke datum", "tot welke datum", "uiterste inschrijfdatum", "deadline": a day, not a year ("2026")
_DAY_Q = re.compile(r"\b(welke datum|welke dag|uiterste \w*datum|\w*deadline|cut-?off[- ](?:date|datum)|sluitingsdatum|what date|which date|"
                    r"on what day)\b", re.I)
_DAY_A = re.compile(rf"\b\d{{1,2}}(?:e|ste|de)? {MONTHS}\b|\b\d{{1,2}}[-/]\d{{1,2}}[-/](?:19|20)?\d\d\b|"
                    rf"\b(?:eind|begin|medio|half|uiterlijk|voor|vóór|per|vanaf|tot) {MONTHS}\b", re.I)
# "hoeveel geld", "wat kost", "welk bedrag", "per dag": money, which "6,2%" or "90%" does not say
_MONEY_Q = re.compile(r"\b(geld|euro|bedrag\w*|kost|cost|costs|money|per (?:dag|uur|etmaal|day|hour))\b", re.I)
# "€ 143 miljoen", "25 euro": money, not a count of people or places
_MONEY_SPAN = re.compile(r"(?:€|\bEUR\b)\s?\d[\d.,]*(?:\s*(?:miljoen|miljard|mln|mld)\b)?|\d[\d.,]*\s*(?:miljoen |miljard )?euro\b",
                         re.I)
# "hoe lang duurt de overgangsperiode?": what lasts (a noun after the article, not "het voordat …")
_DURATION_SUBJECT = re.compile(r"\bhoe ?lang (?:duurt|duren|loopt|lopen|is|zijn|was)\s+(?:de|het|een|die|dat|deze|zo['’]n)\s+"
                               r"([a-zà-ÿ][\wà-ÿ-]{4,})", re.I)
_COUNT_SUBJECT = re.compile(r"\b(?:hoeveel|how many)\s+(?:[\wà-ÿ-]+\s+){0,1}?[\wà-ÿ-]{4,}\s+(?:met|with)\s+(?:een\s+|de\s+|het\s+|an?\s+)?"
                            r"([a-zà-ÿ][\wà-ÿ-]{3,})", re.I)
_NOT_SUBJECT = frozenset({"voordat", "totdat", "wachten", "ongeveer", "gemiddeld", "meestal", "normaal"})
_PEOPLE_Q = re.compile(r"\b(?:hoeveel|how many)\s+(?:\w+\s+)?(?:mensen|personen|people|persons)\b", re.I)
# "een tariefsverhoging van 6,2%", "stijgt met 5%": the size of a change, not a share of people
_CHANGE_PERCENT = re.compile(r"\b(?:van|met|tot)\s+(?:ca\.\s+|circa\s+|ongeveer\s+)?\d+(?:[.,]\d+)?\s?%", re.I)


def day_date(text: str) -> bool:
    """``text`` names a day ("1 januari 2027", "01-07-2025", "eind maart"), not only a year."""
    return bool(_DAY_A.search(text))


# "wat is de maximale wachttijd voor een observatieplaats?": a waiting or processing time, which the length of the
# observation itself ("maximaal een halfjaar") does not give
# (not a term the law sets by its length alone: "welke beslistermijn geldt?" is answered by "binnen acht weken")
_TIME_OF = re.compile(r"\b(?:wat|hoe\s+lang|what|how\s+long)\s+(?:is|zijn|was|are)\s+(?:de|het|the)\s+(?:[\wà-ÿ]+\s+)?"
                      r"(wachttijd|levertijd|waiting time|delivery time)(?:en|s)?\b", re.I)
_TIME_OF_NL = {"waiting time": "wachttijd", "delivery time": "levertijd"}


def duration_subject(question: str) -> str:
    """What a "hoe lang duurt …" question asks the duration of, lower case ("" when it names nothing); or the kind
    of time it asks ("wachttijd" in "wat is de maximale wachttijd …?")."""
    m = _DURATION_SUBJECT.search(question)
    if m and m.group(1).lower() not in _NOT_SUBJECT:
        return m.group(1).lower()
    time = _TIME_OF.search(question)
    return _TIME_OF_NL.get(time.group(1).lower(), time.group(1).lower()) if time else ""


# "is het kortingspercentage toch 5%?": the percentage of what is named in the word ("korting"); a sentence with a
# percentage of something else ("een tariefsverhoging van 6,2%") does not give it
_PERCENT_SUBJECT = re.compile(r"\b([a-zà-ÿ]{4,}?)s?percentage\b", re.I)


# "welk deel van de totale Wlz-uitgaven …", "hoeveel procent van de cliënten …": the whole the share is of (the head
# of a compound: "uitgaven"); "vijf procent van het … budget" is a share of something else
# (Dutch only: the sentences are Dutch; adjectives before the noun are skipped: "van de extra kosten" is of "kosten")
_SHARE_OF = re.compile(r"\b(?:welk(?:e)?\s+(?:deel|gedeelte|aandeel|percentage)|hoeveel\s+(?:procent|%))\s+van\s+"
                       r"(?:de|het|alle)\s+(?:(?:extra|[a-zà-ÿ]+e)\s+)*(?:[\wà-ÿ]+-)?([a-zà-ÿ]{4,})\b", re.I)


def percent_subject(question: str) -> str:
    """What a percentage question names the percentage of in one word ("korting" in "kortingspercentage", "uitgaven"
    in "welk deel van de totale Wlz-uitgaven"), lower case; "" for the bare word."""
    m = _PERCENT_SUBJECT.search(question)
    if m and m.group(1).lower() not in _NOT_PERCENT_SUBJECT:
        return m.group(1).lower()
    share = _SHARE_OF.search(question)
    return share.group(1).lower() if share else ""


# a size, not what the percentage is of ("het maximumpercentage voor de korting")
_NOT_PERCENT_SUBJECT = frozenset({"maximum", "minimum", "maximaal", "minimaal", "totaal", "gemiddeld", "standaard",
                                  "basis"})


def count_subject(question: str) -> str:
    """What the things counted have ("huntington" in "hoeveel cliënten met huntington krijgen LVHC-zorg?"): a sentence
    that counts all clients does not count those; lower case, "" when the count names nothing after "met"."""
    m = _COUNT_SUBJECT.search(question)
    return m.group(1).lower() if m and m.group(1).lower() not in _NOT_SUBJECT else ""


def _given(statements: list[str], asking: str) -> tuple[str, ...]:
    """The numbers a value question states rather than asks: those of its statements ("Mijn vader krijgt 20 uur
    zorg per week.") and the whole a part is asked of ("hoeveel van de ongeveer 2.700 LVHC-cliënten …")."""
    # a statement before a semicolon in the asking sentence is told too ("Er zijn nu 31 aanbieders aan de slag;
    # hoeveel zitten er nog in de analysefase?")
    told = [*statements, *asking.split(";")[:-1]]
    found = [m.group(0) for s in told for m in _GIVEN_NUMBER.finditer(s)] + _PART_OF.findall(asking)
    return tuple(dict.fromkeys(found))


def without_given(asked: Asked, sentence: str) -> str:
    """``sentence`` with the numbers the question itself states blanked: "ongeveer 2.700 cliënten" does not answer
    "hoeveel van de 2.700 cliënten hebben Korsakov?"."""
    for number in asked.given:
        sentence = re.sub(rf"(?<![\w.,]){re.escape(number)}(?![\w]|[.,]\d)", lambda m: " " * len(m.group(0)),
                          sentence)  # the same length: offsets into the sentence stay valid
    return sentence


def split_asking(question: str) -> tuple[list[str], str]:
    """The question's sentences and the one that asks: "Mijn moeder woont thuis. Hoeveel …?" → the asking sentence;
    "Wat is het telefoonnummer van het CCE? We willen advies." → the question, not the statement after it."""
    # (an inline bullet opens a sentence too: "• Ze wil verhuizen • Vraag: kan het CIZ …?")
    # (a quoted sentence ends at its closing quote: "De een zegt: 'Dat mag niet.' Wie heeft gelijk?")
    sentences = [x for x in re.split(r"(?<=[.!?])\s+(?=\S)|(?<=[.!?]['’”\"])\s+(?=[A-Z])|\s*[•▪●◦]\s*", question.strip())
                 if x]
    asking = [x for x in sentences if x.rstrip().endswith("?")]
    return sentences, asking[-1] if asking else sentences[-1]


# A request for an explanation, a summary or an overview ("Leg me uit hoe …", "Vat samen wie …", "Geef een overzicht
# van …", "Explain how …"): no yes/no is asked, unless whether something may or applies ("Leg uit of we …", "Explain
# whether …", "Check even of …": that is asked)
_TASK = re.compile(r"(?i)^\s*(?:(?:kun|kan|kunt|wil|wilt|zou)\s+(?:je|u|jij)\s+(?:(?:me|mij|ons)\s+)?(?:even\s+)?)?"
                   r"(?:(?:leg|legt)\s+(?:\w+\s+){0,3}?uit|uitleggen|samenvatten|vat\s+(?:[\w'-]+\s+){0,8}?samen|geef\s+(?:\w+\s+){0,3}?"
                   r"(?:overzicht|samenvatting|uitleg)|beschrijf|(?:please\s+)?(?:explain|summari[sz]e|describe|outline)|"
                   r"give\s+(?:me\s+|us\s+)?(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:overview|summary|explanation)|"
                   # something to be made or written from the sources ("Maak een checklist van wat …", "Zet op een rij
                   # welke …", "Schrijf een korte mail waarin je uitlegt …", "Write me a short summary …")
                   r"maak\s+(?:(?:voor\s+)?(?:me|mij|ons)\s+)?(?:een\s+)?(?:[\w-]+\s+){0,2}?(?:checklist|lijst|lijstje|rijtje|"
                   r"tabel|tabelletje|overzicht|overzichtje|samenvatting|opsomming|stappenplan)|"
                   r"zet\s+(?:[\w'-]+\s+){0,6}?op\s+een\s+rij|"
                   r"schrijf\s+(?:(?:voor\s+)?(?:me|mij|ons)\s+)?(?:een\s+)?(?:[\w-]+\s+){0,2}?(?:mail|e-mail|brief|briefje|"
                   r"uitleg|samenvatting|tekst|notitie|antwoord)|"
                   r"(?:write|make|draft|prepare)\s+(?:me\s+|us\s+)?(?:an?\s+|one\s+)?(?:[\w-]+\s+){0,2}?(?:checklist|list|table|"
                   r"overview|summary|e-?mail|letter|note|line|reply))\b"
                   # ... unless it asks whether something may or applies inside ("Help me een antwoord formuleren op de
                   # vraag of zijn tandartsbezoek via de Wlz betaald wordt")
                   r"(?![^?]*\b(?:of|whether)\s+(?:[\w'-]+\s+){0,8}?(?:mag|mogen|kan|kunnen|wordt|worden|valt|vallen|geldt|"
                   r"gelden|krijgt|krijgen|betaald|vergoed|recht|may|can|qualif\w*|is\s+(?:covered|paid|allowed)))"
                   r"(?!(?:\s+(?:to\s+)?(?:me|us|mij|ons))?[\s:,]*(?:of|whether|if)\b)"
                   # "Kunt u uitleggen: mogen wij meerzorg aanvragen?": a yes/no after the colon
                   r"(?![^?:]*:\s*(?:mag|mogen|kan|kunnen|moet|moeten|valt|vallen|voldoe\w*|geldt|gelden|krijgt|krijgen|"
                   r"is|zijn|can|may|does|do|is|are)\b)")


def asks_task(question: str) -> bool:
    """The message asks for an explanation, a summary or an overview (``_TASK``), in the sentence that asks."""
    return bool(_TASK.match(split_asking(question)[1]))


# what a spoken or typed question opens with before it asks: a greeting, a filler, a label
_LEAD = re.compile(rf"^\s*(?:(?:ja|{GREETING_WORDS}|eh+|uh+|ehm|nou|vraagje|vraag|korte vraag)\s*[,:!.]?\s+)+", re.I)


# a polite request around a question word, as a formal letter asks ("Zoudt u mij willen berichten wat de wet onder een
# ADL-woning verstaat?", "Gaarne verneem ik wie …", "Kunt u ons laten weten hoeveel …"): the question it wraps
# (not "Kun je uitleggen hoe …", a request to explain, read as it is)
_POLITE_ASK = re.compile(r"^\s*(?:(?:zou|zoudt|kunt|kun|kan|wilt|wil)\s+(?:u|je|jij|jullie)\s+(?:mij\s+|me\s+|ons\s+)?"
                         r"(?:misschien\s+|eens\s+|even\s+|alstublieft\s+)?(?:willen\s+|kunnen\s+)?(?:berichten|laten\s+weten|"
                         r"meedelen|mededelen)|(?:gaarne|graag)\s+(?:verneem|vernemen|hoor|horen)\s+"
                         r"(?:ik|wij|we)(?:\s+van\s+u)?|(?:ik|wij|we)\s+(?:verneem|vernemen|hoor|horen)\s+(?:gaarne|graag)"
                         r"(?:\s+van\s+u)?)\s+(?=(?:wat|wie|welke?|hoe|hoeveel|hoelang|wanneer|waar\w*|waarom|door wie|"
                         r"bij wie|aan wie)\b)", re.I)


# a label before a colon that opens the asking sentence: the asker's role or the topic ("Financieel manager
# gehandicaptenzorg: mogen we …?", "Bewindvoerder: kan ik …?", "Vraag over meerzorg: …")
_LABEL = re.compile(r"^\s*(?:[\w'()&-]+\s+){0,4}[\w'()&-]+\s*:\s+(?=\S)")


# "welke X …": the thing a which-question asks for, up to its verb
_WHICH_THING = re.compile(r"^\s*(?:(?:in|voor|bij|van|uit|met|aan|op|over)\s+)?(?:welke|welk)\s+((?:[\w'-]+\s+){0,3}?)"
                          r"(?:werd|werden|wordt|worden|is|zijn|was|waren|kan|kunnen|moet|moeten|mag|mogen|heeft|hebben|"
                          r"geldt|gelden|komt|komen|valt|vallen|staat|staan|stelt|stellen|ligt|liggen)\b", re.I)


# whether a term is set ("Is daar een vaste termijn voor?", "Geldt er een deadline?"): a yes/no answered by the term
_TERM_SET_Q = re.compile(r"^\s*(?:en\s+)?(?:is|geldt|bestaat)\s+(?:er|daar|daarvoor|hiervoor)\s+(?:ook\s+)?een\s+(?:vaste\s+|"
                         r"wettelijke\s+|maximale\s+|uiterste\s+)?(?:termijn|deadline)\b"
                         r"(?=\s*(?:voor\b|waarbinnen\b|binnen\b|om\b|\?|$))", re.I)


# whether something lasts ("Geldt die ontheffing voor altijd, of moet hij die periodiek opnieuw aanvragen?", "Is dat
# convenant voor onbepaalde tijd gesloten?", "Tot welke leeftijd loopt die zorg door?"): answered by its term, or by
# "voor onbepaalde tijd" (not English "indefinitely", "expire": the sentences that answer those are not found by it)
_LASTING_Q = re.compile(r"\b(?:voor\s+altijd|voor\s+onbepaalde\s+tijd|(?:na|op)\s+een\s+bepaalde\s+(?:tijd|datum|termijn)|"
                        r"periodiek\s+opnieuw|tot\s+welke\s+leeftijd|voor\s+hoeveel\s+(?:maanden|jaren|jaar|weken))\b", re.I)



def _asks_lasting(last: str) -> bool:
    """``_LASTING_Q`` in the asking sentence itself, not in a condition ("Wie betaalt … als hij voor onbepaalde tijd
    is opgenomen?") nor after another question word; "tot welke leeftijd" and "voor hoeveel jaren" are the question."""
    m = _LASTING_Q.search(last)
    if m is None:
        return False
    if re.match(r"(?:tot welke|voor hoeveel)\b", m.group(), re.I):
        return True
    return not re.search(r"\b(?:als|wanneer|indien|zodra|nadat)\b", last[: m.start()], re.I) and not re.match(
        r"\s*(?:wie|wat|welke?|hoeveel|waar\w*|hoe|wanneer)\b", last, re.I)


# whether a number is capped ("Is er een maximum aan het aantal onderaannemers …?"): a yes/no answered by the number
_LIMIT_SET_Q = re.compile(r"^\s*(?:en\s+)?(?:is|geldt|bestaat|zit)\s+er\s+(?:ook\s+)?(?:een\s+)?(?:maximum|minimum|limiet|"
                          r"plafond|bovengrens|ondergrens|maximaal|minimaal)\s+(?:aan|voor|op|bij|van)?\s*(?:het|de)\s+"
                          r"(?:aantal|hoeveelheid)\b", re.I)


def classify(question: str) -> Asked:
    """The shape of the answer the question asks for (and the kind of value, for a value question)."""
    sentences, last = split_asking(question)
    last = _LEAD.sub("", last) or last  # "vraagje: zit er …?", "Ja, goedemiddag, eh, hoeveel …?": the question after it
    last = _LABEL.sub("", last) or last  # "Controller: welke tijdelijke oplossing …?": the asker's role before a colon
    last = _POLITE_ASK.sub("", last) or last  # "Zoudt u mij willen berichten wat …?": the question it wraps
    if _MUST_APPLY.match(last):
        return Asked("procedure")
    if _TERM_SET_Q.match(last) or _asks_lasting(last):
        return Asked("value", "duration")  # "Is daar een vaste termijn voor?": the term is what is asked
    if _LIMIT_SET_Q.match(last):
        return Asked("value", "count")  # "Is er een maximum aan het aantal …?": the number is what is asked
    if ":" in last and _YESNO.match(after := last.rsplit(":", 1)[1].strip()) and not re.search(
            r"\b(?:hoe|wat|welke?|hoeveel|wie|wanneer|waar|how|what|which|who|when|where)\b", last.rsplit(":", 1)[0], re.I):
        # "Nog even over dat budget voor de beheerskosten: mogen wij … boven dat bedrag uitkomen?" (not "Hoe lang mag
        # een observatie duren: is dat een half jaar?", which asks the value)
        last = after
    asks_form = bool(_FORM_Q.search(last)) and not _WITH_FORM.search(last)
    if _YESNO.match(last) and not re.search(r"\b(hoeveel|hoe lang|welke|welk)\b", last, re.I):
        return Asked("value", "form") if asks_form else Asked("yesno")
    if _YESNO.match(last) and (tail := _AND_WH.search(last)) is not None and not re.search(
            r"\b(hoeveel|hoe lang|welke|welk)\b", last[: tail.start()], re.I):
        # "mag het CAK bedragen … verschuiven, en tot welke grens?": the yes/no first, what the "en …" part asks
        # after it; a noun of the yes/no part ("bedragen") asks no value
        then = classify(last[tail.start() + 1 :].strip())
        if then.shape == "value":
            return then
        if then.shape == "other" or _LIMIT_ASKED.search(last, tail.end()):
            return Asked("yesno")  # "…, en tot welke grens?": a limit named with the yes/no, no value kind or list
        # "…, en welke voorwaarden gelden dan?": the list, as before
    if _MEANING.match(last) or _TERSE_MEANING.match(last):
        return Asked("definition")
    if _WHO_WHY.match(last):
        return Asked("other")
    which = _WHICH_THING.match(last)
    for kind, pattern in _VALUE_Q:
        # "Welke tijdelijke oplossing werd voorgesteld voor het te lage VG7-tarief?" asks for a solution, not an amount:
        # "welke X" asks for an amount only when X names one ("welk tarief", "welke kilometervergoeding")
        if kind == "amount" and which and not pattern.search(which.group(1)):
            continue
        if pattern.search(last) and (kind != "form" or asks_form):
            counted = ""
            if kind == "count":
                m = _UNIT_NOUN.search(last)
                counted = m.group(1).lower() if m and m.group(1).lower() not in _NOT_NOUN else ""
                english = re.search(r"\bhow many\s+(\w+)(?:\s+(\w+))?", last, re.I)
                if english:  # the noun of the next two words that names a unit, in Dutch
                    counted = next((_COUNTED_EN[w.lower()] for w in reversed(english.groups()) if w and w.lower() in
                                    _COUNTED_EN), counted)
            macro = kind != "amount" or bool(_MACRO_Q.search(last)) or bool(_FORMULA_Q.search(question))
            named = (kind == "percent" and bool(_NAMED_PERCENT_Q.search(last))) or (
                kind == "amount" and bool(_WHICH_RATE_Q.search(last)))
            given = _given([x for x in sentences if x is not last], last)
            whole = kind == "count" and bool(_WHOLE_Q.search(last))
            day = kind == "date" and bool(_DAY_Q.search(last))
            money = kind in ("amount", "count") and bool(_MONEY_Q.search(last)) and not _PERCENT_Q.search(last)
            subject = duration_subject(last) if kind == "duration" else count_subject(last) if kind == "count" else \
                percent_subject(last) if kind == "percent" else ""
            people = kind == "count" and bool(_PEOPLE_Q.search(last))
            named_as = tuple(m.group(0).lower() for m in _NAMED_PERCENT_A.finditer(last)) if named else ()
            until = kind == "date" and bool(_UNTIL_Q.search(last))
            per = _period(last) if kind in ("count", "amount") else ""
            return Asked("value", kind, counted, macro, named, given, whole, day, money, subject, people, named_as,
                         until, per)
    if _DEFINITION.match(last) and len(tokens(last)) <= 4:
        return Asked("definition")
    if MEETS.search(last):
        return Asked("list")
    if _PROCEDURE.match(last):
        return Asked("procedure")
    if _LIST.search(last):
        return Asked("list")
    return Asked("other")


_PER = re.compile(r"\b(?:per|a|an|each|every|elke|iedere)\s+(dag|week|maand|jaar|etmaal|day|month|year)\b", re.I)
_PERIOD_NL = {"day": "dag", "etmaal": "dag", "month": "maand", "year": "jaar"}


# a frequency of the situation ("Hij woont 4 dagen per week bij ons", "she goes 3 days a week"), not the period asked
_COUNTED_BEFORE = re.compile(r"(?:\d+|een|één|twee|drie|vier|vijf|zes|zeven|one|two|three|four|five|six|seven)\s+[\wà-ÿ]+\s+$",
                             re.I)


def _period(text: str) -> str:
    """The period a value is asked per ("per week" → "week"; "a month" → "maand"), not one that counts something told
    before it ("4 dagen per week"); "" when none."""
    for m in _PER.finditer(text):
        if not _COUNTED_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            return _PERIOD_NL.get(m.group(1).lower(), m.group(1).lower())
    return ""


def holds_value(asked: Asked, sentence: str) -> bool:
    """True when ``sentence`` holds a value of the kind asked ("drie maanden" for a duration, "€ 2.000" for an
    amount, "twaalf plaatsen" for "hoeveel plaatsen"). Questions that ask no value: always True."""
    kind = asked.value
    sentence = without_given(asked, sentence)
    if asked.per and (said := {_period(m.group(0)) for m in _PER.finditer(sentence)}) and asked.per not in said:
        return False  # "hoeveel uur per week?": not "24 uur per dag"
    if kind == "percent" and asked.named and any(m.group(0).lower() not in asked.named_as
                                                 for m in _NAMED_PERCENT_A.finditer(sentence)):
        return True  # "welk percentage passen jullie toe?" — "het richttariefpercentage wordt toegepast"
    if kind == "date" and asked.day:
        return day_date(sentence)
    if kind == "date" and asked.until and _DURATION_A.search(sentence):
        return True  # "tot wanneer heeft ze nog recht op …?": "nog negen weken lang"
    if kind == "percent" and asked.named_as:  # "welk kortingspercentage": a percentage said of the korting
        bases = [re.sub(r"s$", "", n[: -len("percentage")]) for n in asked.named_as  # "kortings|percentage"
                 if len(n) > len("percentage") + 2]
        if bases and not any(b in sentence.lower() for b in bases):
            return False
    if kind == "duration":
        # a time gone by ("de CElz heeft in de afgelopen zeven jaar …") is no term or duration of what is asked
        return any(not _TIME_GONE_BY.search(sentence, max(0, m.start() - 20), m.start())
                   for m in _DURATION_A.finditer(sentence))
    if kind in _HOLDS:
        return bool(_HOLDS[kind].search(sentence))
    if kind == "amount":
        if asked.named and _NAMED_PERCENT_A.search(sentence):
            return True  # "welk tarief?" — "het richttariefpercentage wordt toegepast"
        amount = _AMOUNT_A if asked.macro else _UNIT_AMOUNT_A
        return bool(amount.search(sentence) or (_PERCENT_A.search(sentence) and not asked.money))
    if kind == "count":
        text = fold(NOT_A_COUNT.sub(" ", sentence if asked.money else _MONEY_SPAN.sub(" ", sentence)))
        # "hoeveel clienten" is answered by "2.700 cliënten"
        share = _PERCENT_A.search(_CHANGE_PERCENT.sub(" ", text))  # a share of them, not a tariff's rise "van 6,2%"
        if share and not asked.whole and not asked.money and (
                not asked.counted or fold(asked.counted[:5]) in text.lower()):
            return True  # "ca. 90% van de kinderen woont thuis" answers "hoeveel kinderen", not "hoeveel uren"
        if asked.people:  # "hoeveel mensen": not "een tariefsverhoging van 6,2%"
            text = _CHANGE_PERCENT.sub(" ", text)
        # "een" and "enkele" ("al enkele jaren") say that there are some, not how many
        if not asked.counted and asked.people:  # "how many people": a number of people ("2.700 cliënten"), not "niveau 2, 3"
            return any(m.group(0).lower() not in _NOT_A_NUMBER and _PEOPLE_AFTER.match(text, m.end())
                       for m in _COUNT_A.finditer(text))
        if not asked.counted:
            return any(m.group(0).lower() not in _NOT_A_NUMBER for m in _COUNT_A.finditer(text))
        return any(m.group(0).lower() not in _NOT_A_NUMBER and _counts(asked.counted, text, m.end())
                   for m in _COUNT_A.finditer(text))
    return True


_TIME_GONE_BY = re.compile(r"\b(?:afgelopen|voorbije|laatste|past|last)\s+$", re.I)
_NOT_A_NUMBER = ("een", "a", "enkele")
# a number of people: one of the two words after the number names people (the text is folded: "clienten")
_PEOPLE_AFTER = re.compile(r"(?:\s+[\w-]+){0,2}?\s+[\w-]*(?:mensen|personen|client\w*|verzekerde\w*|kinderen|jongeren|"
                           r"volwassenen|ouderen|bewoners|deelnemers|patient\w*|gebruikers|inwoners|zorgvragers|ouders|"
                           r"people|persons|residents)\b", re.I)


def _counts(counted: str, text: str, at: int) -> bool:
    """One of the three words after ``at`` is what the question counts: the noun itself ("2.700 cliënten" for
    "hoeveel clienten", "één plaats" for "plaatsen") or a compound with it as its head ("14 verblijfsplaatsen");
    not a compound of it with another head ("twee cliëntgroepen" counts groups, not clients)."""
    c = fold(counted.lower())
    head = c[: max(5, len(c) - 2)]
    for w in re.findall(r"[a-z]+", fold(text[at: at + 60].lower()))[:3]:
        if c == "uur" and w in ("uur", "uren"):  # "hoeveel uur": "24 uur", "tien uren"
            return True
        if (w.startswith(c[:5]) and len(w) <= len(c) + 3) or (len(w) > len(head) + 3 and head in w[3:]):
            return True
    return False


def counted_value(asked: Asked, sentence: str) -> str:
    """The count in ``sentence`` of what the question counts, verbatim ("ongeveer 2.700 cliënten" → "2.700
    cliënten"); "" when none is."""
    if asked.value != "count" or not asked.counted:
        return ""
    text = "".join(f if len(f := fold(ch)) == 1 else ch for ch in sentence)  # offsets stay the sentence's
    for m in _COUNT_A.finditer(text):
        if m.group(0).lower() not in ("een", "a") and _counts(asked.counted, text, m.end()):
            nxt = re.match(r"\s+\S+", sentence[m.end():])
            return sentence[m.start(): m.end() + (nxt.end() if nxt else 0)].rstrip(".,;:")
    return ""
