"""A list's paint drawn from kept cell pictures without Qt's cell-by-cell round trips.

A tag inserts a row into the span list and the list jumps to it: every cell in sight is
painted again (~70). From kept pictures (``ui.cell_cache``) each cell still cost a call from
Qt's QTableView::paintEvent into the Python delegate, its option and index wrapped for Python
and its picture looked up there: ~25 µs a cell, ~1.8 ms a paint. Here the table's own paint
walks the rows in sight and draws their pictures itself, a few µs a cell.

What a cell looks like depends on its state (selected, current with the focus, hovered) and on
the view's (enabled, window active, focus): the option Qt gave each kind of cell in its last
paint is learned (``Learned``), with the view's state then. A paint is drawn here only when
the view's state is the same as then, the mouse is not over the list (Qt alone knows which
cell it hovers), every kind of cell in sight has been seen, and every picture is kept or can
be drawn from a learned option of the same size; any other paint is Qt's own, and teaches
this anew. The screen is the same as Qt's own paint (tests/ui/test_kept_rows.py).
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, Qt
from PySide6.QtGui import QPainter


class Learned:
    """The options Qt gave the cells of each kind in a table's last paint of its own."""

    def __init__(self, mask: int):
        #: Which bits of a cell's state tell its kind: selected, focus, mouse over.
        self.mask = mask
        #: (column, kind) -> (the state, a copy of the option, the delegate)
        self.options: dict[tuple[int, int], tuple] = {}
        #: The view's state when they were learned (``context``).
        self.context: tuple | None = None

    def clear(self) -> None:
        self.options.clear()
        self.context = None

    def learn(self, column: int, state: int, option, delegate) -> None:
        """A cell Qt paints (``state``: its option's): remember its kind's option (a copy
        when it is new or changed)."""
        kind = (column, state & self.mask)
        known = self.options.get(kind)
        if known is None or known[0] != state:
            self.options[kind] = (state, type(option)(option), delegate)


def context(table) -> tuple:
    """What a cell's state takes from the view besides the cell (QStyleOption::initFrom and
    QTableView's drawCell): enabled, the window active, the focus, keyboard focus changes."""
    viewport = table.viewport()
    window = table.window()
    return (
        viewport.isEnabled(),
        window.isActiveWindow(),
        table.hasFocus() or viewport.hasFocus(),
        window.testAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange),
        table.layoutDirection(),
    )


def paint_kept(table, cells, learned: Learned, region_rect, dpr: float, bits: tuple) -> bool:
    """Paint the cells of ``region_rect`` from kept pictures as Qt would; False (nothing
    painted) where Qt must paint. ``bits`` are the state values of (selected, focus)."""
    model = cells.model
    if model is None or not learned.options or not cells.armed:
        return False
    if type(model).flags is not QAbstractTableModel.flags:
        return False  # a row may be disabled (another state than its kind's): Qt's paint
    viewport = table.viewport()
    if viewport.underMouse() or context(table) != learned.context:
        return False
    vertical, horizontal = table.verticalHeader(), table.horizontalHeader()
    if vertical.sectionsMoved() or horizontal.sectionsMoved() or table.showGrid():
        return False
    rows = model._rows
    top = table.rowAt(region_rect.top())
    if top < 0:
        return not rows  # below the last row there is nothing to draw; Qt's if unsure
    bottom = table.rowAt(region_rect.bottom())
    bottom = len(rows) - 1 if bottom < 0 else bottom
    left, right = region_rect.left(), region_rect.right()
    columns = []
    for column in range(model.columnCount()):
        if table.isColumnHidden(column):
            continue
        x, width = table.columnViewportPosition(column), table.columnWidth(column)
        if width > 0 and x <= right and x + width > left:
            columns.append((column, x, width))
    selected_bit, focus_bit = bits
    selection = table.selectionModel()
    chosen = selection.selectedIndexes() if selection is not None else []
    if len(chosen) > 64:
        return False
    selected = {(index.row(), index.column()) for index in chosen}
    current = table.currentIndex()
    focused = (current.row(), current.column()) if learned.context[2] else None
    options, kept, shown, remembered = learned.options, cells._kept, cells.shown, cells._shown
    draws = []
    for row in range(top, bottom + 1):
        y, height = table.rowViewportPosition(row), table.rowHeight(row)
        item = rows[row]
        for column, x, width in columns:
            kind = selected_bit if (row, column) in selected else 0
            if (row, column) == focused:
                kind |= focus_bit
            known = options.get((column, kind))
            if known is None:
                return False
            state, option, delegate = known
            seen = remembered.get((item.id, column))
            what = seen[1] if seen is not None and seen[0] is item else shown(model, item, column)
            key = (what, width, height, state, dpr)
            picture = kept.get(key)
            if picture is None:
                rect = option.rect.getRect()
                if rect[2:] != (width, height):
                    return False
                picture = cells._draw(delegate, option, model.index(row, column), rect, dpr)
                if picture is None:
                    return False
                cells._keep(key, picture)
            else:
                kept.move_to_end(key)
            draws.append((x, y, picture))
    painter = QPainter(viewport)
    try:
        for x, y, picture in draws:
            painter.drawPixmap(x, y, picture)
    finally:
        painter.end()
    return True
