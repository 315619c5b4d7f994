"""One import, after the analyst chose the files: the core's plan made on a pool thread, then
the preview of web pages, Word documents and PDFs, the questions (repair presentation forms?
add the labels the files name?), the plan stored in one transaction, and what the analyst is
told about it. ``FileOperations`` (the File menu) starts it and owns its signals.

Strings keep the translation context ``FileOperations`` (where they were first written),
written out in full at each call so that lupdate finds them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt

from annotator import importer
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
from .plain import plural, show_error
from .workers import Task

if TYPE_CHECKING:
    from .file_ops import FileOperations


class ImportFlow:
    """Imports for ``files`` (its window, task runner, ``ask_choice`` and signals)."""

    def __init__(self, files: FileOperations):
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
            QCoreApplication.translate("FileOperations", "Importing articles"),
            f"Importing {label}",
            work,
            on_success=lambda outcome: self._planned(label, outcome),
            on_failure=lambda msg: self.files.failed(
                QCoreApplication.translate("FileOperations", "Import failed"), msg
            ),
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
            QCoreApplication.translate("FileOperations", "Importing articles"),
            f"Importing {label}",
            work,
            on_success=lambda outcome: self._imported(outcome.result, choices, outcome.plan),
            on_failure=lambda msg: self.files.failed(
                QCoreApplication.translate("FileOperations", "Import failed"), msg
            ),
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
        dialog.rejected.connect(lambda: self.files.failed("Import", "cancelled"))
        dialog.open()
        self.files.preview_shown.emit(dialog)

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
                self.files.failed("Import", "cancelled")

        self.files.ask_choice(
            "Repair the articles?",
            text,
            [
                QCoreApplication.translate("FileOperations", "Repair and import"),
                QCoreApplication.translate("FileOperations", "Import as they are"),
                QCoreApplication.translate("FileOperations", "Cancel"),
            ],
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
        self.files.ask_choice(
            f"Add label{some}?",
            text,
            [
                f"Add label{some} and import",
                QCoreApplication.translate("FileOperations", "Don't import"),
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
                QCoreApplication.translate("FileOperations", "Some files were not imported")
                if result.skipped
                else QCoreApplication.translate("FileOperations", "Imported, with warnings")
            )
            show_error(self.window, title, f"{message}.\n\n" + "\n".join(notes[:20]) + more)
        self.window.statusBar().showMessage(message + ".", 8000)
        self.files.import_finished.emit(result)
