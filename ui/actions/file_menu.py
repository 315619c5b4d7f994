"""The File menu's actions: articles, projects, merging, export, quit."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from .spec import ActionSpec

FILE: tuple[ActionSpec, ...] = (
    # File
    ActionSpec(
        "open-articles",
        QT_TRANSLATE_NOOP("Actions", "&Open articles…"),
        ("Ctrl+O",),
        "files.open_articles",
        "File",
        tip=QT_TRANSLATE_NOOP("Actions", "Import article files into the project"),
    ),
    ActionSpec(
        "open-folder",
        QT_TRANSLATE_NOOP("Actions", "Open a &folder of articles…"),
        ("Ctrl+Alt+O",),
        "files.open_folder",
        "File",
    ),
    ActionSpec(
        "merge-projects",
        QT_TRANSLATE_NOOP("Actions", "&Merge projects…"),
        (),
        "team.merge_projects",
        "File",
        tip=QT_TRANSLATE_NOOP(
            "Actions", "Bring colleagues' project files together, each annotator as a layer"
        ),
    ),
    ActionSpec(
        "new-project",
        QT_TRANSLATE_NOOP("Actions", "&New project…"),
        ("Ctrl+N",),
        "files.new_project",
        "File",
        separator_before=True,
    ),
    ActionSpec(
        "open-project",
        QT_TRANSLATE_NOOP("Actions", "Open &project…"),
        ("Ctrl+Shift+O",),
        "files.open_project",
        "File",
    ),
    ActionSpec(
        "export-jsonl",
        QT_TRANSLATE_NOOP("Actions", "&Export…"),
        ("Ctrl+E",),
        "files.export_jsonl",
        "File",
        separator_before=True,
        tip=QT_TRANSLATE_NOOP(
            "Actions", "Write every document and its spans as JSONL or another tool's format"
        ),
    ),
    ActionSpec(
        "quit",
        QT_TRANSLATE_NOOP("Actions", "&Quit"),
        ("Ctrl+Q",),
        "close",
        "File",
        separator_before=True,
    ),
)
