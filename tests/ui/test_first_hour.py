"""The analyst's first hour: find counts, word steps after a find, span keys, status messages."""

from __future__ import annotations

from PySide6.QtCore import Qt

from annotator.display import FSI, PDI
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


def _tag(qtbot, window, word: str, key, nth: int = 0) -> tuple[int, int]:
    start, end = find(window.view.text(), word, nth)
    window.view.select_range(start, end)
    press(qtbot, window, key)
    return start, end


def test_next_and_previous_span_go_from_the_caret(qtbot, open_window):
    window = open_window()
    first = _tag(qtbot, window, "كازاخستان", K.Key_3)
    last = _tag(qtbot, window, "روسيا", K.Key_3)
    _tag(qtbot, window, "توكاييف", K.Key_1)  # the current span, in the middle
    middle = window.tagger.current_span_id
    press(qtbot, window, K.Key_Home, M.ControlModifier)
    press(qtbot, window, K.Key_BracketRight)
    span = window.tagger.current_span()
    assert (span.start, span.end) == first  # not the span after the current one
    window.tagger.set_current_span(middle, jump=True)
    press(qtbot, window, K.Key_End, M.ControlModifier)
    press(qtbot, window, K.Key_BracketLeft)
    span = window.tagger.current_span()
    assert (span.start, span.end) == last


def test_spans_that_start_together_are_each_visited(qtbot, open_window):
    window = open_window()
    text = window.view.text()
    name = find(text, "قاسم جومارت توكاييف")
    window.view.select_range(*name)
    press(qtbot, window, K.Key_1)
    first_name = _tag(qtbot, window, "قاسم", K.Key_3)
    press(qtbot, window, K.Key_Home, M.ControlModifier)
    seen = []
    for _ in range(2):
        press(qtbot, window, K.Key_BracketRight)
        span = window.tagger.current_span()
        seen.append((span.start, span.end))
    assert seen == [name, first_name]


def _spans(tmp_path) -> list[str]:
    return [text for *_, text in file_spans(tmp_path / "test.annot")]


def test_the_current_span_grows_and_shrinks_by_words_each_step_committed_and_undoable(
    qtbot, open_window, tmp_path
):
    """Right-to-left paragraph: Alt+Right widens at the start, Alt+Left at the end."""
    window = open_window()
    _tag(qtbot, window, "جومارت", K.Key_1)
    press(qtbot, window, K.Key_Right, M.AltModifier)
    assert _spans(tmp_path) == ["قاسم جومارت"]  # in the file before the key returns
    press(qtbot, window, K.Key_Left, M.AltModifier)
    assert _spans(tmp_path) == ["قاسم جومارت توكاييف"]
    press(qtbot, window, K.Key_Right, M.AltModifier | M.ShiftModifier)
    assert _spans(tmp_path) == ["جومارت توكاييف"]
    press(qtbot, window, K.Key_Left, M.AltModifier | M.ShiftModifier)
    assert _spans(tmp_path) == ["جومارت"]
    press(qtbot, window, K.Key_Left, M.AltModifier | M.ShiftModifier)  # one word is the least
    assert _spans(tmp_path) == ["جومارت"]
    assert "cannot be narrowed" in window.statusBar().currentMessage()
    stack = window.session.undo_stack
    assert stack.count() == 5  # the tag and four resizes, each its own step
    press(qtbot, window, K.Key_Z, M.ControlModifier)
    assert _spans(tmp_path) == ["جومارت توكاييف"]
    press(qtbot, window, K.Key_Z, M.ControlModifier)
    assert _spans(tmp_path) == ["قاسم جومارت توكاييف"]
    press(qtbot, window, K.Key_Z, M.ControlModifier | M.ShiftModifier)
    assert _spans(tmp_path) == ["جومارت توكاييف"]
    assert window.spans.model.rowCount() == 1
    assert window.view.span_ids_at(find(window.view.text(), "جومارت")[0]) == [
        window.tagger.current_span_id
    ]


def test_in_exact_mode_the_span_edges_move_by_a_character(qtbot, open_window, tmp_path):
    window = open_window()
    window.actions["exact-characters"].setChecked(True)
    start, end = find(window.view.text(), "كازاخستان", 1)
    window.view.select_range(start, end)
    press(qtbot, window, K.Key_3)
    press(qtbot, window, K.Key_Left, M.AltModifier | M.ShiftModifier)  # the end, inward
    assert _spans(tmp_path)[-1] == "كازاخستا"
    press(qtbot, window, K.Key_Right, M.AltModifier)  # the start, outward: the space
    assert (start - 1, end - 1) in [(s, e) for s, e, *_ in file_spans(tmp_path / "test.annot")]


