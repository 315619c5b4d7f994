"""One import, after the analyst chose the files: the core's plan made on a pool thread, then
the preview of web pages, Word documents and PDFs, the questions (repair presentation forms?
add the labels the files name?), the plan stored in one transaction, and what the analyst is
told about it. ``FileOperations`` (the File menu) starts it and owns its signals.

Its strings are in the translation context ``ImportFlow`` (``self.tr``: lupdate sees them,
plural forms included).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QGuiApplication

from annotator import importer
from annotator.display import display_name, display_path
from annotator.model import ImportResult

from .encodings import encodings_summary
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
from .plain import show_error
from .workers import Task

if TYPE_CHECKING:
    from .file_ops import FileOperations


class ImportFlow(QObject):
    """Imports for ``files`` (its window, task runner, ``ask_choice`` and signals)."""

    def __init__(self, files: FileOperations):
        super().__init__(files)
        self.files = files

    @property
    def window(self):
        return self.files.window

    @property
    def session(self):
        return self.files.window.session

    def start(self, paths: list[str], label: str, fmt: str | None = None) -> Task | None:
        """Plan the import of ``paths`` on a pool thread; store it at once when nothing needs
        asking, or ask first (``label`` names the files in progress and messages)."""
        session = self.session

        def work(progress) -> ImportOutcome:
            known = {label.name for label in session.project.labels()}
            plan = importer.plan_import(paths, known, fmt=fmt, progress=progress)
            if needs_asking(plan):
                return ImportOutcome(plan)
            result = importer.apply_plan(session.project, plan, skip_bad=True, progress=progress)
            return ImportOutcome(plan, result)

        return self.window.tasks.start(
            self.tr("Importing articles"),
            self.tr("Importing {files}").format(files=label),
            work,
            on_success=lambda outcome: self._planned(label, outcome),
            on_failure=lambda msg: self.files.failed(self.tr("Import failed"), msg),
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
            self.tr("Importing {files}").format(files=label),
            work,
            on_success=lambda outcome: self._imported(outcome.result, choices, outcome.plan),
            on_failure=lambda msg: self.files.failed(self.tr("Import failed"), msg),
        )

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
        dialog.rejected.connect(lambda: self.files.failed(self.tr("Import failed"), "cancelled"))
        dialog.open()
        self.files.preview_shown.emit(dialog)

    def _ask_repair(self, paths: list[str], then: Callable[[Choices], None]) -> None:
        names = list(short_names(paths).values())
        n = len(names)
        more = self.tr("… and %n more", "", n - 10) if n > 10 else ""
        shown = "\n".join([*names[:10], *([more] if more else [])])
        text = (
            self.tr(
                "%n article is stored as presentation forms (text reshaped for display by "
                "another program), so search and word boundaries would not work well in it:",
                "",
                n,
            )
            if n == 1
            else self.tr(
                "%n articles are stored as presentation forms (text reshaped for display by "
                "another program), so search and word boundaries would not work well in them:",
                "",
                n,
            )
        )
        text += f"\n\n{shown}\n\n" + self.tr(
            "Repairing turns the forms back into ordinary letters."
        )

        def answer(choice: int | None) -> None:
            if choice in (0, 1):
                then(Choices(repair=choice == 0))
            else:
                self.files.failed(self.tr("Import failed"), "cancelled")

        self.files.ask_choice(
            self.tr("Repair the articles?"),
            text,
            [
                self.tr("Repair and import"),
                self.tr("Import as they are"),
                self.tr("Cancel"),
            ],
            answer,
        )

    def _ask_labels(self, missing: dict[str, list[str]], then: Callable[[bool], None]) -> None:
        labels = sorted({name for names in missing.values() for name in names})
        files = list(short_names(list(missing)).values())
        one = len(labels) == 1
        text = (
            self.tr(
                "{files}: spans with a label this project does not have: {labels}.",
            )
            if one
            else self.tr("{files}: spans with labels this project does not have: {labels}.")
        ).format(files=join_names(files), labels=join_names(labels))
        text += "\n\n" + (
            self.tr("Add the label {labels} and import?")
            if one
            else self.tr("Add the labels {labels} and import?")
        ).format(labels=join_names(labels))
        self.files.ask_choice(
            self.tr("Add label?") if one else self.tr("Add labels?"),
            text,
            [
                self.tr("Add label and import") if one else self.tr("Add labels and import"),
                self.tr("Don't import"),
            ],
            lambda choice: then(choice == 0),
        )

    def _imported(self, result: ImportResult, choices: Choices | None = None, plan=None) -> None:
        if self.session is None:
            return
        self.session.refresh_documents()
        if plan is not None:
            self.files.reopener.remember(plan)
        if result.added:
            self.window.open_document(result.added[0])
        added = len(result.added)
        message = (
            self.tr("Imported %n article", "", added)
            if added == 1
            else self.tr("Imported %n articles", "", added)
        )
        if result.encodings and result.added:  # Document ▸ Reopen… when the letters look wrong
            message += f" ({encodings_summary(result.encodings)})"
        warnings = for_the_app(result.warnings, repaired=bool(choices and choices.repair))
        if result.skipped or warnings:
            skipped = len(result.skipped)
            message += self.tr("; skipped %n", "", skipped) if skipped else ""
            entries = [(s.source, skip_reason(s)) for s in result.skipped] + warnings
            shown = short_names([source for source, _why in entries])
            # "hostile.jsonl: سجلات معيبة: 3" was laid out left to right in Arabic (its first
            # letter is Latin): each name is isolated, and the line starts with the interface's
            # direction mark, since Qt 6.11 finds a line's direction without skipping isolates.
            mark = "\u200f" if QGuiApplication.isRightToLeft() else "\u200e"
            notes = [f"{mark}{_isolated(shown[source])}: {why}" for source, why in entries]
            extra = len(notes) - 20
            more = "\n" + self.tr("… and %n more", "", extra) if extra > 0 else ""
            title = (
                self.tr("Some files were not imported")
                if result.skipped
                else self.tr("Imported, with warnings")
            )
            show_error(self.window, title, f"{message}.\n\n" + "\n".join(notes[:20]) + more)
        self.window.statusBar().showMessage(message + ".", 8000)
        self.files.import_finished.emit(result)


def _isolated(name: str) -> str:
    """A file or document name in a line of the report: a folder/file path left to right."""
    return display_path(name) if "/" in name else display_name(name)
