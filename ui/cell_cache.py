"""Table cells painted once and kept: the span list repaints every row in sight on each tag.

A tag inserts a row into the span list, so Qt repaints all of its visible cells, some 70 of
them; each paint asked the model for seven roles, laid out and shaped its Arabic text, and
drew it (a third of a tag's time). Here a cell is drawn by Qt once, into a pixmap, and drawn
again from it while nothing it shows has changed.

A kept cell is found by everything its picture depends on: its text and colour swatch (read
from the model's row, so an edited span or a switched language is a new picture), its size,
its state (selected, current, hovered, enabled, active window) and the device pixel ratio.
The view's font, palette, style and direction are the same for every cell, so a change of any
of them forgets every kept cell (``ListTable.changeEvent``). Rows of alternating colours
(``option.features``) are not told apart: no list uses them.
"""

from __future__ import annotations

import math
from collections import OrderedDict
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QStyledItemDelegate, QTableView

from .kept_rows import Learned, context, paint_kept
from .list_header import ListHeader
from .list_scroll_bar import ListScrollBar

if TYPE_CHECKING:
    from PySide6.QtGui import QPixmap

_DISPLAY = Qt.ItemDataRole.DisplayRole
_DECORATION = Qt.ItemDataRole.DecorationRole

#: Changes to the view that change how every cell looks.
_LOOK_CHANGES = frozenset(
    {
        QEvent.Type.FontChange,
        QEvent.Type.PaletteChange,
        QEvent.Type.StyleChange,
        QEvent.Type.LayoutDirectionChange,
        QEvent.Type.LocaleChange,
        QEvent.Type.LanguageChange,
    }
)


#: Filled when a list first keeps a picture: QStyle (~560 enum values) and QPixmap are not
#: made before the first frame for this. An import statement in each call went through
#: PySide6's import hook every time.
_qt: dict = {}


def _load() -> dict:
    from PySide6.QtGui import QPixmap
    from PySide6.QtWidgets import QStyle

    flag = QStyle.StateFlag
    _qt.update(
        QPixmap=QPixmap,
        selected=flag.State_Selected.value,
        focus=flag.State_HasFocus.value,
        hover=flag.State_MouseOver.value,
        row_panel=QStyle.PrimitiveElement.PE_PanelItemViewRow,
        # A cell in any of these states is not drawn ahead (``CellCache.draw_ahead``).
        not_plain=(flag.State_Selected | flag.State_HasFocus | flag.State_MouseOver).value,
    )
    return _qt


def _shown(model, item, column: int) -> tuple:
    """What a cell shows: its column, text and colour swatch."""
    swatch = model.cell(item, column, _DECORATION)
    return (column, model.cell(item, column, _DISPLAY), None if swatch is None else swatch.rgba())


#: Rows a model's change names one by one; a change of more forgets what every cell shows.
_FEW_ROWS = 8
#: Cells whose content is remembered (``CellCache.shown``) before all of it is forgotten.
_SHOWN_LIMIT = 50_000


