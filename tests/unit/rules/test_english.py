"""English questions reach the Dutch rules through the phrase table (``data/facts/english.yaml``), negations
included; Dutch questions pass unchanged."""

from __future__ import annotations

import re._constants as _c
import re._parser as _p
from datetime import date
from typing import Any

import pytest

from assistant.rules import RuleBook
from assistant.rules.english import read_in_dutch, table

pytestmark = pytest.mark.unit

BOOK = RuleBook.load()
STAND = date(2026, 12, 1)

CASES = [
    ("We are a DEC with a positive CElz advice for Huntington. Can we bill consultation and advice this year?",
     "lvhc_ca_declareren", "yes"),
    ("We are a REC for Korsakoff but we don't have a positive CElz advice. Can we bill C&A?", "lvhc_ca_declareren", "no"),
    ("We are a REC for Korsakoff but our CElz advice isn't positive. Can we bill C&A?", "lvhc_ca_declareren", "no"),
    ("Our client has MS+ and we are an expertise centre without positive advice. Can we bill C&A in 2026?",
     "lvhc_ca_declareren", "no"),
    ("Who pays for my mother's wheelchair in the nursing home?", "hulpmiddel_bovenbudgettair", "yes"),
    ("My father lives at home with a full package at home (VPT). Is his dental care covered by the Wlz?",
     "tandheelkundige_zorg_wlz", "no"),
    ("My mother lives in a nursing home without treatment. Is her dental care covered by the Wlz?",
     "tandheelkundige_zorg_wlz", "no"),
    ("Does the observation surcharge apply to a client with VG7?", "toeslag_observatie_profiel", "yes"),
    # a speech device is the speech rule, not the general one; "cannot speak" and "primary means of communication"
    ("Our resident can no longer speak; the speech computer is his primary means of communication with the nurses. "
     "Is it reimbursed above budget in 2025?", "spraakhulpmiddel_bovenbudgettair", "yes"),
    ("Can the number of places of our REC be increased beyond the CElz advice?", "lvhc_plaatsen_verhogen", "no"),
    ("Treatment is available at our location. May we deliver VV9b there?", "zzp_vv9b_locatie", "yes"),
    ("The care office found that my mother has a care need her care profile cannot meet. Does she qualify for "
     "meerzorg?", "meerzorg_bijzondere_zorgbehoefte", "yes"),
    ("My mother lives in a nursing home with treatment, and her dentist works for the same nursing home. Is her "
     "dental care covered by the Wlz?", "tandheelkundige_zorg_wlz", "yes"),
    # after the treatment vs waiting for it; "3,400" is three thousand four hundred; "of" is no Dutch "or"
    ("My son finished his LVG treatment and now has a VG indication. He is waiting for a place in a group home, which "
     "will take 12 weeks. Can he stay in the LVG institution until then, paid by the care office?",
     "sglvg_na_behandeling_blijven", "yes"),
    ("Our client with an LVG indication is on the waiting list of a contracted LVG treatment centre. Meanwhile we care "
     "for him with a VPT for 10 weeks. Is that allowed?", "sglvg_anders_verzilveren", "yes"),
    ("We have a positive CElz advice for 10 places and expect 350 days per place. Can we make a production agreement "
     "of 3,400 days within the term of the advice?", "lvhc_productieafspraak", "yes"),
    ("May we charge the family for the rent of the room while it is empty after the death of a resident?",
     "opbaren_kosten_nabestaanden", "no"),
    ("Can we deploy an extra carer at school on top of our regular staffing for care during education?",
     "zorg_onderwijs_personeel", "yes"),
    ("Treatment is not available at this location. Can we deliver VV9b there?", "zzp_vv9b_locatie", "no"),
    ("The elderly care physician wants to deploy a physiotherapist for a few weeks under her direction and "
     "responsibility. Can we bill that under H335?", "h335_inzet_andere_behandelaar", "yes"),
    ("My client with LVG 2 has had a personal budget since 2017 but his indication decision has expired. Can he keep "
     "the pgb?", "lvg_pgb", "no"),
    ("My client with LVG 1 has had a pgb since before 2020, and his indication decision is still valid. Can he keep "
     "the pgb?", "lvg_pgb", "yes"),
    # numbers in words, "minutes", "closed unit", "supervision", "behavioural expert", "physician"
    ("Can an observation with the observation surcharge last nine months?", "observatie_duur", "yes"),
    ("Our locked ward has constant supervision with the ability to intervene immediately. Somebody can be with the "
     "client within three minutes; an AVG doctor, a behavioural specialist and HBO-level support staff are present. "
     "Do we meet the purchasing conditions for VG7?", "vg7_voorwaarden", "yes"),
    # treaters who work on site: treatment at the location
    ("At our location a physiotherapist and an elderly care physician work on site. Can we deliver VV9b here?",
     "zzp_vv9b_locatie", "yes"),
    ("We operate a forensic psychiatric ward. Our client with GGZ-W5 needs security level 2. Can he be placed with us?",
     "ggzw5_beveiligingsniveau", "yes"),
    # a ZG profile said in words
    ("My father has a care profile for hearing impairment. Is his treatment paid from the Wlz and not the Zvw?",
     "zg_behandeling_wlz", "yes"),
    # "treats", "that home", "orthopedagogue", "registration", "moved … ago", "nothing had been started", "the move",
    # "for a limited period of", "next to"; a dental question after a move stays with the move rule
    ("My father lives in a nursing home with treatment and the elderly care physician of that home treats him. Is his "
     "dentist covered by the Wlz?", "tandheelkundige_zorg_wlz", "yes"),
    ("Our client with LVG 5 is treated by an orthopedagogue without GZ registration. Do we meet the conditions for LVG "
     "5?", "lvg_aanbieder_voorwaarden", "no"),
    ("The client moved three weeks ago. The dentist only wants to start a new treatment now; nothing had been started "
     "before the move. Is the dental care still covered?", "tandheelkundig_na_verhuizing", "no"),
    ("My client with ZGvis 2 needs treatment for a limited period of two months. Can the ZG treatment be billed next to "
     "the ZZP?", "zg_behandeling_naast_zgvis", "yes"),
    ("Our client with VG 7 lives in an open group. Do we meet the VG7 conditions?", "vg7_voorwaarden", "no"),
    ("My aunt has a care profile for a visual impairment. Does the Wlz pay for her treatment instead of the Zvw?",
     "zg_behandeling_wlz", "yes"),
    ("One of our clients has a Wlz indication, but not for personal care. Are we responsible for her daily oral care?",
     "dagelijkse_mondverzorging", "no"),
    # "production", "agree", "bed days", "valid until": the production agreement, not whether the care is purchased
    ("Our DEC for Huntington has a positive CElz advice for 6 places, valid until 2028. We expect 350 bed days per "
     "place. Can we agree a production of 2,200 days with the care office for 2026?", "lvhc_productieafspraak", "no"),
    ("The CElz advice for our DEC says 12 places. Can the care office contract 15 places with us because of the "
     "waiting list?", "lvhc_plaatsen_verhogen", "no"),
    ("Is it possible to get more places than the CElz advised for our REC?", "lvhc_plaatsen_verhogen", "no"),
    ("There is no treatment at our small-scale housing location. Can a resident with invasive ventilation live there?",
     "invasieve_beademing_locatie", "no"),
    ("Our location has an elderly care physician and a treatment team on site. Are we allowed to provide VV9b there?",
     "zzp_vv9b_locatie", "yes"),
    ("It is not the case that there is no treatment at the location: our physiotherapists work there every day. May "
     "we deliver VV9b there?", "zzp_vv9b_locatie", "yes"),
    ("We offer the full spectrum of epilepsy care including specialised education, we provide both third-line "
     "clinical and long-term epilepsy care, and we do continuous scientific research with an academic hospital. Do we "
     "qualify for the specialised epilepsy care surcharge?", "toeslag_epilepsie", "yes"),
    ("We are an REC with a positive advice for 12 places and expect 365 days per place this year. We want a production "
     "agreement of 4,000 days, within the term of the advice. Is that within the ceiling?", "lvhc_productieafspraak",
     "yes"),
    ("The zorgkantoor decided that my client's care need exceeds what his care profile provides. Can he get meerzorg "
     "at home?", "meerzorg_bijzondere_zorgbehoefte", "yes"),
    # a rejected application is a "nee", a pending one no designation (were wrong "ja"s)
    ("Our application as a DEC for Huntington was rejected by the CElz. Can we bill C&A in 2026?",
     "lvhc_ca_declareren", "no"),
    ("We applied to become a REC for Korsakoff but have not heard back yet. Can we bill C&A in 2026?",
     "lvhc_ca_declareren", "unknown"),
    ("My father lives in a nursing home with treatment. The dentist is from an external practice. Is his dental care "
     "covered by the Wlz?", "tandheelkundige_zorg_wlz", "no"),
    # what a speech device is for: the people talked with, a second device beside the one for the care
    ("She wants a speech computer to talk with her grandchildren. Is that paid outside the budget?",
     "spraakhulpmiddel_bovenbudgettair", "no"),
    ("He already has a speech device for his care and now asks for a second one. Is that paid outside the budget?",
     "spraakhulpmiddel_bovenbudgettair", "no"),
    ("He cannot speak. He needs a speech computer to talk with his carers and his family. Is it paid outside the "
     "budget?", "spraakhulpmiddel_bovenbudgettair", "yes"),
    # daily oral care in other words
    ("We provide his personal care at home. Are we also responsible for cleaning his dentures every day?",
     "dagelijkse_mondverzorging", "yes"),
    # the school setting
    ("We want to add one of our own carers in the classroom of a pupil with a Wlz indication, on top of our normal "
     "staffing. Is that allowed?", "zorg_onderwijs_personeel", "yes"),
    # more than the profile provides, said as going beyond it (read before "beyond" alone)
    ("The zorgkantoor says his care needs go well beyond what his care profile can reasonably provide. Can he get "
     "meerzorg?", "meerzorg_bijzondere_zorgbehoefte", "yes"),
    # "could" asks as "can" does
    ("The CElz advice for our REC names 12 places. Could the zorgkantoor give us more places than that?",
     "lvhc_plaatsen_verhogen", "no"),
    # an adjective before its noun: the empty room
    ("Our resident passed away and the room stood vacant for a week. May we charge the relatives for the vacant room?",
     "opbaren_kosten_nabestaanden", "no"),
    # a duration and its extension
    ("The observation has been running for 10 months and the therapist wants to extend it by 4 months. Is that "
     "allowed?", "observatie_duur", "no"),
    ("The observation lasts six months at first and we want to extend it by three months. Is that allowed?",
     "observatie_duur", "yes"),
    ("The treatment of our SGLVG client has been completed. He got a VG indication from the CIZ and is waiting for a "
     "place. Can he stay with us in the SGLVG institution for about 2 more months?", "sglvg_na_behandeling_blijven",
     "yes"),
    # neither closed nor secured ("or" read as the Dutch "of", not again as the English "of")
    ("We work without a closed or secured setting, in ordinary houses. Can we meet the purchasing conditions for VG7?",
     "vg7_voorwaarden", "no"),
    # a start after the move
    ("He moved to us three weeks ago. His dentist only started on new dentures after the move. Is he still entitled to "
     "that dental care?", "tandheelkundig_na_verhuizing", "no"),
    # the room itself charged after a death
    ("A resident died and was laid out in her own room. Can we charge the family for the room during those days?",
     "opbaren_kosten_nabestaanden", "no"),
    # numbers in words: "fourteen" is no "een" (one), a fraction of the base amount
    ("Can the observation with surcharge last fourteen months?", "observatie_duur", "no"),
    ("The additional costs at home are a fifth of the base amount. Is that permitted?", "ekt_maximum", "yes"),
    # "takes effect" is the start of the advice (not "lasts"); the ZZP itself billed
    ("Our positive CElz advice as a REC takes effect on 1 March 2026. May we bill the care profile from 1 February "
     "2026?", "lvhc_zzp_declaratie", "no"),
    ("We only provide day activities to this client. Are we responsible for brushing her teeth?",
     "dagelijkse_mondverzorging", "no"),
    ("We provide care during school through the care profile including day activities. Can we charge the child "
     "supplement on top?", "zorg_onderwijs_kindtoeslag", "no"),
    # neither … nor, no … or: the negation governs both
    ("Our VG7 location has neither a closed nor a secured unit. Do we meet the VG7 conditions?", "vg7_voorwaarden",
     "no"),
    ("There is no closed or secured setting at our location. Do we meet the VG7 requirements?", "vg7_voorwaarden",
     "no"),
    ("For our LVG 4 group, living, day activities and leisure are at one location, our therapists are all employed by "
     "us and the lead practitioner is a registered GZ psychologist. Do we meet the conditions?",
     "lvg_aanbieder_voorwaarden", "yes"),
    # a denied absence of a contract, a relative clause inside the denial ("where she is actively waiting")
    ("It is not the case that the zorgkantoor has no contract with the LVG institution where she is actively waiting. "
     "May she receive VG care from us for 8 weeks to bridge the gap until her admission?", "sglvg_anders_verzilveren",
     "yes"),
    # obligations, grants, euros, the rest of a life
    ("We deliver personal care to a resident in the nursing home. Do we also have to clean her false teeth every day?",
     "dagelijkse_mondverzorging", "yes"),
    ("Can meerzorg be granted for the rest of her life?", "meerzorg_toekenningsduur", "no"),
    ("The extra costs at home are 600 euros on a base amount of 3,000 euros. Is that allowed?", "ekt_maximum", "yes"),
    # employment
    ("For our LVG 5 group the psychologists are hired in from an agency. Do we meet the LVG conditions?",
     "lvg_aanbieder_voorwaarden", "no"),
    # telling the carers about pain: primary communication; the institution budget named without "'s"
    ("My father needs a speech computer to let the care staff know about his pain. Is it paid outside the institution "
     "budget?", "spraakhulpmiddel_bovenbudgettair", "yes"),
    # licensed for treatment with agreements about it, occupational therapy on top of a package at home
    ("We provide an MPT at home. We are authorised for treatment and have agreements on it with the zorgkantoor. May we "
     "bill occupational therapy on top of the MPT?", "wlz_behandeling_naast_zzp", "yes"),
    # the need as the subject in the passive; ordered before the move
    ("The zorgkantoor found that my father's care needs cannot be met within his care profile. Can he get meerzorg at "
     "home?", "meerzorg_bijzondere_zorgbehoefte", "yes"),
    ("A new bridge had already been ordered before my mother moved to the nursing home two weeks ago. Is she still "
     "entitled to that dental work?", "tandheelkundig_na_verhuizing", "yes"),
    # --- the h16 sweep (English renderings of dev scenarios): general vocabulary, each with its own wording here
    # contractions spelled out ("we're", "we'd"), "fulfil" for "meet", separate sites, leisure time
    ("We're a DEC for Huntington's with a positive CElz advice. We'd like to know: can we bill consultation and advice "
     "this year?", "lvhc_ca_declareren", "yes"),
    ("Does our organisation fulfil the LVG 5 requirements? Living, day activities and leisure time are on separate "
     "sites.", "lvg_aanbieder_voorwaarden", "no"),
    # dates written the English way round ("March 1st, 2026", "February 15th 2026")
    ("Our positive CElz advice as an REC takes effect on March 1st, 2026. Can we bill the care profile from February "
     "15th 2026?", "lvhc_zzp_declaratie", "no"),
    ("Our REC's positive CElz advice has June 1st 2026 as its start date. Can we bill the care profile from July 1st "
     "2026?", "lvhc_zzp_declaratie", "yes"),
    ("Mum moved into the nursing home on October 20th 2026. Her dentist had already started a crown before the move. "
     "Is she still entitled to it?", "tandheelkundig_na_verhuizing", "yes"),
    ("Mum moved into the nursing home on August 3rd 2026. Her dentist had already started a crown before the move. Is "
     "she still entitled to it?", "tandheelkundig_na_verhuizing", "no"),
    # tens in words
    ("Can an observation last seventy weeks?", "observatie_duur", "no"),
    # the SO's direction and responsibility, working independently, ongoing support, a short while
    ("The elderly care physician wants to deploy a behavioral therapist for a short while, but the therapist doesn't "
     "work under her supervision. Can we bill that under H335?", "h335_inzet_andere_behandelaar", "no"),
    ("Can the psychologist we deploy under H335 work independently, not under the SO's direction?",
     "h335_inzet_andere_behandelaar", "no"),
    ("Can the elderly care physician deploy a physio under H335 for ongoing support of a resident? He falls under the "
     "SO's responsibility.", "h335_inzet_andere_behandelaar", "no"),
    # a custom-made aid, wound dressing supplies
    ("My sister lives in a care home and got a custom-made wheelchair built especially for her. Is it paid outside the "
     "home's budget?", "hulpmiddel_bovenbudgettair", "yes"),
    # an indication decision that runs until a later year
    ("My son has LVG 1 and has had a personal budget since 2019; his indication decision is valid until 2029. May he "
     "keep the pgb?", "lvg_pgb", "yes"),
    # "purchasing", days of occupancy, "we count on", "does … fit", "expires on", "the end of December"
    ("Was the care office already purchasing Korsakoff care from us in 2025? We're a REC with a positive CElz advice.",
     "lvhc_expertisezorg_inkoop", "yes"),
    ("Our REC has a positive advice for five beds and we count on 350 days of occupancy per bed. The advice remains "
     "valid until 2028. Does a production agreement of 1,800 days fit?", "lvhc_productieafspraak", "no"),
    ("Our REC has a positive advice for five beds and we count on 350 days of occupancy per bed. The advice remains "
     "valid until 2028. Would a production agreement of 1,700 days fit?", "lvhc_productieafspraak", "yes"),
    ("We're a DEC with a positive CElz advice for 4 places and expect 365 bed days. The advice expires on March 31st "
     "and the agreement would run until the end of December. Can we agree 1,200 days?", "lvhc_productieafspraak", "no"),
    # special care needs
    ("The care office judged that my mom has no special care needs. Can she get meerzorg?",
     "meerzorg_bijzondere_zorgbehoefte", "no"),
    # lying in state, costs passed on to the next of kin
    ("When a resident lies in state in her room, may we pass the extra costs of the cooling on to the next of kin?",
     "opbaren_kosten_nabestaanden", "yes"),
    ("May we pass the rent for the empty room on to the bereaved family?", "opbaren_kosten_nabestaanden", "no"),
    # a relative clause without "that": a treatment centre the care office has (no) contract with
    ("My client has an SGLVG indication and is actively waiting for a treatment centre the care office has a contract "
     "with. Can a VG provider take her in for 8 weeks as a bridge until admission?", "sglvg_anders_verzilveren", "yes"),
    ("My client has an SGLVG indication and is actively waiting for a treatment centre the care office has no contract "
     "with. Can a VG provider take her in for 8 weeks as a bridge until admission?", "sglvg_anders_verzilveren", "no"),
    # treatment complete (passive), an indication granted once again; no room at De Borg
    ("Her LVG treatment is complete and the CIZ granted her an LVG indication once again. May she stay at the LVG "
     "institution, paid by the care office?", "sglvg_na_behandeling_blijven", "yes"),
    ("Previous interventions didn't work and third-line treatment could help, but there's no room at De Borg. Will the "
     "care office buy in extra SGLVG residential care with treatment?", "sglvg_extra_inkoop", "yes"),
    # a text-to-speech app for the grandkids
    ("My father only uses his text-to-speech app to chat with his grandkids, not with the nurses. Is it fully "
     "reimbursed outside the budget?", "spraakhulpmiddel_bovenbudgettair", "no"),
    # daily oral hygiene as "our job" or "falling on us"; "we don't offer any"
    ("We deliver her personal care. Is daily oral hygiene our job?", "dagelijkse_mondverzorging", "yes"),
    ("We don't offer any personal care to her. Does her daily mouth care fall on us?", "dagelijkse_mondverzorging",
     "no"),
    # tertiary epilepsy care
    ("We do not provide tertiary epilepsy care. Do we qualify for the specialised epilepsy supplement?",
     "toeslag_epilepsie", "no"),
    # a plan backed by the region, a transformation plan, money from other sources, a scheme that would fit better
    ("Our plan is backed by the region, carried out by three providers, has a transformation plan with SMART "
     "agreements, no funding comes from other sources and there's no scheme that would fit better. Does it qualify "
     "for transition funding in 2026?", "transitiemiddelen_inzet", "yes"),
    ("Our plan is backed by the region, carried out by three providers and has SMART agreements, but part of the costs "
     "are already being paid from SPUK funds. Does it qualify for transition funding in 2026?",
     "transitiemiddelen_inzet", "no"),
    # an open group, "not locked or closed", 24/7 supervision
    ("We have an open living group, not locked or closed, with 24/7 supervision. Do we meet the VG7 conditions?",
     "vg7_voorwaarden", "no"),
    # speech and language therapy
    ("A client at home has an MPT; we are licensed to provide treatment and have agreements on it with the care "
     "office. Can we bill speech and language therapy on top of the MPT?", "wlz_behandeling_naast_zzp", "yes"),
    # sight and hearing in other words, health insurance, "come under"
    ("My father can hardly see and recently got a Wlz indication. Is his eye treatment paid by the Wlz rather than his "
     "health insurance?", "zg_behandeling_wlz", "unknown"),
    ("Client with a ZGaud profile needs treatment for hearing loss; does that come under the Wlz?",
     "zg_behandeling_wlz", "yes"),
    # on a permanent basis; keep billing
    ("A client with ZGvis 1 needs ZG treatment on a permanent basis. Can we keep billing it next to the ZZP?",
     "zg_behandeling_naast_zgvis", "no"),
    # a teaching aide, care during lessons, the existing staffing
    ("Can we use the school's teaching aide for care during lessons within the existing staffing?",
     "zorg_onderwijs_personeel", "no"),
    # sheltered / supported mental health housing is GGZ-wonen
    ("My brother has a mental health supported housing indication and lives in a Wlz institution. He got his "
     "wheelchair from the Wmo. Can he keep it?", "ggz_mobiliteitshulpmiddel_behouden", "yes"),
    ("My brother has a mental health supported housing indication and lives at home with a VPT. He got his wheelchair "
     "from the Wmo. Can he keep it?", "ggz_mobiliteitshulpmiddel_behouden", "no"),
    # a second sweep over general care words: a licensed treatment provider, a geriatrician's consult
    ("We're a licensed treatment provider with agreements with the care office. Our client has a VPT without treatment "
     "and his GP wants a consult from the geriatrician. Can we bill that on top of the VPT?",
     "wlz_behandeling_naast_zzp", "yes"),
    # "does the add-on cover", a nursing facility, a hospital bed on the ward
    ("Does the respiratory support add-on cover a client with LG1?", "toeslag_ademhalingsondersteuning", "no"),
    ("My mother in the nursing facility needs a custom-fitted wheelchair. Who pays for it?",
     "hulpmiddel_bovenbudgettair", "yes"),
    ("Is a hospital bed on the ward covered outside the institution's budget?", "hulpmiddel_bovenbudgettair", "no"),
    # additional home care costs, the basic amount, "is it allowed for"
    ("Is it allowed for the additional home care costs to be 20 per cent of the basic amount?", "ekt_maximum", "yes"),
    # the child add-on, bridging the wait
    ("Does the child add-on for day care apply when we give care at school?", "zorg_onderwijs_kindtoeslag", "no"),
    ("My client has an LVG indication and is on the waiting list of a contracted treatment center; can we bridge the "
     "wait with an MPT for six weeks?", "sglvg_anders_verzilveren", "yes"),
    # an ID physician, a behavior specialist (American spelling), bachelor-level staff
    ("We have a locked unit with continuous supervision and staff can reach the client within 3 minutes. There is an "
     "ID physician, a behavior specialist and bachelor-level staff. Do we meet the VG7 requirements?",
     "vg7_voorwaarden", "yes"),
    # daily dental hygiene, "are we"; a dentist employed by the home
    ("We provide the personal care for this lady at home. Are we responsible for her daily dental hygiene?",
     "dagelijkse_mondverzorging", "yes"),
    ("My father has dentures and lives in a care home with treatment; the dentist is employed by the home. Does the "
     "Wlz cover his dentist?", "tandheelkundige_zorg_wlz", "yes"),
    # hearing treatment with a VG profile is no ZG treatment
    ("Our client is deaf and lives in a VG group home with VG6. Is the hearing treatment paid from the Wlz?",
     "zg_behandeling_wlz", "no"),
    # a third sweep: target groups in English (gerontopsychiatry plus, prolonged disorders of consciousness)
    ("We are a regional expertise centre for gerontopsychiatry plus with a positive CElz advice. Can we bill "
     "consultation and advice in 2026?", "lvhc_ca_declareren", "yes"),
    ("We're a DEC for people with prolonged disorders of consciousness, positively advised by the CElz. Can we charge "
     "for consultation and advice this year?", "lvhc_ca_declareren", "yes"),
    # the whole range, special schooling, ongoing research with university partners; epilepsy research not done
    ("We offer the whole range of epilepsy care including special schooling, both third-line clinical and long-term "
     "care, and ongoing research with university partners. Are we eligible for the epilepsy care surcharge?",
     "toeslag_epilepsie", "yes"),
    ("We don't do any epilepsy research at all. Can we get the specialised epilepsy care add-on?", "toeslag_epilepsie",
     "no"),
    # several providers involved, regional backing, a better-suited scheme
    ("Several providers are involved in our plan, it has regional backing and SMART agreements, there is no double "
     "funding and no better-suited scheme. Can we receive transition funds for 2026?", "transitiemiddelen_inzet",
     "yes"),
    # the funeral insurer billed for the laying-out
    ("Can the nursing home bill the funeral insurer for the extra costs of the laying-out?",
     "opbaren_kosten_nabestaanden", "yes"),
    # during school time, on top of our regular staff; a couple of weeks under her responsibility and direction
    ("Can we deploy our own nurses during school time if that is on top of our regular staff?",
     "zorg_onderwijs_personeel", "yes"),
    ("The SO would like to use a speech therapist under H335 for a couple of weeks; the therapist works under her "
     "responsibility and direction. May we bill it?", "h335_inzet_andere_behandelaar", "yes"),
    # "how long may it last, could it be 40 months"; halves of years
    ("How long may an SGLVG indication last, could it be 40 months?", "lvg_indicatie_duur", "no"),
    ("Can meerzorg be given for a period of two and a half years?", "meerzorg_toekenningsduur", "yes"),
    ("Can meerzorg be granted for a year and a half?", "meerzorg_toekenningsduur", "yes"),
    # a Borg facility, "come to us"; the Borg institutions (plural) with enough places stay the SGLVG purchase
    ("We run a Borg facility. Can a client with GGZ-W5 needing security level 2 come to us?",
     "ggzw5_beveiligingsniveau", "yes"),
    ("The Borg institutions have enough places at the moment. Earlier interventions failed and tertiary treatment "
     "could help. Does the care office buy extra SGLVG residential care?", "sglvg_extra_inkoop", "no"),
    # a complete home care package is a VPT; an effective date; a hyphenated duration ("two-year")
    ("I was wondering whether my father's dentist is covered by the Wlz; he lives at home with a complete home care "
     "package.", "tandheelkundige_zorg_wlz", "no"),
    ("Our positive CElz advice as an REC has an effective date of April 1st 2026. We would like to start billing the "
     "care profile on March 15th 2026. Is that permitted?", "lvhc_zzp_declaratie", "no"),
    ("Can the CIZ give a two-year LVG indication?", "lvg_indicatie_duur", "yes"),
    ("Can the observation period last fifteen months?", "observatie_duur", "no"),
    # a shared or communal aid is the home's own (was a wrong "yes": "shared" was not read); one of her own still is
    ("Is a shared wheelchair that all residents on the ward use paid outside the budget?",
     "hulpmiddel_bovenbudgettair", "no"),
    ("Is a wheelchair that is shared by all residents on the ward paid outside the budget?",
     "hulpmiddel_bovenbudgettair", "no"),
    ("Is the communal hoist on our ward covered outside the budget?", "hulpmiddel_bovenbudgettair", "no"),
    ("My mother's own custom wheelchair, is it paid outside the nursing home budget?", "hulpmiddel_bovenbudgettair",
     "yes"),
    # needs that cannot be met by the care profile; "qualifies:" as a question; direct intervention
    ("Does my daughter qualify for meerzorg at home? The zorgkantoor has established that her needs cannot reasonably "
     "be met by her care profile.", "meerzorg_bijzondere_zorgbehoefte", "yes"),
    ("We would like to know whether our VG7 unit qualifies: it is a secure setting with permanent supervision and "
     "direct intervention, help arrives within five minutes, and we have an AVG, a behavioural expert and HBO staff.",
     "vg7_voorwaarden", "yes"),
    # the region not backing the plan is no support (the backing entry must not read it as support)
    ("The region does not back our plan. Three providers take part. Can we still get transition funds?",
     "transitiemiddelen_inzet", "no"),
    ("Our plan isn't supported by the region. Can we get transition money?", "transitiemiddelen_inzet", "no"),
]


