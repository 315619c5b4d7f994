"""User data (document, label and span text) is shown as plain text, never as markup.

QLabel and QMessageBox are told ``Qt.PlainText``. Tooltips have no such switch (Qt guesses
rich text from a leading tag), so a tooltip carrying user data is escaped HTML instead.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from annotator.display import safe_message

if TYPE_CHECKING:  # imported when first needed: not on the way to the first paint
    from PySide6.QtWidgets import QMessageBox


# html.escape's table (and line breaks), without importing html and html.entities at start.
_ESCAPES = str.maketrans(
    {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;", "\n": "<br>"}
)


def plural(count: int, one: str, many: str | None = None) -> str:
    """A count and its noun: 1 article, 2 articles, 1,500 characters."""
    return f"{count:,} {one if count == 1 else (many or one + 's')}"


def plain_tooltip(text: str) -> str:
    """A tooltip string that shows ``text`` literally, whatever it contains."""
    escaped = text.translate(_ESCAPES)
    return f"<p style='white-space:pre-wrap'>{escaped}</p>"


def safe_status_bar(bar: QStatusBar) -> QStatusBar:
    """``bar`` whose ``showMessage`` (as Python calls it) never shows a raw control
    character or override: a path or a core message may quote a file's name as it is (see
    ``safe_message``). The window's own bar is patched rather than replaced, which would
    change how the window lays it out."""
    show = bar.showMessage

    def show_safely(text: str, timeout: int = 0) -> None:
        show(safe_message(text), timeout)

    bar.showMessage = show_safely
    return bar


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    return label


def message_box(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    buttons: QMessageBox.StandardButton | None = None,
) -> QMessageBox:
    """A message box whose text is plain (a file name may contain ``<b>``)."""
    from PySide6.QtWidgets import QMessageBox

    if buttons is None:
        buttons = QMessageBox.StandardButton.Ok
    box = QMessageBox(icon, safe_message(title), "", buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(safe_message(text))
    return box


def show_error(parent: QWidget | None, title: str, text: str) -> QMessageBox:
    """Show an error without blocking (window-modal); returns the box (tests close it)."""
    from PySide6.QtWidgets import QMessageBox

    box = message_box(parent, QMessageBox.Icon.Warning, title, text)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setObjectName("error-message")
    box.open()
    return box
