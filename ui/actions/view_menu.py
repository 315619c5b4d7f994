"""The View and Help menus' actions: zoom, moving the focus between panels, the shortcut
sheet, about."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from .spec import ActionSpec

VIEW_HELP: tuple[ActionSpec, ...] = (
    # View
    ActionSpec(
        "zoom-in", QT_TRANSLATE_NOOP("Actions", "Zoom &in"), ("Ctrl++", "Ctrl+="), "zoom_in", "View"
    ),
    ActionSpec(
        "zoom-out", QT_TRANSLATE_NOOP("Actions", "Zoom &out"), ("Ctrl+-",), "zoom_out", "View"
    ),
    ActionSpec(
        "zoom-reset",
        QT_TRANSLATE_NOOP("Actions", "&Actual size"),
        ("Ctrl+0",),
        "zoom_reset",
        "View",
    ),
    ActionSpec(
        "focus-documents",
        QT_TRANSLATE_NOOP("Actions", "Go to the &document list"),
        ("Ctrl+1",),
        "focus_documents",
        "View",
        separator_before=True,
    ),
    ActionSpec(
        "focus-article",
        QT_TRANSLATE_NOOP("Actions", "Go to the &article"),
        ("Ctrl+2",),
        "focus_article",
        "View",
    ),
    ActionSpec(
        "focus-spans",
        QT_TRANSLATE_NOOP("Actions", "Go to the &span list"),
        ("Ctrl+3",),
        "focus_spans",
        "View",
    ),
    ActionSpec(
        "focus-claims",
        QT_TRANSLATE_NOOP("Actions", "Go to the &claims list"),
        ("Ctrl+4",),
        "focus_claims",
        "View",
    ),
    # Help
    ActionSpec(
        "shortcuts",
        QT_TRANSLATE_NOOP("Actions", "&Keyboard shortcuts"),
        ("F1",),
        "show_shortcuts",
        "Help",
    ),
    ActionSpec("about", QT_TRANSLATE_NOOP("Actions", "&About"), (), "show_about", "Help"),
)
