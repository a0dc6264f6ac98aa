from __future__ import annotations

import re
from datetime import date

import pytest

from assistant.answer.extractive import bare_list_item, compose, select, split_question
from assistant.answer.followup import standalone_query
from assistant.answer.gate import assess, out_of_scope
from assistant.retrieval.search import interleave as _interleave
from assistant.types import Hit, Passage

pytestmark = pytest.mark.unit


def hit(text: str, section: str = "S", score: float = 1.0, dense: float = 0.6, lexical: float = 10.0) -> Hit:
    p = Passage(doc_id="d", title="T", kind="kamerbrief", date=date(2025, 1, 1), section=(section,), page=1,
                start=0, end=len(text), text=text)
    return Hit(p, score, {"dense": 1, "lexical": 1}, {"dense": dense, "lexical": lexical})


def test_two_part_questions_are_split_and_single_ones_are_not() -> None:
    assert split_question("Hoe lang is een LVG-indicatie geldig, en hoe lang kan het CIZ die verlengen?") == [
        "Hoe lang is een LVG-indicatie geldig?", "hoe lang kan het CIZ die verlengen?"]
    assert split_question("Wie betaalt de tandarts en de mondhygiënist bij een VPT?") == [
        "Wie betaalt de tandarts en de mondhygiënist bij een VPT?"]


def test_each_part_gets_a_sentence() -> None:
    hits = [hit("De indicatie LVG is tijdelijk (maximaal 3 jaar). Het weer is mooi vandaag in de stad."),
            hit("Het CIZ kan de indicatie maximaal drie maanden verlengen als er geen woning is.", "S2")]
    text = " ".join(s.text for s in select("Hoe lang is een LVG-indicatie geldig, en hoe lang kan het CIZ die "
                                           "indicatie verlengen?", hits))
    assert "3 jaar" in text and "drie maanden" in text


def test_compose_marks_every_sentence_and_numbers_citations_in_order() -> None:
    hits = [hit("Meerzorg wordt voor een beperkte tijd (1-3 jaar) toegekend. Dat staat in de regeling."),
            hit("De toeslag geldt voor VG5 tot en met VG8.", "S2")]
    text, cits = compose("Hoe lang wordt meerzorg toegekend?", hits, lead="Ja, mits.")
    assert text.startswith("Ja, mits.") and "[1]" in text
    assert [c.n for c in cits] == list(range(1, len(cits) + 1))
    assert all(c.supporting in c.passage.text for c in cits)


def test_interleave_keeps_each_passage_once() -> None:
    a, b, c = hit("aaa aaa aaa."), hit("bbb bbb bbb."), hit("ccc ccc ccc.")
    assert [h.passage.text for h in _interleave([[a, b], [b, c]], limit=5)] == ["aaa aaa aaa.", "bbb bbb bbb.",
                                                                                 "ccc ccc ccc."]


def test_followup_carries_the_previous_question_and_ignores_non_text_turns() -> None:
    history = [{"role": "user", "content": "Mogen wij C&A declareren voor NAH+?"}, {"role": "user", "content": 12}]
    assert "C&A" in standalone_query("En in 2025?", history)  # type: ignore[list-item]
    assert standalone_query("Wie betaalt de tandarts bij een VPT als de cliënt thuis woont met een pgb of mpt?",
                            history) .startswith("Wie betaalt")


