"""A letter's own particulars: who signed it, its date, its kenmerk, its Kamerstuk number and to whom it is
addressed, verbatim from the document.

They answer "Wie heeft de brief over meerzorg thuis ondertekend?" or "Wat is het kenmerk van de LVHC-brief?". The
cleaner removes the letterhead (it repeats on every page) and the chunker keeps the signature out of the passages
(an answer never quotes "Hoogachtend,"), so these lines are read here, once per build, and stored with it.

The signature is read from the cleaned text (its offsets point into what the document viewer shows); the lines of
the letterhead are read from the file as written (a .txt or .md file; a PDF's letterhead is usually on its first
page and survives cleaning only there), with ``start == end == -1``."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from typing import Any

from ..types import MONTHS_NL, CleanDocument
from .chunk import CLOSING, INITIALS, SIGNATURE

FIELDS = ("signed", "date", "kenmerk", "kamerstuk", "addressee")

_MONTH = "(?i:" + "|".join(MONTHS_NL) + ")"
_DATE = rf"\d{{1,2}} {_MONTH} (?:19|20)\d\d"
# what the letterhead says, on whitespace-folded text without markdown emphasis
_HEAD = {
    "kenmerk": re.compile(r"(?<!Uw )(?<!uw )\b(?:Ons k|K)enmerk:? ((?=[\w./-]*\d)[\w][\w./-]{4,40}\w)\b"),
    "date": re.compile(rf"\bDatum:? ({_DATE})\b|\bDen Haag, ({_DATE})\b"),
    "addressee": re.compile(r"\b(?:Aan )?([Dd]e [Vv]oorzitter van de (?:Tweede|Eerste) Kamer der Staten-Generaal)\b"),
}
# a Kamerstuk's heading as the Tweede Kamer prints it: "34 104 Langdurige zorg" / "Nr. 449 Brief van …"
_KAMERSTUK = re.compile(r"^[ \t]*(\d{2} \d{3}(?:-[A-Z]+)?) ([A-Z][^\n]{2,80}?)[ \t]*\n\s*Nr\. (\d+) ((?i:Brief van) [^\n]{5,120}?)"
                        r"[ \t]*$", re.M)
_ROLE = re.compile(r"^(?:de|De) (?:staatssecretaris|minister|directeur|voorzitter)\b")
# a signer's name: initials or a first name, particles, a double surname ("N.J.F. Pouw-Verweij", "C.J. van Ark",
# "drs. M. Sterk", "Mirjam Sterk"); each part matched one way only (no backtracking blow-up on a long line)
_PART = r"[A-Z][\w'’]+(?:-[A-Z][\w'’]+)*"
_NAME = re.compile(rf"^(?:(?:drs|mr|dr|ir|prof)\.\s*)?(?:[A-Z]\.){{0,5}}\s*(?:(?:van|de|der|den|ter|ten|het)\s+)*{_PART}"
                   rf"(?:\s+(?:(?:van|de|der|den|ter|ten|het)\s+)*{_PART})*\.?$")
_PARTICLES = r"(?:(?:van|de|der|den|ter|ten|het)\s+)*"
# the role, then the name: initials with a surname or a first name with a surname, and nothing after it (a cleaned
# text may run the signature on into what follows it: "…, C.J. van Ark Bijlage 1 Overzicht")
_SIGNED = re.compile(rf"^(?P<role>(?:de|De) [^\n]*?),\s*(?P<name>(?:(?:drs|mr|dr|ir|prof)\.\s*)?"
                     rf"(?:(?:[A-Z]\.){{1,5}}\s*{_PARTICLES}{_PART}|{_PART}\s+{_PARTICLES}{_PART}))(?=\s|,|$)")
LETTER_KINDS = ("kamerbrief", "brief")  # the kinds of document that are letters (manifest ``kind``)


@dataclass(frozen=True)
class Particular:
    """One particular of a letter, verbatim; ``value`` is what it says (the name, the date, the number)."""

    field: str  # one of FIELDS
    text: str  # the line(s) as written, whitespace folded
    value: str
    start: int = -1  # offsets into the cleaned text; -1: the letterhead of the file as written
    end: int = -1

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def particular_from_dict(data: dict[str, Any]) -> Particular:
    return Particular(str(data["field"]), str(data["text"]), str(data["value"]), int(data.get("start", -1)),
                      int(data.get("end", -1)))


def _fold(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("**", "").replace("\\", "")).strip()


def signature(doc: CleanDocument) -> Particular | None:
    """The signature after the closing ("Hoogachtend, de minister van …, Mirjam Sterk"), or a signature block of its
    own ("De staatssecretaris van …, N.J.F. Pouw-Verweij"): role and name, with offsets into the cleaned text."""
    blocks = [b for b in doc.blocks if b.kind == "para"]
    for i, b in enumerate(blocks):
        closing = CLOSING.match(b.text)
        if closing:
            start = b.start + closing.end()
            rest = b.text[closing.end():].lstrip(" ,\n")
            start = b.end - len(rest) if rest else start
            lines = [rest] if rest else []
            end = b.end if rest else start
            for nxt in blocks[i + 1: i + 4]:
                if len(nxt.text) > 160 or nxt.text.rstrip().endswith((".", "?", "!", ":")):
                    break
                if not lines:
                    start = nxt.start
                lines.append(nxt.text)
                end = nxt.end
                if _NAME.match(nxt.text.strip().rstrip(",")):
                    break
            text = _fold(" ".join(lines))
            if lines and _ROLE.match(text):
                signed = _SIGNED.match(text)
                if signed is not None:  # up to the name's end
                    name = signed.group("name")
                    text = f"{signed.group('role')}, {name}"
                    at = doc.text.find(name.split()[-1], start, end)
                    end = at + len(name.split()[-1]) if at >= 0 else end
                return Particular("signed", text, _signer(text), start, end)
        elif SIGNATURE.match(INITIALS.sub("", b.text)):
            text = _fold(b.text)
            return Particular("signed", text, _signer(text), b.start, b.end)
    return None


def _signer(text: str) -> str:
    """The name at the end of a signature ("…, Mirjam Sterk" → "Mirjam Sterk"); the whole text when none."""
    name = text.rsplit(",", 1)[-1].strip()
    return name if name != text and _NAME.match(name) else text


HEAD_CHARS = 4000  # the letterhead is on the first page: a "kenmerk" or "Den Haag, <datum>" further on cites another text


def letterhead(raw: str) -> list[Particular]:
    """The particulars the letterhead of a file as written states (each once, the first occurrence)."""
    raw = raw[:HEAD_CHARS]
    flat = _fold(raw)
    out: list[Particular] = []
    for field, pattern in _HEAD.items():
        m = pattern.search(flat)
        if m:
            value = next(g for g in m.groups() if g)
            out.append(Particular(field, m.group(0).strip(), value))
    m = _KAMERSTUK.search(raw.replace("**", ""))
    if m:
        text = _fold(f"{m.group(1)} {m.group(2)}, Nr. {m.group(3)} {m.group(4)}")
        out.append(Particular("kamerstuk", text, f"{m.group(1)}, nr. {m.group(3)}"))
    return out


def particulars(doc: CleanDocument, raw: str = "") -> list[Particular]:
    """What a letter says of itself; nothing for a document that is not a letter (a law, purchasing conditions)."""
    if doc.meta.kind not in LETTER_KINDS:  # the law, purchasing conditions, a policy rule: no letter
        return []
    signed = signature(doc)
    head = letterhead(raw or doc.text)
    return ([signed] if signed else []) + head


__all__ = ["FIELDS", "LETTER_KINDS", "Particular", "letterhead", "particular_from_dict", "particulars", "signature"]
