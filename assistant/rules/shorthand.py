"""Staff shorthand read in full for the rule check.

A declaratiemedewerker or planner types a ticket in the field's shorthand: "cl. heeft geen ind. voor pers.
verzorging", "zzp vv6 incl. beh, fysio apart decl.?", "pos celz-advies per 1/9/26". The rules' triggers and the fact
recognisers know the words in full, so a Dutch question is read through the table ``data/facts/shorthand.yaml`` and
its short dates are written out ("1/9/26" → "1 september 2026") before it goes to the check. Like the English table
it is a reading aid: an abbreviation with two meanings in the field is not listed, and a date that could be
something else ("24/7", "1/3 van de kosten") is left as written, so what is not read stays unknown and is asked.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from pathlib import Path

import yaml

from ..types import MONTHS_NL
from .facts import _NUM_WORDS, CORRECTION_WORDS, MONTHS  # month names and short forms; numbers up to 99 in words

SHORTHAND_PATH = Path(__file__).parent / "data" / "facts" / "shorthand.yaml"

# An abbreviation's full stop, read with it when the clause goes on: a preposition, a conjunction, a number or a
# comma follows ("geen ind. voor pers. verzorging", "decl. bij zk", "ind. 36 mnd"); before another word it may end a
# sentence ("… voor deze clt. zzp decl vanaf april?") and stays
_DOT = (r"(?P<dot>\.(?=\s+(?:voor|van|bij|met|op|in|naar|aan|uit|tot|door|over|onder|naast|bovenop|zonder|per|vanaf|"
        r"sinds|tm|t/m|en|of|ivm|obv|mbt|ipv|vd|vh|\d)|\s*[,;:/)+]))?")


@lru_cache(maxsize=1)
def table() -> tuple[tuple[re.Pattern[str], str], ...]:
    """(pattern, full words) in the order of the data file; each pattern bounded by non-word characters."""
    rows = yaml.safe_load(SHORTHAND_PATH.read_text(encoding="utf-8"))["shorthand"]
    return tuple((re.compile(rf"(?<![\w&])(?i:{pattern})(?![\w&]){_DOT}"), full) for pattern, full in rows)


_MONTH_NAMES = dict(enumerate(MONTHS_NL, 1))
# 1/9/26, 01-01-26, 31.12.25, 1-10-'19: day, month and a year of two digits (a four-digit year the recognisers read as
# it is)
_SHORT_YEAR = re.compile(r"(?<![\d/.-])(\d{1,2})([-/.])(\d{1,2})\2['’]?(\d{2})(?![\d/-])(?!\.\d)")
# 15/9 after a word that names a day ("per 1/3", "per 1-1", "kwam 15/9", "ingangsdatum 1/4"): not "1/3 van de kosten",
# "24/7"
_DAY_SLASH = re.compile(r"(\b(?:per|vanaf|op|sinds|tot|t/m|tm|kwam|kwamen|komt|start|starten|startte|ingang|ingaan|"
                        r"ingangsdatum|datum|dd|d\.d\.|eind|begin)\s*:?\s+)(\d{1,2})(?:/(\d{1,2})(?![\d/])|-(\d{1,2})(?![\d/-])"
                        # a dash is a day only where no range of a unit follows ("sinds 2-3 weken", "2-3 keer")
                        r"(?!\s*(?:weken|week|dagen|dag|maanden|maand|jaar|jaren|keer|uur|uren|minuten|%|procent|x)\b))",
                        re.IGNORECASE)
# "apr '26", "sinds apr 26", "per jan 2027": a month in short with its year
_MONTH_YEAR = re.compile(r"(\b(?:per|vanaf|sinds|in|tot|eind|begin|medio)\s+)?\b(jan|feb|mrt|maart|apr|mei|jun|jul|aug|"
                         r"sept?|okt|nov|dec)\.?\s+(?:'(\d{2})|(\d{2})(?![\d%])(?!\s*(?:%|procent|jaar|jr|maand|mnd|"
                         r"we(?:e|ken)k?|wkn|dag|dagen|plaatsen|pl|plekken|cliënt|client|bewoner))|(20\d\d))\b", re.IGNORECASE)
# "per jan", "vanaf okt": a month in short after a word of time (not "dec": a DEC is an expertise centre)
_MONTH_ALONE = re.compile(r"\b(per|vanaf|sinds|in|tot|eind|begin|medio)\s+(jan|feb|mrt|apr|jun|jul|aug|sept?|okt|nov)\b\.?", re.IGNORECASE)


# a plus between two words is "en" ("dag+nacht toezicht", "SO + paramedici"); not the plus of a client group or a
# profile ("NAH+", "GP+ op de wachtlijst", "VG7+")
_PLUS = re.compile(r"(?<=[a-zà-ÿ])\+(?=[a-zà-ÿ])|(?<=\s)\+(?=\s)", re.IGNORECASE)


def _date_words(day: int, month: int, year: int | None) -> str | None:
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return f"{day} {_MONTH_NAMES[month]}" + (f" {year}" if year is not None else "")


def _day_slash(m: re.Match[str]) -> str:
    month = m.group(3) or m.group(4)
    said = _date_words(int(m.group(2)), int(month), None)
    if said:
        return m.group(1) + said
    return m.group()  # no day and month: left as written


# a span of calendar weeks ("van week 10 t/m week 30", "van wk 10-30", "week 10 tot week 30"): its number of weeks,
# the last one counted with "t/m" or a dash, not with "tot"; not a count per week ("per week 10-12 uur") nor a range of
# another unit after it
_UNIT_AFTER = r"(?!\s*(?:weken|week|wkn|wk|uur|uren|u|keer|x|maal|dagen|dag|maanden|maand|jaar|jaren|minuten|%)\b)"
_WEEK_SPAN = re.compile(rf"(?i)\bvan\s+(?:week|wk)\s*(\d{{1,2}})\s*(t/m|tm|tot en met|tot|-|–)\s*(?:(?:week|wk)\s*)?(\d{{1,2}})\b"
                        rf"{_UNIT_AFTER}|(?<!per )(?<!elke )(?<!iedere )\b(?:week|wk)\s*(\d{{1,2}})\s*(t/m|tm|tot en met|tot|-|–)\s*"
                        rf"(?:week|wk)\s*(\d{{1,2}})\b{_UNIT_AFTER}")


def _week_span(m: re.Match[str]) -> str:
    a, sep, b = (m.group(1), m.group(2), m.group(3)) if m.group(1) else (m.group(4), m.group(5), m.group(6))
    first, last = int(a), int(b)
    if not 1 <= first < last <= 53:
        return m.group()
    return f"{last - first + (0 if sep.lower() == 'tot' else 1)} weken"


def _full_year(short: int) -> int:
    """A two-digit year in full: up to '60 in this century ("1-10-'19"), later ones in the last ("1.2.'99")."""
    return 2000 + short if short <= 60 else 1900 + short


