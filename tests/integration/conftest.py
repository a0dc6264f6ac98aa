"""Integration fixtures: a real Chroma server (``chroma run``) on a free loopback port, an auth-checking
proxy in front of it, and settings for an embedded and a server index built with the REAL embedder.

The real-model build reuses the shared embedding cache (``Settings().embcache_dir``, by default
``~/.cache/wlz-assistent/embcache``): the first cold run embeds the corpus (~110 s), later runs are fast.
"""

from __future__ import annotations

import http.client
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from assistant.settings import ChromaSettings, Settings
from tests.fakes import MemoryStores
from tests.processes import stop_process

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "corpus"
AUTH_TOKEN = "Bearer wlz-test-token"


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def chroma_cli() -> str:
    exe = Path(sys.executable).with_name("chroma")
    if exe.exists():
        return str(exe)
    found = shutil.which("chroma")
    if not found:
        pytest.skip("the chroma CLI (from the chromadb package) is not installed")
    return found


def wait_heartbeat(port: int, proc: subprocess.Popen[bytes] | None = None, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise RuntimeError(f"chroma run exited early with code {proc.returncode}")
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            conn.request("GET", "/api/v2/heartbeat")
            if conn.getresponse().status == 200:
                return
        except OSError:
            pass
        time.sleep(0.2)
    raise TimeoutError(f"no Chroma heartbeat on port {port} within {timeout:.0f} s")


class ChromaServer:
    def __init__(self, path: Path, log: Path) -> None:
        self.path = path
        self.port = free_port()
        self.log = log
        self._log_f = log.open("wb")
        self.proc = subprocess.Popen(
            [chroma_cli(), "run", "--path", str(path), "--host", "127.0.0.1", "--port", str(self.port)],
            stdout=self._log_f, stderr=subprocess.STDOUT, env=os.environ | {"ANONYMIZED_TELEMETRY": "False"},
        )
        try:
            wait_heartbeat(self.port, self.proc)
        except BaseException:
            self.stop()
            raise

    def stop(self) -> None:
        stop_process(self.proc)
        self._log_f.close()

    def collections(self) -> list[str]:
        import chromadb
        from chromadb.config import Settings as ChromaConfig

        client = chromadb.HttpClient(host="127.0.0.1", port=self.port, settings=ChromaConfig(anonymized_telemetry=False))
        return [c.name for c in client.list_collections()]


class AuthProxy:
    """A loopback reverse proxy that demands ``Authorization: <token>`` and forwards to the Chroma server.

    Stands in for the TLS/auth-terminating proxy a team puts in front of Chroma; lets a test prove that
    ``WLZ_CHROMA__HEADERS`` reaches the server on every request."""

    def __init__(self, upstream_port: int, token: str) -> None:
        self.upstream_port = upstream_port
        self.token = token
        self.seen: list[tuple[str, str, str | None]] = []  # (method, path, authorization)
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:
                pass

            def _forward(self) -> None:
                auth = self.headers.get("Authorization")
                proxy.seen.append((self.command, self.path, auth))
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else None
                if auth != proxy.token:
                    payload = b'{"error":"Unauthorized"}'
                    self.send_response(401)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(payload)))
                    self.end_headers()
                    self.wfile.write(payload)
                    return
                headers = {k: v for k, v in self.headers.items() if k.lower() not in ("host", "authorization")}
                conn = http.client.HTTPConnection("127.0.0.1", proxy.upstream_port, timeout=60)
                conn.request(self.command, self.path, body=body, headers=headers)
                resp = conn.getresponse()
                data = resp.read()
                self.send_response(resp.status)
                for k, v in resp.getheaders():
                    if k.lower() not in ("transfer-encoding", "connection", "content-length"):
                        self.send_header(k, v)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)
                conn.close()

            do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = _forward

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = int(self.server.server_address[1])
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture(scope="session")
def chroma_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ChromaServer]:
    """A real ``chroma run --path <tmp> --host 127.0.0.1 --port <free>``, terminated after the session."""
    base = tmp_path_factory.mktemp("chroma-server")
    server = ChromaServer(base / "data", base / "chroma.log")
    yield server
    server.stop()


