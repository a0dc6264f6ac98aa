from __future__ import annotations

import os

import pytest

from assistant.bootstrap import sources
from assistant.errors import InputError
from assistant.settings import Settings

pytestmark = pytest.mark.unit


def test_viewer_documents_are_cleaned_once_and_again_after_a_change(hash_settings: Settings) -> None:
    lib = sources(hash_settings)
    first = lib.document("meerzorg-thuis-2025")
    assert lib.document("meerzorg-thuis-2025") is first
    f = hash_settings.corpus_dir / "2025-09-08_kamerbrief_meerzorg-thuis.txt"
    f.write_text(f.read_text(encoding="utf-8").replace("Meerzorg is mogelijk", "Meerzorg is ook mogelijk"),
                 encoding="utf-8")
    os.utime(f, ns=(f.stat().st_atime_ns, f.stat().st_mtime_ns + 10_000_000))
    second = lib.document("meerzorg-thuis-2025")
    assert second is not first and "Meerzorg is ook mogelijk" in second.text
    with pytest.raises(InputError):
        lib.document("bestaat-niet")
