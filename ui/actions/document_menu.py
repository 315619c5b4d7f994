"""The Document menu's actions: moving between documents, renaming, reopening in another
encoding, done, agreement and curation."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from .spec import ActionSpec

DOCUMENT: tuple[ActionSpec, ...] = (
    # Document
    ActionSpec(
        "next-document",
        QT_TRANSLATE_NOOP("Actions", "&Next document"),
        ("Ctrl+PgDown",),
        "next_document",
        "Document",
    ),
    ActionSpec(
        "previous-document",
        QT_TRANSLATE_NOOP("Actions", "&Previous document"),
        ("Ctrl+PgUp",),
        "previous_document",
        "Document",
    ),
    ActionSpec(
        "rename-document",
        QT_TRANSLATE_NOOP("Actions", "&Rename document…"),
        ("F2",),
        "document_ops.rename",
        "Document",
        separator_before=True,
        tip=QT_TRANSLATE_NOOP(
            "Actions", "Give the document the title the list shows (its first line until then)"
        ),
    ),
    ActionSpec(
        "reopen-encoding",
        QT_TRANSLATE_NOOP("Actions", "Reopen with another &encoding…"),
        (),
        "files.reopener.reopen",
        "Document",
        tip=QT_TRANSLATE_NOOP(
            "Actions",
            "Read the article's file again with an encoding you choose (when letters look wrong)",
        ),
    ),
    ActionSpec(
        "mark-done",
        QT_TRANSLATE_NOOP("Actions", "Mark &done / not done"),
        ("Ctrl+D", "Ctrl+Return"),
        "toggle_done",
        "Document",
        separator_before=True,
    ),
    ActionSpec(
        "agreement-report",
        QT_TRANSLATE_NOOP("Actions", "&Agreement between annotators…"),
        (),
        "team.show_agreement",
        "Document",
        separator_before=True,
        tip=QT_TRANSLATE_NOOP(
            "Actions", "Span F1, Krippendorff's alpha_U and Cohen's kappa between the layers"
        ),
    ),
    ActionSpec(
        "curation",
        QT_TRANSLATE_NOOP("Actions", "&Curate disagreements"),
        ("Ctrl+Shift+J",),
        "show_curation",
        "Document",
        tip=QT_TRANSLATE_NOOP(
            "Actions", "Settle where the annotators disagree into the gold layer"
        ),
    ),
)
