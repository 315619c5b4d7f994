"""An open project in the app: the core ``Project``, its undo stack, and change signals.

Edits reach the core only through ``Session.apply`` (called by the undo commands), so every
change is announced the same way, and a failed write is reported once, in one place.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable, Sequence
from typing import Any, Literal

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from annotator.data_classes import data_class
from annotator.errors import AnnotatorError, ProjectError
from annotator.model import Attribute, Label, Relation, RelationType, Span
from annotator.store import Project

from .core_messages import core_message

log = logging.getLogger(__name__)


def sentence(message: str) -> str:
    """A core message (which starts in lower case) as a sentence on its own, in the
    interface language when it is one ``core_messages`` knows."""
    message = core_message(message)
    return message[:1].upper() + message[1:]


@data_class
class SpanEdit:
    """One span an edit added, removed, relabelled or changed (note, attribute, flag), as the
    core returned it."""

    kind: Literal["added", "removed", "relabelled", "changed"]
    span: Span

    def __init__(self, kind: Literal["added", "removed", "relabelled", "changed"], span: Span):
        d = self.__dict__
        d["kind"] = kind
        d["span"] = span


class Session(QObject):
    """One open project.

    Signals:
        spans_changed(int document_id, object edits, int focus_span_id): a document's spans
            changed. ``edits`` is a tuple of ``SpanEdit`` (apply them to what is shown), or
            None when the spans must be read again (after a failed write). focus_span_id is
            the span the edit produced or restored, 0 for none.
        document_changed(int document_id): one document's status or span count changed.
        documents_changed(): the document set changed (an import).
        labels_changed(): the label set changed (names, colours, keys), or the relation
            types or attributes did.
        relations_changed(int document_id): a document's relations changed; read them
            with ``relations(document_id)``.
        suggestions_changed(int document_id): a document's stored suggestions changed
            other than through its spans (a rejection or its undo); read them again.
        edit_saved(): an edit was committed to the project file.
        edit_failed(str message): an edit could not be written; nothing was changed.
        edit_refused(str message): the core refused an edit as invalid (a key another
            label uses, a duplicate span); nothing was changed and the file is fine.
    """

    spans_changed = Signal(int, object, int)
    document_changed = Signal(int)
    documents_changed = Signal()
    labels_changed = Signal()
    relations_changed = Signal(int)
    suggestions_changed = Signal(int)
    edit_saved = Signal()
    edit_failed = Signal(str)
    edit_refused = Signal(str)
    checkpointed = Signal(bool)

    #: After this long without an edit, the WAL is copied into the project file.
    SETTLE_MS = 2000

    def __init__(self, project: Project, parent: QObject | None = None):
        super().__init__(parent)
        self.project = project
        # Every edit is durable in the -wal at once; two seconds after the last one, it is
        # copied into the .annot file too, so the file alone (copied, attached to a mail
        # while the app is open) holds the work. Passive: a reader is never waited for.
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(self.SETTLE_MS)
        self._settle.timeout.connect(self._checkpoint)
        self.edit_saved.connect(self._settle.start)
        self.documents_changed.connect(self._settle.start)
        self.undo_stack = QUndoStack(self)
        self._labels: list[Label] = project.labels()
        self._relation_types: list[RelationType] = project.relation_types()
        self._attributes: list[Attribute] = project.attributes()
        self._relations: tuple[int, list[Relation]] | None = None  # one document's, cached
        self._row_edit: tuple[int, tuple[int, bool]] | None = None  # see ``take_row_edit``

    def _checkpoint(self) -> None:
        if not self.project.closed:
            self.checkpointed.emit(self.project.checkpoint())

    @property
    def readonly(self) -> bool:
        return self.project.readonly

    @property
    def path(self) -> str:
        return str(self.project.path)

    def labels(self) -> list[Label]:
        """The label set, cached until it changes."""
        return list(self._labels)

    def label(self, label_id: int) -> Label | None:
        return next((label for label in self._labels if label.id == label_id), None)

    def relation_types(self) -> list[RelationType]:
        return list(self._relation_types)

    def attributes(self) -> list[Attribute]:
        """Every label's attribute declarations, cached until the labels change."""
        return list(self._attributes)

    def relations(self, document_id: int) -> list[Relation]:
        """A document's relations (the open document's are cached between edits)."""
        if self._relations is None or self._relations[0] != document_id:
            self._relations = (document_id, self.project.relations(document_id))
        return list(self._relations[1])

    def apply(
        self,
        operation: Callable[[], Any],
        *,
        document_id: int = 0,
        focus_span_id=None,
        labels: bool = False,
        edits: Callable[[], Sequence[SpanEdit]] | None = None,
        refused: Callable[[str], None] | None = None,
        relations_of: int = 0,
        suggestions_of: int = 0,
        document_row: bool = True,
        row_edit: Callable[[], tuple[int, bool] | None] | None = None,
    ) -> bool:
        """Run one core operation; announce what changed; ``False`` if it failed.

        ``focus_span_id`` may be a callable returning the span id once the operation ran;
        ``edits`` a callable returning the spans it changed. After a success the views apply
        those edits; after a failure (or without ``edits``) they read the document's spans
        from the file again, so view, undo stack and file always agree. A refusal (invalid
        edit) goes to ``refused`` when given (the dialog that made the edit shows it),
        else to ``edit_refused``; only a write failure is ``edit_failed``. ``relations_of``
        names a document whose relations the operation may have changed, ``suggestions_of``
        one whose stored suggestions it changed without a span edit. ``document_row=False``:
        the operation cannot change the document's status or span count (a link, a note), so
        ``document_changed`` is not sent (its row would be read from the file for nothing).
        ``row_edit`` may return what the operation did to that row, (spans added, whether
        a new document became in progress): ``take_row_edit`` hands it to the list, which
        then need not read the row back.
        """
        ok = True
        try:
            operation()
        except ProjectError as e:  # the file could not be written (or is read-only)
            ok = False
            self.edit_failed.emit(core_message(str(e)))
        except AnnotatorError as e:  # the core refused the edit; the file is as it was
            ok = False
            (refused or self.edit_refused.emit)(sentence(str(e)))
        except Exception as e:  # a bug: report it rather than leave the stack lying
            ok = False
            log.error("edit failed:\n%s", traceback.format_exc())
            self.edit_failed.emit(f"internal error: {e!r}")
        if labels:
            self._reload_labels()
        if relations_of:
            self._relations = None
        if document_id:
            focus = focus_span_id() if callable(focus_span_id) else focus_span_id
            changed = tuple(edits()) if ok and edits is not None else None
            self.spans_changed.emit(document_id, changed, (focus or 0) if ok else 0)
            if document_row:
                known = row_edit() if ok and row_edit is not None else None
                self._row_edit = (document_id, known) if known is not None else None
                self.document_changed.emit(document_id)
                self._row_edit = None
        if relations_of:
            self.relations_changed.emit(relations_of)
        if suggestions_of and ok:  # after a failure spans_changed had them read again
            self.suggestions_changed.emit(suggestions_of)
        if ok:
            self.edit_saved.emit()
        return ok

    def take_row_edit(self, document_id: int) -> tuple[int, bool] | None:
        """While ``document_changed`` is sent: what the edit did to the document's row, when
        the edit said (spans added, negative for removed; whether a new document is now in
        progress); None when the row must be read from the file."""
        known, self._row_edit = self._row_edit, None
        return known[1] if known is not None and known[0] == document_id else None

    def refresh_documents(self) -> None:
        """After an import: the document set changed, and the labels may have (an import
        can add the labels its spans use)."""
        self._reload_labels()
        self.documents_changed.emit()

    def _reload_labels(self) -> None:
        """Read the labels again; announce them only if they changed (a refused edit keeps
        the label editor's fields and its message as they are)."""
        labels = self.project.labels()
        types, attributes = self.project.relation_types(), self.project.attributes()
        if (labels, types, attributes) != (self._labels, self._relation_types, self._attributes):
            self._labels, self._relation_types, self._attributes = labels, types, attributes
            self._relations = None
            self.labels_changed.emit()

    def close(self) -> None:
        self.undo_stack.clear()
        self.project.close()
