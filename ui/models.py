"""Item models: thin adapters over the core's plain data (a row cache, refreshed on change)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from annotator.display import display_name, quoted_text, visible_name
from annotator.model import DocumentInfo, Label, Span

from .commands import excerpt
from .i18n import count_text
from .label_names import label_cell, label_name
from .plain import plain_tooltip
from .span_order import ReadingOrder

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1
_ROOT = QModelIndex()

STATUS_TEXT = {
    "new": QT_TRANSLATE_NOOP("Models", "new"),
    "in_progress": QT_TRANSLATE_NOOP("Models", "in progress"),
    "done": QT_TRANSLATE_NOOP("Models", "done"),
}


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("Models", text, None, n)


def status_text(status: str) -> str:
    """A document status in the interface language (an unknown one as it is)."""
    return _tr(STATUS_TEXT[status]) if status in STATUS_TEXT else status


#: Every row's flags: QAbstractTableModel's own (not overridden: a view asks each cell it
#: paints, and a Python override was one more call into Python per cell).
ROW_FLAGS = (
    Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
)


class _RowModel(QAbstractTableModel):
    """A flat table over a list of rows; subclasses say what each cell shows."""

    HEADERS: tuple[str, ...] = ()
    #: The roles ``cell`` answers: a view asks each cell for a dozen roles on every paint,
    #: and the rest are answered here without a call.
    ROLES: frozenset = frozenset(
        {
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.DecorationRole,
            Qt.ItemDataRole.TextAlignmentRole,
        }
    )

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list = []

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.HEADERS)
        ):
            return _tr(self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if role not in self.ROLES and role != ID_ROLE:
            return None
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == ID_ROLE:
            return row.id
        return self.cell(row, index.column(), role)

    def multiData(self, index: Index, roles) -> None:  # noqa: N802 (Qt override)
        """Every role a view asks of one cell, in one call: Qt's delegate asks seven per cell
        on every paint, and one call into Python each was most of a list's paint (a tag
        repaints the span list's visible rows)."""
        row = self._rows[index.row()] if index.isValid() and index.row() < len(self._rows) else None
        column = index.column()
        for data in roles:
            role = data.role()
            if row is None or (role not in self.ROLES and role != ID_ROLE):
                data.clearData()
                continue
            value = row.id if role == ID_ROLE else self.cell(row, column, role)
            if value is None:
                data.clearData()
            else:
                data.setData(value)

    def cell(self, row, column: int, role: int):  # pragma: no cover - overridden
        return None

    def row_ids(self) -> list[int]:
        return [row.id for row in self._rows]

    def row_of(self, row_id: int) -> int:
        return next((i for i, row in enumerate(self._rows) if row.id == row_id), -1)

    def row(self, i: int):
        return self._rows[i]

    def _replace(self, rows: list) -> None:
        """Swap in new rows: in place (dataChanged) when the ids are the same, else a reset."""
        if [r.id for r in rows] == self.row_ids():
            changed = [i for i, (a, b) in enumerate(zip(self._rows, rows, strict=True)) if a != b]
            self._rows = rows
            if changed:
                last = self.columnCount() - 1
                self.dataChanged.emit(self.index(min(changed), 0), self.index(max(changed), last))
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()


