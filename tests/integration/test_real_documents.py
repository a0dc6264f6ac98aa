"""The two real PDFs added with ``add_document`` (real model, embedded Chroma, tmp copies of corpus and
index), then asked about: the answer cites the new document, and no answer sentence starts with a stray
page/footnote/list number or carries a heading glued into it. One index build per PDF."""

from __future__ import annotations

import re
import shutil
from datetime import date
from pathlib import Path

import pytest

from assistant.bootstrap import build_assistant
from assistant.errors import ModelError
from assistant.ingest.documents import Documents
from assistant.library import add_document
from assistant.provision.embedding import model_dir
from assistant.settings import ChromaSettings, Settings
from assistant.types import Answer
from tests.processes import stop_process

pytestmark = pytest.mark.integration
ROOT = Path(__file__).resolve().parents[2]
REAL = ROOT.parent / "shared" / "real-documents"
STRAY_NUMBER = re.compile(r"^(?:- )?\d{1,3}\.?\s+[A-ZÀ-Ý]")

CASES = [
    # (file, title, date, question, words the cited passage must contain)
    ("Toetsingskader_meerzorg_2025.pdf", "Toetsingskader meerzorg 2025", date(2024, 9, 26),
     "Tot welk bedrag mogen kleine verbouwingen als context gebonden middelen bij meerzorg worden aangevraagd?",
     ("verbouwingen",)),
    ("Webinar_Administatie_Meerzorg_okt_2025_DEF.pdf", "Webinar administratie meerzorg oktober 2025",
     date(2025, 10, 13), "Vanaf hoeveel cliënten is groepsmeerzorg mogelijk?", ("Groepsmeerzorg",)),
]


@pytest.fixture(scope="module")
def settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    if not REAL.exists():
        pytest.skip("shared/real-documents is not beside the clone")
    tmp = tmp_path_factory.mktemp("real-documents")
    shutil.copytree(ROOT / "corpus", tmp / "corpus")
    shared = Settings()
    s = Settings(corpus_dir=tmp / "corpus", index_dir=tmp / "index", data_dir=tmp / "data",
                 embcache_dir=shared.embcache_dir, embedder="gemma", embedding=shared.embedding,
                 chroma=ChromaSettings(mode="embedded"))
    try:
        model_dir(s)
    except ModelError as exc:
        pytest.fail(f"embedding model not provisioned: {exc.message_nl}")
    return s


def _sentences(ans: Answer) -> list[str]:
    body = re.sub(r"\s*\[\d+\]", "", ans.answer.split("\n\nOm dit")[0])
    parts: list[str] = []
    for line in body.splitlines():
        parts.extend(s.strip() for s in re.split(r"(?<=[.!?])\s+", line.strip()) if s.strip())
    return parts


@pytest.mark.parametrize("case", CASES, ids=[c[0].split("_")[0] for c in CASES])
def test_an_added_real_pdf_is_cited(settings: Settings, case: tuple[str, str, date, str, tuple[str, ...]]) -> None:
    file, title, when, question, words = case
    doc_id, report = add_document(settings, REAL / file, title=title, date_=when, kind="overig",
                                  publisher="zorgkantoren", progress=False)
    assert report is not None and report.passages > 0
    assistant = build_assistant(settings)
    ans = assistant.ask(question)
    print(f"\n{question}\n{ans.answer}\n")
    # the question prior was fitted on the shipped documents only: with an added one the score goes without it
    assert assistant.meaning is not None and assistant.meaning.answer_score is not None
    assert not assistant.meaning.prior_applies
    cited = [c for c in ans.citations if c.passage.doc_id == doc_id]
    assert ans.answerable and cited, (ans.answer, [c.passage.doc_id for c in ans.citations])
    assert any(all(w.lower() in c.passage.text.lower() for w in words) for c in cited), [c.passage.text for c in cited]
    meta = next(m for m in Documents(settings.corpus_dir).metas() if m.id == doc_id)
    headings = {b.text for b in Documents(settings.corpus_dir).clean(meta).blocks if b.kind == "heading"}
    for sentence in _sentences(ans):
        assert not STRAY_NUMBER.match(sentence), sentence
        for h in headings:
            if len(h) > 6:
                assert not re.search(re.escape(h) + r" [A-ZÀ-Ý][a-zà-ÿ]", sentence), (h, sentence)
    for c in cited:  # the cited passages carry page numbers for the citation
        assert c.passage.page is not None


def test_the_app_api_answers_from_an_added_pdf(settings: Settings) -> None:
    """After `add`, the running app (app.py, /ask through gradio_client) cites the added document."""
    import os
    import socket
    import subprocess
    import sys
    import time
    import urllib.request

    from gradio_client import Client

    file, title, when, question, _ = CASES[0]
    docs = {m.title: m.id for m in Documents(settings.corpus_dir).metas()}
    if title not in docs:  # this test also runs on its own
        add_document(settings, REAL / file, title=title, date_=when, kind="overig", progress=False)
        docs = {m.title: m.id for m in Documents(settings.corpus_dir).metas()}
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = int(s.getsockname()[1])
    env = os.environ | {"WLZ_CORPUS_DIR": str(settings.corpus_dir), "WLZ_INDEX_DIR": str(settings.index_dir),
                        "WLZ_DATA_DIR": str(settings.data_dir), "WLZ_APP__PORT": str(port), "WLZ_APP__USERS": "{}",
                        "WLZ_EMBCACHE_DIR": str(settings.embcache_dir), "GRADIO_ANALYTICS_ENABLED": "False"}
    log = settings.data_dir.parent / "app.log"
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    url = f"http://127.0.0.1:{port}/"
    with log.open("w") as out:
        proc = subprocess.Popen([sys.executable, str(ROOT / "app.py")], cwd=ROOT, env=env, stdout=out,
                                stderr=subprocess.STDOUT)
        try:
            deadline = time.monotonic() + 420
            while True:
                assert proc.poll() is None, log.read_text()[-3000:]
                assert time.monotonic() < deadline, "app did not start"
                try:
                    with urllib.request.urlopen(url, timeout=2) as r:
                        if r.status == 200:
                            break
                except OSError:
                    time.sleep(0.5)
            client = Client(url, verbose=False)
            data = client.predict(question, "", None, api_name="/ask")
            assert data["answerable"], data["answer"]
            assert docs[title] in {c["doc_id"] for c in data["citations"]}, data["citations"]
            other = client.predict("Wie betaalt de tandarts bij een VPT?", "", None, api_name="/ask")
            assert other["answerable"] and other["citations"]
        finally:
            stop_process(proc)
