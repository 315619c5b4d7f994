"""Shortcuts on a real X11 display: there, standard keys expand to more keys than on the
offscreen platform the other tests use (Delete also takes Ctrl+D), so Ctrl+D is pressed
on a window under Xvfb and must mark the document done."""

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


def test_ctrl_d_marks_done_on_x11(tmp_path):
    assert shutil.which("xvfb-run"), "this test needs Xvfb: apt-get install xvfb xauth (see README)"
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "PYTHONPATH": str(ROOT)}
    out = subprocess.run(
        ["xvfb-run", "-a", sys.executable, "-c", PROBE, str(tmp_path / "p.annot"), str(SEED)],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    assert "Ambiguous shortcut" not in out.stderr
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert result["platform"] == "xcb"
    assert "Ctrl+D" in result["delete"]  # the X11 scheme really is in force here
    assert result["status"] == "done"
