"""Search all documents (Ctrl+Shift+F): results, opening a hit selected, tagging it."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.app_fixtures import OFFSCREEN_NOISE, export_records, press, type_text

pytestmark = OFFSCREEN_NOISE


def test_search_all_documents_opens_the_hit_selected_ready_to_tag(qtbot, open_window, tmp_path):
    other = tmp_path / "other.txt"
    other.write_text("خبر عن الطقس في الرياض\nووصل وفدٌ إلى كازاخستانَ أمس", encoding="utf-8")
    from tests.conftest import SEED

    window = open_window(articles=[SEED, other])
    press(
        qtbot,
        window,
        Qt.Key.Key_F,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert window.search.query.hasFocus()
    type_text(window.search.query, "الطقس كازاخستان")  # both words: only the second file
    with qtbot.waitSignal(window.search.results_shown, timeout=20000):
        press(qtbot, window, Qt.Key.Key_Return, widget=window.search.query)
    assert window.search.results.count() == 1
    assert "other.txt" in window.search.results.item(0).text()
    press(qtbot, window, Qt.Key.Key_Return, widget=window.search.results)
    assert window.document_name == "other.txt"
    start, end = window.view.selected_range()
    assert window.view.text()[start:end] == "الطقس"
    press(qtbot, window, Qt.Key.Key_3)  # location
    spans = [
        s
        for r in export_records(qtbot, window, tmp_path)
        if r["name"] == "other.txt"
        for s in r["spans"]
    ]
    assert [(s["label"], s["text"]) for s in spans] == [("location", "الطقس")]
