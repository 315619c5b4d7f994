"""An article's Qt document, prepared at once or, for a very long one, a step at a time.

Setting 15 MB of text into a ``QTextDocument`` and finding its paragraphs and offsets takes
hundreds of milliseconds, which at once would freeze the window. A very long article is
prepared in steps of a few milliseconds, run by a zero-interval timer between the GUI
thread's other events: its text read from the project (``Project.reading_text``), its
paragraphs, display breaks and directions found, a new ``QTextDocument`` filled with it; the
view installs the document when it is full (laying out happens lazily, for the blocks in sight).

Why not a worker thread (as until 2026-12-02): everything preparing does holds the GIL (Python,
and C calls such as ``str.find``, decoding and Qt's), so a worker ran no faster than the GUI
thread, and made the GUI thread wait for the GIL at every call into Python (an event
filter, a paint, a slot), each wait up to the interpreter's 5 ms switch interval: the window
stopped 100-300 ms while a 15 MB article was prepared, with the GUI thread itself running
only 25-50 ms of that (``bench/RESULTS.md`` has the figures). A worker also deadlocked once:
it held the GIL inside a Qt call that waited for a lock the GUI thread held while it waited
for the GIL (``tests/ui/loader_lock_scenario.py``).
"""

from __future__ import annotations

import time
import unicodedata
from collections.abc import Callable, Generator, Iterator

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QTextCursor, QTextDocument, QTextOption
from PySide6.QtWidgets import QPlainTextEdit

from .span_layout import SpanLayout

#: Articles longer than this (code points) are read and prepared a step at a time.
BACKGROUND_CHARS = 2_000_000
#: Characters read at once by the direction scan, and given to Qt in one call.
_PIECE = 1 << 14
#: The GUI thread prepares an article for about this long (seconds) before it lets events in.
_STEP_S = 0.004
#: Paragraphs whose direction is found in one step (a few milliseconds).
_STEP_PARAGRAPHS = 4096


def paragraph_direction(text: str) -> Qt.LayoutDirection:
    """Right to left if the paragraph has any Arabic (or other RTL) letter.

    Left to right only for a paragraph with Latin letters and no RTL letter at all. Qt's own
    guess (the first strong letter) would lay out "Vision 2030 هي رؤية" left to right.
    """
    return _direction_of(text, 0, len(text))


def _direction_of(text: str, start: int, end: int) -> Qt.LayoutDirection:
    """``paragraph_direction`` of ``text[start:end]``, read a piece at a time (a 15 MB
    paragraph is never copied whole)."""
    return _finish(_direction_steps(text, start, end))


def _direction_steps(text: str, start: int, end: int) -> Generator[None, None, Qt.LayoutDirection]:
    """``_direction_of``, a step per piece read (a Latin-only paragraph is read to its end:
    8 M characters of Python loop would be a second in one call)."""
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
        yield
    return Qt.LayoutDirection.LeftToRight if latin else Qt.LayoutDirection.RightToLeft


def _finish(steps: Generator[None, None, object]):
    """Run ``steps`` to their end at once; their result."""
    while True:
        try:
            next(steps)
        except StopIteration as done:
            return done.value


def ltr_blocks(spans: SpanLayout) -> list[int]:
    """The blocks that show a Latin-only paragraph (all others are right to left)."""
    blocks: list[int] = []
    _finish(_finding_ltr(blocks, spans))
    return blocks


def _finding_ltr(blocks: list[int], spans: SpanLayout) -> Iterator[None]:
    """``ltr_blocks`` into ``blocks``, a step at a time."""
    text, starts = spans.text, spans.paragraph_starts
    bidirectional, last = unicodedata.bidirectional, len(starts) - 1
    ltr: list[int] = []
    for i, start in enumerate(starts):
        if i % _STEP_PARAGRAPHS == _STEP_PARAGRAPHS - 1:
            yield
        end = starts[i + 1] - 1 if i < last else len(text)
        # Most paragraphs of an Arabic article start with an Arabic letter: right to left,
        # known from one character (17,000 paragraphs in 10 ms, not 80).
        if start < end and bidirectional(text[start]) in ("AL", "R"):
            continue
        direction = yield from _direction_steps(text, start, end)
        if direction == Qt.LayoutDirection.LeftToRight:
            ltr.append(i)
    if ltr:
        yield
        ranges = spans.paragraph_ranges()
        blocks.extend(block for i in ltr for block in ranges[i][2])


def set_rtl_option(document: QTextDocument) -> None:
    """Right to left, right-aligned (AlignAbsolute: plain AlignRight flips in RTL)."""
    option = QTextOption(document.defaultTextOption())
    option.setTextDirection(Qt.LayoutDirection.RightToLeft)
    option.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute)
    document.setDefaultTextOption(option)


def prepare(text: str) -> tuple[SpanLayout, QTextDocument]:
    """The span layout of ``text`` and a new document showing it, each paragraph in its
    direction, at once (in the GUI thread)."""
    preparation = _Preparation(0, text)
    while not preparation.step(deadline=float("inf")):
        pass
    if preparation.failed is not None:
        raise preparation.failed
    return preparation.spans, preparation.document


