"""Start app.py against a private copy of the corpus and a fresh index, and a headless Debian chromium.

The index is built by the app itself at start-up with the real embedder; the shared embedding cache
(settings.embcache_dir, ~/.cache/wlz-assistent/embcache) means only passages it lacks are embedded.
Set WLZ_BROWSER_EMBEDDER=tests.fakes:HashEmbedder for a fast layout-only run.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from browser_helpers import DESKTOP  # tests/browser is on sys.path (rootdir-relative test imports)

from tests.processes import stop_process

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts"
SHOTS = ARTIFACTS / "screenshots"
CHROMIUM = os.environ.get("WLZ_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run"]
START_TIMEOUT_S = float(os.environ.get("WLZ_BROWSER_START_TIMEOUT", "420"))


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _up(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2) as r:
            return r.status == 200
    except OSError:
        return False


@pytest.fixture(scope="session")
def app_data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The app's WLZ_DATA_DIR (feedback.jsonl lands here)."""
    if os.environ.get("WLZ_BROWSER_URL"):
        return Path(os.environ["WLZ_BROWSER_DATA_DIR"])
    return tmp_path_factory.mktemp("wlz-app-data")


@pytest.fixture(scope="session")
def app_url(tmp_path_factory: pytest.TempPathFactory, app_data_dir: Path) -> Iterator[str]:
    if os.environ.get("WLZ_BROWSER_URL"):  # an app already running (development): WLZ_BROWSER_DATA_DIR too
        yield os.environ["WLZ_BROWSER_URL"]
        return
    tmp = tmp_path_factory.mktemp("wlz-app")
    corpus = tmp / "corpus"
    shutil.copytree(ROOT / "corpus", corpus)
    index = tmp / "index"
    port = _free_port()
    env = os.environ | {
        "WLZ_CORPUS_DIR": str(corpus), "WLZ_INDEX_DIR": str(index), "WLZ_DATA_DIR": str(app_data_dir),
        "WLZ_APP__HOST": "127.0.0.1", "WLZ_APP__PORT": str(port), "WLZ_APP__USERS": "{}",
        "GRADIO_ANALYTICS_ENABLED": "False", "PYTHONUNBUFFERED": "1",
    }
    if os.environ.get("WLZ_BROWSER_EMBEDDER"):
        env["WLZ_EMBEDDER"] = os.environ["WLZ_BROWSER_EMBEDDER"]
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    log_path = ARTIFACTS / "browser-app.log"
    url = f"http://127.0.0.1:{port}/"
    with log_path.open("w") as log:
        proc = subprocess.Popen([sys.executable, str(ROOT / "app.py")], cwd=ROOT, env=env, stdout=log,
                                stderr=subprocess.STDOUT)
        try:
            deadline = time.monotonic() + START_TIMEOUT_S
            while not _up(url):
                if proc.poll() is not None:
                    pytest.fail(f"app.py stopped (exit {proc.returncode}); see {log_path}:\n"
                                + log_path.read_text()[-3000:])
                if time.monotonic() > deadline:
                    pytest.fail(f"app.py did not answer within {START_TIMEOUT_S:.0f} s; see {log_path}")
                time.sleep(0.5)
            yield url
        finally:
            stop_process(proc)


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    if not Path(CHROMIUM).exists():
        pytest.skip(f"chromium not found at {CHROMIUM} (apt-get install -y chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        try:
            yield b
        finally:
            b.close()




@pytest.fixture
def open_page(browser, app_url):  # type: ignore[no-untyped-def]
    """``open_page(viewport=DESKTOP, locale="nl-NL")`` → a fresh page on the app (closed after the test)."""
    contexts = []

    def _open(viewport: dict[str, int] | None = None, locale: str = "nl-NL", touch: bool = False):  # type: ignore[no-untyped-def]
        context = browser.new_context(viewport=viewport or DESKTOP, locale=locale, has_touch=touch)
        context.grant_permissions(["clipboard-read", "clipboard-write"])
        contexts.append(context)
        pg = context.new_page()
        pg.set_default_timeout(30_000)
        errors: list[str] = []
        pg.on("pageerror", lambda e: errors.append(str(e)))
        pg.on("dialog", lambda d: (errors.append(f"dialog: {d.message}"), d.dismiss()))
        pg.goto(app_url)
        pg.wait_for_selector("#wlz-question textarea")
        pg.js_errors = errors  # type: ignore[attr-defined]
        SHOTS.mkdir(parents=True, exist_ok=True)
        return pg

    yield _open
    for context in contexts:
        context.close()


@pytest.fixture
def page(open_page):  # type: ignore[no-untyped-def]
    return open_page()
