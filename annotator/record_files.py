"""Document records from JSON files: JSONL (one record a line) and JSON arrays.

Each line or element is checked as a record (``records.record_from_json``) and comes back
with ``line`` (where it was in its file); a file's bad lines are refused together, each
named with its line. A JSONL file can be read whole (``jsonl_records``) or checked one
record at a time as it is read (``jsonl_stream``, ``CheckedRecords``); the JSON is read
strictly (``strict_json``).
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from .errors import ArticleError, FormatError
from .records import record_from_json
from .spill import SpilledRecords
from .strict_json import strict_json_file, strict_json_line

#: Turns one record of another tool into ours (raising ``FormatError`` when it cannot).
Convert = Callable[[object], object]


def jsonl_objects(path: Path, convert: Convert | None = None) -> Iterator[tuple[int, object]]:
    """``(line number, JSON value)`` for each non-blank line of a JSONL file, one at a time;
    a line that is not JSON (or that ``convert`` refuses) gives a ``FormatError`` instead."""
    try:
        # Bytes, not text: orjson reads UTF-8 itself (and refuses what is not UTF-8), so a
        # line is no longer decoded by the file and encoded again by the parser (about 7 %
        # of an import of records). ``_lines`` ends lines where text mode would.
        f = open(path, "rb")
    except OSError as e:
        raise ArticleError(f"{path}: cannot read ({e.strerror})") from None
    with f:
        n = 0
        try:
            for n, line in enumerate(_lines(f), 1):
                if n == 1 and line.startswith(_BOM[type(line)]):
                    line = line[len(_BOM[type(line)]) :]
                if not line or line.isspace():  # a blank line (bytes: ASCII spaces)
                    continue
                try:
                    obj = strict_json_line(line)
                except json.JSONDecodeError as e:
                    if isinstance(line, bytes) and line.decode("utf-8").isspace():
                        continue  # blank with other spaces than ASCII ones (no-break …)
                    yield n, FormatError(f"not valid JSON ({e.msg} at column {e.colno})")
                    continue
                except FormatError as e:
                    yield n, e
                    continue
                except MemoryError:
                    raise FormatError(f"{path}: line {n} is too large to read in memory") from None
                yield n, _converted(convert, obj)
        except UnicodeDecodeError as e:
            raise FormatError(f"{path}: not UTF-8 (byte {e.start} of a line)") from None
        except MemoryError:  # reading the next line
            raise FormatError(f"{path}: line {n + 1} is too large to read in memory") from None


_BOM = {bytes: b"\xef\xbb\xbf", str: "\ufeff"}


def _lines(f: BinaryIO) -> Iterator[bytes | str]:
    """The lines of a binary file where text mode (``newline=""``) ends them: at "\\n",
    "\\r\\n" and a lone "\\r". A line as read is bytes; one that a lone "\\r" splits (old
    Mac files; JSON holds no raw "\\r" inside a string) comes decoded, as text mode's lines."""
    for raw in f:
        first = raw.find(b"\r")  # memchr; at the end, or before the "\n" that ends it, it ends it
        if first < 0 or first == len(raw) - 1 or (first == len(raw) - 2 and raw[-1] == 0x0A):
            yield raw
        else:
            yield from io.StringIO(raw.decode("utf-8"), newline="")


def _converted(convert: Convert | None, obj: object) -> object:
    if convert is None:
        return obj
    try:
        return convert(obj)
    except FormatError as e:
        return e


def check_objects(
    path: Path, items: Iterable[tuple[int, object]], labels: set[str], create_labels: bool
) -> SpilledRecords:
    """Check ``(line, value)`` pairs as records; raises ``FormatError`` listing every bad line
    (a value that is a ``FormatError`` is that line's problem)."""
    checked = CheckedRecords(path, items, labels, create_labels)
    records = SpilledRecords()  # memory stays flat for a file of any size
    for rec in checked:
        records.append(rec)
    checked.finish()
    return records


