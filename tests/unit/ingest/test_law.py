"""Official law text (BWB toestand XML): structure, citations, versions, hostile XML."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from assistant.errors import DocumentError
from assistant.ingest.bwb import abbreviation, build_law, is_bwb, law_info
from assistant.ingest.chunk import chunk_document
from assistant.ingest.documents import Documents, locate_quote, newer_versions, read_raw
from assistant.types import DocumentMeta, law_citation

pytestmark = pytest.mark.unit
ROOT = Path(__file__).resolve().parents[3]
WLZ = ROOT / "corpus" / "2025-07-05_wet-langdurige-zorg_BWBR0035917.xml"


def meta(file: str = WLZ.name, **kw: object) -> DocumentMeta:
    base: dict[str, object] = dict(id="wlz", file=file, title="Wet langdurige zorg (Wlz)", kind="wet",
                                   publisher="Rijksoverheid", date=date(2025, 7, 5), date_status="stated",
                                   bwb_id="BWBR0035917")
    base.update(kw)
    return DocumentMeta(**base)  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def wlz() -> object:
    return build_law(meta(), WLZ)


def test_law_info_from_the_xml_itself() -> None:
    info = law_info(WLZ)
    assert (info.bwb_id, info.valid_from, info.title, info.short) == (
        "BWBR0035917", date(2025, 7, 5), "Wet langdurige zorg", "Wlz")
    assert is_bwb(WLZ) and abbreviation("Wet maatschappelijke ondersteuning 2015") == "Wmo"


def test_members_become_section_paths_and_lawyer_citations(wlz) -> None:  # type: ignore[no-untyped-def]
    passages = chunk_document(wlz)
    art = [p for p in passages if p.section[:3] == ("Wlz", "Hoofdstuk 3", "Artikel 3.2.1")]
    assert [p.section[-1] for p in art][:1] == ["lid 1"]
    first = art[0]
    assert first.text.startswith("Een verzekerde heeft recht op zorg")  # no member number in the sentence
    from assistant.types import Passage

    p = Passage(doc_id="wlz", title="Wlz", kind="wet", date=date(2025, 7, 5), section=first.section, page=None,
                start=first.start, end=first.end, text=first.text)
    assert p.cite_label == "art. 3.2.1 lid 1 Wlz"
    assert law_citation(("Wlz", "Hoofdstuk 1", "Artikel 1.1.1")) == "art. 1.1.1 Wlz"


def test_passages_never_cross_an_article_and_never_start_with_a_stray_number(wlz) -> None:  # type: ignore[no-untyped-def]
    passages = chunk_document(wlz)
    assert 300 < len(passages) < 600
    for p in passages:
        blocks = [b for b in wlz.blocks if b.start < p.end and b.end > p.start and b.kind != "heading"]
        assert len({b.section[:3] for b in blocks}) == 1, p.text[:80]
        assert not re.match(r"^\d+\s", p.text), p.text[:80]


def test_enumerations_stay_with_their_member(wlz) -> None:  # type: ignore[no-untyped-def]
    passages = chunk_document(wlz)
    lid1 = next(p for p in passages if p.section[-2:] == ("Artikel 3.2.1", "lid 1"))
    assert "a. permanent toezicht" in lid1.text and "b. 24 uur per dag zorg in de nabijheid" in lid1.text


def test_repealed_articles_are_left_out(wlz) -> None:  # type: ignore[no-untyped-def]
    from lxml import etree

    root = etree.parse(str(WLZ)).getroot()
    repealed = [a.findtext("kop/nr") for a in root.iter("artikel") if a.get("status") == "vervallen"]
    assert repealed
    heads = [b.text for b in wlz.blocks if b.kind == "heading"]
    for nr in repealed:
        assert not any(h == f"Artikel {nr}" or h.startswith(f"Artikel {nr}. ") for h in heads), nr


def test_a_quote_of_the_law_is_located_in_the_text_that_is_indexed(wlz) -> None:  # type: ignore[no-untyped-def]
    quote = "Een verzekerde heeft recht op zorg die op zijn behoeften, persoonskenmerken en mogelijkheden is afgestemd"
    span = locate_quote(wlz.text, quote)
    assert span is not None and wlz.text[span[0]:span[1]] == quote


def test_the_shipped_corpus_reads_the_law_through_documents() -> None:
    docs = Documents(ROOT / "corpus")
    wlz_meta = docs.meta("wlz-2025-07-05")
    assert wlz_meta is not None and wlz_meta.kind == "wet" and wlz_meta.bwb_id == "BWBR0035917"
    assert docs.clean(wlz_meta) is docs.clean(wlz_meta)  # cleaned once per file version
    assert "Artikel 3.2.1" in read_raw(WLZ)


def test_newer_version_of_a_law_supersedes_the_older() -> None:
    old = meta(id="wlz-2025", date=date(2025, 7, 5))
    new = meta(id="wlz-2026", date=date(2026, 1, 1))
    other = meta(id="andere-wet", bwb_id="BWBR0000001", date=date(2026, 2, 1))
    letter = meta(id="brief", kind="kamerbrief", bwb_id="", date=date(2026, 3, 1))
    assert newer_versions([new, old, other, letter]) == {"wlz-2025": new}


HOSTILE = {
    "xxe.xml": '<?xml version="1.0"?><!DOCTYPE t [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
               '<toestand bwb-id="BWBR1" inwerkingtreding="2025-01-01"><wetgeving><wettekst><artikel>'
               '<kop><nr>1</nr></kop><al>&x;</al></artikel></wettekst></wetgeving></toestand>',
    "laughs.xml": '<?xml version="1.0"?><!DOCTYPE t [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">'
                  '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;">]>'
                  '<toestand bwb-id="BWBR1" inwerkingtreding="2025-01-01"><wetgeving><wettekst><artikel>'
                  '<kop><nr>1</nr></kop><al>&d;</al></artikel></wettekst></wetgeving></toestand>',
    "truncated.xml": '<?xml version="1.0"?><toestand bwb-id="BWBR1" inwerkingtreding="2025-01-01"><wetgeving><wet',
    "not-a-law.xml": '<?xml version="1.0"?><rss><channel><title>Nieuws</title></channel></rss>',
    "no-date.xml": '<toestand bwb-id="BWBR1"><wetgeving><wettekst><artikel><kop><nr>1</nr></kop>'
                   '<al>Tekst.</al></artikel></wettekst></wetgeving></toestand>',
    "empty-law.xml": '<toestand bwb-id="BWBR1" inwerkingtreding="2025-01-01"><wetgeving><wettekst/></wetgeving></toestand>',
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_or_broken_xml_gets_a_dutch_message_and_reads_no_files(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_text(HOSTILE[name], encoding="utf-8")
    try:
        doc = build_law(meta(file=name), path)
    except DocumentError as exc:
        assert name in exc.message_nl
        return
    # a parser that leaves entities unresolved may still produce text: never the file's contents, never a blow-up
    assert "root:" not in doc.text and len(doc.text) < 10_000


def test_adding_a_newer_version_of_the_law_supersedes_the_older(hash_settings, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Same BWB id, later "geldend vanaf": the newer version answers; the older stays searchable by peildatum."""
    from assistant.bootstrap import build_index, open_retriever, sources
    from assistant.library import add_document
    from assistant.types import Filters

    build_index(hash_settings, progress=False)
    xml = WLZ.read_text(encoding="utf-8")
    assert 'inwerkingtreding="2025-07-05"' in xml
    newer = tmp_path / "wlz-2026.xml"
    marker = "Een verzekerde heeft recht op zorg die op zijn behoeften"
    newer.write_text(xml.replace('inwerkingtreding="2025-07-05"', 'inwerkingtreding="2026-01-01"', 1)
                     .replace(marker, "Een verzekerde heeft vanaf 2026 recht op zorgvuldig afgestemde zorg die op zijn behoeften", 1),
                     encoding="utf-8")
    doc_id, report = add_document(hash_settings, newer, title="", date_=None, kind="", progress=False)
    assert report is not None
    metas = {m.id: m for m in Documents(hash_settings.corpus_dir).metas()}
    assert metas[doc_id].bwb_id == "BWBR0035917" and metas[doc_id].date == date(2026, 1, 1) and metas[doc_id].kind == "wet"

    r = open_retriever(hash_settings)
    query = "verzekerde recht op zorg behoeften persoonskenmerken mogelijkheden afgestemd"
    now = {h.passage.doc_id for h in r.search(query, 10)}
    assert doc_id in now and "wlz-2025-07-05" not in now
    then = {h.passage.doc_id for h in r.search(query, 10, filters=Filters(as_of=date(2025, 12, 31)))}
    assert "wlz-2025-07-05" in then and doc_id not in then

    rows = {row["id"]: row for row in sources(hash_settings).documents()}
    assert rows["wlz-2025-07-05"]["current"] is False and "vervangen door" in rows["wlz-2025-07-05"]["actualiteit"]
    assert rows[doc_id]["actualiteit"] == "actueel"

    from assistant.bootstrap import build_assistant

    answer = build_assistant(hash_settings).ask("Wanneer heeft een verzekerde recht op zorg die op zijn behoeften is afgestemd?")
    assert any("meerdere versies" in n and "1 januari 2026" in n for n in answer.notices), answer.notices
    assert all(c.passage.doc_id != "wlz-2025-07-05" for c in answer.citations)