def _short_dates(text: str) -> str:
    text = _WEEK_SPAN.sub(_week_span, text)
    text = _SHORT_YEAR.sub(lambda m: _date_words(int(m.group(1)), int(m.group(3)), _full_year(int(m.group(4))))
                           or m.group(), text)
    text = _DAY_SLASH.sub(_day_slash, text)

    def month_year(m: re.Match[str]) -> str:
        short = m.group(3) or m.group(4)
        if m.group(4) and not m.group(1):
            return m.group()  # "apr 26" on its own may be a day: only after a word of time or with "'26"
        year = int(m.group(5)) if m.group(5) else 2000 + int(short)
        return (m.group(1) or "") + f"{_MONTH_NAMES[MONTHS[m.group(2).lower()]]} {year}"

    text = _MONTH_YEAR.sub(month_year, text)
    return _MONTH_ALONE.sub(lambda m: f"{m.group(1)} {_MONTH_NAMES[MONTHS[m.group(2).lower()]]}", text)


# A date said in words, as dictation writes it ("per één januari tweeduizend zesentwintig"): the day before a month
# name and the year after "tweeduizend" in digits. "een" is a day only after a word of time ("per een januari"); a
# year only after a month name or a word of time, so "tweeduizend ligdagen" stays a count.
_WORDS_1_99 = "|".join(sorted((w for w, n in _NUM_WORDS.items() if n < 100), key=len, reverse=True))
_MONTHS_FULL = "|".join(MONTHS_NL)
_TIME_WORD = r"per|op|vanaf|sinds|tot|t/m|tm|in|jaar|zorgjaar|eind|begin|medio"
_SPOKEN_DAY = re.compile(rf"(?i)\b(?:({_TIME_WORD})\s+)?({_WORDS_1_99})\s+({_MONTHS_FULL})\b")
_SPOKEN_YEAR = re.compile(rf"(?i)\b({_MONTHS_FULL}|{_TIME_WORD})\s+tweeduizend(?:[\s-]?(?:en)?[\s-]?({_WORDS_1_99}))?\b"
                          r"(?![\w-])(?!\s+\w*(?:honderd|duizend)|\s+(?:\w+\s+)?(?:ligdagen|dagen|plaatsen|euro|uur|cliënten|bewoners)\b)")


