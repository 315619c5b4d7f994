"""Run by test_keyboard_layouts.py on an Xvfb display whose layout it set: opens the real
window, presses physical keys with xdotool (by keycode) and prints what each press did.

Usage: python layout_probe.py PROJECT ARTICLE
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import time

from PySide6.QtCore import QEventLoop
from PySide6.QtTest import QTest

from annotator.importer import import_paths
from annotator.store import Project
from ui.app import application
from ui.main_window import MainWindow

# X11 keycodes (evdev + 8) of the keys pressed: where they are, not what they type.
KEY_S, KEY_C, KEY_L, KEY_T, KEY_F, KEY_D, KEY_1, KEY_2, KEY_BRACKET_RIGHT = (
    39, 54, 46, 28, 41, 40, 10, 11, 35,
)  # fmt: skip

app = application()


def wait_for(condition, seconds: float = 5.0) -> bool:
    """Process events until ``condition()`` holds (the press has been handled) or time is up."""
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            return False
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
    return True


def press(keys: str) -> None:
    subprocess.run(["xdotool", "key", keys], check=True)


def main() -> None:
    project_path, article = sys.argv[1], sys.argv[2]
    with Project.create(project_path) as p:
        import_paths(p, [article])
        p.add_label("source", "#0072b2", letter="م")  # an Arabic letter, on the L key
    window = MainWindow()
    window.set_project(Project.open(project_path))
    window.show()
    QTest.qWaitForWindowExposed(window)
    window.activateWindow()
    QTest.qWaitForWindowActive(window)
    window.view.setFocus()
    project = window.session.project
    words = [m.span() for m in re.finditer(r"\w{5,}", window.tagger.text)]
    result: dict[str, object] = {"platform": app.platformName()}

    def tag(name: str, keys: str, start: int, end: int) -> None:
        before = {s.id for s in project.spans(window.document_id)}
        window.view.setFocus()
        window.view.select_range(start, end)
        press(keys)
        wait_for(lambda: len(project.spans(window.document_id)) > len(before))
        new = [s for s in project.spans(window.document_id) if s.id not in before]
        result[name] = [new[0].label, new[0].start, new[0].end] if new else None

    tag("S", f"{KEY_S}", *words[0])
    tag("C", f"{KEY_C}", *words[1])
    tag("L", f"{KEY_L}", *words[2])
    tag("T", f"{KEY_T}", *words[3])
    tag("1", f"{KEY_1}", *words[4])
    tag("2", f"{KEY_2}", *words[5])
    start, end = words[6]
    tag("Shift+S", f"shift+{KEY_S}", start + 1, start + 3)
    result["exact_selection"] = [start + 1, start + 3]

    window.view.setFocus()
    press(f"ctrl+{KEY_F}")
    bar_opened = wait_for(lambda: window._find_bar is not None and window.find_bar.isVisible())
    result["Ctrl+F"] = bar_opened and window.find_bar.isAncestorOf(app.focusWidget())
    press("Escape")  # a keysym: xdotool reads a lone 9 as the digit, not keycode 9
    result["Escape"] = wait_for(lambda: window.view.hasFocus())

    window.tagger.set_current_span(None)
    press(f"{KEY_BRACKET_RIGHT}")
    result["]"] = wait_for(lambda: window.tagger.current_span_id is not None)

    press(f"ctrl+{KEY_D}")
    result["Ctrl+D"] = wait_for(lambda: project.document(window.document_id).status == "done")
    print(json.dumps(result))
    window.close()


if __name__ == "__main__":
    main()
