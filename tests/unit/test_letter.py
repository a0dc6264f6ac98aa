"""A question sent as an e-mail: its greeting and its closing with the signature are no part of what is asked, and
its lines stay lines (a pasted form's lines are sentences of their own)."""

from __future__ import annotations

import pytest

from assistant.inputs import clean_question

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(("message", "question"), [
    ("Goedemorgen,\n\nHoe lang kan het CIZ zijn indicatie verlengen?\n\nMet vriendelijke groet,\nRob Janssen, "
     "zorgbemiddelaar", "Hoe lang kan het CIZ zijn indicatie verlengen?"),
    ("Geachte heer, mevrouw,\n\nMijn vader heeft dementie.\nMet wie bespreekt het verpleeghuis het zorgplan?\n\n"
     "Met vriendelijke groet,\nJan Smits", "Mijn vader heeft dementie.\nMet wie bespreekt het verpleeghuis het zorgplan?"),
    ("Dear helpdesk,\nIs dental care covered by the Wlz?\n\nKind regards,\nOliver Grant", "Is dental care covered by the Wlz?"),
    ("Beste Jan,\nMag ik C&A declareren voor NAH+?\n\nGroeten,\nPiet\nteamleider\nLocatie Zuid",
     "Mag ik C&A declareren voor NAH+?"),
    ("Hallo,\nWat is meerzorg?\nAlvast bedankt!", "Wat is meerzorg?"),
    # the formal register's closing and the name under it
    ("Geachte heer, mevrouw,\n\nZoudt u mij willen berichten wie de tandarts van mijn man betaalt?\n\nHoogachtend,\n"
     "mevrouw A. de Boer-Kramer", "Zoudt u mij willen berichten wie de tandarts van mijn man betaalt?"),
    ("Geachte heer,\nWat is meerzorg?\nMet de meeste hoogachting,\nJ. Visser", "Wat is meerzorg?"),
    ("Dear Sir or Madam,\nIs dental care covered by the Wlz?\nYours sincerely,\nMary Jones",
     "Is dental care covered by the Wlz?"),
    # a question on the closing's line is kept
    ("Geachte heer,\nIk heb een vraag over meerzorg.\nBij voorbaat dank, geldt meerzorg ook voor VPT?",
     "Ik heb een vraag over meerzorg.\nBij voorbaat dank, geldt meerzorg ook voor VPT?"),
    # lines kept, spaces within a line collapsed
    ("Cliënt:   mw. Jansen\nZorgprofiel: VG8\n\n\nGeldt de toeslag observatie?",
     "Cliënt: mw. Jansen\nZorgprofiel: VG8\nGeldt de toeslag observatie?"),
    # a greeting in the line that asks is part of the question; a message of a greeting alone stays as it is
    ("Hallo, mag ik C&A declareren voor NAH+?\nGroet, Jan", "Hallo, mag ik C&A declareren voor NAH+?"),
    ("Goedemorgen,", "Goedemorgen,"),
    # a thank-you in the middle is no closing: what follows it is still asked
    ("Dank je wel voor de hulp van gisteren.\nMag ik nu ook C&A declareren?", "Dank je wel voor de hulp van gisteren.\n"
     "Mag ik nu ook C&A declareren?"),
])
def test_the_question_without_the_letter_around_it(message: str, question: str) -> None:
    assert clean_question(message) == question


