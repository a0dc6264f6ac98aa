"""What the tuning questions of set 36 showed (why-questions, dilemmas, fiction writers, organisational events): a
"wanneer worden … gepubliceerd" or "op welke data" question asks for a date; "welke voorwaarden en tarieven gelden"
asks which terms apply, not an amount; district nursing and the Wet DBA are other regimes; "welke … staan er in de
<document>" asks what a document says; the name of an algemene maatregel van bestuur is a name the sources must give."""

from __future__ import annotations

import pytest

from assistant.answer.asked import classify
from assistant.answer.gate import _no_called, _other_document, named_regime, out_of_scope

from .gate_fixtures import signals

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("question", ["Wanneer worden die cijfers gepubliceerd?",
                                      "Waar en op welke data vonden de dialoogsessies plaats?"])
def test_a_date_asked(question: str) -> None:
    asked = classify(question)
    assert (asked.shape, asked.value) == ("value", "date")


def test_terms_and_tariffs_that_apply_ask_no_amount() -> None:
    assert classify("Welke voorwaarden en tarieven gelden er dan tussen ons en de Wlz-uitvoerder?").value != "amount"
    assert classify("Welke tarieven gelden er in 2026 voor VG7?").value == "amount"


def test_other_regimes() -> None:
    found = named_regime("Is the Belastingdienst enforcing the Wet DBA against schijnzelfstandigheid in care?")
    assert found is not None and "loonheffingen" in found.name
    # district nursing is the Zvw's only where the question names nothing of the Wlz
    found = out_of_scope("Onze organisatie voor wijkverpleging stopt. Wat moeten de zorgverzekeraars doen zodat de "
                         "wijkverpleging doorloopt?")
    assert found is not None and "Zorgverzekeringswet" in found.name
    both = "Mijn moeder heeft een Wlz-indicatie en kiest een VPT. Blijft de wijkverpleging dan komen?"
    assert out_of_scope(both) is None and named_regime(both) is None


@pytest.mark.parametrize("question", ["Welke regels staan in de Wlz over de toets op geschiktheid?",
                                      "Welke cliënten staan er nu in de wachtlijst?"])
def test_no_document_named(question: str) -> None:
    assert _other_document(signals(question, _LAW)) is None


_LAW = "Bij of krachtens algemene maatregel van bestuur worden regels gesteld over de toets op geschiktheid."


def test_what_a_named_document_holds() -> None:
    refusal = _other_document(signals("Welke leveringsvoorwaarden staan er nu in de Nota van Aanpassingen?", _LAW))
    assert refusal is not None and refusal[0] == "other_document"
    # the Wet langdurige zorg is the document the passage comes from
    assert _other_document(signals("Welke voorwaarden staan er in de Wet langdurige zorg?", _LAW)) is None


def test_the_name_of_a_regulation() -> None:
    refusal = _no_called(signals("Hoe heet de algemene maatregel van bestuur waarin de toets staat?", _LAW, [_LAW]))
    assert refusal is not None
    # a name the question already gives is no answer ("… die het Besluit langdurige zorg wijzigt?")
    changed = "Het Besluit langdurige zorg wordt gewijzigd bij algemene maatregel van bestuur."
    assert _no_called(signals("Hoe heet de algemene maatregel van bestuur die het Besluit langdurige zorg wijzigt?",
                              changed, [changed])) is not None
    named = "De regels staan in het Besluit langdurige zorg, een algemene maatregel van bestuur."
    assert _no_called(signals("Hoe heet de algemene maatregel van bestuur waarin de toets staat?", named, [named])) is None
