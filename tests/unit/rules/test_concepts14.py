"""Whose fact, and whether it is so (issue 12, h9-dev): a clause that opens with another person than the client says
nothing about the client ("Haar buurvrouw heeft wél verblijf met behandeling"), and a profile said as a possibility
("krijgt hij misschien VV5") is not the profile, while the one said as what is ("nu heeft hij VV3") is. Variants
written here, not taken from an eval set."""

from __future__ import annotations

import pytest

from assistant.rules.facts import extract_facts

from .concept_helpers import STAND, decides, verdict

pytestmark = pytest.mark.unit


def _facts(text: str, *names: str) -> dict[str, object]:
    got = extract_facts(text, today=STAND, names=list(names))
    return {k: v for k, v in got.items() if k in names}


@pytest.mark.parametrize(("text", "expected"), [
    ("Mijn vader heeft verblijf zonder behandeling. Zijn kamergenoot heeft wel behandeling.",
     {"behandeling_inbegrepen": False}),
    ("Mijn vader heeft verblijf zonder behandeling. Bij de buurvrouw is behandeling inbegrepen.",
     {"behandeling_inbegrepen": False}),
    ("Andere bewoners hebben verblijf met behandeling.", {}),
    # the one asked for may be a neighbour: named first, not someone else
    ("Mijn buurvrouw woont in een verpleeghuis met verblijf zonder behandeling.", {"behandeling_inbegrepen": False}),
    # the client compared with another person still says the client's fact
    ("Mijn vader heeft net als zijn buurman verblijf met behandeling.", {"behandeling_inbegrepen": True}),
])
def test_a_clause_about_another_person_is_not_about_the_client(text: str, expected: dict[str, object]) -> None:
    assert _facts(text, "behandeling_inbegrepen") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Hij heeft nu VV4, maar krijgt straks misschien VV6.", {"zorgprofiel": "VV4"}),
    ("Ze zou VG7 kunnen krijgen.", {}),
    ("Waarschijnlijk wordt het VV5.", {}),
    ("Hij heeft VV4 en zijn broer heeft VV6.", {}),  # two values, neither a possibility: asked
    # the profile of another person (a clause or a part after a comma that opens with them) is not the client's
    ("Mijn moeder heeft VV4. Haar kamergenote heeft VV2.", {"zorgprofiel": "VV4"}),
    ("Mijn vader heeft VV6, zijn medebewoner VV2.", {"zorgprofiel": "VV6"}),
    # an asking sentence may ask with "zou": the profile it names is read
    ("Zou de toeslag voor mijn vader met VV5 gelden?", {"zorgprofiel": "VV5"}),
])
def test_a_profile_said_as_a_possibility_is_not_read(text: str, expected: dict[str, object]) -> None:
    assert _facts(text, "zorgprofiel") == expected


def test_a_question_about_the_time_to_come_keeps_the_possible_profile() -> None:
    situation = "Mijn vader wordt beademd. Hij heeft nu VV2 en krijgt binnenkort misschien VV5. "
    assert verdict(situation + "Geldt de toeslag chronische ademhalingsondersteuning nu voor hem?") == \
        ("toeslag_ademhalingsondersteuning", "no")
    # "straks": the VV5 may be the one meant: asked
    assert verdict(situation + "Geldt de toeslag chronische ademhalingsondersteuning straks voor hem?") == \
        ("toeslag_ademhalingsondersteuning", "unknown")


test_the_client_set_against_the_others = decides([
    # the client set against the others in an elliptic clause after "maar"
    ("Andere bewoners hebben geen bijzondere zorgbehoefte, maar mijn moeder wel. Komt zij in aanmerking voor meerzorg?",
     ("meerzorg_bijzondere_zorgbehoefte", "yes")),
    ("Andere bewoners hebben een bijzondere zorgbehoefte, maar mijn vader niet. Komt hij in aanmerking voor meerzorg?",
     ("meerzorg_bijzondere_zorgbehoefte", "no")),
    # a neighbour named first, then someone of one's own: the neighbour is another
    ("Mijn buurvrouw heeft verblijf met behandeling in het verpleeghuis, maar mijn moeder niet. Valt de tandarts van "
     "mijn moeder onder de Wlz?", ("tandheelkundige_zorg_wlz", "no")),
    # the others alone say nothing about the client
    ("Andere bewoners hebben een bijzondere zorgbehoefte. Komt mijn vader in aanmerking voor meerzorg?",
     ("meerzorg_bijzondere_zorgbehoefte", "unknown")),
])


def test_the_value_said_as_what_is_decides() -> None:
    assert verdict("Mijn moeder krijgt na de herindicatie misschien VV6, maar nu heeft ze VV2. Ze wordt 's nachts "
                   "beademd. Geldt de toeslag chronische ademhalingsondersteuning nu voor haar?") == \
        ("toeslag_ademhalingsondersteuning", "no")
    assert verdict("Mijn moeder woont in een verpleeghuis, verblijf zonder behandeling. Haar kamergenote heeft wel "
                   "behandeling van het verpleeghuis. Valt de tandarts van mijn moeder onder de Wlz?") == \
        ("tandheelkundige_zorg_wlz", "no")
