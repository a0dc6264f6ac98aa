"""Scenario eval of the rule check: questions through the same path the chat uses.

    python -m evals.verdicts                 # dev and held-out test figures, misses of the dev split only
    python -m evals.verdicts --split test    # one split
    python -m evals.verdicts --bench         # latency of check_question and check (p50 / p95, ms)

Scenarios are YAML (``evals/data/verdict_scenarios_*.yaml``), in the domain's words:
``gegeven`` (stand van de bronnen, earlier turns), ``als`` (the question), ``dan`` (rule and outcome).
The natural phrasings (``verdict_scenarios_natural.yaml``) are split by a hash of their id: three in four
are held out (``test``) and never tuned on; ``verdict_scenarios_heldout2.yaml`` (111 scenarios written by someone
who did not see the recognisers) is split by hash: a third held out (``h2-test``), two thirds ``h2-dev``;
``verdict_scenarios_heldout3.yaml`` (153, written the same way later) likewise into ``h3-test`` and ``h3-dev``, and
``verdict_scenarios_heldout4.yaml`` (168, written after h3-dev was fixed) into ``h4-test`` and ``h4-dev``, and
``verdict_scenarios_heldout5.yaml`` (146, written after h4-dev was fixed) into ``h5-test`` and ``h5-dev``, and
``verdict_scenarios_heldout6.yaml`` (written after h5-dev was fixed) into ``h6-test`` and ``h6-dev``, and
``verdict_scenarios_heldout7.yaml`` (written after h6-dev was fixed) into ``h7-test`` and ``h7-dev``, and
``verdict_scenarios_heldout8.yaml`` (179, written after h7-dev was fixed) into ``h8-test`` and ``h8-dev``, and
``verdict_scenarios_heldout9.yaml`` (165, written after h8-dev was fixed) into ``h9-test`` and ``h9-dev``, and
``verdict_scenarios_heldout10.yaml`` (178, written after h9-dev was fixed) into ``h10-test`` and ``h10-dev``, and
``verdict_scenarios_heldout11.yaml`` (175, written after h10-dev was fixed) into ``h11-test`` and ``h11-dev``, and
``verdict_scenarios_heldout12.yaml`` (160, written after h11-dev was fixed) into ``h12-test`` and ``h12-dev``, and
``verdict_scenarios_heldout13.yaml`` (160, written after h12-dev was fixed) into ``h13-test`` and ``h13-dev``, and
``verdict_scenarios_heldout14.yaml`` (160, written after h13-dev was fixed) into ``h14-test`` and ``h14-dev``, and
``verdict_scenarios_heldout15.yaml`` (160, written after h14-dev was fixed) into ``h15-test`` and ``h15-dev``, and
``verdict_scenarios_heldout16.yaml`` (180 English renderings of dev scenarios) into ``h16-test`` and ``h16-dev``, and
``verdict_scenarios_heldout17.yaml`` (180 Dutch renderings of dev scenarios in other words) into ``h17-test`` and ``h17-dev``, and
``verdict_scenarios_heldout18.yaml`` (180 Dutch renderings of dev scenarios as longer messages, facts spread over
sentences) into ``h18-test`` and ``h18-dev``, and
``verdict_scenarios_heldout19.yaml`` (180 dev situations as terse staff notes with jargon and abbreviations) into ``h19-test``
and ``h19-dev``, and
``verdict_scenarios_heldout20.yaml`` (150 dev situations in the English of non-native speakers, with Dutch terms) into
``h20-test`` and ``h20-dev``, and
``verdict_scenarios_heldout21.yaml`` (160 new situations relayed by someone else, dictated, or spread over chat turns) into
``h21-test`` and ``h21-dev``, and
``verdict_scenarios_heldout22.yaml`` (160 new situations in everyday words, the deciding fact often a value to compare) into
``h22-test`` and ``h22-dev``, and
``verdict_scenarios_heldout23.yaml`` (160 new situations over chat turns, pasted document lines, relative dates,
corrections and staff abbreviations) into ``h23-test`` and ``h23-dev``, and
``verdict_scenarios_heldout24.yaml`` (160 new situations in e-mails, search-box fragments, "klopt het dat …" claims and
lines pasted from a system, with negations and numbers in words) into ``h24-test`` and ``h24-dev``, and
``verdict_scenarios_heldout25.yaml`` (160 new situations in long family stories, dates and periods in words, corrections
and hedges, hypotheticals and phone typing) into ``h25-test`` and ``h25-dev``, and
``verdict_scenarios_heldout26.yaml`` (160 new situations in staff jargon and codes, messages about several clients,
negations and contrasts, students' cases and numbers compared in words) into ``h26-test`` and ``h26-dev``, and
``verdict_scenarios_heldout27.yaml`` (160 new situations with self-corrections, dictated messages, dates relative to
the stand, pasted lines and hedged facts) into ``h27-test`` and ``h27-dev``, and
``verdict_scenarios_heldout28.yaml`` (160 new situations told over several turns, with distracting numbers and codes,
typos, hypotheticals and pasted lists) into ``h28-test`` and ``h28-dev``, and
``verdict_scenarios_heldout29.yaml`` (160 new situations with self-corrections, negations, dates and durations in
words, staff shorthand and pasted documents) into ``h29-test`` and ``h29-dev``, and
``verdict_scenarios_heldout30.yaml`` (160 new situations with checklists and emoji, approximate numbers and ranges,
facts told on someone else's word, and short answers to a follow-up) into ``h30-test`` and ``h30-dev``, and
``verdict_scenarios_heldout31.yaml`` (120 new situations given as pasted tables and forms, with numeric and abbreviated
dates, in upset messages, as audits after the fact, plain and in English) into ``h31-test`` and ``h31-dev``, and
``verdict_scenarios_heldout32.yaml`` (120 new situations in pasted e-mail threads, as timelines, described in lay words
instead of codes, in simple Dutch of non-native speakers, plain and in English) into ``h32-test`` and ``h32-dev``, and
``verdict_scenarios_heldout33.yaml`` (120 new situations with the question before its facts, in bursts of chat
messages, in the formal register of a zorgkantoor or controller, told by the client in the first person, plain and in
English) into ``h33-test`` and ``h33-dev``, and
``verdict_scenarios_heldout34.yaml`` (120 new situations in care handover templates (SBAR, MDO), as long stories with
the facts scattered, as a colleague's claim to be checked, in Dutch and English mixed within sentences, plain and in
English) into ``h34-test`` and ``h34-dev``, and
``verdict_scenarios_heldout35.yaml`` (120 new situations in formal letters, as requests to draft a mail or checklist,
in transcribed calls and minutes, by comparison with another client or an earlier year, plain and in English) into
``h35-test`` and ``h35-dev``, and
``verdict_scenarios_heldout36.yaml`` (120 new situations as tag questions that ask to confirm the asker's assumption,
in Flemish Dutch or Dutch mixed with English words, with a second question beside the eligibility one, with numbers
and dates written in words, plain and in English) into ``h36-test`` and ``h36-dev``, and
``verdict_scenarios_heldout37.yaml`` (120 new situations asked indirectly ("is er een bezwaar tegen als …?"), with
facts in other units or as ranges, citing article numbers, buried in a complaint, plain and in English) into
``h37-test`` and ``h37-dev``, and
``verdict_scenarios_heldout38.yaml`` (120 new situations asked as an approval or sign-off, as plans for a later date
or next year, in informal Dutch with regional colour, from an asker surprised by or doubting a belief, plain and in
English) into ``h38-test`` and ``h38-dev``, and
``verdict_scenarios_heldout39.yaml`` (120 new situations written as meeting notes and action items, retold by a
relative or buddy in the client's own words, as an indignant rhetorical question, with numbers and times written in
words or approximately, plain and in English, some by non-native writers) into ``h39-test`` and ``h39-dev``, and
``verdict_scenarios_heldout40.yaml`` (120 new situations written as a disputed or refused claim, a forwarded group
chat, a clause of the asker's own contract or werkinstructie, wrapped in instructions to the assistant, plain and in
English by non-native writers) into ``h40-test`` and ``h40-dev``, and
``verdict_scenarios_heldout41.yaml`` (120 new situations written as a pasted helpdesk ticket or web form, a trainer's
case or quiz question, with half-remembered names for the terms, as a forum post, plain and in English by expats,
interns and relatives abroad) into ``h41-test`` and ``h41-dev``, and
``verdict_scenarios_heldout42.yaml`` (120 new situations written as an incident report or complaint, by an outsider
such as a journalist or a councillor, as an excerpt of a care plan, as a policy memo, plain and in English by foreign
board members, researchers and migrant care workers) into ``h42-test`` and ``h42-dev``, and
``verdict_scenarios_heldout43.yaml`` (120 new situations written with a fact corrected mid-message, about one of several
clients, in Dutch as a second language, in professional shorthand, plain and in English by foreign colleagues, expats,
interns and a translator) into ``h43-test`` and ``h43-dev``, and
``verdict_scenarios_heldout44.yaml`` (120 new situations dictated into a phone, pasted as a forwarded e-mail thread whose
latest message may update a fact, told as a long story with the facts scattered through it, written politely hedged but
stated, plain and in English) into ``h44-test`` and ``h44-dev``, and
``verdict_scenarios_heldout45.yaml`` (120 new situations imagined ahead ("stel dat …"), checked afterwards for a past
year by a controller, written in short simple sentences with spelling mistakes, typed as a burst of short chat lines,
plain and in English) into ``h45-test`` and ``h45-dev``, and
``verdict_scenarios_heldout46.yaml`` (120 new situations written out as a phone call, with the question first and the
facts after it, among numbers and dates that do not matter, as a formal request letter, plain and in English) into
``h46-test`` and ``h46-dev``, and
``verdict_scenarios_heldout47.yaml`` (120 new situations written as an SBAR handover note, a dated logbook, mostly in
negatives, pasted as a table, plain and in English) into ``h47-test`` and ``h47-dev``, and
``verdict_scenarios_heldout48.yaml`` (120 new situations pasted as a checklist with ticked boxes, weighed in a pro and
contra list, as an informal chat message with emoji, copied from a pdf with its hyphens and footers, plain and in
English) into ``h48-test`` and ``h48-dev``;
everything else is ``dev``.

Counted per split: right (rule and outcome both match, or no verdict where none is expected); wrong yes/no
(a "ja" or "nee" that is not the expected one, or a yes/no where none or "onbekend" was expected); unknown
where stated (a "ja"/"nee" was expected — the facts are in the question — but the check said "onbekend" or
gave no verdict); other (e.g. a wrong rule with an unknown outcome).
"""

