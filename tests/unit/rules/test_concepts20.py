"""Misses of h11-dev, by concept. Variants written here, not taken from an eval set.

- What was tried before worked, said with words between ("de eerdere interventies werkten eigenlijk redelijk goed"):
  no shortage of earlier interventions; a "niet" or "maar niet …" keeps it from being read so.
- The room as the place of the laying out ("de koeling bij het opbaren op de kamer doorberekenen") is not the room
  charged; the rent of what the laying out needs ("de huur van een koelplaat") is no room rent.
- A start before the move with words between ("was al bij de tandarts begonnen aan … voordat hij … verhuisde"), and a
  sentence that points back to the move ("Dat is nu vijf weken geleden") dates the move.
- Talking with the carers about something ("om met de verpleging over zijn verzorging te praten") is primary
  communication; with family about something, secondary.
- No device at the time of the Wmo ("een rolstoel had ze toen nog niet") is no Wmo device in possession; "geen
  rolstoel" alone is not (another device may be the one from the Wmo).
- English: what did or did not work, "we do not do any research", "delivered by an external organisation", "a new
  indication", "waiting for a place", "that is now five weeks ago".
"""

from __future__ import annotations

import pytest

from assistant.rules.english import read_in_dutch
from assistant.rules.facts import extract

from .concept_helpers import BOOK, STAND, decides, reads_fact, verdict

pytestmark = pytest.mark.unit


# --------------------------------------------------------------------------- earlier interventions that worked

test_what_was_tried_before_worked = reads_fact("eerdere_interventies_onvoldoende", [
    ("De eerdere behandelingen werkten bij hem eigenlijk best goed.", False),
    ("Eerdere interventies zijn geprobeerd; eerdere interventies hebben bij deze jongen prima geholpen.", False),
    ("Eerdere pogingen waren bij haar heel succesvol.", False),
    ("For this young man the previous interventions worked quite well, so we wonder about more SGLVG care.", False),
    ("For this client the earlier treatments have actually helped, so we wonder about more SGLVG care.", False),
    # not (enough): still a shortage, or unknown
    ("Eerdere interventies hebben niet echt gewerkt.", True),
    ("De eerdere behandelingen werkten wel, maar niet genoeg.", True),
    ("For this client the previous interventions did not really work, so we wonder about more SGLVG care.", True),
    ("Eerdere interventies hebben nauwelijks geholpen.", None),
    ("Eerdere behandelingen hebben in het begin goed gewerkt, maar nu niet meer.", None),
], english=True)


test_earlier_interventions_decide_the_purchase = decides([
    ("Bij deze jongeren hebben de eerdere behandelingen eigenlijk heel goed gewerkt. Een derdelijnsbehandeling kan nog "
     "iets toevoegen en bij de Borg-instellingen is te weinig plek. Koopt het zorgkantoor meer SGLVG-verblijf bij ons in?",
     "no"),
    ("Would the care office purchase extra SGLVG treatment from us? The previous interventions worked pretty well, "
     "third-line treatment might help and De Borg has too few places.", "no"),
    ("Would the care office purchase extra SGLVG treatment from us? The previous interventions did not work, "
     "third-line treatment might help and De Borg has too few places.", "yes"),
], rule="sglvg_extra_inkoop")


# --------------------------------------------------------------------------- the room of the laying out

test_the_room_of_the_laying_out_is_not_the_room_charged = reads_fact("kosten_soort", [
    ("Mogen we het koelbed bij het opbaren in zijn kamer doorberekenen aan de kinderen?", "extra_opbaren"),
    ("Mag het verpleeghuis de koelelementen voor het opbaren op haar kamer doorberekenen?", "extra_opbaren"),
    ("Mogen we de huur van een koelplaat voor het opbaren bij de familie in rekening brengen?", "extra_opbaren"),
    # the room itself charged: still the empty room
    ("Mogen we de kamer doorberekenen aan de nabestaanden?", "lege_kamer"),
    ("Moet de familie de kamer doorbetalen tot hij leeg is?", "lege_kamer"),
    ("Mogen we de huur doorberekenen aan de familie?", "lege_kamer"),
    # both named: which one is meant is asked
    ("Mogen we de koeling en de huur van de kamer doorberekenen?", None),
], english=True)


