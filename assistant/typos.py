"""Typing slips read as meant: "zonder beahndeling" → "zonder behandeling", "het zorgkantor" → "het zorgkantoor",
"de indicaite" → "de indicatie", "pas na de verhuizing begonen" → "begonnen".

A question typed fast on a phone keeps its slips, and a slip hides the word from every pattern that reads a fact
("zonder behandeling") and from the lexical side of retrieval. :func:`read_typos` replaces a word only when

- it is a lower-case word of at least six letters, without digits, hyphens or other marks (codes and names stay);
- it is neither a Dutch word (the Dutch word list of pyspellchecker), nor an English one (an English question, or an
  English word in a Dutch one, stays as written), nor a word of the shipped documents (``data/compounds.txt``: "meerzorg",
  "bovenbudgettair"), nor a compound of two such words ("regiotafel");
- one slip (a letter left out, added, changed, or two letters swapped; not the first letter, and not at the end,
  where Dutch inflects: "verzorgenden", "invasief") away from it lies exactly one word of the
  shipped documents, or, when none does, one Dutch word much more common than any other one slip away.

Anything else stays as written: a word is never changed on a guess between two readings. A text without slips comes
back unchanged (the same object).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Any

from .dictation import COMPOUNDS

_MIN_LETTERS = 6
# a lower-case word on its own: not part of a code ("vv9b"), a hyphenated word ("ggz-wonen"), an e-mail address or a
# name (capitalised)
_WORD = re.compile(rf"(?<![\w&+@./-])[a-zà-ÿ]{{{_MIN_LETTERS},}}(?![\w&+@-])")
# a Dutch word one slip away must be this many times as common as the next one to be read instead
_MARGIN = 10
# a word of the documents is read before another Dutch word one slip away unless that one is this many times as common
_DOCUMENT_PRIOR = 3
# the count pyspellchecker gives its rarest Dutch words: a word no more common is not read instead of a slip
_RARE = 50
_LINK = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+")


@lru_cache(maxsize=1)
def _lists() -> tuple[Any, Any, frozenset[str]]:
    from spellchecker import SpellChecker

    dutch = SpellChecker(language="nl", distance=1)
    english = SpellChecker(language="en", distance=1)
    documents = frozenset(COMPOUNDS.read_text(encoding="utf-8").split())
    return dutch, english, documents


def _known(word: str, dutch: Any, english: Any, documents: frozenset[str]) -> bool:
    """A word of one of the lists (English in either spelling: "favour", "categorise"), or a compound of two (with a
    linking "s": "regiotafel", "woonzorgcentrum", "zorgaanbiedersoverleg"): Dutch makes new compounds every day."""
    if word in documents or word in dutch or word in english:
        return True
    if any(w in english for w in (word.replace("our", "or"), word.replace("is", "iz"), word.replace("ys", "yz"))):
        return True
    for i in range(3, len(word) - 2):
        left, right = word[:i], word[i:]
        if (left in dutch or left in documents) and (
                right in dutch or right in documents or (right[0] == "s" and right[1:] in dutch)):
            return True
    return False


def _inflected(word: str, other: str) -> bool:
    """``word`` and ``other`` differ only in how they end ("verzorgenden" / "verzorgende", "invasief" / "invasie"):
    another form of the same word, not a slip."""
    return word.startswith(other) or other.startswith(word) or word[:-1] == other[:-1]


@lru_cache(maxsize=4096)
def _meant(word: str) -> str | None:
    """The word ``word`` was meant to be, or ``None`` when it is a word or no one reading is clear."""
    dutch, english, documents = _lists()
    if _known(word, dutch, english, documents):
        return None
    if word.endswith(("je", "jes")):
        return None  # a diminutive ("cliëntje"), seldom in a word list
    # a slip leaves the first letter alone: a word that differs there is another word or a name ("fivoor", "zozijn",
    # "herbruik")
    near = {w for w in dutch.edit_distance_1(word) if w.isalpha() and w[0] == word[0]}
    words = {w for w in near if w in dutch or w in documents}
    if any(_inflected(word, w) for w in words):
        return None  # another form of a word ("toegekent" for "toegekend"): not read as a third one ("toerekent")
    ours = sorted(w for w in words if w in documents)
    count = dutch.word_frequency.__getitem__
    if len(ours) > 1:
        return None  # two words of the documents: none is guessed
    if ours:
        # a word of the documents, unless another Dutch word is far more common ("afgewesen": afgeweken or afgewezen;
        # "afspeken" is afspreken, not afspelen)
        others = [count(w) for w in words if w != ours[0]]
        return ours[0] if all(c < _DOCUMENT_PRIOR * max(count(ours[0]), _RARE) for c in others) else None
    counts = sorted(((count(w), w) for w in words), reverse=True)
    if not counts or counts[0][0] <= _RARE or (len(counts) > 1 and counts[0][0] < _MARGIN * counts[1][0]):
        return None  # none, a rare word ("alliage", "orthodoxt"), or two as common
    return str(counts[0][1])


def read_typos(text: str) -> str:
    """``text`` with each slip read as the word meant (see the module's doc); unchanged when there is none."""
    if not text:
        return text
    original = text
    text = unicodedata.normalize("NFC", text)  # an accent typed apart (pasted from a Mac) joins its letter
    documents = _lists()[2]
    links = [m.span() for m in _LINK.finditer(text)]

    def meant(m: re.Match[str]) -> str:
        if any(a <= m.start() < b for a, b in links):
            return m.group()  # a web or e-mail address stays as written
        before = re.search(r"([a-zà-ÿ]+)\s+$", text[max(0, m.start() - 30) : m.start()])
        if before and (before.group(1) + m.group()).lower() in documents:
            return m.group()  # the second half of a split compound ("lang durige"), not a slip
        return _meant(m.group()) or m.group()

    out = _WORD.sub(meant, text)
    return original if out == original else out
