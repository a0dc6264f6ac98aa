"""DOCX, HTML and PDF read into clean structure: headings, bullets, table rows, no furniture, no stray numbers.

Fixtures: ``tests/fixtures/documents`` (a DOCX made with python-docx by ``make_docx.py``, an HTML page
written by hand) and the real PDFs in ``shared/real-documents`` beside the clone (skipped when absent).
"""

from __future__ import annotations

import re
import sys
from datetime import date
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from assistant.ingest.clean import build_document
from assistant.ingest.documents import clean_file, read_raw
from assistant.types import CleanDocument, DocumentMeta

pytestmark = pytest.mark.unit
ROOT = Path(__file__).resolve().parents[3]
FIXTURES = ROOT / "tests" / "fixtures" / "documents"
REAL = ROOT.parent / "shared" / "real-documents"
TOETSING = REAL / "Toetsingskader_meerzorg_2025.pdf"
WEBINAR = REAL / "Webinar_Administatie_Meerzorg_okt_2025_DEF.pdf"
# a sentence that starts with a bare page/footnote/list number: "12 Als een persoon …", "1. Afwijzen …"
STRAY_NUMBER = re.compile(r"(?:^|[.!?]\s+|^- )\d{1,3}\.?\s+[A-ZÀ-Ý][a-zà-ÿ]")


def meta(file: str) -> DocumentMeta:
    return DocumentMeta(id="test-doc", file=file, title="Test", kind="overig", publisher="p",
                        date=date(2025, 1, 1), date_status="stated")


def clean(path: Path) -> CleanDocument:
    return clean_file(meta(path.name), path)


def kinds(doc: CleanDocument, kind: str) -> list[str]:
    return [b.text for b in doc.blocks if b.kind == kind]


def test_docx_headings_lists_and_tables() -> None:
    doc = clean(FIXTURES / "werkinstructie-meerzorg.docx")
    assert kinds(doc, "heading") == ["Werkinstructie aanvraag meerzorg", "1. Voorwaarden", "2. Stappen",
                                     "2.1 Termijnen", "3. Tarieven"]
    bullets = kinds(doc, "bullet")
    assert "- De cliënt heeft een geldige Wlz-indicatie." in bullets
    assert "- Vul de rekentool volledig in." in bullets  # a numbered list item, Word's number is no text
    paras = kinds(doc, "para")
    assert "Profiel | Uren per week | Tarief per dag" in paras  # a table row is one line
    assert "Meerzorgprofiel 2 | 8 | € 80,00" in paras
    termijn = next(b for b in doc.blocks if b.text.startswith("Het zorgkantoor beslist"))
    assert termijn.section == ("Werkinstructie aanvraag meerzorg", "2. Stappen", "2.1 Termijnen")
    assert "Zorgkantoor Voorbeeld – intern" not in doc.text and "Pagina 1" not in doc.text  # header and footer


def test_html_navigation_scripts_and_footer_removed_headings_kept() -> None:
    doc = clean(FIXTURES / "nieuwsbericht-zorgkantoor.html")
    for furniture in ("Home", "Zoeken", "cookies", "Privacy", "dataLayer", "font-family", "Gerelateerd", "Nachtzorg"):
        assert furniture not in doc.text, furniture
    headings = kinds(doc, "heading")
    assert headings[0] == "Wijzigingen in de meerzorgregeling per 2026"
    assert {"Wat verandert er?", "Zo vraagt u meerzorg aan", "Tarieven"} <= set(headings)
    bullets = kinds(doc, "bullet")
    assert "- De aanvraag gaat voortaan via het zorgaanbiedersportaal." in bullets  # link as text only
    assert "- LVHC via het expertisecentrum;" in bullets  # nested list
    assert "- Download de rekentool 2026." in bullets  # ordered list, no number
    assert "Meerzorgprofiel 1 | 4" in kinds(doc, "para")
    assert "https://" not in doc.text and "<" not in doc.text


def test_a_pdf_extraction_loses_glued_page_numbers() -> None:
    raw = ("| 1\nInleiding op de regeling voor de Wlz en de zorg die daarbij hoort\nin het algemeen.\n11\n"
           "| 2\n12 Als een persoon zorg nodig heeft, dan krijgt hij die van het zorgkantoor.\n"
           "Bijlage 2 Specifieke criteria\nDeze bijlage bevat de criteria voor meerzorg.\n"
           "| 3\nDe derde pagina eindigt met een verwijzing naar de tabel hieronder: 13\n")
    doc = build_document(meta("x.pdf"), raw, pdf_like=True)
    texts = [b.text for b in doc.blocks]
    assert "Als een persoon zorg nodig heeft, dan krijgt hij die van het zorgkantoor." in texts
    assert "Bijlage 2 Specifieke criteria" in kinds(doc, "heading")
    assert "Deze bijlage bevat de criteria voor meerzorg." in texts
    assert texts[-1].endswith("de tabel hieronder:")
    assert not any(re.search(r"\b1[123]\b", t) for t in texts)
    assert [p for _, p in doc.pages] == [1, 2, 3]


