"""QA polish: true swatch colours on selected rows, the span text column's alignment, the
cheat sheet's undo entry, the find bar's last query, document names, the import report."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from tests.ui.app_fixtures import OFFSCREEN_NOISE, find, press
from ui.cheatsheet import ShortcutSheet

pytestmark = OFFSCREEN_NOISE
K = Qt.Key
M = Qt.KeyboardModifier


def test_cheat_sheet_names_undo_and_redo_not_the_next_command(qtbot, open_window):
    window = open_window()
    window.view.select_range(*find(window.view.text(), "توكاييف"))
    press(qtbot, window, K.Key_1)
    press(qtbot, window, K.Key_Z, M.ControlModifier)  # now there is something to redo too
    assert window.actions["undo"].text() != "&Undo"  # the live text names the command
    sheet = window.show_shortcuts()
    table = sheet.table
    actions = [table.item(r, 1).text() for r in range(table.rowCount())]
    assert "Undo" in actions and "Redo" in actions
    assert not [a for a in actions if a.startswith(("Undo ", "Redo "))]
    sheet.close()
    assert isinstance(sheet, ShortcutSheet)


def _has_pixel(image, rect, color: QColor) -> bool:
    rgb = color.rgb()
    return any(
        image.pixel(x, y) == rgb
        for y in range(max(rect.top(), 0), min(rect.bottom(), image.height() - 1) + 1)
        for x in range(max(rect.left(), 0), min(rect.right(), image.width() - 1) + 1)
    )


def test_a_selected_span_row_shows_its_label_colour_untinted(qtbot, open_window):
    window = open_window()
    window.view.select_range(*find(window.view.text(), "توكاييف"))
    press(qtbot, window, K.Key_1)  # speaker, #e69f00
    table = window.spans.table
    index = table.model().index(0, 0)
    table.selectRow(0)
    assert table.selectionModel().isSelected(index)
    image = table.viewport().grab().toImage()
    assert _has_pixel(image, table.visualRect(index), QColor("#e69f00"))


def test_the_label_editors_selected_row_shows_its_true_colour(qtbot, open_window):
    window = open_window()
    editor = window.edit_labels()
    index = editor.model.index(0, 0)
    editor.list.selectionModel().select(index, editor.list.selectionModel().SelectionFlag.Select)
    image = editor.list.viewport().grab().toImage()
    color = QColor(editor.session.labels()[0].color)
    assert _has_pixel(image, editor.list.visualRect(index), color)
    editor.close()


def _style_option(table, index):
    from PySide6.QtWidgets import QStyleOptionViewItem

    option = QStyleOptionViewItem()
    table.itemDelegateForIndex(index).initStyleOption(option, index)
    return option


def test_every_span_text_cell_is_right_aligned_right_to_left(qtbot, open_window):
    window = open_window()
    text = window.view.text()
    for word in ("توكاييف", "250"):
        window.view.select_range(*find(text, word))
        press(qtbot, window, K.Key_4, M.ShiftModifier)  # exact: "250", without its و
    table = window.spans.table
    model = table.model()
    texts = {model.index(r, 1).data() for r in range(model.rowCount())}
    assert texts == {"توكاييف", "250"}
    for row in range(model.rowCount()):
        option = _style_option(table, model.index(row, 1))
        assert option.direction == Qt.LayoutDirection.RightToLeft
        assert option.displayAlignment & Qt.AlignmentFlag.AlignRight
        assert option.displayAlignment & Qt.AlignmentFlag.AlignAbsolute


def test_a_long_document_title_keeps_both_ends_and_the_tooltip_has_it_all(qtbot, open_window):
    window = open_window()
    table = window.documents.table
    index = table.model().index(0, 0)
    name = index.data()
    assert name == window.view.text().split("\n")[0]  # the title: the article's first line
    assert table.textElideMode() == Qt.TextElideMode.ElideMiddle
    tip = index.data(Qt.ItemDataRole.ToolTipRole)
    assert name in tip and "000_288b31e3134d6df4.txt" in tip and "<b>" not in tip
    # What the cell shows in the window's default layout: the start and the extension.
    room = (
        table.columnWidth(0)
        - 2 * table.style().pixelMetric(table.style().PixelMetric.PM_FocusFrameHMargin, None, table)
        - 2
    )
    shown = table.fontMetrics().elidedText(name, Qt.TextElideMode.ElideMiddle, room)
    assert shown.startswith("كازاخستان") and shown.endswith("ملونة")


def test_the_import_report_names_every_file_the_same_way(qtbot, open_window, tmp_path):
    from PySide6.QtWidgets import QApplication, QMessageBox

    from tests.conftest import SEED

    window = open_window()  # the seed is already in the project: its copy is skipped
    folder = tmp_path / "articles"
    for sub in ("one", "two"):
        (folder / sub).mkdir(parents=True)
        (folder / sub / "notes.jsonl").write_text("{not json\n", encoding="utf-8")
    (folder / "broken.jsonl").write_text("{not json\n", encoding="utf-8")
    (folder / SEED.name).write_bytes(SEED.read_bytes())
    window.files.ask_choice = lambda title, text, choices, answer: answer(len(choices) - 1)
    with qtbot.waitSignal(window.files.import_finished, timeout=20000):
        window.files.import_paths([str(folder)])
    (box,) = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    ]
    text = box.text()
    box.close()
    lines = [
        line.split(": ", 1)[0].strip("\u200e\u2066\u2068\u2069")  # isolated names
        for line in text.splitlines()
        if ": " in line and not line.startswith(" ")
    ]
    assert sorted(lines) == sorted(
        ["one/notes.jsonl", "two/notes.jsonl", "broken.jsonl", SEED.name]
    ), text
    assert str(tmp_path) not in text


def test_find_bar_reopens_with_the_last_query_selected(qtbot, open_window):
    from tests.ui.app_fixtures import type_text

    window = open_window()
    text = window.view.text()
    press(qtbot, window, K.Key_F, M.ControlModifier)
    type_text(window.find_bar.edit, "القصر الرئاسي")
    first = find(text, "القصر الرئاسي")
    assert window.view.selected_range() == first
    press(qtbot, window, K.Key_Escape)
    assert window.view.hasFocus()
    press(qtbot, window, K.Key_F3)  # F3 with the bar closed searches again
    assert window.view.selected_range() == find(text, "القصر الرئاسي", 1)
    press(qtbot, window, K.Key_F, M.ControlModifier)
    edit = window.find_bar.edit
    assert edit.hasFocus() and edit.text() == "القصر الرئاسي"
    assert edit.selectedText() == "القصر الرئاسي"  # typing replaces it
    press(qtbot, window, K.Key_Return)  # Enter searches again (wrapping to the first)
    assert window.view.selected_range() == first
    type_text(edit, "روسيا")
    assert edit.text() == "روسيا"
    assert window.view.selected_range() == find(text, "روسيا")
