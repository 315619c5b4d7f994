"""The window around the article: documents, find, labels, state, drops, failures, plain text."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDropEvent
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from annotator.display import FSI, LRI, PDI
from annotator.errors import ProjectError
from annotator.store import Project
from tests.conftest import SEED
from tests.ui.app_fixtures import (
    OFFSCREEN_NOISE,
    export_records,
    file_spans,
    find,
    press,
    type_text,
)
from ui.cheatsheet import ShortcutSheet
from ui.core_messages import core_message
from ui.settings import PREFS

pytestmark = OFFSCREEN_NOISE
K = Qt.Key
M = Qt.KeyboardModifier


def close_dialog(qtbot, window, dialog) -> None:
    """Close a dialog once the platform has shown it, and wait for the window to be active."""
    qtbot.waitActive(dialog)
    dialog.close()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.view.setFocus()


def _close_error_boxes() -> list[str]:
    texts = []
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox) and widget.isVisible():
            texts.append(widget.text())
            assert widget.textFormat() == Qt.TextFormat.PlainText
            widget.close()
    return texts


def test_find_then_escape_then_label_key_tags_the_match(qtbot, open_window, tmp_path):
    window = open_window()
    press(qtbot, window, K.Key_F, M.ControlModifier)
    assert window.find_bar.isVisible() and window.find_bar.edit.hasFocus()
    type_text(window.find_bar.edit, "القصر الرئاسي")
    match = find(window.view.text(), "القصر الرئاسي")
    assert window.view.selected_range() == match
    press(qtbot, window, K.Key_Return)  # Enter: the next occurrence
    second = find(window.view.text(), "القصر الرئاسي", 1)
    assert window.view.selected_range() == second
    press(qtbot, window, K.Key_Escape)
    assert window.view.hasFocus() and not window.find_bar.isVisible()
    assert window.view.selected_range() == second  # Escape kept the match selected
    press(qtbot, window, K.Key_3)
    assert file_spans(tmp_path / "test.annot") == [(*second, "location", "القصر الرئاسي")]


def test_find_with_no_match_leaves_nothing_for_a_label_key_to_tag(qtbot, open_window, tmp_path):
    window = open_window()
    word = find(window.view.text(), "توكاييف")
    window.view.select_range(*word)
    press(qtbot, window, K.Key_1)  # a speaker span, now the current span
    assert window.tagger.current_span_id is not None
    before = file_spans(tmp_path / "test.annot")
    press(qtbot, window, K.Key_F, M.ControlModifier)
    type_text(window.find_bar.edit, "روسيا")
    assert window.view.selected_range() == find(window.view.text(), "روسيا")
    type_text(window.find_bar.edit, "ققق")  # the prefix matched; the whole query does not
    assert window.find_bar.status.text() == "No match"
    assert window.view.selected_range() is None  # the partial match is not left selected
    press(qtbot, window, K.Key_Escape)
    press(qtbot, window, K.Key_2)
    assert file_spans(tmp_path / "test.annot") == before  # nothing tagged, nothing relabelled
    assert window.session.undo_stack.count() == 1


def test_find_after_a_miss_finds_the_same_match_again(qtbot, open_window):
    window = open_window()
    press(qtbot, window, K.Key_F, M.ControlModifier)
    type_text(window.find_bar.edit, "روسياق")
    assert window.view.selected_range() is None
    press(qtbot, window, K.Key_Backspace, widget=window.find_bar.edit)
    assert window.view.selected_range() == find(window.view.text(), "روسيا")


def test_find_without_harakat_matches_vocalised_text(qtbot, open_window):
    window = open_window()
    press(qtbot, window, K.Key_F, M.ControlModifier)
    type_text(window.find_bar.edit, "لان الظروف")  # the text has لأنّ الظروف
    start, end = find(window.view.text(), "لأنّ الظروف")
    assert window.view.selected_range() == (start, end)


def test_status_bar_shows_the_project_file_and_that_edits_are_saved(qtbot, open_window, tmp_path):
    window = open_window()
    assert window.path_label.text() == str(tmp_path / "test.annot")
    assert window.save_label.text() == "All changes saved"


def test_document_list_progress_and_mark_done(qtbot, open_window, tmp_path):
    second = tmp_path / "second.txt"
    second.write_text("قال المتحدث إن الاجتماع انتهى.\n", encoding="utf-8")
    window = open_window(articles=[SEED, second])
    assert window.documents.progress.text() == "0 / 2 done"
    first_id = window.document_id
    press(qtbot, window, K.Key_D, M.ControlModifier)
    assert window.documents.progress.text() == "1 / 2 done"
    with Project.open(tmp_path / "test.annot", readonly=True) as p:
        assert p.document(first_id).status == "done"
    press(qtbot, window, K.Key_PageDown, M.ControlModifier)
    assert window.document_id != first_id
    assert window.view.text().startswith("قال المتحدث")
    press(qtbot, window, K.Key_PageUp, M.ControlModifier)
    assert window.document_id == first_id
    press(qtbot, window, K.Key_Z, M.ControlModifier)  # undo "mark done"
    assert window.documents.progress.text() == "0 / 2 done"


def test_undo_in_another_document_shows_that_document(qtbot, open_window, tmp_path):
    second = tmp_path / "second.txt"
    second.write_text("قال المتحدث إن الاجتماع انتهى.\n", encoding="utf-8")
    window = open_window(articles=[SEED, second])
    first_id = window.document_id
    window.view.select_range(*find(window.view.text(), "روسيا"))
    press(qtbot, window, K.Key_3)
    press(qtbot, window, K.Key_PageDown, M.ControlModifier)
    press(qtbot, window, K.Key_Z, M.ControlModifier)
    assert window.document_id == first_id
    assert file_spans(tmp_path / "test.annot") == []


def test_label_editor_changes_follow_in_legend_shortcuts_and_export(qtbot, open_window, tmp_path):
    window = open_window()
    editor = window.edit_labels()
    speaker = next(lb for lb in window.session.labels() if lb.name == "speaker")
    editor.select_label(speaker.id)
    editor.name.setText("person")
    editor.key.setText("5")
    editor.letter.setText("p")
    assert editor.apply_changes()
    editor.choose_color = lambda initial, name: "#123456"
    assert editor.recolour()
    legend = window.legend.model
    assert [legend.index(0, c).data() for c in range(3)] == ["person", "5", "P"]
    assert legend.index(0, 0).data(Qt.ItemDataRole.DecorationRole) == QColor("#123456")
    tag = window.actions[f"tag-label-{speaker.id}"]
    assert [s.toString() for s in tag.shortcuts()] == ["5", "P"]
    added = editor.add_label("quote")
    assert window.actions[f"tag-label-{added.id}"].shortcuts()[0].toString() == "1"  # key 1 is free
    close_dialog(qtbot, window, editor)
    start, end = find(window.view.text(), "توكاييف")
    window.view.select_range(start, end)
    press(qtbot, window, K.Key_1)  # the new label's key
    window.view.select_range(*find(window.view.text(), "روسيا"))
    press(qtbot, window, K.Key_P)
    labels = {s[3]: s[2] for s in file_spans(tmp_path / "test.annot")}
    assert labels == {"توكاييف": "quote", "روسيا": "person"}
    record = export_records(qtbot, window, tmp_path)[0]
    assert sorted(s["label"] for s in record["spans"]) == ["person", "quote"]
    press(qtbot, window, K.Key_Z, M.ControlModifier)
    press(qtbot, window, K.Key_Z, M.ControlModifier)
    press(qtbot, window, K.Key_Z, M.ControlModifier)  # undo the recolour
    assert legend.index(0, 0).data(Qt.ItemDataRole.DecorationRole) == QColor("#e69f00")


def test_label_editor_refuses_a_key_a_command_uses(qtbot, open_window):
    window = open_window()
    editor = window.edit_labels()
    editor.letter.setText("]")
    assert not editor.apply_changes()
    assert "used by another command" in editor.problem.text()
    editor.close()


def test_a_refused_label_edit_is_reported_once_in_the_editor(qtbot, open_window):
    window = open_window()
    editor = window.edit_labels()
    speaker = next(lb for lb in window.session.labels() if lb.name == "speaker")
    editor.select_label(speaker.id)
    editor.letter.setText("c")  # claim's letter
    assert not editor.apply_changes()
    assert editor.problem.text() == "The key 'c' already tags 'claim'"
    assert editor.letter.text() == "c"  # what the analyst typed stays, to correct it
    assert window.save_label.text() == "All changes saved"  # nothing failed to save
    assert window.statusBar().currentMessage() == ""
    assert _close_error_boxes() == []
    assert window.session.undo_stack.count() == 0
    editor.close()


def test_a_refused_tag_is_told_in_the_status_bar_not_as_a_save_failure(qtbot, open_window):
    window = open_window()
    start, end = find(window.view.text(), "روسيا")

    def refuse(*_args, **_kwargs):
        from annotator.errors import SpanError

        raise SpanError("the range cuts a letter from its marks")

    window.session.project.add_span = refuse
    window.view.select_range(start, end)
    press(qtbot, window, K.Key_3)
    assert window.statusBar().currentMessage() == "The range cuts a letter from its marks"
    assert window.save_label.text() == "All changes saved"
    assert _close_error_boxes() == []


def test_the_labels_panel_shows_every_label_without_scrolling(qtbot, open_window):
    window = open_window()
    editor = window.edit_labels()
    editor.add_label("quote")
    editor.add_label("source")
    editor.close()
    table = window.legend.table
    assert window.legend.model.rowCount() == 6
    last = table.rowViewportPosition(5) + table.rowHeight(5)
    assert 0 < last <= table.viewport().height()  # the sixth row is in view
    assert not table.verticalScrollBar().isVisible()


def test_the_document_last_open_in_a_project_is_reopened(qtbot, open_window, tmp_path):
    second = tmp_path / "second.txt"
    second.write_text("قال المتحدث إن الاجتماع انتهى.\n", encoding="utf-8")
    window = open_window(articles=[SEED, second])
    first_id = window.document_id
    press(qtbot, window, K.Key_PageDown, M.ControlModifier)
    second_id = window.document_id
    assert second_id != first_id
    window.close()
    again = open_window(project_path=tmp_path / "test.annot")
    assert again.document_id == second_id  # not the first unfinished one
    assert again.view.text().startswith("قال المتحدث")
    other = tmp_path / "other.annot"
    assert again.files.open_project_path(str(other), create=True)  # another project:
    assert again.files.open_project_path(str(tmp_path / "test.annot"))  # its own memory
    assert again.document_id == second_id


def test_an_empty_project_says_how_to_add_articles(qtbot, open_window, tmp_path):
    window = open_window(articles=[])
    assert window.view.text() == ""
    assert window.view.placeholderText() == "Open articles with Ctrl+O or drop files here"
    assert window.documents.progress.text() == "No documents yet"
    article = tmp_path / "first.txt"
    article.write_text("قال المتحدث إن الاجتماع انتهى.\n", encoding="utf-8")
    with qtbot.waitSignal(window.files.import_finished, timeout=20000):
        window.files.import_paths([str(article)])
    assert window.view.placeholderText() == ""
    assert window.documents.progress.text() == "0 / 1 done"


def test_the_span_list_gives_its_room_to_the_text(qtbot, open_window):
    window = open_window()
    window.view.select_range(*find(window.view.text(), "روسيا"))
    press(qtbot, window, K.Key_3)
    table = window.spans.table
    header = table.horizontalHeader()
    label, text, position = (header.sectionSize(c) for c in range(3))
    metrics = table.fontMetrics()
    shown = window.spans.model.index(0, 2).data()
    assert (
        metrics.horizontalAdvance(shown)
        < position
        < metrics.horizontalAdvance("Position 000000–000000")
    )
    assert header.sectionResizeMode(1) == header.ResizeMode.Stretch
    assert text > position and text > label


def test_zoom_and_window_layout_are_remembered(qtbot, open_window, tmp_path, settings_files):
    window = open_window()
    size = window.view.font_point_size()
    press(qtbot, window, K.Key_Plus, M.ControlModifier)
    assert window.view.font_point_size() == size + 2
    window.resize(640, 480)
    window.close()
    again = open_window(project_path=tmp_path / "test.annot")
    assert again.view.font_point_size() == size + 2
    assert (again.size().width(), again.size().height()) == (640, 480)
    press(qtbot, again, K.Key_0, M.ControlModifier)
    assert again.view.font_point_size() == PREFS["view/font_point_size"].default


def test_zoom_stops_at_its_bounds(open_window):
    from ui.window_dialogs import MAX_POINT_SIZE, MIN_POINT_SIZE

    window = open_window()
    for _ in range(40):
        window.zoom_in()
    assert window.view.font_point_size() == MAX_POINT_SIZE
    for _ in range(40):
        window.zoom_out()
    assert window.view.font_point_size() == MIN_POINT_SIZE
    assert window.prefs.get("view/font_point_size") == MIN_POINT_SIZE


def test_the_article_font_size_has_one_default(qtbot):
    from ui.article_view import ArticleView

    view = ArticleView()
    qtbot.addWidget(view)
    assert view.font_point_size() == PREFS["view/font_point_size"].default  # before any pref


def test_dropping_article_files_imports_them(qtbot, open_window, tmp_path):
    window = open_window()
    dropped = tmp_path / "dropped.txt"
    dropped.write_text("أعلنت الوزارة أن 12 شخصاً أصيبوا.\n", encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(dropped))])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    with qtbot.waitSignal(window.files.import_finished, timeout=20000) as blocker:
        window.dropEvent(event)
    assert len(blocker.args[0].added) == 1
    assert window.documents.model.rowCount() == 2
    assert window.view.text().startswith("أعلنت الوزارة")


def _import_runs_off_the_gui_thread(qtbot, window, path, monkeypatch) -> int:
    """The import works on a pool thread while the window's event loop keeps running: the
    import waits, in the middle of storing the articles, until a timer has fired on the GUI
    thread (it would wait in vain if the import blocked the event loop). The number added."""
    import threading

    from PySide6.QtCore import QTimer

    from ui import import_flow

    gui_thread = threading.get_ident()
    storing, ticked_while_storing = threading.Event(), threading.Event()
    import_threads: list[int] = []
    real_import = import_flow.importer.apply_plan

    def watched_import(*args, progress, **kwargs):
        import_threads.append(threading.get_ident())

        def watched_progress(done, total):
            progress(done, total)
            if done > total // 2 and not storing.is_set():  # inside the storing transaction
                storing.set()
                assert ticked_while_storing.wait(30), "the event loop stopped during the import"

        return real_import(*args, progress=watched_progress, **kwargs)

    monkeypatch.setattr(import_flow.importer, "apply_plan", watched_import)
    timer = QTimer()
    timer.timeout.connect(lambda: storing.is_set() and ticked_while_storing.set())
    timer.start(10)
    with qtbot.waitSignal(window.files.import_finished, timeout=120000) as blocker:
        window.files.import_paths([str(path)])
    timer.stop()
    assert import_threads and import_threads[0] != gui_thread
    assert ticked_while_storing.is_set()
    added = len(blocker.args[0].added)
    assert added == window.documents.model.rowCount()
    return added


def test_importing_a_thousand_articles_runs_off_the_gui_thread(
    qtbot, open_window, monkeypatch, tmp_path
):
    """1,200 generated Arabic articles in the corpus's JSON shape, so it runs in every clone."""
    import random

    from bench.generate import article

    rng = random.Random(321)
    records = [
        {"title": f"خبر {i}", "content": article(rng, rng.randint(300, 3000))} for i in range(1200)
    ]
    path = tmp_path / "generated.json"
    path.write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")
    window = open_window(articles=[])
    assert _import_runs_off_the_gui_thread(qtbot, window, path, monkeypatch) == 1200


