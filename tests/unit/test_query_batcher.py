from __future__ import annotations

import threading

import numpy as np
import pytest

from assistant.adapters.embedder import QueryBatcher

pytestmark = pytest.mark.unit


def _wait_queued(b: QueryBatcher, n: int) -> None:
    """Until ``n`` requests wait in the queue (no sleep to tune: polled, with a generous cap)."""
    for _ in range(1000):
        if b.queue.qsize() == n:
            return
        threading.Event().wait(0.01)
    raise AssertionError(f"{b.queue.qsize()} requests queued, expected {n}")


def test_concurrent_queries_are_batched_and_answered_in_order() -> None:
    """Queries that arrive while the model is busy form the next batch: deterministic, whatever the machine's
    speed (the first query holds the model until the others are queued)."""
    calls: list[list[str]] = []
    busy, release = threading.Event(), threading.Event()

    def fn(texts: list[str]) -> np.ndarray:
        calls.append(list(texts))
        if texts == ["x"]:
            busy.set()
            release.wait(5)
        return np.array([[float(len(t))] for t in texts])

    b = QueryBatcher(fn)
    results: dict[str, float] = {}

    def ask(t: str) -> None:
        results[t] = float(b.submit(t)[0])

    threads = [threading.Thread(target=ask, args=("x" * n,)) for n in range(1, 9)]
    threads[0].start()
    assert busy.wait(5)
    for t in threads[1:]:
        t.start()
    _wait_queued(b, 7)
    release.set()
    for t in threads:
        t.join(5)
    assert results == {"x" * n: float(n) for n in range(1, 9)}
    assert len(calls) == 2 and sorted(calls[1], key=len) == ["x" * n for n in range(2, 9)]


def test_errors_reach_every_caller() -> None:
    def fn(texts: list[str]) -> np.ndarray:
        raise RuntimeError("model down")

    with pytest.raises(RuntimeError, match="model down"):
        QueryBatcher(fn).submit("vraag")


def test_several_queries_from_one_caller_share_one_pass() -> None:
    calls: list[list[str]] = []

    def fn(texts: list[str]) -> np.ndarray:
        calls.append(list(texts))
        return np.array([[float(len(t))] for t in texts])

    out = QueryBatcher(fn).submit_many(["a", "bbb", "cc"])
    assert out[:, 0].tolist() == [1.0, 3.0, 2.0]
    assert calls == [["a", "bbb", "cc"]]


def test_a_poisoned_text_fails_only_its_own_request() -> None:
    """A batch that fails is retried request by request: the good requests sharing it get their vectors."""
    calls: list[list[str]] = []
    busy, release = threading.Event(), threading.Event()

    def fn(texts: list[str]) -> np.ndarray:
        calls.append(list(texts))
        if texts == ["eerste"]:  # holds the model while the other requests queue up into one batch
            busy.set()
            release.wait(5)
        if any("\ud800" in t for t in texts):
            raise UnicodeEncodeError("utf-8", "\ud800", 0, 1, "surrogates not allowed")
        return np.array([[float(len(t))] for t in texts])

    b = QueryBatcher(fn)
    results: dict[str, object] = {}

    def ask(key: str, texts: list[str]) -> None:
        try:
            results[key] = b.submit_many(texts)[:, 0].tolist()
        except Exception as exc:  # noqa: BLE001 - recorded for the assertions
            results[key] = exc

    first = threading.Thread(target=ask, args=("eerste", ["eerste"]))
    first.start()
    assert busy.wait(5)
    requests = {"goed": ["goed"], "kapot": ["kap\ud800ot"], "twee": ["a", "bb"], "ook goed": ["ook goed"]}
    threads = [threading.Thread(target=ask, args=item) for item in requests.items()]
    for t in threads:
        t.start()
    _wait_queued(b, len(requests))  # all four queued behind the first: they form one batch
    release.set()
    for t in [first, *threads]:
        t.join(5)
    assert results["eerste"] == [6.0]
    assert results["goed"] == [4.0] and results["twee"] == [1.0, 2.0] and results["ook goed"] == [8.0]
    assert isinstance(results["kapot"], UnicodeEncodeError)
    assert len(calls[1]) == 5  # the shared batch was tried first, then each request on its own
    assert sorted(map(tuple, calls[2:])) == sorted(map(tuple, requests.values()))


def test_a_lone_request_that_fails_is_not_retried() -> None:
    calls: list[list[str]] = []

    def fn(texts: list[str]) -> np.ndarray:
        calls.append(list(texts))
        raise RuntimeError("model down")

    with pytest.raises(RuntimeError, match="model down"):
        QueryBatcher(fn).submit_many(["a", "b"])
    assert calls == [["a", "b"]]
