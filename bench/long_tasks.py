"""The 15 MB articles in the real window and in a bare ``QPlainTextEdit`` (issue 11).

Run through ``python -m bench.ui_tasks TASK ARG...`` (offscreen, one subprocess each).

GUI-thread freezes are measured as the longest gap between the ticks of a 5 ms timer running
in the GUI thread while the article is opened, painted and left alone for a moment: whatever
blocks the event loop (laying out, setting the text, reading the file) shows up as a gap.
"""

from __future__ import annotations

import random
import time
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPlainTextEdit

from bench import generate as gen
from bench.ui_tasks import _app, _rtl, rss_mb, summary


class FreezeWatch(QObject):
    """The longest time the GUI thread's event loop did not run a 5 ms timer, how much of it
    the GUI thread spent running (its CPU time: on a shared machine the rest is waiting for
    a core or for the GIL), and when it began (0: the click's own slot, before any tick)."""

    def __init__(self):
        super().__init__()
        self.timer = QTimer(self)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._tick)
        self.last = self.last_cpu = self.started = 0.0
        self.longest = self.longest_cpu = self.longest_at = 0.0

    def start(self) -> None:
        self.last, self.longest = time.perf_counter(), 0.0
        self.started, self.longest_at = self.last, 0.0
        self.last_cpu, self.longest_cpu = time.thread_time(), 0.0
        self.timer.start()

    def stop(self) -> float:
        self._tick()
        self.timer.stop()
        return self.longest * 1000

    def _tick(self) -> None:
        now, cpu = time.perf_counter(), time.thread_time()
        if now - self.last > self.longest:
            self.longest, self.longest_cpu = now - self.last, cpu - self.last_cpu
            self.longest_at = self.last - self.started
        self.last, self.last_cpu = now, cpu


def _targets(text: str, taken: set[tuple[int, int]], count: int, seed: int):
    """``count`` word ranges (1-3 words, one paragraph) not yet tagged, as ``targets`` picks
    them, without listing every word of the text first: for 15 MB that list is 1.5 M tuples,
    about 150 MB of the benchmark's own in the app's peak memory."""
    rng = random.Random(seed)
    found: list[tuple[int, int]] = []
    while len(found) < count:
        pos = text.find(" ", rng.randrange(len(text) - 1_000)) + 1  # a word's start
        words = [gen.WORD.search(text, pos)]
        for _ in range(rng.choice((0, 0, 1, 2))):
            words.append(gen.WORD.search(text, words[-1].end()))
        start, end = words[0].start(), words[-1].end()
        if (start, end) in taken or "\n" in text[start:end]:
            continue
        taken.add((start, end))
        found.append((start, end))
    return found


def _settle(ms: int = 300) -> None:
    QTest.qWait(ms)  # the event loop runs: deferred work and timer ticks happen here


def long_ours(project_path: str, presses: str) -> dict:
    """Switch to the long article (from a short one) until it is shown; then tag in it."""
    from bench.app_driver import _label_key, _paint, _window

    app, window = _window(project_path)
    view = window.view
    docs = window.session.project.documents()
    small = min(docs, key=lambda d: d.length)
    big = max(docs, key=lambda d: d.length)
    table, model = window.documents.table, window.documents.model
    watch = FreezeWatch()
    opens, freezes, busy, when = [], [], [], []
    for _ in range(2):
        window.open_document(small.id)
        _paint(app, window)
        _settle(100)
        watch.start()
        t = time.perf_counter()
        table.setCurrentIndex(model.index(model.row_of(big.id), 0))  # as a click on the row
        while len(view.text()) != big.length or getattr(view, "loading", False):
            app.processEvents()
        _paint(app, window)
        opens.append((time.perf_counter() - t) * 1000)
        _settle()
        freezes.append(watch.stop())
        busy.append(watch.longest_cpu * 1000)
        when.append(watch.longest_at * 1000)
    if window.document_id != big.id:
        raise RuntimeError("the long article was not opened")
    text = view.text()
    _, key = _label_key(window)
    before = {(s.start, s.end) for s in window.session.project.spans(big.id)}
    view.setFocus()
    times = []
    for start, end in _targets(text, set(before), int(presses), seed=7):
        view.select_range(start, end)
        _paint(app, window)
        t = time.perf_counter()
        QTest.keyClick(view, key, Qt.KeyboardModifier.NoModifier)
        _paint(app, window)
        times.append((time.perf_counter() - t) * 1000)
    after = {(s.start, s.end) for s in window.session.project.spans(big.id)}
    if len(after) != len(before) + int(presses):
        raise RuntimeError(f"{len(after) - len(before)} of {presses} tags were stored")
    return {
        "open_ms": opens,
        "freeze_ms": freezes,
        "freeze_cpu_ms": busy,  # the GUI thread's own CPU time within each longest stop
        "freeze_at_ms": when,  # when each began, from the click (0: in the click's slot)
        "tag": summary(times),
        "rss_mb": rss_mb(),
        "chars": big.length,
    }


def long_bare(text_file: str) -> dict:
    """``setPlainText`` of the same text into a bare read-only QPlainTextEdit, and paint."""
    app = _app()
    text = Path(text_file).read_text(encoding="utf-8")
    view = QPlainTextEdit()
    view.setReadOnly(True)
    _rtl(view)
    view.resize(1100, 750)
    view.show()
    QTest.qWaitForWindowExposed(view)
    watch = FreezeWatch()
    watch.start()
    t = time.perf_counter()
    view.setPlainText(text)
    _rtl(view)
    app.processEvents()
    view.viewport().repaint()
    opened = (time.perf_counter() - t) * 1000
    _settle()
    return {"open_ms": [opened], "freeze_ms": [watch.stop()], "rss_mb": rss_mb()}


TASKS = {"long_ours": long_ours, "long_bare": long_bare}
