"""In-process measurements of the desktop app and of bare Qt baselines, one per subprocess:
``python -m bench.ui_tasks TASK ARG...`` prints one JSON line. Qt runs offscreen.

Ours drives the real ``MainWindow`` (see ``bench/app_driver.py``): select a range through
the article view, send the label key with ``QTest.keyClick`` (a real key event through
``QApplication``, so the window's shortcut map dispatches it), let queued work run, then
``viewport().repaint()`` (a synchronous paint). The clock runs from just before the key to
just after the paint; the selection, like the analyst's mouse drag, is outside it.
"""

from __future__ import annotations

import json
import os
import random
import sqlite3
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QColor, QTextCursor, QTextFormat  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QTextEdit  # noqa: E402

from bench import generate as gen  # noqa: E402
from bench.tasks import peak_rss_mb  # noqa: E402


def rss_mb() -> float:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def summary(ms: list[float]) -> dict:
    ordered = sorted(ms)
    return {
        "n": len(ms),
        "p50": statistics.median(ordered),
        "p95": ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))],
        "max": ordered[-1],
        "all": [round(x, 3) for x in ms],
    }


def _app() -> QApplication:
    return QApplication.instance() or QApplication(sys.argv[:1])


def _rtl(edit: QPlainTextEdit) -> None:
    option = edit.document().defaultTextOption()
    option.setTextDirection(Qt.LayoutDirection.RightToLeft)
    option.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute)
    edit.document().setDefaultTextOption(option)


def targets(text: str, taken: set[tuple[int, int]], count: int, seed: int) -> list[tuple[int, int]]:
    """``count`` word ranges (1-3 words, one paragraph) not yet tagged, spread over the text.

    Each is widened to whole words as the app widens a selection (``3.5%`` is one word), so
    the range a press stores is the range chosen, and the file can be checked for it."""
    from annotator.text.words import snap_to_words

    rng = random.Random(seed)
    words = [m.span() for m in gen.WORD.finditer(text)]
    found: list[tuple[int, int]] = []
    while len(found) < count:
        i = rng.randrange(len(words) - 3)
        snapped = snap_to_words(text, words[i][0], words[i + rng.choice((0, 0, 1, 2))][1])
        if snapped is None:
            continue
        start, end = snapped
        if (start, end) in taken or "\n" in text[start:end]:
            continue
        taken.add((start, end))
        found.append((start, end))
    return found


# --- bare baselines --------------------------------------------------------------------------


