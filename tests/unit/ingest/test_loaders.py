from __future__ import annotations

from pathlib import Path

import pytest

from assistant.corpus import load_manifest
from assistant.errors import DocumentError, ManifestError
from assistant.ingest.loaders import load

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("leeg.txt", b"", "leeg"),
        ("spaties.txt", b"   \n\n  ", "geen tekst"),
        ("binair.txt", b"\x00\x01\x02binary\x00" * 10, "binair"),
        ("onbekend.xyz", b"tekst", "niet ondersteund"),
        ("geen-extensie", b"tekst", "niet ondersteund"),
        ("kapot.pdf", b"%PDF-1.4 kapot", "PDF"),
        ("kapot.docx", b"PK\x03\x04 geen echte zip", "Word"),
    ],
)
def test_bad_files_give_a_dutch_error_naming_the_file(tmp_path: Path, name: str, content: bytes, message: str) -> None:
    f = tmp_path / name
    f.write_bytes(content)
    with pytest.raises(DocumentError) as err:
        load(f)
    assert name in err.value.message_nl and message in err.value.message_nl


def test_pdf_without_text_layer(tmp_path: Path) -> None:
    from pypdf import PdfWriter

    w = PdfWriter()
    w.add_blank_page(width=200, height=200)
    f = tmp_path / "scan.pdf"
    with f.open("wb") as fh:
        w.write(fh)
    with pytest.raises(DocumentError, match="tekstlaag"):
        load(f)


def test_docx_and_html_load(tmp_path: Path) -> None:
    import docx

    d = docx.Document()
    d.add_heading("Kop", level=1)
    d.add_paragraph("Eerste alinea over de Wlz.")
    d.save(str(tmp_path / "a.docx"))
    assert "### Kop" in load(tmp_path / "a.docx") and "Eerste alinea" in load(tmp_path / "a.docx")
    (tmp_path / "b.html").write_text("<html><nav>menu</nav><main><h2>Titel</h2><p>Tekst <script>x()</script>hier.</p></main></html>")
    text = load(tmp_path / "b.html")
    assert "Titel" in text and "Tekst" in text and "menu" not in text and "x()" not in text


def test_cp1252_text_is_decoded(tmp_path: Path) -> None:
    f = tmp_path / "oud.txt"
    f.write_bytes("cliënten en zorg".encode("cp1252"))
    assert load(f) == "cliënten en zorg"


def test_manifest_validation(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("x")
    bad = tmp_path / "manifest.toml"
    bad.write_text('[[documents]]\nid="Bad Id"\nfile="a.txt"\ntitle="T"\nkind="x"\npublisher="p"\ndate=2025-01-01\ndate_status="stated"\n')
    with pytest.raises(ManifestError):
        load_manifest(bad)
    bad.write_text('[[documents]]\nid="abc"\nfile="a.txt"\ntitle="Titel"\nkind="kamerbrief"\npublisher="p"\ndate=2025-01-01\ndate_status="estimated"\n')
    with pytest.raises(ManifestError, match="ongeldig"):
        load_manifest(bad)  # an estimated date needs a note


def test_real_manifest_is_valid() -> None:
    metas = load_manifest(Path(__file__).resolve().parents[3] / "corpus" / "manifest.toml")
    assert {m.id for m in metas} >= {"lvhc-2026", "vg7-complexe-zorg-2025", "zn-inkoopvoorwaarden-2026",
                                     "meerzorg-thuis-2025", "volwaardig-leven-2021"}
    assert all(m.date_note for m in metas if m.date_status == "estimated")
