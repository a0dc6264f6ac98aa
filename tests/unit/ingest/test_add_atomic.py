"""``add`` is all or nothing: the manifest changes only after the new index is in service; a build that
fails midway leaves corpus, manifest and index as they were; an interrupted add's copy is removed on the
next add; adds in parallel are serialised by a lock on the corpus directory."""

from __future__ import annotations

import hashlib
import logging
import threading
import time
from datetime import date
from pathlib import Path
from typing import Any

import pytest

import assistant.bootstrap as bootstrap_mod
import assistant.library as library
from assistant.bootstrap import build_index
from assistant.corpus import load_manifest
from assistant.library import PENDING, add_document, corpus_lock
from assistant.retrieval.index import current_build
from assistant.settings import Settings

pytestmark = pytest.mark.unit
NOTE = "# Werkinstructie zorgboerderij\n\nVanaf 2027 geldt een toeslag voor dagbesteding op een zorgboerderij in de Wlz.\n"


def snapshot(s: Settings) -> tuple[Any, ...]:
    corpus = {str(p.relative_to(s.corpus_dir)): hashlib.sha256(p.read_bytes()).hexdigest()
              for p in sorted(s.corpus_dir.rglob("*")) if p.is_file()}
    builds = sorted(p.name for p in (s.index_dir / "builds").iterdir()) if (s.index_dir / "builds").exists() else []
    return corpus, current_build(s.index_dir), builds


@pytest.fixture
def built(hash_settings: Settings) -> Settings:
    build_index(hash_settings, progress=False)
    return hash_settings


def test_a_build_that_fails_midway_changes_nothing(built: Settings, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    real = bootstrap_mod.make_embedder

    class Failing:
        def __init__(self, inner: Any) -> None:
            self.inner = inner
            self.name = inner.name

        def embed_documents(self, *args: Any, **kwargs: Any) -> Any:
            raise RuntimeError("stroomstoring halverwege de index")

    monkeypatch.setattr(bootstrap_mod, "make_embedder", lambda settings: Failing(real(settings)))
    doc = tmp_path / "notitie.md"
    doc.write_text(NOTE, encoding="utf-8")
    before = snapshot(built)
    with pytest.raises(RuntimeError, match="stroomstoring"):
        add_document(built, doc, title="Werkinstructie zorgboerderij", date_=date(2026, 10, 1), kind="overig",
                     progress=False)
    assert snapshot(built) == before
    assert not (built.corpus_dir / PENDING).exists()


def test_the_manifest_is_written_after_the_new_index_serves(built: Settings, tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[str | None] = []
    real_commit = library.commit_staged

    def spy(staged: Path, path: Path) -> None:
        seen.append(current_build(built.index_dir))
        real_commit(staged, path)

    monkeypatch.setattr(library, "commit_staged", spy)
    old = current_build(built.index_dir)
    doc = tmp_path / "notitie.md"
    doc.write_text(NOTE, encoding="utf-8")
    doc_id, report = add_document(built, doc, title="Werkinstructie zorgboerderij", date_=date(2026, 10, 1),
                                  kind="overig", progress=False)
    assert report is not None and seen == [report.build] and report.build != old
    assert doc_id in {m.id for m in load_manifest(built.manifest_path)}
    assert not (built.corpus_dir / PENDING).exists()


def test_a_leftover_copy_is_removed_on_the_next_add(built: Settings, tmp_path: Path,
                                                    caplog: pytest.LogCaptureFixture) -> None:
    # what a process killed between copy and manifest leaves behind
    leftover = built.corpus_dir / "2026-01-01_afgebroken.md"
    leftover.write_text("# Afgebroken\n\nDit bestand werd gekopieerd, maar nooit in het manifest gezet.\n")
    (built.corpus_dir / PENDING).write_text('{"file": "2026-01-01_afgebroken.md"}')
    doc = tmp_path / "notitie.md"
    doc.write_text(NOTE, encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="assistant.library"):
        add_document(built, doc, title="Werkinstructie zorgboerderij", date_=date(2026, 10, 1), kind="overig",
                     progress=False)
    assert not leftover.exists() and not (built.corpus_dir / PENDING).exists()
    assert any("Onvolledig toegevoegd bestand" in r.getMessage() for r in caplog.records)
    assert "2026-01-01_afgebroken.md" not in {m.file for m in load_manifest(built.manifest_path)}


def test_a_listed_file_is_never_removed_as_leftover(built: Settings) -> None:
    listed = load_manifest(built.manifest_path)[0].file
    (built.corpus_dir / PENDING).write_text(f'{{"file": "{listed}"}}')
    with corpus_lock(built):
        assert library.remove_leftovers(built) == []
    assert (built.corpus_dir / listed).exists()


def test_adds_are_serialised_by_the_corpus_lock(built: Settings, tmp_path: Path) -> None:
    doc = tmp_path / "notitie.md"
    doc.write_text(NOTE, encoding="utf-8")
    manifest = built.manifest_path.read_bytes()
    result: dict[str, Any] = {}

    def work() -> None:
        try:
            result["id"] = add_document(built, doc, title="Werkinstructie zorgboerderij", date_=date(2026, 10, 1),
                                        kind="overig", progress=False)[0]
        except BaseException as exc:  # noqa: BLE001 - reported below
            result["error"] = exc

    with corpus_lock(built):  # another process adding: held for a while
        thread = threading.Thread(target=work)
        thread.start()
        time.sleep(2.0)
        assert thread.is_alive() and built.manifest_path.read_bytes() == manifest
    thread.join(120)
    assert "error" not in result, result.get("error")
    assert result["id"] in {m.id for m in load_manifest(built.manifest_path)}


def test_a_web_page_saved_as_txt_is_fine(built: Settings, tmp_path: Path) -> None:
    page = tmp_path / "pagina.txt"
    page.write_text("<!DOCTYPE html><html><head><title>x</title><script>var a=1;</script></head><body>"
                    "<nav><a href='/'>Home</a></nav><main><h1>Zorgboerderij</h1><p>Dagbesteding op een "
                    "zorgboerderij valt onder de Wlz als de cliënt een indicatie heeft.</p></main></body></html>",
                    encoding="utf-8")
    doc_id, _ = add_document(built, page, title="Webpagina zorgboerderij", date_=date(2026, 2, 1), kind="overig",
                             progress=False)
    text = (built.corpus_dir / next(m.file for m in load_manifest(built.manifest_path) if m.id == doc_id)).read_text()
    assert "<nav>" in text  # the file is stored as it came; only its reading strips the markup
    from assistant.ingest.documents import Documents

    clean = Documents(built.corpus_dir).clean(next(m for m in load_manifest(built.manifest_path) if m.id == doc_id))
    assert "Dagbesteding op een zorgboerderij" in clean.text and "Home" not in clean.text and "var a" not in clean.text
