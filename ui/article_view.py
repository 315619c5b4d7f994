"""The article view: an Arabic article laid out right to left, with its spans painted on it.

Qt shapes the Arabic (HarfBuzz) and orders mixed text by its own UAX #9; this view never
changes the text and never puts a character format into the document, because a format that
starts inside a word splits the shaping run and breaks the joining of the letters. Spans are
painted under the text instead, from the glyph runs of the laid-out lines, so a span that
crosses from Arabic into Latin covers exactly its own glyphs.

Qt positions are UTF-16 units; the core counts code points. ``to_qt``/``to_core`` are the
one place where the two meet.
"""

from __future__ import annotations

import bisect
import heapq
import re
import unicodedata
from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QKeyEvent,
    QPainter,
    QPen,
    QTextBlock,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import QApplication, QPlainTextDocumentLayout, QPlainTextEdit, QWidget

from annotator.model import Label, Span
from annotator.text import Utf16Map

from .settings import PREFS

#: Naskh faces first (the analysts read news in Naskh), then any Arabic face.
ARABIC_FAMILIES = (
    "Noto Naskh Arabic",
    "Amiri",
    "Scheherazade New",
    "Noto Naskh Arabic UI",
    "Noto Sans Arabic",
    "Noto Sans Arabic UI",
    "DejaVu Sans",
)
#: Bars stacked under a line before deeper spans share the last one.
BAR_LEVELS = 3
BACKGROUND_ALPHA = 64

# Qt starts a new block at each of these when the text is set (QTextCursor::insertText).
_BLOCK_BREAK = re.compile("[\n\r\u2029\ufdd0\ufdd1]")


def paragraph_direction(text: str) -> Qt.LayoutDirection:
    """Right to left if the paragraph has any Arabic (or other RTL) letter.

    Left to right only for a paragraph with Latin letters and no RTL letter at all. Qt's own
    guess (the first strong letter) would lay out "Vision 2030 هي رؤية" left to right.
    """
    # A plain loop over unicodedata (not the `regex` module, whose import costs start-up):
    # it stops at the first Arabic letter, which in an Arabic paragraph comes at once.
    latin = False
    for c in text:
        kind = unicodedata.bidirectional(c)
        if kind == "AL" or kind == "R":
            return Qt.LayoutDirection.RightToLeft
        if kind == "L":
            latin = True
    return Qt.LayoutDirection.LeftToRight if latin else Qt.LayoutDirection.RightToLeft


def arabic_font_family() -> str:
    """The best installed Arabic face, else the system's general font."""
    installed = set(QFontDatabase.families())
    for family in ARABIC_FAMILIES:
        if family in installed:
            return family
    return QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont).family()


class _ArticleLayout(QPlainTextDocumentLayout):
    """QPlainTextEdit's lazy layout, plus per-paragraph direction and room for span bars.

    QPlainTextDocumentLayout ignores block formats (direction, line height), so after Qt
    lays out a block this lays out an LTR block again left to right, and moves every line
    down by ``line_gap`` to leave room for the bars under the line above. Qt's own layout
    puts the first line at y == 0; ours never does, which tells the two apart.
    """

    def __init__(self, document: QTextDocument):
        super().__init__(document)
        self.line_gap = 8.0
        #: What spans look like per block number (``_BlockPaint``), dropped here whenever
        #: Qt lays a block out again (new width, font, text).
        self.painted: dict[int, _BlockPaint] = {}

    def blockBoundingRect(self, block: QTextBlock) -> QRectF:  # noqa: N802 (Qt override)
        layout = block.layout()
        if layout.lineCount() == 0 or layout.lineAt(0).y() == 0.0:
            self.ensureBlockLayout(block)
            self._adjust(block)
        return super().blockBoundingRect(block)

    def _adjust(self, block: QTextBlock) -> None:
        self.painted.pop(block.blockNumber(), None)
        layout = block.layout()
        if layout.lineCount() == 0:
            return
        if block.blockFormat().layoutDirection() == Qt.LayoutDirection.LeftToRight:
            first = layout.lineAt(0)
            width, x = first.width(), first.x()
            option = QTextOption(layout.textOption())
            option.setTextDirection(Qt.LayoutDirection.LeftToRight)
            option.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute)
            layout.setTextOption(option)
            layout.beginLayout()
            while (line := layout.createLine()).isValid():
                line.setLeadingIncluded(True)
                line.setLineWidth(width)
                line.setPosition(QPointF(x, 0))
            layout.endLayout()
            block.setLineCount(layout.lineCount())
        y = 0.0
        for i in range(layout.lineCount()):
            line = layout.lineAt(i)
            y += self.line_gap
            line.setPosition(QPointF(line.x(), y))
            y += line.height()


