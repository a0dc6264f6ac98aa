"""Login for a non-localhost bind: PBKDF2-SHA256 password hashes (stdlib only).

Make a hash for ``WLZ_APP__USERS``::

    python -m assistant.ui.auth hash            # asks for the password twice
    echo -n geheim | python -m assistant.ui.auth hash --stdin

Format: ``pbkdf2_sha256$<iterations>$<salt b64>$<hash b64>``.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import contextvars
import getpass
import hashlib
import hmac
import logging
import posixpath
import re
import secrets
import sys
import threading
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Mapping
from concurrent.futures import ThreadPoolExecutor
from typing import Any

ALGO = "pbkdf2_sha256"
ITERATIONS = 600_000
LOCAL_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})
log = logging.getLogger(__name__)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def hash_password(password: str, *, iterations: int = ITERATIONS, salt: bytes | None = None) -> str:
    if not password:
        raise ValueError("leeg wachtwoord")
    salt = salt or secrets.token_bytes(16)
    digest = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, iterations)
    return f"{ALGO}${iterations}${_b64(salt)}${_b64(digest)}"


def verify_password(password: str, stored: str) -> bool:
    """Constant-time check of ``password`` against a stored hash; False for any malformed hash."""
    try:
        algo, iters, salt_b64, hash_b64 = stored.split("$")
        if algo != ALGO:
            return False
        salt = base64.b64decode(salt_b64, validate=True)
        expected = base64.b64decode(hash_b64, validate=True)
        digest = hashlib.pbkdf2_hmac("sha256", (password or "").encode("utf-8"), salt, int(iters))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(digest, expected)


class LoginGuard:
    """Checks logins without holding up the app, and slows down whoever guesses.

    * The PBKDF2 check (600,000 rounds, ~0.3 s of CPU) runs in a small thread pool of its own: Gradio awaits the
      login on its event loop, and a check run there would stall every user's page for as long as it runs.
    * An unknown user costs the same work as a known one: the password is checked against a dummy hash with
      the iterations of the configured hashes, so the time taken does not tell which user names exist.
    * ``max_failures`` failed logins within ``window_s`` for one user name, or ``max_failures_address`` from
      one client address (higher: a team behind one proxy shares an address), lock that name or address for
      ``lockout_s`` seconds (then it expires). A locked attempt is refused without a hash check, so a flood
      costs the server almost nothing; the lock holds for a right password too.
    """

    def __init__(self, users: Mapping[str, str], *, max_failures: int = 5, max_failures_address: int = 20,
                 window_s: float = 300.0, lockout_s: float = 300.0, workers: int = 2,
                 clock: Callable[[], float] = time.monotonic, max_tracked: int = 10_000) -> None:
        self.table = dict(users)
        self.limit = {"user": max_failures, "ip": max_failures_address}
        self.window_s, self.lockout_s = window_s, lockout_s
        self.clock = clock
        self.max_tracked = max_tracked
        self._failures: OrderedDict[str, list[float]] = OrderedDict()  # "user:…" / "ip:…" -> failure times
        self._locked: dict[str, float] = {}  # key -> locked until
        self._lock = threading.Lock()
        self._pool = ThreadPoolExecutor(max_workers=max(1, workers), thread_name_prefix="wlz-login")
        self._dummy: str | None = None

    # --- the check itself (in the pool) ----------------------------------------------------------
    def _dummy_hash(self) -> str:
        if self._dummy is None:
            iterations = ITERATIONS
            for stored in self.table.values():
                parts = stored.split("$")
                if len(parts) == 4 and parts[1].isdigit():
                    iterations = int(parts[1])
                    break
            self._dummy = hash_password(secrets.token_urlsafe(12), iterations=iterations)
        return self._dummy

    def verify(self, username: str, password: str) -> bool:
        stored = self.table.get(username)
        if stored is None:
            verify_password(password, self._dummy_hash())  # the same work for a user name that does not exist
            return False
        return verify_password(password, stored)

    # --- the rate limit ----------------------------------------------------------------------------
    def locked(self, *keys: str) -> bool:
        now = self.clock()
        with self._lock:
            for key in keys:
                until = self._locked.get(key)
                if until is not None and until <= now:
                    del self._locked[key]  # the lockout expired
                elif until is not None:
                    return True
        return False

    def _failed(self, *keys: str) -> None:
        now = self.clock()
        with self._lock:
            for key in keys:
                times = [t for t in self._failures.pop(key, []) if now - t < self.window_s] + [now]
                self._failures[key] = times
                if len(times) >= self.limit[key.split(":", 1)[0]]:
                    self._locked[key] = now + self.lockout_s
                    self._failures.pop(key)
            while len(self._failures) > self.max_tracked:  # user names sprayed at random take bounded memory
                self._failures.popitem(last=False)
            if len(self._locked) > self.max_tracked:
                self._locked = {k: u for k, u in self._locked.items() if u > now}

    def _succeeded(self, *keys: str) -> None:
        with self._lock:
            for key in keys:
                self._failures.pop(key, None)

    async def check(self, username: str, password: str) -> bool:
        username, password = (username or "")[:200], (password or "")[:1024]
        keys = (f"user:{username}", f"ip:{CLIENT_ADDRESS.get()}")
        if self.locked(*keys):
            log.warning("login refused: %s locked after repeated failures", " / ".join(keys))
            return False
        ok = await asyncio.get_running_loop().run_in_executor(self._pool, self.verify, username, password)
        if ok:
            self._succeeded(keys[0])
        else:
            self._failed(*keys)
        return ok


def make_auth(users: Mapping[str, str], **guard: Any) -> Callable[[str, str], Awaitable[bool]]:
    """A ``launch(auth=...)`` callable over ``user -> hash``: a coroutine function (Gradio awaits it on its
    event loop; it must be one, since Gradio calls anything else without awaiting). See :class:`LoginGuard`."""
    login = LoginGuard(users, **guard)

    async def check(username: str, password: str) -> bool:
        return await login.check(username, password)

    check.guard = login  # type: ignore[attr-defined]
    return check


CLIENT_ADDRESS: contextvars.ContextVar[str] = contextvars.ContextVar("wlz_client_address", default="?")


class ClientAddress:
    """ASGI middleware: the client's address for the login check (Gradio passes only name and password)."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope.get("type") == "http":
            client = scope.get("client")
            token = CLIENT_ADDRESS.set(str(client[0]) if client else "?")
            try:
                await self.app(scope, receive, send)
            finally:
                CLIENT_ADDRESS.reset(token)
            return
        await self.app(scope, receive, send)


