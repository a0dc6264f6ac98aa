"""What the tuning questions of sets 25 and 26 showed: which thing (or how much of it) is asked, when the sources never
write the thing ("Welke sanctie …?", "Hoeveel spaargeld …?"), is refused and keeps a verdict back; a "wat als" case
that turns on an age or a period needs a sentence that names it; the Wvggz and income tax are neighbouring regimes;
what another law says ("volgens de Wet zorg en dwang") is that law's text; a definition question looks up a term it
points back at; examples go with the sentence they illustrate; the story before the question weighs less."""

from __future__ import annotations

import pytest

from assistant.answer.asked import split_asking
from assistant.answer.extractive import _terms, score_sentences, select
from assistant.answer.gate import (
    NO_VERDICT_REASONS,
    _no_case,
    _other_law,
    _unknown_name,
    _unknown_which,
    named_regime,
    out_of_scope,
)

from .gate_fixtures import hit, signals

pytestmark = pytest.mark.unit

CORPUS = ("Het zorgkantoor maakt afspraken met de zorgaanbieder over de mondzorg. Er zijn multidisciplinaire teams en "
          "geïndiceerde cliënten. "
          "kostencodes voor de prestatie. De eigen bijdrage wordt door het CAK geïnd. Na drie jaar wordt de indicatie "
          "opnieuw bekeken.")


@pytest.mark.parametrize(("question", "thing"), [
    ("Wat als de zorgaanbieder de mondzorg niet regelt? Welke sanctie legt het zorgkantoor dan op?", "sanctie"),
    ("Hoeveel spaargeld mag mijn moeder hebben voor de eigen bijdrage?", "spaargeld"),
    ("Welk formulier gebruik ik voor de aanvraag?", "formulier"),
    ("Wat is het telefoonnummer van het CAK?", "telefoonnummer"),
    # the sources write it inside a longer word, or write the last part of the compound it is
    ("Welke disciplines moeten er in het team zitten?", ""),
    ("Met welke prestatiecodes declareren we dat?", ""),
    # a word the sources write, a verb after "hoeveel", a "welke" inside a yes/no question, accents not typed
    ("Welke afspraken maakt het zorgkantoor over de mondzorg?", ""),
    ("Hoeveel bedraagt de eigen bijdrage?", ""),
    ("Mogen we meerzorg aanvragen als we niet weten welke medicatie ze gebruikt?", ""),
    ("Hoeveel geindiceerde clienten zijn er?", ""),
])
def test_which_thing_the_sources_never_write(question: str, thing: str) -> None:
    found = _unknown_which(signals(question, CORPUS))
    if thing:
        assert found is not None and found[0] == "unknown_thing" and f"noemen geen {thing}" in found[1]
    else:
        assert found is None


def test_an_unknown_thing_asked_keeps_the_verdict_back() -> None:
    assert "unknown_thing" in NO_VERDICT_REASONS
    assert "unknown_name" not in NO_VERDICT_REASONS  # "Mogen wij, Zorggroep X, C&A declareren?" still gets one


@pytest.mark.parametrize(("question", "sentences", "refused"), [
    ("Wat als onze zoon met een Wlz-indicatie 18 wordt? Moeten we dan een nieuwe indicatie aanvragen?",
     ["Het recht op zorg wordt op aanvraag vastgesteld door het CIZ."], True),
    ("Wat als onze zoon 18 wordt? Moeten we dan een nieuwe indicatie aanvragen?",
     ["Voor een meerderjarige verzekerde geldt een andere regeling."], False),
    ("Wat gebeurt er als ik de eigen bijdrage drie maanden niet betaal? Stopt de zorg dan?",
     ["Het CAK int de eigen bijdrage."], True),
    ("Wat gebeurt er als ik de eigen bijdrage drie maanden niet betaal? Stopt de zorg dan?",
     ["Na 3 maanden zonder betaling volgt een aanmaning."], False),
    # a case without an age or period is left to the other checks, and so is an age told in passing
    ("Wat als we verhuizen naar een andere regio? Moet er een nieuw budgetplan komen?",
     ["Het zorgkantoor beoordeelt het budgetplan."], False),
    ("Wat als mijn moeder van 85 jaar naar een verpleeghuis moet? Wie betaalt dan de eigen bijdrage?",
     ["Het CAK int de eigen bijdrage."], False),
    ("Wat als mijn vader (78 jaar) verhuist? Wie betaalt dan de eigen bijdrage?", ["Het CAK int de eigen bijdrage."],
     False),
])
def test_a_what_if_case_on_an_age_or_period(question: str, sentences: list[str], refused: bool) -> None:
    found = _no_case(signals(question, " ".join(sentences), sentences=sentences))
    assert (found is not None) is refused
    if refused:
        assert found is not None and found[1].startswith("De bronnen die ik heb zeggen niet wat er gebeurt als ")