@pytest.fixture(scope="session")
def auth_proxy(chroma_server: ChromaServer) -> Iterator[AuthProxy]:
    proxy = AuthProxy(chroma_server.port, AUTH_TOKEN)
    yield proxy
    proxy.stop()


def real_settings(tmp: Path, corpus: Path, chroma: ChromaSettings | None = None) -> Settings:
    """Real embedder, shared embedding cache, everything else under ``tmp``."""
    shared = Settings()
    return Settings(corpus_dir=corpus, index_dir=tmp / "index", data_dir=tmp / "data",
                    embcache_dir=shared.embcache_dir, embedder="gemma", embedding=shared.embedding,
                    chroma=chroma or ChromaSettings(mode="embedded"))


def server_chroma(port: int, **extra: Any) -> ChromaSettings:
    # a unique collection prefix per index: builds in one second share a build id, not a collection
    return ChromaSettings(mode="http", host="127.0.0.1", port=port, collection=f"t{uuid.uuid4().hex[:10]}", **extra)


def require_model() -> None:
    from assistant.errors import ModelError
    from assistant.provision.embedding import model_dir

    try:
        model_dir(Settings())
    except ModelError as exc:
        pytest.skip(f"embedding model not provisioned: {exc.message_nl}")


@pytest.fixture(scope="module")
def corpus_ro(tmp_path_factory: pytest.TempPathFactory) -> Path:
    dst = tmp_path_factory.mktemp("corpus-ro") / "corpus"
    shutil.copytree(CORPUS, dst)
    return dst


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory, corpus_ro: Path, chroma_server: ChromaServer) -> dict[str, Settings]:
    """Two indexes of the same corpus with the real embedder: one embedded, one on the Chroma server."""
    from assistant.bootstrap import build_index

    require_model()
    out = {
        "embedded": real_settings(tmp_path_factory.mktemp("embedded"), corpus_ro),
        "server": real_settings(tmp_path_factory.mktemp("server"), corpus_ro, server_chroma(chroma_server.port)),
        "memory": real_settings(tmp_path_factory.mktemp("memory"), corpus_ro),
    }
    MEMORY_INDEXES.add(out["memory"].index_dir)
    for settings in out.values():
        build_index(settings, progress=False, stores=stores_for(settings))
    return out


# The in-memory fake of the vector store (tests/fakes.py) runs the same contract as the two Chroma modes.
MEMORY_STORES = MemoryStores()
MEMORY_INDEXES: set[Path] = set()


def stores_for(settings: Settings) -> Any:
    """The fake's stores for an index built on it, else None (the settings' own Chroma)."""
    return MEMORY_STORES if settings.index_dir in MEMORY_INDEXES else None


@pytest.fixture(params=["embedded", "server", "memory"])
def backend(request: pytest.FixtureRequest, built: dict[str, Settings]) -> Settings:
    return built[request.param]


@pytest.fixture
def fresh(request: pytest.FixtureRequest, tmp_path: Path, chroma_server: ChromaServer) -> Settings:
    """A writable corpus copy with its own empty index, for the backend named by ``request.param``."""
    require_model()
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    mode = getattr(request, "param", "embedded")
    chroma = server_chroma(chroma_server.port) if mode == "server" else None
    return real_settings(tmp_path, corpus, chroma)


class Helpers:
    """What the tests need from this conftest (tests/integration has no __init__.py, so no relative import)."""

    AUTH_TOKEN = AUTH_TOKEN
    real_settings = staticmethod(real_settings)
    stores_for = staticmethod(stores_for)
    server_chroma = staticmethod(server_chroma)


@pytest.fixture(scope="session")
def helpers() -> type[Helpers]:
    return Helpers
