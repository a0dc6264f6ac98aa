"""Facts as set 26's development cases put them, read after stop 41: a profile named only to compare with, a
duration said twice, "niet alleen … maar ook", a DEC for two groups, the item the asking sentence names again."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.rules import RuleBook
from assistant.rules.facts import extract_facts
from assistant.rules.shorthand import read_in_full

pytestmark = pytest.mark.unit

STAND = date(2026, 6, 1)


@pytest.fixture(scope="module")
def book() -> RuleBook:
    return RuleBook.load()


@pytest.mark.parametrize(("text", "name", "value"), [
    # a profile named as the point of comparison is not the client's
    ("VG vier, dus één onder VG 5: geldt de toeslag observatie voor dat profiel?", "zorgprofiel", "VG4"),
    ("Hij heeft VV4, net onder VV5.", "zorgprofiel", "VV4"),
    # ... while two profiles side by side stay unknown
    ("VG6 of VG2, dat weet ik niet meer.", "zorgprofiel", None),
    # a consultation denied with the doctor who would ask for it between ("geen huisarts-consultatie")
    ("Het gaat om fysiotherapie; geen gp consultatie van de specialist ouderengeneeskunde.", "behandeling_soort",
     "overige_behandeling"),
    ("De behandeling was niet gestart vóór de verhuizing.", "behandeling_gestart_voor_verhuizing", False),
    ("Mijn zus heeft een zorgprofiel voor mensen met een auditieve beperking.", "sector", "ZGaud"),
])
def test_phrasings_of_set_26_dev(text: str, name: str, value: object) -> None:
    assert extract_facts(text, names=[name]).get(name) == value


def test_a_duration_said_again_more_precisely_is_one_duration() -> None:
    text = "Observatie van ruim een jaar, zo'n veertien maanden. Kan dat met toeslag observatie?"
    assert extract_facts(text, names=["duur_maanden"]).get("duur_maanden") == 14


@pytest.mark.parametrize(("question", "outcome"), [
    ("Observatie van ruim een jaar, zo'n veertien maanden — kan dat met toeslag observatie?", "no"),
    # two different durations, not one said again, stay unknown
    ("De observatie duurt acht maanden, voor haar broer duurde die veertien maanden. Kan dat met toeslag "
     "observatie?", "unknown"),
])
def test_observation_durations(book: RuleBook, question: str, outcome: str) -> None:
    v = book.check_question(question, as_of=STAND)
    assert v is not None and v.rule_id == "observatie_duur" and v.outcome == outcome


def test_not_only_but_also_says_both() -> None:
    assert read_in_full("Wij zijn niet alleen DEC voor NAH+, maar sinds kort ook voor MS+.") == \
        "Wij zijn DEC voor NAH+, maar sinds kort ook voor MS+."
    # without its "maar ook" the negation stays
    assert read_in_full("Wij zijn niet alleen verantwoordelijk.") == "Wij zijn niet alleen verantwoordelijk."


def test_a_dec_for_two_groups_is_a_dec_for_the_second(book: RuleBook) -> None:
    v = book.check_question("Wij zijn niet alleen DEC voor NAH+, maar sinds kort ook voor MS+, beide met een "
                            "positief CElz-advies. Kunnen we in 2026 consultatie en advies declareren voor "
                            "MS+-cliënten die niet bij ons wonen?", as_of=date(2026, 7, 1))
    assert v is not None and v.rule_id == "lvhc_ca_declareren" and v.outcome == "yes"
    # a DEC for one group asked about another keeps the advice unknown
    v = book.check_question("Wij zijn DEC voor NAH+ met een positief CElz-advies. Kunnen we in 2026 consultatie en "
                            "advies declareren voor MS+-cliënten?", as_of=date(2026, 7, 1))
    assert v is not None and v.outcome != "yes"


def test_the_item_the_asking_sentence_names_again_is_the_one_asked(book: RuleBook) -> None:
    v = book.check_question("Voor mevrouw D. zijn orthopedische schoenen aangevraagd, en voor de afdeling een nieuwe "
                            "tillift die alle bewoners gebruiken. Wordt die tillift bovenbudgettair vergoed?",
                            as_of=STAND)
    assert v is not None and v.rule_id == "hulpmiddel_bovenbudgettair" and v.outcome == "no"
    used = {u.fact: u.value for u in v.facts_used}
    assert used["hulpmiddel_soort"] == "roerend_gedeeld"
