"""A dictated message read as it would be typed.

Speech-to-text spells the field's codes letter by letter ("ree cee", "el vee gee twee", "zet zet pee", "cie ie zet"),
says some as a word ("wel zet"), splits compounds ("zorg kantoor", "mond verzorging", "lig dagen") and numbers
("vier duizend twee honderd", "drie honderd vijftig", "twintig achtentwintig"). :func:`read_dictated` reads those as
typed ("REC", "LVG twee", "ZZP", "CIZ", "Wlz", "zorgkantoor", "vierduizend tweehonderd", "driehonderdvijftig", "2028")
before the rule check and the answer read the question. The letters, codes and spoken words are data
(``data/dictation.yaml``); the compounds are the words of the shipped documents and the glossary
(``data/compounds.txt``, written by ``python -m assistant.dictation``). Only a run of letter names that spells a
listed code is read as that code, and only two words that together make a word of that list are joined (in a dictated
message only), so an ordinary sentence passes unchanged.
"""

from __future__ import annotations

import html
import re
from functools import lru_cache
from pathlib import Path

import yaml

DATA = Path(__file__).parent / "data"
TABLE = DATA / "dictation.yaml"
COMPOUNDS = DATA / "compounds.txt"
ROOT = Path(__file__).resolve().parents[1]

# a compound's parts: at least three letters before, four after ("zorg kantoor", "lig dagen"; not "in zet", "op een")
_MIN_HEAD, _MIN_TAIL, _MIN_WORD = 3, 4, 7

_UNITS = ("twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen")
_TENS = ("twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig", "negentig")
_TEENS = ("tien", "elf", "twaalf", "dertien", "veertien", "vijftien", "zestien", "zeventien", "achttien", "negentien")
_BELOW_100 = {**{w: 10 + i for i, w in enumerate(_TEENS)}, **{t: 20 + 10 * i for i, t in enumerate(_TENS)},
              **{f"{u}{'ën' if u.endswith('e') else 'en'}{t}": 20 + 10 * j + i + 2
                 for i, u in enumerate(_UNITS) for j, t in enumerate(_TENS)},
              **{f"eenen{t}": 21 + 10 * j for j, t in enumerate(_TENS)},
              **{f"éénen{t}": 21 + 10 * j for j, t in enumerate(_TENS)}}
_SMALL = "|".join(sorted([*_BELOW_100, *_UNITS], key=len, reverse=True))  # not "een": "drie honderd een maand"
# "drie honderd", "vier duizend": one number word
_HUNDREDS_SPLIT = re.compile(r"(?i)(?<![\w-])(" + "|".join(_UNITS) + r")\s+(honderd|duizend)(?![\w-])")
# "driehonderd vijftig": the rest of the number after its hundreds
_HUNDREDS_REST = re.compile(r"(?i)(?<![\w-])((?:" + "|".join(_UNITS) + r")?honderd)\s+(" + _SMALL + r")(?![\w-])")
# a year said as two numbers ("twintig achtentwintig", "negentien negentig"); "sinds tweeduizend zeventien" is read by
# the rule check's spoken dates (rules/shorthand.py)
_YEAR_TWO = re.compile(r"(?i)(?<![\w-])(twintig|negentien)\s+(" + "|".join(sorted(_BELOW_100, key=len, reverse=True))
                       + r")(?![\w-])(?!\s+(?:uur|minuten|dagen|weken|maanden|jaar|euro|procent|keer|plaatsen|cliënten)\b)")
_DIGITS = {"nul": "0", "een": "1", "één": "1", **{u: str(i + 2) for i, u in enumerate(_UNITS)}}
# a prestatie code spelled: "haa drie drie vijf" (H335)
_DIGIT_WORD = r"(?:nul|een|één|" + "|".join(_UNITS) + r")"
_CODE_DIGITS = re.compile(r"(?i)(?<![\w-])(?:haa|ha|hee)\s+(" + _DIGIT_WORD + r"(?:\s+" + _DIGIT_WORD + r"){2})(?![\w-])")


