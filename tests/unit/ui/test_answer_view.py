"""The answer page's view: head first, each thing once, copy text = screen, lists/bold, escaping."""

from __future__ import annotations

import re

import pytest

from assistant.ui import answer_view as av
from assistant.ui.feedback import latest_votes

pytestmark = pytest.mark.unit

ASK = "Is uw organisatie een REC of DEC met positief CElz-advies voor deze doelgroep?"
SUMMARY = ("Ja, in 2026 — mits de zorgaanbieder is aangewezen als REC of DEC voor deze doelgroep; anders niet. "
           f"Dat kan ik nog niet vaststellen: {ASK}")


def cite(n: int, doc: str = "zn", **kw: object) -> dict:
    base = {"n": n, "id": f"p{n}", "doc_id": doc, "title": f"Titel {doc}", "kind": "inkoopvoorwaarden",
            "date": "2025-07-01", "section": "2 Voorwaarden > 2.8 LVHC > Aanvulling", "page": 12, "start": 10,
            "end": 90, "text": f"Eerste zin {n}. De ondersteunende zin {n}. Slot.",
            "supporting": f"De ondersteunende zin {n}.", "superseded_by": None}
    return base | kw


def answer(**kw: object) -> dict:
    base = {
        "question": "Kunnen wij in 2026 C&A declareren voor NAH+?",
        "answer": f"{SUMMARY} [1][2]\n\nIn 2025 zijn de zorgkantoren gestart met C&A. [1] Dan gelden als "
                  f"voorwaarden voor het declareren: [2]\n\nOm dit te kunnen beoordelen: {ASK}",
        "verdict": {"outcome": "unknown", "if_met": "yes", "summary_nl": SUMMARY, "reason": "missing_fact",
                    "missing_facts": [{"fact": "rec_dec_positief_advies", "ask_nl": ASK, "values": ["ja", "nee"]}],
                    "conditions": [{"id": "a", "text_nl": "Doelgroep", "status": "met", "citations": []}]},
        "citations": [cite(1), cite(2, "lvhc")],
        "notices": [],
    }
    return base | kw


def test_view_puts_label_and_one_line_first_and_asks_once() -> None:
    v = av.view(answer())
    assert v.label == "Ja, mits …"
    assert v.one_line == "Ja, in 2026 — mits de zorgaanbieder is aangewezen als REC of DEC voor deze doelgroep; anders niet."
    assert v.head_markers == [1, 2]
    assert [m["ask_nl"] for m in v.asks] == [ASK]
    assert ASK not in v.body and "Om dit te kunnen beoordelen" not in v.body
    assert "Dat kan ik nog niet vaststellen" not in v.one_line
    # a body sentence that ends in ":" without an ask is kept
    assert "Dan gelden als voorwaarden voor het declareren: [2]" in v.body


def test_answer_html_opens_with_the_head_and_shows_the_ask_once() -> None:
    html = av.answer_html(answer(), 0)
    assert html.index('class="wlz-head') < html.index('class="wlz-asks') < html.index('class="wlz-body')
    assert html.count(ASK) == 3  # visible text once, plus the data-ask attribute of each of its two buttons
    assert len(re.findall(r">[^<]*" + re.escape(ASK) + r"[^<]*<", html)) == 1
    assert 'data-followup="Ja. ' in html and 'data-fill="Nee, "' in html


def test_copy_text_says_what_the_screen_says() -> None:
    a = answer()
    text = av.copy_text(a)
    v = av.view(a)
    assert text.startswith(f"Ja, mits … {v.one_line} [1][2]")
    assert text.count(ASK) == 1
    assert "Oordeel: Onbekend" not in text
    assert "[1] Titel zn, 1 juli 2025" in text and "“De ondersteunende zin 2.”" in text


def test_chips_carry_the_supporting_sentence_document_and_date() -> None:
    html = av.rich_html("Zo is het. [2]", [cite(2, "lvhc")])
    chip = re.search(r'<button type="button" class="wlz-chip"[^>]*>.*?</button>', html)
    assert chip
    assert 'data-doc="lvhc"' in chip.group(0) and 'data-pid="p2"' in chip.group(0)
    assert "De ondersteunende zin 2." in chip.group(0) and "Titel lvhc" in chip.group(0)
    assert "1 juli 2025" in chip.group(0)
    assert 'class="wlz-chip wlz-chip-dead">[7]' in av.rich_html("Onbekend. [7]", [])


def test_lists_and_bold_are_rendered_and_everything_stays_escaped() -> None:
    text = ("Het tarief is **€ 12,50 per uur** voor:\n- consultatie [1]\n- advies <script>x</script>\n\n"
            "![pixel](http://x/y.png) **<img src=x>**")
    html = av.rich_html(text, [cite(1)])
    assert "<strong>€ 12,50 per uur</strong>" in html
    assert '<ul class="wlz-list"><li>consultatie <span class="wlz-chips">' in html
    assert "<li>advies &lt;script&gt;x&lt;/script&gt;</li>" in html
    assert "<script>" not in html and "<img" not in html
    assert "![pixel](http://x/y.png)" in html  # shown as text, never an image or link
    assert "**&lt;img src=x&gt;**" in html, "bold only in the lead: a quoted document's Markdown stays text"


