"""Benchmarks: ``python -m evals.bench [--quick] [--levels 1 10 100]``.

index build  — passages/s and total time: cold (nothing cached: every passage embedded) and incremental
               (one document changed); ``--quick`` measures the cold embedding rate on a sample instead.
query        — single user: retrieve and ask p50/p95/p99 over the dev set, peak RSS of the serving process.
growth       — the corpus enlarged ×10 in passages with real embedded distractor documents (evals/distractors.py,
               cached under evals/cache/growth) → R@5 on the dev set and latency; ×100 for latency and memory, with
               *synthetic* vectors for the distractors that have no real one (said so in the report).
baseline     — the stock pipeline (langchain RecursiveCharacterTextSplitter(1000, 200) + Chroma + same embedder,
               dense) measured in the same run; reported as ratios.

Each level's queries run in a fresh worker process (``--worker``), so its peak RSS is that of a server
holding that index, not of this driver. Printed and written to evals/reports/bench-<date>.md/.json.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime
from pathlib import Path
from typing import Any

from .metrics import REPORTS, first_relevant_rank, load_set, percentiles, table

RETRIEVAL_TYPES = ("single", "multi", "followup")
MODEL_FILE = "embeddinggemma-300m_768.npz"


def _maxrss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def _load() -> str:
    try:
        return " ".join(f"{x:.1f}" for x in os.getloadavg())
    except OSError:
        return "?"


# --------------------------------------------------------------------------- worker: one index, fresh process


def worker(settings_json: str, n_ask: int) -> dict[str, Any]:
    from assistant.answer.followup import standalone_query
    from assistant.bootstrap import build_assistant
    from assistant.errors import AssistantError
    from assistant.settings import Settings

    settings = Settings.model_validate(json.loads(settings_json))
    t = time.perf_counter()
    assistant = build_assistant(settings)
    assistant.warm_up()
    load_s = time.perf_counter() - t
    retriever = assistant.retriever
    items = load_set("dev")
    ret_items = [x for x in items if x["type"] in RETRIEVAL_TYPES]
    ranks: list[int | None] = []
    retrieve_ms: list[float] = []
    index_ms: list[float] = []  # with the query vector given: the index's own share
    for x in ret_items:
        q = standalone_query(x["q"], x.get("history"))
        t = time.perf_counter()
        hits = retriever.search(q, 5)
        retrieve_ms.append((time.perf_counter() - t) * 1000)
        vec = retriever.embedder.embed_query(q)
        t = time.perf_counter()
        retriever.search(q, 5, vector=vec)
        index_ms.append((time.perf_counter() - t) * 1000)
        ranks.append(first_relevant_rank([h.passage.text for h in hits], x["quotes"], [h.passage.doc_id for h in hits]))
    ask_ms: list[float] = []
    errors = 0
    for x in (items * 3)[:n_ask]:
        retriever.embedder.clear_cache()  # each ask pays for its query embedding, as a new question would
        t = time.perf_counter()
        try:
            assistant.ask(x["q"], history=x.get("history") or [])
        except AssistantError:
            errors += 1
        ask_ms.append((time.perf_counter() - t) * 1000)
    found = [r for r in ranks if r is not None and r <= 5]
    return {
        "passages": len(retriever.passages), "load_s": round(load_s, 2), "R@5": len(found) / max(1, len(ranks)),
        "n_retrieve": len(retrieve_ms), "retrieve": percentiles(retrieve_ms), "index_only": percentiles(index_ms),
        "n_ask": len(ask_ms), "ask": percentiles(ask_ms), "ask_errors": errors, "peak_rss_mb": round(_maxrss_mb(), 1),
    }


def run_worker(settings: Any, n_ask: int) -> dict[str, Any]:
    proc = subprocess.run([sys.executable, "-m", "evals.bench", "--worker", settings.model_dump_json(),
                           "--n-ask", str(n_ask)], capture_output=True, text=True, check=False,
                          cwd=str(Path(__file__).resolve().parent.parent),
                          env=os.environ | {"TOKENIZERS_PARALLELISM": "false"})
    if proc.returncode != 0:
        raise RuntimeError(f"bench worker failed: {proc.stderr[-3000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


# --------------------------------------------------------------------------- index build


def bench_build(base: Any, work: Path, quick: bool) -> list[dict[str, Any]]:
    from assistant.bootstrap import build_index, make_embedder
    from assistant.retrieval.index import load_documents, make_passages
    from assistant.retrieval.text import dense_text

    rows: list[dict[str, Any]] = []
    corpus = work / "corpus-build"
    shutil.copytree(base.corpus_dir, corpus)
    shared = base.embcache_dir / MODEL_FILE
    cache = work / "embcache-build"
    cache.mkdir()
    s = base.model_copy(update={"corpus_dir": corpus, "index_dir": work / "index-build", "embcache_dir": cache})
    n = len(make_passages(load_documents(s), s))
    if quick:
        embedder = make_embedder(s)
        sample = [dense_text(p) for p in make_passages(load_documents(s), s)][::8][:32]
        t = time.perf_counter()
        embedder.embed_documents(sample)
        rate = len(sample) / (time.perf_counter() - t)
        if shared.exists():
            shutil.copyfile(shared, cache / MODEL_FILE)
        rep = build_index(s, progress=False)
        rows.append({"build": "cold (estimated: embedding rate on 32 passages + build from cache)",
                     "passages": n, "embedded": n, "seconds": n / rate + rep.seconds, "passages_per_s": rate * 1.0})
        rows.append({"build": "all vectors cached (chunk + BM25 + Chroma)", "passages": rep.passages,
                     "embedded": rep.embedded, "seconds": rep.seconds, "passages_per_s": rep.passages / rep.seconds})
    else:
        rep = build_index(s, progress=False)
        rows.append({"build": "cold (empty embedding cache)", "passages": rep.passages, "embedded": rep.embedded,
                     "seconds": rep.seconds, "passages_per_s": rep.passages / rep.seconds})
        time.sleep(1.1)
        rep = build_index(s, progress=False)
        rows.append({"build": "no change (all cached)", "passages": rep.passages, "embedded": rep.embedded,
                     "seconds": rep.seconds, "passages_per_s": rep.passages / rep.seconds})
    f = corpus / "2025-09-08_kamerbrief_meerzorg-thuis.txt"
    f.write_text(f.read_text(encoding="utf-8").replace("Meerzorg is mogelijk binnen de instelling",
                                                       "Meerzorg is ook mogelijk binnen de instelling", 1),
                 encoding="utf-8")
    time.sleep(1.1)
    rep = build_index(s, progress=False)
    rows.append({"build": "incremental (one document changed)", "passages": rep.passages, "embedded": rep.embedded,
                 "seconds": rep.seconds, "passages_per_s": rep.passages / rep.seconds})
    return rows


# --------------------------------------------------------------------------- growth


def bench_growth(base: Any, work: Path, levels: list[int], n_ask: int, embed_real: bool) -> list[dict[str, Any]]:
    from assistant.bootstrap import build_index
    from assistant.retrieval.index import load_documents, make_passages

    from .distractors import GROWTH_CACHE, embed_missing, growth_settings, seed_cache

    n1 = len(make_passages(load_documents(base), base))
    seed_cache(base.embcache_dir / MODEL_FILE, GROWTH_CACHE / MODEL_FILE)
    rows = []
    for factor in levels:
        print(f"growth ×{factor} …", file=sys.stderr, flush=True)
        if factor == 1:
            s = base.model_copy(update={"index_dir": work / "index-x1", "embcache_dir": GROWTH_CACHE})
            vectors = "real"
        else:
            cache = GROWTH_CACHE
            if factor > 10 or not embed_real:
                cache = work / f"embcache-x{factor}"  # synthetic vectors never enter the real cache
                cache.mkdir()
                if (GROWTH_CACHE / MODEL_FILE).exists():
                    shutil.copyfile(GROWTH_CACHE / MODEL_FILE, cache / MODEL_FILE)
            s, _ = growth_settings(base, work, factor, n1, embcache=cache)
            stats = embed_missing(s, synthetic=factor > 10 or not embed_real)
            distractors = stats["passages"] - n1
            synthetic = stats["synthetic"]
            vectors = "real" if not synthetic else f"{distractors - synthetic} real + {synthetic} synthetic distractors"
        t = time.perf_counter()
        rep = build_index(s, progress=False)
        build_s = time.perf_counter() - t
        w = run_worker(s, n_ask)
        rows.append({"corpus": f"×{factor}", "passages": w["passages"], "vectors": vectors,
                     "R@5": w["R@5"] if factor <= 10 else None, "build_s": round(build_s, 1),
                     "retrieve_p50": w["retrieve"]["p50"], "retrieve_p95": w["retrieve"]["p95"],
                     "index_p50": w["index_only"]["p50"], "index_p95": w["index_only"]["p95"],
                     "ask_p50": w["ask"]["p50"], "ask_p95": w["ask"]["p95"], "peak_rss_mb": w["peak_rss_mb"],
                     "load_s": w["load_s"], "n_queries": w["n_retrieve"], "n_ask": w["n_ask"],
                     "ask_errors": w["ask_errors"], "build": rep.build})
        shutil.rmtree(s.index_dir, ignore_errors=True)
    return rows


# --------------------------------------------------------------------------- the stock baseline


def bench_baseline(base: Any) -> dict[str, Any]:

    from .baseline import StockBaseline

    t = time.perf_counter()
    b = StockBaseline(base)
    build_s = time.perf_counter() - t
    items = [x for x in load_set("dev") if x["type"] in RETRIEVAL_TYPES]
    b.search("opwarmen", 5)
    ranks, lat = b.evaluate(items, 5)
    return {"chunks": len(b.chunks), "build_s_cached": build_s,
            "R@5": sum(1 for r in ranks if r is not None and r <= 5) / len(items), "retrieve": percentiles(lat)}


# --------------------------------------------------------------------------- main


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m evals.bench", description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true", help="estimate the cold build from a sample; fewer asks")
    ap.add_argument("--levels", type=int, nargs="+", default=[1, 10, 100])
    ap.add_argument("--n-ask", type=int, default=0, help="asks per level (default 100, --quick 40)")
    ap.add_argument("--no-embed", action="store_true",
                    help="never run the model on distractors: missing ×10 vectors are synthetic (reported)")
    ap.add_argument("--worker", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    n_ask = args.n_ask or (40 if args.quick else 100)
    if args.worker:
        print(json.dumps(worker(args.worker, n_ask)))
        return 0

    from assistant.settings import get_settings

    base = get_settings()
    started = datetime.now()
    env: dict[str, Any] = {"cpus": os.cpu_count(), "load_at_start": _load(), "python": platform.python_version(),
           "platform": platform.platform(), "embedder": base.embedder, "chroma_mode": base.chroma.mode}
    print(f"Benchmark — {started:%Y-%m-%d %H:%M}, {env['cpus']} CPUs, load {env['load_at_start']}", file=sys.stderr)
    with tempfile.TemporaryDirectory(prefix="wlz-bench-") as tmp:
        work = Path(tmp)
        print("index build …", file=sys.stderr, flush=True)
        build_rows = bench_build(base, work, args.quick)
        growth_rows = bench_growth(base, work, args.levels, n_ask, embed_real=not args.no_embed)
    print("stock baseline …", file=sys.stderr, flush=True)
    baseline = bench_baseline(base)
    env["load_at_end"] = _load()
    env["seconds"] = round((datetime.now() - started).total_seconds(), 1)

    x1 = next((r for r in growth_rows if r["corpus"] == "×1"), None)
    top = growth_rows[-1]
    ratios: list[dict[str, Any]] = []
    if x1:
        ratios = [
            {"measure": "R@5 (dev)", "ours": x1["R@5"], "baseline": baseline["R@5"],
             "ratio": x1["R@5"] / baseline["R@5"] if baseline["R@5"] else None},
            {"measure": "retrieve p50 ms", "ours": x1["retrieve_p50"], "baseline": baseline["retrieve"]["p50"],
             "ratio": x1["retrieve_p50"] / baseline["retrieve"]["p50"]},
            {"measure": "retrieve p95 ms", "ours": x1["retrieve_p95"], "baseline": baseline["retrieve"]["p95"],
             "ratio": x1["retrieve_p95"] / baseline["retrieve"]["p95"]},
            {"measure": "units indexed", "ours": x1["passages"], "baseline": baseline["chunks"],
             "ratio": x1["passages"] / baseline["chunks"]},
        ]
        growth_note = (f"Retrieve p95 ×1 → {top['corpus']}: {x1['retrieve_p95']:.0f} → {top['retrieve_p95']:.0f} ms "
                       f"(×{top['retrieve_p95'] / x1['retrieve_p95']:.2f}); index-only p95 {x1['index_p95']:.1f} → "
                       f"{top['index_p95']:.1f} ms (×{top['index_p95'] / max(x1['index_p95'], 1e-9):.2f}); "
                       f"peak RSS {x1['peak_rss_mb']:.0f} → {top['peak_rss_mb']:.0f} MB.")
    else:
        growth_note = ""
    text = "\n\n".join([
        f"# Benchmarks — {started:%Y-%m-%d %H:%M}",
        f"Machine: {env['cpus']} CPUs, {env['platform']}; load average at start {env['load_at_start']}, "
        f"at end {env['load_at_end']} (1/5/15 min). Embedder {base.embedder}, Chroma {base.chroma.mode}. "
        f"Command: `python -m evals.bench {' '.join(argv if argv is not None else sys.argv[1:])}`. "
        f"Total {env['seconds']:.0f} s.",
        "## Index build (real corpus)",
        table(build_rows, ["build", "passages", "embedded", "seconds", "passages_per_s"]),
        "## Query, single user, and growth",
        "Latency in ms. `retrieve` = hybrid search incl. embedding the query; `index` = the same search with the "
        "query vector given (the index's own cost); `ask` = the whole answer (rules + retrieval + composing). "
        "Peak RSS of a fresh worker process holding that index (model + index + queries).",
        table(growth_rows, ["corpus", "passages", "vectors", "R@5", "build_s", "retrieve_p50", "retrieve_p95",
                            "index_p50", "index_p95", "ask_p50", "ask_p95", "peak_rss_mb"]),
        growth_note,
        "## Stock baseline (RCTS 1000/200 + dense Chroma, same embedder), same run",
        table(ratios, ["measure", "ours", "baseline", "ratio"]),
    ])
    print(text)
    REPORTS.mkdir(parents=True, exist_ok=True)
    stamp = date.today().isoformat()
    (REPORTS / f"bench-{stamp}.md").write_text(text + "\n", encoding="utf-8")
    data = {"env": env, "build": build_rows, "growth": growth_rows, "baseline": baseline, "ratios": ratios}
    (REPORTS / f"bench-{stamp}.json").write_text(json.dumps(data, indent=1, ensure_ascii=False), encoding="utf-8")
    print(f"\nRapport: evals/reports/bench-{stamp}.md", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