@pytest.mark.parametrize(("question", "rule", "outcome"), CASES, ids=[f"en-{i}" for i in range(len(CASES))])
def test_english_question_gets_the_dutch_rule_and_outcome(question: str, rule: str, outcome: str) -> None:
    verdict = BOOK.check_question(question, as_of=STAND)
    assert verdict is not None and (verdict.rule_id, verdict.outcome) == (rule, outcome), read_in_dutch(question)


@pytest.mark.parametrize("question", [
    "The care office says there is no special care need. Can my father get extra care at home?",
    "We lack a positive CElz advice. Can we bill C&A for Huntington?",
])
def test_an_english_negation_never_becomes_a_yes(question: str) -> None:
    verdict = BOOK.check_question(question, as_of=STAND)
    assert verdict is None or verdict.outcome != "yes", read_in_dutch(question)


# near misses of the h16 sweep: what the new entries must leave alone
@pytest.mark.parametrize(("question", "expected"), [
    # a past end date is no running decision ("ran until 2024" is not "still runs")
    ("My son has LVG 1 and has had a personal budget since 2018; his indication decision ran until 2024. May he keep "
     "the pgb?", ("lvg_pgb", "unknown")),
    # prior approval for dental work is a procedural step: no rule decides it
    ("Do we need prior approval from the care office before a resident gets a root canal treatment?", None),
    # needs that CAN be met by the profile are no special care need
    ("The care office established that her needs can be met by her care profile. Does she qualify for meerzorg?",
     ("meerzorg_bijzondere_zorgbehoefte", "unknown")),
])
def test_h16_near_misses(question: str, expected: tuple[str, str] | None) -> None:
    verdict = BOOK.check_question(question, as_of=STAND)
    got = None if verdict is None else (verdict.rule_id, verdict.outcome)
    assert got == expected, read_in_dutch(question)