def test_answer_without_verdict_has_no_head_and_keeps_its_text() -> None:
    a = answer(verdict=None, answer="Meerzorg is extra zorg. [1]")
    html = av.answer_html(a, 3)
    assert "wlz-head" not in html and "wlz-asks" not in html
    assert 'id="wlz-a-3"' in html and "Meerzorg is extra zorg." in html
    assert av.copy_text(a).startswith("Meerzorg is extra zorg. [1]")


def test_sources_grouped_per_document_compact_with_more_context() -> None:
    html = av.sources_html([cite(1), cite(2, "lvhc"), cite(3)])
    assert html.count('class="wlz-srcgroup"') == 2
    zn = html[html.index('data-doc-group="zn"'):html.index('data-doc-group="lvhc"')]
    assert zn.count('class="wlz-card"') == 2 and "Titel zn" in zn
    assert "2.8 LVHC › Aanvulling" in html  # the last two levels of the section path
    assert '<details class="wlz-more"><summary>meer context' in html
    assert '<mark class="wlz-support">De ondersteunende zin 1.</mark>' in html
    assert "Sources for this answer" in av.sources_html([cite(1)], "en")


def test_details_do_not_repeat_the_summary_or_the_asks() -> None:
    html = av.details_html(answer()["verdict"])
    assert html.startswith("<details") and "Doelgroep" in html
    assert SUMMARY not in html and ASK not in html
    assert av.details_html(None) == ""


def test_conversation_marks_each_turn_and_the_last_answer() -> None:
    turns = [{"q": "<b>Vraag</b>", "answer": answer()}, {"q": "En voor MS+?", "answer": None, "text": "Even…"}]
    html = av.conversation_html(turns)
    assert html.count('data-testid="user"') == 2 and html.count('data-testid="bot"') == 2
    assert 'data-last="wlz-a-1"' in html and "wlz-streaming" in html
    assert "&lt;b&gt;Vraag&lt;/b&gt;" in html
    assert "wlz-conv-empty" in av.conversation_html([], empty="Stel een vraag")


def test_language_of_the_question_sets_the_page_words() -> None:
    assert av.language("Can we bill consultation and advice for NAH+ in 2026?") == "en"
    assert av.language("Kunnen wij in 2026 C&A declareren voor NAH+?") == "nl"
    v = av.view(answer(question="Can we bill C&A for NAH+ in 2026?"))
    assert v.lang == "en" and v.label == "Yes, provided …" and v.text_lang == "nl"


def test_latest_vote_per_answer_wins() -> None:
    records = [{"vote_id": "a", "rating": "down"}, {"vote_id": "b", "rating": "up"}, {"rating": "up"},
               {"vote_id": "a", "rating": "up"}]
    out = latest_votes(records)
    assert sorted((r.get("vote_id") or "", r["rating"]) for r in out) == [("", "up"), ("a", "up"), ("b", "up")]


def test_a_lead_that_repeats_the_verdict_is_not_said_twice() -> None:
    a = answer(answer="Ja, in 2026 — mits de zorgaanbieder is aangewezen als REC of DEC voor deze doelgroep; "
                      "anders niet. [3]\n- eerste punt [1]\n- tweede punt\n\nMeer tekst. [2]")
    v = av.view(a)
    assert v.one_line.startswith("Ja, in 2026") and 3 in v.head_markers
    assert "anders niet" not in v.body
    assert v.body.startswith("- eerste punt [1]\n- tweede punt")


def test_a_rule_that_answers_in_words_is_labelled_with_them_not_with_nee() -> None:
    """"Komt de tillift voor onze rekening?" → not "Nee" (to "wordt het apart vergoed?") but the answer itself."""
    words = "Dit valt onder het budget van de instelling: de zorgaanbieder betaalt het, niet het zorgkantoor apart"
    verdict = {"outcome": "no", "answer_nl": words, "summary_nl": words + ", in 2026.", "conditions": []}
    v = av.view(answer(question="Komt de tillift voor onze rekening?", verdict=verdict))
    assert v.label == "Dit valt onder het budget van de instelling"
    assert v.one_line.startswith("De zorgaanbieder betaalt het") and "budget van de instelling" not in v.one_line
    from assistant.ui.render import verdict_label

    assert verdict_label(verdict) == v.label
    assert verdict_label({"outcome": "no"}) == "Nee"  # a rule without answer words keeps Ja / Nee
    assert av.verdict_label(verdict, "en") == "No"  # no English words: the English label
    english = verdict | {"answer_en": "This falls under the institution's budget: the provider pays"}
    assert av.verdict_label(english, "en") == "This falls under the institution's budget"