def test_importing_the_corpus_runs_off_the_gui_thread(qtbot, open_window, corpus, monkeypatch):
    """The same with the real corpus (opt-in): 1,318 articles, 16 of them empty."""
    from tests.conftest import CORPUS

    window = open_window(articles=[])
    assert _import_runs_off_the_gui_thread(qtbot, window, CORPUS, monkeypatch) > 1000


def test_a_write_that_fails_is_not_left_on_the_undo_stack(qtbot, open_window, tmp_path):
    window = open_window(readonly=False)
    path = tmp_path / "test.annot"
    start, end = find(window.view.text(), "روسيا")
    window.view.select_range(start, end)
    press(qtbot, window, K.Key_3)
    stack = window.session.undo_stack
    assert stack.count() == 1

    def disk_full(*_args, **_kwargs):
        raise ProjectError(f"{path}: not saved: the disk is full")

    window.session.project.delete_span_and_relations = disk_full
    press(qtbot, window, K.Key_Z, M.ControlModifier)  # the undo cannot be written
    assert stack.count() == 0  # dropped, not "undone"
    assert file_spans(path) == [(start, end, "location", "روسيا")]
    assert window.spans.model.rowCount() == 1  # the view shows what the file holds
    assert window.save_label.text().startswith("Not saved:")
    assert any("disk is full" in t for t in _close_error_boxes())


