"""Concepts behind the sixth set of natural questions (issue 12), each tested in wordings of its own (none is a
scenario's): a total duration made of a period and its extension, negation over a coordination, a relative clause
inside a denied statement, time relative to an event, employment, the purpose of a device, the school setting."""

from __future__ import annotations

import pytest

from assistant.rules.facts import extract_facts

from .concept_helpers import BOOK, STAND, decides, verdict

pytestmark = pytest.mark.unit



# ---- a total duration: what already ran plus the extension, for a rule whose ceiling is a total

@pytest.mark.parametrize(("text", "months"), [
    ("De observatie loopt al 7 maanden; we willen die nog 4 maanden verlengen.", 11.0),
    ("De observatie duurde eerst vier maanden en is met twee maanden verlengd.", 6.0),
    ("Onze observatie is 10 maanden bezig en we willen er een kwartaal extra aan geven.", 13.0),
    # the first duration is not said of the observation: not summed
    ("Hij woont al 8 maanden bij ons. De observatie willen we nog 6 maanden verlengen.", None),
    # no extension: two durations stay two
    ("De observatie duurde 4 maanden, de vorige 6 maanden.", None),
    # the part of the sentence with the first duration is about something else, though the sentence names the subject
    ("Ze woont al 9 maanden bij ons en de observatie moet nog 5 maanden duren.", None),
    # another observation named beside it: not one in all
    ("De observatie van haar broer duurde 10 maanden. Haar eigen observatie willen we 4 maanden verlengen.", None),
    # a total said beside a part: not summed again (asked)
    ("De observatie duurt in totaal 9 maanden, nog 3 maanden.", None),
    # "sinds" starts no new part of the sentence: the six months are the observation's
    ("De observatie loopt sinds zes maanden; de gedragsdeskundige wil er nog een kwartaal aan toevoegen.", 9.0),
    # an extension said as "er … bij"
    ("De observatie duurde een half jaar; daarna kwam er drie maanden bij.", 9.0),
])
def test_a_period_and_its_extension_make_the_total(text: str, months: float | None) -> None:
    rule = BOOK.rules["observatie_duur"]
    assert rule.total_duration is not None
    summed = {k: u.value for k, u in BOOK.read_facts(rule, text, None, {}, STAND).items()}
    assert summed.get("duur_maanden") == months


def test_only_a_rule_that_bounds_a_total_sums() -> None:
    text = "De observatie loopt al 7 maanden; we willen die nog 4 maanden verlengen."
    assert "duur_maanden" not in extract_facts(text, today=STAND, names=["duur_maanden"])  # no rule: not summed
    assert BOOK.rules["meerzorg_toekenningsduur"].total_duration is None  # each toekenning is a period of its own
    v = BOOK.check_question("De meerzorg loopt al 2 jaar en we willen die met 1 jaar verlengen. Kan dat?", as_of=STAND)
    assert v is not None and v.rule_id == "meerzorg_toekenningsduur" and v.outcome == "unknown"


test_observation_in_all = decides([
    ("De observatie van meneer loopt nu 9 maanden en we willen nog 2 maanden verlengen. Mag dat?", "yes"),
    ("Mevrouw is al 10 maanden in observatie; de arts wil die met 4 maanden verlengen. Kan dat?", "no"),
    # said twice, the total named: a value said twice is counted twice
    ("De observatie duurt vier maanden, wordt verlengd met vier maanden, dus acht maanden in totaal. Mag dat?", "yes"),
], rule="observatie_duur")


# ---- a negation that governs a noun phrase, also over "of" (neither … nor)

@pytest.mark.parametrize(("text", "name", "value"), [
    ("Wij bieden de zorg zonder gesloten of besloten afdeling.", "besloten_setting", False),
    ("Wij werken zonder een besloten setting.", "besloten_setting", False),
    ("Onze locatie heeft noch een open noch een besloten groep.", "besloten_setting", False),
    ("Wij werken met geen eigen behandelaars.", "expertise_in_huis", False),
    # "en" is no "neither": the setting is there
    ("Wij hebben geen wachtlijst en een besloten setting.", "besloten_setting", True),
    ("Wij hebben een besloten setting.", "besloten_setting", True),
])
def test_a_negation_governs_its_noun_phrase(text: str, name: str, value: bool) -> None:
    assert extract_facts(text, today=STAND, names=[name]).get(name) is value


