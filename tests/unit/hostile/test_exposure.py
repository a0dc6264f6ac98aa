"""Exposure: who may add documents, which events are callable by name, where uploads may come from, how large
they may be, and that /monitoring is off — through the real app (app.py) and on the middleware itself."""

from __future__ import annotations

import asyncio
import concurrent.futures
import json
from typing import Any

import httpx
import pytest
from liveapp import UPLOAD_MB, LiveApp

from assistant.errors import InputError
from assistant.settings import AppSettings
from assistant.ui import auth

pytestmark = pytest.mark.integration  # starts the real app or rebuilds indexes in subprocesses: not the unit layer


# --------------------------------------------------------------------------- the admin role


@pytest.mark.parametrize(("app", "user", "may"), [
    (AppSettings(), None, False),  # the default: nobody adds documents through the UI
    (AppSettings(admin=True), None, True),  # local-only app without users: the local user
    (AppSettings(admin=True, users={"anna": "h", "bert": "h"}), "bert", False),  # ADMIN=true alone: nobody
    (AppSettings(admin=True, users={"anna": "h", "bert": "h"}), "anna", False),
    (AppSettings(users={"anna": "h", "bert": "h"}, admins=["anna"]), "anna", True),
    (AppSettings(users={"anna": "h", "bert": "h"}, admins=["anna"]), "bert", False),
    (AppSettings(users={"anna": "h", "bert": "h"}, admins=["anna"]), None, False),
    (AppSettings(users={"anna": "h", "bert": "h"}, admins=["anna"]), "", False),
    (AppSettings(users={"bert": "h"}, admins=["anna"]), "anna", False),  # an admin name without a login
])
def test_who_may_add_documents(app: AppSettings, user: str | None, may: bool) -> None:
    assert app.can_add(user) is may


def test_admins_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    from assistant.settings import load_settings

    monkeypatch.setenv("WLZ_APP__ADMINS", "anna, bert")
    assert load_settings().app.admins == ["anna", "bert"]
    monkeypatch.setenv("WLZ_APP__ADMINS", '["anna"]')
    assert load_settings().app.admins == ["anna"]


def test_the_controller_refuses_a_user_who_is_not_an_admin(tmp_path: Any) -> None:
    from assistant.settings import Settings
    from assistant.ui.handlers import Controller

    settings = Settings(app=AppSettings(users={"anna": "h", "bert": "h"}, admins=["anna"], admin=True),
                        embedder="tests.fakes:HashEmbedder", data_dir=tmp_path)
    ctl = Controller.__new__(Controller)
    ctl.settings = settings
    with pytest.raises(InputError, match="Alleen beheerders"):
        next(ctl.add_document("x.md", "Titel", "2026-01-01", "overig", username="bert"))
    with pytest.raises(InputError, match="Kies eerst een bestand"):  # anna gets past the role check
        next(ctl.add_document("", "Titel", "2026-01-01", "overig", username="anna"))


# --------------------------------------------------------------------------- the middleware on its own


def _run(coro: Any) -> Any:
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, coro).result()


def _call(mw: Any, path: str, method: str = "POST", headers: dict[str, str] | None = None) -> tuple[int, str]:
    sent: list[dict[str, Any]] = []

    async def inner(scope: Any, receive: Any, send: Any) -> None:
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b"inner"})

    async def collect(message: dict[str, Any]) -> None:
        sent.append(message)

    hdrs = [(k.lower().encode(), v.encode()) for k, v in ({"host": "127.0.0.1:7860"} | (headers or {})).items()]
    _run(mw(inner)({"type": "http", "path": path, "method": method, "headers": hdrs, "scheme": "http"}, None, collect))
    return int(sent[0]["status"]), sent[1]["body"].decode()


def _mw(**kw: Any) -> Any:
    return lambda inner: auth.Exposure(inner, public=frozenset({"ask", "feedback"}), max_bytes=1024 * 1024, **kw)


@pytest.mark.parametrize(("path", "status"), [
    ("/gradio_api/call/ask", 200), ("/gradio_api/call/v2/ask", 200), ("/gradio_api/run/feedback", 200),
    ("/gradio_api/call/on_ask", 404), ("/gradio_api/call/v2/on_upload", 404), ("/gradio_api/run/on_upload", 404),
    ("/gradio_api/api/load_docs", 404), ("/call/on_ask", 404), ("/gradio_api/call/ask/../on_ask", 404),
    ("/gradio_api/queue/join", 200), ("/gradio_api/info", 200),
    ("/gradio_api/monitoring", 404), ("/monitoring/summary", 404), ("/gradio_api/monitoring/abc123", 404),
])
def test_calls_by_name_and_monitoring(path: str, status: int) -> None:
    code, body = _call(_mw(), path)
    assert code == status
    if code != 200:
        assert body.startswith("Niet gevonden")


