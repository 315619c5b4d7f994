"""File menu work: import articles (files, folders, drops), projects, recent projects, export.

Imports and exports run on a pool thread with a progress dialog (see ``workers``); what an
import asks and tells once the core planned it is ``import_flow``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMenu

from annotator import formats
from annotator.display import display_name, display_path
from annotator.errors import AnnotatorError

from .core_messages import core_message
from .encodings import Reopener
from .import_flow import ImportFlow
from .opening import dialog_ask, dialog_tell, open_project
from .plain import message_box, show_error
from .workers import Task

ARTICLE_FILTER = QT_TRANSLATE_NOOP(
    "FileOperations",
    "Articles (*.txt *.text *.jsonl *.json *.html *.htm *.xhtml *.docx *.pdf);;All files (*)",
)
PROJECT_FILTER = QT_TRANSLATE_NOOP("FileOperations", "Annotator projects (*.annot);;All files (*)")
#: The formats' titles that are words, not a tool's name (doccano JSONL, spaCy DocBin stay).
FORMAT_TITLES = {
    "native": QT_TRANSLATE_NOOP("FileOperations", "Native JSONL"),
    "brat": QT_TRANSLATE_NOOP("FileOperations", "brat standoff (zip)"),
    "conll": QT_TRANSLATE_NOOP("FileOperations", "CoNLL / IOB2 (a column per label)"),
}


def export_filters() -> dict[str, str]:
    """File ▸ Export: the format is chosen by the dialog's file type (its suffix is added);
    the file types in the interface language."""
    return {
        f.name: "{title} (*{suffix})".format(
            title=QCoreApplication.translate("FileOperations", FORMAT_TITLES.get(f.name, f.title)),
            suffix=f.suffix,
        )
        for f in formats.REGISTRY.values()
    }


def import_filters() -> dict[str, str]:
    """File ▸ Open articles: besides articles, files of other tools, read in their format."""
    return {name: text for name, text in export_filters().items() if name != "native"}


#: The file types in English (the catalogue's sources), as tests choose them.
EXPORT_FILTERS = {f.name: f"{f.title} (*{f.suffix})" for f in formats.REGISTRY.values()}
IMPORT_FILTERS = {name: text for name, text in EXPORT_FILTERS.items() if name != "native"}


class FileOperations(QObject):
    """The File menu's handlers, on behalf of the main window.

    Signals:
        import_finished(object result): an ``ImportResult`` after a successful import.
        export_finished(str path, int count): a finished export.
        task_failed(str title, str message): an import or export failed or was cancelled.
        preview_shown(object dialog): the preview of web pages, Word documents or PDFs is open.
    """

    import_finished = Signal(object)
    preview_shown = Signal(object)
    export_finished = Signal(str, int)
    task_failed = Signal(str, str)

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.reopener = Reopener(window)
        self.imports = ImportFlow(self)

    @property
    def session(self):
        return self.window.session

    def _start_folder(self, dialog: str) -> str:
        """The folder ``dialog`` was last used in (never the app's hidden data folder)."""
        return self.window.window_state.folder(dialog)

    def _remember_folder(self, dialog: str, chosen: str) -> None:
        self.window.window_state.remember_folder(dialog, Path(chosen).parent)

    # --- articles ------------------------------------------------------------------------

    def open_articles(self) -> None:
        paths, chosen = QFileDialog.getOpenFileNames(
            self.window,
            self.tr("Open articles"),
            self._start_folder("articles"),
            ";;".join([self.tr(ARTICLE_FILTER), *import_filters().values()]),
        )
        if paths:
            self._remember_folder("articles", paths[0])
            fmt = next((f for f, text in import_filters().items() if text == chosen), None)
            self.import_paths(paths, fmt=fmt)

    def open_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self.window, self.tr("Open a folder of articles"), self._start_folder("articles")
        )
        if folder:
            self._remember_folder("articles", folder)  # its parent: the next folder beside it
            self.import_paths([folder])

    def import_paths(self, paths: list[str], fmt: str | None = None) -> Task | None:
        """Import files and folders into the project in the background.

        The core plans the import first (every file read once). Web pages, Word documents and
        PDFs are shown in a preview first (import? the whole page?). When the plan holds
        articles stored as presentation forms, or record files naming labels the project
        lacks, the analyst is asked (repair? add the labels?) before anything is stored; then
        the same plan is stored, in one transaction. ``fmt`` reads every path as that format (see
        ``annotator.formats``) instead of by its ending.
        """
        session = self.session
        if session is None:
            return None
        label = ", ".join(display_name(Path(p).name) for p in paths[:3])
        label += " …" if len(paths) > 3 else ""
        if session.readonly:
            show_error(
                self.window,
                self.tr("Cannot import"),
                self.tr("The project is open read-only, so nothing was imported ({files}).").format(
                    files=label
                ),
            )
            return None
        return self.imports.start(paths, label, fmt)

    def ask_choice(
        self, title: str, text: str, choices: list[str], answer: Callable[[int | None], None]
    ) -> None:
        """Ask without blocking; ``answer`` gets the index of the choice (the last one is
        what Escape picks). Tests replace this."""
        from PySide6.QtWidgets import QMessageBox

        box = message_box(
            self.window, QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton
        )
        roles = [QMessageBox.ButtonRole.AcceptRole] + [QMessageBox.ButtonRole.RejectRole] * (
            len(choices) - 1
        )
        if len(choices) > 2:
            roles[1] = QMessageBox.ButtonRole.DestructiveRole
        buttons = [box.addButton(text, role) for text, role in zip(choices, roles, strict=True)]
        box.setDefaultButton(buttons[0])
        box.setEscapeButton(buttons[-1])
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(
            lambda button: answer(buttons.index(button) if button in buttons else None)
        )
        box.open()

    def failed(self, title: str, message: str) -> None:
        """Tell of a failed or cancelled import or export (``task_failed``)."""
        self.task_failed.emit(title, message)
        if message == "cancelled":
            said = {
                self.tr("Import failed"): self.tr("Import cancelled; nothing changed."),
                self.tr("Export failed"): self.tr("Export cancelled; nothing changed."),
            }
            self.window.statusBar().showMessage(
                said.get(title, self.tr("Cancelled; nothing changed.")), 8000
            )
            return
        message = core_message(message)
        self.window.statusBar().showMessage(f"{title}: {message}", 8000)
        show_error(self.window, title, message)

    # --- projects ------------------------------------------------------------------------

    def new_project(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("New project"),
            self._start_folder("projects"),
            self.tr(PROJECT_FILTER),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if not path:
            return
        self._remember_folder("projects", path)
        if not path.endswith(".annot"):
            path += ".annot"
        if Path(path).exists():
            show_error(
                self.window,
                self.tr("Cannot create the project"),
                self.tr("{path} already exists. Open it with File ▸ Open project.").format(
                    path=path
                ),
            )
            return
        self.open_project_path(path, create=True)

    def open_project(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Open project"),
            self._start_folder("projects"),
            self.tr(PROJECT_FILTER),
        )
        if path:
            self._remember_folder("projects", path)
            self.open_project_path(path, create=False)

    def open_project_path(self, path: str, create: bool = False) -> bool:
        if self.session and Path(path).resolve() == self.session.project.path.resolve():
            return True
        if self.window.tasks.busy:
            show_error(
                self.window,
                self.tr("Please wait"),
                self.tr("An import or export is still running."),
            )
            return False
        project = open_project(
            path, create=create, ask=dialog_ask(self.window), tell=dialog_tell(self.window)
        )
        if project is None:
            return False
        try:
            self.window.set_project(project)
        except AnnotatorError as e:  # opened, then unreadable: the window keeps its project
            session = self.window.session
            if session is None or session.project is not project:
                project.close()  # (read before the switch; after it, the window works on it)
            dialog_tell(self.window)(
                QCoreApplication.translate("opening", "Cannot open the project"),
                core_message(str(e)),
            )
            return False
        return True

    def fill_recent_menu(self, menu: QMenu) -> None:
        menu.clear()
        recent = [p for p in self.window.prefs.get("projects/recent") if Path(p).exists()]
        if not recent:
            menu.addAction("(none)").setEnabled(False)
        for path in recent:
            action = menu.addAction(path.replace("&", "&&"))
            action.triggered.connect(lambda _=False, p=path: self.open_project_path(p))

    # --- export --------------------------------------------------------------------------

    def export_jsonl(self) -> None:
        """File ▸ Export: the file type chosen in the dialog is the format."""
        if self.session is None:
            return
        fmt = self.window.prefs.get("export/format")
        spec = formats.REGISTRY.get(fmt, formats.REGISTRY["native"])
        name = self.session.project.path.with_suffix(spec.suffix).name
        suggested = str(Path(self._start_folder("export"), name))
        shown = export_filters()
        path, chosen = QFileDialog.getSaveFileName(
            self.window, self.tr("Export"), suggested, ";;".join(shown.values()), shown[spec.name]
        )
        if not path:
            return
        self._remember_folder("export", path)
        fmt = next((f for f, text in shown.items() if text == chosen), "native")
        suffix = formats.REGISTRY[fmt].suffix
        if not path.lower().endswith(suffix):
            path += suffix
        self.window.prefs.set("export/format", fmt)
        self.export_to(path, fmt)

    def export_to(self, path: str, fmt: str = "native") -> Task | None:
        """Export in the background (the core writes beside the file, then renames it)."""
        session = self.session
        if session is None:
            return None
        target = Path(path)
        warnings: list[str] = []

        def work(progress) -> int:
            return formats.export_to_path(session.project, target, fmt, progress, warnings=warnings)

        return self.window.tasks.start(
            self.tr("Exporting"),
            self.tr("Exporting to {file}").format(file=target.name),
            work,
            on_success=lambda count: self._exported(str(target), count, warnings),
            on_failure=lambda msg: self.failed(self.tr("Export failed"), msg),
        )

    def _exported(self, path: str, count: int, warnings: list[str] = ()) -> None:
        message = (
            self.tr("Exported %n document to {path}", "", count)
            if count == 1
            else self.tr("Exported %n documents to {path}", "", count)
        ).format(path=display_path(path))
        self.window.statusBar().showMessage(message, 8000)
        if warnings:
            show_error(
                self.window,
                QCoreApplication.translate("FileOperations", "Exported, with losses"),
                f"{message}.\n\n" + "\n".join(f"• {core_message(w)}" for w in warnings),
            )
        self.export_finished.emit(path, count)
