"""What start-up does differently to show the first frame sooner (issue 11, cold start) must
not change what the analyst gets: the article view's own viewport, and Python's garbage
collector back on once the window is up."""

from __future__ import annotations

import gc

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QWidget

from annotator.importer import import_paths
from annotator.store import Project
from tests.conftest import SEED
from tests.ui.app_fixtures import (
    OFFSCREEN_NOISE,
    file_spans,
    find,
    press,
    window_not_yet_painted,
)
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


def test_the_menus_have_their_actions_once_the_window_is_up(qtbot, tmp_path, settings_files):
    """The actions are built right after the first frame (not before it), every one of them:
    the menus are full, the label keys there, the triage keys on the article."""
    from ui.actions import ACTIONS, MENUS, TRIAGE_ACTIONS

    window = window_not_yet_painted(qtbot, tmp_path, settings_files)
    window.show()
    assert QWidget.actions(window) == []  # still to build: not on the way to the first frame
    assert len(window.menuBar().actions()) == len(MENUS)  # the menu bar's titles are there
    qtbot.waitUntil(lambda: window._painted)
    assert window.actions.built
    built = {a.objectName() for a in QWidget.actions(window)}
    triage = {a.objectName() for a in QWidget.actions(window.view)}
    assert {spec.id for spec in ACTIONS} - built == triage
    assert triage == set(TRIAGE_ACTIONS)
    labels = window.session.labels()
    assert {f"tag-label-{label.id}" for label in labels} <= built
    assert all(window.menus[title].actions() for title in MENUS)
    assert window.exact_indicator.defaultAction() is window.actions["exact-characters"]


def _painted_before_the_actions(qtbot, tmp_path, settings_files, focus_view: bool) -> MainWindow:
    """The window shown and painted with its deferred build not run yet, as if a key came
    before it; with ``focus_view`` it is active and the article view has the focus."""
    window = window_not_yet_painted(qtbot, tmp_path, settings_files)
    window._after_paint.remove(window.finish_start)
    window.show()
    if focus_view:
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        window.view.setFocus()
        qtbot.waitUntil(window.view.hasFocus)
    qtbot.waitUntil(lambda: window._painted)
    assert not window.actions.built
    return window


def test_a_label_key_before_the_actions_are_built_still_tags(qtbot, tmp_path, settings_files):
    """A key pressed before the deferred build ran (the analyst, or a script, faster than the
    first frame) builds the actions first and tags: nothing typed at start-up is lost."""
    window = _painted_before_the_actions(qtbot, tmp_path, settings_files, focus_view=True)
    start, end = find(window.view.text(), "توكاييف")
    window.view.select_range(start, end)
    press(qtbot, window, Qt.Key.Key_1)
    assert window.actions.built
    assert file_spans(tmp_path / "p.annot") == [(start, end, "speaker", "توكاييف")]


def test_a_key_to_the_window_itself_builds_the_actions_first(qtbot, tmp_path, settings_files):
    """With no focused widget a key goes to the window: its own filter builds the actions
    before Qt matches the key against them."""
    from PySide6.QtGui import QKeyEvent

    window = _painted_before_the_actions(qtbot, tmp_path, settings_files, focus_view=False)
    event = QKeyEvent(
        QEvent.Type.ShortcutOverride, Qt.Key.Key_1, Qt.KeyboardModifier.NoModifier, "1"
    )
    QApplication.sendEvent(window, event)
    assert window.actions.built
    assert QWidget.actions(window)


def test_the_layout_router_builds_the_actions_before_it_reads_a_key(
    qtbot, tmp_path, settings_files
):
    """The focused widget's router (ui/keyboard.py) reads a key before the widget and the
    window see it: it builds the actions first, so a key the widget would take for itself
    (and not pass on to the window's filter) still finds its action."""
    from PySide6.QtGui import QKeyEvent

    window = _painted_before_the_actions(qtbot, tmp_path, settings_files, focus_view=True)
    event = QKeyEvent(
        QEvent.Type.ShortcutOverride, Qt.Key.Key_1, Qt.KeyboardModifier.NoModifier, "1"
    )
    QApplication.instance()._layout_router.eventFilter(window.view, event)
    assert window.actions.built