@pytest.mark.parametrize(("message", "question"), [
    # a forwarded mail: the headers, the separator and the sending date go; the subject stays as what it is about
    ("Kun je hier even naar kijken?\n\n-----Oorspronkelijk bericht-----\nVan: Ingrid Bos (teamleider)\n"
     "Verzonden: dinsdag 14 oktober 2025 09:12\nAan: dr. M. Yilmaz\nOnderwerp: toeslag observatie\n\n"
     "Marco, onze cliënt heeft VG4. Geldt de toeslag observatie?\n\nMet vriendelijke groet,\nIngrid Bos\n"
     "Dit bericht kan vertrouwelijke informatie bevatten. Bent u niet de geadresseerde, verwijder het dan.",
     "Kun je hier even naar kijken?\ntoeslag observatie.\nMarco, onze cliënt heeft VG4. Geldt de toeslag observatie?"),
    # a quoted mail: the quote marks go, each message loses its greeting, closing and signature
    ("Fw: baby\n\nHi, forwarding this. Can you help me answer it?\n\n> From: Omar\n> Sent: 9 February 2026\n>\n"
     "> Hello, our daughter was born here last week. Is she insured under the Wlz?\n\nThanks,\nSara",
     "baby.\nHi, forwarding this. Can you help me answer it?\nHello, our daughter was born here last week. "
     "Is she insured under the Wlz?"),
    # a reply line and a signature of a name and a role without a closing
    ("Re: artsentekort\n\nEens, maar past dit binnen wat het zorgkantoor verwacht?\n\n"
     "Op 3 november 2025 om 10:12 schreef Wouter <w.smit@example.nl>:\n> We willen taken van de SO overdragen.\n\n"
     "Hanneke\nBeleidsadviseur",
     "artsentekort.\nEens, maar past dit binnen wat het zorgkantoor verwacht?\nWe willen taken van de SO overdragen."),
])
def test_a_mail_thread_is_read_without_its_headers_quotes_and_signatures(message: str, question: str) -> None:
    assert clean_question(message) == question


@pytest.mark.parametrize("message", [
    # no thread: a quoted line alone, a label with a colon, a line of dashes in a form
    "> Mag ik C&A declareren voor NAH+?",
    "Cliënt: mw. Jansen\nZorgprofiel: VG8\nGeldt de toeslag observatie?",
    "Onze cliënt heeft VG4.\nVan: het zorgkantoor hoorden we niets.\nGeldt de toeslag observatie?",
])
def test_a_message_that_is_no_thread_keeps_its_lines(message: str) -> None:
    assert clean_question(message) == message


def test_a_form_that_opens_with_a_date_is_no_thread() -> None:
    form = "Datum: 12-05-2026\nCliënt: mw. Jansen\nZorgprofiel: VG8\nGeldt de toeslag observatie?"
    assert clean_question(form) == form


@pytest.mark.parametrize(("message", "kept"), [
    # a newest message that opens with thanks keeps what follows
    ("Re: VPT\n\nBedankt voor je snelle antwoord!\nMijn vraag is nog of de tandarts dan onder de Zvw valt.\n\n"
     "Op 3 november 2025 schreef Wouter:\n> Bij VPT zit de tandarts niet in het pakket.",
     "Mijn vraag is nog of de tandarts dan onder de Zvw valt."),
    # a question about confidential information is no confidentiality notice
    ("Fw: privacy\nMag ik vertrouwelijke informatie uit het zorgplan delen met het CIZ?\nGroet, Lotte",
     "Mag ik vertrouwelijke informatie uit het zorgplan delen met het CIZ?"),
    # list items and a question typed without its question mark are no signature
    ("Fw: vraag\nKomen deze in aanmerking voor MPT?\n- Dagbesteding\n- Logeeropvang", "- Logeeropvang"),
    ("Fw: question\nHi, my father has VV5\nWho pays the dentist\nThanks\nSara", "Who pays the dentist"),
])
def test_a_thread_keeps_what_its_messages_say(message: str, kept: str) -> None:
    assert kept in clean_question(message).splitlines()


@pytest.mark.parametrize("message", [
    # "schreef" in a sentence of the question, a line of dashes, a period that opens with "Van:"
    "Op de website van het zorgkantoor schreef men het volgende:\nMeerzorg wordt voor 1 tot 3 jaar toegekend.\n"
    "Geldt dat ook thuis",
    "Mijn moeder heeft VV5 en woont thuis met VPT\n-----\nwie betaalt de tandarts",
    "Van: 1 januari 2025\nTot: 1 maart 2025\nOpgenomen in het ziekenhuis, telt die periode mee voor de Wlz?",
])
def test_text_that_only_looks_like_a_thread_stays_whole(message: str) -> None:
    assert clean_question(message) == message


def test_a_greater_than_sign_is_no_quote_mark() -> None:
    assert "> 80 jaar met VV5" in clean_question("Onderwerp: leeftijd\nMijn vader is\n> 80 jaar met VV5\nGeldt de toeslag?")


def test_a_message_far_over_the_limit_is_refused_before_it_is_read() -> None:
    from assistant.errors import InputError

    with pytest.raises(InputError):
        clean_question("Onderwerp: " + "a" * 60000 + "\nVan: x\nWat is VPT?")
