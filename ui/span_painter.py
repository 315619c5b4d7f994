"""Painting spans under the article's text: glyph shapes, the per-paragraph paint cache, drawing.

Spans are painted under the text, from the glyph runs of the laid-out lines, never as
character formats (a format that starts inside a word splits the shaping run and unjoins the
letters), so a span that crosses from Arabic into Latin covers exactly its own glyphs. Which
spans a paragraph has and their bar depths come from ``ui.span_layout``; this module turns
them into rectangles, keeps them per paragraph between paints (in the ``BlockPaint`` of
``ui.article_layout``), and draws them.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QImage, QPainter, QPen, QRegion, QTextBlock

from annotator.model import Label

from . import theme
from .article_layout import ArticleLayout, BlockPaint
from .span_batches import draw, refresh
from .span_layout import PlacedSpan, SpanLayout

BACKGROUND_ALPHA = 64


def bar_and_fill(color: str | QColor, alpha: int = BACKGROUND_ALPHA) -> tuple[QColor, QColor]:
    """A label's bar colour and the translucent tint painted under its text."""
    bar = QColor(color)
    fill = QColor(bar)
    fill.setAlpha(alpha)
    return bar, fill


_GRAY = bar_and_fill(QColor(Qt.GlobalColor.gray))


#: The bar under each label's spans, by the label's place in the set: so that labels are never
#: told apart by colour alone, each has its own dash pattern as well (on, off, on, off... in
#: device pixels; () is a solid bar). Labels past the last pattern start the list again.
BAR_PATTERNS = ((), (6, 3), (2, 2), (8, 2, 2, 2), (12, 4), (2, 2, 2, 6))


