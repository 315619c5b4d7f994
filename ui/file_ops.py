"""File menu work: import articles (files, folders, drops), projects, recent projects, export.

Imports and exports run on a pool thread with a progress dialog (see ``workers``).
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMenu

from annotator import formats, importer
from annotator.model import ImportResult

from .opening import dialog_ask, dialog_tell, open_project
from .plain import show_error
from .workers import Task

ARTICLE_FILTER = "Articles (*.txt *.text *.jsonl *.json);;All files (*)"
PROJECT_FILTER = "Annotator projects (*.annot);;All files (*)"
EXPORT_FILTERS = {
    "native": "Native JSONL (*.jsonl)",
    "doccano": "doccano JSONL (*.jsonl)",
    "prodigy": "Prodigy / spaCy JSONL (*.jsonl)",
}


class FileOperations(QObject):
    """The File menu's handlers, on behalf of the main window.

    Signals:
        import_finished(object result): an ``ImportResult`` after a successful import.
        export_finished(str path, int count): a finished export.
        task_failed(str title, str message): an import or export failed or was cancelled.
    """

    import_finished = Signal(object)
    export_finished = Signal(str, int)
    task_failed = Signal(str, str)

    def __init__(self, window):
        super().__init__(window)
        self.window = window

    @property
    def session(self):
        return self.window.session

    def _start_folder(self) -> str:
        return str(self.session.project.path.parent) if self.session else str(Path.home())

    # --- articles ------------------------------------------------------------------------

    def open_articles(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self.window, "Open articles", self._start_folder(), ARTICLE_FILTER
        )
        if paths:
            self.import_paths(paths)

    def open_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self.window, "Open a folder of articles", self._start_folder()
        )
        if folder:
            self.import_paths([folder])

    def import_paths(self, paths: list[str]) -> Task | None:
        """Import files and folders into the project in the background."""
        session = self.session
        if session is None:
            return None
        if session.readonly:
            show_error(self.window, "Cannot import", "The project is open read-only.")
            return None
        label = ", ".join(Path(p).name for p in paths[:3]) + (" …" if len(paths) > 3 else "")
        task = self.window.tasks.start(
            "Importing articles",
            f"Importing {label}",
            lambda progress: importer.import_paths(
                session.project, paths, skip_bad=True, progress=progress
            ),
            on_success=self._imported,
            on_failure=lambda msg: self._failed("Import failed", msg),
        )
        return task

    def _imported(self, result: ImportResult) -> None:
        if self.session is None:
            return
        self.session.refresh_documents()
        if result.added:
            self.window.open_document(result.added[0])
        message = f"Imported {len(result.added)} article(s)"
        warnings = getattr(result, "warnings", [])
        if result.skipped or warnings:
            message += f"; skipped {len(result.skipped)}" if result.skipped else ""
            notes = [f"{name}: {why}" for name, why in [*result.skipped, *warnings]]
            more = f"\n… and {len(notes) - 20} more" if len(notes) > 20 else ""
            title = "Some files were not imported" if result.skipped else "Imported, with warnings"
            show_error(self.window, title, f"{message}.\n\n" + "\n".join(notes[:20]) + more)
        self.window.statusBar().showMessage(message + ".", 8000)
        self.import_finished.emit(result)

    def _failed(self, title: str, message: str) -> None:
        self.task_failed.emit(title, message)
        if message == "cancelled":
            self.window.statusBar().showMessage(
                f"{title.split()[0]} cancelled; nothing changed.", 8000
            )
            return
        self.window.statusBar().showMessage(f"{title}: {message}", 8000)
        show_error(self.window, title, message)

    # --- projects ------------------------------------------------------------------------

    def new_project(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self.window,
            "New project",
            self._start_folder(),
            PROJECT_FILTER,
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if not path:
            return
        if not path.endswith(".annot"):
            path += ".annot"
        if Path(path).exists():
            show_error(
                self.window,
                "Cannot create the project",
                f"{path} already exists. Open it with File ▸ Open project.",
            )
            return
        self.open_project_path(path, create=True)

    def open_project(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window, "Open project", self._start_folder(), PROJECT_FILTER
        )
        if path:
            self.open_project_path(path, create=False)

    def open_project_path(self, path: str, create: bool = False) -> bool:
        if self.session and Path(path).resolve() == self.session.project.path.resolve():
            return True
        if self.window.tasks.busy:
            show_error(self.window, "Please wait", "An import or export is still running.")
            return False
        project = open_project(
            path, create=create, ask=dialog_ask(self.window), tell=dialog_tell(self.window)
        )
        if project is None:
            return False
        self.window.set_project(project)
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
        if self.session is None:
            return
        fmt = self.window.prefs.get("export/format")
        suggested = str(self.session.project.path.with_suffix(".jsonl"))
        path, chosen = QFileDialog.getSaveFileName(
            self.window,
            "Export JSONL",
            suggested,
            ";;".join(EXPORT_FILTERS.values()),
            EXPORT_FILTERS.get(fmt, EXPORT_FILTERS["native"]),
        )
        if not path:
            return
        fmt = next((f for f, text in EXPORT_FILTERS.items() if text == chosen), "native")
        self.window.prefs.set("export/format", fmt)
        self.export_to(path, fmt)

    def export_to(self, path: str, fmt: str = "native") -> Task | None:
        """Export in the background to a temporary file, then move it into place."""
        session = self.session
        if session is None:
            return None
        target = Path(path)

        def work(progress) -> int:
            fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
            try:
                with os.fdopen(fd, "wb") as f:
                    count = formats.export(session.project, f, fmt, progress=progress)
                os.chmod(tmp, 0o644)  # mkstemp makes it private; an export is an ordinary file
                os.replace(tmp, target)
            except BaseException:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)
                raise
            return count

        return self.window.tasks.start(
            "Exporting",
            f"Exporting to {target.name}",
            work,
            on_success=lambda count: self._exported(str(target), count),
            on_failure=lambda msg: self._failed("Export failed", msg),
        )

    def _exported(self, path: str, count: int) -> None:
        self.window.statusBar().showMessage(f"Exported {count} documents to {path}.", 8000)
        self.export_finished.emit(path, count)
