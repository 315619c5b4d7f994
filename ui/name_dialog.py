"""The first start's "Who is tagging?" dialog (``ui.identity.ask_name_once`` opens it).

A module of its own: its Qt classes (QDialog, QDialogButtonBox, QLineEdit) are created only
when it opens, not before the window's first frame.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from annotator.store.project import default_annotator

from .annotator_name import MAX_NAME, clean_name
from .identity import ASKED
from .settings import Preferences


class NameDialog(QDialog):
    """ "Who is tagging?": one field, pre-filled with the login name; Skip keeps the login.

    Signals:
        name_chosen(str name): the cleaned name, once stored
    """

    name_chosen = Signal(str)

    def __init__(self, prefs: Preferences, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("name-dialog")
        self.prefs = prefs
        self.login = default_annotator() or ""
        self.name = QLineEdit(self.login, objectName="first-name")
        self.name.setMaxLength(MAX_NAME)
        self.name.selectAll()
        self.text = QLabel(wordWrap=True, textFormat=Qt.TextFormat.PlainText)
        self.buttons = QDialogButtonBox()
        self.use = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.use.setObjectName("use-name")
        self.skip = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.skip.setObjectName("skip-name")
        self.use.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.name.textChanged.connect(lambda text: self.use.setEnabled(bool(clean_name(text))))
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.name)
        layout.addWidget(self.buttons)
        self._retranslate()

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Who is tagging?"))
        self.text.setText(
            self.tr(
                "Your name is stored with every span you tag and exported with it, so a team "
                "can tell its annotators apart. You can change it in Edit ▸ Preferences."
            )
        )
        self.name.setAccessibleName(self.tr("Your name"))
        self.name.setAccessibleDescription(self.tr("Stored with every span you tag"))
        self.use.setText(self.tr("Use this name"))
        self.skip.setText(self.tr("Skip"))
        self.skip.setToolTip(
            self.tr("Spans carry the login name ({login})").format(login=self.login or "—")
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def done(self, result: int) -> None:  # noqa: D102 (Qt override): asked, whatever the answer
        self.prefs.set(ASKED, True)
        if result == QDialog.DialogCode.Accepted and (name := clean_name(self.name.text())):
            self.prefs.set("tagging/annotator", name)
            self.name_chosen.emit(name)
        super().done(result)
