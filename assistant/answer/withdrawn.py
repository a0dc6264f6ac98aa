"""A message that takes its first question back and asks another ("Wie voerde de evaluatie uit? Nee wacht, dat weet
ik al. Mijn echte vraag: wat kostte die evaluatie?"): only the question asked last is answered, with what the message
told before its first question. What lies between (the question taken back, and what the writer says they found
themselves: "Ah, maximaal drie, staat in de wet.") is not asked: quoting it back would answer the question withdrawn.

Only the answer reads the message this way; the rule check reads the whole message (its own guards take back what a
correction takes back)."""

from __future__ import annotations

import re

# what opens the question really asked ("Mijn eigenlijke vraag is: …", "Wat ik eigenlijk wil weten: …", "Ik bedoel
# iets anders: …", "What I meant: …", "My real question: …"): the question is what follows
_REAL_QUESTION = re.compile(
    r"(?:\b(?:(?:dan|maar|en)\s+)?(?:mijn|onze|de)\s+(?:eigenlijke\s+|echte\s+|werkelijke\s+|concrete\s+|andere\s+)?vraag"
    r"(?:\s+is)?(?:\s+(?:eigenlijk|dus|dan|nu|hier))?"
    r"|\b(?:maar\s+)?wat\s+(?:ik|we|wij)\s+(?:eigenlijk\s+|echt\s+|nu\s+|dan\s+)?(?:wil|willen|wou|wilde|wilden)\s+weten"
    r"(?:\s+is)?"
    r"|\bwaar\s+(?:ik|we|wij)\s+(?:eigenlijk\s+|echt\s+)?(?:aan\s+twijfel(?:en)?|mee\s+zit(?:ten)?|naar\s+zoek(?:en)?)"
    r"[^.?!:]{0,60}"
    r"|\b(?:ik|we|wij)\s+bedoel(?:de|den)?(?:\s+(?:eigenlijk|iets\s+anders|dus|eerder))*"
    r"|\bwat\s+(?:ik|we|wij)\s+bedoel(?:de|den)?"
    r"|\bmy\s+(?:real|actual|proper|main|other)\s+question(?:\s+is)?"
    r"|\bwhat\s+i\s+(?:really\s+|actually\s+)?(?:meant|mean|need|want(?:ed)?\s+to\s+know|'d\s+like\s+to\s+know|"
    r"would\s+like\s+to\s+know)"
    r"(?:\s+is)?"
    r"|\bthe\s+(?:real|actual)\s+question(?:\s+is)?"
    r"|\bi\s+mean(?:t)?)"
    r"\s*[:,]\s*",
    re.I)
# what takes the question before it back ("Nee wacht", "Laat maar", "Sorry, verkeerde vraag", "dat weet ik al",
# "die termijn ken ik", "dat heb ik net zelf gevonden", "dat staat er gewoon", "No wait", "never mind", "that's not
# it"): the question asked is in what follows
_TAKEN_BACK = re.compile(
    r"\b(?:nee,?\s+wacht|no,?\s+wait|laat\s+maar|never\s*mind|scratch\s+that|forget\s+(?:that|it)|"
    r"(?:sorry|pardon),?\s+(?:verkeerde|foute|wrong)\s+(?:vraag|question)|"
    r"(?:dat|die|deze|het)\s+(?:\w+\s+)?(?:weet|ken)\s+(?:ik|we|wij)(?:\s+(?:nu|al|wel|inmiddels))*\s*[.,;!]|"
    r"(?:i|we)\s+(?:already\s+know|know\s+that\s+already)|"
    r"(?:heb|hebben)\s+(?:ik|we|wij)\s+(?:het\s+|dat\s+)?(?:net\s+|al\s+|inmiddels\s+)?(?:zelf\s+)?"
    r"(?:gevonden|gelezen|opgezocht)|,\s*gevonden\b|"
    r"(?:dat|het)\s+staat\s+(?:er\s+)?gewoon\b|(?:dat|het)\s+staat\s+(?:er\s+)?in\s+de\s+(?:wet|brief|inkoopvoorwaarden|"
    r"tekst)\s*[.,;]|\bstaat\s+in\s+de\s+(?:wet|brief|inkoopvoorwaarden)\s*[.,;]|"
    r"(?:that|this)(?:'s|\s+is)\s+not\s+(?:it|my\s+question|what\s+i\s+(?:meant|mean))|"
    r"(?:dat|het)\s+is\s+(?:niet\s+mijn\s+vraag|mijn\s+vraag\s+niet)|"
    r"nee,?\s+(?:sorry|pardon)\b)",
    re.I)
_SENTENCE = re.compile(r"[^.?!\n]+(?:[.?!]+|\n|$)")


def as_finally_asked(text: str) -> str:
    """``text`` as the writer finally asks it: when a question is taken back after its question mark and another one
    asked, what the message told before its first question and the question asked last; else ``text`` itself."""
    first = text.find("?")
    if first < 0 or first == len(text.rstrip()) - 1:
        return text
    rest = text[first + 1 :]
    leads = list(_REAL_QUESTION.finditer(rest))
    if leads:
        asked = rest[leads[-1].end():]
    else:
        back = list(_TAKEN_BACK.finditer(rest))
        if not back:
            return text
        after = rest[back[-1].end():]
        end = re.search(r"[.?!]+", after)
        head, tail = (after[: end.end()], after[end.end():]) if end else (after, "")
        # "Nee, sorry, het gaat om mijn vader, die thuis woont. Vergoedt …?": the rest of the sentence tells the case;
        # "No wait, that's not it. Do I …?" or "Laat maar, die termijn ken ik. Moet de minister …?": the next
        # sentences; "Nee wacht, mag hij …?": the sentence itself
        keeps_case = bool(re.match(r"\s*[,:;]?\s*(?:het|dit|dat|it)\s+(?:gaat|ging|is|was)\s+(?:om|over|about)\b", head,
                                   re.I))
        asked = after if keeps_case or "?" in head else tail
    asked = asked.strip(" ,:;-")
    if "?" not in asked or len(re.findall(r"\w+", asked)) < 3:
        return text  # no question after it: the message as it is
    start = text.rfind("\n", 0, first) + 1
    sentences = [m for m in _SENTENCE.finditer(text, 0, first + 1)]
    opening = sentences[-1].start() if sentences else start  # the sentence of the first question
    told = text[:opening].strip()
    return f"{told} {asked}".strip() if told else asked
