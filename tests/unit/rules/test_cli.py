"""The check / rules subcommands: Dutch output, JSON, exit code 2 on bad input."""

from __future__ import annotations

import argparse
import json

import pytest

from assistant.rules import cli

pytestmark = pytest.mark.unit


def _run(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="command", required=True)
    cli.register(sub)
    args = parser.parse_args(argv)
    return int(args.func(args))


def test_check_json(capsys: pytest.CaptureFixture[str]) -> None:
    rc = _run(["check", "lvhc_ca_declareren", "--fact", "client_group=nah_plus", "--fact", "rec_dec_positief_advies=ja", "--year", "2026", "--json"])
    data = json.loads(capsys.readouterr().out)
    assert rc == 0 and data["outcome"] == "yes" and data["period"] == {"from": "2026-01-01", "to": "2026-12-31"}
    assert data["citations"] and data["superseded"][0]["superseded_by"].endswith("(26 mei 2026)")


def test_check_question_human(capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(["check", "--question", "Kunnen wij C&A declareren voor NAH+?"]) == 0
    out = capsys.readouterr().out
    assert "ONBEKEND" in out and "Voor welk jaar?" in out


def test_rules_list(capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(["rules"]) == 0
    assert "lvhc_ca_declareren" in capsys.readouterr().out


@pytest.mark.parametrize(
    "argv",
    [
        ["check", "lvhc_ca_declareren", "--fact", "client_group=onbekend"],
        ["check", "lvhc_ca_declareren", "--fact", "geen_is_teken"],
        ["check", "lvhc_ca_declareren", "--as-of", "2026-02-30"],
        ["check", "bestaat_niet"],
        ["check", "lvhc_ca_declareren", "--fact", "verzonnen=1"],
    ],
)
def test_bad_input_exit_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(argv) == 2
    err = capsys.readouterr().err
    assert err.startswith("Fout: ") and "Traceback" not in err
