"""Text is never markup: an article, a document name, a label name or a note holding HTML is
shown literally everywhere in the real app, and nothing is fetched because of it.

Qt guesses rich text in labels, message boxes and tooltips (``Qt::mightBeRichText``) unless
told plain text. Each check renders what a widget would show the way Qt would, and compares it
with the literal text. An ``<img>`` pointing at a file on a ``strictatime`` tmpfs proves
nothing read it: any read would move its access time (a control shows that it would).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtGui import (
    Qt,  # QtGui adds mightBeRichText to Qt
    QTextDocument,
)
from PySide6.QtWidgets import QLabel, QMessageBox

from annotator import Project
from annotator.display import FSI, PDI
from tests.core.conftest import add_text
from tests.ui.app_fixtures import OFFSCREEN_NOISE, settings_files  # noqa: F401

PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154"
    "789c6360000002000154a24f5d0000000049454e44ae426082"
)


@pytest.fixture
def trap(small_disk):
    """A real image file whose access time shows whether anything read it."""
    disk = small_disk("tmpfs", size_mb=1, options="strictatime")
    image = disk.path / "trap.png"
    image.write_bytes(PNG)
    os.utime(image, (1_000_000, 1_000_000))  # atime far in the past
    return image


def _untouched(image: Path) -> bool:
    return image.stat().st_atime == 1_000_000


def _shown(text: str, text_format: Qt.TextFormat = Qt.TextFormat.AutoText) -> str:
    """What Qt displays for ``text`` in a widget with ``text_format`` (tooltips: AutoText)."""
    rich = text_format == Qt.TextFormat.RichText or (
        text_format == Qt.TextFormat.AutoText and Qt.mightBeRichText(text)
    )
    if not rich:
        return text
    doc = QTextDocument()
    doc.setHtml(text)
    return doc.toPlainText().replace("\u2029", "\n").replace("\u2028", "\n")


def test_trap_control_rich_text_would_read_the_image(qapp, trap):
    label = QLabel()
    label.setText(f'<img src="{trap.as_uri()}">')
    label.adjustSize()
    assert not _untouched(trap)  # so an untouched trap below means nothing fetched it


@OFFSCREEN_NOISE
def test_html_in_user_data_is_shown_literally_everywhere(qtbot, tmp_path, trap, settings_files):  # noqa: F811
    from ui.app import application
    from ui.main_window import MainWindow

    application()
    img = f'<img src="{trap.as_uri()}">'
    article = (
        f'قال <b>المتحدث</b> {img} إن <a href="https://example.com/">النمو</a> '
        "<style>body { color: red }</style> بلغ ٣٫٥٪"
    )
    doc_name = f"<i>تقرير</i> {img}.txt"
    label_name = f"<b>bold</b>{img}"
    path = tmp_path / "markup.annot"
    with Project.create(path) as p:
        doc = add_text(p, article, name=doc_name)
        label = p.add_label(label_name, "#0072b2", key="5")
        start = article.index("<b>")
        span = p.add_span(doc, start, article.index("</b>") + 4, label.id)
        p.set_span_note(span.id, img)

    window = MainWindow(*settings_files())
    qtbot.addWidget(window)
    window.set_project(Project.open(path))
    window.show()
    qtbot.waitExposed(window)
    quote = article[span.start : span.end]

    # The article: literal text, no image or link formats anywhere in its document.
    assert window.view.toPlainText() == article
    block = window.view.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            assert not fmt.isImageFormat() and not fmt.isAnchor()
            it += 1
        block = block.next()

    def cells(model, column):
        return [model.index(r, column) for r in range(model.rowCount())]

    # Document list, span list, legend: display text and tooltips as Qt would show them.
    [name_cell] = cells(window.documents.model, 0)
    assert name_cell.data().startswith("قال <b>المتحدث</b> <img")  # the title: its first line
    assert doc_name in _shown(name_cell.data(Qt.ItemDataRole.ToolTipRole))
    [label_cell] = cells(window.spans.model, 0)
    assert label_cell.data() == label_name
    tip = _shown(label_cell.data(Qt.ItemDataRole.ToolTipRole))
    assert f"{FSI}{label_name}{PDI}: {FSI}{quote}{PDI}" in tip  # isolated, in a sentence
    legend = {i.data(): i for i in cells(window.legend.model, 0)}
    assert label_name in legend
    tip = _shown(legend[label_name].data(Qt.ItemDataRole.ToolTipRole))
    assert tip.startswith(f"{FSI}{label_name}{PDI}")

    # Menus and their tooltips (the Tag menu lists the labels).
    tag_action = window.actions[f"tag-label-{label.id}"]
    assert label_name in _shown(tag_action.toolTip())

    # The status bar: moving to the span posts its label and quote.
    window.tagger.next_span()
    assert window.statusBar().currentMessage() == f"{FSI}{label_name}{PDI}: “{FSI}{quote}{PDI}”"

    # A refusal (the same range and label again, bypassing the window's own check) is told
    # once, in the status bar, with the label name shown literally.
    from annotator.errors import ProjectError
    from ui.commands import AddSpan

    window.session.undo_stack.push(
        AddSpan(window.session, doc, span.start, span.end, window.session.label(label.id), quote)
    )
    assert label_name in window.statusBar().currentMessage()

    # A dialog: a write that fails (here a disk error naming the label) opens an error box.
    def failing_add_span(*args, **kwargs):
        raise ProjectError(f"not saved: the disk is full while tagging {label_name}")

    window.session.project.add_span = failing_add_span
    window.session.undo_stack.push(
        AddSpan(window.session, doc, 0, 3, window.session.label(label.id), quote)
    )
    boxes = [b for b in window.findChildren(QMessageBox) if b.isVisible()]
    assert boxes, "no error box was shown"
    for box in boxes:
        assert label_name in _shown(box.text(), box.textFormat())
    del window.session.project.add_span

    # The label editor.
    editor = window.edit_labels()
    qtbot.addWidget(editor)
    editor.select_label(label.id)
    assert editor.name.text() == label_name
    editor.name.setText(label_name + "!")
    editor.key.setText("1")  # taken by "speaker": the editor says so in its problem line
    editor.apply_changes()

    # Every label in every window shows what it holds literally.
    for widget in (window, editor, *boxes):
        for qlabel in widget.findChildren(QLabel):
            text = qlabel.text()
            if "<" in text:
                assert _shown(text, qlabel.textFormat()) == text, (qlabel.objectName(), text)
    assert window.windowTitle().startswith(f"{FSI}markup.annot{PDI}")
    assert _untouched(trap), "something read the image an article, name or label pointed at"