def test_each_edit_says_what_it_did_and_the_message_goes_away(qtbot, open_window, monkeypatch):
    window = open_window()
    bar = window.statusBar()
    _tag(qtbot, window, "توكاييف", K.Key_1)
    # Names and quotes from files are isolated (FSI … PDI) inside the sentence.
    quote, speaker, claim = (f"{FSI}{x}{PDI}" for x in ("توكاييف", "speaker", "claim"))
    assert bar.currentMessage() == f"Tagged “{quote}” as {speaker}"
    press(qtbot, window, K.Key_2)  # relabel: the old message must not stay
    assert bar.currentMessage() == f"Relabelled “{quote}”: {speaker} → {claim}"
    press(qtbot, window, K.Key_Z, M.ControlModifier)
    assert bar.currentMessage() == f"Undone: Relabel “{quote}” {speaker} → {claim}"
    press(qtbot, window, K.Key_Z, M.ControlModifier | M.ShiftModifier)
    assert bar.currentMessage() == f"Redone: Relabel “{quote}” {speaker} → {claim}"
    press(qtbot, window, K.Key_Delete)
    assert bar.currentMessage() == f"Deleted {claim} “{quote}”"
    press(qtbot, window, K.Key_D, M.ControlModifier)
    assert bar.currentMessage().startswith("Marked “") and bar.currentMessage().endswith("done")
    qtbot.waitUntil(lambda: bar.currentMessage() == "", timeout=8000)  # it fades after 5 s


def test_exact_mode_shows_in_the_status_bar_and_on_the_caret(qtbot, open_window):
    from PySide6.QtWidgets import QToolButton

    window = open_window()
    indicator = window.statusBar().findChild(QToolButton, "exact-mode")
    assert indicator.isVisible() and indicator.text() == "Whole words"
    assert window.view.cursorWidth() == 1
    press(qtbot, window, K.Key_X, CTRL_SHIFT)
    assert indicator.text() == "Exact characters" and indicator.isChecked()
    assert window.view.cursorWidth() == 3
    assert window.view.viewport().cursor().shape() == Qt.CursorShape.CrossCursor
    indicator.click()  # the indicator is also the switch
    assert not window.actions["exact-characters"].isChecked()
    assert indicator.text() == "Whole words" and window.view.cursorWidth() == 1


def test_exact_mode_chosen_earlier_is_shown_at_start_up(qtbot, open_window, settings_files):
    from PySide6.QtWidgets import QToolButton

    prefs, _state = settings_files()
    prefs.set("tagging/exact_characters", True)
    window = open_window()
    indicator = window.statusBar().findChild(QToolButton, "exact-mode")
    assert indicator.text() == "Exact characters" and window.view.cursorWidth() == 3


def test_removing_a_label_says_which_spans_use_it_and_undo_brings_all_back(
    qtbot, open_window, tmp_path
):
    window = open_window()
    _tag(qtbot, window, "توكاييف", K.Key_2)
    _tag(qtbot, window, "روسيا", K.Key_2)
    _tag(qtbot, window, "كازاخستان", K.Key_3)
    before = file_spans(tmp_path / "test.annot")
    editor = window.edit_labels()
    claim = next(label for label in window.session.labels() if label.name == "claim")
    editor.select_label(claim.id)
    asked = []
    editor.confirm_removal = lambda label, spans, documents: asked.append(
        (label.name, spans, documents)
    )  # a cancel
    assert not editor.remove_label()
    assert asked == [("claim", 2, 1)] and file_spans(tmp_path / "test.annot") == before
    editor.confirm_removal = lambda *_: True
    assert editor.remove_label()
    assert [label.name for label in window.session.labels()] == ["speaker", "location", "statistic"]
    assert [s[2] for s in file_spans(tmp_path / "test.annot")] == ["location"]
    assert window.spans.model.rowCount() == 1
    assert f"tag-label-{claim.id}" not in window.actions
    assert (
        window.statusBar().currentMessage() == f"Removed the label {FSI}claim{PDI} and its 2 spans"
    )
    editor.close()
    press(qtbot, window, K.Key_Z, M.ControlModifier)
    assert file_spans(tmp_path / "test.annot") == before
    assert window.spans.model.rowCount() == 3
    assert window.actions[f"tag-label-{claim.id}"].shortcuts()[0].toString() == "2"


def test_the_removal_question_names_the_label_and_the_spans(qtbot, open_window, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    window = open_window()
    _tag(qtbot, window, "توكاييف", K.Key_2)
    editor = window.edit_labels()
    claim = next(label for label in window.session.labels() if label.name == "claim")
    shown = []

    def answer(box):
        shown.append((box.text(), box.informativeText()))
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)  # no button clicked: cancelled
    assert not editor._ask_removal(claim, 1, 1)
    text, more = shown[0]
    assert text == f"“{FSI}claim{PDI}” is used by 1 span in 1 document."
    assert "removes these spans too" in more and "Ctrl+Z" in more
    editor.close()


def test_documents_are_listed_by_title_with_the_file_name_in_the_tooltip(qtbot, open_window):
    window = open_window()
    cell = window.documents.model.index(0, 0)
    first_line = window.view.text().split("\n")[0]
    assert cell.data() == first_line
    assert "000_288b31e3134d6df4.txt" in cell.data(Qt.ItemDataRole.ToolTipRole)


