"""QA polish: true swatch colours on selected rows, the span text column's alignment, the
cheat sheet's undo entry, the find bar's last query, document names, the import report."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.app_fixtures import OFFSCREEN_NOISE, find, press
from ui.cheatsheet import ShortcutSheet

pytestmark = OFFSCREEN_NOISE
K = Qt.Key
M = Qt.KeyboardModifier


def test_cheat_sheet_names_undo_and_redo_not_the_next_command(qtbot, open_window):
    window = open_window()
    window.view.select_range(*find(window.view.text(), "توكاييف"))
    press(qtbot, window, K.Key_1)
    press(qtbot, window, K.Key_Z, M.ControlModifier)  # now there is something to redo too
    assert window.actions["undo"].text() != "&Undo"  # the live text names the command
    sheet = window.show_shortcuts()
    table = sheet.table
    actions = [table.item(r, 1).text() for r in range(table.rowCount())]
    assert "Undo" in actions and "Redo" in actions
    assert not [a for a in actions if a.startswith(("Undo ", "Redo "))]
    sheet.close()
    assert isinstance(sheet, ShortcutSheet)