from __future__ import annotations

import argparse
import hashlib
import statistics
import sys
import time
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from assistant.rules import RuleBook

DATA = Path(__file__).parent / "data"
FILES = ("verdict_scenarios_dev.yaml", "verdict_scenarios_dev2.yaml", "verdict_scenarios_dev3.yaml",
         "verdict_scenarios_dev4.yaml", "verdict_scenarios_dev5.yaml",
         "verdict_scenarios_dev6.yaml", "verdict_scenarios_dev7.yaml",
         "verdict_scenarios_dev8.yaml", "verdict_scenarios_dev9.yaml", "verdict_scenarios_dev10.yaml", "verdict_scenarios_dev11.yaml",
         "verdict_scenarios_dev12.yaml",
         "verdict_scenarios_dates.yaml",
         "verdict_scenarios_natural.yaml", "verdict_scenarios_heldout2.yaml", "verdict_scenarios_heldout3.yaml",
         "verdict_scenarios_heldout4.yaml", "verdict_scenarios_heldout5.yaml", "verdict_scenarios_heldout6.yaml",
         "verdict_scenarios_heldout7.yaml", "verdict_scenarios_heldout8.yaml", "verdict_scenarios_heldout9.yaml",
         "verdict_scenarios_heldout10.yaml", "verdict_scenarios_heldout11.yaml",
         "verdict_scenarios_heldout12.yaml", "verdict_scenarios_heldout13.yaml",
         "verdict_scenarios_heldout14.yaml", "verdict_scenarios_heldout15.yaml",
         "verdict_scenarios_heldout16.yaml", "verdict_scenarios_heldout17.yaml",
         "verdict_scenarios_heldout18.yaml", "verdict_scenarios_heldout19.yaml",
         "verdict_scenarios_heldout20.yaml", "verdict_scenarios_heldout21.yaml",
         "verdict_scenarios_heldout22.yaml", "verdict_scenarios_heldout23.yaml",
         "verdict_scenarios_heldout24.yaml", "verdict_scenarios_heldout25.yaml",
         "verdict_scenarios_heldout26.yaml", "verdict_scenarios_heldout27.yaml",
         "verdict_scenarios_heldout28.yaml", "verdict_scenarios_heldout29.yaml",
         "verdict_scenarios_heldout30.yaml", "verdict_scenarios_heldout31.yaml",
         "verdict_scenarios_heldout32.yaml", "verdict_scenarios_heldout33.yaml",
         "verdict_scenarios_heldout34.yaml", "verdict_scenarios_heldout35.yaml",
         "verdict_scenarios_heldout36.yaml", "verdict_scenarios_heldout37.yaml",
         "verdict_scenarios_heldout38.yaml", "verdict_scenarios_heldout39.yaml",
         "verdict_scenarios_heldout40.yaml", "verdict_scenarios_heldout41.yaml",
         "verdict_scenarios_heldout42.yaml", "verdict_scenarios_heldout43.yaml",
         "verdict_scenarios_heldout44.yaml", "verdict_scenarios_heldout45.yaml",
         "verdict_scenarios_heldout46.yaml", "verdict_scenarios_heldout47.yaml",
         "verdict_scenarios_heldout48.yaml")
