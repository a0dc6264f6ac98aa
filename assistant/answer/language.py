"""Which language a question is in: Dutch (the default) or English. Function words decide; no model."""

from __future__ import annotations

import re

_EN = frozenset(["the", "are", "does", "do", "did", "what", "who", "which", "when", "where", "why", "how", "can", "may",
                 "my", "our", "for", "to", "an", "and", "with", "there", "their", "his", "her", "this", "that", "be",
                 "will", "would", "should", "could", "pay", "pays", "paid", "it", "its", "you", "your", "they", "at",
                 "by", "from", "if", "or", "not", "under", "get", "gets", "much", "many", "has", "have"])
_NL = frozenset(["de", "het", "een", "zijn", "wat", "wie", "welke", "wanneer", "hoe", "kan", "mag", "mijn", "onze", "voor",
                 "van", "naar", "en", "met", "er", "dat", "dit", "die", "wordt", "worden", "moet", "moeten", "bij", "ook",
                 "niet", "wel"])
# an English question word first, and no Dutch function word: "Which target groups fall under LVHC care?"
_EN_FIRST = frozenset(["which", "what", "who", "whom", "whose", "how", "when", "where", "why", "does", "do", "did", "can",
                       "could", "should", "would", "will", "are", "has", "have"])


# "of" and "a" are not counted: Dutch "of" (or) and the "a" of "C&A" made "Declareren we C&A per consult of per
# traject?" English; "is" and "in" are words of both.
def leans_english(text: str) -> bool:
    """No more Dutch function words than English ones: a short turn of an English chat ("yes, treatment is offered
    there") that :func:`is_english` alone would not call English."""
    words = re.findall(r"[a-z']+", text.lower())
    return bool(words) and sum(w in _EN for w in words) >= sum(w in _NL for w in words)


def mixes_english(text: str) -> bool:
    """Dutch and English mixed within the sentences, with at least three English function words and at least two
    for every three Dutch ones ("Client has LVG5. Wonen en dagbesteding zijn bij ons op one location, but the
    expertise we hire from a partner"): read like an English message by the rule check. A Dutch message without
    function words of either language is not ("Declareren we C&A per consult of per traject?")."""
    words = re.findall(r"[a-z']+", text.lower())
    en = sum(w in _EN for w in words)
    return en >= 3 and 3 * en >= 2 * sum(w in _NL for w in words)


def is_english(text: str) -> bool:
    words = re.findall(r"[a-z']+", text.lower())
    en = sum(w in _EN for w in words)
    nl = sum(w in _NL for w in words)
    if nl == 0 and words and (words[0] in _EN_FIRST or "the" in words):
        return True
    return en >= 2 and en > 1.5 * nl
