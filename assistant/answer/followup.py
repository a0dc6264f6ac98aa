"""Follow-up questions: "En in 2025?" becomes a standalone query by carrying over the previous user turn."""

from __future__ import annotations

import re

from ..ingest.documents import collapse_ws

FOLLOWUP = re.compile(
    r"^(en|maar|ook|geldt dat|geldt dit|en als|wat als|hoe zit het|hoeveel|waarom|wanneer|voor welk|dus|dan|"
    r"en voor|en bij|en in|welke|wie)\b|\b(dat|dit|daarvoor|daarvan|daarbij|die|deze|hiervoor|hierbij|ook)\b",
    re.I,
)


def standalone_query(question: str, history: list[dict[str, str]] | None) -> str:
    """Turn a follow-up into a standalone query by carrying over the previous user turn's topic."""
    users = [h["content"] for h in (history or [])
             if isinstance(h, dict) and h.get("role") == "user" and isinstance(h.get("content"), str) and h["content"].strip()]
    if not users:
        return question
    short = len(question.split()) <= 12
    if not (short or FOLLOWUP.search(question)):
        return question
    previous = collapse_ws(users[-1])[:400]
    return f"{question} ({previous})"
