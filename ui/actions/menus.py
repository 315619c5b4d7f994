"""The menus and their titles in the interface language: all the window's first frame needs of
``ui.actions`` (the actions, and ``ActionSpec`` with them, are built right after it)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

MENUS = ("File", "Edit", "Tag", "Document", "View", "Help")
#: The menu titles as shown (lupdate reads these; ``menu_title`` translates).
MENU_TITLES = {
    "File": QT_TRANSLATE_NOOP("Menus", "&File"),
    "Edit": QT_TRANSLATE_NOOP("Menus", "&Edit"),
    "Tag": QT_TRANSLATE_NOOP("Menus", "&Tag"),
    "Document": QT_TRANSLATE_NOOP("Menus", "&Document"),
    "View": QT_TRANSLATE_NOOP("Menus", "&View"),
    "Help": QT_TRANSLATE_NOOP("Menus", "&Help"),
}


def tr_action(text: str) -> str:
    """An action's text or tip in the interface language."""
    return QCoreApplication.translate("Actions", text) if text else text


def menu_title(menu: str) -> str:
    return QCoreApplication.translate("Menus", MENU_TITLES[menu])
