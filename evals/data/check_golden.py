#!/usr/bin/env python3
"""Validate the Wlz-assistent golden sets (evals/data/dev.jsonl and evals/data/test.jsonl).

Stdlib only. Usage:

    python3 evals/data/check_golden.py [--corpus DIR] [--dev PATH] [--test PATH]

Checks
  * every line is a JSON object with the expected fields and types;
  * ids are unique over both files and carry the file's prefix (dev-/test-);
  * type is one of single, multi, followup, out_of_scope, unanswerable, with the
    matching shape (quote counts, history, standalone, key facts);
  * every quote is found verbatim in its document after collapsing whitespace
    (for the .md document also after removing ``**``, ``*`` and ``<sup>…</sup>``);
  * every key fact occurs (case-insensitive) in one of the item's quotes;
  * minimum counts per type (dev) and per file;
  * no test question duplicates or nearly duplicates a dev question.

Warnings (do not fail): quotes that look like they cross a hyphenated line end, a page
marker or the letterhead, quotes found more than once, unusual quote length, quotes
shared between dev and test.

Prints counts per type and per document; exits 1 when any problem is found.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent

TYPES = ("single", "multi", "followup", "out_of_scope", "unanswerable")
ANSWERABLE = ("single", "multi", "followup")
REQUIRED_FIELDS = ("id", "q", "history", "quotes", "key_facts", "type")
OPTIONAL_FIELDS = ("standalone",)
# minimum number of items per type, per file
MIN_PER_TYPE = {
    "dev": {"multi": 8, "followup": 8, "out_of_scope": 8, "unanswerable": 4, "single": 1},
    "test": {"multi": 2, "followup": 2, "out_of_scope": 2, "unanswerable": 2, "single": 1},
}
MIN_LINES = {"dev": 70, "test": 35}
QUOTE_LEN_WARN = (30, 250)
NEAR_DUP_JACCARD = 0.75


# --------------------------------------------------------------------------- corpus
def load_manifest(corpus_dir: Path) -> dict[str, str]:
    """doc_id -> file name, from corpus/manifest.toml."""
    text = (corpus_dir / "manifest.toml").read_text(encoding="utf-8")
    try:
        import tomllib  # Python 3.11+

        data = tomllib.loads(text)
        return {d["id"]: d["file"] for d in data.get("documents", [])}
    except ModuleNotFoundError:  # pragma: no cover - fallback for old Pythons
        out: dict[str, str] = {}
        for block in text.split("[[documents]]")[1:]:
            m_id = re.search(r'^\s*id\s*=\s*"([^"]+)"', block, re.M)
            m_file = re.search(r'^\s*file\s*=\s*"([^"]+)"', block, re.M)
            if m_id and m_file:
                out[m_id.group(1)] = m_file.group(1)
        return out


def collapse(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def strip_md(s: str) -> str:
    s = re.sub(r"<sup>.*?</sup>", "", s, flags=re.S)
    return s.replace("**", "").replace("*", "")


class Doc:
    def __init__(self, doc_id: str, path: Path):
        self.doc_id = doc_id
        self.path = path
        self.raw = path.read_text(encoding="utf-8")
        self.variants = [self.raw]
        if path.suffix.lower() == ".md":
            self.variants.append(strip_md(self.raw))
        self._collapsed = [self._collapse_with_map(v) for v in self.variants]

    @staticmethod
    def _collapse_with_map(text: str) -> tuple[str, list[int]]:
        out: list[str] = []
        idx: list[int] = []
        prev_space = True
        for i, ch in enumerate(text):
            if ch.isspace():
                if not prev_space:
                    out.append(" ")
                    idx.append(i)
                prev_space = True
            else:
                out.append(ch)
                idx.append(i)
                prev_space = False
        return "".join(out), idx

    def find(self, quote: str) -> list[tuple[str, int, int]]:
        """All raw spans (variant text, start, end) matching the collapsed quote."""
        q = collapse(quote)
        if not q:
            return []
        for variant, (c, idx) in zip(self.variants, self._collapsed):
            hits = []
            start = 0
            while True:
                k = c.find(q, start)
                if k < 0:
                    break
                hits.append((variant, idx[k], idx[k + len(q) - 1] + 1))
                start = k + 1
            if hits:
                return hits
        return []


def span_warnings(doc: Doc, raw: str) -> list[str]:
    w = []
    if re.search(r"[-\u2010\u2011][ \t]*\n", raw):
        w.append("crosses a line ending with a hyphen")
    if re.search(r"(^|\n)\s*\|\s*\d+\s*(\n|$)", raw):
        w.append("crosses a page marker like '| 14'")
    if "Retouradres" in raw or "Correspondentie uitsluitend" in raw:
        w.append("crosses the letterhead")
    if re.search(r"https?://", raw):
        w.append("contains a URL (footnote text?)")
    return w


# --------------------------------------------------------------------------- items
def tokens(s: str) -> set[str]:
    return set(re.findall(r"[0-9a-zà-ÿ+&]+", s.lower()))


def check_item(obj, where: str, docs: dict[str, Doc], problems: list[str], warnings: list[str]):
    if not isinstance(obj, dict):
        problems.append(f"{where}: not a JSON object")
        return
    for f in REQUIRED_FIELDS:
        if f not in obj:
            problems.append(f"{where}: missing field '{f}'")
    extra = set(obj) - set(REQUIRED_FIELDS) - set(OPTIONAL_FIELDS)
    if extra:
        problems.append(f"{where}: unknown field(s) {sorted(extra)}")
    if any(f not in obj for f in REQUIRED_FIELDS):
        return

    t = obj["type"]
    if t not in TYPES:
        problems.append(f"{where}: bad type {t!r}")
        return
    if not isinstance(obj["id"], str) or not obj["id"]:
        problems.append(f"{where}: id must be a non-empty string")
    if not isinstance(obj["q"], str) or not obj["q"].strip():
        problems.append(f"{where}: q must be a non-empty string")

    # history / standalone
    hist = obj["history"]
    if not isinstance(hist, list):
        problems.append(f"{where}: history must be a list")
        hist = []
    for j, turn in enumerate(hist):
        if (
            not isinstance(turn, dict)
            or set(turn) != {"role", "content"}
            or turn.get("role") not in ("user", "assistant")
            or not isinstance(turn.get("content"), str)
            or not turn["content"].strip()
        ):
            problems.append(f"{where}: history[{j}] must be {{role: user|assistant, content: str}}")
    if t == "followup":
        if not hist:
            problems.append(f"{where}: followup without history")
        else:
            roles = [turn.get("role") for turn in hist if isinstance(turn, dict)]
            if roles and (roles[0] != "user" or roles[-1] != "assistant"):
                problems.append(f"{where}: followup history must start with user and end with assistant")
            if any(a == b for a, b in zip(roles, roles[1:])):
                problems.append(f"{where}: followup history roles must alternate")
        sa = obj.get("standalone")
        if not isinstance(sa, str) or not sa.strip():
            problems.append(f"{where}: followup without standalone")
        elif collapse(sa).lower() == collapse(obj["q"]).lower():
            problems.append(f"{where}: standalone equals q (should be written out in full)")
    else:
        if hist:
            problems.append(f"{where}: history only allowed for followups")
        if obj.get("standalone"):
            problems.append(f"{where}: standalone only allowed for followups")

    # quotes
    quotes = obj["quotes"]
    if not isinstance(quotes, list):
        problems.append(f"{where}: quotes must be a list")
        quotes = []
    expected = {"single": (1, 1), "followup": (1, 1), "multi": (2, 2), "out_of_scope": (0, 0), "unanswerable": (0, 0)}[t]
    if not expected[0] <= len(quotes) <= expected[1]:
        problems.append(f"{where}: type {t} needs {expected[0]}-{expected[1]} quotes, has {len(quotes)}")
    quote_texts = []
    for j, qd in enumerate(quotes):
        if not isinstance(qd, dict) or set(qd) != {"doc_id", "quote"}:
            problems.append(f"{where}: quotes[{j}] must be {{doc_id, quote}}")
            continue
        doc_id, quote = qd["doc_id"], qd["quote"]
        if doc_id not in docs:
            problems.append(f"{where}: quotes[{j}] unknown doc_id {doc_id!r}")
            continue
        if not isinstance(quote, str) or not quote.strip():
            problems.append(f"{where}: quotes[{j}] empty quote")
            continue
        quote_texts.append(collapse(quote))
        hits = docs[doc_id].find(quote)
        if not hits:
            problems.append(f"{where}: quotes[{j}] not found in {doc_id}: {quote[:80]!r}")
            continue
        if len(hits) > 1:
            warnings.append(f"{where}: quotes[{j}] occurs {len(hits)}x in {doc_id}")
        variant, s, e = hits[0]
        for w in span_warnings(docs[doc_id], variant[s:e]):
            warnings.append(f"{where}: quotes[{j}] {w}")
        n = len(collapse(quote))
        if not QUOTE_LEN_WARN[0] <= n <= QUOTE_LEN_WARN[1]:
            warnings.append(f"{where}: quotes[{j}] length {n} outside {QUOTE_LEN_WARN}")
    if t == "multi" and len(quotes) == 2 and all(isinstance(x, dict) for x in quotes):
        if collapse(str(quotes[0].get("quote"))) == collapse(str(quotes[1].get("quote"))):
            problems.append(f"{where}: multi with two identical quotes")

    # key facts
    kf = obj["key_facts"]
    if not isinstance(kf, list) or not all(isinstance(k, str) and k.strip() for k in kf):
        problems.append(f"{where}: key_facts must be a list of non-empty strings")
        kf = []
    if t in ANSWERABLE:
        if not 1 <= len(kf) <= 3:
            problems.append(f"{where}: answerable item needs 1-3 key_facts, has {len(kf)}")
        joined = " \n ".join(quote_texts).lower()
        for k in kf:
            if collapse(k).lower() not in joined:
                problems.append(f"{where}: key fact {k!r} not in any quote")
    elif kf:
        problems.append(f"{where}: {t} must have empty key_facts")


def load_jsonl(path: Path, problems: list[str]) -> list[tuple[int, object]]:
    out = []
    if not path.exists():
        problems.append(f"{path}: missing")
        return out
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            problems.append(f"{path.name}:{n}: empty line")
            continue
        try:
            out.append((n, json.loads(line)))
        except json.JSONDecodeError as e:
            problems.append(f"{path.name}:{n}: invalid JSON ({e})")
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=ROOT / "corpus")
    ap.add_argument("--dev", type=Path, default=HERE / "dev.jsonl")
    ap.add_argument("--test", type=Path, default=HERE / "test.jsonl")
    ap.add_argument("-q", "--quiet", action="store_true", help="do not list warnings")
    args = ap.parse_args(argv)

    problems: list[str] = []
    warnings: list[str] = []

    manifest = load_manifest(args.corpus)
    docs: dict[str, Doc] = {}
    for doc_id, fname in manifest.items():
        p = args.corpus / fname
        if not p.exists():
            problems.append(f"manifest: file for {doc_id} missing: {p}")
            continue
        docs[doc_id] = Doc(doc_id, p)

    sets = {"dev": load_jsonl(args.dev, problems), "test": load_jsonl(args.test, problems)}
    seen_ids: dict[str, str] = {}
    for name, rows in sets.items():
        for n, obj in rows:
            where = f"{name}:{n}"
            if isinstance(obj, dict) and isinstance(obj.get("id"), str):
                where = f"{name}:{n} ({obj['id']})"
                if obj["id"] in seen_ids:
                    problems.append(f"{where}: duplicate id (also {seen_ids[obj['id']]})")
                seen_ids[obj["id"]] = f"{name}:{n}"
                if not obj["id"].startswith(name + "-"):
                    problems.append(f"{where}: id should start with '{name}-'")
            check_item(obj, where, docs, problems, warnings)

    # duplicates within a set and leakage between dev and test
    def qs(name):
        return [(o.get("id"), o.get("standalone") or o.get("q", "")) for _, o in sets[name] if isinstance(o, dict)]

    for name in sets:
        seen = {}
        for i, q in qs(name):
            key = collapse(q).lower()
            if key in seen:
                problems.append(f"{name}: {i} duplicates question of {seen[key]}")
            seen[key] = i
    dev_q = [(i, q, tokens(q)) for i, q in qs("dev")]
    for ti, tq in qs("test"):
        tt = tokens(tq)
        for di, dq, dt in dev_q:
            if collapse(tq).lower() == collapse(dq).lower():
                problems.append(f"test {ti} is identical to dev {di}")
            elif tt and dt and len(tt & dt) / len(tt | dt) >= NEAR_DUP_JACCARD:
                problems.append(f"test {ti} nearly duplicates dev {di}: {tq!r} ~ {dq!r}")
    dev_quotes = {}
    for _, o in sets["dev"]:
        if isinstance(o, dict):
            for qd in o.get("quotes") or []:
                if isinstance(qd, dict):
                    dev_quotes[collapse(str(qd.get("quote")))] = o.get("id")
    for _, o in sets["test"]:
        if isinstance(o, dict):
            for qd in o.get("quotes") or []:
                if isinstance(qd, dict) and collapse(str(qd.get("quote"))) in dev_quotes:
                    warnings.append(f"test {o.get('id')} shares a quote with dev {dev_quotes[collapse(str(qd.get('quote')))]}")

    # counts
    for name, rows in sets.items():
        objs = [o for _, o in rows if isinstance(o, dict)]
        by_type = Counter(o.get("type") for o in objs)
        by_doc_quotes = Counter()
        by_doc_items = Counter()
        for o in objs:
            ds = [qd.get("doc_id") for qd in o.get("quotes") or [] if isinstance(qd, dict)]
            by_doc_quotes.update(ds)
            by_doc_items.update(set(ds))
        by_doc_type = defaultdict(Counter)
        for o in objs:
            for d in {qd.get("doc_id") for qd in o.get("quotes") or [] if isinstance(qd, dict)}:
                by_doc_type[d][o.get("type")] += 1
        print(f"== {name}: {len(objs)} items")
        print("   per type: " + ", ".join(f"{t}={by_type.get(t, 0)}" for t in TYPES))
        total_q = sum(by_doc_quotes.values()) or 1
        print("   per document (items citing it / quotes, share of quotes; single/multi/followup):")
        for d in manifest:
            dt = by_doc_type.get(d, Counter())
            print(
                f"     {d:28s} items={by_doc_items.get(d, 0):3d} quotes={by_doc_quotes.get(d, 0):3d}"
                f" ({100 * by_doc_quotes.get(d, 0) / total_q:4.1f}%)"
                f"  s={dt.get('single', 0)} m={dt.get('multi', 0)} f={dt.get('followup', 0)}"
            )
        if len(objs) < MIN_LINES[name]:
            problems.append(f"{name}: {len(objs)} items, need >= {MIN_LINES[name]}")
        for t, mn in MIN_PER_TYPE[name].items():
            if by_type.get(t, 0) < mn:
                problems.append(f"{name}: {by_type.get(t, 0)} {t} items, need >= {mn}")
        for d in manifest:
            if by_doc_quotes.get(d, 0) == 0:
                problems.append(f"{name}: no quotes from document {d}")

    if warnings and not args.quiet:
        print(f"\n{len(warnings)} warning(s):")
        for w in warnings:
            print("  WARN " + w)
    if problems:
        print(f"\n{len(problems)} problem(s):")
        for p in problems:
            print("  FAIL " + p)
        return 1
    print("\nOK: 0 problems")
    return 0


if __name__ == "__main__":
    sys.exit(main())
