"""A message that takes its first question back and asks another ("Wie voerde de evaluatie uit? Nee wacht, dat weet
ik al. Mijn echte vraag: wat kostte die evaluatie?"): only the question asked last is answered, with what the message
told before its first question. What lies between (the question taken back, and what the writer says they found
themselves: "Ah, maximaal drie, staat in de wet.") is not asked: quoting it back would answer the question withdrawn.

The answer and the rule check both read the message this way (``chat.py``): a verdict on the question taken back
would answer what the writer no longer asks."""

from __future__ import annotations

import re

from ..sentences import sentence_spans

# what opens the question really asked ("Mijn eigenlijke vraag is: …", "Wat ik eigenlijk wil weten: …", "Ik bedoel
# iets anders: …", "What I meant: …", "My real question: …"): the question is what follows. Only words that say the
# question before was not the one meant: "Mijn andere vraag: …", "Mijn vraag is dan: …" or "Wat ik wil weten: …" ask
# one more thing about the same case
_REAL_QUESTION = re.compile(
    r"(?:\b(?:(?:dan|maar|en)\s+)?(?:mijn|onze)\s+(?:eigenlijke|echte|werkelijke)\s+vraag(?:\s+is)?(?:\s+(?:eigenlijk|dus|dan))?"
    r"|\b(?:mijn|onze)\s+vraag\s+is\s+eigenlijk"
    r"|\b(?:maar\s+)?wat\s+(?:ik|we|wij)\s+(?:eigenlijk|echt)\s+(?:wil|willen|wou|wilde|wilden)\s+weten(?:\s+is)?"
    r"|\bwaar\s+(?:ik|we|wij)\s+(?:eigenlijk|echt)\s+(?:aan\s+twijfel(?:en)?|mee\s+zit(?:ten)?|naar\s+zoek(?:en)?)[^.?!:]{0,60}"
    r"|\b(?:ik|we|wij)\s+bedoel(?:de|den)?\s+(?:eigenlijk\s+)?iets\s+anders"
    r"|\bmy\s+(?:real|actual)\s+question(?:\s+is)?"
    r"|\bwhat\s+i\s+(?:really\s+|actually\s+)(?:mean|need|want\s+to\s+know|would\s+like\s+to\s+know)(?:\s+is)?"
    r"|\bwhat\s+i\s+meant(?:\s+is|\s+was)?"
    r"|\bthe\s+(?:real|actual)\s+question(?:\s+is)?)"
    r"\s*[:,]\s*",
    re.I)
# what takes the question before it back ("Nee wacht", "Laat maar", "Sorry, verkeerde vraag", "dat weet ik al", "die
# termijn ken ik", "dat heb ik net zelf gevonden", "No wait", "never mind", "that's not it"): the question asked is in
# what follows. Not where a claim came from ("Dat staat in de brief. Geldt het ook voor ons?", "Heb ik opgezocht,
# maar …"): that asks on about the same thing
_TAKEN_BACK = re.compile(
    r"\b(?:nee,?\s+wacht|no,?\s+wait|laat\s+maar|never\s*mind|scratch\s+that|forget\s+(?:that|it)|"
    r"(?:sorry|pardon),?\s+(?:verkeerde|foute|wrong)\s+(?:vraag|question)|"
    r"(?:dat|die|deze|het)\s+(?:\w+\s+)?(?:weet|ken)\s+(?:ik|we|wij)(?:\s+(?:nu|al|wel|inmiddels))*\s*[.,;!]|"
    r"(?:i|we)\s+(?:already\s+know|know\s+that\s+already)|"
    r"(?:dat|dit|die)\s+(?:heb|hebben)\s+(?:ik|we|wij)\s+(?:net\s+|al\s+|inmiddels\s+)?(?:zelf\s+)?(?:gevonden|opgezocht)|"
    r"(?:that|this)(?:'s|\s+is)\s+not\s+(?:it|my\s+question|what\s+i\s+(?:meant|mean))|"
    r"(?:dat|het)\s+is\s+(?:niet\s+mijn\s+vraag|mijn\s+vraag\s+niet)|"
    r"nee,?\s+(?:sorry|pardon)\b)",
    re.I)
# what a question asked last may still open with ("ik bedoel: …", "mijn vraag is: …", "what I want to know: …")
_LEAD = re.compile(r"^(?:(?:ik|we|wij)\s+bedoel(?:de)?|i\s+mean|(?:mijn|onze)\s+vraag(?:\s+is)?|wat\s+(?:ik|we|wij)\s+"
                   r"(?:wil|willen)\s+weten(?:\s+is)?|what\s+i\s+(?:want|need)\s+to\s+know(?:\s+is)?|(?:my|the)\s+question"
                   r"(?:\s+is)?)\s*[:,]\s*", re.I)
# a quoted passage ("'Heeft u vragen? Bel ons dan.'"): its question marks ask nothing of the assistant
_QUOTED = re.compile(r"'[^'\n]{2,400}'|\"[^\"\n]{2,400}\"|‘[^’\n]{2,400}’|“[^”\n]{2,400}”")


def as_finally_asked(text: str) -> str:
    """``text`` as the writer finally asks it: when a question is taken back after its question mark and another one
    asked, what the message told before its first question and the question asked last; else ``text`` itself."""
    plain = _QUOTED.sub(lambda m: " " * len(m.group(0)), text)  # the same length: offsets stay valid
    first = plain.find("?")
    if first < 0 or first == len(plain.rstrip()) - 1:
        return text
    leads = list(_REAL_QUESTION.finditer(plain, first + 1))
    if leads:
        asked = text[leads[-1].end():]
    else:
        back = list(_TAKEN_BACK.finditer(plain, first + 1))
        if not back:
            return text
        after = text[back[-1].end():]
        spans = sentence_spans(after)
        cut = spans[0][1] if len(spans) > 1 else len(after)
        head, tail = after[:cut], after[cut:]
        # "Nee, sorry, het gaat om mijn vader, die thuis woont. Vergoedt …?": the rest of the sentence tells the case;
        # "No wait, that's not it. Do I …?" or "Laat maar, die termijn ken ik. Moet de minister …?": the next
        # sentences; "Nee wacht, mag hij …?": the sentence itself
        keeps_case = bool(re.match(r"\s*[,:;]?\s*(?:het|dit|dat|it)\s+(?:gaat|ging|is|was)\s+(?:om|over|about)\b", head,
                                   re.I))
        asked = after if keeps_case or "?" in head else tail
    asked = asked.strip(" ,:;-").lstrip(". ")
    asked = _LEAD.sub("", asked) or asked
    if "?" not in asked or len(re.findall(r"\w+", asked)) < 3:
        return text  # no question after it: the message as it is
    before = sentence_spans(plain[:first])
    told = text[: before[-1][0]].strip() if before else ""  # before the sentence of the first question
    return f"{told} {asked}".strip() if told else asked
