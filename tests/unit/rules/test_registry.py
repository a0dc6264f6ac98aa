"""The fact registry (data/facts/registry.yaml): its examples run as tests, and a broken entry fails loudly."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
import yaml

from assistant.errors import RuleError
from assistant.rules import RuleBook
from assistant.rules.facts import extract_facts
from assistant.rules.model import FACT_NAMES, Facts, fact_values, parse_facts
from assistant.rules.registry import REGISTRY_PATH, load_registry, registry

pytestmark = pytest.mark.unit

REG = registry()
EXAMPLES = [(name, ex.text, ex.value) for name, spec in REG.facts.items() for ex in spec.examples]


@pytest.mark.parametrize(("name", "text", "value"), EXAMPLES, ids=[f"{n}:{t[:30]}" for n, t, _ in EXAMPLES])
def test_registry_example(name: str, text: str, value: object) -> None:
    got = extract_facts(text, today=date(2026, 6, 1), names=[name]).get(name)
    expected = date.fromisoformat(value) if REG.facts[name].type == "date" and isinstance(value, str) else value
    assert got == expected, (text, got)


def test_every_recognised_fact_has_examples() -> None:
    lacking = [n for n, s in REG.facts.items() if s.recognise != type(s.recognise)() and not s.examples]
    assert not lacking


def test_every_rule_fact_is_in_the_registry_and_the_model() -> None:
    book = RuleBook.load()
    for rule in book.rules.values():
        assert set(rule.facts) <= set(FACT_NAMES)
    assert set(Facts.model_fields) == set(REG.facts)
    assert fact_values("client_group")[0] == "korsakov" and fact_values("behandeling_inbegrepen") == ["ja", "nee"]


def test_derivations_from_the_registry() -> None:
    facts = parse_facts({"aantal_plaatsen": 12, "verwachte_ligdagen": 365, "zorgprofiel": "vg 7", "duur_maanden": 6,
                         "pgb_sinds": 2018})
    assert facts.productieplafond == 4380 and facts.sector == "VG" and facts.duur_weken == 26
    assert facts.pgb_voor_2020 is True
    assert parse_facts({"pgb_sinds": 2021}).pgb_voor_2020 is False
    assert parse_facts({"pgb_voor_2020": False, "pgb_sinds": 2018}).pgb_voor_2020 is False  # stated wins


def test_a_date_compared_against_the_rules_threshold() -> None:
    """A start year read as a value and compared by the rule (via the derivation), not matched as a string."""
    book = RuleBook.load()
    v = book.check_question("Mag iemand met LVG2 zijn pgb houden? Zijn pgb loopt vanaf 2016 en het "
                            "indicatiebesluit loopt nog.", as_of=date(2026, 6, 1))
    assert v is not None and v.rule_id == "lvg_pgb" and v.outcome == "yes"
    used = {f.fact: f for f in v.facts_used}
    assert used["pgb_voor_2020"].origin == "afgeleid"


def _write(tmp_path: Path, data: dict[str, object]) -> Path:
    path = tmp_path / "registry.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def test_adding_a_fact_is_one_entry(tmp_path: Path) -> None:
    data = yaml.safe_load(REGISTRY_PATH.read_text(encoding="utf-8"))
    data["facts"]["aantal_bewoners"] = {
        "type": "integer", "label_nl": "aantal bewoners", "ask_nl": "Hoeveel bewoners zijn er?",
        "recognise": {"number": [{"unit": r"\s*bewoners\b"}]},
        "examples": [{"text": "een huis met 14 bewoners", "value": 14}],
    }
    assert "aantal_bewoners" in load_registry(_write(tmp_path, data)).facts


def test_the_documented_exemplar_fact(tmp_path: Path) -> None:
    """The example in docs/rules.md: exemplar phrasings, no regular expressions."""
    data = yaml.safe_load(REGISTRY_PATH.read_text(encoding="utf-8"))
    data["facts"]["client_woont_thuis"] = {
        "type": "bool", "label_nl": "cliënt woont thuis", "ask_nl": "Woont de cliënt thuis?",
        "recognise": {"zinnen": {"ja": ["woont thuis", "woont nog thuis"], "nee": ["woont in een instelling"]}},
    }
    spec = load_registry(_write(tmp_path, data)).facts["client_woont_thuis"]
    yes = [re.compile(p) for p in spec.recognise.patterns("ja")]
    assert any(p.search("mijn moeder woont nog gewoon thuis") for p in yes)
    assert not any(p.search("ze woont niet meer thuis") for p in yes)
    from assistant.rules.docs import OUT

    assert "client_woont_thuis:" in OUT.read_text(encoding="utf-8")


@pytest.mark.parametrize(("text", "hit"), [
    ("wij doen de behandeling zelf", True),
    ("de behandeling doen wij zelf", False),  # the object fronted: not the exemplar's order
    ("daarom doen wij de behandeling zelf", True),  # subject and verb inverted after a fronted word
    ("daarom doen wij de behandeling niet zelf", False),
    ("zij doen de behandeling zelf", False),  # another subject
])
def test_an_exemplar_matches_its_subject_and_verb_inverted(text: str, hit: bool) -> None:
    from assistant.rules.registry import exemplar_pattern

    assert bool(re.search(exemplar_pattern("wij doen de behandeling zelf"), text)) is hit


@pytest.mark.parametrize("broken", [
    {"type": "bool", "label_nl": "x", "ask_nl": "Is het zo?", "recognise": {"ja": ["(unclosed"]}},
    {"type": "enum", "label_nl": "x", "ask_nl": "Welke is het?"},
    {"type": "bool", "label_nl": "x", "ask_nl": "Is het zo?", "derive": {"op": "product", "from": ["bestaat_niet"]}},
    {"type": "bool", "label_nl": "x", "ask_nl": "Is het zo?", "recognise": {"builtin": "verzonnen"}},
    {"type": "integer", "label_nl": "x", "ask_nl": "Hoeveel?", "recognise": {"ja": ["ja"]}},
])
def test_a_broken_entry_fails_with_a_dutch_message(tmp_path: Path, broken: dict[str, object]) -> None:
    data = yaml.safe_load(REGISTRY_PATH.read_text(encoding="utf-8"))
    data["facts"]["kapot"] = broken
    with pytest.raises(RuleError, match="Ongeldig gegevensregister"):
        load_registry(_write(tmp_path, data))
