"""What the tuning questions of set 32 still showed, and those of set 33 (helpdesk tickets and web forms, follow-up
messages, half-remembered terms, money and administration at home): a share "of the total Wlz-uitgaven" is not a
share of a budget; "welke accountantsorganisatie controleert …?" asks a firm's name, also after an instruction with a
colon, after "En" and for a care organisation; a former chair is a person asked; how long someone may stay in
hospital is the health insurer's, payroll tax the Belastingdienst's; whether care is divided over three laws is no
case to decide; a version the sources do not hold; a value per another period; a counted noun or a name in quotes;
a waiting time; a yes/no question after a lead with a colon; the law's own transition speaks of 2015; "de brief" is a
Kamerbrief; thanks name no topic."""

from __future__ import annotations

from dataclasses import replace

import pytest

from assistant.answer.asked import ASKING_WORDS, classify, holds_value, percent_subject
from assistant.answer.gate import (
    _no_names,
    _no_person,
    _no_value,
    _other_document,
    _other_regime,
    _other_version,
    _other_year,
    _unknown_thing,
)
from assistant.retrieval.text import tokens
from assistant.rules import facts as F

from .gate_fixtures import hit, passage, signals

pytestmark = pytest.mark.unit

BUDGET = ("De wijziging per groep van kostensoorten gaat een bedrag van vijf procent van het in artikel 6.2.2 bedoelde "
          "budget, voor zover dat betrekking heeft op beheerskosten, niet te boven.")
ACCOUNTS = ("Het Zorginstituut legt in de jaarrekening rekening en verantwoording af over de baten en lasten van het "
            "Fonds langdurige zorg. De jaarrekening wordt gecontroleerd door een accountant.")


@pytest.mark.parametrize(("question", "subject"), [
    ("Geef alleen een percentage: welk deel van de totale Wlz-uitgaven gaat op aan beheerskosten?", "uitgaven"),
    ("Hoeveel procent van de cliënten woont thuis?", "cliënten"),
    ("What share of the total budget goes to management costs?", ""),  # the sentences are Dutch
    ("Welk kortingspercentage past het zorgkantoor toe?", "korting"),
    ("Hoeveel procent korting krijgen we?", ""),
])
def test_what_a_share_is_of(question: str, subject: str) -> None:
    assert percent_subject(question) == subject


def test_a_share_of_a_budget_is_no_share_of_the_total_expenditure() -> None:
    question = "Welk deel van de totale Wlz-uitgaven gaat op aan de beheerskosten?"
    assert classify(question).value == "percent"
    refused = _no_value(signals(question, BUDGET))
    assert refused is not None and refused[0] == "no_value"
    assert _no_value(signals("Hoeveel procent van het budget mag naar beheerskosten?", BUDGET)) is None


@pytest.mark.parametrize("question", [
    "Welke accountantsorganisatie controleert de jaarrekening van het Fonds langdurige zorg?",
    "Alleen de naam van het kantoor graag: welke accountantsorganisatie controleert de jaarrekening van het Fonds?",
])
def test_the_firm_that_audits_is_asked_by_name(question: str) -> None:
    refused = _no_names(signals(question, ACCOUNTS, sentences=[ACCOUNTS]))
    assert refused is not None and "accountantsorganisatie" in refused[1] and "jaarverslag" in refused[1]
    named = ACCOUNTS.replace("een accountant", "accountantskantoor Van Dalen & Partners")
    seen = replace(signals(question, named, sentences=[named]), doc_freq=dict.fromkeys(tokens(named), 1))
    assert _no_names(seen) is None


@pytest.mark.parametrize("question", [
    "We zitten op de SEH. Hoeveel dagen mag hij nog in het ziekenhuis blijven voordat wij zelf moeten betalen?",
    "How long can my father still stay in the hospital before we have to pay?",
])
def test_a_stay_in_hospital_is_the_health_insurers(question: str) -> None:
    refused = _other_regime(signals(question, BUDGET))
    assert refused is not None and ("Zorgverzekeringswet" in refused[1] or "Health Insurance" in refused[1])


def test_a_stay_in_a_wlz_institution_is_no_hospital_stay() -> None:
    assert _other_regime(signals("Hoe lang mag hij nog in de instelling blijven na zijn behandeling?", BUDGET)) is None


