"""Edit ▸ Preferences: the interface language (from the next start) and the theme (at once)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel

from . import theme
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
        self.theme = QComboBox(objectName="preferences-theme")
        for value, text in theme.CHOICES.items():
            self.theme.addItem(QCoreApplication.translate("Theme", text), value)
        self.theme.setCurrentIndex(max(0, self.theme.findData(prefs.get("ui/theme"))))
        self.theme.currentIndexChanged.connect(self._theme_chosen)
        self.theme.setAccessibleName(self.tr("Theme"))
        self.theme.setAccessibleDescription(self.tr("Light, dark or high contrast"))
        self.language.setAccessibleDescription(self.tr("Arabic or English"))
        note = QLabel(self.tr("The new language shows the next time the annotator starts."))
        note.setWordWrap(True)
        note.setAccessibleName(self.tr("Note"))
        note.setAccessibleDescription(note.text())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(note)
        form.addRow(self.tr("Theme"), self.theme)
        self.article_font = QComboBox(objectName="preferences-font")
        for value, text in (
            ("naskh", self.tr("Naskh")),
            ("kufi", self.tr("Kufi")),
            ("system", self.tr("The system's font")),
        ):
            self.article_font.addItem(text, value)
        self.article_font.setCurrentIndex(
            max(0, self.article_font.findData(prefs.get("view/article_font")))
        )
        self.article_font.currentIndexChanged.connect(self._font_chosen)
        self.article_font.setAccessibleName(self.tr("Article font"))
        self.article_font.setAccessibleDescription(self.tr("The typeface of the article text"))
        form.addRow(self.tr("Article font"), self.article_font)
        form.addRow(buttons)

    def _theme_chosen(self) -> None:
        """A theme applies at once: the whole application, and what the window paints."""
        value = self.theme.currentData()
        self.prefs.set("ui/theme", value)
        theme.apply(value)
        window = self.parentWidget()
        if window is not None and hasattr(window, "theme_changed"):
            window.theme_changed()

    def _font_chosen(self) -> None:
        value = self.article_font.currentData()
        self.prefs.set("view/article_font", value)
        window = self.parentWidget()
        if window is not None and hasattr(window, "set_article_font"):
            window.set_article_font(value)
