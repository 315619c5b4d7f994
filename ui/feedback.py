"""What the analyst sees after each step: a status message saying what was just done, and
the exact-characters mode shown where the eye is.

``EditReporter`` follows the window's undo group: a new edit shows the command's ``done``
text ("Tagged “…” as speaker"), undo and redo say what they undid or redid. Each message
replaces the one before and clears itself after ``MESSAGE_MS``, so none goes stale.

``ExactModeIndicator`` is a status-bar button that shows (and toggles) the exact-characters
mode; while it is on, the article's caret is wide and the mouse pointer is a cross. The mode
stays a persistent choice (a preference) because it is for stretches of prefix tagging
(و، ب، ل) where pressing Shift on every key is tiring; Shift + a label key is the one-shot.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QUndoCommand, QUndoGroup, QUndoStack
from PySide6.QtWidgets import QToolButton

#: How long a status message stays (ms).
MESSAGE_MS = 5000
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

    def __init__(self, action: QAction, view, parent=None):
        super().__init__(parent)
        self.setObjectName("exact-mode")
        self.view = view
        self.setDefaultAction(action)
        self.setAutoRaise(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setStyleSheet(EXACT_STYLE)
        action.toggled.connect(self._show_mode)
        self.sync()

    def sync(self) -> None:
        """Show the mode the action is in now (after it was set without a signal)."""
        self._show_mode(self.defaultAction().isChecked())

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
