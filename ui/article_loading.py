"""An article's Qt document, prepared in the GUI thread or, for a very long one, mostly off it.

Setting 15 MB of text into a ``QTextDocument`` and finding its paragraphs and offsets takes
seconds, which at once in the GUI thread would freeze the window. A worker thread reads the
text and finds its paragraphs, display breaks and directions: plain Python, no Qt object. The
GUI thread then fills a new ``QTextDocument`` a few milliseconds at a time between events, and
the view installs it when it is full (laying out happens lazily, for the blocks in sight). See
``bench/RESULTS.md`` for the options measured.

Why the worker makes no Qt call: PySide keeps the GIL through a Qt call (only a few, such as a
signal's ``emit``, release it). A worker that built the document and moved it to the GUI thread
(``moveToThread``) waited in Qt for a signal-slot mutex with the GIL held, while the GUI thread,
destroying a window, held that mutex (``~QObject`` does, from a pool of 131 chosen by address)
and waited for the GIL to call into Python: the app stopped for good
(``tests/ui/loader_lock_scenario.py`` sets it up).
"""

from __future__ import annotations

import time
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QTextBlockFormat, QTextCursor, QTextDocument, QTextOption

from .span_layout import SpanLayout

#: Articles longer than this (code points) are read and prepared off the GUI thread.
BACKGROUND_CHARS = 2_000_000
#: Characters read at once by the direction scan, and given to Qt in one call.
_PIECE = 1 << 14
#: The GUI thread fills a document for about this long (seconds) before it lets events in.
_FILL_SLICE = 0.004


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


def ltr_blocks(spans: SpanLayout) -> list[int]:
    """The blocks that show a Latin-only paragraph (all others are right to left)."""
    blocks: list[int] = []
    for start, end, numbers in spans.paragraph_ranges():
        if _direction_of(spans.text, start, end) == Qt.LayoutDirection.LeftToRight:
            blocks.extend(numbers)
    return blocks


def set_rtl_option(document: QTextDocument) -> None:
    """Right to left, right-aligned (AlignAbsolute: plain AlignRight flips in RTL)."""
    option = QTextOption(document.defaultTextOption())
    option.setTextDirection(Qt.LayoutDirection.RightToLeft)
    option.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute)
    document.setDefaultTextOption(option)


def prepare(text: str) -> tuple[SpanLayout, QTextDocument]:
    """The span layout of ``text`` and a new document showing it, each paragraph in its
    direction, at once (in the GUI thread)."""
    spans = SpanLayout(text)
    filling = _Filling(0, spans, ltr_blocks(spans))
    while not filling.step(deadline=float("inf")):
        pass
    return spans, filling.document


def set_paragraph_directions(document: QTextDocument, spans: SpanLayout) -> None:
    """Right to left by default; left to right the blocks of a Latin-only paragraph."""
    set_rtl_option(document)
    _set_ltr(document, ltr_blocks(spans))


def _set_ltr(document: QTextDocument, blocks: list[int]) -> None:
    """A block format, not a character format: it does not split shaping runs."""
    ltr = QTextBlockFormat()
    ltr.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    for number in blocks:
        QTextCursor(document.findBlockByNumber(number)).setBlockFormat(ltr)


@dataclass
class _Read:
    """What the worker hands to the GUI thread: plain Python, no Qt object."""

    text: str | None  # None: it could not be read
    spans: SpanLayout | None  # None: preparing failed (the view prepares it itself)
    ltr: list[int]


class _Filling:
    """A document being filled in the GUI thread, a bounded piece per call."""

    def __init__(self, request: int, spans: SpanLayout, ltr: list[int]):
        self.request, self.spans, self.ltr = request, spans, ltr
        self.document = QTextDocument()
        self.document.setUndoRedoEnabled(False)
        self._cursor = QTextCursor(self.document)
        self._pieces: Iterator[str] = spans.display_pieces(_PIECE)  # long paragraphs in blocks

    def step(self, deadline: float) -> bool:
        """Fill until ``deadline`` (``time.perf_counter``); True when the document is full."""
        for piece in self._pieces:
            self._cursor.insertText(piece)  # as setPlainText does, a piece at a time
            if time.perf_counter() >= deadline:
                return False
        set_rtl_option(self.document)
        _set_ltr(self.document, self.ltr)  # few: Latin-only paragraphs of an Arabic article
        return True


class ArticleLoader(QObject):
    """Prepares documents: read and laid out in a worker thread, filled in the GUI thread.

    Signals:
        prepared(int, object, object, object): (request number, the text, ``SpanLayout``,
            ``QTextDocument``) in the GUI thread, the document without a parent. The layout
            and document are None if preparing failed, the text too if reading it failed or
            the request was cancelled.
    """

    prepared = Signal(int, object, object, object)
    _read = Signal(int, object)  # (request, _Read): from the worker to the GUI thread

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        # A pool of its own: imports and searches on the global pool never hold an article
        # back. start() returns at once (threading.Thread.start waits for the thread to run).
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(2)
        self._wanted: int | None = None
        self._filling: _Filling | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._fill)
        self._read.connect(self._start_filling)  # queued: this object lives in the GUI thread

    def start(self, request: int, text: str | Callable[[], str]) -> None:
        """Prepare ``text``, or the text ``text()`` reads (in the worker: a 15 MB read from
        the project takes 60 ms and more). An earlier request still preparing is cancelled."""
        self.cancel()
        self._wanted = request
        self._pool.start(lambda: self._run(request, text))

    def cancel(self) -> None:
        """Stop preparing: the request's ``prepared`` comes with no text (the view has left
        the article). The worker, if still reading, finishes unseen."""
        filling, self._filling, self._wanted = self._filling, None, None
        self._timer.stop()
        if filling is not None:
            filling.document.deleteLater()
            self.prepared.emit(filling.request, None, None, None)

    def _run(self, request: int, text: str | Callable[[], str]) -> None:
        """In the worker: plain Python only (see the module's docstring), then one emit
        (PySide releases the GIL while Qt queues it)."""
        read = _Read(None, None, [])
        try:
            read.text = text() if callable(text) else text
            read.spans = SpanLayout(read.text)
            read.ltr = ltr_blocks(read.spans)
        except Exception:  # noqa: BLE001 (the view prepares it again in the GUI thread)
            read.spans = None
        self._read.emit(request, read)

    def _start_filling(self, request: int, read: _Read) -> None:
        if request != self._wanted:  # cancelled, or another article asked for since
            self.prepared.emit(request, None, None, None)
            return
        if read.text is None or read.spans is None:
            self._wanted = None
            self.prepared.emit(request, read.text, None, None)
            return
        self._filling = _Filling(request, read.spans, read.ltr)
        self._fill()
        if self._filling is not None:
            self._timer.start()

    def _fill(self) -> None:
        filling = self._filling
        if filling is None:
            self._timer.stop()
            return
        if filling.step(deadline=time.perf_counter() + _FILL_SLICE):
            self._timer.stop()
            self._filling = self._wanted = None
            self.prepared.emit(filling.request, filling.spans.text, filling.spans, filling.document)
