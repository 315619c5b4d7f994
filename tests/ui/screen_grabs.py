"""What the article view shows, read two ways: from the window's backing store (what the
analyst sees) and from a fresh paint whose spans are drawn directly, not from the kept
picture of them (``ui/span_layer.py``)."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtGui import QGuiApplication


def on_screen(view):
    """The article's viewport as it is in the window's backing store."""
    viewport = view.viewport()
    window = viewport.window()
    corner = viewport.mapTo(window, QPoint(0, 0))
    screen = QGuiApplication.primaryScreen()
    shot = screen.grabWindow(window.winId(), corner.x(), corner.y(), *viewport.size().toTuple())
    return shot.toImage()


def painted_directly(view, like):
    """A fresh paint of the viewport, its spans drawn directly (not from the kept picture),
    in the format of the image ``like``."""
    view.span_layer.enabled = False
    try:
        return view.viewport().grab().toImage().convertToFormat(like.format())
    finally:
        view.span_layer.enabled = True
