"""Every data file the package reads is shipped with it: an installed package (pip install .) misses any file
that ``[tool.setuptools.package-data]`` does not name (the fact registry once was)."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

pytestmark = pytest.mark.unit
ROOT = Path(__file__).resolve().parents[2]


def test_every_data_file_of_the_package_is_in_package_data() -> None:
    globs = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"][
        "package-data"]["assistant"]
    pkg = ROOT / "assistant"
    data = [p for p in pkg.rglob("*") if p.is_file() and p.suffix not in (".py", ".pyc") and "__pycache__" not in p.parts]
    assert data, "no data files found"
    shipped = {f for g in globs for f in pkg.glob(g)}  # the globs as setuptools reads them, from the package root
    missing = [str(p.relative_to(pkg)) for p in data if p not in shipped]
    assert not missing, f"not in [tool.setuptools.package-data]: {missing}"
