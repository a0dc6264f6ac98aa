"""English questions read in Dutch for the rule check.

The rules, their triggers and the fact recognisers are Dutch. An English question ("Can we bill C&A for
Korsakoff?") is read through the phrase table ``data/facts/english.yaml`` first, so it reaches the same rule and
facts as its Dutch counterpart. It is a reading aid, not a translation: what is not recognised in the Dutch
reading stays unknown and is asked, never guessed. Dutch questions pass unchanged.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import yaml

from assistant.answer.language import is_english, leans_english, mixes_english

ENGLISH_PATH = Path(__file__).parent / "data" / "facts" / "english.yaml"


@lru_cache(maxsize=1)
def table() -> tuple[tuple[re.Pattern[str], str], ...]:
    """(pattern, Dutch) in the order of the data file; each pattern bounded by non-word characters."""
    rows = yaml.safe_load(ENGLISH_PATH.read_text(encoding="utf-8"))["gloss"]
    return tuple((re.compile(rf"(?<![\w&])(?:{pattern})(?![\w&])"), dutch) for pattern, dutch in rows)


_EN_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_EN_UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
# "thirty-two weeks", "twenty one days": a compound number word in digits (the table reads single number words)
_EN_COMPOUND = re.compile(r"\b(" + "|".join(_EN_TENS) + r")[- ](" + "|".join(_EN_UNITS) + r")\b")


def _compound_numbers(text: str) -> str:
    return _EN_COMPOUND.sub(lambda m: str(_EN_TENS[m.group(1)] + _EN_UNITS[m.group(2)]), text)


def read_in_dutch(text: str, chat_in_english: bool = False) -> str:
    """``text`` read in Dutch (lower case) when it is English, or leans English or mixes English in (``mixes_english``)
    in a chat in English (``chat_in_english``: "yes, treatment is offered there" after an English turn, or a message
    that mixes the two languages itself); otherwise ``text`` itself. A Dutch
    word that is also an English one is written in capitals in the table ("gesloten OF besloten"): later entries, which
    match lower case, then leave it alone ("of" is not read again as the English "of"); the reading is lower-cased at
    the end."""
    if not text or not (is_english(text) or (chat_in_english and (leans_english(text) or mixes_english(text)))):
        return text
    # the lines kept apart: a pasted form's lines are sentences of their own ("Care profile: VG8")
    out = _compound_numbers(
        "\n".join(" ".join(line.split()) for line in text.lower().replace("’", "'").splitlines() if line.strip()))
    if not is_english(text):
        # a message that mixes in English keeps its Dutch "of" (or, whether): not read as the English "of" → "van"
        out = re.sub(r"(?<![\w&])of(?![\w&])", "OF", out)
    for rx, dutch in table():
        out = rx.sub(dutch, out)
    return out.lower()