@pytest.mark.parametrize(
    ("question", "sentences", "dense", "ok"),
    [
        ("Wat is het weer morgen in Utrecht?", ["Zorg in de Wlz."], 0.3, False),          # unknown name
        ("Wat is het dagtarief in euro's van VG7?", ["Het tarief wordt verhoogd."], 0.7, False),  # no amount
        ("Hoeveel procent mag EKT zijn?", ["Maximaal 25% van het basisbedrag."], 0.6, True),
        ("Hoeveel aanvragen zijn afgewezen?", ["Aanvragen worden beoordeeld."], 0.6, False),    # no number
        ("Wie betaalt de tandarts bij een VPT?", ["De tandheelkundige zorg valt onder de Zvw."], 0.6, True),
        # "een" is the article, VG7 a code, 2024 a year, 1 januari a date: none of them answers "hoeveel"
        ("Hoeveel aanvragen zijn afgewezen?", ["Een aanvraag voor VG7 is per 1 januari 2024 afgewezen."], 0.6, False),
        ("Hoeveel aanvragen zijn afgewezen?", ["Het aandeel afgewezen aanvragen in VG7 (27%) is groot."], 0.6, True),
        ("Hoe hoog is de toeslag?", ["De toeslag wordt in 2026 verhoogd."], 0.6, False),
        # the height of a toeslag is an amount: its levels are no answer (users7-dev), a euro amount is
        ("Hoe hoog is de toeslag?", ["De toeslag kent 3 niveaus: laag, midden en hoog."], 0.6, False),
        ("Hoe hoog is de toeslag?", ["De toeslag is € 12,50 per dag."], 0.6, True),
        # which criteria: the passages must list some, not only refer to "de opgestelde criteria"
        ("Aan welke criteria moet een cliënt voldoen?", ["Wie aan de opgestelde criteria voldoet, komt in aanmerking."],
         0.7, False),
        ("Welke voorwaarden gelden voor de toeslag?", ["De voorwaarden zijn: een indicatie VG7 en een plan."], 0.7, True),
        ("Welke voorwaarden gelden voor de toeslag?", ["De voorwaarden zijn een indicatie, een plan en toezicht."],
         0.7, True),
    ],
)
def test_evidence_gate(question: str, sentences: list[str], dense: float, ok: bool) -> None:
    vocab = {"zorg", "wlz", "tarief", "verhoogd", "ekt", "procent", "aanvrag", "aanvraag", "afgewez", "tandarts", "vpt", "betaalt",
             "hoeveel", "dagtarief", "euro", "weer", "morg"}
    ev = assess(question, [hit(" ".join(sentences), dense=dense)], vocab=vocab,
                corpus_lower="zorg in de wlz. vpt tandarts ekt " + " ".join(sentences).lower(), sentences=sentences)
    assert ev.answerable is ok, ev


@pytest.mark.parametrize(
    ("question", "regime"),
    [
        ("Hoe hoog is het eigen risico van de zorgverzekering in 2026?", "Zorgverzekeringswet"),
        ("Vergoedt de basisverzekering een nieuwe bril?", "Zorgverzekeringswet"),
        ("Hoe vraag ik onder de Jeugdwet jeugdhulp aan bij de gemeente?", "Jeugdwet"),
        ("Hoe vraag ik huurtoeslag aan?", "toeslagen"),
        ("Hoeveel vakantiedagen heb ik volgens de cao VVT?", "arbeidsvoorwaarden"),
        # anything of the Wlz keeps the question in scope
        ("Valt de tandarts bij een VPT onder de Zvw?", None),
        ("Een GGZ-W cliënt kwam uit de Wmo met een eigen scootmobiel. Wie betaalt reparaties in de instelling?", None),
        ("Betaalt het zorgkantoor of de zorgverzekering de fysiotherapie bij verblijf?", None),
        ("Wie betaalt de tandarts?", None),
    ],
)
def test_neighbouring_regimes_are_out_of_scope(question: str, regime: str | None) -> None:
    found = out_of_scope(question)
    if regime is None:
        assert found is None, found
    else:
        assert found is not None and regime in found.name
    ev = assess(question, [hit("Zorg in de Wlz.", dense=0.7)], vocab={"zorg"}, corpus_lower="zorg in de wlz zvw",
                sentences=["Zorg in de Wlz."])
    if regime is not None:
        assert not ev.answerable and ev.reason == "out_of_scope" and "niet over de Wlz" in ev.message_nl


