"""The lists' scroll bar (``ui.list_scroll_bar``) repaints only where its slider was and is,
over a groove kept as a picture: what the window shows must be what Qt paints afresh, after
every jump, row added and resize, left to right and right to left."""

from __future__ import annotations

import random

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QGuiApplication, QImage, QStandardItemModel
from PySide6.QtWidgets import QApplication, QTableView, QVBoxLayout, QWidget

from tests.ui.app_fixtures import OFFSCREEN_NOISE
from ui.cell_cache import ListTable
from ui.list_scroll_bar import ListScrollBar

pytestmark = OFFSCREEN_NOISE


class _Paints(QObject):
    """The regions a widget was asked to paint."""

    def __init__(self, widget):
        super().__init__()
        self.regions = []
        widget.installEventFilter(self)

    def eventFilter(self, _obj, event):  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Paint:
            self.regions.append(event.region())
        return False


def _plain_window(qtbot, rows: int, direction: Qt.LayoutDirection, kind=QTableView):
    """A list of ``rows`` rows in a shown window; by default Qt's own table and scroll bar."""
    window = QWidget()
    window.setLayoutDirection(direction)
    window.resize(420, 360)
    table = kind()
    model = QStandardItemModel(rows, 2, table)
    for row in range(rows):
        model.setData(model.index(row, 0), f"صف {row}")
    table.setModel(model)
    QVBoxLayout(window).addWidget(table)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window, table, model


def _window(qtbot, rows: int, direction: Qt.LayoutDirection):
    window, table, model = _plain_window(qtbot, rows, direction, ListTable)
    QApplication.processEvents()
    bar = table.verticalScrollBar()
    assert isinstance(bar, ListScrollBar)
    # The first paint is Qt's own; right after it the bar keeps a picture of its groove.
    qtbot.waitUntil(lambda: bar._groove is not None)
    return window, table, model, bar


def _shown(window, bar) -> QImage:
    """The bar as the window shows it now (its backing store), not painted again."""
    QApplication.processEvents()
    screen = QGuiApplication.primaryScreen()
    whole = screen.grabWindow(window.winId()).toImage()
    at = bar.mapTo(window, bar.rect().topLeft())
    return whole.copy(at.x(), at.y(), bar.width(), bar.height())


def _fresh(window, bar) -> QImage:
    """The bar as Qt paints the whole window afresh."""
    whole = window.grab().toImage()
    at = bar.mapTo(window, bar.rect().topLeft())
    return whole.copy(at.x(), at.y(), bar.width(), bar.height())


def _same(a: QImage, b: QImage) -> bool:
    a = a.convertToFormat(QImage.Format.Format_RGB32)
    b = b.convertToFormat(QImage.Format.Format_RGB32)
    return a.size() == b.size() and bytes(a.constBits()) == bytes(b.constBits())


def _check_every_step(qtbot, direction: Qt.LayoutDirection) -> None:
    window, table, model, bar = _window(qtbot, 400, direction)
    kept = bar.kept_paints
    rng = random.Random(11)
    for step in range(40):
        if step % 3 == 0:
            model.insertRow(rng.randrange(model.rowCount()))
        if step == 20:
            window.resize(400, 330)
        row = 0 if step == 30 else model.rowCount() - 1 if step == 31 else rng.randrange(400)
        table.scrollTo(model.index(row, 0))
        assert _same(_shown(window, bar), _fresh(window, bar)), (direction, step)
    assert bar.kept_paints > kept + 20  # most paints drew over the kept groove


def test_the_groove_is_kept_right_after_the_first_paint_not_at_the_first_jump(qtbot):
    """The first paint is Qt's own (QStyle's enums are not made before the first frame for
    it); the groove is drawn and kept right after it, not at the first tag's jump."""
    window, table, model = _plain_window(qtbot, 400, Qt.LayoutDirection.LeftToRight, ListTable)
    bar = table.verticalScrollBar()
    qtbot.waitUntil(lambda: bar._groove is not None)
    kept = bar.kept_paints
    table.scrollTo(model.index(200, 0))
    assert _same(_shown(window, bar), _fresh(window, bar))
    assert bar.kept_paints > kept


def test_the_scroll_bar_shows_what_qt_paints_after_each_jump(qtbot):
    _check_every_step(qtbot, Qt.LayoutDirection.LeftToRight)


def test_the_scroll_bar_shows_what_qt_paints_right_to_left(qtbot):
    _check_every_step(qtbot, Qt.LayoutDirection.RightToLeft)


def test_a_jump_repaints_the_sliders_old_and_new_places_not_the_whole_bar(qtbot):
    window, table, model, bar = _window(qtbot, 400, Qt.LayoutDirection.LeftToRight)
    paints = _Paints(bar)
    table.scrollTo(model.index(200, 0))
    QApplication.processEvents()
    table.scrollTo(model.index(20, 0))
    QApplication.processEvents()
    assert paints.regions
    for region in paints.regions:
        assert region.rectCount() <= 2
        painted = sum(r.height() for r in region)
        assert painted < bar.height() / 2, [r.getRect() for r in region]


def test_the_bar_looks_as_qts_own_over_its_own_background(qtbot):
    for direction in (Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft):
        window, table, model, bar = _window(qtbot, 400, direction)
        plain_window, plain_table, plain_model = _plain_window(qtbot, 400, direction)
        for row in (0, 150, 399):
            table.scrollTo(model.index(row, 0))
            plain_table.scrollTo(plain_model.index(row, 0))
            ours = _shown(window, bar)
            qts = _fresh(plain_window, plain_table.verticalScrollBar())
            assert _same(ours, qts), (direction, row)


def test_moving_the_slider_repaints_nothing_under_the_bar(qtbot):
    window, table, model, bar = _window(qtbot, 400, Qt.LayoutDirection.LeftToRight)
    under = [bar.parentWidget(), table]  # the bar's container and the list's frame
    paints = [_Paints(widget) for widget in under]
    for row in (200, 20, 350):
        table.scrollTo(model.index(row, 0))
        QApplication.processEvents()
    assert [p.regions for p in paints] == [[], []]
