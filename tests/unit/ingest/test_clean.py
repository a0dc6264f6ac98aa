from __future__ import annotations

from pathlib import Path

import pytest

from assistant.ingest.chunk import chunk_document
from assistant.ingest.clean import build_document
from assistant.ingest.documents import Documents, locate_quote
from assistant.types import DocumentMeta

pytestmark = pytest.mark.unit
ROOT = Path(__file__).resolve().parents[3]


def _docs() -> dict[str, object]:
    docs, problems = Documents(ROOT / "corpus").clean_all()
    assert not problems, problems
    return {d.meta.id: d for d in docs}


DOCS = _docs()


def meta(**kw: object) -> DocumentMeta:
    base = dict(id="test-doc", file="x.txt", title="Test", kind="overig", publisher="p",
                date=__import__("datetime").date(2025, 1, 1), date_status="stated")
    return DocumentMeta(**(base | kw))  # type: ignore[arg-type]


def test_letterhead_removed_and_pages_counted() -> None:
    doc = DOCS["lvhc-2026"]
    assert "Retouradres" not in doc.text and "Parnassusplein" not in doc.text
    assert "Correspondentie uitsluitend" not in doc.text
    assert [p for _, p in doc.pages] == [1, 2, 3, 4, 5]
    assert "In 2019 is uw Kamer geïnformeerd" in doc.text


def test_paragraph_continues_across_a_letterhead() -> None:
    doc = DOCS["lvhc-2026"]
    assert "Daarbij hebben alle zorgaanbieders en het kenniscentrum van één cliëntgroep zich verenigd" in doc.text


def test_zn_page_markers_toc_and_dehyphenation() -> None:
    doc = DOCS["zn-inkoopvoorwaarden-2026"]
    assert "| 14" not in doc.text
    assert "Inhoud" not in doc.text.split("1 Inleiding")[0]  # the table of contents is gone
    assert "Wlz-zorg, waarbij de genoemde voorwaarden" in doc.text  # hyphen of a proper compound kept
    assert "huisvestings-" not in doc.text
    start = doc.text.index("2.8 Laag Volume Hoog Complex")
    assert doc.page_at(start) == 10  # the table of contents says page 10


def test_sections_have_paths() -> None:
    doc = DOCS["zn-inkoopvoorwaarden-2026"]
    paths = {b.section for b in doc.blocks if b.kind == "heading"}
    assert ("2 Inkoopvoorwaarden voor meerdere sectoren", "2.8 Laag Volume Hoog Complex (V&V, GZ, GGZ)",
            "Consultatie en advies") in paths
    assert any(p[-1] == "Toelichting" and p[-2].startswith("2.1 ") for p in paths)


def test_footnotes_move_out_of_running_text() -> None:
    doc = DOCS["zn-inkoopvoorwaarden-2026"]
    notes = [b for b in doc.blocks if b.kind == "footnote"]
    assert any(b.text.startswith("Primaire communicatie is functioneel noodzakelijk") for b in notes)
    assert "primaire communicatie. De secundaire" in " ".join(doc.text.split()).replace("..", ".") or \
        "primaire communicatie.. De" in doc.text
    meerzorg = DOCS["meerzorg-thuis-2025"]
    assert "Kenniscentrum ZEVMB dat" in meerzorg.text  # inline "ZEVMB1" reference removed
    assert "↩" not in meerzorg.text


def test_website_navigation_removed() -> None:
    doc = DOCS["meerzorg-thuis-2025"]
    assert "[overzicht]" not in doc.text and "Directe link naar document" not in doc.text
    assert "Meerzorg is extra zorg die een verzekerde nodig heeft" in doc.text


def test_bullets_normalised() -> None:
    doc = DOCS["zn-inkoopvoorwaarden-2026"]
    assert "−" not in doc.text and "▪ " not in doc.text
    assert any(b.kind == "bullet" and b.text.startswith("- ") for b in doc.blocks)


def test_blocks_are_slices_of_text() -> None:
    for doc in DOCS.values():
        for b in doc.blocks:
            assert doc.text[b.start : b.end] == b.text


def test_every_body_word_is_kept() -> None:
    """Words of the raw body survive cleaning (a sample from each document)."""
    raw = (ROOT / "corpus" / "2025-09-08_kamerbrief_meerzorg-thuis.txt").read_text()
    body = raw.split("Inleiding", 1)[1]
    words = {w for w in body.split() if w.isalpha() and len(w) > 3}
    cleaned = set(DOCS["meerzorg-thuis-2025"].text.split())
    missing = {w for w in words if w not in cleaned and not any(w in c for c in cleaned)}
    assert not missing


def test_chunks_do_not_cut_sentences() -> None:
    for doc in DOCS.values():
        for p in chunk_document(doc):
            assert doc.text[p.start : p.end].strip() == p.text
            assert len(p.text) <= 900
            after = doc.text[p.end : p.end + 1]
            assert after in ("", " ", "\n"), f"cut mid-word: {p.text[-30:]!r}"
            if not p.is_footnote and after == " ":  # inside a block: must end at a sentence end
                assert p.text.rstrip()[-1] in ".!?:;’”)", p.text[-40:]


def test_locate_quote_is_whitespace_insensitive() -> None:
    doc = DOCS["zn-inkoopvoorwaarden-2026"]
    span = locate_quote(doc.text, "Per 1-1-2025 worden   spraakvervangende hulpmiddelen 100% bovenbudgettair")
    assert span is not None
    assert "spraakvervangende" in doc.text[span[0] : span[1]]


def test_markdown_and_html_are_plain_text() -> None:
    doc = build_document(meta(), "### Kop\n\nTekst met **vet** en <sup>1</sup> en [link](http://x).\n\n<sup>1</sup> Voetnoot.\n")
    assert doc.blocks[0].kind == "heading" and doc.blocks[0].text == "Kop"
    assert "Tekst met vet en en link." in doc.text
    assert doc.blocks[-1].kind == "footnote" and doc.blocks[-1].text == "Voetnoot."


def test_section_numbers_are_not_taken_for_footnote_references() -> None:
    """"paragraaf 2.8" lost its "8" to the footnote remover, so a rule quote was not in the indexed text."""
    text = DOCS["zn-inkoopvoorwaarden-2026"].text  # type: ignore[attr-defined]
    assert "zoals hierboven onder paragraaf 2.8 voor REC en DEC zijn beschreven" in text
