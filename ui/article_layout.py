"""The article's document layout: QPlainTextEdit's lazy layout with per-paragraph direction and
room for the span bars under each line, and what each laid-out paragraph keeps for painting its
spans (``BlockPaint``, dropped whenever Qt lays the paragraph out again). The painting itself
is ``ui.span_painter``.
"""

from __future__ import annotations

import itertools
from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QImage,
    QPainter,
    QTextBlock,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import QPlainTextDocumentLayout


@dataclass(slots=True)
class BlockPaint:
    """One paragraph's span painting, kept between paints.

    ``shapes`` maps a paragraph-relative UTF-16 range to its glyph pieces (they depend on the
    laid-out text only). ``entries`` are the paragraph's spans in reading order, each as
    (start, key, drawing): its tint, bar, frame and outline rectangles relative to the
    paragraph (``ui.span_batches``), made again only for the spans starting in a ``dirty``
    range (a tag, a removal, another current span), or all of them when ``entries`` is None.
    """

    shapes: dict[tuple[int, int], list[tuple]] = field(default_factory=dict)
    entries: list[tuple] | None = None
    #: Code-point ranges whose spans changed since ``entries`` were made.
    dirty: list[tuple[int, int]] = field(default_factory=list)
    #: ``entries`` are up to date (``ui.span_batches.refresh``).
    fresh: bool = False
    #: Each span's drawing by what it depends on (range, bar depth, label, band, current,
    #: thickness): the drawings of ``entries``, kept when all are made again (new spans
    #: for the document) for the spans whose key is the same.
    pieces: dict[tuple, tuple] = field(default_factory=dict)
    #: The whole paragraph's draw list, (colour or brush, rectangles) in painting order,
    #: made from ``entries`` when a draw of all of it wants it.
    batches: list[tuple[QColor, list[QRectF]]] | None = None
    outline: tuple[QColor, list[QRectF]] | None = None  # the current span's, on each line
    #: Bar brush (by id) -> its place in painting order (the order brushes first come in).
    rank: dict[int, int] = field(default_factory=dict)
    #: A number no other state of any paragraph's drawing had (``ui.span_batches``): what
    #: ``ui.span_layer`` compares to know that a paragraph looks as when it kept its picture.
    version: int = 0


#: Numbers for ``ArticleLayout.generation``, unique across layouts.
_GENERATIONS = itertools.count(1)

#: Characters of the paragraphs painted last whose shaped glyphs are kept between paints.
SHAPED_CHARS = 200_000


class ArticleLayout(QPlainTextDocumentLayout):
    """QPlainTextEdit's lazy layout, plus per-paragraph direction and room for span bars.

    QPlainTextDocumentLayout ignores block formats (direction, line height), so after Qt
    lays out a block this lays out an LTR block again left to right, and moves every line
    down by ``line_gap`` to leave room for the bars under the line above. Qt's own layout
    puts the first line at y == 0; ours never does, which tells the two apart.
    """

    def __init__(self, document: QTextDocument):
        super().__init__(document)
        self.line_gap = 8.0
        #: False while the view installs this layout's document (see ``ArticleView._show``).
        self.ready = True
        #: What spans look like per block number, dropped here whenever Qt lays a block
        #: out again (new width, font, text).
        self.painted: dict[int, BlockPaint] = {}
        #: Paragraphs whose glyphs Qt keeps shaped (``keep_shaped``): number -> length.
        self._shaped: OrderedDict[int, int] = OrderedDict()
        self._shaped_chars = 0
        #: Changes whenever Qt lays a paragraph out again (paragraphs may move, grow or go).
        self.generation = next(_GENERATIONS)

    def keep_shaped(self, blocks: Iterable[QTextBlock]) -> None:
        """Keep the glyphs of ``blocks`` (about to be painted) shaped from one paint to the next.

        A ``QTextLayout`` drops its glyphs after each layout and each draw, so Qt shaped the
        text of every painted line (HarfBuzz) again on every paint, and again to place the
        caret: about a tenth of a tag's instructions. Only the paragraphs painted last are
        kept, up to ``SHAPED_CHARS`` characters (about 25 bytes each); the others go back to
        Qt's way, their glyphs freed at once (a 15 MB article scrolled through would keep
        some 200 MB otherwise).
        """
        kept = self._shaped
        seen = 0
        for block in blocks:
            seen += 1
            number = block.blockNumber()
            if number in kept:
                kept.move_to_end(number)
            else:
                block.layout().setCacheEnabled(True)
                kept[number] = block.length()
                self._shaped_chars += block.length()
        while self._shaped_chars > SHAPED_CHARS and len(kept) > seen:
            number, length = kept.popitem(last=False)
            self._shaped_chars -= length
            block = self.document().findBlockByNumber(number)
            if block.isValid():
                _drop_glyphs(block.layout())

    def forget_shaped(self) -> None:
        """A new text: its paragraphs are new, shaped the way Qt does until painted."""
        self._shaped.clear()
        self._shaped_chars = 0

    def documentChanged(self, position: int, removed: int, added: int) -> None:  # noqa: N802
        """Qt's, and a new generation: paragraphs of a changed text (or font) are laid out
        again lazily, so nothing measured before stands (``article_geometry.rows_in_view``)."""
        super().documentChanged(position, removed, added)
        self.generation = next(_GENERATIONS)

    def blockBoundingRect(self, block: QTextBlock) -> QRectF:  # noqa: N802 (Qt override)
        layout = block.layout()
        if layout is None:  # not a block of this document (Qt asks while documents change)
            return super().blockBoundingRect(block)
        if not self.ready:  # not in the view yet: its width is unknown, 0 would wrap every glyph
            # One line's height, not none: Qt sizes the scroll bar by adding block heights
            # from the last block up until a page is full, and with none it walked all
            # 17,000 blocks of a 15 MB article through this method (300 ms) while installing.
            return QRectF(0, 0, 1, QFontMetricsF(self.document().defaultFont()).height())
        if layout.lineCount() == 0 or layout.lineAt(0).y() == 0.0:
            self.ensureBlockLayout(block)
            self._adjust(block)
        return super().blockBoundingRect(block)

    def _adjust(self, block: QTextBlock) -> None:
        self.painted.pop(block.blockNumber(), None)
        self.generation = next(_GENERATIONS)
        layout = block.layout()
        if layout.lineCount() == 0:
            return
        # The block's resolved direction, not blockFormat(): a QTextBlockFormat in Python makes
        # PySide6 create QTextFormat's ~150 enum values at the first paint (~1 % of start-up).
        if block.textDirection() == Qt.LayoutDirection.LeftToRight:  # the document is RTL
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


_SCRAP: list[QImage] = []


def _drop_glyphs(layout) -> None:
    """Stop keeping a paragraph's glyphs, and free them now: Qt frees a layout's glyphs at
    the end of a draw when it does not keep them, so draw none of its lines (a clip far
    above them) on a scrap image."""
    layout.setCacheEnabled(False)
    if not _SCRAP:
        _SCRAP.append(QImage(1, 1, QImage.Format.Format_ARGB32_Premultiplied))
    painter = QPainter(_SCRAP[0])
    try:
        layout.draw(painter, QPointF(0, 0), [], QRectF(0, -1e7, 1, 1))
    finally:
        painter.end()
