"""Key presses read whatever the layout (ui/keyboard.py), with synthesized key events: the
Arabic letter on a key, the physical key from its X11 keycode, both digit sets. The real
layouts are pressed under Xvfb in tests/e2e/test_keyboard_layouts.py."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication

from annotator.display import FSI, PDI
from annotator.importer import import_paths
from annotator.store import Project
from tests.conftest import SEED
from tests.ui.app_fixtures import OFFSCREEN_NOISE, file_spans
from ui.keyboard import readings

pytestmark = OFFSCREEN_NOISE
CTRL = Qt.KeyboardModifier.ControlModifier
NONE = Qt.KeyboardModifier.NoModifier


def event(char: str, scan: int = 0, modifiers=NONE) -> QKeyEvent:
    return QKeyEvent(QEvent.Type.KeyPress, ord(char.upper()), modifiers, scan, 0, 0, char)


def texts(e: QKeyEvent, platform: str = "xcb") -> list[str]:
    return [s.toString(QKeySequence.SequenceFormat.PortableText) for s in readings(e, platform)]


def test_an_arabic_key_is_read_as_itself_then_as_the_physical_key():
    assert texts(event("س", 39)) == ["س", "S"]
    assert texts(event("ب", 41, CTRL)) == ["Ctrl+ب", "Ctrl+F"]
    assert texts(event("د", 35)) == ["د", "]"]


def test_a_latin_letter_keeps_its_meaning_on_azerty():
    # AZERTY's A sits where US has Q: Ctrl+A must never become Ctrl+Q (Quit).
    assert "Ctrl+Q" not in texts(event("a", 24, CTRL))
    assert texts(event("&", 10)) == ["&", "1", "١", "۱"]  # the digit keys type & é " '


def test_both_digit_sets_are_one_key():
    assert texts(event("١")) == ["١", "1", "۱"]
    assert texts(event("1")) == ["1", "١", "۱"]


def test_without_a_scan_code_the_arabic_layout_table_still_reads_the_key():
    assert texts(event("س"), platform="offscreen") == ["س", "S"]


def send(widget, char: str, modifiers=NONE) -> None:
    for kind in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        e = QKeyEvent(kind, ord(char.upper()), modifiers, char)
        QApplication.sendEvent(widget, e)


@pytest.mark.parametrize(("char", "label"), [("س", "speaker"), ("٢", "claim"), ("م", "location")])
def test_arabic_letters_and_digits_tag_in_the_window(qtbot, open_window, tmp_path, char, label):
    window = open_window()
    window.view.select_range(0, 3)
    send(window.view, char)
    assert [s[2] for s in file_spans(tmp_path / "test.annot")] == [label]


def test_a_label_lettered_in_arabic_wins_over_the_latin_letter_on_its_key(
    qtbot, open_window, tmp_path
):
    path = tmp_path / "test.annot"
    with Project.create(path) as p:
        import_paths(p, [SEED])
        p.add_label("source", "#0072b2", letter="م")  # م is on the L key, location's letter
    window = open_window(project_path=path)
    window.view.select_range(0, 3)
    send(window.view, "م")
    window.view.select_range(20, 26)
    send(window.view, "l")
    assert [(s[0], s[2]) for s in file_spans(path)] == [(0, "source"), (20, "location")]


def test_ctrl_and_the_arabic_letter_reach_the_window_from_a_text_field(qtbot, open_window):
    window = open_window()
    window.find_bar.start()
    send(window.find_bar.edit, "ب", CTRL)  # Ctrl+F with the Arabic layout: still Find
    assert window.find_bar.edit.hasFocus() or window.find_bar.isVisible()
    send(window.find_bar.edit, "س")  # plain letters are typed into the field
    assert window.find_bar.edit.text() == "س"


def test_the_cheat_sheet_names_the_key_on_an_arabic_keyboard(qtbot, open_window):
    from ui.cheatsheet import shortcut_rows

    window = open_window()
    rows = {action: keys for _, action, keys in shortcut_rows(window.shortcut_actions())}
    assert rows[f"Tag as {FSI}speaker{PDI}"] == "1 (١), S (س)"
    assert rows["Find…"] == "Ctrl+F"  # with Ctrl the Latin letter is what the key says


def test_the_router_follows_the_focus_and_reads_each_press_once(qtbot, open_window, tmp_path):
    # The router filters the focused widget only (an application filter made Python see every
    # event of every object): it must move with the focus, and never read a press twice.
    window = open_window()
    window.documents.table.setFocus()
    qtbot.waitUntil(window.documents.table.hasFocus)
    send(window.documents.table, "ب", CTRL)  # Ctrl+F on the Arabic layout, from the list
    assert window.find_bar.isVisible()
    window.find_bar.close()
    window.view.setFocus()
    qtbot.waitUntil(window.view.hasFocus)
    window.view.select_range(0, 3)
    send(window.view, "س")
    window.view.select_range(20, 26)
    send(window.view, "س")
    assert [(s[0], s[2]) for s in file_spans(tmp_path / "test.annot")] == [
        (0, "speaker"),
        (20, "speaker"),
    ]
