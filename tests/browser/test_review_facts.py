"""The review screen in a real (headless) chromium: change an understood fact under "Begrepen" and the verdict
changes in place, without a new question; the Verantwoording download is there."""

from __future__ import annotations

import pytest
from browser_helpers import FINISHED, ask, finished_count, shot

pytestmark = pytest.mark.browser

QUESTION = "Wij zijn een DEC voor Korsakov met positief CElz-advies. Mogen wij in 2026 C&A declareren?"


def test_changing_a_fact_changes_the_verdict(page) -> None:  # type: ignore[no-untyped-def]
    answer = ask(page, QUESTION)
    label = answer.locator(".wlz-head .wlz-verdict-label")
    assert label.inner_text().strip() == "Ja"
    review = page.locator("#wlz-banner .wlz-review")
    assert "Begrepen: zorgjaar: 2026 · LVHC-doelgroep: Korsakov" in review.locator("> summary").inner_text()
    review.locator("> summary").click()  # the one line opens into the review screen
    fact = review.locator('.wlz-fact[data-fact="rec_dec_positief_advies"]')
    assert "REC/DEC met positief CElz-advies: ja" in fact.inner_text()
    assert review.locator("a.wlz-receipt").get_attribute("download", timeout=5_000).startswith("verantwoording-")
    fact.locator("summary").click()
    fact.locator('button[data-refine-value="nee"]').click()
    page.wait_for_function(
        "() => { const l = [...document.querySelectorAll('#wlz-chat .wlz-bot .wlz-head .wlz-verdict-label')].pop();"
        " return l && l.textContent.trim() === 'Nee'; }", timeout=30_000)
    assert finished_count(page) == 1  # recomputed in place: no new question, no new answer bubble
    page.locator("#wlz-banner .wlz-review > summary").click()  # the new verdict's review screen
    changed = page.locator('#wlz-banner .wlz-fact[data-fact="rec_dec_positief_advies"]')
    assert "uw antwoord → REC/DEC met positief CElz-advies: nee" in changed.inner_text()
    shot(page, "review-fact-changed.png")
    # and back, through a value of another fact: the zorgjaar field
    year = page.locator('#wlz-banner .wlz-fact[data-fact="year"]')
    year.locator("summary").click()
    year.locator("input").fill("2025")
    year.locator("button.wlz-refine-apply").click()
    page.wait_for_function(
        "() => [...document.querySelectorAll('#wlz-banner .wlz-fact[data-fact=\"year\"]')].some("
        "e => e.textContent.includes('uw antwoord → zorgjaar: 2025'))", timeout=30_000)
    assert page.locator(FINISHED).count() == 1
    assert not page.js_errors, page.js_errors
