"""The label editor: add a label, rename it, recolour it, change its key or letter, remove it.

Changes apply at once (rename, colour, keys and removal as undoable commands), so the legend,
the shortcuts and the article's colours follow while the dialog is still open. Removing a
label that spans use says how many, in how many documents, and that Ctrl+Z brings them back.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QColorDialog,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from annotator.labels import EXTRA_COLORS
from annotator.model import Label

from .actions import reserved_keys
from .commands import RemoveLabel, UpdateLabel
from .keyboard import western_digit
from .label_names import label_name
from .models import ID_ROLE, LabelModel
from .panels import SwatchDelegate
from .plain import in_reading_order, plain_label
from .session import Session


class LabelEditor(QDialog):
    """Edits the session's label set; ``choose_color`` is replaceable (tests)."""

    def __init__(self, session: Session, parent=None):
        super().__init__(parent)
        self.setObjectName("label-editor")
        self.setWindowTitle(self.tr("Labels"))
        self.session = session
        self.model = LabelModel(self)
        self.list = QListView()
        self.list.setObjectName("label-list")
        self.list.setModel(self.model)
        self.list.setItemDelegate(SwatchDelegate(self.list))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.name = QLineEdit(objectName="label-name")
        self.key = QLineEdit(objectName="label-key", maxLength=1)
        self.letter = QLineEdit(objectName="label-letter", maxLength=1)
        self.color_button = QPushButton(self.tr("Colour…"), objectName="label-color")
        self.apply_button = QPushButton(self.tr("Apply"), objectName="label-apply")
        self.add_button = QPushButton(self.tr("Add label"), objectName="label-add")
        self.remove_button = QPushButton(self.tr("Remove label…"), objectName="label-remove")
        self.problem = plain_label()
        self.problem.setObjectName("label-problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020")

        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Key"), self.key)
        form.addRow(self.tr("Letter"), self.letter)
        form.addRow(self.tr("Colour"), self.color_button)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addWidget(self.apply_button)
        right.addWidget(self.problem)
        right.addStretch(1)
        right.addWidget(self.add_button)
        right.addWidget(self.remove_button)
        top = QHBoxLayout()
        top.addWidget(self.list, 1)
        top.addLayout(right, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(buttons)

        self.choose_color = self._ask_color
        self.list.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        self.apply_button.clicked.connect(self.apply_changes)
        # Enter in any field applies (Apply is the default button); it must never press
        # "Colour…" or Close, which a dialog's auto-default would.
        for button in (self.color_button, self.add_button, self.remove_button, *buttons.buttons()):
            button.setAutoDefault(False)
        self.apply_button.setDefault(True)
        self.color_button.clicked.connect(self.recolour)
        self.add_button.clicked.connect(self.add_label)
        self.remove_button.clicked.connect(self.remove_label)
        #: Asks before removing a label that spans use; replaceable (tests).
        self.confirm_removal = self._ask_removal
        session.labels_changed.connect(self._reload)
        self._reload()
        if self.model.rowCount():
            self.list.setCurrentIndex(self.model.index(0, 0))

    def current_label(self) -> Label | None:
        index = self.list.currentIndex()
        return self.session.label(index.data(ID_ROLE)) if index.isValid() else None

    def select_label(self, label_id: int) -> None:
        row = self.model.row_of(label_id)
        if row >= 0:
            self.list.setCurrentIndex(self.model.index(row, 0))

    def _reload(self) -> None:
        current = self.current_label()
        self.model.set_labels(self.session.labels())
        if current:
            self.select_label(current.id)
        self._show_current()

    def _show_current(self) -> None:
        label = self.current_label()
        editors = (self.name, self.key, self.letter, self.color_button, self.apply_button)
        for widget in (*editors, self.remove_button):
            widget.setEnabled(label is not None)
        if label is None:
            return
        self.name.setText(label.name)
        self.key.setText(label.key or "")
        self.letter.setText((label.letter or "").upper())
        self.color_button.setStyleSheet(f"background-color: {label.color}")
        self.problem.setText("")

    def _ask_color(self, initial: str, name: str) -> str | None:
        color = QColorDialog.getColor(
            QColor(initial), self, self.tr("Colour for {label}").format(label=name)
        )
        return color.name() if color.isValid() else None

    def _check_keys(self, key: str | None, letter: str | None) -> bool:
        taken = reserved_keys()
        for value in (key, letter):
            if value and value.lower() in taken:
                self.problem.setText(
                    self.tr("The key {key} is used by another command.").format(key=repr(value))
                )
                return False
        return True

    def _update(self, label: Label, **changes) -> bool:
        changes = {k: v for k, v in changes.items() if v != getattr(label, k)}
        if not changes:
            return True
        command = UpdateLabel(self.session, label, **changes)
        command.refused = self.problem.setText  # shown here only; a write failure the window
        self.session.undo_stack.push(command)  # reports as "Not saved"
        return command.succeeded

    def apply_changes(self) -> bool:
        """Apply the name, key and letter fields to the current label."""
        label = self.current_label()
        if label is None:
            return False
        # ١ and 1 are one key to the shortcuts (both digit sets tag): store the Western digit.
        key = western_digit(self.key.text().strip()) or None
        letter = western_digit(self.letter.text().strip()).lower() or None
        if not self._check_keys(key, letter):
            return False
        return self._update(label, name=self.name.text().strip(), key=key, letter=letter)

    def recolour(self) -> bool:
        label = self.current_label()
        if label is None:
            return False
        color = self.choose_color(label.color, label_name(label.name))
        return bool(color) and self._update(label, color=color.lower())

    def add_label(self, name: str | None = None) -> Label | None:
        """Add a label with a free colour and the next free number key."""
        labels = self.session.labels()
        used = {label.name for label in labels}
        if not name:
            n = len(labels) + 1
            name = f"label {n}"
            while name in used:
                n += 1
                name = f"label {n}"
        keys = {label.key for label in labels} | reserved_keys()
        key = next((str(d) for d in range(1, 10) if str(d) not in keys), None)
        color = EXTRA_COLORS[len(labels) % len(EXTRA_COLORS)]
        added: list[Label] = []

        def add() -> None:
            added.append(self.session.project.add_label(name, color, key=key))

        # Adding is not undoable: the core cannot put back a label under its old id.
        if not self.session.apply(add, labels=True, refused=self.problem.setText):
            return None
        self.select_label(added[0].id)
        self.name.setFocus()
        self.name.selectAll()
        return added[0]

    def _ask_removal(self, label: Label, spans: int, documents: int) -> bool:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Remove label"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        used = (
            self.tr("{spans} span", "number of spans") if spans == 1 else self.tr("{spans} spans")
        )
        where = (
            self.tr("{documents} document") if documents == 1 else self.tr("{documents} documents")
        )
        box.setText(
            in_reading_order(
                self.tr("“{label}” is used by {used} in {where}.").format(
                    label=label_name(label.name),
                    used=used.format(spans=spans),
                    where=where.format(documents=documents),
                )
            )
        )
        box.setInformativeText(
            self.tr(
                "Removing the label removes these spans too. Edit ▸ Undo (Ctrl+Z) brings the "
                "label and all its spans back."
            )
        )
        remove = box.addButton(
            self.tr("Remove label and spans"), QMessageBox.ButtonRole.DestructiveRole
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is remove

    def remove_label(self) -> bool:
        """Remove the current label (asking first when spans use it); undoable."""
        label = self.current_label()
        if label is None:
            return False
        spans, documents = self.session.project.label_usage(label.id)
        if spans and not self.confirm_removal(label, spans, documents):
            return False
        command = RemoveLabel(self.session, label, spans)
        command.refused = self.problem.setText
        self.session.undo_stack.push(command)
        if command.succeeded and self.model.rowCount():
            self.list.setCurrentIndex(self.model.index(0, 0))
        return command.succeeded