def test_cooling_in_the_room_decides_the_rule() -> None:
    q = "Kunnen we de kosten voor de koelplaat bij het opbaren in de kamer van mevrouw doorberekenen aan haar familie?"
    assert verdict(q) == ("opbaren_kosten_nabestaanden", "yes")


# --------------------------------------------------------------------------- a start before the move, and when it was

test_a_start_before_the_move_with_words_between = reads_fact("behandeling_gestart_voor_verhuizing", [
    ("De tandarts was met een brug voor haar begonnen voordat ze naar het verpleeghuis verhuisde.", True),
    ("Hij is nog voordat hij bij ons kwam wonen aan een nieuwe prothese begonnen.", True),
    ("Voordat mevrouw verhuisde, was de tandarts al met een kroon gestart.", True),
    # not started, or started after it
    ("Voordat hij verhuisde was er nog niets gestart.", False),
    ("De tandarts is niet begonnen voordat hij verhuisde.", None),
    ("De tandarts is pas begonnen nadat hij verhuisd was.", False),
], english=True)


test_a_sentence_that_points_back_to_the_move = decides([
    ("De tandarts was al aan een nieuwe brug voor mijn moeder begonnen voordat ze naar ons verpleeghuis verhuisde. Dat "
     "is nu zes weken geleden. Heeft ze nog recht op die tandheelkundige hulp?", "yes"),
    ("De tandarts was al aan een nieuwe brug voor mijn moeder begonnen voordat ze naar ons verpleeghuis verhuisde. Dat "
     "was inmiddels elf weken geleden. Heeft ze nog recht op die tandheelkundige hulp?", "no"),
    ("The dentist had already started on a new bridge for my mother before she moved to our nursing home. That was "
     "three weeks ago. Does she still have a right to that dental care?", "yes"),
], rule="tandheelkundig_na_verhuizing")


def test_a_time_ago_that_points_back_to_something_else_is_not_the_move() -> None:
    q = ("Mijn vader is verhuisd en daarna begon de tandarts met een kroon. Dat is nu vier weken geleden. Heeft hij nog "
         "recht op die tandheelkundige hulp?")
    rule = BOOK.rules["tandheelkundig_na_verhuizing"]
    got = extract(q, rule.facts, today=STAND, duration_since=rule.duration_since)
    assert "duur_weken" not in got and "duur_maanden" not in got


# --------------------------------------------------------------------------- talking with the carers about something

test_what_is_talked_about_between = reads_fact("hulpmiddel_soort", [
    ("Ze heeft een spraakcomputer nodig om met de verzorgenden over haar medicijnen te praten.", "spraak_primair"),
    ("Hij gebruikt het apparaat om met de begeleiders over zijn pijn en zijn zorg te communiceren.", "spraak_primair"),
    ("She needs a speech computer to talk with the nurses about her pain.", "spraak_primair"),
    ("De spraakcomputer is om met haar kleinkinderen over hun school te kletsen.", "spraak_secundair"),
    # the family and then the carers as well: unknown
    ("Hij wil een spraakcomputer om met zijn zoon over voetbal te praten, maar ook met de verpleging.", None),
], english=True)


def test_talking_about_care_with_the_nurses_decides_the_rule() -> None:
    q = ("Onze bewoonster kan niet goed meer praten en heeft een spraakcomputer nodig om met de verzorgenden over haar "
         "zorg te communiceren. Wordt die volledig bovenbudgettair vergoed?")
    assert verdict(q) == ("spraakhulpmiddel_bovenbudgettair", "yes")


