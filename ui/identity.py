"""Who is tagging: the name asked once on the first start, and shown in the status bar.

Every span, relation and decision is signed with the analyst's name (``project.annotator``).
On the first start with no name set, ``ask_name_once`` offers a small dialog pre-filled with
the login name: "Use this name" stores it, "Skip" keeps the login name; either way it is not
asked again (Edit ▸ Preferences changes it any time). ``ANNOTATOR_USER`` in the environment
counts as a name set (scripts and tests sign with it, and nobody is there to answer).

``AnnotatorIndicator`` is the status-bar button that says whose name new spans carry;
clicking it opens Preferences with the name field ready to type in.
"""

from __future__ import annotations

import os
from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from annotator.display import display_name
from annotator.store.project import default_annotator

from .plain import plain_tooltip
from .preferences import MAX_NAME, clean_name
from .settings import Preferences

ASKED = "tagging/annotator_asked"


def needs_asking(prefs: Preferences) -> bool:
    """True on a first start: no name in the preferences or the environment, never asked."""
    if prefs.get("tagging/annotator") or os.environ.get("ANNOTATOR_USER"):
        return False
    return not prefs.get(ASKED)


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


def ask_name_once(
    prefs: Preferences, parent: QWidget, on_name: Callable[[str], None]
) -> NameDialog | None:
    """Open the name dialog (window-modal, not blocking) if this is a first start."""
    if not needs_asking(prefs):
        return None
    dialog = NameDialog(prefs, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.name_chosen.connect(on_name)
    dialog.open()
    return dialog


class AnnotatorIndicator(QToolButton):
    """The status bar's "Annotator: amal"; a click opens Preferences at the name field."""

    def __init__(self, open_preferences: Callable[[], QWidget | None], parent=None):
        super().__init__(parent)
        self.setObjectName("annotator-indicator")
        self.setAutoRaise(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keyboard way is Ctrl+,
        self._name: str | None = None
        self._open = open_preferences
        self.clicked.connect(self._clicked)
        self.show_name(None)

    def show_name(self, name: str | None) -> None:
        """Say whose name the spans tagged from now on carry (None: no name at all)."""
        self._name = name
        shown = display_name(name) if name else self.tr("no name")  # isolated, controls shown
        self.setText(self.tr("Annotator: {name}").format(name=shown))
        tip = self.tr("Spans you tag are signed “{name}”. Click to change it (Preferences).")
        self.setToolTip(plain_tooltip(tip.format(name=shown)))  # a name is shown as it is
        self.setAccessibleName(self.tr("Annotator"))
        self.setAccessibleDescription(tip.format(name=shown))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.show_name(self._name)
        super().changeEvent(event)

    def _clicked(self) -> None:
        dialog = self._open()
        field = getattr(dialog, "name", None)
        if isinstance(field, QLineEdit):
            field.setFocus(Qt.FocusReason.OtherFocusReason)
            field.selectAll()
