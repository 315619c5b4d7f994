"""Edit ▸ Preferences: the interface language (from the next start), the theme and article
font (at once) and the analyst's name, stored with every span they tag (at once).

Without a name set here, spans carry the login name (or ``ANNOTATOR_USER``), which is often
not what a team wants to read in an export ("user1" instead of "amal").
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit

from annotator.store.project import default_annotator

from . import theme
from .i18n import LANGUAGES, SYSTEM
from .settings import Preferences

MAX_NAME = 80


def clean_name(text: str) -> str:
    """A name as stored: spaces collapsed, control and format characters left out."""
    kept = "".join(c for c in text if unicodedata.category(c)[0] != "C")
    return " ".join(kept.split())[:MAX_NAME]


def apply_annotator(prefs: Preferences, project) -> None:
    """Sign the spans tagged in ``project`` with the name from the preferences, if set."""
    project.annotator = prefs.get("tagging/annotator") or default_annotator()


class PreferencesDialog(QDialog):
    """The analyst's choices; each is written as soon as it changes. ``on_name`` (from the
    window) is called with the cleaned name once it is stored."""

    def __init__(self, prefs: Preferences, parent=None, on_name=None):
        super().__init__(parent)
        self.setObjectName("preferences-dialog")
        self.setWindowTitle(self.tr("Preferences"))
        self.prefs = prefs
        self._on_name = on_name
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
        login = default_annotator()
        self.name = QLineEdit(prefs.get("tagging/annotator"), objectName="annotator-name")
        self.name.setMaxLength(MAX_NAME)
        self.name.setPlaceholderText(login or "")
        self.name.setAccessibleName(self.tr("Your name"))
        self.name.setAccessibleDescription(self.tr("Stored with every span you tag"))
        self.name.editingFinished.connect(self.store_name)
        hint = QLabel(
            self.tr("Stored with every span you tag and exported with it. Empty: {login}.").format(
                login=login or self.tr("no name")
            )
        )
        hint.setTextFormat(Qt.TextFormat.PlainText)  # a login name is shown as it is
        hint.setWordWrap(True)
        form.addRow(self.tr("Your name"), self.name)
        form.addRow(hint)
        form.addRow(buttons)

    def store_name(self) -> str:
        """Write the name field (cleaned) to the preferences; the name stored."""
        name = clean_name(self.name.text())
        if name != self.prefs.get("tagging/annotator"):
            self.prefs.set("tagging/annotator", name)
            if self._on_name is not None:
                self._on_name(name)
        return name

    def done(self, result: int) -> None:  # Qt override: closing the dialog keeps the name
        self.store_name()
        super().done(result)

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
