"""One paragraph's span drawing, kept per span and made again only where spans changed.

A paragraph keeps, per span in reading order, what drawing it takes (its tint, bar, frame and
outline rectangles, relative to the paragraph: ``BlockPaint.entries``). A tag, a removal or a
new current span says which code-point range changed (``BlockPaint.dirty``): only the spans
starting in it are looked at again. Such a range is closed (``SpanLayout.restack``: no span
outside it overlaps it), so the spans starting in it are one run of the reading order, and
the spans outside it, their bars and bands, are as they were. Before, every tag went through
all of its paragraph's spans (some 200 in the densest corpus paragraph, about a millisecond).

Drawing order is the one painting the spans has always had: all tints in reading order, then
the bars by brush (brushes in the order they first come in the paragraph), then the one-letter
frames. A draw limited to a band of the paragraph (what ``ui.span_layer`` draws again after
a tag: a line or two) skips the spans wholly outside it and keeps that order for the rest, so
within the band it paints the same pixels as drawing them all.
"""

from __future__ import annotations

import itertools
from bisect import bisect_left
from operator import attrgetter, itemgetter

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QPainter, QTextBlock

from . import theme
from .article_layout import BlockPaint
from .span_layout import BAR_LEVELS, PlacedSpan

#: ``BlockPaint.version``: a new number each time a paragraph's drawing changes.
_VERSIONS = itertools.count(1)
#: A span narrower than this share of the line height is framed (a one-letter span).
SHORT = 0.5
#: Tints of spans drawn in a band (they share their text with another label): stronger,
#: as a band is only part of the height. By the label tint's RGBA.
_BANDED: dict[int, QColor] = {}

_ENTRY_START = itemgetter(0)
_SPAN_START = attrgetter("start")
# Fields of a span's drawing (``_drawing``).
TINTS, BRUSH, BARS, FRAMES, COLOR, EDGES, TOP, BOTTOM = range(8)


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


def refresh(painter, block: QTextBlock, spans: list[PlacedSpan], paint: BlockPaint, current):
    """Bring a paragraph's kept drawing up to date with ``spans`` (its spans in reading
    order), span ``current`` outlined: all of it when it has none, else the spans starting
    in each dirty range."""
    thickness = painter.bar * theme.current().bar_scale
    kept = paint.pieces
    if paint.entries is None:
        entries = _entries(painter, block, spans, 0, len(spans), current, thickness, kept)
        paint.entries = entries
        paint.pieces = {key: drawing for _, key, drawing in entries}
    else:
        entries = paint.entries
        for start, end in paint.dirty:
            i = bisect_left(entries, start, key=_ENTRY_START)
            j = bisect_left(entries, end, lo=i, key=_ENTRY_START)
            p = bisect_left(spans, start, key=_SPAN_START)
            q = bisect_left(spans, end, lo=p, key=_SPAN_START)
            new = _entries(painter, block, spans, p, q, current, thickness, kept)
            for _, key, _ in entries[i:j]:
                del kept[key]
            for _, key, drawing in new:
                kept[key] = drawing
            entries[i:j] = new
    paint.dirty = []
    paint.batches = None  # the whole paragraph's draw list, made when a draw wants it
    rank: dict[int, int] = {}
    outline = None
    for _, _, drawing in entries:
        if drawing[BARS] and id(drawing[BRUSH]) not in rank:
            rank[id(drawing[BRUSH])] = len(rank)
        if drawing[EDGES]:
            outline = outline or (drawing[COLOR].darker(150), [])
            outline[1].extend(drawing[EDGES])
    paint.rank = rank
    paint.outline = outline
    paint.fresh = True
    paint.version = next(_VERSIONS)


def _entries(painter, block, spans, p: int, q: int, current, thickness: float, kept) -> list:
    """(start, key, drawing) of ``spans[p:q]``, from ``kept`` (key -> drawing) where their
    key is there. Spans over the very same text share its height in bands, one per label,
    so two labels on one name show as two colours (not one muddy blend over a double bar);
    they are neighbours in reading order, and all of them are in ``[p, q)``."""
    out = []
    k = p
    while k < q:
        first = spans[k]
        m = k + 1
        while m < q and spans[m].qt_start == first.qt_start and spans[m].qt_end == first.qt_end:
            m += 1
        size = m - k
        for index in range(size):
            span = spans[k + index]
            is_current = span.id == current
            key = (
                span.id,
                span.qt_start,
                span.qt_end,
                span.depth,
                span.label_id,
                index,
                size,
                is_current,
                thickness,
            )
            drawing = kept.get(key)
            if drawing is None:
                drawing = _drawing(painter, block, span, index, size, is_current, thickness)
            out.append((span.start, key, drawing))
        k = m
    return out