@pytest.mark.parametrize(("question", "regime"), [
    ("Sinds wanneer geldt de Wet verplichte ggz en welke wet heeft die vervangen?", "Wvggz"),
    ("Hoeveel dagen duurt een crisismaatregel?", "Wvggz"),
    ("Kan ik de eigen bijdrage aftrekken in mijn belastingaangifte?", "inkomstenbelasting"),
    ("Can my client deduct the eigen bijdrage on his income tax return?", "income tax"),
])
def test_neighbouring_regimes_of_set_25(question: str, regime: str) -> None:
    found = out_of_scope(question) or named_regime(question)
    assert found is not None and (regime in found.name or regime in found.name_en)


def test_what_another_law_says_is_that_laws_text() -> None:
    question = "Welke opleiding moet onze Wzd-functionaris volgens de Wet zorg en dwang hebben?"
    found = _other_law(signals(question, "De Wlz regelt de langdurige zorg."))
    assert found is not None and "Wet zorg en dwang" in found[1]
    # a person or office of that law, or the Wlz beside it, is no question about that law's text
    for question in ("Volgens de Wmo consulent moet het zorgkantoor de rolstoel betalen. Klopt dat?",
                     "Mag de zorgaanbieder volgens de wzd functionaris de deur op slot doen?",
                     "Heeft mijn moeder volgens de Zvw of volgens de Wlz recht op de tandarts?"):
        assert _other_law(signals(question, "De Wlz regelt de langdurige zorg.")) is None, question


@pytest.mark.parametrize(("question", "terms"), [
    # a term named before and pointed back at ("dat woord"); two quoted terms pointed back at stay ambiguous (the
    # sentence that defines REC and DEC opens with "Deze …" and needs the one before it)
    ("In de brief lees ik steeds 'meerzorg'. Wat betekent dat woord?", ["meerzorg"]),
    ("In de inkoopvoorwaarden lees ik steeds 'REC' en 'DEC'. Wat betekenen die afkortingen?", []),
    # a label before a colon, and a comma that ends the term
    ("Voor mijn inwerkmap: wat is een 'indicatiebesluit', in één of twee zinnen?", ["indicatiebesluit"]),
    ("Wat is een indicatiebesluit?", ["indicatiebesluit"]),
])
def test_the_term_a_definition_question_asks(question: str, terms: list[str]) -> None:
    assert _terms(question) == terms


def test_an_example_after_a_picked_sentence_goes_on_with_it() -> None:
    text = ("De specifieke deskundigheid voor ZG-cliënten moet aanwezig zijn binnen de instelling. Het gaat hierbij "
            "bijvoorbeeld om het beheersen van de communicatiemethoden (gebarentaal, braille). De locatie heeft een "
            "tuin met een vijver en een kas.")
    picked = [s.text for s in select("Welke deskundigheid verwacht het zorgkantoor voor ZG-cliënten?", [hit(text)])]
    assert any("gebarentaal, braille" in s for s in picked)


def test_the_story_before_the_question_weighs_less_than_what_it_asks() -> None:
    story = ("Een bewoner met een verstandelijke beperking en ernstige gedragsproblemen heeft net een VG7-indicatie "
             "gekregen.")
    question = f"{story} Wat moet onze locatie minimaal geregeld hebben qua toezicht en alarmering?"
    about_story = "Veel bewoners met een verstandelijke beperking en ernstige gedragsproblemen krijgen een VG7-indicatie."
    about_asked = "Op de locatie is permanent toezicht en een adequaat alarmeringssysteem geregeld."
    ranked = score_sentences(question, [hit(f"{about_story} {about_asked}")])
    assert ranked[0].text == about_asked


def test_an_inline_bullet_opens_a_sentence() -> None:
    message = ("• Cliënte: mevrouw S., 62 • Ze wil naar haar dochter in Friesland verhuizen • Het zorgkantoor vraagt zich "
               "af of de indicatie klopt • Vraag: kan het CIZ haar indicatiebesluit intrekken?")
    sentences, asking = split_asking(message)
    assert asking == "Vraag: kan het CIZ haar indicatiebesluit intrekken?" and len(sentences) == 4
    assert _unknown_name(signals(message, "Het CIZ kan een indicatiebesluit intrekken.")) is None
