"""The sentences of a message as people type it: one splitter for every reader of the question.

The answer (``answer/framing.py``, ``answer/withdrawn.py``) and the rule check (``rules/facts.py``,
``rules/several.py``) read a message sentence by sentence; they used to do so with four splitters that disagreed at
the edges (one needed a capital after the mark, one knew "bijv." but not "mw.", one ended a sentence after the initial
in "meneer P. de Vries"). A document is split by :func:`assistant.ingest.chunk.sentence_spans`, which also knows list
labels and letter layout; a message is split here:

- a sentence ends after its final marks (``.``, ``?``, ``!``, and a closing quote after them) when a space or the end
  of the message follows, whatever the next word's case ("klopt dat? en hoe zit het …"); a bracket after the marks
  ends none ("(dus geen bezwaar!) over …");
- and at a line break: a pasted form or e-mail puts its lines without marks ("Zorgprofiel: VG8");
- not after the full stop of an abbreviation ("bijv. een rolstoel", "Mw. Jansen", "o.a. de tandarts"; in capitals it
  is a word: "Hij heeft MS. Mag …") or of a month before a number ("1 jan. 2026")
  or of an initial in a name: one that goes on in lower case ("R. de Graaf", "mevrouw J. heeft …") or follows a title
  or another initial ("meneer P. De Vries", "A.P. Verhoef"); a capital after a bare letter opens a sentence
  ("verpleeghuis A. Maar wij …"), and a code's last letter is no initial ("GGZ-W. Mijn vraag …" ends there).

Pure functions on strings.
"""

from __future__ import annotations

import re

# abbreviations whose full stop ends no sentence, written in lower case or capitalised ("Bijv."; in capitals it is a
# word: "Mijn vader heeft MS. Mag hij …", "aangewezen als DEC. Mogen we …")
ABBREVIATIONS = frozenset({
    "mw", "mevr", "dhr", "mr", "mrs", "dr", "drs", "ir", "jr", "sr",
    "nr", "ca", "vs", "incl", "excl", "bijv", "bv", "art", "blz", "evt", "resp", "zgn", "tel", "mnd",
    "jl", "o.a", "m.b.t", "i.p.v", "t.a.v", "z.s.m", "d.w.z", "e.d", "o.b.v", "i.v.m", "d.d", "a.s", "c.q", "n.a.v",
    "i.o.m", "m.i.v", "e.v",
})
# ... only in lower case ("max. 3 uur"; "Max." is a name, "MS." a disease; "ms" is not one: the rule check reads the
# message in lower case, where "ms." is the disease)
LOWER_ONLY = frozenset({"st", "etc", "max", "min"})
# a month's abbreviation before a day or year ("1 jan. 2026", "per mrt. '25")
MONTHS = frozenset({"jan", "feb", "mrt", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "nov", "dec"})
_ABBREVIATION = re.compile(r"(?<![\w.])(?:" + "|".join(
    [*(re.escape(v) for a in sorted(ABBREVIATIONS, key=len, reverse=True) for v in (a, a[0].upper() + a[1:])),
     *sorted(LOWER_ONLY, key=len, reverse=True)]) + r")\.$")
_MONTH = re.compile(r"(?<![\w.])(?i:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.$")
_NUMBER_NEXT = re.compile(r"\s+['’]?\d")
_INITIAL = re.compile(r"(?<![\w-])[A-Z]\.$")
# what may stand before an initial in a name ("meneer P. De Vries", "dr. M. Yilmaz", "zuster G. Hofstede", "P.J. Smits")
_TITLE_BEFORE = re.compile(r"(?:\b(?:meneer|mevrouw|mevr|mw|dhr|heer|mr|mrs|ms|dr|drs|ir|ing|prof|zuster|broeder|dokter|"
                           r"pastor|juf|meester)\.?|(?<![\w-])[A-Z]\.)\s*$", re.I)
_NEXT_WORD = re.compile(r"\s*(\w+)")
_END = re.compile(r"[.?!]+['\"’”]*(?=\s|$)|[ \t]*\n")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of ``text`` that holds a letter or a digit (module doc); a span may begin with
    the whitespace after the sentence before it, and ends after its marks (before a line break)."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _END.finditer(text):
        mark = m.group()
        if mark.rstrip("'\"’”)") == ".":  # a single full stop: an abbreviation's or an initial's?
            lo = max(start, m.start() - 12)
            if _ABBREVIATION.search(text, lo, m.start() + 1) or (
                    _MONTH.search(text, lo, m.start() + 1) and _NUMBER_NEXT.match(text, m.end())):
                continue
            if (initial := _INITIAL.search(text, lo, m.start() + 1)) is not None:
                after = _NEXT_WORD.match(text, m.end())
                # a name goes on in lower case ("R. de Graaf", "mevrouw J. heeft …") or after a title or another
                # initial ("meneer P. De Vries", "A.P. Verhoef"); a capital after a bare letter opens a sentence
                # ("verpleeghuis A. Maar wij …", "afdeling B. Vergoedt …")
                if not after or after.group(1)[0].islower() or _TITLE_BEFORE.search(text, max(0, initial.start() - 12),
                                                                                    initial.start()):
                    continue
        end = m.start() if mark.endswith("\n") else m.end()
        spans.append((start, end))
        start = m.end()
    spans.append((start, len(text)))
    return [(a, b) for a, b in spans if any(c.isalnum() for c in text[a:b])]


def sentences(text: str) -> list[str]:
    """The sentences of ``text`` (:func:`sentence_spans`), stripped."""
    return [text[a:b].strip() for a, b in sentence_spans(text)]
