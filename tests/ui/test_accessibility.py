"""What a screen reader gets: every part of the window named, the article's text, selection
and caret through Qt's accessible text interface, and the current span in its description."""

from __future__ import annotations

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QScrollBar, QSizeGrip, QWidget

from tests.ui.app_fixtures import OFFSCREEN_NOISE

pytestmark = OFFSCREEN_NOISE
#: Roles a user works in: they need a description as well as a name.
WORKED_IN = {QAccessible.Role.EditableText, QAccessible.Role.Table, QAccessible.Role.StaticText}


def _walk(iface, found, depth=0):
    if iface is None or not iface.isValid() or depth > 20:
        return
    obj = iface.object()
    if isinstance(obj, QWidget):
        if not obj.isVisible():
            return
        internal = obj.objectName().startswith("qt_") or isinstance(obj, QScrollBar | QSizeGrip)
        if not internal:
            found.append((iface.role(), obj, iface.text(QAccessible.Text.Name),
                          iface.text(QAccessible.Text.Description)))  # fmt: skip
    for i in range(iface.childCount()):
        _walk(iface.child(i), found, depth + 1)


def test_every_widget_in_the_accessibility_tree_has_a_name(qtbot, open_window):
    window = open_window()
    window.find_bar.start()
    found = []
    _walk(QAccessible.queryAccessibleInterface(window), found)
    assert len(found) > 15
    nameless = [(role.name, type(obj).__name__) for role, obj, name, _ in found if not name]
    assert nameless == []
    undescribed = [
        (role.name, name) for role, obj, name, desc in found if role in WORKED_IN and not desc
    ]
    assert undescribed == []
    roles = {role for role, *_ in found}
    assert {QAccessible.Role.EditableText, QAccessible.Role.Table} <= roles


def test_the_article_exposes_text_selection_caret_and_current_span(qtbot, open_window):
    window = open_window()
    iface = QAccessible.queryAccessibleInterface(window.view)
    text = iface.textInterface()
    assert text is not None
    article = window.tagger.text
    assert text.text(0, 20) == article[:20]  # the seed is BMP-only: UTF-16 == code points
    window.view.select_range(4, 9)
    assert text.selectionCount() == 1 and text.cursorPosition() == 9
    text.setSelection(0, 20, 26)  # a screen reader selects: the app sees it
    assert window.view.selected_range() == (20, 26)
    window.tagger.tag_with(window.session.labels()[1].id)
    description = iface.text(QAccessible.Text.Description)
    span = window.tagger.current_span()
    assert span is not None and "claim" in description
    assert article[span.start : span.end] in description
    window.tagger.clear()
    assert "claim" not in iface.text(QAccessible.Text.Description)


def test_the_legend_hint_is_named_and_nothing_else_in_the_legend_takes_its_name(open_window):
    window = open_window()
    hint = window.legend.hint
    assert hint.accessibleName() == "Tagging hint"
    assert hint.accessibleDescription() == hint.text() != ""
    # Not the table's corner button (a QAbstractButton has text() too) nor any other part.
    named = [
        type(w).__name__
        for w in window.legend.findChildren(QWidget)
        if w is not hint and w.accessibleName() == "Tagging hint"
    ]
    assert named == []
