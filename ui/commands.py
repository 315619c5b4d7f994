"""Undo commands: one per kind of edit, each ``redo``/``undo`` calling one core operation.

A command whose core call fails marks itself obsolete: ``QUndoStack.push`` then drops it
instead of recording it, and ``undo``/``redo`` remove it from the stack, so the stack never
claims an edit the file does not hold.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QUndoCommand

from annotator.display import display_name, quoted_text, visible_text
from annotator.model import Label, Relation, Span

from .label_names import label_name
from .session import Session, SpanEdit


def _tr(text: str) -> str:
    return QCoreApplication.translate("EditCommand", text)


def excerpt(text: str, limit: int = 30, isolated: bool = True) -> str:
    """A short one-line quote of span text for menus and messages: isolated (FSI … PDI), so
    the article's text cannot reorder the sentence around it (``isolated=False`` for a cell
    that holds the quote alone); controls shown either way."""
    one_line = " ".join(text.split())
    short = one_line if len(one_line) <= limit else one_line[: limit - 1] + "…"
    return quoted_text(short) if isolated else visible_text(short)


def short_name(name: str, limit: int = 30) -> str:
    """A document's title or another name, shortened to one line and shown safely
    (``display_name``: isolated, invisible and control characters visible)."""
    one_line = " ".join(name.split())
    return display_name(one_line if len(one_line) <= limit else one_line[: limit - 1] + "…")


class EditCommand(QUndoCommand):
    """Base: runs ``_redo``/``_undo`` through the session and drops itself if they fail."""

    def __init__(self, session: Session, text: str):
        super().__init__(text)
        self.session = session
        self.succeeded = False
        #: What the edit did, said in the status bar after it (its text when empty).
        self.done = ""
        #: Where a refusal is shown (the dialog that pushed the command), else the window.
        self.refused = None

    def redo(self) -> None:
        self.succeeded = self._run(self._redo)
        if not self.succeeded:
            self.setObsolete(True)

    def undo(self) -> None:
        if not self._run(self._undo):
            self.setObsolete(True)

    def _run(self, step) -> bool:  # pragma: no cover - overridden
        raise NotImplementedError

    def _redo(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def _undo(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError


class SpanCommand(EditCommand):
    def __init__(self, session: Session, document_id: int, text: str):
        super().__init__(session, text)
        self.document_id = document_id
        self.focus: int = 0
        self.edits: list[SpanEdit] = []  # what the last redo/undo changed, for the views
        #: What the last redo/undo did to the document's row, when known without reading
        #: it: (spans added, whether a new document became in progress).
        self.row_edit: tuple[int, bool] | None = None

    #: Whether the edit can change relations (a delete takes a span's links with it).
    touches_relations = False
    #: Whether the edit changes stored suggestions without a span edit (a rejection).
    touches_suggestions = False
    #: Whether the edit can change the document's row in the list (its status, span count).
    changes_document_row = True

    def _run(self, step) -> bool:
        self.focus = 0
        self.edits = []
        self.row_edit = None
        return self.session.apply(
            step,
            document_id=self.document_id,
            focus_span_id=lambda: self.focus,
            edits=lambda: self.edits,
            refused=self.refused,
            relations_of=self.document_id if self.touches_relations else 0,
            suggestions_of=self.document_id if self.touches_suggestions else 0,
            document_row=self.changes_document_row,
            row_edit=lambda: self.row_edit,
        )


class AddSpan(SpanCommand):
    """Tag a range; undo deletes the span (and gives back the document's 'new' status)."""

    @property
    def touches_relations(self) -> bool:  # type: ignore[override]
        """A new tag has no links (the open document's relations are not read again); its
        undo takes the span's links, and a redo puts them back."""
        return self.span is not None

    def __init__(
        self, session: Session, document_id: int, start: int, end: int, label: Label, quote: str
    ):
        super().__init__(
            session,
            document_id,
            QCoreApplication.translate("EditCommand", "Tag “{quote}” as {label}").format(
                quote=excerpt(quote), label=label_name(label.name)
            ),
        )
        self.done = QCoreApplication.translate("EditCommand", "Tagged “{quote}” as {label}").format(
            quote=excerpt(quote), label=label_name(label.name)
        )
        self.start, self.end, self.label_id = start, end, label.id
        self.span: Span | None = None
        self.relations: list[Relation] = []
        self.old_status: str | None = None

    def _redo(self) -> None:
        project = self.session.project
        if self.span is None:
            self.old_status = project.document_status(self.document_id)
            self.span = project.add_span(self.document_id, self.start, self.end, self.label_id)
        else:  # same id: later commands find it
            self.span = project.restore_span(self.span, self.relations)
        self.focus = self.span.id
        self.edits = [SpanEdit("added", self.span)]
        self.row_edit = (1, True)  # one span more; a new document is in progress (mark_started)

    def _undo(self) -> None:
        assert self.span is not None
        # add_span moved a 'new' document to 'in progress'; undo puts it back as it was,
        # in the same transaction as the delete (never a span gone but the status left).
        status = "new" if self.old_status == "new" else None
        removed, self.relations = self.session.project.delete_span_and_relations(
            self.span.id, document_status=status
        )
        self.edits = [SpanEdit("removed", removed)]


class DeleteSpan(SpanCommand):
    """Remove a span and its relations (and reject the suggestion it was accepted from, so
    it does not come back); undo restores them with their ids and fields."""

    touches_relations = True

    def __init__(self, session: Session, span: Span, quote: str):
        super().__init__(
            session,
            span.document_id,
            QCoreApplication.translate("EditCommand", "Delete {label} “{quote}”").format(
                label=label_name(span.label), quote=excerpt(quote)
            ),
        )
        self.done = QCoreApplication.translate("EditCommand", "Deleted {label} “{quote}”").format(
            label=label_name(span.label), quote=excerpt(quote)
        )
        self.span = span
        self.relations: list[Relation] = []
        self.origin: int | None = None  # the suggestion it was accepted from

    def _redo(self) -> None:
        project = self.session.project
        self.span, self.relations, self.origin = project.delete_span_rejecting_origin(self.span.id)
        self.edits = [SpanEdit("removed", self.span)]

    def _undo(self) -> None:
        self.span = self.session.project.restore_span(self.span, self.relations)
        if self.origin is not None:
            self.session.project.restore_origin(self.origin, self.span.id)
        self.focus = self.span.id
        self.edits = [SpanEdit("added", self.span)]


class RelabelSpan(SpanCommand):
    """Give a span another label."""

    changes_document_row = False

    def __init__(self, session: Session, span: Span, label: Label, quote: str):
        super().__init__(
            session,
            span.document_id,
            QCoreApplication.translate("EditCommand", "Relabel “{quote}” {old} → {new}").format(
                quote=excerpt(quote), old=label_name(span.label), new=label_name(label.name)
            ),
        )
        self.span_id = span.id
        self.old_label_id, self.new_label_id = span.label_id, label.id
        self.done = QCoreApplication.translate(
            "EditCommand", "Relabelled “{quote}”: {old} → {new}"
        ).format(quote=excerpt(quote), old=label_name(span.label), new=label_name(label.name))

    def _redo(self) -> None:
        span = self.session.project.relabel_span(self.span_id, self.new_label_id)
        self.focus = self.span_id
        self.edits = [SpanEdit("relabelled", span)]

    def _undo(self) -> None:
        span = self.session.project.relabel_span(self.span_id, self.old_label_id)
        self.focus = self.span_id
        self.edits = [SpanEdit("relabelled", span)]


class ResizeSpan(SpanCommand):
    """Give a span another range (one edge moved); undo puts the old range back."""

    changes_document_row = False

    def __init__(self, session: Session, span: Span, start: int, end: int, quote: str):
        wider = end - start > span.end - span.start
        super().__init__(
            session,
            span.document_id,
            QCoreApplication.translate("EditCommand", "Resize {label} to “{quote}”").format(
                label=label_name(span.label), quote=excerpt(quote)
            ),
        )
        self.done = (
            QCoreApplication.translate("EditCommand", "Widened {label} to “{quote}”")
            if wider
            else QCoreApplication.translate("EditCommand", "Narrowed {label} to “{quote}”")
        ).format(label=label_name(span.label), quote=excerpt(quote))
        self.span_id = span.id
        self.old, self.new = (span.start, span.end), (start, end)

    def _redo(self) -> None:
        self._set(*self.new)

    def _undo(self) -> None:
        self._set(*self.old)

    def _set(self, start: int, end: int) -> None:
        project = self.session.project
        before = project.span(self.span_id)
        after = project.resize_span(self.span_id, start, end)
        self.focus = self.span_id
        # Out and in again: the views keep spans in reading order, which a range changes.
        self.edits = [SpanEdit("removed", before), SpanEdit("added", after)]


class SetStatus(SpanCommand):
    """Mark a document new, in progress or done."""

    TEXT = {
        "new": QT_TRANSLATE_NOOP("EditCommand", "Mark “{}” new"),
        "in_progress": QT_TRANSLATE_NOOP("EditCommand", "Mark “{}” in progress"),
        "done": QT_TRANSLATE_NOOP("EditCommand", "Mark “{}” done"),
    }

    def __init__(self, session: Session, document_id: int, name: str, status: str):
        super().__init__(session, document_id, _tr(self.TEXT[status]).format(short_name(name)))
        done = {
            "new": QCoreApplication.translate("EditCommand", "Marked “{}” new"),
            "in_progress": QCoreApplication.translate("EditCommand", "Marked “{}” in progress"),
            "done": QCoreApplication.translate("EditCommand", "Marked “{}” done"),
        }
        self.done = done[status].format(short_name(name))
        self.status = status
        self.old_status: str | None = None

    def _redo(self) -> None:
        old = self.session.project.set_status(self.document_id, self.status)
        if self.old_status is None:
            self.old_status = old

    def _undo(self) -> None:
        self.session.project.set_status(self.document_id, self.old_status or "new")


class UpdateLabel(EditCommand):
    """Rename, recolour or re-key a label; undo restores the old fields."""

    def __init__(self, session: Session, old: Label, **changes):
        what = ", ".join(sorted(changes))
        super().__init__(
            session,
            QCoreApplication.translate("EditCommand", "Change label {label} ({what})").format(
                label=label_name(old.name), what=what
            ),
        )
        self.label_id = old.id
        self.changes = changes
        self.previous = {field: getattr(old, field) for field in changes}

    def _run(self, step) -> bool:
        return self.session.apply(step, labels=True, refused=self.refused)

    def _redo(self) -> None:
        self.session.project.update_label(self.label_id, **self.changes)

    def _undo(self) -> None:
        self.session.project.update_label(self.label_id, **self.previous)


class RemoveLabel(EditCommand):
    """Remove a label and the spans that use it; undo puts them all back with their ids."""

    def __init__(self, session: Session, label: Label, span_count: int):
        super().__init__(
            session,
            QCoreApplication.translate("EditCommand", "Remove label {label}").format(
                label=label_name(label.name)
            ),
        )
        self.label_id = label.id
        self.removed = None
        if span_count > 1:
            done = QCoreApplication.translate(
                "EditCommand", "Removed the label {label} and its {n} spans"
            )
        elif span_count == 1:
            done = QCoreApplication.translate(
                "EditCommand", "Removed the label {label} and its span"
            )
        else:
            done = QCoreApplication.translate("EditCommand", "Removed the label {label}")
        self.done = done.format(label=label_name(label.name), n=span_count)

    def _run(self, step) -> bool:
        ok = self.session.apply(step, labels=True, refused=self.refused)
        if ok:
            self.session.documents_changed.emit()  # span counts in the document list
        return ok

    def _redo(self) -> None:
        self.removed = self.session.project.remove_label(self.label_id)

    def _undo(self) -> None:
        self.session.project.restore_label(self.removed)


class RenameDocument(SpanCommand):
    """Give a document the title the list shows; undo gives back the one it had."""

    def __init__(self, session: Session, document_id: int, old: str, new: str):
        super().__init__(
            session,
            document_id,
            QCoreApplication.translate("EditCommand", "Rename “{old}” to “{new}”").format(
                old=short_name(old), new=short_name(new)
            ),
        )
        self.done = QCoreApplication.translate("EditCommand", "Renamed “{old}” to “{new}”").format(
            old=short_name(old), new=short_name(new)
        )
        self.title: str | None = new
        self.previous: str | None = None

    def _run(self, step) -> bool:
        ok = super()._run(step)
        if ok:  # the list reads titles with the whole list (a row alone comes without one)
            self.session.documents_changed.emit()
        return ok

    def _redo(self) -> None:
        self.previous = self.session.project.rename_document(self.document_id, self.title)

    def _undo(self) -> None:
        self.session.project.rename_document(self.document_id, self.previous)
