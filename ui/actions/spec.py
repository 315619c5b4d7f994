"""What an action is (``ActionSpec``); the menus and their titles are in ``ui.actions.menus``."""

from __future__ import annotations

from dataclasses import dataclass, field

from .menus import MENU_TITLES, MENUS, menu_title, tr_action  # noqa: F401 (re-exported)


def spec_text(spec: ActionSpec) -> str:
    """An action's text as shown."""
    return spec.text if spec.translated else tr_action(spec.text)


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
