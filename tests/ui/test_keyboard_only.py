"""A keyboard-only analyst, from an open project to an exported JSONL file: no mouse at all."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit

from tests.ui.app_fixtures import OFFSCREEN_NOISE, file_spans, find, type_text

pytestmark = OFFSCREEN_NOISE
K = Qt.Key
M = Qt.KeyboardModifier


def key(qtbot, k, modifiers=M.NoModifier):
    qtbot.keyClick(QApplication.focusWidget(), k, modifiers)


def test_keyboard_only_from_open_to_export(qtbot, open_window, tmp_path):
    window = open_window()
    text = window.view.text()
    key(qtbot, K.Key_1, M.ControlModifier)  # go to the document list
    assert window.documents.table.hasFocus()
    key(qtbot, K.Key_2, M.ControlModifier)  # back to the article, caret at its start
    assert window.view.hasFocus() and window.view.cursor_position() == 0

    key(qtbot, K.Key_End, M.ShiftModifier)  # select the headline
    key(qtbot, K.Key_2)  # claim
    headline = text.split("\n")[0]
    key(qtbot, K.Key_Escape)

    key(qtbot, K.Key_F, M.ControlModifier)
    type_text(QApplication.focusWidget(), "2030")
    key(qtbot, K.Key_Escape)  # back in the article with the match selected
    key(qtbot, K.Key_T)  # statistic, by its letter

    key(qtbot, K.Key_BracketLeft)  # the number is current: the span before it, the headline
    key(qtbot, K.Key_S)  # relabel the headline as speaker
    key(qtbot, K.Key_BracketRight)
    key(qtbot, K.Key_Delete)  # delete the number …
    key(qtbot, K.Key_Z, M.ControlModifier)  # … and bring it back
    key(qtbot, K.Key_D, M.ControlModifier)  # mark the document done

    path = tmp_path / "test.annot"
    number = find(text, "2030")
    assert file_spans(path) == [
        (0, len(headline), "speaker", headline),
        (*number, "statistic", "2030"),
    ]

    target = tmp_path / "keyboard.jsonl"

    seen_dialog = []

    def fill_in_the_save_dialog(tries=0):
        # Runs inside the dialog's own event loop; polls until it has the keyboard focus.
        dialog = QApplication.activeModalWidget()
        focus = QApplication.focusWidget()
        if not (isinstance(dialog, QFileDialog) and isinstance(focus, QLineEdit)):
            if tries > 200:  # never hang the test run: give up and close whatever is open
                if dialog is not None:
                    dialog.reject()
                return
            QTimer.singleShot(10, lambda: fill_in_the_save_dialog(tries + 1))
            return
        seen_dialog.append(focus.objectName())
        focus.selectAll()
        qtbot.keyClicks(focus, str(target))
        qtbot.keyClick(focus, K.Key_Return)

    QTimer.singleShot(0, fill_in_the_save_dialog)
    with qtbot.waitSignal(window.files.export_finished, timeout=20000):
        key(qtbot, K.Key_E, M.ControlModifier)
    assert seen_dialog == ["fileNameEdit"]  # the file name was typed into the save dialog
    (record,) = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    assert record["status"] == "done"
    assert sorted((record["text"][s["start"] : s["end"]], s["label"]) for s in record["spans"]) == [
        ("2030", "statistic"),
        (headline, "speaker"),
    ]