@pytest.mark.parametrize(("english", "dutch", "not_dutch"), [
    # earlier interventions that did not work stay a failed treatment; a therapist who does not work under the SO
    # does not
    ("the earlier interventions didn't work", "hebben niet gewerkt", None),
    ("the therapist doesn't work under her direction", "werkt niet onder haar regie", "hebben niet gewerkt"),
    # a plan with agreements is no "we count on"
    ("there is a transformation plan with smart agreements", "transformatieplan met", "rekenen"),
    ("we have a positive advice and we count on 350 bed days per place", "wij rekenen met 350 ligdagen", None),
    # client support stays client support; other support is "begeleiding"
    ("a client supporter asks whether the care office pays for it", "cliëntondersteuning", "begeleiding"),
    ("the physiotherapist is needed for the ongoing support of a resident", "structurele begeleiding", "cliëntondersteuning"),
    # a dental bridge is no bridging period, and bridging is no dental bridge
    ("the dentist started a new bridge", "nieuwe brug", "overbrugging"),
    ("to bridge the gap until his admission", "als overbrugging tot", "brug "),
    # the English date order, and "may" as a modal next to a date
    ("from march 3rd 2026", "vanaf 3 maart 2026", None),
    ("the advice expires on june 30th", "loopt af op 30 juni", None),
    ("may 5th 2026", "5 mei 2026", None),
    ("may we bill 5 days", "mogen wij declareren 5 dagen", "mei"),
    # "room" as a place at the Borg, the room of a deceased resident
    ("there is no room at de borg", "geen plek bij de borg", None),
    ("the room of the deceased resident", "de kamer", "plek"),
    # a hospital bed is no place in an expertise centre; beds of an REC still are places
    ("the resident needs a hospital bed on the ward", "hoog-laagbed", "plaats"),
    ("our rec has a positive advice for ten beds", "tien plaatsen", "hoog-laagbed"),
    # dental care is no daily oral care, daily dental hygiene is
    ("is his dental care covered by the wlz", "tandheelkundige zorg", "mondverzorging"),
    # set 27: a period's end said with "until", and a correction
    ("valid from 1 september 2026 until 1 march 2030", "tot 1 maart 2030", "until"),
    ("we would like an agreement of 2,700 days. sorry, typo: i meant 3,700 days", "sorry, typfout: ik bedoel", None),
    ("she lives in an institution, correction, she still lives at home", "correctie", "correction"),
])
def test_h16_readings(english: str, dutch: str, not_dutch: str | None) -> None:
    read = read_in_dutch(english + ". Can we?")
    assert dutch in read, read
    assert not_dutch is None or not_dutch not in read, read


