"""What the tuning questions of set 24 showed: professional law (the Wet BIG), euthanasia and firing someone are
neighbouring regimes; what another law means by a term is that law's text; getting a thing the sources never name
"via het zorgkantoor" is refused; the asker's role before a colon names no code; a relative clause written as a
sentence ("Wat vervolgens kan leiden tot …") is quoted only after the sentence it continues."""

from __future__ import annotations

from dataclasses import replace

import pytest

from assistant.answer.extractive import DANGLING
from assistant.answer.gate import Signals, _other_law, _unknown_code, _unknown_thing, named_regime

from .gate_fixtures import signals as gate_signals

pytestmark = pytest.mark.unit

CORPUS = ("De zorgaanbieder levert de rolstoel en de tillift. De verzekerde heeft recht op zorg en op verblijf in een "
          "instelling. De duur van een overeenkomst bedraagt maximaal vijf jaar.")


def _signals(question: str, text: str = CORPUS) -> Signals:
    return gate_signals(question, text)


@pytest.mark.parametrize(("question", "regime"), [
    ("Mag ik als mantelzorger insuline-injecties geven, of is dat een voorbehouden handeling?", "Wet BIG"),
    ("Heeft een verpleegkundig specialist voorschrijfbevoegdheid voor psychofarmaca?", "Wet BIG"),
    ("Mijn vader (Wlz, verpleeghuis) wil euthanasie. Moet het verpleeghuis daaraan meewerken?", "euthanasie"),
    ("Welke opzegtermijn geldt als ik mijn zorgverlener die ik uit het pgb betaal wil ontslaan?", "arbeidsvoorwaarden"),
    # near phrasings that must not change: discharge from an institution is the law's own word
    ("Hoe lang na zijn ontslag uit het ziekenhuis blijft zijn indicatie geldig?", None),
    ("Mag de verpleegkundige de zorg in het zorgplan aanpassen?", None),
])
def test_professional_law_euthanasia_and_firing_are_neighbouring_regimes(question: str, regime: str | None) -> None:
    found = named_regime(question)
    assert found is None if regime is None else (found is not None and regime in found.name)


@pytest.mark.parametrize("question", [
    "Wat verstaat de Wet zorg en dwang onder 'onvrijwillige zorg'?",
    "How does the Wvggz define compulsory care?",
    "Wat zegt de Wet BIG over voorbehouden handelingen?",
])
def test_what_another_law_means_by_a_term_is_refused(question: str) -> None:
    # a passage that cites the law for something else is no definition of the term asked
    cites = "Een persoon met een machtiging als bedoeld in artikel 24 van de Wet zorg en dwang heeft recht op zorg."
    assert _other_law(_signals(question, cites)) is not None


def test_a_passage_that_cites_the_law_with_the_term_asked_answers() -> None:
    said = "Onvrijwillige zorg als bedoeld in artikel 2 van de Wet zorg en dwang wordt in het zorgplan opgenomen."
    assert _other_law(_signals("Wat verstaat de Wet zorg en dwang onder 'onvrijwillige zorg'?", said)) is None


@pytest.mark.parametrize(("question", "thing"), [
    ("Kan ik via het zorgkantoor een mantelzorgmakelaar krijgen?", "mantelzorgmakelaar"),
    ("Kan mijn moeder via het zorgkantoor een tillift krijgen?", ""),  # named by the sources
    ("Kunnen we bij het zorgkantoor een rolstoel aanvragen?", ""),
])
def test_getting_a_thing_through_the_zorgkantoor_that_the_sources_never_name(question: str, thing: str) -> None:
    found = _unknown_thing(_signals(question))
    assert (found is not None and f"noemen {thing} niet" in found[1]) if thing else found is None


def test_the_askers_role_before_a_colon_names_no_code() -> None:
    question = "Bestuurder VVT: wat is volgens de Wlz de maximale looptijd van een overeenkomst met het zorgkantoor?"
    assert _unknown_code(_signals(question)) is None
    # a code asked about before a colon still is
    assert _unknown_code(_signals("LG6: wat houdt dat profiel in?")) is not None
    assert _unknown_code(replace(_signals("Wat houdt zorgprofiel LG6 in?"))) is not None


@pytest.mark.parametrize(("sentence", "dangling"), [
    ("Wat vervolgens kan leiden tot een groeiend beroep op deze prestatie.", True),
    ("Waardoor de zorg niet meer past binnen het profiel.", True),
    ("Hetgeen betekent dat het tarief stijgt.", True),
    ("Wat is meerzorg?", False),
    ("Waar nodig kan het zorgkantoor meerzorg toekennen.", False),
])
def test_a_relative_clause_written_as_a_sentence_goes_on_from_the_one_before(sentence: str, dangling: bool) -> None:
    assert bool(DANGLING.match(sentence)) is dangling


# from the review of the diff: near phrasings that must not change
@pytest.mark.parametrize("question", [
    "Mijn moeder is na euthanasie in het verpleeghuis overleden. Wie betaalt de kosten van de lege kamer?",
    "Mag ik met mijn pgb een arbeidscontract sluiten met mijn dochter?",
    "Kan het ziekenhuis mijn vader ontslaan voordat er een plek in het verpleeghuis is?",
    "Mag de verpleegkundig specialist de consultatie als H335 declareren?",
])
def test_neighbouring_regimes_only_when_asked_about(question: str) -> None:
    assert named_regime(question) is None


def test_a_code_in_a_label_that_asks_is_still_read() -> None:
    for question in ("Specialist ouderengeneeskunde, prestatie H999: wat houdt die in?",
                     "Arts hier, vraag over code Z9876: wat houdt die in?"):
        assert _unknown_code(_signals(question)) is not None, question
