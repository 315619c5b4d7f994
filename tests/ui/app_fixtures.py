"""Fixtures for driving the real main window (imported by the test modules that use them)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from annotator.importer import import_paths
from annotator.store import Project
from tests.conftest import SEED
from ui.app import application
from ui.main_window import MainWindow
from ui.settings import Preferences, WindowState

#: The offscreen platform says this whenever a shown window's minimum size changes (a dock
#: or status bar growing); it is about the fake platform, not the app.
OFFSCREEN_NOISE = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise|grabbing the keyboard)"
)


@pytest.fixture
def settings_files(tmp_path):
    """Preferences and window state in temporary INI files (shared by windows of one test)."""

    def make():
        prefs = Preferences(QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat))
        state = WindowState(QSettings(str(tmp_path / "state.ini"), QSettings.Format.IniFormat))
        return prefs, state

    return make


@pytest.fixture
def open_window(qtbot, tmp_path, settings_files):
    """``open_window(articles=[SEED])``: a shown, active MainWindow on a new temp project."""
    application()

    def make(articles=(SEED,), project_path: Path | None = None, readonly=False):
        path = project_path or tmp_path / "test.annot"
        if not path.exists():
            with Project.create(path) as p:
                if articles:
                    import_paths(p, list(articles))
        project = Project.open(path, readonly=readonly)
        window = MainWindow(*settings_files())
        qtbot.addWidget(window)
        window.set_project(project)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        window.view.setFocus()
        qtbot.waitUntil(window.view.hasFocus)
        # What waits for the first paint (recent projects, ...) has run: tests see the
        # window as the analyst does a moment after it appears.
        qtbot.waitUntil(lambda: window._painted)
        return window

    return make


def window_not_yet_painted(qtbot, tmp_path, settings_files) -> MainWindow:
    """A MainWindow on a new temp project holding the seed article, not shown yet."""
    path = tmp_path / "p.annot"
    with Project.create(path) as p:
        import_paths(p, [SEED])
    window = MainWindow(*settings_files())
    qtbot.addWidget(window)
    window.set_project(Project.open(path))
    return window


def file_spans(path) -> list[tuple[int, int, str, str]]:
    """(start, end, label, text) of every span, read from the file by a separate connection."""
    with Project.open(path, readonly=True) as p:
        out = []
        for info in p.documents():
            text = p.document(info.id).text
            out += [(s.start, s.end, s.label, text[s.start : s.end]) for s in p.spans(info.id)]
        return sorted(out)


def export_records(qtbot, window, tmp_path, fmt="native") -> list[dict]:
    """Export through the window's File ▸ Export code path and read the JSONL back."""
    target = tmp_path / f"export-{fmt}.jsonl"
    with qtbot.waitSignal(window.files.export_finished, timeout=20000):
        window.files.export_to(str(target), fmt)
    with open(target, encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def press(qtbot, window, key, modifiers=Qt.KeyboardModifier.NoModifier, widget=None):
    """A key click on the focused widget (the article unless told otherwise)."""
    target = widget or QApplication.focusWidget() or window.view
    qtbot.keyClick(target, key, modifiers)


def word_ranges(text: str) -> list[tuple[int, int]]:
    """Every word's [start, end) in ``text``."""
    import regex

    return [m.span() for m in regex.finditer(r"\w+", text)]


#: The steps of a random editing walk (``random_edit``), tags five times as likely.
EDITS = ["tag"] * 5 + ["relabel", "delete", "undo", "redo", "next"]


def random_edit(qtbot, window, rng, action: str, words: list, last: int, widths: tuple) -> None:
    """One step of a random walk of edits by key: tag from a word before ``last`` to one
    ``widths`` words on (a random label key), relabel or delete the next span, undo, redo,
    or go to the next span."""
    key, mod = Qt.Key, Qt.KeyboardModifier
    labels = [key.Key_1, key.Key_2, key.Key_3, key.Key_4]
    if action == "tag":
        i = rng.randrange(last)
        window.view.select_range(words[i][0], words[i + rng.choice(widths)][1])
        press(qtbot, window, rng.choice(labels))
    elif action == "relabel":
        window.tagger.clear()
        press(qtbot, window, key.Key_BracketRight)  # make a span current
        press(qtbot, window, rng.choice(labels))  # no selection: relabel it
    elif action == "delete":
        press(qtbot, window, key.Key_BracketRight)
        press(qtbot, window, key.Key_Delete)
    elif action == "undo":
        press(qtbot, window, key.Key_Z, mod.ControlModifier)
    elif action == "redo":
        press(qtbot, window, key.Key_Z, mod.ControlModifier | mod.ShiftModifier)
    else:
        press(qtbot, window, key.Key_BracketRight)


def find(text: str, needle: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return start, start + len(needle)


def type_text(widget, text: str) -> None:
    """Type any text (QTest.keyClicks only knows ASCII): one key event per character."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent

    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
            )
