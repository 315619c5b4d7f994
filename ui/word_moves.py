"""Ctrl+Shift+Left/Right in the article: extend the selection by whole words.

Qt's own word step goes to the start of the next word, so from the end of a word the first
press adds only the space after it (and word snapping then drops that space again). Here a
step that grows the selection takes a whole word and a step that shrinks it gives one back
(``annotator.text.word_step``). A match selected by Find (or a search hit) grows from the
edge the key points to: forward from its end, back from its start, whichever comes first.

The arrows are visual: in a right-to-left paragraph Left goes forward in the text.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QTextCursor

from annotator.text import word_step

_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.ShiftModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)
_CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def right_to_left_at(view, pos: int) -> bool:
    """True when the paragraph holding code point ``pos`` of the view runs right to left."""
    block = view.document().findBlock(view.to_qt(pos))
    return block.blockFormat().layoutDirection() != Qt.LayoutDirection.LeftToRight


class WordSelection(QObject):
    """The word steps of the article view: the actions ``select-word-left`` and
    ``select-word-right`` (Ctrl+Shift+Left/Right) call ``step_left``/``step_right``.

    As the view's event filter it leaves those keys to the actions: Qt's text control would
    otherwise claim them for its own word step.
    """

    def __init__(self, view, parent: QObject | None = None):
        super().__init__(parent)
        self.view = view
        self._match: tuple[int, int] | None = None
        view.installEventFilter(self)

    def remember_match(self, start: int, end: int) -> None:
        """A match was selected for the analyst: the first word step grows it either way."""
        self._match = (start, end)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if (
            watched is self.view
            and event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Left, Qt.Key.Key_Right)
            and (event.modifiers() & _MODIFIERS) == _CTRL_SHIFT
        ):
            event.ignore()  # not claimed by the view: the window's action takes the key
            return True
        return False

    def step_left(self) -> None:
        if self.view.hasFocus():
            self.extend(forward=self._right_to_left())

    def step_right(self) -> None:
        if self.view.hasFocus():
            self.extend(forward=not self._right_to_left())

    def _right_to_left(self) -> bool:
        return right_to_left_at(self.view, self.view.cursor_position())

    def extend(self, forward: bool) -> None:
        """Move the selection's moving end by one word, forward or back in the text."""
        view = self.view
        cursor = view.textCursor()
        anchor, position = view.to_core(cursor.anchor()), view.to_core(cursor.position())
        if self._match is not None and view.selected_range() == self._match:
            anchor, position = self._match if forward else self._match[::-1]
        self._match = None
        target = word_step(view.text(), anchor, position, forward)
        moved = QTextCursor(view.document())
        moved.setPosition(view.to_qt(anchor))
        moved.setPosition(view.to_qt(target), QTextCursor.MoveMode.KeepAnchor)
        view.setTextCursor(moved)
        view.ensureCursorVisible()
