"""Load and validate rule files against the schema and the corpus.

Every check that can fail is done here, at load time, and fails loudly with a
:class:`RuleError` naming the file and the rule: unknown facts, overlapping
versions, missing citations, a quote that is not in its document, a
``supersedes`` that is not settled by a *later* source.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml
from pydantic import ValidationError

from ..corpus import load_manifest
from ..errors import AssistantError, RuleError
from ..types import DocumentMeta
from .model import FACT_NAMES, Cite, Expr, Facts, Rule, Version

DATA_DIR = Path(__file__).parent / "data"

_SUP_RE = re.compile(r"<sup>\s*[^<]{0,12}\s*</sup>", re.IGNORECASE)
_WS_RE = re.compile(r"\s+")
# Page furniture the cleaner removes: a new page starts with a line that begins with a space
# ("\n moet echter…"), and an end-of-line hyphen is undone. A quote may not cross either.
_PAGE_START_RE = re.compile(r"\n(?= \S)")
_EOL_HYPHEN_RE = re.compile(r"-[ \t]*\n")
_BREAK = "\x00"


def normalize(text: str) -> str:
    """Collapse whitespace and drop markdown emphasis and footnote markers."""
    text = _SUP_RE.sub("", text)
    text = text.replace("**", "").replace("*", "")
    return _WS_RE.sub(" ", text).strip()


def quote_found(raw_text: str, quote: str) -> bool:
    """True when ``quote`` occurs in ``raw_text`` up to whitespace and markdown emphasis."""
    return normalize(quote) in normalize(raw_text)


def quote_crosses_break(raw_text: str, quote: str) -> bool:
    """True when the quote is only found by joining across a page break or an end-of-line hyphen."""
    marked = _EOL_HYPHEN_RE.sub("-" + _BREAK + "\n", _PAGE_START_RE.sub("\n" + _BREAK, raw_text))
    return normalize(quote) not in normalize(marked).replace(" " + _BREAK, _BREAK)


def document_text(meta: DocumentMeta, corpus_dir: Path) -> str:
    """The text quotes are checked against (switch to the cleaned text here, in one place)."""
    return (corpus_dir / meta.file).read_text(encoding="utf-8")


@dataclass(frozen=True)
class Corpus:
    docs: dict[str, DocumentMeta]
    texts: dict[str, str]


@lru_cache(maxsize=4)
def load_corpus(corpus_dir: Path) -> Corpus:
    metas = load_manifest(corpus_dir / "manifest.toml")
    return Corpus(docs={m.id: m for m in metas}, texts={m.id: document_text(m, corpus_dir) for m in metas})


def _err(path: Path, rule_id: str | None, msg: str) -> RuleError:
    where = f"{path.name}" + (f", regel {rule_id}" if rule_id else "")
    return RuleError(f"Ongeldig regelbestand ({where}): {msg}")


def _check_cite(path: Path, rule_id: str, cite: Cite, corpus: Corpus, what: str) -> None:
    if cite.doc not in corpus.docs:
        raise _err(path, rule_id, f"{what}: onbekend document '{cite.doc}' (niet in het corpusmanifest)")
    text = corpus.texts[cite.doc]
    if not quote_found(text, cite.quote):
        raise _err(path, rule_id, f"{what}: citaat niet gevonden in {cite.doc}: \"{cite.quote[:80]}\"")
    if quote_crosses_break(text, cite.quote):
        raise _err(path, rule_id, f"{what}: citaat loopt over een paginagrens of afgebroken regel: \"{cite.quote[:80]}\"")


def _check_expr(path: Path, rule: Rule, expr: Expr, where: str) -> None:
    for name in expr.facts():
        if name not in FACT_NAMES:
            raise _err(path, rule.id, f"{where}: onbekend gegeven '{name}'")
        if name not in rule.facts:
            raise _err(path, rule.id, f"{where}: gegeven '{name}' staat niet in de lijst 'facts' van de regel")
    leaves = [x for x in (expr.eq, expr.lte, expr.gte) if x is not None]
    for leaf in leaves:
        probe: dict[str, object] = {}
        if leaf.value is not None:
            probe[leaf.fact] = leaf.value
        _validate_values(path, rule, probe, where)
    if expr.in_ is not None:
        for value in expr.in_.values:
            _validate_values(path, rule, {expr.in_.fact: value}, where)
    for child in (expr.all_ or []) + (expr.any_ or []) + ([expr.not_] if expr.not_ else []):
        _check_expr(path, rule, child, where)


def _validate_values(path: Path, rule: Rule, probe: dict[str, object], where: str) -> None:
    if not probe:
        return
    try:
        Facts.model_validate(probe)
    except ValidationError as exc:
        raise _err(path, rule.id, f"{where}: waarde past niet bij het gegeven: {probe}") from exc


def _check_versions(path: Path, rule: Rule, corpus: Corpus) -> None:
    ordered = sorted(rule.versions, key=lambda v: v.valid_from)
    if [v.id for v in ordered] != [v.id for v in rule.versions]:
        raise _err(path, rule.id, "versies moeten op valid_from oplopen")
    if len({v.id for v in rule.versions}) != len(rule.versions):
        raise _err(path, rule.id, "dubbele versie-id")
    for prev, nxt in itertools.pairwise(ordered):
        if prev.valid_to is None or prev.valid_to >= nxt.valid_from:
            raise _err(
                path,
                rule.id,
                f"versies {prev.id} en {nxt.id} overlappen (geldig t/m {prev.valid_to or 'open einde'}, "
                f"volgende vanaf {nxt.valid_from})",
            )
    for v in rule.versions:
        _check_version(path, rule, v, corpus)


def _check_version(path: Path, rule: Rule, v: Version, corpus: Corpus) -> None:
    for c in [*v.conditions, *v.open_if]:
        _check_expr(path, rule, c.test, f"versie {v.id}, voorwaarde {c.id}")
    for cite in v.all_cites():
        _check_cite(path, rule.id, cite, corpus, f"versie {v.id}")
    for sup in v.supersedes:
        _check_cite(path, rule.id, sup, corpus, f"versie {v.id}, supersedes")
        if sup.by not in corpus.docs:
            raise _err(path, rule.id, f"versie {v.id}: supersedes.by noemt onbekend document '{sup.by}'")
        if sup.by not in {c.doc for c in v.all_cites()}:
            raise _err(path, rule.id, f"versie {v.id}: supersedes.by '{sup.by}' moet ook in de citaten van de versie staan")
        older, newer = corpus.docs[sup.doc], corpus.docs[sup.by]
        if not newer.date > older.date:
            raise _err(
                path,
                rule.id,
                f"versie {v.id}: {sup.by} ({newer.date}) is niet later dan {sup.doc} ({older.date}); "
                "een gelijke of oudere bron kan niets achterhalen",
            )


def _check_rule(path: Path, rule: Rule, corpus: Corpus) -> None:
    for name in rule.facts:
        if name not in FACT_NAMES:
            raise _err(path, rule.id, f"onbekend gegeven '{name}' in 'facts'")
    for name, values in rule.scope.items():
        if name not in rule.facts:
            raise _err(path, rule.id, f"scope noemt gegeven '{name}' dat niet in 'facts' staat")
        for value in values:
            _validate_values(path, rule, {name: value}, "scope")
    for pattern in [t for trig in rule.triggers for t in trig.terms] + rule.requires:
        try:
            re.compile(pattern)
        except re.error as exc:
            raise _err(path, rule.id, f"ongeldig zoekpatroon {pattern!r}: {exc}") from exc
    _check_versions(path, rule, corpus)


def load_rule_file(path: Path, corpus: Corpus) -> list[Rule]:
    """Load one YAML file of rules (a mapping with ``family`` and ``rules``)."""
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise _err(path, None, f"kan het bestand niet lezen: {exc}") from exc
    if not isinstance(raw, dict) or not isinstance(raw.get("rules"), list):
        raise _err(path, None, "verwacht een mapping met 'family' en een lijst 'rules'")
    family = str(raw.get("family", path.stem))
    rules: list[Rule] = []
    for item in raw["rules"]:
        rule_id = item.get("id") if isinstance(item, dict) else None
        try:
            rule = Rule.model_validate({"family": family, **item})
        except (ValidationError, TypeError) as exc:
            raise _err(path, rule_id, _short_validation(exc)) from exc
        _check_rule(path, rule, corpus)
        rules.append(rule)
    return rules


def _short_validation(exc: Exception) -> str:
    if isinstance(exc, ValidationError):
        msgs = []
        for err in exc.errors()[:3]:
            loc = ".".join(str(x) for x in err["loc"])
            msgs.append(f"{loc}: {err['msg']}")
        return "schemafout: " + "; ".join(msgs)
    return f"schemafout: {exc}"


def load_rules(paths: list[Path], corpus: Corpus) -> dict[str, Rule]:
    rules: dict[str, Rule] = {}
    for path in sorted(paths):
        for rule in load_rule_file(path, corpus):
            if rule.id in rules:
                raise _err(path, rule.id, "dubbele regel-id (staat al in een ander bestand)")
            rules[rule.id] = rule
    if not rules:
        raise RuleError("Geen regels gevonden.")
    return rules


__all__ = [
    "DATA_DIR",
    "AssistantError",
    "Corpus",
    "document_text",
    "load_corpus",
    "load_rule_file",
    "load_rules",
    "normalize",
    "quote_crosses_break",
    "quote_found",
]
