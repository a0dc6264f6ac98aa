"""A receipt ("verantwoording") for a verdict: everything it rests on, and one hash over all of it.

The receipt lists the rule id and version with its validity, the two dates (zorgjaar and stand van de
bronnen), every fact with its value and origin, every condition with its outcome and its quotes (document
id, title, date, section and the sha256 of the document's cleaned text), the corpus build id, the rules'
hash and the program version. It is canonical JSON (sorted keys, no floats written two ways), so the same
question and facts give the same bytes and the same hash on every run and machine. No wall-clock time,
path or host name goes in.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .. import __version__
from .model import Verdict

if TYPE_CHECKING:
    from . import RuleBook


def canonical(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _quote(book: RuleBook, c: dict[str, Any]) -> dict[str, Any]:
    return {"doc_id": c["doc_id"], "title": c["title"], "date": c["date"], "section": c["section"],
            "quote": c["quote"], "doc_sha256": book.doc_sha256(c["doc_id"])}


def _body(book: RuleBook, v: Verdict) -> dict[str, Any]:
    data = v.to_json()
    valid = data.get("version_valid")
    return {
        "rule": {"id": v.rule_id, "question_nl": v.question_nl, "version": v.version, "valid": valid},
        "zorgjaar": v.year,
        "on": data.get("on"),
        "period": data.get("period"),
        "stand_van_de_bronnen": data.get("as_of"),
        "outcome": v.outcome,
        "reason": v.reason,
        "summary_nl": v.summary_nl,
        "facts": [{"fact": f["fact"], "value": f["value"], "origin": f["origin"], "origin_nl": f["origin_nl"]}
                  for f in data["facts_used"]] or [{"fact": k, "value": val, "origin": "antwoord"}
                                                    for k, val in data["facts"].items()],
        "conditions": [{"id": c["id"], "text_nl": c["text_nl"], "outcome": c["status"],
                        "quotes": [_quote(book, q) for q in c["citations"]]} for c in data["conditions"]],
        "citations": [_quote(book, q) for q in data["citations"]],
        "superseded": [{**_quote(book, s), "superseded_by": s["superseded_by"]} for s in data["superseded"]],
        "parts": [_body(book, p) for p in v.parts],
    }


def build(book: RuleBook, verdict: Verdict) -> dict[str, Any]:
    body = {
        "receipt": 1,
        "verdict": _body(book, verdict),
        "corpus_build_id": book.corpus_build_id(),
        "rules_sha256": book.rules_sha256(),
        "program_version": __version__,
    }
    return {**body, "sha256": sha256_text(canonical(body))}


def files_sha256(paths: list[Path]) -> str:
    """A hash over text files by name and content, line endings normalised (a CRLF checkout gives the same)."""
    h = hashlib.sha256()
    for p in sorted(paths, key=lambda x: x.name):
        h.update(p.name.encode())
        h.update(b"\0")
        h.update(p.read_bytes().replace(b"\r\n", b"\n"))
    return h.hexdigest()