@lru_cache(maxsize=1)
def _table() -> tuple[re.Pattern[str] | None, dict[str, str], re.Pattern[str] | None]:
    data = yaml.safe_load(TABLE.read_text(encoding="utf-8")) or {}
    letters: dict[str, list[str]] = {k: [str(n) for n in v] for k, v in (data.get("letters") or {}).items()}
    codes = [str(c) for c in data.get("codes") or []]
    canon: dict[str, str] = {}
    forms: list[tuple[int, str]] = []
    for code in codes:
        names = [letters.get(ch.lower()) for ch in code]
        if len(code) < 2 or any(n is None for n in names):
            raise ValueError(f"dictation.yaml: code {code!r} has a letter without a name")
        forms.append((len(code), r"[\s-]+".join("(?:" + "|".join(map(re.escape, n or [])) + ")" for n in names)))
    spelled = None
    if forms:
        spelled = re.compile(r"(?i)(?<![\w-])(?:" + "|".join(f"(?P<c{i}>{f})" for i, (_, f) in enumerate(forms))
                             + r")(?![\w-])")
        canon = {f"c{i}": code for i, code in enumerate(codes)}
    words = {str(k).lower(): str(v) for k, v in (data.get("words") or {}).items()}
    said = re.compile(r"(?i)(?<![\w-])(" + "|".join(re.escape(w).replace(r"\ ", r"[\s-]+")
                                                   for w in sorted(words, key=len, reverse=True)) + r")(?![\w-])") \
        if words else None
    return spelled, {**canon, **words}, said


@lru_cache(maxsize=1)
def _compounds() -> frozenset[str]:
    if not COMPOUNDS.exists():
        return frozenset()
    return frozenset(w for w in COMPOUNDS.read_text(encoding="utf-8").split() if w)


# punctuation said aloud and written out as a word ("… moeten we zelf regelen komma of …", "… vraagteken"); not a
# decimal comma ("twee komma vijf procent")
_NUMBER_NEXT = r"(?!\s*(?:\d|een\b|één\b|twee|drie|vier|vijf|zes|zeven|acht|negen|nul\b|tien\b))"
# (not a noun after an article: "het vraagteken op mijn beschikking", "een punt of een komma", "het laatste punt")
_NOT_NOUN = (r"(?<!\been )(?<!\bhet )(?<!\bde )(?<!\bdie )(?<!\bdat )(?<!\bwelk )(?<!\bwelke )(?<!\blaatste )"
             r"(?<!\ba )(?<!\bthe )")
_SPOKEN_MARKS = ((re.compile(r"(?i)" + _NOT_NOUN + r"\b(?:komma|comma)\b" + _NUMBER_NEXT + r" ?,?"), ", "),
                 (re.compile(r"(?i)" + _NOT_NOUN + r"\b(?:vraagteken|question mark)\b ?"), "? "),
                 (re.compile(r"(?i)" + _NOT_NOUN + r"\b(?:uitroepteken|exclamation mark)\b ?"), "! "),
                 (re.compile(r"(?i)" + _NOT_NOUN + r"\b(?:full stop|punt uit)\b ?"), ". "),
                 (re.compile(r"(?i)" + _NOT_NOUN + r"\bpunt$"), "."))
_SPACE_MARK = re.compile(r" ([,?!.])")
_WORD = re.compile(r"(?<![\w-])[a-zà-ÿ]+(?![\w-])", re.I)
# a dictated message: no full stop, question mark, exclamation mark or comma anywhere; typed text with "meer zorg",
# "een half jaar" or "zorg verlenen" keeps its words apart
_TYPED = re.compile(r"[.?!,;:]")
# words that stand apart before a noun even where the two make a word of the list ("meer zorg" is not "meerzorg")
_NO_HEAD = frozenset({"meer", "minder", "half", "halve", "heel", "hele", "veel", "weinig", "geen", "niet", "alle",
                      "elke", "iedere", "deze", "die", "dat", "ook", "wel", "nog", "zelf", "eigen", "andere", "extra",
                      "het", "een", "bij", "aan", "van", "voor", "door", "over", "met", "tot", "uit", "hoe", "wat", "wie",
                      "dit", "hun", "haar", "zijn", "mijn", "onze", "ons", "jullie", "lage", "hoge", "nieuwe", "oude"})
# ... nor before a word that stands apart ("het geen" is no "hetgeen": the negation stays)
_NO_TAIL = frozenset({"geen", "niet", "meer", "alle", "deze", "elke", "iedere", "ook", "nooit", "niets", "even"})


