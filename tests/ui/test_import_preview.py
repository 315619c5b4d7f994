"""Web pages, Word documents and PDFs are previewed before they are imported: the text that
will be stored, what was left out, and the choice to keep a page's whole text."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from annotator.importer import EXTRACTED_SUFFIXES
from tests import extract_inputs as inputs
from tests.ui.app_fixtures import OFFSCREEN_NOISE
from ui import file_ops

pytestmark = OFFSCREEN_NOISE


def _drop(window, paths) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)


def _preview(qtbot, window, paths):
    with qtbot.waitSignal(window.files.preview_shown, timeout=30000) as shown:
        _drop(window, paths)
    return shown.args[0]


def test_dropped_page_and_word_file_are_previewed_then_imported(qtbot, open_window, tmp_path):
    window = open_window()
    page = tmp_path / "page.html"
    page.write_bytes(inputs.html_page())
    report = inputs.write_docx(tmp_path / "report.docx")
    dialog = _preview(qtbot, window, [page, report])
    assert dialog.isVisible()
    assert dialog.files.count() == 2
    assert dialog.text.toPlainText() == inputs.article_text()
    assert "trafilatura" in dialog.details.text() and inputs.TITLE in dialog.details.text()
    assert "خبر رائع ونتمنى المزيد من التقدم" in dialog.left_out.toPlainText()
    dialog.files.setCurrentRow(1)
    assert dialog.text.toPlainText() == inputs.docx_expected()
    assert inputs.FOOTNOTE in dialog.left_out.toPlainText()
    assert dialog.tabs.tabText(1) == "Left out (2)"
    assert window.documents.model.rowCount() == 1  # nothing imported yet
    with qtbot.waitSignal(window.files.import_finished, timeout=30000) as done:
        dialog.import_button.click()
    result = done.args[0]
    assert len(result.added) == 2
    texts = {window.session.project.document(i).text for i in result.added}
    assert texts == {inputs.article_text(), inputs.docx_expected()}


def test_cancelling_the_preview_imports_nothing(qtbot, open_window, tmp_path):
    window = open_window()
    page = tmp_path / "page.html"
    page.write_bytes(inputs.html_page())
    dialog = _preview(qtbot, window, [page])
    with qtbot.waitSignal(window.files.task_failed, timeout=5000):
        dialog.reject()
    assert window.documents.model.rowCount() == 1


def test_keeping_the_whole_page_shows_and_imports_every_visible_line(qtbot, open_window, tmp_path):
    window = open_window()
    page = tmp_path / "page.html"
    page.write_bytes(inputs.html_page())
    dialog = _preview(qtbot, window, [page])
    assert dialog.whole.isVisible()
    dialog.whole.setChecked(True)
    assert inputs.BOILERPLATE["nav"][0] in dialog.text.toPlainText().split("\n")
    with qtbot.waitSignal(window.files.import_finished, timeout=30000) as done:
        dialog.import_button.click()
    text = window.session.project.document(done.args[0].added[0]).text
    assert inputs.BOILERPLATE["nav"][0] in text.split("\n")


def test_a_scanned_pdf_is_shown_as_unreadable_and_the_rest_imports(qtbot, open_window, tmp_path):
    window = open_window()
    scanned = inputs.write_scanned_pdf(tmp_path / "scan.pdf")
    page = tmp_path / "page.html"
    page.write_bytes(inputs.html_page())
    dialog = _preview(qtbot, window, [scanned, page])
    # Files that can be read come first; the scanned one says why it cannot be.
    assert dialog.text.toPlainText() == inputs.article_text()
    assert "cannot be read" in dialog.files.item(1).text()
    dialog.files.setCurrentRow(1)
    assert "OCR is needed" in dialog.details.text()
    assert dialog.text.toPlainText() == ""
    with qtbot.waitSignal(window.files.import_finished, timeout=30000) as done:
        dialog.import_button.click()
    result = done.args[0]
    assert len(result.added) == 1
    assert any("OCR is needed" in skip.reason for skip in result.skipped)
    window.findChild(object, "error-message").close()


def test_the_open_dialog_offers_pages_word_files_and_pdfs():
    patterns = file_ops.ARTICLE_FILTER.split(";;")[0]
    for suffix in EXTRACTED_SUFFIXES:
        assert f"*{suffix}" in patterns
