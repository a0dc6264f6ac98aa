"""Hostile and broken files are refused at ``add`` with a Dutch message naming the file, and nothing changes.

Every file is generated here, in a temporary folder. One index (hash fake embedder) is built for the
module; each case snapshots the bytes of every corpus file, the manifest and the index directory
(CURRENT and the list of builds) before and after the refused add.
"""

from __future__ import annotations

import hashlib
import io
import re
import shutil
import sys
import zipfile
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from assistant.bootstrap import build_index
from assistant.errors import AssistantError, DocumentError, InputError
from assistant.library import add_document
from assistant.retrieval.index import current_build
from assistant.settings import LimitsSettings, Settings

sys.path.insert(0, str(Path(__file__).parent))
from makefiles import (
    W,
    docx_bomb,
    encrypted_pdf,
    pdf_bytes,
    raw_docx,
    real_docx,
    text_pdf,
    zip_file,
)

pytestmark = pytest.mark.unit
ROOT = Path(__file__).resolve().parents[3]
CORPUS = ROOT / "corpus"
DUTCH = re.compile(r"\b(het|de|een|niet|geen|bestand|is|te|van|dit|onbekende|kies|geef|bevat)\b", re.IGNORECASE)
GOOD = "Deze notitie gaat over meerzorg in de thuissituatie en de declaratie bij het zorgkantoor.\n"


@pytest.fixture(scope="module")
def settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    tmp = tmp_path_factory.mktemp("hostile")
    shutil.copytree(CORPUS, tmp / "corpus")
    s = Settings(corpus_dir=tmp / "corpus", index_dir=tmp / "index", data_dir=tmp / "data",
                 embcache_dir=tmp / "embcache", embedder="tests.fakes:HashEmbedder",
                 vector_store="tests.fakes:memory_stores")
    build_index(s, progress=False)
    return s


def snapshot(s: Settings) -> tuple[Any, ...]:
    corpus = {str(p.relative_to(s.corpus_dir)): hashlib.sha256(p.read_bytes()).hexdigest()
              for p in sorted(s.corpus_dir.rglob("*")) if p.is_file()}
    return (corpus, sorted(p.name for p in s.corpus_dir.iterdir()), s.manifest_path.read_bytes(),
            current_build(s.index_dir), (s.index_dir / "CURRENT").read_bytes(),
            sorted(p.name for p in (s.index_dir / "builds").iterdir()))


def _w(name: str, data: bytes | str) -> Callable[[Path], Path]:
    def make(d: Path) -> Path:
        p = d / name
        p.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        return p
    return make


def _truncated(name: str, make: Callable[[Path], Path]) -> Callable[[Path], Path]:
    def inner(d: Path) -> Path:
        full = make(d / f"heel-{name}")
        p = d / name
        p.write_bytes(full.read_bytes()[: full.stat().st_size // 2])
        return p
    return inner


def _copy_corpus(file: str, suffix: str) -> Callable[[Path], Path]:
    def make(d: Path) -> Path:
        p = d / f"kopie{suffix}"
        shutil.copyfile(CORPUS / file, p)
        return p
    return make


def _many_entries_docx(d: Path) -> Path:
    p = d / "veel-onderdelen.docx"
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_STORED) as z:
        z.writestr("word/document.xml", b"<w:document " + W + b"><w:body/></w:document>")
        for i in range(10_050):
            z.writestr(f"x/{i}", b"")
    p.write_bytes(buf.getvalue())
    return p


def _sparse(name: str, size: int) -> Callable[[Path], Path]:
    def make(d: Path) -> Path:
        p = d / name
        with p.open("wb") as f:
            f.write(GOOD.encode())
            f.truncate(size)
        return p
    return make


def _dir(d: Path) -> Path:
    (d / "map.txt").mkdir(exist_ok=True)
    return d / "map.txt"


LAUGHS = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
          + b"".join(b'<!ENTITY lol%d "%s">' % (i, (b"&lol%d;" % (i - 1) if i > 1 else b"&lol;") * 10) for i in range(1, 10))
          + b"]><w:document " + W + b"><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>")

