"""Misses of h20-dev (dev situations in the English of non-native speakers, with Dutch terms mixed in), by concept.
Variants written here, not taken from an eval set; each concept has a near miss that must not change (negated,
someone else's fact, or another rule). All through the English phrase table (assistant/rules/data/facts/english.yaml).

- Dunglish word order and words: "level 3 security", "we don't have also a forensic ward", "are we (with this)
  meeting the requirements", "lives by us", "has she still right on it", "more high", "the moving".
- The SO's direction and responsibility with "of" ("under responsibility and regie of our SO").
- Supervision "day and night"; a third-line treatment that "can give a solution"; earlier interventions that "were
  not enough"; De Borg that "has not enough place".
- Transition funds: "not paid from anywhere else", "no other regeling which fits better".
- DZEP in English ("dementia with very serious problem behaviour"); expertise hired "from outside"; the home's own
  treaters ("of the home itself"); a dentist "under the Wlz".
- A supplement "valid" for a profile; care staff "inside our normal formatie" or coming "on top of it".
- Durations: "take more or less one year" (stays unknown), "make the observation four months longer", the advice
  valid "until end of 2026"; places made "more high" or "it becomes 18"; "temporary" treatment.
- "It is not so that ..." as "it is not the case that ...".
"""

from __future__ import annotations

import pytest

from .concept_helpers import decides, reads_fact

pytestmark = pytest.mark.unit


# --------------------------------------------------------------------------- security level, forensic ward

test_level_n_security = reads_fact("beveiligingsniveau", [
    ("Our client with GGZ-W5 needs level 4 security, can he come to us?", 4),
    ("Our client with GGZ-W5 needs security level 2, can he come to us?", 2),
    # no level named
    ("Our client with GGZ-W5 needs a lot of security, can he come to us?", None),
], english=True)

test_no_forensic_ward_with_also = decides([
    ("Client with GGZ-W5 needs level 3 security. We are no Borginstelling and we don't have also a forensic "
     "psychiatric department. Can he be placed by us?", "no"),
    ("Client with GGZ-W5 needs level 3 security. We are no Borginstelling but we have a forensic psychiatric "
     "department. Can he be placed by us?", "yes"),
], rule="ggzw5_beveiligingsniveau")


# --------------------------------------------------------------------------- the SO's direction, temporary treatment

test_direction_of_the_so = reads_fact("onder_regie_so", [
    ("The physiotherapist will work under responsibility and regie of our SO, can we declare H335?", True),
    ("The ergotherapeut works under direction and responsibility of the SO, can we declare H335?", True),
    ("The psycholoog works zelfstandig, so not under the regie of the SO. Can we declare H335?", False),
], english=True)

test_h335_with_of = decides([
    ("A gedragskundige will guide for four weeks a client at home, under responsibility and regie of our SO. Can "
     "we declare that under H335?", "yes"),
    ("The psycholoog works zelfstandig, so not under the regie of the SO. It is for four weeks. Can we declare "
     "that under H335?", "no"),
], rule="h335_inzet_andere_behandelaar")

test_temporary_treatment_next_to_zgvis = decides([
    ("Client has ZZP ZGvis 2. He needs temporary, around two months, behandeling ZG. Can we declare it next to "
     "the zzp?", "yes"),
    ("Client has ZZP ZGvis 2. He needs behandeling ZG, not temporary but structureel. Can we declare it next to "
     "the zzp?", "no"),
], rule="zg_behandeling_naast_zgvis")


# --------------------------------------------------------------------------- VG7 and LVG requirements

test_day_and_night_supervision = decides([
    ("Do we meet the inkoopvoorwaarden for VG7? We have a besloten group, there is day and night toezicht and we "
     "can intervene directly, someone is by the client within two minutes, and there are an AVG, a "
     "gedragsdeskundige and begeleiders on hbo level.", "yes"),
    ("Do we meet the inkoopvoorwaarden for VG7? We have a besloten group, there is no day and night toezicht, "
     "someone is by the client within two minutes, and there are an AVG, a gedragsdeskundige and begeleiders on "
     "hbo level.", "no"),
], rule="vg7_voorwaarden")

test_are_we_meeting_the_requirements = decides([
    ("For our LVG 5 clients living and dagbesteding are on one location, the expertise we have in house and the "
     "behandelaar is a GZ-psycholoog. Are we meeting the requirements?", "yes"),
    ("For LVG 5 the treatment expertise we hire from outside. Are we with this meeting the eisen?", "no"),
    ("We have clients with LVG 1. Living and day activities are by us on different locations and the expertise "
     "we hire from outside. Do we fulfil the eisen for this LVG profile?", "yes"),
], rule="lvg_aanbieder_voorwaarden")


# --------------------------------------------------------------------------- SGLVG purchase

test_sglvg_purchase_in_other_words = decides([
    ("Earlier interventies were not enough by this girl, a derdelijns treatment can give a solution and by De "
     "Borg is no place. Does the zorgkantoor buy extra SGLVG-verblijf with treatment?", "yes"),
    ("By this boy earlier interventions worked not enough, a third line treatment can according to the "
     "psychologist give solution, and the De Borg instellingen have not enough place. Does the zorgkantoor buy "
     "extra SGLVG-verblijf with treatment?", "yes"),
    # De Borg has room
    ("Earlier interventies were not enough, a derdelijns treatment can give a solution, but De Borg has enough "
     "aanbod. Does the zorgkantoor buy extra SGLVG-verblijf with treatment?", "no"),
], rule="sglvg_extra_inkoop")


# --------------------------------------------------------------------------- transition funds