# --------------------------------------------------------------------------- no device at the time of the Wmo

GGZ = "Mijn broer heeft GGZ-wonen en woont in een Wlz-instelling. "


test_no_device_at_the_time = reads_fact("wmo_hulpmiddel_in_bezit", [
    ("Hij kreeg vroeger begeleiding via de gemeente; toen had hij nog geen scootmobiel.", False),
    ("Hij had destijds geen rolstoel, hij kreeg alleen Wmo-begeleiding.", False),
    ("Hij kreeg begeleiding van de Wmo, maar een rolstoel had hij toen nog niet.", False),
    ("He got Wmo support, but he did not have a wheelchair at that time.", False),
    ("Van de gemeente had ze toen nog geen scootmobiel gekregen.", False),
    ("Bij de Wmo had hij destijds geen rolstoel; die kwam pas later.", False),
    # another device from the Wmo: "geen rolstoel" alone does not take it back
    ("Hij heeft een scootmobiel van de Wmo, maar geen rolstoel.", True),
    ("Hij kreeg een rolstoel van de gemeente, geen scootmobiel.", True),
    ("Hij had al een rolstoel van de Wmo.", True),
], english=True)


@pytest.mark.parametrize(("statement", "outcome"), [
    ("Vroeger kreeg hij Wmo-begeleiding, maar een scootmobiel had hij toen nog niet. ", "no"),
    ("Toen hij Wmo-begeleiding kreeg, had hij al een scootmobiel van de gemeente. ", "yes"),
])
def test_no_device_at_the_time_decides_the_rule(statement: str, outcome: str) -> None:
    q = GGZ + statement + "Mag hij via de uitzondering voor GGZ-cliënten een scootmobiel van de Wmo houden?"
    assert verdict(q) == ("ggz_mobiliteitshulpmiddel_behouden", outcome)


# --------------------------------------------------------------------------- English readings

@pytest.mark.parametrize(("english", "dutch"), [
    ("we do not do any scientific research", "doen geen wetenschappelijk onderzoek"),
    ("we don't conduct research", "doen geen onderzoek"),
    ("the treatment is given by an external organisation", "door een externe organisatie"),
    ("she got a new Wlz indication", "nieuwe wlz-indicatie"),
    ("he is waiting for a place in another home", "wacht op een plek"),
    ("the earlier interventions worked quite well", "eerdere interventies werkten redelijk goed"),
    ("the previous treatments didn't help", "eerdere behandelingen hebben niet geholpen"),
    ("third-line treatment could help", "derdelijns behandeling kan helpen"),
    ("De Borg has too few places", "te weinig plaatsen"),
    ("He moved in March. That is now six weeks ago.", "dat is nu zes weken geleden"),
])
def test_english_read_in_dutch(english: str, dutch: str) -> None:
    # a longer English frame, so that the text is read as English
    assert dutch in read_in_dutch(f"For our client in the nursing home: {english}. Can we get this?")


test_english_questions_decided = decides([
    ("Our centre offers the full spectrum of epilepsy care including special education and both third-line clinical "
     "and long-term epilepsy care. We don't conduct any scientific research. Can we claim the specialised epilepsy "
     "care surcharge?", ("toeslag_epilepsie", "no")),
    ("My uncle lives in a nursing home with an indication including treatment, but that treatment is provided by "
     "another organisation. Is his dentist covered by the Wlz?", ("tandheelkundige_zorg_wlz", "no")),
    ("Our client completed his LVG treatment, got a new VV indication and is waiting for a place in a nursing home. "
     "May he stay with us for another 8 weeks?", ("sglvg_na_behandeling_blijven", "yes")),
    ("Our client completed his LVG treatment, got a new VV indication and is waiting for a place in a nursing home. "
     "May he stay with us for another 40 weeks?", ("sglvg_na_behandeling_blijven", "no")),
])