class _BareTagger(QPlainTextEdit):
    """The least a Qt program does to tag: key '1' turns the selection into a highlight."""

    def __init__(self, text: str, spans: list[dict], highlights: bool = True):
        super().__init__()
        self.painted = highlights
        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setPlainText(text)
        _rtl(self)
        self.highlights = [self._highlight(s["start"], s["end"]) for s in spans]
        if highlights:
            self.setExtraSelections(self.highlights)

    def _highlight(self, start: int, end: int) -> QTextEdit.ExtraSelection:
        sel = QTextEdit.ExtraSelection()
        cursor = QTextCursor(self.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        sel.cursor = cursor
        sel.format.setBackground(QColor(230, 159, 0, 64))
        sel.format.setProperty(QTextFormat.Property.FullWidthSelection, False)
        return sel

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.text() == "1" and self.textCursor().hasSelection():
            c = self.textCursor()
            self.highlights.append(self._highlight(c.selectionStart(), c.selectionEnd()))
            if self.painted:
                self.setExtraSelections(self.highlights)
        else:
            super().keyPressEvent(event)


def tag_bare_qt(text_file: str, spans_file: str, presses: str, highlights: str = "no") -> dict:
    """Key press → synchronous repaint, in a bare QPlainTextEdit showing the same text.

    With ``highlights=yes`` the spans are shown as extra selections and the key adds one:
    the naive way to tag in Qt, for comparison.
    """
    app = _app()
    text = Path(text_file).read_text(encoding="utf-8")
    spans = json.loads(Path(spans_file).read_text())
    view = _BareTagger(text, spans, highlights == "yes")
    view.resize(1100, 750)
    view.show()
    QTest.qWaitForWindowExposed(view)
    app.processEvents()
    taken = {(s["start"], s["end"]) for s in spans}
    times = []
    # The text is Arabic with no astral characters: code points are Qt positions here.
    for start, end in targets(text, taken, int(presses), seed=5):
        cursor = QTextCursor(view.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        view.setTextCursor(cursor)
        view.ensureCursorVisible()
        app.processEvents()
        t = time.perf_counter()
        QTest.keyClick(view, Qt.Key.Key_1, Qt.KeyboardModifier.NoModifier)
        app.processEvents()
        view.viewport().repaint()
        times.append((time.perf_counter() - t) * 1000)
    if len(view.highlights) != len(spans) + int(presses):
        raise RuntimeError("the bare tagger missed key presses")
    return summary(times)


def tag_bare_sqlite(db: str, inserts: str) -> dict:
    """One INSERT + COMMIT per key press, WAL and synchronous=FULL, as a project does."""
    Path(db).unlink(missing_ok=True)
    Path(db).parent.mkdir(parents=True, exist_ok=True)  # a fresh clone has no bench/data/work
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute(
        "CREATE TABLE spans (id INTEGER PRIMARY KEY, document_id INTEGER, start "
        "INTEGER, end INTEGER, label_id INTEGER, created_at TEXT)"
    )
    conn.execute("CREATE UNIQUE INDEX by_doc ON spans (document_id, start, end, label_id)")
    times = []
    for i in range(int(inserts)):
        t = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        conn.execute(
            "INSERT INTO spans (document_id, start, end, label_id, created_at) "
            "VALUES (1, ?, ?, 1, '2024-01-01T00:00:00Z')",
            (i * 10, i * 10 + 5),
        )
        conn.execute("COMMIT")
        times.append((time.perf_counter() - t) * 1000)
    conn.close()
    return summary(times)


def open_bare(text_file: str, spans_file: str, repeat: str, highlights: str = "no") -> dict:
    """Set the 1 MiB text in a bare QPlainTextEdit and paint it (``highlights=yes``: and its
    spans as extra selections, the naive way, which takes seconds)."""
    app = _app()
    small = "نص قصير للبداية."
    text = Path(text_file).read_text(encoding="utf-8")
    spans = json.loads(Path(spans_file).read_text())
    view = _BareTagger(small, [])
    view.resize(1100, 750)
    view.show()
    QTest.qWaitForWindowExposed(view)
    times = []
    for _ in range(int(repeat)):
        view.setPlainText(small)
        view.setExtraSelections([])
        app.processEvents()
        view.viewport().repaint()
        t = time.perf_counter()
        view.setPlainText(text)
        _rtl(view)
        if highlights == "yes":
            view.setExtraSelections([view._highlight(s["start"], s["end"]) for s in spans])
        app.processEvents()
        view.viewport().repaint()
        times.append((time.perf_counter() - t) * 1000)
    return summary(times)


def memory_bare(text_file: str) -> dict:
    """Resident memory of a bare QPlainTextEdit showing the 1 MiB article."""
    app = _app()
    view = QPlainTextEdit()
    view.setReadOnly(True)
    view.setPlainText(Path(text_file).read_text(encoding="utf-8"))
    _rtl(view)
    view.resize(1100, 750)
    view.show()
    QTest.qWaitForWindowExposed(view)
    app.processEvents()
    view.viewport().repaint()
    return {"rss_mb": rss_mb()}


TASKS = {f.__name__: f for f in (tag_bare_qt, tag_bare_sqlite, open_bare, memory_bare)}


def main(argv: list[str]) -> int:
    name, *args = argv
    if name not in TASKS:
        from bench import app_driver, long_tasks

        result = {**app_driver.TASKS, **long_tasks.TASKS}[name](*args)
    else:
        result = TASKS[name](*args)
    result.setdefault("peak_rss_mb", peak_rss_mb())
    print(json.dumps(result))
    sys.stdout.flush()
    os._exit(0)  # skip Qt's teardown: it is not part of any figure


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
