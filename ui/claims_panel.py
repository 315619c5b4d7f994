"""The Claims panel: every claim of the project with its speakers, quote type and document.

Rows are in document order, then by position; Enter (or a double click) opens the claim in
the article. After an edit only the rows of the edited document are read again.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from annotator.display import display_name, quoted_text, visible_name
from annotator.model import ClaimRow

from .commands import excerpt
from .models import ID_ROLE, _RowModel
from .panels import RightToLeftDelegate, _table
from .plain import plain_tooltip

_ROOT = QModelIndex()


class ClaimsModel(_RowModel):
    """Claims: text, speakers, quote type, document."""

    HEADERS = (
        QT_TRANSLATE_NOOP("Models", "Claim"),
        QT_TRANSLATE_NOOP("Models", "Speaker"),
        QT_TRANSLATE_NOOP("Models", "Quote type"),
        QT_TRANSLATE_NOOP("Models", "Document"),
    )

    def set_claims(self, rows: Sequence[ClaimRow]) -> None:
        self._replace(list(rows))

    def set_document_claims(self, document_id: int, rows: Sequence[ClaimRow]) -> None:
        """Replace one document's rows (they sit together: rows are by document)."""
        keys = [r.document_id for r in self._rows]
        first = bisect.bisect_left(keys, document_id)
        last = bisect.bisect_right(keys, document_id)
        if self._rows[first:last] == list(rows):
            return
        if last > first:
            self.beginRemoveRows(_ROOT, first, last - 1)
            del self._rows[first:last]
            self.endRemoveRows()
        if rows:
            self.beginInsertRows(_ROOT, first, first + len(rows) - 1)
            self._rows[first:first] = list(rows)
            self.endInsertRows()

    def row_of(self, row_id: int) -> int:
        return next((i for i, row in enumerate(self._rows) if row.claim_id == row_id), -1)

    def cell(self, claim: ClaimRow, column: int, role: int):
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return excerpt(claim.text, 80, isolated=False)
            if column == 1:
                return " · ".join(excerpt(s, 30) for s in claim.speakers) or "—"
            if column == 2:
                quote_type = visible_name(claim.quote_type) if claim.quote_type else ""
                return quote_type + (" ?" if claim.uncertain else "")
            return visible_name(claim.document)
        if role == Qt.ItemDataRole.ToolTipRole:
            speakers = " · ".join(map(quoted_text, claim.speakers)) or QCoreApplication.translate(
                "ClaimsModel", "no speaker linked"
            )
            return plain_tooltip(
                f"{quoted_text(claim.text)}\n— {speakers}\n{display_name(claim.document)}"
            )
        return None


class ClaimsPanel(QWidget):
    """The Claims dock's contents.

    Signals:
        claim_chosen(int document_id, int claim_id): Enter or a double click on a row.
    """

    claim_chosen = Signal(int, int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.model = ClaimsModel(self)
        self.table = _table(
            self.model, "claims-list", 0, widest=("", "مصدر مطلع", "indirect ?", "000_288b31e3.txt")
        )
        self.table.setItemDelegateForColumn(0, RightToLeftDelegate(self.table))
        self.table.activated.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.table)

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            row = self.model.row(index.row())
            self.claim_chosen.emit(row.document_id, index.data(ID_ROLE))
