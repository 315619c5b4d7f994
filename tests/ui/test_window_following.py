"""How the window follows the opened document (``ui.window_following``)."""

from __future__ import annotations

from tests.ui.app_fixtures import OFFSCREEN_NOISE, window_not_yet_painted
from ui.app import application

pytestmark = OFFSCREEN_NOISE


def test_the_opened_document_is_remembered_once_the_window_has_painted(
    qtbot, tmp_path, settings_files
):
    """Remembering it syncs the settings file (on a first run two fdatasync and a lock file):
    not before the window's first frame, but right after it."""
    application()
    window = window_not_yet_painted(qtbot, tmp_path, settings_files)
    path = tmp_path / "p.annot"
    assert window.document_id is not None
    assert window.window_state.last_document(path) is None  # not before the first frame
    window.show()
    qtbot.waitUntil(lambda: window._painted)
    assert window.window_state.last_document(path) == window.document_id
    window.open_document(window.document_id)  # painted: at once, as before
    assert window.window_state.last_document(path) == window.document_id
