"""Where things in the article view are on screen: the paragraphs in view, the lines a range
covers (and the bars under them), the span under a point, and scrolling a position into view.

Plain functions of the view (a ``QPlainTextEdit`` whose document has an ``ArticleLayout``):
the widget in ``ui.article_view`` keeps the state (text, spans, current span), these only
measure. Kept apart so the widget reads as what it shows, not how Qt's geometry is read.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRect, QRectF
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QPlainTextEdit

from .span_layout import PlacedSpan
from .span_painter import SpanPainter


def reaches(top: float, height: float, gap: float, area: QRectF) -> bool:
    """Whether a row at ``top``, ``height`` high (its bars ``gap`` below it), reaches into
    ``area``."""
    return top <= area.bottom() and top + height + gap >= area.top()


def visible_rows(view: QPlainTextEdit, area: QRectF):
    """(block, top-left in viewport, height) for the blocks of ``view`` whose lines or bars
    reach into ``area``."""
    offset = view.contentOffset()
    block = view.firstVisibleBlock()
    top = view.blockBoundingGeometry(block).translated(offset).top()
    previous = block.previous()
    if previous.isValid():  # its last line's bars reach into the first visible line
        block = previous
        top -= view.blockBoundingRect(block).height()
    gap = view.document().documentLayout().line_gap
    while block.isValid() and top <= area.bottom():
        height = view.blockBoundingRect(block).height()
        if block.isVisible() and reaches(top, height, gap, area):
            yield block, QPointF(offset.x(), top), height
        top += height
        block = block.next()


def blocks_in(rows: list[tuple], area: QRectF, gap: float) -> list[tuple]:
    """(block, top-left) of the kept ``rows`` (``rows_in_view``) that reach into ``area``."""
    return [(b, o) for b, o, h in rows if reaches(o.y(), h, gap, area)]


def rows_in_view(view: QPlainTextEdit) -> list[tuple]:
    """``visible_rows`` of the whole viewport, kept while the view shows the same place: the
    same scroll place, size and layout (``ArticleLayout.generation``, which changes when any
    paragraph is laid out again or the document changes). A tag paints twice (its lines,
    then the bench's whole viewport), and measuring the rows through the layout's Python
    override each time was a tenth of the view's own painting."""
    key = _place(view)
    kept = getattr(view, "_rows_in_view", None)
    if kept is not None and kept[0] == key:
        return kept[1]
    rows = list(visible_rows(view, QRectF(view.viewport().rect())))
    # Measuring may lay paragraphs out (a new generation): kept only if nothing moved.
    if _place(view) == key:
        where = {block.blockNumber(): (origin.y(), height) for block, origin, height in rows}
        view._rows_in_view = (key, rows, where)
    else:
        view._rows_in_view = None
    return rows


def _kept_rows(view: QPlainTextEdit) -> dict:
    """Block number -> (top in the viewport, height) of the rows ``rows_in_view`` kept, if
    the view still shows the same place; else empty."""
    kept = getattr(view, "_rows_in_view", None)
    return kept[2] if kept is not None and kept[0] == _place(view) else {}


def _place(view: QPlainTextEdit) -> tuple:
    offset = view.contentOffset()
    size = view.viewport().size()
    layout = view.document().documentLayout()
    first = view.firstVisibleBlock().blockNumber()
    return (offset.x(), offset.y(), first, size.width(), size.height(), layout.generation)


def repaint_range(view: QPlainTextEdit, start: int, end: int) -> QRect:
    """Repaint the lines holding Qt positions ``[start, end)`` (with the gap above the first,
    where an outline or a one-letter frame may reach, and the bars under the last) where
    they are on screen: a paragraph can be a screenful, and a tag changes a line or two.
    Returns the viewport area repainted (empty if none of it is on screen)."""
    document = view.document()
    first = document.findBlock(start)
    last = document.findBlock(max(start, end - 1))
    if not first.isValid() or not last.isValid():
        return QRect()
    if last.blockNumber() - first.blockNumber() > 9:  # a long stretch: what is on screen
        view.viewport().update()
        return view.viewport().rect()
    gap = document.documentLayout().line_gap
    kept = _kept_rows(view)
    top, height = _row(view, first, kept)
    last_top = top
    if last != first:
        last_top, height = _row(view, last, kept)
    bottom = last_top + height + gap
    line = _line_at(first, start)
    if line is not None:
        top += line.y() - gap
    line = _line_at(last, max(start, end - 1))
    if line is not None:
        bottom = last_top + line.y() + line.height() + gap
    return _update_rows(view, top - 2, bottom + 2)


def _row(view: QPlainTextEdit, block, kept: dict) -> tuple[float, float]:
    """(top in the viewport, height) of ``block``: from the rows kept (the same sums of the
    same heights, so the same numbers), else measured. Measuring walks the blocks from the
    first on screen through ArticleLayout's Python override, one call per block."""
    row = kept.get(block.blockNumber())
    if row is not None:
        return row
    area = view.blockBoundingGeometry(block).translated(view.contentOffset())
    return area.top(), area.height()


def _line_at(block, pos: int):
    """The laid-out line of ``block`` holding document position ``pos``, or None."""
    layout = block.layout()
    if layout is None or layout.lineCount() == 0:
        return None
    line = layout.lineForTextPosition(min(max(pos - block.position(), 0), block.length() - 1))
    return line if line.isValid() else None


def _update_rows(view: QPlainTextEdit, top: float, bottom: float) -> QRect:
    """Repaint the viewport's full width from ``top`` to ``bottom``, if any of it is seen;
    the area repainted."""
    viewport = view.viewport()
    area = QRectF(0, top, viewport.width(), bottom - top)
    visible = QRectF(viewport.rect())
    if not area.intersects(visible):
        return QRect()
    area = area.intersected(visible)
    top, height = int(area.top()) - 1, int(area.height()) + 3
    viewport.update(0, top, viewport.width(), height)
    return QRect(0, top, viewport.width(), height)


def span_at_point(view: QPlainTextEdit, painter: SpanPainter, point: QPointF) -> int | None:
    """The innermost span painted under viewport ``point``, or None."""
    block = view.cursorForPosition(point.toPoint()).block()
    gap = view.document().documentLayout().line_gap
    hits: list[PlacedSpan] = []
    for candidate in (block.previous(), block, block.next()):
        if not candidate.isValid():
            continue
        origin = view.blockBoundingGeometry(candidate).translated(view.contentOffset())
        for span in painter.spans.in_block(candidate.blockNumber()):
            for rect in painter.rects(candidate, span, origin.topLeft()):
                if rect.adjusted(0, 0, 0, gap).contains(point):
                    hits.append(span)
    if not hits:
        return None
    return min(hits, key=lambda s: (s.end - s.start, -s.depth)).id


def scroll_to(view: QPlainTextEdit, qt_pos: int) -> None:
    """Scroll so that ``qt_pos`` is in view, a third of a page from the top."""
    cursor = QTextCursor(view.document())
    cursor.setPosition(qt_pos)
    block = cursor.block()
    bar = view.verticalScrollBar()
    # The scroll bar counts lines, and a paragraph counts as one line until it is laid
    # out: lay out what comes into view and aim again until the line numbers settle.
    for _ in range(5):
        rect = view.cursorRect(cursor)
        if rect.top() >= 0 and rect.bottom() <= view.viewport().height():
            return
        line = block.layout().lineForTextPosition(qt_pos - block.position())
        target = block.firstLineNumber() + max(line.lineNumber(), 0)
        bar.setValue(max(0, target - max(1, bar.pageStep() // 3)))
        shown = view.firstVisibleBlock()
        while shown.isValid() and shown.blockNumber() <= block.blockNumber():
            view.blockBoundingRect(shown)
            shown = shown.next()