# ---- a relative clause inside a denied statement describes, it is not denied

@pytest.mark.parametrize(("text", "value"), [
    ("Het is niet zo dat er geen contract is met de instelling waar hij actief wachtend staat.", True),
    ("Het is niet zo dat het zorgkantoor geen afspraken heeft met de instelling waar ze op de wachtlijst staat.", True),
    # the relative clause has closed: what follows it is denied (counts neither way)
    ("Het is niet zo dat de cliënt die bij ons woont actief wachtend is.", None),
    ("Het is niet zo dat zij actief wachtend is.", None),
])
def test_a_relative_clause_in_a_denied_statement(text: str, value: bool | None) -> None:
    assert extract_facts(text, today=STAND, names=["actief_wachtend"]).get("actief_wachtend") is value


def test_a_demonstrative_is_no_relative_clause() -> None:
    text = "Het is niet zo dat er op die locatie geen behandeling is: onze SO werkt daar."
    assert extract_facts(text, today=STAND, names=["locatie_biedt_behandeling"]).get("locatie_biedt_behandeling") is True


# ---- daily oral care said as cleaning the teeth or dentures, in either order

@pytest.mark.parametrize("question", [
    "Wij doen de persoonlijke verzorging bij mevrouw. Moeten wij ook haar gebitsprothese reinigen?",
    "Wij leveren de persoonlijke verzorging. Moeten wij dan ook zijn tanden poetsen?",
    "Wij geven meneer persoonlijke verzorging; zijn wij verantwoordelijk voor het schoonmaken van zijn kunstgebit?",
])
def test_cleaning_teeth_or_dentures_is_daily_oral_care(question: str) -> None:
    assert verdict(question) == ("dagelijkse_mondverzorging", "yes")


# ---- the school setting: a class, a pupil, lessons are school

test_a_class_or_a_pupil_is_the_school_setting = decides([
    ("We zetten tijdens de lessen een eigen verzorgende naast een leerling in, extra bovenop onze formatie. Mag dat?",
     ("zorg_onderwijs_personeel", "yes")),
    ("In de klas van onze cliënt helpt een medewerker van ons, binnen onze normale formatie. Mag dat?",
     ("zorg_onderwijs_personeel", "no")),
])


# ---- the treatment is over, said of a subject with a complement; an indication of another sector is no LVG one

def test_the_treatment_of_someone_somewhere_is_over() -> None:
    question = ("De behandeling van mijn zoon bij de SGLVG-instelling is klaar. Het CIZ gaf hem een VV-indicatie en hij "
                "wacht op een plek. Mag hij nog 6 weken blijven?")
    assert verdict(question) == ("sglvg_na_behandeling_blijven", "yes")


def test_the_treatment_of_someone_is_over() -> None:
    question = ("De behandeling van mijn zoon in de SGLVG-instelling is afgerond en hij heeft nu een VV-indicatie. Hij "
                "wacht op een plek in een verpleeghuis. Mag hij nog 6 weken in de SGLVG-instelling blijven?")
    assert verdict(question) == ("sglvg_na_behandeling_blijven", "yes")


def test_an_indication_of_another_sector_is_no_lvg_indication() -> None:
    from assistant.rules.facts import normalize_question, topic_score

    rule = BOOK.rules["lvg_indicatie_duur"]
    lvg = topic_score(rule, normalize_question("Onze LVG-cliënt heeft een LVG-indicatie voor 2 jaar."))
    other = topic_score(rule, normalize_question("Onze LVG-cliënt heeft een VG-indicatie voor 2 jaar."))
    plain = topic_score(rule, normalize_question("Onze LVG-cliënt heeft een indicatie voor 2 jaar."))
    assert lvg == plain > other


test_weeks_stayed_and_weeks_asked_make_the_total = decides([
    # the bridging care and the stay after the treatment are bounded in all (2 × 13 weeks)
    ("Onze cliënt met een LVG-indicatie wacht actief op opname in een gecontracteerde LVG-behandelinstelling. Als "
     "overbrugging krijgt ze nu 20 weken VG-zorg bij ons en we willen dat nog 10 weken verlengen. Mag dat?",
     ("sglvg_anders_verzilveren", "no")),
    ("De SGLVG-behandeling van meneer is afgerond; hij heeft een VV-indicatie. Hij verblijft al 10 weken bij ons in de "
     "SGLVG-instelling en moet nog 8 weken wachten op een plek. Mag hij zolang blijven?",
     ("sglvg_na_behandeling_blijven", "yes")),
    # waiting is not the bridging care: not summed
    ("Onze cliënt met een LVG-indicatie wacht al 20 weken actief op opname in een gecontracteerde "
     "LVG-behandelinstelling. Mag ze nog 10 weken als overbrugging VG-zorg bij ons krijgen?",
     ("sglvg_anders_verzilveren", "unknown")),
])