# An ordinal day before a month ("op de eerste juni", "per de vijftiende maart", "de 1e juni", "de 1ste mei"): the
# day in digits
_ORDINAL_STEMS = {"eerste": 1, "tweede": 2, "derde": 3, "vierde": 4, "vijfde": 5, "zesde": 6, "zevende": 7,
                  "achtste": 8, "negende": 9, "tiende": 10, "elfde": 11, "twaalfde": 12, "dertiende": 13,
                  "veertiende": 14, "vijftiende": 15, "zestiende": 16, "zeventiende": 17, "achttiende": 18,
                  "negentiende": 19, "twintigste": 20, "dertigste": 30,
                  **{f"{w}ste": n for w, n in _NUM_WORDS.items() if 20 < n < 32}}
_ORDINAL_DAY = re.compile(r"(?i)\b(?:de\s+)?(" + "|".join(sorted(_ORDINAL_STEMS, key=len, reverse=True))
                          + r"|\d{1,2}(?:e|ste|de)(?![\w]))\s+(?:van\s+)?(" + "|".join(MONTHS_NL) + r")\b")
# the first day of a month named relative to today ("per de eerste van volgende maand", "de eerste van deze maand",
# "begin volgende maand" is a part of a month and stays as it is)
_FIRST_OF_RELATIVE = re.compile(r"(?i)\b(?:de\s+)?(?:eerste|1e|1ste)\s+(?:dag\s+)?van\s+(?:de\s+)?"
                                r"(volgende|komende|deze|vorige|afgelopen)\s+maand\b")


def read_relative_days(text: str, today: date) -> str:
    """``text`` with "de eerste van volgende / deze / vorige maand" written as the day it is, counted from ``today``
    ("per de eerste van volgende maand" on 15 maart 2026 is "per 1 april 2026"); a text without one passes unchanged."""
    def first(m: re.Match[str]) -> str:
        step = {"volgende": 1, "komende": 1, "deze": 0, "vorige": -1, "afgelopen": -1}[m.group(1).lower()]
        month = today.month + step
        year = today.year + (month > 12) - (month < 1)
        month = (month - 1) % 12 + 1
        return f"{1} {_MONTH_NAMES[month]} {year}"
    return _FIRST_OF_RELATIVE.sub(first, text) if "maand" in text.lower() else text


def _spoken_dates(text: str) -> str:
    def ordinal(m: re.Match[str]) -> str:
        word = m.group(1).lower()
        n = _ORDINAL_STEMS.get(word) or int(re.match(r"\d+", word).group())  # type: ignore[union-attr]
        return f"{n} {m.group(2)}" if 1 <= n <= 31 else m.group()

    text = _ORDINAL_DAY.sub(ordinal, text) if any(name in text.lower() for name in MONTHS_NL) else text

    def day(m: re.Match[str]) -> str:
        n = _NUM_WORDS[m.group(2).lower()]
        if n > 31 or (m.group(2).lower() == "een" and not m.group(1)):
            return m.group()
        return (m.group(1) + " " if m.group(1) else "") + f"{n} {m.group(3)}"

    def year(m: re.Match[str]) -> str:
        return f"{m.group(1)} {2000 + (_NUM_WORDS[m.group(2).lower()] if m.group(2) else 0)}"

    if "tweeduizend" in text.lower() or any(name in text.lower() for name in MONTHS_NL):
        text = _SPOKEN_YEAR.sub(year, _SPOKEN_DAY.sub(day, text))
    return text


