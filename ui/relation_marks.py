"""Attribution marks under the article's text: links of the current span, the link candidate
while linking, and uncertain spans.

Like the spans, every mark is painted under the text (before Qt draws the glyphs), so no
glyph changes: the letters stay joined with the marks shown. Nothing is told by colour
alone: a linked span has a dashed outline, the candidate a dash-dot one; a connector with
an arrowhead at its ``to`` end shows the direction; an uncertain span a dotted line over it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPolygonF

UNCERTAIN_COLOR = QColor("#444444")


@dataclass
class RelationMarks:
    """What to mark: the relations of the open document, the candidate, uncertain spans."""

    #: (from span id, to span id, colour) of every relation of the document
    relations: list[tuple[int, int, str]] = field(default_factory=list)
    #: while linking: (origin id, candidate id, colour, candidate is the ``to`` end)
    candidate: tuple[int, int, str, bool] | None = None
    uncertain: set[int] = field(default_factory=set)

    def links_of(self, span_id: int | None) -> list[tuple[int, int, str]]:
        """The relations touching ``span_id``."""
        if span_id is None:
            return []
        return [r for r in self.relations if span_id in (r[0], r[1])]

    def linked_ids(self, span_id: int | None) -> set[int]:
        """The spans linked with ``span_id``."""
        return {a if b == span_id else b for a, b, _ in self.links_of(span_id)}

    def active(self, current: int | None) -> bool:
        """True when something beyond uncertain flags is to be drawn."""
        return self.candidate is not None or bool(self.links_of(current))


def paint_marks(view, painter: QPainter, blocks, current: int | None) -> None:
    """Paint ``view.marks`` on the visible paragraphs ``blocks`` ((block, origin) pairs)."""
    marks: RelationMarks = view.marks
    blocks = list(blocks)
    visible = {block.blockNumber(): (block, origin) for block, origin in blocks}
    if marks.uncertain:
        _paint_uncertain(view, painter, blocks, marks.uncertain)
    if not marks.active(current):
        return
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

    height = view.viewport().height()
    width = view.viewport().width()
    origin_rects, _ = rects(current) if current is not None else ([], 0)
    for a, b, color in marks.links_of(current):
        other = b if a == current else a
        other_rects, where = rects(other)
        pen = QPen(QColor(color), 2, Qt.PenStyle.DashLine)
        _outline(painter, other_rects, pen)
        _connector(painter, origin_rects, other_rects, where, QColor(color), other == b, width,
                   height)  # fmt: skip
    if marks.candidate is not None:
        origin, candidate, color, forward = marks.candidate
        start_rects = rects(origin)[0]
        cand_rects, where = rects(candidate)
        pen = QPen(QColor(color), 3, Qt.PenStyle.DashDotLine)
        _outline(painter, cand_rects, pen)
        _connector(painter, start_rects, cand_rects, where, QColor(color), forward, width, height)


def _outline(painter: QPainter, rects: list[QRectF], pen: QPen) -> None:
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for rect in rects:
        painter.drawRect(rect.adjusted(-3, -3, 3, 3))


def _connector(
    painter: QPainter,
    origin: list[QRectF],
    target: list[QRectF],
    where: int,
    color: QColor,
    to_target: bool,
    width: int,
    height: int,
) -> None:
    """A line between the two spans, its arrowhead at the relation's ``to`` end; a span off
    screen is reached at the top or bottom edge."""
    if not origin and not target:
        return
    a = origin[0].center() if origin else QPointF(width / 2, 0 if where >= 0 else height)
    if target:
        b = target[0].center()
    else:
        b = QPointF(a.x(), 0.0 if where < 0 else float(height))
    if not origin:
        a = QPointF(b.x(), 0.0)
    line = QLineF(a, b)
    if line.length() < 4:
        return
    faded = QColor(color)
    faded.setAlpha(170)
    painter.setPen(QPen(faded, 2))
    painter.drawLine(line)
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
    painter.setBrush(faded)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawPolygon(head)


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
