"""Facts stated in other words (issue 12, the fifth held-out set): who delivers the care, a limited period read as a
value, an indication said in words. Each concept is tested on wordings other than the scenario that showed it."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.rules import RuleBook
from assistant.rules import facts as F
from assistant.rules.facts import extract_facts

pytestmark = pytest.mark.unit

BOOK = RuleBook.load()
STAND = date(2026, 12, 1)


def _facts(text: str) -> dict[str, object]:
    return {k: v for k, v in extract_facts(text, today=STAND).items() if k not in ("year", "on")}


def test_only_from_us_is_a_no_for_personal_care() -> None:
    assert _facts("Meneer krijgt van ons alleen begeleiding en dagbesteding.")["persoonlijke_verzorging_indicatie"] is False
    v = BOOK.check_question("Meneer krijgt van ons alleen begeleiding en dagbesteding. Het wassen en aankleden, dus de "
                            "persoonlijke verzorging, doet een andere thuiszorgorganisatie. Zijn wij dan verantwoordelijk "
                            "voor zijn dagelijkse mondverzorging?", as_of=STAND)
    assert v is not None and (v.rule_id, v.outcome) == ("dagelijkse_mondverzorging", "no")


def test_a_limited_period_is_read_as_a_value_and_a_short_deployment_implies_it() -> None:
    # "voor een periode van drie maanden" is a limited period (ZG beside the ZZP), though not surely a short deployment
    got = _facts("Hij heeft voor een periode van drie maanden behandeling nodig.")
    assert got["beperkte_periode"] is True and "kortdurend" not in got
    q = "Cliënt heeft ZZP ZGvis 1. {} Mag de behandeling ZG naast het ZZP worden ingezet en gedeclareerd?"
    for said, outcome in (("Hij heeft voor een periode van drie maanden behandeling nodig.", "yes"),
                          ("Hij heeft voor een paar weken behandeling nodig.", "yes"),  # derived from kortdurend
                          ("Hij heeft structureel behandeling nodig.", "no"),
                          ("Hij heeft voor een jaar of langer behandeling nodig.", "unknown")):
        v = BOOK.check_question(q.format(said), as_of=STAND)
        assert v is not None and (v.rule_id, v.outcome) == ("zg_behandeling_naast_zgvis", outcome), said


def test_a_zg_indication_said_in_words() -> None:
    assert _facts("Mijn moeder heeft een indicatie voor een visuele beperking.")["sector"] == "ZGvis"
    assert _facts("Hij heeft een zorgprofiel voor zintuiglijke handicap, auditief.")["sector"] == "ZGaud"
    assert "sector" not in _facts("Hij krijgt behandeling voor een visuele beperking.")  # not said as the indication


def test_the_topic_the_asking_sentence_names_beats_facts_read_from_the_situation() -> None:
    # the financing rule reads the delivery form and day care from the situation (a tie with them); the question asks
    # about the kind-toeslag, which fits the words better
    v = BOOK.check_question("Wij leveren zorg tijdens onderwijs via een VPT inclusief dagbesteding voor een kind van 10. "
                            "Mag de kind-toeslag op de dagbesteding dan worden gerekend?", as_of=STAND)
    assert v is not None and (v.rule_id, v.outcome) == ("zorg_onderwijs_kindtoeslag", "no")
    # a rule that fits the words better keeps the question, also when the asking sentence only refers back to it
    v = BOOK.check_question("Een bewoner met ZGvis 1 heeft structureel ZG-behandeling nodig. Kunnen we die behandeling "
                            "naast het ZZP declareren?", as_of=STAND)
    assert v is not None and (v.rule_id, v.outcome) == ("zg_behandeling_naast_zgvis", "no")


def test_prefer_asked_topic_only_for_an_asking_sentence() -> None:
    candidates = [("zorg_onderwijs_financiering", 0.9), ("zorg_onderwijs_kindtoeslag", 0.9)]
    said = "Wij declareren zorg tijdens onderwijs via het ZZP inclusief dagbesteding en de kind-toeslag"
    assert F.prefer_asked_topic(BOOK.rules, said, candidates) == candidates  # no question asked
    assert F.prefer_asked_topic(BOOK.rules, said.replace(" en de kind-toeslag", ". Mag de kind-toeslag erbij?"),
                                candidates) == [("zorg_onderwijs_kindtoeslag", 0.9)]


def test_staff_in_compounds_and_already_in_the_staffing() -> None:
    v = BOOK.check_question("Voor zorg tijdens onderwijs willen we een leerlingbegeleider inzetten die al in onze vaste "
                            "formatie zit. Mag dat?", as_of=STAND)
    assert v is not None and (v.rule_id, v.outcome) == ("zorg_onderwijs_personeel", "no")
    assert "boven_formatie" not in _facts("Een extra verzorgende naast de mensen die al in de formatie zitten.")


def test_a_question_whether_a_statement_is_true_is_a_yes_no_question() -> None:
    assert F.question_kind("Klopt het dat het zorgkantoor in 2025 al LVHC-zorg voor NAH+ inkocht bij een REC?") == "ja_nee"
    assert F.question_kind("Is het waar dat een observatie een jaar mag duren?") == "ja_nee"
    assert F.question_kind("Klopt het?") == "ja_nee"  # a short ask about the situation, as before
    v = BOOK.check_question("Klopt het dat zorgkantoren in 2025 LVHC-zorg voor NAH-plus inkochten bij een REC met "
                            "positief CElz-advies?", as_of=STAND)
    assert v is not None and (v.rule_id, v.outcome) == ("lvhc_expertisezorg_inkoop", "no")


def test_a_denied_absence_is_presence_only_where_the_registry_says_so() -> None:
    said = "Het is niet zo dat het zorgkantoor geen contract met die instelling heeft, dat heb ik nagevraagd."
    assert _facts(said)["wachtinstelling_gecontracteerd"] is True
    # an advice that is not absent need not be positive: neither way
    assert "rec_dec_positief_advies" not in _facts("Het is niet zo dat wij geen advies van de CElz hebben.")
    v = BOOK.check_question("Mijn cliënt heeft een SGLVG-indicatie en staat actief wachtend bij een behandelinstelling. "
                            + said + " Tot hij daar terechtkan, wil hij tijdelijk bij een VG-aanbieder wonen, naar "
                            "verwachting 8 weken. Mag zijn indicatie zo worden overbrugd?", as_of=STAND)
    assert v is not None and (v.rule_id, v.outcome) == ("sglvg_anders_verzilveren", "yes")


def test_an_uncovered_topic_named_only_in_the_situation_leaves_the_asked_rule_to_answer() -> None:
    plan = ("Drie aanbieders voeren samen een plan uit om wonen en zorg te scheiden, met draagvlak in de regio en een "
            "transformatieplan met SMART-afspraken; er is geen beter passende regeling zoals SPUK DOS en niets wordt al "
            "uit een andere bron betaald. {}")
    v = BOOK.check_question(plan.format("Komt het plan in aanmerking voor transitiemiddelen?"), as_of=date(2025, 12, 31))
    assert v is not None and (v.rule_id, v.outcome) == ("transitiemiddelen_inzet", "yes")
    # the asking sentence names no rule's topic: the uncovered passage stands (no verdict from a neighbour)
    assert BOOK.uncovered(plan.format("Krijgen we daarvoor een bijdrage?")) is not None
    assert BOOK.check_question("Wij werken samen onder de Wet DOS. Krijgen we daarvoor een bijdrage van het "
                               "zorgkantoor?", as_of=STAND) is None


def test_niets_negates_what_follows_it() -> None:
    assert _facts("Niets ervan wordt al uit een andere bron betaald.")["dubbele_financiering"] is False
    assert _facts("Een deel wordt al uit een andere bron betaald.")["dubbele_financiering"] is True


def test_the_treaters_of_the_home_where_she_lives() -> None:
    v = BOOK.check_question("Mijn oom woont in een verpleeghuis met een indicatie voor verblijf met behandeling; de "
                            "fysiotherapeut en de SO van dat verpleeghuis behandelen hem. Valt zijn tandarts onder de "
                            "Wlz?", as_of=STAND)
    assert v is not None and (v.rule_id, v.outcome) == ("tandheelkundige_zorg_wlz", "yes")


@pytest.mark.parametrize(("text", "name", "value"), [
    ("De behandelaar is een orthopedagoog zonder GZ-registratie.", "behandelaar_gz_psycholoog", False),
    ("De tandarts gaat pas na de verhuizing beginnen; er was nog niets gestart.", "behandeling_gestart_voor_verhuizing",
     False),
    ("Ze gebruikt de spraakcomputer alleen om met haar dochter te bellen.", "hulpmiddel_soort", "spraak_secundair"),
])
def test_facts_in_other_words(text: str, name: str, value: object) -> None:
    assert _facts(text).get(name) == value


def test_asked_value_routes_to_the_rule_that_compares_it() -> None:
    # the asking sentence names the day from which to declare: the ZZP rule answers (the advice's start date is
    # asked), not the purchase rule
    v = BOOK.check_question("Wij zijn DEC Korsakov met een positief CElz-advies. Mogen we het ZZP voor onze nieuwe "
                            "bewoners vanaf 1 februari 2026 declareren?", as_of=STAND)
    assert v is not None and (v.rule_id, v.outcome) == ("lvhc_zzp_declaratie", "unknown")
    assert "ingangsdatum_advies" in {m.fact for m in v.missing_facts}
    # with the advice's start date said as well, that rule decides
    v = BOOK.check_question("Wij zijn DEC Korsakov met een positief CElz-advies; de ingangsdatum van het advies is "
                            "1 maart 2026. Mogen we het ZZP vanaf 1 februari 2026 declareren?", as_of=STAND)
    assert v is not None and (v.rule_id, v.outcome) == ("lvhc_zzp_declaratie", "no")
    # a value said only in the situation, not asked about, changes nothing
    candidates = [("lvhc_expertisezorg_inkoop", 1.0), ("lvhc_zzp_declaratie", 0.9)]
    assert F.prefer_asked_value(BOOK.rules, "Op 1 februari 2026 zijn we gestart. Mogen we als DEC Korsakov-zorg "
                                "declareren?", candidates, STAND) == candidates
    assert F.prefer_asked_value(BOOK.rules, "Mogen we het ZZP vanaf 1 februari 2026 declareren?", candidates,
                                STAND) == [("lvhc_zzp_declaratie", 0.9)]
    # the asking sentence names the best rule's own fact as well: that rule is asked about, the value is situation
    v = BOOK.check_question("Geldt de toeslag observatie voor een cliënt met VG6 die 4 maanden in observatie is?",
                            as_of=STAND)
    assert v is not None and v.rule_id == "toeslag_observatie_profiel"

    # the duration asked is compared by the rule about the duration, not the one about the care need
    v = BOOK.check_question("Mijn vader woont thuis en heeft een bijzondere zorgbehoefte. Kan hij meerzorg krijgen voor "
                            "vijf jaar?", as_of=STAND)
    assert v is not None and (v.rule_id, v.outcome) == ("meerzorg_toekenningsduur", "no")


def test_a_year_is_no_count() -> None:
    assert "aantal_plaatsen" not in _facts("Worden er in 2026 verblijfsplekken voor deze groep bij ons ingekocht?")
    assert _facts("Ons advies noemt 12 plaatsen; in 2026 plaatsen we meer cliënten.")["aantal_plaatsen"] == 12