test_nowhere_else_and_no_better_scheme = decides([
    ("Our plan: two VV-aanbieders do it together, there is draagvlak in the region and a transformatieplan with "
     "SMART agreements. It is not paid from anywhere else and there is no other regeling which fits better. Is "
     "this plan eligible for transitiemiddelen?", "yes"),
    # another scheme that fits better: not read as "no other scheme" (asked, never a yes)
    ("Our plan: two VV-aanbieders do it together, there is draagvlak in the region and a transformatieplan with "
     "SMART agreements. It is not paid from anywhere else but there is another regeling which fits better. Is "
     "this plan eligible for transitiemiddelen?", "unknown"),
], rule="transitiemiddelen_inzet")


# --------------------------------------------------------------------------- LVHC

test_dementia_with_very_serious_problem_behaviour = reads_fact("client_group", [
    ("We are DEC for dementia with very serious probleemgedrag. Can we declare C&A in 2026?", "dzep"),
    ("We are a REC for dementia with severe challenging behavior. Can we declare C&A in 2026?", "dzep"),
    # dementia alone is no LVHC group
    ("We are a nursing home for dementia. Can we declare C&A in 2026?", None),
], english=True)

test_places_more_high_and_it_becomes = decides([
    ("Can our REC make the number of places more high than the CElz-advies?", ("lvhc_plaatsen_verhogen", "no")),
    ("Our CElz-advies says 10 places. Can we agree with the zorgkantoor that it becomes 12?",
     ("lvhc_plaatsen_verhogen", "no")),
])

test_advice_until_end_of_a_year = decides([
    ("We are DEC with positive advice for 5 places and 365 ligdagen per place. The advice is valid until end of "
     "2026. Does a productieafspraak of 1800 days fit?", "yes"),
    ("We are DEC with positive advice for 5 places and 365 ligdagen per place. The advice is valid until end of "
     "2025. Does a productieafspraak for 2026 of 1800 days fit?", "no"),
], rule="lvhc_productieafspraak")


# --------------------------------------------------------------------------- observation, supplements

test_observation_durations_in_dunglish = decides([
    # "more or less" a year stays unknown (never read as "over een jaar")
    ("May an observation take more or less one year?", "unknown"),
    ("I work as orthopedagoog. We observe this client now eleven months and want to make the observatie three "
     "months longer. Is that possible?", "no"),
], rule="observatie_duur")

test_a_supplement_valid_for_a_profile = decides([
    ("Our client has since May a VG6. Is the toeslag observatie valid for her?", ("toeslag_observatie_profiel", "yes")),
    ("Is the toeslag observatie valid for a client with LVG 2?", ("toeslag_observatie_profiel", "no")),
    ("Is the toeslag ademhalingsondersteuning for a client with VV 9b valid?",
     ("toeslag_ademhalingsondersteuning", "yes")),
])


# --------------------------------------------------------------------------- dental care, speech devices

test_dentist_under_the_wlz = decides([
    ("My mother lives in a verpleeghuis with verblijf met behandeling. The SO and the fysiotherapeut of the home "
     "itself are treating her. Is the dentist then under the Wlz?", "yes"),
    ("My father lives at home with a pgb. Is the dentist then under the Wlz?", "no"),
], rule="tandheelkundige_zorg_wlz")

test_still_right_on_it_after_the_moving = decides([
    ("She moved two months ago. The dentist started the bridge only after the moving. Has she still right on it?",
     "no"),
    ("Mevrouw moved one month ago to another woonvorm. The dentist wants to place a kroon. After the moving does "
     "she still have right on this dental help?", "unknown"),
], rule="tandheelkundig_na_verhuizing")

test_telling_the_care_staff_what_she_needs = reads_fact("hulpmiddel_soort", [
    ("She needs a spraakcomputer for telling the zorgmedewerkers what care she needs. Is it paid bovenbudgettair?",
     "spraak_primair"),
    ("He needs a speech computer to tell the verzorgenden what he needs. Is it paid bovenbudgettair?",
     "spraak_primair"),
], english=True)


# --------------------------------------------------------------------------- care during education, contracts

test_staff_inside_or_on_top_of_the_formatie = decides([
    ("It is not so that this begeleider falls inside our normal formatie: she comes really on top of it. Can we "
     "use her for zorg tijdens onderwijs?", "yes"),
    ("Can we let the care during the lessons be done by our own begeleiders, just inside the reguliere formatie?",
     "no"),
    ("She does not come on top of the formatie, she is in our normal formatie. Can we use her for zorg tijdens "
     "onderwijs?", "no"),
], rule="zorg_onderwijs_personeel")

test_it_is_not_so_that = decides([
    ("It is not so that the zorgkantoor has no contract with the SGLVG-instelling where he is actief wachtend; "
     "the contract is there. Can he for ten weeks, as overbrugging, get care by a VG-aanbieder without "
     "behandeling?", "yes"),
], rule="sglvg_anders_verzilveren")


# --------------------------------------------------------------------------- moving in, a start in Dutch word order

test_came_to_live_and_already_started = decides([
    ("Mevrouw came to live by us on 2 November 2026. Her own tandarts was already in October started with a new "
     "kroon. Has she still right on it?", "yes"),
    # more than nine weeks after the move
    ("My father came to live with us on 3 March 2026. His dentist has already in January begun with new dentures. "
     "Has he still right on it?", "no"),
    # the start not before the move: asked
    ("Mevrouw came to live by us on 2 November 2026. Her dentist starts the new kroon next week. Has she still "
     "right on it?", "unknown"),
], rule="tandheelkundig_na_verhuizing")


# --------------------------------------------------------------------------- "about one year" is never "in a year"

test_about_one_year_stays_approximate = decides([
    ("Is it okay if the observation is about one year long?", "unknown"),
    ("Can an observation go on for about one year?", "unknown"),
    # without "about": a year, within the maximum
    ("Can an observation go on for one year?", "yes"),
], rule="observatie_duur")