# name -> (file maker, extra limits or None)
FILES: dict[str, tuple[Callable[[Path], Path], dict[str, Any] | None]] = {
    "empty-txt": (_w("leeg.txt", b""), None),
    "whitespace-txt": (_w("spaties.txt", "  \n\t\n   \n"), None),
    "nul-bytes-txt": (_w("nul.txt", GOOD.encode() + b"\x00" + GOOD.encode()), None),
    "nul-late-txt": (_w("nul-laat.txt", GOOD.encode() * 200 + b"\x00\x00"), None),
    "random-bytes-txt": (_w("ruis.txt", hashlib.sha512(b"x").digest() * 300), None),
    "png-as-txt": (_w("plaatje.txt", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64), None),
    "exe-as-md": (_w("programma.md", b"MZ\x90\x00\x03\x00\x00\x00" + b"\xff" * 100), None),
    "gzip-as-txt": (_w("archief.txt", b"\x1f\x8b\x08\x00" + b"\x13" * 200), None),
    "control-chars-txt": (_w("stuur.txt", ("\x01\x02\x03 zorg " * 200)), None),
    "undecodable-txt": (_w("codering.txt", bytes(range(0x80, 0xA0)) * 50), None),
    "only-punctuation-txt": (_w("tekens.txt", "... --- *** !!! ???\n" * 30), None),
    "only-markup-md": (_w("kop.md", "#\n##\n###\n---\n"), None),
    "only-numbers-txt": (_w("getallen.txt", "12 34 56\n78 90\n" * 20), None),
    "pdf-named-docx": (lambda d: text_pdf(d / "eigenlijk-pdf.docx", [[GOOD.strip()]]), None),
    "docx-named-pdf": (lambda d: real_docx(d / "eigenlijk-word.pdf"), None),
    "html-named-pdf": (_w("pagina.pdf", "<html><body><p>" + GOOD + "</p></body></html>"), None),
    "text-named-pdf": (_w("tekst.pdf", GOOD), None),
    "zip-named-txt": (lambda d: zip_file(d / "zip.txt", {"a.txt": GOOD.encode()}), None),
    "garbage-pdf": (_w("kapot.pdf", b"%PDF-1.4\n" + b"\x00\xff" * 500), None),
    "header-only-pdf": (_w("alleen-kop.pdf", b"%PDF-1.7\n%%EOF\n"), None),
    "truncated-pdf": (_truncated("afgekapt.pdf", lambda p: text_pdf(p, [[GOOD.strip()]] * 3)), None),
    "encrypted-pdf": (lambda d: encrypted_pdf(d / "versleuteld.pdf"), None),
    "no-text-layer-pdf": (_w("scan.pdf", pdf_bytes([[]])), None),
    "numbers-only-pdf": (_w("nummers.pdf", pdf_bytes([["1"], ["2"], ["3"]])), None),
    "too-many-pages-pdf": (_w("dik.pdf", pdf_bytes([[f"Pagina {i} over meerzorg in de Wlz."] for i in range(6)])),
                           {"document_pages": 5}),
    "garbage-docx": (_w("kapot.docx", b"PK\x03\x04 dit is geen zip"), None),
    "truncated-docx": (_truncated("afgekapt.docx", real_docx), None),
    "zip-without-document-docx": (lambda d: zip_file(d / "leeg.docx", {"hallo.txt": b"hoi"}), None),
    "empty-zip-docx": (lambda d: zip_file(d / "niets.docx", {}), None),
    "malformed-xml-docx": (lambda d: raw_docx(d / "slechte-xml.docx", b"<w:document " + W + b"><w:body><w:p>"), None),
    "zip-bomb-docx": (lambda d: docx_bomb(d / "bom.docx", 16), None),
    "too-big-unpacked-docx": (lambda d: raw_docx(d / "groot.docx", b"<w:document " + W + b"><w:body>"
                                                 + hashlib.sha256(b"a").hexdigest().encode() * 40_000
                                                 + b"</w:body></w:document>"), {"unpacked_mb": 1}),
    "many-entries-docx": (_many_entries_docx, None),
    "billion-laughs-docx": (lambda d: raw_docx(d / "lachen.docx", LAUGHS), None),
    "ole-named-docx": (_w("oud-word.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512), None),
    "empty-docx": (lambda d: raw_docx(d / "leeg-document.docx", b"<w:document " + W + b"><w:body/></w:document>"), None),
    "html-only-script": (_w("script.html", "<html><body><script>alert('x')</script><style>p{}</style></body></html>"), None),
    "html-only-nav": (_w("menu.html", "<html><body><nav><a href='/'>Home</a> <a href='/z'>Zorg en meer</a></nav>"
                                      "<footer>Copyright en voorwaarden van de site</footer></body></html>"), None),
    "html-nul-bytes": (_w("binair.html", b"\x00\x01\x02<html><p>tekst</p></html>"), None),
    "too-many-chars-txt": (_w("lang.txt", GOOD * 100), {"document_chars": 2000}),
    "too-many-passages-txt": (_w("passages.txt", "\n\n".join(f"## Kop {i}\n\n{GOOD}" for i in range(40))),
                              {"document_passages": 5}),
    "too-big-file-txt": (_sparse("groot.txt", 2 * 1024 * 1024 + 1), {"upload_mb": 2}),
    "wrong-ext-exe": (_w("programma.exe", b"MZ\x90\x00"), None),
    "wrong-ext-none": (_w("zonderextensie", GOOD), None),
    "wrong-ext-double": (_w("notitie.txt.bak", GOOD), None),
    "wrong-ext-doc": (_w("oud.doc", b"\xd0\xcf\x11\xe0"), None),
    "a-directory": (_dir, None),
    "missing-file": (lambda d: d / "bestaat-niet.txt", None),
    "duplicate-txt-as-md": (_copy_corpus("2025-09-08_kamerbrief_meerzorg-thuis.txt", ".md"), None),
    "duplicate-md-as-txt": (_copy_corpus("2026-05-26_kamerbrief_lvhc-zorg.md", ".txt"), None),
    "duplicate-same-ext": (_copy_corpus("2021_kamerbrief_volwaardig-leven-rapporten.txt", ".txt"), None),
    "time-limit": (_w("traag.txt", GOOD * 3), {"document_seconds": 0.01}),
}

BAD_META: dict[str, dict[str, Any]] = {
    "title-carriage-return": {"title": "Notitie\rmeerzorg"},
    "title-newline": {"title": "Notitie\nmeerzorg"},
    "title-nul": {"title": "Notitie\x00meerzorg"},
    "title-escape": {"title": "Notitie \x1b[31mrood"},
    "title-line-separator": {"title": "Notitie\u2028meerzorg"},
    "title-too-long": {"title": "Meerzorg " * 60},
    "publisher-control": {"publisher": "Zorg\rkantoor"},
    "kind-unknown": {"kind": "roman"},
    "title-short": {"title": "ab"},
    "date-not-a-date": {"date_": "2025-01-01"},
}


def _assert_refused(exc: AssistantError, name: str | None) -> None:
    assert DUTCH.search(exc.message_nl), exc.message_nl
    assert "Traceback" not in exc.message_nl
    if name is not None:
        assert name in exc.message_nl, exc.message_nl


@pytest.mark.parametrize("case", list(FILES))
def test_hostile_file_is_refused_and_nothing_changes(settings: Settings, tmp_path: Path, case: str) -> None:
    make, limits = FILES[case]
    s = settings if limits is None else settings.model_copy(
        update={"limits": LimitsSettings(**(settings.limits.model_dump() | limits))})
    path = make(tmp_path)
    before = snapshot(s)
    with pytest.raises((DocumentError, InputError)) as err:
        add_document(s, path, title=f"Testdocument {case}", date_=date(2025, 3, 1), kind="overig", progress=False)
    _assert_refused(err.value, path.name if isinstance(err.value, DocumentError) else None)
    assert snapshot(s) == before


@pytest.mark.parametrize("case", list(BAD_META))
def test_bad_metadata_is_refused_and_nothing_changes(settings: Settings, tmp_path: Path, case: str) -> None:
    path = tmp_path / "goed.md"
    path.write_text(f"# Notitie {case}\n\n{GOOD}", encoding="utf-8")
    before = snapshot(settings)
    args: dict[str, Any] = {"title": f"Testdocument {case}", "date_": date(2025, 3, 1), "kind": "overig",
                            "progress": False} | BAD_META[case]
    with pytest.raises(InputError) as err:
        add_document(settings, path, **args)
    _assert_refused(err.value, None)
    assert snapshot(settings) == before


def test_there_are_at_least_forty_hostile_files() -> None:
    assert len(FILES) >= 40


def test_the_zip_bomb_is_refused_fast(settings: Settings, tmp_path: Path) -> None:
    import time

    path = docx_bomb(tmp_path / "bom.docx", 16)
    assert path.stat().st_size < 100_000
    t0 = time.monotonic()
    with pytest.raises(DocumentError, match="zip-bom"):
        add_document(settings, path, title="Bom", date_=date(2025, 3, 1), kind="overig", progress=False)
    assert time.monotonic() - t0 < 10
