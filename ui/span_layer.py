"""The spans' tints, bars and current-span outline kept as one picture of the viewport.

Each paint of the article drew every visible span's rectangles again (some 190 ``drawRects``
calls for a screenful of the densest corpus article), though most paints change none of them:
a selection dragged, a link mark, the full repaint after a tag that already repainted its
lines. The layer keeps the viewport's background with the spans drawn on it in an image and
paints the viewport from it. A paragraph whose batches changed since (``BlockPaint.version``)
is drawn into it again, whole, first; a scroll, a new size, background or layout draws all of
it again.

The picture holds what Qt paints under the spans (the viewport's background, one opaque
colour), drawn by the same raster engine with the same rectangles in the same order, so it is
what painting them on the viewport gives, pixel for pixel (``tests/ui/test_span_layer.py``
compares the two). Where that cannot be promised (a device pixel ratio other than 1, a
background that is not one opaque colour) the view paints the spans itself, as before.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QRectF, Qt
from PySide6.QtGui import QImage, QPainter, QRegion

from .article_geometry import reaches, rows_in_view


class SpanLayer:
    """The kept picture of a view's spans (``ui.article_view``: ``ArticleView.paintEvent``)."""

    def __init__(self) -> None:
        #: False: the view paints its spans directly (tests compare the two).
        self.enabled = True
        self._image: QImage | None = None
        #: What the whole picture depends on: size, background, scroll place, layout.
        self._key: tuple | None = None
        #: Block number: (batches' version, top-left) it was drawn with.
        self._drawn: dict[int, tuple] = {}

    def forget(self) -> None:
        """Draw all of it again at the next paint."""
        self._key = None

    def paint(self, view, painter: QPainter, area: QRect, current: int | None, rows=None) -> bool:
        """Paint ``area`` of ``view``'s viewport with its spans (and the background under
        them) from the picture, drawing first what changed; False if it cannot stand in for
        painting them directly (nothing is painted then). ``rows``: the viewport's
        (``article_geometry.rows_in_view``), if the caller has them."""
        viewport = view.viewport()
        if not self.enabled or not viewport.autoFillBackground():
            self._key = None  # changes meanwhile are not followed
            return False
        if viewport.devicePixelRatioF() != 1.0:
            return False
        brush = viewport.palette().brush(viewport.backgroundRole())
        if brush.style() != Qt.BrushStyle.SolidPattern or brush.color().alpha() != 255:
            return False
        size = viewport.size()
        whole = QRect(QPoint(0, 0), size)
        offset = view.contentOffset()
        layout = view.document().documentLayout()
        key = (size.width(), size.height(), brush.color().rgba(), offset.x(), offset.y())
        key += (layout.generation,)
        spans = view._painter
        stale = QRegion()
        if key != self._key or self._image is None or spans.changed_all:
            if self._image is None or self._image.size() != size:
                # Opaque, like the window's backing store (RGB32 offscreen and on X11): the
                # paint copies it line by line instead of blending every pixel.
                self._image = QImage(size, QImage.Format.Format_RGB32)
            self._key, self._drawn, stale = key, {}, QRegion(whole)
        gap = layout.line_gap
        if rows is None:
            rows = rows_in_view(view)
        drawn = {}
        for block, origin, height in rows:
            number = block.blockNumber()
            seen = drawn[number] = (spans.version(block, current), origin.x(), origin.y())
            if self._drawn.get(number) == seen:
                continue
            # The paragraph, its bars under its last line and anything 1-2 px outside its
            # glyphs (outlines, a one-letter frame), with room to spare; or only where the
            # view said its change shows (the lines an edit repainted).
            reach = QRegion(
                QRectF(0, origin.y() - gap, size.width(), height + 3 * gap).toAlignedRect()
            )
            if number in self._drawn and spans.changed.get(number) is not None:
                reach = reach.intersected(spans.changed[number])
            stale = stale.united(reach)
        stale = stale.intersected(whole)
        if not stale.isEmpty():
            self._draw(spans, rows, stale, brush.color(), gap, current)
        self._drawn = drawn
        spans.changed.clear()
        spans.changed_all = False
        painter.drawImage(area.topLeft(), self._image, area)
        return True

    def _draw(self, spans, rows, stale: QRegion, background, gap: float, current) -> None:
        """Draw the background and the spans of ``rows`` into the picture, within ``stale``."""
        areas = [QRectF(rect) for rect in stale]
        blocks = [
            (block, origin)
            for block, origin, height in rows
            if any(reaches(origin.y(), height, gap, area) for area in areas)
        ]
        bounds = stale.boundingRect()
        band = (bounds.top() - 2.0, bounds.bottom() + 3.0)  # what can reach a pixel in it
        painter = QPainter(self._image)
        try:
            painter.setClipRegion(stale)
            for rect in stale:
                painter.fillRect(rect, background)
            spans.paint(painter, blocks, current, band)
        finally:
            painter.end()
