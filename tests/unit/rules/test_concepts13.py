"""Durations as people write them (issue 12, h9-dev): units abbreviated ("30 mnd", "6 wkn", "2 jr"), the subject of a
bounded duration named by its verb ("we observeren hem nu tien maanden"), and an extension said with a hedge ("nog
zeker tien weken"). Variants written here, not taken from an eval set."""

from __future__ import annotations

import pytest

from assistant.rules.facts import extract_facts

from .concept_helpers import STAND, decides, verdict

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(("text", "key", "value"), [
    ("Kan het voor 18 mnd?", "duur_maanden", 18.0),
    ("Kan het voor 18 mnd.?", "duur_maanden", 18.0),
    ("We willen 6 wkn overbrugging.", "duur_weken", 6.0),
    ("De indicatie geldt 2 jr.", "duur_maanden", 24.0),
])
def test_abbreviated_units_are_durations(text: str, key: str, value: float) -> None:
    assert extract_facts(text, today=STAND).get(key) == value


def test_an_abbreviated_age_is_no_duration() -> None:
    assert "duur_maanden" not in extract_facts("Mijn zoon, 19 jr, woont thuis.", today=STAND)


test_durations_in_other_words_decide = decides([
    ("Zijn LVG-indicatie loopt nog. Mag die indicatie 30 mnd gelden?", ("lvg_indicatie_duur", "yes")),
    # the observation named by its verb, then an extension: 10 + 4 = 14 months, over the year
    ("Wij observeren mevrouw al tien maanden en willen de observatie met vier maanden verlengen. Mag dat?",
     ("observatie_duur", "no")),
    ("We observeren hem sinds drie maanden en willen de observatie nog twee maanden verlengen. Kan dat?",
     ("observatie_duur", "yes")),
])


def test_a_hedged_extension_is_added_roughly() -> None:
    base = ("Mijn dochter heeft een LVG-indicatie en wacht actief op opname bij een gecontracteerde "
            "LVG-behandelinstelling. Ze krijgt al {n} weken overbruggingszorg via een VPT en dat moet nog zeker {m} weken "
            "doorlopen. Mag dat?")
    assert verdict(base.format(n=20, m=10)) == ("sglvg_anders_verzilveren", "no")  # 30 weeks, over the 26
    # 12 + 13 = 25 weeks, "zeker" (at least) within a tenth of the ceiling: asked
    assert verdict(base.format(n=12, m=13)) == ("sglvg_anders_verzilveren", "unknown")


test_laying_out_costs_in_other_words = decides([
    ("Mijn vader is na zijn overlijden drie dagen opgebaard in zijn kamer; wij hebben daarvoor koelplaten gehuurd. "
     "Mogen we die kosten bij de familie in rekening brengen?", ("opbaren_kosten_nabestaanden", "yes")),
    ("Mag het verpleeghuis de kamer in rekening brengen voor de tijd waarin die na het overlijden van mijn moeder "
     "nog leeg is?", ("opbaren_kosten_nabestaanden", "no")),
])
