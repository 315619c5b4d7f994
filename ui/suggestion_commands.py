"""Undo commands for suggestions: accept one (a span with its origin, and a claim's link to
its speaker, in one transaction) and reject one (remembered in the project)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from .commands import AddSpan, SpanCommand, excerpt
from .label_names import label_name
from .session import SpanEdit


class AcceptSuggestion(AddSpan):
    """Accept a stored suggestion: a span with its origin (and its claim/speaker link) in one
    transaction; undo deletes the span and the link, which makes the suggestion pending
    again; redo restores both with their ids."""

    touches_relations = True  # accepting may link the span at once

    def __init__(self, session, suggestion, label, quote: str):
        super().__init__(
            session, suggestion.document_id, suggestion.start, suggestion.end, label, quote
        )
        self.setText(
            QCoreApplication.translate("SuggestionTriage", "Accept “{quote}” as {label}").format(
                quote=excerpt(quote), label=label_name(label.name)
            )
        )
        self.accepted = QCoreApplication.translate(
            "SuggestionTriage", "Accepted “{quote}” as {label}"
        ).format(quote=excerpt(quote), label=label_name(label.name))
        self.suggestion_id = suggestion.id
        self.linked: list = []

    def _redo(self) -> None:
        project = self.session.project
        if self.span is None:
            self.old_status = project.document_status(self.document_id)
            self.span, self.linked = project.accept_suggestion(self.suggestion_id, self.label_id)
        else:  # same ids: later commands find the span and the link
            self.span, self.linked = project.accept_suggestion(
                self.suggestion_id, self.label_id, span_id=self.span.id, relations=self.relations
            )
        self.done = self.accepted
        if self.linked:  # said: claim -> speaker
            self.done += " " + (
                QCoreApplication.translate("SuggestionTriage", "and linked to its speaker")
                if self.span.label == "claim"
                else QCoreApplication.translate("SuggestionTriage", "and linked to its claim")
            )
        self.focus = self.span.id
        self.edits = [SpanEdit("added", self.span)]


class RejectSuggestion(SpanCommand):
    """Reject a stored suggestion (remembered in the project); undo takes it back."""

    touches_suggestions = True

    def __init__(self, session, suggestion, quote: str):
        text = QCoreApplication.translate("SuggestionTriage", "Reject “{quote}”")
        super().__init__(session, suggestion.document_id, text.format(quote=excerpt(quote)))
        self.done = QCoreApplication.translate("SuggestionTriage", "Rejected “{quote}”").format(
            quote=excerpt(quote)
        )
        self.suggestion_id = suggestion.id

    def _redo(self) -> None:
        self.session.project.reject_suggestion(self.suggestion_id)

    def _undo(self) -> None:
        self.session.project.reject_suggestion(self.suggestion_id, rejected=False)