def test_a_follow_up_keeps_the_wlz_topic_of_the_conversation() -> None:
    standalone = standalone_query("En bij de Wmo?", [{"role": "user", "content": "Wie betaalt de rolstoel bij verblijf "
                                                                            "in een Wlz-instelling?"}])
    ev = assess("En bij de Wmo?", [hit("De rolstoel valt onder de Wlz, niet onder de Wmo.", dense=0.7)],
                vocab={"rolstoel"}, corpus_lower="rolstoel wlz wmo", sentences=["De rolstoel valt onder de Wlz."],
                context=standalone)
    assert ev.reason != "out_of_scope"
    # no passage speaks of the Wmo: the follow-up belongs with the gemeente, Wlz context or not
    silent = assess("En bij de Wmo?", [hit("De rolstoel valt onder de Wlz.", dense=0.7)], vocab={"rolstoel"},
                    corpus_lower="rolstoel wlz wmo", sentences=["De rolstoel valt onder de Wlz."], context=standalone)
    assert silent.reason == "out_of_scope" and "gemeente" in silent.message_nl
    alone = assess("En bij de Wmo?", [hit("De rolstoel valt onder de Wlz.", dense=0.7)], vocab={"rolstoel"},
                   corpus_lower="rolstoel wlz wmo", sentences=["De rolstoel valt onder de Wlz."])
    assert alone.reason == "out_of_scope"


@pytest.mark.parametrize(("text", "bare"), [
    ("a. zorg als bedoeld bij of krachtens deze wet,", True),
    ("3°. farmaceutische zorg;", True),
    ("b. persoonlijke verzorging, begeleiding en verpleging, en", True),
    ("c. logeeropvang, of", True),
    ("d. jeugdhulp als bedoeld bij of krachtens de Jeugdwet.", True),
    # a definition item defines alone; a whole sentence with a full stop is no cut-off item
    ("b. permanent toezicht: onafgebroken toezicht en actieve observatie gedurende het gehele etmaal;", False),
    ("a. De zorgaanbieder levert de zorg zelf.", False),
    ("Het pakket omvat verblijf, verzorging en behandeling;", False),
])
def test_an_enumeration_item_cut_off_at_its_comma_is_bare(text: str, bare: bool) -> None:
    assert bare_list_item(text) is bare


def test_a_bare_item_does_not_fill_in_for_another_passage() -> None:
    """The best sentence of each top passage may join the answer; an item cut from its list may not."""
    hits = [hit("De Wlz-uitvoerder verleent zorg aan de verzekerde die in Nederland woont.", "S2"),
            hit("In dit artikel wordt onder diensten verstaan:\n\na. zorg als bedoeld bij of krachtens deze wet,\n\n"
                "b. zorg als bedoeld bij of krachtens de Zorgverzekeringswet.", "S3", score=0.9)]
    chosen = select("Verleent de Wlz-uitvoerder zorg aan een verzekerde in Nederland?", hits, max_sentences=4)
    assert [s.text for s in chosen] == ["De Wlz-uitvoerder verleent zorg aan de verzekerde die in Nederland woont."]


def test_an_item_that_leads_is_quoted_once_inside_its_whole_list() -> None:
    """Seen on art. 3.1.1 Wlz: "Wat valt er onder de Wlz?" quoted item a ("verblijf …, waaronder in elk geval:")
    with its sub-items, and then the whole list with item a and its sub-items again."""
    law = ("Het op grond van deze wet verzekerde pakket omvat de volgende vormen van zorg:\n\n"
           "a. verblijf in een instelling, met inbegrip van voorzieningen die niet ten laste van de verzekerde "
           "kunnen komen, waaronder in elk geval:\n\n1°. het verstrekken van eten en drinken,\n\n"
           "2°. het schoonhouden van de woonruimte van de verzekerde, en\n\n"
           "3°. roerende voorzieningen die noodzakelijk zijn voor de zorgverlening;\n\n"
           "b. persoonlijke verzorging, begeleiding en verpleging;\n\nc. logeeropvang ter ontlasting van mantelzorgers.")
    text, _ = compose("Wat valt er onder de Wlz?", [hit(law)])
    lines = [re.sub(r" \[\d+\]$", "", ln.strip(" -")) for ln in text.splitlines() if ln.strip()]
    assert text.startswith("Het op grond van deze wet verzekerde pakket omvat de volgende vormen van zorg: [1]")
    assert len(lines) == len(set(lines)), text
    assert "persoonlijke verzorging, begeleiding en verpleging" in text and "eten en drinken" in text


