"""An article's Qt document, prepared in the GUI thread or, for a very long one, off it.

Setting 15 MB of text into a ``QTextDocument`` and finding its paragraphs and offsets takes
seconds, which in the GUI thread would freeze the window. A ``QTextDocument`` is not a widget:
it can be filled in a worker thread and moved to the GUI thread when ready, where the view
only installs it (laying out happens lazily, for the blocks in sight). See
``bench/RESULTS.md`` for the options measured.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QThreadPool, Signal
from PySide6.QtGui import QTextBlockFormat, QTextCursor, QTextDocument, QTextOption

from .span_layout import SpanLayout

#: Articles longer than this (code points) are read and prepared off the GUI thread.
BACKGROUND_CHARS = 2_000_000
#: Characters given to Qt (or read) in one call when preparing off the GUI thread. Qt's
#: calls keep the GIL: 15 MB in one ``setPlainText`` would stop the GUI thread 70-150 ms.
_PIECE = 1 << 16


def paragraph_direction(text: str) -> Qt.LayoutDirection:
    """Right to left if the paragraph has any Arabic (or other RTL) letter.

    Left to right only for a paragraph with Latin letters and no RTL letter at all. Qt's own
    guess (the first strong letter) would lay out "Vision 2030 هي رؤية" left to right.
    """
    return _direction_of(text, 0, len(text))


def _direction_of(text: str, start: int, end: int) -> Qt.LayoutDirection:
    """``paragraph_direction`` of ``text[start:end]``, read a piece at a time (a 15 MB
    paragraph is never copied whole)."""
    # A plain loop over unicodedata (not the `regex` module, whose import costs start-up):
    # it stops at the first Arabic letter, which in an Arabic paragraph comes at once.
    latin = False
    for pos in range(start, end, _PIECE):
        for c in text[pos : min(end, pos + _PIECE)]:
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
    direction (a block format, not a character format: it does not split shaping runs).

    Every call into Qt or a regular expression takes a bounded piece of the text, so a
    thread preparing it never holds the GIL long (see ``_PIECE``)."""
    spans = SpanLayout(text)
    document = QTextDocument()
    document.setUndoRedoEnabled(False)
    cursor = QTextCursor(document)
    for piece in spans.display_pieces(_PIECE):  # very long paragraphs in blocks
        cursor.insertText(piece)  # as setPlainText does, a piece at a time
    set_paragraph_directions(document, spans)
    return spans, document


def set_paragraph_directions(document: QTextDocument, spans: SpanLayout) -> None:
    """Right to left by default; left to right the blocks of a Latin-only paragraph."""
    set_rtl_option(document)
    ltr = QTextBlockFormat()
    ltr.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    for start, end, blocks in spans.paragraph_ranges():
        if _direction_of(spans.text, start, end) == Qt.LayoutDirection.LeftToRight:
            for number in blocks:
                QTextCursor(document.findBlockByNumber(number)).setBlockFormat(ltr)


class ArticleLoader(QObject):
    """Prepares documents in a worker thread.

    Signals:
        prepared(int, object, object, object): (request number, the text, ``SpanLayout``,
            ``QTextDocument``) in the GUI thread; the document then lives there. The layout
            and document are None if preparing failed, the text too if reading it failed.
    """

    prepared = Signal(int, object, object, object)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        # A pool of its own: imports and searches on the global pool never hold an article
        # back. start() returns at once (threading.Thread.start waits for the thread to run).
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(2)

    def start(self, request: int, text: str | Callable[[], str]) -> None:
        """Prepare ``text``, or the text ``text()`` reads (in the worker: a 15 MB read from
        the project takes 60 ms and more)."""
        self._pool.start(lambda: self._run(request, text))

    def _run(self, request: int, text: str | Callable[[], str]) -> None:
        spans = document = None
        try:
            if callable(text):
                text = text()
            spans, document = prepare(text)
            document.moveToThread(self.thread())
        except Exception:  # noqa: BLE001 (the view prepares it again in the GUI thread)
            spans = document = None
            text = text if isinstance(text, str) else None
        self.prepared.emit(request, text, spans, document)
