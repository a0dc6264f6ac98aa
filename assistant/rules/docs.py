"""Generate ``docs/rules.md`` from the rule files: ``python -m assistant.rules.docs``."""

from __future__ import annotations

import sys
from pathlib import Path

from . import RuleBook
from .coverage import coverage
from .model import Rule, fact_ask_nl
from .registry import registry

OUT = Path(__file__).resolve().parents[2] / "docs" / "rules.md"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def render_rule(book: RuleBook, rule: Rule) -> str:
    lines = [f"## `{rule.id}`", "", "| | |", "|---|---|"]
    lines.append(f"| Vraag | {_cell(rule.question_nl)} |")
    lines.append(f"| Familie | {rule.family} |")
    if rule.answer_nl:
        said = "<br>".join(f"{'ja' if k == 'yes' else 'nee'}: {_cell(v)}" for k, v in sorted(rule.answer_nl.items(), reverse=True))
        lines.append(f"| Antwoord | {said} |")
    if "wie_betaalt" in rule.answers:
        lines.append("| Beantwoordt ook | \"Wie betaalt …?\" |")
    facts = "<br>".join(f"`{f}`: {_cell(fact_ask_nl(f))}" for f in rule.facts) or "—"
    lines.append(f"| Gegevens | {facts} |")
    if rule.scope:
        scope = "; ".join(f"`{k}` ∈ {', '.join(str(v) for v in vals)}" for k, vals in rule.scope.items())
        lines.append(f"| Geldt alleen voor | {_cell(scope)} |")
    lines += ["", "| Versie | Geldig vanaf | Geldig t/m | Status | Voorwaarden |", "|---|---|---|---|---|"]
    for v in rule.versions:
        if v.status != "decided":
            what = v.note_nl or "—"
        elif v.outcome:
            what = f"vast antwoord: {'ja' if v.outcome == 'yes' else 'nee'}" + (f" ({v.note_nl})" if v.note_nl else "")
        else:
            joiner = " én " if v.combine == "all" else " óf "
            what = joiner.join(c.text_nl for c in v.conditions)
            if v.open_if:
                what += "; open als: " + "; ".join(c.text_nl for c in v.open_if)
        status = v.status + (" (fallback: tot de nieuwere bron er is)" if v.fallback else "")
        lines.append(
            f"| {v.id} | {v.valid_from.isoformat()} | {v.valid_to.isoformat() if v.valid_to else '—'} | {status} | {_cell(what)} |"
        )
    lines += ["", "| Bron | Datum | Sectie | Citaat |", "|---|---|---|---|"]
    seen: set[tuple[str, str]] = set()
    for v in rule.versions:
        for c in v.all_cites():
            if (c.doc, c.quote) in seen:
                continue
            seen.add((c.doc, c.quote))
            meta = book.corpus.docs[c.doc]
            lines.append(f"| {_cell(meta.title)} | {meta.date_nl} | {_cell(c.section)} | “{_cell(c.quote)}” |")
        for s in v.supersedes:
            meta, by = book.corpus.docs[s.doc], book.corpus.docs[s.by]
            lines.append(
                f"| {_cell(meta.title)} | {meta.date_nl} | {_cell(s.section)} | “{_cell(s.quote)}” "
                f"— *achterhaald door {_cell(by.title)} ({by.date_nl})* |"
            )
    return "\n".join(lines)


GUIDE = Path(__file__).parent / "data" / "guide_nl.md"


def render_registry() -> str:
    lines = ["| Gegeven | Type | Label | Vraag | Herkenning | Afgeleid uit | Voorbeelden |", "|---|---|---|---|---|---|---|"]
    for name, spec in registry().facts.items():
        rec = spec.recognise
        how = (f"builtin `{rec.builtin}`" if rec.builtin else "ja/nee-patronen" if rec.ja or rec.nee
               else "patronen per waarde" if rec.values else "getal" if rec.number else "jaartal" if rec.year_near else "—")
        derived = f"{spec.derive.op}({', '.join(spec.derive.from_)})" if spec.derive else "—"
        values = f" ({', '.join(spec.values)})" if spec.values else ""
        lines.append(f"| `{name}` | {spec.type}{_cell(values)} | {_cell(spec.label_nl)} | {_cell(spec.ask_nl)} | {how} | "
                     f"{derived} | {len(spec.examples)} |")
    return "\n".join(lines)


def render_coverage(book: RuleBook) -> str:
    lines = ["## Dekking: beslissende passages die (nog) geen regel zijn", "",
             "Uit `assistant/rules/data/coverage/uncovered.yaml`. Een vraag hierover krijgt geen verdict (het antwoord",
             "citeert dan alleen de bronnen), nooit een verdict van een naburige regel die een andere vraag beslist.",
             "Noemt alleen de situatie vóór de vraagzin zo'n passage, en noemt de vraagzin zelf het onderwerp van een",
             "regel (genoeg om er alleen op te routeren), dan beantwoordt die regel de vraag (`RuleBook.uncovered`).", "",
             "| Onderwerp | Waarom geen regel | Bron | Naburige regels |", "|---|---|---|---|"]
    for u in coverage().uncovered:
        meta = book.corpus.docs.get(u.source.doc)
        src = f"{meta.title if meta else u.source.doc}, {u.source.section}"
        lines.append(f"| {_cell(u.topic_nl)} | {_cell(u.why_nl)} | {_cell(src)} | "
                     f"{', '.join(f'`{n}`' for n in u.neighbours) or '—'} |")
    return "\n".join(lines)


def render(book: RuleBook) -> str:
    head = [
        "# Regels van de regeltoets",
        "",
        "Gegenereerd met `python -m assistant.rules.docs` uit `assistant/rules/data/` (regels, gegevensregister,",
        "dekking en `guide_nl.md`); niet met de hand bewerken.",
        "",
        GUIDE.read_text(encoding="utf-8").rstrip(),
        "",
        "### Alle gegevens",
        "",
        render_registry(),
        "",
        render_coverage(book),
        "",
        f"## De regels ({len(book.rules)})",
        "",
    ]
    head += [f"- [`{r.id}`](#{r.id}) — {r.question_nl}" for r in book.rules.values()]
    body = [render_rule(book, r) for r in book.rules.values()]
    return "\n".join(head) + "\n\n" + "\n\n".join(body) + "\n"


def main() -> int:
    book = RuleBook.load()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(render(book), encoding="utf-8")
    print(f"geschreven: {OUT} ({len(book.rules)} regels)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
