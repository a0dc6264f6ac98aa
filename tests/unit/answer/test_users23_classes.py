"""What the tuning questions of set 23 showed: a right to, a duty to provide, or paying oneself for a thing the
sources never name ("recht op een eenpersoonskamer", "de personenalarmering zelf betalen") is refused as an unknown
thing; competition and procurement law (Mededingingswet, aanbesteding, TenderNed) is a neighbouring regime; and
"welke aanbieders … géén …" asks for a kind of provider, said by a condition, not for names."""

from __future__ import annotations

from dataclasses import replace

import pytest

from assistant.answer.gate import Signals, _unknown_thing, assess, named_regime, out_of_scope
from assistant.retrieval.text import tokens
from assistant.types import Hit

from .gate_fixtures import TODAY, passage
from .gate_fixtures import hit as _hit
from .gate_fixtures import signals as gate_signals

pytestmark = pytest.mark.unit

CORPUS = ("De zorgaanbieder levert de rolstoel en de tillift. De verzekerde heeft recht op zorg en op verblijf in een "
          "instelling. De zorgaanbieder is verplicht de zorg te leveren die in het zorgplan staat.")


def _judge(question: str, text: str, title: str = "Wet langdurige zorg") -> str:
    """The gate's reason for ``question`` with one retrieved passage ``text`` from a document titled ``title``."""
    hits = [Hit(replace(passage(text), title=title), 1.0, {"dense": 1, "lexical": 1}, {"dense": 0.7, "lexical": 10.0})]
    words = {w.lower().strip(".,?") for w in f"{question} {text}".split()}
    return assess(question, hits, vocab=words, corpus_lower=text.lower(), sentences=[text], doc_freq={}, passages=100,
                  today=TODAY).reason


def _signals(question: str) -> Signals:
    return gate_signals(question, CORPUS)


@pytest.mark.parametrize(("question", "thing"), [
    # paying oneself for a thing the sources never name
    ("Moet mijn moeder met een VPT de huistelefoon zelf betalen?", "huistelefoon"),
    ("Moeten we zelf betalen voor de kerstpakketten?", "kerstpakketten"),
    # a right to it, or a duty to provide it
    ("Heeft mijn vader in het verpleeghuis recht op een tweepersoonsbed?", "tweepersoonsbed"),
    ("Is het verpleeghuis verplicht om mijn oma een eigen koelkast te geven?", "koelkast"),
    # near phrasings that must not change: the sources name the thing (as a word or inflected), or no thing is asked
    ("Moet mijn vader de rolstoel zelf betalen?", ""),
    ("Heeft mijn moeder recht op verblijf in een instelling?", ""),
    ("Heeft mijn zoon recht op zorg?", ""),
    ("Is de zorgaanbieder verplicht de zorg te leveren die in het zorgplan staat?", ""),
    ("Moet ik de tilliften zelf betalen?", ""),
    ("Moet ik zelf een eigen bijdrage betalen?", ""),
])
def test_a_thing_owed_or_paid_oneself_that_the_sources_never_name(question: str, thing: str) -> None:
    found = _unknown_thing(_signals(question))
    if thing:
        assert found is not None and found[0] == "unknown_thing" and f"noemen {thing} niet" in found[1]
    else:
        assert found is None


def test_an_unknown_thing_owed_is_not_read_in_english() -> None:
    s = replace(_signals("Is my father entitled to a single room?"), english=True)
    assert _unknown_thing(s) is None


@pytest.mark.parametrize(("question", "regime"), [
    ("Wat mag een zorgkantoor volgens de mededingingsregels en de Mededingingswet afspreken over prijzen?", True),
    ("Moet het zorgkantoor de Wlz-contracten openbaar aanbesteden?", True),
    ("Staat de inkoopprocedure van ons zorgkantoor op TenderNed?", True),
    ("Does procurement law require the zorgkantoor to put the contracts out to public tender?", True),
    # near phrasings that must not change
    ("Hoe verloopt de inkoop van LVHC-zorg door de zorgkantoren?", False),
    ("Welke afspraken maakt het zorgkantoor met zorgaanbieders over de prijs van de zorg?", False),
])
def test_competition_and_procurement_law_is_a_neighbouring_regime(question: str, regime: bool) -> None:
    found = named_regime(question)
    assert (found is not None and "aanbesteding" in found.name) is regime