def test_a_later_part_s_list_replaces_its_item_quoted_as_a_sentence_before() -> None:
    """Seen (users4-dev): "Mag dat onder de H335 en waar moet je dan aan voldoen?" quoted "De in te zetten
    professional …" for the first part, then the list of conditions holding the same sentence for the second."""
    conditions = ("Is er sprake van de inzet van een gedragswetenschapper onder de prestatie H335? Dan gelden als "
                  "voorwaarden voor het declareren van de consultatie door de SO:\n\n- De in te zetten professional "
                  "levert zorg onder de verantwoordelijkheid en de regie van de SO.\n- Op de achtergrond is de SO "
                  "voortdurend aanwezig.\n- Het gaat om kortdurende inzet.")
    alone = ("De in te zetten professional levert zorg onder de verantwoordelijkheid en de regie van de SO. De "
             "feitelijke zorglevering moet overeenkomen met de gedeclareerde zorg.")
    text, _ = compose("Mag een gedragswetenschapper meekijken onder de H335 en waar moet je dan aan voldoen?",
                      [hit(alone, "S1"), hit(conditions, "S2")])
    assert text.count("De in te zetten professional levert zorg") == 1, text
    assert "- Het gaat om kortdurende inzet" in text


def test_a_sentence_that_needs_the_one_before_is_not_quoted_loose() -> None:
    from assistant.answer.extractive import Sentence, _readable

    text = "Zorgkantoren kopen een toeslag in. Deze prestatie geldt ook voor niet-planbare inzet."
    p = Passage(doc_id="d", title="T", kind="kamerbrief", date=date(2025, 1, 1), section=("S",), page=1,
                start=0, end=len(text), text=text)
    lead, dangling = text.index("Zorgkantoren"), text.index("Deze")
    first = Sentence(0, p, lead, dangling - 1, text[lead:dangling - 1], 1.0)
    loose = Sentence(0, p, dangling, len(text), "- " + text[dangling:], 1.0)  # as a list item is held
    assert _readable([loose]) == []  # "Deze prestatie …" first: which one?
    assert _readable([first, loose]) == [first, loose]  # right after the sentence it continues


def test_a_sentence_after_a_list_that_runs_on_into_another_passage_is_not_quoted() -> None:
    from dataclasses import replace as _replace

    from assistant.answer.extractive import Sentence, _readable

    text = "Wij maken afspraken: a. met aanbieders; b. per cliënt. Deze aanbieders moeten voldoen aan het convenant."
    p = Passage(doc_id="d", title="T", kind="kamerbrief", date=date(2025, 1, 1), section=("S",), page=1,
                start=0, end=len(text), text=text)
    other = _replace(p, doc_id="e", section=("U",), id="")
    end = text.index("Deze")
    lead = Sentence(0, p, 0, 20, text[:20], 1.0, items=("a. met aanbieders;", "b. per cliënt."),
                    item_sources=(p, p))
    loose = Sentence(0, p, end, len(text), text[end:], 1.0)
    assert _readable([lead, loose]) == [lead, loose]  # the list is its own passage's: "Deze …" follows it
    joined = _replace(lead, items=(*lead.items, "c. een item elders."), item_sources=(p, p, other))
    assert _readable([joined, loose]) == [joined]  # the last items come from elsewhere: "Deze …" reads loose