@dataclass(slots=True)
class _BlockPaint:
    """One paragraph's span painting, kept between paints.

    ``shapes`` maps a paragraph-relative UTF-16 range to its glyph pieces (they depend on the
    laid-out text only); ``batches`` are the tints and bars of the paragraph's spans as
    (colour, rectangles) in painting order, relative to the paragraph, built again when a
    span of the paragraph changes: a paint is then one ``drawRects`` per colour.
    """

    shapes: dict[tuple[int, int], list[tuple]] = field(default_factory=dict)
    batches: list[tuple[QColor, list[QRectF]]] | None = None
    outline: tuple[QColor, list[QRectF]] | None = None  # the current span's, on each line


@dataclass(eq=False, slots=True)
class _PaintedSpan:
    id: int
    start: int  # code points
    end: int
    qt_start: int  # UTF-16 positions in the document
    qt_end: int
    first_block: int  # the paragraphs it covers
    last_block: int
    color: QColor  # shared per label: the bar
    fill: QColor  # the tint under the text
    depth: int = 0  # which bar under the line (0 = nearest the text)


def _reading_order(span: _PaintedSpan) -> tuple[int, int, int]:
    """Outer spans before the spans nested in them."""
    return (span.start, -span.end, span.id)


def _assign_depths(spans: list[_PaintedSpan]) -> None:
    """Give each span (in reading order) the nearest bar no span still open at its start uses."""
    active: list[tuple[int, int]] = []  # (end, depth) of spans still open
    free: list[int] = []  # depths given back by closed spans
    deepest = 0
    for span in spans:
        while active and active[0][0] <= span.start:
            heapq.heappush(free, heapq.heappop(active)[1])
        if free:
            depth = heapq.heappop(free)
        else:
            depth, deepest = deepest, deepest + 1
        heapq.heappush(active, (span.end, depth))
        span.depth = depth


def _bar_and_fill(color: str | QColor) -> tuple[QColor, QColor]:
    bar = QColor(color)
    fill = QColor(bar)
    fill.setAlpha(BACKGROUND_ALPHA)
    return bar, fill


_GRAY = _bar_and_fill(QColor(Qt.GlobalColor.gray))


