"""Command line for the rule check: ``check`` and ``rules``.

The main CLI mounts these with :func:`register`; ``python -m assistant.rules.cli``
runs them on their own. Human output is Dutch; ``--json`` writes JSON to stdout.
Bad input gives a Dutch message on stderr and exit code 2, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from typing import Any

from ..errors import AssistantError, InputError
from ..types import format_date_nl
from . import RuleBook, Verdict
from .model import FACT_NAMES, fact_type

_OUTCOME_NL = {"yes": "JA", "no": "NEE", "unknown": "ONBEKEND"}


def register(subparsers: Any) -> None:
    """Add the ``check`` and ``rules`` subcommands to an argparse subparsers object."""
    check = subparsers.add_parser(
        "check",
        help="toets een vraag of regel (deterministisch, met bronnen)",
        description="Toets een subsidiabiliteitsvraag: vrije vraag (--question) of regel-id met --fact naam=waarde.",
    )
    check.add_argument("rule_id", nargs="?", help="regel-id (zie `rules`), of de vraag zelf tussen aanhalingstekens")
    check.add_argument("--question", "-q", help="de vraag in gewone taal")
    check.add_argument("--fact", "-f", action="append", default=[], metavar="NAAM=WAARDE", help="een gegeven (herhaalbaar)")
    check.add_argument("--as-of", dest="as_of", metavar="JJJJ-MM-DD",
                       help="stand van de bronnen: alleen bronnen op of vóór deze datum tellen (standaard: vandaag)")
    when = check.add_mutually_exclusive_group()
    when.add_argument("--year", type=int, metavar="JAAR",
                      help="zorgjaar (standaard: het jaar in de vraag, anders dat van de stand; gesplitst als een regel "
                           "halverwege wijzigt)")
    when.add_argument("--on", dest="on", metavar="JJJJ-MM-DD", help="één dag in plaats van een zorgjaar")
    check.add_argument("--json", action="store_true", help="JSON naar stdout, met de verantwoording (receipt)")
    check.set_defaults(func=cmd_check)

    rules = subparsers.add_parser("rules", help="toon alle regels met hun vraag")
    rules.add_argument("--json", action="store_true", help="JSON naar stdout")
    rules.add_argument("--check", action="store_true",
                       help="controleer elk citaat tegen de huidige documenten; noem regels die niet beschikbaar zijn")
    rules.set_defaults(func=cmd_rules)


def _parse_date(text: str | None) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise InputError(f"Ongeldige datum: {text!r} (verwacht JJJJ-MM-DD).") from None


def _parse_facts(items: list[str]) -> dict[str, object]:
    facts: dict[str, object] = {}
    for item in items:
        if "=" not in item:
            raise InputError(f"Gegeven {item!r} heeft de vorm naam=waarde nodig.")
        name, value = item.split("=", 1)
        name, value = name.strip(), value.strip()
        if not name or not value:
            raise InputError(f"Gegeven {item!r} heeft de vorm naam=waarde nodig.")
        facts[name] = _coerce(name, value)
    return facts


def _coerce(name: str, value: str) -> object:
    if name in ("as_of", "on") or (name in FACT_NAMES and fact_type(name) == "date"):
        return _parse_date(value)
    try:
        return int(value)
    except ValueError:
        pass
    try:
        return float(value.replace(",", "."))
    except ValueError:
        return value


def cmd_check(args: argparse.Namespace) -> int:
    return _guard(lambda: _check(args))


def cmd_rules(args: argparse.Namespace) -> int:
    return _guard(lambda: _rules(args))


def _guard(fn: Any) -> int:
    try:
        return int(fn())
    except AssistantError as exc:
        print(f"Fout: {exc.message_nl}", file=sys.stderr)
        return 2


def _check(args: argparse.Namespace) -> int:
    book = RuleBook.load()
    as_of = _parse_date(args.as_of)
    on = _parse_date(args.on)
    if args.rule_id and not args.question and not args.fact and any(c.isspace() for c in args.rule_id.strip()):
        # `check "Mogen wij C&A declareren voor NAH+?"`: a question, not a rule id (rule ids have no spaces)
        args.question, args.rule_id = args.rule_id, None
    if args.question:
        if args.rule_id or args.fact:
            raise InputError("Gebruik óf --question, óf een regel-id met --fact, niet allebei.")
        if on is not None:
            raise InputError("Bij --question noemt u de dag in de vraag zelf; gebruik --year voor het zorgjaar.")
        verdict = book.check_question(args.question, as_of=as_of, year=args.year)
        if verdict is None:
            topic = book.uncovered(args.question)
            if args.json:
                print(json.dumps(None if topic is None else {"uncovered": topic.id, "topic_nl": topic.topic_nl,
                                                             "why_nl": topic.why_nl}, ensure_ascii=False))
            elif topic is not None:
                print(f"Geen regeltoets: hierover is (nog) geen regel — {topic.topic_nl}. {topic.why_nl}")
            elif tied := book.tied_rules(args.question, as_of=as_of, year=args.year):
                print("Geen regeltoets: de vraag past bij meer dan één regel. Welke vraag bedoelt u?")
                for rule in tied:
                    print(f"  - {rule.question_nl} ({rule.id})")
            else:
                print("Geen regeltoets: dit lijkt geen vraag over voorwaarden of vergoeding, of geen regel past goed genoeg.")
            return 0
    else:
        if not args.rule_id:
            raise InputError("Geef een regel-id of --question. Zie `rules` voor de regels.")
        verdict = book.check(args.rule_id, _parse_facts(args.fact), as_of=as_of, year=args.year, on=on)
    if args.json:
        print(json.dumps({**verdict.to_json(), "receipt": book.receipt(verdict)}, ensure_ascii=False, indent=2))
    else:
        print(render(verdict))
    return 0


def _rules(args: argparse.Namespace) -> int:
    book = RuleBook.load()
    if args.check:
        return _report_check(book, as_json=args.json)
    if args.json:
        data = [{"id": r.id, "family": r.family, "question_nl": r.question_nl, "facts": r.facts} for r in book.rules.values()]
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    width = max(len(r) for r in book.rules)
    for rule in book.rules.values():
        print(f"{rule.id.ljust(width)}  {rule.question_nl}")
    return 0


def _report_check(book: RuleBook, *, as_json: bool) -> int:
    """Exit 0 when every rule's quotes occur in its documents, 1 (with the rules named) when some do not."""
    if as_json:
        print(json.dumps({"available": sorted(book.rules), "unavailable": book.unavailable}, ensure_ascii=False, indent=2))
    elif book.unavailable:
        print(f"{len(book.unavailable)} van de {len(book.rules) + len(book.unavailable)} regels zijn niet beschikbaar:")
        for message in book.unavailable.values():
            print(f"- {message}")
    else:
        print(f"Alle {len(book.rules)} regels zijn beschikbaar: elk citaat staat letterlijk in zijn document.")
    return 1 if book.unavailable else 0


