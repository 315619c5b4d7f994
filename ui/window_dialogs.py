"""The dialogs the window opens (labels, relation types, shortcuts, preferences, about), the
annotator's name when it changes, and the article's font, size and theme.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from annotator.display import display_name

from .annotator_name import apply_annotator
from .settings import PREFS

if TYPE_CHECKING:  # built on first use, after the window is on screen
    from .about import AboutDialog
    from .cheatsheet import ShortcutSheet
    from .label_editor import LabelEditor

MIN_POINT_SIZE, MAX_POINT_SIZE = 8, 48


class WindowDialogs:
    """The dialogs ``MainWindow`` opens, and the article's font and size (a mixin of it)."""

    def edit_labels(self) -> LabelEditor | None:
        from .label_editor import LabelEditor

        if self.session is None:
            return None
        editor = LabelEditor(self.session, self)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.open()
        return editor

    def edit_relation_types(self):
        from .relation_type_editor import RelationTypeEditor

        if self.session is None:
            return None
        editor = RelationTypeEditor(self.session, self)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.open()
        return editor

    def show_shortcuts(self) -> ShortcutSheet:
        from .cheatsheet import ShortcutSheet

        sheet = ShortcutSheet(self.shortcut_actions(), self)
        sheet.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        sheet.open()
        return sheet

    def show_preferences(self):
        from .preferences import PreferencesDialog

        dialog = PreferencesDialog(self.prefs, self, on_name=self._annotator_named)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_about(self) -> AboutDialog:
        from .about import AboutDialog

        dialog = AboutDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _annotator_named(self, name: str) -> None:
        if self.session is not None:
            apply_annotator(self.prefs, self.session.project)
            self.identity.show_name(self.session.project.annotator)
            self.statusBar().showMessage(
                self.tr("Spans you tag from now on are signed “{name}”.").format(
                    name=display_name(self.session.project.annotator or self.tr("no name"))
                ),
                8000,
            )

    def set_article_font(self, choice: str) -> None:
        """Naskh, Kufi or the system font for the article (ui/fonts.py)."""
        from .fonts import article_font_family

        self.view.set_font_family(article_font_family(choice))

    def theme_changed(self) -> None:
        """Repaint what the window colours itself (span tints and bars, the save state)."""
        self._labels_changed()
        self._set_saved(*self._saved_state)

    def _zoom(self, size: float) -> None:
        size = max(MIN_POINT_SIZE, min(MAX_POINT_SIZE, round(size)))
        self.view.set_font_point_size(size)
        self.prefs.set("view/font_point_size", size)  # the size new projects start with
        if self.session is not None:  # and this project's own
            self.window_state.remember_font_size(self.session.project.path, size)

    def zoom_in(self) -> None:
        self._zoom(self.view.font_point_size() + 2)

    def zoom_out(self) -> None:
        self._zoom(self.view.font_point_size() - 2)

    def zoom_reset(self) -> None:
        self._zoom(PREFS["view/font_point_size"].default)
