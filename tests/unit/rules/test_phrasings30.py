"""Facts as the development cases of set 30 put them, read after stop 44: a fact told on someone else's word or said
to be unchecked ("ik heb gehoord dat …", "mijn collega denkt van wel, maar niemand heeft het nagekeken", "volgens
haar buurvrouw …"), which is no fact, while what the writer hears and then asks about ("Ik heb gehoord dat … Klopt
dat?") is the question; and checklists with ticks, crosses and open boxes ("✅ …", "❌ …", "(v) …", "(?) …")."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.rules import RuleBook
from assistant.rules.facts import taken_back
from assistant.rules.shorthand import read_checklist

from .concept_helpers import verdict_at

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(("text", "kept", "gone"), [
    ("De cliënt woont bij ons. Ik heb gehoord dat zijn indicatie inclusief behandeling is.", "woont", "inclusief"),
    ("Hij heeft een scootmobiel; volgens zijn zus komt die van de gemeente, maar dat kunnen we niet nagaan.",
     "scootmobiel", "gemeente"),
    ("Mijn teamleider denkt dat we de expertise in huis hebben.", "", "expertise"),
    ("Het zorgkantoor heeft er nog niet naar gekeken, de arts vindt het een bijzondere zorgbehoefte.", "",
     "bijzondere"),
    ("I heard from a colleague that she has an indication for personal care.", "", "personal care"),
])
def test_a_fact_on_someone_elses_word_is_no_fact(text: str, kept: str, gone: str) -> None:
    read = taken_back(text.lower())
    assert kept in read
    assert gone not in read


def test_what_the_writer_says_after_a_but_is_the_writers_own() -> None:
    read = taken_back("ik heb gehoord dat er een grens is, maar bij ons is de ekt 700 euro op 2.000 euro.")
    assert "grens" not in read and "700 euro" in read


def test_a_rumour_followed_by_doubt_after_a_but_stays_no_fact() -> None:
    read = taken_back("iemand van de school zei dat ze extra komt, maar of dat boven de formatie is, weet niemand.")
    assert "extra" not in read


def test_what_is_heard_and_then_asked_about_is_the_question() -> None:
    text = "ik heb gehoord dat meerzorg voor vijf jaar kan worden toegekend. klopt dat?"
    assert "vijf jaar" in taken_back(text)


@pytest.mark.parametrize(("text", "lines"), [
    ("Check: ✅ besloten setting ❌ AVG (?) hbo-begeleiders. Voldoen we?",
     ["besloten setting: ja", "AVG: nee", "hbo-begeleiders: onbekend"]),
    ("[x] toegelaten voor behandeling [ ] afspraken met zk", ["toegelaten voor behandeling: ja", "afspraken met zk: onbekend"]),
    # a crossed item's reason in brackets goes; a clause after its comma stays, on a line of its own
    ("✔ één locatie ✘ GZ-psycholoog (het is een basispsycholoog)", ["één locatie: ja", "GZ-psycholoog: nee"]),
    ("(v) volledig spectrum (x) derdelijns zorg, we doen alleen langdurige zorg.",
     ["volledig spectrum: ja", "derdelijns zorg: nee", "we doen alleen langdurige zorg"]),
])
def test_a_checklist_is_read_as_a_form(text: str, lines: list[str]) -> None:
    read = [x.strip() for x in read_checklist(text).splitlines() if x.strip()]
    for line in lines:
        assert line in read


def test_text_without_a_checklist_is_unchanged() -> None:
    for text in ("Hij heeft VV5 (x) en verder niets.", "Mag dat? Ja."):
        assert read_checklist(text) == text


@pytest.mark.parametrize(("question", "stand", "expected"), [
    # a rumour about the agreements with the zorgkantoor: not known
    ("Cliënt heeft een ZZP VV6 zonder behandeling en woont bij ons. De huisarts wil onze SO consulteren (H335). We "
     "zijn toegelaten voor behandeling, maar of er afspraken met het zorgkantoor zijn? Mijn collega denkt van wel, maar "
     "niemand heeft het nagekeken. Mogen we dat naast het ZZP declareren?", date(2026, 5, 1),
     ("wlz_behandeling_naast_zzp", "unknown")),
    # a shortage at De Borg heard, not known
    ("Eerdere interventies hielpen onvoldoende en volgens het CCE kan een derdelijnsbehandeling uitkomst bieden. Ik "
     "heb gehoord dat De Borg vol zit, maar officieel weet ik het niet. Wordt er extra SGLVG ingekocht?",
     date(2026, 5, 1), ("sglvg_extra_inkoop", "unknown")),
    # a checklist: the cross decides
    ("Meerzorg-aanvraag: ❌ bijzondere zorgbehoefte volgens het zorgkantoor (afgewezen: het profiel voorziet erin). "
     "Komt zij in aanmerking voor meerzorg?", date(2026, 5, 1), ("meerzorg_bijzondere_zorgbehoefte", "no")),
    ("LVG 4: ✔ wonen, dagbesteding en vrije tijd op één locatie ✔ behandelexpertise in huis ✘ behandelaar "
     "geregistreerde GZ-psycholoog of orthopedagoog-generalist. Voldoen we?", date(2026, 5, 1),
     ("lvg_aanbieder_voorwaarden", "no")),
])
def test_rumours_and_checklists_in_a_question(book: RuleBook, question: str, stand: date,
                                              expected: tuple[str, str]) -> None:
    assert verdict_at(book, question, stand) == expected


@pytest.mark.parametrize(("question", "stand", "expected"), [
    # a range on both sides of the ceiling (10 places × 330 days = 3.300): not known
    ("DEC DZEP met positief CElz-advies voor 10 plaatsen, 330 verwachte ligdagen per plaats. De productieafspraak "
     "wordt ergens tussen de 3.100 en 3.400 dagen, binnen de duur van het advies. Past dat binnen het plafond?",
     date(2026, 6, 25), ("lvhc_productieafspraak", "unknown")),
    # ... wholly under it: decided
    ("DEC DZEP met positief CElz-advies voor 10 plaatsen, 330 verwachte ligdagen per plaats. De productieafspraak "
     "wordt ergens tussen de 3.000 en 3.200 dagen, binnen de duur van het advies. Past dat binnen het plafond?",
     date(2026, 6, 25), ("lvhc_productieafspraak", "yes")),
    # a little under a number that is itself under the ceiling (12 × 340 = 4.080)
    ("REC Korsakov, positief CElz-advies voor 12 plaatsen, 340 verwachte ligdagen per plaats in 2026. We willen een "
     "productieafspraak van net geen 4.000 dagen, binnen de looptijd van het advies. Past dat?", date(2026, 4, 9),
     ("lvhc_productieafspraak", "yes")),
])
def test_ranges_and_numbers_a_little_past_a_value(book: RuleBook, question: str, stand: date,
                                                  expected: tuple[str, str]) -> None:
    assert verdict_at(book, question, stand) == expected


def test_a_range_is_read_with_both_ends() -> None:
    from assistant.rules.facts import extract
    weeks = extract("De cliënt wacht nog 8 tot 10 weken op een plek.")["duur_weken"]
    assert (weeks.low, weeks.value) == (8, 10)
    months = extract("De meerzorg is voor 2 à 3 jaar aangevraagd.")["duur_maanden"]
    assert (months.low, months.value) == (24, 36)


def test_a_pair_joined_by_en_is_no_range_without_tussen() -> None:
    from assistant.rules.facts import Found, _ranged
    text = "Hij heeft 3 en 12 plaatsen."
    assert _ranged(text, Found(12, text.index("12"), text.index("12") + 2)).low is None
    text = "Het zijn tussen de 3 en 12 plaatsen."
    assert _ranged(text, Found(12, text.index("12"), text.index("12") + 2)).low == 3


# a chat turn that gives the VG7 facts but one, which the writer still asks around
VG7_ASKING_AROUND = ("We willen in 2026 VG7 leveren. De locatie is besloten, er is permanent toezicht met mogelijkheid "
                     "tot direct ingrijpen en binnen drie minuten iemand bij de cliënt. Voldoen we aan de voorwaarden? Of "
                     "we een AVG, gedragsdeskundige en hbo-begeleiders hebben, vraag ik na bij HR.")


@pytest.mark.parametrize(("history", "reply", "stand", "expected"), [
    # a yes states the point the turn before left open
    ([VG7_ASKING_AROUND], "ja, alle drie", date(2025, 12, 1), ("vg7_voorwaarden", "yes")),
    # "not known yet" keeps the turn before's rule and leaves the point open
    (["We willen in 2026 op locatie De Linde herstelzorg leveren met ZZP VV9b. Mag dat daar? Of er op die locatie "
      "behandeling wordt geboden, vraag ik na."], "weet ik nog niet", date(2025, 11, 1),
     ("zzp_vv9b_locatie", "unknown")),
    # a duration in a few words answers what the turn before asked about
    (["Kan meerzorg worden toegekend voor de periode die wij willen aanvragen? Het gaat om een cliënt die thuis "
      "woont, aanvraag per 2026. De periode moet ik nog uit het zorgplan halen."], "twee jaar", date(2026, 7, 1),
     ("meerzorg_toekenningsduur", "yes")),
])
def test_a_short_reply_to_the_turn_before(book: RuleBook, history: list[str], reply: str, stand: date,
                                          expected: tuple[str, str]) -> None:
    v = book.check_question(reply, history=history, as_of=stand)
    assert v is not None and (v.rule_id, v.outcome) == expected


def test_thanks_is_no_reply_to_check() -> None:
    from assistant.rules import short_reply
    assert not short_reply("dank je wel")
    assert short_reply("nee hoor") and short_reply("anderhalf jaar")
    assert not short_reply("Mag dat ook in 2027?")


# from the review of the diff: what must not be read as a rumour, a checklist, a range or a reply
@pytest.mark.parametrize("text", [
    "mijn vader met een vv6 denkt na over een rolstoel.",
    "zeker weten we dat hij een vv6 indicatie heeft.",
    "iemand van het zorgkantoor zei dat we toegelaten zijn.",
])
def test_no_rumour(text: str) -> None:
    assert taken_back(text) == text


def test_a_rumour_blanks_its_own_clause_only() -> None:
    read = taken_back("mijn vader heeft een vv6 en zijn dochter denkt dat hij vv7 krijgt.")
    assert "vv6" in read and "vv7" not in read


@pytest.mark.parametrize("text", [
    "Het zorgkantoor deed moeilijk 👎 wij hebben een besloten setting.",
    "Helaas ❌ behandeling wordt gegeven door een GZ-psycholoog.",
])
def test_a_lone_mark_in_a_sentence_is_no_checklist(text: str) -> None:
    assert read_checklist(text) == text


def test_a_code_before_a_dash_is_no_range() -> None:
    from assistant.rules.facts import extract
    assert extract("Hij heeft VV5 - 12 weken behandeling.")["duur_weken"].low is None


@pytest.mark.parametrize(("reply", "outcome"), [
    ("klopt niet", "unknown"), ("Ja, dat weet ik nog niet", "unknown"), ("ja, alle drie", "yes")])
def test_only_a_real_yes_states_the_open_point(book: RuleBook, reply: str, outcome: str) -> None:
    v = book.check_question(reply, history=[VG7_ASKING_AROUND], as_of=date(2025, 12, 1))
    assert v is not None and v.outcome == outcome


def test_a_story_after_a_question_is_no_duration_reply(book: RuleBook) -> None:
    history = ["Kan meerzorg worden toegekend voor de periode die wij willen aanvragen? Cliënt woont thuis, aanvraag "
               "per 2026."]
    v = book.check_question("ze woont al 4 jaar thuis", history=history, as_of=date(2026, 7, 1))
    assert v is None or v.outcome == "unknown"
    assert book.check_question("Nee dank je, dat was alles", history=history, as_of=date(2026, 7, 1)) is None
