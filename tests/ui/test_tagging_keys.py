"""Driving the real window: select, press label keys, and check the project file and export."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument

from tests.ui.app_fixtures import OFFSCREEN_NOISE, export_records, file_spans, find, press

pytestmark = OFFSCREEN_NOISE

K = Qt.Key
M = Qt.KeyboardModifier


def test_label_key_tags_whole_words_and_is_in_the_file_before_the_key_returns(
    qtbot, open_window, tmp_path
):
    window = open_window()
    text = window.view.text()
    start, end = find(text, "توكاييف")
    window.view.select_range(start + 2, end - 2)  # the middle of the word only
    press(qtbot, window, K.Key_1)
    # No waiting: the key press has returned, so the span must already be committed.
    assert file_spans(tmp_path / "test.annot") == [(start, end, "speaker", "توكاييف")]
    assert window.save_label.text() == "All changes saved"
    records = export_records(qtbot, window, tmp_path)
    (span,) = records[0]["spans"]
    assert records[0]["text"][span["start"] : span["end"]] == "توكاييف"
    assert span["label"] == "speaker"


def test_letter_key_tags_like_the_number_key(qtbot, open_window, tmp_path):
    window = open_window()
    start, end = find(window.view.text(), "كازاخستان", 1)
    window.view.select_range(start, end)
    press(qtbot, window, K.Key_L)
    assert file_spans(tmp_path / "test.annot") == [(start, end, "location", "كازاخستان")]


def test_undo_and_redo_follow_in_the_file(qtbot, open_window, tmp_path):
    window = open_window()
    start, end = find(window.view.text(), "2030")
    window.view.select_range(start, end)
    press(qtbot, window, K.Key_4)
    path = tmp_path / "test.annot"
    tagged = [(start, end, "statistic", "2030")]
    assert file_spans(path) == tagged
    press(qtbot, window, K.Key_Z, M.ControlModifier)
    assert file_spans(path) == []
    assert window.spans.model.rowCount() == 0
    assert window.documents.model.row(0).status == "new"  # undo gives back the status too
    press(qtbot, window, K.Key_Z, M.ControlModifier | M.ShiftModifier)
    assert file_spans(path) == tagged
    assert window.spans.model.rowCount() == 1


def test_nested_spans_are_all_kept_and_shown(qtbot, open_window, tmp_path):
    window = open_window()
    text = window.view.text()
    sentence = "التي قال إنها تضم 2030 جندياً و250 قطعة من المعدات العسكرية"
    claim = find(text, sentence)
    number = find(text, "2030")
    window.view.select_range(*claim)
    press(qtbot, window, K.Key_2)
    window.view.select_range(*number)
    press(qtbot, window, K.Key_4)
    # A statistic starting mid-word: "250" after the conjunction و, tagged exactly.
    after_waw = find(text, "و250")
    window.view.select_range(after_waw[0] + 1, after_waw[1])
    press(qtbot, window, K.Key_4, M.ShiftModifier)
    assert file_spans(tmp_path / "test.annot") == sorted(
        [
            (*claim, "claim", sentence),
            (*number, "statistic", "2030"),
            (after_waw[0] + 1, after_waw[1], "statistic", "250"),
        ]
    )
    assert len(window.view.span_ids_at(number[0])) == 2
    assert window.spans.model.rowCount() == 3


def test_relabel_the_current_span_with_another_label_key(qtbot, open_window, tmp_path):
    window = open_window()
    start, end = find(window.view.text(), "روسيا")
    window.view.select_range(start, end)
    press(qtbot, window, K.Key_1)
    span_id = window.tagger.current_span_id
    assert window.view.selected_range() is None  # the tag collapsed the selection
    press(qtbot, window, K.Key_3)  # no selection: relabels the current span
    path = tmp_path / "test.annot"
    assert file_spans(path) == [(start, end, "location", "روسيا")]
    assert window.tagger.current_span_id == span_id
    press(qtbot, window, K.Key_Z, M.ControlModifier)
    assert file_spans(path) == [(start, end, "speaker", "روسيا")]


def test_delete_removes_the_current_span_and_undo_restores_it(qtbot, open_window, tmp_path):
    window = open_window()
    path = tmp_path / "test.annot"
    start, end = find(window.view.text(), "روسيا")
    window.view.select_range(start, end)
    press(qtbot, window, K.Key_3)
    span_id = window.tagger.current_span_id
    press(qtbot, window, K.Key_Delete)
    assert file_spans(path) == []
    press(qtbot, window, K.Key_Z, M.ControlModifier)
    assert file_spans(path) == [(start, end, "location", "روسيا")]
    assert window.tagger.current_span_id == span_id  # same id, and current again


def test_exact_characters_tags_the_conjunction_alone(qtbot, open_window, tmp_path):
    window = open_window()
    path = tmp_path / "test.annot"
    start, end = find(window.view.text(), "وفي")
    window.view.select_range(start, start + 1)
    press(qtbot, window, K.Key_2, M.ShiftModifier)
    assert file_spans(path) == [(start, start + 1, "claim", "و")]
    # Without Shift the same selection is snapped to the whole word.
    window.view.select_range(start, start + 1)
    press(qtbot, window, K.Key_1)
    assert (start, end, "speaker", "وفي") in file_spans(path)


def test_exact_characters_setting_tags_the_selection_as_is(qtbot, open_window, tmp_path):
    window = open_window()
    window.actions["exact-characters"].trigger()
    assert window.prefs.get("tagging/exact_characters") is True
    start, _ = find(window.view.text(), "وأضاف")
    window.view.select_range(start, start + 1)
    press(qtbot, window, K.Key_S)
    assert file_spans(tmp_path / "test.annot") == [(start, start + 1, "speaker", "و")]


def test_exact_characters_never_cuts_a_letter_from_its_marks(qtbot, open_window, tmp_path):
    window = open_window()
    start, end = find(window.view.text(), "أنّ")  # alef, nun, shadda
    window.view.select_range(start + 1, start + 2)  # the nun without its shadda
    press(qtbot, window, K.Key_2, M.ShiftModifier)
    assert file_spans(tmp_path / "test.annot") == [(start + 1, end, "claim", "نّ")]


def test_tagging_after_an_emoji_and_a_crlf_line_exports_the_exact_text(
    qtbot, open_window, tmp_path
):
    article = tmp_path / "crlf-emoji.txt"
    article.write_bytes("سطر أول 😀 هنا\r\nقال الرئيس 😀🇸🇦 إن المدينة كبيرة\r\n".encode())
    window = open_window(articles=[article])
    # Find the word the way Qt sees it (UTF-16 positions), then select it in the view.
    cursor = window.view.document().find("المدينة", 0, QTextDocument.FindFlag(0))
    assert not cursor.isNull()
    window.view.setTextCursor(cursor)
    press(qtbot, window, K.Key_3)
    word = window.view.text().index("المدينة")
    assert file_spans(tmp_path / "test.annot") == [(word, word + 7, "location", "المدينة")]
    (record,) = export_records(qtbot, window, tmp_path, "prodigy")
    assert [s["text"] for s in record["spans"]] == ["المدينة"]
    assert record["text"][record["spans"][0]["start"] : record["spans"][0]["end"]] == "المدينة"
    # The flag (two astral code points) is one grapheme: exact tagging takes it whole.
    flag = window.view.text().index("🇸🇦")
    window.view.select_range(flag, flag + 1)
    press(qtbot, window, K.Key_4, M.ShiftModifier)
    assert (flag, flag + 2, "statistic", "🇸🇦") in file_spans(tmp_path / "test.annot")


def test_moving_between_spans_from_the_keyboard(qtbot, open_window, tmp_path):
    window = open_window()
    text = window.view.text()
    words = ["كازاخستان", "توكاييف", "روسيا"]
    for word in words:
        window.view.select_range(*find(text, word))
        press(qtbot, window, K.Key_1)
    press(qtbot, window, K.Key_Escape)
    assert window.tagger.current_span_id is None
    window.view.select_range(0, 0)
    seen = []
    for _ in range(3):
        press(qtbot, window, K.Key_BracketRight)
        span = window.tagger.current_span()
        seen.append(text[span.start : span.end])
    assert seen == words
    assert window.spans.current_id() == window.tagger.current_span_id
    press(qtbot, window, K.Key_Up, M.AltModifier)
    assert text[window.tagger.current_span().start : window.tagger.current_span().end] == "توكاييف"
    press(qtbot, window, K.Key_3)  # relabel the span we moved to
    assert ("location", "توكاييف") in [(s[2], s[3]) for s in file_spans(tmp_path / "test.annot")]


def test_undoing_the_first_tag_restores_the_status_in_the_same_write(qtbot, open_window, tmp_path):
    from annotator.store import Project

    window = open_window()
    window.view.select_range(*find(window.view.text(), "2030"))
    press(qtbot, window, K.Key_4)

    def no_separate_status_write(*_args, **_kwargs):
        raise AssertionError("the status must be set by the delete itself")

    window.session.project.set_status = no_separate_status_write
    press(qtbot, window, K.Key_Z, M.ControlModifier)
    with Project.open(tmp_path / "test.annot", readonly=True) as p:
        (info,) = p.documents()
        assert (info.span_count, info.status) == (0, "new")
    assert window.documents.model.row(0).status == "new"


def test_a_name_selected_with_its_comma_is_tagged_without_it(qtbot, open_window, tmp_path):
    window = open_window()
    text = window.view.text()
    start, end = find(text, "قاسم جومارت توكاييف،")
    window.view.select_range(start - 1, end + 1)  # the spaces around it too
    press(qtbot, window, K.Key_1)
    name = "قاسم جومارت توكاييف"
    assert file_spans(tmp_path / "test.annot") == [(start, start + len(name), "speaker", name)]


def test_half_of_a_hyphenated_name_tags_all_of_it(qtbot, open_window, tmp_path):
    window = open_window()
    start, end = find(window.view.text(), "ألما-آتا")
    window.view.select_range(start, start + 3)
    press(qtbot, window, K.Key_3)
    assert file_spans(tmp_path / "test.annot") == [(start, end, "location", "ألما-آتا")]


def test_exact_characters_trim_nothing(qtbot, open_window, tmp_path):
    window = open_window()
    start, end = find(window.view.text(), "توكاييف،")
    window.view.select_range(start, end)
    press(qtbot, window, K.Key_1, M.ShiftModifier)
    assert file_spans(tmp_path / "test.annot") == [(start, end, "speaker", "توكاييف،")]


def test_punctuation_alone_is_not_tagged_and_the_status_bar_says_why(qtbot, open_window, tmp_path):
    window = open_window()
    start = window.view.text().index("،")
    window.view.select_range(start, start + 1)
    press(qtbot, window, K.Key_1)
    assert file_spans(tmp_path / "test.annot") == []
    assert "only spaces or punctuation" in window.statusBar().currentMessage()
