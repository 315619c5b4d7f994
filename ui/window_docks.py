"""The window's parts built on first use, so that start-up does not pay for them: the Claims
dock, Search across documents (run on a pool thread), the Curation dock and the team
operations (merge, agreement).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

if TYPE_CHECKING:  # built on first use, after the window is on screen
    from .claims_panel import ClaimsPanel
    from .search_panel import SearchPanel


class WindowDocks:
    """The docks and parts of ``MainWindow`` built on first use (a mixin of it)."""

    @property
    def claims(self) -> ClaimsPanel:
        """The Claims dock, built on first use."""
        if self._claims is None:
            from .claims_panel import ClaimsPanel

            self._claims = ClaimsPanel()
            self._claims.claim_chosen.connect(self.show_claim)
            dock = self._dock(
                "claims-dock",
                self.tr("Claims"),
                self._claims,
                Qt.DockWidgetArea.RightDockWidgetArea,
            )
            self.tabifyDockWidget(self.spans.parentWidget(), dock)
            self._reload_claims()
        return self._claims

    def _reload_claims(self, rows: list | None = None) -> None:
        if self._claims is not None:
            if rows is None:
                rows = self.session.project.claim_rows() if self.session else []
            self._claims.model.set_claims(rows)

    def focus_claims(self) -> None:
        dock = self.claims.parentWidget()
        dock.show()
        dock.raise_()
        self.claims.table.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if self.document_id is not None and not self.claims.table.currentIndex().isValid():
            current = self.tagger.current_span_id
            row = self.claims.model.row_of(current) if current else -1
            if row < 0:
                row = next(
                    (
                        i
                        for i in range(self.claims.model.rowCount())
                        if self.claims.model.row(i).document_id == self.document_id
                    ),
                    0,
                )
            if self.claims.model.rowCount():
                self.claims.table.setCurrentIndex(self.claims.model.index(row, 0))

    def show_claim(self, document_id: int, claim_id: int) -> None:
        """Open a claim in the article: its document, the claim current, the article focused."""
        if document_id != self.document_id:
            self.open_document(document_id)
        self.tagger.set_current_span(claim_id, jump=True)
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def team(self):
        """Merge and agreement (``ui/team.py``), loaded on first use."""
        if self._team is None:
            from .team import TeamOperations

            self._team = TeamOperations(self)
        return self._team

    @property
    def curation(self):
        """The curation dock, built on first use."""
        if self._curation is None:
            from .team import CurationPanel

            self._curation = CurationPanel()
            self._curation.range_chosen.connect(self.show_search_hit)
            self._dock(
                "curation-dock",
                self.tr("Curation"),
                self._curation,
                Qt.DockWidgetArea.RightDockWidgetArea,
            )
        return self._curation

    def show_curation(self) -> None:
        self.curation.parentWidget().show()
        self.curation.show_document(self.session, self.document_id or 0)
        self.curation.list.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _refresh_curation(self) -> None:
        if self._curation is not None and self._curation.isVisible():
            self._curation.show_document(self.session, self.document_id or 0)

    @property
    def search(self) -> SearchPanel:
        """The Search dock, built on first use (start-up does not pay for it)."""
        if self._search is None:
            from .search_panel import SearchPanel

            self._search = SearchPanel()
            self._search.search_requested.connect(self.run_search)
            self._search.hit_chosen.connect(self.show_search_hit)
            dock = self._dock(
                "search-dock", self.tr("Search"), self._search, Qt.DockWidgetArea.LeftDockWidgetArea
            )
            documents = self.documents.parentWidget()
            self.splitDockWidget(documents, dock, Qt.Orientation.Vertical)
            self.resizeDocks([documents, dock], [480, 230], Qt.Orientation.Vertical)
        return self._search

    def start_search(self) -> None:
        self.search.parentWidget().show()
        self.search.start()

    def run_search(self, query: str) -> None:
        """Search every document on a pool thread (the first search builds the index)."""
        if self.session is None:
            return
        project = self.session.project
        self.search.show_message(self.tr("Searching…"))
        self.tasks.start(
            self.tr("Searching"),
            self.tr("Searching all documents for: {query}").format(query=query),
            lambda progress: project.search(query, progress=progress),
            on_success=self.search.show_hits,
            on_failure=self.search.show_message,
        )

    def show_search_hit(self, document_id: int, start: int, end: int) -> None:
        """Open the document with the match selected, ready for a label key."""
        if document_id != self.document_id:
            self.open_document(document_id)
        self.view.select_range(start, end)
        self.word_selection.remember_match(start, end)
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
