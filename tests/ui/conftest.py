"""Fixtures for the tests that drive the real main window (see ``app_fixtures``)."""

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QApplication

from tests.ui.app_fixtures import open_window, settings_files  # noqa: F401


@pytest.fixture(autouse=True)
def _earlier_widgets_deleted():
    """Each test starts with the widgets earlier tests left to deleteLater() gone.

    No test depends on the order tests ran in. (A window destroyed on the GUI thread while
    the article loader's worker called QObject.moveToThread once deadlocked a full run: the
    worker no longer makes Qt calls, see ``tests/ui/loader_lock_scenario.py``.)
    """
    if QCoreApplication.instance() is not None:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    yield


@pytest.fixture
def arabic(qtbot):
    """The interface in Arabic for one test (catalogue, Qt's own, right to left), then back."""
    from ui import i18n

    assert i18n.install("ar") == "ar"
    yield
    i18n.install("en")
    QApplication.instance().setLayoutDirection(Qt.LayoutDirection.LayoutDirectionAuto)


@pytest.fixture
def steady_caret():
    """No blinking caret: a blink between two pictures of the screen is not what is compared."""
    app = QApplication.instance()
    before = app.cursorFlashTime()
    app.setCursorFlashTime(0)
    yield
    app.setCursorFlashTime(before)
