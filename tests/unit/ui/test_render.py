from __future__ import annotations

from datetime import date

import pytest

from assistant.types import Block, CleanDocument, DocumentMeta
from assistant.ui import answer_view, render

pytestmark = pytest.mark.unit

EVIL = '<script>alert(1)</script><img src=x onerror="alert(2)">'


def cite(**kw):
    base = {
        "n": 1, "id": "p1", "doc_id": "lvhc-2026", "title": "Kamerbrief LVHC", "kind": "kamerbrief",
        "date": "2026-05-26", "section": "Inleiding", "page": 2, "start": 0, "end": 40,
        "text": "De NZa heeft tarieven vastgesteld. Dit geldt voor NAH+.", "supporting": "Dit geldt voor NAH+.",
        "superseded_by": None,
    }
    return base | kw


def verdict(**kw):
    base = {
        "rule_id": "r", "question_nl": "Mag C&A?", "period": {"from": "2026-01-01", "to": "2026-12-31"},
        "outcome": "unknown", "reason": "missing_fact", "summary_nl": "Onbekend: nog niet te zeggen",
        "conditions": [
            {"id": "a", "text_nl": "Doelgroep klopt", "status": "met",
             "citations": [{"doc_id": "d", "title": "T", "date": "2025-07-01", "section": "§2.8", "quote": "Citaat één"}]},
            {"id": "b", "text_nl": "REC of DEC", "status": "unknown", "citations": []},
            {"id": "c", "text_nl": "Niet gedaan", "status": "unmet", "citations": []},
        ],
        "missing_facts": [
            {"fact": "rec_dec_positief_advies", "ask_nl": "Is uw organisatie een REC of DEC?", "values": ["ja", "nee"]},
            {"fact": "year", "ask_nl": "Voor welk jaar?", "values": []},
        ],
        "superseded": [], "citations": [], "provisos": [], "parts": [],
    }
    return base | kw


def test_esc_escapes_markup_and_quotes() -> None:
    out = render.esc(EVIL)
    assert "<script>" not in out and "<img" not in out
    assert "&lt;script&gt;" in out and "&quot;" in out


def test_chat_bubbles_are_inert() -> None:
    html = answer_view.conversation_html([{"q": EVIL, "answer": None, "text": EVIL}])
    assert "<script>" not in html and "<img" not in html


def test_card_has_meta_quote_and_highlight() -> None:
    html = answer_view.sources_html([cite()])
    assert "Kamerbrief LVHC" in html and "26 mei 2026" in html and "Inleiding" in html and "p. 2" in html
    assert '<mark class="wlz-support">Dit geldt voor NAH+.</mark>' in html
    assert 'data-doc="lvhc-2026"' in html and 'data-pid="p1"' in html
    assert "mogelijk achterhaald" not in html


def test_card_superseded_badge() -> None:
    html = answer_view.sources_html([cite(superseded_by="Kamerbrief (26 mei 2026)")])
    assert "mogelijk achterhaald door Kamerbrief (26 mei 2026)" in html


def test_card_escapes_document_text_and_attributes() -> None:
    html = answer_view.sources_html([cite(title=EVIL, text=f"Tekst {EVIL} einde", supporting=EVIL,
                                          doc_id='x" onclick="y')])
    assert "<script>" not in html and "<img" not in html
    assert 'onclick="y"' not in html


def test_highlight_is_whitespace_insensitive() -> None:
    out = render.highlight("een  twee\ndrie vier", "twee drie")
    assert "<mark>twee\ndrie</mark>" in out


def test_verdict_banner() -> None:
    html = render.verdict_html(verdict(), today=date(2026, 6, 1))
    assert "Onbekend" in html and "in 2026" in html
    assert "✓ voldaan" in html and "? onbekend" in html and "✗ niet voldaan" in html
    assert "Citaat één" in html
    assert 'data-followup="Ja. Is uw organisatie een REC of DEC."' in html
    assert 'data-fact="rec_dec_positief_advies"' in html
    assert 'data-followup="En in 2026?"' in html and 'data-followup="En in 2027?"' in html
    assert 'data-fill="Nee, "' in html