def test_whether_care_is_divided_over_three_laws_is_no_case() -> None:
    question = ("Families snappen niet waarom zorg voor hun dove familielid soms via de gemeente en soms via de Wlz "
                "loopt. Klopt het dat dit over drie wetten verdeeld is?")
    assert not F.is_eligibility_question(question)
    assert F.is_eligibility_question("Mijn zoon is doof en woont thuis. Klopt het dat zijn behandeling onder de Wlz "
                                     "valt?")


VERSION = "Deze aanvullende inkoopvoorwaarden V3.2 gelden voor 2026. Het zorgkantoor koopt zorg in."


def test_a_version_the_sources_do_not_hold() -> None:
    refused = _other_version(signals("Wanneer verschijnt versie 3.3 van de inkoopvoorwaarden?", VERSION.lower()))
    assert refused is not None and "versie 3.2" in refused[1] and "versie 3.3" in refused[1]
    assert _other_version(signals("Wat staat er in versie 3.2 over C&A?", VERSION.lower())) is None
    assert _other_version(signals("Wat kost een VPT?", VERSION.lower())) is None


@pytest.mark.parametrize("question", [
    "En welk accountantskantoor controleert op dit moment de jaarrekening van het CAK?",
    "Welke zorgorganisatie staat er in de film over het programma?",
])
def test_a_name_asked_after_and_or_of_a_care_organisation(question: str) -> None:
    assert _no_names(signals(question, ACCOUNTS, sentences=[ACCOUNTS])) is not None


def test_a_former_office_holder_is_a_person_asked() -> None:
    refused = _no_person(signals("En wie was in 2015 de eerste voorzitter van het CIZ?", ACCOUNTS, sentences=[ACCOUNTS]))
    assert refused is not None and "voorzitter" in refused[1]


def test_a_value_per_another_period_is_not_the_one_asked() -> None:
    asked = classify("Hoeveel uur begeleiding per week zit er in een VG3-pakket?")
    assert (asked.value, asked.counted, asked.per) == ("count", "uur", "week")
    assert not holds_value(asked, "De cliënt krijgt 24 uur per dag toezicht.")
    assert holds_value(asked, "De cliënt krijgt 12 uur begeleiding per week.")
    assert holds_value(asked, "De cliënt krijgt 12 uur begeleiding.")  # no period said: the number may be it


def test_a_counted_noun_in_quotes() -> None:
    assert classify("In hoeveel 'Wlz-regio's' is Nederland ingedeeld?").counted == "regio"


def test_a_term_in_quotes_the_sources_never_name() -> None:
    refused = _unknown_thing(signals("Krijgt mijn dochter ook 'de zorgbonus van de Wlz'?", ACCOUNTS))
    assert refused is not None and "zorgbonus" in refused[1]
    assert _unknown_thing(signals("Valt dit onder 'de jaarrekening'?", ACCOUNTS)) is None


def test_a_waiting_time_is_not_the_length_of_what_one_waits_for() -> None:
    question = "Wat is de maximale wachttijd voor een observatieplaats?"
    assert classify(question).subject == "wachttijd"
    text = "Een observatie duurt maximaal een halfjaar."
    assert _no_value(signals(question, text)) is not None
    assert _no_value(signals(question, "De wachttijd voor een observatieplaats is maximaal zes weken.")) is None


def test_a_yes_no_question_after_a_lead_with_a_colon() -> None:
    question = "Nog even over dat budget voor de beheerskosten: mogen wij uitgaven doen waardoor we boven dat bedrag uitkomen?"
    assert classify(question).shape == "yesno"


TRANSITION = ("In procedures waarbij de stichting is betrokken, treedt op het tijdstip van inwerkingtreding van deze wet "
              "het CIZ in de plaats van de stichting.")


def test_the_laws_own_transition_speaks_of_2015() -> None:
    question = "Mijn vader had een beroepszaak in 2014. Die stichting bestaat niet meer? Wie is nu de tegenpartij?"
    assert _other_year(signals(question, TRANSITION)) is None
    assert _other_year(signals("Wat gold er in 2012 voor de tegenpartij?", TRANSITION)) is not None


