"""The side panels: document list (with project progress), span list, label legend."""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QSizePolicy,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from annotator.model import Span
from annotator.text.words import snap_to_words

from .cell_cache import ListTable
from .models import ID_ROLE, DocumentListModel, LabelModel, OneRow, SpanListModel
from .plain import plain_label

# AlignAbsolute: a plain AlignRight is mirrored to the left in a right-to-left cell.
_RTL_ALIGNMENT = (
    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter
)


def first_strong_is_rtl(text: str) -> bool:
    """True when the first strongly directional character is right-to-left (UAX #9 P2)."""
    if text.isascii():
        return False
    for ch in text:
        direction = unicodedata.bidirectional(ch)
        if direction in ("R", "AL"):
            return True
        if direction == "L":
            return False
    return False


def _count(n: int) -> str:
    """A count in a sentence, in the interface locale's digits."""
    return QLocale().toString(n)


class SwatchDelegate(QStyledItemDelegate):
    """Draws a colour decoration in its true colour on selected rows too.

    Qt turns a colour into an icon with only a Normal pixmap, and the style tints an icon's
    Selected mode with the highlight: speaker's orange looked olive on a selected row.
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        #: One icon per colour and size: a cell painted again reuses it (a tag repaints
        #: some 70 cells; making each icon anew was a third of the span list's paint).
        self._icons: dict[tuple[int, int, int], QIcon] = {}

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        super().initStyleOption(option, index)
        if option.icon.isNull():  # no decoration: not asked again
            return
        color = index.data(Qt.ItemDataRole.DecorationRole)
        if isinstance(color, QColor):
            size = option.decorationSize
            key = (color.rgba(), size.width(), size.height())
            icon = self._icons.get(key)
            if icon is None:
                if len(self._icons) > 256:  # colours come from the labels: few
                    self._icons.clear()
                icon = self._icons[key] = swatch_icon(color, size)
            option.icon = icon


def swatch_icon(color: QColor, size) -> QIcon:
    """A square of ``color``, the same in the Normal and Selected modes."""
    pixmap = QPixmap(size)
    pixmap.fill(color)
    icon = QIcon()
    for mode in (QIcon.Mode.Normal, QIcon.Mode.Selected, QIcon.Mode.Active):
        icon.addPixmap(pixmap, mode)
    return icon


class KeptCellsDelegate(SwatchDelegate):
    """Paints a cell from its kept picture when its table keeps them (``ui.cell_cache``)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._cells = getattr(parent, "cells", None)

    def paint(self, painter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        cells = self._cells
        if cells is None or not cells.paint(self, painter, option, index):
            super().paint(painter, option, index)


class DirectionDelegate(KeptCellsDelegate):
    """Lays out Arabic cells right-to-left, so punctuation at their ends sits where it belongs."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        super().initStyleOption(option, index)
        if first_strong_is_rtl(option.text):
            option.direction = Qt.LayoutDirection.RightToLeft
            option.displayAlignment = _RTL_ALIGNMENT
        elif any(c.isascii() and c.isalpha() for c in option.text):
            # A Latin name stays left to right in the Arabic interface too ("000_ab.txt",
            # not "ab.txt_000").
            option.direction = Qt.LayoutDirection.LeftToRight


class RightToLeftDelegate(KeptCellsDelegate):
    """Every cell right-to-left and flush right: a column of article excerpts where "250" or a
    Latin name sits on the same edge as the Arabic around it."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        super().initStyleOption(option, index)
        option.direction = Qt.LayoutDirection.RightToLeft
        option.displayAlignment = _RTL_ALIGNMENT


def _table(model, name: str, stretch: int, widest: tuple[str, ...] = ()) -> QTableView:
    """A read-only row-selecting table.

    Without ``widest`` its columns fit their contents, which measures up to 1,000 rows on
    every change; long lists (documents, spans) give instead the widest text each column
    shows, and keep those widths (the analyst can still drag them).
    """
    view = ListTable(quiet_header=name == "span-list")
    view.setObjectName(name)
    view.setModel(model)
    view.setItemDelegate(DirectionDelegate(view))
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.setTabKeyNavigation(False)  # Tab moves on to the next panel, for keyboard users
    header = view.horizontalHeader()
    if not widest:
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    else:
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, text in enumerate(widest):
            if column != stretch:
                header.resizeSection(column, _text_width(view, text))
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view


def _text_width(view: QTableView, text: str, icon: bool = False) -> int:
    """Room for ``text`` in a cell (and a colour swatch before it)."""
    width = view.fontMetrics().horizontalAdvance(text) + 16
    if icon:  # a small icon is 16 px in the usual styles (asking QStyle costs ~4 ms at start)
        width += 22
    return width


class _IdTable(QWidget):
    """A table whose current row stands for an id; ``select_id`` moves it without echo."""

    def __init__(self, model, name: str, stretch: int, widest: tuple[str, ...] = ()):
        super().__init__()
        self.model = model
        self.table = _table(model, name, stretch, widest)
        self._quiet = False
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def select_id(self, row_id: int | None) -> None:
        row = self.model.row_of(row_id) if row_id else -1
        self._quiet = True
        try:
            sel = self.table.selectionModel()
            if row < 0:
                sel.clear()
            elif self.table.currentIndex().row() == row and sel.isRowSelected(row):
                # Already so (a tag selects its span as it becomes current, then once
                # more as the edit is followed): selecting again cost ~0.4 ms a press.
                self.table.scrollTo(self.model.index(row, 0))
            else:
                index = self.model.index(row, 0)
                sel.setCurrentIndex(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                self.table.scrollTo(index)
        finally:
            self._quiet = False

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not self._quiet and current.isValid():
            self.id_chosen(current.data(ID_ROLE))

    def id_chosen(self, row_id: int) -> None:  # pragma: no cover - overridden
        pass


class DocumentPanel(_IdTable):
    """The documents of the project and how far the project is.

    Signals:
        document_chosen(int document_id)
    """

    document_chosen = Signal(int)

    def __init__(self, parent=None):
        # Spans: room for its header, which is wider than any count up to 99,999.
        super().__init__(
            DocumentListModel(), "document-list", 0, widest=("", "in progress", "Spans")
        )
        self.setParent(parent)
        # Article file names share prefixes and suffixes ("000_288b31e3134d6df4.txt"): keep
        # both ends in sight; the tooltip has the whole name.
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.progress = plain_label()
        self.progress.setObjectName("project-progress")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.progress)
        layout.addWidget(self.table)
        self.model.modelReset.connect(self._update_progress)
        self.model.dataChanged.connect(self._update_progress)
        self._update_progress()

    def id_chosen(self, row_id: int) -> None:
        self.document_chosen.emit(row_id)

    def _update_progress(self, *_args) -> None:
        done, total = self.model.progress()
        if total:
            text = self.tr("{done} / {total} done").format(done=_count(done), total=_count(total))
        else:
            text = self.tr("No documents yet")
        self.progress.setText(text)


class SpanPanel(_IdTable):
    """The spans of the current document; choosing one jumps to it in the article.

    Signals:
        span_chosen(int span_id)
    """

    span_chosen = Signal(int)

    def __init__(self, parent=None):
        super().__init__(
            SpanListModel(),
            "span-list",
            1,
            widest=("Label", "", "", "said → كارين"),
        )
        self.setParent(parent)
        self.table.setItemDelegateForColumn(1, RightToLeftDelegate(self.table))
        # Position: just room for "12345–12360" (or its header); the claim text gets the rest.
        header = self.table.horizontalHeader()
        position = max(_text_width(self.table, "00000–00000"), _text_width(self.table, "Position"))
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(2, position)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.table)

    def draw_ahead_of_tags(self, view) -> None:
        """Once a selection in ``view`` settles, draw the list's cells a tag of it would bring
        into sight. The list jumps to a new span: at a random place some ten rows of never
        drawn cells, each laid out and shaped by Qt (~0.1-0.2 ms), were most of the list's
        share of the key press; now they are drawn while the analyst reaches for the key."""
        self._view = view
        self._one_row: OneRow | None = None
        self._ahead = QTimer(self)
        self._ahead.setSingleShot(True)
        self._ahead.setInterval(0)
        self._ahead.timeout.connect(self._draw_ahead)
        view.selection_range_changed.connect(self._ahead.start)

    def _draw_ahead(self) -> int:
        """Draw the rows the list would show after tagging the selection; how many cells."""
        chosen = self._view.selected_range()
        table = self.table
        rows = self.model.rowCount()
        if not chosen or not rows or not table.isVisible():
            return 0
        drawn = self._draw_new_row(*chosen)
        row = self.model.row_for_range(*chosen)
        top = table.rowAt(0)
        bottom = table.rowAt(table.viewport().height() - 1)
        bottom = rows - 1 if bottom < 0 else bottom
        seen = bottom - top + 2  # and the row partly in sight
        if top <= row <= bottom:
            return drawn  # no jump: the rows in sight are drawn already
        # Above: the new row comes in at the top, the rows after it below. Below: it comes
        # in at the bottom, the rows before it above, and the row after it partly in sight.
        ahead = range(row, row + seen) if row < top else range(row - seen, row + 1)
        return drawn + table.cells.draw_ahead(ahead)

    def _draw_new_row(self, start: int, end: int) -> int:
        """The cells of the row a tag of ``[start, end)`` adds that do not depend on the label
        (its text and position), selected as the tag leaves it and plain as R then leaves it:
        cells a tag or R drew itself (~0.4 ms each). Widened to words as a tag widens it
        (``Tagger.tag_with``); a tag of exact characters (Shift) may find them not drawn,
        and draws them."""
        snapped = snap_to_words(self.model.text(), start, end)
        if snapped is None:
            return 0
        if self._one_row is None:
            self._one_row = OneRow(self.model)
        span = Span(0, 0, *snapped, 0, "")
        return self.table.cells.draw_row_ahead(self.table, span, (1, 2), self._one_row)

    def fit_labels(self, names: list[str]) -> None:
        """Size the label column for the label names there are now."""
        widest = max((_text_width(self.table, n, icon=True) for n in names), default=0)
        header = self.table.horizontalHeader()
        header.resizeSection(0, max(widest, _text_width(self.table, "Label")))

    def id_chosen(self, row_id: int) -> None:
        self.span_chosen.emit(row_id)


#: The most label rows the legend shows at once; it scrolls beyond.
_LEGEND_ROWS = 12


class LegendPanel(QWidget):
    """Each label's colour, number key and letter."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.model = LabelModel()
        self.table = _table(self.model, "legend", 0)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # As tall as its rows: a fifth label must not hide behind a scroll bar. Up to
        # _LEGEND_ROWS: a scheme of 30 labels made the window taller than the screen.
        self.table.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.model.modelReset.connect(self._fit_rows)
        self.model.rowsInserted.connect(self._fit_rows)
        self.model.rowsRemoved.connect(self._fit_rows)
        self.hint = hint = plain_label(self._hint_text())
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.table)
        layout.addWidget(hint)
        layout.addStretch(1)
        self._fit_rows()

    def _hint_text(self) -> str:
        return self.tr("Select text, press a key. Shift+key: exact characters.")

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.hint.setText(self._hint_text())
        super().changeEvent(event)

    def _fit_rows(self, *_args) -> None:
        table = self.table
        rows = min(max(self.model.rowCount(), 1), _LEGEND_ROWS)
        height = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth()
        height += rows * table.verticalHeader().defaultSectionSize()
        table.setFixedHeight(height)
