"""Painting spans under the article's text: glyph shapes, the per-paragraph paint cache, drawing.

Spans are painted under the text, from the glyph runs of the laid-out lines, never as
character formats (a format that starts inside a word splits the shaping run and unjoins the
letters), so a span that crosses from Arabic into Latin covers exactly its own glyphs. Which
spans a paragraph has and their bar depths come from ``ui.span_layout``; this module turns
them into rectangles, keeps them per paragraph between paints (in the ``BlockPaint`` of
``ui.article_layout``), and draws them.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable

from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QImage,
    QPainter,
    QPen,
    QRegion,
    QTextBlock,
)

from annotator.model import Label

from . import theme
from .article_layout import ArticleLayout, BlockPaint
from .span_layout import BAR_LEVELS, PlacedSpan, SpanLayout

BACKGROUND_ALPHA = 64
#: ``BlockPaint.version``: a new number each time a paragraph's batches are made or changed.
_VERSIONS = itertools.count(1)


def bar_and_fill(color: str | QColor, alpha: int = BACKGROUND_ALPHA) -> tuple[QColor, QColor]:
    """A label's bar colour and the translucent tint painted under its text."""
    bar = QColor(color)
    fill = QColor(bar)
    fill.setAlpha(alpha)
    return bar, fill


_GRAY = bar_and_fill(QColor(Qt.GlobalColor.gray))
#: A span narrower than this share of the line height is framed (a one-letter span).
SHORT = 0.5
#: Tints of spans drawn in a band (they share their text with another label): stronger,
#: as a band is only part of the height. By the label tint's RGBA.
_BANDED: dict[int, QColor] = {}


def banded(fill: QColor) -> QColor:
    """A label's tint for a band, the same object each time (paints batch by object)."""
    strong = _BANDED.get(fill.rgba())
    if strong is None:
        strong = _BANDED[fill.rgba()] = QColor(fill)
        strong.setAlpha(min(255, fill.alpha() * 2))
    return strong


