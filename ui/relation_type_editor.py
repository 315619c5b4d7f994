"""The relation type editor: add a type, rename it, recolour it, say which labels it joins.

Changes apply at once as undoable commands, like the label editor's; a type is removed with
``annotator relations PROJECT remove NAME`` once no relation uses it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QColorDialog,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from annotator.display import display_name
from annotator.labels import EXTRA_COLORS
from annotator.model import RelationType

from .commands import EditCommand
from .label_names import label_name
from .panels import swatch_icon
from .plain import plain_label
from .session import Session


class UpdateRelationType(EditCommand):
    """Rename, recolour or re-join a relation type; undo restores the old fields."""

    def __init__(self, session: Session, old: RelationType, **changes):
        super().__init__(
            session,
            QCoreApplication.translate("RelationTypeEditor", "Change relation type {0}").format(
                label_name(old.name)
            ),
        )
        self.type_id = old.id
        self.changes = changes
        self.previous = {field: getattr(old, field) for field in changes}

    def _run(self, step) -> bool:
        return self.session.apply(step, labels=True, refused=self.refused)

    def _redo(self) -> None:
        self.session.project.update_relation_type(self.type_id, **self.changes)

    def _undo(self) -> None:
        self.session.project.update_relation_type(self.type_id, **self.previous)


def _names(text: str) -> tuple[str, ...]:
    return tuple(n.strip() for n in text.replace("،", ",").split(",") if n.strip())


class RelationTypeEditor(QDialog):
    """Edits the session's relation types; ``choose_color`` is replaceable (tests)."""

    def __init__(self, session: Session, parent=None):
        super().__init__(parent)
        self.setObjectName("relation-type-editor")
        self.setWindowTitle(self.tr("Relation types"))
        self.session = session
        self.list = QListWidget(objectName="relation-type-list")
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.name = QLineEdit(objectName="relation-type-name")
        self.from_labels = QLineEdit(objectName="relation-type-from")
        self.to_labels = QLineEdit(objectName="relation-type-to")
        for edit in (self.from_labels, self.to_labels):
            edit.setPlaceholderText(self.tr("any label"))
        self.color_button = QPushButton(self.tr("Colour…"), objectName="relation-type-color")
        self.apply_button = QPushButton(self.tr("Apply"), objectName="relation-type-apply")
        self.add_button = QPushButton(self.tr("Add relation type"), objectName="relation-type-add")
        self.problem = plain_label()
        self.problem.setObjectName("relation-type-problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020")
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("From labels"), self.from_labels)
        form.addRow(self.tr("To labels"), self.to_labels)
        form.addRow(self.tr("Colour"), self.color_button)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addWidget(self.apply_button)
        right.addWidget(self.problem)
        right.addStretch(1)
        right.addWidget(self.add_button)
        top = QHBoxLayout()
        top.addWidget(self.list, 1)
        top.addLayout(right, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(buttons)
        for button in (self.color_button, self.add_button, *buttons.buttons()):
            button.setAutoDefault(False)
        self.apply_button.setDefault(True)
        self.choose_color = self._ask_color
        self.list.currentRowChanged.connect(lambda *_: self._show_current())
        self.apply_button.clicked.connect(self.apply_changes)
        self.color_button.clicked.connect(self.recolour)
        self.add_button.clicked.connect(lambda: self.add_type())
        session.labels_changed.connect(self._reload)
        self._reload()
        if self.list.count():
            self.list.setCurrentRow(0)

    def current_type(self) -> RelationType | None:
        item = self.list.currentItem()
        if item is None:
            return None
        return next((t for t in self.session.relation_types() if t.id == item.data(256)), None)

    def _reload(self) -> None:
        current = self.current_type()
        self.list.blockSignals(True)
        self.list.clear()
        for rtype in self.session.relation_types():
            item = QListWidgetItem(swatch_icon(QColor(rtype.color), self.list.iconSize()), "")
            starts = ", ".join(map(display_name, rtype.from_labels)) or "*"
            ends = ", ".join(map(display_name, rtype.to_labels)) or "*"
            item.setText(f"{label_name(rtype.name)}  ({starts} → {ends})")
            item.setData(256, rtype.id)
            self.list.addItem(item)
            if current is not None and rtype.id == current.id:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        self._show_current()

    def _show_current(self) -> None:
        rtype = self.current_type()
        for widget in (self.name, self.from_labels, self.to_labels, self.color_button,
                       self.apply_button):  # fmt: skip
            widget.setEnabled(rtype is not None)
        if rtype is None:
            return
        self.name.setText(rtype.name)
        self.from_labels.setText(", ".join(rtype.from_labels))
        self.to_labels.setText(", ".join(rtype.to_labels))
        self.color_button.setStyleSheet(f"background-color: {rtype.color}")
        self.problem.setText("")

    def _ask_color(self, initial: str, name: str) -> str | None:
        color = QColorDialog.getColor(QColor(initial), self, self.tr("Colour for {0}").format(name))
        return color.name() if color.isValid() else None

    def _update(self, rtype: RelationType, **changes) -> bool:
        changes = {k: v for k, v in changes.items() if v != getattr(rtype, k)}
        if not changes:
            return True
        command = UpdateRelationType(self.session, rtype, **changes)
        command.refused = self.problem.setText
        self.session.undo_stack.push(command)
        return command.succeeded

    def apply_changes(self) -> bool:
        """Apply the name and label fields to the current relation type."""
        rtype = self.current_type()
        if rtype is None:
            return False
        return self._update(
            rtype,
            name=self.name.text().strip(),
            from_labels=_names(self.from_labels.text()),
            to_labels=_names(self.to_labels.text()),
        )

    def recolour(self) -> bool:
        rtype = self.current_type()
        if rtype is None:
            return False
        color = self.choose_color(rtype.color, rtype.name)
        return bool(color) and self._update(rtype, color=color.lower())

    def add_type(self, name: str | None = None) -> RelationType | None:
        """Add a relation type joining any labels, with a free name and colour."""
        types = self.session.relation_types()
        used = {t.name for t in types}
        if not name:
            n = len(types) + 1
            name = f"relation {n}"
            while name in used:
                n += 1
                name = f"relation {n}"
        color = EXTRA_COLORS[len(types) % len(EXTRA_COLORS)]
        added: list[RelationType] = []

        def add() -> None:
            added.append(self.session.project.add_relation_type(name, color))

        # Adding is not undoable, like a label: the core cannot put back a type under its id.
        if not self.session.apply(add, labels=True, refused=self.problem.setText):
            return None
        for row in range(self.list.count()):
            if self.list.item(row).data(256) == added[0].id:
                self.list.setCurrentRow(row)
        self.name.setFocus()
        return added[0]