def test_who_pays_rule_carries_its_english_answer() -> None:
    verdict = BOOK.check_question("Who pays for my mother's wheelchair in the nursing home?", as_of=STAND)
    assert verdict is not None and verdict.answer_en.startswith("The zorgkantoor pays")
    assert all(set(r.answer_en) in (set(), {"yes", "no"}) for r in BOOK.rules.values())
    assert all(r.answer_en for r in BOOK.rules.values() if r.answer_nl)  # every "who pays" answer in both languages


def test_dutch_passes_unchanged_and_english_either_or_words_stay_dutch() -> None:
    dutch = "Declareren we C&A per consult of per traject?"
    assert read_in_dutch(dutch) == dutch
    assert "c&a" in read_in_dutch("Can we bill C&A for Korsakoff?")  # the "a" of C&A is not an article


def test_every_phrase_of_the_table_compiles_with_a_dutch_reading() -> None:
    rows = table()
    assert len(rows) > 100
    for rx, dutch in rows:
        assert rx.pattern and dutch


# ---- every phrase of the table can still apply after the ones before it (issue 12: "goes beyond" never applied,
# since "beyond" was read as "boven" first; "her own room" never applied after "room")

def _example(parsed: Any, branch: int) -> str:
    """The shortest text the parsed pattern matches, taking alternative ``branch`` of its first alternation."""
    out: list[str] = []
    for op, av in parsed:
        if op is _c.LITERAL:
            out.append(chr(av))
        elif op in (_c.NOT_LITERAL, _c.ANY, _c.CATEGORY):
            out.append("a")
        elif op is _c.SUBPATTERN:
            out.append(_example(av[-1], branch))
        elif op is _c.BRANCH:
            out.append(_example(av[1][min(branch, len(av[1]) - 1)], 0))
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
            out.append(_example(av[2], branch) * av[0])
        elif op is _c.IN:
            first = av[0]
            out.append(chr(first[1]) if first[0] is _c.LITERAL else chr(first[1][0]) if first[0] is _c.RANGE
                       else {_c.CATEGORY_DIGIT: "1", _c.CATEGORY_SPACE: " "}.get(first[1], "a"))
        # boundaries and look-arounds add no text
    return "".join(out)


def test_no_phrase_is_shadowed_by_an_earlier_one() -> None:
    rows = table()
    shadowed = []
    for i, (rx, _) in enumerate(rows):
        parsed = _p.parse(rx.pattern)
        branches = max((len(av[1]) for op, av in _p.parse(rx.pattern.split("(?:", 1)[1].rsplit(")(?!", 1)[0])
                        if op is _c.BRANCH), default=1)
        for b in range(branches):
            text = f"x {_example(parsed, b)} y"
            if not rx.search(text):
                continue  # the generated example does not fit the pattern: nothing to check
            read = text
            for earlier, dutch in rows[:i]:
                read = earlier.sub(dutch, read)
            if not rx.search(read):
                shadowed.append((rx.pattern, text, read))
    assert not shadowed, shadowed
