"""The spans kept as one picture of the viewport (``ui.span_layer``): what the screen shows is
what painting the spans directly gives, pixel for pixel, after edits, link keys, selections
and scrolls; and a repaint that changes no span draws none.

"The screen" is the window's backing store as the offscreen platform keeps it
(``QScreen.grabWindow``): it holds what the partial repaints after each edit left there.
"""

from __future__ import annotations

import random

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.app_fixtures import EDITS, OFFSCREEN_NOISE, press, random_edit, word_ranges
from tests.ui.screen_grabs import on_screen, painted_directly
from ui.span_layer import SpanLayer
from ui.span_painter import SpanPainter

pytestmark = OFFSCREEN_NOISE

K = Qt.Key

#: Arabic with Latin and digits inside (mixed directions on one line), one LTR paragraph,
#: and enough lines to scroll.
SENTENCE = "قال المتحدث باسم الوزارة (Reuters) إن الاجتماع عقد في الرياض عام 2024 بحضور ممثلين. "
ARTICLE = (
    "عنوان قصير للمقال\n"
    + SENTENCE * 12
    + "\nThe minister said: «السلام عليكم» and left.\n"
    + SENTENCE * 20
    + "\nسطر أخير.\n"
)


def open_article(open_window, tmp_path, qtbot, name: str):
    folder = tmp_path / name
    folder.mkdir()
    path = folder / "mixed.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    window = open_window(articles=[path], project_path=folder / "mixed.annot")
    assert window.view.verticalScrollBar().maximum() > 0  # there is somewhere to scroll
    # The suggestion rules' result comes from a thread: let its outlines arrive first.
    qtbot.waitUntil(lambda: bool(window.suggestions.pending), timeout=10000)
    return window


@pytest.fixture
def window(qtbot, open_window, tmp_path, steady_caret):
    return open_article(open_window, tmp_path, qtbot, "one")


def assert_as_painted_directly(view) -> None:
    QApplication.processEvents()  # the repaints the last step asked for
    shown = on_screen(view)
    assert shown == painted_directly(view, shown)
    view.viewport().repaint()  # a full paint from the picture
    assert on_screen(view) == shown


def walk(qtbot, window) -> list:
    """A random walk of edits, link keys, selections and scrolls; what the screen shows
    after each step's repaints, and after a full repaint."""
    view = window.view
    ranges = word_ranges(view.text())
    rng = random.Random(11)
    shots = []
    for _step in range(70):
        action = rng.choice([*EDITS, "link", "select", "scroll"])
        if action == "link":
            press(qtbot, window, K.Key_R)
            press(qtbot, window, K.Key_Return)
        elif action == "select":  # the selection is drawn over the spans
            i = rng.randrange(len(ranges) - 3)
            view.select_range(ranges[i][0], ranges[i + rng.choice((0, 2))][1])
        elif action == "scroll":
            bar = view.verticalScrollBar()
            bar.setValue(rng.randrange(bar.maximum() + 1))
        else:
            random_edit(qtbot, window, rng, action, ranges, len(ranges) - 3, (0, 1, 2))
        QApplication.processEvents()  # the repaints the step asked for
        shots.append((action, on_screen(view)))
        view.viewport().repaint()
        shots.append((action, on_screen(view)))
    assert window.spans.model.rowCount() > 10
    return shots


def test_the_screen_is_what_painting_the_spans_directly_gives(
    qtbot, open_window, tmp_path, steady_caret
):
    """The same steps in two windows, one painting its spans from the picture, one directly
    (as before the picture): the screens are the same after every step. (Not against a
    fresh paint: after a scroll, Qt's dashes of an outline cut by the viewport's edge differ
    from a fresh paint's, picture or not.)"""
    # Both open before either walks: the second would start from the window state the
    # first saved when closed.
    kept = open_article(open_window, tmp_path, qtbot, "kept")
    direct = open_article(open_window, tmp_path, qtbot, "direct")
    direct.view.span_layer.enabled = False
    shots = {}
    for window in (kept, direct):
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        window.view.setFocus()
        shots[window] = walk(qtbot, window)
    kept_shots, direct_shots = shots[kept], shots[direct]
    assert [a for a, _ in kept_shots] == [a for a, _ in direct_shots]
    for (action, a), (_, b) in zip(kept_shots, direct_shots, strict=True):
        assert a == b, action


def test_a_repaint_that_changes_no_span_draws_none(qtbot, window, monkeypatch):
    view = window.view
    words = word_ranges(view.text())
    view.select_range(words[3][0], words[5][1])
    press(qtbot, window, K.Key_1)
    QApplication.processEvents()
    view.viewport().repaint()
    drawn = []
    real = SpanPainter.paint
    monkeypatch.setattr(SpanPainter, "paint", lambda *args: drawn.append(args) or real(*args))
    view.viewport().repaint()
    view.select_range(words[8][0], words[9][1])  # a new selection repaints its lines
    QApplication.processEvents()
    assert drawn == []
    assert_as_painted_directly(view)


def test_a_tag_draws_its_lines_into_the_picture_not_its_whole_paragraph(qtbot, window, monkeypatch):
    view = window.view
    paragraph = view.document().findBlockByNumber(1)
    height = view.blockBoundingRect(paragraph).height()
    assert height > 0.6 * view.viewport().height()  # the paragraph fills most of the view
    text = view.text()
    start = next(s for s, _ in word_ranges(text) if s >= text.index(SENTENCE) + 4 * len(SENTENCE))
    first = word_ranges(text)[1]  # a span in the heading: the picture is made
    view.select_range(*first)
    press(qtbot, window, K.Key_2)
    view.select_range(start, start + 12)
    QApplication.processEvents()
    view.viewport().repaint()
    areas = []
    real = SpanLayer._draw
    monkeypatch.setattr(
        SpanLayer,
        "_draw",
        lambda self, spans, rows, stale, *rest: (
            areas.append(stale) or real(self, spans, rows, stale, *rest)
        ),
    )
    press(qtbot, window, K.Key_1)
    QApplication.processEvents()
    view.viewport().repaint()
    assert len(areas) == 1
    assert 0 < sum(rect.height() for rect in areas[0]) < height / 3
    assert_as_painted_directly(view)


def test_spans_are_painted_directly_where_the_background_is_not_one_colour(qtbot, window):
    from PySide6.QtGui import QBrush, QPalette

    view = window.view
    palette = view.viewport().palette()
    palette.setBrush(
        QPalette.ColorRole.Base, QBrush(Qt.GlobalColor.yellow, Qt.BrushStyle.Dense4Pattern)
    )
    view.viewport().setPalette(palette)
    words = word_ranges(view.text())
    view.select_range(words[3][0], words[5][1])
    press(qtbot, window, K.Key_2)
    QApplication.processEvents()
    assert not view.span_layer.paint(view, None, view.viewport().rect(), None)
    assert_as_painted_directly(view)
