"""The window's menus and actions: built from the one table in ``ui.actions`` (the Undo and
Redo actions from the undo group), with the label and attribute keys rebuilt whenever the
labels change, and the linking actions enabled only while linking.
"""

from __future__ import annotations

from PySide6.QtGui import QAction

from . import actions as action_table


class WindowMenus:
    """The menus and actions of ``MainWindow`` (a mixin of it)."""

    def _build_menus(self) -> None:
        bar = self.menuBar()
        for title in action_table.MENUS:
            self.menus[title] = bar.addMenu(action_table.menu_title(title))
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

    def _add_action(self, spec, action: QAction, before: QAction | None = None) -> None:
        self.actions[spec.id] = action
        self.addAction(action)  # shortcuts work whether or not the menu is open
        menu = self.menus.get(spec.menu or "")
        if menu is not None:
            if spec.separator_before:
                menu.insertSeparator(before) if before else menu.addSeparator()
            menu.insertAction(before, action) if before else menu.addAction(action)

    def _rebuild_label_actions(self) -> None:
        """One action per label key; created at once when labels are added or re-keyed."""
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
        ordered = [(spec.menu or "Tag", self.actions[spec.id]) for spec in action_table.ACTIONS]
        return ordered + [("Tag", a) for a in self._label_actions]

    def _linking_changed(self, active: bool) -> None:
        for name in action_table.LINKING_ACTIONS:
            self.actions[name].setEnabled(active)
