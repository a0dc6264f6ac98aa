"""requirements.lock holds every dependency pyproject.toml names (make install installs only the lock)."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

pytestmark = pytest.mark.unit
ROOT = Path(__file__).resolve().parents[2]


def _name(requirement: str) -> str:
    return re.split(r"[\s\[<>=!~;]", requirement.strip(), maxsplit=1)[0].lower().replace("_", "-")


def test_every_dependency_and_dev_extra_is_locked_with_hashes() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    wanted = {_name(r) for r in project["dependencies"]}
    wanted |= {_name(r) for r in project.get("optional-dependencies", {}).get("dev", [])}
    lock = (ROOT / "requirements.lock").read_text(encoding="utf-8")
    locked = {m.group(1).lower().replace("_", "-") for m in re.finditer(r"^([A-Za-z0-9_.-]+)==\S+", lock, re.M)}
    assert wanted - locked == set(), "run `make lock` after changing pyproject.toml"
    for block in re.split(r"\n(?=[A-Za-z0-9_.-]+==)", lock):
        if re.match(r"[A-Za-z0-9_.-]+==", block):
            assert "--hash=sha256:" in block, block.splitlines()[0]