# A value the writer takes back in the same message ("LVG 3, nee sorry, ik keek verkeerd: LVG 2", "22% van het
# basisbedrag, nee wacht, …: 28%", "10 maanden - sorry, 14 maanden", "VG6, ik bedoel VG7"): the marker of the
# correction, then within a short stretch a value of the same kind as the last one before it in the same sentence.
_CORRECTION = re.compile(r"(?i)(?:\s*[,;]|\s+[-–]|\s*\()?\s*(?:(?:nee|no|oh)\s*,?\s*)?"
                         r"\b(?:" + CORRECTION_WORDS + r"|oops|correction|i mean|nee wacht|no wait)\b")
# not "een": mostly the article ("woont in een instelling — correctie, … krijgt een vpt" corrects no number)
_NUMBER_WORDS = "|".join(sorted((w for w in _NUM_WORDS if w != "een"), key=len, reverse=True))
_MONTH_WORDS = "|".join(sorted(MONTHS, key=len, reverse=True))
_CORRECTED_VALUE = re.compile(
    r"(?i)(?P<profile>\b(?:zzp\s*)?(?:sg)?(?:lvg|vv|vg|lg|zg\s*vis|zgvis|zg\s*aud|zgaud|ggz[-\s]?[bw])\s*-?\s*\d{1,2}b?\b)"
    rf"|(?P<date>\b\d{{1,2}}\s+(?:{_MONTH_WORDS})\b(?:\s+\d{{4}})?)"
    r"|(?P<number>(?<![\w.,])\d+(?:[.,]\d+)*\s*%?"
    rf"|\b(?:{_NUMBER_WORDS})\b)")
_SENTENCE_END = re.compile(r"[.?!](?=\s|$)")
# between the marker and the new value: an apology for something else ("sorry dat ik het vraag, maar heeft hij VG7?")
_NOT_A_CORRECTION = re.compile(r"(?i)\b(?:maar|want|dat|omdat|of|vraag\w*|voor|but|that|for)\b")


# the units of a duration or a count: a correction in another unit is not a swap of one number
_UNITS = frozenset({"jaar", "jaren", "maand", "maanden", "week", "weken", "dag", "dagen", "uur", "uren", "minuut",
                    "minuten", "years", "months", "weeks", "days", "hours", "minutes"})
_RANGE_ON = re.compile(r"(?i)\s*(?:tot|à|a|-|–|of)\s*(?:\d|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf)")


def _unit(text: str) -> str:
    """The word right after a value ("plaatsen", "maanden"), lower case; empty when none."""
    m = re.match(r"\s*([a-zà-ÿ]+)", text, re.IGNORECASE)
    return m.group(1).lower() if m else ""


def read_corrected(text: str) -> str:
    """``text`` with each value the writer corrects replaced by its correction and the correction itself dropped:
    "We hebben 10 plaatsen in ons advies, nee sorry, 8 plaatsen." → "We hebben 8 plaatsen in ons advies."
    Only when both values are of one kind (two profiles, two dates, two numbers) in one sentence; anything else
    ("Sorry voor de lange mail") passes unchanged, so a value is never moved on a guess."""
    for _ in range(4):  # a message corrects at most a few values
        for marker in _CORRECTION.finditer(text):
            before = text[max(0, marker.start() - 160):marker.start()]
            ends = list(_SENTENCE_END.finditer(before))
            offset = marker.start() - len(before) + (ends[-1].end() if ends else 0)
            olds = list(_CORRECTED_VALUE.finditer(text, offset, marker.start()))
            new = _CORRECTED_VALUE.search(text, marker.end(), min(len(text), marker.end() + 60))
            if not olds or new is None or _SENTENCE_END.search(text, marker.end(), new.start()) \
                    or _NOT_A_CORRECTION.search(text, marker.end(), new.start()) or _RANGE_ON.match(text, new.end()):
                continue  # ("… is het acht tot tien minuten": a range, read with the clause it corrects taken back)
            kinds = [k for k in ("profile", "date", "number") if new.group(k)]
            old = next((o for o in reversed(olds) if o.group(kinds[0])), None)
            if old is None:
                continue
            rest = text[new.end():]
            unit = _unit(rest)
            if _UNITS & set(re.findall(r"[a-z]+", text[marker.end():new.start()].lower())):
                continue  # "…, nee, correctie: een half jaar plus een verlenging van drie maanden": the first value
            if new.group("number") and unit in _UNITS and _unit(text[old.end():marker.start()]) in _UNITS - {unit}:
                continue  # "een jaar en drie maanden, nee, correctie: een half jaar plus …": no one number swapped
            if unit and unit == _unit(text[old.end():marker.start()]):
                rest = rest[len(rest) - len(rest.lstrip()) + len(unit):] if rest.lstrip().lower().startswith(unit) \
                    else rest
            text = text[:old.start()] + new.group() + text[old.end():marker.start()] + rest
            break
        else:
            return text
    return text


