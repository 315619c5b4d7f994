"""Switching the interface language in Preferences is live: the window, its menus, docks,
status bar, panels and the dialog itself change at once, and the layout mirrors.

A marker translator (every string it is asked for comes back marked) is installed while the
window is open: any text still unmarked afterwards was set once and never retranslated."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt
from PySide6.QtWidgets import QApplication, QDockWidget

from annotator.display import display_name
from tests.ui.app_fixtures import OFFSCREEN_NOISE
from tests.ui.test_translation import MARK, MarkerTranslator, _shown_texts
from ui import i18n

pytestmark = OFFSCREEN_NOISE
DATA = {"speaker", "claim", "location", "statistic", "tester"}


@pytest.fixture
def english_after():
    """Whatever a test switches to, the next test starts in English, direction automatic."""
    yield
    app = QApplication.instance()
    i18n.install("en")
    app.setLayoutDirection(Qt.LayoutDirection.LayoutDirectionAuto)
    QCoreApplication.processEvents()


def _everything_shown(window) -> list[tuple[str, str]]:
    # Label actions are rebuilt on a switch; the old ones go at the next deferred delete.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    texts = _shown_texts(window)
    texts += [(f"dock {d.objectName()}", d.windowTitle()) for d in window.findChildren(QDockWidget)]
    texts += [
        ("title", window.windowTitle()),
        ("identity", window.identity.text()),
        ("identity tip", window.identity.toolTip()),
        ("exact", window.exact_indicator.toolTip()),
        ("find placeholder", window.find_bar.edit.placeholderText()),
        ("search placeholder", window.search.query.placeholderText()),
        ("accessible", window.view.accessibleName()),
        ("legend hint", window.legend.hint.text()),
    ]
    for action in window.actions.values():
        if action.objectName() not in ("undo", "redo"):
            texts.append((f"tip {action.objectName()}", action.toolTip()))
    return texts


def _untranslated(texts):
    return [
        (where, text)
        for where, text in texts
        if text
        and MARK not in text
        and not any(name in text for name in DATA)
        and not where.startswith(("action undo", "action redo"))
    ]


def test_a_translator_installed_while_the_window_is_open_reaches_every_text(
    qtbot, open_window, english_after
):
    window = open_window()
    window.find_bar.start()
    window.start_search()
    window.focus_claims()
    window.show_curation()
    before = _everything_shown(window)
    assert len(before) > 100
    assert [t for t in before if MARK in t[1]] == []
    translator = MarkerTranslator()
    app = QApplication.instance()
    # Qt announces a translator loaded from a file; this one has no file, so say it here.
    with qtbot.waitSignal(window.language_changed):
        app.installTranslator(translator)
        QCoreApplication.postEvent(app, QEvent(QEvent.Type.LanguageChange))
    try:
        assert _untranslated(_everything_shown(window)) == []
    finally:
        with qtbot.waitSignal(window.language_changed):
            app.removeTranslator(translator)
            QCoreApplication.postEvent(app, QEvent(QEvent.Type.LanguageChange))
    assert [t for t in _everything_shown(window) if MARK in t[1]] == []  # back, all of it


def test_choosing_arabic_in_preferences_switches_and_mirrors_at_once(
    qtbot, open_window, english_after
):
    window = open_window()
    assert window.layoutDirection() == Qt.LayoutDirection.LeftToRight
    dialog = window.show_preferences()
    qtbot.waitExposed(dialog)
    with qtbot.waitSignal(window.language_changed):
        dialog.language.setCurrentIndex(dialog.language.findData("ar"))
    assert window.prefs.get("ui/language") == "ar"
    assert QApplication.instance().layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.isRightToLeft() and dialog.isRightToLeft()
    assert window.menus["File"].title() == "&ملف"
    assert window.documents.parentWidget().windowTitle() == "المستندات"
    assert window.actions["open-articles"].text() == "&فتح مقالات…"
    assert dialog.windowTitle() == "التفضيلات"
    assert window.identity.text().startswith("المُعلِّم: ")
    # The menu bar mirrors: File, the first menu, is at the right edge now.
    bar = window.menuBar()
    file_menu = window.menus["File"].menuAction()

    def file_x() -> int:
        return bar.actionGeometry(file_menu).center().x()

    qtbot.waitUntil(lambda: file_x() > bar.width() / 2)  # laid out again
    with qtbot.waitSignal(window.language_changed):
        dialog.language.setCurrentIndex(dialog.language.findData("en"))
    assert QApplication.instance().layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert window.menus["File"].title() == "&File"
    assert dialog.windowTitle() == "Preferences"
    assert window.identity.text() == "Annotator: " + display_name("tester")
    qtbot.waitUntil(lambda: file_x() < bar.width() / 2)


def test_the_document_lists_span_counts_follow_a_live_switch(qtbot, open_window, english_after):
    """The Spans column is written in the interface's digits whichever way Arabic came: a
    window opened in Arabic showed '٠', one switched to it live kept '0' (a view keeps the
    locale it was made with)."""
    window = open_window()
    table = window.documents.table
    cell = window.documents.model.index(0, 2)

    def shown() -> str:
        return table.itemDelegateForIndex(cell).displayText(cell.data(), table.locale())

    assert shown() == "0"
    dialog = window.show_preferences()
    qtbot.waitExposed(dialog)
    with qtbot.waitSignal(window.language_changed):
        dialog.language.setCurrentIndex(dialog.language.findData("ar"))
    assert shown() == "٠"
    with qtbot.waitSignal(window.language_changed):
        dialog.language.setCurrentIndex(dialog.language.findData("en"))
    assert shown() == "0"


def test_the_suggestion_counts_follow_the_interfaces_digits_and_comma(
    qtbot, open_window, english_after
):
    """In Arabic the status bar's «N suggestions: …» was '5 اقتراحات: 2 speaker, 3 claim':
    a Latin comma and Western digits, unlike the document list's counts. The default
    labels are shown under their Arabic names (as in the legend and the span list)."""
    from annotator.display import FSI, PDI

    window = open_window()
    qtbot.waitUntil(lambda: bool(window.suggestions.pending), timeout=10000)
    pending = window.suggestions.pending
    speakers = QLocale("ar").toString(sum(s.label == "speaker" for s in pending))
    dialog = window.show_preferences()
    qtbot.waitExposed(dialog)
    with qtbot.waitSignal(window.language_changed):
        dialog.language.setCurrentIndex(dialog.language.findData("ar"))
    text = window.suggestions.counts_label.text()
    assert text.startswith(QLocale("ar").toString(len(pending)) + " "), text
    assert f"{speakers} {FSI}متحدث{PDI}" in text, text
    assert "، " in text and ", " not in text, text
    assert not any(c in "0123456789" for c in text), text
    with qtbot.waitSignal(window.language_changed):
        dialog.language.setCurrentIndex(dialog.language.findData("en"))
    text = window.suggestions.counts_label.text()
    assert text.startswith(f"{len(pending)} suggestions: ") and ", " in text, text
    assert f"{FSI}speaker{PDI}" in text, text
