"""The review screen ("Begrepen"): every understood fact changeable in place; a change recomputes the verdict
with that fact as "uw antwoord" without asking the question again; the Verantwoording download."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import pytest

from assistant.chat import Answer
from assistant.errors import InputError
from assistant.rules import RuleBook
from assistant.settings import Settings
from assistant.ui.answer_view import details_html
from assistant.ui.handlers import Controller, new_state, refine_value
from assistant.ui.render import receipt_link_html, review_html

pytestmark = pytest.mark.unit
ROOT = Path(__file__).resolve().parents[3]
STAND = date(2026, 12, 1)
BOOK = RuleBook.load()
QUESTION = "Wij zijn een DEC voor Korsakov met positief CElz-advies. Mogen wij C&A declareren?"


class RulesOnlyAssistant:
    """The real rule check; the answer text is just the verdict's summary. Counts the questions asked."""

    def __init__(self) -> None:
        self.rulebook = BOOK
        self.asked: list[str] = []

    def stream(self, question: str, history: list[dict[str, str]], as_of: Any) -> Iterator[Any]:
        self.asked.append(question)
        verdict = BOOK.check_question(question, history=history, as_of=as_of or STAND)
        yield "…"
        yield Answer(question=question, standalone=question, answer=verdict.summary_nl if verdict else "Geen oordeel.",
                     answerable=True, verdict=verdict, citations=[], retrieved=[],
                     receipt=BOOK.receipt(verdict) if verdict else None)


@pytest.fixture
def ctl(tmp_path: Path) -> Controller:
    return Controller(Settings(corpus_dir=ROOT / "corpus", data_dir=tmp_path), RulesOnlyAssistant())  # type: ignore[arg-type]


def _asked(ctl: Controller, question: str = QUESTION) -> dict[str, Any]:
    *_, last = list(ctl.ask_page(question, "2026-12-01", new_state()))
    assert last.state is not None
    return last.state


def test_understood_facts_are_listed_with_their_values_to_choose(ctl: Controller) -> None:
    st = _asked(ctl)
    v = st["last"]["answer"]["verdict"]
    html = review_html(v)
    assert "<summary><span class=\"wlz-subtitle\">Begrepen:</span> zorgjaar: 2026 · LVHC-doelgroep: Korsakov" in html
    assert "Begrepen" in html and "uit uw vraag: &#x27;Korsakov&#x27; → LVHC-doelgroep: Korsakov" in html
    # an enum: every value as a button, the current one pressed
    assert 'data-refine-fact="client_group" data-refine-value="nah_plus" aria-pressed="false"' in html
    assert 'data-refine-fact="client_group" data-refine-value="korsakov" aria-pressed="true"' in html
    # ja/nee, and the zorgjaar as a number field
    assert 'data-refine-fact="rec_dec_positief_advies" data-refine-value="nee"' in html
    assert '<form class="wlz-refine-form" data-refine-fact="year"><input type="number" step="1"' in html
    assert html in details_html(v)  # shown on the page, above the collapsed details


def test_changing_a_fact_recomputes_the_verdict_without_asking_again(ctl: Controller) -> None:
    st = _asked(ctl)
    assistant = ctl.assistant
    assert st["last"]["answer"]["verdict"]["outcome"] == "yes" and len(assistant.asked) == 1  # type: ignore[attr-defined]
    u = ctl.refine_page("rec_dec_positief_advies", "nee", st)
    assert assistant.asked == [QUESTION]  # type: ignore[attr-defined]  # no new question, no new search
    assert u.state is not None and u.status == ""
    v = u.state["last"]["answer"]["verdict"]
    assert v["outcome"] == "no"
    used = {f["fact"]: f for f in v["facts_used"]}
    assert used["rec_dec_positief_advies"]["origin"] == "antwoord" and used["rec_dec_positief_advies"]["value"] is False
    assert used["client_group"]["origin"] == "vraag"  # the other facts stay as understood
    assert 'class="wlz-verdict-label" lang="nl">Nee<' in (u.conversation or "")
    assert "uw antwoord → REC/DEC met positief CElz-advies: nee" in (u.details or "")
    assert v["receipt"]["verdict"]["outcome"] == "no"
    # a second change keeps the first one; changing the zorgjaar works the same way
    u2 = ctl.refine_page("year", "2025", u.state)
    assert u2.state is not None
    v2 = u2.state["last"]["answer"]["verdict"]
    assert v2["zorgjaar"] == 2025 and {f["fact"]: f["origin"] for f in v2["facts_used"]}["year"] == "antwoord"
    assert u2.state["last"]["facts"] == {"rec_dec_positief_advies": "nee", "year": 2025}
    back = ctl.refine_page("rec_dec_positief_advies", "ja", u2.state)
    assert back.state is not None and back.state["last"]["answer"]["verdict"]["outcome"] == "yes"
    assert len(back.state["turns"]) == 1 and len(back.state["history"]) == 2


