"""Who is tagging: asked once on the first start (pre-filled with the login name, skippable),
shown in the status bar, changed from there; every span tagged afterwards carries it.

Each test has its own preference file (``settings_files``) and a project in ``tmp_path``; the
environment's ``ANNOTATOR_USER`` (set for every test) is removed where the first start is
played, since a name given by the environment is a name set."""

from __future__ import annotations

import getpass

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from annotator.display import display_name
from annotator.importer import import_paths
from annotator.store import Project
from tests.conftest import SEED
from tests.ui.app_fixtures import OFFSCREEN_NOISE, file_spans, find, type_text
from ui.app import application, start_window
from ui.identity import ASKED
from ui.name_dialog import NameDialog

pytestmark = OFFSCREEN_NOISE


@pytest.fixture
def first_start(qtbot, tmp_path, settings_files, monkeypatch):
    """``first_start()``: the app as ``annotator`` starts it (``start_window``) on a new
    project with the sample article, with a fresh preference file and no ANNOTATOR_USER;
    returns (window, the name dialog or None once the article was painted)."""
    monkeypatch.delenv("ANNOTATOR_USER", raising=False)
    application()
    path = tmp_path / "p.annot"
    with Project.create(path) as p:
        import_paths(p, [SEED])
    prefs, state = settings_files()

    def make():
        window = start_window(Project.open(path), prefs, state)
        qtbot.addWidget(window)
        qtbot.waitExposed(window)
        qtbot.waitUntil(lambda: window._painted)
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, NameDialog)]
        visible = [d for d in dialogs if d.isVisible()]
        return window, (visible[0] if visible else None)

    return make


def _tag_first_word(qtbot, window) -> None:
    start, end = find(window.view.text(), "توكاييف")
    window.view.select_range(start, end)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.view.setFocus()
    qtbot.waitUntil(window.view.hasFocus)
    with qtbot.waitSignal(window.session.edit_saved):
        qtbot.keyClick(window.view, Qt.Key.Key_1)


def test_the_first_start_asks_the_name_prefilled_with_the_login(qtbot, first_start, tmp_path):
    window, dialog = first_start()
    assert dialog is not None, "no name dialog on the first start"
    assert dialog.isModal() or dialog.windowModality() != Qt.WindowModality.NonModal
    assert dialog.name.text() == getpass.getuser()
    dialog.name.clear()
    type_text(dialog.name, "أمل")
    qtbot.mouseClick(dialog.use, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert window.prefs.get("tagging/annotator") == "أمل"
    assert window.identity.text() == "Annotator: " + display_name("أمل")
    _tag_first_word(qtbot, window)
    with Project.open(tmp_path / "p.annot", readonly=True) as project:
        (span,) = project.spans(project.documents()[0].id)
    assert span.annotator == "أمل"
    assert file_spans(tmp_path / "p.annot")[0][3] == "توكاييف"
    window.close()
    again, asked_again = first_start()
    assert asked_again is None, "asked a second time"
    assert again.identity.text() == "Annotator: " + display_name("أمل")


def test_skipping_keeps_the_login_name_and_is_not_asked_again(qtbot, first_start, tmp_path):
    window, dialog = first_start()
    assert dialog is not None
    qtbot.mouseClick(dialog.skip, Qt.MouseButton.LeftButton)
    assert window.prefs.get("tagging/annotator") == ""
    assert window.prefs.get(ASKED) is True
    assert window.identity.text() == "Annotator: " + display_name(getpass.getuser())
    _tag_first_word(qtbot, window)
    with Project.open(tmp_path / "p.annot", readonly=True) as project:
        (span,) = project.spans(project.documents()[0].id)
    assert span.annotator == getpass.getuser()
    window.close()
    _, asked_again = first_start()
    assert asked_again is None


def test_escape_is_a_skip_and_an_empty_name_cannot_be_used(qtbot, first_start):
    window, dialog = first_start()
    dialog.name.clear()
    assert not dialog.use.isEnabled()
    type_text(dialog.name, "  \u200f ")  # spaces and a bidi mark are no name
    assert not dialog.use.isEnabled()
    qtbot.keyClick(dialog.name, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert window.prefs.get(ASKED) is True and window.prefs.get("tagging/annotator") == ""


def test_a_name_from_the_environment_is_not_asked_for(qtbot, first_start, monkeypatch):
    monkeypatch.setenv("ANNOTATOR_USER", "scripted")
    window, dialog = first_start()
    assert dialog is None
    assert window.identity.text() == "Annotator: " + display_name("scripted")


def test_the_status_bar_shows_the_annotator_and_a_click_opens_preferences(qtbot, open_window):
    window = open_window()
    indicator = window.identity
    assert indicator.isVisible()
    assert indicator.text() == "Annotator: " + display_name(
        "tester"
    )  # ANNOTATOR_USER of the test run
    assert "tester" in indicator.accessibleDescription()
    qtbot.mouseClick(indicator, Qt.MouseButton.LeftButton)
    dialog = next(
        w
        for w in QApplication.topLevelWidgets()
        if w.objectName() == "preferences-dialog" and w.isVisible()
    )
    qtbot.waitUntil(dialog.name.hasFocus)
    type_text(dialog.name, "سارة")
    dialog.close()
    assert indicator.text() == "Annotator: " + display_name("سارة")
    assert window.session.project.annotator == "سارة"
