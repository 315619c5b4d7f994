"""The link marks on screen (outlines, connectors, the candidate) are what a full paint of
the article draws, whatever was repainted: after each key of tag, link, choose, unlink,
undo and redo, and after a repaint of one paragraph only. The screen is read from the
window's backing store (what the analyst sees), not rendered afresh."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage, QTextCursor
from PySide6.QtWidgets import QApplication

from tests.ui.app_fixtures import OFFSCREEN_NOISE, find, press

pytestmark = OFFSCREEN_NOISE

K = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier
SPEAKER = "قاسم جومارت توكاييف"  # second line of the seed article
CLAIM = "بلاده نجت من محاولة انقلاب"  # same line
LATER_CLAIM = "المسلحين تخلوا عن خطط الاستيلاء"  # three paragraphs further down
OTHER_SPEAKER = "توكاييف"  # its first occurrence: on the line of the first claim
LAST_SPEAKER = "إيرلان كارين"  # near the end
LAST_CLAIM = "الظروف فيها مختلفة"  # the last paragraphs


def on_screen(view) -> QImage:
    """The article's viewport as the window shows it now."""
    viewport = view.viewport()
    corner = viewport.mapTo(viewport.window(), QPoint(0, 0))
    window = viewport.window()
    return (
        window.screen()
        .grabWindow(window.winId(), corner.x(), corner.y(), viewport.width(), viewport.height())
        .toImage()
    )


def shows_a_full_paint(view) -> bool:
    """Let pending repaints happen, then compare the screen with a paint of the whole view."""
    QApplication.processEvents()
    shown = on_screen(view)
    view.viewport().repaint()
    return shown == on_screen(view)


def marked_window(open_window, size=(1600, 1000)):
    window = open_window()
    window.view.setCursorWidth(0)  # no caret blinking between two reads of the screen
    window.resize(*size)
    QApplication.processEvents()
    return window


def without_suggestions(qtbot, window) -> None:
    """Wait for the rules' suggestions (they come from a thread, at any moment) and reject
    them all. After a scroll, Qt strokes a dashed suggestion outline that the viewport's edge
    cuts with another dash phase than a full paint does: not what these tests look at, and
    whether it showed depended on when the rules' result arrived."""
    triage = window.suggestions
    qtbot.waitUntil(lambda: not triage.running, timeout=30000)
    while triage.pending:
        triage.next()
        triage.reject()
    window.view.select_range(0, 0)


def tag(qtbot, window, needle: str, key: Qt.Key, nth: int = 0) -> None:
    window.view.select_range(*find(window.view.text(), needle, nth))
    press(qtbot, window, key)


def test_each_key_of_linking_leaves_the_screen_as_a_full_paint(qtbot, open_window):
    window = marked_window(open_window)
    view = window.view
    steps = [
        ("speaker", lambda: tag(qtbot, window, SPEAKER, K.Key_1)),
        ("other speaker", lambda: tag(qtbot, window, OTHER_SPEAKER, K.Key_1, nth=1)),
        ("claim", lambda: tag(qtbot, window, LATER_CLAIM, K.Key_2)),
        ("R", lambda: press(qtbot, window, K.Key_R)),
        ("]", lambda: press(qtbot, window, K.Key_BracketRight)),
        ("[", lambda: press(qtbot, window, K.Key_BracketLeft)),
        ("Enter", lambda: press(qtbot, window, K.Key_Return)),
        ("another claim", lambda: tag(qtbot, window, CLAIM, K.Key_2)),
        ("R again", lambda: press(qtbot, window, K.Key_R)),
        ("Escape", lambda: press(qtbot, window, K.Key_Escape)),
        ("R, Enter", lambda: (press(qtbot, window, K.Key_R), press(qtbot, window, K.Key_Return))),
        ("back to the first claim", lambda: press(qtbot, window, K.Key_BracketLeft)),
        ("R on a linked pair: Enter unlinks", lambda: press(qtbot, window, K.Key_R)),
        ("unlink", lambda: press(qtbot, window, K.Key_Return)),
        ("undo", lambda: press(qtbot, window, K.Key_Z, CTRL)),
        ("redo", lambda: press(qtbot, window, K.Key_Y, CTRL)),
        ("undo again", lambda: press(qtbot, window, K.Key_Z, CTRL)),
        ("delete the claim", lambda: press(qtbot, window, K.Key_Delete)),
        ("undo the delete", lambda: press(qtbot, window, K.Key_Z, CTRL)),
    ]  # fmt: skip
    assert shows_a_full_paint(view)
    linked_seen = False
    for name, step in steps:
        step()
        assert shows_a_full_paint(view), f"after {name} the screen is not what a paint shows"
        linked_seen |= bool(view.marks.links_of(view.current_span()))
    assert linked_seen  # the steps did show links of the current span


def test_choosing_a_candidate_off_screen_scrolls_and_the_screen_follows(qtbot, open_window):
    """Each ] or [ here scrolls the article to the candidate: the connector to a span off
    screen is drawn to the edge of the view, which the scroll does not carry along."""
    window = marked_window(open_window, size=(1000, 420))
    without_suggestions(qtbot, window)
    view = window.view
    assert not view.suggested.ranges  # no dashed outline left
    tag(qtbot, window, SPEAKER, K.Key_1)
    tag(qtbot, window, LAST_SPEAKER, K.Key_1)
    tag(qtbot, window, LATER_CLAIM, K.Key_2)
    scrolled = set()
    for key in (K.Key_R, K.Key_BracketRight, K.Key_BracketLeft, K.Key_BracketRight, K.Key_Escape):
        before = view.verticalScrollBar().value()
        press(qtbot, window, key)
        scrolled.add(view.verticalScrollBar().value() != before)
        assert shows_a_full_paint(view), f"after {key.name} the screen is not a full paint"
    tag(qtbot, window, LAST_CLAIM, K.Key_2)
    for key in (K.Key_R, K.Key_BracketLeft, K.Key_Return, K.Key_BracketLeft):
        before = view.verticalScrollBar().value()
        press(qtbot, window, key)
        scrolled.add(view.verticalScrollBar().value() != before)
        assert shows_a_full_paint(view), f"after {key.name} the screen is not a full paint"
    assert True in scrolled  # (each of them did, at this window size)


def in_view(view, position: int) -> bool:
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.to_qt(position))
    return view.viewport().rect().contains(view.cursorRect(cursor))


def test_flagging_a_linked_claim_uncertain_redraws_its_connector_as_a_full_paint(
    qtbot, open_window
):
    """U repaints the claim's paragraph only: its connector there still goes to the speaker
    three paragraphs above (it went straight up to the edge of the view, a stray line)."""
    window = marked_window(open_window)
    view = window.view
    tag(qtbot, window, SPEAKER, K.Key_1)
    tag(qtbot, window, LATER_CLAIM, K.Key_2)
    press(qtbot, window, K.Key_R)
    press(qtbot, window, K.Key_Return)
    claim = window.tagger.current_span()
    [(_, speaker_id, _)] = view.marks.links_of(claim.id)  # the claim is current, its link shown
    speaker = window.tagger.order.get(speaker_id)
    view.verticalScrollBar().setValue(0)
    assert in_view(view, speaker.start) and in_view(view, claim.start)
    view.viewport().repaint()
    press(qtbot, window, K.Key_U)
    assert window.tagger.current_span().uncertain
    assert shows_a_full_paint(view)
