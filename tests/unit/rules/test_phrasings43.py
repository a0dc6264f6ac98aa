"""Phrasings found while tuning on the development split of set 43 (a fact corrected mid-message, a message about
several clients that asks about one, Dutch as a second language, professional shorthand, English by foreign colleagues
and expats): the corrected value is the one read ("…, of eigenlijk, ik kijk even in de agenda: vijf weken", "…, nee,
correctie: een half jaar plus …", "…, nee, dat moet ik rechtzetten: …"); what is said of another relative, plan or
first name is not a fact of the one asked about; "Wie betaal …?"; "kroonbeh.", "p/plaats", "afd. Onderzoek"; a
project that stopped last year does not make last year the zorgjaar; daily cleaning of a denture is daily mouth care,
not dental care."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.rules import RuleBook
from assistant.rules.facts import taken_back
from assistant.rules.several import about_the_one_asked
from assistant.rules.shorthand import read_in_full

from .concept_helpers import read_fact, verdict_at

pytestmark = pytest.mark.unit

STAND = date(2026, 10, 1)


@pytest.mark.parametrize(("text", "name", "value"), [
    # the value checked again after a correction is the one meant
    ("De opname was vier maanden geleden, of eigenlijk, ik kijk even in het dossier: zes weken geleden.",
     "duur_weken", 6.0),
    ("De observatie loopt in totaal twee jaar, nee, correctie: een half jaar plus een verlenging van twee maanden, dus "
     "acht maanden in totaal.", "duur_maanden", 8.0),
    ("Wij doen wetenschappelijk onderzoek met het UMC, nee, dat moet ik rechtzetten: dat onderzoek is gestopt en er "
     "loopt nu geen onderzoek met academische partners.", "epilepsie_onderzoek", False),
    ("Bij een alarm is er binnen drie minuten iemand bij de cliënt, of eigenlijk, ik heb het nagemeten bij de "
     "oefening: het duurde zeven minuten.", "aanrijtijd_minuten", 7),
])
def test_the_corrected_value_is_read(text: str, name: str, value: object) -> None:
    assert read_fact(text, name) == value


def test_a_correction_that_names_the_date_again(book: RuleBook) -> None:
    question = ("Ons REC voor Korsakov heeft een positief CElz-advies. We willen het ZZP declareren vanaf 1 mei; de "
                "ingangsdatum op het advies is 1 april, nee, ik heb de brief er net bij gepakt: het is 1 juni. Mogen "
                "we vanaf 1 mei declareren?")
    assert verdict_at(book, question, STAND) == ("lvhc_zzp_declaratie", "no")


@pytest.mark.parametrize(("text", "kept", "blanked"), [
    ("Mijn vader en mijn schoonmoeder wonen allebei in een verpleeghuis. Mijn vader heeft verblijf met behandeling. "
     "Mijn schoonmoeder heeft verblijf zonder behandeling. Mijn vraag gaat over mijn vader: valt zijn tandarts onder "
     "de Wlz?", "Mijn vader heeft verblijf met behandeling", "zonder behandeling"),
    ("Voor Daan overbruggen we 10 weken tot hij kan worden opgenomen. Voor Lisa willen de ouders de indicatie "
     "blijvend omzetten. Mijn vraag gaat over Lisa: mag dat?", "blijvend omzetten", "overbruggen"),
    ("Voor onze dochter Eva komen de EKT uit op 35% van het basisbedrag. Voor onze zoon Tim komen de EKT uit op 15%. "
     "Mijn vraag gaat over Tim: mag dat zo hoog zijn?", "15%", "35%"),
    ("Plan A is een project van alleen onze organisatie. Plan B voeren we uit met twee andere aanbieders. Mijn vraag "
     "gaat over plan B: komt het in aanmerking?", "twee andere aanbieders", "alleen onze organisatie"),
    ("Cliënt A heeft zorgprofiel 4 GGZ-W. Cliënt B heeft zorgprofiel 5 GGZ-W en beveiligingsniveau 2. Mijn vraag "
     "gaat over cliënt A: kan hij bij ons terecht?", "zorgprofiel 4", "beveiligingsniveau 2"),
])
def test_what_is_said_of_the_others_is_blanked(text: str, kept: str, blanked: str) -> None:
    read = about_the_one_asked(text)
    assert kept in read and blanked not in read


@pytest.mark.parametrize("text", [
    # "mantelzorger" is no "man", a provider or a law after "bij" / "voor" is no first name
    "Mijn vraag gaat over mijn moeder. Mijn mantelzorger helpt haar drie dagen per week en zij heeft VV5. Mag mijn "
    "moeder een pgb?",
    "Bij Careyn krijgt mijn vader 10 uur thuiszorg per week. Voor Wlz heeft hij sinds maart VV4. Mag hij een pgb voor "
    "de Wlz?",
])
def test_no_referent_is_made_of_other_words(text: str) -> None:
    assert about_the_one_asked(text) == text


def test_relatives_are_no_referents_without_saying_which_one_is_asked() -> None:
    text = "Mijn vader is overleden. Mijn moeder woont nog in het verpleeghuis. Mag het verpleeghuis de kamer rekenen?"
    assert about_the_one_asked(text) == text


@pytest.mark.parametrize(("text", "full"), [
    ("Kroonbeh. gestart in mei.", "Kroonbehandeling gestart in mei."),
    ("Verw. ligdagen: 340 p/plaats.", "verwachte ligdagen: 340 per plaats."),
    ("Wet. onderzoek m. academische partners: moet afd. Kwaliteit nog uitzoeken.",
     "wetenschappelijk onderzoek met academische partners: moet afdeling Kwaliteit nog uitzoeken."),
    ("Derdelijns klin. + langdurig: ja.", "Derdelijns klinische en langdurig: ja."),
])
def test_shorthand_read_in_full(text: str, full: str) -> None:
    assert read_in_full(text) == full


def test_a_form_line_still_to_be_found_out_leaves_its_label_unknown() -> None:
    assert read_fact("Wet. onderzoek m. academische partners: moet afd. Kwaliteit nog uitzoeken.",
                     "epilepsie_onderzoek") is None


@pytest.mark.parametrize(("question", "expected"), [
    ("Mijn vader woont in verpleeghuis, hij heeft VV6 met behandeling. Hij krijgt orthopedische schoenen, op maat "
     "gemaakt. Wie betaal die schoenen?", ("hulpmiddel_bovenbudgettair", "yes")),
    ("Wij leveren bij een cliënt thuis persoonlijke verzorging vanuit haar Wlz-indicatie (MPT). Haar zoon vraagt wie "
     "verantwoordelijk is voor het dagelijks schoonmaken van haar kunstgebit. Zijn wij dat?", ("dagelijkse_mondverzorging", "yes")),
    ("Mevrouw is verhuisd naar een locatie in een andere regio. Kroonbeh. gestart in april, vóór de verhuizing. Nu "
     "ca. 14 wk na verhuizing nog 2 afspraken nodig. Recht op afronding?", ("tandheelkundig_na_verhuizing", "no")),
    ("Op locatie De Beuk is alleen verblijf zonder behandeling. Een nieuwe bewoner zou invasief beademd moeten "
     "worden. Mag dat op De Beuk?", ("invasieve_beademing_locatie", "no")),
    ("Wij bieden het volledige spectrum aan epilepsiezorg, inclusief onderwijs, en leveren derdelijns klinische en "
     "langdurige epilepsiezorg. Ons onderzoeksproject met het UMC is vorig jaar gestopt; er loopt nu geen onderzoek "
     "met academische partners. Komen we in aanmerking voor de toeslag gespecialiseerde epilepsiezorg?",
     ("toeslag_epilepsie", "no")),
])
def test_decided_as_asked(book: RuleBook, question: str, expected: tuple[str, str]) -> None:
    assert verdict_at(book, question, STAND) == expected


@pytest.mark.parametrize(("text", "value"), [
    ("Hij heeft nu een andere Wlz indicatie, VG5.", "wlz_anders"),
])
def test_another_indication_without_a_hyphen(text: str, value: str) -> None:
    assert read_fact(text, "vervolg_indicatie") == value


@pytest.mark.parametrize(("text", "english", "value"), [
    ("It is explicitly not meant as a permanent conversion.", True, True),
    ("Het is uitdrukkelijk niet bedoeld als blijvende omzetting.", False, True),
    ("De ouders willen een blijvende omzetting naar een VPT.", False, False),
])
def test_not_meant_to_last_is_a_bridge(text: str, english: bool, value: bool) -> None:
    assert read_fact(text, "overbrugging_tot_opname", english=english) is value


def test_a_treatment_centre_with_a_contract_with_the_care_office() -> None:
    assert read_fact("He is waiting for an LVG treatment centre that has a contract with the zorgkantoor.",
                     "wachtinstelling_gecontracteerd", english=True) is True


@pytest.mark.parametrize(("text", "kept"), [
    # the number taken back is the one with the unit the correction names, not a year or an age before it
    ("Sinds 2023 krijgt mijn vader 3 dagen per week dagbesteding, nee, correctie: 4 dagen.", "Sinds 2023 krijgt"),
    ("Mijn vader (82) krijgt 3 dagen per week dagbesteding, nee, correctie: 4 dagen.", "Mijn vader (82) krijgt"),
])
def test_the_value_taken_back_is_the_one_corrected(text: str, kept: str) -> None:
    read = taken_back(text)
    assert read.startswith(kept) and "3 dagen" not in read and "4 dagen" in read
