"""A situation told as a story and closed by a short asking sentence ("Kan dat?", "Mag dat?", "Past dat?") goes to
the rule the situation is about, with its facts read from the story (issue 12). Phrasings written for these tests,
not copied from an eval set."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.rules import RuleBook

pytestmark = pytest.mark.unit

STAND = date(2026, 6, 1)


@pytest.mark.parametrize(("question", "rule", "outcome"), [
    # consultation and advice, without the words "C&A" or "consultatie"
    ("Wij zijn DEC voor Korsakov met positief advies. Een verpleeghuis vraagt ons advies over een bewoner met "
     "Korsakov. Kan dat?", "lvhc_ca_declareren", "yes"),
    ("Wij zijn REC Huntington met positief advies. Mogen we een ander verpleeghuis adviseren over een bewoner met "
     "Huntington en dat declareren?", "lvhc_ca_declareren", "yes"),
    # a production agreement in numbers, without the word "productie"
    ("We hebben 6 plaatsen in het advies en verwachten 350 ligdagen per plaats. Een afspraak van 2.500 dagen, mag "
     "dat? Wij zijn REC met positief advies en het advies loopt tot 2029.", "lvhc_productieafspraak", "no"),
    ("Ons advies voor 6 plaatsen loopt tot eind 2027, we rekenen op 350 ligdagen per plaats en willen 2.000 dagen "
     "afspreken. We zijn REC met positief advies. Past dat?", "lvhc_productieafspraak", "yes"),
    # the start of declaring against the start of the advice, a day without a year
    ("Het advies van de CElz gaat in op 1 maart 2026. Wij zijn DEC met positief advies. We willen vanaf 1 februari "
     "het zzp declareren. Mag dat?", "lvhc_zzp_declaratie", "no"),
    ("Het advies van de CElz gaat in op 1 maart 2026. Wij zijn DEC met positief advies. We willen vanaf 1 april "
     "het zzp declareren. Mag dat?", "lvhc_zzp_declaratie", "yes"),
    # laying out, in the forms of the verb
    ("Meneer overleed gisteren. De familie wil hem in zijn kamer opbaren; de extra kosten voor koeling, mogen we "
     "die bij hen in rekening brengen?", "opbaren_kosten_nabestaanden", "yes"),
    # the year of the recognition is not the zorgjaar; the year asked is
    ("Het zorgkantoor heeft haar bijzondere zorgbehoefte vorig jaar erkend. Kan zij vanaf 2027 thuis meerzorg "
     "krijgen?", "meerzorg_bijzondere_zorgbehoefte", "unknown"),
    ("Het zorgkantoor heeft haar bijzondere zorgbehoefte vorig jaar erkend. Kan zij dit jaar thuis meerzorg "
     "krijgen?", "meerzorg_bijzondere_zorgbehoefte", "yes"),
])
def test_a_story_closed_by_a_short_question(book: RuleBook, question: str, rule: str, outcome: str) -> None:
    v = book.check_question(question, as_of=STAND)
    assert v is not None, question
    assert (v.rule_id, v.outcome) == (rule, outcome), (question, v.facts)


def test_the_celz_advice_is_no_consultation(book: RuleBook) -> None:
    """"positief geadviseerd" and "ons advies" are the CElz advice, not consultation and advice to others."""
    v = book.check_question("Wij zijn door de CElz positief geadviseerd als DEC voor Korsakov. Koopt het "
                            "zorgkantoor de expertisezorg bij ons in?", as_of=STAND)
    assert v is not None and v.rule_id == "lvhc_expertisezorg_inkoop"


@pytest.mark.parametrize("closing", ["Gaat dat?", "Klopt dat?", "Is dat toegestaan?", "Kan dat zomaar?",
                                     "Is dat goed?", "Lukt dat?"])
def test_a_short_asking_sentence_whatever_its_verb(book: RuleBook, closing: str) -> None:
    v = book.check_question(f"Het zorgkantoor wil de meerzorg van mijn moeder voor vijf jaar toekennen. {closing}",
                            as_of=STAND)
    assert v is not None and (v.rule_id, v.outcome) == ("meerzorg_toekenningsduur", "no")


@pytest.mark.parametrize("question", ["Het zorgkantoor wil de meerzorg voor vijf jaar toekennen. Is dat het tarief?",
                                      "Het zorgkantoor kent meerzorg toe. Wat is dat?"])
def test_a_short_question_for_content_gets_no_verdict(book: RuleBook, question: str) -> None:
    assert book.check_question(question, as_of=STAND) is None


@pytest.mark.parametrize(("question", "outcome", "percentage"), [
    ("De EKT van mijn vader is € 1.500 per maand bij een basisbedrag van € 5.000. Mag dat?", "no", 30.0),
    ("De extra kosten thuis zijn 1.000 euro, het basisbedrag is 5.000 euro. Kan dat?", "yes", 20.0),
])
def test_two_amounts_give_the_percentage(book: RuleBook, question: str, outcome: str, percentage: float) -> None:
    v = book.check_question(question, as_of=STAND)
    assert v is not None and (v.rule_id, v.outcome) == ("ekt_maximum", outcome)
    assert v.facts["ekt_percentage"] == percentage
    used = {u.fact: u for u in v.facts_used}
    assert used["ekt_percentage"].origin == "afgeleid" and "5000" in used["ekt_percentage"].quote


def test_one_amount_alone_gives_no_percentage(book: RuleBook) -> None:
    v = book.check_question("De EKT van mijn vader is € 1.500 per maand. Mag dat?", as_of=STAND)
    assert v is not None and v.outcome == "unknown"


def test_a_negated_or_inside_a_clause_is_no_either_or_question(book: RuleBook) -> None:
    v = book.check_question("Is het 9b-profiel toegestaan op een afdeling waar geen SO of behandelaar werkt?", as_of=STAND)
    assert v is not None and (v.rule_id, v.outcome) == ("zzp_vv9b_locatie", "no")
    # a real either-or between two things that are not payers still asks which one, not yes or no
    assert book.check_question("Declareren we C&A per consult of per traject?", as_of=STAND) is None


@pytest.mark.parametrize(("text", "months"), [
    ("meerzorg voor een periode van twee jaar", 24.0),  # "van twee jaar" after a period: no age
    ("een meisje van 7 jaar", None),  # an age
    ("de observatie duurt drie kwartalen", 9.0),
    ("we vangen hem een kwartaal op", 3.0),
])
def test_durations_said_as_a_period_or_in_quarters(text: str, months: float | None) -> None:
    from assistant.rules.facts import extract_facts

    assert extract_facts(text, today=STAND, names=["duur_maanden"]).get("duur_maanden") == months
