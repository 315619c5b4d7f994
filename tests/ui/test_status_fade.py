"""Status messages fade out at the end of their time instead of vanishing (issue 10), and a
new message is never dimmed or cut short by the fade of the one before. Waits on the bar's
signals (no sleeps); the messages are given short times so the test does not wait 5 s."""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, Qt
from PySide6.QtGui import QPalette

from tests.ui.app_fixtures import OFFSCREEN_NOISE
from ui.feedback import FADE_MS, MESSAGE_MS, FadingStatusBar

pytestmark = OFFSCREEN_NOISE


def _alpha(bar) -> int:
    return bar.palette().color(QPalette.ColorRole.WindowText).alpha()


def test_a_timed_message_fades_out_then_clears(qtbot, open_window):
    window = open_window()
    bar = window.statusBar()
    assert isinstance(bar, FadingStatusBar)
    alphas: list[int] = []
    bar.fade.valueChanged.connect(lambda _v: alphas.append(_alpha(bar)))
    clock = QElapsedTimer()
    clock.start()
    with qtbot.waitSignal(bar.fade_started, timeout=5000) as started:
        bar.showMessage("Tagged “توكاييف” as speaker", FADE_MS + 300)
    assert started.args == ["Tagged “توكاييف” as speaker"]
    assert clock.elapsed() >= 300  # shown in full first
    assert bar.currentMessage() == "Tagged “توكاييف” as speaker"  # still there while fading
    with qtbot.waitSignal(bar.message_faded, timeout=5000):
        pass
    assert bar.currentMessage() == ""
    assert clock.elapsed() >= FADE_MS + 300
    # It faded in steps (an animation, not a jump), from opaque towards transparent ...
    assert len(alphas) >= 3 and alphas == sorted(alphas, reverse=True) and alphas[-1] < 64
    # ... and the bar's own colour is back for the next message.
    assert _alpha(bar) == 255
    qtbot.waitUntil(window.path_label.isVisible)


def test_a_new_message_stops_the_fade_and_shows_in_full(qtbot, open_window):
    window = open_window()
    bar = window.statusBar()
    with qtbot.waitSignal(bar.fade_started, timeout=5000):
        bar.showMessage("first", FADE_MS)  # fades at once
    qtbot.waitUntil(lambda: _alpha(bar) < 255)
    bar.showMessage("second", 60_000)
    assert bar.currentMessage() == "second" and _alpha(bar) == 255
    # The first fade is over (it can no longer clear "second"); "second" has its own time.
    assert bar.fade.state() == bar.fade.State.Stopped
    assert bar._hold.remainingTime() > 50_000
    bar.clearMessage()
    assert bar.currentMessage() == "" and _alpha(bar) == 255


def test_edits_report_with_the_standard_time(qtbot, open_window):
    window = open_window()
    bar = window.statusBar()
    window.reporter._show("Undone: something", MESSAGE_MS)
    assert bar._hold.isActive()
    assert bar._hold.interval() == MESSAGE_MS - FADE_MS  # shown in full, then the fade


def test_a_message_longer_than_its_room_is_elided_with_all_of_it_in_the_tooltip(qtbot, open_window):
    """The permanent widgets on the right (counts, name, mode, saved) left a long message
    clipped mid-word, its end unseen; now it ends in … and the tooltip holds all of it."""
    window = open_window()
    window.resize(700, window.height())
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: bool(window.suggestions.pending), timeout=10000)
    bar = window.statusBar()
    long = "Exported 2 documents to " + "/a-rather-long-folder-name" * 8 + "/out.jsonl"
    bar.showMessage(long, 60000)
    qtbot.waitUntil(lambda: bar.message_rect().width() > 0)
    room = bar.message_rect()
    permanent = (window.identity, window.save_label)
    assert room.right() < min(w.x() for w in permanent if w.isVisible())  # stops before them
    # The counts of suggestions give way to the message, as the project's path does: their
    # long line left it a sliver at this width.
    assert not window.suggestions.counts_label.isVisible()
    assert room.width() > bar.width() / 2
    shown = bar.message_shown()
    assert shown.endswith("…") and shown[:-1] == long[: len(shown) - 1]
    assert bar.fontMetrics().horizontalAdvance(shown) <= room.width()
    assert bar.toolTip() == long
    before, font = bar.font(), bar.font()
    font.setPointSizeF(font.pointSizeF() * 1.5)
    bar.setFont(font)  # a larger font: elided again, shorter, in it
    larger = bar.message_shown()
    assert larger.endswith("…") and len(larger) < len(shown)
    assert bar.fontMetrics().horizontalAdvance(larger) <= bar.message_rect().width()
    bar.setFont(before)
    window.setLayoutDirection(Qt.LayoutDirection.RightToLeft)  # mirrored: the message right
    qtbot.waitUntil(lambda: window.identity.x() < bar.width() / 2)
    room = bar.message_rect()
    assert room.left() > max(w.geometry().right() for w in permanent if w.isVisible())
    assert room.width() > bar.width() / 2 and bar.message_shown().endswith("…")
    window.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    qtbot.waitUntil(lambda: window.identity.x() > bar.width() / 2)
    bar.showMessage("Saved", 60000)  # short: whole, no tooltip
    assert bar.message_shown() == "Saved" and bar.toolTip() == ""
    bar.clearMessage()
    assert bar.toolTip() == ""


def test_a_message_repaints_the_bar_not_the_window_under_it(qtbot, open_window):
    """The bar paints its own background (the window's colour): a new message (each tag shows
    one) repainted the main window under the message too. What the window shows is what a
    fresh paint of it shows, in both themes' colours and while a message fades."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtGui import QGuiApplication, QImage
    from PySide6.QtWidgets import QApplication

    class Paints(QObject):
        """The window's paints under the status bar."""

        count = 0

        def eventFilter(self, _obj, event):  # noqa: N802 (Qt override)
            under = bar.geometry()  # the window's own paints elsewhere do not count
            if event.type() == QEvent.Type.Paint and event.region().intersects(under):
                self.count += 1
            return False

    def shown_and_fresh():
        QApplication.processEvents()
        at = bar.mapTo(window, bar.rect().topLeft())
        box = (at.x(), at.y(), bar.width(), bar.height())
        shown = QGuiApplication.primaryScreen().grabWindow(window.winId()).toImage().copy(*box)
        fresh = window.grab().toImage().copy(*box)
        return [i.convertToFormat(QImage.Format.Format_RGB32) for i in (shown, fresh)]

    window = open_window()
    bar = window.statusBar()
    paints = Paints()
    window.installEventFilter(paints)
    bar.showMessage("Tagged “قاسم” as speaker", 60_000)  # covers the path (it hides)
    QApplication.processEvents()
    for text in ("Tagged “توكاييف” as speaker", "Tagged “كازاخستان” as location"):
        paints.count = 0
        bar.showMessage(text, 60_000)
        QApplication.processEvents()
        assert paints.count == 0, text
        shown, fresh = shown_and_fresh()  # (a grab paints the window: counted no more)
        assert shown == fresh, text
    bar._set_alpha(90)  # fading
    shown, fresh = shown_and_fresh()
    assert shown == fresh
    bar._set_alpha(255)