SECURITY_HEADERS = (
    (b"x-frame-options", b"SAMEORIGIN"),  # no framing by other sites (clickjacking)
    (b"content-security-policy", b"frame-ancestors 'self'"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
)


class SecurityHeaders:
    """ASGI middleware: every HTTP response says it may not be framed elsewhere nor sniffed as another type."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope.get("type") != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Any) -> None:
            if message.get("type") == "http.response.start":
                present = {k.lower() for k, _ in message.get("headers", [])}
                extra = [(k, v) for k, v in SECURITY_HEADERS if k not in present]
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        await self.app(scope, receive, send_with_headers)


_BY_NAME = re.compile(r"^(?:/gradio_api)?/(?:run|api|call(?:/v2)?)/([^/]+)")
_UPLOAD = re.compile(r"^(?:/gradio_api)?/upload/?$")
_MONITORING = re.compile(r"^(?:/gradio_api)?/monitoring(?:/|$)")


def _header(scope: Any, name: bytes) -> str | None:
    for k, v in scope.get("headers", []):
        if k.lower() == name:
            return str(v.decode("latin-1"))
    return None


def _authority(url: str) -> str:
    """``https://host:port/path`` -> ``host:port`` (lower case; default ports dropped)."""
    from urllib.parse import urlsplit

    try:
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
        port = parts.port
    except ValueError:
        return "\0invalid"
    if not host:
        return "\0invalid"
    default = {"http": 80, "https": 443}.get(parts.scheme)
    host = f"[{host}]" if ":" in host else host
    return host if port in (None, default) else f"{host}:{port}"


def _own_authority(scope: Any) -> str:
    host = (_header(scope, b"host") or "").lower()
    scheme = scope.get("scheme", "http")
    default = {"http": "80", "https": "443"}.get(scheme)
    if default and host.endswith(f":{default}"):
        host = host[: -len(default) - 1]
    return host


class Exposure:
    """ASGI middleware: only what the app means to offer is reachable.

    * Events are callable by name (``/gradio_api/call/<name>``, ``/run/<name>``, ``/api/<name>``) only when they are
      public API endpoints (``public``: the ``gr.api`` names). Gradio gives every "private" event a name and still
      serves it on these routes; the browser calls events through the queue by index, never by name.
    * ``/gradio_api/upload`` refuses a request whose Origin (or, without one, Referer) is another site than the
      app's own host (403: a page elsewhere cannot make a logged-in browser upload files), and a body larger than
      ``max_bytes`` by its Content-Length (413; Gradio also counts the bytes as they arrive).
    * ``/monitoring`` (Gradio's dashboard, which prints its key to the log) is off unless ``monitoring``.
    """

    def __init__(self, app: Any, *, public: frozenset[str] | Mapping[str, int] | None = None,
                 max_bytes: int | None = None, monitoring: bool = False, max_body: int = 16 * 1024 * 1024) -> None:
        self.app = app
        self.public = public
        # public name -> number of inputs: a call by name with fewer values gets the rest as null (the function
        # then answers in Dutch) instead of Gradio's bare error; a body that is not {"data": [...]} gets 400
        self.arity = dict(public) if isinstance(public, Mapping) else {}
        self.max_body = max_body
        self.max_bytes = max_bytes
        self.monitoring = monitoring

    async def _refuse(self, send: Any, status: int, text: str) -> None:
        body = text.encode("utf-8")
        await send({"type": "http.response.start", "status": status,
                    "headers": [(b"content-type", b"text/plain; charset=utf-8"),
                                (b"content-length", str(len(body)).encode())]})
        await send({"type": "http.response.body", "body": body})

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope.get("type") != "http":
            await self.app(scope, receive, send)
            return
        path = str(scope.get("path", ""))
        root = str(scope.get("root_path", "") or "")
        if root and path.startswith(root):
            path = path[len(root):]
        path = posixpath.normpath("/" + path.lstrip("/")) if path else "/"  # "/call/ask/../on_ask", "//call"
        if not self.monitoring and _MONITORING.match(path):
            await self._refuse(send, 404, "Niet gevonden: monitoring staat uit (WLZ_APP__MONITORING).")
            return
        named = _BY_NAME.match(path)
        if named and self.public is not None and named.group(1) not in self.public:
            log.warning("refused call by name of non-public event %r", named.group(1)[:80])
            await self._refuse(send, 404, "Niet gevonden: deze functie is niet via de API beschikbaar.")
            return
        if _UPLOAD.match(path) and scope.get("method") == "POST":
            origin = _header(scope, b"origin")
            referer = _header(scope, b"referer")
            claimed = origin if origin not in (None, "") else referer
            if claimed and (claimed == "null" or _authority(claimed) != _own_authority(scope)):
                log.warning("refused cross-origin upload from %r", claimed[:200])
                await self._refuse(send, 403, "Geweigerd: uploaden kan alleen vanaf de pagina van de app zelf.")
                return
            length = _header(scope, b"content-length")
            if self.max_bytes is not None and length and length.isdigit() and int(length) > self.max_bytes + 64 * 1024:
                await self._refuse(send, 413, f"Het bestand is te groot (maximaal {self.max_bytes // (1024 * 1024)} MB; "
                                              "instelling WLZ_LIMITS__UPLOAD_MB).")
                return
        if named and scope.get("method") == "POST" and named.group(1) in self.arity:
            body = await self._read_body(receive)
            if body is None:
                await self._refuse(send, 413, "Ongeldig verzoek: de invoer is te groot.")
                return
            fixed = self._pad(body, self.arity[named.group(1)])
            if isinstance(fixed, str):
                await self._refuse(send, 400, fixed)
                return
            receive = self._replay(fixed)
            scope = {**scope, "headers": [(k, v) for k, v in scope.get("headers", []) if k.lower() != b"content-length"]
                     + [(b"content-length", str(len(fixed)).encode())]}
        started = False

        async def tracking(message: Any) -> None:
            nonlocal started
            started = started or message.get("type") == "http.response.start"
            await send(message)

        try:
            await self.app(scope, receive, tracking)
        except Exception as exc:  # a malformed request that Gradio's routes do not catch
            # (an unknown event id, a bad fn_index): one log line, no traceback, a plain refusal to the caller
            log.warning("request %s %s failed: %s", scope.get("method"), path[:200], repr(exc)[:300])
            log.debug("details", exc_info=exc)
            if not started:
                await self._refuse(send, 400, "Ongeldig verzoek: de app kan dit verzoek niet verwerken.")


    async def _read_body(self, receive: Any) -> bytes | None:
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message.get("type") != "http.request":
                break
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_body:
                return None
            chunks.append(chunk)
            if not message.get("more_body"):
                break
        return b"".join(chunks)

    @staticmethod
    def _pad(body: bytes, n: int) -> bytes | str:
        import json

        try:
            payload = json.loads(body or b"{}")
        except (ValueError, RecursionError):
            return "Ongeldig verzoek: de invoer is geen geldige JSON."
        if not isinstance(payload, dict):
            return 'Ongeldig verzoek: stuur een object {"data": [...]} met de invoerwaarden.'
        data = payload.get("data", [])
        if not isinstance(data, list):
            return "Ongeldig verzoek: 'data' moet een lijst met de invoerwaarden zijn."
        if len(data) > n:
            return f"Ongeldig verzoek: te veel invoerwaarden ({len(data)}; deze functie neemt er {n})."
        if len(data) == n:
            return body
        payload["data"] = data + [None] * (n - len(data))
        return json.dumps(payload).encode()

    @staticmethod
    def _replay(body: bytes) -> Any:
        sent = False

        async def receive() -> dict[str, Any]:
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": body, "more_body": False}
            return {"type": "http.disconnect"}

        return receive


def public_api_arity(demo: Any) -> dict[str, int]:
    """Public API endpoint name -> its number of inputs (``api_visibility="public"``)."""
    return {str(fn.api_name): len(fn.inputs) for fn in demo.fns.values()
            if getattr(fn, "api_visibility", "public") == "public" and fn.api_name}


def public_api_names(demo: Any) -> frozenset[str]:
    """The names of a Blocks app's public API endpoints (``api_visibility="public"``)."""
    return frozenset(str(fn.api_name) for fn in demo.fns.values()
                     if getattr(fn, "api_visibility", "public") == "public" and fn.api_name)


def web_app_kwargs(*, with_login: bool, public: frozenset[str] | Mapping[str, int] | None = None,
                   max_bytes: int | None = None,
                   monitoring: bool = False) -> dict[str, Any]:
    """``launch(app_kwargs=...)``: security headers and :class:`Exposure` always; with users, the client's
    address for the login check. ``public``: the event names callable by name (None: all, Gradio's default)."""
    from starlette.middleware import Middleware

    middleware = [Middleware(SecurityHeaders),
                  Middleware(Exposure, public=public, max_bytes=max_bytes, monitoring=monitoring)]
    if with_login:
        middleware.append(Middleware(ClientAddress))
    return {"middleware": middleware}


def login_app_kwargs() -> dict[str, Any]:
    """``launch(app_kwargs=...)``: the middleware that gives the login check the client's address."""
    return web_app_kwargs(with_login=True)


def is_local(host: str) -> bool:
    return host in LOCAL_HOSTS


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m assistant.ui.auth", description="Wachtwoord-hash maken")
    sub = parser.add_subparsers(dest="cmd", required=True)
    h = sub.add_parser("hash", help="maak een hash voor WLZ_APP__USERS")
    h.add_argument("--stdin", action="store_true", help="lees het wachtwoord van stdin")
    args = parser.parse_args(argv)
    if args.stdin or not sys.stdin.isatty():
        password = sys.stdin.read().rstrip("\n")
    else:
        password = getpass.getpass("Wachtwoord: ")
        if getpass.getpass("Nogmaals: ") != password:
            print("De wachtwoorden zijn niet gelijk.", file=sys.stderr)
            return 1
    if not password:
        print("Leeg wachtwoord.", file=sys.stderr)
        return 1
    print(hash_password(password))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
