"""A message about several clients that asks about one of them.

"Bij meneer L. leveren wij de persoonlijke verzorging; bij mevrouw M. doen wij alleen de dagbesteding. Zijn wij
verantwoordelijk voor de mondverzorging van mevrouw M.?": what the message says of meneer L. is not a fact about
mevrouw M. Before the rule check reads a question, :func:`about_the_one_asked` blanks the parts of its statements
that are about another client, location or family than the one the asking sentence names (same length, sentence
marks kept, like ``facts.taken_back``). Parts that name no one ("Wij zijn toegelaten voor behandeling", "beide
indicatiebesluiten lopen nog") are about all of them and stay. A part that names no one after a part about someone
in the same sentence is about that someone ("Mevrouw G. krijgt er ook een, maar waarvoor …").

Only the clearest way of naming is read: a title or a label with a name or a letter ("meneer B.", "mw. Jansen",
"cliënt A", "locatie Noord", "gezin B", "client A", "Mrs G."), and a first name that opens a statement and is asked
about ("Sanne heeft LVG 1 …; Mo heeft LVG 3 … Mag Mo …?"). A message that names one referent, or an asking sentence
that names two, passes unchanged. Pure function on strings, linear in the text.
"""

from __future__ import annotations

import itertools
import re

from ..sentences import sentence_spans

# a title or a label with a name, an initial or a letter; group "key" is what tells them apart
_TITLED = re.compile(
    r"\b(?i:meneer|mevrouw|mevr\.|mw\.?|dhr\.?|de heer|mr\.?|mrs\.?|ms\.?)\s+(?P<key>[A-Z][\w'-]*)\.?"
    r"|\b(?:[Cc]li[eë]nt|[Bb]ewoner|[Pp]ati[eë]nt|[Gg]ezin|[Ff]amilie|[Kk]ind|[Ll]ocatie|[Aa]fdeling|[Gg]roep|"
    r"[Rr]esident|[Pp]atient|[Ff]amily|[Ll]ocation|[Ss]ite|[Ww]ard|[Pp]lan|[Pp]roject|[Cc]asus|[Oo]ptie|[Vv]ariant|"
    r"[Ss]cenario|[Oo]ption|[Cc]ase)\s+(?P<letter>[A-Z]|\d{1,2}|"
    r"(?:Noord|Zuid|Oost|West|Centrum|[A-Z][a-z]{2,})(?=[\s,.;:!?)]))(?![\w'-])")
# a first name that opens a statement or a clause, then what it has or is ("Sanne heeft LVG 1", "Mo krijgt …")
_FIRST_NAME = re.compile(r"(?:^|(?<=[.;:!?]\s)|(?<=[,]\s)|(?<=\n))(?P<key>[A-Z][a-zà-ÿ]{1,14})\s+"
                         r"(?=heeft|had|is|was|krijgt|kreeg|woont|gebruikt|wil|gaat|zit|has|had|is|lives|gets|uses)")
# ... or a first name after "voor" / "bij" that opens a statement ("Voor Ruben overbruggen we 12 weken …; voor Vera …")
# (not a law, and not an organisation's name of two words or with a hyphen: "Bij Careyn …" counts only beside another
# first name so put, "Voor Zorggroep Noord …" not at all)
_FOR_NAME = re.compile(r"(?:^|(?<=[.;:!?]\s)|(?<=[,]\s)|(?<=\n))(?i:voor|bij|for|with)\s+(?P<key>[A-Z][a-zà-ÿ]{1,14})\b"
                       r"(?!\s+[A-Z])(?!-)")
_LAWS = frozenset({"Wlz", "Wmo", "Zvw", "Jeugdwet", "Awbz", "Wzd", "Wkkgz", "Wmcz", "Wgbo", "Bopz"})
# a relative ("mijn moeder", "onze zoon Milan", "my father"): a referent only in a message that says which one it
# asks about ("Mijn vraag gaat over mijn moeder: …", "My question is about Milan"), as one about several does; else
# "Mijn vader is overleden. Mag het verpleeghuis mijn moeder …?" would lose the death
_RELATIVE = re.compile(
    r"\b(?i:mijn|onze|ons|my|our)\s+(?P<rel>(?i:(?:schoon|stief|groot)?(?:moeder|vader|zoon|dochter|broer|zus)|oma|opa|tante|"
    r"oom|man|vrouw|partner|echtgeno(?:ot|te)|neef|nicht|(?:step|grand)?(?:mother|father|son|daughter)|mother-in-law|"
    r"father-in-law|brother|sister|aunt|uncle|husband|wife))\b(?:\s+(?P<name>[A-Z][a-zà-ÿ]{1,14})\b)?")
_ALL_OF_THEM = re.compile(r"\b(?i:allebei|allen|alle\s+(?:twee|drie|vier)|beiden|both|all\s+(?:of\s+them|three|four))\b")
_WHICH_ONE = re.compile(r"\b(?i:(?:mijn|de|onze|deze)\s+vraag\s+(?:gaat|is)\s+(?:alleen\s+|nu\s+)?over|het\s+gaat\s+(?:mij|me|"
                        r"ons)\s+(?:nu\s+)?(?:alleen\s+)?om|my\s+question\s+is\s+(?:only\s+)?about|i(?:'m|\s+am)\s+asking\s+"
                        r"(?:only\s+)?about)\b")
