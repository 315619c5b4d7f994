"""A paragraph's span drawing is made again only where spans changed (``ui.span_batches``):
after every step of a random walk of edits, link keys, current-span moves and scrolls, each
paragraph's kept drawing is what making all of it afresh gives; a tag makes the drawings of
the spans it changed, not its paragraph's."""

from __future__ import annotations

import random

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from tests.ui.app_fixtures import EDITS, OFFSCREEN_NOISE, press, random_edit, word_ranges
from ui import span_batches
from ui.article_layout import BlockPaint

pytestmark = OFFSCREEN_NOISE

K = Qt.Key

SENTENCE = "قال المتحدث باسم الوزارة (Reuters) إن الاجتماع عقد في الرياض عام 2024 بحضور ممثلين. "
ARTICLE = "عنوان قصير\n" + SENTENCE * 10 + "\nThe minister said: «السلام عليكم».\n" + SENTENCE * 6


def open_article(open_window, tmp_path):
    path = tmp_path / "mixed.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    window = open_window(articles=[path], project_path=tmp_path / "mixed.annot")
    window.view.setFocus()
    return window


def described(paint: BlockPaint) -> list:
    """A paragraph's draw list with colours by value and rectangles as numbers."""

    def colour(c):
        return c.rgba() if isinstance(c, QColor) else id(c)  # brushes: one object per label

    out = [(colour(c), [r.getRect() for r in rects]) for c, rects in span_batches.batches(paint)]
    if paint.outline is not None:
        out.append((colour(paint.outline[0]), [r.getRect() for r in paint.outline[1]]))
    return out


def assert_kept_is_afresh(view) -> None:
    painter, current = view._painter, view.current_span()
    for number, paint in list(view._layout.painted.items()):
        block = view.document().findBlockByNumber(number)
        spans = view._spans.in_block(number)
        if not spans:
            continue
        painter.version(block, current)  # brought up to date, as a paint would
        afresh = BlockPaint(shapes=paint.shapes)
        span_batches.refresh(painter, block, spans, afresh, current)
        assert [key for _, key, _ in paint.entries] == [key for _, key, _ in afresh.entries]
        assert described(paint) == described(afresh)
        assert paint.rank == afresh.rank


def test_kept_drawings_are_what_making_them_afresh_gives(qtbot, open_window, tmp_path, monkeypatch):
    window = open_article(open_window, tmp_path)
    view = window.view
    ranges = word_ranges(view.text())
    made_again = []
    real = span_batches._entries

    def entries(painter, block, spans, p, q, *rest):
        made_again.append((p, q) != (0, len(spans)))
        return real(painter, block, spans, p, q, *rest)

    monkeypatch.setattr(span_batches, "_entries", entries)
    rng = random.Random(5)
    for _step in range(80):
        action = rng.choice([*EDITS, "link", "scroll"])
        if action == "link":
            press(qtbot, window, K.Key_R)
            press(qtbot, window, K.Key_Return)
        elif action == "scroll":
            bar = view.verticalScrollBar()
            bar.setValue(rng.randrange(bar.maximum() + 1))
        else:
            random_edit(qtbot, window, rng, action, ranges, len(ranges) - 3, (0, 1, 2, 3))
        QApplication.processEvents()
        assert_kept_is_afresh(view)
    assert window.spans.model.rowCount() > 20
    assert sum(made_again) > 20  # the paragraphs were made again in part


def test_a_tag_makes_the_drawings_of_the_spans_it_changed_only(
    qtbot, open_window, tmp_path, monkeypatch
):
    window = open_article(open_window, tmp_path)
    view = window.view
    words = word_ranges(view.text())[3:40]
    for start, end in words[::2]:  # a paragraph of spans
        view.select_range(start, end)
        press(qtbot, window, K.Key_1)
    QApplication.processEvents()
    view.viewport().repaint()
    made = []
    real = span_batches._drawing

    def drawing(painter, block, placed, *rest):
        made.append(placed.id)
        return real(painter, block, placed, *rest)

    monkeypatch.setattr(span_batches, "_drawing", drawing)
    view.select_range(words[7][0], words[9][1])  # over three words, one of them tagged
    press(qtbot, window, K.Key_2)
    QApplication.processEvents()
    view.viewport().repaint()
    new = view.current_span()
    inside = set(view.span_ids_at(words[8][0])) - {new}
    assert new in made and inside <= set(made)
    assert len(set(made)) <= 4  # the new span, the one it holds, the one current before
    assert_kept_is_afresh(view)
