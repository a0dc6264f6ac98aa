"""Command line: index, retrieve, ask (single / --json / --jsonl batch), add, models pull, check, rules.

The evals have their own entry point (``python -m evals …``): the product does not depend on them.

Contract: JSON goes to stdout only; logs and progress go to stderr. Domain errors become a short Dutch
message on stderr and exit code 2 — here, in one place.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import time
from collections.abc import Callable
from datetime import date
from typing import Any

from .errors import AssistantError, InputError
from .inputs import clean_history
from .settings import get_settings


def _date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"ongeldige datum '{value}', gebruik JJJJ-MM-DD") from exc


def _emit(obj: Any) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")
    sys.stdout.flush()


# --- commands ------------------------------------------------------------------------------------


def cmd_models(args: argparse.Namespace) -> int:
    from .provision.embedding import pull, verify_dir

    settings = get_settings()
    path = pull(settings, allow_hub=not args.no_hub)
    problems = verify_dir(path)
    print(f"Model klaar en geverifieerd: {path}" if not problems else f"Problemen: {problems}", file=sys.stderr)
    if not problems and settings.embedding.query_backend != "torch":
        from .adapters.onnx_query import export

        export(path)  # the question model for ONNX Runtime; where it cannot be made, PyTorch answers as before
    return 0 if not problems else 2


def cmd_index(args: argparse.Namespace) -> int:
    from .bootstrap import build_index, make_embedder
    from .library import corpus_lock, remove_leftovers
    from .retrieval.index import write_seed

    settings = get_settings()
    with corpus_lock(settings):  # never while an `add` is changing the corpus; finish what an interrupted one left
        remove_leftovers(settings)
        report = build_index(settings, progress=not args.quiet)
    if args.write_seed:
        print(f"Vectoren van het corpus geschreven naar {write_seed(settings, make_embedder(settings).name)}.", file=sys.stderr)
    if args.json:
        _emit(report.to_json())
    return 0


def _assistant() -> Any:
    from .bootstrap import build_assistant

    return build_assistant(get_settings())


def cmd_retrieve(args: argparse.Namespace) -> int:
    from .bootstrap import open_retriever
    from .inputs import clean_question
    from .types import Filters

    question = clean_question(args.question)
    retriever = open_retriever(get_settings())
    t = time.perf_counter()
    hits = retriever.search(question, args.k, filters=Filters(kinds=tuple(args.kind or ()), as_of=args.as_of),
                            mode=args.mode)
    ms = (time.perf_counter() - t) * 1000
    if args.json:
        _emit({"query": question, "retrieved": [h.to_json() for h in hits], "timing_ms": {"retrieve": round(ms, 1)}})
        return 0
    for i, h in enumerate(hits, 1):
        p = h.passage
        page = f", p. {p.page}" if p.page else ""
        print(f"[{i}] {p.title} ({p.date.isoformat()}) — {p.cite_label}{page}  score={h.score:.4f}")
        print("    " + " ".join(p.text.split())[:400])
    print(f"({ms:.0f} ms)", file=sys.stderr)
    return 0


def _print_answer(ans: Any) -> None:
    print(ans.answer)
    if ans.citations:
        print("\nBronnen:")
        for c in ans.citations:
            p = c.passage
            page = f", p. {p.page}" if p.page else ""
            old = f"  [mogelijk achterhaald door {c.superseded_by}]" if c.superseded_by else ""
            print(f"[{c.n}] {p.title} ({p.date.isoformat()}) — {p.cite_label}{page}{old}")
    for n in ans.notices:
        print(f"\n{n}")


def _batch(args: argparse.Namespace) -> int:
    assistant = _assistant()
    limits = get_settings().limits
    # a JSON line holds one question and its history; escapes (\uXXXX) take up to 6 characters per character
    max_line = 6 * (limits.question_chars + limits.history_chars) + 10_000
    src = sys.stdin if args.jsonl == "-" else open(args.jsonl, encoding="utf-8")  # noqa: SIM115
    failures = 0
    with src:
        for lineno, line in enumerate(src, 1):
            if not line.strip():
                continue
            item_id: Any = lineno
            try:
                if len(line) > max_line:
                    raise InputError(f"Regel {lineno} is te lang ({len(line)} tekens; maximaal {max_line}).")
                item = json.loads(line)
                if not isinstance(item, dict):
                    raise InputError("Elke regel moet een JSON-object zijn.")
                item_id = item.get("id", lineno)
                as_of = date.fromisoformat(item["as_of"]) if item.get("as_of") else None
                ans = assistant.ask(item.get("q", ""), history=item.get("history") or [], as_of=as_of)
                _emit(ans.to_json(id=item_id))
            except (AssistantError, ValueError, json.JSONDecodeError) as exc:
                failures += 1
                msg = exc.message_nl if isinstance(exc, AssistantError) else f"Ongeldige invoer: {exc}"
                _emit({"id": item_id, "error": msg, "answer": msg, "answerable": False, "verdict": None,
                       "citations": [], "retrieved": [], "timing_ms": {"total": 0.0}})
    print(f"{failures} regel(s) met fouten." if failures else "Klaar.", file=sys.stderr)
    return 0


def cmd_ask(args: argparse.Namespace) -> int:
    if args.jsonl:
        return _batch(args)
    if not args.question:
        raise InputError("Geef een vraag op, of gebruik --jsonl BESTAND.")
    try:
        history = json.loads(args.history) if args.history else []
    except json.JSONDecodeError as exc:
        raise InputError("--history moet een JSON-lijst zijn, bijvoorbeeld '[{\"role\": \"user\", \"content\": \"…\"}]'.") from exc
    if not isinstance(history, list):
        raise InputError("--history moet een JSON-lijst van beurten zijn.")
    history = clean_history(history, get_settings().limits)  # turns and characters within limits.history_*
    ans = _assistant().ask(args.question, history=history, as_of=args.as_of, year=args.year)
    if args.json:
        _emit(ans.to_json())
    else:
        _print_answer(ans)
    return 0


def cmd_add(args: argparse.Namespace) -> int:
    from .library import add_document

    doc_id, report = add_document(
        get_settings(), args.file, title=args.title or "", date_=args.date, kind=args.kind or "", publisher=args.publisher,
        date_status="estimated" if args.date_note else "stated", date_note=args.date_note or "",
        reference=args.reference or "", url=args.url or "", reindex=not args.no_index,
    )
    print(f"Toegevoegd als '{doc_id}'." + (f" Index: {report.passages} passages." if report else ""), file=sys.stderr)
    return 0


# --- parser ------------------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m assistant", description="Wlz-assistent: vragen over de Wlz, met bronnen.")
    p.add_argument("-v", "--verbose", action="store_true", help="meer logregels op stderr")
    sub = p.add_subparsers(dest="command", required=True)

    m = sub.add_parser("models", help="embeddingmodel ophalen en verifiëren")
    m.add_argument("action", choices=["pull"])
    m.add_argument("--no-hub", action="store_true", help="sla de Hugging Face hub over")
    m.set_defaults(func=cmd_models)

    i = sub.add_parser("index", help="de index (her)bouwen; incrementeel en atomair")
    i.add_argument("--json", action="store_true")
    i.add_argument("--quiet", action="store_true")
    i.add_argument("--write-seed", action="store_true",
                   help="(ontwikkelaars) de vectoren van het corpus opslaan in corpus/vectors/, voor een snelle eerste index")
    i.set_defaults(func=cmd_index)

    r = sub.add_parser("retrieve", help="passages zoeken")
    r.add_argument("question")
    r.add_argument("--k", type=int, default=5)
    r.add_argument("--json", action="store_true")
    r.add_argument("--mode", choices=["hybrid", "lexical", "dense"], default="hybrid")
    r.add_argument("--kind", action="append", help="alleen deze documentsoort (herhaalbaar)")
    r.add_argument("--as-of", type=_date, help="alleen bronnen op of vóór deze datum")
    r.set_defaults(func=cmd_retrieve)

    a = sub.add_parser("ask", help="een vraag beantwoorden met bronnen")
    a.add_argument("question", nargs="?")
    a.add_argument("--json", action="store_true")
    a.add_argument("--jsonl", metavar="FILE", help="batch: JSON-regels {id, q, history, as_of}; '-' = stdin")
    a.add_argument("--history", help="JSON-lijst van eerdere beurten [{role, content}]")
    a.add_argument("--as-of", type=_date, help="stand van de bronnen: alleen bronnen op of vóór deze datum")
    a.add_argument("--year", type=int, metavar="JAAR", help="zorgjaar voor de regeltoets (standaard: uit de vraag, anders dit jaar)")
    a.set_defaults(func=cmd_ask)

    d = sub.add_parser("add", help="een document aan het corpus toevoegen en indexeren")
    d.add_argument("file")
    d.add_argument("--title", help="verplicht, behalve bij een officiële wettekst (.xml): dan uit de wet zelf")
    d.add_argument("--date", type=_date, help="datum van het document (JJJJ-MM-DD); bij een wettekst: geldend vanaf")
    d.add_argument("--kind", help="soort: wet, kamerbrief, inkoopvoorwaarden, beleidsregel, regeling of overig")
    d.add_argument("--publisher", default="onbekend")
    d.add_argument("--date-note", help="als de datum geschat is: waarom")
    d.add_argument("--reference")
    d.add_argument("--url")
    d.add_argument("--no-index", action="store_true")
    d.set_defaults(func=cmd_add)

    from .rules.cli import register

    register(sub)
    return p


def os_error_nl(exc: OSError) -> str:
    """An operating-system error in Dutch, with the path it concerns."""
    import errno

    reasons = {errno.ENOENT: "bestaat niet", errno.ENOTDIR: "is geen map (een deel van het pad is een bestand)",
               errno.EISDIR: "is een map, geen bestand", errno.EACCES: "geen toegang (rechten)",
               errno.EPERM: "geen toegang (rechten)", errno.EROFS: "staat op een alleen-lezen schijf",
               errno.ENOSPC: "de schijf is vol", errno.ENAMETOOLONG: "de naam is te lang",
               errno.ELOOP: "te veel symbolische koppelingen"}
    what = reasons.get(exc.errno or -1, "kan niet worden gebruikt")
    where = exc.filename or "?"
    return (f"{where}: {what}. Controleer de mappen in de instellingen (WLZ_CORPUS_DIR, WLZ_INDEX_DIR, "
            "WLZ_DATA_DIR, WLZ_EMBCACHE_DIR).")


def main(argv: list[str] | None = None) -> int:
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING, stream=sys.stderr,
                        format="%(levelname)s %(name)s: %(message)s")
    func: Callable[[argparse.Namespace], int] = args.func
    try:
        return func(args)
    except AssistantError as exc:
        logging.getLogger("assistant").debug("error", exc_info=True)
        print(f"Fout: {exc.message_nl}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("Afgebroken.", file=sys.stderr)
        return 130
    except OSError as exc:  # a directory from the settings that is a file, unreadable, read-only, full …
        logging.getLogger("assistant").debug("error", exc_info=True)
        print(f"Fout: {os_error_nl(exc)}", file=sys.stderr)
        return 2
