"""Help ▸ About: the app's name and version, and the licences of the fonts bundled with it."""

from __future__ import annotations

import PySide6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, qVersion
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

import annotator

from .app_icon import app_icon  # noqa: F401 (it was here first)
from .fonts import bundled_font_files, licence_file

NAME = QT_TRANSLATE_NOOP("About", "Arabic news annotator")


def _tr(text: str) -> str:
    return QCoreApplication.translate("About", text)


def about_text() -> str:
    """Name, version and what the app is for, as plain text."""
    import platform  # only when asked: 6 ms of start-up otherwise

    text = QCoreApplication.translate(
        "About",
        "{name}\nVersion {version}\n\n"
        "Tag speakers, claims, locations and statistics in Arabic news articles. "
        "Every tag is saved as you make it.\n\n"
        "Qt {qt}, PySide6 {pyside}, Python {python}",
    )
    return text.format(
        name=_tr(NAME),
        version=annotator.__version__,
        qt=qVersion(),
        pyside=PySide6.__version__,
        python=platform.python_version(),
    )


def font_licences_text() -> str:
    """The licences of the bundled fonts, or a note that none are bundled."""
    fonts = bundled_font_files()
    if not fonts:
        return QCoreApplication.translate(
            "About",
            "No fonts are bundled with this copy: the article uses the fonts installed on "
            "this computer.",
        )
    parts = [
        QCoreApplication.translate("About", "Fonts bundled with this copy: {fonts}").format(
            fonts=", ".join(f.name for f in fonts)
        )
    ]
    seen: set = set()
    for font in fonts:
        licence = licence_file(font)
        if licence is None:
            parts.append(
                QCoreApplication.translate(
                    "About", "{font}: licence text missing from this build."
                ).format(font=font.name)
            )
        elif licence not in seen:
            seen.add(licence)
            parts.append(licence.read_text(encoding="utf-8").strip())
    return "\n\n".join(parts)


class AboutDialog(QDialog):
    """Plain-text About box, as large as what it says: the font licences (long legal text)
    get a scrollable, read-only text box; without bundled fonts one line says so."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("about-dialog")
        self.setWindowTitle(
            QCoreApplication.translate("About", "About {name}").format(name=_tr(NAME))
        )
        layout = QVBoxLayout(self)
        self.summary = QLabel(self)
        self.summary.setObjectName("about-summary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setText(about_text())
        self.summary.setWordWrap(True)
        self.summary.setMinimumWidth(420)  # word-wrapped labels otherwise size to a column
        layout.addWidget(self.summary)
        if bundled_font_files():
            self.licences = QPlainTextEdit(self)
            self.licences.setReadOnly(True)
            self.licences.setPlainText(font_licences_text())
            self.licences.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont))
            self.licences.setMinimumSize(520, 300)
            layout.addWidget(self.licences, 1)
        else:
            self.licences = QLabel(self)
            self.licences.setTextFormat(Qt.TextFormat.PlainText)
            self.licences.setText(font_licences_text())
            self.licences.setWordWrap(True)
            layout.addWidget(self.licences)
        self.licences.setObjectName("about-licences")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.adjustSize()

    def licence_text(self) -> str:
        """What the licence part says, whichever widget shows it."""
        if isinstance(self.licences, QPlainTextEdit):
            return self.licences.toPlainText()
        return self.licences.text()
