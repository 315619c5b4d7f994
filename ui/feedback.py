"""What the analyst sees after each step: a status message saying what was just done, and
the exact-characters mode shown where the eye is.

``EditReporter`` follows the window's undo group: a new edit shows the command's ``done``
text ("Tagged “…” as speaker"), undo and redo say what they undid or redid. Each message
replaces the one before and goes after ``MESSAGE_MS``, so none goes stale.

``FadingStatusBar`` is the window's status bar: a message shown for a while fades out over
its last ``FADE_MS`` (its text colour runs to transparent; the permanent widgets keep theirs)
instead of vanishing at once; a new message stops the fade and shows fully.

``ExactModeIndicator`` is a status-bar button that shows (and toggles) the exact-characters
mode; while it is on, the article's caret is wide and the mouse pointer is a cross. The mode
stays a persistent choice (a preference) because it is for stretches of prefix tagging
(و، ب، ل) where pressing Shift on every key is tiring; Shift + a label key is the one-shot.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QRect, Qt, QTimer, QVariantAnimation, Signal
from PySide6.QtGui import QAction, QPainter, QPalette, QUndoCommand, QUndoGroup, QUndoStack
from PySide6.QtWidgets import QSizePolicy, QStatusBar, QToolButton, QWidget

#: How long a status message stays (ms), and the last part of it in which it fades.
MESSAGE_MS = 5000
FADE_MS = 600
EXACT_STYLE = "QToolButton:checked { background: #b35900; color: white; font-weight: bold; }"


class EditReporter(QObject):
    """Says in the status bar what each edit, undo and redo just did."""

    def __init__(self, group: QUndoGroup, show: Callable[[str, int], None], parent=None):
        super().__init__(parent)
        self._show = show
        self._group = group
        self._stack: QUndoStack | None = None
        self._index = 0
        self._reported: set[int] = set()  # commands whose first run was already said
        group.activeStackChanged.connect(self._follow)
        group.indexChanged.connect(self._index_changed)

    def _follow(self, stack: QUndoStack | None) -> None:
        self._stack = stack
        self._index = stack.index() if stack is not None else 0
        self._reported = set()

    def _index_changed(self, index: int) -> None:
        stack = self._stack
        if stack is None:
            return
        before, self._index = self._index, index
        if index < before:
            command = stack.command(index)
            text = self.tr("Undone: {}").format(command.text()) if command else ""
        elif index > before:
            command = stack.command(index - 1)
            text = self._done(command)
        else:
            return
        if text:
            self._show(text, MESSAGE_MS)

    def _done(self, command: QUndoCommand | None) -> str:
        if command is None:
            return ""
        if id(command) in self._reported:
            return self.tr("Redone: {}").format(command.text())
        self._reported.add(id(command))
        return getattr(command, "done", "") or command.text()


class ExactModeIndicator(QToolButton):
    """The exact-characters mode in the status bar, and on the article's caret and pointer."""

    def __init__(self, action: QAction | None, view, parent=None, *, exact: bool = False):
        """``action`` (Ctrl+Shift+X) may come later (``attach``): until then the button shows
        ``exact`` as the action will."""
        super().__init__(parent)
        self.setObjectName("exact-mode")
        self.view = view
        self.setAutoRaise(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setStyleSheet(EXACT_STYLE)
        if action is None:
            self.setCheckable(True)  # as the action makes it
            self.setChecked(exact)
            self._show_mode(exact)
        else:
            self.attach(action)

    def attach(self, action: QAction) -> None:
        self.setDefaultAction(action)
        action.toggled.connect(self._show_mode)
        self.sync()

    def sync(self) -> None:
        """Show the mode the action is in now (after it was set without a signal)."""
        action = self.defaultAction()
        self._show_mode(action.isChecked() if action is not None else self.isChecked())

    def _show_mode(self, exact: bool) -> None:
        self.setText(self.tr("Exact characters") if exact else self.tr("Whole words"))
        self.setToolTip(
            self.tr("Label keys tag exactly the selected characters (Ctrl+Shift+X: whole words)")
            if exact
            else self.tr("Label keys tag whole words (Ctrl+Shift+X: exact characters)")
        )
        self.view.setCursorWidth(3 if exact else 1)
        shape = Qt.CursorShape.CrossCursor if exact else Qt.CursorShape.IBeamCursor
        self.view.viewport().setCursor(shape)


#: QStyle and QStyleOption, from the first paint with a message on.
_qt: dict = {}


class FadingStatusBar(QStatusBar):
    """A status bar whose timed messages fade out at the end instead of vanishing.

    Signals:
        fade_started(str text): the message began to fade
        message_faded(str text): the message faded out and was cleared
    """

    fade_started = Signal(str)
    message_faded = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("status-bar")
        # As QMainWindow's own status bar: its width never holds the window wider.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        # Precise: a coarse timer may fire up to 5 % early and cut the message short.
        self._hold = QTimer(self, singleShot=True, timerType=Qt.TimerType.PreciseTimer)
        self._hold.timeout.connect(self._start_fade)
        self.fade = QVariantAnimation(self, startValue=255, endValue=0, duration=FADE_MS)
        self.fade.valueChanged.connect(self._set_alpha)
        self.fade.finished.connect(self._faded)
        self._fading_text = ""
        self._dimmed = False
        self._permanent: list[QWidget] = []
        self._elided: tuple = ("", 0, 0, "")  # (text, width, dpi, as drawn)
        self._fill_own_background()

    def _fill_own_background(self) -> None:
        """Paint the bar's own background when it is one colour (the window's, inherited).

        The bar is not opaque: each new message (every tag shows one) repainted the main
        window under the message as well. Filled with the same colour the window paints
        there, it is opaque and the window is left alone."""
        brush = self.palette().brush(self.backgroundRole())
        self.setAutoFillBackground(brush.style() == Qt.BrushStyle.SolidPattern)

    def showMessage(self, text: str, timeout: int = 0) -> None:  # noqa: N802 (Qt's name)
        """Show ``text``; with a ``timeout`` (ms) it fades out over the last ``FADE_MS``."""
        self._stop()
        super().showMessage(text, 0)
        self._update_tip()
        if timeout > 0:
            self._hold.start(max(0, timeout - FADE_MS))

    def clearMessage(self) -> None:  # noqa: N802 (Qt's name)
        self._stop()
        super().clearMessage()
        self._update_tip()

    # --- a message longer than its room: elided, the whole of it in the tooltip -------------

    def addPermanentWidget(self, widget: QWidget, stretch: int = 0) -> None:  # noqa: N802
        self._permanent.append(widget)
        super().addPermanentWidget(widget, stretch)

    def message_rect(self) -> QRect:
        """Where the message is drawn: the bar up to the nearest shown permanent widget (as
        QStatusBar computes it)."""
        left, right = 6, self.width() - 12
        shown = [w for w in self._permanent if w.isVisible()]
        if shown and self.isRightToLeft():
            left = max(left, max(w.geometry().right() + 1 for w in shown) + 2)
        elif shown:
            right = min(right, min(w.x() for w in shown) - 2)
        return QRect(left, 0, max(0, right - left), self.height())

    def message_shown(self) -> str:
        """The message as drawn: elided with … when the permanent widgets leave it too little
        room (Qt clipped it mid-word, its end unseen); the tooltip then holds all of it."""
        text = self.currentMessage()
        width = self.message_rect().width()
        key = (text, width, self.logicalDpiY())
        if key != self._elided[:3]:  # a tag shows it, then paints it: measured once
            shown = self.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, width)
            self._elided = (*key, shown)
        return self._elided[3]

    def _update_tip(self) -> None:
        text = self.currentMessage()
        elided = bool(text) and self.message_shown() != text
        tip = text if elided else ""
        if self.toolTip() != tip:
            self.setToolTip(tip)

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.FontChange:
            self._elided = ("", 0, 0, "")  # measured in the old font
        elif event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange):
            self._fill_own_background()
        super().changeEvent(event)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._update_tip()

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        """QStatusBar's painting, with the message elided instead of clipped."""
        text = self.currentMessage()
        if not text:
            super().paintEvent(event)
            return
        # QStyle here, not at import: its enums (~560 values) cost start-up ~5 ms for a bar
        # that has no message yet. Kept after the first: an import statement goes through
        # PySide6's import hook each time.
        if not _qt:
            from PySide6.QtWidgets import QStyle, QStyleOption

            _qt.update(QStyle=QStyle, QStyleOption=QStyleOption)
        QStyle, QStyleOption = _qt["QStyle"], _qt["QStyleOption"]  # noqa: N806 (Qt's classes)

        self._update_tip()  # the permanent widgets may have changed width since
        painter = QPainter(self)
        option = QStyleOption()
        option.initFrom(self)
        self.style().drawPrimitive(QStyle.PrimitiveElement.PE_PanelStatusBar, option, painter, self)
        for widget in self._permanent:
            if widget.isVisible():
                frame = QStyleOption()
                frame.rect = widget.geometry().adjusted(-2, -1, 2, 1)
                frame.palette = self.palette()
                frame.state = QStyle.StateFlag.State_None
                self.style().drawPrimitive(
                    QStyle.PrimitiveElement.PE_FrameStatusBarItem, frame, painter, widget
                )
        painter.setPen(self.palette().windowText().color())
        flags = Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(
            self.message_rect(), int(flags) | int(Qt.TextFlag.TextSingleLine), self.message_shown()
        )
        painter.end()

    def _stop(self) -> None:
        self._hold.stop()
        if self.fade.state() == QVariantAnimation.State.Running:
            self.fade.stop()
        self._set_alpha(255)

    def _start_fade(self) -> None:
        self._fading_text = self.currentMessage()
        self.fade_started.emit(self._fading_text)
        self.fade.start()

    def _set_alpha(self, alpha: int) -> None:
        if alpha >= 255:
            if self._dimmed:
                self._dimmed = False
                self.setPalette(QPalette())  # the theme's again, followed as it changes
            return
        palette = self.palette()
        color = palette.color(QPalette.ColorRole.WindowText)
        color.setAlpha(alpha)
        palette.setColor(QPalette.ColorRole.WindowText, color)
        self.setPalette(palette)
        self._dimmed = True

    def _faded(self) -> None:
        text = self._fading_text
        super().clearMessage()
        self._set_alpha(255)
        self.message_faded.emit(text)
