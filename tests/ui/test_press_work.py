"""What a key press (tag, R, Enter) does besides painting the article: each list and panel
does its part once, and asks the model or the file only for what changed."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.app_fixtures import OFFSCREEN_NOISE, find, press
from tests.ui.test_kept_cells import assert_shows_what_qt_paints

pytestmark = OFFSCREEN_NOISE

K = Qt.Key
SPEAKER = "قاسم جومارت توكاييف"
CLAIM = "بلاده نجت من محاولة انقلاب"


def _count_calls(monkeypatch, owner, name: str) -> list:
    calls = []
    method = getattr(owner, name)

    def counted(*args, **kwargs):
        calls.append(args)
        return method(*args, **kwargs)

    monkeypatch.setattr(owner, name, counted)
    return calls


def test_a_repaint_of_the_span_list_with_nothing_changed_works_out_no_cell_again(
    qtbot, open_window, monkeypatch
):
    """What a cell shows (an excerpt of the article, the label's name, the swatch) is worked
    out when its row changes, not on every paint of the list."""
    window = open_window()
    text = window.view.text()
    for word in ("كازاخستان", "توكاييف", "250"):
        window.view.select_range(*find(text, word))
        press(qtbot, window, K.Key_1)
    table = window.spans.table
    table.viewport().repaint()
    table.viewport().repaint()
    asked = _count_calls(monkeypatch, window.spans.model, "cell")
    table.viewport().repaint()
    assert asked == []
    assert_shows_what_qt_paints(table)


def a_speaker_and_a_claim(qtbot, open_window):
    """A window on the seed article with SPEAKER tagged speaker, then CLAIM tagged claim."""
    window = open_window()
    text = window.view.text()
    window.view.select_range(*find(text, SPEAKER))
    press(qtbot, window, K.Key_1)
    window.view.select_range(*find(text, CLAIM))
    press(qtbot, window, K.Key_2)
    return window


def test_the_span_list_shows_a_new_link_at_once(qtbot, open_window):
    """A link changes a row's Links column without a new span: the cell shows it."""
    window = a_speaker_and_a_claim(qtbot, open_window)
    table = window.spans.table
    table.viewport().repaint()
    assert_shows_what_qt_paints(table)
    press(qtbot, window, K.Key_R)
    press(qtbot, window, K.Key_Return)
    model = window.spans.model
    assert all(
        "→" in model.cell(model.row(r), 3, 0) or "←" in model.cell(model.row(r), 3, 0)
        for r in range(2)
    )
    assert_shows_what_qt_paints(table)
    window.session.undo_stack.undo()
    assert_shows_what_qt_paints(table)


def test_a_tag_selects_its_span_in_the_list_once(qtbot, open_window, monkeypatch):
    window = open_window()
    text = window.view.text()
    window.view.select_range(*find(text, "توكاييف"))
    press(qtbot, window, K.Key_1)
    selection = window.spans.table.selectionModel()
    chosen = _count_calls(monkeypatch, selection, "setCurrentIndex")
    window.view.select_range(*find(text, "كازاخستان"))
    press(qtbot, window, K.Key_1)
    assert len(chosen) == 1
    current = window.spans.model.row(window.spans.table.currentIndex().row())
    assert current.id == window.tagger.current_span_id
    assert selection.isRowSelected(window.spans.table.currentIndex().row())


def _row(window):
    model = window.documents.model
    info = model.row(model.row_of(window.document_id))
    return info.status, info.span_count


def _stored_row(window):
    info = window.session.project.document_info(window.document_id)
    return info.status, info.span_count


def test_a_tag_counts_its_span_in_the_document_list_without_reading_the_row(
    qtbot, open_window, monkeypatch
):
    window = open_window()
    text = window.view.text()
    assert _row(window) == ("new", 0)
    read = _count_calls(monkeypatch, window.session.project, "document_info")
    window.view.select_range(*find(text, "توكاييف"))
    press(qtbot, window, K.Key_1)  # the first tag: the article is in progress
    window.view.select_range(*find(text, "كازاخستان"))
    press(qtbot, window, K.Key_1)
    assert read == []
    assert _row(window) == _stored_row(window) == ("in_progress", 2)
    window.session.undo_stack.undo()
    window.session.undo_stack.undo()  # the first tag undone: new again (read from the file)
    assert _row(window) == _stored_row(window) == ("new", 0)
    window.session.undo_stack.redo()  # and redone: counted again
    assert _row(window) == _stored_row(window) == ("in_progress", 1)


def test_a_link_does_not_read_the_documents_row_again(qtbot, open_window, monkeypatch):
    """A link changes neither the status nor the span count the document list shows."""
    window = a_speaker_and_a_claim(qtbot, open_window)
    read = _count_calls(monkeypatch, window.session.project, "document_info")
    press(qtbot, window, K.Key_R)
    press(qtbot, window, K.Key_Return)
    assert len(window.session.project.relations(window.document_id)) == 1
    window.session.undo_stack.undo()
    window.session.undo_stack.redo()
    assert read == []
    assert _row(window) == _stored_row(window) == ("in_progress", 2)
