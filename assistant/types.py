"""The typed core: documents, passages, citations, retrieval hits and filters, answers.

Framework-free on purpose: langchain, chromadb and gradio never define these.
The verdict type (:class:`assistant.rules.model.Verdict`) lives with the rules that produce it.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:  # the verdict type is the rule check's own (rules/model.py imports this module)
    from .rules.model import Verdict

Day = date  # a ``date`` field shadows the type inside the dataclasses below

DOC_KINDS: tuple[str, ...] = ("wet", "kamerbrief", "inkoopvoorwaarden", "beleidsregel", "regeling", "overig")


@dataclass(frozen=True)
class DocumentMeta:
    """One corpus document as the manifest describes it."""

    id: str
    file: str
    title: str
    kind: str
    publisher: str
    date: date
    date_status: Literal["stated", "estimated"]
    reference: str = ""
    url: str = ""
    date_note: str = ""
    bwb_id: str = ""  # official law text: the stable BWB id (versions of one law share it)
    series: str = ""  # documents that are versions of one another share a series (a law: its bwb_id)
    source: str = ""  # where the file came from (provenance)
    added: Day | None = None  # the day an administrator added it (``assistant add``); None: shipped with the corpus

    @property
    def series_key(self) -> str:
        return self.series or self.bwb_id

    @property
    def date_nl(self) -> str:
        return format_date_nl(self.date, estimated=self.date_status == "estimated")


BlockKind = Literal["heading", "para", "bullet", "footnote"]


@dataclass(frozen=True)
class Block:
    """A unit of a cleaned document: a heading, a paragraph, a bullet or a footnote."""

    kind: BlockKind
    text: str
    start: int  # character offsets into CleanDocument.text
    end: int
    section: tuple[str, ...]
    page: int | None


@dataclass(frozen=True)
class CleanDocument:
    """A document after cleaning: every body word kept, page furniture removed."""

    meta: DocumentMeta
    text: str
    blocks: tuple[Block, ...]
    pages: tuple[tuple[int, int], ...] = ()  # (start offset, page number), ascending; empty if the source has none

    def page_at(self, offset: int) -> int | None:
        page: int | None = None
        for start, number in self.pages:
            if start > offset:
                break
            page = number
        return page


@dataclass(frozen=True)
class Passage:
    """A chunk of a cleaned document, the unit of retrieval and citation."""

    doc_id: str
    title: str
    kind: str
    date: date
    section: tuple[str, ...]
    page: int | None
    start: int
    end: int
    text: str
    is_footnote: bool = False
    id: str = field(default="")
    added: str = ""  # ISO date an administrator added the document; "" when it was shipped with the corpus

    def __post_init__(self) -> None:
        if not self.id:
            object.__setattr__(self, "id", passage_id(self.doc_id, self.text))

    @property
    def section_label(self) -> str:
        return " > ".join(self.section)

    @property
    def cite_label(self) -> str:
        """How a reader cites the place: "art. 3.2.1 lid 1 Wlz" for a law, else the section path."""
        if self.kind == "wet":
            return law_citation(self.section) or self.section_label
        return self.section_label

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["date"] = self.date.isoformat()
        data["section"] = list(self.section)
        return data


def law_citation(section: tuple[str, ...] | list[str]) -> str:
    """("Wlz", "Hoofdstuk 3", "Artikel 3.2.1", "lid 1") → "art. 3.2.1 lid 1 Wlz"; "" when no article."""
    article = next((s for s in section if s.startswith("Artikel ")), "")
    if not article:
        return ""
    member = next((s for s in section if s.startswith("lid ")), "")
    short = section[0] if section else ""
    return " ".join(x for x in ("art.", article.removeprefix("Artikel ").strip(), member, short) if x)


def passage_id(doc_id: str, text: str) -> str:
    """Content-hash id: stable across re-indexing, changes when the text changes."""
    return hashlib.sha256(f"{doc_id}\x00{text}".encode()).hexdigest()[:24]


@dataclass(frozen=True)
class Hit:
    """A retrieved passage with its fused score and per-retriever ranks."""

    passage: Passage
    score: float
    ranks: dict[str, int] = field(default_factory=dict)
    raw: dict[str, float] = field(default_factory=dict)  # per-retriever raw scores (cosine, BM25)

    def to_json(self) -> dict[str, Any]:
        p = self.passage
        return {
            "id": p.id,
            "doc_id": p.doc_id,
            "title": p.title,
            "date": p.date.isoformat(),
            "section": p.section_label,
            "cite": p.cite_label,
            "page": p.page,
            "text": p.text,
            "score": round(self.score, 6),
            "added": p.added,
            "provenance": provenance_nl(p.added),
        }


@dataclass(frozen=True)
class Citation:
    """A passage used by an answer, with the sentence in it that supports the answer."""

    n: int
    passage: Passage
    supporting: str
    superseded_by: str | None = None  # "<title> (<datum>)" when a later source overrides it

    def to_json(self) -> dict[str, Any]:
        p = self.passage
        return {
            "n": self.n,
            "id": p.id,
            "doc_id": p.doc_id,
            "title": p.title,
            "kind": p.kind,
            "date": p.date.isoformat(),
            "section": p.section_label,
            "cite": p.cite_label,
            "page": p.page,
            "start": p.start,
            "end": p.end,
            "text": p.text,
            "supporting": self.supporting,
            "superseded_by": self.superseded_by,
            "added": p.added,
            "provenance": provenance_nl(p.added),
        }


@dataclass
class Answer:
    """A question's answer: the text (verdict first), the rule check's verdict, citations and what was retrieved."""

    question: str
    standalone: str
    answer: str
    answerable: bool
    verdict: Verdict | None  # typed; serialised only at the edges (to_json: the CLI, the app, the evals)
    citations: list[Citation]
    retrieved: list[Hit]
    timing_ms: dict[str, float] = field(default_factory=dict)
    notices: list[str] = field(default_factory=list)
    receipt: dict[str, Any] | None = None  # the verdict's verantwoording (RuleBook.receipt), in its JSON

    def to_json(self, id: Any = None) -> dict[str, Any]:
        out: dict[str, Any] = {} if id is None else {"id": id}
        verdict = self.verdict.to_json() if self.verdict is not None else None
        if verdict is not None and self.receipt is not None:
            verdict["receipt"] = self.receipt
        out |= {
            "question": self.question,
            "standalone": self.standalone,
            "answer": self.answer,
            "answerable": self.answerable,
            "verdict": verdict,
            "citations": [c.to_json() for c in self.citations],
            "retrieved": [h.to_json() for h in self.retrieved],
            "notices": self.notices,
            "timing_ms": {k: round(v, 1) for k, v in self.timing_ms.items()},
        }
        return out


@dataclass(frozen=True)
class Filters:
    """What a search may return: kinds, a peildatum, documents to keep or leave out."""

    kinds: tuple[str, ...] = ()
    as_of: date | None = None
    doc_ids: tuple[str, ...] = ()
    exclude_doc_ids: tuple[str, ...] = ()  # older versions of a document, superseded on the date searched

    def allows(self, p: Passage) -> bool:
        return (
            (not self.kinds or p.kind in self.kinds)
            and (self.as_of is None or p.date <= self.as_of)
            and (not self.doc_ids or p.doc_id in self.doc_ids)
            and p.doc_id not in self.exclude_doc_ids
        )


MONTHS_NL = (
    "januari", "februari", "maart", "april", "mei", "juni",
    "juli", "augustus", "september", "oktober", "november", "december",
)


def provenance_nl(added: date | str | None) -> str:
    """Who put a document in the corpus: shipped with it, or an administrator on a given day."""
    if not added:
        return "meegeleverd met het corpus"
    try:
        day = added if isinstance(added, date) else date.fromisoformat(str(added))
    except ValueError:
        return "toegevoegd door beheerder"
    return f"toegevoegd door beheerder op {format_date_nl(day)}"


def format_date_nl(d: date, *, estimated: bool = False) -> str:
    text = f"{d.day} {MONTHS_NL[d.month - 1]} {d.year}"
    return f"ca. {MONTHS_NL[d.month - 1]} {d.year} (geschat)" if estimated else text
