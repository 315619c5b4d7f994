"""Opening project files: the default project, a named one, a locked one read-only."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QWidget

from annotator.errors import AnnotatorError, ProjectLockedError, ProjectNotWritableError
from annotator.paths import seed_articles
from annotator.store import Project

from .core_messages import core_message
from .plain import message_box

log = logging.getLogger(__name__)

DEFAULT_PROJECT_NAME = "default.annot"

#: ``ask(title, text) -> bool`` asks a yes/no question; ``tell(title, text)`` reports an error.
Ask = Callable[[str, str], bool]
Tell = Callable[[str, str], None]


DATA_FOLDER_NAME = "annotator"


def default_project_path() -> Path:
    """The project a run with no arguments opens: ``~/.local/share/annotator/default.annot``
    on Linux (the data folder, named once: AppDataLocation would add the organisation and
    the application, both "annotator").

    A default project from before, in ``…/annotator/annotator/``, is still used where it is
    (moving an SQLite file another window may have open is not safe).
    """
    data = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericDataLocation)
    path = Path(data) / DATA_FOLDER_NAME / DEFAULT_PROJECT_NAME
    if not path.exists():
        legacy = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
        if (Path(legacy) / DEFAULT_PROJECT_NAME).exists():
            return Path(legacy) / DEFAULT_PROJECT_NAME
    return path


def create_default_project(path: Path) -> Project:
    """Create the default project with the seed article(s) in it: the project appears
    whole, sample included (``Project.create``)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    return Project.create(path, fill=_import_seed)


def _import_seed(project: Project) -> None:
    try:
        from annotator.importer import import_paths  # only on a first run

        import_paths(project, seed_articles())
    except AnnotatorError as e:  # the app still works without the sample
        log.warning("could not import the sample article: %s", e)


def dialog_ask(parent: QWidget | None) -> Ask:
    def ask(title: str, text: str) -> bool:
        from PySide6.QtWidgets import QMessageBox

        box = message_box(
            parent,
            QMessageBox.Icon.Question,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        )
        box.setDefaultButton(QMessageBox.StandardButton.Yes)
        return box.exec() == QMessageBox.StandardButton.Yes

    return ask


def dialog_tell(parent: QWidget | None) -> Tell:
    def tell(title: str, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        message_box(parent, QMessageBox.Icon.Critical, title, text).exec()

    return tell


def open_project(
    path: str | Path | None, *, create: bool = True, ask: Ask, tell: Tell
) -> Project | None:
    """Open ``path`` (creating it if ``create``), or the default project when ``path`` is None.

    A project open in another window, or on a read-only file or folder, is offered
    read-only; any other problem is told and ``None`` returned. Stray files the core set
    aside while opening (``Project.notices``) are told too.
    """
    project = _open_project(path, create=create, ask=ask, tell=tell)
    if project is not None and project.notices:
        from PySide6.QtCore import QCoreApplication

        tell(
            QCoreApplication.translate("opening", "Stray files set aside"),
            "\n\n".join(project.notices),
        )
    return project


def _open_project(
    path: str | Path | None, *, create: bool = True, ask: Ask, tell: Tell
) -> Project | None:
    try:
        if path is None:
            default = default_project_path()
            if not default.exists():
                return create_default_project(default)
            return Project.open(default)
        path = Path(path)
        if create and not path.exists():
            return Project.create(path)
        return Project.open(path)
    except (ProjectLockedError, ProjectNotWritableError) as e:
        target = Path(path) if path is not None else default_project_path()
        title = (
            QCoreApplication.translate("opening", "Project in use")
            if isinstance(e, ProjectLockedError)
            else QCoreApplication.translate("opening", "Project is read-only")
        )
        look = QCoreApplication.translate("opening", "Look at it now, without changing it?")
        if not ask(title, f"{core_message(str(e))}.\n\n{look}"):
            return None
        try:
            return Project.open(target, readonly=True)
        except AnnotatorError as e2:
            tell(
                QCoreApplication.translate("opening", "Cannot open the project"),
                core_message(str(e2)),
            )
            return None
    except AnnotatorError as e:
        tell(QCoreApplication.translate("opening", "Cannot open the project"), core_message(str(e)))
        return None