def test_procurement_law_without_wlz_words_is_out_of_scope() -> None:
    assert out_of_scope("Wanneer moet een gemeente een opdracht Europees aanbesteden?") is not None


def test_procurement_law_next_to_wlz_words_is_refused_unless_a_passage_speaks_of_it() -> None:
    question = "Mag een zorgkantoor Wlz-zorg inkopen zonder aanbesteding?"
    other = "Het zorgkantoor koopt Wlz-zorg in bij zorgaanbieders die aan de kwaliteitseisen voldoen."
    words = {w.lower().strip(".,?") for t in (question, other) for w in t.split()}
    ev = assess(question, [_hit(other)], vocab=words, corpus_lower=other.lower(), sentences=[other], doc_freq={},
                passages=100, today=TODAY)
    assert ev.reason == "out_of_scope"
    said = "Het zorgkantoor is bij de inkoop van Wlz-zorg niet gebonden aan de regels voor aanbesteding."
    ev = assess(question, [_hit(said)], vocab=words | set(tokens(said)), corpus_lower=said.lower(),
                sentences=[said], doc_freq={}, passages=100, today=TODAY)
    assert ev.reason != "out_of_scope"


def _names(question: str, text: str) -> str:
    words = {w.lower().strip(".,?") for t in (question, text) for w in t.split()}
    doc_freq = {t: 2 for t in tokens(text)}
    ev = assess(question, [_hit(text)], vocab=words, corpus_lower=text.lower(), sentences=[text], doc_freq=doc_freq,
                passages=100, today=TODAY)
    return ev.reason


@pytest.mark.parametrize(("question", "reason"), [
    # the ones left out: a kind of provider, said by a condition
    ("Met welke zorgaanbieders sluiten zorgkantoren geen contract voor Korsakovzorg?", "ok"),
    ("Welke aanbieders mogen géén Korsakovzorg leveren?", "ok"),
    # near phrasings that must not change: the participants themselves are asked, and no name is given
    ("Met welke zorgaanbieders sluiten zorgkantoren een contract voor Korsakovzorg?", "no_names"),
    ("Welke aanbieders mogen Korsakovzorg leveren?", "no_names"),
])
def test_which_providers_are_left_out_asks_for_a_condition_not_names(question: str, reason: str) -> None:
    text = ("Zorgkantoren sluiten voor Korsakovzorg alleen een contract met zorgaanbieders die aantoonbaar voldoen "
            "aan de kwaliteitsnormen.")
    assert _names(question, text) == reason


@pytest.mark.parametrize(("question", "law"), [
    ("Welk artikel van de Wet zorg en dwang regelt de klachtencommissie?", "Wet zorg en dwang"),
    ("In welk artikel van het Besluit langdurige zorg staat de eigen bijdrage?", "Besluit langdurige zorg"),
    ("Wat staat er volgens artikel 2.3 van de Regeling langdurige zorg over hulpmiddelen?", "Regeling langdurige zorg"),
    ("Geldt artikel 7:453 BW ook voor een verpleeghuis?", "Burgerlijk Wetboek"),
    ("Which article of the Dutch Civil Code governs the care agreement?", "Burgerlijk Wetboek"),
    ("Waar in de Wmcz staat dat een instelling een cliëntenraad moet hebben?", "Wmcz"),
])
def test_an_article_of_a_law_the_sources_do_not_hold_is_refused(question: str, law: str) -> None:
    from assistant.answer.gate import _other_law
    refusal = _other_law(replace(_signals(question), hits=[_hit("De Wlz regelt de langdurige zorg.")]))
    assert refusal is not None and law in refusal[1]


