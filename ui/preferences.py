"""Edit ▸ Preferences: the interface language (applies from the next start)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel

from .i18n import LANGUAGES, SYSTEM
from .settings import Preferences


class PreferencesDialog(QDialog):
    """The analyst's choices; each is written as soon as it changes."""

    def __init__(self, prefs: Preferences, parent=None):
        super().__init__(parent)
        self.setObjectName("preferences-dialog")
        self.setWindowTitle(self.tr("Preferences"))
        self.prefs = prefs
        self.language = QComboBox(objectName="preferences-language")
        self.language.addItem(self.tr("The system's language"), SYSTEM)
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)  # each language named in itself
        self.language.setCurrentIndex(max(0, self.language.findData(prefs.get("ui/language"))))
        self.language.currentIndexChanged.connect(
            lambda: self.prefs.set("ui/language", self.language.currentData())
        )
        self.language.setAccessibleName(self.tr("Interface language"))
        note = QLabel(self.tr("The new language shows the next time the annotator starts."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(note)
        form.addRow(buttons)
