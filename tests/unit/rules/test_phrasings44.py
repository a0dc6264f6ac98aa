"""Phrasings found while tuning on the development split of set 44 (dictated messages, forwarded e-mail threads, long
stories, politely hedged facts, English): a later message of a thread is read over an earlier one; a point someone
could not say, an assumption and a point not settled are not facts; a wish is not who treats now; a doer named after a
passive is another party; "kind toeslag" written apart; "our own organisation"; the advice's term said after the
agreement's size."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.inputs import thread_messages, without_letter
from assistant.rules import RuleBook

from .concept_helpers import read_fact, verdict_at

pytestmark = pytest.mark.unit

STAND = date(2026, 10, 1)

THREAD = ("Hoi Mark,\n"
          "Update: de Borg-instellingen hebben inmiddels voldoende plek voor deze doelgroep. Koopt het zorgkantoor dan "
          "nog extra SGLVG-verblijf met behandeling bij ons in?\n"
          "Groet, Anne\n"
          "> Op 2 september 2026 schreef Anne:\n"
          "> Bij cliënt T. bleken eerdere interventies onvoldoende en de behandelaar zegt dat een\n"
          "> derdelijnsbehandeling uitkomst kan bieden. De Borg-instellingen hebben onvoldoende plek.\n")


def test_the_messages_of_a_thread_oldest_first() -> None:
    messages = thread_messages(THREAD)
    assert len(messages) == 2
    assert messages[0].startswith("Bij cliënt T.") and "onvoldoende plek" in messages[0]
    assert "derdelijnsbehandeling" in messages[0].splitlines()[0]  # a line wrapped mid-sentence is joined again
    assert messages[1].startswith("Update:") and "Groet" not in messages[1]
    assert thread_messages("Mijn moeder heeft VV6. Wie betaalt de tandarts?") == []


def test_a_later_message_is_read_over_an_earlier_one(book: RuleBook) -> None:
    assert verdict_at(book, THREAD, STAND) == ("sglvg_extra_inkoop", "no")
    earlier_only = THREAD.split("Groet, Anne\n")[1].replace("> ", "")
    assert verdict_at(book, earlier_only + " Koopt het zorgkantoor extra SGLVG-verblijf bij ons in?", STAND) == (
        "sglvg_extra_inkoop", "yes")


def test_a_subject_line_is_no_message() -> None:
    text = ("Fw: tillift\n"
            "Van: Bas\n"
            "Aan: Linda\n"
            "Mevrouw heeft een tillift en een douchestoel uit het budget van de instelling. Mag dat?")
    assert thread_messages(text) == []


@pytest.mark.parametrize(("text", "name"), [
    ("Mijn vader woont in De Linde. De locatiemanager kon me niet vertellen of er op De Linde behandeling wordt "
     "geboden.", "locatie_biedt_behandeling"),
    ("Hij kwam met zijn eigen rolstoel binnen; ik ga ervan uit dat die via de Wmo is verstrekt.",
     "wmo_hulpmiddel_in_bezit"),
    ("Ik heb het dossier nagekeken, maar nergens staat of de rolstoel via de Wmo is verstrekt.",
     "wmo_hulpmiddel_in_bezit"),
    ("Het staat nog niet vast of de traumabehandeling in huis komt.", "expertise_in_huis"),
])
def test_what_someone_could_not_say_or_assumes_is_no_fact(text: str, name: str) -> None:
    assert read_fact(text, name) is None


@pytest.mark.parametrize(("text", "name"), [
    ("What's not settled yet is whether the trauma expertise will be in-house or hired in.", "expertise_in_huis"),
    ("I honestly don't know whether any scientific research on epilepsy is still going on.", "epilepsie_onderzoek"),
    ("The family isn't sure whether his indicatiebesluit is still running.", "indicatiebesluit_lopend"),
    ("The manager couldn't tell me whether treatment is offered at that location.", "locatie_biedt_behandeling"),
])
def test_english_doubt_is_no_fact(text: str, name: str) -> None:
    assert read_fact(text, name, english=True) is None


def test_a_wish_is_not_who_treats_now() -> None:
    wish = "Mijn broer wil dat ze naar haar oude tandarts in de stad gaat."
    assert read_fact(wish, "behandeling_zelfde_instelling") is None
    assert read_fact("Ze gaat nog steeds naar haar oude tandarts in de stad.", "behandeling_zelfde_instelling") is False


def test_the_doer_after_a_passive_is_another_party() -> None:
    # (not a "ja" for the organisation asked about: the thuiszorg does it)
    assert read_fact("De persoonlijke verzorging wordt elke ochtend gedaan door de thuiszorg van Buurtzorg.",
                     "persoonlijke_verzorging_indicatie") is False
    assert read_fact("De dagbesteding levert alleen dagbesteding, geen persoonlijke verzorging.",
                     "persoonlijke_verzorging_indicatie") is False


def test_kind_toeslag_written_apart(book: RuleBook) -> None:
    v = verdict_at(book, "Wij leveren zorg tijdens onderwijs op de mytylschool. Is de kind toeslag op de dagbesteding "
                         "dan van toepassing?", STAND)
    assert v is not None and v[0] == "zorg_onderwijs_kindtoeslag"


def test_our_own_organisation() -> None:
    assert read_fact("She lives here with verblijf met behandeling, and her treatment is given by our own organisation.",
                     "behandeling_zelfde_instelling", english=True) is True


def test_the_advice_term_after_the_agreement() -> None:
    assert read_fact("De productieafspraak is 4.000 dagen, en het advies loopt tot eind 2028.",
                     "binnen_duur_advies") is True
    assert read_fact("De productieafspraak loopt tot eind 2028.", "binnen_duur_advies") is None


def test_wrapped_lines_are_joined_but_not_a_table_or_a_list() -> None:
    assert without_letter("Ik weet niet of de\nrolstoel van de Wmo is.") == "Ik weet niet of de rolstoel van de Wmo is."
    table = "leveringsvorm | behandeling door\nverblijf | dezelfde instelling"
    assert without_letter(table) == table
    listed = "Welke klopt?\na) de eerste\nb) de tweede"
    assert without_letter(listed) == listed


def test_a_dictated_message_without_marks(book: RuleBook) -> None:
    # the phone's opening is no part of the question, and the question is the last clause that opens as one
    assert verdict_at(book, "eh hoi met Sanne van de planning wat betekenen die prestaties haa drie drie vijf en haa drie "
                            "drie zes eigenlijk ik kom ze tegen in een declaratieoverzicht en ik weet niet waar ze voor "
                            "staan", STAND) is None
    v = verdict_at(book, "eh goedemiddag wij zijn een DEC voor Korsakov en we hebben een positief advies van de CElz nou "
                         "we krijgen steeds vaker vragen van verpleeghuizen om mee te kijken bij een cliënt die bij hen "
                         "woont kunnen wij dit jaar consultatie en advies declareren voor die cliënten", STAND)
    assert v is not None and v[0] == "lvhc_ca_declareren"


def test_not_one_place() -> None:
    assert read_fact("Wonen en dagbesteding zitten niet op dezelfde plek.", "een_locatie") is False
    assert read_fact("Wonen, dagbesteding en vrije tijd zitten op één plek.", "een_locatie") is True


def test_a_reply_below_what_it_quotes(book: RuleBook) -> None:
    below = ("Op 2 september 2026 schreef Anne:\n"
             "> Bij cliënt T. bleken eerdere interventies onvoldoende en de behandelaar zegt dat een derdelijnsbehandeling "
             "uitkomst kan bieden. De Borg-instellingen hebben onvoldoende plek.\n"
             "Hoi Mark,\n"
             "Update: de Borg-instellingen hebben inmiddels voldoende plek voor deze doelgroep. Koopt het zorgkantoor dan "
             "nog extra SGLVG-verblijf met behandeling bij ons in?\n"
             "Groet, Anne")
    assert thread_messages(below)[-1].startswith("Update:")
    assert verdict_at(book, below, STAND) == ("sglvg_extra_inkoop", "no")


def test_short_typed_lines_stay_apart() -> None:
    typed = ("Mijn moeder heeft VV6 en woont in het verpleeghuis\nde tandarts van het verpleeghuis komt niet\n"
             "ze gaat naar haar eigen tandarts\nbetaalt de Wlz dat?")
    assert without_letter(typed) == typed
    assert without_letter("Zorgprofiel: VG7\nleveringsvorm: verblijf") == "Zorgprofiel: VG7\nleveringsvorm: verblijf"


def test_a_wish_ends_at_its_clause() -> None:
    assert read_fact("Mijn broer wil dat ze hier blijft wonen en ze gaat naar haar oude tandarts in de stad.",
                     "behandeling_zelfde_instelling") is False


def test_an_assumption_in_the_plural() -> None:
    assert read_fact("Hij kwam met zijn rolstoel binnen; wij nemen aan dat die via de Wmo is verstrekt.",
                     "wmo_hulpmiddel_in_bezit") is None
