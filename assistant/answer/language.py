"""Which language a question is in: Dutch (the default) or English. Function words decide; no model."""

from __future__ import annotations

import re

_EN = frozenset(["the", "is", "are", "does", "do", "what", "who", "which", "when", "how", "can", "may", "my", "our", "for", "to", "an", "and", "in", "with", "does", "there", "their", "his", "her", "this", "that", "be", "will", "would", "should", "could", "pay", "pays", "paid"])
_NL = frozenset(["de", "het", "een", "is", "zijn", "wat", "wie", "welke", "wanneer", "hoe", "kan", "mag", "mijn", "onze", "voor", "van", "naar", "en", "in", "met", "er", "dat", "dit", "die", "wordt", "worden", "moet", "moeten", "bij", "ook", "niet", "wel"])


# "of" and "a" are not counted: Dutch "of" (or) and the "a" of "C&A" made "Declareren we C&A per consult of per
# traject?" English.
def is_english(text: str) -> bool:
    words = re.findall(r"[a-z']+", text.lower())
    en = sum(w in _EN for w in words)
    nl = sum(w in _NL for w in words)
    return en >= 2 and en > 1.5 * nl