class CheckedRecords:
    """A file's records checked one at a time as they are read, for an import that stores
    each as it comes (no list of them in between). Iterate it once: it yields the good
    records; ``problems`` grows with each bad line as it is met; ``finish()`` then raises
    the ``FormatError`` that ``check_objects`` raises (every bad line, or no records)."""

    def __init__(
        self, path: Path, items: Iterable[tuple[int, object]], labels: set[str], create: bool
    ):
        self.path = path
        self.problems: list[tuple[int, str]] = []
        self._items = items
        self._labels = labels
        self._create = create
        self._count = 0

    def __iter__(self) -> Iterator[dict]:
        path, problems, labels, create = self.path, self.problems, self._labels, self._create
        ids: dict[object, int] = {}
        shown = _shown(path.name)
        for n, obj in self._items:
            try:
                if isinstance(obj, FormatError):
                    raise obj
                rec = record_from_json(obj, f"{shown}:{n}", labels, create)
            except FormatError as e:
                problems.append((n, str(e)))
                continue
            except MemoryError:
                raise FormatError(f"{path}: line {n} is too large to check in memory") from None
            rec["line"] = n
            if "id" in rec:
                if rec["id"] in ids:
                    first = ids[rec["id"]]
                    problems.append((n, f"duplicate id {rec['id']!r} (first on line {first})"))
                    continue
                ids[rec["id"]] = n
            self._count += 1
            yield rec

    def finish(self) -> None:
        """Raise the file's ``FormatError`` if any line was bad or it held no record."""
        if self.problems:
            raise FormatError(f"{self.path}: {_bad_records(len(self.problems))}", self.problems)
        if not self._count:
            raise FormatError(f"{self.path}: no records")


def jsonl_records(
    path: Path, labels: set[str], create_labels: bool, convert: Convert | None = None
) -> SpilledRecords:
    """Every record of a JSONL file, checked; raises ``FormatError`` listing bad lines.
    ``convert`` turns another tool's record into ours first (offsets in code points)."""
    return check_objects(path, jsonl_objects(path, convert), labels, create_labels)


def jsonl_stream(path: Path, labels: set[str], convert: Convert | None = None) -> CheckedRecords:
    """A JSONL file's records checked as they are read (``CheckedRecords``), labels the
    project lacks gathered in each record's ``unknown_labels``."""
    return CheckedRecords(path, jsonl_objects(path, convert), labels, True)


def json_array_records(path: Path, labels: set[str], create_labels: bool) -> list[dict]:
    """Every record of a JSON array (or one object), checked, as ``jsonl_records``."""
    try:
        with open(path, encoding="utf-8-sig") as f:
            data = strict_json_file(f.read())
    except OSError as e:
        raise ArticleError(f"{path}: cannot read ({e.strerror})") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as e:
        raise FormatError(f"{path}: not a valid JSON file ({e})") from None
    except FormatError as e:
        raise FormatError(f"{path}: {e}") from None
    if isinstance(data, dict):
        data = [data]
    if not isinstance(data, list):
        raise FormatError(f"{path}: expected a JSON array of articles")
    problems: list[tuple[int, str]] = []
    records = []
    for i, obj in enumerate(data):
        if isinstance(obj, dict) and "text" not in obj and "content" in obj:
            content = obj["content"]
            if content is None or (isinstance(content, str) and not content.strip()):
                continue  # empty articles are common in scraped archives; nothing to tag
            # Content that is not text goes on as "text": record_from_json refuses it by name.
            obj = {
                "text": obj["content"],
                "name": obj.get("title"),
                "meta": {
                    k: v
                    for k, v in obj.items()
                    if k != "content" and isinstance(v, (str, int, float))
                },
            }
        try:
            rec = record_from_json(obj, f"{_shown(path.name)}[{i}]", labels, create_labels)
        except FormatError as e:
            problems.append((i + 1, str(e)))
            continue
        rec["line"] = i + 1
        records.append(rec)
    if problems:
        raise FormatError(f"{path}: {_bad_records(len(problems))}", problems)
    return records


def _shown(name: str) -> str:
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _bad_records(n: int) -> str:
    return "1 bad record" if n == 1 else f"{n} bad records"
