"""In Arabic the docks change sides: the document list where reading starts (the right), the
span list on the left; switching back puts them back, tab groups and hidden docks kept; a
layout saved in one direction opens mirrored in the other."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDockWidget

from tests.ui.app_fixtures import OFFSCREEN_NOISE
from ui import i18n
from ui.live_language import switch_language

pytestmark = OFFSCREEN_NOISE


@pytest.fixture
def english_after():
    yield
    i18n.install("en")
    QApplication.instance().setLayoutDirection(Qt.LayoutDirection.LayoutDirectionAuto)
    QApplication.processEvents()


def _side(window, dock) -> str:
    centre = dock.mapTo(window, dock.rect().center()).x()
    return "left" if centre < window.width() / 2 else "right"


def _sides(window) -> dict[str, str]:
    areas = {
        Qt.DockWidgetArea.LeftDockWidgetArea: "left",
        Qt.DockWidgetArea.RightDockWidgetArea: "right",
    }
    return {
        name: areas[window.dockWidgetArea(window.findChild(QDockWidget, name))]
        for name in ("documents-dock", "spans-dock", "legend-dock", "claims-dock")
    }


def test_arabic_puts_the_documents_on_the_right_and_english_back(qtbot, open_window, english_after):
    window = open_window()
    window.focus_claims()  # the Claims dock, tabbed with the spans
    spans, claims = window.spans.parentWidget(), window.claims.parentWidget()
    legend = window.legend.parentWidget()
    legend.hide()  # a dock the analyst closed stays closed
    documents = window.documents.parentWidget()
    english = {"documents-dock": "left", "spans-dock": "right", "legend-dock": "right"}
    english["claims-dock"] = "right"
    assert _sides(window) == english and _side(window, documents) == "left"
    with qtbot.waitSignal(window.language_changed):
        switch_language("ar")
    mirrored = {"documents-dock": "right", "spans-dock": "left", "legend-dock": "left"}
    mirrored["claims-dock"] = "left"
    assert _sides(window) == mirrored
    qtbot.waitUntil(lambda: _side(window, documents) == "right")  # on screen, once laid out
    assert claims in window.tabifiedDockWidgets(spans)  # still one tab group
    assert not legend.isVisible()
    with qtbot.waitSignal(window.language_changed):
        switch_language("en")
    assert _sides(window) == english
    qtbot.waitUntil(lambda: _side(window, documents) == "left")
    assert claims in window.tabifiedDockWidgets(spans) and not legend.isVisible()


def test_a_layout_saved_in_english_opens_mirrored_in_arabic(qtbot, open_window, english_after):
    window = open_window()
    window.close()  # saves the layout (made left to right)
    switch_language("ar")
    again = open_window()
    assert again.isRightToLeft()
    assert (
        again.dockWidgetArea(again.documents.parentWidget())
        == Qt.DockWidgetArea.RightDockWidgetArea
    )
    assert again.dockWidgetArea(again.spans.parentWidget()) == Qt.DockWidgetArea.LeftDockWidgetArea
    again.close()  # saved as made right to left: the next Arabic start keeps it as it is
    third = open_window()
    assert (
        third.dockWidgetArea(third.documents.parentWidget())
        == Qt.DockWidgetArea.RightDockWidgetArea
    )
