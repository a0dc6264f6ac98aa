"""Misses of h18-dev (dev situations as longer messages, the facts spread over several sentences), by concept.
Variants written here, not taken from an eval set; each concept has a near miss that must not change (negated,
someone else's fact, a moment instead of a duration, or another rule).

- A fact put first and negated last with the client after the negation ("Persoonlijke verzorging leveren wij niet
  aan haar").
- How long a treater is deployed, said in a sentence of its own ("Het gaat om zes weken.").
- A thing taken up by "die" / "daarmee" in the next sentence: shared wheelchairs ("Op de afdeling staan twee
  rolstoelen. Die gebruiken alle bewoners."), a speech device for the care ("Daarmee kan hij de verpleging vertellen
  dat hij pijn heeft"), a negative CElz advice ("We kregen een advies van de CElz. Alleen was het negatief.").
- The zorgkantoor's contract with the institution named between ("ons zorgkantoor heeft met die instelling een
  contract").
- No Wlz indication after treatment, put first ("Een Wlz-indicatie krijgt ze daarna niet meer.").
- Doubt with a filler word ("…, weten we eigenlijk niet"): unknown, not a "nee".
- Routing: the period taken up in the asking sentence ("Kan de meerzorg voor die periode worden toegekend?") is the
  duration rule's question.
"""

from __future__ import annotations

import pytest

from .concept_helpers import decides, reads_fact

pytestmark = pytest.mark.unit


# --------------------------------------------------------------------------- negated last, the client after it

test_fronted_negation_with_the_client_after = reads_fact("persoonlijke_verzorging_indicatie", [
    ("Persoonlijke verzorging leveren wij niet aan haar.", False),
    ("Persoonlijke verzorging geven we niet aan meneer.", False),
    ("Persoonlijke verzorging leveren wij aan haar.", True),
    # near misses: only part negated ("niet alleen"), someone else after the negation
    ("Persoonlijke verzorging leveren wij niet alleen aan haar.", None),
    ("Persoonlijke verzorging leveren wij niet aan haar buurvrouw.", None),
])

test_fronted_negation_decides_daily_oral_care = decides([
    ("We komen twee keer per week bij mevrouw langs. Persoonlijke verzorging leveren wij niet aan haar. Zijn wij "
     "verantwoordelijk voor haar dagelijkse mondverzorging?", "no"),
    ("We komen twee keer per week bij mevrouw langs. Persoonlijke verzorging leveren wij aan haar. Zijn wij "
     "verantwoordelijk voor haar dagelijkse mondverzorging?", "yes"),
], rule="dagelijkse_mondverzorging")


# --------------------------------------------------------------------------- deployment length in its own sentence

test_short_deployment_in_a_sentence_of_its_own = reads_fact("kortdurend", [
    ("Het gaat om zes weken.", True),
    ("Dat is voor een periode van vier weken.", True),
    ("De inzet gaat om ongeveer twee maanden.", True),
    # near misses: too long to call short (asked), a rhythm, a moment
    ("Het gaat om zes maanden.", None),
    ("Het gaat om twee weken per jaar.", None),
    ("Het gaat om twee weken geleden.", None),
])

test_short_deployment_decides_h335 = decides([
    ("De SO wil voor een cliënt thuis een gedragswetenschapper inzetten. Het gaat om zes weken. Hij werkt onder "
     "haar regie. Mag dat onder H335 gedeclareerd worden?", "yes"),
    ("De SO wil voor een cliënt thuis een gedragswetenschapper inzetten. Het gaat om zes maanden. Hij werkt onder "
     "haar regie. Mag dat onder H335 gedeclareerd worden?", "unknown"),
], rule="h335_inzet_andere_behandelaar")


# --------------------------------------------------------------------------- taken up in the next sentence

test_shared_wheelchairs_in_the_next_sentence = reads_fact("hulpmiddel_soort", [
    ("Op onze afdeling staan twee rolstoelen. Die gebruiken alle bewoners.", "roerend_gedeeld"),
    ("Op de afdeling staan twee rolstoelen. Die worden door alle bewoners gebruikt.", "roerend_gedeeld"),
    # near misses: her own, used by her; negated (plain wheelchairs, as before)
    ("Mijn moeder heeft een eigen rolstoel. Die gebruikt ze elke dag.", "mobiliteit_individueel"),
    ("Op de afdeling staan twee rolstoelen. Die gebruiken niet alle bewoners.", "mobiliteit_individueel"),
])

test_shared_wheelchairs_decide = decides([
    ("Op onze afdeling staan twee rolstoelen. Die gebruiken alle bewoners, als iemand even naar de kapper moet. "
     "Worden die bovenbudgettair vergoed?", "no"),
    ("Mijn moeder heeft een eigen rolstoel. Die gebruikt ze elke dag. Wordt die bovenbudgettair vergoed?", "yes"),
], rule="hulpmiddel_bovenbudgettair")

