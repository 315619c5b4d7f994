"""The analyst's first hour: find counts, word steps after a find, span keys, status messages."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.app_fixtures import OFFSCREEN_NOISE, file_spans, find, press, type_text

pytestmark = OFFSCREEN_NOISE
K = Qt.Key
M = Qt.KeyboardModifier
CTRL_SHIFT = M.ControlModifier | M.ShiftModifier


def _find(qtbot, window, query: str) -> None:
    press(qtbot, window, K.Key_F, M.ControlModifier)
    type_text(window.find_bar.edit, query)


def test_the_find_bar_counts_the_matches_and_says_which_is_selected(qtbot, open_window):
    window = open_window()
    text = window.view.text()
    total = text.count("توكاييف")
    assert total >= 3
    _find(qtbot, window, "توكاييف")
    assert window.find_bar.status.text() == f"1 of {total}"
    press(qtbot, window, K.Key_Return, widget=window.find_bar.edit)
    assert window.find_bar.status.text() == f"2 of {total}"
    assert window.view.selected_range() == find(text, "توكاييف", 1)
    press(qtbot, window, K.Key_F3, M.ShiftModifier, widget=window.find_bar.edit)
    assert window.find_bar.status.text() == f"1 of {total}"


def test_the_count_ignores_harakat_like_the_search(qtbot, open_window):
    window = open_window()
    _find(qtbot, window, "لان")  # لأنّ in the text
    status = window.find_bar.status.text()
    which, of, total = status.split()
    assert (which, of) == ("1", "of") and int(total) >= 1


def test_ctrl_shift_left_after_a_find_adds_the_next_whole_word(qtbot, open_window, tmp_path):
    """Left goes forward in a right-to-left paragraph: from the match's end, a whole word."""
    window = open_window()
    text = window.view.text()
    _find(qtbot, window, "جومارت")
    press(qtbot, window, K.Key_Escape, widget=window.find_bar.edit)
    press(qtbot, window, K.Key_Left, CTRL_SHIFT)
    assert window.view.selected_range() == find(text, "جومارت توكاييف")
    press(qtbot, window, K.Key_1)
    (span,) = file_spans(tmp_path / "test.annot")
    assert span[3] == "جومارت توكاييف"


def test_ctrl_shift_right_after_a_find_adds_the_word_before(qtbot, open_window):
    window = open_window()
    text = window.view.text()
    _find(qtbot, window, "جومارت")
    press(qtbot, window, K.Key_Escape, widget=window.find_bar.edit)
    press(qtbot, window, K.Key_Right, CTRL_SHIFT)
    assert window.view.selected_range() == find(text, "قاسم جومارت")
    press(qtbot, window, K.Key_Right, CTRL_SHIFT)
    assert window.view.selected_range() == find(text, "كازاخستان قاسم جومارت")
    press(qtbot, window, K.Key_Left, CTRL_SHIFT)  # back: the moving edge goes back a word
    assert window.view.selected_range() == find(text, "قاسم جومارت")


def test_ctrl_shift_left_passes_over_punctuation_to_a_whole_word(qtbot, open_window):
    window = open_window()
    text = window.view.text()
    start, end = find(text, "توكاييف")  # followed by "، اليوم"
    window.view.select_range(start, end)
    press(qtbot, window, K.Key_Left, CTRL_SHIFT)
    assert window.view.selected_range() == find(text, "توكاييف، اليوم")


def test_a_search_hit_grows_by_whole_words_too(qtbot, open_window):
    window = open_window()
    text = window.view.text()
    start, end = find(text, "جومارت")
    window.show_search_hit(window.document_id, start, end)
    press(qtbot, window, K.Key_Right, CTRL_SHIFT)
    assert window.view.selected_range() == find(text, "قاسم جومارت")


def test_word_steps_are_actions_in_the_cheat_sheet_and_leave_the_find_field_alone(
    qtbot, open_window
):
    from ui.cheatsheet import shortcut_rows

    window = open_window()
    rows = {(keys, text) for _menu, text, keys in shortcut_rows(window.shortcut_actions())}
    assert any("Ctrl+Shift+Left" in keys and "word to the left" in text for keys, text in rows)
    assert any("Ctrl+Shift+Right" in keys and "word to the right" in text for keys, text in rows)
    _find(qtbot, window, "قاسم جومارت")
    match = window.view.selected_range()
    edit = window.find_bar.edit
    for key in (K.Key_Left, K.Key_Right):
        edit.setCursorPosition(len("قاسم"))
        press(qtbot, window, key, CTRL_SHIFT, widget=edit)
        assert edit.selectedText()  # the field's own (Qt's) word step
    assert window.view.selected_range() == match
