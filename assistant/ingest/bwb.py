"""Official Dutch law text in BWB "toestand" XML (wetten.overheid.nl) → a structured :class:`CleanDocument`.

The XML already says what every piece is, so no cleaning heuristics run: chapters (``hoofdstuk``),
sections (``paragraaf``), articles (``artikel``), members (``lid``) and enumerations (``lijst/li``)
become heading, paragraph and bullet blocks. Section paths read the way a lawyer cites::

    ("Wlz", "Hoofdstuk 3", "Artikel 3.2.1", "lid 1")   →   "art. 3.2.1 lid 1 Wlz"

Member numbers go into the section path, never into the sentence text, so no sentence starts with
a stray "1". Repealed (``vervallen``) and not-yet-in-force (``nogniet``) articles are left out.
Parsing is hardened: no DTDs, no entities, no network (lxml ``resolve_entities=False``, ``no_network``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from ..errors import DocumentError
from ..types import CleanDocument, DocumentMeta
from .clean import BlockBuilder

SKIP_TAGS = {"meta-data", "redactie", "jcis", "jci", "noot", "aanhef", "wij", "considerans"}
SKIP_STATUS = {"vervallen", "nogniet"}
_WS = re.compile(r"\s+")


@dataclass(frozen=True)
class LawInfo:
    """What the XML says about itself: stable id, version date ("geldend vanaf"), citation title."""

    bwb_id: str
    valid_from: date
    title: str
    short: str


def _parser() -> Any:
    from lxml import etree

    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False,
                           remove_comments=True, remove_pis=True)


def _root(path: Path) -> Any:
    from lxml import etree

    try:
        root = etree.parse(str(path), _parser()).getroot()
    except (etree.XMLSyntaxError, OSError, ValueError) as exc:
        raise DocumentError(path, "het XML-bestand is beschadigd of geen geldige wettekst.", detail=str(exc)) from exc
    if root.tag != "toestand" or root.find(".//wetgeving") is None:
        raise DocumentError(path, "dit XML-bestand is geen officiële wettekst (BWB-toestand van wetten.overheid.nl).")
    return root


def is_bwb(path: Path) -> bool:
    """True when the file starts like a BWB toestand (cheap sniff, no full parse)."""
    try:
        head = Path(path).read_bytes()[:2048]
    except OSError:
        return False
    return b"<toestand" in head and b"bwb-id" in head


def abbreviation(title: str) -> str:
    """"Wet langdurige zorg" → "Wlz" (the customary short form of a multi-word law title)."""
    words = [w for w in re.findall(r"[A-Za-zÀ-ÿ]+", title)]
    if len(words) < 2:
        return title
    return str(words[0][0]).upper() + "".join(str(w[0]).lower() for w in words[1:])


def law_info(path: Path) -> LawInfo:
    root = _root(path)
    bwb_id = root.get("bwb-id", "")
    try:
        valid_from = date.fromisoformat(root.get("inwerkingtreding", ""))
    except ValueError as exc:
        raise DocumentError(path, "de wettekst noemt geen geldige datum van inwerkingtreding.") from exc
    title_el = root.find(".//citeertitel")
    title = _text(title_el) if title_el is not None else ""
    if not title:
        intitule = root.find(".//intitule")
        title = _text(intitule) if intitule is not None else bwb_id
    return LawInfo(bwb_id=bwb_id, valid_from=valid_from, title=title, short=abbreviation(title))


def _text(el: Any) -> str:
    """The element's own words, without metadata, editorial notes or nested enumerations."""
    parts: list[str] = []

    def walk(node: Any) -> None:
        if node.text:
            parts.append(node.text)
        for child in node:
            if isinstance(child.tag, str) and child.tag not in SKIP_TAGS and child.tag != "lijst":
                walk(child)
            if child.tail:
                parts.append(child.tail)

    walk(el)
    return _WS.sub(" ", "".join(parts)).strip()


