"""Who is tagging: the name asked once on the first start, and shown in the status bar.

Every span, relation and decision is signed with the analyst's name (``project.annotator``).
On the first start with no name set, ``ask_name_once`` offers a small dialog pre-filled with
the login name: "Use this name" stores it, "Skip" keeps the login name; either way it is not
asked again (Edit ▸ Preferences changes it any time). ``ANNOTATOR_USER`` in the environment
counts as a name set (scripts and tests sign with it, and nobody is there to answer).

``AnnotatorIndicator`` is the status-bar button that says whose name new spans carry;
clicking it opens Preferences with the name field ready to type in. The dialog is in
``ui.name_dialog``, loaded when it opens (its Qt classes are not needed for the first frame).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QToolButton, QWidget

from annotator.display import display_name

from .plain import plain_tooltip
from .settings import Preferences

if TYPE_CHECKING:  # the dialog's module (QDialog, QLineEdit…) loads on a first start only
    from .name_dialog import NameDialog

ASKED = "tagging/annotator_asked"


def needs_asking(prefs: Preferences) -> bool:
    """True on a first start: no name in the preferences or the environment, never asked."""
    if prefs.get("tagging/annotator") or os.environ.get("ANNOTATOR_USER"):
        return False
    return not prefs.get(ASKED)


def ask_name_once(
    prefs: Preferences, parent: QWidget, on_name: Callable[[str], None]
) -> NameDialog | None:
    """Open the name dialog (window-modal, not blocking) if this is a first start."""
    if not needs_asking(prefs):
        return None
    from .name_dialog import NameDialog

    dialog = NameDialog(prefs, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.name_chosen.connect(on_name)
    # Without a window manager to hand it back (a bare X server), the keyboard went nowhere
    # once the dialog closed: the window takes it again, for the article it left focused.
    dialog.finished.connect(lambda _result: parent.activateWindow())
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
        from PySide6.QtWidgets import QLineEdit  # made by the dialog just opened

        field = getattr(dialog, "name", None)
        if isinstance(field, QLineEdit):
            field.setFocus(Qt.FocusReason.OtherFocusReason)
            field.selectAll()
