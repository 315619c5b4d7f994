"""The Arabic interface shows counts in the interface's digits and the default labels under
their Arabic names, while what is stored and exported stays as it was."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication

from tests.ui.app_fixtures import OFFSCREEN_NOISE, file_spans, find, press, type_text

pytestmark = OFFSCREEN_NOISE
K = Qt.Key
M = Qt.KeyboardModifier


def test_the_find_bar_counts_in_arabic_digits_like_the_other_counts(qtbot, open_window, arabic):
    window = open_window()
    total = window.view.text().count("توكاييف")
    press(qtbot, window, K.Key_F, M.ControlModifier)
    type_text(window.find_bar.edit, "توكاييف")
    ar = QLocale("ar")
    assert window.find_bar.status.text() == f"{ar.toString(1)} من {ar.toString(total)}"
    assert not any(c in "0123456789" for c in window.find_bar.status.text())


def test_the_default_names_are_the_ones_the_core_creates():
    from annotator.claims import SAID
    from annotator.labels import DEFAULT_LABELS
    from ui.label_names import DEFAULT_NAMES

    assert DEFAULT_NAMES == {spec.name for spec in DEFAULT_LABELS} | {SAID}


def test_default_labels_show_arabic_names_but_are_stored_and_exported_as_they_were(
    qtbot, open_window, arabic, tmp_path
):
    from annotator.display import FSI, PDI
    from annotator.importer import import_paths
    from annotator.store import Project
    from tests.conftest import SEED
    from ui.cheatsheet import shortcut_rows

    path = tmp_path / "test.annot"
    with Project.create(path) as p:
        import_paths(p, [SEED])
        p.add_label("source", "#332288", key="5")  # the analyst's own: shown as named
    window = open_window(project_path=path)
    project = window.session.project
    qtbot.waitUntil(lambda: bool(window.suggestions.pending), timeout=10000)
    speaker = f"{FSI}متحدث{PDI}"
    # Menu and F1 sheet
    speaker_id = project.label_by_name("speaker").id
    assert window.actions[f"tag-label-{speaker_id}"].text() == f"وسم بـ{speaker}"
    rows = {text for _menu, text, _keys in shortcut_rows(window.shortcut_actions())}
    assert f"وسم بـ{speaker}" in rows and f"وسم بـ{FSI}source{PDI}" in rows
    sheet = {text: keys for _m, text, keys in shortcut_rows(window.shortcut_actions(), True)}
    assert "، " in sheet[f"وسم بـ{speaker}"] and ", " not in sheet[f"وسم بـ{speaker}"]
    # Legend
    legend = window.legend.model
    names = [legend.index(r, 0).data() for r in range(legend.rowCount())]
    assert names == ["متحدث", "ادعاء", "مكان", "إحصاء", "source"]
    # Suggestion counts
    counts = window.suggestions.counts_label.text()
    assert speaker in counts and f"{FSI}ادعاء{PDI}" in counts and "speaker" not in counts
    # Tagging: the status bar and the span list
    text = window.view.text()
    start, end = find(text, "توكاييف")
    window.view.select_range(start, end)
    press(qtbot, window, K.Key_1)
    qtbot.waitUntil(lambda: window.spans.model.rowCount() == 1)
    assert speaker in window.statusBar().currentMessage()
    assert window.spans.model.index(0, 0).data() == "متحدث"
    assert speaker in window.undo_group.undoText()
    # Stored and exported under the project's own name
    assert file_spans(tmp_path / "test.annot") == [(start, end, "speaker", "توكاييف")]
    for fmt, stored in (("native", '"label":"speaker"'), ("doccano", '"speaker"]')):
        out = tmp_path / f"out-{fmt}.jsonl"
        with qtbot.waitSignal(window.files.export_finished, timeout=20000):
            window.files.export_to(str(out), fmt)
        exported = out.read_text(encoding="utf-8")
        assert stored in exported and '"متحدث"' not in exported, (fmt, exported[-300:])


def test_switching_back_to_english_shows_the_stored_names(qtbot, open_window, arabic):
    from ui import live_language

    window = open_window()
    assert window.legend.model.index(0, 0).data() == "متحدث"
    with qtbot.waitSignal(window.language_changed):
        live_language.switch_language("en")
    assert window.legend.model.index(0, 0).data() == "speaker"


def test_a_refused_records_file_is_explained_in_arabic(qtbot, open_window, arabic, tmp_path):
    from PySide6.QtWidgets import QMessageBox

    window = open_window()
    bad = tmp_path / "bad.jsonl"
    bad.write_text(
        '{"text": "نص", "x": NaN}\n'
        '{"text": "نص", "spans": [{"start": 0, "end": 9, "label": "x"}]}\n',
        encoding="utf-8",
    )
    with qtbot.waitSignal(window.files.import_finished, timeout=10000):
        window.files.import_paths([str(bad)])
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
    shown = "\n".join(b.text() for b in boxes if b.isVisible())
    # The file's name isolated, and its Latin letters do not turn the line left to right.
    (line,) = [line for line in shown.splitlines() if "bad.jsonl" in line]
    assert line == "\u200f\u2068bad.jsonl\u2069: سجلات معيبة: ٢", line  # a count: ٢
    document = QTextDocument()
    document.setPlainText(line)
    assert document.firstBlock().textDirection() == Qt.LayoutDirection.RightToLeft
    assert "  السطر 1: NaN ليس عددًا يقبله JSON" in shown, shown
    assert "  السطر 2: المقطع 1: 0–9 فارغ أو معكوس أو خارج النص (0–2)" in shown, shown
    for box in boxes:
        box.close()


def test_rejecting_a_suggestion_is_undone_by_an_arabic_name(qtbot, open_window, arabic):
    window = open_window()
    qtbot.waitUntil(lambda: bool(window.suggestions.pending), timeout=10000)
    press(qtbot, window, K.Key_F8)
    press(qtbot, window, K.Key_Backspace)
    assert window.undo_group.undoText().startswith("رفض «"), window.undo_group.undoText()


def test_the_file_types_of_the_file_dialogs_are_in_arabic(qtbot, open_window, arabic):
    from ui import file_ops

    open_window()
    assert file_ops.export_filters()["native"] == "JSONL الأصلية (*.jsonl)"
    assert file_ops.export_filters()["doccano"] == "doccano JSONL (*.jsonl)"  # a tool's name
    assert file_ops.import_filters()["conll"] == "CoNLL / IOB2 (عمود لكل وسم) (*.conll)"
    assert "native" not in file_ops.import_filters()


def test_names_in_a_sentence_are_joined_in_arabic(qtbot, open_window, arabic):
    from annotator.display import FSI, PDI
    from ui.import_choices import join_names

    open_window()
    assert join_names(["a", "b", "c"]) == f"{FSI}a{PDI}، {FSI}b{PDI} و{FSI}c{PDI}"


def test_what_a_word_file_leaves_out_is_named_in_arabic(qtbot, open_window, arabic, tmp_path):
    from tests import extract_inputs as inputs
    from tests.ui.test_import_preview import _preview

    window = open_window()
    dialog = _preview(qtbot, window, [inputs.write_docx(tmp_path / "report.docx")])
    shown = dialog.left_out.toPlainText()
    assert f"[حواشٍ سفلية] {inputs.FOOTNOTE}" in shown, shown
    assert f"[تعليقات] {inputs.COMMENT}" in shown, shown
    assert "كلمة" in dialog.details.text()  # "%n words" through the catalogue
    dialog.reject()


def test_a_scanned_pdf_is_refused_in_arabic_in_the_preview(qtbot, open_window, arabic, tmp_path):
    from tests import extract_inputs as inputs
    from tests.ui.test_import_preview import _preview

    window = open_window()
    page = tmp_path / "page.html"
    page.write_bytes(inputs.html_page())
    scanned = inputs.write_scanned_pdf(tmp_path / "scan.pdf")
    dialog = _preview(qtbot, window, [scanned, page])
    dialog.files.setCurrentRow(1)
    assert "لا طبقة نص في ملف PDF" in dialog.details.text(), dialog.details.text()
    assert "OCR is needed" not in dialog.details.text()
    dialog.reject()
