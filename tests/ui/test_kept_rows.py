"""The lists paint their rows from kept cell pictures themselves (``ui.kept_rows``) when they
can tell how Qt would paint each cell: what the window shows must be what Qt paints afresh,
after tags, jumps, with the focus in the list or not, right to left, in an inactive window."""

from __future__ import annotations

import random

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QApplication, QWidget

from tests.ui.app_fixtures import OFFSCREEN_NOISE, press
from tests.ui.test_kept_cells import _differences, _many_spans_window, _span_list

pytestmark = OFFSCREEN_NOISE

K = Qt.Key


def _on_screen(table) -> QImage:
    """The list's cells as the window shows them now (its backing store), not painted again."""
    QApplication.processEvents()
    window = table.window()
    viewport = table.viewport()
    whole = QGuiApplication.primaryScreen().grabWindow(window.winId()).toImage()
    at = viewport.mapTo(window, viewport.rect().topLeft())
    return whole.copy(at.x(), at.y(), viewport.width(), viewport.height())


def _by_qt(table) -> QImage:
    """The list's cells as Qt paints them with no kept pictures at all."""
    cells = table.cells
    model, cells.model = cells.model, None
    try:
        return table.viewport().grab().toImage()
    finally:
        cells.model = model


def assert_on_screen_as_qt_paints(table, what) -> None:
    pixels, worst = _differences(_on_screen(table), _by_qt(table))
    # Qt's anti-aliased focus frame may land one colour level apart at another place.
    assert worst <= 2 and pixels < 200, (what, pixels, worst)


def _ready(qtbot, open_window, tmp_path):
    window, words = _many_spans_window(open_window, tmp_path)
    table = _span_list(window)
    qtbot.waitUntil(lambda: table.cells.drawn > 20)  # armed, cells in sight kept
    return window, words, table


def test_tags_all_over_the_list_paint_it_from_kept_rows_as_qt_would(qtbot, open_window, tmp_path):
    window, words, table = _ready(qtbot, open_window, tmp_path)
    painted = table.kept_paints
    rng = random.Random(3)
    untagged = words[1::2]
    for step in range(12):
        start, end = untagged.pop(rng.randrange(len(untagged)))
        window.view.select_range(start, end)
        press(qtbot, window, K.Key_1)
        assert_on_screen_as_qt_paints(table, step)
    assert table.kept_paints > painted + 6  # most of those paints were drawn here


def test_the_focus_in_the_list_and_an_inactive_window_look_as_qt_paints_them(
    qtbot, open_window, tmp_path
):
    window, words, table = _ready(qtbot, open_window, tmp_path)
    window.view.select_range(*words[1])
    press(qtbot, window, K.Key_1)  # a selected, current row
    table.setFocus()  # the current cell has the focus frame
    qtbot.waitUntil(table.hasFocus)
    table.viewport().update()
    assert_on_screen_as_qt_paints(table, "focus in the list")
    press(qtbot, window, K.Key_Down, widget=table)
    assert_on_screen_as_qt_paints(table, "moved down in the list")
    other = QWidget()
    qtbot.addWidget(other)
    other.show()
    other.activateWindow()
    qtbot.waitUntil(lambda: not window.isActiveWindow())
    table.viewport().update()
    assert_on_screen_as_qt_paints(table, "inactive window")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.view.setFocus()
    table.viewport().update()
    assert_on_screen_as_qt_paints(table, "active again, focus in the article")


def test_right_to_left_the_rows_look_as_qt_paints_them(qtbot, open_window, tmp_path):
    window, words, table = _ready(qtbot, open_window, tmp_path)
    table.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    for start, end in (words[3], words[-3], words[41]):
        window.view.select_range(start, end)
        press(qtbot, window, K.Key_1)
        assert_on_screen_as_qt_paints(table, (start, end))
    painted = table.kept_paints
    table.viewport().repaint()
    assert table.kept_paints == painted + 1
