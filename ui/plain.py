"""User data (document, label and span text) is shown as plain text, never as markup.

QLabel and QMessageBox are told ``Qt.PlainText``. Tooltips have no such switch (Qt guesses
rich text from a leading tag), so a tooltip carrying user data is escaped HTML instead.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QGuiApplication, QPainter
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
    escaped = in_reading_order(text).translate(_ESCAPES)
    return f"<p style='white-space:pre-wrap'>{escaped}</p>"


RLM = "\u200f"


def in_reading_order(text: str) -> str:
    """``text`` with each of its lines that holds Arabic but starts with a Latin letter (a
    file's name, a label's, a path) led by a right-to-left mark, in a right-to-left
    interface. Qt 6.11 finds a line's direction from its first strong letter without
    skipping isolates, so "\u2068a.txt\u2069: ملف فارغ" was laid out left to right."""
    if not QGuiApplication.isRightToLeft():
        return text
    return "\n".join(RLM + line if _latin_first(line) else line for line in text.split("\n"))


LRM = "\u200e"


def in_interface_direction(line: str) -> str:
    """A one-line text (a window title) led by the interface's direction mark when its first
    strong letter reads the other way: "news.annot — المُعلِّم…" in the Arabic interface,
    "أخبار.annot — Arabic news annotator" in the English one. A title is laid out by its
    first strong letter (Qt 6.11, and window managers that do not skip isolates), so a
    project's name at its start turned the whole title around."""
    rtl = QGuiApplication.isRightToLeft()
    first = first_strong_direction(line)
    if first is None or (first == Qt.LayoutDirection.RightToLeft) == rtl:
        return line
    return (RLM if rtl else LRM) + line


def first_strong_direction(text: str) -> Qt.LayoutDirection | None:
    """The direction of ``text``'s first strong letter (isolates are not skipped, as Qt
    does not), or None when it has none."""
    import unicodedata

    strong = (unicodedata.bidirectional(ch) for ch in text)
    kind = next((kind for kind in strong if kind in ("L", "R", "AL")), None)
    if kind is None:
        return None
    return Qt.LayoutDirection.LeftToRight if kind == "L" else Qt.LayoutDirection.RightToLeft


def _latin_first(line: str) -> bool:
    """Whether ``line``'s first strong letter is left to right while it holds Arabic."""
    import unicodedata

    if first_strong_direction(line) != Qt.LayoutDirection.LeftToRight:
        return False
    return any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in line)


def safe_status_bar(bar: QStatusBar) -> QStatusBar:
    """``bar`` whose ``showMessage`` (as Python calls it) never shows a raw control
    character or override: a path or a core message may quote a file's name as it is (see
    ``safe_message``). The window's own bar is patched rather than replaced, which would
    change how the window lays it out."""
    show = bar.showMessage

    def show_safely(text: str, timeout: int = 0) -> None:
        show(in_reading_order(safe_message(text)), timeout)

    bar.showMessage = show_safely
    return bar


class PlainLabel(QLabel):
    """A plain-text label whose lines keep the interface's reading order (``in_reading_order``):
    a problem or a file's details may start with a Latin name."""

    def setText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        super().setText(in_reading_order(text))


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    label = PlainLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    return label


class ElidedLabel(QLabel):
    """A one-line plain label that, given less room than its text needs, ends in … with all
    of it in the tooltip (as the status bar's messages do) instead of being cut mid-word.
    ``text()`` stays the whole text; ``shown_text()`` is what is drawn."""

    def __init__(
        self,
        text: str = "",
        parent: QWidget | None = None,
        mode: Qt.TextElideMode = Qt.TextElideMode.ElideRight,
    ):
        super().__init__(parent)
        self.mode = mode  # a path keeps its start and its file name: ElideMiddle
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setText(text)

    def setText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        super().setText(in_reading_order(text))
        self._update_tip()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        """Room for "…" only: a layout may give the label less than its text's width."""
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), self.fontMetrics().horizontalAdvance("……")), hint.height())

    def shown_text(self) -> str:
        width = self.contentsRect().width() - 2 * self.margin()
        return self.fontMetrics().elidedText(self.text(), self.mode, width)

    def _update_tip(self) -> None:
        text = self.text()
        tip = plain_tooltip(text) if text and self.shown_text() != text else ""
        if self.toolTip() != tip:
            self.setToolTip(tip)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._update_tip()

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        shown = self.shown_text()
        if shown == self.text():
            super().paintEvent(event)
            return
        from PySide6.QtWidgets import QStyle  # not at import: its enums cost start-up

        painter = QPainter(self)
        # The text's own direction, as QLabel lays out the whole text (a path in an Arabic
        # window stays left to right: painted in the window's direction, its "/" went last).
        painter.setLayoutDirection(first_strong_direction(shown) or self.layoutDirection())
        rect = self.contentsRect().adjusted(self.margin(), 0, -self.margin(), 0)
        align = QStyle.visualAlignment(self.layoutDirection(), self.alignment())
        self.style().drawItemText(
            painter,
            rect,
            int(align),
            self.palette(),
            self.isEnabled(),
            shown,
            self.foregroundRole(),
        )


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
    box.setText(in_reading_order(safe_message(text)))
    return box


def show_error(parent: QWidget | None, title: str, text: str) -> QMessageBox:
    """Show an error without blocking (window-modal); returns the box (tests close it)."""
    from PySide6.QtWidgets import QMessageBox

    box = message_box(parent, QMessageBox.Icon.Warning, title, text)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setObjectName("error-message")
    box.open()
    return box
