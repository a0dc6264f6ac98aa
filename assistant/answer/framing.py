"""What a message asks, read without the way it is framed.

- **An analogy put first** ("Is een ADL-woning zoiets als een serviceflat met een alarmknop? Hoeveel ADL-clusters zijn
  er in Nederland?", "Is the regional stimulation budget like a lottery pot? How much of it goes to Amsterdam?"): the
  comparison is the writer's way in; what is asked is the question after it. Quoting what the sources say of the
  first thing would answer a question nobody asked, and hide that the sources do not answer the one asked. Only when
  the later question stands on its own: not a continuation ("Of moet iemand anders het goedkeuren?") and not one that
  points back with a pronoun ("When did it replace the Wet BOPZ?"), which needs the first question to be understood.
- **A sarcastic question beside a real one** ("Hoeveel lasten onder dwangsom heeft de minister al opgelegd? Nul,
  zeker?", "En dan mogen gezinnen zeker eindeloos gaan procederen? Wat staat er in de Kamerbrief over …?"): it asks
  nothing; the other question is the one asked.
- **A question relayed in indirect speech, without a question mark** ("Een vriendin vraagt welk bureau de
  dialoogsessies heeft begeleid.", "Mijn buurman wil weten hoeveel maanden later de zorg kan ingaan."): the clause
  after "vraagt" / "wil weten" is the question, read as one ("Een vriendin vraagt: welk bureau … heeft begeleid?").
  Also when a short question after it only asks for the answer to give or points back to it ("Een cliënt gaat me
  vragen hoeveel uur per week hij therapie mag volgen. Wat is het maximum?", "… will ask me how many places … What is
  that minimum number?", "Wat kan ik hem noemen?"): the relayed question is what is asked.

The answer, the gate and the rule check read the message this way (``chat.py``). Pure functions on strings.
"""

from __future__ import annotations

import re

from ..sentences import sentence_spans

# the comparison: "Is X zoiets als / een soort / hetzelfde als / vergelijkbaar met Y?", "Lijkt X op Y?", "Werkt X net
# als Y?", "Is X like Y?", "Is X basically Y?", "Is X a kind of Y?"
_ANALOGY = re.compile(
    r"^\s*(?:(?:en|maar|dus|so|and|but)\s+)?(?:"
    # (not "Is er een soort vergoeding …?", "Is dagbesteding een vorm van zorg in natura?": what there is, what kind)
    r"(?:is|zijn|was|waren)\s+(?!er\b)[^?]{2,160}?\b(?:zoiets\s+als|zo\s*iets\s+als|een\s+soort|hetzelfde\s+als|"
    r"vergelijkbaar\s+met|te\s+vergelijken\s+met|een\s+beetje\s+als)\b"
    r"|(?:lijkt|lijken)\s+[^?]{2,160}?\bop\b|(?:werkt|werken)\s+[^?]{2,160}?\b(?:net\s+als|net\s+zoals|hetzelfde\s+als)\b"
    # (not "Are there providers like Careyn …?")
    r"|(?:is|are|was|were)\s+(?!there\b)[^?]{2,160}?\b(?:like|basically|a\s+kind\s+of|a\s+sort\s+of|the\s+same\s+(?:thing\s+)?as|"
    r"similar\s+to|comparable\s+to)\b|(?:does|do)\s+[^?]{2,160}?\bwork\s+like\b)[^?]*\?\s*$",
    re.I)
# a later question that goes on from the first ("Of …?", "En …?") or points back to it with a pronoun
_GOES_ON = re.compile(r"^\s*(?:of|en|maar|or|and|but|dus|so)\b", re.I)
# (a personal pronoun, or a demonstrative that stands alone: "het" in "wijst het CIZ af" is an article)
_POINTS_BACK = re.compile(r"^\s*(?:\S+\s+){0,3}?(?:(?:ze|zij|hij|hem|it|they|them|he|she|its|ones)\b|(?:het|dat|die|dit|deze|"
                          r"that|this)(?=\s*[?,.]|\s+(?:is|was|zijn|waren|wordt|werd|heeft|had|kan|kon|mag|moet|gaat|ging|does|"
                          r"did|has|will|would)\b|\s+(?:aan|op|af|uit|in|mee|voor|toe|terug)\s*\?))", re.I)


# a sarcastic question that asks nothing ("Nul, zeker?", "Nooit zeker?", "En dan mogen gezinnen zeker eindeloos gaan
# procederen?", "Laat me raden, weer geen geld?"): the real question is the other one
_NOT_SARCASTIC = r"(?!(?:is|zijn|was|waren|klopt|weet|weten|mag|mogen|kan|kunnen|moet|moeten|wordt|heeft|hebben|are|do|does|can|may)\b)"
_RHETORICAL = re.compile(r"^\s*(?:(?:" + _NOT_SARCASTIC + r"\S+[,\s]+){0,2}(?:zeker|toch|natuurlijk|right|i\s+bet|i\s+suppose)\s*\?\s*$|"
                         r"en\s+dan\s+(?:\S+\s+){0,6}?zeker\b[^?]*\?\s*$|"
                         r"(?:\S+\s+){0,6}?(?:natuurlijk\s+weer|vast\s+weer|toch\s+zeker)\b[^?]*\?\s*$|"
                         r"(?:laat\s+me\s+raden|let\s+me\s+guess)\b[^?]*\?\s*$)", re.I)


