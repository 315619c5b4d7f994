"""An edit repaints only the lines it changed, and what the screen shows afterwards is what a
fresh paint of the article gives: no tint, bar or outline left behind, none missing.

"The screen" is the window's backing store as the offscreen platform keeps it
(``QScreen.grabWindow``): unlike ``QWidget.grab`` it is not painted afresh, so it holds what
the partial repaints after each edit left there.
"""

from __future__ import annotations

import random

import pytest
from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtWidgets import QApplication

from tests.ui.app_fixtures import EDITS, OFFSCREEN_NOISE, press, random_edit, word_ranges
from tests.ui.screen_grabs import on_screen, painted_directly

pytestmark = OFFSCREEN_NOISE

K = Qt.Key
M = Qt.KeyboardModifier

SENTENCE = "قال المتحدث باسم الوزارة إن الاجتماع عقد في الرياض بحضور ممثلين عن عشر دول. "
#: One paragraph of many lines between two short ones: a tag in it changes a line or two.
#: All of it fits in the window: a scroll blits what was painted, and Qt restarts the dashes
#: of a suggestion's outline where the viewport's edge cuts it, so an outline cut by the
#: edge and then scrolled differs from one painted afresh (on main before these changes too).
ARTICLE = "عنوان قصير للمقال\n" + SENTENCE * 10 + "\nسطر أخير بعد الفقرة الطويلة.\n"


@pytest.fixture
def long_window(qtbot, open_window, tmp_path, steady_caret):
    path = tmp_path / "long.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    window = open_window(articles=[path])
    assert window.view.document().blockCount() >= 3
    assert window.view.verticalScrollBar().maximum() == 0  # nothing to scroll
    # The suggestion rules' result arrives from a thread, and outlining it repaints the
    # article: let it come first, so what is compared is what the edits repainted.
    qtbot.waitUntil(lambda: bool(window.suggestions.pending), timeout=10000)
    return window


def assert_screen_is_fresh(qtbot, window) -> None:
    QApplication.processEvents()  # the repaints the edit asked for
    shown = on_screen(window.view)
    assert shown == painted_directly(window.view, shown)


def test_the_screen_after_each_edit_is_a_fresh_paint(qtbot, long_window):
    window = long_window
    ranges = word_ranges(window.view.text())
    rng = random.Random(3)
    assert_screen_is_fresh(qtbot, window)
    for _step in range(60):
        action = rng.choice(EDITS)
        random_edit(qtbot, window, rng, action, ranges, len(ranges) - 40, (0, 1, 2, 12))
        assert_screen_is_fresh(qtbot, window)
    assert window.spans.model.rowCount() > 10


class PaintAreas(QObject):
    """Collects the rectangles of the paint events a widget receives."""

    def __init__(self, widget):
        super().__init__(widget)
        self.areas: list[QRect] = []
        widget.installEventFilter(self)

    def eventFilter(self, watched, event):  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Paint:
            self.areas.append(event.rect())
        return False

    def union(self) -> QRect:
        area = QRect()
        for rect in self.areas:
            area = area.united(rect)
        return area


def test_a_tag_repaints_its_line_and_bars_not_its_whole_paragraph(qtbot, long_window):
    window = long_window
    view = window.view
    text = view.text()
    paragraph = view.document().findBlockByNumber(1)
    height = view.blockBoundingRect(paragraph).height()
    assert height > 0.6 * view.viewport().height()  # the paragraph fills most of the view
    middle = text.index(SENTENCE, len(SENTENCE) * 5)
    start = next(s for s, _ in word_ranges(text) if s >= middle)
    end = next(e for s, e in word_ranges(text) if s >= middle + 10)  # two or three words
    view.select_range(start, end)
    QApplication.processEvents()
    caret = view.cursorRect()
    areas = PaintAreas(view.viewport())
    press(qtbot, window, K.Key_1)
    QApplication.processEvents()
    painted = areas.union()
    assert painted.top() <= caret.top() and painted.bottom() >= caret.bottom()
    gap = view.document().documentLayout().line_gap
    assert painted.bottom() >= caret.bottom() + gap  # the bars under the line
    assert painted.height() < height / 3
    on = on_screen(view)
    assert on == painted_directly(view, on)
