"""After each edit the window follows it span by span (it does not read the document's spans
again); whatever the edit, what it shows must equal what a fresh read of the file gives."""

from __future__ import annotations

import random

from PySide6.QtCore import Qt

from tests.conftest import SEED
from tests.ui.app_fixtures import EDITS, OFFSCREEN_NOISE, press, random_edit, word_ranges
from ui.article_view import ArticleView
from ui.commands import UpdateLabel

pytestmark = OFFSCREEN_NOISE

K = Qt.Key
M = Qt.KeyboardModifier


def assert_shows_the_file(window) -> None:
    """View, span list and tagger hold exactly the file's spans, in reading order, with the
    bars and colours a full rebuild would give."""
    project, doc = window.session.project, window.document_id
    spans = project.spans(doc)
    labels = window.session.labels()
    assert [window.spans.model.row(i) for i in range(window.spans.model.rowCount())] == spans
    assert window.tagger.spans == spans
    fresh = ArticleView()
    fresh.set_article(window.view.text(), spans, labels)
    assert window.view.painted_spans() == fresh.painted_spans()
    fresh.deleteLater()
    current = window.tagger.current_span_id
    assert window.view.current_span() == current
    assert window.spans.current_id() == current


def test_tags_undo_redo_relabel_delete_follow_the_file(qtbot, open_window):
    window = open_window()
    text = window.view.text()
    words = word_ranges(text)[:40]  # a few lines: many overlaps and nestings
    rng = random.Random(7)
    for _step in range(80):
        action = rng.choice([*EDITS[:7], "undo", *EDITS[7:]])  # undo twice as likely
        random_edit(qtbot, window, rng, action, words, len(words) - 3, (0, 0, 1, 2))
        assert_shows_the_file(window)
    assert window.spans.model.rowCount() > 5  # the walk did build nested, overlapping spans


def test_nested_spans_restack_their_bars_when_one_goes(qtbot, open_window):
    window = open_window()
    words = word_ranges(window.view.text())
    outer = (words[0][0], words[3][1])
    for start, end in (outer, words[1], (words[1][0], words[2][1]), words[2]):
        window.view.select_range(start, end)
        press(qtbot, window, K.Key_2)
        assert_shows_the_file(window)
    depths = sorted(depth for _, _, _, depth, _ in window.view.painted_spans())
    assert depths == [0, 1, 2, 2]  # outer, its child, and two siblings inside that child
    window.view.select_range(*words[1])
    press(qtbot, window, K.Key_2)  # already tagged: becomes the current span
    press(qtbot, window, K.Key_Delete)
    assert_shows_the_file(window)
    press(qtbot, window, K.Key_Z, M.ControlModifier)
    assert_shows_the_file(window)


def test_label_recolour_and_document_switch_show_the_file(qtbot, open_window, tmp_path):
    other = tmp_path / "other.txt"
    other.write_text("قال المتحدث إن الاجتماع عقد في الرياض.\n", encoding="utf-8")
    window = open_window(articles=[SEED, other])
    words = word_ranges(window.view.text())
    for i in (0, 1, 2):
        window.view.select_range(*words[i])
        press(qtbot, window, K.Key_1)
    speaker = window.session.labels()[0]
    window.session.undo_stack.push(UpdateLabel(window.session, speaker, color="#123456"))
    assert_shows_the_file(window)
    assert {color for *_, color in window.view.painted_spans()} == {"#123456"}
    first = window.document_id
    press(qtbot, window, K.Key_PageDown, M.ControlModifier)
    assert window.document_id != first
    assert_shows_the_file(window)
    window.view.select_range(*word_ranges(window.view.text())[1])
    press(qtbot, window, K.Key_3)
    assert_shows_the_file(window)
    press(qtbot, window, K.Key_PageUp, M.ControlModifier)
    press(qtbot, window, K.Key_Z, M.ControlModifier)  # undoes the tag in the other document
    assert window.document_id != first  # the window shows where the undo happened
    assert window.spans.model.rowCount() == 0
    assert_shows_the_file(window)
