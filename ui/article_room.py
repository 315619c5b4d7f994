"""The article keeps room to be read: in a narrow window the docks give way first.

``QMainWindow`` gives a narrowing window's loss to the central widget until it is at its
minimum width, and a widening window's gain to the central widget only. Without a minimum the
article was squeezed to one word a line at 700 px while the docks kept their widths; and once
the docks have given way they would stay narrow when the window widens again. So the article
has a minimum width, and the docks' widths the analyst chose (at the first layout, or by
dragging a separator) are remembered and given back, as far as the article keeps its minimum,
when the window widens.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QDockWidget, QMainWindow

#: About eight Arabic words a line at the default size: less is read one word at a time.
ARTICLE_MIN_WIDTH = 360


class ArticleRoom(QObject):
    """Keeps ``window``'s central widget at least ``ARTICLE_MIN_WIDTH`` wide and gives the
    docks back their chosen widths when the window widens."""

    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.window = window
        window.centralWidget().setMinimumWidth(ARTICLE_MIN_WIDTH)
        self.chosen: dict[QDockWidget, int] = {}
        self._laid_out_width = -1  # the window's width when the docks were last looked at
        self._settling = False
        window.installEventFilter(self)
        for dock in self._docks():
            dock.installEventFilter(self)

    def _docks(self) -> list[QDockWidget]:
        return [
            d
            for d in self.window.findChildren(QDockWidget)
            if d.isVisible() and not d.isFloating() and d.parent() is self.window
        ]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Resize and not self._settling:
            self._settling = True  # once the whole layout has its new geometry
            QTimer.singleShot(0, self._settle)
        return False

    def _settle(self) -> None:
        """With the article squeezed to its minimum, nothing is remembered. Otherwise, after
        the window was resized, docks narrower than chosen get their widths back (as far as
        the article keeps its minimum: ``resizeDocks`` holds it); when the window kept its
        width (the first layout, a separator dragged) the docks' widths are the chosen ones."""
        self._settling = False
        resized = self.window.width() != self._laid_out_width
        self._laid_out_width = self.window.width()
        if self.window.centralWidget().width() <= ARTICLE_MIN_WIDTH:
            return
        narrow = [(d, w) for d, w in self.chosen.items() if d.isVisible() and 0 < d.width() < w]
        if resized and narrow:
            docks, widths = zip(*narrow, strict=True)
            self.window.resizeDocks(list(docks), list(widths), Qt.Orientation.Horizontal)
            return
        self.chosen = {d: d.width() for d in self._docks()}
