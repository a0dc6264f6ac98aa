"""What a letter says of itself (signature, date, kenmerk, Kamerstuk, addressee), read from letters as written."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from assistant.ingest.clean import build_document
from assistant.ingest.letterhead import HEAD_CHARS, letterhead, particular_from_dict, particulars, signature
from assistant.types import DocumentMeta

pytestmark = pytest.mark.unit
ROOT = Path(__file__).resolve().parents[3]


def meta(**kw: object) -> DocumentMeta:
    base = dict(id="brief", file="brief.md", title="Kamerbrief", kind="kamerbrief", publisher="VWS",
                date=date(2026, 5, 26), date_status="stated")
    return DocumentMeta(**(base | kw))  # type: ignore[arg-type]


def fields(found: list) -> dict[str, str]:  # type: ignore[type-arg]
    return {p.field: p.value for p in found}


def test_the_shipped_letters_say_who_signed_them_and_the_lvhc_letter_its_kenmerk() -> None:
    raw = (ROOT / "corpus" / "2026-05-26_kamerbrief_lvhc-zorg.md").read_text(encoding="utf-8")
    found = particulars(build_document(meta(id="lvhc-2026"), raw), raw)
    assert fields(found) == {"signed": "Mirjam Sterk", "kenmerk": "4388213-1099042-LZ", "date": "26 mei 2026",
                             "addressee": "De Voorzitter van de Tweede Kamer der Staten-Generaal"}
    signed = found[0]
    assert signed.text == "de minister van Langdurige Zorg, Jeugd en Sport, Mirjam Sterk"
    doc = build_document(meta(id="lvhc-2026"), raw)
    assert doc.text[signed.start:signed.end] == signed.text  # the viewer can mark it
    raw = (ROOT / "corpus" / "2025-09-08_kamerbrief_meerzorg-thuis.txt").read_text(encoding="utf-8")
    got = fields(particulars(build_document(meta(id="meerzorg", file="m.txt"), raw), raw))
    assert got["signed"] == "N.J.F. Pouw-Verweij" and got["date"] == "8 september 2025"
    assert got["kamerstuk"] == "34 104, nr. 449" and "kenmerk" not in got


def test_a_signature_over_three_lines_keeps_role_and_name() -> None:
    text = "Inleiding\nDit is de brief.\n\nHoogachtend,\n\nde staatssecretaris Langdurige Zorg,\n\nVicky Maeijer\n"
    found = signature(build_document(meta(file="b.txt"), text))
    assert found is not None and found.value == "Vicky Maeijer"
    assert found.text == "de staatssecretaris Langdurige Zorg, Vicky Maeijer"


def test_no_signature_no_closing_no_particular() -> None:
    text = "# Inleiding\n\nDit is een notitie. Hoogachtend is hier geen afsluiting.\n"
    assert signature(build_document(meta(), text)) is None
    assert particulars(build_document(meta(kind="wet"), text), text) == []


@pytest.mark.parametrize("raw, field, value", [
    ("**Kenmerk**  \n4388213-1099042-LZ\n", "kenmerk", "4388213-1099042-LZ"),
    ("Ons kenmerk: 12345-678\n", "kenmerk", "12345-678"),
    ("Datum 26 mei 2026\nBetreft iets\n", "date", "26 mei 2026"),
    ("Den Haag, 8 september 2025\n", "date", "8 september 2025"),
    ("Aan de Voorzitter van de Tweede Kamer\nder Staten-Generaal\n", "addressee",
     "de Voorzitter van de Tweede Kamer der Staten-Generaal"),
    ("34 104 Langdurige zorg\n\nNr. 449 Brief van de staatssecretaris van VWS\n", "kamerstuk", "34 104, nr. 449"),
])
def test_letterhead_lines(raw: str, field: str, value: str) -> None:
    assert fields(letterhead(raw)) == {field: value}


def test_a_kenmerk_in_running_text_or_past_the_first_page_belongs_to_another_text() -> None:
    cited = "9 Besluit van de Minister van 22 november 2022, kenmerk 3470030-1039890-LZ, houdende de instelling"
    assert letterhead(cited) == []
    assert letterhead("x" * HEAD_CHARS + "\nKenmerk 4388213-1099042-LZ\nDatum 26 mei 2026\n") == []
    assert letterhead("Kenmerk zie hieronder\n") == []  # no number: no kenmerk


def test_particulars_round_trip_through_the_build_info() -> None:
    p = letterhead("Kenmerk 4388213-1099042-LZ\n")[0]
    assert particular_from_dict(p.to_dict()) == p and p.start == p.end == -1


def test_the_build_lists_every_article_of_a_law_with_its_status_and_the_letters_particulars() -> None:
    from assistant.retrieval.index import law_articles_of, letters_of

    corpus = ROOT / "corpus"
    law = meta(id="wlz", file="2025-07-05_wet-langdurige-zorg_BWBR0035917.xml", kind="wet")
    letter = meta(id="lvhc-2026", file="2026-05-26_kamerbrief_lvhc-zorg.md")
    lvhc = build_document(letter, (corpus / letter.file).read_text(encoding="utf-8"))
    articles = law_articles_of([build_document(law, "Artikel 1.1.1\n\nTekst.\n"), lvhc], corpus)
    assert set(articles) == {"wlz"} and articles["wlz"]["3.3.3"] == "goed" and articles["wlz"]["4.3.3"] == "nogniet"
    letters = letters_of([lvhc], corpus)
    assert {p["field"] for p in letters["lvhc-2026"]["particulars"]} == {"signed", "kenmerk", "date", "addressee"}


def test_a_name_with_particles_ends_the_signature_and_a_long_line_is_read_at_once() -> None:
    text = ("Inleiding\nDit is de brief.\n\nHoogachtend,\n\nde minister voor Langdurige Zorg,\n\nC.J. van Ark\n\n"
            "Bijlage 1 Overzicht\n\nBijlage 2 Tabel\n")
    found = signature(build_document(meta(file="b.txt"), text))
    assert found is not None and found.value == "C.J. van Ark"
    assert found.text == "de minister voor Langdurige Zorg, C.J. van Ark"
    assert signature(build_document(meta(file="b.txt"), "Hoogachtend,\n\n" + "-".join(["Ab"] * 60) + "!\n")) is None


def test_only_letters_have_particulars_and_a_reply_to_kenmerk_is_not_the_letters_own() -> None:
    text = "Aanvullende inkoopvoorwaarden\n\nDatum: 1 juli 2025\n\nDe tekst.\n"
    assert particulars(build_document(meta(kind="inkoopvoorwaarden", file="z.txt"), text), text) == []
    assert letterhead("Uw Kenmerk: 2024-ABC-123\nOns kenmerk: 12345-678\n")[0].value == "12345-678"
