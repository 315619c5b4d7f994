"""Keyboard attribution of the open document: link spans, notes, attribute values, uncertain.

Linking: with a claim current (say, just tagged), ``R`` proposes the nearest speaker before
it; ``]``/``[`` or the arrow keys move among the speakers of the document, ``Enter`` links
(or, on a span already linked, unlinks), ``Escape`` cancels, ``R`` again tries the next
relation type. From a speaker the nearest claim after it is proposed. The common case is
two key presses after tagging the claim: ``R``, ``Enter``.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import QLineEdit, QWidget

from annotator.display import display_name, quoted_text
from annotator.linking import LinkPlan, existing, link_types, linked_ids, plan_link
from annotator.model import Span

from .attribution_commands import AddRelation, DeleteRelation, SetAttribute, SetNote, SetUncertain
from .commands import excerpt
from .label_names import label_name
from .relation_marks import scrolling_marks, seldom_scrolling

#: Keys that belong to linking while it is on (the article view would take them otherwise).
LINKING_KEYS = frozenset(
    {
        Qt.Key.Key_Return,
        Qt.Key.Key_Enter,
        Qt.Key.Key_Up,
        Qt.Key.Key_Down,
        Qt.Key.Key_Left,
        Qt.Key.Key_Right,
    }
)


class Attribution(QObject):
    """Links, notes, attribute values and the uncertain flag of the tagger's current span.

    Signals:
        linking_changed(bool active): linking started or ended.
        candidate_changed(int span_id): the proposed span (0 when not linking).
        message_posted(str text): a hint for the status bar.
    """

    linking_changed = Signal(bool)
    candidate_changed = Signal(int)
    message_posted = Signal(str)

    def __init__(self, tagger, parent: QObject | None = None):
        super().__init__(parent)
        self.tagger = tagger
        self.view = tagger.view
        self.plan: LinkPlan | None = None
        self.index = 0
        self._type_choice = 0
        self.note_editor: NoteEditor | None = None
        tagger.current_span_changed.connect(self._current_changed)
        self.view.tooltip_for = self._tooltip

    # --- state ----------------------------------------------------------------------------

    @property
    def session(self):
        return self.tagger.session

    @property
    def active(self) -> bool:
        return self.plan is not None

    def candidate(self) -> Span | None:
        return self.plan.candidates[self.index] if self.plan else None

    def _quote(self, span: Span) -> str:
        return self.tagger.text[span.start : span.end]

    def _current_changed(self, span_id: int) -> None:
        if self.plan is not None and span_id != self.plan.origin.id:
            self._end()

    # --- linking --------------------------------------------------------------------------

    def start(self) -> None:
        """R: propose a span to link the current one with (again: the next relation type)."""
        origin = self.tagger.current_span()
        if self.session is None or origin is None:
            self.message_posted.emit(
                self.tr("Move to a claim or speaker first (] or [), then press R to link it.")
            )
            return
        if self.session.readonly:
            self.message_posted.emit(self.tr("Read-only: links cannot be added."))
            return
        options = link_types(origin, self.session.relation_types())
        if not options:
            self.message_posted.emit(
                self.tr("No relation type links a {0} span.").format(label_name(origin.label))
            )
            return
        first = self._type_choice + 1 if self.plan is not None else 0
        for k in range(len(options)):
            choice = (first + k) % len(options)
            rtype, forward = options[choice]
            plan = plan_link(origin, self.tagger.spans, rtype, forward)
            if plan is not None:
                break
        else:
            wanted = ", ".join(
                label_name(n)
                for n in sorted(
                    {n for t, f in options for n in (t.to_labels if f else t.from_labels)}
                )
            )
            self.message_posted.emit(
                self.tr("Nothing to link to: tag a {0} in this document first.").format(
                    wanted or self.tr("span")
                )
            )
            return
        was_active = self.active
        self.plan, self.index, self._type_choice = plan, plan.proposed, choice
        if not was_active:
            self.view.window_keys = LINKING_KEYS  # the linking actions take them
            self.linking_changed.emit(True)
        self._show()

    def step(self, direction: int) -> None:
        if self.plan is None:
            return
        self.index = (self.index + direction) % len(self.plan.candidates)
        self._show()

    def next(self) -> None:
        """]: the next candidate while linking, else the next span."""
        if self.active:
            self.step(+1)
        else:
            self.tagger.next_span()

    def previous(self) -> None:
        """[: the previous candidate while linking, else the previous span."""
        if self.active:
            self.step(-1)
        else:
            self.tagger.previous_span()

    def escape(self) -> None:
        """Escape: cancel linking, else clear the selection and the current span."""
        if self.active:
            self.cancel()
        else:
            self.tagger.clear()

    def cancel(self) -> None:
        if self.active:
            self._end()
            self.message_posted.emit(self.tr("Linking cancelled."))

    def accept(self) -> None:
        """Enter: link the origin with the candidate (unlink if they are linked already)."""
        plan, candidate = self.plan, self.candidate()
        if plan is None or candidate is None:
            return
        a, b = plan.ends(candidate)
        document_id = self.tagger.document_id
        found = existing(self.session.relations(document_id), a.id, b.id, plan.type.name)
        quotes = (self._quote(a), self._quote(b))
        self._end()
        if found is not None:
            command = DeleteRelation(self.session, found, quotes, plan.origin.id)
        else:
            command = AddRelation(self.session, a, b, plan.type.name, quotes)
        self.session.undo_stack.push(command)
        if command.succeeded:
            self.message_posted.emit(command.text())

    def _show(self) -> None:
        plan, candidate = self.plan, self.candidate()
        assert plan is not None and candidate is not None
        linked = existing(
            self.session.relations(self.tagger.document_id),
            *(s.id for s in plan.ends(candidate)),
            plan.type.name,
        )
        with scrolling_marks(self.view):  # the marks move with the text if it scrolls
            # The caret (no selection) goes to the candidate so the view scrolls to it.
            cursor = QTextCursor(self.view.document())
            cursor.setPosition(self.view.to_qt(candidate.end))
            self.view.setTextCursor(cursor)
            self.view.ensureCursorVisible()
            self.view.set_link_candidate(
                (plan.origin.id, candidate.id, plan.type.color, plan.forward)
            )
        self.candidate_changed.emit(candidate.id)
        arrow = "→" if plan.forward else "←"
        action = self.tr("Enter unlinks") if linked else self.tr("Enter links")
        self.message_posted.emit(
            self.tr(
                "{0} {1} {2} “{3}” ({4} of {5}): {6}, ] [ or arrows choose, Esc cancels"
            ).format(
                label_name(plan.type.name),
                arrow,
                label_name(candidate.label),
                excerpt(self._quote(candidate), 40),
                self.index + 1,
                len(plan.candidates),
                action,
            )
        )

    def _end(self) -> None:
        origin = self.plan.origin if self.plan else None
        self.plan = None
        self.view.window_keys = frozenset()
        with seldom_scrolling(self.view):  # the caret goes back to the origin
            self.view.set_link_candidate(None)
            self.candidate_changed.emit(0)
            self.linking_changed.emit(False)
            if origin is not None and self.tagger.document_id is not None:
                cursor = QTextCursor(self.view.document())
                cursor.setPosition(self.view.to_qt(origin.end))
                self.view.setTextCursor(cursor)

    # --- notes, attributes, uncertain -------------------------------------------------------

    def _current_or_hint(self) -> Span | None:
        span = self.tagger.current_span()
        if span is None or self.session is None:
            self.message_posted.emit(self.tr("No span is selected: move to one with ] or [ first."))
            return None
        return span

    def toggle_uncertain(self) -> None:
        """U: flag the current span as uncertain, or clear the flag."""
        span = self._current_or_hint()
        if span is not None:
            self.session.undo_stack.push(
                SetUncertain(self.session, span, not span.uncertain, self._quote(span))
            )

    def step_attribute(self, key: str) -> None:
        """An attribute key: the current span's attribute with that key takes its next value
        (after the last: none)."""
        span = self._current_or_hint()
        if span is None:
            return
        attribute = next(
            (a for a in self.session.attributes() if a.key == key and a.label_id == span.label_id),
            None,
        )
        if attribute is None:
            self.message_posted.emit(
                self.tr("A {0} has no attribute on the key {1}.").format(
                    label_name(span.label), key.upper()
                )
            )
            return
        values = (*attribute.values, None)
        now = span.attributes.get(attribute.name)
        value = values[(values.index(now) + 1) % len(values)] if now in values else values[0]
        command = SetAttribute(self.session, span, attribute.name, value, self._quote(span))
        self.session.undo_stack.push(command)
        if command.succeeded:
            self.message_posted.emit(
                self.tr("{0}: {1}").format(
                    display_name(attribute.name), display_name(value) if value else self.tr("none")
                )
            )

    def edit_note(self) -> NoteEditor | None:
        """N: write the current span's note in a line under it (Enter keeps, Esc drops)."""
        span = self._current_or_hint()
        if span is None:
            return None
        if self.note_editor is not None:
            self.note_editor.close()
        editor = self.note_editor = NoteEditor(span, self.view.viewport())
        editor.note_entered.connect(lambda text, s=span: self._save_note(s, text))
        editor.destroyed.connect(lambda *_: setattr(self, "note_editor", None))
        cursor = QTextCursor(self.view.document())
        cursor.setPosition(self.view.to_qt(span.start))
        rect = self.view.cursorRect(cursor)
        viewport = self.view.viewport()
        width = min(viewport.width() - 8, max(320, viewport.width() * 2 // 3))
        x = max(4, min(rect.right() - width, viewport.width() - width - 4))
        y = min(rect.bottom() + 4, viewport.height() - editor.sizeHint().height() - 4)
        editor.setGeometry(x, max(0, y), width, editor.sizeHint().height())
        editor.show()
        editor.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return editor

    def _save_note(self, span: Span, text: str) -> None:
        current = self.tagger.order.get(span.id) or span
        note = text.strip() or None
        if note != current.note:
            self.session.undo_stack.push(SetNote(self.session, current, note, self._quote(current)))
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- tooltips -------------------------------------------------------------------------

    def _tooltip(self, span_id: int) -> str:
        span = self.tagger.order.get(span_id)
        return self.describe(span) if span is not None else ""

    def describe(self, span: Span) -> str:
        """A span's label, text, attributes, flag, note and links, as plain lines."""
        lines = [f"{label_name(span.label)}: {excerpt(self._quote(span), 80)}"]
        lines += [
            f"{display_name(name)}: {display_name(value)}"
            for name, value in span.attributes.items()
        ]
        if span.uncertain:
            lines.append(self.tr("uncertain"))
        if span.note:
            lines.append(self.tr("Note: {0}").format(quoted_text(span.note)))
        lines += self.link_lines(span)
        from .plain import plain_tooltip

        return plain_tooltip("\n".join(lines))

    def link_lines(self, span: Span) -> list[str]:
        """One line per link of ``span``: ``said → speaker “…”``."""
        if self.session is None or self.tagger.document_id is None:
            return []
        out = []
        for other_id, relations in linked_ids(
            self.session.relations(self.tagger.document_id), span.id
        ).items():
            other = self.tagger.order.get(other_id)
            if other is None:
                continue
            for r in relations:
                arrow = "→" if r.from_span == span.id else "←"
                kind, label = label_name(r.type), label_name(other.label)
                out.append(f"{kind} {arrow} {label} “{excerpt(self._quote(other), 40)}”")
        return out


class NoteEditor(QLineEdit):
    """An inline line for a span's note, laid out right to left: Enter keeps, Escape drops.

    Signals:
        note_entered(str text)
    """

    note_entered = Signal(str)

    def __init__(self, span: Span, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("note-editor")
        self.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute)
        self.setPlaceholderText(self.tr("Note on this span (Enter keeps, Esc cancels)"))
        self.setText(span.note or "")
        self.selectAll()
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._done = False

    def event(self, event: QEvent) -> bool:
        # Enter and Escape are the editor's, not the window's shortcuts (Clear selection).
        if event.type() == QEvent.Type.ShortcutOverride and event.key() in (
            Qt.Key.Key_Escape,
            Qt.Key.Key_Return,
            Qt.Key.Key_Enter,
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._finish(True)
        elif event.key() == Qt.Key.Key_Escape:
            self._finish(False)
        else:
            super().keyPressEvent(event)

    def focusOutEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().focusOutEvent(event)
        self._finish(True)  # clicking elsewhere keeps what was typed, like a cell editor

    def _finish(self, keep: bool) -> None:
        if self._done:
            return
        self._done = True
        if keep:
            self.note_entered.emit(self.text())
        self.close()
