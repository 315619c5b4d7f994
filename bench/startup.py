"""Start a Qt program and print the moment its window first shows a given text, then exit.

    python -m bench.startup NEEDLE app [ARG...]     # the app, as `python -m annotator ARG...`
    python -m bench.startup NEEDLE bare TEXT_FILE   # a bare QTextEdit showing TEXT_FILE

Nothing in the program is changed, and the probe costs it as little as it can:

- PySide6 is not imported here: the program imports it when it would anyway (PySide6's import
  hook then reads the source of every module imported after it; a probe importing PySide6 first
  would make the app pay for modules it deliberately imports before). A ``sys.meta_path`` entry
  notices ``PySide6.QtWidgets`` being loaded and wraps ``QApplication.exec``.
- When the event loop starts, an event filter goes on each top-level ``QWindow`` (not on the
  application: an application filter makes PySide6 wrap every object that receives any event,
  which costs the app with its hundreds of objects far more than the bare window). After each
  expose or update request of a window (the backing store repaints and flushes on these),
  checked on a zero timer so the paint has finished, the probe looks for a visible text view
  (QTextEdit, QPlainTextEdit) holding NEEDLE; when one does it prints ``shown <monotonic>``
  and leaves at once. With no window at all when the loop starts,
  it falls back to an application filter on paint events.

The parent compares that with the monotonic clock it read before starting the process
(CLOCK_MONOTONIC is system-wide on Linux), so the figure covers the interpreter start,
imports, the program's own start-up, the first layout and the first paint.
"""

from __future__ import annotations

import importlib.abc
import importlib.util
import os
import runpy
import sys
import time


def _texts_of(window):
    """The text of each visible text view of ``window``. Found by type, so PySide6 wraps only
    those widgets (wrapping all of a window's widgets would cost the app, with its hundreds,
    far more than the bare window)."""
    from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

    views = [window] if isinstance(window, (QTextEdit, QPlainTextEdit)) else []
    views += window.findChildren(QTextEdit) + window.findChildren(QPlainTextEdit)
    for view in views:
        if view.isVisible():
            yield view.toPlainText()


def _make_watch(needle: str):
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    window_events = (QEvent.Type.Expose, QEvent.Type.UpdateRequest)

    class ShownWatch(QObject):
        def __init__(self, on_windows: bool):
            super().__init__()
            self.kinds = window_events if on_windows else (QEvent.Type.Paint,)
            self.pending = False

        def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt's name
            if not self.pending and event.type() in self.kinds:
                self.pending = True
                QTimer.singleShot(0, self.check)
            return False

        def check(self) -> None:
            self.pending = False
            for window in QApplication.topLevelWidgets():
                if window.isVisible() and any(needle in t for t in _texts_of(window)):
                    print(f"shown {time.monotonic():.6f}", flush=True)
                    os._exit(0)

    def install(app) -> None:
        windows = [
            w.windowHandle() for w in QApplication.topLevelWidgets() if isinstance(w, QWidget)
        ]
        windows = [w for w in windows if w is not None]
        watch = ShownWatch(on_windows=bool(windows))
        app._shown_watch = watch  # kept alive with the application
        for window in windows or [app]:
            window.installEventFilter(watch)

    return install


def _wrap_exec(needle: str) -> None:
    from PySide6.QtWidgets import QApplication

    original = QApplication.exec
    install = _make_watch(needle)

    def exec_with_watch(*_args):  # called as app.exec() or QApplication.exec()
        install(QApplication.instance())
        return original()

    QApplication.exec = exec_with_watch


class _WhenQtWidgetsLoads(importlib.abc.MetaPathFinder):
    """Wraps ``QApplication.exec`` right after the program imports ``PySide6.QtWidgets``."""

    def __init__(self, needle: str):
        self.needle = needle

    def find_spec(self, name, path=None, target=None):
        if name != "PySide6.QtWidgets":
            return None
        sys.meta_path.remove(self)
        spec = importlib.util.find_spec(name)
        loader, needle = spec.loader, self.needle

        class Loader(importlib.abc.Loader):
            def create_module(self, spec):
                return loader.create_module(spec)

            def exec_module(self, module):
                loader.exec_module(module)
                sys.modules[name] = module
                _wrap_exec(needle)

        spec.loader = Loader()
        return spec


def bare(text_file: str) -> int:
    """The baseline: the least PySide6 program that shows the article in a QTextEdit."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QTextEdit

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
    sys.meta_path.insert(0, _WhenQtWidgetsLoads(needle))
    if mode == "bare":
        return bare(rest[0])
    sys.argv = ["annotator", *rest]
    runpy.run_module("annotator", run_name="__main__", alter_sys=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
