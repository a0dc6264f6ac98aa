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