test_speech_device_taken_up_by_daarmee = reads_fact("hulpmiddel_soort", [
    ("Hij krijgt een spraakcomputer. Daarmee kan hij de verpleging vertellen dat hij pijn heeft.", "spraak_primair"),
    ("Ze krijgt een spraakcomputer. Daarmee kan ze de verzorgenden laten weten wat ze nodig heeft.", "spraak_primair"),
    # near misses: a purpose added to another, people outside the care
    ("Hij krijgt een spraakcomputer. Daarmee kan hij ook de verpleging vertellen dat hij pijn heeft.", None),
    ("Hij krijgt een spraakcomputer. Daarmee kan hij zijn kleinkinderen vertellen hoe het gaat.", None),
])

test_negative_advice_in_the_next_sentence = reads_fact("rec_dec_positief_advies", [
    ("We hebben wel een advies van de CElz gekregen. Alleen was het negatief, helaas.", False),
    ("We kregen een CElz-advies. Dat was helaas negatief.", False),
    # near misses: not negative, another party negative
    ("We kregen een CElz-advies. Het was niet negatief.", None),
    ("We kregen een advies van de CElz. Het zorgkantoor was negatief over de uitbreiding.", None),
])

test_negative_advice_decides_purchase = decides([
    ("We hebben wel een advies van de CElz gekregen. Alleen was het negatief, helaas. Koopt het zorgkantoor dan "
     "toch LVHC-zorg voor Huntington bij ons in?", "no"),
    ("We hebben een advies van de CElz gekregen. Koopt het zorgkantoor LVHC-zorg voor Huntington bij ons in?",
     "unknown"),
], rule="lvhc_expertisezorg_inkoop")


# --------------------------------------------------------------------------- the contract with the institution

test_contract_with_the_institution_named_between = reads_fact("wachtinstelling_gecontracteerd", [
    ("Ons zorgkantoor heeft met die instelling een contract.", True),
    ("Het zorgkantoor heeft daar een overeenkomst mee.", True),
    # near misses: no contract, something else than a contract
    ("Het zorgkantoor heeft met die instelling geen contract.", False),
    ("Het zorgkantoor heeft met die instelling een gesprek gehad.", None),
])

test_contract_decides_bridging = decides([
    ("Onze cliënt heeft een SGLVG-indicatie. Hij staat actief op de wachtlijst bij een behandelinstelling, en ons "
     "zorgkantoor heeft met die instelling een contract. Tot hij daar terecht kan, willen we hem 20 weken bij ons "
     "laten wonen op een VG-zzp. Kan dat?", "yes"),
    ("Onze cliënt heeft een SGLVG-indicatie. Hij staat actief op de wachtlijst bij een behandelinstelling, en ons "
     "zorgkantoor heeft met die instelling geen contract. Tot hij daar terecht kan, willen we hem 20 weken bij ons "
     "laten wonen op een VG-zzp. Kan dat?", "no"),
], rule="sglvg_anders_verzilveren")


# --------------------------------------------------------------------------- no Wlz indication, put first

test_no_wlz_indication_put_first = reads_fact("vervolg_indicatie", [
    ("Een Wlz-indicatie krijgt mijn cliënte daarna niet meer.", "geen_wlz"),
    ("Een Wlz-indicatie heeft hij niet gekregen.", "geen_wlz"),
    # near misses: the negation limits something else, or there is none
    ("Een Wlz-indicatie krijgt ze niet meer dan een jaar.", None),
    ("Een Wlz-indicatie krijgt ze daarna gewoon weer.", None),
])

test_no_wlz_indication_decides_staying = decides([
    ("Haar LVG-behandeling is afgelopen. Een Wlz-indicatie krijgt mijn cliënte daarna niet meer. Ze zit nu 16 "
     "weken na de behandeling in de instelling. Vergoedt het zorgkantoor dat nog?", "no"),
    ("Haar LVG-behandeling is afgelopen. Ze zit nu 16 weken na de behandeling in de instelling. Vergoedt het "
     "zorgkantoor dat nog?", "unknown"),
], rule="sglvg_na_behandeling_blijven")


# --------------------------------------------------------------------------- doubt with a filler word

test_doubt_with_a_filler_word = reads_fact("epilepsie_volledig_spectrum", [
    ("Of we het volledige spectrum aan epilepsiezorg bieden, weten we eigenlijk niet.", None),
    ("Of we het volledige spectrum bieden, weet ik echt niet.", None),
    # near miss: the fact itself negated last
    ("Het volledige spectrum bieden we niet.", False),
])

test_doubt_decides_nothing = decides([
    ("Of we het volledige spectrum aan epilepsiezorg bieden, weten we eigenlijk niet. Komen we in aanmerking voor "
     "de toeslag gespecialiseerde epilepsiezorg?", "unknown"),
    ("Het volledige spectrum bieden we niet. Komen we in aanmerking voor de toeslag gespecialiseerde "
     "epilepsiezorg?", "no"),
], rule="toeslag_epilepsie")


