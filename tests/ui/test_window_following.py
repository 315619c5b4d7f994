"""How the window follows the opened document (``ui.window_following``)."""

from __future__ import annotations

from annotator.importer import import_paths
from annotator.store import Project
from tests.ui.app_fixtures import OFFSCREEN_NOISE, SEED
from ui.app import application
from ui.main_window import MainWindow

pytestmark = OFFSCREEN_NOISE


def test_the_opened_document_is_remembered_once_the_window_has_painted(
    qtbot, tmp_path, settings_files
):
    """Remembering it syncs the settings file (on a first run two fdatasync and a lock file):
    not before the window's first frame, but right after it."""
    application()
    path = tmp_path / "test.annot"
    with Project.create(path) as p:
        import_paths(p, [SEED])
    window = MainWindow(*settings_files())
    qtbot.addWidget(window)
    window.set_project(Project.open(path))
    assert window.document_id is not None
    assert window.window_state.last_document(path) is None  # not before the first frame
    window.show()
    qtbot.waitUntil(lambda: window._painted)
    assert window.window_state.last_document(path) == window.document_id
    window.open_document(window.document_id)  # painted: at once, as before
    assert window.window_state.last_document(path) == window.document_id