def test_a_number_field_and_bad_values_give_dutch_messages(ctl: Controller) -> None:
    st = _asked(ctl, "Mag een observatie 9 maanden duren?")
    assert st["last"]["answer"]["verdict"]["outcome"] == "yes"
    html = review_html(st["last"]["answer"]["verdict"])
    assert 'data-refine-fact="duur_maanden"><input type="number" step="any" min="0" name="value" value="9.0"' in html
    u = ctl.refine_page("duur_maanden", "14", st)
    assert u.state is not None and u.state["last"]["answer"]["verdict"]["outcome"] == "no"
    for fact, value, message in (("duur_maanden", "veel", "Geef voor duur in maanden een getal"),
                                 ("client_group", "iets", "Kies voor LVHC-doelgroep een van"),
                                 ("bestaat_niet", "ja", "Onbekend gegeven"),
                                 ("year", "1700", "buiten het bereik"),
                                 ("duur_maanden", "", "Vul een waarde in")):
        bad = ctl.refine_page(fact, value, st)
        assert bad.state is None and message in (bad.status or ""), (fact, value, bad.status)
    assert "nog geen oordeel" in (ctl.refine_page("year", "2026", new_state()).status or "")


def test_refine_value_checks_per_kind() -> None:
    assert refine_value("kortdurend", "ja") == ("kortdurend", "ja")
    assert refine_value("ekt_percentage", "12,5") == ("ekt_percentage", 12.5)
    assert refine_value("aanrijtijd_minuten", "4") == ("aanrijtijd_minuten", 4)
    assert refine_value("ingangsdatum_advies", "1-3-2026") == ("ingangsdatum_advies", "2026-03-01")
    assert refine_value("year", "2026") == ("year", 2026)
    with pytest.raises(InputError):
        refine_value("ekt_percentage", "-3")
    with pytest.raises(InputError):
        refine_value(["x"], "ja")


def test_verantwoording_download_carries_the_receipt(ctl: Controller) -> None:
    st = _asked(ctl)
    v = st["last"]["answer"]["verdict"]
    link = receipt_link_html(v)
    assert link.startswith('<a class="wlz-receipt" download="verantwoording-lvhc_ca_declareren-')
    assert "Verantwoording downloaden (JSON)" in link and link in details_html(v)
    href = link.split('href="', 1)[1].split('"', 1)[0]
    data = json.loads(unquote(href.split(",", 1)[1].replace("&amp;", "&").replace("&#x27;", "'").replace("&quot;", '"')))
    assert data == v["receipt"] and len(data["sha256"]) == 64
    assert receipt_link_html({k: x for k, x in v.items() if k != "receipt"}) == ""


def test_missing_facts_are_asked_one_at_a_time_most_decisive_first_and_once() -> None:
    from assistant.ui.answer_view import answer_html

    v = BOOK.check_question("Voldoet onze organisatie aan de inkoopvoorwaarden voor ZZP VG7?", as_of=STAND)
    assert v is not None and v.outcome == "unknown" and len(v.missing_facts) == 4
    data = v.to_json()
    asks = [m["ask_nl"] for m in data["missing_facts"]]
    # the answer text as the chat may write it: the summary, every question, then more text
    answer = {"question": "Voldoet onze organisatie aan de inkoopvoorwaarden voor ZZP VG7?", "verdict": data,
              "answer": data["summary_nl"] + "\n\n" + " ".join(asks) + "\n\nMeer uitleg.", "citations": []}
    page = answer_html(answer, 0) + details_html(data)
    shown = re.sub(r"<[^>]+>", " ", page)  # the text on the screen (attributes left out)
    assert shown.count(asks[0]) == 1 and all(a not in page for a in asks[1:])  # one at a time, once
    assert page.count('class="wlz-followup"') == 2 and "Daarna nog 3 vragen, als dat dan nog nodig is." in page
    assert v.missing_facts[-1].fact == "aanrijtijd_minuten"  # a number is asked after the yes/no facts
    # answering the first brings the next one; the last one asked says nothing about later questions
    facts: dict[str, object] = {}
    for m in v.missing_facts[:-1]:
        facts[m.fact] = "ja"
    last = BOOK.check_question("Voldoet onze organisatie aan de inkoopvoorwaarden voor ZZP VG7?", as_of=STAND,
                               facts=facts)
    assert last is not None and [m.fact for m in last.missing_facts] == ["aanrijtijd_minuten"]
    one = answer_html({**answer, "verdict": last.to_json(), "answer": last.summary_nl}, 0)
    assert "Daarna nog" not in one and one.count('class="wlz-followup"') == 1  # a number: one "Beantwoorden"
