"""Rule coverage: a question about a deciding passage that is no rule gets no verdict from a neighbouring rule."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.rules import RuleBook
from assistant.rules.coverage import coverage
from assistant.rules.facts import route

pytestmark = pytest.mark.unit

BOOK = RuleBook.load()
STAND = date(2026, 12, 1)

QUESTIONS = {
    "ademhaling_aanbiedervoorwaarden": "Voldoen wij aan de voorwaarden voor de toeslag chronische ademhalingsondersteuning voor een bewoner met VV6?",
    "observatie_aanbiedervoorwaarden": "Mag de observatie voor een cliënt met VG6 ambulant plaatsvinden met de toeslag observatie?",
    "zg_deskundigheid": "Mogen wij ZG-zorg leveren als niemand bij ons gebarentaal beheerst?",
    "beveiligde_bedden_dashboard": "Moeten wij als aanbieder van beveiligde zorg op niveau 3 het dashboard beveiligde bedden vullen?",
    "domeinoverstijgende_samenwerking": "Kan het zorgkantoor in 2026 bijdragen aan ons preventieproject onder de Wet DOS?",
    "infectiepreventie": "Moet infectiepreventie in onze kwaliteitscyclus zitten om gecontracteerd te worden?",
    "transitiemiddelen_bestedingsdoelen": "Mogen wij transitiemiddelen besteden aan modern werkgeverschap?",
    "mutatiedagen_declareren": "Mogen we na het overlijden van een bewoner 3 mutatiedagen declareren?",
    "ca_landelijk_budget": "Mogen wij C&A declareren als het landelijke budget op is? Wij zijn DEC voor Korsakov.",
    "toestemming_vooraf": "Moet de tandarts van tevoren toestemming vragen voor een brug bij een bewoner met behandeling?",
    "hulpmiddel_indicatiestelling": "Wie stelt de indicatie voor een aangepaste rolstoel, moet dat een ergotherapeut zijn?",
    "tarief_hoogte": "Krijgen wij als DEC voor Korsakov het volle NZa-tarief als we C&A declareren?",
    "substitutie_zorgprofielen": "Mogen wij voor onze VG7-cliënten geld tussen de zorgprofielen schuiven?",
    "mondzorg_kwaliteit_aanbieder": "Moeten wij de uitkomsten van de jaarlijkse audit naar de mondzorg met de cliëntenraad "
                                    "bespreken?",
}


def test_every_uncovered_topic_has_a_question_here() -> None:
    assert set(QUESTIONS) == {u.id for u in coverage().uncovered}


@pytest.mark.parametrize("topic_id", sorted(QUESTIONS))
def test_uncovered_topic_gets_no_verdict(topic_id: str) -> None:
    question = QUESTIONS[topic_id]
    assert BOOK.uncovered(question) is not None and BOOK.uncovered(question).id == topic_id  # type: ignore[union-attr]
    assert BOOK.check_question(question, as_of=STAND) is None


@pytest.mark.parametrize("topic_id", ["ademhaling_aanbiedervoorwaarden", "observatie_aanbiedervoorwaarden",
                                      "mutatiedagen_declareren", "ca_landelijk_budget", "substitutie_zorgprofielen"])
def test_a_neighbouring_rule_would_have_answered(topic_id: str) -> None:
    """Without the coverage list these questions route to a rule that decides another question."""
    ranked = route(BOOK.rules, QUESTIONS[topic_id], lambda rule: {"zorgprofiel": "VV6"})
    neighbours = next(u.neighbours for u in coverage().uncovered if u.id == topic_id)
    assert ranked and ranked[0][0] in neighbours and ranked[0][1] >= 0.5


@pytest.mark.parametrize("question", [
    "Geldt de toeslag chronische ademhalingsondersteuning voor een bewoner met VV 6?",
    "Mogen wij invasieve beademing bieden op een locatie waar geen behandeling wordt geboden?",
    "Mag een observatie met verlenging 14 maanden duren?",
    "Geldt de toeslag observatie voor VG4?",
])
def test_covered_neighbours_still_answer(question: str) -> None:
    assert BOOK.check_question(question, as_of=STAND) is not None


def test_docs_rules_md_is_generated_from_the_data() -> None:
    """docs/rules.md lists the registry, the coverage and every rule; regenerate with python -m assistant.rules.docs."""
    from assistant.rules.docs import OUT, render

    assert OUT.read_text(encoding="utf-8") == render(BOOK)
