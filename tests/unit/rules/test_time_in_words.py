"""Years and dates in plain words (issue 12): the zorgjaar is read only from words that say which year is asked
about, a date takes its role (start of the advice, start of declaring) from its own clause, a day without a year
takes the year of the dates around it, and the end of the CElz advice is compared with the zorgjaar."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.rules import RuleBook
from assistant.rules.facts import extract_facts

pytestmark = pytest.mark.unit

TODAY = date(2026, 6, 1)


def ex(text: str, *names: str) -> dict[str, object]:
    return extract_facts(text, today=TODAY, names=list(names))


@pytest.mark.parametrize(("text", "year"), [
    # the year of something else is no zorgjaar
    ("Wij zijn sinds 2021 aangewezen als expertisecentrum. Mogen we C&A declareren?", None),
    ("Het advies loopt tot eind 2027. Kunnen we een productieafspraak maken?", None),
    ("Het advies loopt tot en met 2028; past de afspraak?", None),
    ("Het zorgkantoor heeft het vorig jaar erkend. Krijgt zij meerzorg?", None),
    ("Zij woont vanaf 2019 thuis. Krijgt zij meerzorg?", None),
    # words that say the zorgjaar
    ("Mogen we in 2027 C&A declareren?", 2027),
    ("Kan zij vanaf 2027 nog steeds meerzorg krijgen?", 2027),
    ("Het zorgkantoor heeft het vorig jaar erkend. Kan zij vanaf 2027 meerzorg krijgen?", 2027),
    ("Het is vorig jaar erkend. Krijgt zij dit jaar meerzorg?", 2026),
    ("Mocht dat vorig jaar?", 2025),
    ("Voor 2027: mag dat?", 2027),
    # the year asked beats a year told in the situation before it
    ("In 2025 kregen we het advies. Mag dat in 2026?", 2026),
    ("In 2025 kregen we het advies. Mag dat volgend jaar ook?", 2027),
])
def test_zorgjaar_only_from_words_that_say_it(text: str, year: int | None) -> None:
    assert ex(text).get("year") == year


def test_a_date_takes_its_role_from_its_own_clause() -> None:
    got = ex("Op het schriftelijke advies staat dat het ingaat per 1-2-2026. Wij willen per 1 april 2026 het "
             "zorgzwaartepakket van de doelgroep gaan declareren, mag dat?", "declaratie_startdatum",
             "ingangsdatum_advies")
    assert got["ingangsdatum_advies"] == date(2026, 2, 1)
    assert got["declaratie_startdatum"] == date(2026, 4, 1)


@pytest.mark.parametrize(("text", "day"), [
    ("De ingangsdatum is 1 september 2026. Kunnen we vanaf 4 augustus het ZZP declareren?", date(2026, 8, 4)),
    ("Het advies gaat in op 1 maart 2027. Mogen we per 1 februari declareren?", date(2027, 2, 1)),
    ("Mogen we in 2027 per 1 februari declareren?", date(2027, 2, 1)),
    ("Mogen we per 1 februari declareren?", date(2026, 2, 1)),  # no year anywhere: the year of the stand
    ("Mogen we 1 februari '27 declareren?", None),  # a year we cannot read: not guessed
])
def test_a_day_without_a_year_takes_the_year_around_it(text: str, day: date | None) -> None:
    assert ex(text, "declaratie_startdatum").get("declaratie_startdatum") == day


def test_an_end_date_is_no_start_date() -> None:
    got = ex("Ons CElz-advies loopt af op 30 juni 2026. Mogen we declareren?", "ingangsdatum_advies")
    assert "ingangsdatum_advies" not in got


@pytest.mark.parametrize(("text", "within"), [
    ("Ons advies loopt tot eind 2027. Past een afspraak in 2026?", True),
    ("Ons advies loopt tot eind 2026. Past een afspraak in 2027?", False),
    ("Het advies geldt tot 2028. Past een afspraak voor 2027?", True),
    ("Het advies verloopt op 1 maart 2027, we willen de afspraak voor heel 2027.", False),
    ("Het advies verloopt op 1 maart 2027. Past de afspraak voor 2027?", None),  # ends mid-year: asked
    ("Het advies liep tot 1 maart 2025. Past de afspraak dit jaar?", False),
    ("Het advies loopt nog 2 jaar.", True),
    ("Het advies loopt nog 3 maanden.", None),
    ("Het advies loopt niet tot eind 2027.", None),
    ("De huur loopt tot eind 2027.", None),  # not the advice
])
def test_the_end_of_the_advice_against_the_zorgjaar(text: str, within: bool | None) -> None:
    assert ex(text, "binnen_duur_advies").get("binnen_duur_advies") is within


def test_an_agreement_told_as_a_story_is_routed_and_compared(book: RuleBook) -> None:
    q = ("10 plekken in het advies, verwachte ligdagen 360 per plek, we willen 3.800 dagen afspreken. "
         "Wij zijn DEC met positief advies en dat advies loopt nog 2 jaar. Kan dat?")
    v = book.check_question(q, as_of=date(2026, 6, 1))
    assert v is not None and v.rule_id == "lvhc_productieafspraak"
    assert v.facts["productieplafond"] == 3600 and v.outcome == "no"
    v2 = book.check_question(q.replace("3.800", "3.500"), as_of=date(2026, 6, 1))
    assert v2 is not None and v2.outcome == "yes"


@pytest.mark.parametrize(("text", "day"), [
    ("Mevrouw is op 3 maart 2025 verhuisd. Heeft zij nog recht op tandheelkundige hulp?", None),  # another event
    ("Geldt dit per 1 januari 2027?", date(2027, 1, 1)),
    ("Mag dat op 1 maart 2027 nog?", date(2027, 3, 1)),  # the asking sentence names the day
    ("Vanaf 1 juli 2026 willen we meerzorg aanvragen. Kan dat?", date(2026, 7, 1)),
])
def test_the_day_asked_about_is_not_the_day_of_another_event(text: str, day: date | None) -> None:
    assert ex(text).get("on") == day


@pytest.mark.parametrize(("text", "year"), [
    # a past year in which something happened, asked in the present tense: not the zorgjaar
    ("Wij hebben in 2024 een positief CElz-advies gekregen als REC. Mogen wij C&A declareren?", None),
    ("In 2025 kregen wij het advies. Mogen we C&A declareren?", None),
    # asked in the past tense: the year of the situation is the year asked about
    ("In 2025 hebben we C&A gedeclareerd voor NAH+. Mocht dat?", 2025),
    # a statement about the year asked, not a past event
    ("In 2025 willen we C&A declareren. Mag dat?", 2025),
])
def test_a_past_event_year_is_no_zorgjaar_unless_asked_in_the_past(text: str, year: int | None) -> None:
    assert ex(text).get("year") == year


@pytest.mark.parametrize(("text", "within"), [
    ("Het advies loopt t/m 2027. Past een afspraak in 2026?", True),
    ("Het advies loopt eind 2027 af. Past een afspraak in 2027?", True),
    ("Het advies verloopt in 2028. Past een afspraak in 2027?", True),
    ("Het advies verloopt in 2027. Past een afspraak in 2027?", None),  # which day in 2027: asked
    ("Het advies verliep in 2025. Past een afspraak in 2026?", False),
])
def test_the_year_the_advice_ends(text: str, within: bool | None) -> None:
    assert ex(text, "binnen_duur_advies").get("binnen_duur_advies") is within
    assert ex(text).get("year") == int(text.split("afspraak in ")[1][:4])  # the end's year is no zorgjaar


@pytest.mark.parametrize(("question", "outcome"), [
    ("Wij zijn REC met positief advies dat per 1 juni 2026 ingaat. Mogen we in mei al declareren?", "no"),
    ("Wij zijn REC met positief advies dat per 15 juni 2026 ingaat. Mogen we in juni declareren?", "unknown"),
    ("Wij zijn REC met positief advies dat per 15 juni 2026 ingaat. Mogen we vanaf juli declareren?", "yes"),
    ("Wij zijn REC met positief advies dat per 1 juni 2026 ingaat. Mogen we in juni declareren?", "yes"),
])
def test_a_month_without_a_day_against_the_start_of_the_advice(book: RuleBook, question: str, outcome: str) -> None:
    v = book.check_question(question, as_of=TODAY)
    assert v is not None and (v.rule_id, v.outcome) == ("lvhc_zzp_declaratie", outcome), (v and v.facts)


def test_care_delivered_in_a_past_year_is_asked_about_that_year(book: RuleBook) -> None:
    """Care delivered or declared in a past year is care of that zorgjaar, also when asked in the present tense."""
    q = ("In 2025 hebben we als DEC met positief advies C&A geleverd voor NAH+. Kunnen we dat declareren?")
    assert ex(q).get("year") == 2025
    v = book.check_question(q, as_of=date(2026, 6, 1))
    assert v is not None and v.year == 2025


@pytest.mark.parametrize(("text", "year"), [
    ("Vorig jaar hebben we C&A geleverd voor NAH+. Kunnen we dat nog declareren?", 2025),  # care of last year
    ("Het zorgkantoor heeft het vorig jaar erkend. Krijgt zij meerzorg?", None),  # a status gained last year
])
def test_last_year_in_the_situation(text: str, year: int | None) -> None:
    assert ex(text).get("year") == year
