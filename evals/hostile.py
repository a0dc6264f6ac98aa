"""The hostile-input suite, counted per channel: ``python -m evals.hostile`` (counts, from pytest's collection) or
``python -m evals.hostile --run`` (runs the suite too and prints passed/failed per channel).

The cases live in pytest files (each asserts: no crash, no hang, no traceback to the user, nothing lost, a Dutch
and specific message); this script only sorts them into channels:

* api: the public API of the real app, called by name (what gradio_client does);
* http: raw HTTP against the real app and its middleware (malformed bodies, traversal, uploads, login, …);
* cli: ``python -m assistant …`` in a child process;
* documents: hostile files and metadata at ``add``, planted instructions, a full disk during ``index``/``add``;
* configuration: bad ``WLZ_*`` values and directories;
* core: questions, histories, dates and facts straight into the Assistant and the rule book;
* browser: Chromium against the running app (run with ``-m browser``; needs chromium).
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

FILES = [
    "tests/unit/hostile/test_api_http.py",
    "tests/unit/hostile/test_exposure.py",
    "tests/unit/hostile/test_config.py",
    "tests/unit/hostile/test_full_disk.py",
    "tests/unit/hostile/test_documents_are_data.py",
    "tests/unit/test_bad_input.py",
    "tests/unit/ingest/test_hostile_files.py",
    "tests/browser/test_app.py",
]

# (file, test-function regex) -> channel; first match wins
RULES: list[tuple[str, str, str]] = [
    ("test_api_http.py", r"^test_api_case", "api"),
    ("test_api_http.py", r".", "http"),
    ("test_exposure.py", r"^test_(public_api_works|who_may|admins_from|the_controller)", "api"),
    ("test_exposure.py", r".", "http"),
    ("test_config.py", r"^test_the_cli", "cli"),
    ("test_config.py", r".", "configuration"),
    ("test_full_disk.py", r"^test_the_cli", "cli"),
    ("test_full_disk.py", r".", "documents"),
    ("test_documents_are_data.py", r".", "documents"),
    ("test_bad_input.py", r"^test_(question_cli|every_question_through_the_batch_cli|add_cli_is_refused|"
                          r"absurd_facts_cli)", "cli"),
    ("test_bad_input.py", r"^test_(add_|injection_inside)", "documents"),
    ("test_bad_input.py", r"^test_the_suite_has", ""),  # a count, not a case
    ("test_bad_input.py", r".", "core"),
    ("test_hostile_files.py", r".", "documents"),
    ("test_app.py", r"^test_(html_in_question_is_inert|markdown_in_text_is_shown_not_rendered|"
                    r"the_app_sends_security_headers)", "browser"),
]
CHANNELS = ["api", "http", "cli", "documents", "configuration", "core", "browser"]


def channel(file: str, test: str) -> str | None:
    name = Path(file).name
    func = test.split("[", 1)[0]
    for f, pattern, ch in RULES:
        if name == f and re.search(pattern, func):
            return ch or None
    return None


def collect() -> list[tuple[str, str]]:
    out = subprocess.run([sys.executable, "-m", "pytest", "--collect-only", "-q", "-p", "no:cacheprovider",
                          "-m", "unit or integration or browser", *FILES], cwd=ROOT, capture_output=True, text=True, check=False)
    ids = [line.strip() for line in out.stdout.splitlines() if "::" in line]
    return [(i.split("::", 1)[0], i.split("::", 1)[1]) for i in ids]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evals.hostile", description=__doc__.split("\n\n")[0])
    parser.add_argument("--run", action="store_true", help="run the suite (without the browser) and count outcomes")
    args = parser.parse_args(argv)
    cases = [(f, t, channel(f, t)) for f, t in collect()]
    counts = Counter(ch for _, _, ch in cases if ch)
    print("hostile-input cases per channel (pytest collection):")
    for ch in CHANNELS:
        print(f"  {ch:<14} {counts.get(ch, 0):>4}")
    print(f"  {'total':<14} {sum(counts.values()):>4}")
    if not args.run:
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        xml = Path(tmp) / "junit.xml"
        subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-m", "unit or integration",
                        f"--junitxml={xml}", *[f for f in FILES if "browser" not in f]], cwd=ROOT, check=False)
        outcome: Counter[tuple[str, str]] = Counter()
        for case in ET.parse(xml).getroot().iter("testcase"):
            file = case.get("classname", "").replace(".", "/") + ".py"
            found = channel(file, case.get("name", ""))
            if not found:
                continue
            status = "failed" if case.find("failure") is not None or case.find("error") is not None else (
                "skipped" if case.find("skipped") is not None else "passed")
            outcome[(found, status)] += 1
    print("outcomes per channel (unit run; browser cases run with -m browser):")
    for ch in CHANNELS:
        print(f"  {ch:<14} passed {outcome[(ch, 'passed')]:>4}  failed {outcome[(ch, 'failed')]:>3}  "
              f"skipped {outcome[(ch, 'skipped')]:>3}")
    return 1 if any(s == "failed" for _, s in outcome) else 0


if __name__ == "__main__":
    raise SystemExit(main())