def _frame(rect: QRectF, width: float) -> list[QRectF]:
    """Four thin rectangles around ``rect`` (drawn with the tints' brush, no pen)."""
    left, top, right, bottom = rect.left(), rect.top(), rect.right(), rect.bottom()
    return [
        QRectF(left - width, top, width, rect.height()),
        QRectF(right, top, width, rect.height()),
        QRectF(left - width, top - width, rect.width() + 2 * width, width),
        QRectF(left - width, bottom, rect.width() + 2 * width, width),
    ]


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
        for paint in self.layout.painted.values():  # their colours are kept in the pieces
            paint.pieces = {}

    def bar_brush(self, span: PlacedSpan) -> QBrush:
        """The patterned brush of a span's bar (solid gray for an unknown label)."""
        brush = self._brushes.get(span.label_id)
        return brush if brush is not None else solid_brush(_GRAY[0])

    def colors(self, span: PlacedSpan) -> tuple[QColor, QColor]:
        """(bar, tint) of a span's label; gray for a label the view was not given."""
        return self._palette.get(span.label_id, _GRAY)

    def forget(self, numbers: Iterable[int] | None = None, area: QRect | None = None) -> None:
        """Drop the batches of paragraphs ``numbers`` (all when None); shapes are kept.
        ``area``: where in the viewport they will look different (None: anywhere)."""
        painted = self.layout.painted
        if numbers is None:
            self.changed_all = True
        for number in painted if numbers is None else numbers:
            if numbers is not None:
                self._changed(number, area)
            if (paint := painted.get(number)) is not None:
                paint.batches = paint.outline = paint.current = None
                paint.bars = {}

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
        thins, in the paragraphs' kept batches (paragraphs not built yet get it when built).
        ``areas``: where in the viewport each shows (None: anywhere in its paragraphs)."""
        painted = self.layout.painted
        for span, current, area in ((before, False, areas[0]), (after, True, areas[1])):
            if span is None:
                continue
            for number in range(span.first_block, span.last_block + 1):
                self._changed(number, area)  # also where its batches are built anew
                paint = painted.get(number)
                if paint is None or paint.batches is None:
                    continue
                if current == (paint.current == span.id):
                    continue  # already so
                for rects, i in paint.bars.get(span.id, ()):
                    rect = QRectF(rects[i])
                    rect.setHeight(rect.height() * 2 if current else rect.height() / 2)
                    rects[i] = rect
                paint.current = span.id if current else None
                paint.outline = self._outline(number, span) if current else None
                paint.version = next(_VERSIONS)

    def _outline(self, number: int, span: PlacedSpan) -> tuple[QColor, list[QRectF]] | None:
        """The current span's outline on one paragraph, 1 px outside its glyphs."""
        block = self.layout.document().findBlockByNumber(number)
        rects = [
            QRectF(left - 1, top - 1, width + 2, height + 2)
            for left, top, width, height, _, _ in self.shapes(block, span)
        ]
        return (self.colors(span)[0].darker(150), rects) if rects else None

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
        """The ``BlockPaint.version`` of a paragraph's batches, made now if need be (as a
        paint would, ``current`` outlined); 0 for a paragraph without spans."""
        number = block.blockNumber()
        if not self.spans.has_block(number):
            return 0
        paint = self._block_paint(number)
        if paint.batches is None:
            self._batch(block, self.spans.in_block(number), paint, current)
        return paint.version

    def paint(self, painter: QPainter, blocks, current: int | None) -> None:
        """Paint the spans of ``blocks`` ((block, top-left) pairs); outline span ``current``."""
        painter.setPen(Qt.PenStyle.NoPen)
        outlines = []
        for block, origin in blocks:
            number = block.blockNumber()
            if not self.spans.has_block(number):
                continue
            paint = self._block_paint(number)
            if paint.batches is None:
                self._batch(block, self.spans.in_block(number), paint, current)
            painter.translate(origin)
            for color, rects in paint.batches:
                painter.setBrush(color)
                painter.drawRects(rects)
            painter.translate(-origin)
            if paint.outline is not None:
                color, rects = paint.outline
                outlines += [(color, rect.translated(origin)) for rect in rects]
        for color, rect in outlines:
            painter.setPen(QPen(color, 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect)

    def _batch(
        self, block: QTextBlock, spans: list[PlacedSpan], paint: BlockPaint, current: int | None
    ) -> None:
        """One paragraph's tints, bars and current-span outline, relative to the paragraph.

        All tints before all bars, outer spans' tints before inner ones'; tints of one colour
        go in one batch only while no other colour comes between them, so an inner span's
        tint still lies on top of its outer span's.
        """
        batches: list[tuple[QColor | QBrush, list[QRectF]]] = []
        bars: dict[int, tuple[QBrush, list[QRectF]]] = {}
        where: dict[int, list[tuple[list[QRectF], int]]] = {}
        frames: list[tuple[QColor, list[QRectF]]] = []
        outline = None
        thickness = self.bar * theme.current().bar_scale
        # Spans over the very same text share its height in bands, one per label, so two
        # labels on one name show as two colours (not one muddy blend over a double bar).
        together: dict[tuple[int, int], list[int]] = {}
        for span in spans:
            together.setdefault((span.qt_start, span.qt_end), []).append(span.id)
        kept, pieces = paint.pieces, {}
        for span in spans:
            band = together[(span.qt_start, span.qt_end)]
            key = (
                span.id,
                span.qt_start,
                span.qt_end,
                span.depth,
                span.label_id,
                band.index(span.id),
                len(band),
                span.id == current,
                thickness,
            )
            entry = kept.get(key)
            if entry is None:
                entry = self._pieces(block, span, band, span.id == current, thickness)
            pieces[key] = entry
            color, brush, shown = entry
            rects = bars.setdefault(id(brush), (brush, []))[1]
            slots = where[span.id] = []
            for fill, tint, bar, frame, edge in shown:
                if batches and batches[-1][0] is fill:
                    batches[-1][1].append(tint)
                else:
                    batches.append((fill, [tint]))
                slots.append((rects, len(rects)))
                rects.append(bar)
                if frame is not None:
                    frames.append((color, frame))
                if edge is not None:
                    outline = outline or (color.darker(150), [])
                    outline[1].append(edge)
        paint.pieces = pieces
        paint.batches = batches + list(bars.values()) + frames
        paint.outline = outline
        paint.bars = where
        paint.current = current if outline is not None else None
        paint.version = next(_VERSIONS)

    def _pieces(
        self, block: QTextBlock, span: PlacedSpan, band: list[int], current: bool, thickness: float
    ) -> tuple[QColor, QBrush, list[tuple]]:
        """One span's rectangles on a paragraph: (bar colour, bar brush, per piece (tint colour,
        tint, bar, frame or None, outline or None)), relative to the paragraph."""
        color, fill = self.colors(span)
        brush = self.bar_brush(span)
        step = thickness + 1
        shown = []
        for left, top, width, height, baseline, descent in self.shapes(block, span):
            rect = tint = QRectF(left, top, width, height)
            if len(band) > 1:
                share = height / len(band)
                tint = QRectF(left, top + band.index(span.id) * share, width, share)
                fill = banded(fill)
            bar = thickness * (2 if current else 1)
            y = baseline + descent * 0.45 + min(span.depth, BAR_LEVELS - 1) * step
            frame = None
            if width < height * SHORT:
                # A one-letter span (و) is a sliver: frame it in its colour and give it a
                # bar wider than the letter, so it is seen at a glance.
                frame = _frame(rect, max(1.0, thickness * 0.75))
                grow = (height * SHORT - width) / 2
                bar_rect = QRectF(left - grow, y, width + 2 * grow, bar * 1.5)
            else:
                bar_rect = QRectF(left, y, width, bar)
            edge = rect.adjusted(-1, -1, 1, 1) if current else None
            shown.append((fill, tint, bar_rect, frame, edge))
        return color, brush, shown
