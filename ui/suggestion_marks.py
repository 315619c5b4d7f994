"""Suggestions outlined under the article's text.

A suggestion is not a span: it gets no bar and no tint, only a thin dashed outline in its
label's colour around its glyphs (the current one solid and thicker), painted before Qt
draws the text, so no glyph and no letter joining changes. Linked spans (``relation_marks``)
are outlined with square corners; a suggestion's corners are rounded.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import field

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPen

from annotator.data_classes import data_class
from annotator.model import Span

from .span_layout import PlacedSpan, SpanLayout

DASHES = [3.0, 2.5]


_UNPLACED = object()


@data_class(frozen=False)
class SuggestionMarks:
    """The suggestions to outline: ``(start, end, label id)`` in code points, and the index
    of the current one.

    They are placed on the text a paragraph at a time, when that paragraph is painted: the
    1 MiB bench article has 83,749 suggestions, and placing them all when they arrived
    stopped the window for 1.7 s of CPU.
    """

    ranges: list[tuple[int, int, int]] = field(default_factory=list)
    current: int | None = None
    # (layout, its text, block number -> the ranges placed in it), filled as blocks paint.
    _placed: tuple[SpanLayout, str, dict[int, list[PlacedSpan]]] | None = None
    # Every range placed on this text so far: a tag or a triage step drops one range from
    # thousands, and only the paragraphs' lists are rebuilt, not each range's placing.
    _known: tuple[SpanLayout | None, str | None, dict] = (None, None, {})
    _starts: list[int] = field(default_factory=list)  # of ``ranges``, when in text order
    _longest: int = 0

    def __init__(
        self,
        ranges: list[tuple[int, int, int]] | None = None,
        current: int | None = None,
        _placed: tuple[SpanLayout, str, dict[int, list[PlacedSpan]]] | None = None,
        _known: tuple[SpanLayout | None, str | None, dict] = (None, None, {}),  # noqa: B006 (shared, as @dataclass's default was)
        _starts: list[int] | None = None,
        _longest: int = 0,
    ) -> None:
        self.ranges = [] if ranges is None else ranges
        self.current = current
        self._placed = _placed
        self._known = _known
        self._starts = [] if _starts is None else _starts
        self._longest = _longest

    def set(self, ranges: list[tuple[int, int, int]], current: int | None) -> None:
        if ranges != self.ranges:  # F8 moves only the current one: keep the placing
            self.ranges, self._placed = list(ranges), None
            starts = [r[0] for r in self.ranges]
            ordered = all(a <= b for a, b in zip(starts, starts[1:], strict=False))
            self._starts = starts if ordered else []
            self._longest = max((e - s for s, e, _ in self.ranges), default=0)
        self.current = current

    def drop(self, indices: list[int], current: int | None) -> list[tuple[int, int, int]]:
        """Stop outlining the ranges at ``indices`` (ascending; a tag took their place) and
        return them; the paragraphs' lists lose them in place instead of being rebuilt."""
        removed = [self.ranges[i] for i in indices]
        for i in reversed(indices):
            del self.ranges[i]
            if self._starts:
                del self._starts[i]
        self.current = current
        if self._placed is not None:
            known, blocks = self._known[2], self._placed[2]
            for key in removed:
                p = known.get(key)
                for number in range(p.first_block, p.last_block + 1) if p else ():
                    listed = blocks.get(number, [])
                    for j, other in enumerate(listed):
                        if other is p:
                            del listed[j]
                            break
        return removed

    def current_range(self) -> tuple[int, int, int] | None:
        """The current suggestion's ``(start, end, label id)``, or None."""
        if self.current is None or not 0 <= self.current < len(self.ranges):
            return None
        return self.ranges[self.current]

    def in_block(self, layout: SpanLayout, number: int) -> list[PlacedSpan]:
        """The ranges reaching into paragraph ``number`` of ``layout``, placed on it (again
        when the text changed: a long article shown once it is prepared)."""
        cached = self._placed
        if cached is None or cached[0] is not layout or cached[1] is not layout.text:
            owner, text, known = self._known
            if owner is not layout or text is not layout.text:
                self._known = (layout, layout.text, {})
            cached = self._placed = (layout, layout.text, {})
        blocks = cached[2]
        placed = blocks.get(number)
        if placed is None:
            placed = blocks[number] = self._place(layout, number)
        return placed

    def _place(self, layout: SpanLayout, number: int) -> list[PlacedSpan]:
        candidates = self.ranges
        if self._starts:  # in text order: only those starting near this paragraph
            starts = layout.block_starts
            if not 0 <= number < len(starts):
                return []
            low = starts[number]
            high = starts[number + 1] if number + 1 < len(starts) else len(layout.text) + 1
            candidates = self.ranges[
                bisect_left(self._starts, low - self._longest) : bisect_left(self._starts, high)
            ]
        known = self._known[2]
        out = []
        for key in candidates:
            p = known.get(key, _UNPLACED)
            if p is _UNPLACED:
                start, end, label_id = key
                p = known[key] = layout.place(Span(-1, 0, start, end, label_id, ""))
            if p and p.first_block <= number <= p.last_block:
                out.append(p)
        return out


def paint_suggestions(view, painter: QPainter, blocks) -> None:
    """Outline ``view.suggested`` on the visible paragraphs ``blocks`` ((block, origin))."""
    marks: SuggestionMarks = view.suggested
    if not marks.ranges:
        return
    current = marks.current_range()
    painter.setBrush(Qt.BrushStyle.NoBrush)
    pens: dict[tuple[int, bool], QPen] = {}  # one per label (and the current one)
    shapes, draw, last = view._painter.shapes, painter.drawRoundedRect, None
    for block, origin in blocks:
        x, y = origin.x(), origin.y()
        for span in marks.in_block(view._spans, block.blockNumber()):
            solid = (span.start, span.end, span.label_id) == current
            pen = pens.get((span.label_id, solid))
            if pen is None:
                pen = pens[(span.label_id, solid)] = outline_pen(
                    view._painter.colors(span)[0], solid
                )
            if pen is not last:
                painter.setPen(pen)
                last = pen
            # QRectF(x + left, y + top, w, h).adjusted(-1.5, -1, 1.5, 1), as Qt computes it
            # (the same doubles, so the same pixels), without making the rectangle twice.
            for left, top, w, h, _, _ in shapes(block, span):
                draw(QRectF(x + left - 1.5, y + top - 1, w + 1.5 + 1.5, h + 1 + 1), 3, 3)


def outline_pen(color, solid: bool) -> QPen:
    """The current suggestion's pen (solid, 2 px), or the others' (dashed, 1 px).

    One pixel, not more: Qt's raster engine strokes a dashed pen of at most one pixel with
    its fast cosmetic stroker, a wider one through its general path stroker, which took ten
    times as long (a page of a long article shows some 190 outlines, painted on every tag).
    """
    if solid:
        return QPen(color, 2.0)
    pen = QPen(color, 1.0)
    pen.setDashPattern(DASHES)
    return pen