# "niet alleen X, maar (sinds kort) ook Y": X is said, not denied ("Wij zijn niet alleen DEC voor NAH+, maar ook voor
# MS+"); only with its "maar ook" in the same sentence, not after a modal verb ("kan niet alleen thuis wonen": not
# alone) nor before "ook niet"
_NOT_ONLY = re.compile(r"(?i)(?<!\bkan )(?<!\bkon )(?<!\bkunnen )(?<!\bmag )(?<!\bwil )(?<!\bmoet )(?<!\bdurft )(?<!\bgaat )"
                       r"\bniet\s+(?:alleen|enkel|slechts|uitsluitend)\s+(?=[^.?!;]{1,120}?\bmaar\b"
                       r"(?:\s+[\w-]+){0,3}?\s+(?:ook|tevens|eveneens)\b(?!\s+(?:niet|geen|nooit)\b))")


# A checklist's marks ("✅ besloten setting ✅ permanent toezicht ❌ AVG", "[x] toegelaten [ ] afspraken met zk", "(v) …
# (?) …"): each item is read as a form line with its answer ("AVG: nee", "afspraken met zk: onbekend"), as
# facts._form_answers reads a pasted form; a ticked item is the item as said
_TICK = r"✅|✔️?|☑️?|✓|\[[xXvV✓✔]\]|\([vV✓✔]\)"
_CROSS = r"❌|❎|✘|✗|✖️?|\([xX]\)"
_OPEN = r"❓|❔|☐|⬜️?|\[\s?\]|\[\?\]|\(\?\)"
_MARK = re.compile(rf"(?:(?P<tick>{_TICK})|(?P<cross>{_CROSS})|(?P<open>{_OPEN}))[^\S\n]*")
# the item runs to the next mark, the end of its line or sentence
_ITEM_END = re.compile(rf"{_TICK}|{_CROSS}|{_OPEN}|\n|\||[.!?](?=\s|$)")
# a mark after its item, as a row of a table or a pasted form has it ("ZZP ZGvis 1 ✔ | behandeling voor een beperkte
# periode ✘ (structureel) |"): the item between a line's start or a "|" and the mark, a remark in brackets after it
_MARK_AFTER = re.compile(rf"(?P<lead>(?:^|\|)[^\S\n]*+)(?P<item>[^\s|✅✔☑✓❌❎✘✗✖❓❔☐⬜\[(][^|\n✅✔☑✓❌❎✘✗✖❓❔☐⬜\[(]{{1,119}}?)[^\S\n]+"
                         rf"(?P<mark>{_TICK}|{_CROSS}|{_OPEN})(?P<note>[^\S\n]*\([^)\n]{{0,120}}\))?[^\S\n]*(?=\||$)",
                         re.M)


def read_checklist(text: str) -> str:
    """``text`` with each checklist item on a line of its own, its mark read as the form's answer: "❌ AVG" → "AVG: nee",
    "(?) AVG, nog uitzoeken" → "AVG: onbekend" with "nog uitzoeken" on the next line, "✅ besloten setting" →
    "besloten setting: ja". A mark in brackets ("(x)") counts only beside another mark, a lone mark only after a colon or
    at a line's start; a text without one passes unchanged."""
    text = _MARK_AFTER.sub(lambda m: f"{m['lead']}{m['mark']} {m['item']}{m['note'] or ''} ", text)
    marks = list(_MARK.finditer(text))
    # one mark only as a form's answer, after a colon or at a line's start ("Meerzorg-aanvraag: ❌ …"), not as a mood
    # in a sentence ("deed moeilijk ❌ wij hebben …") or "(x)" in brackets
    if not marks or (len(marks) == 1 and (marks[0].group().lstrip()[:1] in "[(" or
                                          not re.search(r"(?:^|[:\n])[^\S\n]*$", text[: marks[0].start()]))):
        return text
    out: list[str] = []
    at = 0
    for m in marks:
        if m.start() < at:
            continue
        end = _ITEM_END.search(text, m.end())
        stop = end.start() if end else len(text)
        item = text[m.end() : stop].strip(" ,;-")
        out.append(text[at : m.start()])
        if item:
            answer = ": ja" if m.group("tick") else ": nee" if m.group("cross") else ": onbekend"
            # the answer after the item's own words; what a crossed item adds in brackets or after a colon is its
            # reason ("❌ bijzondere zorgbehoefte (afgewezen: …)", "✘ GZ-psycholoog (het is een basispsycholoog)")
            # a clause after a comma is the writer's own words and stays ("(x) derdelijns zorg, we leveren alleen …")
            head, comma, rest = re.split(r"\s*[(:]", item, maxsplit=1)[0].partition(", ") if not m.group("tick") \
                else (item, "", "")
            out.append(f"\n{head or item}{answer}\n" + (f"{rest}\n" if comma else ""))
        at = stop  # the sentence's end mark stays
    out.append(text[at:])
    return "".join(out)