def test_f2_renames_the_document_and_undo_gives_its_title_back(qtbot, open_window, tmp_path):
    from annotator.store import Project

    window = open_window()
    first_line = window.view.text().split("\n")[0]
    asked = []
    window.document_ops.ask_title = lambda title, name: asked.append((title, name)) or "تقرير"
    press(qtbot, window, K.Key_F2)
    assert asked == [(first_line, "000_288b31e3134d6df4.txt")]
    assert window.documents.model.index(0, 0).data() == "تقرير"
    with Project.open(tmp_path / "test.annot", readonly=True) as project:
        assert project.documents()[0].title == "تقرير"  # in the file already
    assert window.statusBar().currentMessage().startswith("Renamed “")
    press(qtbot, window, K.Key_Z, M.ControlModifier)
    assert window.documents.model.index(0, 0).data() == first_line


ARTICLE = "قال الرئيس إن النمو بلغ ثلاثة في المئة"


def _import(qtbot, window, path) -> None:
    with qtbot.waitSignal(window.files.import_finished, timeout=20000):
        window.files.import_paths([str(path)])


def test_an_import_says_which_encoding_it_read_and_can_reopen_with_another(
    qtbot, open_window, tmp_path
):
    window = open_window(articles=[])
    article = tmp_path / "old.txt"
    article.write_bytes(ARTICLE.encode("iso8859-6"))  # reads as (wrong) Windows-1256 Arabic
    _import(qtbot, window, article)
    assert window.statusBar().currentMessage() == (
        f"Imported 1 article ({FSI}old.txt{PDI} read as Windows-1256 (Arabic))."
    )
    assert window.view.text() != ARTICLE
    offered = []
    reopener = window.files.reopener
    reopener.ask_encoding = lambda current: offered.append(current) or "iso8859-6"
    new_id = reopener.reopen()
    assert offered == ["cp1256"]
    assert window.view.text() == ARTICLE
    assert window.document_id == new_id
    assert [d.id for d in window.session.project.documents()] == [new_id]
    assert window.session.project.document(new_id).encoding == "iso8859-6"
    assert window.statusBar().currentMessage() == (
        f"Reopened {FSI}old.txt{PDI} as ISO-8859-6 (Arabic)."
    )


def test_reopening_refuses_an_article_with_spans_and_a_wrong_encoding(qtbot, open_window, tmp_path):
    window = open_window(articles=[])
    article = tmp_path / "utf8.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    _import(qtbot, window, article)
    assert window.statusBar().currentMessage() == (
        f"Imported 1 article ({FSI}utf8.txt{PDI} read as UTF-8)."
    )
    reopener = window.files.reopener
    reopener.ask_encoding = lambda current: "utf-16"  # odd length: not valid UTF-16
    errors = []
    import ui.encodings

    original = ui.encodings.show_error
    ui.encodings.show_error = lambda parent, title, text: errors.append(text)
    try:
        assert reopener.reopen() is None
    finally:
        ui.encodings.show_error = original
    assert errors and "utf-16" in errors[0]
    assert window.view.text() == ARTICLE
    _tag(qtbot, window, "الرئيس", K.Key_1)
    assert reopener.reopen() is None
    assert "has spans" in window.statusBar().currentMessage()


def test_the_annotator_name_is_set_in_the_app_and_stored_with_spans(
    qtbot, open_window, tmp_path, settings_files
):
    from annotator.store import Project

    window = open_window()
    dialog = window.show_preferences()
    qtbot.waitExposed(dialog)
    assert dialog.name.text() == "" and dialog.name.placeholderText() == "tester"
    dialog.name.setText("  أمل \u200f ")  # spaces and a bidi mark are not part of a name
    dialog.close()  # closing keeps what was typed
    assert window.statusBar().currentMessage() == (
        f"Spans you tag from now on are signed “{FSI}أمل{PDI}”."
    )
    _tag(qtbot, window, "توكاييف", K.Key_1)
    with Project.open(tmp_path / "test.annot", readonly=True) as project:
        (span,) = project.spans(project.documents()[0].id)
    assert span.annotator == "أمل"
    window.close()
    again = open_window()  # the next start signs with the same name
    assert again.session.project.annotator == "أمل"
    assert again.actions["preferences"].shortcut().toString() == "Ctrl+,"


def test_every_new_shortcut_is_in_the_cheat_sheet(qtbot, open_window):
    from ui.cheatsheet import shortcut_rows

    window = open_window()
    rows = {text: keys for _menu, text, keys in shortcut_rows(window.shortcut_actions())}
    wanted = {
        "Widen the span on the right": "Alt+Right",
        "Widen the span on the left": "Alt+Left",
        "Narrow the span from the right": "Alt+Shift+Right",
        "Narrow the span from the left": "Alt+Shift+Left",
        "Rename document…": "F2",
        "Preferences…": "Ctrl+,",
        "Select a word to the left": "Ctrl+Shift+Left",
        "Select a word to the right": "Ctrl+Shift+Right",
    }
    for text, keys in wanted.items():
        assert keys in rows.get(text, ""), (text, rows.get(text))
    assert "Reopen with another encoding…" in rows
