"""Switching the interface language while the app runs (Edit ▸ Preferences ▸ Language).

``switch_language`` installs the new catalogues (or removes them for English) through
``i18n.install``. Qt then sends ``QEvent.LanguageChange`` to every window and, since the
application's layout direction is left on automatic, reads the catalogue's
``QT_LAYOUT_DIRECTION`` again: the window, its docks, menus and dialogs mirror at once.

Texts set once from ``tr`` do not change by themselves, so each window answers the event:
the main window through ``retranslate_window`` below (title, menus, every action from the
action table, docks, status bar, the lists' headers and cells, the panels built so far), the
dialogs that can be open at that moment (Preferences, the name dialog) in their own
``changeEvent``. What cannot follow is said in Preferences: undo steps already taken keep the
words they were written with, and a status message already shown keeps its language for its
few seconds.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QDockWidget

from . import accessibility, i18n, label_names
from . import actions as action_table

#: Dock titles by dock name, as the main window sets them ("MainWindow" context).
DOCK_TITLES = {
    "documents-dock": QT_TRANSLATE_NOOP("MainWindow", "Documents"),
    "spans-dock": QT_TRANSLATE_NOOP("MainWindow", "Spans"),
    "legend-dock": QT_TRANSLATE_NOOP("MainWindow", "Labels"),
    "claims-dock": QT_TRANSLATE_NOOP("MainWindow", "Claims"),
    "search-dock": QT_TRANSLATE_NOOP("MainWindow", "Search"),
    "curation-dock": QT_TRANSLATE_NOOP("MainWindow", "Curation"),
}


def switch_language(preference: str) -> str:
    """Show the interface in the language ``preference`` names ("system", "ar", "en") now;
    the language used."""
    app = QApplication.instance()
    app.setLayoutDirection(Qt.LayoutDirection.LayoutDirectionAuto)  # the catalogue decides
    used = i18n.install(i18n.chosen_language(preference))
    app._language = used
    app.setApplicationDisplayName(QCoreApplication.translate("About", "Arabic news annotator"))
    return used


def retranslate_window(window) -> None:
    """Put every text of the main window into the current language."""
    label_names.forget()  # a translator installed by hand (tests) comes without i18n.install
    window._show_title()
    for title, menu in window.menus.items():
        menu.setTitle(action_table.menu_title(title))
    recent = window.menus["File"].findChild(type(window.menus["File"]), "recent-projects")
    if recent is not None:
        recent.setTitle(QCoreApplication.translate("MainWindow", "&Recent projects"))
    for spec in action_table.ACTIONS:
        action = window.actions[spec.id]
        if spec.id not in ("undo", "redo"):  # the undo group writes those (the step's text)
            action.setText(action_table.tr_action(spec.text))
        action_table.build_action(window, spec, action)  # tooltip and status tip
    window._rebuild_label_actions()
    if window.session is not None:  # the span list's label column fits the shown names
        window.spans.fit_labels(
            [label_names.label_cell(lab.name) for lab in window.session.labels()]
        )
    for dock in window.findChildren(QDockWidget):
        if dock.objectName() in DOCK_TITLES:
            dock.setWindowTitle(
                QCoreApplication.translate("MainWindow", DOCK_TITLES[dock.objectName()])
            )
    window._set_saved(*window._saved_state)
    window.exact_indicator.sync()
    if window.view.placeholderText():
        window.view.setPlaceholderText(window._empty_hint())
    for model in _models(window):
        columns = model.columnCount()
        if columns:
            model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, columns - 1)
        rows = model.rowCount()
        if rows and columns:  # status words, counts in the new digits
            model.dataChanged.emit(model.index(0, 0), model.index(rows - 1, columns - 1))
    if window._curation is not None and window._curation.isVisible():
        window._refresh_curation()
    suggestions = getattr(window, "suggestions", None)
    if suggestions is not None:  # the status bar's count of suggestions left
        suggestions.suggestions_changed.emit(suggestions.summary())
    accessibility.describe_window(window)


def _models(window):
    models = [window.documents.model, window.spans.model, window.legend.model]
    if window._claims is not None:
        models.append(window._claims.model)
    return models