# the sets written apart from the recognisers, by id prefix: a third of each held out (``h<N>-test``)
HELDOUT = ("h2-", "h3-", "h4-", "h5-", "h6-", "h7-", "h8-", "h9-", "h10-", "h11-", "h12-", "h13-", "h14-", "h15-", "h16-",
           "h17-", "h18-", "h19-", "h20-", "h21-", "h22-", "h23-", "h24-", "h25-",
           "h26-", "h27-", "h28-", "h29-", "h30-", "h31-", "h32-", "h33-", "h34-", "h35-", "h36-", "h37-", "h38-", "h39-", "h40-",
           "h41-", "h42-", "h43-", "h44-", "h45-", "h46-", "h47-", "h48-")
SPLITS = ("dev", "test", *(f"{h}{part}" for h in HELDOUT for part in ("dev", "test")))
OUTCOME = {"ja": "yes", "nee": "no", "onbekend": "unknown"}


def split_of(scenario_id: str) -> str:
    """Held out (``test``) when the id's sha256 is not divisible by 4 — natural phrasings only. The second set
    (``h2-``) and the third (``h3-``), each written apart from the recognisers: a third held out (``h2-test``,
    ``h3-test``, never looked at), two thirds ``h2-dev`` / ``h3-dev`` (their misses may be read and fixed)."""
    for prefix in HELDOUT:
        if scenario_id.startswith(prefix):
            third = int(hashlib.sha256(scenario_id.encode()).hexdigest(), 16) % 3 == 0
            return f"{prefix}test" if third else f"{prefix}dev"
    if not scenario_id.startswith("nat-"):
        return "dev"
    return "test" if int(hashlib.sha256(scenario_id.encode()).hexdigest(), 16) % 4 else "dev"


