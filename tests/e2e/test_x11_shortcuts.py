"""The keyboard on a real X11 display (Xvfb, no window manager).

Standard keys expand to more keys there than on the offscreen platform the other tests use
(Delete also takes Ctrl+D), so Ctrl+D is pressed on a window and must mark the document done.
And once the first start's name dialog closes, the keyboard is the article's again."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "000_288b31e3134d6df4.txt"

PROBE = """
import json, sys
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from annotator.importer import import_paths
from annotator.store import Project
from ui.app import application
from ui.main_window import MainWindow

app = application()
with Project.create(sys.argv[1]) as p:
    import_paths(p, [sys.argv[2]])
window = MainWindow()
window.set_project(Project.open(sys.argv[1]))
window.show()
QTest.qWaitForWindowExposed(window)
window.activateWindow()
QTest.qWaitForWindowActive(window)
window.view.setFocus()
delete_on_x11 = [s.toString() for s in QKeySequence.keyBindings(QKeySequence.StandardKey.Delete)]
QTest.keyClick(window.view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
status = window.session.project.document(window.document_id).status
print(json.dumps({"platform": app.platformName(), "delete": delete_on_x11, "status": status}))
window.close()
"""


def run_on_xvfb(probe: str, tmp_path: Path, **env: str | None) -> tuple[str, dict]:
    """Run ``probe`` (Python) under xvfb-run on Qt's xcb platform, on a new project file and
    the seed article; its stderr and the JSON report on its last line. ``env`` is set over
    this environment (None: unset)."""
    assert shutil.which("xvfb-run"), "this test needs Xvfb: apt-get install xvfb xauth (see README)"
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "PYTHONPATH": str(ROOT), **env}
    out = subprocess.run(
        ["xvfb-run", "-a", sys.executable, "-c", probe, str(tmp_path / "p.annot"), str(SEED)],
        env={k: v for k, v in env.items() if v is not None},
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    return out.stderr, json.loads(out.stdout.strip().splitlines()[-1])


def test_ctrl_d_marks_done_on_x11(tmp_path):
    stderr, result = run_on_xvfb(PROBE, tmp_path)
    assert "Ambiguous shortcut" not in stderr
    assert result["platform"] == "xcb"
    assert "Ctrl+D" in result["delete"]  # the X11 scheme really is in force here


FIRST_START_PROBE = """
import json, sys
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from annotator.importer import import_paths
from annotator.store import Project
from ui.app import application, start_window
from ui.name_dialog import NameDialog

app = application()


def wait_for(condition, ms):
    for _ in range(ms // 20):
        if condition():
            return True
        QTest.qWait(20)
    return condition()


with Project.create(sys.argv[1]) as p:
    import_paths(p, [sys.argv[2]])
window = start_window(Project.open(sys.argv[1]))
asked = wait_for(lambda: isinstance(QApplication.activeWindow(), NameDialog), 10000)
dialog = QApplication.activeWindow()
dialog.accept()
wait_for(lambda: QApplication.activeWindow() is window, 3000)
focus = QApplication.focusWidget()
print(json.dumps({"asked": asked, "active": QApplication.activeWindow() is window,
                  "article": focus is window.view}))
window.close()
"""


def test_the_article_has_the_keyboard_after_the_first_start_name_dialog(tmp_path):
    """A new user's first keys after naming themselves tag in the article, even with no
    window manager to give the window the keyboard back."""
    home = tmp_path / "home"
    _stderr, result = run_on_xvfb(
        FIRST_START_PROBE,
        tmp_path,
        ANNOTATOR_USER=None,  # a first start: no name yet
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local/share"),
    )
    assert result == {"asked": True, "active": True, "article": True}