class DocumentListModel(_RowModel):
    """The project's documents: title (the file name in the tooltip), status, span count."""

    HEADERS = (
        QT_TRANSLATE_NOOP("Models", "Document"),
        QT_TRANSLATE_NOOP("Models", "Status"),
        QT_TRANSLATE_NOOP("Models", "Spans"),
    )

    def __init__(self, parent=None):
        super().__init__(parent)
        # A tag changes its document's row (span count, status) and the progress line: with
        # 30,000 documents, finding the row and counting those done went through them all.
        self._row_by_id: dict[int, int] = {}
        self._done = 0

    def set_documents(self, documents: Sequence[DocumentInfo]) -> None:
        self._replace(list(documents))
        self._row_by_id = {doc.id: i for i, doc in enumerate(self._rows)}
        self._done = sum(1 for d in self._rows if d.status == "done")

    def row_of(self, row_id: int) -> int:
        return self._row_by_id.get(row_id, -1)

    def update_document(self, info: DocumentInfo) -> None:
        """Refresh one row (after an edit) without re-reading the whole list."""
        row = self.row_of(info.id)
        if row >= 0 and not info.title:  # read without its title: the title stays
            info = replace(info, title=self._rows[row].title)
        if row >= 0 and self._rows[row] != info:
            self._done += (info.status == "done") - (self._rows[row].status == "done")
            self._rows[row] = info
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def count_spans(self, document_id: int, added: int, started: bool) -> bool:
        """A document's row after an edit that added ``added`` spans (fewer when negative)
        and, with ``started``, made a new document in progress; False if it is not listed."""
        row = self.row_of(document_id)
        if row < 0:
            return False
        info = self._rows[row]
        status = "in_progress" if started and info.status == "new" else info.status
        self.update_document(replace(info, span_count=info.span_count + added, status=status))
        return True

    def progress(self) -> tuple[int, int]:
        """(documents done, documents in all)."""
        return self._done, len(self._rows)

    def cell(self, doc: DocumentInfo, column: int, role: int):
        title = doc.title or doc.name
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 2:
                # A count, in the interface language's digits (as the progress line above
                # it): written here, since a view keeps the locale it was made with and a
                # live switch to Arabic left its cells in Western digits.
                return QLocale().toString(doc.span_count)
            return (visible_name(title), status_text(doc.status))[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            spans = self.tr("%Ln span(s)", "", doc.span_count)
            characters = self.tr("%Ln character(s)", "", doc.length)
            spans = count_text(spans, doc.span_count, "span", "spans")
            characters = count_text(characters, doc.length, "character", "characters")
            title, name = display_name(title), display_name(doc.name)
            status = status_text(doc.status)
            return plain_tooltip(f"{title}\n{name}\n{status}, {spans}, {characters}")
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class OneRow(_RowModel):
    """A model of one row, read as ``source`` reads its rows: what a row not in ``source``
    yet (a span about to be tagged) will show, for drawing its cells ahead."""

    def __init__(self, source: _RowModel):
        super().__init__(source)
        self.source = source
        self.HEADERS = source.HEADERS

    def show(self, row) -> None:
        """``row`` as this model's one row (None: no row); no signals (no view shows it)."""
        self._rows = [] if row is None else [row]

    def cell(self, row, column: int, role: int):
        return self.source.cell(row, column, role)


class SpanListModel(_RowModel):
    """The current document's spans: label, text, position (code points), in reading order.

    ``set_spans`` takes a whole list (a document opened, labels changed); ``add_span``,
    ``remove_span`` and ``update_span`` follow one edit with one row inserted, removed or
    changed, so a tag costs the same with 10 spans or 10,000.
    """

    HEADERS = (
        QT_TRANSLATE_NOOP("Models", "Label"),
        QT_TRANSLATE_NOOP("Models", "Text"),
        QT_TRANSLATE_NOOP("Models", "Position"),
        QT_TRANSLATE_NOOP("Models", "Links, notes"),
    )

    def __init__(self, parent=None):
        super().__init__(parent)
        self._links: dict[int, str] = {}  # span id -> its links, one per line
        self._text = ""
        self._colors: dict[int, QColor] = {}
        self._order = ReadingOrder()
        self._rows = self._order.spans

    def set_spans(self, text: str, spans: Sequence[Span], labels: Sequence[Label]) -> None:
        self._text = text
        self._colors = {label.id: QColor(label.color) for label in labels}
        order = ReadingOrder()
        order.reset(spans, labels)
        same_rows = bool(order.spans) and [s.id for s in order.spans] == self.row_ids()
        self._order = order
        self._replace(order.spans)  # sets self._rows to order.spans
        if same_rows:  # colours may have changed with the same spans
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 0))

    def set_text(self, text: str) -> None:
        """The document's text came (a very long article is read a piece at a time)."""
        self._text = text
        if self._rows:
            self.dataChanged.emit(self.index(0, 1), self.index(len(self._rows) - 1, 1))

    def add_span(self, span: Span) -> None:
        if span.id in self._order:
            self.remove_span(span.id)
        row = self._order.insertion_row(span)
        self.beginInsertRows(_ROOT, row, row)
        self._order.insert(span, row)
        self.endInsertRows()

    def remove_span(self, span_id: int) -> None:
        row = self._order.index_of(span_id)
        if row < 0:
            return
        self.beginRemoveRows(_ROOT, row, row)
        self._order.remove(span_id)
        self.endRemoveRows()

    def update_span(self, span: Span) -> None:
        """A span relabelled: its row changes, and moves if the new label sorts elsewhere."""
        row = self._order.index_of(span.id)
        if row < 0:
            self.add_span(span)
            return
        old = self._order.spans[row]
        if self._order.key(old) == self._order.key(span):
            self._order.replace(row, span)
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
            return
        self.remove_span(span.id)
        self.add_span(span)

    def row_of(self, row_id: int) -> int:
        return self._order.index_of(row_id)

    def row_for_range(self, start: int, end: int) -> int:
        """About the row a span tagged on ``[start, end)`` would take."""
        return self._order.row_for_range(start, end)

    def set_links(self, links: dict[int, list[str]]) -> None:
        """Each span's links as short lines (shown in the Links column and the tooltip)."""
        links = {span_id: "\n".join(lines) for span_id, lines in links.items() if lines}
        if links == self._links:
            return
        changed = (set(links) ^ set(self._links)) | {
            k for k in links if links[k] != self._links.get(k)
        }
        self._links = links
        for span_id in changed:
            row = self._order.index_of(span_id)
            if row >= 0:
                self.dataChanged.emit(self.index(row, 3), self.index(row, 3))

    def text(self) -> str:
        """The document's text, as the rows' excerpts are taken from it."""
        return self._text

    def quote(self, span: Span) -> str:
        return self._text[span.start : span.end]

    def cell(self, span: Span, column: int, role: int):
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return label_cell(span.label)
            if column == 1:
                return excerpt(self.quote(span), 60, isolated=False)
            if column == 2:
                return f"{span.start}–{span.end}"
            links = self._links.get(span.id, "").replace("\n", " · ")
            return " · ".join(part for part in (links, details(span)) if part)
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            return self._colors.get(span.label_id)
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [f"{label_name(span.label)}: {quoted_text(self.quote(span))}"]
            if more := details(span):
                lines.append(more)
            if links := self._links.get(span.id):
                lines.append(links)
            return plain_tooltip("\n".join(lines))
        return None


