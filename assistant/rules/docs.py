"""Generate ``docs/rules.md`` from the rule files: ``python -m assistant.rules.docs``."""

from __future__ import annotations

import sys
from pathlib import Path

from . import RuleBook
from .model import Rule, fact_ask_nl

OUT = Path(__file__).resolve().parents[2] / "docs" / "rules.md"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def render_rule(book: RuleBook, rule: Rule) -> str:
    lines = [f"## `{rule.id}`", "", "| | |", "|---|---|"]
    lines.append(f"| Vraag | {_cell(rule.question_nl)} |")
    lines.append(f"| Familie | {rule.family} |")
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
        lines.append(
            f"| {v.id} | {v.valid_from.isoformat()} | {v.valid_to.isoformat() if v.valid_to else '—'} | {v.status} | {_cell(what)} |"
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


def render(book: RuleBook) -> str:
    head = [
        "# Regels van de regeltoets",
        "",
        "Gegenereerd met `python -m assistant.rules.docs` uit `assistant/rules/data/*.yaml`; niet met de hand bewerken.",
        "",
        "Elke regel beantwoordt één vraag met ja / nee / onbekend (Kleene-logica), per gedateerde versie;",
        "elke voorwaarde is verankerd in een letterlijk citaat uit het corpus. Een versie met status `open`",
        "betekent: de bronnen laten het open, het antwoord is dan altijd 'onbekend'. Buiten de versies",
        "geven de bronnen geen regel (ook 'onbekend').",
        "",
        f"{len(book.rules)} regels:",
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
