"""Names and descriptions for assistive technology (screen readers such as Orca and NVDA).

The article view is a QPlainTextEdit, so Qt's own accessible interface already gives a screen
reader its text, the selection and the caret (QAccessibleTextInterface); ``describe_span``
adds what Qt cannot know: which span is current, read out as its label and text.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from .label_names import label_name


def name(widget: QWidget, accessible_name: str, description: str) -> None:
    widget.setAccessibleName(accessible_name)
    widget.setAccessibleDescription(description)


def describe_window(window) -> None:
    """Name every part of the main window a screen reader lands on."""
    after_first_paint = getattr(window, "after_first_paint", None)
    if after_first_paint is not None:  # QAccessible for the first tag, made while it waits
        after_first_paint(_accessible)
    name(
        window.centralWidget(),
        QCoreApplication.translate("Accessibility", "Article area"),
        QCoreApplication.translate("Accessibility", "The article and its find bar"),
    )
    name(
        window.view,
        QCoreApplication.translate("Accessibility", "Article"),
        QCoreApplication.translate(
            "Accessibility", "The article text. Select words and press a label key to tag them."
        ),
    )
    name(
        window.documents.table,
        QCoreApplication.translate("Accessibility", "Documents"),
        QCoreApplication.translate("Accessibility", "The project's documents; Enter opens one"),
    )
    name(
        window.documents.progress,
        QCoreApplication.translate("Accessibility", "Progress"),
        QCoreApplication.translate("Accessibility", "How many documents are done"),
    )
    name(
        window.spans.table,
        QCoreApplication.translate("Accessibility", "Spans"),
        QCoreApplication.translate(
            "Accessibility", "The tagged spans of the article in reading order; Enter goes to one"
        ),
    )
    name(
        window.legend.table,
        QCoreApplication.translate("Accessibility", "Labels"),
        QCoreApplication.translate("Accessibility", "Each label with its key and letter"),
    )
    name(
        window.menuBar(),
        QCoreApplication.translate("Accessibility", "Menu bar"),
        QCoreApplication.translate("Accessibility", "The commands of the annotator"),
    )
    name(
        window.statusBar(),
        QCoreApplication.translate("Accessibility", "Status bar"),
        QCoreApplication.translate("Accessibility", "Messages and whether changes are saved"),
    )
    name(
        window.path_label,
        QCoreApplication.translate("Accessibility", "Project file"),
        QCoreApplication.translate("Accessibility", "The project file being worked on"),
    )
    name(
        window.save_label,
        QCoreApplication.translate("Accessibility", "Save state"),
        QCoreApplication.translate("Accessibility", "Whether every change is in the file"),
    )
    for dock in (window.documents, window.spans, window.legend):
        parent = dock.parentWidget()
        name(dock, parent.windowTitle(), parent.windowTitle())
        name(
            parent,
            parent.windowTitle(),
            QCoreApplication.translate("Accessibility", "A panel; it can be moved or floated"),
        )
    hint = window.legend.hint  # the line under the legend: which keys tag, link, undo
    name(hint, QCoreApplication.translate("Accessibility", "Tagging hint"), hint.text())


def describe_span(view, label: str | None, text: str) -> None:
    """Say which span is current (the article's description) and tell the screen reader."""
    if label is None:
        description = QCoreApplication.translate(
            "Accessibility", "The article text. Select words and press a label key to tag them."
        )
    else:
        description = QCoreApplication.translate(
            "Accessibility", "Current span: {label}, “{text}”"
        ).format(label=label_name(label), text=text)
    if view.accessibleDescription() == description:
        return  # nothing new to say (as when a document opens with no span current)
    view.setAccessibleDescription(description)
    QAccessible, QAccessibleEvent = _accessible()  # noqa: N806 (Qt's classes)
    event = QAccessibleEvent(view, QAccessible.Event.DescriptionChanged)
    QAccessible.updateAccessibility(event)


def _accessible() -> tuple:
    """QAccessible and QAccessibleEvent, imported on first use: PySide6 makes QAccessible's
    enums (~200 values, ~10 ms) then, not needed before the first frame. The window has them
    made right after it (``describe_window``), not at the first tag."""
    if not _qt:  # once: an import statement goes through PySide6's import hook each time
        from PySide6.QtGui import QAccessible, QAccessibleEvent

        _qt.extend((QAccessible, QAccessibleEvent))
    return tuple(_qt)


_qt: list = []
