"""Imports the app can mend: it offers a choice in its own words, never a command-line flag."""

from __future__ import annotations

import json

import arabic_reshaper
import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from annotator.display import FSI, PDI
from annotator.store import Project
from tests.ui.app_fixtures import OFFSCREEN_NOISE

pytestmark = OFFSCREEN_NOISE

REPAIRED = "قال الوزير إن الاجتماع انتهى"
#: The same text reshaped for display (every letter a presentation form), as another
#: program may have stored it.
PRESENTATION = arabic_reshaper.reshape(REPAIRED)


class Answer:
    """Stands in for ``FileOperations.ask_choice``: records each question, picks ``choice``."""

    def __init__(self, choice: int | None):
        self.choice = choice
        self.asked: list[tuple[str, str, list[str]]] = []

    def __call__(self, title, text, choices, answer):
        self.asked.append((title, text, choices))
        answer(self.choice)


def _message_boxes() -> list[str]:
    texts = []
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox) and widget.isVisible():
            texts.append(widget.text())
            widget.close()
    return texts


def _jsonl_with_label(tmp_path, label="quote"):
    path = tmp_path / "tagged.jsonl"
    record = {
        "text": "قال الوزير إن الاجتماع انتهى",
        "spans": [{"start": 0, "end": 3, "label": label}],
    }
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def _import(qtbot, window, paths, answer):
    window.files.ask_choice = answer
    with qtbot.waitSignal(window.files.import_finished, timeout=20000) as blocker:
        window.files.import_paths([str(p) for p in paths])
    return blocker.args[0]


def test_unknown_labels_are_offered_and_added_on_yes(qtbot, open_window, tmp_path):
    window = open_window(articles=[])
    answer = Answer(0)
    result = _import(qtbot, window, [_jsonl_with_label(tmp_path)], answer)
    ((title, text, choices),) = answer.asked
    assert f"Add the label {FSI}quote{PDI} and import?" in text
    assert "--" not in text and choices == ["Add label and import", "Don't import"]
    assert len(result.added) == 1 and result.skipped == []
    assert "quote" in [label.name for label in window.session.labels()]
    assert window.legend.model.rowCount() == 5  # the legend shows the added label
    with Project.open(tmp_path / "test.annot", readonly=True) as p:
        (span,) = p.spans(result.added[0])
        assert span.label == "quote"
    assert window.statusBar().currentMessage() == "Imported 1 article."
    assert _message_boxes() == []


def test_declining_unknown_labels_skips_the_file_in_the_apps_words(qtbot, open_window, tmp_path):
    window = open_window(articles=[])
    result = _import(qtbot, window, [_jsonl_with_label(tmp_path, "quote")], Answer(1))
    assert result.added == []
    (box,) = _message_boxes()
    assert f"uses labels this project does not have: {FSI}quote{PDI}" in box
    assert "--" not in box
    assert "quote" not in [label.name for label in window.session.labels()]


def test_good_and_relabelled_files_import_together_after_the_question(qtbot, open_window, tmp_path):
    window = open_window(articles=[])
    plain = tmp_path / "plain.txt"
    plain.write_text("أعلنت الوزارة أن 12 شخصاً أصيبوا.\n", encoding="utf-8")
    result = _import(qtbot, window, [plain, _jsonl_with_label(tmp_path)], Answer(0))
    assert len(result.added) == 2 and result.skipped == []
    assert window.documents.model.rowCount() == 2
    assert window.statusBar().currentMessage() == (
        f"Imported 2 articles ({FSI}plain.txt{PDI} read as UTF-8)."
    )


@pytest.mark.parametrize("choice", [0, 1])
def test_presentation_forms_are_offered_a_repair_before_importing(
    qtbot, open_window, tmp_path, choice
):
    window = open_window(articles=[])
    article = tmp_path / "reshaped.txt"
    article.write_text(PRESENTATION + "\n", encoding="utf-8")
    answer = Answer(choice)
    result = _import(qtbot, window, [article], answer)
    ((title, text, choices),) = answer.asked
    assert choices == ["Repair and import", "Import as they are", "Cancel"]
    assert "reshaped.txt" in text and "--" not in text
    (doc_id,) = result.added
    stored = window.session.project.document(doc_id).text
    boxes = _message_boxes()
    if choice == 0:
        assert stored == REPAIRED + "\n"
        assert boxes == []
    else:
        assert stored == PRESENTATION + "\n"
        (box,) = boxes
        assert "presentation forms" in box and "not repaired" in box and "--" not in box


def test_cancelling_the_repair_question_imports_nothing(qtbot, open_window, tmp_path):
    window = open_window(articles=[])
    article = tmp_path / "reshaped.txt"
    article.write_text(PRESENTATION + "\n", encoding="utf-8")
    window.files.ask_choice = Answer(2)
    with qtbot.waitSignal(window.files.task_failed, timeout=20000):
        window.files.import_paths([str(article)])
    assert window.session.project.document_count() == 0
    assert window.statusBar().currentMessage() == "Import cancelled; nothing changed."


def test_the_question_is_a_window_modal_box_with_the_choices(qtbot, open_window, tmp_path):
    window = open_window(articles=[])
    answers = []
    window.files.ask_choice("Title", "Add?", ["Add and import", "Don't import"], answers.append)
    (box,) = [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QMessageBox) and w.isVisible() and w.windowTitle() == "Title"
    ]
    assert [b.text() for b in box.buttons()].count("Add and import") == 1
    box.escapeButton().click()
    assert answers == [1]


def test_the_answer_stores_what_was_read_before_the_question(qtbot, open_window, tmp_path):
    """The app asks from the core's plan and stores that plan: nothing is read twice."""
    window = open_window(articles=[])
    reshaped = tmp_path / "reshaped.txt"
    reshaped.write_text(PRESENTATION + "\n", encoding="utf-8")
    tagged = _jsonl_with_label(tmp_path)
    asked = []

    def answer_after_the_files_are_gone(title, text, choices, answer):
        asked.append(title)
        reshaped.unlink(missing_ok=True)
        tagged.unlink(missing_ok=True)
        answer(0)

    result = _import(qtbot, window, [reshaped, tagged], answer_after_the_files_are_gone)
    assert asked == ["Repair the articles?", "Add label?"]  # both asked before storing
    assert len(result.added) == 2 and result.skipped == []
    texts = {window.session.project.document(i).text for i in result.added}
    assert texts == {REPAIRED + "\n", REPAIRED}
    assert _message_boxes() == []
