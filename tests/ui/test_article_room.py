"""In a narrow window the docks give way before the article: at 700 px the article keeps a
width an analyst can read (it was squeezed to one word a line), and widening the window
gives the docks back the widths they had."""

from __future__ import annotations

from PySide6.QtWidgets import QDockWidget

from tests.ui.app_fixtures import OFFSCREEN_NOISE
from ui.article_room import ARTICLE_MIN_WIDTH

pytestmark = OFFSCREEN_NOISE


def _dock_widths(window) -> dict[str, int]:
    return {d.objectName(): d.width() for d in window.findChildren(QDockWidget) if d.isVisible()}


def _resized(qtbot, window, width: int) -> None:
    window.resize(width, 700)
    qtbot.waitUntil(lambda: window.width() == width)


def test_at_700_px_the_article_keeps_a_readable_width(qtbot, open_window):
    window = open_window()
    _resized(qtbot, window, 700)
    qtbot.waitUntil(lambda: window.view.width() >= ARTICLE_MIN_WIDTH, timeout=2000)
    widths = _dock_widths(window)
    assert {"documents-dock", "spans-dock", "legend-dock"} <= set(widths), widths
    assert all(w >= 60 for w in widths.values()), widths  # the docks gave way, still there
    assert (
        window.view.width() + sum(widths[n] for n in ("documents-dock", "spans-dock"))
        <= window.width()
    )


def test_widening_again_gives_the_docks_back_their_widths(qtbot, open_window):
    window = open_window()
    _resized(qtbot, window, 1366)
    before = _dock_widths(window)
    _resized(qtbot, window, 700)
    assert _dock_widths(window)["spans-dock"] < before["spans-dock"]
    _resized(qtbot, window, 1366)
    qtbot.waitUntil(lambda: _dock_widths(window) == before, timeout=2000)
    assert window.view.width() > 600
