"""A document's spans kept in the core's reading order, updated one span at a time.

``Project.spans`` lists spans by start, then longer first, then by label position. The span
list and the tagger keep that order across edits without reading every span again: each
edit is a binary search and one list insert or delete.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Iterable

from annotator.model import Label, Span


class ReadingOrder:
    """Spans in reading order, with lookup by id and by (range, label)."""

    def __init__(self) -> None:
        self.spans: list[Span] = []
        self._by_id: dict[int, Span] = {}
        self._positions: dict[int, int] = {}
        self._ranges: Counter[tuple[int, int]] = Counter()  # spans per (start, end)

    def reset(self, spans: Iterable[Span], labels: Iterable[Label]) -> None:
        """Take a fresh list (as ``Project.spans`` returns it) and the label set."""
        self._positions = {label.id: label.position for label in labels}
        self.spans = sorted(spans, key=self.key)  # already in order: a linear check
        self._by_id = {span.id: span for span in self.spans}
        self._ranges = Counter((span.start, span.end) for span in self.spans)

    def key(self, span: Span) -> tuple[int, int, int]:
        return (span.start, -span.end, self._positions.get(span.label_id, 1 << 30))

    def __len__(self) -> int:
        return len(self.spans)

    def __contains__(self, span_id: object) -> bool:
        return span_id in self._by_id

    def has_range(self, start: int, end: int) -> bool:
        """Whether some span (under any label) covers exactly ``[start, end)``."""
        return self._ranges[(start, end)] > 0

    def get(self, span_id: int | None) -> Span | None:
        return self._by_id.get(span_id) if span_id is not None else None

    def index_of(self, span_id: int | None) -> int:
        """The row of a span, or -1."""
        span = self.get(span_id)
        if span is None:
            return -1
        i = bisect.bisect_left(self.spans, self.key(span), key=self.key)
        while i < len(self.spans) and self.spans[i].id != span.id:  # same key: never, but safe
            i += 1
        return i if i < len(self.spans) else -1

    def find(self, start: int, end: int, label_id: int) -> Span | None:
        """The span tagging exactly ``[start, end)`` with that label, if there is one."""
        wanted = (start, -end, self._positions.get(label_id, 1 << 30))
        i = bisect.bisect_left(self.spans, wanted, key=self.key)
        if i < len(self.spans):
            span = self.spans[i]
            if (span.start, span.end, span.label_id) == (start, end, label_id):
                return span
        return None

    def row_for_range(self, start: int, end: int) -> int:
        """About where a new span of ``[start, end)`` goes (its label decides among spans of
        that very range)."""
        return bisect.bisect_right(self.spans, (start, -end, 1 << 30), key=self.key)

    def insertion_row(self, span: Span) -> int:
        """Where ``span`` goes (it must not be present)."""
        return bisect.bisect_right(self.spans, self.key(span), key=self.key)

    def insert(self, span: Span, row: int | None = None) -> int:
        row = self.insertion_row(span) if row is None else row
        self.spans.insert(row, span)
        self._by_id[span.id] = span
        self._ranges[(span.start, span.end)] += 1
        return row

    def replace(self, row: int, span: Span) -> None:
        """Put ``span`` in ``row`` in place of the span with its id (same reading key)."""
        self.spans[row] = span
        self._by_id[span.id] = span

    def remove(self, span_id: int) -> int:
        """Take a span out; returns the row it had, or -1."""
        row = self.index_of(span_id)
        if row >= 0:
            span = self.spans.pop(row)
            del self._by_id[span_id]
            key = (span.start, span.end)
            self._ranges[key] -= 1
            if self._ranges[key] <= 0:
                del self._ranges[key]
        return row
