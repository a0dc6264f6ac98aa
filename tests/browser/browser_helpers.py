"""Shared steps for the browser tests: ask a question and wait for the finished answer, switch tabs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
SHOTS = ARTIFACTS / "screenshots"
DESKTOP = {"width": 1440, "height": 900}
PHONE = {"width": 390, "height": 844}
HEADLINE = "Kunnen wij in 2026 consultatie en advies declareren voor NAH+?"
HEADLINE_EN = "Can we bill consultation and advice (C&A) for NAH+ clients in 2026?"

FINISHED = "#wlz-chat .wlz-bot:not(.wlz-streaming)"


def finished_count(page: Any) -> int:
    return int(page.locator(FINISHED).count())


def ask(page: Any, question: str) -> Any:
    """Type ``question``, press Enter, wait until its answer is finished; returns the answer's locator."""
    before = finished_count(page)
    page.fill("#wlz-question textarea", question)
    page.press("#wlz-question textarea", "Enter")
    wait_answers(page, before + 1)
    return page.locator(FINISHED).last


def wait_answers(page: Any, n: int, timeout_ms: int = 90_000) -> None:
    """Until ``n`` answers are finished. Generous: an answer takes well under a second, but a 2-core machine
    under other load (evals beside the suite) has taken over 30 s for one; speed is reported, not asserted."""
    page.wait_for_function(
        "(n) => document.querySelectorAll('#wlz-chat .wlz-bot:not(.wlz-streaming)').length >= n", arg=n,
        timeout=timeout_ms,
    )


def open_tab(page: Any, name: str) -> None:
    """Click a tab by its Dutch name (also when Gradio moved it into the "more tabs" menu)."""
    tab = page.get_by_role("tab", name=name)
    if not tab.count() or not tab.is_visible():
        page.locator(".overflow-menu button").first.click()
        page.locator(".overflow-dropdown button", has_text=name).click()
    else:
        tab.click()
    page.wait_for_timeout(300)


def shot(page: Any, name: str, full_page: bool = False) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / name), full_page=full_page)


def viewer_open(page: Any) -> bool:
    return bool(page.evaluate("() => document.querySelector('#wlz-viewer .wlz-viewer').dataset.state === 'open'"))