def bar_brush(color: QColor, pattern: tuple[int, ...]) -> QBrush:
    """A brush that paints ``color`` in ``pattern``'s dashes (a one-pixel-high texture tiled
    along the bar), or solid."""
    if not pattern:
        return solid_brush(color)
    image = QImage(sum(pattern), 1, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    x = 0
    for i, length in enumerate(pattern):
        if i % 2 == 0:
            for dx in range(length):
                image.setPixelColor(x + dx, 0, color)
        x += length
    brush = QBrush()
    brush.setTextureImage(image)
    return brush


def solid_brush(color: QColor) -> QBrush:
    """``QBrush(color)``, made without the constructor: its overloads (gradient, image,
    pixmap...) make PySide6 create those classes and their enums on the first call, ~5 ms of
    start-up."""
    brush = QBrush()
    brush.setColor(color)
    brush.setStyle(Qt.BrushStyle.SolidPattern)
    return brush


def measure(layout, start: int, end: int) -> list[tuple]:
    """Where UTF-16 range ``[start, end)`` of a laid-out paragraph is, one piece per visual run.

    (left, top, width, height, baseline, descent) relative to the paragraph: a span crossing
    from Arabic into Latin can be two separate stretches of one line, and
    cursorToX(start)..cursorToX(end) would cover the wrong glyphs.
    """
    if start >= end or layout.lineCount() == 0:
        return []
    first = layout.lineForTextPosition(start).lineNumber()
    last = layout.lineForTextPosition(end - 1).lineNumber()
    pieces = []
    for number in range(max(first, 0), max(last, first) + 1):
        line = layout.lineAt(number)
        a = max(start, line.textStart())
        b = min(end, line.textStart() + line.textLength())
        if a >= b:
            continue
        extents = sorted(
            (r.left(), r.right())
            for r in (run.boundingRect() for run in line.glyphRuns(a, b - a))
            if r.width() > 0
        )
        merged: list[list[float]] = []
        for left, right in extents:
            if merged and left <= merged[-1][1] + 0.5:
                merged[-1][1] = max(merged[-1][1], right)
            else:
                merged.append([left, right])
        top = line.y()
        baseline = top + line.ascent()
        for left, right in merged:
            pieces.append((left, top, right - left, line.height(), baseline, line.descent()))
    return pieces


class SpanPainter:
    """Paints the spans of a ``SpanLayout`` on the paragraphs of an ``ArticleLayout``."""

    def __init__(self, layout: ArticleLayout, spans: SpanLayout):
        self.layout = layout
        self.spans = spans
        self.bar = 2.0  # bar thickness, set from the font by the view
        self._palette: dict[int, tuple[QColor, QColor]] = {}  # label id: (bar, fill)
        self._brushes: dict[int, QBrush] = {}  # label id: the bar's patterned brush
        #: Paragraphs whose batches changed since ``ui.span_layer`` last drew: number -> the
        #: viewport area where they look different (None: anywhere in the paragraph).
        self.changed: dict[int, QRegion | None] = {}
        #: Every paragraph's batches were dropped since (``forget()``).
        self.changed_all = False

    def set_labels(self, labels: Iterable[Label]) -> None:
        labels = list(labels)
        alpha = theme.current().tint_alpha  # re-derived per theme (none in high contrast)
        self._palette = {label.id: bar_and_fill(label.color, alpha) for label in labels}
        self._brushes = {
            label.id: bar_brush(self._palette[label.id][0], BAR_PATTERNS[i % len(BAR_PATTERNS)])
            for i, label in enumerate(labels)
        }
        for paint in self.layout.painted.values():  # their colours are kept in the drawings
            paint.pieces, paint.entries, paint.fresh = {}, None, False

    def bar_brush(self, span: PlacedSpan) -> QBrush:
        """The patterned brush of a span's bar (solid gray for an unknown label)."""
        brush = self._brushes.get(span.label_id)
        return brush if brush is not None else solid_brush(_GRAY[0])

    def colors(self, span: PlacedSpan) -> tuple[QColor, QColor]:
        """(bar, tint) of a span's label; gray for a label the view was not given."""
        return self._palette.get(span.label_id, _GRAY)

    def forget(
        self,
        numbers: Iterable[int] | None = None,
        area: QRect | None = None,
        span_range: tuple[int, int] | None = None,
    ) -> None:
        """Draw the spans of paragraphs ``numbers`` (all when None) again; shapes are kept.
        ``area``: where in the viewport they will look different (None: anywhere).
        ``span_range``: only the spans starting in this code-point range changed, a closed
        range (``SpanLayout.restack``); None: any of them."""
        painted = self.layout.painted
        if numbers is None:
            self.changed_all = True
        for number in painted if numbers is None else numbers:
            if numbers is not None:
                self._changed(number, area)
            if (paint := painted.get(number)) is not None:
                if span_range is None:
                    paint.entries, paint.dirty = None, []
                elif paint.entries is not None:
                    paint.dirty.append(span_range)
                paint.fresh = False

    def _changed(self, number: int, area: QRect | None) -> None:
        if area is None or self.changed.get(number, area) is None:
            self.changed[number] = None
        else:
            self.changed[number] = self.changed.get(number, QRegion()).united(area)

    def set_current(
        self,
        before: PlacedSpan | None,
        after: PlacedSpan | None,
        areas: tuple[QRect | None, QRect | None] = (None, None),
    ) -> None:
        """Another span is current: its bar thickens and it is outlined, ``before``'s bar
        thins; only these two spans' drawings are made again (a paragraph can hold hundreds).
        ``areas``: where in the viewport each shows (None: anywhere in its paragraphs)."""
        for span, area in ((before, areas[0]), (after, areas[1])):
            if span is not None:
                blocks = range(span.first_block, span.last_block + 1)
                self.forget(blocks, area, (span.start, span.end))

    def forget_all(self) -> None:
        """A new text: drop shapes too."""
        self.changed_all = True
        self.layout.painted.clear()
        self.layout.forget_shaped()

    def _block_paint(self, number: int) -> BlockPaint:
        paint = self.layout.painted.get(number)
        if paint is None:
            paint = self.layout.painted[number] = BlockPaint()
        return paint

    def shapes(self, block: QTextBlock, span: PlacedSpan) -> list[tuple]:
        """A span's pieces on one paragraph (``measure``), measured once per range and kept
        until Qt lays the paragraph out again (``ArticleLayout._adjust``)."""
        base = block.position()
        start = max(span.qt_start, base) - base
        end = min(span.qt_end, base + block.length() - 1) - base
        cache = self._block_paint(block.blockNumber()).shapes
        pieces = cache.get((start, end))
        if pieces is None:
            pieces = cache[(start, end)] = measure(block.layout(), start, end)
        return pieces

    def rects(self, block: QTextBlock, span: PlacedSpan, origin: QPointF) -> list[QRectF]:
        """The glyph rectangles of a span on one paragraph whose top-left is ``origin``."""
        x, y = origin.x(), origin.y()
        return [
            QRectF(x + left, y + top, w, h) for left, top, w, h, _, _ in self.shapes(block, span)
        ]

    def version(self, block: QTextBlock, current: int | None) -> int:
        """The ``BlockPaint.version`` of a paragraph's drawing, brought up to date if need be
        (as a paint would, ``current`` outlined); 0 for a paragraph without spans."""
        number = block.blockNumber()
        if not self.spans.has_block(number):
            return 0
        paint = self._block_paint(number)
        if not paint.fresh:
            refresh(self, block, self.spans.in_block(number), paint, current)
        return paint.version

    def paint(self, painter: QPainter, blocks, current: int | None, band=None) -> None:
        """Paint the spans of ``blocks`` ((block, top-left) pairs); outline span ``current``.
        ``band``: (top, bottom) in the viewport: only what reaches into it is needed."""
        painter.setPen(Qt.PenStyle.NoPen)
        outlines = []
        for block, origin in blocks:
            number = block.blockNumber()
            if not self.spans.has_block(number):
                continue
            paint = self._block_paint(number)
            if not paint.fresh:
                refresh(self, block, self.spans.in_block(number), paint, current)
            y = origin.y()
            painter.translate(origin)
            draw(painter, paint, None if band is None else (band[0] - y, band[1] - y))
            painter.translate(-origin)
            if paint.outline is not None:
                color, rects = paint.outline
                outlines += [(color, rect.translated(origin)) for rect in rects]
        for color, rect in outlines:
            painter.setPen(QPen(color, 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect)
