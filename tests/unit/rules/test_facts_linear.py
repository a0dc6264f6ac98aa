"""Fact extraction is linear in its input (a question's history can be long), and finds the same facts as the
quadratic forms it replaced: the old client-group span check and number patterns are kept here as oracles."""

from __future__ import annotations

import re
import time
from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.rules import facts as F
from assistant.rules.facts import extract_facts

pytestmark = pytest.mark.unit

MIXED = ("Mogen wij C&A declareren voor NAH+ en MS plus cliënten met gerontopsychiatrie in 2026? Wij zijn een "
         "DEC voor nah met 12 plaatsen, 1.200 ligdagen en 30 minuten aanrijtijd, 25 procent, 3 x 4 weken. ")
SHAPES = {
    "dutch history": MIXED,
    "client groups only": "nah ms gp nah plus ms+ ",
    "one long number": "1",
    "numbers with dots": "1.",
    "numbers with commas": "1,5 ",
    "a pattern named in every word of one clause": "pgb ",
    "clauses that all decide a fact": "wij zijn een dec. wij zijn geen dec. ",
}


def _best(fn: Callable[[], object], runs: int) -> float:
    out = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t0)
    return min(out)


@pytest.mark.parametrize("shape", list(SHAPES))
def test_200_kb_of_history_takes_linear_work(shape: str) -> None:
    """Scaling, not seconds: 4x the text may cost about 4x the time (linear), not 16x (quadratic; 1 MB took
    29 s before). Both sizes are timed here and now, so the machine's speed cancels out; the best of a few runs
    keeps scheduler noise out, and the bound 10 leaves room for noise on either side of 4 and 16."""
    unit = SHAPES[shape]
    small = (unit * (50_000 // len(unit) + 1))[:50_000]
    large = (unit * (200_000 // len(unit) + 1))[:200_000]
    extract_facts(small)  # compiled patterns and caches warm
    ratio = _best(lambda: extract_facts(large), 3) / _best(lambda: extract_facts(small), 5)
    assert ratio < 10, f"{shape}: 4x the text took {ratio:.1f}x the time"


# --------------------------------------------------------------------------- the same facts as before


def _old_client_groups(text: str) -> list[tuple[int, str]]:
    found: list[tuple[int, str]] = []
    taken: list[tuple[int, int]] = []
    for value, pattern in F.CLIENT_GROUP_PATTERNS:
        for m in re.finditer(pattern, text):
            if any(s <= m.start() < e for s, e in taken):
                continue
            taken.append((m.start(), m.end()))
            found.append((m.start(), value))
    return sorted(found)


# the reference without the look-behind on digits (a number word is a whole word in both: "tien" in "veertien" is none)
OLD_NUM = r"(\d+(?:[.,]\d+)*|(?<![\w])(?:" + "|".join(sorted(F._NUM_WORDS, key=len, reverse=True)) + r"))"
NUMBER_PATTERNS = [  # (old pattern, new pattern): the first match must be the same number
    (OLD_NUM + r"\s*(?:weken|week)\b", F._NUM + r"\s*(?:weken|week)\b"),
    (OLD_NUM + r"\s*(?:maanden|maand)\b", F._NUM + r"\s*(?:maanden|maand)\b"),
    (r"(\d+)\s*minuten", r"(?<!\d)(\d+)\s*minuten"),
    (r"(\d+(?:[.,]\d+)?)\s*(?:%|procent)", r"(?<!\d)(\d+(?:[.,]\d+)?)\s*(?:%|procent)"),
]
SUFFIXES = [r"\s*(?:verblijfs)?(?:plaatsen|plekken|bedden)\b", r"\s*(?:verwachte\s+)?ligdagen",
            r"\s*(?:productie)?dagen\b"]
PIECES = st.sampled_from(["1", "2", "12", ".", ",", " ", "  ", "nah", " plus", "+", "ms", "gp", "niet aangeboren "
                          "hersenletsel", "weken", "week", "maanden", "minuten", "procent", "%", "plaatsen",
                          "ligdagen", "productiedagen", "dagen", "twee", "een", "x", "a"])
TEXTS = st.lists(PIECES, max_size=40).map("".join)


@settings(max_examples=400, deadline=None)
@given(TEXTS)
def test_client_groups_as_before(text: str) -> None:
    assert F._client_groups(text) == _old_client_groups(text)


@settings(max_examples=400, deadline=None)
@given(TEXTS)
def test_numbers_as_before(text: str) -> None:
    for old, new in NUMBER_PATTERNS:
        a, b = re.search(old, text), re.search(new, text)
        assert (a and a.group(1)) == (b and b.group(1)), (old, text)
    for suffix in SUFFIXES:
        a = re.search(r"(\d[\d.]*)" + suffix, text)
        assert (a.group(1) if a else None) == F._number_before(suffix, text), (suffix, text)


QUESTION_SHAPES = {
    "an either-or with one long word after 'of'": ("x of ", "a", "!"),
    "quotes after 'of'": ("x of ", "'", "a"),
    "one long word": ("", "a", "?"),
    "brackets": ("", "(", ""),
}


@pytest.mark.parametrize("shape", list(QUESTION_SHAPES))
def test_question_classification_takes_linear_work(shape: str) -> None:
    """A question is at most ~2,000 characters, but "x of aaaa…!" of 600 took minutes in the either-or pattern
    (one word could be split in many ways). 4x the text may cost about 4x the time, not 256x."""
    head, unit, tail = QUESTION_SHAPES[shape]
    small, large = head + unit * 60 + tail, head + unit * 240 + tail
    F.is_eligibility_question(small)
    ratio = _best(lambda: F.is_eligibility_question(large), 3) / _best(lambda: F.is_eligibility_question(small), 5)
    assert ratio < 10, f"{shape}: 4x the text took {ratio:.1f}x the time"


def test_either_or_still_reads_the_two_options() -> None:
    m = F._EITHER_OR.search("is het zorgkantoor of de instelling ?")
    assert m is not None and m.groups() == ("is het zorgkantoor", "de instelling")
    assert F._EITHER_OR.search("x of " + "a" * 2000 + "!") is None
