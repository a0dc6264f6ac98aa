"""Metric helpers shared by the evals and benchmarks."""

from __future__ import annotations

import json
import re
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

import numpy as np

from assistant.answer.extractive import sentence_key

DATA = Path(__file__).resolve().parent / "data"
REPORTS = Path(__file__).resolve().parent / "reports"


# The user-style sets (evals/data/<name>/questions.jsonl), each split into a tuning part (``-dev``) and a held-out
# part (``-test``) by sha256(id) % 3 (users13: by its id number, see its README); users2 is held out whole, and users (the first) was read in full while tuning.
USER_SETS = ("users", "users2", "users3", "users4", "users5", "users6", "users7", "users8", "users9",
             "users10", "users11", "users12", "users13", "users14", "users15", "users16",
             "users17", "users18", "users19", "users20", "users21",
             "users22", "users23", "users24", "users25", "users26", "users27", "users28", "users29", "users30", "users31", "users32",
             "users33", "users34", "users35", "users36", "users37", "users38", "users39", "users40")
# every set ``python -m evals answers --set`` knows: the written-with-the-code dev/test sets, then the user-style ones
SET_NAMES = ("dev", "test", "users-dev", "users-test", "users2-test",
             *(f"{u}-{split}" for u in USER_SETS[2:] for split in ("dev", "test")))
# the held-out splits: measured and reported, never read; their reports keep the figures and only the number of misses
HELD_OUT = ("users2-test", *(f"{u}-test" for u in USER_SETS[2:]))


def load_set(name: str) -> list[dict[str, Any]]:
    """``dev`` / ``test`` (evals/data/*.jsonl), or ``<user set>-dev`` / ``<user set>-test`` (:data:`USER_SETS`):
    a split of a user-style set, in the same shape (type single/unanswerable/out_of_scope)."""
    if name.startswith(tuple(f"{u}-" for u in USER_SETS)):
        folder, _, split = name.partition("-")
        out = []
        for line in (DATA / folder / "questions.jsonl").read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            u = json.loads(line)
            if u["split"] != split:
                continue
            kind = "single" if u["answerable"] else ("out_of_scope" if u["regime"] != "wlz" else "unanswerable")
            out.append({"id": u["id"], "q": u["q"], "history": [], "quotes": u["quotes"], "key_facts": u["key_facts"],
                        "type": kind, "shape": u["shape"], "lang": u["lang"], "items": u.get("items", []),
                        "eligibility": u.get("eligibility")})
        return out
    with (DATA / f"{name}.jsonl").open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


_CITED = re.compile(r"(.+?)\s\[\d+\]")
_LIST_LINE = re.compile(r"^\s*[-–•▪]\s+(.+?)(?:\s\[\d+\])?\s*$")


def quoted_units(answer: str) -> list[str]:
    """What an answer quotes, one entry per sentence with its [n] and per list line, compared as the answerer
    compares repeats (``sentence_key``: lower case, no list mark, no closing punctuation). A list item quoted
    again as a sentence (or in a second copy of its list) appears twice here."""
    out: list[str] = []
    for line in answer.splitlines():
        m = _LIST_LINE.match(line)
        for text in [m.group(1)] if m else [x.group(1) for x in _CITED.finditer(line)]:
            if key := sentence_key(text):
                out.append(key)
    return out


def unhyphenate(text: str) -> str:
    """Join a word split by a hyphen, with or without a line break after it ("maximum- tarief", "2020- 2022",
    "maximum-tarief" → "maximumtarief", "20202022"), so a label and a text that break or join a word differently
    (a PDF's line-break hyphen) still compare equal. Applied to both sides of every comparison."""
    return re.sub(r"(?<=\w)-\s*(?=\w)", "", text)


def norm(text: str) -> str:
    text = unhyphenate(re.sub(r"<sup>.*?</sup>", "", text))
    text = text.replace("**", "").replace("↩︎", "")
    text = re.sub(r"^\s*[-−•▪]\s+", " ", text, flags=re.M)
    return " ".join(text.split()).lower()


def contains_quote(passage_text: str, quote: str, min_share: float = 0.6) -> bool:
    """True when the passage holds the quote, or a contiguous part of it of at least ``min_share``
    (a quote cut by a chunk boundary still counts when most of it is there). Same rule for every pipeline."""
    p, q = norm(passage_text), norm(quote)
    if q in p:
        return True
    m = SequenceMatcher(None, p, q, autojunk=False).find_longest_match(0, len(p), 0, len(q))
    return m.size >= min_share * len(q)


def first_relevant_rank(texts: list[str], quotes: list[dict[str, str]], doc_ids: list[str] | None = None) -> int | None:
    for rank, text in enumerate(texts, 1):
        for q in quotes:
            if doc_ids is not None and doc_ids[rank - 1] != q["doc_id"]:
                continue
            if contains_quote(text, q["quote"]):
                return rank
    return None


def retrieval_scores(ranks: list[int | None]) -> dict[str, float]:
    n = len(ranks) or 1
    return {
        "R@1": sum(1 for r in ranks if r is not None and r <= 1) / n,
        "R@3": sum(1 for r in ranks if r is not None and r <= 3) / n,
        "R@5": sum(1 for r in ranks if r is not None and r <= 5) / n,
        "MRR": sum(1.0 / r for r in ranks if r is not None and r <= 10) / n,
    }


def percentiles(ms: list[float]) -> dict[str, float]:
    if not ms:
        return {"p50": 0.0, "p95": 0.0}
    arr = np.asarray(ms)
    return {"p50": float(np.percentile(arr, 50)), "p95": float(np.percentile(arr, 95)),
            "p99": float(np.percentile(arr, 99))}


def table(rows: list[dict[str, Any]], cols: list[str]) -> str:
    def fmt(v: Any) -> str:
        return f"{v:.3f}" if isinstance(v, float) else str(v)

    out = ["| " + " | ".join(cols) + " |", "|" + "---|" * len(cols)]
    out += ["| " + " | ".join(fmt(r.get(c, "")) for c in cols) + " |" for r in rows]
    return "\n".join(out)
