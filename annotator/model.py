"""Plain data the core hands out: documents, labels, spans, relations. No behaviour, no Qt."""

from __future__ import annotations

from dataclasses import dataclass, field

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


#: Defined in ``annotator.outcomes`` (what an import or a search hands back), and loaded on
#: first use (PEP 562): the desktop app's first frame needs none of them, and each dataclass
#: costs its module about a millisecond to create.
_OUTCOMES = ("ImportResult", "SearchHit", "Skip", "SkipKind")


def __getattr__(name: str):
    if name in _OUTCOMES:
        from . import outcomes  # an import statement: PyInstaller follows it

        return getattr(outcomes, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
