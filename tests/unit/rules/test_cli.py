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
    assert data["receipt"]["verdict"]["rule"]["version"] == "2026"


def test_a_question_given_where_the_rule_id_goes_is_read_as_the_question(capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(["check", "Kunnen wij C&A declareren voor NAH+?", "--as-of", "2026-06-01"]) == 0
    assert capsys.readouterr().out.startswith("JA, MITS — Ja, in 2026")
    assert _run(["check", "geen_regel"]) == 2  # a rule id (no spaces) that does not exist is still an error
    assert "Onbekende regel: geen_regel" in capsys.readouterr().err


def test_check_question_human(capsys: pytest.CaptureFixture[str]) -> None:
    """A present-tense question without a year: the zorgjaar is the stand's year (said so), not "Voor welk jaar?"."""
    assert _run(["check", "--question", "Kunnen wij C&A declareren voor NAH+?", "--as-of", "2026-06-01"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("JA, MITS — Ja, in 2026, mits de zorgaanbieder") and "Voor welk jaar?" not in out
    assert "standaard: het jaar van de stand van de bronnen → zorgjaar: 2026" in out
    assert "uit uw vraag: 'NAH+' → LVHC-doelgroep: NAH+" in out
    assert "Vraag: Is uw organisatie een REC of DEC" in out


def test_check_year_and_stand_together(capsys: pytest.CaptureFixture[str]) -> None:
    """--year (zorgjaar) and --as-of (stand van de bronnen) are two dates, given together."""
    rc = _run(["check", "lvhc_ca_declareren", "-f", "client_group=nah_plus", "-f", "rec_dec_positief_advies=ja",
               "--year", "2026", "--as-of", "2025-12-31", "--json"])
    data = json.loads(capsys.readouterr().out)
    assert rc == 0 and data["outcome"] == "unknown" and data["reason"] == "open_in_sources"
    assert data["zorgjaar"] == 2026 and data["as_of"] == "2025-12-31" and data["version"] == "2026-zn"
    assert {c["date"] for c in data["citations"]} == {"2025-07-01"} and data["superseded"] == []
    assert data["receipt"]["verdict"]["stand_van_de_bronnen"] == "2025-12-31" and len(data["receipt"]["sha256"]) == 64


def test_check_json_receipt_is_byte_identical(capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["check", "-q", "Wij zijn DEC voor NAH+ met positief advies. Mogen we in 2026 C&A declareren?",
            "--as-of", "2026-07-01", "--json"]
    _run(argv)
    first = capsys.readouterr().out
    _run(argv)
    assert capsys.readouterr().out == first
    receipt = json.loads(first)["receipt"]
    assert [f["fact"] for f in receipt["verdict"]["facts"]] == ["year", "client_group", "rec_dec_positief_advies"]


def test_rules_list(capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(["rules"]) == 0
    assert "lvhc_ca_declareren" in capsys.readouterr().out


@pytest.mark.parametrize(
    "argv",
    [
        ["check", "lvhc_ca_declareren", "--fact", "client_group=onbekend"],
        ["check", "lvhc_ca_declareren", "--fact", "geen_is_teken"],
        ["check", "lvhc_ca_declareren", "--as-of", "2026-02-30"],
        ["check", "lvhc_ca_declareren", "--on", "2026-13-01"],
        ["check", "-q", "Mogen wij C&A declareren?", "--on", "2026-01-01"],
        ["check", "bestaat_niet"],
        ["check", "lvhc_ca_declareren", "--fact", "verzonnen=1"],
    ],
)
def test_bad_input_exit_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(argv) == 2
    err = capsys.readouterr().err
    assert err.startswith("Fout: ") and "Traceback" not in err


def test_check_question_that_fits_two_rules_asks_which(capsys: pytest.CaptureFixture[str]) -> None:
    """A tie between two rules gives no verdict, and the CLI names both questions (issue 12, route_margin)."""
    question = ("Wij leveren zorg tijdens onderwijs met een VPT inclusief dagbesteding. Mogen we daarvoor personeel van "
                "de school inzetten?")
    assert _run(["check", "--question", question, "--as-of", "2026-12-01"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Geen regeltoets: de vraag past bij meer dan één regel. Welke vraag bedoelt u?")
    assert "(zorg_onderwijs_financiering)" in out and "(zorg_onderwijs_personeel)" in out
