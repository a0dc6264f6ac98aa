"""Wrong yes/no traps of dev12 (issue 12), by concept: a number said as one side of a range ("meer dan 25%", "boven
de 25%", "onder de 25%") is compared as that range, not as the number; what is said to be missing ("de AVG ontbreekt",
"het ontbreekt aan draagvlak") is a no, a negated absence ("ontbreekt niet") no reading; a judgement still to come
("in afwachting van het oordeel", "moet nog beoordelen of") neither yes nor no. Variants written here, not taken from
an eval set."""

from __future__ import annotations

import pytest

from .concept_helpers import decides, read_fact, verdict

pytestmark = pytest.mark.unit

VG7_REST = " Besloten setting, permanent toezicht en een AVG met gedragsdeskundige op hbo-niveau hebben we. Voldoen we aan de VG7-voorwaarden?"


@pytest.mark.parametrize(("question", "outcome"), [
    # above a number at or over the ceiling: no; below one at or under it: yes
    ("De EKT van mijn zoon komt boven de 25% uit. Mag dat?", "no"),
    ("De extra kosten thuis van mevrouw zijn meer dan 30 procent van het basisbedrag. Mag dat?", "no"),
    ("De EKT van mijn vader blijft onder de 25%. Mag dat?", "yes"),
    ("De EKT is minder dan 10% van het basisbedrag. Mag dat?", "yes"),
    # a side that straddles the ceiling: asked
    ("De EKT van mijn zoon is meer dan 20%. Mag dat?", "unknown"),
    ("De EKT is minder dan 30% van het basisbedrag. Mag dat?", "unknown"),
    # "niet meer dan" bounds it from above as "maximaal" does: read as the number asked, as before
    ("Mag de EKT niet meer dan 20 procent van het basisbedrag zijn?", "yes"),
    # a bound beside the value said: the value counts
    ("Het is niet zo dat de EKT van mijn zoon boven de 25% uitkomt, hij zit op 24%. Mag dat?", "yes"),
    # minutes: an integer, just past is one more or less
    ("Het duurt meer dan 5 minuten voordat iemand bij de cliënt is." + VG7_REST, "no"),
    ("Binnen minder dan 5 minuten is er iemand bij de cliënt." + VG7_REST, "yes"),
])
def test_a_number_said_as_one_side_of_a_range(question: str, outcome: str) -> None:
    got = verdict(question)
    assert got is not None and got == (got[0], outcome)
    assert got[0] in ("ekt_maximum", "vg7_voorwaarden")


@pytest.mark.parametrize(("text", "name", "value"), [
    ("De AVG ontbreekt nog.", "avg_gedragsdeskundige_hbo", False),
    ("Alleen de AVG ontbreekt.", "avg_gedragsdeskundige_hbo", False),
    ("Een besloten setting ontbreekt bij ons.", "besloten_setting", False),
    ("Het draagvlak in de regio ontbreekt.", "draagvlak_regio", False),
    ("Het ontbreekt ons aan draagvlak in de regio.", "draagvlak_regio", False),
    # a negated absence: two negations, no reading
    ("Draagvlak ontbreekt niet.", "draagvlak_regio", None),
    ("Een AVG, die ontbreekt niet.", "avg_gedragsdeskundige_hbo", None),
    # the positive statements stay yes
    ("Er is draagvlak in de regio.", "draagvlak_regio", True),
    ("We hebben een besloten setting.", "besloten_setting", True),
])
def test_what_is_missing_is_a_no(text: str, name: str, value: object) -> None:
    assert read_fact(text, name) == value


@pytest.mark.parametrize(("question", "outcome"), [
    ("We zijn nog in afwachting van het oordeel van het zorgkantoor over de bijzondere zorgbehoefte van mijn zoon. "
     "Komt hij in aanmerking voor meerzorg?", "unknown"),
    ("We wachten nog op het besluit van het zorgkantoor over de bijzondere zorgbehoefte van mijn moeder. Kan ze "
     "meerzorg krijgen?", "unknown"),
    ("Het zorgkantoor moet nog beoordelen of mijn vader een bijzondere zorgbehoefte heeft. Komt hij in aanmerking "
     "voor meerzorg?", "unknown"),
    # the judgement given: decided
    ("Het zorgkantoor heeft geoordeeld dat mijn vader een bijzondere zorgbehoefte heeft. Komt hij in aanmerking voor "
     "meerzorg?", "yes"),
    # waiting for a place is a fact of its own, not a judgement to come
    ("Mijn moeder wacht op een plek; ze staat actief wachtend bij een gecontracteerde SGLVG-instelling. Mag haar "
     "SGLVG-indicatie ter overbrugging 10 weken met een VPT worden verzilverd?", "yes"),
])
def test_a_judgement_still_to_come_is_neither_yes_nor_no(question: str, outcome: str) -> None:
    got = verdict(question)
    assert got is not None and got[1] == outcome


