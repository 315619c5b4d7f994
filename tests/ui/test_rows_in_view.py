"""The paragraphs in view, measured once and kept while the view shows the same place
(``article_geometry.rows_in_view``): after a scroll, a resize, a new font or a new text they
are measured again, and are what measuring them afresh gives."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF

from annotator.model import Label
from ui import article_geometry
from ui.article_view import ArticleView

LABELS = [Label(1, "speaker", "#e69f00", "1", "s")]
PARAGRAPH = "قال المتحدث باسم الوزارة إن الاجتماع عقد في الرياض. " * 6


@pytest.fixture
def view(qtbot):
    view = ArticleView()
    qtbot.addWidget(view)
    view.resize(500, 400)
    view.show()
    qtbot.waitExposed(view)
    view.set_article("\n".join([PARAGRAPH] * 40), [], LABELS)
    view.viewport().repaint()
    return view


def described(rows) -> list:
    return [(block.blockNumber(), origin.x(), origin.y(), height) for block, origin, height in rows]


def assert_as_measured_afresh(view) -> None:
    kept = described(article_geometry.rows_in_view(view))
    area = QRectF(view.viewport().rect())
    assert kept == described(article_geometry.visible_rows(view, area))
    assert kept  # something is in view


def test_rows_are_kept_while_nothing_moves(view, monkeypatch):
    article_geometry.rows_in_view(view)
    measured = []
    real = article_geometry.visible_rows
    monkeypatch.setattr(
        article_geometry, "visible_rows", lambda *args: measured.append(1) or real(*args)
    )
    view.viewport().repaint()
    article_geometry.rows_in_view(view)
    assert measured == []


def test_rows_are_measured_again_after_a_scroll_a_resize_a_font_and_a_text(view):
    view.verticalScrollBar().setValue(7)
    assert_as_measured_afresh(view)
    view.resize(420, 380)  # lines wrap elsewhere
    assert_as_measured_afresh(view)
    view.set_font_point_size(view.font_point_size() + 6)
    assert_as_measured_afresh(view)
    # More room for bars (as a new font gives): every paragraph is laid out again lazily,
    # the view has not moved, and no paragraph is measured before the rows are asked for.
    view.verticalScrollBar().setValue(0)
    view.viewport().repaint()
    view._layout.line_gap += 5
    document = view.document()
    document.markContentsDirty(0, document.characterCount())
    assert_as_measured_afresh(view)
    view.set_article("\n".join([PARAGRAPH[:90]] * 60), [], LABELS)
    assert_as_measured_afresh(view)
    view.viewport().repaint()
    view.verticalScrollBar().setValue(3)
    assert_as_measured_afresh(view)


def test_kept_rows_place_paragraphs_where_measuring_them_does(view):
    """repaint_range takes a paragraph's place from the kept rows instead of walking the
    blocks from the first on screen: the same numbers, wherever the view is scrolled."""
    bar = view.verticalScrollBar()
    for value in (0, 3, bar.maximum() // 2, bar.maximum()):
        bar.setValue(value)
        article_geometry.rows_in_view(view)  # lays out what comes into view: not kept yet
        rows = article_geometry.rows_in_view(view)
        kept = article_geometry._kept_rows(view)
        assert len(kept) == len(rows) > 1
        for block, _, _ in rows:
            offset = view.contentOffset()
            area = view.blockBoundingGeometry(block).translated(offset)
            assert kept[block.blockNumber()] == (area.top(), area.height())
