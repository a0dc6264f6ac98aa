"""Generators for test documents: small real PDFs (text layer), DOCX files and zips, all in memory."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path


def _esc(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def pdf_bytes(pages: list[list[str]], *, size: int = 11) -> bytes:
    """A PDF with one text line per list item (Helvetica, WinAnsi): a real text layer pdfplumber reads."""
    objects: list[bytes] = []
    n = len(pages)
    page_ids = [4 + 2 * i for i in range(n)]
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objects.append(f"<< /Type /Pages /Kids [{' '.join(f'{p} 0 R' for p in page_ids)}] /Count {n} >>".encode())
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    for i, lines in enumerate(pages):
        content_id = page_ids[i] + 1
        objects.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> "
                       f"/Contents {content_id} 0 R >>".encode())
        ops = [f"BT /F1 {size} Tf {size + 4} TL 72 770 Td"]
        for line in lines:
            ops.append(f"({_esc(line)}) Tj T*")
        ops.append("ET")
        stream = "\n".join(ops).encode("cp1252")
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{i} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for off in offsets:
        out.write(f"{off:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def text_pdf(path: Path, pages: list[list[str]]) -> Path:
    path.write_bytes(pdf_bytes(pages))
    return path


def encrypted_pdf(path: Path) -> Path:
    from pypdf import PdfReader, PdfWriter

    reader = PdfReader(io.BytesIO(pdf_bytes([["Geheime notitie over meerzorg in de Wlz."]])))
    writer = PdfWriter()
    for page in reader.pages:
        writer.add_page(page)
    writer.encrypt(user_password="geheim", owner_password="eigenaar", algorithm="AES-128")
    with path.open("wb") as f:
        writer.write(f)
    return path


def zip_file(path: Path, members: dict[str, bytes], *, level: int = 9) -> Path:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=level) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return path


CONTENT_TYPES = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                 b'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                 b'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                 b'<Default Extension="xml" ContentType="application/xml"/>'
                 b'<Override PartName="/word/document.xml" '
                 b'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
                 b"</Types>")
RELS = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
        b'Target="word/document.xml"/></Relationships>')
W = b'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def raw_docx(path: Path, document_xml: bytes, *, extra: dict[str, bytes] | None = None) -> Path:
    """A minimal DOCX package around the given word/document.xml (no python-docx involved)."""
    members = {"[Content_Types].xml": CONTENT_TYPES, "_rels/.rels": RELS, "word/document.xml": document_xml}
    return zip_file(path, members | (extra or {}))


def docx_bomb(path: Path, megabytes: int = 16) -> Path:
    """A few dozen KB on disk, ``megabytes`` of XML once unpacked."""
    para = b"<w:p><w:r><w:t>zorg</w:t></w:r></w:p>"
    body = para * (megabytes * 1024 * 1024 // len(para))
    return raw_docx(path, b"<w:document " + W + b"><w:body>" + body + b"</w:body></w:document>")


def real_docx(path: Path) -> Path:
    import docx

    d = docx.Document()
    d.add_heading("Werkinstructie meerzorg", level=1)
    d.add_paragraph("Deze werkinstructie beschrijft hoe een aanvraag voor meerzorg wordt ingediend bij het zorgkantoor.")
    d.save(str(path))
    return path


def layout_pdf(path: Path, pages: list[list[tuple[float, float, float, str]]],
               rules: list[list[tuple[float, float, float, float]]] | None = None) -> Path:
    """A PDF with positioned text: per page (x, y from the top, font size, text) items, and optional ruled
    lines (x0, top, x1, bottom) that make a table pdfplumber can find."""
    objects: list[bytes] = [b"<< /Type /Catalog /Pages 2 0 R >>"]
    n = len(pages)
    page_ids = [4 + 2 * i for i in range(n)]
    objects.append(f"<< /Type /Pages /Kids [{' '.join(f'{p} 0 R' for p in page_ids)}] /Count {n} >>".encode())
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    for i, items in enumerate(pages):
        objects.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> "
                       f"/Contents {page_ids[i] + 1} 0 R >>".encode())
        ops = []
        for x, top, size, text in items:
            ops.append(f"BT /F1 {size} Tf {x} {842 - top - size} Td ({_esc(text)}) Tj ET")
        for x0, top, x1, bottom in (rules or [[] for _ in pages])[i]:
            ops.append(f"0.5 w {x0} {842 - top} m {x1} {842 - bottom} l S")
        stream = "\n".join(ops).encode("cp1252")
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{i} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for off in offsets:
        out.write(f"{off:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    path.write_bytes(out.getvalue())
    return path


NOTES = ["Zie de beleidsregel.", "Bron: Zorginstituut.", "Vgl. het Besluit langdurige zorg.", "Zie ook de webinar."]


def furnished_pdf(path: Path) -> Path:
    """Four pages with a running header, "Pagina N van 4" footers, a footnote under a rule on each page and
    a ruled 3x3 table on page 2."""
    pages, rules = [], []
    for i in range(1, 5):
        items = [(72.0, 40.0, 9.0, "Zorgkantoor Voorbeeld - Werkinstructie meerzorg 2026"),
                 (72.0, 800.0, 9.0, f"Pagina {i} van 4"), (72.0, 100.0, 14.0, f"{i}. Onderdeel {i}")]
        y = 130.0
        for j in range(3):
            items.append((72.0, y, 11.0, f"Dit is zin {j + 1} op pagina {i} over de aanvraag van meerzorg bij het"))
            items.append((72.0, y + 15, 11.0, "zorgkantoor en de beoordeling daarvan."))
            y += 40
        r: list[tuple[float, float, float, float]] = []
        if i == 2:
            rows = [("Profiel", "Uren", "Tarief"), ("Meerzorgprofiel 1", "4", "40 euro"),
                    ("Meerzorgprofiel 2", "8", "80 euro")]
            top, xs = y + 10, [72.0, 250.0, 350.0, 500.0]
            for k, row in enumerate(rows):
                items.extend((xs[c] + 4, top + k * 20 + 5, 10.0, cell) for c, cell in enumerate(row))
            r.extend((72.0, top + k * 20, 500.0, top + k * 20) for k in range(len(rows) + 1))
            r.extend((x, top, x, top + len(rows) * 20) for x in xs)
            items.append((72.0, top + len(rows) * 20 + 20, 11.0, "Na de tabel volgt nog een gewone zin over de tarieven."))
        items.append((72.0, 745.0, 8.0, "--------"))
        items.append((72.0, 760.0, 8.0, f"{i} {NOTES[i - 1]}"))
        pages.append(items)
        rules.append(r)
    return layout_pdf(path, pages, rules)
