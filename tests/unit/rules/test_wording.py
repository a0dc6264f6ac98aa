"""Say it as the answer to the question asked; show what was understood; ask what matters first; a receipt."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from assistant.rules import RuleBook
from assistant.ui.render import verdict_html

pytestmark = pytest.mark.unit

BOOK = RuleBook.load()
STAND = date(2026, 12, 1)


def test_who_pays_is_answered_with_who_pays() -> None:
    v = BOOK.check_question("Wie betaalt de rolstoel van mijn moeder in het verpleeghuis?", as_of=STAND)
    assert v is not None and v.rule_id == "hulpmiddel_bovenbudgettair" and v.outcome == "yes"
    assert v.summary_nl.startswith("Het zorgkantoor betaalt dit hulpmiddel") and v.answer_nl
    data = v.to_json()
    alts = data["conditions"]
    assert all(c["alternative"] for c in alts)
    # the alternatives that do not apply are greyed, never failures inside a yes
    assert [c["greyed"] for c in alts] == [c["status"] == "unmet" for c in alts] and any(c["greyed"] for c in alts)
    assert "✗" not in v.summary_nl and "niet voldaan" not in v.summary_nl
    shared = BOOK.check_question("Wie betaalt de tillift op de afdeling?", as_of=STAND)
    assert shared is not None and shared.outcome == "no"
    assert shared.summary_nl.startswith("Dit valt onder het budget van de instelling")
    assert not any(c["greyed"] for c in shared.to_json()["conditions"])  # in a "nee" they all fail


def test_who_pays_without_a_rule_that_says_who_pays_gets_no_verdict() -> None:
    assert BOOK.check_question("Wie betaalt de tandarts van mijn vader in het verpleeghuis?", as_of=STAND) is None
    assert BOOK.check_question("Wie betaalt de lege kamer na het overlijden?", as_of=STAND) is None


def test_no_names_the_value_that_fails() -> None:
    v = BOOK.check("lvhc_ca_declareren", {"client_group": "nah_plus", "rec_dec_positief_advies": True}, as_of=STAND, year=2025)
    assert v.outcome == "no"
    assert "LVHC-doelgroep: NAH+ (niet-aangeboren hersenletsel plus) — voldoet niet aan: de doelgroep is Korsakov" in v.summary_nl
    cond = next(c for c in v.to_json()["conditions"] if c["status"] == "unmet")
    assert cond["values"] == [{"label_nl": "LVHC-doelgroep", "value_nl": "NAH+ (niet-aangeboren hersenletsel plus)"}]


def test_yes_because_when_all_hold_and_mits_only_while_missing() -> None:
    full = BOOK.check("lvhc_ca_declareren", {"client_group": "korsakov", "rec_dec_positief_advies": True}, as_of=STAND, year=2026)
    assert full.outcome == "yes" and full.summary_nl.startswith(
        "Ja, in 2026, omdat de doelgroep een van de zeven LVHC-doelgroepen is, die per 2026 alle als aanspraak")
    assert "; en omdat de zorgaanbieder met een positief deskundigenadvies van de CElz is aangewezen" in full.summary_nl
    assert "mits" not in full.summary_nl
    partial = BOOK.check("lvhc_ca_declareren", {"client_group": "korsakov"}, as_of=STAND, year=2026)
    assert partial.outcome == "unknown" and partial.if_met == "yes"
    assert partial.summary_nl.startswith(
        "Ja, in 2026, mits de zorgaanbieder met een positief deskundigenadvies van de CElz is aangewezen als REC")
    # the question itself is asked once (follow-up / chat), the summary only names what is needed
    assert partial.missing_facts[0].ask_nl not in partial.summary_nl


def test_missing_facts_most_decisive_first() -> None:
    """A fact whose "nee" alone settles the answer is asked before facts that only narrow it."""
    v = BOOK.check("wlz_behandeling_naast_zzp", {}, as_of=STAND, year=2026)
    names = [m.fact for m in v.missing_facts]
    assert names[0] == "toegelaten_behandeling" and set(names) >= {"leveringsvorm", "behandeling_inbegrepen"}
    vg7 = BOOK.check("vg7_voorwaarden", {}, as_of=STAND, year=2026)
    assert [m.fact for m in vg7.missing_facts][-1] == "aanrijtijd_minuten"  # a number: asked after the yes/no facts


def test_facts_used_with_their_origin() -> None:
    history = [{"role": "user", "content": "Mogen wij C&A declareren voor gerontopsychiatrie plus?"}]
    v = BOOK.check_question("Wij zijn een DEC met positief CElz-advies.", history=history, as_of=STAND,
                            facts={"client_group": "dzep"})
    assert v is not None and v.rule_id == "lvhc_ca_declareren" and v.outcome == "yes"
    used = {f["fact"]: f for f in v.to_json()["facts_used"]}
    assert used["year"]["origin_nl"] == "standaard: het jaar van de stand van de bronnen"
    assert used["client_group"]["origin"] == "antwoord" and used["client_group"]["value"] == "dzep"  # the answer wins
    assert used["rec_dec_positief_advies"]["text_nl"] == (
        "uit uw vraag: 'Wij zijn een DEC' → REC/DEC met positief CElz-advies: ja")
    earlier = BOOK.check_question("Wij zijn een DEC met positief CElz-advies.", history=history, as_of=STAND)
    assert earlier is not None
    assert {f.fact: f.origin for f in earlier.facts_used}["client_group"] == "gesprek"
    html = verdict_html(v.to_json())
    assert "Begrepen" in html and "uw antwoord → LVHC-doelgroep" in html and "stand van de bronnen: 1 december 2026" in html


def test_receipt_reproduces_and_changes_with_a_fact() -> None:
    question = "Wij zijn DEC voor NAH+ met positief advies. Mogen we in 2026 C&A declareren?"
    a = BOOK.receipt(BOOK.check_question(question, as_of=STAND))  # type: ignore[arg-type]
    b = BOOK.receipt(BOOK.check_question(question, as_of=STAND))  # type: ignore[arg-type]
    assert a == b and len(a["sha256"]) == 64
    other = BOOK.receipt(BOOK.check_question(question.replace("NAH+", "MS+"), as_of=STAND))  # type: ignore[arg-type]
    assert other["sha256"] != a["sha256"]
    earlier = BOOK.receipt(BOOK.check_question(question, as_of=date(2025, 12, 31)))  # type: ignore[arg-type]
    assert earlier["sha256"] != a["sha256"] and earlier["verdict"]["stand_van_de_bronnen"] == "2025-12-31"
    quote = a["verdict"]["conditions"][0]["quotes"][0]
    assert set(quote) == {"doc_id", "title", "date", "section", "quote", "doc_sha256"}
    assert a["verdict"]["rule"] == {"id": "lvhc_ca_declareren", "question_nl": a["verdict"]["rule"]["question_nl"],
                                    "version": "2026", "valid": {"from": "2026-01-01", "to": "2026-12-31"}}
    assert a["program_version"] and len(a["corpus_build_id"]) == 16 and len(a["rules_sha256"]) == 64


def test_receipt_is_byte_identical_across_processes() -> None:
    argv = [sys.executable, "-m", "assistant", "check", "-q", "Is een tillift op de afdeling bovenbudgettair?",
            "--as-of", "2026-12-01", "--json"]
    runs = [subprocess.run(argv, capture_output=True, text=True, check=True, timeout=120).stdout for _ in range(2)]
    assert runs[0] == runs[1]
    assert json.loads(runs[0])["receipt"]["verdict"]["outcome"] == "no"


def test_rules_hash_ignores_line_endings(tmp_path: Path) -> None:
    from assistant.rules.receipt import files_sha256

    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "r.yaml").write_bytes(b"rules:\n  - id: x\n")
    (tmp_path / "b" / "r.yaml").write_bytes(b"rules:\r\n  - id: x\r\n")
    assert files_sha256([tmp_path / "a" / "r.yaml"]) == files_sha256([tmp_path / "b" / "r.yaml"])
    (tmp_path / "b" / "r.yaml").write_bytes(b"rules:\n  - id: y\n")
    assert files_sha256([tmp_path / "a" / "r.yaml"]) != files_sha256([tmp_path / "b" / "r.yaml"])


@pytest.mark.parametrize(
    ("main", "subordinate"),
    [
        ("De doelgroep is Korsakov, Huntington, GP+ of DZEP", "de doelgroep Korsakov, Huntington, GP+ of DZEP is"),
        ("Op de locatie wordt behandeling geboden", "op de locatie behandeling geboden wordt"),
        ("Binnen vijf minuten kan iemand bij de cliënt zijn", "binnen vijf minuten iemand bij de cliënt kan zijn"),
        ("Een derdelijnsbehandeling kan uitkomst bieden", "een derdelijnsbehandeling uitkomst kan bieden"),
        ("De cliënt heeft een andere Wlz-indicatie en wacht op plaats",
         "de cliënt een andere Wlz-indicatie heeft en op plaats wacht"),
        ("De cliënt heeft een Wlz-indicatie en uw organisatie verleent die",
         "de cliënt een Wlz-indicatie heeft en uw organisatie die verleent"),
        ("Er zijn een AVG, een gedragsdeskundige en begeleiders van hbo-niveau aanwezig",
         "er een AVG, een gedragsdeskundige en begeleiders van hbo-niveau aanwezig zijn"),
        ("De zorgaanbieder is toegelaten voor behandeling", "de zorgaanbieder voor behandeling toegelaten is"),
        ("Het gaat om extra kosten voor het opbaren, niet om de kosten van de lege kamer",
         "het om extra kosten voor het opbaren gaat, niet om de kosten van de lege kamer"),
        ("Het zorgprofiel is ZGvis 1 of 2 (behandeling is daar géén onderdeel van het ZZP)",
         "het zorgprofiel ZGvis 1 of 2 is (behandeling is daar géén onderdeel van het ZZP)"),
        ("Geen werkwoord hier", None),
    ],
)
def test_because_clause_puts_the_finite_verb_last(main: str, subordinate: str | None) -> None:
    from assistant.rules.wording import because_clause

    assert because_clause(main) == subordinate


def test_every_condition_reads_after_omdat() -> None:
    """Each condition of every rule version can follow "omdat": derived word order or its own omdat_nl."""
    from assistant.rules.wording import because_clause

    for rule in BOOK.rules.values():
        for version in rule.versions:
            for cond in version.conditions:
                assert cond.omdat_nl or because_clause(cond.text_nl), (rule.id, cond.id)


def test_yes_says_omdat_and_mits_only_while_facts_are_missing() -> None:
    v = BOOK.check("vg7_voorwaarden", {"besloten_setting": True, "permanent_toezicht": True, "aanrijtijd_minuten": 3,
                                        "avg_gedragsdeskundige_hbo": True}, as_of=STAND, year=2026)
    assert v.outcome == "yes" and ", omdat de aanbieder in een gesloten/besloten setting voorziet" in v.summary_nl
    assert "binnen vijf minuten iemand bij de cliënt kan zijn" in v.summary_nl and "mits" not in v.summary_nl
    assert verdict_html(v.to_json()).count('class="wlz-verdict-label">Ja<') == 1
    partial = BOOK.check("vg7_voorwaarden", {"besloten_setting": True, "permanent_toezicht": True}, as_of=STAND, year=2026)
    assert partial.outcome == "unknown" and partial.if_met == "yes" and "mits" in partial.summary_nl
    assert 'class="wlz-verdict-label">Ja, mits …<' in verdict_html(partial.to_json())
    no = BOOK.check("vg7_voorwaarden", {"besloten_setting": True, "permanent_toezicht": True, "aanrijtijd_minuten": 10,
                                         "avg_gedragsdeskundige_hbo": True}, as_of=STAND, year=2026)
    assert no.outcome == "no" and "mits" not in no.summary_nl and "omdat" not in no.summary_nl
    assert "tijd tot iemand bij de cliënt is (minuten): 10 — voldoet niet aan" in no.summary_nl
    assert 'class="wlz-verdict-label">Nee<' in verdict_html(no.to_json())


def test_banner_shows_alternatives_as_one_of_with_the_others_greyed() -> None:
    v = BOOK.check_question("Wie betaalt de rolstoel van mijn moeder in het verpleeghuis?", as_of=STAND)
    assert v is not None and v.outcome == "yes"
    html = verdict_html(v.to_json())
    assert "Voorwaarden — één van:" in html
    assert html.count("wlz-cond-greyed") >= 2 and "– niet van toepassing" in html
    assert "✗" not in html and "niet voldaan" not in html  # never a failure inside a Ja
    shared = BOOK.check_question("Wie betaalt de tillift op de afdeling?", as_of=STAND)
    assert shared is not None and shared.outcome == "no"
    no_html = verdict_html(shared.to_json())
    assert "wlz-cond-greyed" not in no_html and "✗ niet voldaan" in no_html  # in a Nee every alternative fails