@pytest.mark.parametrize("question", [
    # the Wlz's own articles, an article without a law, or a law named without an article asked
    "Welk artikel van de Wlz regelt het persoonsgebonden budget?",
    "Wat staat er in artikel 3.3.3?",
    "Valt onvrijwillige zorg onder de Wet zorg en dwang?",
    "Welke taken heeft de AVG volgens artikel 4 van de inkoopvoorwaarden?",
])
def test_no_other_law_article_asked(question: str) -> None:
    from assistant.answer.gate import _LAW_ARTICLE
    assert _LAW_ARTICLE.search(question) is None


def test_a_law_added_as_a_document_is_answered_from_it() -> None:
    assert _judge("Welk artikel van de Wet zorg en dwang regelt de klachtencommissie?",
                  "De Wet zorg en dwang regelt de klachtencommissie.") == "other_law"
    assert _judge("Welk artikel van de Wet zorg en dwang regelt de klachtencommissie?",
                  "Artikel 55. De zorgaanbieder is aangesloten bij een klachtencommissie.",
                  title="Wet zorg en dwang") != "other_law"


def test_an_article_of_another_law_the_sources_cite_is_answered_from_them() -> None:
    from assistant.answer.gate import _other_law
    signals = replace(_signals("Which article of the Rlz covers meerzorg?"),
                      hits=[_hit("Meerzorg is geregeld in artikel 3.3 van de Rlz.")])
    assert _other_law(signals) is None


def test_an_article_the_corpus_cites_beside_the_topic_asked_is_answered() -> None:
    from assistant.answer.gate import _other_law
    question = "Which article of the Rlz (Regeling langdurige zorg) covers meerzorg?"
    signals = replace(_signals(question), hits=[_hit("De basisbedragen staan in een bijlage.")],
                      corpus_lower="voor meerzorg (zoals bedoeld in artikel 2.2 van de rlz) geldt dit. de rest.")
    assert _other_law(signals) is None
    # the corpus cites an article of the law about something else: refused
    signals = replace(signals, corpus_lower="de basisbedragen staan in artikel 5.1 van de rlz. de rest.")
    assert _other_law(signals) is not None


# from the review of the diff
@pytest.mark.parametrize("question", [
    "Valt de rolstoel bij verblijf in een instelling onder artikel 3.1.1 of de Wmo?",  # Dutch "of" is "or"
    "Welke bepalingen in het Wzd-zorgplan zijn verplicht?",  # a compound, not the law
    "In de inkoopvoorwaarden, artikel 4 blz 7: de zorgaanbieder moet informeren. Klopt dat?",  # a page
])
def test_no_other_law_article_asked_from_the_review(question: str) -> None:
    from assistant.answer.gate import _LAW_ARTICLE
    assert _LAW_ARTICLE.search(question) is None


def test_art_with_a_full_stop_is_read_in_a_longer_question() -> None:
    from assistant.answer.gate import _other_law
    question = "Mag de zorgaanbieder de overeenkomst opzeggen volgens art. 7:408 BW, terwijl zij in het verpleeghuis woont?"
    assert _other_law(replace(_signals(question), hits=[_hit("De Wlz regelt de langdurige zorg.")])) is not None


@pytest.mark.parametrize(("question", "thing"), [
    ("Moet mijn vader zelf betalen voor de rolstoel?", "rolstoel"),  # the thing, not the person who pays
    ("Heeft een bewoner met een zzp recht op een ruimere indicatie?", "indicatie"),  # the noun, not its adjective
])
def test_the_thing_read_is_the_noun(question: str, thing: str) -> None:
    from assistant.answer.gate import _OWED_THING, _SELF_PAID
    m = _SELF_PAID.search(question) or _OWED_THING.search(question)
    assert m is not None and (m.group(1) or m.group(2)) == thing


@pytest.mark.parametrize(("question", "left_out"), [
    ("Bij welke aanbieders kopen zorgkantoren géén LVHC-zorg in?", True),
    ("Welke zorgaanbieders werken niet met een wachtlijst?", False),
    ("Welke aanbieders leveren geen meerzorg?", False),
])
def test_providers_left_out_by_a_purchasing_rule(question: str, left_out: bool) -> None:
    from assistant.answer.gate import _LEFT_OUT
    assert bool(_LEFT_OUT.search(question)) is left_out