def load_scenarios() -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for name in FILES:
        for sc in yaml.safe_load((DATA / name).read_text(encoding="utf-8"))["scenarios"]:
            out.append({**sc, "split": split_of(sc["id"]), "file": name})
    return out


def _as_date(value: object) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


def ask(book: RuleBook, sc: dict[str, Any]) -> Any:
    g = sc.get("gegeven") or {}
    return book.check_question(sc["als"], history=g.get("gesprek"), as_of=_as_date(g.get("stand")),
                               year=g.get("zorgjaar"))


def classify(sc: dict[str, Any], verdict: Any) -> str:
    dan = sc["dan"]
    expected_rule = dan.get("regel")
    expected = OUTCOME.get(dan.get("uitkomst", ""))
    got_rule = None if verdict is None else verdict.rule_id
    got = None if verdict is None else verdict.outcome
    if expected_rule is None:
        if verdict is None:
            return "right"
        return "wrong_yes_no" if got in ("yes", "no") else "other"
    if got_rule == expected_rule and got == expected and (not dan.get("reden") or verdict.reason == dan["reden"]):
        return "right"
    if got in ("yes", "no") and (got != expected or got_rule != expected_rule):
        return "wrong_yes_no"
    if expected in ("yes", "no") and got in (None, "unknown"):
        return "unknown_where_stated"
    return "other"


