"""File menu work: import articles (files, folders, drops), projects, recent projects, export.

Imports and exports run on a pool thread with a progress dialog (see ``workers``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMenu

from annotator import formats, importer
from annotator.model import ImportResult

from .encodings import Reopener, encodings_summary
from .import_choices import (
    Choices,
    ImportOutcome,
    for_the_app,
    join_names,
    needs_asking,
    previews,
    short_names,
    skip_reason,
)
from .opening import dialog_ask, dialog_tell, open_project
from .plain import message_box, plural, show_error
from .workers import Task

ARTICLE_FILTER = (
    "Articles (*.txt *.text *.jsonl *.json *.html *.htm *.xhtml *.docx *.pdf);;All files (*)"
)
PROJECT_FILTER = "Annotator projects (*.annot);;All files (*)"
#: File ▸ Export: the format is chosen by the dialog's file type (its suffix is added).
EXPORT_FILTERS = {f.name: f"{f.title} (*{f.suffix})" for f in formats.REGISTRY.values()}
#: File ▸ Open articles: besides articles, files of other tools, read in their format.
IMPORT_FILTERS = {
    f.name: f"{f.title} (*{f.suffix})" for f in formats.REGISTRY.values() if f.name != "native"
}


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
            ";;".join([ARTICLE_FILTER, *IMPORT_FILTERS.values()]),
        )
        if paths:
            self._remember_folder("articles", paths[0])
            fmt = next((f for f, text in IMPORT_FILTERS.items() if text == chosen), None)
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
        label = ", ".join(Path(p).name for p in paths[:3]) + (" …" if len(paths) > 3 else "")
        if session.readonly:
            show_error(
                self.window,
                self.tr("Cannot import"),
                f"The project is open read-only, so nothing was imported ({label}).",
            )
            return None

        def work(progress) -> ImportOutcome:
            known = {label.name for label in session.project.labels()}
            plan = importer.plan_import(paths, known, fmt=fmt, progress=progress)
            if needs_asking(plan):
                return ImportOutcome(plan)
            result = importer.apply_plan(session.project, plan, skip_bad=True, progress=progress)
            return ImportOutcome(plan, result)

        return self.window.tasks.start(
            self.tr("Importing articles"),
            f"Importing {label}",
            work,
            on_success=lambda outcome: self._planned(label, outcome),
            on_failure=lambda msg: self._failed(self.tr("Import failed"), msg),
        )

    def _store_plan(self, label: str, plan, choices: Choices) -> Task | None:
        session = self.session
        if session is None:
            return None

        def work(progress) -> ImportOutcome:
            result = importer.apply_plan(
                session.project,
                plan,
                skip_bad=True,
                create_labels=choices.create_labels,
                repair_presentation_forms=choices.repair,
                whole_page=choices.whole_page,
                progress=progress,
            )
            return ImportOutcome(plan, result)

        return self.window.tasks.start(
            self.tr("Importing articles"),
            f"Importing {label}",
            work,
            on_success=lambda outcome: self._imported(outcome.result, choices, outcome.plan),
            on_failure=lambda msg: self._failed(self.tr("Import failed"), msg),
        )

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

    def _planned(self, label: str, outcome: ImportOutcome) -> None:
        if self.session is None:
            return
        if outcome.result is not None:
            self._imported(outcome.result, plan=outcome.plan)
            return
        plan = outcome.plan

        def ask_labels(choices: Choices) -> None:
            missing = plan.missing_labels({x.name for x in self.session.labels()})
            if missing:
                self._ask_labels(missing, lambda add: store(choices, add))
            else:
                store(choices, False)

        def store(choices: Choices, add_labels: bool) -> None:
            choices.create_labels = add_labels
            self._store_plan(label, plan, choices)

        def ask_repair(choices: Choices) -> None:
            if plan.presentation_forms:
                self._ask_repair(
                    plan.presentation_forms,
                    lambda answer: ask_labels(replace(answer, whole_page=choices.whole_page)),
                )
            else:
                ask_labels(choices)

        shown = previews(plan)
        if shown:
            self._preview(shown, lambda whole_page: ask_repair(Choices(whole_page=whole_page)))
        else:
            ask_repair(Choices())

    def _preview(self, shown: list, then: Callable[[bool], None]) -> None:
        """Show what was read from web pages, Word documents and PDFs; ``then`` gets whether
        the analyst chose web pages' whole text."""
        from .import_preview import ImportPreviewDialog

        dialog = ImportPreviewDialog(shown, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: then(dialog.whole_page()))
        dialog.rejected.connect(lambda: self._failed("Import", "cancelled"))
        dialog.open()
        self.preview_shown.emit(dialog)

    def _ask_repair(self, paths: list[str], then: Callable[[Choices], None]) -> None:
        names = list(short_names(paths).values())
        n = len(names)
        shown = "\n".join(names[:10]) + (f"\n… and {n - 10} more" if n > 10 else "")
        text = (
            f"{plural(n, 'article')} {'is' if n == 1 else 'are'} stored as presentation forms "
            "(text reshaped for display by another program), so search and word boundaries "
            f"would not work well in {'it' if n == 1 else 'them'}:\n\n{shown}\n\n"
            "Repairing turns the forms back into ordinary letters."
        )

        def answer(choice: int | None) -> None:
            if choice in (0, 1):
                then(Choices(repair=choice == 0))
            else:
                self._failed("Import", "cancelled")

        self.ask_choice(
            "Repair the articles?",
            text,
            [self.tr("Repair and import"), self.tr("Import as they are"), self.tr("Cancel")],
            answer,
        )

    def _ask_labels(self, missing: dict[str, list[str]], then: Callable[[bool], None]) -> None:
        labels = sorted({name for names in missing.values() for name in names})
        files = list(short_names(list(missing)).values())
        some = "s" if len(labels) > 1 else ""
        text = (
            f"{join_names(files)} tag{'s' if len(files) == 1 else ''} spans with "
            f"label{some} this project does not have: {join_names(labels)}.\n\n"
            f"Add the label{some} {join_names(labels)} and import?"
        )
        self.ask_choice(
            f"Add label{some}?",
            text,
            [f"Add label{some} and import", self.tr("Don't import")],
            lambda choice: then(choice == 0),
        )

    def _imported(self, result: ImportResult, choices: Choices | None = None, plan=None) -> None:
        if self.session is None:
            return
        self.session.refresh_documents()
        if plan is not None:
            self.reopener.remember(plan)
        if result.added:
            self.window.open_document(result.added[0])
        message = f"Imported {plural(len(result.added), 'article')}"
        if result.encodings and result.added:  # Document ▸ Reopen… when the letters look wrong
            message += f" ({encodings_summary(result.encodings)})"
        warnings = for_the_app(result.warnings, repaired=bool(choices and choices.repair))
        if result.skipped or warnings:
            message += f"; skipped {len(result.skipped)}" if result.skipped else ""
            entries = [(s.source, skip_reason(s)) for s in result.skipped] + warnings
            shown = short_names([source for source, _why in entries])
            notes = [f"{shown[source]}: {why}" for source, why in entries]
            more = f"\n… and {len(notes) - 20} more" if len(notes) > 20 else ""
            title = (
                self.tr("Some files were not imported")
                if result.skipped
                else self.tr("Imported, with warnings")
            )
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
            self.tr("New project"),
            self._start_folder("projects"),
            PROJECT_FILTER,
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
                f"{path} already exists. Open it with File ▸ Open project.",
            )
            return
        self.open_project_path(path, create=True)

    def open_project(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Open project"), self._start_folder("projects"), PROJECT_FILTER
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
        """File ▸ Export: the file type chosen in the dialog is the format."""
        if self.session is None:
            return
        fmt = self.window.prefs.get("export/format")
        spec = formats.REGISTRY.get(fmt, formats.REGISTRY["native"])
        name = self.session.project.path.with_suffix(spec.suffix).name
        suggested = str(Path(self._start_folder("export"), name))
        path, chosen = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Export"),
            suggested,
            ";;".join(EXPORT_FILTERS.values()),
            EXPORT_FILTERS[spec.name],
        )
        if not path:
            return
        self._remember_folder("export", path)
        fmt = next((f for f, text in EXPORT_FILTERS.items() if text == chosen), "native")
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
            f"Exporting to {target.name}",
            work,
            on_success=lambda count: self._exported(str(target), count, warnings),
            on_failure=lambda msg: self._failed(self.tr("Export failed"), msg),
        )

    def _exported(self, path: str, count: int, warnings: list[str] = ()) -> None:
        message = f"Exported {plural(count, 'document')} to {path}"
        self.window.statusBar().showMessage(message, 8000)
        if warnings:
            show_error(
                self.window,
                QCoreApplication.translate("FileOperations", "Exported, with losses"),
                f"{message}.\n\n" + "\n".join(f"• {w}" for w in warnings),
            )
        self.export_finished.emit(path, count)
