"""Attribution marks under the article's text: links of the current span, the link candidate
while linking, and uncertain spans.

Like the spans, every mark is painted under the text (before Qt draws the glyphs), so no
glyph changes: the letters stay joined with the marks shown. Nothing is told by colour
alone: a linked span has a dashed outline, the candidate a dash-dot one; a connector with
an arrowhead at its ``to`` end shows the direction; an uncertain span a dotted line over it.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import field

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPolygonF, QRegion

from annotator.data_classes import data_class

from .article_geometry import rows_in_view

UNCERTAIN_COLOR = QColor("#444444")


@data_class(frozen=False)
class RelationMarks:
    """What to mark: the relations of the open document, the candidate, uncertain spans."""

    #: (from span id, to span id, colour) of every relation of the document
    relations: list[tuple[int, int, str]] = field(default_factory=list)
    #: while linking: (origin id, candidate id, colour, candidate is the ``to`` end)
    candidate: tuple[int, int, str, bool] | None = None
    uncertain: set[int] = field(default_factory=set)

    def __init__(
        self,
        relations: list[tuple[int, int, str]] | None = None,
        candidate: tuple[int, int, str, bool] | None = None,
        uncertain: set[int] | None = None,
    ) -> None:
        self.relations = [] if relations is None else relations
        self.candidate = candidate
        self.uncertain = set() if uncertain is None else uncertain

    def links_of(self, span_id: int | None) -> list[tuple[int, int, str]]:
        """The relations touching ``span_id``."""
        if span_id is None:
            return []
        return [r for r in self.relations if span_id in (r[0], r[1])]

    def linked_ids(self, span_id: int | None) -> set[int]:
        """The spans linked with ``span_id``."""
        return {a if b == span_id else b for a, b, _ in self.links_of(span_id)}

    def concerns(self, span_id: int | None) -> bool:
        """True when span ``span_id`` is marked whatever the current span: it is linked, or
        it is the candidate or the span linking."""
        if span_id is None:
            return False
        if self.candidate is not None and span_id in self.candidate[:2]:
            return True
        return any(span_id == a or span_id == b for a, b, _ in self.relations)

    def active(self, current: int | None) -> bool:
        """True when something beyond uncertain flags is to be drawn."""
        return self.candidate is not None or bool(self.links_of(current))


def paint_marks(view, painter: QPainter, blocks, current: int | None) -> None:
    """Paint ``view.marks`` on the visible paragraphs ``blocks`` ((block, origin) pairs)."""
    marks: RelationMarks = view.marks
    blocks = list(blocks)
    if marks.uncertain:
        _paint_uncertain(view, painter, blocks, marks.uncertain)
    for shape in link_shapes(view, current):
        if isinstance(shape, Outline):
            painter.setPen(shape.pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            for rect in shape.rects:
                painter.drawRect(rect)
        else:
            painter.setPen(QPen(shape.color, 2))
            painter.drawLine(shape.line)
            painter.setBrush(shape.color)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawPolygon(shape.head)


@data_class
class Outline:
    """A linked span or the candidate: its glyph rectangles (3 px out), outlined."""

    rects: list[QRectF]
    pen: QPen

    def __init__(self, rects: list[QRectF], pen: QPen) -> None:
        d = self.__dict__
        d["rects"] = rects
        d["pen"] = pen


@data_class
class Connector:
    """The line between two spans, with the arrowhead at the relation's ``to`` end."""

    line: QLineF
    head: QPolygonF
    color: QColor  # faded

    def __init__(self, line: QLineF, head: QPolygonF, color: QColor) -> None:
        d = self.__dict__
        d["line"] = line
        d["head"] = head
        d["color"] = color


def link_shapes(view, current: int | None) -> list[Outline | Connector]:
    """What the link marks draw with ``current`` the current span, in viewport coordinates.

    Placed on every paragraph in view, whatever part of it is being painted: a span in view
    is reached where it is, one off screen at the top or bottom edge.
    """
    marks: RelationMarks = view.marks
    if not marks.active(current):
        return []
    viewport = view.viewport()
    height, width = viewport.height(), viewport.width()
    visible = {block.blockNumber(): (block, origin) for block, origin, _ in rows_in_view(view)}
    first = min(visible, default=0)

    def rects(span_id: int) -> tuple[list[QRectF], int]:
        """A span's rectangles on screen, and where it is when off screen (-1 above, 1 below)."""
        placed = view._spans.get(span_id)
        if placed is None:
            return [], 0
        out = []
        for number in range(placed.first_block, placed.last_block + 1):
            if number in visible:
                block, origin = visible[number]
                out += view._painter.rects(block, placed, origin)
        return out, (0 if out else (-1 if placed.last_block < first else 1))

    shapes: list[Outline | Connector] = []

    def link(start: list[QRectF], end: int, color: str, style, pen_width: int, to_end: bool):
        end_rects, where = rects(end)
        pen = QPen(QColor(color), pen_width, style)
        shapes.append(Outline([r.adjusted(-3, -3, 3, 3) for r in end_rects], pen))
        connector = _connector(start, end_rects, where, QColor(color), to_end, width, height)
        if connector is not None:
            shapes.append(connector)

    origin_rects, _ = rects(current) if current is not None else ([], 0)
    for a, b, color in marks.links_of(current):
        other = b if a == current else a
        link(origin_rects, other, color, Qt.PenStyle.DashLine, 2, other == b)
    if marks.candidate is not None:
        origin, candidate, color, forward = marks.candidate
        link(rects(origin)[0], candidate, color, Qt.PenStyle.DashDotLine, 3, forward)
    return shapes