def details(span: Span) -> str:
    """Attribute values, the uncertain flag (as "?", not a colour) and the note of a span."""
    parts = [display_name(value) for value in span.attributes.values()]
    if span.uncertain:
        parts.append("? " + QCoreApplication.translate("SpanListModel", "uncertain"))
    if span.note:
        parts.append(f"✎ {excerpt(span.note, 40)}")
    return " · ".join(parts)


class LabelModel(_RowModel):
    """The label set, for the legend: colour and name, number key, letter."""

    HEADERS = (
        QT_TRANSLATE_NOOP("Models", "Label"),
        QT_TRANSLATE_NOOP("Models", "Key"),
        QT_TRANSLATE_NOOP("Models", "Letter"),
    )

    def set_labels(self, labels: Sequence[Label]) -> None:
        self._replace(list(labels))

    def cell(self, label: Label, column: int, role: int):
        if role == Qt.ItemDataRole.DisplayRole:
            return (label_cell(label.name), label.key or "", (label.letter or "").upper())[column]
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            return QColor(label.color)
        if role == Qt.ItemDataRole.ToolTipRole:
            keys = QCoreApplication.translate("Models", " or ").join(
                k.upper() for k in (label.key, label.letter) if k
            )
            text = QCoreApplication.translate(
                "Models",
                "{label}: press {keys} to tag the selection; with Shift to tag exact characters",
            )
            return plain_tooltip(
                text.format(
                    label=label_name(label.name),
                    keys=keys or QCoreApplication.translate("Models", "no key"),
                )
            )
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None
