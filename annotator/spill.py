"""Records read from a big file, kept on disk instead of in memory once there are many.

A 92 MB JSONL file of 200,000 records held as Python dicts takes about 400 MB; an import
plan holds every record between reading and storing. ``SpilledRecords`` keeps the first
records in memory and writes the rest to an anonymous temporary file (already unlinked: no
other process can reach it by name), reading them back one by one when iterated, so memory
stays flat whatever the size of the file.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

#: Records kept in memory before the rest go to disk (a text article is one record).
IN_MEMORY = 2_000


class SpilledRecords:
    """An append-only sequence of document records, mostly on disk; iterate it in order."""

    def __init__(self, in_memory: int = IN_MEMORY):
        self._head: list[dict] = []
        self._in_memory = in_memory
        self._file = None
        self._count = 0
        #: (line, span number, label) of the spans whose label the project lacked, gathered
        #: on the way in so that planning does not read every record back for them.
        self.unknown_labels: list[tuple[int, int, str]] = []

    def append(self, record: dict) -> None:
        self._count += 1
        for k, label in record.get("unknown_labels", ()):
            self.unknown_labels.append((record.get("line", 1), k, label))
        if self._file is None and len(self._head) < self._in_memory:
            self._head.append(record)
            return
        import pickle  # here, not at start-up: only a big import spills
        import tempfile

        if self._file is None:
            self._file = tempfile.TemporaryFile(prefix="annotator-import-")
        # Our own bytes in a file without a name: pickle keeps TextWarning and tuples as they are.
        pickle.dump(record, self._file, protocol=pickle.HIGHEST_PROTOCOL)

    def __len__(self) -> int:
        return self._count

    def __bool__(self) -> bool:
        return self._count > 0

    def __iter__(self) -> Iterator[dict]:
        yield from self._head
        if self._file is None:
            return
        import pickle

        f, end = self._file, self._file.tell()
        f.seek(0)
        try:
            for _ in range(self._count - len(self._head)):
                yield pickle.load(f)
        finally:
            f.seek(end)  # appending goes on at the end

    def __getitem__(self, index: int) -> dict:
        if 0 <= index < len(self._head):
            return self._head[index]
        if index < 0:
            index += self._count
        if not 0 <= index < self._count:
            raise IndexError(index)
        return next(itertools.islice(iter(self), index, None))

    def __eq__(self, other: object) -> bool:
        return list(self) == list(other) if isinstance(other, (list, SpilledRecords)) else False

    __hash__ = None  # type: ignore[assignment]

    def __del__(self) -> None:
        if self._file is not None:
            self._file.close()
