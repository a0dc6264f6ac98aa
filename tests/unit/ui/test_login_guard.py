"""The login check: off the event loop, equal work for unknown users, a per-user and per-address lockout that
expires, bounded memory, and the middleware that tells it the client's address."""

from __future__ import annotations

import asyncio
import concurrent.futures
import threading
from typing import Any

import pytest

from assistant.ui import auth

pytestmark = pytest.mark.unit
HASH = auth.hash_password("s3cret", iterations=1000)

def run(coro: Any) -> Any:
    """asyncio.run in a fresh thread: a test earlier in the session (Playwright's sync API in the browser tests)
    leaves an event loop running in the main thread, where asyncio.run refuses to start."""
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, coro).result()



class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def guard(**kw: Any) -> tuple[auth.LoginGuard, Clock]:
    clock = Clock()
    return auth.LoginGuard({"anna": HASH}, clock=clock, **kw), clock


def login(g: auth.LoginGuard, user: str, password: str, address: str = "10.0.0.1") -> bool:
    async def go() -> bool:
        token = auth.CLIENT_ADDRESS.set(address)
        try:
            return await g.check(user, password)
        finally:
            auth.CLIENT_ADDRESS.reset(token)

    return run(go())


def test_the_hash_check_does_not_block_the_event_loop(monkeypatch: pytest.MonkeyPatch) -> None:
    g, _ = guard()
    entered, release = threading.Event(), threading.Event()

    def slow_verify(password: str, stored: str) -> bool:
        entered.set()
        release.wait(5)
        return password == "s3cret"

    monkeypatch.setattr(auth, "verify_password", slow_verify)

    async def main() -> tuple[bool, int]:
        pending = asyncio.create_task(g.check("anna", "s3cret"))
        ticks = 0
        while not entered.is_set():  # the check is running in its own thread...
            await asyncio.sleep(0.001)
        for _ in range(10):  # ...and the loop keeps serving everyone else meanwhile
            await asyncio.sleep(0)
            ticks += 1
        assert not pending.done()
        release.set()
        return await pending, ticks

    ok, ticks = run(main())
    assert ok and ticks == 10


def test_unknown_users_cost_the_same_work(monkeypatch: pytest.MonkeyPatch) -> None:
    rounds: list[int] = []
    real = auth.hashlib.pbkdf2_hmac

    def counting(name: str, password: bytes, salt: bytes, iterations: int) -> bytes:
        rounds.append(iterations)
        return real(name, password, salt, iterations)

    g, _ = guard()
    g._dummy_hash()  # made once, up front (not part of a login)
    monkeypatch.setattr(auth.hashlib, "pbkdf2_hmac", counting)
    assert not login(g, "anna", "fout")
    assert not login(g, "niemand", "fout")
    assert rounds == [1000, 1000]  # the iterations of the configured hash, for the unknown user as well


def test_repeated_failures_lock_the_user_until_the_lockout_expires(monkeypatch: pytest.MonkeyPatch) -> None:
    g, clock = guard(max_failures=3, lockout_s=60, window_s=120)
    for _ in range(3):
        assert not login(g, "anna", "fout")
    checked: list[str] = []
    monkeypatch.setattr(g, "verify", lambda u, p: checked.append(u) or True)
    assert not login(g, "anna", "s3cret", address="10.0.0.2")  # locked, even with the right password
    assert checked == []  # refused without a hash check: a flood costs nothing
    clock.now += 61
    assert login(g, "anna", "s3cret") and checked == ["anna"]


def test_failures_outside_the_window_are_forgotten() -> None:
    g, clock = guard(max_failures=3, window_s=60)
    for _ in range(2):
        assert not login(g, "anna", "fout")
    clock.now += 61
    assert not login(g, "anna", "fout")  # only one failure inside the window now
    assert login(g, "anna", "s3cret")


def test_one_address_guessing_many_names_is_locked_others_are_not() -> None:
    g, clock = guard(max_failures=100, max_failures_address=4, lockout_s=30)
    for i in range(4):
        assert not login(g, f"gebruiker{i}", "fout", address="203.0.113.9")
    assert not login(g, "anna", "s3cret", address="203.0.113.9")
    assert login(g, "anna", "s3cret", address="198.51.100.7")
    clock.now += 31
    assert login(g, "anna", "s3cret", address="203.0.113.9")


def test_sprayed_names_take_bounded_memory() -> None:
    g, _ = guard(max_tracked=50, max_failures_address=10**6)
    for i in range(200):
        login(g, f"naam{i}", "fout", address=f"10.1.{i // 250}.{i % 250}")
    assert len(g._failures) <= 50


def test_the_middleware_gives_the_check_the_client_address() -> None:
    seen: list[str] = []

    async def app(scope: Any, receive: Any, send: Any) -> None:
        seen.append(auth.CLIENT_ADDRESS.get())

    mw = auth.ClientAddress(app)
    run(mw({"type": "http", "client": ("192.0.2.5", 5555)}, None, None))
    run(mw({"type": "http", "client": None}, None, None))
    assert seen == ["192.0.2.5", "?"] and auth.CLIENT_ADDRESS.get() == "?"
    kwargs = auth.login_app_kwargs()
    assert [m.cls for m in kwargs["middleware"]] == [auth.SecurityHeaders, auth.Exposure, auth.ClientAddress]


def test_gradio_awaits_the_check_and_sees_the_address() -> None:
    """Through a real Gradio login route: the right password logs in, failures lock the name (a right
    password then fails too), and the lock is kept per client address as well."""
    import socket
    import urllib.error
    import urllib.parse
    import urllib.request

    import gradio as gr

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = int(s.getsockname()[1])
    with gr.Blocks() as demo:
        gr.Markdown("x")
    check = auth.make_auth({"anna": HASH}, max_failures=3)
    demo.launch(server_name="127.0.0.1", server_port=port, auth=check, app_kwargs=auth.login_app_kwargs(),
                prevent_thread_lock=True, quiet=True)

    def post(user: str, password: str) -> int:
        data = urllib.parse.urlencode({"username": user, "password": password}).encode()
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/login", data=data, timeout=30) as r:
                return int(r.status)
        except urllib.error.HTTPError as e:
            return int(e.code)

    try:
        assert post("anna", "s3cret") == 200
        assert [post("anna", "fout") for _ in range(3)] == [400, 400, 400]
        assert post("anna", "s3cret") == 400  # locked
        assert "ip:127.0.0.1" in check.guard._failures  # type: ignore[attr-defined]
    finally:
        demo.close()


def test_security_headers_on_every_http_response() -> None:
    sent: list[dict[str, Any]] = []

    async def app(scope: Any, receive: Any, send: Any) -> None:
        await send({"type": "http.response.start", "status": 200, "headers": [(b"content-type", b"text/html")]})
        await send({"type": "http.response.body", "body": b"ok"})

    async def collect(message: dict[str, Any]) -> None:
        sent.append(message)

    run(auth.SecurityHeaders(app)({"type": "http"}, None, collect))
    headers = dict(sent[0]["headers"])
    assert headers[b"x-frame-options"] == b"SAMEORIGIN" and headers[b"x-content-type-options"] == b"nosniff"
    assert b"frame-ancestors" in headers[b"content-security-policy"] and sent[1]["body"] == b"ok"
