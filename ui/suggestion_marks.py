"""Suggestions outlined under the article's text.

A suggestion is not a span: it gets no bar and no tint, only a thin dashed outline in its
label's colour around its glyphs (the current one solid and thicker), painted before Qt
draws the text, so no glyph and no letter joining changes. Linked spans (``relation_marks``)
are outlined with square corners; a suggestion's corners are rounded.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter, QPen

from annotator.model import Span

from .span_layout import PlacedSpan, SpanLayout

DASHES = [3.0, 2.5]


_UNPLACED = object()


@dataclass
class SuggestionMarks:
    """The suggestions to outline: ``(start, end, label id)`` in code points, and the index
    of the current one."""

    ranges: list[tuple[int, int, int]] = field(default_factory=list)
    current: int | None = None
    _placed: tuple[SpanLayout, str, dict[int, list[PlacedSpan]]] | None = None
    # Every range placed on this text so far: a tag or a triage step drops one range from
    # thousands, and only the paragraphs' lists are rebuilt, not each range's placing.
    _known: tuple[SpanLayout | None, str | None, dict] = (None, None, {})

    def set(self, ranges: list[tuple[int, int, int]], current: int | None) -> None:
        if ranges != self.ranges:  # F8 moves only the current one: keep the placing
            self.ranges, self._placed = list(ranges), None
        self.current = current

    def drop(self, indices: list[int], current: int | None) -> list[tuple[int, int, int]]:
        """Stop outlining the ranges at ``indices`` (ascending; a tag took their place) and
        return them; the paragraphs' lists lose them in place instead of being rebuilt."""
        removed = [self.ranges[i] for i in indices]
        for i in reversed(indices):
            del self.ranges[i]
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

    def by_block(self, layout: SpanLayout) -> dict[int, list[PlacedSpan]]:
        """The ranges placed on ``layout`` by paragraph; placed again when the text changed
        (a long article shown once it is prepared)."""
        cached = self._placed
        if cached is None or cached[0] is not layout or cached[1] is not layout.text:
            owner, text, known = self._known
            if owner is not layout or text is not layout.text:
                known = {}
                self._known = (layout, layout.text, known)
            blocks: dict[int, list[PlacedSpan]] = {}
            for key in self.ranges:
                p = known.get(key, _UNPLACED)
                if p is _UNPLACED:
                    start, end, label_id = key
                    p = known[key] = layout.place(Span(-1, 0, start, end, label_id, ""))
                for number in range(p.first_block, p.last_block + 1) if p else ():
                    blocks.setdefault(number, []).append(p)
            cached = self._placed = (layout, layout.text, blocks)
        return cached[2]


def paint_suggestions(view, painter: QPainter, blocks) -> None:
    """Outline ``view.suggested`` on the visible paragraphs ``blocks`` ((block, origin))."""
    marks: SuggestionMarks = view.suggested
    placed = marks.by_block(view._spans)
    if not placed:
        return
    current = marks.current_range()
    painter.setBrush(Qt.BrushStyle.NoBrush)
    pens: dict[tuple[int, bool], QPen] = {}  # one per label (and the current one)
    for block, origin in blocks:
        for span in placed.get(block.blockNumber(), ()):
            solid = (span.start, span.end, span.label_id) == current
            pen = pens.get((span.label_id, solid))
            if pen is None:
                pen = pens[(span.label_id, solid)] = outline_pen(
                    view._painter.colors(span)[0], solid
                )
            painter.setPen(pen)
            for rect in view._painter.rects(block, span, origin):
                painter.drawRoundedRect(rect.adjusted(-1.5, -1, 1.5, 1), 3, 3)


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