def marks_area(shapes: list[Outline | Connector]) -> QRegion:
    """The part of the viewport ``shapes`` cover, their pens' width and smoothing included."""
    area = QRegion()
    for shape in shapes:
        if isinstance(shape, Outline):
            margin = math.ceil(shape.pen.widthF()) + 1
            for rect in shape.rects:
                area += rect.toAlignedRect().adjusted(-margin, -margin, margin, margin)
        else:
            bounds = shape.head.boundingRect().united(
                QRectF(shape.line.p1(), shape.line.p2()).normalized()
            )
            area += bounds.toAlignedRect().adjusted(-3, -3, 3, 3)
    return area


@contextmanager
def repainting_marks(view, *spans: int | None) -> Iterator[None]:
    """Repaint where the link marks were and where they are after the change made inside
    (the current span, the relations, the candidate, a span of theirs): only that, not the
    whole article, and nothing when they look the same.

    ``spans``: the change is to these spans only (one added or removed, the current span
    and the next): when none of them is marked, the marks stay as they are, unmeasured.
    """
    if spans and not any(view.marks.concerns(span_id) for span_id in spans):
        with seldom_scrolling(view):
            yield
        return
    before = link_shapes(view, view.current_span())
    place = _place(view)
    yield
    after = link_shapes(view, view.current_span())
    if before or after:
        _repaint(view, before, place, after)


def changing_current(view, span_id: int | None):
    """Around making ``span_id`` the current span (the marks show the current span's links):
    ``repainting_marks`` for another span, ``scrolling_marks`` for the same one."""
    current = view.current_span()
    if span_id == current:
        return scrolling_marks(view)
    return repainting_marks(view, current, span_id)


@contextmanager
def scrolling_marks(view) -> Iterator[None]:
    """Around a change that may scroll the view (the caret moved) and leaves the marks as
    they are: if it scrolls, they are repainted where the scroll put them (``_repaint``)."""
    before = link_shapes(view, view.current_span())
    place = _place(view)
    yield
    if _bars(view) != place[:2] and (before or view.marks.active(view.current_span())):
        _repaint(view, before, place, link_shapes(view, view.current_span()))


@contextmanager
def seldom_scrolling(view) -> Iterator[None]:
    """Around a change that leaves the marks as they are and seldom scrolls the view: if it
    does while marks are shown, all of the view is repainted (no measuring beforehand)."""
    bars = _bars(view)
    yield
    if bars != _bars(view) and view.marks.active(view.current_span()):
        view.viewport().update()


def _place(view) -> tuple[int, int, int, float]:
    """Where the view is scrolled: the scroll bars' values, the first paragraph in view and
    the top of that paragraph in the view."""
    block = view.firstVisibleBlock()
    return (*_bars(view), block.blockNumber(), _top(view, block))


def _top(view, block) -> float:
    """Where paragraph ``block`` starts in the view."""
    return view.blockBoundingGeometry(block).translated(view.contentOffset()).top()


def _bars(view) -> tuple[int, int]:
    return view.horizontalScrollBar().value(), view.verticalScrollBar().value()


def _repaint(view, before, place: tuple[int, int, int, float], after) -> None:
    """Repaint the marks ``before`` (placed with the view at ``place``) and ``after``.

    A scroll moves what is on screen with the text (Qt copies the pixels and paints only
    what comes into view), the marks drawn at the view's edge as well: the old marks are
    repainted where the copy put them. Scrolled sideways (never: lines wrap): all of it."""
    viewport = view.viewport()
    now = _bars(view)
    if now == place[:2]:
        if before != after:
            viewport.update(marks_area(before) + marks_area(after))
    elif now[0] != place[0]:
        viewport.update()
    else:
        moved = round(_top(view, view.document().findBlockByNumber(place[2])) - place[3])
        viewport.update(marks_area(before).translated(0, moved) + marks_area(after))


def _connector(
    origin: list[QRectF],
    target: list[QRectF],
    where: int,
    color: QColor,
    to_target: bool,
    width: int,
    height: int,
) -> Connector | None:
    """A line between the two spans, its arrowhead at the relation's ``to`` end; a span off
    screen is reached at the top or bottom edge."""
    if not origin and not target:
        return None
    a = origin[0].center() if origin else QPointF(width / 2, 0 if where >= 0 else height)
    if target:
        b = target[0].center()
    else:
        b = QPointF(a.x(), 0.0 if where < 0 else float(height))
    if not origin:
        a = QPointF(b.x(), 0.0)
    line = QLineF(a, b)
    if line.length() < 4:
        return None
    faded = QColor(color)
    faded.setAlpha(170)
    tip, tail = (b, a) if to_target else (a, b)
    angle = math.atan2(tip.y() - tail.y(), tip.x() - tail.x())
    size = 10.0
    head = QPolygonF(
        [
            tip,
            QPointF(
                tip.x() - size * math.cos(angle - 0.45), tip.y() - size * math.sin(angle - 0.45)
            ),
            QPointF(
                tip.x() - size * math.cos(angle + 0.45), tip.y() - size * math.sin(angle + 0.45)
            ),
        ]
    )
    return Connector(line, head, faded)


def _paint_uncertain(view, painter: QPainter, blocks, uncertain: set[int]) -> None:
    pen = QPen(UNCERTAIN_COLOR, 2, Qt.PenStyle.DotLine)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for block, origin in blocks:
        for placed in view._spans.in_block(block.blockNumber()):
            if placed.id in uncertain:
                for rect in view._painter.rects(block, placed, origin):
                    y = rect.top() + 1
                    painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))