def test_a_read_only_project_refuses_edits_visibly(qtbot, open_window, tmp_path):
    open_window(articles=[SEED]).close()  # create the project, then reopen it read-only
    window = open_window(project_path=tmp_path / "test.annot", readonly=True)
    assert "read-only" in window.windowTitle()
    window.view.select_range(*find(window.view.text(), "روسيا"))
    press(qtbot, window, K.Key_3)
    assert window.session.undo_stack.count() == 0
    assert window.spans.model.rowCount() == 0
    assert any("read-only" in t for t in _close_error_boxes())


def test_user_text_is_never_shown_as_markup(qtbot, open_window, tmp_path):
    article = tmp_path / "<b>bold<img src=x>.txt"
    article.write_text("خبر <b>غامق</b> هنا.\n", encoding="utf-8")
    window = open_window(articles=[article])
    editor = window.edit_labels()
    editor.add_label("<i>label</i>")
    editor.close()
    for label in window.findChildren(QLabel):
        if "<" in label.text():
            assert label.textFormat() == Qt.TextFormat.PlainText, label.text()
    name_tip = window.documents.model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "&lt;b&gt;bold&lt;img" in name_tip and "<b>" not in name_tip
    legend_tip = window.legend.model.index(4, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "&lt;i&gt;label&lt;/i&gt;" in legend_tip
    assert window.documents.model.index(0, 0).data() == "خبر <b>غامق</b> هنا."  # its title


def test_cheat_sheet_lists_every_action_with_its_keys(qtbot, open_window):
    window = open_window()
    press(qtbot, window, K.Key_F1)
    sheet = window.findChild(ShortcutSheet, "shortcut-sheet")
    assert sheet is not None and sheet.isVisible()
    table = sheet.table
    shown = {table.item(r, 1).text(): table.item(r, 2).text() for r in range(table.rowCount())}
    speaker = f"{FSI}speaker{PDI}"  # a label's name is isolated in its action's text
    # Each key sequence is laid out left to right (LRI … PDI): in the Arabic sheet
    # "Shift+١" read "١+Shift" without it.
    assert shown[f"Tag exact characters as {speaker}"] == (
        f"{LRI}Shift+1{PDI} ({LRI}Shift+١{PDI}), {LRI}Shift+S{PDI} ({LRI}Shift+س{PDI})"
    )
    assert all(keys == "—" or keys.startswith(LRI) for keys in shown.values())
    rows = {text: keys.replace(LRI, "").replace(PDI, "") for text, keys in shown.items()}
    assert rows[f"Tag as {speaker}"] == "1 (١), S (س)"  # with the Arabic keyboard's keys
    assert rows["Undo"] == "Ctrl+Z"
    assert rows["Delete span"] == "Del"
    assert rows["Keyboard shortcuts"] == "F1"
    assert len(rows) == len(window.shortcut_actions())
    keys = {k for text in rows.values() for k in text.split(", ")}
    assert not keys & {"Open", "Exit", "Undo", "Redo", "F14", "Help", "Zoom In", "Find"}
    sheet.close()


def test_cheat_sheet_leaves_out_keys_no_keyboard_has(qtbot):
    from PySide6.QtGui import QAction, QKeySequence

    from ui.cheatsheet import shortcut_rows

    action = QAction("&Open articles…")
    action.setShortcuts(
        [QKeySequence(K.Key_Open), QKeySequence("Ctrl+O"), QKeySequence("F14"), QKeySequence("F1")]
    )
    assert shortcut_rows([("File", action)]) == [("File", "Open articles…", "Ctrl+O, F1")]


def test_every_action_object_name_is_its_id(qtbot, open_window):
    window = open_window()
    for action_id, action in window.actions.items():
        assert action.objectName() == action_id
        assert window.findChild(type(action), action_id) is action


def test_export_writes_the_chosen_format(qtbot, open_window, tmp_path):
    window = open_window()
    window.view.select_range(*find(window.view.text(), "روسيا"))
    press(qtbot, window, K.Key_3)
    (doccano,) = export_records(qtbot, window, tmp_path, "doccano")
    start, end, label = doccano["label"][0]
    assert (doccano["text"][start:end], label) == ("روسيا", "location")
    assert json.dumps(doccano, ensure_ascii=False)  # plain JSON, one record per document


def test_export_says_how_many_documents_went_where(qtbot, open_window, tmp_path):
    window = open_window()
    export_records(qtbot, window, tmp_path)
    target = tmp_path / "export-native.jsonl"
    assert window.statusBar().currentMessage() == f"Exported 1 document to \u2066{target}\u2069"


@pytest.mark.parametrize("where", ["project", "missing-folder"])
def test_export_refuses_the_project_file_and_a_missing_folder(qtbot, open_window, tmp_path, where):
    window = open_window()
    project = tmp_path / "test.annot"
    target = project if where == "project" else tmp_path / "nowhere" / "out.jsonl"
    with qtbot.waitSignal(window.files.task_failed, timeout=20000) as blocker:
        window.files.export_to(str(target), "native")
    message = blocker.args[1]
    assert ("project file itself" if where == "project" else "does not exist") in message
    # The project is still the project (its bytes may change: SQLite checkpoints its WAL).
    with Project.open(project, readonly=True) as p:
        assert [d.name for d in p.documents()] == [SEED.name]
    shown = core_message(message)  # as the core said it, its paths isolated
    assert shown.startswith(f"{LRI}{target}{PDI}: ")
    assert any(shown in t for t in _close_error_boxes())


def _cancel_in_first_progress(real):
    """Wrap a core function so that Cancel is pressed from inside its first progress call."""

    def wrapped(*args, progress, **kwargs):
        def cancel_then_report(done, total):
            progress.__self__.cancel()  # ``progress`` is the running Task's callback
            progress(done, total)

        return real(*args, progress=cancel_then_report, **kwargs)

    return wrapped


def _cancel_after(real):
    """Wrap a core function so that Cancel is pressed right after it returned."""

    def wrapped(*args, progress, **kwargs):
        result = real(*args, progress=progress, **kwargs)
        progress.__self__.cancel()
        return result

    return wrapped


def _export_calling(wrapper):
    """export_to_path, called through ``wrapper`` (the real one, captured before patching)."""
    from annotator.formats import export_to_path

    def export(project, path, fmt, progress, **options):
        return wrapper(lambda *a, progress: export_to_path(*a, progress, **options))(
            project, path, fmt, progress=progress
        )

    return export


@pytest.mark.parametrize("fmt", ["native", "prodigy"])
def test_export_leaves_no_partial_file_when_cancelled(
    qtbot, open_window, tmp_path, fmt, monkeypatch
):
    from ui import file_ops

    window = open_window()
    target = tmp_path / "cancelled.jsonl"
    monkeypatch.setattr(
        file_ops.formats, "export_to_path", _export_calling(_cancel_in_first_progress)
    )
    with qtbot.waitSignal(window.files.task_failed, timeout=20000) as blocker:
        window.files.export_to(str(target), fmt)
    assert blocker.args == ["Export failed", "cancelled"]
    assert not target.exists()
    assert not list(tmp_path.glob(".cancelled.jsonl.*"))
    assert window.statusBar().currentMessage() == "Export cancelled; nothing changed."


def test_cancel_after_the_export_finished_reports_the_export(
    qtbot, open_window, tmp_path, monkeypatch
):
    from ui import file_ops

    window = open_window()
    target = tmp_path / "done.jsonl"
    monkeypatch.setattr(file_ops.formats, "export_to_path", _export_calling(_cancel_after))
    with qtbot.waitSignal(window.files.export_finished, timeout=20000):
        window.files.export_to(str(target), "native")
    assert len(target.read_text(encoding="utf-8").splitlines()) == 1
    assert window.statusBar().currentMessage() == f"Exported 1 document to \u2066{target}\u2069"


def test_cancel_after_the_import_committed_reports_the_import(
    qtbot, open_window, tmp_path, monkeypatch
):
    from ui import import_flow

    window = open_window()
    article = tmp_path / "late.txt"
    article.write_text("أعلنت الوزارة أن 12 شخصاً أصيبوا.\n", encoding="utf-8")
    monkeypatch.setattr(
        import_flow.importer, "apply_plan", _cancel_after(import_flow.importer.apply_plan)
    )
    with qtbot.waitSignal(window.files.import_finished, timeout=20000) as blocker:
        window.files.import_paths([str(article)])
    assert len(blocker.args[0].added) == 1
    with Project.open(tmp_path / "test.annot", readonly=True) as p:
        in_file = [d.id for d in p.documents()]
    assert window.documents.model.row_ids() == in_file and len(in_file) == 2
    assert window.statusBar().currentMessage() == (
        f"Imported 1 article ({FSI}late.txt{PDI} read as UTF-8)."
    )


def test_cancel_during_the_import_changes_nothing(qtbot, open_window, tmp_path, monkeypatch):
    from ui import import_flow

    window = open_window()
    article = tmp_path / "never.txt"
    article.write_text("أعلنت الوزارة أن 12 شخصاً أصيبوا.\n", encoding="utf-8")
    monkeypatch.setattr(
        import_flow.importer,
        "apply_plan",
        _cancel_in_first_progress(import_flow.importer.apply_plan),
    )
    with qtbot.waitSignal(window.files.task_failed, timeout=20000):
        window.files.import_paths([str(article)])
    with Project.open(tmp_path / "test.annot", readonly=True) as p:
        assert p.document_count() == 1
    assert window.documents.model.rowCount() == 1
    assert window.statusBar().currentMessage() == "Import cancelled; nothing changed."


def test_file_dialogs_start_where_they_were_last_used(
    qtbot, open_window, tmp_path, settings_files, monkeypatch
):
    from pathlib import Path

    from ui import file_ops

    asked: list[tuple[str, str]] = []
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "a.txt").write_text("قال المتحدث إن الاجتماع انتهى.\n", encoding="utf-8")
    out = tmp_path / "exports"
    out.mkdir()

    def open_names(_parent, title, folder, _filter):
        asked.append((title, folder))
        return [str(articles / "a.txt")], file_ops.ARTICLE_FILTER

    def save_name(_parent, title, suggested, _filters, _chosen):
        asked.append((title, suggested))
        return str(out / "mine.jsonl"), file_ops.EXPORT_FILTERS["native"]

    monkeypatch.setattr(file_ops.QFileDialog, "getOpenFileNames", open_names)
    monkeypatch.setattr(file_ops.QFileDialog, "getSaveFileName", save_name)
    window = open_window()
    home = str(Path.home())  # the private test home has no Documents folder
    with qtbot.waitSignal(window.files.import_finished, timeout=20000):
        window.files.open_articles()
    with qtbot.waitSignal(window.files.export_finished, timeout=20000):
        window.files.export_jsonl()
    assert asked == [("Open articles", home), ("Export", str(Path(home, "test.jsonl")))]
    assert (
        window.statusBar().currentMessage()
        == f"Exported 2 documents to \u2066{out / 'mine.jsonl'}\u2069"
    )
    window.close()
    asked.clear()
    again = open_window(project_path=tmp_path / "test.annot")
    with qtbot.waitSignal(again.files.import_finished, timeout=20000):
        again.files.open_articles()
    with qtbot.waitSignal(again.files.export_finished, timeout=20000):
        again.files.export_jsonl()
    assert asked == [("Open articles", str(articles)), ("Export", str(out / "test.jsonl"))]
    _close_error_boxes()  # the second import skipped a.txt: already in the project