def without_analogy(text: str) -> str:
    """``text`` without a first question that only compares, or a sarcastic one (module doc), when a question that
    stands on its own remains; else ``text`` itself."""
    spans = sentence_spans(text)
    questions = [i for i, (a, b) in enumerate(spans) if text[a:b].rstrip().endswith("?")]
    if len(questions) < 2:
        return text
    first, later = questions[0], questions[1:]
    a, b = spans[first]
    following = text[spans[later[0]][0]:spans[later[0]][1]]
    if _ANALOGY.match(text[a:b]) and not (_GOES_ON.match(following) or _POINTS_BACK.match(following)
                                          or _ANALOGY.match(following)):
        return (text[:a] + text[b:]).strip()
    # a sarcastic question beside a real one: the real one is asked
    rhetorical = [i for i in questions if _RHETORICAL.match(text[spans[i][0]:spans[i][1]])]
    if rhetorical and len(rhetorical) < len(questions):
        for i in reversed(rhetorical):
            text = text[:spans[i][0]] + text[spans[i][1]:]
        return re.sub(r"[ \t]{2,}", " ", text).strip()  # (the lines of a pasted form stay lines)
    return text


# "vraagt (me) welk …", "vroeg me uit te zoeken in welk jaar …", "wil weten hoeveel …", "asks which …": the question
# relayed; only in a message that has no question mark of its own
_RELAYED = re.compile(
    r"\b(?:vraagt|vroeg|vragen|vroegen|wil(?:len)?\s+(?:graag\s+)?weten|vraagt\s+zich\s+af|asks|asked|ask|wants\s+to\s+know|"
    r"would\s+like\s+to\s+know|wonders)\b(?:\s+(?:me|mij|ons|jou|u|jullie))?(?:\s+(?:uit\s+te\s+zoeken|op\s+te\s+zoeken|"
    r"na\s+te\s+vragen|te\s+vragen|to\s+find\s+out|to\s+ask))?\s*:?\s+"
    # (not "De overgang vraagt wat aanpassing": "wat" then what it takes)
    r"(?=(?:welk|welke|wie|wat(?!\s+(?:tijd|geduld|moeite|aanpassing\w*|extra|inzet|energie|werk|geld|ruimte|aandacht|"
    r"voorbereiding|meer)\b)|waar|wanneer|hoeveel|hoelang|hoe|op\s+welke|in\s+welk|in\s+welke|bij\s+welke|vanaf\s+welke|"
    r"which|who|what|where|when|how)\b)",
    re.I)
# where the relayed question ends: a full stop, ";" or "!" before a space or the end (not "€ 1.500", "o.a."), or a line
_CLAUSE_END = re.compile(r"[.;!](?=\s|$)|\n")


# a short last question that asks only for the answer to give ("Wat kan ik hem zeggen?", "Wat zeg ik dan?", "What's the
# answer?") or points back to the question relayed before it ("Hoeveel is dat?", "Welke zijn dat?", "Hoe hoog is
# die?", "Which schools are they?", "What is that minimum number?", "Wat is het maximum?")
_ANSWER_TO_GIVE = re.compile(
    r"^\s*(?:(?:wat|what)\s+(?:kan|moet|zal|can|should|do|shall)\s+(?:ik|we|wij|i)\s+(?:\w+\s+){0,2}?"
    r"(?:zeggen|antwoorden|noemen|vertellen|say|tell|answer)(?:\s+(?:hem|haar|hen|ze|them|him|her|dan|then))?"
    r"|wat\s+zeg\s+ik(?:\s+dan)?|(?:wat|what)(?:'s|\s+is)\s+(?:dan\s+)?(?:het|the)\s+(?:\w+\s+)?(?:antwoord|answer)"
    # (only the thing asked for itself: not "Hoe lang is die geldig?", "Is dat verplicht?", "Waarom is die zo hoog?")
    r"|(?:hoeveel|welke?(?:\s+\w+)?|wie|wat|hoe\s+hoog|hoe\s+veel|which(?:\s+\w+)?|who|what|how\s+(?:much|many|high))\s+"
    r"(?:is|zijn|are)\s+(?:dat|die|dit|deze|they|that|those|it)(?:\s+(?:dan|precies|ongeveer|then|exactly))?"
    r"|(?:wat|what)(?:'s|\s+is|\s+zijn|\s+are)\s+(?:dan\s+)?(?:het|de|dat|die|the|that|this)\s+(?:\w+\s+)?"
    r"(?:maximum|minimum|aantal|number|bedrag|amount|termijn|term|limit|limiet))\s*\?\s*$", re.I)


def as_direct(text: str) -> str:
    """``text`` with a question relayed in indirect speech read as a question (module doc); else ``text`` itself."""
    spans = sentence_spans(text)
    if len(spans) >= 2 and _ANSWER_TO_GIVE.match(text[spans[-1][0]:spans[-1][1]]) \
            and "?" not in text[:spans[-1][0]] and _RELAYED.search(text, spans[-2][0], spans[-2][1]):
        text = text[:spans[-1][0]].rstrip()  # the relayed question is what is asked; the short one only asks for it
    if "?" in text:
        return text
    matches = list(_RELAYED.finditer(text))
    if not matches:
        return text
    m = matches[-1]
    end = _CLAUSE_END.search(text, m.end())
    stop = end.start() if end else len(text)
    rest = text[stop + 1:] if end and end.group() != "\n" else text[stop:]
    return f"{text[:m.end()].rstrip().rstrip(':')}: {text[m.end():stop].strip()}?{rest}"