needs_real = pytest.mark.skipif(not TOETSING.exists(), reason="shared/real-documents not beside the clone")


@needs_real
def test_toetsingskader_structure() -> None:
    raw = read_raw(TOETSING)
    assert raw.count("\n| ") + raw.startswith("| ") == 15  # a page marker before each page
    doc = clean(TOETSING)
    headings = kinds(doc, "heading")
    for h in ("1. Inleiding", "2. Belangrijke documenten", "4. Check vooraf", "6. Toetsingscriteria",
              "Kwaliteit van leven", "Doelmatigheid", "Directe zorg", "Nachtzorg"):
        assert h in headings, h
    assert headings.count("1. Inleiding") == 1  # the table of contents is gone
    bullets = kinds(doc, "bullet")
    assert "- Voorschrift zorgtoewijzing" in bullets
    assert "- Wat is er gedaan om meerzorg te voorkomen?" in bullets
    assert "- Afwijzen aanvraag: Aanvraag voldoet niet aan boven genoemde criteria." in bullets
    # footnotes kept apart, their reference numbers out of the text
    notes = kinds(doc, "footnote")
    assert any(n.startswith("Zoals omschreven in Voorschrift Zorgtoewijzing 2025") for n in notes)
    assert "Is de basiszorg op orde?" in doc.text and "basiszorg1" not in doc.text and "basiszorg 1" not in doc.text
    # words are whole (no subset-font splits) and running page numbers are gone
    for broken in ("be langrijkste", "proce dure", "zorgkantoo r", "afstemmi ng"):
        assert broken not in doc.text
    for b in doc.blocks:
        assert not re.fullmatch(r"\d{1,3}", b.text), b
        assert not STRAY_NUMBER.search(b.text) or b.kind == "heading", b.text
    pages = {b.page for b in doc.blocks}
    assert pages >= set(range(1, 16)) - {1}


@needs_real
def test_webinar_slides_structure() -> None:
    doc = clean(WEBINAR)
    headings = kinds(doc, "heading")
    for h in ("1. Inleiding", "4. Invullen nachtzorg", "8. Declareren Meerzorg", "9. Meerzorgdialoog"):
        assert h in headings, h
    assert headings.count("1. Inleiding") == 1  # the agenda slide is a table of contents
    bullets = kinds(doc, "bullet")
    assert ("- U krijgt 1 beschikking met alle cliënten in de groep. Elke cliënt krijgt binnen de Groepsmeerzorg "
            "een eigen Meerzorgprofiel en dagtarief") in bullets  # wrapped bullet joined, not interleaved
    assert "- Nza-nummmer" in bullets
    assert "“Een goed ingevulde rekentool is het halve werk”" in kinds(doc, "para")  # the slide's quote box
    texts = [b.text for b in doc.blocks]  # … read after the list beside it, not inside it
    assert texts.index("“Een goed ingevulde rekentool is het halve werk”") == texts.index("- Wijzigingen 2026") + 1
    for b in doc.blocks:
        assert not re.fullmatch(r"\d{1,3}", b.text), b
        assert not STRAY_NUMBER.search(b.text) or b.kind == "heading", b.text
    assert {b.page for b in doc.blocks if b.kind != "heading"} >= {3, 4, 5, 6, 8, 9, 10, 11}


def test_pdf_running_header_footer_footnotes_and_a_table(tmp_path: Path) -> None:
    from makefiles import NOTES, furnished_pdf

    doc = clean(furnished_pdf(tmp_path / "werkinstructie.pdf"))
    assert "Zorgkantoor Voorbeeld" not in doc.text and "Pagina" not in doc.text  # running header and footer
    assert kinds(doc, "heading") == [f"{i}. Onderdeel {i}" for i in range(1, 5)]
    assert kinds(doc, "footnote") == NOTES  # kept apart, numbers off
    paras = kinds(doc, "para")
    assert paras[paras.index("Profiel | Uren | Tarief") + 1] == "Meerzorgprofiel 1 | 4 | 40 euro"  # a row per line
    assert "Meerzorgprofiel 2 | 8 | 80 euro" in paras
    assert ("Dit is zin 2 op pagina 3 over de aanvraag van meerzorg bij het zorgkantoor en de beoordeling daarvan."
            in paras)
    assert [p for _, p in doc.pages] == [1, 2, 3, 4]
    by_text = {b.text: b.page for b in doc.blocks}
    assert by_text["Meerzorgprofiel 1 | 4 | 40 euro"] == 2 and by_text[NOTES[3]] == 4
