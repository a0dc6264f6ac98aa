"""The app in a real (headless) chromium: Regelcheck, Bronnen, Begrippen, inert HTML and headers (the
Vragen tab is in test_answer_page.py). Screenshots go to test-artifacts/screenshots/."""

from __future__ import annotations

import re
from datetime import date

import pytest
from browser_helpers import ask, open_tab, shot

pytestmark = pytest.mark.browser

def test_regelcheck(page) -> None:  # type: ignore[no-untyped-def]
    open_tab(page, "Regelcheck")
    assert page.locator("#wlz-rc-year input").input_value() == str(date.today().year), "zorgjaar: this year"
    assert page.get_by_label("Zorgjaar").count() and page.get_by_label("Stand van de bronnen (optioneel)").count()
    # a bad date gets a clear Dutch message as soon as the field is left
    page.fill("#wlz-rc-date input", "31-02-2026")
    page.locator("#wlz-rc-date input").blur()
    msg = page.locator("#wlz-rc-date-msg .wlz-msg-error")
    msg.wait_for()
    assert "Ongeldige stand van de bronnen" in msg.inner_text()
    page.fill("#wlz-rc-date input", "")
    page.locator("#wlz-rc-date input").blur()
    page.wait_for_function("() => !document.querySelector('#wlz-rc-date-msg .wlz-msg-error')")
    # rules by theme, with a search box
    rule = page.locator("#wlz-rule input")
    rule.click()
    all_options = page.get_by_role("option").all_inner_texts()
    assert len(all_options) >= 30 and all(":" in o for o in all_options), "every rule shows its theme"
    themes = [o.split(":")[0] for o in all_options]
    assert themes == sorted(themes), "grouped by theme"
    page.keyboard.press("Escape")
    page.locator("#wlz-rule-search input").click()
    page.keyboard.type("consultatie")
    page.wait_for_function("() => document.querySelector('#wlz-rule').innerText.includes('gezocht op “consultatie”')")
    rule.click()
    options = page.get_by_role("option").all_inner_texts()
    assert 1 <= len(options) < len(all_options)
    assert all("onsultatie" in o or "C&A" in o for o in options), options
    page.get_by_role("option", name=re.compile("consultatie en advies", re.I)).first.click()
    page.locator("#fact-client_group").wait_for(state="visible")
    page.fill("#wlz-rc-year input", "2026")
    page.locator("#fact-client_group input").click()
    page.get_by_role("option", name=re.compile("NAH\\+")).first.click()
    page.locator("#fact-rec_dec_positief_advies input").click()
    page.get_by_role("option", name="ja", exact=True).click()
    page.click("#wlz-rc-run")
    verdict = page.locator("#wlz-rc-result .wlz-verdict")
    verdict.wait_for()
    assert verdict.locator(".wlz-verdict-label").inner_text() == "Ja"
    assert verdict.locator(".wlz-cond-met").count() >= 1
    assert verdict.locator(".wlz-quote").count() >= 1
    # a quote opens the shared viewer
    verdict.locator(".wlz-cite").first.click()
    page.locator("#wlz-viewer .wlz-doc-title").wait_for()
    shot(page, "05-regelcheck.png", full_page=True)
    assert not page.js_errors, page.js_errors


def test_bronnen(page) -> None:  # type: ignore[no-untyped-def]
    open_tab(page, "Bronnen")
    rows = page.locator("#wlz-docs tbody tr")
    rows.first.wait_for()
    assert rows.count() >= 2
    text = page.locator("#wlz-docs").inner_text()
    assert "geschat" in text and "actueel" in text and "Wet langdurige zorg" in text
    assert "deels achterhaald door" in text, "a source a later one overrules on a point says so"
    assert "geïndexeerd" not in text
    # newest first: the date cells' years never go up
    years = [int(m) for m in re.findall(r"\b(20\d\d)\b", " ".join(
        rows.nth(i).locator("td").nth(2).inner_text().split("\n")[0] for i in range(rows.count())))]
    assert years == sorted(years, reverse=True), years
    assert all(c.strip().isdigit() for c in page.locator("#wlz-docs td.wlz-num").all_inner_texts()), "passage counts"
    # kind filter
    page.get_by_label("Wet", exact=True).check()
    page.wait_for_function("() => document.querySelectorAll('#wlz-docs tbody tr').length === 1")
    rows.first.locator(".wlz-open").click()
    # a law's chapters and articles are browsable in the viewer
    toc = page.locator("#wlz-viewer .wlz-toc")
    toc.wait_for()
    chapter = toc.locator("details").nth(2)
    chapter.locator("summary").click()
    article = chapter.locator(".wlz-toc-arts .wlz-jump").first
    name = article.inner_text().strip()
    article.click()
    page.wait_for_timeout(300)
    target = page.locator(f"#wlz-viewer #{article.get_attribute('data-jump')}")
    assert target.inner_text().strip().startswith(name)
    box, panel = target.bounding_box(), page.locator("#wlz-viewer .wlz-viewer-scroll").bounding_box()
    assert box and panel and panel["y"] - 2 <= box["y"] <= panel["y"] + 60, "the article is at the top of the viewer"
    shot(page, "06-bronnen.png")
    page.get_by_label("Alle soorten").check()
    page.wait_for_function("() => document.querySelectorAll('#wlz-docs tbody tr').length > 1")
    assert not page.js_errors, page.js_errors


