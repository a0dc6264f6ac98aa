"""Misses of h12-dev, by concept. Variants written here, not taken from an eval set.

- What was tried before did not work, with the verb first and "niet" after it ("eerdere interventies werkten niet",
  "sloegen niet aan", "hadden geen effect"); "niet alleen" says nothing.
- De Borg with the amount after the noun ("De Borg heeft gewoon plek genoeg"): no shortage; with a negation between,
  unknown.
- Paid from elsewhere said with "ergens anders" ("niets ervan wordt al ergens anders uit betaald": no double funding;
  "een deel wordt al ergens anders uit betaald": double funding).
- The number of places raised with "omhoog" against the advice ("mag het aantal plekken omhoog t.o.v. het advies?") is
  the question of raising places, not of whether the care is purchased.
- The advice's end in the perfect tense ("is op 31 december 2025 verlopen", "was per 1 juli afgelopen") and in the past
  tense ("verliep op …") is the end of the advice, not its start date.
"""

from __future__ import annotations

from datetime import date

import pytest

from .concept_helpers import BOOK, decides, read_fact, reads_fact, verdict

pytestmark = pytest.mark.unit


# --------------------------------------------------------------------------- earlier interventions that did not work

test_earlier_interventions_that_did_not_work = reads_fact("eerdere_interventies_onvoldoende", [
    ("De eerdere interventies werkten bij hem niet.", True),
    ("Eerdere behandelingen sloegen helemaal niet aan.", True),
    ("Eerdere pogingen hadden geen effect.", True),
    ("Eerdere trajecten hielpen echt niet.", True),
    # not a shortage: "niet alleen", or what did work
    ("Eerdere interventies werkten niet alleen bij hem.", None),
    ("De eerdere interventies werkten wel.", None),
], english=True)


# --------------------------------------------------------------------------- De Borg: room enough

test_de_borg_with_room_enough = reads_fact("borg_onvoldoende_aanbod", [
    ("De Borg heeft op dit moment gewoon plek genoeg.", False),
    ("De Borg-instellingen hebben plaatsen zat.", False),
    ("Bij de Borg-instellingen is er nu capaciteit genoeg.", False),
    # a negation between: not read as room enough
    ("De Borg heeft nu niet plek genoeg.", None),
    ("De Borg heeft te weinig plek.", True),
], english=True)


def test_room_at_de_borg_decides_no_purchase() -> None:
    q = ("Eerdere behandelingen sloegen bij deze jongen niet aan en derdelijnsbehandeling kan uitkomst bieden, maar de "
         "Borg-instellingen hebben plek genoeg. Koopt het zorgkantoor extra SGLVG-verblijf in?")
    assert verdict(q) == ("sglvg_extra_inkoop", "no")


# --------------------------------------------------------------------------- paid from elsewhere

test_paid_from_somewhere_else = reads_fact("dubbele_financiering", [
    ("Niets van het plan wordt al ergens anders uit betaald.", False),
    ("Het wordt niet ergens anders gefinancierd.", False),
    ("Een deel van het plan wordt al ergens anders uit betaald.", True),
    ("De scholing wordt ook elders gefinancierd.", True),
], english=True)


# --------------------------------------------------------------------------- places raised with "omhoog"

@pytest.mark.parametrize("question", [
    "Ons DEC Huntington zit helemaal vol. Mag het aantal bedden omhoog ten opzichte van het CElz-advies?",
    "Het advies van de CElz noemt 12 plaatsen voor ons REC. Kunnen die plaatsen omhoog?",
    "Kan ons REC Korsakov de plekken uit het CElz-advies ophogen nu de wachtlijst groeit?",
])
def test_places_raised_against_the_advice(question: str) -> None:
    assert verdict(question) == ("lvhc_plaatsen_verhogen", "no")


def test_purchase_question_stays_with_purchase() -> None:
    # "omhoog" about something else than the places: still whether the care is purchased
    q = "Onze bezetting gaat omhoog. Wij zijn DEC voor Huntington met positief CElz-advies. Koopt het zorgkantoor bij ons in?"
    assert verdict(q) == ("lvhc_expertisezorg_inkoop", "yes")


# --------------------------------------------------------------------------- the advice ended (perfect / past tense)

test_advice_ended_in_the_perfect_tense = reads_fact("binnen_duur_advies", [
    ("Het CElz-advies van ons DEC is op 31 december 2025 verlopen. Mogen we voor 2026 een productieafspraak maken?", False),
    ("Ons advies was al per 1 maart 2025 afgelopen. Kan de productieafspraak voor 2026 nog?", False),
    ("Het positieve advies verliep op 31 december 2024. Kan de productieafspraak voor 2026?", False),
    # ends after the zorgjaar: within it
    ("Het advies is op 31 december 2027 vervallen. Kan de productieafspraak voor 2026?", True),
], english=True)


def test_end_of_advice_is_no_start_date() -> None:
    text = "Het CElz-advies van ons DEC is op 31 december 2025 verlopen. Mogen we het ZZP declareren?"
    assert read_fact(text, "ingangsdatum_advies", english=True) is None


def test_expired_advice_decides_the_agreement() -> None:
    q = ("Het positieve CElz-advies van ons DEC DZEP (6 plaatsen) is op 31 december 2025 verlopen. Mogen we voor 2026 "
         "een productieafspraak van 1.500 dagen maken bij 350 ligdagen per plaats?")
    assert verdict(q) == ("lvhc_productieafspraak", "no")


