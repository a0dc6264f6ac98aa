"""Facts in other words (issue 12, h9-dev): what is said with an adverbial in between ("kan volgens de
gedragsdeskundige wél uitkomst bieden"), in the other order ("te weinig aanbod bij De Borg"), with another verb ("zit
in eigen dienst", "niet uit zijn zorgprofiel te organiseren"), a regulation pointed back to ("…, en dat past beter"), a
move with whose it is ("na de verhuizing van mijn cliënt, …, pas … opgestart"); and a later reading in a clause when a
guard drops the first. Variants written here, not taken from an eval set."""

from __future__ import annotations

import pytest

from .concept_helpers import read_fact

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(("text", "name", "value"), [
    ("Een derdelijnsbehandeling kan volgens het behandelteam zeker uitkomst bieden.", "derdelijns_uitkomst", True),
    ("Een derdelijnsbehandeling kan volgens het behandelteam helaas niet helpen.", "derdelijns_uitkomst", False),
    ("Er is te weinig plek bij De Borg.", "borg_onvoldoende_aanbod", True),
    ("Er is genoeg plek bij de De Borg-instellingen.", "borg_onvoldoende_aanbod", False),
    # a wide "ja" pattern that starts inside a denied statement is dropped; the later reading in the clause counts
    ("Het is niet zo dat De Borg ruimte genoeg heeft: er is een tekort aan plaatsen bij De Borg.",
     "borg_onvoldoende_aanbod", True),
    ("De behandelexpertise zit bij ons in eigen huis.", "expertise_in_huis", True),
    ("De gedragsdeskundige zit niet in eigen dienst.", "expertise_in_huis", None),
    ("Het zorgkantoor stelt vast dat haar zorg niet binnen haar zorgprofiel te leveren is.", "bijzondere_zorgbehoefte",
     True),
    ("Met het zzp is die zorg niet te organiseren, zegt het zorgkantoor.", "bijzondere_zorgbehoefte", True),
    ("Het plan kan ook uit een gemeentelijke SPUK worden betaald, en die past beter.", "andere_regeling_passend", True),
    ("Na de verhuizing van mijn vader, vorige maand, heeft de tandarts pas een behandeling voor een brug gestart.",
     "behandeling_gestart_voor_verhuizing", False),
    ("De tandarts is pas na de verhuizing van mijn moeder naar het verpleeghuis, twee weken geleden, met een nieuwe "
     "prothese begonnen.", "behandeling_gestart_voor_verhuizing", False),
])
def test_facts_in_other_words(text: str, name: str, value: object) -> None:
    assert read_fact(text, name) == value
