"""The open document's pending suggestions kept in step with its spans and the selection.

A tag drops the suggestions of exactly its range (a binary search in the text-ordered list,
not a rebuild: a long article has tens of thousands); a removed span, a rejection or a
failed write reads the list back from the project; a suggestion stays current only while
it is what the view has selected. ``PendingSuggestions`` is a mixin of
``ui.suggestions.SuggestionTriage``, which holds the list, the signals and the triage keys.
"""

from __future__ import annotations

import time
from bisect import bisect_left
from collections import Counter

from PySide6.QtCore import QTimer


class PendingSuggestions:
    """How ``SuggestionTriage`` keeps ``pending`` in step with the spans (a mixin of it)."""

    def _spans_changed(self, document_id: int, edits, _focus: int) -> None:
        self.active_at = time.monotonic()
        if document_id == self.document_id:
            # A tag is pruned here without reading every suggestion of the document back.
            # The file's suggestions change only with a removed span (deleting an accepted
            # one rejects it; undoing an acceptance makes it pending again), a failed write
            # (None), or a rejection or its undo (``suggestions_changed``). An edit without
            # span edits (a link, a status) leaves them as they are: reading them all back
            # was a third of the Enter that links a claim.
            removed = edits is None or any(e.kind == "removed" for e in edits)
            if removed:
                self.spans_changed(reread=True)
            else:  # a tag, relabel or note: only the new spans' ranges can leave the list
                self._drop_tagged([(e.span.start, e.span.end) for e in edits if e.kind == "added"])

    def _suggestions_changed(self, document_id: int) -> None:
        """A rejection or its undo: the document's stored suggestions are read again."""
        if document_id == self.document_id:
            self.spans_changed(reread=True)

    def spans_changed(self, reread: bool = True) -> None:
        """Spans changed in the open document: a suggestion now tagged leaves the list (and
        comes back on undo). When the current one was just tagged, by Enter or a label key,
        the one taking its place is selected once the tagger is done."""
        index = self.current
        key = _key(self.pending[index]) if index is not None else None
        self._prune(reread=reread)
        keys = [_key(s) for s in self.pending]
        self.current = keys.index(key) if key in keys else None
        if index is not None and self.current is None and self.pending:
            # The tagger still has to put its caret after the new span: move on after it.
            self._advance_to = min(index, len(self.pending) - 1)
            QTimer.singleShot(0, self._advance)
        self._show()

    def _drop_tagged(self, ranges: list[tuple[int, int]]) -> None:
        """Spans were added: suggestions of exactly their ranges (any label) leave the list.

        The rest of the list, its outlines and counts are kept, not built again: a long
        article has tens of thousands, and rebuilding them cost a second per tag. The
        list is in text order (``Project.suggestions``, ``suggest``): each range is a
        binary search.
        """
        pending = self.pending
        gone: set[int] = set()
        for start, end in ranges:
            i = bisect_left(pending, start, key=_start)
            while i < len(pending) and pending[i].start == start:
                if pending[i].end == end:
                    gone.add(i)
                i += 1
        if not gone:
            return
        order = sorted(gone)
        for i in reversed(order):
            self._counts[pending[i].label] -= 1
            del pending[i]
        index = self.current
        if index is not None and index in gone:
            self.current = None
            if pending:  # the tagger still has to put its caret after the new span
                self._advance_to = min(index, len(pending) - 1)
                QTimer.singleShot(0, self._advance)
        elif index is not None:
            self.current = index - bisect_left(order, index)
        self.view.drop_suggestions(order, self.current)
        self.triage_possible.emit(self._selected())
        self.suggestions_changed.emit(self.summary())

    def _advance(self) -> None:
        if self._advance_to is not None:
            i, self._advance_to = self._advance_to, None
            if i < len(self.pending):
                self._select(i)

    def _prune(self, reread: bool = False) -> None:
        """Drop suggestions that are spans already, rejected ones, and unknown labels."""
        if reread and self.found and _stored(self.found[0]) and self.session is not None:
            self.found = self.session.project.suggestions(self.document_id)
        labels = {label.name for label in self.session.labels()} if self.session else set()
        tagged = self.tagger.order.has_range  # under any label: decided (kept per edit)
        rejected = self.rejected.get(self.document_id, set())
        self.pending = [
            s
            for s in self.found
            if s.label in labels and not tagged(s.start, s.end) and _key(s) not in rejected
        ]
        self._counts = Counter(s.label for s in self.pending)
        if self.current is not None and self.current >= len(self.pending):
            self.current = None

    def selection_moved(self) -> None:
        """The view's selection changed: a suggestion stays current only while selected."""
        self.active_at = time.monotonic()
        if self.current is None or self.current >= len(self.pending):
            return
        s = self.pending[self.current]
        if self.view.selected_range() != (s.start, s.end):
            self.current = None
            self._show()

    def _selected(self) -> bool:
        return self.current is not None and not self.linking

    def _show(self) -> None:
        self.triage_possible.emit(self._selected())
        labels = {label.name: label.id for label in self.session.labels()} if self.session else {}
        self.view.set_suggestions(
            [(s.start, s.end, labels.get(s.label, 0)) for s in self.pending], self.current
        )
        self.suggestions_changed.emit(self.summary())


def _stored(s) -> bool:
    return getattr(s, "id", None) is not None


def _start(s) -> int:
    return s.start


def _key(s) -> tuple[int, int, str]:
    return (s.start, s.end, s.label)