def run(book: RuleBook, scenarios: list[dict[str, Any]]) -> dict[str, Any]:
    counts = {"right": 0, "wrong_yes_no": 0, "unknown_where_stated": 0, "other": 0}
    misses: list[dict[str, Any]] = []
    for sc in scenarios:
        verdict = ask(book, sc)
        kind = classify(sc, verdict)
        counts[kind] += 1
        if kind != "right":
            misses.append({"id": sc["id"], "kind": kind, "als": sc["als"], "dan": sc["dan"],
                           "got": None if verdict is None else (verdict.rule_id, verdict.outcome, verdict.reason),
                           "facts": None if verdict is None else verdict.facts})
    n = len(scenarios)
    return {"n": n, **counts, "accuracy": round(counts["right"] / n, 4) if n else 0.0, "misses": misses}


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[max(0, min(len(ordered) - 1, round(q * (len(ordered) - 1))))]


def bench(book: RuleBook, scenarios: list[dict[str, Any]], rounds: int = 5) -> dict[str, dict[str, float]]:
    """Latency in ms of check_question (route + read facts + check) and of check (rule id + facts)."""
    stand = date(2026, 12, 1)
    cq: list[float] = []
    ck: list[float] = []
    for sc in scenarios:  # warm-up: compiled patterns, caches
        ask(book, sc)
    pairs = []
    for sc in scenarios:
        v = ask(book, sc)
        if v is not None:
            pairs.append((v.rule_id, dict(v.facts), v.year))
    for _ in range(rounds):
        for sc in scenarios:
            t = time.perf_counter()
            ask(book, sc)
            cq.append((time.perf_counter() - t) * 1000)
        for rule_id, facts, year in pairs:
            t = time.perf_counter()
            book.check(rule_id, facts, as_of=stand, year=year)
            ck.append((time.perf_counter() - t) * 1000)
    return {name: {"n": len(v), "p50": round(statistics.median(v), 3), "p95": round(_pct(v, 0.95), 3),
                   "max": round(max(v), 3)} for name, v in (("check_question", cq), ("check", ck))}


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m evals.verdicts")
    p.add_argument("--split", choices=[*SPLITS, "all"], default="all")
    p.add_argument("--bench", action="store_true", help="latency of check_question and check (p50/p95 in ms)")
    p.add_argument("--show-test-misses", action="store_true", help="also list the held-out misses (do not tune on them)")
    args, _ = p.parse_known_args(argv)  # `python -m evals verdicts --set dev` passes its own arguments on
    start = time.perf_counter()
    book = RuleBook.load()
    load_ms = (time.perf_counter() - start) * 1000
    scenarios = load_scenarios()
    print(f"regels geladen: {len(book.rules)} in {load_ms:.0f} ms; scenario's: {len(scenarios)} "
          f"(natuurlijk: {sum(s['file'].endswith('natural.yaml') for s in scenarios)}, "
          f"waarvan test: {sum(s['split'] == 'test' for s in scenarios)})")
    if args.bench:
        for name, lat in bench(book, scenarios).items():
            print(f"latency {name}: n {lat['n']}  p50 {lat['p50']:.2f} ms  p95 {lat['p95']:.2f} ms  max {lat['max']:.2f} ms")
        return 0
    ok = True
    for split in (SPLITS if args.split == "all" else [args.split]):
        chosen = [s for s in scenarios if s["split"] == split]
        r = run(book, chosen)
        print(f"[{split}] n {r['n']}  goed {r['right']} ({r['accuracy']:.3f})  fout ja/nee {r['wrong_yes_no']}  "
              f"onbekend-terwijl-gegeven {r['unknown_where_stated']}  overig {r['other']}")
        if not split.endswith("test") or args.show_test_misses:
            for m in r["misses"]:
                print(f"  MIS {m['id']} [{m['kind']}]: verwacht {m['dan']}, kreeg {m['got']} — {m['als']}")
                if m["facts"] is not None:
                    print(f"      feiten: {m['facts']}")
        ok = ok and r["accuracy"] >= 0.95 and r["wrong_yes_no"] == 0
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