def render(verdict: Verdict, indent: str = "") -> str:
    """Dutch, human-readable rendering of a verdict."""
    label = "JA, MITS" if verdict.outcome == "unknown" and verdict.if_met == "yes" else _OUTCOME_NL[verdict.outcome]
    # a rule that says its answer in words ("Dit valt onder het budget van de instelling") is not labelled "Nee":
    # "Komt de tillift voor onze rekening?" would read the opposite; the summary opens with those words
    head = f"{indent}{verdict.summary_nl}" if verdict.answer_nl else f"{indent}{label} — {verdict.summary_nl}"
    lines = [head, f"{indent}Regel: {verdict.rule_id} ({verdict.question_nl})"]
    if verdict.stand is not None and not indent:
        lines.append(f"{indent}Zorgjaar: {verdict.year or '-'}; stand van de bronnen: {format_date_nl(verdict.stand)}")
    if verdict.facts_used:
        lines.append(f"{indent}Begrepen:")
        lines.extend(f"{indent}  - {f.to_json()['text_nl']}" for f in verdict.facts_used)
    if any(c.alternative for c in verdict.conditions):
        lines.append(f"{indent}  Eén van:")
    for cond in verdict.conditions:
        mark = {"met": "✓", "unmet": "✗", "unknown": "?"}[cond.status]
        if cond.greyed:
            mark = "–"  # an alternative that does not apply: not a failure
        lines.append(f"{indent}  {mark} {cond.text_nl}" + (" (niet van toepassing)" if cond.greyed else ""))
    for miss in verdict.missing_facts:
        lines.append(f"{indent}  Vraag: {miss.ask_nl}")
    if verdict.citations:
        lines.append(f"{indent}Bronnen:")
        for c in verdict.citations:
            lines.append(f"{indent}  - {c.title} ({c.date}), {c.section}: “{c.quote}”")
    for s in verdict.superseded:
        lines.append(f"{indent}Achterhaald: “{s.citation.quote}” ({s.citation.title}, {s.citation.date}) — achterhaald door {s.superseded_by}")
    for part in verdict.parts:
        lines.append(f"{indent}Deelperiode {part.when_nl}:")
        lines.append(render(part, indent + "    "))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m assistant.rules.cli", description="Wlz-assistent regeltoets")
    sub = parser.add_subparsers(dest="command", required=True)
    register(sub)
    args = parser.parse_args(argv)
    return int(args.func(args))


if __name__ == "__main__":
    sys.exit(main())
