"""What the tuning questions of set 33 still showed, and those of set 34 (complaints and objections, disputes and bets,
self-correcting messages, client councils): who is meant by a term of the law is a definition question, and a duty of
that term ("De inspecteur of ontvanger is verplicht …") does not define it; a question taken back is not asked;
participation rights and the Chamber of Commerce belong elsewhere; hours of training are counted; councils and authors
are asked by name; "(nog geen Wlz-indicatie)"."""

from __future__ import annotations

import pytest

from assistant.answer.asked import classify
from assistant.answer.extractive import _definition_pattern, _terms, with_definition
from assistant.answer.gate import NAMES_Q, PERSON_Q, named_regime, out_of_scope
from assistant.answer.withdrawn import as_finally_asked
from assistant.rules.facts import NO_WLZ_INDICATION

from .gate_fixtures import hit

pytestmark = pytest.mark.unit

_DEFINITIONS = ("In deze wet en de daarop berustende bepalingen wordt verstaan onder:\n\n"
                "– Fonds langdurige zorg: fonds, genoemd in artikel 89 van de Wet financiering sociale verzekeringen;\n\n"
                "– inspecteur of ontvanger: de functionaris, bedoeld in artikel 2, derde lid, onder b, van de Algemene "
                "wet inzake rijksbelastingen;")
_DUTY = ("De inspecteur of ontvanger is verplicht desgevraagd aan het CAK de gegevens omtrent het inkomen en vermogen "
         "van de verzekerde te verstrekken.")


@pytest.mark.parametrize(("question", "term"), [
    ("Wie wordt in de Wlz bedoeld met 'inspecteur of ontvanger'?", "inspecteur of ontvanger"),
    ("Wat wordt in de wet bedoeld met een zorgaanbieder?", "zorgaanbieder"),
    ("In een brief van het CAK staat dat de gegevens van 'de inspecteur' komen. Wie wordt in de Wlz bedoeld met "
     "'inspecteur of ontvanger'?", "inspecteur of ontvanger"),
    ("Who is meant by 'inspecteur of ontvanger'?", "inspecteur of ontvanger"),
])
def test_who_or_what_is_meant_by_a_term_asks_its_definition(question: str, term: str) -> None:
    assert classify(question).shape == "definition"
    assert _terms(question)[0].lower() == term


@pytest.mark.parametrize("question", ["Wie wordt er gebeld als het misgaat?", "Wat wordt er vergoed?",
                                      "Wie is bedoeld als contactpersoon?"])
def test_other_who_and_what_questions_ask_no_definition(question: str) -> None:
    assert classify(question).shape != "definition"


def test_a_duty_of_the_term_is_no_definition_and_the_law_item_comes_first() -> None:
    question = "Wie wordt in de Wlz bedoeld met 'inspecteur of ontvanger'?"
    pattern = _definition_pattern(question)
    assert pattern is not None
    assert not pattern.search(_DUTY)
    assert not pattern.search("Het CAK is gevestigd in een door Onze Minister te bepalen plaats.".replace(
        "Het CAK", "De inspecteur of ontvanger"))
    assert pattern.search("Een inspecteur of ontvanger is een functionaris van de Belastingdienst.")
    duty, law = hit(_DUTY, "Artikel 9.1.3"), hit(_DEFINITIONS, "Artikel 1.1.1")
    hits = with_definition(question, [duty], [duty.passage, law.passage])
    assert hits[0].passage is law.passage


# --- set 34: a question taken back, councils and the law's amendments, disputes about a neighbouring regime -----------

@pytest.mark.parametrize(("message", "asked"), [
    ("Wie deed de evaluatie van het LVHC-beleid? Nee wacht, dat weet ik al. Mijn echte vraag: wat kostte die evaluatie?",
     "wat kostte die evaluatie?"),
    ("Uit hoeveel leden bestaat het CIZ? Ah, maximaal drie, staat in de wet. Maar wat ik eigenlijk wil weten: wat "
     "verdient een lid?", "wat verdient een lid?"),
    ("Wij bouwen een nieuwe afdeling. Welk niveau moeten we bieden? No, scratch that. What I actually need: where can "
     "we read what those levels mean?", "Wij bouwen een nieuwe afdeling. where can we read what those levels mean?"),
    ("My mother pays me from her pgb. Do I need a contract? No, wait, that's not it. Do I have to register somewhere?",
     "My mother pays me from her pgb. Do I have to register somewhere?"),
    ("Betaalt de instelling de bril van mijn moeder? Nee, sorry, het gaat om mijn vader, die thuis woont. Vergoedt de "
     "verzekering zijn bril?", "het gaat om mijn vader, die thuis woont. Vergoedt de verzekering zijn bril?"),
    ("Wanneer moet het verslag naar de minister? Laat maar, die termijn ken ik. Moet de minister het goedkeuren?",
     "Moet de minister het goedkeuren?"),
    # an abbreviation does not end the sentence of the question taken back
    ("Wat is een vpt, bijv. voor mijn vader? Nee wacht, mijn echte vraag: kan hij een mpt krijgen?",
     "kan hij een mpt krijgen?"),
])
def test_a_question_taken_back_is_not_asked(message: str, asked: str) -> None:
    assert as_finally_asked(message) == asked


