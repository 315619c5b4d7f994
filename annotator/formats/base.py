"""What every format shares: its description, offset units, and the warnings an export gives.

A format is a ``Format``: a writer from native records (the shared data contract: one dict
per document with ``text``, ``spans`` and ``relations``, code-point offsets) to a binary
stream, and a reader from a file (or folder) back to native-shaped dicts, which the importer
then checks like any JSONL record. Offsets leave and arrive in the receiving tool's own unit.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from ..errors import AnnotatorError, FormatError
from ..text import Utf16Map

CODEPOINT = "codepoint"
UTF16 = "utf16"
OFFSET_UNITS = (CODEPOINT, UTF16)


@dataclass
class Context:
    """Options of one export or import, and what it had to warn about."""

    unit: str = CODEPOINT
    #: the project has relations (doccano then writes its relation-extraction shape)
    relations: bool = False
    #: the project's label names, in order (CoNLL writes a column for each)
    labels: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    _said: set[str] = field(default_factory=set)

    def warn(self, message: str) -> None:
        """Record a warning once (an export warns per kind of loss, not per span)."""
        if message not in self._said:
            self._said.add(message)
            self.warnings.append(message)


Writer = Callable[[Iterable[dict], BinaryIO, Context], int]
#: ``read(path, label names, create_labels, context)``: checked document records
Reader = Callable[[Path, set, bool, Context], list[dict]]


@dataclass(frozen=True)
class Format:
    """One interchange format: how it is named, which unit it counts in, what it keeps."""

    name: str  # as on the command line: "label-studio"
    title: str  # as in the Export dialog
    suffix: str  # the file name ending an export is given by default
    write: Writer
    read: Reader
    #: the unit its tool counts offsets in; None when it has no character offsets (CoNLL)
    unit: str | None = CODEPOINT
    #: the units ``--offset-unit`` may choose (empty: none, the tool has one unit)
    units: tuple[str, ...] = ()
    relations: bool = False  # can hold relations
    attributes: bool = False  # can hold span attributes
    notes: bool = False  # can hold span notes
    nesting: bool = True  # can hold overlapping and nested spans
    #: exports to a folder (or a .zip) rather than one file
    folder: bool = False
    #: ``stream(path, label names, context)``: the file's records checked one at a time as
    #: they are read (``record_files.CheckedRecords``), for an import that stores each as it
    #: comes; None when the format is read whole (``read``)
    stream: Callable[[Path, set, Context], Iterable[dict]] | None = None

    def context(self, unit: str | None) -> Context:
        """A context for this format, refusing a unit its tool does not count in."""
        if unit is None or unit == self.unit:
            return Context(self.unit or CODEPOINT)
        if unit not in self.units:
            allowed = ", ".join(self.units) if self.units else f"only {self.unit or 'tokens'}"
            raise AnnotatorError(f"{self.name} has no offset unit {unit!r} ({allowed})")
        return Context(unit)


def losses(fmt: Format, record: dict, ctx: Context) -> None:
    """Warn about what ``record`` holds that ``fmt`` cannot (never a silent loss)."""
    spans = record.get("spans", ())
    if record.get("relations") and not fmt.relations:
        ctx.warn(f"{fmt.name} cannot hold relations: they were left out")
    if not fmt.attributes and any(s.get("attributes") for s in spans):
        ctx.warn(f"{fmt.name} cannot hold span attributes: they were left out")
    if not fmt.attributes and any(s.get("uncertain") for s in spans):
        ctx.warn(f"{fmt.name} cannot hold the uncertain flag: it was left out")
    if not fmt.notes and any(s.get("note") for s in spans):
        ctx.warn(f"{fmt.name} cannot hold span notes: they were left out")


def overlapping(spans: list[dict]) -> bool:
    """Whether any two spans overlap or nest."""
    ordered = sorted((s["start"], s["end"]) for s in spans)
    return any(b[0] < a[1] for a, b in zip(ordered, ordered[1:], strict=False))


class Offsets:
    """Code-point offsets of one text to and from a tool's unit."""

    def __init__(self, text: str, unit: str):
        self.unit = unit
        self._map = Utf16Map(text) if unit == UTF16 else None

    def out(self, cp: int) -> int:
        return self._map.to_utf16(cp) if self._map else cp

    def back(self, value: object, where: str) -> object:
        """A code-point offset from the tool's ``value`` (left as is when not a number: the
        record check names it). An offset inside a surrogate pair is refused."""
        if self._map is None or not isinstance(value, int) or isinstance(value, bool):
            return value
        cp = self._map.to_codepoint(value)
        if self._map.to_utf16(cp) != value:
            raise FormatError(
                f"{where}: offset {value} falls inside a character that UTF-16 writes as two "
                "units; were the offsets counted in code points (--offset-unit codepoint)?"
            )
        return cp


def shown_name(path: Path) -> str:
    return path.name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
