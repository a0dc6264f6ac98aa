"""Phrasings found while tuning on the development split of set 32 (e-mail threads, timelines, lay words, simple
Dutch): the year of a timeline's line is when something happened; a decision still to be taken or known only later
leaves a fact open; a value changed later in the text holds; a sector or a pgb in a family's words; emphasis accents;
and a client without a Wlz indication who stays on after the (SG)LVG treatment has no (SG)LVG indication."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.rules import RuleBook
from assistant.rules.facts import extract
from assistant.rules.shorthand import read_in_full

from .concept_helpers import verdict_at

pytestmark = pytest.mark.unit

STAND = date(2026, 6, 1)


@pytest.mark.parametrize(("question", "expected"), [
    ("Een cliënt zonder Wlz-indicatie blijft na de SGLVG-behandeling nog 10 weken bij ons wonen. Mag dat?",
     ("sglvg_na_behandeling_blijven", "yes")),
    ("Een cliënt zonder Wlz-indicatie blijft na afloop van de SGLVG-behandeling nog 20 weken in de behandelsetting. "
     "Mag dat?", ("sglvg_na_behandeling_blijven", "no")),
    # the term of an LVG indication itself is still that rule's question
    ("Zijn LVG-indicatie loopt 4 jaar, mag dat?", ("lvg_indicatie_duur", "no")),
])
def test_situations(book: RuleBook, question: str, expected: tuple[str, str]) -> None:
    assert verdict_at(book, question, STAND) == expected


@pytest.mark.parametrize(("question", "expected"), [
    # a timeline's lines: the year a thing happened is not the zorgjaar
    ("Verloop cliënt K.:\n- 2023: indicatie ZZP ZGvis 2, woont bij ons\n- jan 2026: gezichtsvermogen verder achteruit\n"
     "- plan: revalidatietraining gedurende 10 weken, daarna afgerond (geen structurele behandeling)\n\nMogen we die "
     "behandeling ZG naast het ZZP ZGvis inzetten en declareren?", ("zg_behandeling_naast_zgvis", "yes")),
    ("- 2025: positief CElz-advies, DEC voor GP+, 8 plaatsen, advies loopt t/m 2028\n- sept 2026: verwachte ligdagen "
     "2026: 350 per plaats\n- okt 2026: voorstel productieafspraak 2026: 3.100 dagen\n\nPast deze productieafspraak?",
     ("lvhc_productieafspraak", "no")),
    # open: a decision still to be taken, something to look at, known only later, not heard
    ("Mirjam, we openen in juni een nieuwe locatie. Of daar behandeling geboden gaat worden, heeft het bestuur nog niet "
     "besloten. Mogen wij op die nieuwe locatie ZZP VV9b leveren?", ("zzp_vv9b_locatie", "unknown")),
    ("Wij kunnen een onderwijsassistent inzetten voor de zorg van Daan. Of dat extra komt of binnen onze gewone formatie "
     "valt, moeten we nog bekijken. Mogen wij personeel van de school inzetten voor de zorg tijdens onderwijs?",
     ("zorg_onderwijs_personeel", "unknown")),
    ("Dhr. Y. heeft een indicatie GGZ-wonen en verblijft bij ons in de instelling. Hij heeft een rolstoel. We zoeken in "
     "ons systeem nog uit of de rolstoel via de Wmo is verstrekt. Mag hij die behouden?",
     ("ggz_mobiliteitshulpmiddel_behouden", "unknown")),
    ("For a client with SGLVG problems: earlier interventions proved insufficient and a derdelijnsbehandeling can help. "
     "We haven't heard whether the De Borg-instellingen have enough zorgaanbod. Will the zorgkantoor purchase (more) "
     "SGLVG verblijf met behandeling?", ("sglvg_extra_inkoop", "unknown")),
    ("- VPT sinds 2024\n- of het VPT inclusief of exclusief dagbesteding is: nog niet uitgezocht\n\nKan de zorg tijdens "
     "onderwijs via het VPT gefinancierd worden?", ("zorg_onderwijs_financiering", "unknown")),
    # an extension of a length not yet known: the total is not known
    ("Een observatie is gestart voor een halfjaar. Het team wil verlengen, maar met hoeveel maanden is nog niet bepaald. "
     "Mag de observatie zo lang duren?", ("observatie_duur", "unknown")),
    # a value changed later holds
    ("Dossieroverzicht:\n03-2026 aanmelding cliënt, zorgprofiel 5 GGZ-W\n04-2026 risicotaxatie: beveiligingsniveau 2\n"
     "06-2026 herbeoordeling: beveiligingsniveau aangepast naar 1\n07-2026 wij zijn een Borginstelling\n\nKan hij met dat "
     "beveiligingsniveau bij ons terecht?", ("ggzw5_beveiligingsniveau", "yes")),
    # simple Dutch and lay words
    ("Op onze locatie er is behandeling: arts, fysio en ergo werken hier en behandelen. Mag ZZP VV9b hier?",
     ("zzp_vv9b_locatie", "yes")),
    ("Mijn moeder woont in verpleeghuis. De dokter en de fysio van verpleeghuis zelf behandelen haar, dat zit in haar "
     "pakket. Zij heeft nu tillift nodig bij het wassen, voor de verzorging. Wie betalen de tillift?",
     ("hulpmiddel_bovenbudgettair", "no")),
    ("Onze zoon heeft LVG 2. Sinds 2018 wordt zijn zorg thuis betaald uit een eigen budget dat wij zelf beheren. Zijn "
     "indicatie loopt nog tot 2027. Mag hij dit jaar met dat eigen budget doorgaan?", ("lvg_pgb", "yes")),
    ("Mijn broer heeft een indicatie GGZ-wonen en woont sinds deze zomer in een Wlz-instelling. Van de gemeente kreeg hij "
     "in 2022 een scootmobiel. Mag hij die scootmobiel houden?", ("ggz_mobiliteitshulpmiddel_behouden", "yes")),
    ("Mijn oom is bijna blind. Het CIZ schrijft dat hij zorg krijgt in het profiel voor mensen die blind of slechtziend "
     "zijn. Wordt zijn training met de taststok uit de Wlz betaald?", ("zg_behandeling_wlz", "yes")),
    ("Mijn vader ziet bijna niets meer. Op zijn indicatie staat dat het om ouderenzorg gaat, verpleging en verzorging, en "
     "niet om een profiel voor blinden of doven. Wordt de training van een instelling voor slechtzienden uit de Wlz "
     "betaald?", ("zg_behandeling_wlz", "no")),
    ("Mijn moeder woont in een verpleeghuis; in haar indicatie staat dat ze daar woont mét behandeling, van het "
     "verpleeghuis zelf. Valt de tandarts onder de Wlz?", ("tandheelkundige_zorg_wlz", "yes")),
    ("Onze SO wil een ergotherapeut bij meneer thuis, onder regie van de SO. Maar het is niet kort: elke week, altijd, "
     "geen einde. Kan dit onder H335?", ("h335_inzet_andere_behandelaar", "no")),
])
def test_situations_of_set_32(book: RuleBook, question: str, expected: tuple[str, str]) -> None:
    assert verdict_at(book, question, STAND) == expected


def test_a_lay_description_of_the_place_or_the_need_reads_the_fact() -> None:
    assert extract("Hij woont op locatie A; dagbesteding en vrije tijd zijn aan de andere kant van de stad.")[
        "een_locatie"].value is False
    assert extract("Het zorgkantoor heeft ons geschreven dat haar zorg veel verder gaat dan wat er in haar pakket "
                   "geregeld kan worden.")["bijzondere_zorgbehoefte"].value is True


@pytest.mark.parametrize("question", [
    "Zijn er uitzonderingen op de regel dat observatie maximaal een jaar duurt?",
    "Geldt er een uitzondering op de maximale duur van observatie?",
    "Geldt de regel dat observatie maximaal een jaar duurt ook voor LVG?",
    "Is there an exception to the rule that observation lasts at most one year?",
    "Are there exceptions to the rule that C&A is only for Korsakov?",
])
def test_whether_a_rule_has_exceptions_gets_no_verdict(book: RuleBook, question: str) -> None:
    """What the sources say of a rule's scope is asked, not the decision the rule makes for a situation."""
    assert verdict_at(book, question, STAND) is None


