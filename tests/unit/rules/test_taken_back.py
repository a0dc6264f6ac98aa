"""What the writer takes back is not read as a fact (``facts.taken_back``): a sentence corrected by the next, what
was thought before a "maar", and a whether-clause left open."""

import pytest

from assistant.rules.facts import extract_facts, taken_back

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(("text", "name", "value"), [
    # a correction opens the next sentence: the sentence before it is taken back
    ("We vragen EKT aan van 28 procent van het basisbedrag. Nee, ik heb het nagerekend, het is 24 procent. Mag dat?",
     "ekt_percentage", 24.0),
    ("Ze woont in het verpleeghuis met behandeling. Nee, sorry, ik heb het nagekeken: haar indicatie is verblijf "
     "zonder behandeling. Valt tandheelkundige zorg onder de Wlz?", "behandeling_inbegrepen", False),
    ("Er is geen dubbele financiering. Nou ja, eigenlijk wordt een deel al uit het SPUK-budget betaald, hoor ik nu.",
     "dubbele_financiering", True),
    # what was thought, up to "maar"
    ("Ik dacht dat het zorgkantoor al had besloten dat hij een bijzondere zorgbehoefte heeft, maar de beoordeling "
     "loopt nog. Komt hij in aanmerking voor meerzorg?", "bijzondere_zorgbehoefte", None),
    # a whether-clause left open, fronted or after the words that leave it open
    ("Hoe het toezicht geregeld wordt, hebben we nog niet uitgewerkt, dus of er permanent toezicht is, kan ik niet "
     "zeggen. Voldoen we aan de voorwaarden voor VG7?", "permanent_toezicht", None),
    ("Of die assistent extra komt, bovenop de gewone formatie van de school, is nog niet duidelijk. Mag dat?",
     "boven_formatie", None),
    ("We weten niet of De Borg genoeg plek heeft. Koopt het zorgkantoor extra SGLVG-verblijf in?",
     "borg_onvoldoende_aanbod", None),
    # what a case leaves out, a left-open clause with "eerlijk gezegd" (set 26)
    ("De SO blijft eindverantwoordelijk. Hoe lang de inzet gaat duren, en of het eenmalig of doorlopend is, staat niet "
     "in de casus. Mag dit onder de prestatie H335?", "kortdurend", None),
    ("Of onze organisatie toegelaten is voor behandeling, weet ik eerlijk gezegd niet. Mag dat?",
     "toegelaten_behandeling", None),
    # a statement that says it is not known, up to a "maar"
    ("De ingangsdatum op de brief weet ik niet precies, misschien 1 januari 2026, misschien later. Mogen we declareren?",
     "ingangsdatum_advies", None),
])
def test_what_is_taken_back_is_not_read(text: str, name: str, value: object) -> None:
    assert extract_facts(text, names=[name]).get(name) == value


@pytest.mark.parametrize("text", [
    # a sentence that opens with "Nee" without a correction word answers, it takes nothing back
    "Heeft hij een pgb? Nee, hij heeft zorg in natura.",
    # "Of eigenlijk …" offers another value: both stay (and two values named leave the fact unknown)
    "Het is tijdelijk. Of eigenlijk structureel, dat weten we niet.",
    # a question is never blanked
    "Ik dacht dat het mocht, maar mag het ook voor VG4?",
])
def test_nothing_else_is_taken_back(text: str) -> None:
    assert taken_back(text.lower()) == text.lower()


def test_taken_back_keeps_the_offsets() -> None:
    text = "we dachten dat het vg7 was, maar het is vg6. mag dat?"
    out = taken_back(text)
    assert len(out) == len(text) and "vg7" not in out and out.endswith("maar het is vg6. mag dat?")


def test_a_bare_ask_asks_what_the_sentence_before_it_says() -> None:
    from assistant.rules.facts import asking_parts

    assert asking_parts("Wij zijn REC. We willen declareren vanaf 1 februari 2026. Mag dat?") == [
        "We willen declareren vanaf 1 februari 2026. Mag dat?"]
    # a claim to check points back to the claim, not to the situation told after it
    assert asking_parts("Ze heeft LVG 2 en haar indicatie loopt tot 2027. Klopt dat?") == ["Klopt dat?"]
    assert asking_parts("Hij heeft VG7. Geldt de toeslag?") == ["Geldt de toeslag?"]
