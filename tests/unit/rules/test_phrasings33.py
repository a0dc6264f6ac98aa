"""Phrasings found while tuning on the development split of set 33 (question before its facts, bursts of chat
messages, the formal register of a zorgkantoor or controller, clients in the first person): a chat line's time and
sender are no part of what it says, a later message that corrects an earlier one holds, "verblijft niet in een
instelling" and "alleen verblijf zonder behandeling" deny what they name, "van structurele behandeling is geen
sprake" is no structural treatment, the agreements left open leave the admission open, two lengths to choose from
leave a total open, a doubted "ja" gives way to a plain "nee", a topic within another wins a tie, and formal list
requests or "maakt het uit of" questions ask for no decision."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.rules import RuleBook
from assistant.rules.facts import extract, normalize_question

from .concept_helpers import verdict_at

pytestmark = pytest.mark.unit

STAND = date(2026, 6, 1)


@pytest.fixture(scope="module")
def book() -> RuleBook:
    return RuleBook.load()


def test_a_chat_lines_time_and_sender_are_dropped() -> None:
    said = normalize_question("[13:30] Thijs: vraag over C&A\n09:21 - Eva: nog iets\n[14:02, 3-3-2026] Sanne: ja\n"
                              "jan 2026: opname\n10:00 opname")
    assert said == "vraag over c&a\nnog iets\nja\njan 2026: opname\n10:00 opname"


@pytest.mark.parametrize(("question", "expected"), [
    # a later message that says it corrects: the latest state counts
    ("[10:02] Anouk: de SO wil de psycholoog inzetten bij mevrouw thuis, onder regie van de SO\n"
     "[10:03] Anouk: eerst maar voor een paar weken\n"
     "[10:40] Anouk: correctie, het wordt toch structureel, zonder einddatum\n[10:41] Anouk: mag dat onder H335?",
     ("h335_inzet_andere_behandelaar", "no")),
    # ... and without the correction the two messages disagree: asked
    ("[10:02] Anouk: de SO wil de psycholoog inzetten bij mevrouw thuis, onder regie van de SO\n"
     "[10:03] Anouk: eerst maar voor een paar weken\n[10:40] Anouk: het wordt structureel, zonder einddatum\n"
     "[10:41] Anouk: mag dat onder H335?", ("h335_inzet_andere_behandelaar", "unknown")),
    # about eight weeks is a short deployment
    ("Our SO wants to bring in a psychologist for a client at home, for about eight weeks. The psychologist will work "
     "under the responsibility and regie of the SO. Can we declare that under H335?",
     ("h335_inzet_andere_behandelaar", "yes")),
    ("Op de woonlocatie bieden we alleen verblijf zonder behandeling. Mag een bewoner met invasieve beademing daar "
     "zorg krijgen?", ("invasieve_beademing_locatie", "no")),
    ("Cliënt heeft ZZP ZGvis 2. Gedurende een afgebakende periode van twee maanden is training nodig; van structurele "
     "behandeling is geen sprake. Kan de behandeling ZG naast het ZZP worden gedeclareerd?",
     ("zg_behandeling_naast_zgvis", "yes")),
    ("Mijn broer heeft GGZ-wonen, woont thuis met een MPT en verblijft niet in een Wlz-instelling. Hij heeft een "
     "rolstoel uit de Wmo. Mag hij die houden?", ("ggz_mobiliteitshulpmiddel_behouden", "no")),
    ("Wij hebben een aanvraag ingediend om als DEC voor Korsakov te worden aangewezen. De CElz bracht een negatief "
     "deskundigenadvies uit. Koopt het zorgkantoor in 2026 bij ons LVHC-expertisezorg in voor Korsakov?",
     ("lvhc_expertisezorg_inkoop", "no")),
    # the CIZ's indicatiestelling in the formal register is no question about who indicates an aid
    ("Ten aanzien van betrokkene is sprake van een indicatiestelling die voorziet in een ZZP VV6 inclusief "
     "behandeling. Verzocht wordt te beoordelen of kortdurende fysiotherapie afzonderlijk naast het ZZP kan worden "
     "gedeclareerd.", ("wlz_behandeling_naast_zzp", "no")),
    # the kind-toeslag is a topic within care at school: its rule answers, also with a ZZP inclusief dagbesteding said
    ("Geldt de kind-toeslag op de dagbesteding ook bij zorg tijdens onderwijs? Het gaat om een jongen met een ZZP VG "
     "inclusief dagbesteding.", ("zorg_onderwijs_kindtoeslag", "no")),
])
def test_situations_of_set_33(book: RuleBook, question: str, expected: tuple[str, str]) -> None:
    assert verdict_at(book, question, STAND) == expected


@pytest.mark.parametrize("question", [
    # the agreements left open: the admission with agreements is not known
    # whether he has the indication is not clear to the writer
    "Zijn wij verantwoordelijk voor de dagelijkse mondverzorging van mevrouw? Wij leveren bij haar dagbesteding. Of zij "
    "een Wlz-indicatie voor persoonlijke verzorging heeft en wie die levert, is mij niet duidelijk.",
    # two lengths to choose from: the total is not known
    "De observatie loopt na een half jaar af. We willen verlengen, maar of dat met drie of met negen maanden wordt, is "
    "nog niet besloten. Mag de observatie in totaal zo lang duren?",
])
def test_what_is_left_open_is_asked(book: RuleBook, question: str) -> None:
    found = verdict_at(book, question, STAND)
    assert found is not None and found[1] == "unknown"


@pytest.mark.parametrize("question", [
    "Verzocht wordt een opsomming te verstrekken van de zorgprofielen waarvoor de toeslag observatie geldt.",
    "[10:10] Nadia: hoe lang duurt een observatie in eerste instantie maximaal?\n"
    "[10:11] Nadia: en met hoeveel maanden kan die verlengd worden?",
    "Zorgprofiel 5 GGZ-W: maakt het voor de afspraken met het zorgkantoor uit of wij beveiligingsniveau 1 kunnen "
    "bieden?",
])
def test_no_decision_is_asked(book: RuleBook, question: str) -> None:
    assert book.check_question(question, as_of=STAND) is None


def test_a_denied_stay_is_no_stay_and_structural_denied_is_no_structure() -> None:
    assert "leveringsvorm" not in extract("Ze verblijft niet in een Wlz-instelling.", ["leveringsvorm"])
    assert extract("Ze verblijft in een Wlz-instelling.", ["leveringsvorm"])["leveringsvorm"].value == "verblijf"
    assert extract("Van structurele behandeling is geen sprake.", ["kortdurend"]).get("kortdurend") is None
    assert extract("Het gaat om structurele behandeling.", ["kortdurend"])["kortdurend"].value is False


def test_a_label_or_a_correction_before_a_colon_is_no_sender() -> None:
    said = normalize_question("[10:40] Correctie: het wordt structureel\n[09:20] het gaat om: zes weken\n"
                              "10.00 - zorgplan: bespreken\n09:21 - Eva de Vries: ja")
    assert said == "correctie: het wordt structureel\nhet gaat om: zes weken\n10.00 - zorgplan: bespreken\nja"


@pytest.mark.parametrize("text", [
    "De toelating voor behandeling hebben we, maar of er met het zorgkantoor afspraken over behandeling zijn gemaakt, "
    "is mij niet duidelijk.",
    "De toelating voor behandeling hebben we, maar of er afspraken met het zorgkantoor zijn, moeten we nog uitzoeken.",
])
def test_agreements_left_open_leave_the_admission_open(text: str) -> None:
    assert "toegelaten_behandeling" not in extract(text, ["toegelaten_behandeling"])


def test_eight_weeks_then_done_is_short_and_not_yet_staying_is_no_stay() -> None:
    assert extract("Acht weken fysio nodig, daarna is het klaar.", ["kortdurend"])["kortdurend"].value is True
    assert "leveringsvorm" not in extract("Ze verblijft nog niet in een Wlz-instelling.", ["leveringsvorm"])


def test_another_tariff_if_is_no_tariff_question(book: RuleBook) -> None:
    assert book.uncovered("Mogen we een ander tarief declareren als de cliënt overlijdt?") is None
    assert book.uncovered("Krijgen we voor VG7-plus een ander tarief dan voor VG7?") is not None