def test_verdict_banner_escapes() -> None:
    v = verdict(summary_nl=EVIL, question_nl=EVIL)
    v["conditions"][0]["citations"][0]["quote"] = EVIL
    html = render.verdict_html(v)
    assert "<script>" not in html and "<img" not in html


def test_verdict_none_is_empty() -> None:
    assert render.verdict_html(None) == ""


def test_copy_text() -> None:
    answer = {"answer": "Ja, dat mag. [1]", "verdict": {"outcome": "yes", "summary_nl": "Ja, in 2026"},
              "citations": [cite(superseded_by="Nieuwe brief")], "notices": ["Peildatum gebruikt."]}
    text = answer_view.copy_text(answer)
    assert text.startswith("Ja Ja, in 2026")  # the label and the one-line answer, as on the screen
    assert "Ja, dat mag. [1]" in text
    assert "[1] Kamerbrief LVHC, 26 mei 2026, Inleiding, p. 2 (mogelijk achterhaald door Nieuwe brief): “Dit geldt voor NAH+.”" in text
    assert "Let op: Peildatum gebruikt." in text
    assert "<" not in text


def _doc(text: str) -> CleanDocument:
    meta = DocumentMeta(id="d", file="d.md", title="Titel <b>", kind="kamerbrief", publisher="VWS",
                        date=date(2026, 5, 26), date_status="stated")
    i = text.index("\n")
    blocks = (Block("heading", text[:i], 0, i, ("Kop",), 1), Block("para", text[i + 1:], i + 1, len(text), ("Kop",), 1))
    return CleanDocument(meta, text, blocks)


def test_document_viewer_marks_passage_and_escapes() -> None:
    text = "Kop <script>\nEerste zin. Tweede zin over NAH+. Derde zin."
    doc = _doc(text)
    start = text.index("Tweede")
    end = text.index(" Derde")
    html = render.document_html(doc, start, end, supporting="over NAH+.")
    assert 'id="wlz-hl"' in html and html.count('id="wlz-hl"') == 1
    assert "wlz-hl-sup" in html
    assert "<script>" not in html and "Titel &lt;b&gt;" in html


def test_document_viewer_finds_passage_by_text_when_offsets_drift() -> None:
    text = "Kop\nEerste zin. Tweede zin over NAH+. Derde zin."
    doc = _doc(text)
    start = text.index("Tweede") + 3  # offsets a little off
    html = render.document_html(doc, start, start + 20, passage_text="Tweede zin over NAH+.")
    assert '<mark class="wlz-hl" id="wlz-hl">Tweede zin over NAH+.</mark>' in html


def test_documents_table() -> None:
    rows = [{"id": "a", "title": EVIL, "kind": "kamerbrief", "publisher": "VWS", "date_nl": "ca. april 2025 (geschat)",
             "date_status": "estimated", "date_note": "omdat", "passages": 3, "status": "geïndexeerd"}]
    html = render.documents_html(rows)
    assert "<script>" not in html and "geschat" in html and 'data-doc="a"' in html and "omdat" in html


def test_documents_table_sorted_newest_first_with_actuality() -> None:
    rows = [
        {"id": "old", "title": "Wet oud", "kind": "wet", "date": "2024-01-01", "date_nl": "1 januari 2024",
         "passages": 3, "current": False, "actualiteit": "vervangen door Wet nieuw (1 januari 2025)"},
        {"id": "new", "title": "Wet nieuw", "kind": "wet", "date": "2025-01-01", "date_nl": "1 januari 2025",
         "passages": 4, "current": True, "actualiteit": "actueel"},
        {"id": "bad", "title": "Kapot", "kind": "overig", "date": "2023-01-01", "date_nl": "1 januari 2023",
         "passages": 0, "status": "niet geïndexeerd"},
    ]
    html = render.documents_html(rows)
    assert html.index("Wet nieuw") < html.index("Wet oud") < html.index("Kapot")
    assert "vervangen door Wet nieuw" in html and "Actualiteit" in html and "niet geïndexeerd" in html

