"""How the window follows the session: opening a document (a very long one read off the GUI
thread), each span edit applied span by span to the view, the span list and the tagger
without reading the document again, and the document list, labels and relations when they
change; the next and previous document, and marking one done.
"""

from __future__ import annotations

from annotator.errors import AnnotatorError

from .article_loading import BACKGROUND_CHARS
from .commands import SetStatus, excerpt
from .core_messages import core_message
from .label_names import label_cell, label_name


class WindowFollowing:
    """How ``MainWindow`` follows the open document and the session (a mixin of it)."""

    def open_document(self, document_id: int) -> None:
        if self.session is None:
            return
        project = self.session.project
        try:  # a crafted or damaged file: say why, keep what is shown, stay usable
            document = project.document_info(document_id)
            spans = project.spans(document_id)
            if document.length < BACKGROUND_CHARS:
                text = project.document(document_id).text
        except AnnotatorError as e:
            message = self.tr("Cannot open document {id}: {reason}")
            reason = core_message(str(e))
            self.statusBar().showMessage(message.format(id=document_id, reason=reason))
            return
        labels = self.session.labels()
        self.document_id, self.document_name = document.id, document.name
        row = self.documents.model.row_of(document.id)
        self.document_title = document.name
        if row >= 0:  # said by its title, as the list shows it
            self.document_title = self.documents.model.row(row).title or document.name
        if document.length >= BACKGROUND_CHARS:  # 15 MB: read a piece at a time too
            text = ""  # a very long article's comes with view.article_loaded
            self.view.load_article(lambda: project.reading_text(document_id), spans, labels)
        else:
            self.view.set_article(text, spans, labels)
        self.spans.model.set_spans(text, spans, labels)
        self.tagger.set_document(self.session, document.id, text, spans)
        self.documents.select_id(document.id)
        self._show_links()
        # After the first frame: it syncs the settings file (a first run's 2 fdatasync + lock).
        path, document_id = self.session.project.path, document.id
        self.after_first_paint(lambda: self.window_state.remember_document(path, document_id))
        self._refresh_curation()
        self.document_opened.emit(document.id)

    def _article_loaded(self) -> None:
        """A very long article read a piece at a time is shown: the list and tagger get it."""
        self.tagger.text = self.view.text()
        self.spans.model.set_text(self.tagger.text)

    def _spans_changed(self, document_id: int, edits, focus_span_id: int) -> None:
        if document_id != self.document_id:
            # Undo in another document: show where it happened (read after the edit).
            self.open_document(document_id)
            self.tagger.apply_edits((), focus_span_id)
        elif edits is None:  # a failed write: show what the file holds
            spans = self.session.project.spans(document_id)
            labels = self.session.labels()
            self.view.set_spans(spans, labels)
            self.spans.model.set_spans(self.tagger.text, spans, labels)
            self.tagger.set_spans(spans, focus_span_id)
        else:  # one edit: follow it span by span, without reading the document again
            for edit in edits:
                if edit.kind == "added":
                    self.view.add_span(edit.span)
                    self.spans.model.add_span(edit.span)
                elif edit.kind == "removed":
                    self.view.remove_span(edit.span.id)
                    self.spans.model.remove_span(edit.span.id)
                else:
                    self.view.update_span(edit.span)
                    self.spans.model.update_span(edit.span)
            self.tagger.apply_edits(edits, focus_span_id)
            if any(edit.kind != "added" for edit in edits) and self._claims is not None:
                # A claim changed (quote type, flag) or went: its row says so.
                self._relations_changed(document_id)
            elif self._claims is not None and any(e.span.label == "claim" for e in edits):
                self._relations_changed(document_id)
        self.spans.select_id(self.tagger.current_span_id)
        self._refresh_curation()

    def _documents_changed(self, documents: list | None = None) -> None:
        """The document list again (``documents``: read already, by ``set_project``)."""
        if documents is None:
            documents = self.session.project.documents() if self.session else []
        self.documents.model.set_documents(documents)
        self.documents.select_id(self.document_id)
        empty = self.documents.model.rowCount() == 0
        self.view.setPlaceholderText(self._empty_hint() if empty else "")

    def _empty_hint(self) -> str:
        from PySide6.QtGui import QKeySequence  # (an empty project only)

        keys = self.actions["open-articles"].shortcut().toString(QKeySequence.NativeText)
        return self.tr("Open articles with {keys} or drop files here").format(keys=keys)

    def _document_changed(self, document_id: int) -> None:
        # A tag says what it did to the row (one span more, a new document in progress):
        # reading the row back counted the document's spans (~1 ms with 10,000 of them).
        known = self.session.take_row_edit(document_id)
        if known is not None and self.documents.model.count_spans(document_id, *known):
            return
        self.documents.model.update_document(self.session.project.document_info(document_id))

    def _labels_changed(self, claims: list | None = None) -> None:
        """The labels again, and what shows them (``claims``: read already, by
        ``set_project``)."""
        labels = self.session.labels() if self.session else []
        self.legend.model.set_labels(labels)
        self.spans.fit_labels([label_cell(label.name) for label in labels])
        self._rebuild_label_actions()
        if self.session and self.document_id is not None:
            spans = self.session.project.spans(self.document_id)
            self.view.set_spans(spans, labels)
            self.spans.model.set_spans(self.tagger.text, spans, labels)
            self.tagger.set_spans(spans)
            self._show_links()
        self._reload_claims(claims)

    def _relations_changed(self, document_id: int) -> None:
        if document_id == self.document_id:
            self._show_links()
        if self._claims is not None and self.session is not None:
            self._claims.model.set_document_claims(
                document_id, self.session.project.claim_rows(document_id)
            )

    def _show_links(self) -> None:
        """The open document's links: in the span list, and marked in the article."""
        if self.session is None or self.document_id is None:
            self.spans.model.set_links({})
            self.view.set_relations([])
            return
        relations = self.session.relations(self.document_id)
        order = self.tagger.order
        text = self.tagger.text
        lines: dict[int, list[str]] = {}
        for r in relations:
            a, b = order.get(r.from_span), order.get(r.to_span)
            if a is None or b is None:
                continue
            kind = label_name(r.type)
            lines.setdefault(a.id, []).append(f"{kind} → {excerpt(text[b.start : b.end], 24)}")
            lines.setdefault(b.id, []).append(f"← {kind} {excerpt(text[a.start : a.end], 24)}")
        self.spans.model.set_links(lines)
        types = {t.name: t.color for t in self.session.relation_types()}
        self.view.set_relations(
            [(r.from_span, r.to_span, types.get(r.type, "#777777")) for r in relations]
        )

    def _candidate_changed(self, span_id: int) -> None:
        # The span list shows the candidate's row, without making it the current span.
        self.spans.select_id(span_id or self.tagger.current_span_id)

    # --- documents -----------------------------------------------------------------------

    def _step_document(self, direction: int) -> None:
        ids = self.documents.model.row_ids()
        if not ids:
            return
        i = ids.index(self.document_id) + direction if self.document_id in ids else 0
        self.open_document(ids[i % len(ids)])

    def next_document(self) -> None:
        self._step_document(+1)

    def previous_document(self) -> None:
        self._step_document(-1)

    def toggle_done(self) -> None:
        if self.session is None or self.document_id is None:
            return
        row = self.documents.model.row_of(self.document_id)
        current = self.documents.model.row(row).status if row >= 0 else "new"
        status = "in_progress" if current == "done" else "done"
        self.session.undo_stack.push(
            SetStatus(self.session, self.document_id, self.document_title, status)
        )
