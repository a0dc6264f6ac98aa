"""A message that asks two things, of which the sources answer one: the answered part is answered and the other
is named as not answered (a family's forum post: "Staat ergens wat zo'n kliniek moet bieden qua eigen ruimte? En
hoe vaak mogen we op bezoek?"), instead of refusing the whole or quoting sentences picked for the other part."""

from __future__ import annotations

from typing import Any

import pytest

from assistant.answer.extractive import part_questions, split_question
from assistant.answer.gate import Evidence, _join
from assistant.bootstrap import build_assistant, build_index
from assistant.settings import Settings

pytestmark = pytest.mark.unit

KLINIEK = ("Onze zoon (20) is sinds kort opgenomen in een SGLVG-kliniek. Ik maak me grote zorgen. Staat ergens wat "
           "zo'n kliniek moet bieden qua eigen ruimte? En hoe vaak mogen we eigenlijk op bezoek?")


@pytest.mark.parametrize(("question", "parts"), [
    # a question mark ends a part also when the next one follows it in the same message
    (KLINIEK, ["Onze zoon (20) is sinds kort opgenomen in een SGLVG-kliniek. Ik maak me grote zorgen. Staat ergens "
               "wat zo'n kliniek moet bieden qua eigen ruimte?", "En hoe vaak mogen we eigenlijk op bezoek?"]),
    # "en heeft" inside a statement is no second question: the statement stays whole, before the question
    ("Onze dochter woont thuis en heeft al jaren meerzorg. Krijgt ze in de tussentijd gewoon haar zorg? En hoeveel "
     "uur mag ze straks krijgen?",
     ["Onze dochter woont thuis en heeft al jaren meerzorg. Krijgt ze in de tussentijd gewoon haar zorg?",
      "En hoeveel uur mag ze straks krijgen?"]),
    ("Cliënt heeft een VG-profiel en is ook slechtziend en heeft daarvoor behandeling nodig. Gaat die behandeling "
     "via de Wlz of de Zvw?", None),
    # a full stop inside an abbreviation, or a statement that starts like a question, splits nothing
    ("Wat is een C.O.T. in de gehandicaptenzorg?", None),
    ("Zijn dochter is vertegenwoordiger. Moeten we doen wat de dochter zegt?", None),
    ("Kan ik advies vragen van het CCE? We willen advies over een cliënt.", None),
    ("Hoe lang is een LVG-indicatie geldig, en hoe lang kan het CIZ die verlengen?",
     ["Hoe lang is een LVG-indicatie geldig?", "hoe lang kan het CIZ die verlengen?"]),
])
def test_a_message_splits_into_its_questions(question: str, parts: list[str] | None) -> None:
    assert split_question(question) == (parts or [question])


def test_a_later_part_is_asked_with_what_the_message_told_first() -> None:
    (_, first), (written, second) = part_questions(KLINIEK)
    assert written == "En hoe vaak mogen we eigenlijk op bezoek?"
    assert first.endswith("eigen ruimte?")
    assert second.startswith("Onze zoon (20) is sinds kort opgenomen in een SGLVG-kliniek. Ik maak me grote zorgen.")
    assert second.endswith("En hoe vaak mogen we eigenlijk op bezoek?")
    assert part_questions("Wat is een REC?") == []


def test_a_topic_named_twice_is_named_once() -> None:
    assert _join(["SGLVG-kliniek", "sglvg-kliniek", "gezamenlijke"], "en") == "SGLVG-kliniek en gezamenlijke"


def _gated(assistant: Any, refuse: str) -> list[str]:
    """Let the real pipeline run, but refuse every question (part) that contains ``refuse``; returns the texts
    that were prepared."""
    real = assistant._prepare
    seen: list[str] = []

    def prepare(question: str, *args: Any, **kwargs: Any) -> Any:
        seen.append(question)
        prep = real(question, *args, **kwargs)
        ok = refuse not in question
        prep.evidence = Evidence(ok, "ok" if ok else "no_value", 0.5, 5.0, 0.0,
                                 "" if ok else "De bronnen noemen geen frequentie.")
        prep.verdict = None
        prep.text = prep.evidence.message_nl or prep.text
        return prep

    assistant._prepare = prepare
    return seen


def test_the_answered_part_is_answered_and_the_other_named(hash_settings: Settings) -> None:
    build_index(hash_settings, progress=False)
    assistant = build_assistant(hash_settings)
    seen = _gated(assistant, "bezoek")
    answer = assistant.ask(KLINIEK)
    assert answer.answerable and answer.question == KLINIEK
    assert answer.citations
    assert answer.answer.endswith("Over „En hoe vaak mogen we eigenlijk op bezoek?”: De bronnen noemen geen frequentie.")
    assert answer.verdict is None
    assert len(seen) == 3  # the whole message, then each part on its own


def test_a_message_whose_parts_are_all_refused_stays_refused(hash_settings: Settings) -> None:
    build_index(hash_settings, progress=False)
    assistant = build_assistant(hash_settings)
    _gated(assistant, "?")  # every question (part) refused
    answer = assistant.ask(KLINIEK)
    assert not answer.answerable and not answer.citations


def test_english_names_the_part_in_english(hash_settings: Settings) -> None:
    build_index(hash_settings, progress=False)
    assistant = build_assistant(hash_settings)
    _gated(assistant, "visit")
    answer = assistant.ask("What does the law say about a room of his own in an SGLVG clinic? And how often may "
                           "we visit him?")
    assert answer.answerable
    assert "About “And how often may we visit him?”:" in answer.answer


def test_a_later_part_alone_does_not_answer_for_the_message(hash_settings: Settings) -> None:
    """"Wat zijn de openingstijden van het CIZ en kan ik langskomen?": the short later part alone is too thin to be
    judged; when the first part is refused, the message is refused."""
    build_index(hash_settings, progress=False)
    assistant = build_assistant(hash_settings)
    _gated(assistant, "ruimte")  # the first part (and the whole message) refused, the later part let through
    answer = assistant.ask(KLINIEK)
    assert not answer.answerable and not answer.citations
