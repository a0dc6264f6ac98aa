"""Hostile configuration: every bad WLZ_* value stops the CLI and the app with a Dutch message that names the
variable (exit 2), never a traceback; directories that are files, unreadable or missing get a Dutch message with
the path."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.errors import ConfigError
from assistant.settings import load_settings

pytestmark = pytest.mark.unit
ROOT = Path(__file__).resolve().parents[3]

BAD_VALUES: dict[str, str] = {
    "WLZ_APP__PORT": "abc",
    "WLZ_APP__PORT ": "0",
    "WLZ_APP__PORT  ": "70000",
    "WLZ_APP__CONCURRENCY": "-1",
    "WLZ_APP__CONCURRENCY ": "veel",
    "WLZ_APP__USERS": "kapot",
    "WLZ_APP__USERS ": "[1, 2]",
    "WLZ_APP__ADMIN": "misschien",
    "WLZ_APP__ADMINS": "[kapot",
    "WLZ_APP__ADMINS ": '{"anna": 1}',
    "WLZ_APP__QUERY_WORKER": "2",
    "WLZ_APP__MONITORING": "aan",
    "WLZ_CHROMA__MODE": "cloud",
    "WLZ_CHROMA__PORT": "-8000",
    "WLZ_CHROMA__HEADERS": "Bearer x",
    "WLZ_CHROMA__SSL": "ja!",
    "WLZ_EMBEDDER": "openai",
    "WLZ_EMBEDDING__BATCH_SIZE": "0",
    "WLZ_EMBEDDING__QUERY_PRECISION": "fp4",
    "WLZ_EMBEDDING__QUERY_BACKEND": "tensorrt",
    "WLZ_EMBEDDING__QUERY_CACHE": "-1",
    "WLZ_EMBEDDING__DIMENSIONS": "nul",
    "WLZ_RETRIEVAL__K": "0",
    "WLZ_RETRIEVAL__K ": "1e9",
    "WLZ_RETRIEVAL__CANDIDATES": "-60",
    "WLZ_RETRIEVAL__FUSION": "magic",
    "WLZ_RETRIEVAL__DENSE_WEIGHT": "nan",
    "WLZ_RETRIEVAL__LEXICAL_WEIGHT": "-inf",
    "WLZ_RETRIEVAL__CHUNK_CHARS": "10",
    "WLZ_RETRIEVAL__OVERLAP_SENTENCES": "-2",
    "WLZ_LLM__BACKEND": "gpt5",
    "WLZ_LLM__TIMEOUT_S": "0",
    "WLZ_LLM__TEMPERATURE": "inf",
    "WLZ_LIMITS__QUESTION_CHARS": "-1",
    "WLZ_LIMITS__HISTORY_TURNS": "0",
    "WLZ_LIMITS__HISTORY_CHARS": "veel",
    "WLZ_LIMITS__FACTS": "1.5",
    "WLZ_LIMITS__UPLOAD_MB": "-50",
    "WLZ_LIMITS__UNPACKED_MB": "0",
    "WLZ_LIMITS__DOCUMENT_SECONDS": "nan",
    "WLZ_LIMITS__DOCUMENT_PASSAGES": "",
    "WLZ_CHROMA": "{kapot",
    "WLZ_LIMITS": "[]",
}


@pytest.mark.parametrize("variable", list(BAD_VALUES))
def test_a_bad_setting_names_the_variable(variable: str, monkeypatch: pytest.MonkeyPatch) -> None:
    for key in list(os.environ):
        if key.startswith("WLZ_"):
            monkeypatch.delenv(key)
    monkeypatch.setenv(variable.strip(), BAD_VALUES[variable])
    with pytest.raises(ConfigError) as err:
        load_settings()
    message = err.value.message_nl
    assert message.startswith("Ongeldige instelling")
    name = variable.strip()
    top = "__".join(name.split("__")[:1]) if name.count("__") == 0 else name.split("__")[0]
    assert name in message or f"{top}__" in message, message
    assert "Traceback" not in message and "pydantic" not in message.lower()


@pytest.mark.parametrize(("variable", "value"), [("WLZ_APP__ADMINS", "anna, bert"), ("WLZ_APP__ADMINS", '["anna"]'),
                                                 ("WLZ_APP__PORT", "8080"), ("WLZ_LIMITS__UPLOAD_MB", "5")])
def test_good_settings_load(variable: str, value: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(variable, value)
    load_settings()


def _run(args: list[str], env: dict[str, str], timeout: float = 180) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("WLZ_")}
    return subprocess.run([sys.executable, *args], cwd=ROOT, env=clean | env, capture_output=True, text=True,
                          timeout=timeout, check=False)


CLI_CONFIG: dict[str, dict[str, str]] = {
    "port-text": {"WLZ_APP__PORT": "abc"},
    "limit-negative": {"WLZ_LIMITS__QUESTION_CHARS": "-1"},
    "weight-nan": {"WLZ_RETRIEVAL__DENSE_WEIGHT": "nan"},
    "users-not-json": {"WLZ_APP__USERS": "kapot"},
    "index-dir-is-a-file": {"WLZ_INDEX_DIR": "/etc/hostname", "WLZ_EMBEDDER": "tests.fakes:HashEmbedder"},
    "corpus-dir-missing": {"WLZ_CORPUS_DIR": "/bestaat/niet", "WLZ_EMBEDDER": "tests.fakes:HashEmbedder"},
}


@pytest.mark.parametrize("case", list(CLI_CONFIG))
def test_the_cli_refuses_bad_configuration_in_dutch(case: str, tmp_path: Path) -> None:
    env = {"WLZ_INDEX_DIR": str(tmp_path / "index"), "WLZ_DATA_DIR": str(tmp_path / "data")} | CLI_CONFIG[case]
    r = _run(["-m", "assistant", "ask", "Wie betaalt de tandarts bij een VPT?"], env)
    assert r.returncode == 2, (r.returncode, r.stderr[-1500:])
    assert "Traceback" not in r.stderr
    line = [x for x in r.stderr.splitlines() if x.startswith("Fout: ")]
    assert line and re.search(r"instelling|index|manifest|map|bestaat", line[0]), r.stderr


@pytest.mark.parametrize("case", ["port-text", "weight-nan"])
def test_the_app_refuses_bad_configuration_in_dutch(case: str) -> None:
    r = _run([str(ROOT / "app.py")], CLI_CONFIG[case], timeout=120)
    assert r.returncode == 2 and "Traceback" not in r.stderr
    assert "Starten mislukt: Ongeldige instelling: WLZ_" in r.stderr, r.stderr[-1500:]
