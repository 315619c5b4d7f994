"""Plain data the core hands out: documents, labels, spans, relations. No behaviour, no Qt."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

STATUSES = ("new", "in_progress", "done")


@dataclass(frozen=True)
class Label:
    """A tag an analyst can give a span."""

    id: int
    name: str
    color: str  # "#rrggbb"
    key: str | None  # a single key such as "1"
    letter: str | None  # a mnemonic letter such as "s"
    position: int = 0


@dataclass(frozen=True)
class Span:
    """A tagged range of a document: code-point offsets, end exclusive."""

    id: int
    document_id: int
    start: int
    end: int
    label_id: int
    label: str
    annotator: str | None = None
    created_at: str | None = None
    note: str | None = None
    uncertain: bool = False
    #: attribute name -> value, each declared for the span's label (``Attribute``)
    attributes: dict[str, str] = field(default_factory=dict, hash=False)


@dataclass(frozen=True)
class RelationType:
    """A kind of directed link between spans, e.g. ``said``: claim -> speaker.

    ``from_labels``/``to_labels`` name the labels each end may carry; empty means any label.
    """

    id: int
    name: str
    color: str  # "#rrggbb"
    from_labels: tuple[str, ...] = ()
    to_labels: tuple[str, ...] = ()
    position: int = 0

    def joins(self, from_label: str, to_label: str) -> bool:
        """True when a span labelled ``from_label`` may link to one labelled ``to_label``."""
        return (not self.from_labels or from_label in self.from_labels) and (
            not self.to_labels or to_label in self.to_labels
        )


@dataclass(frozen=True)
class Relation:
    """A typed, directed link between two spans of one document (``from_span`` -> ``to_span``)."""

    id: int
    document_id: int
    from_span: int
    to_span: int
    type: str
    annotator: str | None = None
    created_at: str | None = None
    type_id: int = 0


@dataclass(frozen=True)
class Attribute:
    """A property a label declares for its spans: a closed set of values, set by ``key``.

    Pressing the key on a span of ``label`` steps through ``values`` (then back to none).
    """

    id: int
    label: str
    name: str
    values: tuple[str, ...]
    key: str | None = None
    label_id: int = 0


@dataclass(frozen=True)
class DocumentInfo:
    """A row of the document list: everything but the text."""

    id: int
    name: str
    status: str
    span_count: int
    length: int
    #: What the list shows: ``meta.title`` (JSON input, or a rename), else the first line.
    title: str = ""


@dataclass(frozen=True)
class Document:
    """One article as stored: ``text`` is the canonical text offsets count into."""

    id: int
    name: str
    text: str
    status: str = "new"
    encoding: str | None = None
    sha256: str | None = None
    meta: dict = field(default_factory=dict)


class SkipKind(str, Enum):
    """Why an import left a file or a document out."""

    UNREADABLE = "unreadable"  # missing, unreadable, too large, not text in a known encoding
    MALFORMED = "malformed"  # a records file with bad records (``Skip.problems``)
    MISSING_LABELS = "missing_labels"  # its spans name labels the project lacks (``Skip.labels``)
    DUPLICATE = "duplicate"  # the same article twice in this import
    ALREADY_IN_PROJECT = "already_in_project"  # the same article is in the project already

    @property
    def is_problem(self) -> bool:
        """A file that could not be imported, as opposed to an article already there."""
        return self not in (SkipKind.DUPLICATE, SkipKind.ALREADY_IN_PROJECT)


@dataclass(frozen=True)
class Skip:
    """One file or document an import left out: what (``source``: a file's path, or a
    document's name for duplicates), why as a ``kind`` and its data, and ``reason`` in words."""

    source: str
    kind: SkipKind
    reason: str
    labels: tuple[str, ...] = ()  # MISSING_LABELS: the labels, sorted
    problems: tuple[tuple[int, str], ...] = ()  # MALFORMED, MISSING_LABELS: (line, message)


@dataclass
class ImportResult:
    """What an import did: ids of new documents, and what was skipped and why."""

    added: list[int] = field(default_factory=list)
    skipped: list[Skip] = field(default_factory=list)
    spans_added: int = 0
    encodings: dict[str, str] = field(default_factory=dict)  # source name -> encoding used
    #: (source name, message): imported, but the analyst should know (presentation forms,
    #: visual order); the CLI prints them to standard error.
    warnings: list[tuple[str, str]] = field(default_factory=list)
    #: (source name, summary): what was read from each web page, Word document or PDF
    extracted: list[tuple[str, str]] = field(default_factory=list)


@dataclass(frozen=True)
class SearchHit:
    """A document that holds every word of a search, with where the first match is."""

    document_id: int
    name: str
    matches: int  # occurrences of the query's words in the document
    start: int  # the first match, in code points
    end: int
    snippet: str  # the first match with some text around it


@dataclass(frozen=True)
class ClaimRow:
    """A claim with the speakers ``said`` links it to: a row of the Claims panel."""

    claim_id: int
    document_id: int
    document: str
    start: int
    end: int
    text: str
    speakers: tuple[str, ...]
    quote_type: str | None
    uncertain: bool

    @property
    def id(self) -> int:
        return self.claim_id


@dataclass(frozen=True)
class StoredSuggestion:
    """A suggestion as the project keeps it: apart from spans, never exported.

    ``source`` is the rule id (``statistic.digits`` …) or where imported predictions came
    from (``import:model.jsonl``); ``link_id`` names the speaker suggestion of a claim;
    ``span_id`` is the span accepting it made (None while pending).
    """

    id: int
    document_id: int
    start: int
    end: int
    label: str
    source: str
    score: float | None
    rejected: bool
    link_id: int | None
    span_id: int | None