def test_no_other_project_opens_while_an_import_or_export_runs(open_window, tmp_path, monkeypatch):
    from ui import file_ops, workers

    window = open_window()
    shown = []
    monkeypatch.setattr(file_ops, "show_error", lambda parent, title, text: shown.append(text))
    monkeypatch.setattr(workers.TaskRunner, "busy", property(lambda self: True))
    other = tmp_path / "other.annot"
    assert not window.files.open_project_path(str(other), create=True)
    assert window.session.project.path == tmp_path / "test.annot"
    assert not other.exists()
    assert shown == ["An import or export is still running."]


def test_the_window_stays_open_while_an_import_or_export_runs(open_window, monkeypatch):
    from ui import workers

    window = open_window()
    assert window.tasks is not None  # built on first use
    with monkeypatch.context() as busy:
        busy.setattr(workers.TaskRunner, "busy", property(lambda self: True))
        assert not window.close()
        assert window.isVisible() and window.session is not None
        assert "Wait for the import or export" in window.statusBar().currentMessage()


def test_opening_another_project_switches_and_is_remembered(qtbot, open_window, tmp_path):
    from PySide6.QtWidgets import QMenu

    window = open_window()
    first = tmp_path / "test.annot"
    other = tmp_path / "other.annot"
    # The first project joins the recent list once the article has been painted.
    qtbot.waitUntil(lambda: window.prefs.get("projects/recent")[:1] == [str(first)])
    assert window.files.open_project_path(str(other), create=True)
    assert window.session.project.path == other
    assert window.documents.model.rowCount() == 0 and window.view.text() == ""
    press(qtbot, window, K.Key_1)  # no document: nothing to tag, nothing breaks
    assert window.session.undo_stack.count() == 0
    # Recent projects are written after the first paint, which a loaded machine may delay.
    qtbot.waitUntil(lambda: window.prefs.get("projects/recent")[:2] == [str(other), str(first)])
    Project.open(first).close()  # the first project was closed: its lock is free again
    menu = window.findChild(QMenu, "recent-projects")
    window.files.fill_recent_menu(menu)
    back = next(a for a in menu.actions() if a.text() == str(first))
    back.trigger()
    assert window.session.project.path == first
    assert window.view.text().startswith("كازاخستان")


