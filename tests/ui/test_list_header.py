"""The lists' column header (``ui.list_header``) repaints on a change of selection only when
its look changes: what the window shows must be what Qt paints afresh, after each selection,
cleared selection and row added."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt
from PySide6.QtGui import QGuiApplication, QImage, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QApplication, QVBoxLayout, QWidget

from tests.ui.app_fixtures import OFFSCREEN_NOISE
from ui.cell_cache import ListTable
from ui.list_header import ListHeader

pytestmark = OFFSCREEN_NOISE

_ROW = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows


class _Paints(QObject):
    def __init__(self, widget):
        super().__init__()
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, _obj, event):  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def _window(qtbot, rows: int):
    window = QWidget()
    window.resize(360, 300)
    table = ListTable(quiet_header=True)
    model = QStandardItemModel(rows, 3, table)
    model.setHorizontalHeaderLabels(["Label", "Text", "Position"])
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    QVBoxLayout(window).addWidget(table)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    QApplication.processEvents()
    header = table.horizontalHeader()
    assert isinstance(header, ListHeader)
    return window, table, model, header


def _as_shown_and_fresh(window, header) -> tuple[QImage, QImage]:
    QApplication.processEvents()
    at = header.mapTo(window, header.rect().topLeft())
    box = (at.x(), at.y(), header.width(), header.height())
    shown = QGuiApplication.primaryScreen().grabWindow(window.winId()).toImage().copy(*box)
    fresh = window.grab().toImage().copy(*box)
    return (
        shown.convertToFormat(QImage.Format.Format_RGB32),
        fresh.convertToFormat(QImage.Format.Format_RGB32),
    )


def test_the_header_shows_its_marks_as_qt_paints_them(qtbot):
    window, table, model, header = _window(qtbot, 1)
    selection = table.selectionModel()
    plain = _as_shown_and_fresh(window, header)[0]
    steps = [
        lambda: selection.setCurrentIndex(model.index(0, 0), _ROW),  # all of each column
        lambda: model.insertRow(1),  # one row of two: the sections hold a selected cell
        lambda: selection.setCurrentIndex(model.index(1, 0), _ROW),
        lambda: model.removeRow(0),  # one row again, selected: all of each column
        lambda: selection.clear(),
    ]
    looks = []
    for step in steps:
        step()
        shown, fresh = _as_shown_and_fresh(window, header)
        assert shown == fresh, len(looks)
        looks.append(shown)
    assert looks[0] != plain  # a selected row marks the sections
    assert looks[-1] == plain


def test_moving_the_selected_row_does_not_repaint_the_header(qtbot):
    window, table, model, header = _window(qtbot, 50)
    selection = table.selectionModel()
    selection.setCurrentIndex(model.index(3, 0), _ROW)
    _as_shown_and_fresh(window, header)
    paints = _Paints(header.viewport())
    for row in (7, 30, 12):
        selection.setCurrentIndex(model.index(row, 0), _ROW)
        QApplication.processEvents()
    assert paints.count == 0
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
    selection.setCurrentIndex(model.index(5, 1), QItemSelectionModel.SelectionFlag.ClearAndSelect)
    QApplication.processEvents()
    assert paints.count > 0  # one column's cell: the other sections lose their mark


def test_the_lists_keep_qts_header_settings(qtbot):
    _win, _table, _model, header = _window(qtbot, 3)
    assert header.sectionsClickable()
    assert header.highlightSections()
    assert header.orientation() == Qt.Orientation.Horizontal


def test_the_span_list_has_the_quiet_header(qtbot, open_window):
    window = open_window()
    assert isinstance(window.spans.table.horizontalHeader(), ListHeader)