def _join_compounds(text: str, words: frozenset[str]) -> str:
    """Two words one space apart that together make a word of ``words`` joined ("zorg kantoor", "lang durige")."""
    found = list(_WORD.finditer(text))
    out: list[str] = []
    last, i = 0, 0
    while i < len(found) - 1:
        a, b = found[i], found[i + 1]
        head, tail = a.group(), b.group()
        if (len(head) >= _MIN_HEAD and len(tail) >= _MIN_TAIL and text[a.end():b.start()] == " "
                and head.lower() not in _NO_HEAD and tail.lower() not in _NO_TAIL and (head + tail).lower() in words):
            out.append(text[last:a.end()] + tail.lower())
            last, i = b.end(), i + 2
            continue
        i += 1
    return "".join(out) + text[last:] if out else text


def _code_digits(m: re.Match[str]) -> str:
    digits = [_DIGITS.get(d.lower()) for d in m.group(1).split()]
    return "H" + "".join(digits) if all(digits) else m.group()  # type: ignore[arg-type]


def _year_two(m: re.Match[str]) -> str:
    tail = _BELOW_100.get(m.group(2).lower())
    if tail is None:
        return m.group()
    return ("20" if m.group(1).lower() == "twintig" else "19") + f"{tail:02d}"


def _spell_code(m: re.Match[str], canon: dict[str, str]) -> str:
    name = m.lastgroup
    return canon.get(name, m.group()) if name else m.group()


def read_dictated(text: str) -> str:
    """``text`` with spelled codes, spoken code words and split number words read as typed, and in a dictated message
    (no typed punctuation, or punctuation said as words) the split compounds joined and the said punctuation
    ("komma", "vraagteken") written; a text without any comes back unchanged (the same object)."""
    if not text:
        return text
    spelled, canon, said = _table()
    out = text
    dictated = not _TYPED.search(out)  # no typed punctuation at all
    out = _CODE_DIGITS.sub(_code_digits, out)
    if said is not None and dictated:  # "wel zet" may be two words in a typed sentence ("dat wel zet")
        out = said.sub(lambda m: canon.get(re.sub(r"[\s-]+", " ", m.group().lower()), m.group()), out)
    if spelled is not None:
        out = spelled.sub(lambda m: _spell_code(m, canon), out)
    out = _HUNDREDS_SPLIT.sub(lambda m: m.group(1) + m.group(2).lower(), out)
    out = _HUNDREDS_REST.sub(lambda m: m.group(1) + m.group(2).lower(), out)
    out = _YEAR_TWO.sub(_year_two, out)
    if dictated:
        out = re.sub(r"[^\S\n]{2,}", " ", out)  # one space between words: the marks below read one
        out = _join_compounds(out, _compounds())
        for rx, mark in _SPOKEN_MARKS:
            out = rx.sub(mark, out)
        out = _SPACE_MARK.sub(r"\1", out).strip()
    return text if out == text else out


# ---------------------------------------------------------------------------------------------- the word list

def _sources() -> list[Path]:
    """The shipped documents named in ``data/dictation.yaml`` (``compounds_from``) and the glossary: where the
    compounds come from (a document a user adds changes nothing)."""
    import tomllib

    corpus = ROOT / "corpus"
    manifest = tomllib.loads((corpus / "manifest.toml").read_text(encoding="utf-8"))
    wanted = (yaml.safe_load(TABLE.read_text(encoding="utf-8")) or {}).get("compounds_from") or []
    files = {d["id"]: d["file"] for d in manifest.get("documents", [])}
    docs = [corpus / files[i] for i in wanted]
    return [*docs, DATA / "glossary.yaml"]


def compound_words(sources: list[Path] | None = None) -> list[str]:
    """The words of at least seven letters in ``sources`` (lower case, sorted): the compounds a split pair may make."""
    words: set[str] = set()
    for path in sources if sources is not None else _sources():
        text = path.read_text(encoding="utf-8")
        if path.suffix == ".xml":
            text = html.unescape(re.sub(r"<[^>]+>", " ", text))
        words.update(re.findall(rf"(?<![\w-])[a-zà-ÿ]{{{_MIN_WORD},}}(?![\w-])", text.lower()))
    return sorted(words)


def main() -> None:  # pragma: no cover - a maintenance command
    words = compound_words()
    COMPOUNDS.write_text("\n".join(words) + "\n", encoding="utf-8")
    print(f"geschreven: {COMPOUNDS} ({len(words)} woorden)")


if __name__ == "__main__":  # pragma: no cover
    main()