def test_moving_in_said_in_other_words_is_a_move() -> None:
    question = ("Meneer is vijf weken geleden bij ons komen wonen. Zijn tandarts was vóór de verhuizing nog niet "
                "begonnen. Heeft hij recht op tandheelkundige hulp van voor de verhuizing?")
    assert verdict(question) == ("tandheelkundig_na_verhuizing", "no")


# ---- a value said in words, an amount before its subject

test_a_share_of_the_base_amount_in_words = decides([
    ("De EKT voor mijn moeder is een vijfde van het basisbedrag. Mag dat?", "yes"),
    ("De extra kosten thuis zijn bijna een derde van het basisbedrag. Is dat toegestaan?", "no"),
    ("Meneer heeft een basisbedrag van 3000 euro; daarbovenop is er 600 euro extra kosten thuis. Past dat?", "yes"),
], rule="ekt_maximum")


def test_a_time_in_words_is_compared_as_minutes() -> None:
    question = ("Onze besloten groep voor VG7 heeft permanent toezicht, een gedragsdeskundige op hbo-niveau, en de "
                "achterwacht is binnen een kwartier bij de cliënt. Voldoen we aan de voorwaarden voor VG7?")
    v = BOOK.check_question(question, as_of=STAND)
    assert v is not None and v.facts.get("aanrijtijd_minuten") == 15 and v.outcome == "no"  # the ceiling is 5 minutes


def test_a_number_recogniser_has_exactly_one_form() -> None:
    from pydantic import ValidationError

    from assistant.rules.registry import NumberRecogniser

    assert NumberRecogniser(words={"een kwartier": 15}).words == {"een kwartier": 15}
    with pytest.raises(ValidationError):
        NumberRecogniser(unit="minuten", words={"een kwartier": 15})
    with pytest.raises(ValidationError):
        NumberRecogniser()


# ---- the time since a dated event: the weeks from the day of the move to the day asked (or the stand)

test_weeks_since_the_day_of_the_move = decides([
    ("Meneer is op 1 augustus 2026 verhuisd. De tandarts was vóór de verhuizing al met een prothese begonnen. Heeft "
     "hij daar op 15 november 2026 nog recht op?", "no"),
    ("Meneer is op 1 augustus 2026 verhuisd. De tandarts was vóór de verhuizing al met een prothese begonnen. Heeft "
     "hij daar op 15 september 2026 nog recht op?", "yes"),
    # no day asked: to the stand (1 december 2026); a day without a year is in the year around it
    ("Mevrouw verhuisde op 10 november naar ons verpleeghuis. De tandarts was vóór de verhuizing al met een brug "
     "begonnen. Heeft ze daar nog recht op?", "yes"),
    # a move still to come: no weeks since it
    ("Mevrouw verhuist op 1 januari 2027 naar ons verpleeghuis. De tandarts was vóór de verhuizing al met een brug "
     "begonnen. Heeft ze daar straks nog recht op?", "unknown"),
], rule="tandheelkundig_na_verhuizing")


def test_a_said_duration_wins_over_the_day_of_the_move() -> None:
    rule = BOOK.rules["tandheelkundig_na_verhuizing"]
    assert rule.duration_since is not None
    text = "Meneer is op 1 augustus 2026 verhuisd, nu drie weken geleden."
    read = {k: u.value for k, u in BOOK.read_facts(rule, text, None, {}, STAND).items()}
    assert read.get("duur_weken") == 3.0



@pytest.mark.parametrize("question", [
    # whose task or account it is, asked of things no rule decides: no verdict
    "Is het onze taak om het CIZ te bellen als de LVG-indicatie afloopt?",
    "Is het de taak van het zorgkantoor om de meerzorg te controleren?",
    # a pupil alone is no school setting
    "Krijgt een leerling met een Wlz-indicatie leerlingenvervoer van de gemeente?",
])
def test_a_task_or_an_account_is_no_eligibility_question(question: str) -> None:
    assert verdict(question) is None
