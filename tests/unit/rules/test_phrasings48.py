"""Phrasings found while tuning on the development split of set 48 (stop 63): situations pasted as a checklist with
ticked and empty boxes, copied from a pdf (words broken over lines, page numbers), typed as a chat message with emoji
and shorthand, or weighed in a pro and contra list. Each case is written here in other words than the set's items,
with the opposite fact beside it where the reading could be a guess."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.inputs import from_pdf
from assistant.rules import RuleBook
from assistant.rules.shorthand import read_checklist, read_in_full

from .concept_helpers import verdict_at

pytestmark = pytest.mark.unit


# --- a checklist ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("box", ["☐", "⬜", "[ ]"])
def test_an_empty_box_is_an_open_item_not_a_fact_told(box: str) -> None:
    lines = [line for line in read_checklist(f"☑ Zorgprofiel: LG 4\n{box} LG 1 of 2\nMag dat?").splitlines() if line]
    assert lines == ["Zorgprofiel: LG 4: ja", "LG 1 of 2: onbekend", "Mag dat?"]


def test_an_empty_box_does_not_undo_the_profile_ticked_above_it(book: RuleBook) -> None:
    text = ("Controlelijst pgb – administratie\n☑ Zorgprofiel: LVG 5\n☑ Pgb sinds juni 2016\n"
            "☑ Indicatiebesluit loopt nog door tot 2028\n☐ LVG 1 of 2\n"
            "Mag hij zijn LVG-zorgprofiel dit jaar nog via een pgb verzilveren?")
    assert verdict_at(book, text, date(2025, 11, 3)) == ("lvg_pgb", "no")


def test_a_form_line_answered_with_a_doubt_asks_nothing_and_names_no_uncovered_topic(book: RuleBook) -> None:
    text = ("Checklist behandeling – mevrouw Jansen\n[x] Indicatie: ZZP VV6 exclusief behandeling (verblijf)\n"
            "[x] Wij zijn toegelaten voor behandeling en hebben afspraken met het zorgkantoor\n"
            "[x] De huisarts consulteert onze specialist ouderengeneeskunde (H335)\n"
            "[ ] ZZP omzetten naar inclusief behandeling – niet nodig\n"
            "[ ] Toestemming zorgkantoor vooraf – n.v.t.?\n"
            "Vraag: mogen we dit consult naast haar ZZP declareren?")
    assert verdict_at(book, text, date(2026, 4, 1)) == ("wlz_behandeling_naast_zzp", "yes")
    # asked itself, prior consent is a topic no rule decides
    assert book.check_question("Is er vooraf toestemming van het zorgkantoor nodig voor een beugel?",
                               as_of=date(2026, 4, 1)) is None


# --- copied from a pdf ----------------------------------------------------------------------------------------------

def test_a_pdf_paste_is_read_with_its_words_joined_and_its_page_lines_out() -> None:
    text = "De huisarts heeft de specialist ouderengenees-\nkunde geconsulteerd.\nPagina 1 van 2\nDe SO is\nbetrokken."
    assert from_pdf(text) == "De huisarts heeft de specialist ouderengeneeskunde geconsulteerd.\nDe SO is betrokken."
    plain = "Mevrouw heeft VG7.\nHet gaat om een VG-\nZorgprofiel."  # no word broken in lower case: left as it is
    assert from_pdf(plain) == plain


def test_a_span_broken_over_pdf_lines_is_read_whole(book: RuleBook) -> None:
    text = ("Indicatiebesluit (concept)\nZorgprofiel: LVG 2\nGeldigheidsduur: 5 jaar (1 maart 2026 t/m 28 fe-\n"
            "bruari 2031)\nPagina 1 van 3\nMag een LVG-indicatie zo lang gelden?")
    assert verdict_at(book, text, date(2026, 2, 20)) == ("lvg_indicatie_duur", "no")


def test_a_form_start_date_is_when_it_began_not_the_year_asked(book: RuleBook) -> None:
    text = ("Tussenrapportage\nStart observatie: november 2025. Verlengd na een half jaar, en daarna nog eens.\n"
            "Voorstel: afronden eind december 2026, in totaal 14 maanden.\nMag de observatie zo lang duren?")
    assert verdict_at(book, text, date(2026, 11, 20)) == ("observatie_duur", "no")


# --- chat shorthand and emoji ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(("typed", "full"), [("idk of dat mag", "ik weet niet of dat mag"),
                                             ("wss wel", "waarschijnlijk wel"), ("ff checken", "even checken")])
def test_chat_shorthand_is_read_in_full(typed: str, full: str) -> None:
    assert read_in_full(typed) == full


def test_idk_leaves_the_fact_open(book: RuleBook) -> None:
    text = ("hoi 👋 mevrouw heeft een MPT en we willen er fysio naast doen 🙏 maar idk of wij toegelaten zijn voor "
            "behandeling 😬 mogen we die fysio declareren?")
    assert verdict_at(book, text, date(2026, 3, 1))[1] == "unknown"


def test_consultation_and_advice_with_an_ampersand_is_c_and_a(book: RuleBook) -> None:
    text = ("hoi! wij zijn DEC voor Huntington met een positief CElz-advies ✅ mogen we dit jaar consultatie & advies "
            "declareren voor cliënten in andere verpleeghuizen? 🤞")
    assert verdict_at(book, text, date(2025, 11, 5))[0] == "lvhc_ca_declareren"


def test_more_places_than_the_advice_said_as_above_the_number(book: RuleBook) -> None:
    text = ("Voor: een wachtlijst van 7 mensen met Korsakov. Tegen: het CElz-advies noemt 12 plaatsen.\n"
            "Mag ons REC dit jaar boven de 12 plaatsen uit het CElz-advies uitkomen?")
    assert verdict_at(book, text, date(2026, 9, 1)) == ("lvhc_plaatsen_verhogen", "no")


def test_what_was_ordered_before_the_move_had_begun(book: RuleBook) -> None:
    text = ("Voor: de nieuwe prothese van mijn vader is in maart besteld, vóór zijn verhuizing naar het verpleeghuis op "
            "15 april. Het is nu 5 weken later.\nHeeft hij nog recht op de tandheelkundige zorg die al liep?")
    assert verdict_at(book, text, date(2026, 5, 20)) == ("tandheelkundig_na_verhuizing", "yes")
    after = text.replace("in maart besteld, vóór zijn verhuizing", "pas na zijn verhuizing besteld, na de verhuizing")
    assert verdict_at(book, after, date(2026, 5, 20))[1] != "yes"


@pytest.mark.parametrize("question", [
    "Onze zoon woont op een VG7-groep. Hebben wij als ouders een stem in de vraag of de zorgaanbieder voor hem de "
    "VG7-plus-prestatie gaat declareren?",
    "Heeft mijn moeder zelf iets te zeggen over welke mondzorg het verpleeghuis haar geeft?",
    "Do families have a formal say in whether the toeslag observatie is declared?",
])
def test_whether_someone_has_a_say_gets_no_verdict(book: RuleBook, question: str) -> None:
    assert book.check_question(question, as_of=date(2026, 6, 1)) is None


def test_the_same_topic_asked_as_allowed_keeps_its_rule(book: RuleBook) -> None:
    verdict = book.check_question("Mag de zorgaanbieder voor onze zoon met VG7 de VG7-plus-prestatie declareren?",
                                  as_of=date(2026, 6, 1))
    assert verdict is not None


@pytest.mark.parametrize("question", [
    "Het zorgkantoor heeft de verlenging van de meerzorg afgewezen. Is zo'n afwijzing eigenlijk definitief?",
    "Onze dochter krijgt meerzorg thuis. Is dat, als het eenmaal is toegekend, iets wat blijft?",
    "Our son has a speech computer paid outside the institution budget. Does it become ours after a few years, or does "
    "it stay on loan?",
])
def test_whether_a_decision_is_final_or_whose_a_thing_becomes_gets_no_verdict(book: RuleBook, question: str) -> None:
    assert book.check_question(question, as_of=date(2026, 6, 1)) is None


# --- the review's cases: what these readings must not catch ------------------------------------------------------

@pytest.mark.parametrize("question", [
    "Mijn vader heeft een Wlz-indicatie en woont in een verpleeghuis. Mag hij zijn rolstoel die in bruikleen is "
    "meenemen als hij verhuist?",
    "Mijn zoon met ALS woont in een instelling. Heeft hij recht op een spraakcomputer met een eigen stem?",
])
def test_a_loan_or_a_voice_named_in_passing_keeps_the_rule(book: RuleBook, question: str) -> None:
    assert book.check_question(question, as_of=date(2026, 6, 1)) is not None


def test_a_form_line_with_a_colon_answered_with_a_doubt_asks_nothing() -> None:
    from assistant.rules.facts import asking_parts

    parts = asking_parts("toestemming zorgkantoor vooraf: n.v.t.?\nmogen we dit consult naast zijn zzp declareren?")
    assert parts == ["mogen we dit consult naast zijn zzp declareren?"]


def test_a_start_still_to_come_may_be_the_year_asked() -> None:
    from assistant.rules.facts import _zorgjaar, clause_starts

    t = "nieuw project. start project: januari 2027. komt het plan in aanmerking voor transitiemiddelen?"
    found = _zorgjaar(t, date(2026, 6, 1), clause_starts(t), set())
    assert found is not None and found.value == 2027


def test_a_hyphen_for_a_word_left_out_or_in_a_capitalised_word_stays() -> None:
    assert from_pdf("De behandel-\nen verblijfskosten, de Wlz-\nindicatie, de ouderengenees-\nkunde.") == \
        "De behandel-\nen verblijfskosten, de Wlz-indicatie, de ouderengeneeskunde."
