"""What an import or a search hands back: the documents added, the files skipped and why, the
hits of a search. Plain data, no behaviour, no Qt; also importable from ``annotator.model``.

A module of its own so that opening a project (the desktop app's start-up) does not create
these classes: each dataclass costs about a millisecond to create, and no first frame needs
them.
"""

from __future__ import annotations

from dataclasses import field
from enum import Enum

from .data_classes import data_class


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


@data_class
class Skip:
    """One file or document an import left out: what (``source``: a file's path, or a
    document's name for duplicates), why as a ``kind`` and its data, and ``reason`` in words."""

    source: str
    kind: SkipKind
    reason: str
    labels: tuple[str, ...] = ()  # MISSING_LABELS: the labels, sorted
    problems: tuple[tuple[int, str], ...] = ()  # MALFORMED, MISSING_LABELS: (line, message)

    def __init__(
        self,
        source: str,
        kind: SkipKind,
        reason: str,
        labels: tuple[str, ...] = (),
        problems: tuple[tuple[int, str], ...] = (),
    ) -> None:
        d = self.__dict__
        d["source"] = source
        d["kind"] = kind
        d["reason"] = reason
        d["labels"] = labels
        d["problems"] = problems


@data_class(frozen=False)
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

    def __init__(
        self,
        added: list[int] | None = None,
        skipped: list[Skip] | None = None,
        spans_added: int = 0,
        encodings: dict[str, str] | None = None,
        warnings: list[tuple[str, str]] | None = None,
        extracted: list[tuple[str, str]] | None = None,
    ) -> None:
        self.added = [] if added is None else added
        self.skipped = [] if skipped is None else skipped
        self.spans_added = spans_added
        self.encodings = {} if encodings is None else encodings
        self.warnings = [] if warnings is None else warnings
        self.extracted = [] if extracted is None else extracted


@data_class
class SearchHit:
    """A document that holds every word of a search, with where the first match is."""

    document_id: int
    name: str
    matches: int  # occurrences of the query's words in the document
    start: int  # the first match, in code points
    end: int
    snippet: str  # the first match with some text around it

    def __init__(
        self, document_id: int, name: str, matches: int, start: int, end: int, snippet: str
    ) -> None:
        d = self.__dict__
        d["document_id"] = document_id
        d["name"] = name
        d["matches"] = matches
        d["start"] = start
        d["end"] = end
        d["snippet"] = snippet
