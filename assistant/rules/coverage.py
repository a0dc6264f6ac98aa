"""Rule coverage: deciding passages that are not (yet) rules (``data/coverage/uncovered.yaml``).

A question about such a passage gets no verdict — never one from a neighbouring rule that shares the
topic but decides another question."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from ..errors import RuleError

COVERAGE_PATH = Path(__file__).parent / "data" / "coverage" / "uncovered.yaml"


class Source(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    doc: str
    section: str


class Uncovered(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=r"^[a-z0-9_]+$")
    topic_nl: str
    why_nl: str
    source: Source
    neighbours: list[str] = Field(default_factory=list)
    patterns: list[str] = Field(min_length=1)

    @field_validator("patterns")
    @classmethod
    def _compile(cls, patterns: list[str]) -> list[str]:
        for p in patterns:
            re.compile(p)
        return patterns

    def matches(self, normalized_question: str) -> bool:
        return any(re.search(p, normalized_question) for p in self.patterns)


class Coverage(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    uncovered: list[Uncovered]


def load_coverage(path: Path = COVERAGE_PATH) -> Coverage:
    try:
        return Coverage.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))
    except (OSError, yaml.YAMLError, ValidationError, re.error) as exc:
        raise RuleError(f"Ongeldig dekkingsbestand ({path.name}): {exc}") from exc


@cache
def coverage() -> Coverage:
    return load_coverage()


def uncovered_topic(normalized_question: str) -> Uncovered | None:
    for item in coverage().uncovered:
        if item.matches(normalized_question):
            return item
    return None