# --------------------------------------------------------------------------- "…, of is dat te lang?"

test_second_part_pointing_back_asks_the_same = decides([
    ("Kan een LVG-indicatie voor anderhalf jaar gelden, of is dat te lang?", ("lvg_indicatie_duur", "yes")),
    ("Mag een LVG-indicatie vier jaar gelden, of mag dat niet?", ("lvg_indicatie_duur", "no")),
    ("Kan de LVG-indicatie vijf jaar worden afgegeven, of is dat toch te lang?", ("lvg_indicatie_duur", "no")),
])


def test_either_or_between_two_things_still_asks_which() -> None:
    assert verdict("Wij zijn DEC Korsakov. Declareren we de C&A per consult of per traject?") is None


# --------------------------------------------------------------------------- a date in the asking sentence

def test_asked_day_not_taken_as_the_advice_start_from_the_sentence_before() -> None:
    # the advice is named in the sentence before; the asking sentence asks about 1 januari 2026 (zorgjaar 2026): at a
    # stand before the Kamerbrief of 26 May 2026, NAH+ in 2026 is open in the sources, not a "no" for 2025
    q = "Wij zijn DEC voor MS+ met een positief advies van de CElz. Koopt het zorgkantoor per 1 januari 2026 MS+-zorg bij ons in?"
    early = BOOK.check_question(q, as_of=date(2025, 11, 1))
    assert early is not None and (early.rule_id, early.outcome, early.year) == ("lvhc_expertisezorg_inkoop", "unknown", 2026)
    assert verdict(q) == ("lvhc_expertisezorg_inkoop", "yes")


def test_advice_start_in_its_own_sentence_still_read() -> None:
    text = "Ons CElz-advies is positief. Het advies gaat in per 1 april 2026. Mogen we vanaf 1 mei 2026 het ZZP declareren?"
    assert read_fact(text, "ingangsdatum_advies", english=True) == date(2026, 4, 1)
    assert read_fact(text, "declaratie_startdatum", english=True) == date(2026, 5, 1)


# --------------------------------------------------------------------------- English: the need in the passive

test_english_need_not_met_within_profile = reads_fact("bijzondere_zorgbehoefte", [
    ("The care office decided that his care need cannot reasonably be met within his care profile.", True),
    ("According to the zorgkantoor her needs can't be covered within her care profile.", True),
    # can be met: not a special care need (unknown here, never yes)
    ("The care office says his care needs can be met within his care profile.", None),
], english=True)


# --------------------------------------------------------------------------- the security level in words

test_security_level_in_words = reads_fact("beveiligingsniveau", [
    ("Hij heeft beveiligingsniveau twee nodig.", 2),
    ("Zij is geïndiceerd voor niveau drie.", 3),
    ("We would like to know whether our client, who needs security level four, can stay with us.", 4),
    ("Hij heeft een beveiligingsniveau nodig.", None),
], english=True)


def test_security_level_in_words_decides() -> None:
    q = ("We are an ordinary sheltered housing provider, not a Borg institution and without a forensic ward. May we admit "
         "a GGZ-W5 client who needs security level three?")
    assert verdict(q) == ("ggzw5_beveiligingsniveau", "no")


# --------------------------------------------------------------------------- English: ordered before the move

test_english_already_ordered = reads_fact("behandeling_gestart_voor_verhuizing", [
    ("Before my father moved to the nursing home, a new crown had already been ordered for him.", True),
    ("Her new dentures were already ordered before the move, and the dentist has started the work.", True),
    # ordered after the move: not read as begun before it
    ("After my father moved to the nursing home, a new crown was ordered for him.", None),
], english=True)


# --------------------------------------------------------------------------- living with us, treated by us

test_living_with_us_and_treated_by_us = reads_fact("behandeling_zelfde_instelling", [
    ("Een cliënt die bij ons woont met verblijf met behandeling, waarbij wij ook haar behandeling verzorgen.", True),
    ("Meneer verblijft bij ons en we leveren ook zijn behandeling.", True),
    # the treatment from elsewhere, or denied: not read as ours
    ("Mevrouw woont bij ons, maar een externe organisatie levert de behandeling.", False),
    ("Mevrouw woont bij ons en wij leveren de behandeling niet.", None),
], english=True)


# --------------------------------------------------------------------------- bandages and incontinence material

test_bandages_are_aids_for_nursing = reads_fact("hulpmiddel_soort", [
    ("Ze heeft elke dag wondverbandmiddelen nodig.", "verpleging_verzorging"),
    ("Hij gebruikt veel verbandmateriaal.", "verpleging_verzorging"),
    ("Er moet een nieuw verband om zijn been.", "verpleging_verzorging"),
    # "in verband met": in connection with, no bandage
    ("In verband met zijn dementie heeft hij een rolstoel nodig.", "mobiliteit_individueel"),
], english=True)


test_bandages_go_to_the_aids_rule = decides([
    ("Mevrouw woont bij ons met een zzp zonder behandeling en heeft verbandmateriaal nodig. Betaalt het zorgkantoor dat?",
     ("hulpmiddel_bovenbudgettair", "unknown")),
    ("Meneer woont bij ons met verblijf inclusief behandeling en heeft wondverbandmiddelen nodig. Betaalt het zorgkantoor "
     "die apart?", ("hulpmiddel_bovenbudgettair", "no")),
])
