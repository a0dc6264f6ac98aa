"""Facts as sets 27 and 28's development cases put them, read after stop 42: a correction after an article, "she
still lives at home", events dated by a day or a month without its year, a duration since part of a month "of this
year", the first term named apart from the subject, years and numbers said by the way (distractors), a previous
profile, a pasted field left open and a field "sinds: 2018"."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.rules import RuleBook
from assistant.rules.facts import extract_facts
from assistant.rules.shorthand import read_corrected

from .concept_helpers import verdict_at

pytestmark = pytest.mark.unit


def test_the_article_een_is_no_number_to_correct() -> None:
    text = "Zij woont in een Wlz-instelling — correctie, ze woont nog thuis en krijgt een vpt."
    assert read_corrected(text) == text
    # a number corrected by a number still is
    assert read_corrected("We hebben 10 plaatsen, nee sorry, 8 plaatsen.") == "We hebben 8 plaatsen."


@pytest.mark.parametrize(("question", "stand", "rule", "outcome"), [
    # English: "she still lives at home" after a correction
    ("My sister has a GGZ-wonen indication and lives in a Wlz institution — correction, she still lives at home and "
     "gets a VPT there. She got her mobility scooter from the municipality (Wmo) years ago. May she keep it?",
     date(2026, 6, 1), "ggz_mobiliteitshulpmiddel_behouden", "no"),
    # two events dated without a year: ordered ("in januari besteld", "op 23 februari verhuisd")
    ("Voor mijn moeder is in januari een kunstgebit besteld bij de tandarts. Op 23 februari is ze verhuisd naar een "
     "andere instelling. Heeft ze daar nog recht op?", date(2026, 3, 16), "tandheelkundig_na_verhuizing", "yes"),
    # a duration since part of a month "of this year"
    ("Onze cliënt heeft een SGLVG-indicatie en is actief wachtend bij een SGLVG-behandelinstelling waarmee het "
     "zorgkantoor een contract heeft. Sinds mid-februari van dit jaar overbruggen wij de wachttijd met een VPT. Mag "
     "dat zo blijven?", date(2026, 11, 15), "sglvg_anders_verzilveren", "no"),
    # the first term named apart from the observation; an English extension in its own order
    ("De observatie van onze cliënt is gestart op 1 juni. De eerste periode is een half jaar, en we willen daarna een "
     "verlenging van drie maanden. Mag de observatie zo lang duren?", date(2026, 11, 1), "observatie_duur", "yes"),
    ("The observation started on 1 June. The first period is half a year, and we would add a three-month extension. "
     "Is the observation allowed to last that long?", date(2026, 11, 1), "observatie_duur", "yes"),
    # a case number and an aside in brackets name no zorgjaar
    ("Voor 3 cliënten willen we per 1 september het Huntington-ZZP declareren (tarief vorig jaar €312 per dag). De "
     "CElz heeft op 12 juni een negatief advies gegeven over onze aanwijzing als REC voor Huntington. Mogen we "
     "vanaf 1 september declareren?", date(2026, 7, 1), "lvhc_zzp_declaratie", "no"),
    # a past year in the situation that is not when the care was given is no zorgjaar ("in 2021 geopend")
    ("Onze woonlocatie (geopend in 2021) biedt geen behandeling. Mogen we daar invasieve beademing leveren?",
     date(2026, 4, 1), "invasieve_beademing_locatie", "no"),
    # ... while the year the care was declared about still is ("over 2025 nog … declareren": the open 2025 version)
    ("Wij vragen ons af of we over 2025 nog de aparte VG7-plus-prestatie kunnen declareren.", date(2026, 1, 14),
     "vg7_plus_prestatie", "no"),
    # a previous profile is not the profile now
    ("Bewoner wordt beademd. Zijn vorige indicatie was VV4, maar die is in maart herzien en het nieuwe profiel heb ik "
     "nog niet gezien. Geldt de toeslag ademhalingsondersteuning?", date(2026, 5, 15),
     "toeslag_ademhalingsondersteuning", "unknown"),
    # a pasted field left open is no fact; "Pgb sinds: 2018" is a year before 2020
    ("Cliënt: mw. H.\nLeveringsvorm: MPT\nOnze rol: begeleiding\nPersoonlijke verzorging: nog uitzoeken wie dat "
     "levert\nZijn wij verantwoordelijk voor de dagelijkse mondverzorging?", date(2026, 11, 10),
     "dagelijkse_mondverzorging", "unknown"),
    ("Gegevens cliënt:\nZorgprofiel: LVG 2\nPgb sinds: 2018\nIndicatiebesluit geldig tot: 2027 (loopt nog)\nMag het "
     "LVG-profiel in het pgb blijven?", date(2025, 8, 25), "lvg_pgb", "yes"),
    # a typing slip read as meant
    ("mag zzp vv9b geleverd worden op onze locatie zonder beahndeling (alleen wonen en verzorging)?",
     date(2026, 4, 29), "zzp_vv9b_locatie", "no"),
])
def test_situations_of_sets_27_and_28(book: RuleBook, question: str, stand: date, rule: str, outcome: str) -> None:
    assert verdict_at(book, question, stand) == (rule, outcome)


def test_a_field_left_open_reads_nothing() -> None:
    assert "persoonlijke_verzorging_indicatie" not in extract_facts(
        "Persoonlijke verzorging: nog uitzoeken wie dat levert", names=["persoonlijke_verzorging_indicatie"])


def test_short_turns_of_a_chat_in_english_are_read_in_english(book: RuleBook) -> None:
    history = ["We want to admit a client with ZZP VV9b at our Beekzicht location.", "yes, treatment is offered there"]
    assert verdict_at(book, "and is that allowed then?", date(2026, 2, 6), history) == ("zzp_vv9b_locatie", "yes")
    # a Dutch chat's answer turn, as the assistant asked for it
    history = ["Wij leveren VPT aan een meneer met dementie, thuis.", "nee, geen behandeling in het VPT",
               "ja, we zijn toegelaten voor behandeling en hebben daar afspraken over met het zorgkantoor"]
    assert verdict_at(book, "De huisarts wil de specialist ouderengeneeskunde consulteren (H335). En mag dat dan naast het "
                  "VPT gedeclareerd worden?", date(2026, 3, 11), history) == ("wlz_behandeling_naast_zzp", "yes")


@pytest.mark.parametrize(("text", "value"), [
    ("Het zorgkantoor vindt dat haar zorgprofiel niet in die zorgbehoefte voorziet.", True),
    ("Het zorgkantoor oordeelt dat zijn zorgprofiel redelijkerwijs in zijn zorgbehoefte voorziet.", False),
    ("They concluded that his care profile reasonably covers his needs.", False),
])
def test_the_profile_that_does_or_does_not_provide_for_the_needs(text: str, value: bool) -> None:
    from assistant.rules.english import read_in_dutch

    assert extract_facts(read_in_dutch(text), names=["bijzondere_zorgbehoefte"]).get("bijzondere_zorgbehoefte") is value


def test_instead_of_denies_the_value_it_names(book: RuleBook) -> None:
    question = ("Als mijn broer (indicatie GGZ-wonen) thuis blijft wonen met een VPT in plaats van naar de instelling te "
                "verhuizen, mag hij dan zijn rolstoel van de Wmo houden?")
    assert verdict_at(book, question, date(2026, 6, 1)) == ("ggz_mobiliteitshulpmiddel_behouden", "no")


@pytest.mark.parametrize("question", [
    # a premise taken as given, then a content question
    "Since zorgkantoren now pay providers a bonus for every VG7-plus client they admit, how large is that bonus?",
    "Nu de cao een toeslag van 10% geeft voor werken op een VG7-groep, hoeveel is dat per uur?",
    "hoelang is een lvg indicatie eigenlijk geldig? gewoon onbeperkt?",
    # a statement with a question mark, and a statement about the record checked
    "Meerzorg is oorspronkelijk toch bedacht voor de ouderenzorg, voor mensen met dementie en probleemgedrag?",
    "I read that the motie Krul/Van Dijk on meerzorg was tabled during the debate on 9 September. Is that right?",
])
def test_questions_that_ask_for_no_decision(question: str) -> None:
    from assistant.rules.english import read_in_dutch
    from assistant.rules.facts import is_eligibility_question

    assert not is_eligibility_question(read_in_dutch(question))


@pytest.mark.parametrize(("question", "rule", "outcome"), [
    # review of stop 43: a zorgjaar stated as such stays the zorgjaar
    ("Het gaat om zorgjaar 2025. Kan een aanbieder de VG7-plus prestatie declareren?", "vg7_plus_prestatie", "no"),
    # a move planned later in the year is not dated last year
    ("De tandarts is op 3 mei begonnen met een nieuwe brug. Ze gaat op 1 september naar een ander verpleeghuis "
     "verhuizen. Heeft zij daarna nog recht op de tandheelkundige hulp die al was begonnen?",
     "tandheelkundig_na_verhuizing", "unknown"),
    # a profile that provides for most residents' needs, "but not my father's"
    ("Mijn vader heeft VV6 en woont in het verpleeghuis. Het zorgprofiel voorziet in de zorgbehoefte van de meeste "
     "bewoners, maar niet in die van mijn vader. Kan hij meerzorg krijgen?", "meerzorg_bijzondere_zorgbehoefte",
     "unknown"),
    ("My father has VV6. His care profile hardly meets his needs, the zorgkantoor says. Can he get meerzorg?",
     "meerzorg_bijzondere_zorgbehoefte", "unknown"),
    # a first phase of something else is no first term of the observation
    ("De eerste fase in het ziekenhuis duurde 6 maanden. Nu is hij bij ons in observatie en die willen we met 3 "
     "maanden verlengen. Mag de observatie zo lang duren?", "observatie_duur", "unknown"),
])
def test_review_of_stop_43(book: RuleBook, question: str, rule: str, outcome: str) -> None:
    assert verdict_at(book, question, date(2026, 6, 15)) == (rule, outcome)


@pytest.mark.parametrize(("text", "name", "value"), [
    ("Vraag over meerzorg: volgt er automatisch een herbeoordeling nu mijn moeder met VV6 en een vpt thuis woont?",
     "leveringsvorm", "vpt"),
    ("Leveringsvorm: volgt uit het zorgplan, namelijk vpt", "leveringsvorm", "vpt"),
    ("Zijn vorige indicatie is verlopen en hij heeft nu VV6", "zorgprofiel", "VV6"),
    ("Sinds zijn vorige indicatie heeft hij VV6", "zorgprofiel", "VV6"),
])
def test_review_of_stop_43_facts(text: str, name: str, value: object) -> None:
    assert extract_facts(text, names=[name]).get(name) == value


@pytest.mark.parametrize("question", ["Dagbesteding is onze taak?", "Zorgkantoor gaat akkoord met meerzorg bij VV6?",
                                      "De meerzorgaanvraag is in maart ingediend en het zorgkantoor zegt dat die te "
                                      "laat is. Klopt dat?"])
def test_terse_and_checked_questions_still_ask_a_decision(question: str) -> None:
    from assistant.rules.facts import is_eligibility_question

    assert is_eligibility_question(question)