def _drawing(
    painter, block, span: PlacedSpan, index: int, size: int, current: bool, thickness: float
) -> tuple:
    """One span's rectangles on a paragraph, relative to it: (tints as (colour, rectangles),
    bar brush, bars, frames as (colour, rectangles), bar colour, outline rectangles if
    current, top, bottom of all of them)."""
    color, fill = painter.colors(span)
    brush = painter.bar_brush(span)
    step = thickness + 1
    tints: list[tuple[QColor, list[QRectF]]] = []
    bars, frames, edges = [], [], []
    top, bottom = float("inf"), float("-inf")
    for left, y0, width, height, baseline, descent in painter.shapes(block, span):
        rect = tint = QRectF(left, y0, width, height)
        if size > 1:
            share = height / size
            tint = QRectF(left, y0 + index * share, width, share)
            # Stronger again for each further piece (a band over two lines or runs: the
            # second is opaque): as painted since bands came, kept here so that the
            # pixels stay the same; a change of its own if it is to go.
            fill = banded(fill)
        if tints and tints[-1][0] is fill:
            tints[-1][1].append(tint)
        else:
            tints.append((fill, [tint]))
        bar = thickness * (2 if current else 1)
        y = baseline + descent * 0.45 + min(span.depth, BAR_LEVELS - 1) * step
        reach = 1.0  # the outline's
        if width < height * SHORT:
            # A one-letter span (و) is a sliver: frame it in its colour and give it a
            # bar wider than the letter, so it is seen at a glance.
            border = max(1.0, thickness * 0.75)
            frames.append((color, _frame(rect, border)))
            grow = (height * SHORT - width) / 2
            bars.append(QRectF(left - grow, y, width + 2 * grow, bar * 1.5))
            reach = max(reach, border)
            bar *= 1.5
        else:
            bars.append(QRectF(left, y, width, bar))
        if current:
            edges.append(rect.adjusted(-1, -1, 1, 1))
        top = min(top, y0 - reach)
        bottom = max(bottom, y0 + height + reach, y + bar)
    return (tints, brush, bars, frames, color, edges, top, bottom)


def batches(paint: BlockPaint) -> list[tuple]:
    """The paragraph's draw list, (colour or brush, rectangles) in painting order."""
    if paint.batches is None:
        drawings = [drawing for _, _, drawing in paint.entries]
        tints = [batch for d in drawings for batch in d[TINTS]]
        groups: dict[int, tuple] = {}
        for d in drawings:
            if d[BARS]:
                group = groups.get(id(d[BRUSH]))
                if group is None:
                    group = groups[id(d[BRUSH])] = (d[BRUSH], [])
                group[1].extend(d[BARS])
        frames = [frame for d in drawings for frame in d[FRAMES]]
        paint.batches = tints + list(groups.values()) + frames
    return paint.batches


def draw(painter: QPainter, paint: BlockPaint, band: tuple[float, float] | None) -> None:
    """Draw a paragraph's spans (the painter at its top-left); only those reaching into
    ``band`` (top, bottom relative to the paragraph) when given, in the same order."""
    if band is None:
        for color, rects in batches(paint):
            painter.setBrush(color)
            painter.drawRects(rects)
        return
    top, bottom = band
    chosen = [d for _, _, d in paint.entries if d[BOTTOM] >= top and d[TOP] <= bottom]
    groups: dict[int, tuple] = {}
    for d in chosen:
        for color, rects in d[TINTS]:
            painter.setBrush(color)
            painter.drawRects(rects)
        if d[BARS]:
            group = groups.get(id(d[BRUSH]))
            if group is None:
                group = groups[id(d[BRUSH])] = (d[BRUSH], [])
            group[1].extend(d[BARS])
    rank = paint.rank
    for key in sorted(groups, key=rank.__getitem__):
        brush, rects = groups[key]
        painter.setBrush(brush)
        painter.drawRects(rects)
    for d in chosen:
        for color, rects in d[FRAMES]:
            painter.setBrush(color)
            painter.drawRects(rects)
