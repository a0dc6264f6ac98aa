from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.unit
ROOT = Path(__file__).resolve().parents[3]


def test_refuses_public_bind_without_users() -> None:
    env = os.environ | {"WLZ_APP__HOST": "0.0.0.0", "WLZ_APP__USERS": "{}"}
    r = subprocess.run([sys.executable, str(ROOT / "app.py")], env=env, capture_output=True, text=True, timeout=60)
    assert r.returncode == 2
    assert "geen gebruikers" in r.stderr
