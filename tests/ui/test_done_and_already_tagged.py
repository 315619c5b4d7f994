"""Behaviour a hand mutation run found untested: un-marking done, Ctrl+Return, and the
already-tagged span becoming the current one."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from annotator import Project
from annotator.display import FSI, PDI
from tests.conftest import SEED
from tests.ui.app_fixtures import OFFSCREEN_NOISE, file_spans, find, press

pytestmark = OFFSCREEN_NOISE

K = Qt.Key
M = Qt.KeyboardModifier


def _status(path, doc_id) -> str:
    with Project.open(path, readonly=True) as p:
        return p.document(doc_id).status


@pytest.mark.parametrize("key", [K.Key_D, K.Key_Return], ids=["D", "Return"])
def test_ctrl_key_marks_done_and_again_puts_it_back_in_progress(qtbot, open_window, tmp_path, key):
    second = tmp_path / "second.txt"
    second.write_text("قال المتحدث إن الاجتماع انتهى.\n", encoding="utf-8")
    window = open_window(articles=[SEED, second])
    doc_id, path = window.document_id, tmp_path / "test.annot"
    assert _status(path, doc_id) == "new"
    modifiers = M.ControlModifier
    press(qtbot, window, key, modifiers)
    assert _status(path, doc_id) == "done"
    assert window.documents.progress.text() == "1 / 2 done"
    press(qtbot, window, key, modifiers)
    # Not "new": the analyst has looked at it; un-marking means there is more to do.
    assert _status(path, doc_id) == "in_progress"
    row = window.documents.model.row_of(doc_id)
    assert window.documents.model.row(row).status == "in_progress"
    assert window.documents.progress.text() == "0 / 2 done"


def test_tagging_an_already_tagged_range_makes_that_span_current(qtbot, open_window, tmp_path):
    window = open_window()
    text = window.view.text()
    first = find(text, "توكاييف")
    second = find(text, "كازاخستان")
    for start, end in (first, second):
        window.view.select_range(start, end)
        press(qtbot, window, K.Key_1)
    spans = {(s.start, s.end): s.id for s in window.session.project.spans(window.document_id)}
    assert window.tagger.current_span_id == spans[second]
    window.view.select_range(*first)
    press(qtbot, window, K.Key_1)
    assert window.tagger.current_span_id == spans[first]
    assert window.statusBar().currentMessage() == f"Already tagged {FSI}speaker{PDI}."
    assert window.session.undo_stack.count() == 2  # nothing new to undo
    assert len(file_spans(tmp_path / "test.annot")) == 2