class CellCache:
    """Pictures of table cells by what they show, the least recently drawn dropped first
    once they take more than ``budget`` bytes."""

    def __init__(self, budget: int = 8 << 20):
        self.budget = budget
        #: The view's model, when it is one of ours (rows and ``cell``); else nothing is kept.
        self.model = None
        self._kept: OrderedDict[tuple, QPixmap] = OrderedDict()
        self._bytes = 0
        #: The viewport's background colour (False when not one colour); None: not read yet.
        self._background = None
        #: Per column, the option Qt gave a plain cell (not selected, current or hovered) in
        #: the last paint, and the device pixel ratio: what ``draw_ahead`` draws rows with.
        self._plain: dict[int, object] = {}
        self._dpr = 1.0
        self.drawn = 0  # cells drawn by Qt (not from a kept picture), for tests
        #: What each cell shows, by (row id, column): (the row, ``_shown``). A repaint of the
        #: list asks it of every cell in sight (~70 on each tag), and working it out again
        #: (an excerpt of the article, the label's name, the swatch) was half of the paint.
        #: Kept while the row is the same object and the model says nothing of it changed.
        self._shown: dict[tuple, tuple] = {}
        #: The device pixel ratio of the paint under way (``ListTable.paintEvent``), else None.
        self.paint_dpr: float | None = None
        #: Pictures are kept once a list's first paint is over (``ListTable._arm``): the first
        #: (the window's first frame) has nothing to reuse, and Qt paints it directly, without
        #: PySide6 creating QStyle (~560 enum values) and QPixmap before that frame.
        self.armed = False
        #: The options of each kind of cell in the table's last paint of its own, once armed
        #: (``ui.kept_rows``).
        self.learned: Learned | None = None

    def clear(self) -> None:
        if self.learned is not None:
            self.learned.clear()
        self._kept.clear()
        self._shown.clear()
        self._bytes = 0
        self._background = None
        self._plain.clear()

    def __len__(self) -> int:
        return len(self._kept)

    def shown(self, model, item, column: int) -> tuple:
        """What a cell of ``item`` shows (``_shown``), remembered while ``item`` stays."""
        known = self._shown.get((item.id, column))
        if known is not None and known[0] is item:
            return known[1]
        if len(self._shown) >= _SHOWN_LIMIT:  # rows long gone (deleted spans) pile up
            self._shown.clear()
        shown = _shown(model, item, column)
        self._shown[(item.id, column)] = (item, shown)
        return shown

    def forget_shown(self, top=None, bottom=None, *_args) -> None:
        """The model changed what rows ``top`` to ``bottom`` show (all rows without them)."""
        model = self.model
        if model is None or top is None or bottom.row() - top.row() >= _FEW_ROWS:
            self._shown.clear()
            return
        rows = model._rows
        for row in range(max(0, top.row()), min(bottom.row() + 1, len(rows))):
            row_id = rows[row].id
            for column in range(top.column(), bottom.column() + 1):
                self._shown.pop((row_id, column), None)

    def paint(self, delegate, painter: QPainter, option, index) -> bool:
        """Paint one cell, from its kept picture if there is one; False if this cache cannot
        (the delegate then paints it as Qt does).

        A picture is opaque: it holds what the table painted under the cell too (drawn on a
        transparent one, the translucent focus frame came out one level off)."""
        model = self.model
        if model is None:
            return False
        if not self.armed:
            return False
        row, column = index.row(), index.column()
        rows = model._rows
        if not 0 <= row < len(rows):
            return False
        item = rows[row]
        x, y, width, height = option.rect.getRect()  # one call into Qt, not four
        dpr = self.paint_dpr
        if dpr is None:  # painted other than by the table's paint (a grab of the cells)
            dpr = painter.device().devicePixelRatio()
        state = option.state.value  # an int: a Flag hashes in Python
        key = (self.shown(model, item, column), width, height, state, dpr)
        if self.learned is not None and self.paint_dpr is not None:  # the table's own paint
            self.learned.learn(column, state, option, delegate)
        if column not in self._plain and not state & (_qt or _load())["not_plain"]:
            self._plain[column] = (type(option)(option), delegate)
            self._dpr = dpr
        picture = self._kept.get(key)
        if picture is None:
            picture = self._draw(delegate, option, index, (x, y, width, height), dpr)
            if picture is None:
                return False
            self._keep(key, picture)
        else:
            self._kept.move_to_end(key)
        painter.drawPixmap(x, y, picture)
        return True

    def draw_ahead(self, rows: range) -> int:
        """Draw now the plain cells of ``rows`` not kept yet (the rows a tag is about to
        bring into sight), as the next paint would; how many were drawn."""
        model = self.model
        if model is None or not self.armed or not self._plain:
            return 0
        items = model._rows
        dpr = self._dpr
        drawn = 0
        for row in rows:
            if not 0 <= row < len(items):
                continue
            item = items[row]
            for column, (option, delegate) in self._plain.items():
                x, y, width, height = option.rect.getRect()
                key = (self.shown(model, item, column), width, height, option.state.value, dpr)
                if key in self._kept:
                    continue
                index = model.index(row, column)
                picture = self._draw(delegate, option, index, (x, y, width, height), dpr)
                if picture is None:
                    return drawn
                self._keep(key, picture)
                drawn += 1
        return drawn

    def draw_row_ahead(self, table, item, columns, ahead) -> int:
        """Draw now ``columns`` of ``item``, a row the model does not hold yet, selected (as
        a tag leaves its new row) and plain (as R leaves it, choosing a span to link it to,
        or a tag of a row in sight), into kept pictures; how many.

        ``ahead`` is a one-row model (``models.OneRow``) the delegate reads ``item`` from as it
        reads a row of the table's own model: the same text, the same picture. Nothing is
        drawn for a kind not seen yet, or a column whose width changed since it was seen."""
        learned = self.learned
        if self.model is None or not self.armed or learned is None:
            return 0
        height = table.verticalHeader().defaultSectionSize()
        kinds = (_qt["selected"], 0)  # not current, nor hovered: the first column is
        drawn = 0
        ahead.show(item)
        try:
            for column, kind in ((c, k) for k in kinds for c in columns):
                known = learned.options.get((column, kind))
                if known is None:
                    continue
                state, option, delegate = known
                rect = option.rect.getRect()
                if rect[2:] != (table.columnWidth(column), height):
                    continue
                key = (_shown(ahead, item, column), rect[2], rect[3], state, self._dpr)
                if key in self._kept:
                    continue
                picture = self._draw(delegate, option, ahead.index(0, column), rect, self._dpr)
                if picture is None:
                    break
                self._keep(key, picture)
                drawn += 1
        finally:
            ahead.show(None)
        return drawn

    def _draw(self, delegate, option, index, rect: tuple, dpr: float) -> QPixmap | None:
        """The cell as the table paints it: its background, the row's panel, then what Qt's
        delegate paints, with the painter moved so the cell lands at the picture's corner (no
        copy of the option); None when the background is not one colour (kept pictures would
        not line up with it)."""
        qt = _qt or _load()
        background = self._background
        if background is None:
            viewport = option.widget.viewport()
            brush = viewport.palette().brush(viewport.backgroundRole())
            solid = brush.style() == Qt.BrushStyle.SolidPattern
            background = self._background = brush.color() if solid else False
        if background is False:
            return None
        self.drawn += 1
        x, y, width, height = rect
        picture = qt["QPixmap"](max(1, math.ceil(width * dpr)), max(1, math.ceil(height * dpr)))
        picture.setDevicePixelRatio(dpr)
        picture.fill(background)
        painter = QPainter(picture)
        try:
            painter.translate(-x, -y)
            view = option.widget
            view.style().drawPrimitive(qt["row_panel"], option, painter, view)
            QStyledItemDelegate.paint(delegate, painter, option, index)
        finally:
            painter.end()
        return picture

    def _keep(self, key: tuple, picture: QPixmap) -> None:
        self._kept[key] = picture
        self._bytes += picture.width() * picture.height() * 4
        while self._bytes > self.budget and len(self._kept) > 1:
            _, old = self._kept.popitem(last=False)
            self._bytes -= old.width() * old.height() * 4