@pytest.mark.parametrize("message", [
    "Mag de SO een psycholoog inzetten? En wie declareert dat?",  # two questions, none taken back
    "Wat is een VPT? Ik heb het niet gevonden in de brief. Kunt u het uitleggen?",
    "Klopt het dat de toeslag vervalt? Dat staat in de brief die wij kregen, maar geldt het ook voor ons?",
    "Nee wacht, ik bedoel: mag hij dat?",  # nothing asked before it
    # one more question about the same case, not one taken back
    "Mag de SO een psycholoog inzetten? Mijn andere vraag: wie declareert dat?",
    "Heeft mijn moeder recht op een pgb? Mijn vraag is dan: hoeveel krijgt ze?",
    "Hoeveel kost het? En wat ik wil weten: wie betaalt het?",
    "Can my mother get a pgb? I mean, is that allowed?",
    "Wat zegt de wet over de eigen bijdrage? Heb ik opgezocht, maar ik snap het niet. Kunt u het uitleggen?",
    "Klopt het dat de toeslag vervalt? Dat staat er gewoon in de brief, maar geldt het ook voor ons?",
    # a question mark inside a quoted letter asks nothing of the assistant
    "Ik kreeg een brief van het CAK: 'Heeft u vragen? Bel ons dan. Uw bijdrage wordt 350 euro.' Mijn vraag is: klopt "
    "dit bedrag wel?",
])
def test_a_message_without_a_question_taken_back_stays_as_it_is(message: str) -> None:
    assert as_finally_asked(message) == message


@pytest.mark.parametrize(("question", "regime"), [
    ("Heeft de ondernemingsraad adviesrecht als de bestuurder een locatie sluit?", "medezeggenschap"),
    ("Heeft de cliëntenraad instemmingsrecht over de verhuizing van de dagbesteding?", "medezeggenschap"),
    ("Do I have to register with the Chamber of Commerce because I'm paid from her budget?", "Chamber of Commerce"),
])
def test_participation_rights_and_the_chamber_of_commerce_belong_elsewhere(question: str, regime: str) -> None:
    found = out_of_scope(question)
    assert found is not None and regime in f"{found.name} {found.name_en}"


@pytest.mark.parametrize("question", [
    "Als ondernemingsraad schrijven we een stuk. Wat zegt de brief over begeleiders?",
    "Onze ondernemingsraad vraagt: hoeveel transitiemiddelen krijgt een zorgaanbieder?",
    "Ik ben jeugdzorgwerker. Mag een meisje met VG5 logeren?",
])
def test_a_council_or_a_youth_worker_that_asks_is_not_what_it_asks_about(question: str) -> None:
    assert named_regime(question) is None


@pytest.mark.parametrize(("question", "shape", "value", "counted"), [
    ("Hoeveel uur scholing in agressieregulering moeten begeleiders krijgen?", "value", "count", "uur"),
    ("Hoeveel van die experimenten lopen er nu?", "value", "count", "experimenten"),
    ("Hoeveel van de ongeveer 2.700 cliënten hebben Korsakov?", "value", "count", ""),
    ("Hoeveel weken therapie krijgt hij nog?", "value", "duration", ""),  # weeks of something: how long
    ("Hoeveel uur lesgeld betalen we?", "value", "duration", ""),
])
def test_what_a_value_question_asks(question: str, shape: str, value: str, counted: str) -> None:
    asked = classify(question)
    assert (asked.shape, asked.value, asked.counted) == (shape, value, counted)


def test_councils_and_authors_are_asked_by_name() -> None:
    assert NAMES_Q.search("Welke cliëntenraden zijn bij die evaluatie betrokken?")
    assert PERSON_Q.search("Wie zijn de auteurs van dat zorgprogramma uit 2019?")
    assert not PERSON_Q.search("Wie is de opsteller van het zorgplan?")  # a role the sources answer
    assert not PERSON_Q.search("Wie zijn de auteurs van het zorgplan?")


def test_no_wlz_indication_said_in_brackets() -> None:
    assert NO_WLZ_INDICATION.search("onze vader (78, thuis, nog geen Wlz-indicatie) krijgt logopedie")
    assert not NO_WLZ_INDICATION.search("onze vader (78, thuis, geen Wlz-indicatie meer nodig)")
