"""The analyst's window: documents, the article, its spans, the legend; menus and status bar.

``MainWindow`` is put together from one mixin per job, as ``Project`` is from one class per
subject: ``window_menus`` (menus and actions), ``window_following`` (opening a document, the
next or previous one, and following the session's changes), ``window_docks`` (parts built on
first use: claims, search, curation, team), ``window_dialogs`` (dialogs, the article's font
and size). This module builds the window and holds the project, the status bar, focus keys,
drops and closing.
"""

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
    QPalette,
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

from . import accessibility, collector, dock_sides, keyboard, theme
from .annotator_name import apply_annotator
from .article_room import ArticleRoom
from .attribution import Attribution
from .document_ops import DocumentOps
from .feedback import EditReporter, ExactModeIndicator, FadingStatusBar
from .identity import AnnotatorIndicator
from .panels import DocumentPanel, LegendPanel, SpanPanel
from .plain import ElidedLabel, in_interface_direction, plain_label, safe_status_bar, show_error
from .session import Session
from .settings import Preferences, WindowState
from .suggestions import SuggestionTriage
from .tagging import Tagger
from .window_dialogs import MAX_POINT_SIZE, MIN_POINT_SIZE, WindowDialogs
from .window_docks import WindowDocks
from .window_following import WindowFollowing
from .window_menus import WindowMenus
from .word_moves import WordSelection

if TYPE_CHECKING:  # built on first use, after the window is on screen
    from .claims_panel import ClaimsPanel
    from .file_ops import FileOperations
    from .find_bar import FindBar
    from .search_panel import SearchPanel
    from .workers import TaskRunner

from ui.article_view import ArticleView  # isort: skip (written alongside; fixed interface)

SAVED = QT_TRANSLATE_NOOP("MainWindow", "All changes saved")


def _viewport_made_in_python(view: ArticleView) -> None:
    """Give the article view a viewport created from Python, set up as Qt sets up its own.

    Python's first handle on a widget Qt created as a plain ``QWidget`` (the viewport Qt
    makes) sends shiboken through every QWidget subclass looking for its type, creating each
    class and its enums on the way (25-90 ms, the largest single step of start-up). A
    viewport made here has its Python wrapper from birth.
    """
    viewport = QWidget()
    viewport.setObjectName("qt_scrollarea_viewport")
    view.setViewport(viewport)  # Qt parents it, proxies focus, filters it, deletes the old one
    viewport.setBackgroundRole(QPalette.ColorRole.Base)
    viewport.setAutoFillBackground(True)
    viewport.setCursor(Qt.CursorShape.IBeamCursor)


class MainWindow(WindowMenus, WindowFollowing, WindowDocks, WindowDialogs, QMainWindow):
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
        _viewport_made_in_python(self.view)
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
        self.menus: dict[str, QMenu] = {}
        self._label_actions: list[QAction] = []
        self._build_menus()  # the titles; the actions right after the first frame
        keyboard.install(QApplication.instance())  # shortcuts on Arabic and AZERTY layouts

        self.setStatusBar(FadingStatusBar())  # timed messages fade out (ui/feedback.py)
        self._save_color = ""
        self._saved_state = (True, "")
        self.path_label = ElidedLabel(mode=Qt.TextElideMode.ElideMiddle)  # … when narrow
        self.path_label.setObjectName("project-path")
        self.save_label = plain_label()
        self.save_label.setObjectName("save-state")
        # The path is a normal widget: a message (export done, a refusal, the span read-out)
        # covers it for its few seconds. As a stretching permanent widget it left messages
        # no room at all, so none was ever seen.
        self._status_bar = safe_status_bar(self.statusBar())  # kept: the wrapper holds it
        self.statusBar().addWidget(self.path_label, 1)
        self.exact_indicator = ExactModeIndicator(
            None, self.view, exact=self.prefs.get("tagging/exact_characters")
        )
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
        self.spans.draw_ahead_of_tags(self.view)
        self.tagger.current_span_changed.connect(self._describe_current_span)
        self.tagger.message_posted.connect(lambda text: self.statusBar().showMessage(text, 5000))
        self.attribution.message_posted.connect(
            lambda text: self.statusBar().showMessage(text, 8000)
        )
        self.attribution.linking_changed.connect(self._linking_changed)
        self.attribution.candidate_changed.connect(self._candidate_changed)

        self.view.set_font_point_size(self.prefs.get("view/font_point_size"))
        self.set_article_font(self.prefs.get("view/article_font"))
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
        self.article_room = ArticleRoom(self)  # a narrow window: the docks give way first
        self.after_first_paint(self.finish_start)  # the actions (ui/window_menus.py)
        self.after_first_paint(collector.settle)  # then freeze the long-lived objects

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
        if watched is self:
            self._key_before_actions(watched, event)
        elif event.type() == QEvent.Type.Paint and watched is self.view.viewport():
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

    # --- project -------------------------------------------------------------------------

    def set_project(self, project: Project) -> None:
        """Work on ``project`` (closing the previous one) and open the article last open in
        it, else its first unfinished one.

        Raises ``AnnotatorError`` when the project opens but its list of articles cannot be
        read (a crafted file's text that is not UTF-8); the window then stays as it was, on
        the project it had."""
        documents = project.documents()  # read before anything changes: they may fail
        claims = project.claim_rows() if self._claims is not None else None
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
        self._labels_changed(claims)
        self._documents_changed(documents)
        self._show_title()
        self._set_saved(True)
        if not project.readonly:
            path = str(project.path)
            self.after_first_paint(lambda: self.prefs.add_recent_project(path))
        size = self.window_state.font_size(project.path) or self.prefs.get("view/font_point_size")
        self.view.set_font_point_size(max(MIN_POINT_SIZE, min(MAX_POINT_SIZE, size)))
        documents = [self.documents.model.row(i) for i in range(self.documents.model.rowCount())]
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
        title = self.tr("{project}{readonly} — Arabic news annotator").format(
            project=display_name(project.path.name), readonly=readonly
        )
        self.setWindowTitle(in_interface_direction(title))  # a Latin name first, in Arabic
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

    # --- focus keys ----------------------------------------------------------------------

    def focus_documents(self) -> None:
        self.documents.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_article(self) -> None:
        self.view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_spans(self) -> None:
        self.spans.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

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
