"""Start a Qt program and print the moment its window first shows a given text, then exit.

    python -m bench.startup NEEDLE app [ARG...]     # the app, as `python -m annotator ARG...`
    python -m bench.startup NEEDLE bare TEXT_FILE   # a bare QTextEdit showing TEXT_FILE

Nothing in the app is changed: before the program runs, ``QApplication.exec`` is wrapped so
that, when the event loop starts, an application-wide event filter watches paint events.
After each paint of a visible window (checked on a zero timer, so the paint has finished),
if a text widget in that window holds NEEDLE, the script prints ``shown <monotonic>`` and
leaves at once. The parent compares that with the monotonic clock it read before starting
the process (CLOCK_MONOTONIC is system-wide on Linux), so the figure covers the interpreter
start, imports, the app's own start-up, the first layout and the first paint.
"""

from __future__ import annotations

import os
import runpy
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QTextEdit, QWidget


def _texts_of(window: QWidget):
    for w in [window, *window.findChildren(QWidget)]:
        if not w.isVisible():
            continue
        if isinstance(w, (QTextEdit, QPlainTextEdit)):
            yield w.toPlainText()
            continue
        document = getattr(w, "document", None)
        if callable(document):
            try:
                doc = document()
            except TypeError:
                continue
            if isinstance(doc, QTextDocument):
                yield doc.toPlainText()


class _ShownWatch(QObject):
    def __init__(self, needle: str):
        super().__init__()
        self.needle = needle
        self.pending = False

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt's name
        if not self.pending and event.type() == QEvent.Type.Paint and isinstance(obj, QWidget):
            self.pending = True
            QTimer.singleShot(0, self.check)
        return False

    def check(self) -> None:
        self.pending = False
        for window in QApplication.topLevelWidgets():
            if window.isVisible() and any(self.needle in t for t in _texts_of(window)):
                print(f"shown {time.monotonic():.6f}", flush=True)
                os._exit(0)


def _install(needle: str) -> None:
    original = QApplication.exec
    watch = _ShownWatch(needle)

    def exec_with_watch(*_args):  # called as app.exec() or QApplication.exec()
        QApplication.instance().installEventFilter(watch)
        return original()

    QApplication.exec = exec_with_watch


def bare(text_file: str) -> int:
    """The baseline: the least PySide6 program that shows the article in a QTextEdit."""
    from PySide6.QtCore import Qt

    with open(text_file, encoding="utf-8") as f:
        text = f.read()
    app = QApplication(sys.argv[:1])
    view = QTextEdit()
    view.setReadOnly(True)
    view.setPlainText(text)
    option = view.document().defaultTextOption()
    option.setTextDirection(Qt.LayoutDirection.RightToLeft)
    option.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute)
    view.document().setDefaultTextOption(option)
    view.resize(1100, 750)
    view.show()
    return app.exec()


def main(argv: list[str]) -> int:
    needle, mode, *rest = argv
    _install(needle)
    if mode == "bare":
        return bare(rest[0])
    sys.argv = ["annotator", *rest]
    runpy.run_module("annotator", run_name="__main__", alter_sys=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
