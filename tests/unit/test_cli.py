"""The command-line contract: JSON only on stdout, Dutch errors on stderr with exit 2, batch keeps going."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.settings import Settings

pytestmark = pytest.mark.integration  # the CLI end to end in subprocesses, real Chroma on disk (fake embedder)
ROOT = Path(__file__).resolve().parents[2]


def run(settings: Settings, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = os.environ | {
        "WLZ_EMBEDDER": "tests.fakes:HashEmbedder", "WLZ_INDEX_DIR": str(settings.index_dir), "WLZ_CORPUS_DIR": str(settings.corpus_dir),
        "WLZ_EMBCACHE_DIR": str(settings.embcache_dir), "WLZ_DATA_DIR": str(settings.data_dir),
        "PYTHONPATH": str(ROOT),
    }
    return subprocess.run([sys.executable, "-m", "assistant", *args], input=stdin, capture_output=True, text=True,
                          env=env, cwd=ROOT, timeout=300, check=False)


@pytest.fixture
def indexed(hash_settings: Settings) -> Settings:
    out = run(hash_settings, "index", "--json", "--quiet")
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["passages"] > 100
    return hash_settings


def test_ask_without_index_names_the_rebuild_command(hash_settings: Settings) -> None:
    out = run(hash_settings, "ask", "Wie betaalt de tandarts bij een VPT?")
    assert out.returncode == 2
    assert "python -m assistant index" in out.stderr and "Traceback" not in out.stderr


def test_retrieve_json(indexed: Settings) -> None:
    out = run(indexed, "retrieve", "tandarts VPT", "--k", "5", "--json")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert len(data["retrieved"]) == 5
    assert {"doc_id", "title", "date", "section", "page", "text", "score"} <= set(data["retrieved"][0])


def test_ask_json_has_the_contract_fields(indexed: Settings) -> None:
    out = run(indexed, "ask", "Kunnen wij in 2025 C&A declareren voor NAH+?", "--json")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert {"answer", "answerable", "verdict", "citations", "retrieved", "timing_ms"} <= set(data)
    assert data["verdict"]["outcome"] == "no" and data["verdict"]["rule_id"] == "lvhc_ca_declareren"
    assert data["citations"] and all(c["text"] and c["date"] for c in data["citations"])
    assert "[1]" in data["answer"]


def test_batch_jsonl_one_line_per_input_and_errors_do_not_stop_it(indexed: Settings) -> None:
    lines = [
        {"id": "a", "q": "Wie betaalt de tandarts bij een VPT?"},
        {"id": "b", "q": ""},
        "dit is geen json",
        {"id": "c", "q": "En in 2026?", "history": [{"role": "user", "content": "Mogen wij C&A declareren voor NAH+?"}],
         "as_of": "2026-06-01"},
        {"id": "d", "q": "Wat is het weer morgen?", "as_of": "niet-een-datum"},
    ]
    stdin = "\n".join(x if isinstance(x, str) else json.dumps(x) for x in lines) + "\n"
    out = run(indexed, "ask", "--jsonl", "-", stdin=stdin)
    assert out.returncode == 0, out.stderr
    rows = [json.loads(line) for line in out.stdout.splitlines()]
    assert [r["id"] for r in rows] == ["a", "b", 3, "c", "d"]
    assert rows[0]["answerable"] is True and rows[0]["retrieved"]
    assert rows[1]["answerable"] is False and "leeg" in rows[1]["error"]
    assert "error" in rows[2] and "error" in rows[4]
    assert rows[3]["verdict"] and rows[3]["verdict"]["rule_id"] == "lvhc_ca_declareren"
    assert "Traceback" not in out.stderr


def test_bad_date_and_unknown_command(indexed: Settings) -> None:
    out = run(indexed, "retrieve", "zorg", "--as-of", "gisteren")
    assert out.returncode == 2 and "ongeldige datum" in out.stderr
    out = run(indexed, "frobnicate")
    assert out.returncode == 2


def test_add_document_and_duplicate(indexed: Settings, tmp_path: Path) -> None:
    doc = tmp_path / "brief.md"
    doc.write_text("### Nieuwe regel\n\nVanaf 2027 geldt een nieuwe toeslag voor zorgboerderijen in de Wlz.\n")
    out = run(indexed, "add", str(doc), "--title", "Testbrief zorgboerderij", "--date", "2026-10-01", "--kind", "kamerbrief")
    assert out.returncode == 0, out.stderr
    found = json.loads(run(indexed, "retrieve", "toeslag zorgboerderijen", "--json").stdout)["retrieved"]
    assert found[0]["title"] == "Testbrief zorgboerderij"
    before = (indexed.index_dir / "CURRENT").read_text()
    again = run(indexed, "add", str(doc), "--title", "Nog eens", "--date", "2026-10-01", "--kind", "kamerbrief")
    assert again.returncode == 2 and "staat al in het corpus" in again.stderr
    assert (indexed.index_dir / "CURRENT").read_text() == before


REAL_DOCS = ROOT.parent / "shared" / "real-documents"


def test_an_added_real_pdf_never_breaks_questions_rules_or_checks(indexed: Settings) -> None:
    """The headline bug: after `add` of a real PDF every question failed (rules read every file as UTF-8)."""
    pdf = REAL_DOCS / "Toetsingskader_meerzorg_2025.pdf"
    out = run(indexed, "add", str(pdf), "--title", "Toetsingskader meerzorg 2025", "--date", "2024-09-26",
              "--kind", "beleidsregel", "--publisher", "Zorgkantoren")
    assert out.returncode == 0, out.stderr
    for args in (("ask", "Wanneer komt een cliënt in aanmerking voor meerzorg?", "--json"),
                 ("check", "--question", "Kunnen wij in 2025 C&A declareren voor NAH+?", "--json"),
                 ("retrieve", "toetsingskader meerzorg", "--json"),
                 ("rules", "--check")):
        res = run(indexed, *args)
        assert res.returncode == 0, (args, res.stderr)
        assert "Traceback" not in res.stderr
    found = json.loads(run(indexed, "retrieve", "toetsingskader meerzorg aanvraag zorgkantoor", "--json").stdout)
    assert "Toetsingskader meerzorg 2025" in {r["title"] for r in found["retrieved"]}


def test_a_rule_whose_quote_left_its_document_is_unavailable_not_a_crash(indexed: Settings) -> None:
    zn = indexed.corpus_dir / "2025-07-01_zn_aanvullende-inkoopvoorwaarden-v3.2.txt"
    text = zn.read_text(encoding="utf-8")
    gone = "Voor zorgaanbieders die C&A willen bieden gelden dezelfde inhoudelijke aanvullende"
    assert gone in text
    zn.write_text(text.replace(gone, "Voor zorgaanbieders die C&A willen bieden gelden andere aanvullende"),
                  encoding="utf-8")
    check = run(indexed, "rules", "--check")
    assert check.returncode == 1
    assert "lvhc_ca_declareren" in check.stdout and "Aanvullende inkoopvoorwaarden" in check.stdout
    asked = run(indexed, "ask", "Wie betaalt de tandarts bij een VPT?", "--json")
    assert asked.returncode == 0, asked.stderr
    direct = run(indexed, "check", "lvhc_ca_declareren", "--fact", "client_group=NAH+", "--year", "2026")
    assert direct.returncode == 2 and "niet beschikbaar" in direct.stderr and "Traceback" not in direct.stderr


def test_rules_check_passes_on_the_shipped_corpus(indexed: Settings) -> None:
    out = run(indexed, "rules", "--check", "--json")
    assert out.returncode == 0, out.stdout
    data = json.loads(out.stdout)
    assert data["unavailable"] == {} and len(data["available"]) >= 38
