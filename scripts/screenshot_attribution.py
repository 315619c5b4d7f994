"""Screenshot of the sample article attributed by keyboard alone (links shown).

    xvfb-run -a -s "-screen 0 1600x1000x24" python scripts/screenshot_attribution.py [OUT.png]

Plays tests/ui/seed_attribution.py's key presses on the real window (Ctrl+F and the text to
find, Escape, label keys, R and Enter to link, Q/W for attribute values), then makes the
speaker توكاييف current so its links show, opens the Claims panel and writes OUT.png
(default docs/attribution.png). A temporary project and settings: nothing of yours is used.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEvent, QSettings, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from annotator.importer import import_paths  # noqa: E402
from annotator.paths import seed_articles  # noqa: E402
from annotator.store import Project  # noqa: E402
from tests.ui.seed_attribution import STEPS, key_presses  # noqa: E402
from ui.app import application  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402
from ui.settings import Preferences, WindowState  # noqa: E402


def _type(widget, text: str) -> None:
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
            )


def play(window) -> None:
    for kind, value in STEPS:
        if kind == "find":
            QTest.keyClick(window.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
            edit = QApplication.focusWidget()
            _type(edit, value)
            QTest.keyClick(edit, Qt.Key.Key_Escape)
            continue
        for key in value.split():
            combo = QKeySequence(key)[0]
            QTest.keyClick(QApplication.focusWidget(), combo.key(), combo.keyboardModifiers())


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else ROOT / "docs" / "attribution.png"
    app = application()
    with tempfile.TemporaryDirectory(prefix="annotator-screenshot-") as tmp:
        folder = Path(tmp)
        path = folder / "attribution.annot"
        with Project.create(path) as project:
            import_paths(project, seed_articles())
        prefs = Preferences(QSettings(str(folder / "prefs.ini"), QSettings.Format.IniFormat))
        state = WindowState(QSettings(str(folder / "state.ini"), QSettings.Format.IniFormat))
        window = MainWindow(prefs, state)
        window.set_project(Project.open(path))
        window.resize(1500, 920)
        window.show()
        window.activateWindow()
        window.view.setFocus()
        shots: list[Path] = []

        def run() -> None:
            play(window)
            window.focus_claims()
            spans = window.tagger.spans
            text = window.view.text()
            speaker = [s for s in spans if s.label == "speaker"][1]  # «قال توكاييف إنه …»
            assert text[speaker.start : speaker.end] == "توكاييف"
            window.tagger.set_current_span(speaker.id, jump=True)
            window.view.verticalScrollBar().setValue(0)
            window.view.setFocus()
            QTimer.singleShot(400, grab)

        def grab() -> None:
            image = window.grab()
            out.parent.mkdir(parents=True, exist_ok=True)
            image.save(str(out))
            shots.append(out)
            window.close()
            app.quit()

        QTimer.singleShot(500, run)
        app.exec()
    print(f"key presses: {key_presses()}")
    for shot in shots:
        print(shot)
    return 0 if shots else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
