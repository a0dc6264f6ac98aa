"""Facts and rules recognised as concepts, not as one wording (issue 12): which of two neighbouring rules a
question belongs to (``excludes``), a count compared instead of words (a ``more_than`` trigger), a denied statement
(the ``denied`` guard), and the facts said in plain words. The wordings here are not the scenarios'."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from assistant.rules import APPROX_BAND
from assistant.rules.facts import extract_facts, more_than, route_scores
from assistant.rules.model import Trigger

from .concept_helpers import BOOK, STAND, decides, verdict

pytestmark = pytest.mark.unit



# ---- which rule: what distinguishes the questions of two neighbouring rules

test_the_question_goes_to_the_rule_that_decides_it = decides([
    # the (SG)LVG treatment is over and the client stays on in the (SG)LVG-instelling: not "waiting for an admission"
    ("Onze cliënt is klaar met zijn SGLVG-behandeling en heeft nu een VV-indicatie. Hij wacht op een plek in een "
     "verpleeghuis, dat duurt 10 weken. Mag hij zolang bij ons in de SGLVG-instelling blijven?",
     ("sglvg_na_behandeling_blijven", "yes")),
    ("Na het einde van de behandeling kreeg mijn zoon een VG-indicatie; hij wacht nog 20 weken op een woning. "
     "Betaalt het zorgkantoor zolang zijn verblijf in de LVG-instelling?", ("sglvg_na_behandeling_blijven", "yes")),
    ("De LVG-behandeling van cliënt is afgerond en hij heeft een andere Wlz-indicatie. Er is pas over 8 maanden "
     "plek. Mag hij al die tijd in de LVG-instelling blijven?", ("sglvg_na_behandeling_blijven", "no")),
    # waiting to be admitted to the treatment: still the other rule
    ("Tot hij in de LVG-instelling kan wonen, vangen wij hem op met een VG-zzp. Hij wacht actief bij een "
     "gecontracteerde LVG-behandelinstelling. Mag dat 10 weken?", ("sglvg_anders_verzilveren", "yes")),
    ("Onze cliënt heeft een LVG-indicatie en wacht op opname in een gecontracteerde LVG-behandelinstelling. Mag ze "
     "tot die tijd 12 weken met een VG-zzp bij ons wonen?", ("sglvg_anders_verzilveren", "yes")),
    # a staff member named in the singular is staff
    ("We zetten een extra verzorgende op school in, bovenop onze eigen formatie. Kan dat bij zorg tijdens onderwijs?",
     ("zorg_onderwijs_personeel", "yes")),
    ("Mag een medewerker van ons binnen onze formatie op school zorg geven tijdens onderwijs?",
     ("zorg_onderwijs_personeel", "no")),
    # more places than the advice, in words and as two counts
    ("Kunnen we als DEC meer plaatsen krijgen dan in het advies van de CElz staat?", ("lvhc_plaatsen_verhogen", "no")),
    ("Het CElz-advies gaat uit van 10 plaatsen. Mogen we er 12 plaatsen van maken?", ("lvhc_plaatsen_verhogen", "no")),
    ("Ons CElz-advies noemt twaalf plaatsen. Kan het zorgkantoor ons als REC 15 bedden geven?",
     ("lvhc_plaatsen_verhogen", "no")),
    # "spraak" inside "productieafspraak" is no speech device
    ("Wij zijn DEC met positief advies voor 10 plaatsen. Het aantal ligdagen per plaats is 360. Mogen we een "
     "productieafspraak van 3.500 dagen maken binnen de looptijd van het advies?", ("lvhc_productieafspraak", "yes")),
])


def test_fewer_places_than_the_advice_is_not_raising_them() -> None:
    question = "Ons advies van de CElz is voor 16 bedden, we hebben nu 12 bedden bezet. Mag dat?"
    assert not any(rid == "lvhc_plaatsen_verhogen" for rid, _ in BOOK.route(question))


def test_two_counts_of_beds_without_the_advice_are_not_about_raising_it() -> None:
    question = "Wij hadden 10 bedden en krijgen er nu 12 bedden bij. Mag dat?"
    assert not any(rid == "lvhc_plaatsen_verhogen" for rid, _ in BOOK.route(question))


@pytest.mark.parametrize(("text", "expected"), [
    # "sinds vóór 2020" is a bound, not the year since when (that would make it "since 2020": not before 2020)
    ("Hij heeft al sinds vóór 2020 een pgb.", {"pgb_voor_2020": True}),
    ("Zij heeft sinds eind 2019 een pgb.", {"pgb_sinds": 2019}),
    ("Hij heeft een pgb sinds maart 2021.", {"pgb_sinds": 2021}),
])
def test_pgb_since_a_year(text: str, expected: dict[str, object]) -> None:
    got = extract_facts(text, today=STAND, names=["pgb_voor_2020"])
    assert {k: got[k] for k in ("pgb_voor_2020", "pgb_sinds") if k in got} == expected


def test_excludes_keeps_a_rule_from_its_neighbours_question() -> None:
    question = ("Na de LVG-behandeling heeft de cliënt een VG-indicatie en wacht hij op een plek. Mag hij 8 weken in "
                "de LVG-instelling blijven?")
    rule = BOOK.rules["sglvg_anders_verzilveren"]
    assert rule.excludes
    ids = [rid for rid, _ in route_scores(BOOK.rules, question, lambda r: {})]
    assert "sglvg_anders_verzilveren" not in ids and "sglvg_na_behandeling_blijven" in ids


@pytest.mark.parametrize(("text", "expected"), [
    ("het advies noemt 14 plaatsen, kunnen we 18 plaatsen krijgen?", True),
    ("het advies noemt twaalf plaatsen, kunnen we 15 plaatsen krijgen?", True),
    ("het advies noemt 16 bedden, we gebruiken er 12 bedden", False),
    ("een advies voor 14 plaatsen", False),
    ("14 plaatsen en 4.000 dagen", False),
])
def test_more_than_compares_counts_with_one_unit(text: str, expected: bool) -> None:
    assert more_than("plaatsen|plekken|bedden", text) is expected


def test_a_trigger_has_terms_or_a_comparison() -> None:
    assert Trigger(more_than="plaatsen", weight=0.3).terms == []
    with pytest.raises(ValidationError):
        Trigger(weight=0.3)


# ---- numbers said roughly: decided when a tenth either way gives the same outcome

@pytest.mark.parametrize(("question", "outcome"), [
    ("Cliënte wacht op opname in een gecontracteerde LVG-behandelinstelling; ter overbrugging woont ze bij ons, naar "
     "schatting 30 weken. Mag dat al die tijd?", "no"),
    ("Cliënte wacht op opname in een gecontracteerde LVG-behandelinstelling; ter overbrugging woont ze bij ons, naar "
     "schatting 20 weken. Mag dat?", "yes"),
    ("Cliënte wacht op opname in een gecontracteerde LVG-behandelinstelling; ter overbrugging woont ze bij ons, "
     "ongeveer 25 weken. Mag dat?", "unknown"),
])
def test_an_estimate_decides_only_clear_of_the_ceiling(question: str, outcome: str) -> None:
    assert APPROX_BAND == 0.1
    assert verdict(question) == ("sglvg_anders_verzilveren", outcome)


# ---- facts said in plain words, checked through the whole question

test_facts_in_plain_words = decides([
    ("Op onze woonlocatie werken een SO en een psycholoog. Mag daar VV9b geleverd worden?", ("zzp_vv9b_locatie", "yes")),
    ("Het is niet zo dat er op de afdeling geen behandeling wordt geboden. Mogen we er ZZP VV9b leveren?",
     ("zzp_vv9b_locatie", "yes")),
    ("Onze woonvorm heeft geen eigen behandelteam. Mag een bewoner daar invasief beademd worden?",
     ("invasieve_beademing_locatie", "no")),
    ("Het wonen van meneer is op een locatie zonder behandelaars. Mag hij daar invasieve beademing krijgen?",
     ("invasieve_beademing_locatie", "no")),
    ("De SO wil een ergotherapeut structureel inzetten onder haar regie. Mag dat onder H335?",
     ("h335_inzet_andere_behandelaar", "no")),
    ("De SO zet een psycholoog in voor een paar weken. Hij werkt onder haar verantwoordelijkheid. Declareren onder H335?",
     ("h335_inzet_andere_behandelaar", "yes")),
    ("Mijn moeder woont met verblijf inclusief behandeling in het verpleeghuis, en de tandarts is in dienst van het "
     "verpleeghuis. Valt de tandarts onder de Wlz?", ("tandheelkundige_zorg_wlz", "yes")),
    ("Mijn vader woont in een verpleeghuis met behandeling. Hij gaat naar een externe tandarts. Valt dat onder de Wlz?",
     ("tandheelkundige_zorg_wlz", "no")),
    ("Het zorgkantoor vindt dat haar zorgprofiel haar zorgvraag redelijkerwijs niet kan opvangen. Komt zij in "
     "aanmerking voor meerzorg?", ("meerzorg_bijzondere_zorgbehoefte", "yes")),
    ("De CElz gaf ons als REC voor Huntington een negatief advies. Koopt het zorgkantoor bij ons LVHC-zorg in voor "
     "Huntington in 2026?", ("lvhc_expertisezorg_inkoop", "no")),
    ("Mijn cliënt heeft LVG 1 en sinds 2018 een pgb. Zijn indicatie liep in januari af. Mag hij het pgb houden?",
     ("lvg_pgb", "no")),
    ("Wij bieden het complete spectrum epilepsiezorg inclusief speciaal onderwijs, zowel langdurige als derdelijns "
     "klinische epilepsiezorg, en wij doen voortdurend wetenschappelijk onderzoek met een universiteit. Krijgen wij de "
     "toeslag gespecialiseerde epilepsiezorg?", ("toeslag_epilepsie", "yes")),
    ("Wij zijn DEC met positief advies voor 10 plaatsen. Het aantal ligdagen per plaats is 360. Mogen we een "
     "productieafspraak van 3.800 dagen maken binnen de looptijd van het advies?", ("lvhc_productieafspraak", "no")),
    ("Mogen we de familie laten betalen voor de dagen dat de kamer na het overlijden leeg staat?",
     ("opbaren_kosten_nabestaanden", "no")),
    ("Mogen we de kamerhuur na het overlijden van een bewoner aan de familie doorberekenen?",
     ("opbaren_kosten_nabestaanden", "no")),
    ("Mijn vader heeft in het verpleeghuis een spraakcomputer nodig omdat hij niet kan spreken. Betaalt het "
     "zorgkantoor die in 2026?", ("spraakhulpmiddel_bovenbudgettair", "yes")),
    # words between, inverted word order, the verb last in a subordinate clause
    ("Behandeling is op onze locatie gewoon aanwezig. Mogen we daar invasieve beademing leveren?",
     ("invasieve_beademing_locatie", "yes")),
    ("Op de locatie is behandeling niet beschikbaar. Mogen we daar VV9b leveren?", ("zzp_vv9b_locatie", "no")),
    ("De woonvorm heeft een eigen behandelaar in huis. Mag daar invasieve beademing?",
     ("invasieve_beademing_locatie", "yes")),
    ("De SO wil een psycholoog voor langere tijd inzetten, onder haar regie. Mag dat onder H335?",
     ("h335_inzet_andere_behandelaar", "no")),
    ("Mag de specialist ouderengeneeskunde een logopedist inzetten voor een korte periode, terwijl de SO de regie "
     "houdt, onder H335?", ("h335_inzet_andere_behandelaar", "yes")),
    ("Mijn vader woont in het verpleeghuis met behandeling. De tandarts komt van een andere organisatie. Valt dat onder "
     "de Wlz?", ("tandheelkundige_zorg_wlz", "no")),
    ("Mijn vader woont in het verpleeghuis met behandeling, en de tandarts werkt voor het verpleeghuis. Valt zijn "
     "mondzorg onder de Wlz?", ("tandheelkundige_zorg_wlz", "yes")),
    ("Het zorgkantoor heeft vastgesteld dat de zorg die mijn vader nodig heeft niet past binnen zijn zorgprofiel. "
     "Heeft hij recht op meerzorg?", ("meerzorg_bijzondere_zorgbehoefte", "yes")),
    ("Volgens het zorgkantoor voorziet het zorgprofiel van mijn moeder redelijkerwijs niet in haar zorgbehoefte. Kan "
     "zij meerzorg krijgen?", ("meerzorg_bijzondere_zorgbehoefte", "yes")),
    ("De CElz oordeelde negatief over onze aanvraag als REC voor Korsakov. Koopt het zorgkantoor bij ons in?",
     ("lvhc_expertisezorg_inkoop", "no")),
    ("Mijn cliënt met LVG-zorgprofiel 2 heeft al sinds 2016 een pgb. Zijn indicatiebesluit is inmiddels verlopen. Mag "
     "hij het pgb houden?", ("lvg_pgb", "no")),
    ("Wij leveren derdelijns klinische epilepsiezorg maar geen langdurige zorg. Krijgen we de toeslag gespecialiseerde "
     "epilepsiezorg?", ("toeslag_epilepsie", "no")),
    ("Na het overlijden van mevrouw staat haar appartement nog een week leeg. Mogen we die dagen bij de familie "
     "declareren?", ("opbaren_kosten_nabestaanden", "no")),

    ("Wij zijn een kleinschalige woonvorm. Er is bij ons geen behandeling. Mag een bewoner met invasieve beademing bij "
     "ons wonen?", ("invasieve_beademing_locatie", "no")),
    ("Kan meerzorg als het zorgkantoor vindt dat het zorgprofiel van mijn vader tekortschiet voor zijn zorgbehoefte?",
     ("meerzorg_bijzondere_zorgbehoefte", "yes")),
    ("Het zorgkantoor zegt dat de zorg van mijn moeder meer is dan haar zorgprofiel kan bieden. Komt ze in aanmerking "
     "voor meerzorg?", ("meerzorg_bijzondere_zorgbehoefte", "yes")),
    ("De zorg na het overlijden: mogen we de dagen dat de kamer leegstaat bij de nabestaanden in rekening brengen?",
     ("opbaren_kosten_nabestaanden", "no")),
    ("Op de woongroep is 24 uur per dag een behandelteam beschikbaar. Kan een bewoner met invasieve beademing daar "
     "terecht?", ("invasieve_beademing_locatie", "yes")),
    ("Als cliëntondersteuner vraag ik me af: het zorgkantoor heeft besloten dat de zorgvraag van mijn cliënt niet in "
     "zijn zorgprofiel past. Kan hij dan meerzorg krijgen?", ("meerzorg_bijzondere_zorgbehoefte", "yes")),
    ("De specialist ouderengeneeskunde schakelt voor drie weken een diëtist in. De diëtist werkt onder haar "
     "verantwoordelijkheid. Mag dat via H335?", ("h335_inzet_andere_behandelaar", "yes")),
    ("Mogen we bij de nabestaanden de dagen in rekening brengen waarop de kamer niet bewoond is na het overlijden?",
     ("opbaren_kosten_nabestaanden", "no")),
    ("Wij willen voor zorg tijdens onderwijs personeel van onszelf inzetten, en dat komt bovenop onze gewone bezetting. "
     "Mag dat?", ("zorg_onderwijs_personeel", "yes")),
    # a rejection said as a noun is a "nee", whatever "als REC" says (was a wrong "ja")
    ("We hebben van de CElz een afwijzing gekregen voor onze aanvraag als REC voor Huntington. Koopt het zorgkantoor "
     "LVHC-zorg voor Huntington bij ons in in 2026?", ("lvhc_expertisezorg_inkoop", "no")),
    ("Het zorgkantoor vindt dat het zorgprofiel van mijn cliënt volstaat. Komt hij in aanmerking voor meerzorg?",
     ("meerzorg_bijzondere_zorgbehoefte", "no")),
    ("Mijn vader woont in een verpleeghuis met behandeling en wordt behandeld door de tandarts van dat verpleeghuis. "
     "Valt dat onder de Wlz?", ("tandheelkundige_zorg_wlz", "yes")),
    ("Mijn vader woont in een verpleeghuis met behandeling en gaat naar zijn eigen tandarts in het dorp. Valt dat onder "
     "de Wlz?", ("tandheelkundige_zorg_wlz", "no")),
    ("De SO wil een fysiotherapeut inzetten voor een paar weken. De fysiotherapeut werkt onder regie van de huisarts. "
     "Mag dat onder H335?", ("h335_inzet_andere_behandelaar", "no")),
    ("De SO wil een ergotherapeut kortdurend inzetten. De ergotherapeut werkt zelfstandig. Mag dat onder H335?",
     ("h335_inzet_andere_behandelaar", "no")),
    ("Wij leveren behandeling, maar niet op deze locatie. Mogen we daar VV9b leveren?", ("zzp_vv9b_locatie", "no")),
    # "350 dagen per plaats" is the ligdagen per place, not a second production agreement
    ("Wij zijn REC met een positief advies voor 10 plaatsen; we verwachten 350 dagen per plaats. Past een "
     "productieafspraak van 3.400 dagen binnen de looptijd van het advies?", ("lvhc_productieafspraak", "yes")),
])


@pytest.mark.parametrize("question", [
    # a negation inside the words that would say yes
    "De SO werkt niet op die locatie. Mag invasieve beademing daar?",
    # the fact is the zorgkantoor's judgement, not ours
    "Mijn vader heeft een zorgbehoefte die zijn zorgprofiel volgens ons niet dekt, maar het zorgkantoor vindt van wel. "
    "Kan hij meerzorg krijgen?",
    "Mijn moeder woont in het verpleeghuis met behandeling. Ik weet niet of de tandarts voor het verpleeghuis werkt. "
    "Valt haar mondzorg onder de Wlz?",
    "De SO wil een fysiotherapeut inzetten. Het is nog onduidelijk hoe lang. Mag dat onder H335 onder haar regie?",
    # an application, a wish or another organisation is no designation as REC/DEC (were wrong "ja"s)
    "Wij hebben een aanvraag als REC voor Korsakov ingediend bij de CElz. Mogen we C&A declareren in 2026?",
    "Onze aanmelding als DEC voor MS+ loopt nog. Mogen wij C&A declareren in 2026?",
    "Wij zijn een zorgaanbieder en werken samen met een DEC voor Korsakov. Mogen wij C&A declareren?",
    # treatment elsewhere is not treatment at this location
    "Wij leveren elders behandeling. Mogen we op deze locatie VV9b leveren?",
])
def test_unsure_readings_stay_unknown(question: str) -> None:
    got = verdict(question)
    assert got is None or got[1] == "unknown"


@pytest.mark.parametrize(("text", "name", "value"), [
    # a denied statement counts neither way (guard "denied") ...
    ("Het is niet zo dat wij geen positief advies hebben.", "rec_dec_positief_advies", None),
    # (a fact denied as a whole, named by its own word, is a "nee": registry ``denied_ja_is_nee``, test_concepts18)
    ("Het is niet zo dat de SO op die locatie werkt.", "locatie_biedt_behandeling", None),
    # ... what is said after it, past a colon, still counts
    ("Het is niet zo dat we geen advies hebben gekregen: we kregen er een, alleen was het negatief.",
     "rec_dec_positief_advies", False),
    # ... and a fact whose opposite the denial is says so with a pattern of its own
    ("Het is niet zo dat er geen behandeling is.", "locatie_biedt_behandeling", True),
])
def test_denied_statements(text: str, name: str, value: object) -> None:
    assert extract_facts(text, today=STAND, names=[name]).get(name) == value
