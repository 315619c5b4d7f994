"""Starting the desktop app: ``annotator``, ``annotator gui [PROJECT] [FILE...]``, ``python -m ui``.

The interface is Arabic or English (ui/i18n.py): the system's language unless Preferences say
otherwise. In Arabic the whole window mirrors (menus, docks, dialogs, scroll bars); the article
is laid out right to left in both (the view sets that on its document).

``--self-test`` (or ``ANNOTATOR_SELF_TEST=1``) drives the real window once — open the sample
article, tag through real key events, export JSONL, check the span text — and exits 0 when all
is well; it is how the end-to-end tests and the frozen build check themselves.
"""

from __future__ import annotations

import gc
import os
import sys
import tempfile
from pathlib import Path

from .pyside_bytecode import kept_bytecode

with kept_bytecode():  # PySide6's first import: its support code's bytecode is kept
    from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication  # noqa: E402 (after PySide6's first import)

from annotator.errors import AnnotatorError  # noqa: E402

from . import (  # noqa: E402
    app_pyside,  # noqa: F401 (first: the modules below pay PySide6's hook less)
    i18n,
    opening,
    theme,
)
from .fonts import load_bundled_fonts
from .identity import ask_name_once
from .settings import APPLICATION, ORGANIZATION, Preferences

SELF_TEST_ENV = "ANNOTATOR_SELF_TEST"
CHECK_LANGUAGE_ENV = "ANNOTATOR_CHECK_LANGUAGE"


def application() -> QApplication:
    """The QApplication, created once with the names QSettings and data folders use."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    if not getattr(app, "_language", None):  # once: the choice applies from the next start
        app._language = i18n.install(i18n.chosen_language(Preferences().get("ui/language")))
    if not getattr(app, "_theme_set", False):
        app._theme_set = True
        theme.apply(Preferences().get("ui/theme"))
        hints = app.styleHints()
        hints.colorSchemeChanged.connect(lambda *_: _follow_system_scheme(app))
    app.setApplicationDisplayName(QCoreApplication.translate("About", "Arabic news annotator"))
    load_bundled_fonts()  # the Naskh font of the standalone build (none from source)
    return app


def set_app_icon(app: QApplication) -> None:
    """The application's icon on every window (set once the first window is on screen)."""
    from .app_icon import app_icon

    app.setWindowIcon(app_icon())


def _follow_system_scheme(app: QApplication) -> None:
    """The desktop switched between light and dark: follow it unless a theme was chosen."""
    if Preferences().get("ui/theme") == theme.SYSTEM:
        theme.apply(theme.SYSTEM)
        for widget in app.topLevelWidgets():
            if hasattr(widget, "theme_changed"):
                widget.theme_changed()


def self_test_requested() -> bool:
    return os.environ.get(SELF_TEST_ENV, "") not in ("", "0")


def _has_display() -> bool:
    """False on Linux with no X11 or Wayland display and no Qt platform chosen."""
    if os.environ.get("QT_QPA_PLATFORM") or not sys.platform.startswith("linux"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def run(
    project: str | None = None, files: list[str] | None = None, *, self_test: bool | None = None
) -> int:
    """Run the app on ``project`` (None: the default project) importing ``files``; exit status.

    Python's cyclic garbage collector is off until the first frame is on screen: start-up
    makes some 100,000 objects (Qt's types and enums, the modules) and almost no garbage, and
    collecting them over and over cost ~10 % of the time to the first frame. (``annotator``
    turns it off before its imports; it is on again however this returns.)"""
    gc.disable()
    try:
        return _run(project, files, self_test)
    finally:
        gc.enable()


def _run(project: str | None, files: list[str], self_test: bool | None) -> int:
    files = list(files or [])
    self_test = self_test_requested() if self_test is None else self_test
    if not _has_display():
        if not self_test:
            # Qt would abort the process (exit 134, a core dump) with advice about plugins.
            print(
                "annotator: no display to show the window on (DISPLAY and WAYLAND_DISPLAY are "
                "not set); the command-line tools work without one: annotator --help",
                file=sys.stderr,
            )
            return 1
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # the self-test needs no screen
    app = application()
    if os.environ.get(CHECK_LANGUAGE_ENV):  # scripts/build-and-test: the frozen catalogues
        return i18n.check(os.environ[CHECK_LANGUAGE_ENV])
    if self_test:
        gc.enable()  # it checks the app as it runs, not its start-up
        return _run_self_test(app, project)
    opened = opening.open_project(
        project, create=True, ask=opening.dialog_ask(None), tell=opening.dialog_tell(None)
    )
    if opened is None:
        return 1
    try:
        window = start_window(opened)
    except AnnotatorError as e:  # opened, then unreadable (a crafted file's text, say)
        from .core_messages import core_message

        title = QCoreApplication.translate("opening", "Cannot open the project")
        opening.dialog_tell(None)(title, core_message(str(e)))
        return 1
    window.after_first_paint(gc.enable)
    # The icon's SVG and PNG bring Qt's icon-engine and image plugins (libQt6Svg, every
    # image format's metadata) and, under X11, the icon drawn at several sizes before the
    # window maps: 2-3 % of the time to the first frame. The window manager reads it from
    # the window when it is set, right after the first frame.
    window.after_first_paint(lambda: set_app_icon(app))
    if files:
        QTimer.singleShot(0, lambda: window.files.import_paths(files))
    return app.exec()


def start_window(project, prefs: Preferences | None = None, state=None):
    """The main window on ``project``, shown; on a first start it then asks who is tagging
    (once, skippable: ui/identity.py). The self-test does not come here: nobody answers."""
    from .main_window import MainWindow

    window = MainWindow(prefs, state)
    window.set_project(project)
    window.show()
    window.after_first_paint(
        lambda: ask_name_once(window.prefs, window, on_name=window._annotator_named)
    )
    return window


def _run_self_test(app: QApplication, project: str | None) -> int:
    from annotator.errors import AnnotatorError
    from annotator.store import Project

    from .main_window import MainWindow
    from .selftest import SelfTest

    with tempfile.TemporaryDirectory(prefix="annotator-self-test-") as tmp:
        path = Path(project) if project else Path(tmp) / "self-test.annot"
        try:
            opened = Project.open_or_create(path)
        except AnnotatorError as e:
            print(f"self-test: {e}", file=sys.stderr)
            return 1
        set_app_icon(app)
        window = MainWindow()
        window.set_project(opened)
        window.show()
        test = SelfTest(window, Path(tmp))
        QTimer.singleShot(0, test.start)
        status = app.exec()
        window.close()
        return status