class ArticleView(QPlainTextEdit):
    """A read-only, selectable view of one article and its spans.

    Signals:
        span_clicked(int): the user clicked inside a span without dragging (innermost span id).
        selection_range_changed(): the selection changed; read it with ``selected_range()``.
    """

    span_clicked = Signal(int)
    selection_range_changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("article-view")
        document = QTextDocument(self)
        document.setUndoRedoEnabled(False)
        self._layout = _ArticleLayout(document)
        document.setDocumentLayout(self._layout)
        self.setDocument(document)
        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setTabChangesFocus(True)
        self.setLayoutDirection(Qt.LayoutDirection.RightToLeft)  # scroll bar on the left
        self._apply_text_option()

        self._text = ""
        self._map = Utf16Map("")
        self._block_starts: list[int] = [0]
        self._by_id: dict[int, _PaintedSpan] = {}
        self._palette: dict[int, tuple[QColor, QColor]] = {}  # label id: (bar, fill)
        self._by_block: dict[int, list[_PaintedSpan]] = {}
        self._current: int | None = None
        self._press_pos: QPoint | None = None
        self._bar = 2.0

        font = QFont(arabic_font_family())
        font.setPointSizeF(PREFS["view/font_point_size"].default)
        self._set_metrics(font)
        self.setFont(font)
        self.selectionChanged.connect(self.selection_range_changed)

    # --- text and offsets ----------------------------------------------------------------

    def set_article(self, text: str, spans: list[Span], labels: list[Label]) -> None:
        """Show a document's canonical text and its spans, scrolled to the top."""
        self._text = text
        self._map = Utf16Map(text)
        paragraphs = _BLOCK_BREAK.split(text)
        self._block_starts = [0] + [m.end() for m in _BLOCK_BREAK.finditer(text)]
        self._by_id, self._by_block, self._current = {}, {}, None
        self._layout.painted.clear()
        self.setPlainText(text)
        self._apply_text_option()
        document = self.document()
        ltr = QTextBlockFormat()
        ltr.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        for number, paragraph in enumerate(paragraphs):
            # A block format, not a character format: it does not split shaping runs.
            if paragraph_direction(paragraph) == Qt.LayoutDirection.LeftToRight:
                QTextCursor(document.findBlockByNumber(number)).setBlockFormat(ltr)
        self.set_spans(spans, labels)
        self.setTextCursor(QTextCursor(document))
        self.verticalScrollBar().setValue(0)

    def text(self) -> str:
        """The canonical text as given to ``set_article``."""
        return self._text

    def to_qt(self, cp: int) -> int:
        """Qt document position (UTF-16) of code-point offset ``cp``."""
        return self._map.to_utf16(cp)

    def to_core(self, qt_pos: int) -> int:
        """Code-point offset of Qt document position ``qt_pos``."""
        return self._map.to_codepoint(qt_pos)

    def selected_range(self) -> tuple[int, int] | None:
        """The selection in code points (start < end), or None."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        start, end = self.to_core(cursor.selectionStart()), self.to_core(cursor.selectionEnd())
        return (start, end) if start < end else None

    def select_range(self, start: int, end: int) -> None:
        """Select code points ``[start, end)`` and scroll them into view."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.to_qt(start))
        cursor.setPosition(self.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    def cursor_position(self) -> int:
        """The caret position in code points."""
        return self.to_core(self.textCursor().position())

    # --- spans ---------------------------------------------------------------------------

    def set_spans(self, spans: list[Span], labels: list[Label]) -> None:
        """Replace the painted spans (a document or label change); the text is not laid out
        again, and shapes measured before are kept (they depend on the text only)."""
        self._palette = {label.id: _bar_and_fill(label.color) for label in labels}
        painted = [item for span in spans if (item := self._painted(span)) is not None]
        painted.sort(key=_reading_order)
        _assign_depths(painted)
        by_block: dict[int, list[_PaintedSpan]] = {}
        for item in painted:
            for number in range(item.first_block, item.last_block + 1):
                by_block.setdefault(number, []).append(item)
        self._by_id = {s.id: s for s in painted}
        self._by_block = by_block
        if self._current not in self._by_id:
            self._current = None
        self._forget_batches()
        self.viewport().update()

    def add_span(self, span: Span) -> None:
        """Paint one more span (a tag, or an undone delete); repaints its paragraphs only."""
        self.remove_span(span.id)
        item = self._painted(span)
        if item is None:
            return
        self._by_id[item.id] = item
        for number in range(item.first_block, item.last_block + 1):
            bisect.insort(self._by_block.setdefault(number, []), item, key=_reading_order)
        self._restack(item.start, item.end)

    def remove_span(self, span_id: int) -> None:
        """Stop painting a span; the spans it overlapped may move up a bar."""
        item = self._by_id.pop(span_id, None)
        if item is None:
            return
        for number in range(item.first_block, item.last_block + 1):
            block_spans = self._by_block[number]
            block_spans.remove(item)
            if not block_spans:
                del self._by_block[number]
        if self._current == span_id:
            self._current = None
        self._restack(item.start, item.end)

    def update_span(self, span: Span) -> None:
        """A span got another label: recolour it (same range, same bar)."""
        item = self._by_id.get(span.id)
        if item is None or (item.start, item.end) != (span.start, span.end):
            self.add_span(span)
            return
        item.color, item.fill = self._palette.get(span.label_id, _GRAY)
        self._update_range(item.start, item.end)

    def painted_spans(self) -> list[tuple[int, int, int, int, str]]:
        """(id, start, end, bar depth, colour) of every painted span, in reading order."""
        ordered = sorted(self._by_id.values(), key=_reading_order)
        return [(s.id, s.start, s.end, s.depth, s.color.name()) for s in ordered]

    def _painted(self, span: Span) -> _PaintedSpan | None:
        if not 0 <= span.start < span.end <= len(self._text):
            return None
        color, fill = self._palette.get(span.label_id, _GRAY)
        return _PaintedSpan(
            span.id,
            span.start,
            span.end,
            self.to_qt(span.start),
            self.to_qt(span.end),
            self._block_of(span.start),
            self._block_of(span.end - 1),
            color,
            fill,
        )

    def _block_of(self, pos: int) -> int:
        return bisect.bisect_right(self._block_starts, pos) - 1

    def _restack(self, start: int, end: int) -> None:
        """Re-deal the bars of the spans overlapping ``[start, end)``, directly or through
        each other, and repaint them.

        The group is closed: no span outside it overlaps its range, so no span outside it
        is open where it starts, and dealing its bars afresh gives what dealing every
        span of the document would.
        """
        members: dict[int, _PaintedSpan] = {}
        while True:
            for number in range(self._block_of(start), self._block_of(max(start, end - 1)) + 1):
                for item in self._by_block.get(number, ()):
                    if item.start < end and item.end > start:
                        members[item.id] = item
            wider_start = min([start, *(m.start for m in members.values())])
            wider_end = max([end, *(m.end for m in members.values())])
            if (wider_start, wider_end) == (start, end):
                break
            start, end = wider_start, wider_end
        _assign_depths(sorted(members.values(), key=_reading_order))
        self._update_range(start, end)

    def _update_range(self, start: int, end: int) -> None:
        """Record the paragraphs holding ``[start, end)`` again, and repaint those on screen."""
        first, last = self._block_of(start), self._block_of(max(start, end - 1))
        self._forget_batches(range(first, last + 1))
        viewport = self.viewport()
        if last - first > 8:  # a long stretch: cheaper to repaint what is on screen
            viewport.update()
            return
        offset = self.contentOffset()
        document = self.document()
        area = QRectF()
        for number in range(first, last + 1):
            block = document.findBlockByNumber(number)
            if block.isValid():
                area = area.united(self.blockBoundingGeometry(block).translated(offset))
        # The bars under a paragraph's last line reach into the gap above the next one;
        # the current span's outline is drawn 2 px outside its glyphs.
        area.adjust(0, -2, 0, self._layout.line_gap + 2)
        visible = QRectF(viewport.rect())
        if area.intersects(visible):
            area = area.intersected(visible)
            viewport.update(0, int(area.top()) - 1, viewport.width(), int(area.height()) + 3)

    def span_ids_at(self, pos: int) -> list[int]:
        """Ids of the spans covering code point ``pos``, outermost first."""
        number = self._block_of(pos)
        return [s.id for s in self._by_block.get(number, ()) if s.start <= pos < s.end]

    def set_current_span(self, span_id: int | None) -> None:
        """Outline one span (or none) and scroll it into view."""
        previous = self._by_id.get(self._current) if self._current is not None else None
        self._current = span_id if span_id in self._by_id else None
        if self._current is not None:
            self._scroll_to(self._by_id[self._current].qt_start)
        for item in (previous, self._by_id.get(self._current)):
            if item is not None:
                self._update_range(item.start, item.end)

    def current_span(self) -> int | None:
        return self._current

    # --- font ----------------------------------------------------------------------------

    def set_font_point_size(self, pt: float) -> None:
        font = QFont(self.font())
        font.setPointSizeF(max(4.0, float(pt)))
        self._set_metrics(font)
        self.setFont(font)

    def font_point_size(self) -> float:
        return self.font().pointSizeF()

    def _set_metrics(self, font: QFont) -> bool:
        """Bar thickness and line gap for ``font``; True if the gap changed."""
        height = QFontMetricsF(font).height()
        self._bar = max(2.0, round(height * 0.07))
        gap = (self._bar + 1) * BAR_LEVELS + 2
        changed = gap != self._layout.line_gap
        self._layout.line_gap = gap
        return changed

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._forget_batches()  # the bars' thickness follows the font
            if self._set_metrics(self.font()):
                document = self.document()
                document.markContentsDirty(0, document.characterCount())

    # --- painting ------------------------------------------------------------------------

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if self._by_id:
            painter = QPainter(self.viewport())
            try:
                self._paint_spans(painter, QRectF(event.rect()))
            finally:
                painter.end()
        super().paintEvent(event)

    def _visible_blocks(self, area: QRectF):
        """(block, top-left in viewport) for blocks whose lines or bars reach into ``area``."""
        offset = self.contentOffset()
        block = self.firstVisibleBlock()
        top = self.blockBoundingGeometry(block).translated(offset).top()
        previous = block.previous()
        if previous.isValid():  # its last line's bars reach into the first visible line
            block = previous
            top -= self.blockBoundingRect(block).height()
        gap = self._layout.line_gap
        while block.isValid() and top <= area.bottom():
            height = self.blockBoundingRect(block).height()
            if block.isVisible() and top + height + gap >= area.top():
                yield block, QPointF(offset.x(), top)
            top += height
            block = block.next()

    def _shapes(self, block: QTextBlock, span: _PaintedSpan) -> list[tuple]:
        """Where a span's glyphs are on one paragraph's lines, relative to the paragraph.

        (left, top, width, height, baseline, descent) pieces, one per visual run: a span
        crossing from Arabic into Latin can be two separate stretches of one line, and
        cursorToX(start)..cursorToX(end) would cover the wrong glyphs. Measured once per
        range and kept until Qt lays the paragraph out again (``_ArticleLayout._adjust``).
        """
        base = block.position()
        start = max(span.qt_start, base) - base
        end = min(span.qt_end, base + block.length() - 1) - base
        cache = self._block_paint(block.blockNumber()).shapes
        pieces = cache.get((start, end))
        if pieces is None:
            pieces = cache[(start, end)] = self._measure(block.layout(), start, end)
        return pieces

    @staticmethod
    def _measure(layout, start: int, end: int) -> list[tuple]:
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

    def _span_geometry(self, block: QTextBlock, span: _PaintedSpan, origin: QPointF):
        """(rect, baseline y, descent) pieces of a span on one paragraph, in viewport space."""
        x, y = origin.x(), origin.y()
        return [
            (QRectF(x + left, y + top, width, height), y + baseline, descent)
            for left, top, width, height, baseline, descent in self._shapes(block, span)
        ]

    def _paint_spans(self, painter: QPainter, area: QRectF) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        outlines = []
        for block, origin in self._visible_blocks(area):
            number = block.blockNumber()
            if number not in self._by_block:
                continue
            paint = self._block_paint(number)
            if paint.batches is None:
                self._batch(block, self._by_block[number], paint)
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

    def _block_paint(self, number: int) -> _BlockPaint:
        paint = self._layout.painted.get(number)
        if paint is None:
            paint = self._layout.painted[number] = _BlockPaint()
        return paint

    def _forget_batches(self, numbers=None) -> None:
        painted = self._layout.painted
        for number in painted if numbers is None else numbers:
            if (paint := painted.get(number)) is not None:
                paint.batches = paint.outline = None

    def _batch(self, block: QTextBlock, spans: list[_PaintedSpan], paint: _BlockPaint) -> None:
        """One paragraph's tints, bars and current-span outline, relative to the paragraph.

        All tints before all bars, outer spans' tints before inner ones'; tints of one colour
        go in one batch only while no other colour comes between them, so an inner span's
        tint still lies on top of its outer span's.
        """
        batches: list[tuple[QColor, list[QRectF]]] = []
        bars: dict[int, tuple[QColor, list[QRectF]]] = {}
        outline = None
        step = self._bar + 1
        current = self._current
        for span in spans:
            for left, top, width, height, baseline, descent in self._shapes(block, span):
                rect = QRectF(left, top, width, height)
                if batches and batches[-1][0] is span.fill:
                    batches[-1][1].append(rect)
                else:
                    batches.append((span.fill, [rect]))
                bar = self._bar * (2 if span.id == current else 1)
                y = baseline + descent * 0.45 + min(span.depth, BAR_LEVELS - 1) * step
                bars.setdefault(id(span.color), (span.color, []))[1].append(
                    QRectF(left, y, width, bar)
                )
                if span.id == current:
                    outline = outline or (span.color.darker(150), [])
                    outline[1].append(rect.adjusted(-1, -1, 1, 1))
        paint.batches = batches + list(bars.values())
        paint.outline = outline

    # --- mouse and keys ------------------------------------------------------------------

    def mousePressEvent(self, event) -> None:  # noqa: N802 (Qt override)
        self._press_pos = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().mouseReleaseEvent(event)
        pressed, self._press_pos = self._press_pos, None
        point = event.position().toPoint()
        if (
            event.button() == Qt.MouseButton.LeftButton
            and pressed is not None
            and (point - pressed).manhattanLength() < QApplication.startDragDistance()
        ):
            span_id = self.span_at_point(QPointF(point))
            if span_id is not None:
                self.span_clicked.emit(span_id)

    def span_at_point(self, point: QPointF) -> int | None:
        """The innermost span painted under viewport ``point``, or None."""
        block = self.cursorForPosition(point.toPoint()).block()
        hits = []
        for candidate in (block.previous(), block, block.next()):
            if not candidate.isValid():
                continue
            origin = self.blockBoundingGeometry(candidate).translated(self.contentOffset())
            for span in self._by_block.get(candidate.blockNumber(), ()):
                for rect, _, _ in self._span_geometry(candidate, span, origin.topLeft()):
                    if rect.adjusted(0, 0, 0, self._layout.line_gap).contains(point):
                        hits.append(span)
        if not hits:
            return None
        return min(hits, key=lambda s: (s.end - s.start, -s.depth)).id

    def event(self, event: QEvent) -> bool:
        # Label keys (1-4, letters) and Delete/Escape belong to the window's QActions.
        if event.type() == QEvent.Type.ShortcutOverride and self._leaves_to_window(event):
            event.ignore()
            return False
        return super().event(event)

    @staticmethod
    def _leaves_to_window(event: QKeyEvent) -> bool:
        blocking = (
            Qt.KeyboardModifier.ControlModifier
            | Qt.KeyboardModifier.AltModifier
            | Qt.KeyboardModifier.MetaModifier
        )
        if event.modifiers() & blocking:
            return False
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace, Qt.Key.Key_Escape):
            return True
        text = event.text()
        return bool(text) and text.isprintable() and not text.isspace()

    # --- helpers -------------------------------------------------------------------------

    def _apply_text_option(self) -> None:
        """Right to left, right-aligned (AlignAbsolute: plain AlignRight flips in RTL)."""
        document = self.document()
        option = QTextOption(document.defaultTextOption())
        option.setTextDirection(Qt.LayoutDirection.RightToLeft)
        option.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute)
        document.setDefaultTextOption(option)

    def _scroll_to(self, qt_pos: int) -> None:
        """Scroll so that ``qt_pos`` is in view, a third of a page from the top."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(qt_pos)
        block = cursor.block()
        bar = self.verticalScrollBar()
        # The scroll bar counts lines, and a paragraph counts as one line until it is laid
        # out: lay out what comes into view and aim again until the line numbers settle.
        for _ in range(5):
            rect = self.cursorRect(cursor)
            if rect.top() >= 0 and rect.bottom() <= self.viewport().height():
                return
            line = block.layout().lineForTextPosition(qt_pos - block.position())
            target = block.firstLineNumber() + max(line.lineNumber(), 0)
            bar.setValue(max(0, target - max(1, bar.pageStep() // 3)))
            shown = self.firstVisibleBlock()
            while shown.isValid() and shown.blockNumber() <= block.blockNumber():
                self.blockBoundingRect(shown)
                shown = shown.next()