# A pasted table or form (Markdown or plain pipes, tab-separated, CSV with ";", a JSON object): each cell read as a form
# line "label: value", as a pasted "key: value" list is read ("| structureel nodig | nee |" → "structureel nodig: nee")
_ROW_SEP = re.compile(r"[\t|;]")
_RULE_ROW = re.compile(r"[\s|:+-]*")
# the header cells of a two-column key/value table, no fact of their own ("| item | waarde |")
_KEY_VALUE_HEAD = re.compile(r"(?i)(?:item|waarde|veld|vraag|antwoord|gegeven|gegevens|kenmerk|onderdeel|field|value|key|"
                             r"question|answer|omschrijving|status|toelichting|voorwaarde|criterium|eis)")
# ... of which these hold the writer's own words in a wider table ("| Status |" … "| DEC, positief CElz-advies |")
_FREE_TEXT_HEAD = re.compile(r"(?i)(?:status|omschrijving|toelichting|opmerking|opmerkingen)")
_ANSWER_PAIR = re.compile(r"(?i)ja\s*/\s*nee|yes\s*/\s*no|j/n|y/n")
# a column of answers with a cross in the cell that applies ("| vraag | ja | nee | ? |" … "| indicatie | x | | |")
_ANSWER_HEAD = re.compile(r"(?i)ja|nee|\?|onbekend|yes|no|n\.?v\.?t\.?|weet niet")
_CROSSED = re.compile(r"(?i)[xv✓✔✅☑✗✘❌]|ja|yes")
_JSON_PAIR = re.compile(r'"([^"\n]{1,60})"\s*:\s*(?:"([^"\n]{0,160})"|(true|false|null|-?\d+(?:[.,]\d+)?))')
_JSON_OBJECT = re.compile(r"\{[^{}]{0,2000}\}")
_JSON_WORD = {"true": "ja", "false": "nee", "null": "onbekend"}


def _is_ruler(line: str) -> bool:
    """A table's ruler row ("|---|---|")."""
    return "-" in line and bool(_RULE_ROW.fullmatch(line))


def _cells(line: str) -> list[str]:
    """A row's cells, split by its own separator: "|", else a tab, else ";"."""
    sep = "|" if "|" in line else "\t" if "\t" in line else ";"
    return [c.strip() for c in line.strip().strip("|").strip().split(sep)]


# a cell that answers its label ("nee", "ja, REC Korsakov", "?"): read as a form's answer, after a colon
_ANSWER_CELL = re.compile(r"(?i)(?:ja|nee|neen|yes|no|geen|niet|onbekend|unknown|n\.?v\.?t\.?|nvt|n/a|\?+|-|x|weet (?:ik )?niet)\b"
                          r"(?!-)|\?")


def _form_line(label: str, value: str) -> str:
    """A label and its cell as a form line: an answer or a number after a colon ("structureel nodig: nee", "plaatsen:
    12"), a word after the label as said ("CElz-advies positief", "wij zijn DEC")."""
    if not value:
        return label
    return f"{label}: {value}" if _ANSWER_CELL.match(value) or value[0].isdigit() else f"{label} {value}"


