"""The analyst's window: documents, the article, its spans, the legend; menus and status bar."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QUndoGroup,
)
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QMainWindow,
    QMenu,
    QVBoxLayout,
    QWidget,
)

from annotator.display import display_name, visible_name
from annotator.store import Project

from . import accessibility, dock_sides, keyboard, theme
from . import actions as action_table
from .about import AboutDialog
from .attribution import Attribution
from .commands import SetStatus, excerpt
from .document_ops import DocumentOps
from .feedback import EditReporter, ExactModeIndicator, FadingStatusBar
from .identity import AnnotatorIndicator
from .panels import DocumentPanel, LegendPanel, SpanPanel
from .plain import plain_label, safe_status_bar, show_error
from .preferences import apply_annotator
from .session import Session
from .settings import PREFS, Preferences, WindowState
from .suggestions import SuggestionTriage
from .tagging import Tagger
from .word_moves import WordSelection

if TYPE_CHECKING:  # built on first use, after the window is on screen
    from .cheatsheet import ShortcutSheet
    from .claims_panel import ClaimsPanel
    from .file_ops import FileOperations
    from .find_bar import FindBar
    from .label_editor import LabelEditor
    from .search_panel import SearchPanel
    from .workers import TaskRunner

from ui.article_view import ArticleView  # isort: skip (written alongside; fixed interface)
from ui.article_loading import BACKGROUND_CHARS  # isort: skip

MIN_POINT_SIZE, MAX_POINT_SIZE = 8, 48
SAVED = QT_TRANSLATE_NOOP("MainWindow", "All changes saved")


class MainWindow(QMainWindow):
    """The main window; ``set_project`` gives it a project to work on.

    Signals:
        project_opened(str path)
        document_opened(int document_id)
        language_changed(): the window's texts were put into the new interface language
    """

    project_opened = Signal(str)
    document_opened = Signal(int)
    language_changed = Signal()

    def __init__(self, prefs: Preferences | None = None, state: WindowState | None = None):
        super().__init__()
        self.setObjectName("main-window")
        self.setWindowTitle(self.tr("Arabic news annotator"))
        self.prefs = prefs or Preferences()
        self.window_state = state or WindowState()
        self.session: Session | None = None
        self.document_id: int | None = None
        self.document_name = ""
        self.document_title = ""

        self.view = ArticleView()
        central = QWidget()
        self._central_layout = QVBoxLayout(central)
        self._central_layout.setContentsMargins(0, 0, 0, 0)
        self._central_layout.setSpacing(0)
        self._central_layout.addWidget(self.view, 1)
        self.setCentralWidget(central)
        self._find_bar: FindBar | None = None
        self._search: SearchPanel | None = None
        self._tasks: TaskRunner | None = None
        self._files: FileOperations | None = None
        self._team = None
        self._curation = None
        self._painted = False
        self._after_paint: list[Callable[[], None]] = []
        self.view.viewport().installEventFilter(self)

        self.documents = DocumentPanel()
        self.spans = SpanPanel()
        self.legend = LegendPanel()
        left, right = Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea
        docks = [
            self._dock("documents-dock", self.tr("Documents"), self.documents, left),
            self._dock("spans-dock", self.tr("Spans"), self.spans, right),
            self._dock("legend-dock", self.tr("Labels"), self.legend, right),
        ]

        self.undo_group = QUndoGroup(self)
        self.tagger = Tagger(self.view, self)
        self.word_selection = WordSelection(self.view, self)
        self.document_ops = DocumentOps(self)
        self.attribution = Attribution(self.tagger, self)
        self._claims: ClaimsPanel | None = None
        self.actions: dict[str, QAction] = {}
        self.menus: dict[str, QMenu] = {}
        self._label_actions: list[QAction] = []
        self._build_menus()
        keyboard.install(QApplication.instance())  # shortcuts on Arabic and AZERTY layouts
        self._linking_changed(False)

        self.setStatusBar(FadingStatusBar())  # timed messages fade out (ui/feedback.py)
        self._save_color = ""
        self._saved_state = (True, "")
        self.path_label = plain_label()
        self.path_label.setObjectName("project-path")
        self.save_label = plain_label()
        self.save_label.setObjectName("save-state")
        # The path is a normal widget: a message (export done, a refusal, the span read-out)
        # covers it for its few seconds. As a stretching permanent widget it left messages
        # no room at all, so none was ever seen.
        self._status_bar = safe_status_bar(self.statusBar())  # kept: the wrapper holds it
        self.statusBar().addWidget(self.path_label, 1)
        self.exact_indicator = ExactModeIndicator(self.actions["exact-characters"], self.view)
        self.identity = AnnotatorIndicator(self.show_preferences)
        self.statusBar().addPermanentWidget(self.identity)
        self.statusBar().addPermanentWidget(self.exact_indicator)
        self.statusBar().addPermanentWidget(self.save_label)
        self.reporter = EditReporter(self.undo_group, self.statusBar().showMessage, self)
        self.suggestions = SuggestionTriage(self.view, self.tagger, self)
        self.suggestions.install(self)  # F8 …, counts in the status bar

        self.documents.document_chosen.connect(self.open_document)
        self.spans.span_chosen.connect(
            lambda span_id: self.tagger.set_current_span(span_id, jump=True)
        )
        self.view.span_clicked.connect(self.tagger.set_current_span)
        self.view.article_loaded.connect(self._article_loaded)
        self.tagger.current_span_changed.connect(lambda span_id: self.spans.select_id(span_id))
        self.tagger.current_span_changed.connect(self._describe_current_span)
        self.tagger.message_posted.connect(lambda text: self.statusBar().showMessage(text, 5000))
        self.attribution.message_posted.connect(
            lambda text: self.statusBar().showMessage(text, 8000)
        )
        self.attribution.linking_changed.connect(self._linking_changed)
        self.attribution.candidate_changed.connect(self._candidate_changed)

        self.view.set_font_point_size(self.prefs.get("view/font_point_size"))
        self.set_article_font(self.prefs.get("view/article_font"))
        exact = self.actions["exact-characters"]
        exact.setChecked(self.prefs.get("tagging/exact_characters"))
        exact.toggled.connect(lambda on: self.prefs.set("tagging/exact_characters", on))
        self.exact_indicator.sync()
        accessibility.describe_window(self)
        self.setAcceptDrops(True)
        self.resize(1280, 820)
        if geometry := self.window_state.geometry():
            self.restoreGeometry(geometry)
        if state := self.window_state.state():
            self.restoreState(state)
            made_in = self.window_state.direction()
        else:  # first run: room for span text, a legend just tall enough
            documents, spans, legend = docks
            self.resizeDocks([documents, spans], [260, 400], Qt.Orientation.Horizontal)
            self.resizeDocks([spans, legend], [520, 190], Qt.Orientation.Vertical)
            made_in = "ltr"  # the documents on the left
        if made_in != dock_sides.direction_name(self):  # Arabic: the documents on the right
            dock_sides.mirror(self)

    def _describe_current_span(self, span_id: int) -> None:
        span = self.tagger.current_span()
        quote = self.tagger.text[span.start : span.end] if span else ""
        accessibility.describe_span(self.view, span.label if span else None, quote)

    # --- parts built on first use ----------------------------------------------------------

    @property
    def find_bar(self) -> FindBar:
        if self._find_bar is None:
            from .find_bar import FindBar

            self._find_bar = FindBar(self.view)
            # A found match (or none) replaces the current span: the next label key must
            # tag the match, or do nothing, never relabel a span found before.
            self._find_bar.match_found.connect(lambda *_: self.tagger.set_current_span(None))
            self._find_bar.match_found.connect(self.word_selection.remember_match)
            self._find_bar.match_missed.connect(lambda: self.tagger.set_current_span(None))
            self._central_layout.addWidget(self._find_bar)
        return self._find_bar

    @property
    def tasks(self) -> TaskRunner:
        if self._tasks is None:
            from .workers import TaskRunner

            self._tasks = TaskRunner(self)
        return self._tasks

    @property
    def files(self) -> FileOperations:
        if self._files is None:
            from .file_ops import FileOperations

            self._files = FileOperations(self)
        return self._files

    def after_first_paint(self, work: Callable[[], None]) -> None:
        """Run ``work`` once the article has been painted (at once if it has): what the
        analyst does not need to see the article waits until they see it."""
        if self._painted:
            work()
        else:
            self._after_paint.append(work)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Paint and watched is self.view.viewport():
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._run_after_paint)  # once this paint has finished
        return False

    def _run_after_paint(self) -> None:
        self._painted = True
        work, self._after_paint = self._after_paint, []
        for step in work:
            step()

    def _dock(self, name: str, title: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)  # saveState/restoreState find docks by name
        dock.setWidget(widget)
        dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetFloatable
        )
        self.addDockWidget(area, dock)
        return dock

    # --- actions and menus ---------------------------------------------------------------

    def _build_menus(self) -> None:
        bar = self.menuBar()
        for title in action_table.MENUS:
            self.menus[title] = bar.addMenu(action_table.menu_title(title))
        for spec in action_table.ACTIONS:
            if spec.id == "undo":
                action = action_table.build_action(
                    self, spec, self.undo_group.createUndoAction(self)
                )
            elif spec.id == "redo":
                action = action_table.build_action(
                    self, spec, self.undo_group.createRedoAction(self)
                )
            else:
                action = action_table.build_action(self, spec)
            self._add_action(spec, action)
            if spec.id == "open-folder":
                recent = self.menus["File"].addMenu(self.tr("&Recent projects"))
                recent.setObjectName("recent-projects")
                recent.aboutToShow.connect(lambda m=recent: self.files.fill_recent_menu(m))
        # Label actions go above the separator that opens the span commands.
        tag_menu = self.menus["Tag"].actions()
        first = tag_menu.index(self.actions["next-span"])
        self._tag_anchor = (
            tag_menu[first - 1] if first and tag_menu[first - 1].isSeparator() else tag_menu[first]
        )

    def _add_action(self, spec, action: QAction, before: QAction | None = None) -> None:
        self.actions[spec.id] = action
        self.addAction(action)  # shortcuts work whether or not the menu is open
        menu = self.menus.get(spec.menu or "")
        if menu is not None:
            if spec.separator_before:
                menu.insertSeparator(before) if before else menu.addSeparator()
            menu.insertAction(before, action) if before else menu.addAction(action)

    def _rebuild_label_actions(self) -> None:
        """One action per label key; created at once when labels are added or re-keyed."""
        for action in self._label_actions:
            self.removeAction(action)
            self.menus["Tag"].removeAction(action)
            self.actions.pop(action.objectName(), None)
            action.deleteLater()
        self._label_actions = []
        labels = self.session.labels() if self.session else []
        for spec in action_table.label_action_specs(labels):
            action = action_table.build_action(self, spec)
            self._add_action(spec, action, before=self._tag_anchor)
            self._label_actions.append(action)
        attributes = self.session.attributes() if self.session else []
        for spec in action_table.attribute_action_specs(attributes):
            action = action_table.build_action(self, spec)
            self._add_action(spec, action)
            self._label_actions.append(action)

    def shortcut_actions(self) -> list[tuple[str, QAction]]:
        """(menu, action) for the cheat sheet: fixed actions, then the label and attribute
        keys."""
        ordered = [(spec.menu or "Tag", self.actions[spec.id]) for spec in action_table.ACTIONS]
        return ordered + [("Tag", a) for a in self._label_actions]

    # --- attribution ---------------------------------------------------------------------

    def _linking_changed(self, active: bool) -> None:
        for name in action_table.LINKING_ACTIONS:
            self.actions[name].setEnabled(active)

    def _candidate_changed(self, span_id: int) -> None:
        # The span list shows the candidate's row, without making it the current span.
        self.spans.select_id(span_id or self.tagger.current_span_id)

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
            kind = display_name(r.type)
            lines.setdefault(a.id, []).append(f"{kind} → {excerpt(text[b.start : b.end], 24)}")
            lines.setdefault(b.id, []).append(f"← {kind} {excerpt(text[a.start : a.end], 24)}")
        self.spans.model.set_links(lines)
        types = {t.name: t.color for t in self.session.relation_types()}
        self.view.set_relations(
            [(r.from_span, r.to_span, types.get(r.type, "#777777")) for r in relations]
        )

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

    def _reload_claims(self) -> None:
        if self._claims is not None:
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

    # --- project -------------------------------------------------------------------------

    def set_project(self, project: Project) -> None:
        """Work on ``project`` (closing the previous one) and open the article last open in
        it, else its first unfinished one."""
        if self.session is not None:
            self.undo_group.removeStack(self.session.undo_stack)
            self.session.close()
            self.session.deleteLater()
        apply_annotator(self.prefs, project)
        self.identity.show_name(project.annotator)
        session = self.session = Session(project, self)
        self.undo_group.addStack(session.undo_stack)
        self.undo_group.setActiveStack(session.undo_stack)
        session.spans_changed.connect(self._spans_changed)
        session.documents_changed.connect(self._documents_changed)
        session.document_changed.connect(self._document_changed)
        session.labels_changed.connect(self._labels_changed)
        session.relations_changed.connect(self._relations_changed)
        session.edit_saved.connect(lambda: self._set_saved(True))
        session.edit_failed.connect(self._edit_failed)
        session.edit_refused.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.document_id = None
        self._labels_changed()
        self._documents_changed()
        self._reload_claims()
        self._show_title()
        self._set_saved(True)
        if not project.readonly:
            path = str(project.path)
            self.after_first_paint(lambda: self.prefs.add_recent_project(path))
        size = self.window_state.font_size(project.path) or self.prefs.get("view/font_point_size")
        self.view.set_font_point_size(max(MIN_POINT_SIZE, min(MAX_POINT_SIZE, size)))
        documents = project.documents()
        last = self.window_state.last_document(project.path)
        first = next((d for d in documents if d.id == last), None) or next(
            (d for d in documents if d.status != "done"), documents[0] if documents else None
        )
        if first:
            self.open_document(first.id)
        else:
            self.tagger.set_document(session, None, "", [])
            self.view.set_article("", [], [])
            self.spans.model.set_spans("", [], [])
        self.project_opened.emit(str(project.path))

    def _show_title(self) -> None:
        """The window title and the status bar's path: the project, and whether read-only."""
        if self.session is None:
            self.setWindowTitle(self.tr("Arabic news annotator"))
            return
        project = self.session.project
        readonly = self.tr(" (read-only)") if project.readonly else ""
        self.setWindowTitle(
            self.tr("{project}{readonly} — Arabic news annotator").format(
                project=display_name(project.path.name), readonly=readonly
            )
        )
        self.path_label.setText(f"{visible_name(project.path)}{readonly}")

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        """A language switched in Preferences: every text of the window, at once."""
        if event.type() == QEvent.Type.LanguageChange:
            from .live_language import retranslate_window

            retranslate_window(self)
            self.language_changed.emit()
        elif event.type() == QEvent.Type.LayoutDirectionChange:
            dock_sides.mirror(self)  # the documents where reading starts
        super().changeEvent(event)

    def _set_saved(self, ok: bool, message: str = "") -> None:
        self._saved_state = (ok, message)
        if self.session and self.session.readonly:
            text, color = self.tr("Read-only: changes are not allowed"), theme.current().warning
        else:
            saved, failed = self.tr(SAVED), self.tr("Not saved: {reason}").format(reason=message)
            text, color = (saved, theme.current().ok) if ok else (failed, theme.current().error)
        if self.save_label.text() != text or self._save_color != color:  # usually nothing new
            self.save_label.setText(text)
            self.save_label.setStyleSheet(f"color: {color}")
            self._save_color = color

    def _edit_failed(self, message: str) -> None:
        self._set_saved(False, message)
        show_error(self, self.tr("The change was not saved"), message)

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

    def open_document(self, document_id: int) -> None:
        if self.session is None:
            return
        project = self.session.project
        document = project.document_info(document_id)
        spans = project.spans(document_id)
        labels = self.session.labels()
        self.document_id, self.document_name = document.id, document.name
        row = self.documents.model.row_of(document.id)
        self.document_title = document.name
        if row >= 0:  # said by its title, as the list shows it
            self.document_title = self.documents.model.row(row).title or document.name
        text = ""  # a very long article's comes with view.article_loaded
        if document.length >= BACKGROUND_CHARS:  # 15 MB: read off the GUI thread too
            self.view.load_article(lambda: project.read_text(document_id), spans, labels)
        else:
            text = project.document(document_id).text
            self.view.set_article(text, spans, labels)
        self.spans.model.set_spans(text, spans, labels)
        self.tagger.set_document(self.session, document.id, text, spans)
        self.documents.select_id(document.id)
        self._show_links()
        self.window_state.remember_document(self.session.project.path, document.id)
        self._refresh_curation()
        self.document_opened.emit(document.id)

    def _article_loaded(self) -> None:
        """A very long article read off the GUI thread is shown: the list and tagger get it."""
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

    def _documents_changed(self) -> None:
        self.documents.model.set_documents(self.session.project.documents() if self.session else [])
        self.documents.select_id(self.document_id)
        empty = self.documents.model.rowCount() == 0
        self.view.setPlaceholderText(self._empty_hint() if empty else "")

    def _empty_hint(self) -> str:
        keys = self.actions["open-articles"].shortcut().toString(QKeySequence.NativeText)
        return self.tr("Open articles with {keys} or drop files here").format(keys=keys)

    def _document_changed(self, document_id: int) -> None:
        self.documents.model.update_document(self.session.project.document_info(document_id))

    def _labels_changed(self) -> None:
        labels = self.session.labels() if self.session else []
        self.legend.model.set_labels(labels)
        self.spans.fit_labels([visible_name(label.name) for label in labels])
        self._rebuild_label_actions()
        if self.session and self.document_id is not None:
            spans = self.session.project.spans(self.document_id)
            self.view.set_spans(spans, labels)
            self.spans.model.set_spans(self.tagger.text, spans, labels)
            self.tagger.set_spans(spans)
            self._show_links()
        self._reload_claims()

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

    # --- view ----------------------------------------------------------------------------

    def _zoom(self, size: float) -> None:
        size = max(MIN_POINT_SIZE, min(MAX_POINT_SIZE, round(size)))
        self.view.set_font_point_size(size)
        self.prefs.set("view/font_point_size", size)  # the size new projects start with
        if self.session is not None:  # and this project's own
            self.window_state.remember_font_size(self.session.project.path, size)

    def zoom_in(self) -> None:
        self._zoom(self.view.font_point_size() + 2)

    def zoom_out(self) -> None:
        self._zoom(self.view.font_point_size() - 2)

    def zoom_reset(self) -> None:
        self._zoom(PREFS["view/font_point_size"].default)

    # --- search across documents ----------------------------------------------------------

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

    def focus_documents(self) -> None:
        self.documents.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_article(self) -> None:
        self.view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_spans(self) -> None:
        self.spans.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # --- dialogs -------------------------------------------------------------------------

    def edit_labels(self) -> LabelEditor | None:
        from .label_editor import LabelEditor

        if self.session is None:
            return None
        editor = LabelEditor(self.session, self)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.open()
        return editor

    def edit_relation_types(self):
        from .relation_type_editor import RelationTypeEditor

        if self.session is None:
            return None
        editor = RelationTypeEditor(self.session, self)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.open()
        return editor

    def show_shortcuts(self) -> ShortcutSheet:
        from .cheatsheet import ShortcutSheet

        sheet = ShortcutSheet(self.shortcut_actions(), self)
        sheet.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        sheet.open()
        return sheet

    def show_preferences(self):
        from .preferences import PreferencesDialog

        dialog = PreferencesDialog(self.prefs, self, on_name=self._annotator_named)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def set_article_font(self, choice: str) -> None:
        """Naskh, Kufi or the system font for the article (ui/fonts.py)."""
        from .fonts import article_font_family

        self.view.set_font_family(article_font_family(choice))

    def theme_changed(self) -> None:
        """Repaint what the window colours itself (span tints and bars, the save state)."""
        self._labels_changed()
        self._set_saved(*self._saved_state)

    def _annotator_named(self, name: str) -> None:
        if self.session is not None:
            apply_annotator(self.prefs, self.session.project)
            self.identity.show_name(self.session.project.annotator)
            self.statusBar().showMessage(
                self.tr("Spans you tag from now on are signed “{name}”.").format(
                    name=display_name(self.session.project.annotator or self.tr("no name"))
                ),
                8000,
            )

    def show_about(self) -> AboutDialog:
        dialog = AboutDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # --- drops and closing ---------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and all(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.files.import_paths([str(Path(p)) for p in paths])

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._tasks is not None and self._tasks.busy:
            self.statusBar().showMessage(self.tr("Wait for the import or export to finish."), 5000)
            event.ignore()
            return
        self._run_after_paint()  # never painted (closed at once): still do what was left
        self.window_state.save(
            self.saveGeometry(), self.saveState(), dock_sides.direction_name(self)
        )
        if self.session is not None:
            self.undo_group.removeStack(self.session.undo_stack)
            self.session.close()
            self.session = None
        event.accept()
