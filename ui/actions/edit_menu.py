"""The Edit menu's actions: undo and redo, find and search, selecting by words, labels and
relation types, preferences, exact characters."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from .spec import ActionSpec

EDIT: tuple[ActionSpec, ...] = (
    # Edit
    ActionSpec("undo", QT_TRANSLATE_NOOP("Actions", "&Undo"), ("Ctrl+Z",), None, "Edit"),
    ActionSpec(
        "redo", QT_TRANSLATE_NOOP("Actions", "&Redo"), ("Ctrl+Shift+Z", "Ctrl+Y"), None, "Edit"
    ),
    ActionSpec(
        "find",
        QT_TRANSLATE_NOOP("Actions", "&Find…"),
        ("Ctrl+F",),
        "find_bar.start",
        "Edit",
        separator_before=True,
    ),
    ActionSpec(
        "find-next",
        QT_TRANSLATE_NOOP("Actions", "Find &next"),
        ("F3",),
        "find_bar.find_next",
        "Edit",
    ),
    ActionSpec(
        "search-all",
        QT_TRANSLATE_NOOP("Actions", "&Search all documents…"),
        ("Ctrl+Shift+F",),
        "start_search",
        "Edit",
    ),
    ActionSpec(
        "find-previous",
        QT_TRANSLATE_NOOP("Actions", "Find pre&vious"),
        ("Shift+F3",),
        "find_bar.find_previous",
        "Edit",
    ),
    ActionSpec(
        "select-word-left",
        QT_TRANSLATE_NOOP("Actions", "Select a word to the left"),
        ("Ctrl+Shift+Left",),
        "word_selection.step_left",
        "Edit",
        separator_before=True,
        tip=QT_TRANSLATE_NOOP(
            "Actions",
            "Extend the selection by a whole word to the left (after a find: from the match)",
        ),
    ),
    ActionSpec(
        "select-word-right",
        QT_TRANSLATE_NOOP("Actions", "Select a word to the right"),
        ("Ctrl+Shift+Right",),
        "word_selection.step_right",
        "Edit",
        tip=QT_TRANSLATE_NOOP(
            "Actions",
            "Extend the selection by a whole word to the right (after a find: from the match)",
        ),
    ),
    ActionSpec(
        "edit-labels",
        QT_TRANSLATE_NOOP("Actions", "Edit &labels…"),
        ("Ctrl+Shift+L",),
        "edit_labels",
        "Edit",
        separator_before=True,
    ),
    ActionSpec(
        "preferences",
        QT_TRANSLATE_NOOP("Actions", "&Preferences…"),
        ("Ctrl+,",),
        "show_preferences",
        "Edit",
        tip=QT_TRANSLATE_NOOP("Actions", "The interface language, and your name on spans"),
    ),
    ActionSpec(
        "edit-relation-types",
        QT_TRANSLATE_NOOP("Actions", "Edit &relation types…"),
        ("Ctrl+Shift+R",),
        "edit_relation_types",
        "Edit",
        tip=QT_TRANSLATE_NOOP(
            "Actions",
            "Name, colour and which labels each relation type joins (said: claim → speaker)",
        ),
    ),
    ActionSpec(
        "exact-characters",
        QT_TRANSLATE_NOOP("Actions", "Tag e&xact characters"),
        ("Ctrl+Shift+X",),
        "tagger.set_exact_characters",
        "Edit",
        checkable=True,
        tip=QT_TRANSLATE_NOOP(
            "Actions", "Tag exactly the selected characters instead of whole words"
        ),
    ),
)