@pytest.mark.parametrize(("headers", "status"), [
    ({}, 200),  # no Origin/Referer: not a browser page elsewhere (curl, gradio_client)
    ({"origin": "http://127.0.0.1:7860"}, 200),
    ({"referer": "http://127.0.0.1:7860/?view=docs"}, 200),
    ({"origin": "http://evil.example"}, 403),
    ({"origin": "http://127.0.0.1:7861"}, 403),
    ({"origin": "https://127.0.0.1:7860"}, 200),  # same host and port behind a TLS proxy: the scheme may differ
    ({"origin": "null"}, 403),
    ({"origin": "http://127.0.0.1:7860.evil.example"}, 403),
    ({"referer": "http://evil.example/page"}, 403),
    ({"origin": "http://evil.example", "referer": "http://127.0.0.1:7860/"}, 403),  # Origin wins
    ({"origin": "http://[::1"}, 403),  # unparsable
    ({"content-length": str(2 * 1024 * 1024)}, 413),
    ({"content-length": "100"}, 200),
])
def test_upload_origin_and_size(headers: dict[str, str], status: int) -> None:
    code, body = _call(_mw(), "/gradio_api/upload", headers=headers)
    assert code == status
    if status == 403:
        assert "alleen vanaf de pagina van de app" in body
    if status == 413:
        assert "te groot" in body and "MB" in body


def test_monitoring_can_be_switched_on() -> None:
    assert _call(_mw(monitoring=True), "/gradio_api/monitoring")[0] == 200


# --------------------------------------------------------------------------- through the real app


def _sse_result(client: httpx.Client, name: str, data: list[Any]) -> tuple[str, Any]:
    r = client.post(f"/gradio_api/call/{name}", json={"data": data})
    assert r.status_code == 200, r.text
    event_id = r.json()["event_id"]
    event, payload = "", None
    with client.stream("GET", f"/gradio_api/call/{name}/{event_id}") as s:
        for line in s.iter_lines():
            if line.startswith("event:"):
                event = line.split(":", 1)[1].strip()
            elif line.startswith("data:"):
                payload = json.loads(line.split(":", 1)[1].strip() or "null")
                if event in ("complete", "error"):
                    break
    return event, payload


def test_public_api_works_and_private_events_are_not_callable_by_name(live_app: LiveApp) -> None:
    with live_app.client("bert") as c:
        event, payload = _sse_result(c, "ask", ["Wie betaalt de tandarts bij een VPT?", "", []])
        assert event == "complete" and payload[0]["answer"]
        config = c.get("/config").json()
        private = {d["api_name"] for d in config["dependencies"] if d.get("api_visibility") == "private"}
        # these names exist in Gradio's table (it would serve them by name): the middleware is what refuses them
        assert {"on_ask", "on_check", "on_upload", "show_admin"} <= private, sorted(private)
        for name in sorted(private):
            for route in (f"/gradio_api/call/{name}", f"/gradio_api/run/{name}", f"/gradio_api/call/v2/{name}"):
                r = c.post(route, json={"data": []})
                assert r.status_code == 404, (route, r.status_code, r.text[:200])
        info = c.get("/gradio_api/info").json()
        assert set(info["named_endpoints"]) <= {"/ask", "/rules", "/regelcheck", "/documents", "/document", "/feedback"}


def test_uploads_from_another_site_are_refused(live_app: LiveApp) -> None:
    files = {"files": ("notitie.txt", b"Een korte notitie over meerzorg.", "text/plain")}
    with live_app.client("anna") as c:
        evil = c.post("/gradio_api/upload", files=files, headers={"Origin": "http://evil.example"})
        assert evil.status_code == 403 and "alleen vanaf de pagina van de app" in evil.text
        own = c.post("/gradio_api/upload", files=files, headers={"Origin": live_app.url})
        assert own.status_code == 200 and own.json()
    with live_app.client(None) as anonymous:
        assert anonymous.post("/gradio_api/upload", files=files).status_code in (401, 403)


def test_uploads_over_the_limit_are_refused(live_app: LiveApp) -> None:
    big = b"a" * (UPLOAD_MB * 1024 * 1024 + 300 * 1024)
    with live_app.client("anna") as c:
        r = c.post("/gradio_api/upload", files={"files": ("groot.txt", big, "text/plain")},
                   headers={"Origin": live_app.url})
        assert r.status_code == 413


def test_monitoring_is_off_and_no_key_in_the_log(live_app: LiveApp) -> None:
    with live_app.client("anna") as c:
        for path in ("/monitoring", "/monitoring/summary", "/gradio_api/monitoring", "/gradio_api/monitoring/summary"):
            assert c.get(path).status_code in (403, 404), path
    log = live_app.log_text()
    assert "Monitoring URL" not in log and "/monitoring/" not in log
    for secret in ("anna-geheim", "bert-geheim", "pbkdf2_sha256$"):
        assert secret not in log


@pytest.mark.parametrize(("body", "out"), [
    (b'{"data": ["x"]}', {"data": ["x", None, None]}),
    (b'{"data": []}', {"data": [None, None, None]}),
    (b"{}", {"data": [None, None, None]}),
    (b'{"data": [1, 2, 3]}', b'{"data": [1, 2, 3]}'),
    (b'{"data": [1, 2, 3, 4]}', "te veel invoerwaarden"),
    (b'{"data": "x"}', "moet een lijst"),
    (b"[1]", "stuur een object"),
    (b"{kapot", "geen geldige JSON"),
    (b"[" * 100_000, "geen geldige JSON"),
])
def test_calls_by_name_get_missing_values_as_null(body: bytes, out: Any) -> None:
    got = auth.Exposure._pad(body, 3)
    if isinstance(out, dict):
        assert isinstance(got, bytes) and json.loads(got) == out
    elif isinstance(out, bytes):
        assert got == out
    else:
        assert isinstance(got, str) and out in got and got.startswith("Ongeldig verzoek")