def test_the_letter_is_a_kamerbrief() -> None:
    letter = replace(hit(ACCOUNTS), passage=replace(passage(ACCOUNTS), title="Kamerbrief over LVHC-zorg",
                                                      doc_id="lvhc-2026", kind="kamerbrief"))
    question = "Wat staat er in de brief over wat er gebeurt als het misgaat?"
    assert _other_document(replace(signals(question, ACCOUNTS), hits=[letter])) is None
    assert _other_document(signals("Wat staat er in het rapport van KPMG over de kosten?", ACCOUNTS)) is not None


def test_thanks_name_no_topic() -> None:
    assert {"thank", "help"} <= ASKING_WORDS


def test_payroll_tax_is_the_belastingdienst() -> None:
    refused = _other_regime(signals("Moet ik loonheffing inhouden als ik mijn buurvrouw uit het pgb betaal?", ACCOUNTS))
    assert refused is not None and "loonheffingen" in refused[1]


@pytest.mark.parametrize(("question", "shape"), [
    ("Hoe lang mag een observatie duren: is dat een half jaar of langer?", "value"),
    ("Welke kosten vallen onder de Wlz: is de tandarts daar ook bij?", "list"),
])
def test_a_question_word_before_the_colon_keeps_its_shape(question: str, shape: str) -> None:
    assert classify(question).shape == shape


@pytest.mark.parametrize(("question", "subject"), [
    ("Hoeveel procent van de extra kosten vergoedt het zorgkantoor?", "kosten"),
    ("Hoeveel procent van het maximale NZa-tarief krijgen we?", "tarief"),
    ("What percentage of the children with ZEVMB live at home?", ""),  # the sentences are Dutch
])
def test_the_whole_a_share_is_of_without_its_adjectives(question: str, subject: str) -> None:
    assert percent_subject(question) == subject


@pytest.mark.parametrize("question", [
    "Hij woont 4 dagen per week bij ons, hoeveel bedraagt dan de eigen bijdrage?",
    "How much is the personal contribution if she goes 3 days a week?",
])
def test_a_frequency_told_is_no_period_asked(question: str) -> None:
    assert classify(question).per == ""


def test_a_waiting_time_named_beside_the_question_is_not_what_is_asked() -> None:
    assert classify("Hoe lang mag de observatie duren als er een wachttijd was?").subject == ""


def test_a_letter_the_asker_received_is_no_kamerbrief() -> None:
    letter = replace(hit(ACCOUNTS), passage=replace(passage(ACCOUNTS), title="Kamerbrief over LVHC-zorg",
                                                      doc_id="lvhc-2026", kind="kamerbrief"))
    question = "Mijn moeder kreeg een brief van het CAK over haar eigen bijdrage. Wat staat er in de brief?"
    assert _other_document(replace(signals(question, ACCOUNTS), hits=[letter])) is not None


@pytest.mark.parametrize("question", [
    'Mag de zorgaanbieder "servicekosten" rekenen bovenop de eigen bijdrage?',
    "Valt 'respijtzorg' onder de Wlz?",
])
def test_a_word_in_quotes_for_emphasis_is_no_name(question: str) -> None:
    assert _unknown_thing(signals(question, ACCOUNTS)) is None


def test_a_name_in_quotes_called_so() -> None:
    refused = _unknown_thing(signals("Krijgen wij de zogenaamde 'zorgbonus' ook?", ACCOUNTS))
    assert refused is not None and "'zorgbonus'" in refused[1]


def test_a_hospital_stay_beside_the_place_in_the_wlz_is_a_wlz_question() -> None:
    question = "Hoe lang mag mijn vader nog in het ziekenhuis blijven voordat zijn kamer in het verpleeghuis vervalt?"
    assert _other_regime(signals(question, BUDGET)) is None


def test_a_version_of_another_document_is_not_the_conditions() -> None:
    assert _other_version(signals("Geldt het Kwaliteitskader Verpleeghuiszorg versie 2.0 ook voor VV5?",
                                  VERSION.lower())) is None


@pytest.mark.parametrize("question", [
    "Welk type accountant moet de productieverantwoording controleren?",
    "Welke accountant mag de verantwoording van het pgb controleren, een RA of ook een AA?",
])
def test_a_kind_of_accountant_is_no_name_asked(question: str) -> None:
    assert _no_names(signals(question, ACCOUNTS, sentences=[ACCOUNTS])) is None
