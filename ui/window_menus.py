"""The window's menus and actions: built from the one table in ``ui.actions`` (the Undo and
Redo actions from the undo group), with the label and attribute keys rebuilt whenever the
labels change, and the linking actions enabled only while linking.

The menu bar's titles are there for the first frame; the actions themselves (about 70, each
with its shortcuts, tooltip and handler) are built right after it (``finish_start``), or at
once when anything asks for them first: ``actions`` builds them on its first read, and a key
pressed before then builds them before it is matched (``ui.keyboard``, and the window's own
filter while it has no focused widget).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction

from .actions.menus import MENUS, menu_title


class WindowActions(dict):
    """The window's actions by id; built on the first read (or by ``finish_start``)."""

    def __init__(self, build: Callable[[], None]):
        super().__init__()
        self._build: Callable[[], None] | None = build

    @property
    def built(self) -> bool:
        return self._build is None

    def ensure(self) -> None:
        if self._build is not None:
            build, self._build = self._build, None
            build()

    def __getitem__(self, key: str) -> QAction:
        self.ensure()
        return super().__getitem__(key)

    def __contains__(self, key: object) -> bool:
        self.ensure()
        return super().__contains__(key)

    def __iter__(self):
        self.ensure()
        return super().__iter__()

    def __len__(self) -> int:
        self.ensure()
        return super().__len__()

    def get(self, key, default=None):
        self.ensure()
        return super().get(key, default)

    def keys(self):
        self.ensure()
        return super().keys()

    def values(self):
        self.ensure()
        return super().values()

    def items(self):
        self.ensure()
        return super().items()

    def pop(self, key, *default):
        self.ensure()
        return super().pop(key, *default)


class WindowMenus:
    """The menus and actions of ``MainWindow`` (a mixin of it)."""

    def _build_menus(self) -> None:
        """The menu bar's menus, empty until ``finish_start`` fills them."""
        bar = self.menuBar()
        for title in MENUS:
            self.menus[title] = bar.addMenu(menu_title(title))
        self.actions = WindowActions(self._build_actions)
        self.installEventFilter(self)  # a key before the actions exist (no focused widget)

    def finish_start(self) -> None:
        """Build what the first frame did not need (the actions), if not built yet."""
        self.actions.ensure()

    def _key_before_actions(self, watched: QObject, event: QEvent) -> None:
        """The window's filter on itself, until its actions exist: a key builds them first."""
        if watched is self and event.type() in (
            QEvent.Type.ShortcutOverride,
            QEvent.Type.KeyPress,
        ):
            self.finish_start()

    def _build_actions(self) -> None:
        from . import actions as action_table

        self.removeEventFilter(self)
        for spec in action_table.ACTIONS:
            if spec.id == "undo":
                action = action_table.build_action(
                    self, spec, self.undo_group.createUndoAction(self)
                )
            elif spec.id == "redo":
                action = action_table.build_action(
                    self, spec, self.undo_group.createRedoAction(self)
                )
            else:
                action = action_table.build_action(self, spec)
            self._add_action(spec, action)
            if spec.id == "open-folder":
                recent = self.menus["File"].addMenu(self.tr("&Recent projects"))
                recent.setObjectName("recent-projects")
                recent.aboutToShow.connect(lambda m=recent: self.files.fill_recent_menu(m))
        # Label actions go above the separator that opens the span commands.
        tag_menu = self.menus["Tag"].actions()
        first = tag_menu.index(self.actions["next-span"])
        self._tag_anchor = (
            tag_menu[first - 1] if first and tag_menu[first - 1].isSeparator() else tag_menu[first]
        )
        self._linking_changed(self.attribution.active)
        exact = self.actions["exact-characters"]
        exact.setChecked(self.prefs.get("tagging/exact_characters"))
        exact.toggled.connect(lambda on: self.prefs.set("tagging/exact_characters", on))
        self.exact_indicator.attach(exact)
        self.suggestions.install_keys(self)
        self._rebuild_label_actions()

    def _add_action(self, spec, action: QAction, before: QAction | None = None) -> None:
        dict.__setitem__(self.actions, spec.id, action)
        self.addAction(action)  # shortcuts work whether or not the menu is open
        menu = self.menus.get(spec.menu or "")
        if menu is not None:
            if spec.separator_before:
                menu.insertSeparator(before) if before else menu.addSeparator()
            menu.insertAction(before, action) if before else menu.addAction(action)

    def _rebuild_label_actions(self) -> None:
        """One action per label key; created at once when labels are added or re-keyed."""
        if not self.actions.built:
            return  # the actions, when built, make the label actions too
        from . import actions as action_table

        for action in self._label_actions:
            self.removeAction(action)
            self.menus["Tag"].removeAction(action)
            self.actions.pop(action.objectName(), None)
            action.deleteLater()
        self._label_actions = []
        labels = self.session.labels() if self.session else []
        for spec in action_table.label_action_specs(labels):
            action = action_table.build_action(self, spec)
            self._add_action(spec, action, before=self._tag_anchor)
            self._label_actions.append(action)
        attributes = self.session.attributes() if self.session else []
        for spec in action_table.attribute_action_specs(attributes):
            action = action_table.build_action(self, spec)
            self._add_action(spec, action)
            self._label_actions.append(action)

    def shortcut_actions(self) -> list[tuple[str, QAction]]:
        """(menu, action) for the cheat sheet: fixed actions, then the label and attribute
        keys."""
        from . import actions as action_table

        ordered = [(spec.menu or "Tag", self.actions[spec.id]) for spec in action_table.ACTIONS]
        return ordered + [("Tag", a) for a in self._label_actions]

    def _linking_changed(self, active: bool) -> None:
        from .actions import LINKING_ACTIONS

        for name in LINKING_ACTIONS:
            self.actions[name].setEnabled(active)
