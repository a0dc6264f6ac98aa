"""Misses of h14-dev, by concept. Variants written here, not taken from an eval set.

- The empty room paid for by the relatives ("het verpleeghuis wil dat wij de kamer betalen", "betalen voor zijn
  kamer"); not the laying out in the room ("het opbaren in de kamer betalen").
- The CElz advice in telegraphic style ("CElz-advies positief voor ons REC") and with what it was for before its
  outcome ("het advies van de CElz voor ons REC was (niet) positief"); not a question or a subordinate clause.
- An anti-bedsore mattress or cushion is an aid for nursing and care; the bedsore itself is no aid.
- English: a "stay-with-treatment" indication written as one compound, "a different organisation", and "did not get
  any Wlz indication".
- No Wlz indication in other words ("geen enkele Wlz-indicatie", "geen indicatie meer voor de Wlz").
- Third-line treatment with the verb before the subject after a fronted phrase ("volgens de psychiater kan een
  derdelijnsbehandeling wel uitkomst bieden"); not the question "Kan een derdelijnsbehandeling …?".
"""

from __future__ import annotations

import pytest

from assistant.rules.english import read_in_dutch

from .concept_helpers import reads_fact, verdict

pytestmark = pytest.mark.unit


# --------------------------------------------------------------------------- the room paid for

test_the_room_paid_for = reads_fact("kosten_soort", [
    ("Het verpleeghuis wil dat wij de kamer voor die dagen betalen.", "lege_kamer"),
    ("Moeten wij na het overlijden nog betalen voor zijn kamer?", "lege_kamer"),
    ("Moeten we haar kamer blijven betalen zolang ze daar opgebaard ligt?", "lege_kamer"),
    ("Moeten we de kamer doorbetalen tot de uitvaart?", "lege_kamer"),
    # the room as the place of the laying out, or something else paid for: not the room
    ("Het verpleeghuis wil dat wij het opbaren in de kamer betalen.", None),
    ("Wij betalen de koeling op de kamer.", "extra_opbaren"),
], english=True)


def test_room_paid_for_by_the_family_is_no() -> None:
    q = ("Mijn moeder is overleden en ligt opgebaard op haar kamer in het verpleeghuis. Wij moeten van het "
         "verpleeghuis haar kamer voor die dagen betalen. Mag dat?")
    assert verdict(q) == ("opbaren_kosten_nabestaanden", "no")


# --------------------------------------------------------------------------- the advice, telegraphic or with its subject

test_advice_positive = reads_fact("rec_dec_positief_advies", [
    ("CElz-advies positief voor ons REC: zes plaatsen.", True),
    ("Het advies van de CElz voor ons DEC voor Huntington viel positief uit.", True),
    ("Het advies van de CElz voor ons REC voor Korsakov was helaas niet positief.", False),
    # a question, a subordinate clause, or expired: unknown
    ("Is het CElz-advies positief?", None),
    ("We weten pas in juni of het CElz-advies positief is.", None),
    ("Als het advies positief is, gaan we starten.", None),
    ("Advies positief, maar inmiddels verlopen.", None),
], english=True)


def test_telegraphic_advice_decides_the_production_agreement() -> None:
    q = ("CElz-advies positief voor ons DEC: acht plaatsen. We verwachten dit jaar 340 ligdagen per plaats. "
         "We willen een productieafspraak van 2.500 dagen, binnen de looptijd van het advies. Kan dat?")
    assert verdict(q) == ("lvhc_productieafspraak", "yes")


# --------------------------------------------------------------------------- an anti-bedsore mattress

test_anti_bedsore_aid = reads_fact("hulpmiddel_soort", [
    ("Mevrouw heeft een anti-decubitusmatras nodig voor de verzorging.", "verpleging_verzorging"),
    ("Meneer krijgt een antidecubitusmatras.", "verpleging_verzorging"),
    ("Hij krijgt een decubituskussen in zijn stoel.", "verpleging_verzorging"),
    ("Wie betaalt de hulpmiddelen voor verpleging en verzorging?", "verpleging_verzorging"),
    # the bedsore itself is no aid: the wheelchair decides
    ("Mevrouw heeft decubitus en heeft een rolstoel op maat nodig.", "mobiliteit_individueel"),
    ("Mevrouw heeft decubitus.", None),
], english=True)


def test_anti_bedsore_mattress_with_treatment_is_from_the_budget() -> None:
    q = ("Meneer woont bij ons met verblijf inclusief behandeling en heeft een antidecubitusmatras nodig. "
         "Betaalt het zorgkantoor dat apart?")
    assert verdict(q) == ("hulpmiddel_bovenbudgettair", "no")


# --------------------------------------------------------------------------- English: the indication, another organisation

@pytest.mark.parametrize(("text", "dutch"), [
    ("She has a stay-with-treatment indication.", "verblijf met behandeling"),
    ("My mother has a stay without treatment indication in the nursing home. Is her dental care covered?",
     "verblijf zonder behandeling"),
    ("Her treatment is provided by a different organisation.", "door een andere organisatie"),
    ("She did not get any Wlz indication.", "kreeg geen wlz-indicatie"),
    ("He doesn't receive an indication from the CIZ, so what happens now?", "krijgt geen indicatie"),
])
def test_english_reading(text: str, dutch: str) -> None:
    assert dutch in read_in_dutch(text)


def test_english_does_not_get_her_treatment_keeps_the_negation_with_what_follows() -> None:
    # no article: "niet" stays, the treatment is not "geen"
    for text in ("She did not get her treatment from that same home.", "She does not get her treatment from that same home."):
        dutch = read_in_dutch(text)
        assert "niet" in dutch and "geen" not in dutch


def test_english_different_organisation_decides_dental_care() -> None:
    q = ("My father lives in a care home with a stay-with-treatment indication, but his treatment comes from a "
         "different organisation than the home. Is his dental care covered by the Wlz?")
    assert verdict(q) == ("tandheelkundige_zorg_wlz", "no")


# --------------------------------------------------------------------------- no Wlz indication

test_no_wlz_indication = reads_fact("vervolg_indicatie", [
    ("Ze heeft daarna geen enkele Wlz-indicatie gekregen.", "geen_wlz"),
    ("Hij krijgt geen indicatie meer voor de Wlz.", "geen_wlz"),
    ("She did not get any Wlz indication afterwards.", "geen_wlz"),
    ("Ze heeft geen enkele moeite met de nieuwe VG-indicatie.", "wlz_anders"),
    ("Ze heeft een Wlz-indicatie.", None),
], english=True)


def test_no_wlz_indication_beyond_13_weeks_is_no() -> None:
    q = ("De LVG-behandeling van onze cliënt is afgerond en hij heeft geen enkele Wlz-indicatie gekregen. "
         "Mag hij nog 20 weken bij ons blijven op kosten van het zorgkantoor?")
    assert verdict(q) == ("sglvg_na_behandeling_blijven", "no")


# --------------------------------------------------------------------------- third-line treatment, verb first

test_third_line_verb_first = reads_fact("derdelijns_uitkomst", [
    ("Volgens de psychiater kan een derdelijnsbehandeling wel uitkomst bieden.", True),
    ("Daarom zou een derdelijnsbehandeling volgens ons kunnen helpen.", True),
    ("Volgens de psychiater kan een derdelijnsbehandeling hem niet helpen.", False),
    # a question: unknown
    ("Kan een derdelijnsbehandeling hem helpen?", None),
    ("Volgens de psychiater kan een derdelijnsbehandeling wel uitkomst bieden, klopt dat?", None),
], english=True)
