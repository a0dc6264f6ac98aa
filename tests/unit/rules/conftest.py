from __future__ import annotations

import pytest

from assistant.rules import RuleBook


@pytest.fixture(scope="session")
def book() -> RuleBook:
    return RuleBook.load()
