"""Load and validate rule files against the schema and the corpus.

Every check that can fail is done here, at load time, and fails loudly with a
:class:`RuleError` naming the file and the rule: unknown facts, overlapping
versions, missing citations, a quote that is not in its document, a
``supersedes`` that is not settled by a *later* source.
"""

from __future__ import annotations

import itertools
import logging
import re
from datetime import date
from pathlib import Path

import yaml
from pydantic import ValidationError

from ..errors import AssistantError, RuleError
from ..ingest.documents import Documents, quote_in
from ..types import DocumentMeta
from .model import FACT_NAMES, Cite, Expr, Facts, Rule, Version

DATA_DIR = Path(__file__).parent / "data"
log = logging.getLogger(__name__)



class QuoteMissing(RuleError):
    """A rule quotes text its document no longer contains (the document changed): the rule is unavailable."""


class Corpus:
    """The documents rules cite, with their cleaned text read on first use through :class:`Documents`.

    Only documents that some rule cites are ever read, so a document added later (whatever its
    format) cannot make rule loading fail.
    """

    def __init__(self, docs: dict[str, DocumentMeta], documents: Documents) -> None:
        self.docs = docs
        self._documents = documents
        self._texts: dict[str, str] = {}

    def text(self, doc_id: str) -> str:
        if doc_id not in self._texts:
            self._texts[doc_id] = self._documents.clean(self.docs[doc_id]).text
        return self._texts[doc_id]


def load_corpus(corpus_dir: Path) -> Corpus:
    documents = Documents(corpus_dir)
    return Corpus(docs={m.id: m for m in documents.metas()}, documents=documents)


def _err(path: Path, rule_id: str | None, msg: str) -> RuleError:
    where = f"{path.name}" + (f", regel {rule_id}" if rule_id else "")
    return RuleError(f"Ongeldig regelbestand ({where}): {msg}")


def _check_cite(path: Path, rule_id: str, cite: Cite, corpus: Corpus, what: str) -> None:
    if cite.doc not in corpus.docs:
        raise _err(path, rule_id, f"{what}: onbekend document '{cite.doc}' (niet in het corpusmanifest)")
    try:
        text = corpus.text(cite.doc)
    except AssistantError as exc:
        meta = corpus.docs[cite.doc]
        raise QuoteMissing(
            f"Regel {rule_id} is niet beschikbaar: het document '{meta.title}' ({meta.file}) kan niet worden gelezen "
            f"({exc.message_nl})."
        ) from exc
    if not quote_in(text, cite.quote):
        meta = corpus.docs[cite.doc]
        raise QuoteMissing(
            f"Regel {rule_id} is niet beschikbaar: het citaat \"{cite.quote[:80]}\" staat niet (meer) in "
            f"'{meta.title}' ({meta.file}). Controleer de regel in {path.name} of het document."
        )


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


def _known_from(v: Version, corpus: Corpus) -> date:
    return max((corpus.docs[c.doc].date for c in v.deciding_cites() if c.doc in corpus.docs), default=date.min)


def _check_versions(path: Path, rule: Rule, corpus: Corpus) -> None:
    if len({v.id for v in rule.versions}) != len(rule.versions):
        raise _err(path, rule.id, "dubbele versie-id")
    regular = [v for v in rule.versions if not v.fallback]
    fallbacks = [v for v in rule.versions if v.fallback]
    if not regular:
        raise _err(path, rule.id, "een regel heeft ten minste één gewone (niet-fallback) versie")
    for group in (regular, fallbacks):
        ordered = sorted(group, key=lambda v: v.valid_from)
        if [v.id for v in ordered] != [v.id for v in group]:
            raise _err(path, rule.id, "versies moeten op valid_from oplopen")
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
    for fb in fallbacks:  # a fallback says what earlier sources said: it must predate what it stands in for
        over = [r for r in regular if _overlaps(fb, r)]
        if not over:
            raise _err(path, rule.id, f"fallback-versie {fb.id} overlapt met geen gewone versie")
        for r in over:
            if not _known_from(fb, corpus) < _known_from(r, corpus):
                raise _err(path, rule.id, f"fallback-versie {fb.id} berust niet op oudere bronnen dan versie {r.id}")


def _overlaps(a: Version, b: Version) -> bool:
    a_end, b_end = a.valid_to or date.max, b.valid_to or date.max
    return a.valid_from <= b_end and b.valid_from <= a_end


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
    for pattern in [t for trig in rule.triggers for t in [*trig.terms, *([trig.more_than] if trig.more_than else [])]]\
            + rule.requires + rule.excludes + [p for p in (rule.total_duration, rule.duration_since, rule.duration_of) if p]:
        try:
            re.compile(pattern)
        except re.error as exc:
            raise _err(path, rule.id, f"ongeldig zoekpatroon {pattern!r}: {exc}") from exc
    _check_versions(path, rule, corpus)


def load_rule_file(path: Path, corpus: Corpus, unavailable: dict[str, str] | None = None) -> list[Rule]:
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
        try:
            _check_rule(path, rule, corpus)
        except QuoteMissing as exc:
            if unavailable is None:
                raise
            log.warning("%s", exc.message_nl)
            unavailable[rule.id] = exc.message_nl
            continue
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


def load_rules(paths: list[Path], corpus: Corpus, unavailable: dict[str, str] | None = None) -> dict[str, Rule]:
    """All valid rules. A rule whose quotes its document no longer holds is left out and, when
    ``unavailable`` is given, recorded there with a Dutch message (else the error is raised)."""
    rules: dict[str, Rule] = {}
    for path in sorted(paths):
        for rule in load_rule_file(path, corpus, unavailable):
            if rule.id in rules:
                raise _err(path, rule.id, "dubbele regel-id (staat al in een ander bestand)")
            rules[rule.id] = rule
    if not rules and not unavailable:
        raise RuleError("Geen regels gevonden.")
    return rules


__all__ = [
    "DATA_DIR",
    "AssistantError",
    "Corpus",
    "QuoteMissing",
    "load_corpus",
    "load_rule_file",
    "load_rules",
]