def set_paragraph_directions(document: QTextDocument, spans: SpanLayout) -> None:
    """Right to left by default; left to right the blocks of a Latin-only paragraph."""
    set_rtl_option(document)
    _set_ltr(document, ltr_blocks(spans))


def _set_ltr(document: QTextDocument, blocks: list[int]) -> None:
    """A block format, not a character format: it does not split shaping runs."""
    if not blocks:  # an Arabic article: PySide6 need not create QTextFormat's ~150 enum values
        return
    from PySide6.QtGui import QTextBlockFormat

    ltr = QTextBlockFormat()
    ltr.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    for number in blocks:
        QTextCursor(document.findBlockByNumber(number)).setBlockFormat(ltr)


class _Preparation:
    """One article being prepared in the GUI thread, a bounded step per call: its text read
    (when it comes from the project), its paragraphs and directions found, a new document
    filled with it.

    ``text`` is None until it is read (and stays None if reading failed); ``failed`` holds
    what went wrong after it was read; ``spans`` and ``document`` are set once it is done.
    """

    def __init__(self, request: int, source: str | Callable[[], object]):
        self.request = request
        self.text: str | None = None
        self.spans: SpanLayout | None = None
        self.document: QTextDocument | None = None
        self.failed: Exception | None = None
        self._steps = self._run(source)

    def _run(self, source: str | Callable[[], object]) -> Iterator[None]:
        text = source() if callable(source) else source
        if not isinstance(text, str):  # a reader that yields between pieces (reading_text)
            text = yield from text
        self.text = text
        yield
        spans = SpanLayout()
        yield from spans.setting_text(text)
        ltr: list[int] = []  # few: Latin-only paragraphs of an Arabic article
        yield from _finding_ltr(ltr, spans)
        yield
        document = self.document = QTextDocument()
        document.setUndoRedoEnabled(False)
        cursor = QTextCursor(document)
        for piece in spans.display_pieces(_PIECE):  # long paragraphs in blocks
            cursor.insertText(piece)  # as setPlainText does, a piece at a time
            yield
        set_rtl_option(document)
        _set_ltr(document, ltr)
        self.spans = spans

    def step(self, deadline: float) -> bool:
        """Work until ``deadline`` (``time.perf_counter``); True when done or failed."""
        try:
            for _ in self._steps:
                if time.perf_counter() >= deadline:
                    return False
        except Exception as e:  # noqa: BLE001 (said through ``text`` and ``failed``)
            self.failed = e
            self.spans = None
        return True

    def stop(self) -> None:
        """Stop preparing: a reader still open is closed, a document begun is dropped."""
        self._steps.close()
        if self.document is not None:
            self.document.deleteLater()
            self.document = None


class ArticleLoader(QObject):
    """Prepares very long articles in the GUI thread, a few milliseconds at a time between
    events.

    Meanwhile the view it belongs to (its parent, a ``QPlainTextEdit`` left empty until the
    article is shown) says so: "Loading the article…" as the view's placeholder text, which Qt
    draws, in the interface's language, while the document is empty (a 15 MB article takes
    a fraction of a second, which a blank view left unexplained).

    Signals:
        prepared(int, object, object, object): (request number, the text, ``SpanLayout``,
            ``QTextDocument``), the document without a parent. The layout and document are
            None if preparing failed, the text too if reading it failed or the request was
            cancelled.
    """

    prepared = Signal(int, object, object, object)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._preparation: _Preparation | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._step)
        self._view = parent if isinstance(parent, QPlainTextEdit) else None
        #: The note shown and the placeholder it replaced (the window's hint for an empty
        #: project), while one is shown.
        self._note: tuple[str, str] | None = None

    def _say_loading(self, loading: bool) -> None:
        view = self._view
        if view is None:
            return
        if loading:
            note = self.tr("Loading the article…")
            before = self._note[1] if self._note else view.placeholderText()
            self._note = (note, before)
            view.setPlaceholderText(note)
        elif self._note is not None:
            (note, before), self._note = self._note, None
            if view.placeholderText() == note:  # else the window has set its own since
                view.setPlaceholderText(before)

    def start(self, request: int, text: str | Callable[[], object]) -> None:
        """Prepare ``text``, or the text ``text()`` gives: a string, or a reader that yields
        between pieces and returns the text (``Project.reading_text``). An earlier request
        still preparing is cancelled. Nothing is done before the event loop runs again."""
        self.cancel()
        self._preparation = _Preparation(request, text)
        self._timer.start()
        self._say_loading(True)

    def cancel(self) -> None:
        """Stop preparing: the request's ``prepared`` comes at once, with no text (the view
        has left the article)."""
        preparation, self._preparation = self._preparation, None
        self._timer.stop()
        self._say_loading(False)
        if preparation is not None:
            preparation.stop()
            self.prepared.emit(preparation.request, None, None, None)

    def _step(self) -> None:
        preparation = self._preparation
        if preparation is None:
            self._timer.stop()
            return
        if not preparation.step(deadline=time.perf_counter() + _STEP_S):
            return
        self._timer.stop()
        self._preparation = None
        self._say_loading(False)
        if preparation.failed is not None:
            preparation.stop()  # the view prepares it again itself, or says it is unreadable
        self.prepared.emit(
            preparation.request, preparation.text, preparation.spans, preparation.document
        )
