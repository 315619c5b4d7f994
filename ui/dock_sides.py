"""Docks follow the reading direction: the documents start where the eye starts.

Qt mirrors a window's contents, menus and dialogs in a right-to-left language, but not the
sides of ``QMainWindow``'s docks: a dock put on the left stays on the left. In Arabic the
document list belongs on the right (where reading starts) and the span list on the left, so
``mirror`` swaps the two sides, keeping each side's order from top to bottom, its tab groups,
which docks are shown, and the widths. The window calls it when the layout direction changes
(a language switched in Preferences), and after restoring a layout saved in the other
direction (``WindowState`` keeps the direction beside the layout).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow

LEFT = Qt.DockWidgetArea.LeftDockWidgetArea
RIGHT = Qt.DockWidgetArea.RightDockWidgetArea


def direction_name(window: QMainWindow) -> str:
    return "rtl" if window.isRightToLeft() else "ltr"


def mirror(window: QMainWindow) -> None:
    """Move every left dock to the right and every right dock to the left."""
    window.layout().activate()  # geometry as laid out, also before the window is shown
    docks = [d for d in window.findChildren(QDockWidget) if not d.isFloating()]
    sides = {
        area: sorted(
            (d for d in docks if window.dockWidgetArea(d) == area), key=lambda d: (d.y(), d.x())
        )
        for area in (LEFT, RIGHT)
    }
    if window.isVisible():  # a dock behind another's tab is hidden, yet open: ask its action
        shown = {d: d.toggleViewAction().isChecked() for d in docks}
    else:  # before the window is shown (restoring a layout): open unless hidden on purpose
        shown = {d: not d.isHidden() for d in docks}
    widths = {area: max((d.width() for d in sides[area] if shown[d]), default=0) for area in sides}
    # Tab groups: each dock with the docks sharing its place, and which tab was in front.
    groups = []
    for dock in docks:
        tabbed = [d for d in window.tabifiedDockWidgets(dock) if d in shown]
        if tabbed and not any(dock in g for g in groups):
            groups.append([dock, *tabbed])
    front = {d for d in docks if shown[d] and not d.visibleRegion().isEmpty()}
    for area, other in ((LEFT, RIGHT), (RIGHT, LEFT)):
        placed: list[QDockWidget] = []
        for dock in sides[area]:
            if any(dock in g and g[0] is not dock and g[0] in placed for g in groups):
                continue  # a tab behind another: tabified below
            window.addDockWidget(other, dock, Qt.Orientation.Vertical)
            placed.append(dock)
    for group in groups:
        for dock in group[1:]:
            window.tabifyDockWidget(group[0], dock)
    for dock, visible in shown.items():
        if dock.isHidden() == visible:
            dock.setVisible(visible)
    for dock in front:
        dock.raise_()
    for area in (LEFT, RIGHT):
        moved = [d for d in sides[area] if shown[d]]
        if moved and widths[area]:
            window.resizeDocks(moved[:1], [widths[area]], Qt.Orientation.Horizontal)