class ListTable(QTableView):
    """A table whose cells' pictures are kept (``cells``) by delegates that use them, with a
    scroll bar that repaints only where its slider moved (``ui.list_scroll_bar``) and, with
    ``quiet_header``, a header that repaints only when its look changes (``ui.list_header``)."""

    def __init__(self, parent=None, quiet_header: bool = False):
        super().__init__(parent)
        self.cells = CellCache()
        self._arming = False
        self.kept_paints = 0  # paints drawn by ``paint_kept``, not Qt, for tests
        self.setVerticalScrollBar(ListScrollBar(Qt.Orientation.Vertical, self))
        if quiet_header:  # a list whose current row moves at each tag (~1 M instructions at start)
            self.setHorizontalHeader(ListHeader(Qt.Orientation.Horizontal, self))

    def setModel(self, model) -> None:  # noqa: N802 (Qt override)
        old = self.model()
        if old is not None and self.cells.model is old:
            old.dataChanged.disconnect(self.cells.forget_shown)
            old.modelReset.disconnect(self.cells.forget_shown)
        super().setModel(model)
        self.cells.clear()
        ours = hasattr(model, "cell") and hasattr(model, "_rows")
        self.cells.model = model if ours else None
        if ours:  # what a cell shows changes with the row, or as the model says
            model.dataChanged.connect(self.cells.forget_shown)
            model.modelReset.connect(self.cells.forget_shown)

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt override)
        # Every cell of this paint is drawn at the viewport's ratio: asked once, not per cell.
        # Not on the first paint (in the window's first frame), which Qt draws alone: a
        # QWidget Python meets there makes PySide6 create the type of every QWidget class
        # (QCalendarWidget, QWizard, … ~50 of them: 46 M instructions) before that frame.
        cells = self.cells
        learned = cells.learned
        if cells.armed:
            cells.paint_dpr = dpr = self.viewport().devicePixelRatio()
            if learned is not None:
                qt = _qt
                bits = (qt["selected"], qt["focus"])
                if paint_kept(self, cells, learned, event.rect(), dpr, bits):
                    cells.paint_dpr = None
                    self.kept_paints += 1
                    return
                now = context(self)  # Qt paints: learn its options anew if the view changed
                if now != learned.context:
                    learned.clear()
                    learned.context = now
        try:
            super().paintEvent(event)
        finally:
            cells.paint_dpr = None
        if not cells.armed and not self._arming:
            self._arming = True
            QTimer.singleShot(0, self, self._arm)

    def _arm(self) -> None:
        """Right after the first paint: keep pictures from now on, and draw the cells in sight
        into them at once. Left to the first tag, this (PySide6 making QStyle's ~560 enum
        values and the QWidget types, ~40 cells shaped and drawn) made it 40 ms slower than
        the next ones; here it runs while the analyst looks at the article."""
        qt = _qt or _load()
        self.cells.armed = True
        self.cells.learned = Learned(qt["selected"] | qt["focus"] | qt["hover"])
        self.viewport().update()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() in _LOOK_CHANGES:
            self.cells.clear()
        super().changeEvent(event)
