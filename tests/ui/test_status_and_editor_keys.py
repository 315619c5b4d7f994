"""Found in the second QA round: status messages that no one could see, and Enter in the
label editor's key field opening the colour picker."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from annotator.display import FSI, PDI
from tests.ui.app_fixtures import OFFSCREEN_NOISE, press

pytestmark = OFFSCREEN_NOISE


def test_a_status_message_is_shown_with_room_to_read_it(qtbot, open_window):
    window = open_window()
    window.view.select_range(0, 0)  # nothing selected
    press(qtbot, window, Qt.Key.Key_1)
    bar = window.statusBar()
    message = bar.currentMessage()
    assert message  # the tagger said why nothing happened
    # The message gets the bar's width (the path gives way while it shows) ...
    assert not window.path_label.isVisible()
    assert bar.fontMetrics().horizontalAdvance(message) < bar.width() - window.save_label.width()
    # ... and the path is back once it has gone.
    bar.clearMessage()
    qtbot.waitUntil(window.path_label.isVisible)


def test_enter_in_the_key_field_applies_and_opens_no_colour_picker(qtbot, open_window):
    window = open_window()
    editor = window.edit_labels()
    qtbot.waitActive(editor)
    asked = []
    editor.choose_color = lambda initial, name: asked.append(name)
    speaker = next(lb for lb in window.session.labels() if lb.name == "speaker")
    editor.select_label(speaker.id)
    editor.key.setFocus()
    editor.key.selectAll()
    qtbot.keyClicks(editor.key, "7")
    qtbot.keyClick(editor.key, Qt.Key.Key_Return)
    assert asked == []
    assert editor.isVisible()  # Enter did not press Close either
    assert window.session.label(speaker.id).key == "7"
    editor.close()
    QApplication.processEvents()


def test_files_given_to_a_read_only_project_are_named_as_not_imported(
    qtbot, open_window, tmp_path, monkeypatch
):
    from ui import file_ops

    shown = []
    monkeypatch.setattr(file_ops, "show_error", lambda parent, title, text: shown.append(text))
    window = open_window(readonly=True)
    article = tmp_path / "a3_crlf.txt"
    article.write_text("قال الرئيس\r\n", encoding="utf-8")
    window.files.import_paths([str(article)])
    assert shown == [
        f"The project is open read-only, so nothing was imported ({FSI}a3_crlf.txt{PDI})."
    ]
