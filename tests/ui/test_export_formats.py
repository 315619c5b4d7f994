"""File ▸ Export and File ▸ Open articles with another tool's format, chosen in the dialog."""

from __future__ import annotations

import json
import zipfile

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from annotator import Project
from tests.ui.app_fixtures import OFFSCREEN_NOISE, find, press

pytestmark = OFFSCREEN_NOISE


def _boxes() -> list[str]:
    texts = []
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox) and widget.isVisible():
            texts.append(widget.text())
            widget.close()
    return texts


def _tag_nested(qtbot, window):
    from PySide6.QtCore import Qt

    text = window.view.text()
    start, end = find(text, "توكاييف")
    window.view.select_range(start, end)
    press(qtbot, window, Qt.Key.Key_1)
    window.view.select_range(start, end + 8)
    press(qtbot, window, Qt.Key.Key_2)
    return text[start:end]


@pytest.mark.parametrize(
    "fmt, name", [("label-studio", "out.json"), ("brat", "out"), ("conll", "out.conll")]
)
def test_the_file_type_chosen_in_the_export_dialog_is_the_format(
    qtbot, open_window, tmp_path, monkeypatch, fmt, name
):
    from ui import file_ops

    window = open_window()
    speaker = _tag_nested(qtbot, window)

    def save_name(_parent, title, suggested, filters, chosen):
        assert file_ops.EXPORT_FILTERS[fmt] in filters.split(";;")
        return str(tmp_path / name), file_ops.EXPORT_FILTERS[fmt]

    monkeypatch.setattr(file_ops.QFileDialog, "getSaveFileName", save_name)
    with qtbot.waitSignal(window.files.export_finished, timeout=20000) as blocker:
        window.files.export_jsonl()
    path = blocker.args[0]
    if fmt == "label-studio":
        (task,) = json.loads(open(path, encoding="utf-8").read())
        labels = {
            r["value"]["labels"][0]: r["value"]["text"] for r in task["annotations"][0]["result"]
        }
        assert labels["speaker"] == speaker
    elif fmt == "brat":
        assert path.endswith(".zip")  # the suffix of the chosen type is added
        with zipfile.ZipFile(path) as z:
            (ann,) = [n for n in z.namelist() if n.endswith(".ann")]
            assert "\tspeaker " in z.read(ann).decode("utf-8")
    else:
        assert f"{speaker}\tB-speaker\tB-claim" in open(path, encoding="utf-8").read()
    assert window.prefs.get("export/format") == fmt
    assert _boxes() == []  # nothing lost: nesting is kept by all three


def test_an_export_that_loses_something_says_so(qtbot, open_window, tmp_path):
    window = open_window()
    _tag_nested(qtbot, window)
    with qtbot.waitSignal(window.files.export_finished, timeout=20000):
        window.files.export_to(str(tmp_path / "p.jsonl"), "prodigy")
    (box,) = _boxes()
    assert "Prodigy's NER recipes refuse overlapping spans" in box


def test_open_articles_reads_another_tools_file_in_the_chosen_format(
    qtbot, open_window, tmp_path, monkeypatch
):
    from ui import file_ops

    window = open_window(articles=[])
    text = "😀 قال الوزير"
    path = tmp_path / "from-doccano.jsonl"
    record = {"text": text, "label": [[3, 6, "speaker"]]}  # UTF-16, as doccano counts
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    monkeypatch.setattr(
        file_ops.QFileDialog,
        "getOpenFileNames",
        lambda *_: ([str(path)], file_ops.IMPORT_FILTERS["doccano"]),
    )
    with qtbot.waitSignal(window.files.import_finished, timeout=20000) as blocker:
        window.files.open_articles()
    (doc,) = blocker.args[0].added
    with Project.open(tmp_path / "test.annot", readonly=True) as p:
        (span,) = p.spans(doc)
        assert p.document(doc).text[span.start : span.end] == "قال"


def test_the_exported_path_is_isolated_left_to_right(qtbot, open_window, tmp_path):
    """A path in the status bar's sentence is isolated left to right: bare, its leading '/'
    was carried to the far end of the Arabic sentence ('tmp/out.jsonl/ صُدِّر ...'), and
    isolated by its first strong letter an Arabic folder would turn it around."""
    window = open_window()
    folder = tmp_path / "مقالات"
    folder.mkdir()
    target = folder / "out.jsonl"
    with qtbot.waitSignal(window.files.export_finished, timeout=20000):
        window.files.export_to(str(target), "native")
    message = window.statusBar().currentMessage()
    assert f"\u2066{target}\u2069" in message  # LRI … PDI
    assert message.count("/") == str(target).count("/")  # nothing else added or lost


def test_the_file_menu_names_export_without_a_single_format(qtbot, open_window):
    import xml.etree.ElementTree as ET

    from ui import i18n

    window = open_window()
    action = window.actions["export-jsonl"]
    assert action.text() == "&Export…"  # it writes seven formats, not only JSONL
    assert action.shortcut().toString() == "Ctrl+E"
    assert "another tool" in action.statusTip()
    arabic = {
        m.find("source").text: m.find("translation").text
        for m in ET.parse(i18n.catalogue("ar")).getroot().iter("message")
    }
    assert arabic["&Export…"] == "&تصدير…"
    assert not [s for s in arabic if "Export JSONL" in s]
