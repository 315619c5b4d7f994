"""An Arabic line that starts with a Latin name (a file's, a label's, a path) still reads right
to left: in the Arabic interface, message boxes, the status bar, tooltips and plain labels lead
such a line with a right-to-left mark. Qt 6.11 finds a line's direction from its first strong
letter without skipping isolates, so "\u2068a.txt\u2069: الملف فارغ" was laid out left to
right. QTextDocument lays a line out as those widgets do."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication

from annotator.display import display_name
from tests.ui.app_fixtures import OFFSCREEN_NOISE
from ui import core_messages, i18n
from ui.plain import in_reading_order, plain_label, plain_tooltip, show_error

pytestmark = OFFSCREEN_NOISE

RTL, LTR = Qt.LayoutDirection.RightToLeft, Qt.LayoutDirection.LeftToRight


def _directions(text: str, html: bool = False) -> list[Qt.LayoutDirection]:
    document = QTextDocument()
    document.setHtml(text) if html else document.setPlainText(text)
    block, out = document.firstBlock(), []
    while block.isValid():
        if block.text().strip():
            out.append(block.textDirection())
        block = block.next()
    return out


def test_a_message_box_line_that_starts_with_a_file_name_reads_right_to_left(qtbot, arabic):
    said = core_messages.core_message("/home/amal/a.txt: the file is empty")
    assert said.startswith("\u2066/home/amal/a.txt\u2069: "), said  # the path isolated
    text = f"{display_name('report.jsonl')}: سجلات معيبة\n{said}\nبلا اسم"
    box = show_error(None, "خطأ", text)
    try:
        assert _directions(box.text()) == [RTL, RTL, RTL], box.text()
    finally:
        box.close()


def test_the_status_bar_reads_a_refusal_naming_a_latin_label_right_to_left(
    qtbot, open_window, arabic
):
    window = open_window()
    said = core_messages.core_message(
        "'quote' looks like the label 'Quote' (letters that look alike); choose a name that "
        "reads differently"
    )
    window.statusBar().showMessage(said, 5000)
    shown = window.statusBar().currentMessage()
    assert _directions(shown) == [RTL], shown
    assert shown.endswith(said)


def test_a_tooltip_and_a_plain_label_naming_a_latin_label_read_right_to_left(qtbot, arabic):
    text = f"{display_name('quote')}: اضغط Q لوسم التحديد"
    assert _directions(plain_tooltip(text), html=True) == [RTL]
    label = plain_label()
    qtbot.addWidget(label)
    label.setText(text)
    assert _directions(label.text()) == [RTL]


def test_lines_keep_their_own_direction_in_english_and_when_all_latin(qtbot, arabic):
    assert in_reading_order("/home/amal/out.jsonl") == "/home/amal/out.jsonl"  # no Arabic
    assert in_reading_order("تصدير: a.txt") == "تصدير: a.txt"  # starts right to left
    i18n.install("en")
    QApplication.instance().setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    assert in_reading_order("a.txt: الملف فارغ") == "a.txt: الملف فارغ"
    assert _directions("a.txt: ok") == [LTR]


def test_an_elided_path_in_the_arabic_window_keeps_its_slash_first(qtbot, arabic):
    """The status bar's project path, elided in a narrow window, is painted in its own
    direction (left to right), as a label lays out the whole path; painted in the window's
    direction its "/" went to the far end."""
    from PySide6.QtWidgets import QProxyStyle

    from ui.plain import ElidedLabel

    class Recording(QProxyStyle):
        directions: list[Qt.LayoutDirection] = []

        def drawItemText(self, painter, *args):  # noqa: N802 (Qt's name)
            self.directions.append(painter.layoutDirection())
            super().drawItemText(painter, *args)

    path = "/tmp/polish/home/.local/share/annotator/default.annot"
    elided = ElidedLabel(path, mode=Qt.TextElideMode.ElideMiddle)
    style = Recording()
    elided.setStyle(style)
    elided.setLayoutDirection(RTL)
    qtbot.addWidget(elided)
    elided.resize(150, 30)
    assert elided.shown_text() != path and elided.shown_text().startswith("/tmp/")
    elided.grab()
    assert style.directions == [LTR]


def test_the_window_title_reads_in_the_interface_s_direction_whatever_the_project_s_name(
    qtbot, open_window, tmp_path
):
    """The title starts with the project's name: a Latin name in the Arabic interface (an
    Arabic one in the English interface) turned the whole title around."""
    english = open_window(project_path=tmp_path / "أخبار.annot")
    assert _directions(english.windowTitle()) == [LTR], english.windowTitle()
    assert english.windowTitle().endswith("— Arabic news annotator")
    english.close()
    assert i18n.install("ar") == "ar"
    try:
        arabic = open_window(project_path=tmp_path / "news.annot")
        title = arabic.windowTitle()
        assert _directions(title) == [RTL], title
        assert display_name("news.annot") in title and title.endswith("الأخبار العربية")
        arabic.close()
        plain = open_window(project_path=tmp_path / "أخبار.annot")  # nothing to mend
        assert plain.windowTitle().startswith(display_name("أخبار.annot"))
    finally:
        i18n.install("en")
        QApplication.instance().setLayoutDirection(Qt.LayoutDirection.LayoutDirectionAuto)
