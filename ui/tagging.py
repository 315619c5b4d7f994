"""Keyboard-first tagging of the open document: label keys, relabel, delete, move, clear.

A label key with a selection tags it (snapped to whole words, or to graphemes with Shift or
the "exact characters" setting); with no selection it relabels the current span. Every edit
is an undo command pushed on the session's stack, committed before the key press returns.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from annotator.model import Span
from annotator.text import resized_span, snap_to_graphemes, snap_to_words

from .commands import AddSpan, DeleteSpan, RelabelSpan, ResizeSpan, excerpt
from .label_names import label_name
from .session import Session, SpanEdit
from .span_order import ReadingOrder
from .word_moves import right_to_left_at


class Tagger(QObject):
    """Tags the article view's selection and keeps track of the current span.

    Signals:
        current_span_changed(int span_id): 0 when no span is current.
        message_posted(str text): a short hint for the status bar.
    """

    current_span_changed = Signal(int)
    message_posted = Signal(str)

    def __init__(self, view, parent: QObject | None = None):
        super().__init__(parent)
        self.view = view
        self.session: Session | None = None
        self.document_id: int | None = None
        self.text = ""
        self.order = ReadingOrder()
        self.current_span_id: int | None = None
        self.exact_characters = False
        #: Set by the suggestion triage: a label key on a selected suggestion accepts it.
        self.accept_suggestion = None

    # --- state, set by the window -------------------------------------------------------------

    def set_document(
        self, session: Session | None, document_id: int | None, text: str, spans: list[Span]
    ) -> None:
        self.session, self.document_id, self.text = session, document_id, text
        self._reset(spans)
        self.set_current_span(None)

    @property
    def spans(self) -> list[Span]:
        """The document's spans in reading order."""
        return self.order.spans

    def set_spans(self, spans: list[Span], focus_span_id: int = 0) -> None:
        self._reset(spans)
        self._focus(focus_span_id)

    def apply_edits(self, edits: tuple[SpanEdit, ...], focus_span_id: int = 0) -> None:
        """Follow one edit of the open document without reading its spans again."""
        for edit in edits:
            self.order.remove(edit.span.id)
            if edit.kind != "removed":
                self.order.insert(edit.span)
        self._focus(focus_span_id)

    def _reset(self, spans: list[Span]) -> None:
        self.order.reset(spans, self.session.labels() if self.session else ())

    def _focus(self, focus_span_id: int) -> None:
        if focus_span_id and focus_span_id in self.order:
            if focus_span_id != self.current_span_id:
                self.set_current_span(focus_span_id, jump=False)
        elif self.current_span_id not in self.order:
            self.set_current_span(None)

    def set_exact_characters(self, on: bool) -> None:
        self.exact_characters = bool(on)

    def current_span(self) -> Span | None:
        return self.order.get(self.current_span_id)

    def set_current_span(self, span_id: int | None, jump: bool = False) -> None:
        """Make a span current (highlighted in the view and the list); ``jump`` selects it."""
        span = self.order.get(span_id)
        self.current_span_id = span.id if span else None
        self.view.set_current_span(self.current_span_id)
        if span and jump:
            # Caret at the span's end: the view scrolls there, with nothing selected, so
            # the next label key relabels this span.
            self.view.select_range(span.end, span.end)
        self.current_span_changed.emit(self.current_span_id or 0)

    # --- actions -----------------------------------------------------------------------------

    def tag_with(self, label_id: int, exact: bool = False) -> Span | None:
        """Tag the selection with a label, or relabel the current span if nothing is selected."""
        if self.session is None or self.document_id is None:
            return None
        label = self.session.label(label_id)
        if label is None:
            return None
        if self.accept_suggestion is not None:  # exactly a suggestion is selected (F8)
            accepted = self.accept_suggestion(label_id)
            if accepted is not None:
                return accepted
        selected = self.view.selected_range()
        if not selected:
            return self._relabel_current(label)
        start, end = selected
        if exact or self.exact_characters:
            start, end = snap_to_graphemes(self.text, start, end)
            if start == end:
                return None
        else:
            snapped = snap_to_words(self.text, start, end)
            if snapped is None:
                self.message_posted.emit(
                    self.tr(
                        "Nothing to tag: the selection has no word, only spaces or punctuation "
                        "(Shift + the label key tags exact characters)."
                    )
                )
                return None
            start, end = snapped
        existing = self.order.find(start, end, label.id)
        if existing:
            self.set_current_span(existing.id, jump=True)
            self.message_posted.emit(
                self.tr("Already tagged {label}.").format(label=label_name(label.name))
            )
            return existing
        command = AddSpan(self.session, self.document_id, start, end, label, self.text[start:end])
        self.session.undo_stack.push(command)
        if not command.succeeded:
            return None
        self.view.select_range(end, end)
        if self.current_span_id != command.span.id:
            self.set_current_span(command.span.id)
        return command.span

    def _relabel_current(self, label) -> Span | None:
        span = self.current_span()
        if span is None:
            self.message_posted.emit(self.tr("Select some text first, then press a label key."))
            return None
        if span.label_id == label.id:
            return span
        command = RelabelSpan(self.session, span, label, self.text[span.start : span.end])
        self.session.undo_stack.push(command)
        return self.current_span() if command.succeeded else None

    def delete_current(self) -> None:
        span = self.current_span()
        if span is None or self.session is None:
            self.message_posted.emit(self.tr("No span is selected: move to one with ] or [ first."))
            return
        self.session.undo_stack.push(
            DeleteSpan(self.session, span, self.text[span.start : span.end])
        )

    # The arrows name the side the analyst sees: in a right-to-left paragraph the right
    # edge of a span is its start.
    def widen_right(self) -> None:
        self._resize(right=True, grow=True)

    def widen_left(self) -> None:
        self._resize(right=False, grow=True)

    def narrow_right(self) -> None:
        self._resize(right=True, grow=False)

    def narrow_left(self) -> None:
        self._resize(right=False, grow=False)

    def _resize(self, right: bool, grow: bool) -> None:
        """Move one edge of the current span by a word (a character in exact mode)."""
        span = self.current_span()
        if span is None or self.session is None:
            self.message_posted.emit(self.tr("No span is selected: move to one with ] or [ first."))
            return
        at_start = right == right_to_left_at(self.view, span.start)
        exact = self.exact_characters
        new = resized_span(self.text, span.start, span.end, at_start, grow, exact)
        if new is None:
            self.message_posted.emit(
                self.tr("The span cannot be widened on that side (a paragraph or the text ends).")
                if grow
                else self.tr("The span cannot be narrowed further: it keeps at least one word.")
            )
            return
        command = ResizeSpan(self.session, span, *new, self.text[new[0] : new[1]])
        self.session.undo_stack.push(command)
        if command.succeeded:
            self.view.select_range(new[1], new[1])  # ] and [ go on from this span

    def next_span(self) -> None:
        self._step(+1)

    def previous_span(self) -> None:
        self._step(-1)

    def _step(self, direction: int) -> None:
        if not self.spans:
            self.message_posted.emit(self.tr("This document has no spans yet."))
            return
        order = self.spans  # the core's reading order: start, then longer first
        current = self.current_span()
        pos = self.view.cursor_position()
        if current is not None and pos == current.end and not self.view.selected_range():
            # The caret is where the last jump (or tag) left it: step in reading order, so
            # spans that start together are each visited.
            i = self.order.index_of(current.id) + direction
        else:  # the caret moved (Ctrl+Home, a click, arrows): go from the caret
            if direction > 0:
                i = next((k for k, s in enumerate(order) if s.start >= pos), 0)
            else:
                i = next((k for k in range(len(order) - 1, -1, -1) if order[k].start < pos), -1)
        span = order[i % len(order)]
        self.set_current_span(span.id, jump=True)
        quote = excerpt(self.text[span.start : span.end], 60)
        self.message_posted.emit(f"{label_name(span.label)}: “{quote}”")

    def clear(self) -> None:
        """Escape: drop the selection and the current span."""
        pos = self.view.cursor_position()
        self.view.select_range(pos, pos)
        self.set_current_span(None)