def _kop(el: Any) -> tuple[str, str, str]:
    kop = el.find("kop")
    if kop is None:
        return "", "", ""
    label = _text(kop.find("label")) if kop.find("label") is not None else ""
    nr = _text(kop.find("nr")) if kop.find("nr") is not None else ""
    titel = _text(kop.find("titel")) if kop.find("titel") is not None else ""
    return label, nr.rstrip("."), titel


def build_law(meta: DocumentMeta, path: Path) -> CleanDocument:
    """The law as a CleanDocument: one heading block per chapter/section/article, members and items as blocks."""
    root = _root(path)
    info = law_info(path)
    short = info.short
    b = BlockBuilder()
    wettekst = root.find(".//wettekst")
    if wettekst is None:
        raise DocumentError(path, "de wettekst bevat geen artikelen.")

    def lijst(el: Any, section: tuple[str, ...]) -> None:
        for li in el.findall("li"):
            nr = _text(li.find("li.nr")) if li.find("li.nr") is not None else ""
            words = " ".join(_text(al) for al in li.findall("al"))
            b.add("bullet", f"{nr} {words}".strip(), section, None)
            for sub in li.findall("lijst"):
                lijst(sub, section)

    def body(el: Any, section: tuple[str, ...]) -> None:
        for child in el:
            if not isinstance(child.tag, str) or child.tag in SKIP_TAGS:
                continue
            if child.tag == "al":
                b.add("para", _text(child), section, None)
            elif child.tag == "lijst":
                lijst(child, section)

    def artikel(el: Any, path_: tuple[str, ...]) -> None:
        if el.get("status") in SKIP_STATUS:
            return
        _, nr, titel = _kop(el)
        head = f"Artikel {nr}" if nr else "Artikel"
        section = (*path_, head)
        b.add("heading", f"{head}{'. ' + titel if titel else ''}", section, None)
        leden = el.findall("lid")
        if not leden:
            body(el, section)
            return
        for lid in leden:
            if lid.get("status") in SKIP_STATUS:
                continue
            lidnr = _text(lid.find("lidnr")) if lid.find("lidnr") is not None else ""
            body(lid, (*section, f"lid {lidnr.rstrip('.')}") if lidnr else section)

    def container(el: Any, path_: tuple[str, ...]) -> None:
        for child in el:
            if not isinstance(child.tag, str) or child.get("status") in SKIP_STATUS:
                continue
            if child.tag == "artikel":
                artikel(child, path_)
            elif child.tag in ("hoofdstuk", "paragraaf", "afdeling", "titeldeel", "deel", "sub-paragraaf"):
                label, nr, titel = _kop(child)
                name = f"{label} {nr}".strip() if child.tag != "paragraaf" else f"§ {nr}".strip()
                # chapters are part of the citation path; sections (§) only head the text
                sub = (*path_, name) if child.tag == "hoofdstuk" else path_
                b.add("heading", f"{name}. {titel}" if titel else name, sub, None)
                container(child, sub)
            elif child.tag in ("wet-besluit", "wettekst", "regeling-tekst", "divisie"):
                container(child, path_)

    container(wettekst, (short,))
    if not b.blocks:
        raise DocumentError(path, "de wettekst bevat geen artikelen.")
    return CleanDocument(meta=meta, text="".join(b.parts), blocks=tuple(b.blocks), pages=())


def article_statuses(path: Path) -> dict[str, str]:
    """Every article number of the law (lower case) with its status ("goed", "nogniet", "vervallen"), the ones left
    out of the text too: an article the law has is never said not to exist (the gate's ``no_article``)."""
    return {nr.lower(): el.get("status") or "" for el in _root(path).iter("artikel") if (nr := _kop(el)[1])}


def law_text(path: Path) -> str:
    """Plain text of the law (for fingerprints and raw-text readers)."""
    from ..types import DocumentMeta as _Meta

    info = law_info(path)
    meta = _Meta(id="bwb", file=Path(path).name, title=info.title, kind="wet", publisher="-",
                 date=info.valid_from, date_status="stated")
    return build_law(meta, path).text
