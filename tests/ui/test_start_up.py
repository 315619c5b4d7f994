"""What start-up does differently to show the first frame sooner (issue 11, cold start) must
not change what the analyst gets: the article view's own viewport, and Python's garbage
collector back on once the window is up."""

from __future__ import annotations

import gc

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from annotator.importer import import_paths
from annotator.store import Project
from tests.conftest import SEED
from tests.ui.app_fixtures import OFFSCREEN_NOISE
from ui.main_window import MainWindow

pytestmark = OFFSCREEN_NOISE


def test_the_article_viewport_made_in_python_is_set_up_as_qt_sets_up_its_own(open_window):
    window = open_window()
    viewport = window.view.viewport()
    assert viewport.parentWidget() is window.view
    assert viewport.objectName() == "qt_scrollarea_viewport"
    assert viewport.backgroundRole() == QPalette.ColorRole.Base
    assert viewport.autoFillBackground()
    assert viewport.cursor().shape() == Qt.CursorShape.IBeamCursor
    assert viewport.focusProxy() is window.view  # a click on the text focuses the view
    assert viewport.isVisible() and viewport.width() > 100


def test_garbage_collection_is_on_again_once_the_window_is_up(qapp, tmp_path):
    """…and the application's icon, set after the first frame, is there then."""
    from PySide6.QtGui import QIcon

    from ui import app

    QApplication.setWindowIcon(QIcon())

    path = tmp_path / "p.annot"
    with Project.create(path) as p:
        import_paths(p, [SEED])
    seen: dict[str, bool] = {}

    def look() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        window = next((w for w in windows if w.isVisible()), None)
        if window is None or not window._painted:
            QTimer.singleShot(5, look)
            return
        seen["enabled after the first frame"] = gc.isenabled()
        seen["icon"] = not window.windowIcon().isNull() and not QApplication.windowIcon().isNull()
        window.close()  # the last window: the event loop ends
        window.deleteLater()

    QTimer.singleShot(0, look)
    assert app.run(str(path)) == 0
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert seen == {"enabled after the first frame": True, "icon": True}
    assert gc.isenabled()


def test_pysides_import_hook_answers_as_before_reading_bytes():
    """ui.app_pyside replaces PySide6's per-module source check (inspect.getsource) with a
    byte search: the same answer for every module loaded, PySide6's own included."""
    import sys

    import ui.app  # noqa: F401 (installs it)

    feature = sys.modules["shibokensupport.feature"]
    ours = feature._mod_uses_pyside
    assert getattr(ours, "reads_bytes", False), "ui.app did not install the cheaper check"
    modules = [m for m in list(sys.modules.values()) if getattr(m, "__file__", None)]
    assert len(modules) > 100
    assert any(ours(m) for m in modules) and not all(ours(m) for m in modules)
    for module in modules:
        assert ours(module) == ours.original(module), module.__name__