# --------------------------------------------------------------------------- routing: the period asked about

test_the_period_asked_about_routes_to_the_duration = decides([
    ("We vroegen meerzorg aan voor 4 jaar. Het zorgkantoor zei 2 jaar. Kan de meerzorg voor die periode worden "
     "toegekend?", ("meerzorg_toekenningsduur", "unknown")),
    ("We vroegen meerzorg aan voor 2 jaar. Kan de meerzorg voor die periode worden toegekend?",
     ("meerzorg_toekenningsduur", "yes")),
    # near miss: no period asked about
    ("Mijn zoon woont thuis. Komt hij in aanmerking voor meerzorg?", ("meerzorg_bijzondere_zorgbehoefte", "unknown")),
])


# --------------------------------------------------------------------------- corrections

test_a_corrected_profile = reads_fact("zorgprofiel", [
    ("Mijn vader heeft VG5, eh nee, het is VG6.", "VG6"),
    ("Onze bewoner heeft LG4. Nee wacht, het is LG5.", "LG5"),
    ("Een jongen met VG7, nee sorry, VG8, wordt opgenomen.", "VG8"),
    ("Onze bewoner heeft VG 3. Eh nee, VG 2, ik keek in het verkeerde dossier.", "VG2"),
    # near misses: someone else's profile after "nee", a question between two, an earlier and a later one
    ("Mijn vader heeft VG5. Nee, mijn moeder heeft VG6.", None),
    ("Mijn moeder heeft VV4. Nee, haar buurvrouw heeft VV6.", "VV4"),
    ("Heeft hij VG5 of VG6?", None),
    ("Hij had VG5, nu VG6.", None),
])

test_a_corrected_percentage = reads_fact("ekt_percentage", [
    ("De extra kosten thuis worden 16% van het basisbedrag, eh nee sorry, 26%.", 26.0),
    ("De EKT is 15% van het basisbedrag. Nee, dat klopt niet, 35%.", 35.0),
    # near miss: a value that changes, not a correction
    ("De EKT was 15%, wordt 35%.", None),
])

test_a_correction_decides = decides([
    ("Mijn zoon heeft VG5, eh nee, het is VG2. Hij gaat naar een observatieplaats. Geldt de toeslag observatie?",
     ("toeslag_observatie_profiel", "no")),
    ("De extra kosten thuis worden 16% van het basisbedrag, eh nee sorry, 26%. Kan dat?", ("ekt_maximum", "no")),
    ("De extra kosten thuis worden 26% van het basisbedrag, eh nee sorry, 16%. Kan dat?", ("ekt_maximum", "yes")),
])


# --------------------------------------------------------------------------- "daar niet over", "de fysio"

test_no_agreements_put_first = reads_fact("toegelaten_behandeling", [
    ("Afspraken met het zorgkantoor hebben we daar niet over.", False),
    ("Afspraken met het zorgkantoor hebben we daar over.", None),
    # the licence said in another sentence: the two disagree, so it is asked
    ("Wij zijn toegelaten voor behandeling. Afspraken met het zorgkantoor hebben we daar niet over.", None),
])

test_the_physio_said_short = decides([
    ("Wij zijn toegelaten voor behandeling en hebben daar afspraken over met het zorgkantoor. Een cliënt met een "
     "MPT heeft de fysio nodig. Mogen we de fysio naast het MPT declareren?", ("wlz_behandeling_naast_zzp", "yes")),
    ("Afspraken met het zorgkantoor hebben we niet. Bij een cliënt met een MPT wil de fysio een paar weken komen. "
     "Mogen we dat naast het MPT declareren?", ("wlz_behandeling_naast_zzp", "no")),
])


# --------------------------------------------------------------------------- treatment put first, the site as "daar"

test_treatment_put_first_with_the_site_as_daar = reads_fact("locatie_biedt_behandeling", [
    ("Behandeling bieden we daar niet.", False),
    ("Behandeling geven we daar niet meer.", False),
    # the site named in full reads the same
    ("Behandeling bieden we op deze locatie niet.", False),
    ("Behandeling bieden we in die woning wel.", True),
    # near miss: another site named, not this one
    ("Behandeling bieden we op de hoofdlocatie niet.", None),
    ("Behandeling bieden we daar ook.", True),
    # near miss: only part negated
    ("Behandeling bieden we daar niet alleen aan bewoners.", None),
])

test_treatment_put_first_decides = decides([
    ("Het gaat om onze locatie aan de Dorpsstraat. Behandeling bieden we daar niet. Mag daar invasieve beademing "
     "geleverd worden?", ("invasieve_beademing_locatie", "no")),
    ("Het gaat om onze locatie aan de Dorpsstraat. Behandeling bieden we daar ook. Mag daar invasieve beademing "
     "geleverd worden?", ("invasieve_beademing_locatie", "yes")),
])
