"""A negation at the end of a clause negates the whole clause (issue 12, h9-dev): Dutch puts the object first and "niet"
last ("Een AVG hebben we niet", "wetenschappelijk onderzoek doen we niet"). What the fronted part names is then said
not to be so, for a "ja" reading, for the thing a "geen X" pattern names, and for an enum value. Variants written here,
not taken from an eval set."""

from __future__ import annotations

import pytest

from .concept_helpers import read_fact, verdict

pytestmark = pytest.mark.unit

EPILEPSIE = ("Wij bieden het volledige spectrum aan epilepsiezorg met gespecialiseerd onderwijs en leveren derdelijns "
             "klinische en langdurige epilepsiezorg. ")


@pytest.mark.parametrize(("text", "name", "value"), [
    # a "ja" reading with the clause negated last
    ("Wetenschappelijk onderzoek doen we niet.", "epilepsie_onderzoek", False),
    ("Wetenschappelijk onderzoek hebben we nooit gedaan.", "epilepsie_onderzoek", False),
    ("Wetenschappelijk onderzoek doen wij sinds vorig jaar niet meer.", "epilepsie_onderzoek", False),
    ("Een regeling die beter past is er helaas niet.", "andere_regeling_passend", False),
    # the thing a "geen X" pattern names, put first
    ("Een AVG hebben we niet.", "avg_gedragsdeskundige_hbo", False),
    ("Een DEC zijn we nog niet.", "rec_dec_positief_advies", False),
    ("Draagvlak in de regio is er niet.", "draagvlak_regio", False),
    ("Extra personeel zetten we daarvoor niet in.", "boven_formatie", False),  # a verb particle after "niet"
    ("Een positief advies hebben we nog niet ontvangen.", "rec_dec_positief_advies", False),
    # a contrast that starts with the negation is not a negation of what came before
    ("Voor een paar weken, niet voor langere tijd.", "kortdurend", True),
    # what is put first, then taken up again after a comma in a short clause that ends in the negation
    ("Een AVG, die hebben we niet.", "avg_gedragsdeskundige_hbo", False),
    ("Een regeling die beter past, kennen we niet.", "andere_regeling_passend", False),
    ("Een regeling die beter past, kennen we niet altijd.", "andere_regeling_passend", None),
    # "weten we niet" is doubt, not a no (asked)
    ("Een regeling die beter past, weten we niet.", "andere_regeling_passend", None),
    # a longer part after the comma with a "niet" in another statement does not count
    ("Draagvlak in de regio, SMART-afspraken en het wordt niet elders betaald.", "draagvlak_regio", True),
    # not the last word: "niet alleen", "niet altijd" negate only what follows (asked)
    ("Wetenschappelijk onderzoek doen we niet alleen.", "epilepsie_onderzoek", None),
    ("Wetenschappelijk onderzoek doen we niet altijd met partners.", "epilepsie_onderzoek", None),
    # a negation in another part of the sentence is not about it
    ("Wetenschappelijk onderzoek doen we, al is dat niet makkelijk.", "epilepsie_onderzoek", True),
    ("Wij doen wetenschappelijk onderzoek dat niet gesubsidieerd wordt.", "epilepsie_onderzoek", True),
    ("Een AVG die niet bij ons in dienst is, werkt hier.", "avg_gedragsdeskundige_hbo", None),
    # an enum value put first and negated: the other value named decides
    ("Hij heeft fysiotherapie nodig; om een consult van de SO gaat het niet.", "behandeling_soort", "overige_behandeling"),
])
def test_a_negation_last_in_the_clause_negates_what_is_put_first(text: str, name: str, value: object) -> None:
    assert read_fact(text, name) == value


def test_the_negated_condition_decides_the_verdict() -> None:
    assert verdict(EPILEPSIE + "Wetenschappelijk onderzoek doen we niet. Komen we in aanmerking voor de "
                   "epilepsietoeslag?") == ("toeslag_epilepsie", "no")
    assert verdict("Ons plan heeft drie aanbieders, brede steun in de regio en SMART-afspraken, en het wordt niet uit een "
                   "andere bron betaald. Een regeling die beter bij het plan past is er niet. Komt het plan in 2026 "
                   "in aanmerking voor transitiemiddelen?") == ("transitiemiddelen_inzet", "yes")


def test_a_later_negation_that_is_not_last_gives_no_yes() -> None:
    assert verdict(EPILEPSIE + "Wetenschappelijk onderzoek doen we niet met academische partners. Komen we in "
                   "aanmerking voor de epilepsietoeslag?") == ("toeslag_epilepsie", "unknown")
