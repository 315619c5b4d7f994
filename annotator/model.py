"""Plain data the core hands out: documents, labels, spans, relations. No behaviour, no Qt.

Frozen dataclasses made with ``data_class`` (annotator/data_classes.py): each writes its own
``__init__``, which ``@dataclass`` would compile at import (the desktop app's start-up paid
~5 M instructions a class), and which stores the fields ~4x faster than the generated one.
Keep each ``__init__`` in step with the fields: tests/core/test_data_classes.py checks.
"""

from __future__ import annotations

from dataclasses import field

from .data_classes import data_class

STATUSES = ("new", "in_progress", "done")


@data_class
class Label:
    """A tag an analyst can give a span."""

    id: int
    name: str
    color: str  # "#rrggbb"
    key: str | None  # a single key such as "1"
    letter: str | None  # a mnemonic letter such as "s"
    position: int = 0

    def __init__(
        self,
        id: int,
        name: str,
        color: str,
        key: str | None,
        letter: str | None,
        position: int = 0,
    ) -> None:
        d = self.__dict__
        d["id"] = id
        d["name"] = name
        d["color"] = color
        d["key"] = key
        d["letter"] = letter
        d["position"] = position


@data_class
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

    def __init__(
        self,
        id: int,
        document_id: int,
        start: int,
        end: int,
        label_id: int,
        label: str,
        annotator: str | None = None,
        created_at: str | None = None,
        note: str | None = None,
        uncertain: bool = False,
        attributes: dict[str, str] | None = None,
    ) -> None:
        d = self.__dict__
        d["id"] = id
        d["document_id"] = document_id
        d["start"] = start
        d["end"] = end
        d["label_id"] = label_id
        d["label"] = label
        d["annotator"] = annotator
        d["created_at"] = created_at
        d["note"] = note
        d["uncertain"] = uncertain
        d["attributes"] = {} if attributes is None else attributes


@data_class
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

    def __init__(
        self,
        id: int,
        name: str,
        color: str,
        from_labels: tuple[str, ...] = (),
        to_labels: tuple[str, ...] = (),
        position: int = 0,
    ) -> None:
        d = self.__dict__
        d["id"] = id
        d["name"] = name
        d["color"] = color
        d["from_labels"] = from_labels
        d["to_labels"] = to_labels
        d["position"] = position

    def joins(self, from_label: str, to_label: str) -> bool:
        """True when a span labelled ``from_label`` may link to one labelled ``to_label``."""
        return (not self.from_labels or from_label in self.from_labels) and (
            not self.to_labels or to_label in self.to_labels
        )


@data_class
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

    def __init__(
        self,
        id: int,
        document_id: int,
        from_span: int,
        to_span: int,
        type: str,
        annotator: str | None = None,
        created_at: str | None = None,
        type_id: int = 0,
    ) -> None:
        d = self.__dict__
        d["id"] = id
        d["document_id"] = document_id
        d["from_span"] = from_span
        d["to_span"] = to_span
        d["type"] = type
        d["annotator"] = annotator
        d["created_at"] = created_at
        d["type_id"] = type_id


@data_class
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

    def __init__(
        self,
        id: int,
        label: str,
        name: str,
        values: tuple[str, ...],
        key: str | None = None,
        label_id: int = 0,
    ) -> None:
        d = self.__dict__
        d["id"] = id
        d["label"] = label
        d["name"] = name
        d["values"] = values
        d["key"] = key
        d["label_id"] = label_id


@data_class
class DocumentInfo:
    """A row of the document list: everything but the text."""

    id: int
    name: str
    status: str
    span_count: int
    length: int
    #: What the list shows: ``meta.title`` (JSON input, or a rename), else the first line.
    title: str = ""

    def __init__(
        self,
        id: int,
        name: str,
        status: str,
        span_count: int,
        length: int,
        title: str = "",
    ) -> None:
        d = self.__dict__
        d["id"] = id
        d["name"] = name
        d["status"] = status
        d["span_count"] = span_count
        d["length"] = length
        d["title"] = title


@data_class
class Document:
    """One article as stored: ``text`` is the canonical text offsets count into."""

    id: int
    name: str
    text: str
    status: str = "new"
    encoding: str | None = None
    sha256: str | None = None
    meta: dict = field(default_factory=dict)

    def __init__(
        self,
        id: int,
        name: str,
        text: str,
        status: str = "new",
        encoding: str | None = None,
        sha256: str | None = None,
        meta: dict | None = None,
    ) -> None:
        d = self.__dict__
        d["id"] = id
        d["name"] = name
        d["text"] = text
        d["status"] = status
        d["encoding"] = encoding
        d["sha256"] = sha256
        d["meta"] = {} if meta is None else meta


@data_class
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

    def __init__(
        self,
        id: int,
        document_id: int,
        start: int,
        end: int,
        label: str,
        source: str,
        score: float | None,
        rejected: bool,
        link_id: int | None,
        span_id: int | None,
    ) -> None:
        d = self.__dict__
        d["id"] = id
        d["document_id"] = document_id
        d["start"] = start
        d["end"] = end
        d["label"] = label
        d["source"] = source
        d["score"] = score
        d["rejected"] = rejected
        d["link_id"] = link_id
        d["span_id"] = span_id


@data_class
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

    def __init__(
        self,
        claim_id: int,
        document_id: int,
        document: str,
        start: int,
        end: int,
        text: str,
        speakers: tuple[str, ...],
        quote_type: str | None,
        uncertain: bool,
    ) -> None:
        d = self.__dict__
        d["claim_id"] = claim_id
        d["document_id"] = document_id
        d["document"] = document
        d["start"] = start
        d["end"] = end
        d["text"] = text
        d["speakers"] = speakers
        d["quote_type"] = quote_type
        d["uncertain"] = uncertain

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
