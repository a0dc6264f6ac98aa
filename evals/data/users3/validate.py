#!/usr/bin/env python3
"""Validate evals/data/users3/questions.jsonl (stdlib only; does not import the assistant).

The checks of evals/data/users/validate.py (fields, quotes, key_facts, items), with this set's own sizes
(>= 180 questions, >= 90 unanswerable) and split rule: a third is held out ("test": sha256 of the id divisible
by 3, assigned after the set was written and never looked at while tuning), two thirds "dev" (may be tuned on).
Exit code 0 = pass, 1 = fail.
"""
import hashlib
import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("users_validate", HERE.parent / "users" / "validate.py")
assert _spec is not None and _spec.loader is not None
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


def split_of(qid: str) -> str:
    return "test" if int(hashlib.sha256(qid.encode()).hexdigest(), 16) % 3 == 0 else "dev"


if __name__ == "__main__":
    sys.exit(base.main(HERE / "questions.jsonl", min_total=180, min_unanswerable=90, split_of=split_of,
                       test_share_range=(0.25, 0.42)))