test_a_denied_or_earlier_value_is_not_the_value = decides([
    # a value denied where it is named is not the value; the one said beside it is
    ("Onze cliënt heeft geen VG5 meer maar VG4 sinds de herindicatie. Geldt de toeslag observatie voor zijn "
     "zorgprofiel?", ("toeslag_observatie_profiel", "no")),
    ("Meneer heeft LG3, niet LG4. Geldt de toeslag chronische ademhalingsondersteuning?",
     ("toeslag_ademhalingsondersteuning", "no")),
    ("Mevrouw heeft niet VV3 maar VV5. Geldt de toeslag chronische ademhalingsondersteuning?",
     ("toeslag_ademhalingsondersteuning", "yes")),
    # only the denied value: asked
    ("Mijn moeder heeft geen VV5. Geldt de toeslag chronische ademhalingsondersteuning voor haar?",
     ("toeslag_ademhalingsondersteuning", "unknown")),
    # the one value of a pair denied is the other one ("niet voor primaire communicatie": secondary)
    ("De spraakcomputer van mijn zoon is niet voor primaire communicatie. Wordt die 100% bovenbudgettair vergoed?",
     ("spraakhulpmiddel_bovenbudgettair", "no")),
    ("De spraakcomputer van mijn zoon is voor primaire communicatie. Wordt die 100% bovenbudgettair vergoed?",
     ("spraakhulpmiddel_bovenbudgettair", "yes")),
    # a profile of an earlier time is not the profile now
    ("Onze cliënt had vroeger VG6, nu heeft hij VG3. Geldt de toeslag observatie voor zijn zorgprofiel?",
     ("toeslag_observatie_profiel", "no")),
    ("Voorheen had mijn vader VV3, sinds de herindicatie VV6. Geldt de toeslag chronische ademhalingsondersteuning?",
     ("toeslag_ademhalingsondersteuning", "yes")),
    ("Onze cliënt had vroeger VG6. Geldt de toeslag observatie voor zijn zorgprofiel?",
     ("toeslag_observatie_profiel", "unknown")),
    # "eerst" only beside another profile: "had eerst VV4, het wordt misschien VV6" keeps VV4
    ("Eerst had ze VG6, nu VG3. Geldt de toeslag observatie voor haar?", ("toeslag_observatie_profiel", "no")),
    ("De cliënt had eerst zzp VV4, het wordt misschien VV6. Geldt de toeslag chronische ademhalingsondersteuning?",
     ("toeslag_ademhalingsondersteuning", "yes")),
])


test_durations_as_a_range_and_a_rejection_at_the_end = decides([
    # a duration said as one side of a range
    ("Mag een observatie met toeslag langer dan 12 maanden duren?", ("observatie_duur", "no")),
    ("Mag een observatie met toeslag korter dan 6 maanden duren?", ("observatie_duur", "yes")),
    ("Mag een observatie met toeslag langer dan 6 maanden duren?", ("observatie_duur", "unknown")),
    ("Kan meerzorg voor langer dan 3 jaar worden toegekend?", ("meerzorg_toekenningsduur", "no")),
    # "niet langer dan" bounds from above: the number asked, as before
    ("Mag de observatie met toeslag niet langer dan een jaar duren?", ("observatie_duur", "yes")),
    # a negative outcome as the clause's last word drops a "ja" read before it
    ("Het zorgkantoor heeft het oordeel over de bijzondere zorgbehoefte afgewezen. Komt ze in aanmerking voor "
     "meerzorg?", ("meerzorg_bijzondere_zorgbehoefte", "unknown")),
])


test_the_year_asked_about_now_and_a_shared_aid = decides([
    # an asking sentence about now: a year said only in the situation is not the zorgjaar
    ("Onze bewoner krijgt volgend jaar waarschijnlijk VV5, nu heeft hij VV2. Geldt de toeslag chronische "
     "ademhalingsondersteuning nu voor hem?", ("toeslag_ademhalingsondersteuning", "no")),
    ("Mijn vader krijgt volgend jaar misschien VV3; op dit moment heeft hij VV6. Geldt de toeslag chronische "
     "ademhalingsondersteuning op dit moment?", ("toeslag_ademhalingsondersteuning", "yes")),
    # asked about that later year: it stays the zorgjaar (no rule version for 2027: unknown)
    ("Mijn moeder krijgt volgend jaar VV5. Geldt de toeslag chronische ademhalingsondersteuning dan?",
     ("toeslag_ademhalingsondersteuning", "unknown")),
    # a wheelchair said as shared beside "rolstoel": two kinds named, asked (no "ja" for an individual one)
    ("De rolstoel van mijn moeder is niet individueel aangepast, iedereen op de afdeling gebruikt hem. Wordt die "
     "bovenbudgettair vergoed?", ("hulpmiddel_bovenbudgettair", "unknown")),
    ("De rolstoel van mijn moeder is individueel aangepast. Wordt die bovenbudgettair vergoed?",
     ("hulpmiddel_bovenbudgettair", "yes")),
])


test_another_persons_number_is_not_the_clients = decides([
    # of two numbers, the one in a part about another person is not the client's
    ("Mijn vader krijgt 30% EKT, zijn buurman 20%. Mag dat voor mijn vader?", ("ekt_maximum", "no")),
    ("Mijn moeder krijgt 20% EKT, haar kamergenote 40%. Mag dat voor mijn moeder?", ("ekt_maximum", "yes")),
    # the neighbour named first, the client after a comma: the part that opens with "mijn vader" is his (test_concepts18;
    # the dev scenario dev12-ekt-buurvrouw-eerst)
    ("Mijn buurvrouw krijgt 30% EKT, mijn vader zou 20% krijgen. Mag dat voor hem?", ("ekt_maximum", "yes")),
])
