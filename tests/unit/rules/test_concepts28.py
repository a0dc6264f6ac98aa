"""Misses of h19-dev (dev situations as terse notes of provider staff), by concept. Variants written here, not taken
from an eval set; each concept has a near miss that must not change (negated, someone else's fact, another profile,
or shorthand with two meanings that stays unread).

- Staff shorthand read in full (data/facts/shorthand.yaml): "cl. heeft geen ind. voor pers. verzorging",
  "zzp vv6 incl. beh", "decl.", "zk", "vph", "obs", "dagbest", "chron.", "gespec.", "pos advies", "10 pl x 360
  ligdgn"; an abbreviation's full stop does not end the clause when the clause goes on.
- Short dates: "1/9/26", "01-01-26", "per 1/4", "kwam 15/9", "sinds apr '26"; not "24/7" or "1/3 van de kosten".
- A terse question without its verb ("toeslag obs ook bij lvg 2?", "mondverzorging onze taak?", "zzp 9b op nieuwe
  loc aanbieden?") asks yes or no; one that asks for a value ("lvg ind max geldigheid?") does not.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

import pytest

from assistant.rules.facts import extract_facts
from assistant.rules.shorthand import read_in_full

from .concept_helpers import STAND, asks_for_a_decision, decides

pytestmark = pytest.mark.unit


def reads_in_full(cases: Sequence[tuple[str, str]]) -> Callable[..., None]:
    """A test with a case a row ``(text, part)``: ``read_in_full(text)`` contains ``part`` (a part starting with "!"
    must not be in it)."""

    @pytest.mark.parametrize(("text", "part"), cases)
    def test(text: str, part: str) -> None:
        full = read_in_full(text)
        if part.startswith("!"):
            assert part[1:] not in full, f"{text!r} read as {full!r}"
        else:
            assert part in full, f"{text!r} read as {full!r}"

    return test


def reads_fact_in_full(name: str, cases: Sequence[tuple[str, object]]) -> Callable[..., None]:
    """A test with a case a row ``(text, value)``: ``text``, read in full as a question is, reads fact ``name`` as
    ``value`` (None: not read)."""

    @pytest.mark.parametrize(("text", "value"), cases)
    def test(text: str, value: object) -> None:
        got = extract_facts(read_in_full(text), today=STAND, names=[name]).get(name)
        assert got == value, f"{name} read from {text!r} is {got!r}, not {value!r}"

    return test


# --------------------------------------------------------------------------- staff shorthand

test_shorthand_is_read_in_full = reads_in_full([
    ("cl. heeft geen ind. voor pers. verzorging", "cliënt heeft geen indicatie voor persoonlijke verzorging"),
    ("zzp vv6 incl. beh, fysio apart decl.?", "zzp vv6 inclusief behandeling, fysiotherapie apart declareren"),
    ("zk zegt geen bijz. zorgbehoefte", "zorgkantoor zegt geen bijzondere zorgbehoefte"),
    ("toeslag chron. ademhalingsondersteuning", "toeslag chronische ademhalingsondersteuning"),
    ("REC pos advies, 10 pl x 360 verw ligdgn", "REC positief advies, 10 plaatsen x 360 verwachte ligdagen"),
    ("dochter cl zzp zonder dagbest, woont in vph", "zonder dagbesteding, woont in verpleeghuis"),
    ("obs loopt al 14 mnd, nog 2 wkn", "observatie loopt al 14 maanden, nog 2 weken"),
    ("decl.medewerker hier", "declaratiemedewerker hier"),
    ("GGZ-W 5, bev.niveau 2", "beveiligingsniveau 2"),
    ("volgend jr ook?", "volgend jaar ook?"),
    ("EKT 30 pct van het basisbedrag", "EKT 30 procent van het basisbedrag"),
    ("revalidatieafd en hoofdloc", "revalidatieafdeling en hoofdlocatie"),
    # the full stop of an abbreviation that may end a sentence stays when another word opens the next one
    ("zorgen al sinds april voor deze clt. zzp decl vanaf april?", "cliënt. zzp declareren"),
    ("kort traject van 6 wkn. Mag dat?", "6 weken. Mag dat?"),
    # shorthand with two meanings is not read: "begel" (begeleiding or begeleiders), "ha", "ergo", "aanv" alone
    ("onze begel op school", "onze begel op school"),
    ("ha wil SO erbij", "ha wil SO erbij"),
    ("ergo, fysio", "ergo, fysiotherapie"),
    ("aanv. ingediend", "aanv. ingediend"),
    # "pos" only in the company of an advice, "verw" only before the expected days, "pl" only after a number
    ("pos. van de cliënt", "!positief"),
    ("verw. 10 weken", "!verwachte"),
    ("pl. 3", "!plaatsen"),
    # a word that only starts like the shorthand is left alone
    ("indirect, behalve, obstakel, locker, dagbestemming", "indirect, behalve, obstakel, locker, dagbestemming"),
])

test_short_dates_are_written_out = reads_in_full([
    ("advies gaat in per 1/9/26", "per 1 september 2026"),
    ("advies ingegaan 01-01-26.", "1 januari 2026."),
    ("liep tm 31-12-25, niet verlengd", "31 december 2025"),
    ("1e cl kwam 15/9", "kwam 15 september"),
    ("zorgen al sinds apr '26 voor deze clt", "sinds april 2026"),
    ("sinds apr 26 bij ons", "sinds april 2026"),
    ("per jan", "per januari"),
    # not dates: round the clock, a fraction, a DEC, a count after a month word, a day with no word of time
    ("24/7 toezicht", "24/7 toezicht"),
    ("voor 1/3 van de kosten", "1/3 van de kosten"),
    ("per dec 26 plaatsen", "per dec 26 plaatsen"),
    ("apr 26 cliënten", "apr 26 cliënten"),
    ("13/2 score", "13/2 score"),
    ("45/13/26", "45/13/26"),
])

test_short_dates_read_as_the_advice_and_the_declaration_start = decides([
    ("pos celz-advies REC huntington ingegaan 01-01-26. zzp doelgroep decl. vanaf 1-5-26?", "yes"),
    ("brief celz pos advies REC korsakov: ingangsdatum 1/4/26. 1e bewoners al 15/3/26 bij ons. zzp decl vanaf 15/3?",
     "no"),
    # the advice's start not given: asked
    ("REC korsakov pos advies. zzp decl vanaf 1/5/26?", "unknown"),
], rule="lvhc_zzp_declaratie")

test_shorthand_reads_the_facts = reads_fact_in_full("persoonlijke_verzorging_indicatie", [
    ("clt heeft geen ind. voor pers. verzorging, alleen begeleiding van ons.", False),
    ("cl. krijgt pers. verzorging van ons.", True),
])


# --------------------------------------------------------------------------- terse questions without a verb

test_terse_questions_ask_for_a_decision = asks_for_a_decision(True, [
    "toeslag obs ook bij lvg 2?",
    "dagelijkse mondverzorging onze taak?",
    "zzp 9b ook op nieuwe locatie aanbieden?",
    "scootmobiel via wmo. behouden ok?",
    "kind-toeslag op dagbesteding ook bij zorg tijdens onderwijs op school?",
    "toeslag chronische ademhalingsondersteuning bij bewoner vv7?",
])

test_terse_questions_for_a_value_or_an_explanation_do_not = asks_for_a_decision(False, [
    "lvg indicatie max geldigheid?",
    "uitleg meerzorg?",
    "hoogte toeslag observatie?",
    "verschil REC en DEC?",
    "welk zorgprofiel bij observatie?",
    # an ordinary question with its verb first is decided by its cue words, as before
    "Loopt de financiering van C&A na 2026 via de Wlz-tarieven of via een aparte subsidie?",
    "Gaat het om veel cliënten?",
    # an English question word the English table leaves as written asks for content (users7-dev, users9-dev: the
    # hygiene test's questions that ask for no decision)
    "How big is the shortfall on the VG7 tariff according to the providers?",
    "what do they mean by 'VG7-plus'? is dat een nieuwe indicatie van het CIZ?",
])

test_terse_questions_are_decided = decides([
    ("toeslag obs ook bij lvg 2?", ("toeslag_observatie_profiel", "no")),
    ("toeslag obs bij vg6?", ("toeslag_observatie_profiel", "yes")),
    ("toeslag chron ademhalingsondersteuning bij bewoner vv7?", ("toeslag_ademhalingsondersteuning", "yes")),
    ("cl lg3, thuisbeademd. toeslag chron. ademhalingsondersteuning?", ("toeslag_ademhalingsondersteuning", "no")),
    ("clt heeft geen ind. voor pers. verzorging, alleen begeleiding van ons. dagelijkse mondverzorging onze taak?",
     ("dagelijkse_mondverzorging", "no")),
    ("cl. krijgt pers. verzorging van ons. dagelijkse mondverzorging onze taak?", ("dagelijkse_mondverzorging", "yes")),
    ("kind-toeslag op dagbest ook bij zorg tijdens onderwijs op school?", ("zorg_onderwijs_kindtoeslag", "no")),
    ("zoon cl vpt incl dagbesteding. zorg onder schooltijd daaruit financieren?", ("zorg_onderwijs_financiering", "yes")),
    ("kind vpt zonder dagbest, begeleiding in de klas. zorg tijdens onderwijs via vpt financieren?",
     ("zorg_onderwijs_financiering", "no")),
    # what is not said stays unknown
    ("zzp 9b ook op nieuwe loc dorpsstraat aanbieden?", ("zzp_vv9b_locatie", "unknown")),
    ("toeslag obs voor cl die we volgende wk opnemen?", ("toeslag_observatie_profiel", "unknown")),
    # a terse question about no rule's topic, or asking for a value, gets no verdict
    ("infectiepreventie verplicht onderdeel kwaliteitscyclus bij ons?", None),
    ("lvg ind max geldigheid?", None),
    ("How big is the shortfall on the VG7 tariff according to the providers?", None),
])


# --------------------------------------------------------------------------- articles dropped in a note

test_dropped_article_wlz_institution = reads_fact_in_full("leveringsvorm", [
    ("cl ggz-wonen ind, net verhuisd naar wlz instelling", "verblijf"),
    ("woont in wlz-instelling", "verblijf"),
    ("cl ggz-wonen, thuis met vpt", "vpt"),
    ("wil naar een andere woonvorm", None),
])

test_dropped_article_wmo = reads_fact_in_full("wmo_hulpmiddel_in_bezit", [
    ("scootmobiel via wmo", True),
    ("rolstoel uit wmo, al jaren", True),
    # support from the Wmo says nothing of a device; never had one
    ("begeleiding via wmo", None),
    ("nooit rolstoel vd wmo gehad", False),
])

test_dropped_article_within_the_advice = reads_fact_in_full("binnen_duur_advies", [
    ("productieafspraak 2026 op 3600 dgn, binnen looptijd advies", True),
    ("binnen duur van het advies", True),
    ("deels buiten het advies", False),
])

test_dropped_article_under_the_so = reads_fact_in_full("onder_regie_so", [
    ("SO wil gedragskundige kortdurend inzetten, onder regie SO", True),
    ("onder regie vd SO", True),
    ("psycholoog werkt niet onder regie vd SO", False),
    ("onder regie van de huisarts", False),
])

test_dropped_article_contract = reads_fact_in_full("wachtinstelling_gecontracteerd", [
    ("actief wachtend bij behandelcentrum waar zk contract mee heeft", True),
    ("zk heeft wel contract met die instelling (nagevraagd)", True),
    ("behandelinstelling heeft geen contract met ons zk", False),
])

test_dropped_article_staffing = reads_fact_in_full("boven_formatie", [
    ("eigen personeel, blijft binnen gewone formatie", False),
    ("binnen reguliere formatie", False),
    ("extra kracht bovenop normale formatie", True),
])

test_dropped_article_care_need = reads_fact_in_full("bijzondere_zorgbehoefte", [
    ("zk oordeelt zorgbehoefte veel groter dan wat zorgprofiel redelijkerwijs dekt", True),
    ("zk: zorgbehoefte past binnen zorgprofiel", False),
    # what we think is not the zorgkantoor's judgement
    ("wij denken dat de zorgbehoefte groter is dan wat zorgprofiel dekt", None),
])

test_specialised_education_either_ending = reads_fact_in_full("epilepsie_volledig_spectrum", [
    ("geen gespec onderwijs voor kinderen met epilepsie", False),
    ("geen gespecialiseerd onderwijs", False),
    ("hele spectrum epilepsiezorg incl gespec onderwijs", True),
])

test_no_treatment_there_without_a_verb = reads_fact_in_full("locatie_biedt_behandeling", [
    ("loc Bergweg: geen behandeling daar, behandelaars zitten op hoofdloc.", False),
    ("zzp 9b in ons kleinschalig wonen? daar geen beh.", False),
    # the client's treatment, or none needed: not the site's
    ("cl krijgt daar geen behandeling", None),
    ("daar geen behandeling nodig", None),
])


# --------------------------------------------------------------------------- jargon, plus, day, age, check

test_jargon_with_one_meaning = reads_fact_in_full("forensisch_of_borg", [
    ("wij regulier ggz wonen, geen borg, geen fpa/fpk.", False),
    ("wij = fpk.", True),
    ("wij hebben een fpa", True),
])

test_plus_between_words_is_and = reads_in_full([
    ("dag+nacht toezicht", "dag en nacht toezicht"),
    ("SO + paramedici in gebouw", "SO en paramedici"),
    # the plus of a client group or a profile stays
    ("DEC nah+ bij ons, GP+ op wachtlijst, vg7+ prestatie", "nah+ bij ons, GP+ op wachtlijst, vg7+ prestatie"),
])

test_plus_reads_the_facts = reads_fact_in_full("permanent_toezicht", [
    ("besloten woongroep, dag+nacht toezicht", True),
    ("geen toezicht 's nachts", False),
])

test_day_alone_points_back = decides([
    ("pos celz-advies REC huntington gaat in per 1/9/26, 1e cl kwam 15/9. zzp decl vanaf 15e?", "yes"),
    # no date with that day before it: not read
    ("pos celz-advies REC huntington gaat in per 1/9/26. zzp decl vanaf 3e?", "unknown"),
], rule="lvhc_zzp_declaratie")

test_age_right_after_the_person = reads_fact_in_full("duur_maanden", [
    ("meisje 7 jr komt bij ons in observatie. obs met toeslag 4 mnd?", 4),
    ("bewoonster 15 jr, woont bij ons. obs 6 mnd?", 6),
    # how long, not how old
    ("cl 2 jaar in observatie", 24),
])

test_a_statement_checked_at_its_end = decides([
    ("obs met toeslag max 1 jr klopt? wij zitten op 14 mnd.", ("observatie_duur", "no")),
    ("obs met toeslag 8 mnd, correct?", ("observatie_duur", "yes")),
    # the ceiling itself said as a bound: every duration up to it may ("Mag een observatie maximaal 1 jaar duren?")
    ("obs met toeslag max 1 jr klopt?", ("observatie_duur", "yes")),
    ("geen toeslag obs bij lvg 2, toch?", ("toeslag_observatie_profiel", "no")),
    # a word that is no check: "toch" inside the statement
    ("obs toch met toeslag?", ("toeslag_observatie_profiel", "unknown")),
])


# --------------------------------------------------------------------------- more of the field's shorthand

test_day_activities_as_db_beside_a_package = reads_in_full([
    ("vpt incl db, zorg onder schooltijd", "vpt inclusief dagbesteding"),
    ("zzp zonder db", "zzp zonder dagbesteding"),
    # "db" elsewhere is not read
    ("db van het zorgkantoor", "db van het zorgkantoor"),
    ("ortho schoenen, ortho erbij", "orthopedische schoenen, ortho erbij"),
    # "bh" and "pv" likewise (set 26): "zzp vv5 excl. bh", "indicatie incl. PV"; a "bh" on its own is not read
    ("zzp vv5 excl. bh in ons huis", "zzp vv5 exclusief behandeling in ons huis"),
    ("Wlz-indicatie incl. PV", "Wlz-indicatie inclusief persoonlijke verzorging"),
    ("haar bh is kapot", "haar bh is kapot"),
])

test_day_activities_decide_school_care = decides([
    ("vpt incl db, zorg tijdens schooltijd daaruit bekostigen?", "yes"),
    ("vpt zonder db, zorg op school via vpt?", "no"),
    ("vpt, zorg op school via vpt?", "unknown"),
], rule="zorg_onderwijs_financiering")

test_communication_with_the_carers_as_a_noun = reads_fact_in_full("hulpmiddel_soort", [
    ("spraakcomputer voor comm met verzorgenden", "spraak_primair"),
    ("spraakcomputer ter communicatie met de zorgverleners", "spraak_primair"),
    # denied, or one purpose among others
    ("spraakcomputer niet voor comm met verzorgenden", None),
    ("2e spraakhm om te chatten met vrienden/familie, dus niet voor comm met zorgverleners.", "spraak_secundair"),
])

test_a_ticket_question_after_vraag = asks_for_a_decision(True, [
    "vraag: toeslag obs ook bij lvg 2",
    "Vraagje: meerzorg voor 3 jr",
])

test_a_ticket_label_asking_content_is_no_decision = asks_for_a_decision(False, [
    "vraag: hoeveel mutatiedagen na overlijden",
    "vraag: uitleg transitiemiddelen",
])

test_a_profile_glued_to_its_number_before_indicatie = decides([
    ("lvg3 ind 2 jr, kan?", ("lvg_indicatie_duur", "yes")),
    ("lvg4 indicatie 4 jaar, mag dat?", ("lvg_indicatie_duur", "no")),
    # another sector's indication
    ("vg3 ind 2 jr, kan?", None),
])


# --------------------------------------------------------------------------- a second round of notes

test_level_as_niv = reads_fact_in_full("beveiligingsniveau", [
    ("cl GGZ-W 5, beveiliging niv. 2 nodig", 2),
    ("bev.niveau 3", 3),
])

test_within_the_maximum_without_its_article = decides([
    ("ekt cl: 1200 p/m, basisbedrag 6000 p/m. binnen max?", "yes"),
    ("ekt cl: 1800 p/m, basisbedrag 6000 p/m. binnen max?", "no"),
    # an amount without "per maand" or a currency is not read as the EKT
    ("ekt cl: 1200, basisbedrag 6000. binnen max?", "unknown"),
], rule="ekt_maximum")

test_a_date_in_its_own_comma_part = reads_fact_in_full("ingangsdatum_advies", [
    ("DEC huntington pos advies, zzp decl. per 1/3/26, advies ingang 1/1/26. ok?", date(2026, 1, 1)),
    # "met ingang van" is the day declared from, not the advice's start
    ("Kunnen we het ZZP met ingang van 1 juli 2026 declareren?", None),
])

test_the_borg_without_its_article = reads_fact_in_full("borg_onvoldoende_aanbod", [
    ("sglvg: borg heeft plek genoeg. zk extra inkopen bij ons?", False),
    ("bij borg geen plek, wachtlijst", True),
    ("borg-instellingen zitten vol", True),
])

test_one_location_as_a_digit = reads_fact_in_full("een_locatie", [
    ("lvg4: 1 locatie, expertise in huis", True),
    ("alles 1 terrein", True),
    # one of several, or a location more
    ("1 locatie van de 3 heeft dagbesteding", None),
    ("niet op 1 locatie", False),
])

test_started_before_the_move_in_a_note = reads_fact_in_full("behandeling_gestart_voor_verhuizing", [
    ("tandh beh gestart voor verhuizing, cl 4 wkn geleden verhuisd", True),
    ("voor verhuizing al begonnen met brug", True),
    ("pas na de verhuizing begonnen", False),
])

test_treatment_present_without_a_verb = reads_fact_in_full("locatie_biedt_behandeling", [
    ("mw VV9b op onze loc Zonnehof, daar zit SO + fysio (beh aanwezig).", True),
    ("behandeling is aanwezig", True),
    # denied, or somewhere else
    ("geen behandeling aanwezig op die locatie", False),
    ("behandeling aanwezig op de hoofdlocatie", None),
])
