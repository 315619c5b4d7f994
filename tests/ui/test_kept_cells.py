"""The lists paint a cell from a picture kept since it was last drawn (``ui.cell_cache``): what
they show must be what Qt paints without the pictures, after every edit and every change of
font, colours or direction."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPalette

from tests.ui.app_fixtures import OFFSCREEN_NOISE, find, press
from ui.attribution_commands import SetNote

pytestmark = OFFSCREEN_NOISE

K = Qt.Key


def _pictures(table) -> tuple[QImage, QImage, int]:
    """(painted from kept pictures, painted by Qt alone, cells drawn anew for the first)."""
    viewport = table.viewport()
    cells = table.cells
    drawn = cells.drawn
    kept = viewport.grab().toImage()
    drawn = cells.drawn - drawn
    model, cells.model = cells.model, None
    try:
        fresh = viewport.grab().toImage()
    finally:
        cells.model = model
    return kept, fresh, drawn


def _differences(a: QImage, b: QImage) -> tuple[int, int]:
    """(pixels that differ, the largest difference of one colour channel)."""
    assert a.size() == b.size()
    a = a.convertToFormat(QImage.Format.Format_RGB32)
    b = b.convertToFormat(QImage.Format.Format_RGB32)
    if bytes(a.constBits()) == bytes(b.constBits()):
        return 0, 0
    pixels, worst = 0, 0
    for y in range(a.height()):
        for x in range(a.width()):
            p, q = a.pixel(x, y), b.pixel(x, y)
            if p != q:
                pixels += 1
                worst = max(worst, *(abs(((p >> s) & 255) - ((q >> s) & 255)) for s in (0, 8, 16)))
    return pixels, worst


def assert_shows_what_qt_paints(table) -> None:
    """Kept pictures and Qt's own painting agree. The one allowed difference: Qt's anti-aliased
    focus frame lands one colour level apart when drawn at another place (the picture's
    corner instead of the window's), too little to see."""
    table.viewport().grab()  # what changed is drawn and kept
    kept, fresh, drawn = _pictures(table)
    assert drawn == 0, "the second paint should come from kept pictures"
    pixels, worst = _differences(kept, fresh)
    assert worst <= 2 and pixels < 200, (pixels, worst)


def _span_list(window):
    table = window.spans.table
    assert table.cells.model is window.spans.model  # pictures are kept for this list
    return table


def test_span_list_from_kept_pictures_looks_as_qt_paints_it(qtbot, open_window):
    window = open_window()
    text = window.view.text()
    for word in ("كازاخستان", "توكاييف", "250"):
        window.view.select_range(*find(text, word))
        press(qtbot, window, K.Key_1)
    table = _span_list(window)
    assert table.model().rowCount() == 3
    assert_shows_what_qt_paints(table)
    table.setFocus()  # the current row with its focus frame
    assert_shows_what_qt_paints(table)
    assert_shows_what_qt_paints(window.documents.table)
    assert_shows_what_qt_paints(window.legend.table)


def test_an_edited_span_shows_its_new_label_and_note_in_the_list(qtbot, open_window):
    window = open_window()
    text = window.view.text()
    window.view.select_range(*find(text, "توكاييف"))
    press(qtbot, window, K.Key_1)
    table = _span_list(window)
    assert_shows_what_qt_paints(table)
    before = table.viewport().grab().toImage()
    press(qtbot, window, K.Key_2)  # the tagged span is current: relabel it
    assert window.spans.model.row(0).label == "claim"
    assert_shows_what_qt_paints(table)
    span = window.spans.model.row(0)
    window.session.undo_stack.push(SetNote(window.session, span, "مصدر ثان", "توكاييف"))
    assert window.spans.model.row(0).note == "مصدر ثان"
    assert_shows_what_qt_paints(table)
    assert table.viewport().grab().toImage() != before
    window.session.undo_stack.undo()
    window.session.undo_stack.undo()
    assert_shows_what_qt_paints(table)


def test_font_colours_and_direction_changes_forget_kept_pictures(qtbot, open_window):
    window = open_window()
    text = window.view.text()
    for word in ("كازاخستان", "توكاييف"):
        window.view.select_range(*find(text, word))
        press(qtbot, window, K.Key_3)
    table = _span_list(window)
    assert_shows_what_qt_paints(table)
    font = table.font()
    font.setBold(True)  # same row height and widths: only the font tells the pictures apart
    table.setFont(font)
    assert_shows_what_qt_paints(table)
    palette = table.palette()
    palette.setColor(QPalette.ColorRole.Text, QColor("#8a2be2"))
    table.setPalette(palette)
    assert_shows_what_qt_paints(table)
    table.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    assert_shows_what_qt_paints(table)
    table.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    assert_shows_what_qt_paints(table)


def test_kept_pictures_stay_within_their_budget(qtbot, open_window):
    window = open_window()
    text = window.view.text()
    window.view.select_range(*find(text, "توكاييف"))
    press(qtbot, window, K.Key_1)
    table = _span_list(window)
    cells = table.cells
    cells.budget = 1  # room for one picture only: each paint draws the cells again
    drawn = cells.drawn
    table.viewport().grab()
    assert cells.drawn > drawn
    assert len(cells) == 1


def test_the_first_paint_of_a_list_is_qts_own_and_its_cells_are_kept_right_after(
    qtbot, open_window, monkeypatch
):
    """The window's first frame draws the lists as Qt does (nothing to reuse yet; keeping
    pictures then made PySide6 create QStyle and QPixmap before the first frame); right after
    it, each list draws the cells in sight into kept pictures, not at the first tag."""
    from ui.cell_cache import ListTable

    paints = []
    paint = ListTable.paintEvent

    def recorded(table, event):
        paints.append((table.objectName(), table.cells.armed, table.cells.drawn))
        paint(table, event)

    monkeypatch.setattr(ListTable, "paintEvent", recorded)
    window = open_window()
    table = window.documents.table
    first = next(p for p in paints if p[0] == "document-list")
    assert first == ("document-list", False, 0)  # painted by Qt alone
    qtbot.waitUntil(lambda: table.cells.drawn > 0)  # then drawn into kept pictures
    assert table.cells.armed
    assert_shows_what_qt_paints(table)


def _many_spans_window(open_window, tmp_path):
    """The seed article with every other word tagged: more rows than the list shows."""
    import re

    from annotator.importer import import_paths
    from annotator.store import Project
    from tests.ui.app_fixtures import SEED

    path = tmp_path / "many.annot"
    with Project.create(path) as p:
        import_paths(p, [SEED])
        doc = p.documents()[0].id
        words = [m.span() for m in re.finditer(r"\S+", p.document(doc).text)]
        label = p.labels()[0].id
        for start, end in words[::2]:
            p.add_span(doc, start, end, label)
    return open_window(project_path=path), words


def test_the_first_tag_after_the_window_opens_draws_only_its_own_rows_cells(
    qtbot, open_window, tmp_path
):
    """The cells in sight are kept from right after the first frame: the first tag draws its
    new row, as every later tag does (it drew every cell in sight, ~70, 10-20 ms)."""
    window, words = _many_spans_window(open_window, tmp_path)
    table = _span_list(window)
    cells = table.cells
    qtbot.waitUntil(lambda: cells.drawn > 20)  # the rows in sight, drawn after the first frame
    before = cells.drawn
    window.view.select_range(*words[1])  # untagged, in sight: the list does not jump
    press(qtbot, window, K.Key_1)
    table.viewport().repaint()
    assert table.model().row(table.currentIndex().row()).start == words[1][0]
    assert cells.drawn - before <= 4, "only the new span's row is drawn at the first tag"
    assert_shows_what_qt_paints(table)


def test_cells_a_tag_brings_into_sight_are_drawn_while_the_selection_waits(
    qtbot, open_window, tmp_path
):
    """Selecting text draws the span-list rows a tag of it would jump to; the tag itself
    then draws only its own row's cells, and the list looks as Qt paints it."""
    window, words = _many_spans_window(open_window, tmp_path)
    table = _span_list(window)
    table.viewport().repaint()  # kept pictures from here on
    shown = table.rowAt(table.viewport().height() - 1)
    assert 0 < shown < table.model().rowCount() - 30  # the end of the list is out of sight
    cells = table.cells
    start, end = words[-3]  # untagged, near the end: the list will jump there
    before = cells.drawn
    window.view.select_range(start, end)
    qtbot.waitUntil(lambda: cells.drawn > before + 10)  # drawn ahead, rows of them
    before = cells.drawn
    press(qtbot, window, K.Key_1)
    table.viewport().repaint()
    assert table.model().row(table.currentIndex().row()).start == start
    assert cells.drawn - before <= 4, "only the new span's row is drawn at the tag"
    assert_shows_what_qt_paints(table)


def test_a_tag_draws_no_cell_of_its_new_row_that_the_selection_drew_ahead(
    qtbot, open_window, tmp_path
):
    """When a selection settles, the text and position cells of the row a tag of it adds are
    drawn, selected as the tag leaves it and plain as R leaves it; the tag then draws none of
    its row's cells (the label's and the empty links cell are kept from an earlier tag), and
    the list looks as Qt paints it. Without the drawing ahead the tag draws them, as before."""
    window, words = _many_spans_window(open_window, tmp_path)
    table = _span_list(window)
    cells = table.cells
    qtbot.waitUntil(lambda: cells.drawn > 20)
    untagged = words[1::2]  # (every other word is tagged)
    for start, end in (untagged[-3], untagged[20]):  # a first tag: a selected row is seen
        window.view.select_range(start, end)
        press(qtbot, window, K.Key_1)
    table.viewport().repaint()
    start, end = untagged[-10]
    spans = len(window.spans.model.row_ids())
    before = cells.drawn
    window.view.select_range(start, end)
    qtbot.waitUntil(lambda: cells.drawn >= before + 2)  # the new row's text and position
    before = cells.drawn
    press(qtbot, window, K.Key_1)
    table.viewport().repaint()
    assert table.model().row(table.currentIndex().row()).start == start
    assert len(window.spans.model.row_ids()) == spans + 1  # a new row
    assert cells.drawn == before, "the tag drew cells of its own row again"
    # Plain too, as R (or the next tag of a row in sight) leaves the row: kept already.
    row = table.model().row(table.currentIndex().row())
    for column in (1, 2):
        state, option, _delegate = cells.learned.options[(column, 0)]
        _x, _y, width, height = option.rect.getRect()
        key = (cells.shown(table.model(), row, column), width, height, state, cells._dpr)
        assert key in cells._kept, column
    assert_shows_what_qt_paints(table)
