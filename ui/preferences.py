"""Edit ▸ Preferences: the interface language, the theme and article font, and the analyst's
name, stored with every span they tag; each applies at once.

Without a name set here, spans carry the login name (or ``ANNOTATOR_USER``), which is often
not what a team wants to read in an export ("user1" instead of "amal").
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit

from annotator.store.project import default_annotator

from . import theme
from .annotator_name import MAX_NAME, apply_annotator, clean_name  # noqa: F401 (their home before)
from .i18n import LANGUAGES, SYSTEM
from .settings import Preferences


class PreferencesDialog(QDialog):
    """The analyst's choices; each is written, and applies, as soon as it changes (the
    language too: the whole interface switches at once). ``on_name`` (from the window) is
    called with the cleaned name once it is stored."""

    def __init__(self, prefs: Preferences, parent=None, on_name=None):
        super().__init__(parent)
        self.setObjectName("preferences-dialog")
        self.prefs = prefs
        self._on_name = on_name
        self.language = QComboBox(objectName="preferences-language")
        self.language.addItem("", SYSTEM)
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)  # each language named in itself
        self.language.setCurrentIndex(max(0, self.language.findData(prefs.get("ui/language"))))
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.note = QLabel(objectName="preferences-language-note")
        self.note.setWordWrap(True)
        self.theme = QComboBox(objectName="preferences-theme")
        for value in theme.CHOICES:
            self.theme.addItem("", value)
        self.theme.setCurrentIndex(max(0, self.theme.findData(prefs.get("ui/theme"))))
        self.theme.currentIndexChanged.connect(self._theme_chosen)
        self.article_font = QComboBox(objectName="preferences-font")
        for value in ("naskh", "kufi", "system"):
            self.article_font.addItem("", value)
        self.article_font.setCurrentIndex(
            max(0, self.article_font.findData(prefs.get("view/article_font")))
        )
        self.article_font.currentIndexChanged.connect(self._font_chosen)
        self.login = default_annotator()
        self.name = QLineEdit(prefs.get("tagging/annotator"), objectName="annotator-name")
        self.name.setMaxLength(MAX_NAME)
        self.name.setPlaceholderText(self.login or "")
        self.name.editingFinished.connect(self.store_name)
        self.hint = QLabel()
        self.hint.setTextFormat(Qt.TextFormat.PlainText)  # a login name is shown as it is
        self.hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.row_labels = [QLabel() for _ in range(4)]
        form = QFormLayout(self)
        form.addRow(self.row_labels[0], self.language)
        form.addRow(self.note)
        form.addRow(self.row_labels[1], self.theme)
        form.addRow(self.row_labels[2], self.article_font)
        form.addRow(self.row_labels[3], self.name)
        form.addRow(self.hint)
        form.addRow(buttons)
        self._retranslate()

    def _retranslate(self) -> None:
        """Every text of the dialog in the current language (also after a switch)."""
        self.setWindowTitle(self.tr("Preferences"))
        self.language.setItemText(0, self.tr("The system's language"))
        self.language.setAccessibleName(self.tr("Interface language"))
        self.language.setAccessibleDescription(self.tr("Arabic or English"))
        self.note.setText(
            self.tr(
                "The interface changes at once. Steps already in the undo history keep the "
                "language they were written in."
            )
        )
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setAccessibleDescription(self.note.text())
        for i, text in enumerate(theme.CHOICES.values()):
            self.theme.setItemText(i, QCoreApplication.translate("Theme", text))
        self.theme.setAccessibleName(self.tr("Theme"))
        self.theme.setAccessibleDescription(self.tr("Light, dark or high contrast"))
        for i, text in enumerate((self.tr("Naskh"), self.tr("Kufi"), self.tr("The system's font"))):
            self.article_font.setItemText(i, text)
        self.article_font.setAccessibleName(self.tr("Article font"))
        self.article_font.setAccessibleDescription(self.tr("The typeface of the article text"))
        self.name.setAccessibleName(self.tr("Your name"))
        self.name.setAccessibleDescription(self.tr("Stored with every span you tag"))
        self.hint.setText(
            self.tr("Stored with every span you tag and exported with it. Empty: {login}.").format(
                login=self.login or self.tr("no name")
            )
        )
        rows = (
            self.tr("Language"),
            self.tr("Theme"),
            self.tr("Article font"),
            self.tr("Your name"),
        )
        for label, text in zip(self.row_labels, rows, strict=True):
            label.setText(text)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _language_chosen(self) -> None:
        """The language applies at once: the catalogues, then every window retranslates."""
        from .live_language import switch_language

        value = self.language.currentData()
        self.prefs.set("ui/language", value)
        switch_language(value)

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
