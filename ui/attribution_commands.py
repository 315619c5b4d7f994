"""Undo commands for attribution: link and unlink spans, notes, attribute values, uncertain.

Each ``redo``/``undo`` calls one core operation (one transaction), like the span commands.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from annotator.display import display_name
from annotator.model import Relation, Span

from .commands import SpanCommand, excerpt
from .label_names import label_name
from .session import Session, SpanEdit


class AddRelation(SpanCommand):
    """Link two spans; undo removes the link (redo puts it back with the same id)."""

    touches_relations = True
    changes_document_row = False

    def __init__(
        self, session: Session, from_span: Span, to_span: Span, type_name: str, quotes: tuple
    ):
        super().__init__(
            session,
            from_span.document_id,
            QCoreApplication.translate("AttributionCommands", "Link “{0}” {1} “{2}”").format(
                excerpt(quotes[0]), label_name(type_name), excerpt(quotes[1])
            ),
        )
        self.from_id, self.to_id, self.type_name = from_span.id, to_span.id, type_name
        self.relation: Relation | None = None

    def _redo(self) -> None:
        project = self.session.project
        if self.relation is None:
            self.relation = project.add_relation(self.from_id, self.to_id, self.type_name)
        else:
            self.relation = project.restore_relation(self.relation)
        self.focus = self.from_id

    def _undo(self) -> None:
        assert self.relation is not None
        self.session.project.delete_relation(self.relation.id)
        self.focus = self.from_id


class DeleteRelation(SpanCommand):
    """Unlink two spans; undo restores the link with its id, author and time."""

    touches_relations = True
    changes_document_row = False

    def __init__(self, session: Session, relation: Relation, quotes: tuple, focus: int):
        super().__init__(
            session,
            relation.document_id,
            QCoreApplication.translate("AttributionCommands", "Unlink “{0}” {1} “{2}”").format(
                excerpt(quotes[0]), label_name(relation.type), excerpt(quotes[1])
            ),
        )
        self.relation = relation
        self.focus_id = focus

    def _redo(self) -> None:
        self.relation = self.session.project.delete_relation(self.relation.id)
        self.focus = self.focus_id

    def _undo(self) -> None:
        self.relation = self.session.project.restore_relation(self.relation)
        self.focus = self.focus_id


class ChangeSpan(SpanCommand):
    """A change to one span's note, attribute or flag: ``_set(value)`` does it in the core."""

    changes_document_row = False

    def __init__(self, session: Session, span: Span, text: str, old, new):
        super().__init__(session, span.document_id, text)
        self.span_id, self.old, self.new = span.id, old, new

    def _set(self, value) -> Span:  # pragma: no cover - overridden
        raise NotImplementedError

    def _redo(self) -> None:
        self.edits = [SpanEdit("changed", self._set(self.new))]
        self.focus = self.span_id

    def _undo(self) -> None:
        self.edits = [SpanEdit("changed", self._set(self.old))]
        self.focus = self.span_id


class SetNote(ChangeSpan):
    """Write, change or remove a span's note."""

    def __init__(self, session: Session, span: Span, note: str | None, quote: str):
        text = (
            QCoreApplication.translate("AttributionCommands", "Note on “{0}”").format(
                excerpt(quote)
            )
            if note
            else QCoreApplication.translate(
                "AttributionCommands", "Remove the note on “{0}”"
            ).format(excerpt(quote))
        )
        super().__init__(session, span, text, span.note, note or None)

    def _set(self, value) -> Span:
        return self.session.project.set_span_note(self.span_id, value)


class SetAttribute(ChangeSpan):
    """Set (or clear) one attribute value of a span."""

    def __init__(self, session: Session, span: Span, name: str, value: str | None, quote: str):
        shown = (
            display_name(value)
            if value is not None
            else QCoreApplication.translate("AttributionCommands", "none")
        )
        super().__init__(
            session,
            span,
            QCoreApplication.translate("AttributionCommands", "Set {0} of “{1}” to {2}").format(
                display_name(name), excerpt(quote), shown
            ),
            span.attributes.get(name),
            value,
        )
        self.name = name

    def _set(self, value) -> Span:
        return self.session.project.set_span_attribute(self.span_id, self.name, value)


class SetUncertain(ChangeSpan):
    """Flag a span as uncertain, or clear the flag."""

    def __init__(self, session: Session, span: Span, uncertain: bool, quote: str):
        text = (
            QCoreApplication.translate("AttributionCommands", "Mark “{0}” uncertain")
            if uncertain
            else QCoreApplication.translate("AttributionCommands", "Mark “{0}” certain")
        ).format(excerpt(quote))
        super().__init__(session, span, text, span.uncertain, uncertain)

    def _set(self, value) -> Span:
        return self.session.project.set_span_uncertain(self.span_id, value)
