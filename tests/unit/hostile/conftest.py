"""The real app (app.py) in a child process, with the fake embedder and a private copy of the corpus, with two
users: ``anna`` (administrator) and ``bert``. Shared by the exposure tests and the hostile-input suite."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator

import httpx
import pytest
from liveapp import PASSWORDS, ROOT, UPLOAD_MB, LiveApp, free_port

from assistant.ui.auth import hash_password
from tests.processes import stop_process


@pytest.fixture(scope="session")
def live_app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveApp]:
    tmp = tmp_path_factory.mktemp("live-app")
    shutil.copytree(ROOT / "corpus", tmp / "corpus")
    port = free_port()
    users = {u: hash_password(p, iterations=1000) for u, p in PASSWORDS.items()}
    env = os.environ | {
        "WLZ_CORPUS_DIR": str(tmp / "corpus"), "WLZ_INDEX_DIR": str(tmp / "index"), "WLZ_DATA_DIR": str(tmp / "data"),
        "WLZ_EMBCACHE_DIR": str(tmp / "embcache"), "WLZ_EMBEDDER": "tests.fakes:HashEmbedder",
        "WLZ_APP__HOST": "127.0.0.1", "WLZ_APP__PORT": str(port), "WLZ_APP__USERS": json.dumps(users),
        "WLZ_APP__ADMINS": "anna", "WLZ_APP__QUERY_WORKER": "false", "WLZ_LIMITS__UPLOAD_MB": str(UPLOAD_MB),
        "GRADIO_ANALYTICS_ENABLED": "False", "PYTHONUNBUFFERED": "1",
    }
    log_path = tmp / "app.log"
    url = f"http://127.0.0.1:{port}"
    with log_path.open("wb") as log:
        proc = subprocess.Popen([sys.executable, str(ROOT / "app.py")], cwd=ROOT, env=env, stdout=log,
                                stderr=subprocess.STDOUT)
        app = LiveApp(url, tmp, proc, log_path)
        try:
            deadline = time.monotonic() + 300
            while True:
                try:
                    if httpx.get(url + "/", timeout=2).status_code == 200:
                        break
                except httpx.HTTPError:
                    pass
                if proc.poll() is not None:
                    pytest.fail(f"app.py stopped (exit {proc.returncode}):\n{app.log_text()[-3000:]}")
                if time.monotonic() > deadline:
                    pytest.fail(f"app.py did not answer within 300 s:\n{app.log_text()[-3000:]}")
                time.sleep(0.3)
            yield app
        finally:
            stop_process(proc)
