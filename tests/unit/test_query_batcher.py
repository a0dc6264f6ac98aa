from __future__ import annotations

import threading

import numpy as np
import pytest

from assistant.adapters.embedder import QueryBatcher

pytestmark = pytest.mark.unit


def test_concurrent_queries_are_batched_and_answered_in_order() -> None:
    calls: list[list[str]] = []
    gate = threading.Event()

    def fn(texts: list[str]) -> np.ndarray:
        calls.append(list(texts))
        gate.wait(2)
        return np.array([[float(len(t))] for t in texts])

    b = QueryBatcher(fn)
    results: dict[str, float] = {}

    def ask(t: str) -> None:
        results[t] = float(b.submit(t)[0])

    threads = [threading.Thread(target=ask, args=("x" * n,)) for n in range(1, 9)]
    for t in threads:
        t.start()
    gate.set()
    for t in threads:
        t.join(5)
    assert results == {"x" * n: float(n) for n in range(1, 9)}
    assert len(calls) < 8  # at least some queries shared a forward pass


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
