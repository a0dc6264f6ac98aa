"""Answer classes found on users12-dev: dates before amounts, filler words around a definition's term, a definition in
a clause, list items that ask, two-part questions that open with a preposition or point back, why- and
contents-questions, running heads, a letter's own year, the domain's terms as no names, neighbouring-regime
schemes."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.answer.asked import classify
from assistant.answer.extractive import _terms, compose, list_items, score_sentences, select, split_question
from assistant.answer.gate import assess, named_regime, out_of_scope
from assistant.retrieval.text import tokens
from assistant.types import Hit, Passage

pytestmark = pytest.mark.unit

TODAY = date(2026, 12, 1)


def hit(text: str, *, doc: str = "d", kind: str = "kamerbrief", day: date = date(2025, 1, 1), dense: float = 0.7,
        lexical: float = 10.0) -> Hit:
    p = Passage(doc_id=doc, title="T", kind=kind, date=day, section=("S",), page=1, start=0, end=len(text), text=text)
    return Hit(p, 1.0, {"dense": 1, "lexical": 1}, {"dense": dense, "lexical": lexical})


def reason(question: str, *hits: Hit) -> str:
    texts = [h.passage.text for h in hits]
    words = set(tokens(" ".join([question, *texts])))
    return assess(question, list(hits), vocab=words, corpus_lower=" ".join(texts).lower(), sentences=texts,
                  doc_freq=dict.fromkeys(words, 1), passages=100, today=TODAY).reason


@pytest.mark.parametrize(("question", "shape", "value"), [
    # "per wanneer" asks for a date, also when the question is about tariffs
    ("Per wanneer wil de NZa alle tarieven in de gehandicaptenzorg herijken?", "value", "date"),
    ("Vanaf wanneer geldt het nieuwe tarief?", "value", "date"),
    # "welke X" asks for an amount only when X names one
    ("Welke tijdelijke oplossing werd er voorgesteld voor het te lage VG7-tarief?", "list", ""),
    ("Welk tarief geldt voor de toeslag observatie?", "value", "amount"),
    ("Wat is het tarief van de toeslag observatie per dag?", "value", "amount"),
    # whether data must be delivered asks for a step to take, not for a decision
    ("Wij leveren C&A vanuit ons expertisecentrum. Moeten we daarnaast ook data aanleveren?", "procedure", ""),
])
def test_a_date_or_a_thing_asked_is_no_amount(question: str, shape: str, value: str) -> None:
    asked = classify(question)
    assert (asked.shape, asked.value) == (shape, value)


@pytest.mark.parametrize(("question", "terms"), [
    ("wat is een vpt nou precies? ik hoor het steeds op de afdeling", ["vpt", "volledig pakket thuis"]),
    ("wat is nu eigenlijk een mpt?", ["mpt", "modulair pakket thuis"]),
    # more words between "verstaan" and "onder"
    ("Wat verstaan aanbieders volgens de probleemanalyse VG7 onder goede zorg?", ["goede zorg"]),
])
def test_filler_words_are_not_part_of_the_term(question: str, terms: list[str]) -> None:
    assert classify(question).shape == "definition"
    assert [t.lower() for t in _terms(question)] == terms


def test_a_term_explained_in_a_clause_is_defined_there_but_not_where_the_clause_goes_on_with_en() -> None:
    text = ("De sector kan concretiseren wat goede zorg is, en wat dat vraagt in termen van personeelsbeleid. "
            "Bij het vraagstuk over wat goede zorg is, noemt men dingen als voorspelbaarheid en continuïteit.")
    answer, _ = compose("Wat verstaan aanbieders volgens de analyse onder goede zorg?", [hit(text)])
    assert answer.startswith("Bij het vraagstuk over wat goede zorg is, noemt men"), answer


def test_a_list_item_that_asks_goes_on_to_the_sentence_that_answers_it() -> None:
    text = ("Cliënten met zorgprofiel 5 hebben maatwerk nodig:\n\n- Bieden aanbieders niveau 1, dan maken we "
            "volumeafspraken.\n\n- Kunnen aanbieders niet het niveau 1 bieden? En vraagt de cliënt hier niet om? "
            "Dan maken we maatwerkafspraken. In deze situatie willen we meer.\n\n- Informatie over de zorgbehoefte.")
    h = hit(text)
    lead = next(s for s in score_sentences("Wat geldt bij zorgprofiel 5?", [h]) if s.text.endswith(":"))
    items = list_items(lead).items
    assert items[1] == ("Kunnen aanbieders niet het niveau 1 bieden? En vraagt de cliënt hier niet om? Dan maken we "
                        "maatwerkafspraken"), items
    assert len(items) == 3


def test_a_second_part_that_opens_with_a_preposition_is_a_question_of_its_own() -> None:
    assert split_question("Over welke periode liep de evaluatie van de maatregelen, en wanneer werd het eindrapport "
                          "verwacht?") == ["Over welke periode liep de evaluatie van de maatregelen?",
                                          "wanneer werd het eindrapport verwacht?"]
    assert split_question("Voor welke datum moet het verslag bij de NZa zijn? En in hoeveel exemplaren?") == [
        "Voor welke datum moet het verslag bij de NZa zijn?", "En in hoeveel exemplaren?"]


def test_a_part_that_points_back_is_scored_with_the_words_of_the_first_part() -> None:
    plan = hit("Eén behandelaar is verantwoordelijk voor het integrale behandelplan. De gemeente is verantwoordelijk "
               "voor het vervoer naar school van alle kinderen in de regio.")
    picked = select("Wat moet er in het integrale behandelplan staan en wie is daar verantwoordelijk voor?", [plan])
    assert picked and picked[0].text.startswith("Eén behandelaar"), [s.text for s in picked]


def test_a_long_part_or_one_without_a_pointing_adverb_is_scored_on_its_own_words() -> None:
    from assistant.answer import extractive

    seen: list[str] = []
    real = extractive._select_one

    def spy(question: str, *args: object, about: str = "", **kwargs: object) -> list[extractive.Sentence]:
        seen.append(about)
        return real(question, *args, about=about, **kwargs)  # type: ignore[arg-type]

    h = hit("De CAK int de eigen bijdrage. Het CIZ stelt de indicatie vast.")
    try:
        extractive._select_one = spy  # type: ignore[assignment]
        select("Wie stelt de eigen bijdrage voor de Wlz vast en wie int die?", [h])
        assert seen == ["", ""]  # "die" is no pointing adverb
        seen.clear()
        select("Wat moet er in het behandelplan staan en wie is daar verantwoordelijk voor?", [h])
        assert seen == ["", "Wat moet er in het behandelplan staan?"]
    finally:
        extractive._select_one = real  # type: ignore[assignment]


def test_a_why_question_leads_with_the_sentence_that_gives_the_reason() -> None:
    text = ("De keuze voor het referentiepunt aard en inhoud van de zorg betekent dat er sprake is van meerzorg bij een "
            "bijzondere zorgbehoefte. Een referentiepunt in termen van zorgvolume of kosten is een andere mogelijkheid. "
            "Deze heeft het nadeel dat deze gevoelig zijn voor de setting waarin de zorg wordt geleverd.")
    answer, _ = compose("Waarom is een grens in kosten of zorgvolume geen goed referentiepunt voor meerzorg?",
                        [hit(text)])
    assert answer.startswith("Een referentiepunt in termen van zorgvolume of kosten is een andere mogelijkheid. Deze "
                             "heeft het nadeel"), answer


def test_what_a_plan_holds_is_answered_by_the_sentence_that_says_what_it_comprises() -> None:
    text = ("Het integrale behandelplan houdt rekening met de volgende stap voor de cliënt. De zorgaanbieder werkt met "
            "één integraal behandelplan. Dit behandelplan omvat zowel wonen, werken als vrije tijd.")
    answer, _ = compose("Wat moet er in het integrale behandelplan van een LVG-cliënt staan?", [hit(text)])
    assert answer.startswith("De zorgaanbieder werkt met één integraal behandelplan. Dit behandelplan omvat"), answer


def test_a_running_head_is_never_quoted() -> None:
    text = ("Zorgverzekeraars Nederland | V3.2 | 1 juli 2025\n\nDe wijzigingen ten opzichte van 2024 zijn blauw "
            "gearceerd.")
    answer, _ = compose("What do the blue passages in the ZN conditions (Zorgverzekeraars Nederland) mean?", [hit(text)])
    assert "| V3.2 |" not in answer and "blauw gearceerd" in answer, answer


def test_a_sentence_that_adds_with_ook_comes_with_the_one_before() -> None:
    text = ("Mensen ervaren de Wlz als een veilig fundament vanwege de eenmalige indicatie die nodig is. Ook wordt de "
            "financiering via een persoonsgebonden budget genoemd als een waardevolle pijler. Het rapport telt veertig "
            "bladzijden en verscheen in het voorjaar.")
    answer, _ = compose("Wat waarderen mensen aan de Wlz als veilig fundament?", [hit(text)])
    assert "eenmalige indicatie die nodig is. [1] Ook wordt de financiering" in answer, answer


def test_a_letter_speaks_of_its_own_year() -> None:
    question = "Welke tijdelijke oplossing werd er in 2021 voorgesteld voor het te lage tarief?"
    text = "Als tijdelijke oplossing wordt de suggestie gedaan om het kortingspercentage op het tarief te verlagen."
    assert reason(question, hit(text, day=date(2021, 6, 1))) != "other_year"
    assert reason(question, hit(text, day=date(2025, 6, 1))) == "other_year"
    assert reason(question, hit(text, kind="wet", day=date(2021, 6, 1))) == "other_year"  # a law is not dated so
    # a value needs its year next to it: the letter of 2021 does not give that year's tariff
    tariff = hit("Instellingen komen gemiddeld 17% tekort op het tarief voor VG7.", day=date(2021, 6, 1))
    assert reason("Wat was het tarief voor VG7 in 2021?", tariff) == "other_year"


def test_the_first_part_of_a_two_part_question_for_a_value_needs_that_value() -> None:
    text = "Meerzorg vraagt u aan bij het zorgkantoor. Het zorgkantoor beoordeelt de aanvraag voor meerzorg."
    assert reason("Met welk formulier vraag ik meerzorg aan en waar stuur ik het naartoe?", hit(text)) == "no_value"


def test_the_domains_own_terms_name_no_participants() -> None:
    question = "Welke zorgaanbieders zijn aangewezen als DEC voor DZEP?"
    groups = hit("Het betreft de cliëntgroepen Korsakov, Langdurige Bewustzijns Stoornis, Gerontopsychiatrie +, "
                 "Dementie met zeer ernstige gedragsproblemen en Multiple Sclerose.")
    assert reason(question, groups) == "no_names"
    named = hit("Voor DZEP zijn de zorgaanbieders Fivoor en Kempenhaeghe aangewezen als DEC.")
    assert reason(question, named) != "no_names"


def test_palliative_care_is_not_said_to_be_the_zvw_s() -> None:
    """Palliative care in a Wlz institution (or with a VPT) is Wlz care; only some of it at home is the Zvw's. A
    refusal that sends the family to the zorgverzekeraar would be wrong, so the term names no neighbouring regime."""
    for question in ("Krijgt mijn moeder in het verpleeghuis palliatieve zorg via de Wlz?",
                     "Hoe vraag ik palliatieve terminale zorg aan?"):
        assert named_regime(question) is None
        assert out_of_scope(question) is None
