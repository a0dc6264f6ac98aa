"""Questions about a letter itself: which particular is asked, of which letter, and what the letter does not say."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.answer.particulars import asked_particulars, letter_asked, missing_message
from assistant.ingest.letterhead import Particular
from assistant.types import Hit, Passage

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("question, expected", [
    ("Wie heeft de Kamerbrief over complexe zorg voor mensen met een verstandelijke beperking (VG7, bestuurlijke "
     "afspraken, Ontwikkelprogramma) ondertekend?", ["signed"]),
    ("Wie heeft de brief over meerzorg thuis ondertekend?", ["signed"]),
    ("Van wie kwam de Kamerbrief over meerzorg thuis, en van welke datum is die brief?", ["signed", "date"]),
    ("Welke staatssecretaris schreef de brief over VG7?", ["signed"]),
    ("Voor een literatuurlijst vroeg ik ChatGPT wie de Kamerbrief over complexe zorg uit het voorjaar van 2025 heeft "
     "ondertekend. Het antwoord was 'minister Conny Helder'. Klopt dat?", ["signed"]),
    ("Who signed the May 2026 Kamerbrief about LVHC care, and in what role?", ["signed"]),
    ("The letter on VG7-plus was signed by minister Mirjam Sterk, right?", ["signed"]),
    ("We verwijzen naar de LVHC-brief van 26 mei 2026. Wat is het kenmerk van die brief?", ["kenmerk"]),
    ("Welk kenmerk heeft de Kamerbrief over laag volume hoog complexe zorg?", ["kenmerk"]),
    ("Onder welk Kamerstuknummer staat de brief 'Meerzorg thuis' van de staatssecretaris?", ["kamerstuk"]),
    ("Wanneer is de Kamerbrief Meerzorg thuis verstuurd?", ["date"]),
    ("Wat is de datum van de LVHC-brief?", ["date"]),
    ("When was the letter on meerzorg thuis sent?", ["date"]),
    ("Aan wie is de LVHC-brief gericht?", ["addressee"]),
    ("Door wie is de brief over meerzorg thuis ondertekend?", ["signed"]),
    ("Wie staat er onder de LVHC-brief?", ["signed"]),
    ("Wiens handtekening staat onder de brief over complexe zorg?", ["signed"]),
    ("Who is the LVHC letter from?", ["signed"]),
    ("Who was the letter on VG7 care signed by?", ["signed"]),
])
def test_what_is_asked_of_the_letter(question: str, expected: list[str]) -> None:
    assert asked_particulars(question) == expected


@pytest.mark.parametrize("question", [
    "Welke motie noemt de meerzorgbrief, met welk Kamerstuknummer, en wat vroeg die motie precies?",
    "De Volwaardig Leven-brief zegt dat de Kamer de Toekomstagenda op 26 mei 2021 ontving. Onder welk "
    "Kamerstuknummer is die verschenen?",
    "Wie heeft het convenant Capaciteit Beveiligde Bedden ondertekend?",
    "Moet ik als mantelzorger het zorgplan van mijn moeder ondertekenen?",
    "Wanneer moet de aanvraag voor meerzorg bij het zorgkantoor binnen zijn?",
    "Welke kenmerken heeft de doelgroep van de LVHC-brief?",
    "Wat staat er in de brief over de datum van invoering?",
])
def test_other_questions_are_not_about_the_letter_itself(question: str) -> None:
    assert asked_particulars(question) == []


def _hit(doc_id: str) -> Hit:
    p = Passage(doc_id=doc_id, title="Kamerbrief LVHC", kind="kamerbrief", date=date(2026, 5, 26), section=("Inleiding",),
                page=1, start=0, end=10, text="Eerste zin.")
    return Hit(p, 1.0)


LETTERS = {"lvhc": [Particular("signed", "de minister van LZJS, Mirjam Sterk", "Mirjam Sterk", 100, 134),
                    Particular("kenmerk", "Kenmerk 4388213-1099042-LZ", "4388213-1099042-LZ")]}


def test_the_letter_of_the_best_hit_answers_and_what_it_lacks_is_named() -> None:
    got = letter_asked(["kenmerk", "date"], [_hit("lvhc"), _hit("other")], LETTERS)
    assert got is not None and got.missing == ["date"]
    (particular, passage), = got.found
    assert particular.value == "4388213-1099042-LZ"
    assert passage.text == "Kenmerk 4388213-1099042-LZ" and passage.section == ("Briefhoofd",)
    assert passage.start == passage.end == 0  # a letterhead line: the viewer opens the letter at its top
    signed = letter_asked(["signed"], [_hit("lvhc")], LETTERS)
    assert signed is not None and (signed.found[0][1].start, signed.found[0][1].end) == (100, 134)


def test_a_question_whose_best_hit_is_no_letter_is_answered_as_any_other() -> None:
    assert letter_asked(["date"], [_hit("zn"), _hit("lvhc")], LETTERS) is None
    assert letter_asked([], [_hit("lvhc")], LETTERS) is None


def test_what_the_letter_does_not_say_is_said_with_the_estimate_apart() -> None:
    got = letter_asked(["date"], [_hit("lvhc")], LETTERS)
    assert got is not None and not got.found
    nl = missing_message(got, english=False, date_note="midden april 2025 aangenomen.")
    assert nl.startswith("In de brief zelf (“Kamerbrief LVHC”) vind ik geen datum") and "bij schatting" in nl
    en = missing_message(got, english=True)
    assert en.startswith("I find no date in the letter itself") and "estimate" not in en


@pytest.mark.parametrize("question", [
    "Wat is het belangrijkste kenmerk van de zorg die de brief beschrijft?",
    "Volgens de brief is een kenmerk van LVHC-zorg dat het om kleine groepen gaat. Klopt dat?",
    "Wat is de datum van de inwerkingtreding die de brief noemt?",
    "Wanneer is de maatregel uit de brief gepubliceerd?",
    "Wie heeft de afspraken in de brief ondertekend?",
    "Mijn moeder kreeg een brief van het CAK. Wie heeft die brief ondertekend?",
    "Who is the letter about?",
    "Door wie is de regeling in de brief betaald?",
])
def test_a_characteristic_what_the_letter_names_or_a_letter_received_is_no_particular(question: str) -> None:
    assert asked_particulars(question) == []


def test_the_answer_quotes_each_particular_after_what_it_is_and_cites_it_verbatim() -> None:
    from assistant.answer.particulars import letter_text

    got = letter_asked(["signed", "kenmerk"], [_hit("lvhc")], LETTERS)
    assert got is not None
    text, citations = letter_text(got, english=False)
    assert text.startswith("**Mirjam Sterk** [1]\n\nOndertekend door: “de minister van LZJS, Mirjam Sterk” [1]")
    assert "Kenmerk in het briefhoofd: “Kenmerk 4388213-1099042-LZ” [2]" in text
    assert [c.supporting for c in citations] == [c.passage.text for c in citations]  # verbatim
    assert letter_text(got, english=True)[0].split("\n\n")[1].startswith("Signed by: ")