def test_a_situation_asked_with_an_exception_word_still_gets_its_verdict(book: RuleBook) -> None:
    assert verdict_at(book, "Mogen we de observatie bij uitzondering verlengen tot 15 maanden in totaal?", STAND) == (
        "observatie_duur", "no")


# from the review of the diff: near phrasings that must not change
@pytest.mark.parametrize(("question", "expected"), [
    # another quantity changed: not the security level
    ("Zorgprofiel 5 GGZ-W. Beveiligingsniveau: 1. Het aantal uren begeleiding is vorige maand verhoogd naar 3 per dag. "
     "Kan hij bij ons terecht?", ("ggzw5_beveiligingsniveau", "yes")),
    # a year opening an asking line is the year asked
    ("2025: mochten wij als REC met positief CElz-advies C&A declareren voor een NAH+ cliënt?",
     ("lvhc_ca_declareren", "no")),
    # a length left open that is not of an extension
    ("De observatie loopt nu al 14 maanden. Hoeveel het zorgkantoor nog vergoedt is niet duidelijk. Mag de observatie "
     "zo lang duren?", ("observatie_duur", "no")),
    # an SGLVG indication that is a Wlz indication
    ("Mijn zoon heeft een Wlz-indicatie voor SGLVG, afgegeven voor 2 jaar. Mag die zo lang gelden?",
     ("lvg_indicatie_duur", "yes")),
])
def test_near_phrasings_from_the_review(book: RuleBook, question: str, expected: tuple[str, str]) -> None:
    assert verdict_at(book, question, STAND) == expected


def test_near_facts_from_the_review() -> None:
    assert "een_locatie" not in extract("Wonen, dagbesteding en vrije tijd zijn allemaal op locatie A; alleen de "
                                        "administratie zit op locatie B.")
    assert extract("Mijn zoon heeft een VG-indicatie en zijn indicatie omvat ook verpleging en verzorging.")[
        "sector"].value == "VG"
    assert "locatie_biedt_behandeling" not in extract("Op deze locatie is behandeling pas vanaf volgend jaar.")
    assert extract("Er is geen einde aan zijn wachttijd maar de inzet is tijdelijk.")["kortdurend"].value is True
    # a budget the family manages is the pgb, not one denied or not managed by them
    assert "een pgb" in read_in_full("uit een eigen budget dat wij zelf beheren")
    for denied in ("Het is zorg in natura, niet uit een eigen budget dat we zelf beheren.",
                   "Hij heeft geen eigen budget dat hij zelf beheert.", "zijn eigen budget dat hij zelf niet beheert"):
        assert "pgb" not in read_in_full(denied), denied
