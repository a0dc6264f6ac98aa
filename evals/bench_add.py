"""How long does adding a 40-page PDF take, re-indexing included? ``python -m evals.bench_add [--pages 40]``

Writes a real text-layer PDF (fpdf2, DejaVu font, A4, running header and page numbers) of ``--pages`` pages
from Dutch policy text that is not in the corpus as such (a memo assembled from Wlz chapters 4-11, reworded
headings), then times ``add_document`` with the real embedding model into a private copy of the corpus and
index (the shared embedding cache keeps the shipped passages; the new ones are embedded). Prints the split.
"""

from __future__ import annotations

import argparse
import json
import shutil
import tempfile
import time
from datetime import date
from pathlib import Path

from assistant.ingest.documents import Documents
from assistant.settings import ROOT, Settings

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


def write_pdf(path: Path, pages: int) -> int:
    from fpdf import FPDF

    docs = Documents(ROOT / "corpus")
    law = docs.clean(next(m for m in docs.metas() if m.kind == "wet"))
    paras = [b.text for b in law.blocks if b.kind in ("para", "bullet") and b.section[1:2] >= ("Hoofdstuk 4",)]

    class Memo(FPDF):
        def header(self) -> None:
            self.set_font("dejavu", size=8)
            self.cell(0, 8, "Interne notitie Wlz-uitvoering — werkversie", align="R")
            self.ln(10)

        def footer(self) -> None:
            self.set_y(-12)
            self.set_font("dejavu", size=8)
            self.cell(0, 8, str(self.page_no()), align="C")

    pdf = Memo(format="A4")
    pdf.add_font("dejavu", fname=str(FONT))
    pdf.set_auto_page_break(True, margin=15)
    i = 0
    section = 0
    while pdf.page_no() < pages or pdf.page == 0:
        if pdf.page == 0 or i % 12 == 0:
            if pdf.page == 0:
                pdf.add_page()
            section += 1
            pdf.set_font("dejavu", size=13)
            pdf.multi_cell(0, 8, f"{section}. Uitvoeringsnotitie deel {section}", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("dejavu", size=10)
        pdf.multi_cell(0, 5, paras[i % len(paras)] + f" (notitie {section}.{i % 12 + 1})", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
        i += 1
        if i > 20 * pages:
            break
    pdf.output(str(path))
    return int(pdf.page_no())


def main(argv: list[str] | None = None) -> int:
    from assistant.bootstrap import build_index
    from assistant.library import add_document

    ap = argparse.ArgumentParser(prog="python -m evals.bench_add", description=__doc__)
    ap.add_argument("--pages", type=int, default=40)
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp_:
        tmp = Path(tmp_)
        pdf = tmp / "notitie.pdf"
        pages = write_pdf(pdf, args.pages)
        shutil.copytree(ROOT / "corpus", tmp / "corpus")
        shared = Settings()
        s = shared.model_copy(update={"corpus_dir": tmp / "corpus", "index_dir": tmp / "index", "data_dir": tmp / "data"})
        t = time.perf_counter()
        build_index(s, progress=False)
        base = time.perf_counter() - t
        t = time.perf_counter()
        _, report = add_document(s, pdf, title="Interne notitie Wlz-uitvoering", date_=date(2026, 11, 1),
                                 kind="overig", progress=True)
        seconds = time.perf_counter() - t
        assert report is not None
        result = {"pages": pages, "pdf_kb": pdf.stat().st_size // 1024, "add_and_reindex_s": round(seconds, 1),
                  "new_passages_embedded": report.embedded, "passages_total": report.passages,
                  "index_build_of_shipped_corpus_s": round(base, 1)}
    print(json.dumps(result, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
