"""Login for a non-localhost bind: PBKDF2-SHA256 password hashes (stdlib only).

Make a hash for ``WLZ_APP__USERS``::

    python -m assistant.ui.auth hash            # asks for the password twice
    echo -n geheim | python -m assistant.ui.auth hash --stdin

Format: ``pbkdf2_sha256$<iterations>$<salt b64>$<hash b64>``.
"""

from __future__ import annotations

import argparse
import base64
import getpass
import hashlib
import hmac
import secrets
import sys
from collections.abc import Callable, Mapping

ALGO = "pbkdf2_sha256"
ITERATIONS = 600_000
LOCAL_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})


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


def make_auth(users: Mapping[str, str]) -> Callable[[str, str], bool]:
    """A ``launch(auth=...)`` callable over ``user -> hash``."""
    table = dict(users)

    def check(username: str, password: str) -> bool:
        stored = table.get(username or "")
        if stored is None:
            verify_password(password or "", hash_password("x", iterations=1000))  # similar work for unknown users
            return False
        return verify_password(password or "", stored)

    return check


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
