"""The asker's role before a question is not what is asked: "Controller: welke …?" is a which-question, "wmo consulent
hier" does not make a Wlz question one about the Wmo."""

import pytest

from assistant.answer.asked import classify
from assistant.answer.gate import named_regime, out_of_scope

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(("question", "shape"), [
    ("Financieel manager gehandicaptenzorg: mogen we meerzorg gebruiken om tekorten op ons VG7-tarief op te vangen?",
     "yesno"),
    ("Controller: welke tijdelijke oplossing werd in het HHM-onderzoek voorgesteld voor het te lage VG7-tarief?", "list"),
    ("Bewindvoerder: hoe hoog is de eigen bijdrage?", "value"),
])
def test_a_label_before_a_colon_does_not_change_the_shape(question: str, shape: str) -> None:
    assert classify(question).shape == shape


def test_the_askers_job_names_no_regime() -> None:
    assert named_regime("wat verstaat de wlz onder begeleiding? wmo consulent hier, ik moet het uitleggen") is None
    assert out_of_scope("Wmo consulent hier: wat valt onder begeleiding bij langdurige zorg?") is None
    # the regime asked about still counts, also next to a role
    assert out_of_scope("Wmo-consulent: hoe hoog is de eigen bijdrage voor huishoudelijke hulp?") is not None
    assert named_regime("Geldt de huurtoeslag nog na opname in een Wlz-instelling?") is not None
