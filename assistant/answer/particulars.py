"""Questions about a letter itself: who signed it, its date, its kenmerk, its Kamerstuk number, to whom it went.

"Wie heeft de Kamerbrief over complexe zorg ondertekend?", "Wat is het kenmerk van de LVHC-brief?", "Onder welk
Kamerstuknummer staat de brief 'Meerzorg thuis'?", "Who signed the May 2026 letter on LVHC care?". The answer
quotes what the letter says of itself (read at index time: ``assistant/ingest/letterhead.py``) and cites it; when
the letter does not say it (a letter without a date or kenmerk of its own), the answer says so and never offers
the date the manifest estimated as the letter's own. A question about another text's number ("Welke motie noemt de
brief, met welk Kamerstuknummer?") is not about the letter and is answered as any other question."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..ingest.letterhead import Particular
from ..types import Citation, Hit, Passage

_THE = r"(?:de|die|deze|dat|het|the|that|this|your|uw)"
# the letter, with up to four words before its noun ("de LVHC-brief van de minister", "the May 2026 letter")
# (not across a relative clause or a preposition: "de datum van de inwerkingtreding die de brief noemt", "de afspraken
# in de brief", "de maatregel uit de brief" are not the letter's own)
_LETTER = (rf"{_THE}\s+(?:(?!(?:die|dat|in|uit|van|volgens|over|which|in|from|of)\s)[\w'‘’“”&/.-]+\s+){{0,4}}?"
           rf"(?:[\w-]*brief|letter|kamerstuk)\b")
_ANY = r"[^?!]{0,200}?"
_SIGN_VERB = r"(?:onderteken[dt]|ondertekende|getekend|tekende|geschreven|schreef|gestuurd|stuurde|verstuurd|verzonden)"
_ASKS: dict[str, re.Pattern[str]] = {
    "signed": re.compile(
        rf"\bwie\s+(?:heeft|had|hebben)\s+{_LETTER}{_ANY}\b{_SIGN_VERB}\b"
        rf"|\bwie\s+(?:ondertekende|tekende|schreef|stuurde)\s+{_LETTER}"
        rf"|\bwie\s+{_LETTER}{_ANY}\b(?:(?:heeft|had)\s+{_SIGN_VERB}|{_SIGN_VERB}\s+(?:heeft|had)|ondertekende|tekende|"
        rf"schreef|stuurde)\b"
        rf"|\b{_LETTER}{_ANY}\b(?:is|was|werd)\s+(?:onderteken[dt]|getekend|geschreven|gestuurd)\s+door\s+wie\b"
        rf"|\bdoor\s+wie\s+(?:is|was|werd)\s+{_LETTER}{_ANY}\b(?:onderteken[dt]|getekend|geschreven|gestuurd|verstuurd|"
        rf"verzonden)\b"
        rf"|\bwie\s+(?:staat|stond)\s+(?:er\s+)?onder\s+{_LETTER}"
        rf"|\bwiens\s+(?:naam|handtekening)\s+(?:staat|stond)\s+onder\s+{_LETTER}"
        rf"|\bvan\s+wie\s+(?:is|was|kwam|komt)\s+{_LETTER}"
        rf"|\bwie\s+is\s+(?:de\s+)?(?:afzender|ondertekenaar|schrijver|auteur)\s+van\s+{_LETTER}"
        rf"|\bwelke?\s+(?:minister|staatssecretaris|bewindspersoon|bewindsvrouw|bewindsman)\s+(?:heeft\s+)?{_ANY}"
        rf"\b{_SIGN_VERB}\s+{_LETTER}"
        rf"|\bwelke?\s+(?:minister|staatssecretaris|bewindspersoon)\s+(?:heeft|had)\s+{_LETTER}{_ANY}\b{_SIGN_VERB}\b"
        rf"|\bwho\s+(?:signed|wrote|sent)\s+{_LETTER}"
        rf"|\bwho(?:\s+is|'s)\s+{_LETTER}{_ANY}\bfrom\s*(?:[?.!]|$)|\bfrom\s+whom\s+(?:is|was|did)\s+{_LETTER}"
        rf"|\bwho\s+(?:was|is)\s+{_LETTER}{_ANY}\b(?:signed|written|sent)\s+by\b"
        rf"|\b(?:which|what)\s+(?:minister|state\s+secretary|staatssecretaris|official)\s+(?:signed|wrote|sent)\s+{_LETTER}"
        rf"|\b{_LETTER}{_ANY}\b(?:was|is)\s+signed\s+by\b"
        rf"|\bwho\s+is\s+the\s+(?:author|sender|signatory)\s+of\s+{_LETTER}", re.I),
    "date": re.compile(
        rf"\bvan\s+welke\s+datum\s+(?:is|was)\s+{_LETTER}"
        rf"|\b{_LETTER}{_ANY}\bvan\s+welke\s+datum\b"
        rf"|\bwelke\s+datum\s+(?:heeft|had|draagt|staat\s+(?:er\s+)?(?:op|boven|in))\s+{_LETTER}"
        rf"|\b(?:de\s+)?datum\s+van\s+{_LETTER}"
        rf"|\bwanneer\s+(?:is|was|werd)\s+{_LETTER}{_ANY}\b(?:verstuurd|gestuurd|verzonden|geschreven|gedateerd|"
        rf"verschenen|gepubliceerd|uitgekomen|onderteken[dt]|naar\s+de\s+kamer\s+gegaan)\b"
        rf"|\bwhen\s+was\s+{_LETTER}{_ANY}\b(?:sent|written|dated|published|signed|issued)\b"
        rf"|\bwhat\s+(?:is\s+the\s+)?date\s+(?:of|on|is\s+on)\s+{_LETTER}", re.I),
    # the letter's kenmerk, not a characteristic ("het belangrijkste kenmerk van de zorg die de brief beschrijft")
    "kenmerk": re.compile(rf"\b(?:welk|welke|het|wat\s+is\s+het|onder\s+welk|which|what\s+is\s+the)\s+kenmerk\s+"
                          rf"(?:(?:heeft|had|draagt|staat\s+op|hoort\s+bij|van|of|has)\s+){_LETTER}"
                          rf"|\b{_LETTER}{_ANY}\b(?:heeft|had|draagt|met|staat\s+onder)\s+(?:als\s+|het\s+|welk\s+)?kenmerk\b"
                          rf"|\breference\s+(?:number|code)\s+(?:of|on|for)\s+{_LETTER}"
                          rf"|\b{_LETTER}{_ANY}\breference\s+(?:number|code)\b", re.I),
    "kamerstuk": re.compile(
        rf"\b(?:kamerstuk(?:nummer|nr\.?)?|kamerstukdossier|dossiernummer)\b{_ANY}\b{_LETTER}"
        rf"|\b{_LETTER}{_ANY}\b(?:kamerstuk(?:nummer|nr\.?)?|kamerstukdossier|dossiernummer)\b"
        rf"|\bparliamentary\s+(?:paper|document)\s+number\b", re.I),
    "addressee": re.compile(
        rf"\baan\s+wie\s+(?:is|was|werd)\s+{_LETTER}{_ANY}\b(?:gericht|gestuurd|geschreven|geadresseerd|verstuurd)\b"
        rf"|\bwie\s+is\s+de\s+geadresseerde\s+van\s+{_LETTER}"
        rf"|\bto\s+whom\s+(?:was|is)\s+{_LETTER}|\b{_LETTER}{_ANY}\baddressed\s+to\s+whom\b", re.I),
}
# another text named before the letter is what the number or date belongs to: "Welke motie noemt de
# meerzorgbrief, met welk Kamerstuknummer …?", "Het convenant dat de brief noemt: wie heeft dat getekend?"
_OTHER_TEXT = re.compile(r"\b(?:motie|moties|convenant|beleidsregel|toekomstagenda|voortgangsrapportage|rapport|"
                         r"wet|wetsvoorstel|besluit|regeling|advies|motion|report|covenant|act)\b", re.I)
# a letter the writer received, not one of the sources ("Mijn moeder kreeg een brief van het CAK. Wie heeft die
# brief ondertekend?"): its particulars are not in the corpus
_OWN_LETTER = re.compile(r"\b(?:brief|mail|e-mail|letter)\s+(?:van|from)\s+(?:het|de|the|een|a)\s+(?:cak|ciz|zorgkantoor|"
                         r"gemeente|svb|belastingdienst|zorgverzekeraar|rechtbank|advocaat|notaris|instelling|zorgaanbieder)\b|"
                         r"\b(?:kreeg|kregen|ontving|ontvingen|gekregen|ontvangen|received|got)\b[^.?]{0,40}\b(?:brief|letter)\b|"
                         r"\b(?:mijn|onze|haar|zijn|my|our|her|his)\s+(?:\w+\s+)?(?:brief|letter)\b", re.I)
_LETTER_WORD = re.compile(r"\w*brief\b|\bletter\b|\bkamerstuk\b", re.I)
_SENTENCE_END = re.compile(r"(?<=[.?!])\s+(?=[A-Z“‘'\"(])")

LABEL_NL = {"signed": "ondertekening", "date": "datum", "kenmerk": "kenmerk", "kamerstuk": "Kamerstuknummer",
            "addressee": "geadresseerde"}
LABEL_EN = {"signed": "signature", "date": "date", "kenmerk": "reference (kenmerk)",
            "kamerstuk": "parliamentary paper number (Kamerstuknummer)", "addressee": "addressee"}
SECTION = {"signed": "Ondertekening", "date": "Briefhoofd", "kenmerk": "Briefhoofd", "kamerstuk": "Kamerstuk",
           "addressee": "Briefhoofd"}


def asked_particulars(question: str) -> list[str]:
    """The particulars of a letter the question asks for, in the order asked (none: not such a question)."""
    if _OWN_LETTER.search(question):
        return []
    found: list[tuple[int, str]] = []
    at = 0
    for sentence in _SENTENCE_END.split(question):
        at = question.index(sentence, at)
        letter = _LETTER_WORD.search(sentence)
        if letter is None:
            continue
        other = _OTHER_TEXT.search(sentence)
        if other is not None and other.start() < letter.start():
            continue
        for field, pattern in _ASKS.items():
            hit = pattern.search(sentence)
            if hit is not None and field not in (f for _, f in found):
                found.append((at + hit.start(), field))
    return [f for _, f in sorted(found)]


@dataclass(frozen=True)
class LetterAnswer:
    """The letter a question is about and what it says of itself (``found``) or not (``missing``)."""

    doc_id: str
    title: str
    found: list[tuple[Particular, Passage]]
    missing: list[str]


def letter_asked(fields: list[str], hits: list[Hit], letters: dict[str, list[Particular]]) -> LetterAnswer | None:
    """The letter of the best hit (a question about a letter names it: retrieval finds it), or None when the best
    hit is not in a letter (the question is about purchasing conditions or the law: answered as any other)."""
    if not fields or not hits:
        return None
    top = hits[0].passage
    own = letters.get(top.doc_id)
    if not own:
        return None
    found: list[tuple[Particular, Passage]] = []
    missing: list[str] = []
    for field in fields:
        p = next((x for x in own if x.field == field), None)
        if p is None:
            missing.append(field)
            continue
        found.append((p, Passage(doc_id=top.doc_id, title=top.title, kind=top.kind, date=top.date,
                                 section=(SECTION[field],), page=None, start=max(p.start, 0), end=max(p.end, 0),
                                 text=p.text, added=top.added)))
    return LetterAnswer(top.doc_id, top.title, found, missing)


SAID_NL = {"signed": "Ondertekend door", "date": "Datum in het briefhoofd", "kenmerk": "Kenmerk in het briefhoofd",
           "kamerstuk": "Kamerstuk", "addressee": "Gericht aan"}
SAID_EN = {"signed": "Signed by", "date": "Date in the letterhead", "kenmerk": "Reference in the letterhead",
           "kamerstuk": "Parliamentary paper", "addressee": "Addressed to"}


def letter_text(answer: LetterAnswer, english: bool) -> tuple[str, list[Citation]]:
    """The answer: per particular its value in bold, then the line it stands in, verbatim between quotation marks
    after what it is ("Datum in het briefhoofd: “Den Haag, 8 september 2025”"), each cited."""
    said = SAID_EN if english else SAID_NL
    parts: list[str] = []
    citations: list[Citation] = []
    for n, (particular, passage) in enumerate(answer.found, 1):
        citations.append(Citation(n, passage, passage.text))
        line = f"{said[particular.field]}: \u201c{passage.text}\u201d [{n}]"
        parts.append(line if particular.value == particular.text else f"**{particular.value}** [{n}]\n\n{line}")
    return "\n\n".join(parts), citations


def missing_message(answer: LetterAnswer, english: bool, date_note: str = "") -> str:
    """What the letter does not say of itself, and where the reader can find it."""
    labels = LABEL_EN if english else LABEL_NL
    what = " / ".join(labels[f] for f in answer.missing)
    if english:
        text = (f"I find no {what} in the letter itself (\u201c{answer.title}\u201d); the sources I have do not "
                "give it.")
        if "date" in answer.missing and date_note:
            text += f" The corpus dates it by estimate only: {date_note}"
        return text + " For the letter's official particulars, see its publication on officielebekendmakingen.nl or tweedekamer.nl."
    text = f"In de brief zelf (\u201c{answer.title}\u201d) vind ik geen {what}; de bronnen die ik heb geven die niet."
    if "date" in answer.missing and date_note:
        text += f" Het corpus dateert de brief alleen bij schatting: {date_note}"
    return text + " Zoek de officiële gegevens van de brief op via officielebekendmakingen.nl of tweedekamer.nl."


__all__ = ["LetterAnswer", "asked_particulars", "letter_asked", "letter_text", "missing_message"]
