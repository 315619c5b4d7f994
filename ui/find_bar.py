"""Find in the article: typing selects the match; Enter finds the next; Escape returns to
the article with the match still selected, so a label key tags it. When nothing matches,
nothing stays selected (an earlier partial match must not be tagged by mistake).

Matching ignores harakat and tatweel and treats أ إ آ ٱ as ا, so a query typed without
vowel marks finds vocalised text; Latin letters match regardless of case.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QToolButton, QWidget

from .plain import plain_label

#: Arabic vowel marks (harakat), shadda, sukun, superscript alef, Quranic marks, and tatweel.
_IGNORED = (
    {chr(c) for c in range(0x064B, 0x0660)}
    | {"\u0670", "\u0640"}
    | {chr(c) for c in range(0x06D6, 0x06EE)}
)
_FOLD = {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا"}


def fold(text: str) -> tuple[str, list[int]]:
    """Text for matching, and for each of its characters the index in ``text``."""
    chars, where = [], []
    for i, ch in enumerate(text):
        if ch in _IGNORED:
            continue
        ch = _FOLD.get(ch, ch)
        low = ch.lower()
        chars.append(low if len(low) == 1 else ch)
        where.append(i)
    return "".join(chars), where


def find_in_text(
    text: str,
    query: str,
    start: int = 0,
    backwards: bool = False,
    wrap: bool = True,
    folded: tuple[str, list[int]] | None = None,
) -> tuple[int, int] | None:
    """The next match of ``query`` in ``text`` at or after ``start`` (before it if backwards).

    Returns code-point offsets ``(start, end)`` into ``text``; the end takes in the marks
    that follow the last matched letter, so a match never cuts a letter from its harakat.
    ``folded`` is ``fold(text)`` when the caller keeps it.
    """
    needle, _ = fold(query)
    if not needle:
        return None
    hay, where = folded or fold(text)
    if not where:
        return None
    # Where ``start`` falls in the folded text.
    folded_start = next((k for k, i in enumerate(where) if i >= start), len(where))
    if backwards:
        k = hay.rfind(needle, 0, max(folded_start + len(needle) - 1, 0))
        if k < 0 and wrap:
            k = hay.rfind(needle)
    else:
        k = hay.find(needle, folded_start)
        if k < 0 and wrap:
            k = hay.find(needle)
    if k < 0:
        return None
    begin = where[k]
    last = k + len(needle) - 1
    end = where[last + 1] if last + 1 < len(where) else len(text)
    # Trailing ignored characters after the last letter belong to the match (its marks),
    # but not ones separated by a character we kept (e.g. a space).
    end = min(end, _after_marks(text, where[last]))
    return begin, end


def match_count(query: str, folded: tuple[str, list[int]], at: int) -> tuple[int, int]:
    """(which, how many): the number of the match that starts at ``at`` (1 for the first)
    and the number of matches of ``query`` in the folded text, each counted once."""
    needle, _ = fold(query)
    hay, where = folded
    if not needle:
        return 0, 0
    which = total = 0
    k = hay.find(needle)
    while k >= 0:
        total += 1
        if where[k] <= at:
            which = total
        k = hay.find(needle, k + len(needle))
    return which, total


def _after_marks(text: str, i: int) -> int:
    j = i + 1
    while j < len(text) and text[j] in _IGNORED:
        j += 1
    return j


class _QueryEdit(QLineEdit):
    """Keeps Escape and Enter for the find bar instead of window shortcuts."""

    escaped = Signal()

    def event(self, e: QEvent) -> bool:
        if e.type() == QEvent.Type.ShortcutOverride and isinstance(e, QKeyEvent):
            if e.key() in (Qt.Key.Key_Escape, Qt.Key.Key_Return, Qt.Key.Key_Enter):
                e.accept()
                return True
        return super().event(e)

    def keyPressEvent(self, e: QKeyEvent) -> None:
        if e.key() == Qt.Key.Key_Escape:
            self.escaped.emit()
            return
        super().keyPressEvent(e)


class FindBar(QWidget):
    """A bar under the article.

    Signals:
        match_found(int start, int end): a match was selected in the article.
        match_missed(): nothing matched; the article's selection was collapsed to the caret.
        closed(): the bar was dismissed and the article has the focus.
    """

    match_found = Signal(int, int)
    match_missed = Signal()
    closed = Signal()

    def __init__(self, view, parent=None):
        super().__init__(parent)
        self.setObjectName("find-bar")
        self.view = view
        self._origin = 0  # where typing searches from: the last match's start, or the caret
        self._folded: tuple[str, tuple[str, list[int]]] | None = None  # (text, fold(text))
        self._count: tuple[int, int] | None | str = ""  # the result shown (_show_count)
        self.edit = _QueryEdit()
        self.edit.setObjectName("find-query")
        self.edit.setClearButtonEnabled(True)
        self.status = plain_label()
        self.status.setObjectName("find-status")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        self.label = plain_label()
        self.label.setBuddy(self.edit)
        layout.addWidget(self.label)
        layout.addWidget(self.edit, 1)
        self.buttons: list[QToolButton] = []
        for text, slot in (
            ("▲", self.find_previous),
            ("▼", self.find_next),
            ("✕", self.dismiss),
        ):
            button = QToolButton()
            button.setText(text)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(slot)
            layout.addWidget(button)
            self.buttons.append(button)
        layout.addWidget(self.status)
        self._retranslate()
        self.edit.textEdited.connect(self._incremental)
        self.edit.returnPressed.connect(self.find_next)
        self.edit.escaped.connect(self.dismiss)
        self.hide()

    def _retranslate(self) -> None:
        self.edit.setPlaceholderText(self.tr("Find in the article (harakat optional)"))
        self.label.setText(self.tr("Find:"))
        self.label.setAccessibleDescription(self.tr("The label of the find field"))
        self.setAccessibleName(self.tr("Find bar"))
        self.setAccessibleDescription(self.tr("Find text in the article"))
        self.edit.setAccessibleName(self.tr("Find"))
        self.edit.setAccessibleDescription(self.tr("Find in the article (harakat optional)"))
        self.status.setAccessibleName(self.tr("Find result"))
        self.status.setAccessibleDescription(self.tr("Whether the text was found"))
        tips = (
            self.tr("Previous match (Shift+F3)"),
            self.tr("Next match (Enter, F3)"),
            self.tr("Close (Escape)"),
        )
        for button, tip in zip(self.buttons, tips, strict=True):
            button.setToolTip(tip)
            button.setAccessibleName(tip)
        self._show_count(self._count)  # "3 of 12" in the new language

    def _show_count(self, count: tuple[int, int] | None | str) -> None:
        """The result: (which, total), None for no match, "" for nothing searched."""
        self._count = count
        if count == "":
            self.status.setText("")
        elif count is None:
            self.status.setText(self.tr("No match"))
        else:
            # Counts in the interface's digits (٣ من ١٢ in Arabic), as the other counts.
            which, total = (QLocale().toString(n) for n in count)
            self.status.setText(self.tr("{which} of {total}").format(which=which, total=total))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def start(self) -> None:
        """Show the bar with the query selected (Ctrl+F)."""
        selected = self.view.selected_range()
        self._origin = selected[0] if selected else self.view.cursor_position()
        self.show()
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edit.selectAll()

    def dismiss(self) -> None:
        """Hide the bar and give the article the focus, keeping the match selected."""
        self.hide()
        self.view.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.closed.emit()

    def find_next(self) -> bool:
        selected = self.view.selected_range()
        return self._find(selected[1] if selected else self.view.cursor_position(), False)

    def find_previous(self) -> bool:
        selected = self.view.selected_range()
        return self._find(selected[0] if selected else self.view.cursor_position(), True)

    def _incremental(self, _text: str) -> None:
        # From where the search began, not the caret: after a miss collapsed the selection,
        # deleting the letter that missed finds the same match again.
        self._find(self._origin, False)

    def _find(self, start: int, backwards: bool) -> bool:
        query = self.edit.text()
        if not query:
            self._show_count("")
            return False
        text = self.view.text()
        if self._folded is None or self._folded[0] is not text:  # folded once per article
            self._folded = (text, fold(text))
        folded = self._folded[1]
        found = find_in_text(text, query, start, backwards, folded=folded)
        if found is None:
            self._show_count(None)
            caret = self.view.cursor_position()
            self.view.select_range(caret, caret)
            self.match_missed.emit()
            return False
        which, total = match_count(query, folded, found[0])
        self._show_count((which, total))
        self._origin = found[0]
        self.view.select_range(*found)
        self.match_found.emit(*found)
        return True
