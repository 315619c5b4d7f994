"""An article's Qt document, prepared in the GUI thread or, for a very long one, off it.

Setting 15 MB of text into a ``QTextDocument`` and finding its paragraphs and offsets takes
seconds, which in the GUI thread would freeze the window. A ``QTextDocument`` is not a widget:
it can be filled in a worker thread and moved to the GUI thread when ready, where the view
only installs it (laying out happens lazily, for the blocks in sight). See
``bench/RESULTS.md`` for the options measured.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QObject, Qt, QThreadPool, Signal
from PySide6.QtGui import QTextBlockFormat, QTextCursor, QTextDocument, QTextOption

from .span_layout import SpanLayout

#: Articles longer than this (code points) are prepared off the GUI thread.
BACKGROUND_CHARS = 2_000_000


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


def set_rtl_option(document: QTextDocument) -> None:
    """Right to left, right-aligned (AlignAbsolute: plain AlignRight flips in RTL)."""
    option = QTextOption(document.defaultTextOption())
    option.setTextDirection(Qt.LayoutDirection.RightToLeft)
    option.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute)
    document.setDefaultTextOption(option)


def prepare(text: str) -> tuple[SpanLayout, QTextDocument]:
    """The span layout of ``text`` and a new document showing it, each paragraph in its
    direction (a block format, not a character format: it does not split shaping runs)."""
    spans = SpanLayout(text)
    document = QTextDocument()
    document.setUndoRedoEnabled(False)
    document.setPlainText(spans.display_text())  # very long paragraphs in blocks
    set_paragraph_directions(document, spans)
    return spans, document


def set_paragraph_directions(document: QTextDocument, spans: SpanLayout) -> None:
    """Right to left by default; left to right the blocks of a Latin-only paragraph."""
    set_rtl_option(document)
    ltr = QTextBlockFormat()
    ltr.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    for paragraph, blocks in spans.paragraphs():
        if paragraph_direction(paragraph) == Qt.LayoutDirection.LeftToRight:
            for number in blocks:
                QTextCursor(document.findBlockByNumber(number)).setBlockFormat(ltr)


class ArticleLoader(QObject):
    """Prepares documents in a worker thread.

    Signals:
        prepared(int, object, object): (request number, ``SpanLayout``, ``QTextDocument``)
            in the GUI thread; the document then lives there. Both None if preparing failed.
    """

    prepared = Signal(int, object, object)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        # A pool of its own: imports and searches on the global pool never hold an article
        # back. start() returns at once (threading.Thread.start waits for the thread to run).
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(2)

    def start(self, request: int, text: str) -> None:
        self._pool.start(lambda: self._run(request, text))

    def _run(self, request: int, text: str) -> None:
        try:
            spans, document = prepare(text)
            document.moveToThread(self.thread())
        except Exception:  # noqa: BLE001 (the view prepares it again in the GUI thread)
            spans = document = None
        self.prepared.emit(request, spans, document)