_NOT_NAMES = frozenset({"Het", "Dat", "Dit", "Er", "Hij", "Zij", "Ze", "Wie", "Wat", "Die", "Deze", "Dan", "Nu", "Ook",
                        "Daar", "Hier", "Alles", "Niemand", "Iemand", "Men", "Wij", "We", "Ik", "It", "He", "She",
                        "This", "That", "There", "What", "Who", "Everyone", "Nobody", "Zo", "Toen", "Maar", "En"})
# where a statement turns to another referent: a clause mark, then at most three words before the name
_TURN = re.compile(r"[;:,]|\s(?:en|maar|terwijl|and|but|while)\s")
_MARKS = ".?!"


def _mentions(text: str) -> list[tuple[int, int, str]]:
    """(start, end, key) of each referent named: the name or the letter, lower case, without a trailing stop."""
    found = [(m.start(), m.end(), (m.group("key") or m.group("letter")).lower().rstrip("."))
             for m in _TITLED.finditer(text)]
    asked = _asking(text)
    names = {m.group("key") for m in _FIRST_NAME.finditer(text)} - _NOT_NAMES
    put_first = {m.group("key") for m in _FOR_NAME.finditer(text)} - _NOT_NAMES - _LAWS
    if len(put_first) >= 2:  # "Voor Ruben … Voor Vera …": two first names so put
        names |= put_first
    if _WHICH_ONE.search(text):
        for m in _RELATIVE.finditer(text):
            if m.group("name") and m.group("name") not in _NOT_NAMES:
                names.add(m.group("name"))
                found.append((m.start(), m.end(), m.group("name").lower()))
            else:
                found.append((m.start(), m.end(), m.group("rel").lower()))
    # first names count when the asking sentence names one of them inside it (not as its first word)
    if any(re.search(rf"(?<=\s){re.escape(name)}\b", text[asked[0]:asked[1]]) for name in names):
        found.extend((m.start(), m.end(), name.lower()) for name in names
                     for m in re.finditer(rf"\b{re.escape(name)}\b", text))
    return sorted(found)


def _last_mark(text: str, end: int) -> int:
    """The index of the last character before ``end`` that is no closing quote or space."""
    while end > 0 and text[end - 1] in "'\"’” \t\r\n":
        end -= 1
    return end - 1


def _asking(text: str) -> tuple[int, int]:
    """The span of the last sentence that asks (ends in "?"), else of the last sentence."""
    spans = sentence_spans(text)
    asking = [s for s in spans if text[_last_mark(text, s[1])] == "?"]
    return (asking or spans or [(0, len(text))])[-1]


def about_the_one_asked(text: str) -> str:
    """``text`` with what its statements say of other referents than the one asked about blanked (module doc)."""
    mentions = _mentions(text)
    if len({k for _, _, k in mentions}) < 2:
        return text
    spans = sentence_spans(text)
    a, b = _asking(text)
    asked = {k for s, _, k in mentions if a <= s < b}
    if not asked:  # "Voor locatie B willen we 1.000 dagen. Past dat?": the statement right before it names the one
        previous = [(s, e) for s, e in spans if e <= a]
        asked = {k for s, _, k in mentions if previous and previous[-1][0] <= s < previous[-1][1]}
    if len(asked) != 1:
        return text
    blank: list[tuple[int, int]] = []
    for s, e in spans:
        if s == a:
            continue
        inside = [(ms, me, k) for ms, me, k in mentions if s <= ms < e]
        if not inside:
            continue  # names no one: about all of them
        # the parts of the sentence: it turns to another referent where a clause mark comes just before a name
        cuts = [s]
        for ms, _, _ in inside:
            before = text[max(cuts[-1], ms - 40):ms]
            turns = list(_TURN.finditer(before))
            if turns and len(before[turns[-1].end():].split()) <= 3:
                cuts.append(ms - len(before) + turns[-1].start())
        cuts.append(e)
        current: str | None = None
        for p, q in itertools.pairwise(cuts):
            keys = {k for ms, _, k in inside if p <= ms < q}
            if _ALL_OF_THEM.search(text, p, q):  # "… en mijn schoonvader wonen allebei in een verpleeghuis"
                current = None
                continue
            if keys:
                current = next(iter(keys)) if len(keys) == 1 else None
            if current is not None and current not in asked:
                blank.append((p, q))
    if not blank:
        return text
    # a sentence's own end mark stays (before its closing quote); an initial's stop does not
    ends = {_last_mark(text, e) for _, e in spans}
    chars = list(text)
    for p, q in blank:
        chars[p:q] = [c if c.isspace() or (c in _MARKS and i in ends) else " " for i, c in enumerate(chars[p:q], p)]
    return "".join(chars)