def test_a_scheme_of_many_labels_keeps_the_window_on_a_laptop_screen(qtbot, open_window, tmp_path):
    """The Labels dock was as tall as all its rows: with 30 labels the window outgrew a
    768-pixel screen and squeezed the span list to a row. It shows 12 and scrolls."""
    path = tmp_path / "many.annot"
    with Project.create(path) as p:
        for n in range(26):
            p.add_label(f"label{n}", "#336699")
    window = open_window(project_path=path)
    legend = window.legend.table
    assert window.minimumSizeHint().height() < 768
    assert legend.verticalScrollBar().maximum() > 0  # the last labels are a scroll away
    legend.scrollToBottom()
    last = window.legend.model.index(window.legend.model.rowCount() - 1, 0)
    assert legend.viewport().rect().intersects(legend.visualRect(last))


def test_opening_a_project_reads_its_document_list_once(qtbot, tmp_path, settings_files):
    """The list (each article's title read from its text) took 0.5 s on a 30,000-article
    project, and opening one read it twice: for the list, then to choose the first article."""
    from ui.main_window import MainWindow

    path = tmp_path / "p.annot"
    with Project.create(path) as p:
        p.add_documents([{"name": "a.txt", "text": "قال المتحدث", "sha256": "a" * 64}])
    project = Project.open(path)
    calls = []
    real = project.documents
    project.documents = lambda: calls.append(1) or real()
    window = MainWindow(*settings_files())
    qtbot.addWidget(window)
    window.set_project(project)
    assert len(calls) == 1
    assert window.view.text() == "قال المتحدث"  # the first article is open
