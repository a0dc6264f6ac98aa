"""Designations and terms in plain words (issue 12, h9-dev): a "nee" said in another part of the clause than a doubt
stands ("We zijn nog geen REC, onze aanvraag loopt nog"), a time between "wij zijn" and "DEC" ("wij zijn sinds kort
DEC"), and the agreement's own end against the advice's ("het advies loopt af op 30 juni; de afspraak loopt tot en met
31 december"). Variants written here, not taken from an eval set."""

from __future__ import annotations

import pytest

from assistant.rules.facts import extract_facts

from .concept_helpers import STAND, verdict

pytestmark = pytest.mark.unit


def _rec(text: str) -> object:
    return extract_facts(text, today=STAND, names=["rec_dec_positief_advies"]).get("rec_dec_positief_advies")


@pytest.mark.parametrize(("text", "value"), [
    ("Wij zijn nog geen DEC, onze aanvraag bij de CElz is ingediend.", False),
    ("Wij zijn inmiddels officieel een REC voor Huntington.", True),
    ("We zijn sinds 2024 DEC voor Korsakov.", True),
    # the doubt in the same part as the reading: asked
    ("Wij weten niet of we nog een DEC zijn.", None),
    # a "ja" with a pending application elsewhere in the clause stays asked (unsure_elsewhere holds back a "ja")
    ("Wij zijn DEC, onze aanvraag voor verlenging loopt nog.", None),
    # "zijn … met een DEC" names another organisation
    ("Wij zijn samen met een DEC bezig.", None),
])
def test_designation_in_plain_words(text: str, value: object) -> None:
    assert _rec(text) == value


def test_no_designation_yet_decides_declaring() -> None:
    assert verdict("Wij zijn (nog) geen REC, onze aanvraag bij de CElz loopt nog. Mogen we vanaf 1 september het ZZP "
                   "voor Huntington declareren?") == ("lvhc_zzp_declaratie", "no")


@pytest.mark.parametrize(("agreement_end", "expected"), [
    ("31 december 2026", "no"),  # past the advice's end
    ("eind 2026", "no"),
])
def test_an_agreement_past_the_advice_is_not_within_it(agreement_end: str, expected: str) -> None:
    question = (f"Ons positieve CElz-advies als REC voor Huntington (8 plaatsen) loopt af op 31 mei 2026. De "
                f"productieafspraak van 900 dagen loopt tot {agreement_end}. Mag het zorgkantoor die afspraak zo maken?")
    assert verdict(question) == ("lvhc_productieafspraak", expected)