def _table_block(rows: list[str]) -> list[str]:
    """The form lines of one table: its rows' cells (``_cells``), the ruler rows left out."""
    table = [_cells(r) for r in rows if not _is_ruler(r)]
    width = len(table[0])
    if width == 2:
        if all(_KEY_VALUE_HEAD.fullmatch(c) for c in table[0]):
            table = table[1:]
        return [_form_line(k, v) for k, v in table]
    head, body = table[0], table[1:]
    if _KEY_VALUE_HEAD.fullmatch(head[0]) and (_KEY_VALUE_HEAD.fullmatch(head[1]) or _ANSWER_PAIR.fullmatch(head[1])):
        # "| item | waarde | opmerking |", "| voorwaarde | ja/nee | toelichting |": the first two columns are the form's
        # label and answer, the rest the writer's own words
        return [line for row in body for line in (_form_line(row[0], row[1]), *(c for c in row[2:] if c))]
    if all(_ANSWER_HEAD.fullmatch(c) for c in head[1:]):
        out = []
        for row in body:
            said = [head[i] for i in range(1, width) if _CROSSED.fullmatch(row[i])]
            answer = said[0].lower() if len(said) == 1 else "?"
            out.append(f"{row[0]}: " + ("onbekend" if answer in ("?", "weet niet") else answer))
        return out
    return [line for row in body for h, v in zip(head, row, strict=True) if (line := _cell_line(h, v))]


def _cell_line(head: str, cell: str) -> str:
    """A cell of a wider table as a form line under its header; a cell under a free-text header as the writer's own
    words ("| Status |" … "| DEC, positief CElz-advies |"), but not a question in a cell, which would become an asking
    sentence of its own; "" for an empty cell or one under another generic header ("| vraag |")."""
    if not cell:
        return ""
    if _FREE_TEXT_HEAD.fullmatch(head):
        return "" if cell.rstrip().endswith("?") else cell
    return "" if _KEY_VALUE_HEAD.fullmatch(head) else _form_line(head, cell)


def read_table(text: str) -> str:
    """``text`` with a pasted table or JSON object read as form lines ("label: value", one per line): a two-column
    table row by row, a table with a header row cell by cell under its header, a column of answers ("ja | nee | ?")
    as the answer crossed. Rows are the lines with the same number (two or more) of "|", tab or ";" separated
    cells; a text without a table passes unchanged."""
    text = _JSON_OBJECT.sub(lambda m: "\n".join(_form_line(k, v or _JSON_WORD.get(w, w))
                                                for k, v, w in _JSON_PAIR.findall(m.group()))
                            if len(_JSON_PAIR.findall(m.group())) >= 2 else m.group(), text)
    if "|" not in text and "\t" not in text and ";" not in text:
        return text
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        width = len(_cells(lines[i])) if _ROW_SEP.search(lines[i]) else 0
        j = i + 1
        while j < len(lines) and (_is_ruler(lines[j]) or (_ROW_SEP.search(lines[j]) and len(_cells(lines[j])) == width)):
            j += 1
        rows = [r for r in lines[i:j] if not _is_ruler(r)]
        # two rows at least, short cells; rows split by ";" only with three cells or more (not two sentences that
        # happen to hold a ";")
        piped = any("|" in r or "\t" in r for r in rows)
        cells = [c for r in rows for c in _cells(r)]
        short = all(len(c) <= 80 for c in cells) if piped else \
            all(len(c) <= 40 and not c.endswith((".", "?", "!", ":")) for c in cells)  # ";": not a sentence
        if (width >= 3 or (width == 2 and piped)) and len(rows) >= 2 and short:
            out.extend(_table_block(lines[i:j]))
            i = j
            continue
        out.append(lines[i])
        i += 1
    return "\n".join(out)


def read_in_full(text: str) -> str:
    """``text`` with the staff shorthand of ``data/facts/shorthand.yaml`` and its short dates written out, and a
    value the writer corrected read as corrected (:func:`read_corrected`); a text without any passes unchanged."""
    if not text:
        return text
    text = _NOT_ONLY.sub("", read_corrected(read_checklist(read_table(text))))
    out = _PLUS.sub(lambda m: " en " if m.group() == "+" and not m.string[m.start() - 1].isspace() else "en",
                    _short_dates(_spoken_dates(text)))
    for rx, full in table():
        out = rx.sub(lambda m, full=full: m.expand(full), out)  # type: ignore[misc]
    return out
