"""Two seconds after the last edit, the window's project is checkpointed: the .annot file
alone, copied while the app is open, holds the tag."""

from __future__ import annotations

import shutil

from PySide6.QtCore import Qt

from tests.ui.app_fixtures import OFFSCREEN_NOISE, file_spans, find, press

pytestmark = OFFSCREEN_NOISE


def test_the_file_alone_holds_a_tag_once_the_window_settles(qtbot, open_window, tmp_path):
    window = open_window()
    window.session._settle.setInterval(50)  # the same timer, not two seconds in a test
    text = window.view.text()
    start, end = find(text, "قال")
    window.view.select_range(start, end)
    with qtbot.waitSignal(window.session.checkpointed, timeout=5000) as done:
        press(qtbot, window, Qt.Key.Key_1)
    assert done.args == [True]
    shutil.copyfile(tmp_path / "test.annot", tmp_path / "copy.annot")  # no -wal beside it
    assert [(s, e) for s, e, _, _ in file_spans(tmp_path / "copy.annot")] == [(start, end)]
