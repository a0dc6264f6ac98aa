"""Load test: N concurrent users asking dev-set questions through the Gradio API (``gradio_client``).

    python -m evals.load --levels 10 25 50 --requests 20 --duration 120
    python -m evals.load --url http://127.0.0.1:7860/ --levels 25

Without ``--url`` the app (``app.py``) is started on a free loopback port with its own index directory (built
from the shared embedding cache at start) and stopped afterwards. Every user is a thread with its own
``gradio_client.Client`` calling ``predict(question, as_of, history, api_name="/ask")`` back to back (``--think``
adds a pause between questions). Bounded: at most ``--requests`` per user and ``--duration`` seconds per level.
Loopback only. Reports throughput, p50/p95/p99 latency and errors per level to evals/reports/load-<date>.md/.json.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from datetime import date, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from assistant.settings import get_settings

from .metrics import REPORTS, load_set, percentiles, table

ROOT = Path(__file__).resolve().parent.parent
API_NAME = "/ask"



def _stop(proc: subprocess.Popen[bytes]) -> None:
    """SIGTERM the app, then SIGKILL if it has not stopped within 20 s."""
    proc.terminate()
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()

def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _loopback(url: str) -> None:
    host = urlparse(url).hostname or ""
    if host not in ("127.0.0.1", "localhost", "::1"):
        raise SystemExit(f"Alleen loopback: {url} is geen 127.0.0.1/localhost.")


def start_app(concurrency: int | None, index_dir: Path | None, log: Path, timeout: float = 900,
              extra_env: dict[str, str] | None = None) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    env = (extra_env or dict(os.environ)) | {"WLZ_APP__HOST": "127.0.0.1", "WLZ_APP__PORT": str(port), "GRADIO_ANALYTICS_ENABLED": "False",
                        "TOKENIZERS_PARALLELISM": "false", "WLZ_LOG_LEVEL": "WARNING"}
    if index_dir is not None:
        env["WLZ_INDEX_DIR"] = str(index_dir)
    if concurrency is not None:
        env["WLZ_APP__CONCURRENCY"] = str(concurrency)
    f = log.open("wb")
    proc = subprocess.Popen([sys.executable, str(ROOT / "app.py")], cwd=str(ROOT), env=env, stdout=f,
                            stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}/"
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"app.py stopped with code {proc.returncode}: {log.read_text(errors='replace')[-2000:]}")
        try:
            with urllib.request.urlopen(url, timeout=2) as r:  # the page (or the login page) answers 200
                if r.status == 200:
                    return proc, url
        except OSError:
            pass
        time.sleep(0.5)
    proc.kill()
    raise TimeoutError(f"app.py did not come up within {timeout:.0f} s")


def _rss_mb(pid: int) -> float | None:
    """Peak RSS of the app process plus its children (the question-embedding worker)."""
    try:
        pids = [pid] + [int(c) for t in Path(f"/proc/{pid}/task").iterdir()
                        for c in (t / "children").read_text().split()]
    except OSError:
        pids = [pid]
    total = 0.0
    for p in pids:
        try:
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmHWM:"):
                    total += int(line.split()[1]) / 1024.0
        except OSError:
            continue
    return total or None


def run_level(url: str, users: int, requests: int, duration: float, think: float,
              items: list[dict[str, Any]], *, auth: tuple[str, str] | None = None,
              on_start: Any = None, distinct: bool = False) -> dict[str, Any]:
    """``users`` threads asking back to back; ``on_start`` runs once all are connected (an attacker starts then);
    ``distinct``: every question is new (a unique marker word appended: nothing cached helps)."""
    from gradio_client import Client

    lat: list[float] = []
    stages: dict[str, list[float]] = {}  # the app's own timing_ms per answer (rules, retrieve, compose, total)
    errors: list[str] = []
    lock = threading.Lock()
    start_gate = threading.Barrier(users + 1)
    t_end = [0.0]

    def user(uid: int) -> None:
        rng = random.Random(uid)
        try:
            # plain http on loopback: no TLS to verify. With verification on, gradio_client loads the CA bundle
            # for every request (measured ~60 ms CPU each), and the load generator took a core from the app.
            client = Client(url, verbose=False, ssl_verify=False, auth=auth)
        except Exception as exc:  # noqa: BLE001 - a connection error is a load-test error, counted
            with lock:
                errors.append(f"connect: {type(exc).__name__}: {exc}")
            start_gate.wait()
            return
        start_gate.wait()
        for i in range(requests):
            if time.monotonic() > t_end[0]:
                break
            x = rng.choice(items)
            q = f"{x['q']} (vraag{uid}x{i}x{rng.randrange(10**9)})" if distinct else x["q"]
            t = time.perf_counter()
            try:
                out = client.predict(q, "", x.get("history") or [], api_name=API_NAME)
                ok = isinstance(out, dict) and isinstance(out.get("answer"), str) and out["answer"].strip()
                err = None if ok else f"bad response: {str(out)[:200]}"
            except Exception as exc:  # noqa: BLE001 - every failure is recorded
                err = f"{type(exc).__name__}: {str(exc)[:200]}"
            ms = (time.perf_counter() - t) * 1000
            timing = out.get("timing_ms") if not err and isinstance(out, dict) else None
            with lock:
                lat.append(ms)
                if isinstance(timing, dict):
                    for k, v in timing.items():
                        stages.setdefault(k, []).append(float(v))
                    stages.setdefault("outside_app", []).append(ms - float(timing.get("total", 0.0)))
                if err:
                    errors.append(err)
            if think:
                time.sleep(rng.uniform(0.5 * think, 1.5 * think))
        with contextlib.suppress(Exception):  # closing is best effort
            client.close()

    threads = [threading.Thread(target=user, args=(i,), daemon=True) for i in range(users)]
    for th in threads:
        th.start()
    t_end[0] = time.monotonic() + duration + 60  # provisional: users may connect slowly
    start_gate.wait()
    if on_start is not None:
        on_start()
    t0 = time.perf_counter()
    t_end[0] = time.monotonic() + duration
    for th in threads:
        th.join(timeout=duration + 300)
    wall = time.perf_counter() - t0
    p = percentiles(lat)
    profile = {f"{k}_ms_mean": sum(v) / len(v) for k, v in sorted(stages.items()) if v}
    return profile | {"users": users, "requests": len(lat), "errors": len(errors), "seconds": round(wall, 1),
            "throughput_rps": len(lat) / wall if wall else 0.0, "p50_ms": p["p50"], "p95_ms": p["p95"],
            "p99_ms": p.get("p99", 0.0), "max_ms": max(lat) if lat else 0.0, "error_samples": errors[:5]}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m evals.load", description=__doc__.split("\n\n")[0])
    ap.add_argument("--url", help="a running app (loopback); default: start app.py on a free port")
    ap.add_argument("--levels", type=int, nargs="+", default=[10, 25, 50])
    ap.add_argument("--requests", type=int, default=20, help="questions per user per level (bound); the first "
                    "question of each new session also pays Gradio's session setup")
    ap.add_argument("--duration", type=float, default=120.0, help="seconds per level (bound)")
    ap.add_argument("--think", type=float, default=0.0, help="mean pause between a user's questions, seconds")
    ap.add_argument("--concurrency", type=int, default=None,
                    help="WLZ_APP__CONCURRENCY for the started app (default: the app's own default)")
    ap.add_argument("--tag", default="", help="suffix for the report name (load-<date>-<tag>)")
    ap.add_argument("--index-dir", type=Path, help="index for the started app (default: a fresh one in a tmp dir)")
    ap.add_argument("--distinct", action="store_true", help="every question new (a unique marker appended), so no "
                    "cache helps; with --compare-cached also the same levels with the dev questions as they are")
    ap.add_argument("--compare-cached", action="store_true", help="with --distinct: run each level twice, distinct "
                    "and cached, in one app")
    ap.add_argument("--attacks", nargs="+", metavar="AANVAL", help="run each attack (or 'all') next to --attack-users "
                    "normal users and report their p95 with and without it; see evals/attacks.py")
    ap.add_argument("--attack-users", type=int, default=10)
    args = ap.parse_args(argv)

    items = [x for x in load_set("dev") if x.get("q")]
    if args.attacks:
        return attack_main(args, items, argv)
    tmp = tempfile.TemporaryDirectory(prefix="wlz-load-")
    proc = None
    started = datetime.now()
    try:
        if args.url:
            _loopback(args.url)
            url = args.url
        else:
            log = Path(tmp.name) / "app.log"
            print("app.py starten (index bouwen uit de embeddingcache, model laden) …", file=sys.stderr, flush=True)
            t = time.perf_counter()
            proc, url = start_app(args.concurrency, args.index_dir or Path(tmp.name) / "index", log)
            print(f"app klaar op {url} in {time.perf_counter() - t:.0f} s", file=sys.stderr, flush=True)
        from gradio_client import Client

        api = Client(url, verbose=False).view_api(print_info=False, return_format="dict")
        endpoints = sorted((api or {}).get("named_endpoints", {}))
        if API_NAME not in endpoints:
            raise SystemExit(f"De app heeft geen endpoint {API_NAME}; wel: {endpoints}")
        # warm-up: one question per user slot of the smallest level, not measured
        run_level(url, min(4, min(args.levels)), 2, 60, 0.0, items)
        rows = []
        modes = ([True, False] if args.compare_cached else [True]) if args.distinct else [False]
        for users in args.levels:
            for distinct in modes:
                print(f"{users} gelijktijdige gebruikers ({'elke vraag nieuw' if distinct else 'dev-vragen'}) …",
                      file=sys.stderr, flush=True)
                row = {"mode": "distinct" if distinct else "cached"} | run_level(
                    url, users, args.requests, args.duration, args.think, items, distinct=distinct)
                if proc is not None:
                    row["app_peak_rss_mb"] = _rss_mb(proc.pid)
                rows.append(row)
                print(f"  {row['requests']} vragen, {row['errors']} fouten, {row['throughput_rps']:.2f}/s, "
                      f"p50 {row['p50_ms']:.0f} ms, p95 {row['p95_ms']:.0f} ms", file=sys.stderr, flush=True)
    finally:
        if proc is not None:
            _stop(proc)
        tmp.cleanup()
    load = " ".join(f"{x:.1f}" for x in os.getloadavg())
    cols = ["mode", "users", "requests", "errors", "seconds", "throughput_rps", "p50_ms", "p95_ms", "p99_ms", "max_ms"]
    if proc is not None:
        cols.append("app_peak_rss_mb")
    # where a question spends its time: the app's own stages (means), and the rest (Gradio queue wait + transport)
    cols += [c for c in ("rules_ms_mean", "retrieve_ms_mean", "compose_ms_mean", "total_ms_mean",
                         "outside_app_ms_mean") if any(c in r for r in rows)]
    text = (f"# Load test — {started:%Y-%m-%d %H:%M}\n\n"
            f"Endpoint `{API_NAME}` via gradio_client (`predict(question, as_of, history, api_name=\"{API_NAME}\")`), "
            f"{'app started by the test' if proc is not None else url}, queue concurrency {args.concurrency or get_settings().app.concurrency}, "
            f"query cache {'off' if os.environ.get('WLZ_EMBEDDING__QUERY_CACHE') == '0' else 'on (default)'}; "
            f"{args.requests} questions per user (dev set), think time {args.think} s, ≤ {args.duration:.0f} s per "
            f"level; {os.cpu_count()} CPUs, load average at end {load}. "
            f"Command: `python -m evals.load {' '.join(argv if argv is not None else sys.argv[1:])}`.\n\n"
            + table(rows, cols))
    errs = [e for r in rows for e in r["error_samples"]]
    if errs:
        text += "\n\nError samples:\n" + "\n".join(f"- {e}" for e in errs[:10])
    print(text)
    REPORTS.mkdir(parents=True, exist_ok=True)
    stamp = date.today().isoformat() + (f"-{args.tag}" if args.tag else "")
    (REPORTS / f"load-{stamp}.md").write_text(text + "\n", encoding="utf-8")
    (REPORTS / f"load-{stamp}.json").write_text(
        json.dumps({"endpoints": endpoints, "args": vars(args) | {"index_dir": str(args.index_dir or "")},
                    "rows": rows}, indent=1, ensure_ascii=False), encoding="utf-8")
    print(f"\nRapport: evals/reports/load-{stamp}.md", file=sys.stderr)
    return 0 if all(r["errors"] == 0 for r in rows) else 1


def attack_main(args: argparse.Namespace, items: list[dict[str, Any]], argv: list[str] | None) -> int:
    """Each attack next to ``--attack-users`` normal users (logged in), each with its own baseline right before."""
    import shutil

    from . import attacks as atk

    names = atk.ATTACKS if "all" in args.attacks else list(args.attacks)
    names = sorted(names, key=lambda n: n == "login-flood")  # last: its lockout also stops new logins from loopback
    tmp = tempfile.TemporaryDirectory(prefix="wlz-attack-")
    base = Path(tmp.name)
    shutil.copytree(ROOT / "corpus", base / "corpus")
    atk.plant_documents(base / "corpus")
    env = atk.app_env(base / "corpus", base / "index", base / "data")
    auth = (atk.USER, atk.PASSWORD)
    proc = None
    rows: list[dict[str, Any]] = []
    rss: float | None = None
    started = datetime.now()
    try:
        print("app.py starten (met login en een kopie van het corpus) …", file=sys.stderr, flush=True)
        proc, url = start_app(args.concurrency, base / "index", base / "app.log", extra_env=env)
        run_level(url, 4, 2, 60, 0.0, items, auth=auth)  # warm-up, not measured
        for name in names:
            print(f"{name}: {args.attack_users} gebruikers zonder aanval …", file=sys.stderr, flush=True)
            quiet = run_level(url, args.attack_users, args.requests, args.duration, args.think, items, auth=auth)
            attack = atk.make_attack(name, env, base)
            stop = threading.Event()
            threads: list[threading.Thread] = []
            print(f"{name}: dezelfde gebruikers met de aanval …", file=sys.stderr, flush=True)
            loud = run_level(url, args.attack_users, args.requests, args.duration, args.think, items, auth=auth,
                             on_start=lambda a=attack, th=threads, st=stop: th.extend(atk.run_attack(a, url, st, login=True)))
            stop.set()
            for t in threads:
                t.join(timeout=300)
            ratio = loud["p95_ms"] / quiet["p95_ms"] if quiet["p95_ms"] else float("nan")
            row = {"attack": name, "attacker_threads": attack.threads, "p95_without_ms": quiet["p95_ms"],
                   "p95_with_ms": loud["p95_ms"], "ratio": ratio, "normal_requests": loud["requests"],
                   "normal_errors": loud["errors"] + quiet["errors"],
                   "attack_requests": sum(attack.outcomes.values()),
                   "attack_outcomes": ", ".join(f"{k} {v}" for k, v in attack.outcomes.most_common(4)),
                   "error_samples": loud["error_samples"] + quiet["error_samples"]}
            rows.append(row)
            print(f"  p95 {quiet['p95_ms']:.0f} -> {loud['p95_ms']:.0f} ms (x{ratio:.2f}), fouten normaal "
                  f"{row['normal_errors']}, aanvaller {row['attack_requests']} verzoeken ({row['attack_outcomes']})",
                  file=sys.stderr, flush=True)
        if proc is not None:
            rss = _rss_mb(proc.pid)
    finally:
        if proc is not None:
            _stop(proc)
        tmp.cleanup()
    load = " ".join(f"{x:.1f}" for x in os.getloadavg())
    cols = ["attack", "attacker_threads", "p95_without_ms", "p95_with_ms", "ratio", "normal_requests",
            "normal_errors", "attack_requests", "attack_outcomes"]
    text = (f"# Attacks next to normal users — {started:%Y-%m-%d %H:%M}\n\n"
            f"{args.attack_users} normal users (logged in, dev-set questions via gradio_client, back to back, "
            f"≤ {args.requests} each, ≤ {args.duration:.0f} s per run); each attack measured right after its own "
            f"run without it, in one app (queue concurrency {args.concurrency or get_settings().app.concurrency}); "
            f"app peak RSS {rss or 0:.0f} MB; {os.cpu_count()} CPUs shared with other work, load average at end {load}. "
            f"Attackers: see evals/attacks.py. Command: `python -m evals.load "
            f"{' '.join(argv if argv is not None else sys.argv[1:])}`.\n\n" + table(rows, cols))
    print(text)
    REPORTS.mkdir(parents=True, exist_ok=True)
    stamp = date.today().isoformat() + (f"-{args.tag}" if args.tag else "")
    (REPORTS / f"attacks-{stamp}.md").write_text(text + "\n", encoding="utf-8")
    (REPORTS / f"attacks-{stamp}.json").write_text(json.dumps({"args": vars(args) | {"index_dir": ""}, "rows": rows},
                                                              indent=1, ensure_ascii=False, default=str),
                                                   encoding="utf-8")
    print(f"\nRapport: evals/reports/attacks-{stamp}.md", file=sys.stderr)
    return 0 if all(r["normal_errors"] == 0 and r["ratio"] <= 2.0 for r in rows) else 1


if __name__ == "__main__":
    raise SystemExit(main())
