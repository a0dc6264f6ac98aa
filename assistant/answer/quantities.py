"""Recognising a number that answers "hoeveel" / "hoe hoog": shared by the sentence picker and the gate.

Years, days of the month, section numbers and the digits inside codes (VG7, GGZ-B, NAH+) are not counts,
and "een" is the article, not a number."""

from __future__ import annotations

import re

from ..types import MONTHS_NL

MONTHS = "(" + "|".join(MONTHS_NL) + ")"  # a regex group of the month names (the table is in types.py)
NOT_A_COUNT = re.compile(rf"^\s*\d{{1,2}}[.)]\s|\b\d{{1,2}}°\.?|\b\d{{1,2}} {MONTHS}\b|\b(19|20)\d\d\b|§\s*[\d.]+|\b(?!\d{{1,3}}(?:\.\d{{3}})+\b)\d+(\.\d+)+\b(?! ?%)|"
                         r"\b(artikel(en|s)?|art\.|lid|leden|hoofdstuk|paragraaf|onderdeel|bijlage)\s+\d+(\.\d+)*[a-z]?"
                         r"(\s*(,|en|of|t/m|tot en met)\s*\d+(\.\d+)*[a-z]?)*", re.I)
COUNT = re.compile(r"(?<![\w-])\d+(?:[.,]\d+)?\s*%?(?![\w-])|\b(één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|"
                   r"elf|twaalf|dertien|veertien|vijftien|twintig|dertig|veertig|vijftig|honderd|duizend|miljoen|"
                   r"procent|helft|kwart|dubbele?)\b", re.I)


def has_count(sentence: str) -> bool:
    """True when the sentence holds a quantity: '27%', 'drie maanden', '1.200 cliënten', not 'VG7' or '2026'."""
    return bool(COUNT.search(NOT_A_COUNT.sub(" ", sentence)))
