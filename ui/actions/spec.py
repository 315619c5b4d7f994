"""What an action is (``ActionSpec``), the menus, and their titles in the interface language."""

from __future__ import annotations

from dataclasses import dataclass, field

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


def spec_text(spec: ActionSpec) -> str:
    """An action's text as shown."""
    return spec.text if spec.translated else tr_action(spec.text)


def menu_title(menu: str) -> str:
    return QCoreApplication.translate("Menus", MENU_TITLES[menu])


@dataclass(frozen=True)
class ActionSpec:
    """One action: ``handler`` is a dotted attribute path on the main window."""

    id: str
    text: str
    shortcuts: tuple[str, ...] = ()
    handler: str | None = None
    menu: str | None = None
    args: tuple = ()
    checkable: bool = False
    tip: str = ""
    separator_before: bool = False
    extra: dict = field(default_factory=dict)
    #: text and tip are already in the interface language (label and attribute actions,
    #: written with the label's name): not looked up in the catalogue again
    translated: bool = False
