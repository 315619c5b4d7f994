"""Search across every document of the project (the core's ``Project.search``).

The first search of a project builds its index, which takes seconds for tens of thousands
of articles: the window runs searches as background tasks and this panel only shows them.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from annotator.display import display_name, quoted_text
from annotator.model import SearchHit

from .plain import plain_label

HIT_ROLE = Qt.ItemDataRole.UserRole + 1


class SearchPanel(QWidget):
    """A query field and the documents that hold every word of it.

    Signals:
        search_requested(str query): Enter in the query field.
        hit_chosen(int document_id, int start, int end): a result activated (Enter, click).
        results_shown(int count): a search's results are listed.
    """

    search_requested = Signal(str)
    hit_chosen = Signal(int, int, int)
    results_shown = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.query = QLineEdit(objectName="search-query")
        self._retranslate()
        self.query.setClearButtonEnabled(True)
        self.status = plain_label()
        self.status.setObjectName("search-status")
        self.results = QListWidget(objectName="search-results")
        self.results.setWordWrap(True)
        self.results.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.query)
        layout.addWidget(self.status)
        layout.addWidget(self.results, 1)
        self.query.returnPressed.connect(self._requested)
        self.results.itemActivated.connect(self._chosen)
        self.results.itemClicked.connect(self._chosen)

    def _retranslate(self) -> None:
        self.query.setPlaceholderText(self.tr("Search all documents (words of 3+ letters)"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _requested(self) -> None:
        query = self.query.text().strip()
        if query:
            self.search_requested.emit(query)

    def _chosen(self, item: QListWidgetItem) -> None:
        document_id, start, end = item.data(HIT_ROLE)
        self.hit_chosen.emit(document_id, start, end)

    def show_hits(self, hits: list[SearchHit]) -> None:
        """List the results (plain text: names and snippets may contain markup characters)."""
        self.results.clear()
        for hit in hits:
            name, snippet = display_name(hit.name), quoted_text(hit.snippet)
            item = QListWidgetItem(f"{name}  ({hit.matches}×)\n{snippet}")
            item.setData(HIT_ROLE, (hit.document_id, hit.start, hit.end))
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute)
            self.results.addItem(item)
        self.status.setText(
            self.tr("%Ln document(s) found", "", len(hits))
            if hits
            else self.tr("No document holds every word.")
        )
        if hits:
            self.results.setCurrentRow(0)
            self.results.setFocus(Qt.FocusReason.OtherFocusReason)
        self.results_shown.emit(len(hits))

    def show_message(self, text: str) -> None:
        self.status.setText(text)

    def start(self) -> None:
        """Put the cursor in the query, its old text selected (typing replaces it)."""
        self.query.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.query.selectAll()
