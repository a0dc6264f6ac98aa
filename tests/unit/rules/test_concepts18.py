"""Misses of h10-dev (issue 12), by concept. Variants written here, not taken from an eval set.

- A fact that holds only when several things are all there (registry ``delen``): one part said to be absent, in any
  of the ways a "nee" is said, makes it "nee"; a "ja" that names two parts across "maar" does not outweigh it.
"""

from __future__ import annotations

import pytest

from assistant.rules.facts import extract_facts
from assistant.rules.registry import Recogniser, part_absent_patterns

from .concept_helpers import STAND, verdict

pytestmark = pytest.mark.unit

VG7_SETTING = "Onze VG7-groep is besloten, er is permanent toezicht en binnen drie minuten is er iemand. "


def _fact(text: str, name: str) -> object:
    return extract_facts(text, today=STAND, names=[name]).get(name)


@pytest.mark.parametrize(("text", "value"), [
    ("Een AVG hebben we, maar een gedragsdeskundige niet.", False),
    ("Een gedragsdeskundige hebben we, maar een AVG niet.", False),
    ("We hebben een AVG en een gedragswetenschapper, maar geen begeleiders op hbo-niveau.", False),
    ("Er werkt een AVG; de gedragsdeskundige ontbreekt.", False),
    ("Er is een gedragskundige, zonder vaste AVG.", False),
    # every part there: still yes
    ("Een AVG, een gedragsdeskundige en hbo-begeleiders zijn er allemaal.", True),
    # a denied absence says nothing either way
    ("Het is niet zo dat we geen gedragsdeskundige hebben.", None),
])
def test_one_required_part_absent_is_a_no(text: str, value: object) -> None:
    assert _fact(text, "avg_gedragsdeskundige_hbo") == value


@pytest.mark.parametrize("statement", [
    "Een AVG hebben we, maar een gedragsdeskundige niet.",
    "Een AVG en een gedragsdeskundige hebben we wel, hbo-begeleiders niet.",
])
def test_a_missing_part_decides_the_rule(statement: str) -> None:
    assert verdict(VG7_SETTING + statement + " Voldoen we aan de VG7-voorwaarden?") == ("vg7_voorwaarden", "no")


def test_parts_give_nee_patterns_in_data() -> None:
    rec = Recogniser(delen=["gedragsdeskundige"], ja=["avg"])
    assert set(part_absent_patterns("gedragsdeskundige")) <= set(rec.patterns("nee"))
    assert rec.patterns("ja") == ["avg"]
