"""Help ▸ Keyboard shortcuts: every action of the window with its keys, menu by menu."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from annotator.display import LRI, PDI

from .actions import ACTIONS, menu_title, tr_action
from .keyboard import ARABIC_BY_LATIN


def _plain_text(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _action_text(action: QAction) -> str:
    """The spec's text: an undo group's action renames itself after the next command
    ("Undo Tag “160” as statistic"), which says nothing in a list of keys."""
    spec = next((s for s in ACTIONS if s.id == action.objectName()), None)
    return _plain_text(tr_action(spec.text) if spec else action.text())


_K = Qt.Key
#: Keys beyond the printable ones that every keyboard has (F13+, "Open", "Help", "Undo" and
#: other media keys are left out of the sheet: nobody can type them).
_NAMED_KEYS = frozenset(
    {
        _K.Key_Escape, _K.Key_Tab, _K.Key_Backtab, _K.Key_Backspace, _K.Key_Return,
        _K.Key_Enter, _K.Key_Insert, _K.Key_Delete, _K.Key_Home, _K.Key_End, _K.Key_Left,
        _K.Key_Up, _K.Key_Right, _K.Key_Down, _K.Key_PageUp, _K.Key_PageDown,
        *(_K(_K.Key_F1.value + n) for n in range(12)),
    }
)  # fmt: skip


def typeable(sequence: QKeySequence) -> bool:
    """True when every key of ``sequence`` is on an ordinary keyboard."""
    if sequence.isEmpty():
        return False
    for i in range(sequence.count()):
        key = sequence[i].key()
        if key.value >= _K.Key_Escape.value and key not in _NAMED_KEYS:
            return False
    return True


def _as_typed(keys: str) -> str:
    """A key sequence laid out left to right whatever the sentence around it (LRI … PDI):
    in an Arabic cell "Shift+١" would otherwise read "١+Shift"."""
    return LRI + keys + PDI


def _with_twin(keys: str, isolate=lambda keys: keys) -> str:
    """A one-key label shortcut with the key's Arabic-layout twin: "S (س)", "1 (١)"."""
    key = keys.removeprefix("Shift+")
    twin = len(key) == 1 and (
        ARABIC_BY_LATIN.get(key.lower())
        or ("٠١٢٣٤٥٦٧٨٩"[int(key)] if key.isascii() and key.isdigit() else "")
    )
    if not twin:
        return isolate(keys)
    return f"{isolate(keys)} ({isolate(keys.removesuffix(key) + twin)})"


def shortcut_rows(
    actions: list[tuple[str, QAction]], as_typed: bool = False
) -> list[tuple[str, str, str]]:
    """(menu, what it does, keys) for every action, in menu order; ``as_typed``: each key
    sequence isolated left to right, for showing."""
    isolate = _as_typed if as_typed else (lambda keys: keys)
    # ، between them in Arabic (a Latin comma after a right-to-left run reads ",x")
    comma = QCoreApplication.translate("ShortcutSheet", ", ") if as_typed else ", "
    rows = []
    for menu, action in actions:
        keys = comma.join(
            _with_twin(s.toString(QKeySequence.SequenceFormat.NativeText), isolate)
            for s in action.shortcuts()
            if typeable(s)
        )
        rows.append((_plain_text(menu_title(menu)), _action_text(action), keys or "—"))
    return rows


class ShortcutSheet(QDialog):
    """A read-only table of the shortcuts (table items never interpret markup)."""

    def __init__(self, actions: list[tuple[str, QAction]], parent=None):
        super().__init__(parent)
        self.setObjectName("shortcut-sheet")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = shortcut_rows(actions, as_typed=True)
        self.table = QTableWidget(len(rows), 3)
        self.table.setObjectName("shortcut-table")
        self.table.setHorizontalHeaderLabels([self.tr("Menu"), self.tr("Action"), self.tr("Keys")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                self.table.setItem(r, c, QTableWidgetItem(text))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(640, 560)
