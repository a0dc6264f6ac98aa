from __future__ import annotations

import pytest

from assistant.answer.support import (
    UNSUPPORTED_FLAG,
    apply_checks,
    check_sentence,
    check_sentences,
    is_refusal,
    markers,
    number_values,
    numbers,
    renumber,
    split_sentences,
    strip_markers,
)

pytestmark = pytest.mark.unit

MEERZORG = (
    "Het zorgkantoor kan meerzorg toekennen wanneer de zorgbehoefte van een cliënt in een instelling uitstijgt "
    "boven het zorgprofiel. Vanaf 1 januari 2026 geldt een drempel van 25 procent boven het tarief van het "
    "zorgprofiel. De eigen bijdrage bedraagt maximaal € 1.045,80 per maand."
)
VPT = (
    "Bij een volledig pakket thuis (vpt) valt de mondzorg niet onder de prestatie van de zorgaanbieder. "
    "De cliënt declareert de tandarts zelf bij het zorgkantoor."
)
SOURCES = {1: MEERZORG, 2: VPT}


def test_split_keeps_markers_with_their_sentence() -> None:
    text = "Het zorgkantoor beslist. [1] De cliënt declareert zelf [2].\n\n- Vanaf 1 januari 2026 geldt dit [1, 2]."
    assert split_sentences(text) == [
        "Het zorgkantoor beslist [1].",
        "De cliënt declareert zelf [2].",
        "Vanaf 1 januari 2026 geldt dit [1, 2].",
    ]


def test_markers_and_strip() -> None:
    assert markers("Zin [2][1] en [1, 3].") == (2, 1, 3)
    assert strip_markers("Zin [2] [1].") == "Zin."
    assert markers("Geen verwijzing.") == ()


def test_numbers_are_read_in_dutch_and_english_notation() -> None:
    assert numbers("Per 1 januari 2026 is het € 1.045,80 [3].") == ["1", "2026", "1.045,80"]
    assert "1045.8" in number_values("€ 1.045,80")
    assert "1045.8" in number_values("EUR 1,045.80")
    assert "25" in number_values("25%")
    assert "1" in number_values("01-01-2026")


def test_supported_sentence() -> None:
    c = check_sentence("Het zorgkantoor kan meerzorg toekennen als de zorgbehoefte boven het zorgprofiel uitstijgt [1].",
                       SOURCES)
    assert c.supported and c.reason == "ok" and c.overlap >= 0.5


def test_number_must_be_in_cited_passage() -> None:
    ok = check_sentence("De eigen bijdrage is maximaal € 1.045,80 per maand [1].", SOURCES)
    assert ok.supported
    bad = check_sentence("De eigen bijdrage is maximaal € 1.245,80 per maand [1].", SOURCES)
    assert not bad.supported and bad.reason == "getal niet in bron" and bad.missing_numbers == ("1.245,80",)
    # the right number, but cited from the wrong passage
    wrong = check_sentence("De drempel is 25 procent boven het tarief van het zorgprofiel [2].", SOURCES)
    assert not wrong.supported


def test_reasons() -> None:
    assert check_sentence("Het zorgkantoor kan meerzorg toekennen.", SOURCES).reason == "geen bronverwijzing"
    assert check_sentence("Het zorgkantoor kan meerzorg toekennen [7].", SOURCES).reason == "verwijzing buiten bereik"
    assert check_sentence("Iedere cliënt krijgt een gratis taxi naar de dagbesteding [2].",
                          SOURCES).reason == "onvoldoende overlap"


def test_glossary_synonyms_count_as_support() -> None:
    # the passage writes "volledig pakket thuis (vpt)"; the answer may write "VPT"
    assert check_sentence("Bij een VPT declareert de cliënt de tandarts zelf bij het zorgkantoor [2].", SOURCES).supported


def test_apply_checks_remove_and_flag() -> None:
    text = "De cliënt declareert de tandarts zelf bij het zorgkantoor [2]. Iedere cliënt krijgt een gratis taxi [2]."
    checks = check_sentences(text, SOURCES)
    kept, removed = apply_checks(checks)
    assert kept == ["De cliënt declareert de tandarts zelf bij het zorgkantoor [2]."]
    assert removed == ["Iedere cliënt krijgt een gratis taxi [2]."]
    kept, removed = apply_checks(checks, "flag")
    assert kept[1] == f"Iedere cliënt krijgt een gratis taxi [2]{UNSUPPORTED_FLAG}."
    assert removed == ["Iedere cliënt krijgt een gratis taxi [2]."]


def test_renumber() -> None:
    assert renumber("Zin [1, 3] en verder [2].", {1: 4, 3: 5, 2: 4}) == "Zin [4][5] en verder [4]."
    assert renumber("Zin [9].", {1: 1}) == "Zin."


def test_refusal() -> None:
    assert is_refusal("De bronnen beantwoorden dit niet.")
    assert is_refusal(" de bronnen beantwoorden dit niet ")
    assert not is_refusal("De bronnen beantwoorden dit niet, maar [1] wel iets anders.")
