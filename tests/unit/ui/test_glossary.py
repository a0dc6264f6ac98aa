"""The Begrippen glossary: every definition is a verbatim quote from its corpus document; term links."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.bootstrap import sources
from assistant.settings import Settings
from assistant.sources import Sources
from assistant.ui import glossary
from assistant.ui.layout import rule_choices

pytestmark = pytest.mark.unit
ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture(scope="module")
def library() -> Sources:
    return sources(Settings(corpus_dir=ROOT / "corpus"))


def test_every_term_has_a_full_form_and_a_quote_found_in_its_document(library: Sources) -> None:
    terms = glossary.load_terms()
    assert len(terms) >= 15
    names = {t.term for t in terms}
    for wanted in ("LVHC", "REC / DEC", "CElz", "VPT", "MPT", "meerzorg", "SGLVG", "pgb", "C&A"):
        assert wanted in names, wanted
    for t in terms:
        assert t.full and len(t.quote) >= 40, t.term
        doc = library.document(t.doc)
        found = glossary.locate(doc, t.quote)
        assert found is not None, f"{t.term}: quote not in {t.doc}"
        e = glossary.entry(t, doc)
        assert e["found"] and e["title"] and e["date"]
    assert len({t.slug for t in terms}) == len(terms), "slugs are unique"


def test_glossary_html_is_searchable_escaped_and_opens_the_viewer(library: Sources) -> None:
    t = glossary.Term(term="X<y>", full="een <b>test</b>", doc="lvhc-2026", quote="<script>")
    html = glossary.glossary_html([glossary.entry(t, None)])
    assert "<script>" not in html and "&lt;b&gt;test&lt;/b&gt;" in html
    assert "Citaat niet gevonden" in html
    real = glossary.load_terms()[0]
    html = glossary.glossary_html([glossary.entry(real, library.document(real.doc))])
    assert 'id="wlz-term-search"' in html and '<label class="wlz-terms-label" for="wlz-term-search">' in html
    assert f'id="begrip-{real.slug}"' in html and 'data-doc="' in html and 'data-quote="' in html


def test_term_linker_links_first_mentions_only_and_escapes() -> None:
    linker = glossary.TermLinker([glossary.Term("LVHC", "laag volume hoog complex", "d", "q", ("LVHC-zorg",)),
                                  glossary.Term("REC / DEC", "centra", "d", "q", ("REC", "DEC"))])
    seen: set[str] = set()
    out = linker.link("LVHC-zorg bij een REC <b> en nog eens LVHC en DEC.", seen)
    assert out.count('class="wlz-term"') == 2  # LVHC-zorg (lvhc) and REC (rec-dec); DEC shares REC's entry
    assert 'href="#begrip-lvhc" data-term="lvhc"' in out and ">LVHC-zorg</a>" in out
    assert "&lt;b&gt;" in out
    assert 'class="wlz-term"' not in linker.link("PRECISIE", set())  # no match inside a word


def test_rule_choices_grouped_by_theme_and_searchable() -> None:
    rules = [{"id": "b1", "question_nl": "Mag B?", "family": "vv", "family_nl": "Verpleging"},
             {"id": "a1", "question_nl": "Mag C&A?", "family": "lvhc", "family_nl": "LVHC"},
             {"id": "a2", "question_nl": "Mag meerzorg?", "family": "lvhc", "family_nl": "LVHC"}]
    assert [v for _, v in rule_choices(rules)] == ["a1", "a2", "b1"]
    assert rule_choices(rules)[0][0] == "LVHC: Mag C&A?"
    assert [v for _, v in rule_choices(rules, "vv")] == ["b1"]
    assert [v for _, v in rule_choices(rules, "alle", "meerzorg")] == ["a2"]
    assert rule_choices(rules, "alle", "niets") == []


def test_a_full_form_equal_to_the_term_is_not_repeated() -> None:
    same = glossary.entry(glossary.Term("mantelzorger", "Mantelzorger", "d", "q"), None)
    abbr = glossary.entry(glossary.Term("CIZ", "Centrum indicatiestelling zorg", "d", "q"), None)
    html = glossary.glossary_html([same, abbr])
    assert html.count('class="wlz-term-full"') == 1 and "Centrum indicatiestelling zorg" in html
