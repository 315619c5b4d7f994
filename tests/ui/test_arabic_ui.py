"""The Arabic interface shows counts in the interface's digits and the default labels under
their Arabic names, while what is stored and exported stays as it was."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication

from tests.ui.app_fixtures import OFFSCREEN_NOISE, press, type_text
from ui import i18n

pytestmark = OFFSCREEN_NOISE
K = Qt.Key
M = Qt.KeyboardModifier


@pytest.fixture
def arabic(qtbot):
    app = QApplication.instance()
    assert i18n.install("ar") == "ar"
    yield
    i18n.install("en")
    app.setLayoutDirection(Qt.LayoutDirection.LayoutDirectionAuto)


def test_the_find_bar_counts_in_arabic_digits_like_the_other_counts(qtbot, open_window, arabic):
    window = open_window()
    total = window.view.text().count("توكاييف")
    press(qtbot, window, K.Key_F, M.ControlModifier)
    type_text(window.find_bar.edit, "توكاييف")
    ar = QLocale("ar")
    assert window.find_bar.status.text() == f"{ar.toString(1)} من {ar.toString(total)}"
    assert not any(c in "0123456789" for c in window.find_bar.status.text())