def test_an_unreadable_listed_document_is_skipped_and_named_on_bronnen(hash_settings) -> None:  # type: ignore[no-untyped-def]
    from assistant.bootstrap import build_assistant, build_index, sources

    target = hash_settings.corpus_dir / "2025-09-08_kamerbrief_meerzorg-thuis.txt"
    target.write_bytes(b"\x00\x01\x02" * 100)  # the file was damaged after it was added
    report = build_index(hash_settings, progress=False)
    assert report.documents == 5
    assistant = build_assistant(hash_settings)
    assert assistant.ask("Wie betaalt de tandarts bij een VPT?").citations
    rows = {r["id"]: r for r in sources(hash_settings).documents(assistant.passage_counts(), assistant.skipped_documents())}
    assert rows["meerzorg-thuis-2025"]["passages"] == 0
    assert "overgeslagen" in rows["meerzorg-thuis-2025"]["status"]


def test_a_law_with_a_date_other_than_its_own_is_refused(hash_settings, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from assistant.errors import InputError
    from assistant.library import add_document

    manifest = hash_settings.manifest_path.read_bytes()
    with pytest.raises(InputError) as info:
        add_document(hash_settings, WLZ, title="", date_=date(2026, 1, 1), kind="", reindex=False, progress=False)
    assert "geldt vanaf 2025-07-05" in info.value.message_nl
    assert hash_settings.manifest_path.read_bytes() == manifest
