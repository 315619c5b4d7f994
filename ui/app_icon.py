"""The application icon, apart from Help ▸ About: the window needs it at start-up, the About
dialog's module (dialog classes, font database) can wait until it is opened."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from annotator.paths import resource


def app_icon() -> QIcon:
    """The application icon (SVG, with the PNG as a fallback where SVG cannot be read)."""
    icon = QIcon(str(resource("icons/annotator.svg")))
    icon.addFile(str(resource("icons/annotator.png")))
    return icon
