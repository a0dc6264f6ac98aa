"""Accessibility in a real (headless) chromium: axe-core (axe-playwright-python, which bundles axe.min.js)
on every tab after an answer, desktop and phone, Dutch and English; keyboard use, focus ring, language,
and the phone's slide-over viewer."""

from __future__ import annotations

import json

import pytest
from browser_helpers import ARTIFACTS, DESKTOP, HEADLINE, HEADLINE_EN, PHONE, ask, open_tab, shot, viewer_open

pytestmark = pytest.mark.browser

TABS = ["Vragen", "Regelcheck", "Bronnen", "Begrippen"]
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]


def _axe(page) -> list[dict]:  # type: ignore[no-untyped-def]
    from axe_playwright_python.sync_playwright import Axe

    result = Axe().run(page, options={"runOnly": {"type": "tag", "values": AXE_TAGS}})
    return list(result.response["violations"])


@pytest.mark.parametrize(("device", "lang"), [("desktop", "nl"), ("desktop", "en"), ("phone", "nl"), ("phone", "en")])
def test_axe_no_serious_or_critical_violations_on_any_tab(open_page, device: str, lang: str) -> None:  # type: ignore[no-untyped-def]
    page = open_page(DESKTOP if device == "desktop" else PHONE, "nl-NL" if lang == "nl" else "en-US")
    answer = ask(page, HEADLINE if lang == "nl" else HEADLINE_EN)
    assert page.evaluate("() => document.documentElement.lang") == "nl"
    # the page's own words follow the question; the answer text keeps the language it is written in
    assert answer.get_attribute("data-ui-lang") == lang
    assert answer.get_attribute("lang") in ("nl", "en")
    sources_title = page.locator("#wlz-cards .wlz-section-title")
    if sources_title.count():
        assert sources_title.inner_text().startswith("Sources" if lang == "en" else "Bronnen")
        assert sources_title.get_attribute("lang") == lang
    report: dict[str, list[dict]] = {}
    for tab in TABS:
        open_tab(page, tab)
        page.wait_for_timeout(400)
        report[tab] = [{"id": v["id"], "impact": v["impact"], "nodes": [n["target"] for n in v["nodes"]][:5]}
                       for v in _axe(page)]
    # the viewer open (on a phone: the slide-over) is checked too
    open_tab(page, "Vragen")
    page.locator("#wlz-chat .wlz-chip").first.click()
    page.locator("#wlz-viewer #wlz-hl").wait_for()
    page.wait_for_timeout(400)
    report["Vragen + document"] = [{"id": v["id"], "impact": v["impact"],
                                    "nodes": [n["target"] for n in v["nodes"]][:5]} for v in _axe(page)]
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    (ARTIFACTS / f"axe-{device}-{lang}.json").write_text(json.dumps(report, indent=1))
    bad = {tab: [v for v in vs if v["impact"] in ("serious", "critical")] for tab, vs in report.items()}
    assert not any(bad.values()), bad
    assert not page.js_errors, page.js_errors


def test_keyboard_reaches_a_chip_and_opens_the_document_with_a_visible_focus_ring(page) -> None:  # type: ignore[no-untyped-def]
    ask(page, HEADLINE)
    chip = page.locator("#wlz-chat .wlz-chip").first
    # Tab from the question box backwards lands in the answer; walk forward from the top of the page instead
    page.locator("#wlz-header").click()
    for _ in range(40):
        page.keyboard.press("Tab")
        if page.evaluate("() => document.activeElement.classList.contains('wlz-chip')"):
            break
    else:
        pytest.fail("no citation chip reachable with Tab")
    ring = page.evaluate("() => { const s = getComputedStyle(document.activeElement);"
                         " return [s.outlineStyle, parseFloat(s.outlineWidth), s.outlineColor]; }")
    assert ring[0] != "none" and ring[1] >= 2, f"a clearly visible focus ring: {ring}"
    assert chip.locator(".wlz-tip").is_visible() or page.locator("#wlz-chat .wlz-chip:focus .wlz-tip").is_visible()
    page.keyboard.press("Enter")
    page.locator("#wlz-viewer #wlz-hl").wait_for()
    assert viewer_open(page)
    names = page.evaluate("() => [...document.querySelectorAll('[aria-label]')].map((e) => e.getAttribute('aria-label'))")
    assert not {"More tabs", "Gradio footer navigation"} & set(names), "Gradio's own names in Dutch"
    # every control on the answer page has a text label (no emoji-only buttons)
    labels = page.evaluate("""() => [...document.querySelectorAll('button')].filter((b) => b.offsetParent)
        .map((b) => (b.getAttribute('aria-label') || b.innerText || '').trim())""")
    assert all(any(ch.isalnum() for ch in lbl) for lbl in labels), [lbl for lbl in labels if not lbl]
    assert not page.js_errors, page.js_errors


def test_phone_viewer_slides_over_and_back_to_the_answer(open_page) -> None:  # type: ignore[no-untyped-def]
    page = open_page(PHONE, "nl-NL", touch=True)
    answer = ask(page, HEADLINE)
    assert page.evaluate("() => document.documentElement.scrollWidth") <= PHONE["width"], "no sideways scrolling"
    head = answer.locator(".wlz-head").bounding_box()
    assert head and head["y"] + 40 <= PHONE["height"], "the verdict starts in the first screen"
    shot(page, "09-telefoon-antwoord.png")
    col = page.locator("#wlz-viewer-col")
    assert not col.is_visible() or col.bounding_box()["x"] >= PHONE["width"] - 1  # type: ignore[index]
    chip = answer.locator(".wlz-chip").first
    chip.tap()  # the first tap shows the supporting sentence, its document and date
    tip = chip.locator(".wlz-tip")
    tip.wait_for(state="visible")
    assert "“" in tip.inner_text() and "nogmaals" in tip.inner_text()
    assert not page.locator("#wlz-viewer-col").evaluate("(c) => c.classList.contains('wlz-open')")
    chip.tap()  # the second opens the document
    page.locator("#wlz-viewer #wlz-hl").wait_for(state="visible")
    page.wait_for_timeout(400)
    box = col.bounding_box()
    assert box and abs(box["x"]) < 2 and box["width"] >= PHONE["width"] - 2, "the viewer covers the screen"
    back = page.get_by_role("button", name="Terug naar antwoord")
    assert back.is_visible()
    hl, panel = page.locator("#wlz-viewer #wlz-hl").bounding_box(), page.locator(".wlz-viewer-scroll").bounding_box()
    assert hl and panel and panel["y"] - 2 <= hl["y"] <= panel["y"] + panel["height"]
    shot(page, "10-telefoon-document.png")
    back.tap()
    page.wait_for_timeout(400)
    assert col.bounding_box()["x"] >= PHONE["width"] - 1 or not col.is_visible()  # type: ignore[index]
    assert page.evaluate("() => document.activeElement.classList.contains('wlz-chip')"), "focus returns to the chip"
    assert not page.js_errors, page.js_errors