def test_begrippen_search_quote_viewer_and_links_from_answers(page) -> None:  # type: ignore[no-untyped-def]
    open_tab(page, "Begrippen")
    entries = page.locator("#wlz-terms .wlz-term-entry")
    total = entries.count()
    assert total >= 15
    for i in range(total):
        e = entries.nth(i)
        name = e.locator(".wlz-term-name").inner_text()
        if name.split()[0].isupper():
            assert e.locator(".wlz-term-full").inner_text().strip(), f"an abbreviation has its full form: {name}"
        assert len(e.locator(".wlz-quote").inner_text()) > 30, "a quoted definition"
        assert re.search(r"\d{4}", e.locator(".wlz-cite-src").inner_text()), "with its source and date"
        assert e.locator(".wlz-open-doc").count() == 1, "the quote was found in its document"
    page.fill("#wlz-term-search", "meerzorg")
    visible = page.locator("#wlz-terms .wlz-term-entry:not([hidden])")
    page.wait_for_function("() => document.querySelectorAll('#wlz-terms .wlz-term-entry:not([hidden])').length < "
                           + str(total))
    assert 1 <= visible.count() < total
    assert all("meerzorg" in t.lower() for t in visible.all_inner_texts())
    visible.first.locator(".wlz-open-doc").click()
    page.locator("#wlz-viewer #wlz-hl").wait_for()
    assert "eerzorg" in page.locator("#wlz-viewer #wlz-hl").inner_text()
    shot(page, "08-begrippen.png")
    # a term in an answer links to its entry
    open_tab(page, "Vragen")
    answer = ask(page, "Wat is LVHC-zorg en wie adviseert over de expertisecentra?")
    link = answer.locator("a.wlz-term").first
    link.wait_for()
    slug = link.get_attribute("data-term")
    link.click()
    entry = page.locator(f"#begrip-{slug}")
    entry.wait_for(state="visible")
    page.wait_for_function(f"() => document.activeElement && document.activeElement.id === 'begrip-{slug}'")
    assert page.get_by_role("tab", name="Begrippen").get_attribute("aria-selected") == "true"
    assert not page.js_errors, page.js_errors


def test_html_in_question_is_inert(page) -> None:  # type: ignore[no-untyped-def]
    payload = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2"> Wat is LVHC-zorg?'
    ask(page, payload)
    user = page.locator('#wlz-chat [data-testid="user"]').last
    assert "<script>" in user.inner_text(), "the markup is shown as text"
    assert page.evaluate("() => window.__pwned === undefined")
    assert page.locator("#wlz-chat img[src='x'], #wlz-chat script").count() == 0
    shot(page, "07-html-inert.png")
    assert not page.js_errors, page.js_errors


def test_markdown_in_text_is_shown_not_rendered(page) -> None:  # type: ignore[no-untyped-def]
    """A quoted line like ![](https://…) must not become an image the browser fetches (a tracking pixel)."""
    payload = "![pixel](http://127.0.0.1:9/pixel.png) [klik](http://127.0.0.1:9/) **vet** Wat is LVHC-zorg?"
    requested: list[str] = []
    page.on("request", lambda r: requested.append(r.url) if "127.0.0.1:9/" in r.url else None)
    ask(page, payload)
    user = page.locator('#wlz-chat [data-testid="user"]').last
    assert "![pixel](http://127.0.0.1:9/pixel.png)" in user.inner_text()
    assert page.locator("#wlz-chat img[src*='pixel'], #wlz-chat a[href*='127.0.0.1:9']").count() == 0
    assert not requested, requested
    assert not page.js_errors, page.js_errors


def test_the_app_sends_security_headers(app_url: str) -> None:
    import urllib.request

    with urllib.request.urlopen(app_url, timeout=10) as r:
        headers = {k.lower(): v for k, v in r.headers.items()}
    assert headers.get("x-content-type-options") == "nosniff"
    assert headers.get("x-frame-options") == "SAMEORIGIN"
    assert "frame-ancestors 'self'" in headers.get("content-security-policy", "")
