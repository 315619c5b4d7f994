"""The article font can be chosen (Naskh, Kufi, the system's) and its size is kept per project."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase

from tests.ui.app_fixtures import OFFSCREEN_NOISE

pytestmark = OFFSCREEN_NOISE


def test_preferences_switch_the_article_between_naskh_and_kufi(qtbot, open_window):
    window = open_window()
    assert "Noto Kufi Arabic" in QFontDatabase.families(), "needs fonts-noto-core (README)"
    assert window.view.font().family() == "Noto Naskh Arabic"
    dialog = window.show_preferences()
    dialog.article_font.setCurrentIndex(dialog.article_font.findData("kufi"))
    assert window.view.font().family() == "Noto Kufi Arabic"
    assert window.prefs.get("view/article_font") == "kufi"
    dialog.article_font.setCurrentIndex(dialog.article_font.findData("system"))
    assert window.view.font().family() not in ("Noto Kufi Arabic",)
    dialog.close()


def test_the_article_size_is_kept_per_project(qtbot, open_window, tmp_path):
    window = open_window()
    first = window.session.project.path
    window.zoom_in()
    window.zoom_in()
    big = window.view.font_point_size()
    assert window.files.open_project_path(str(tmp_path / "other.annot"), create=True)
    window.zoom_out()
    small = window.view.font_point_size()
    assert small < big
    assert window.files.open_project_path(str(first))
    assert window.view.font_point_size() == big
    assert window.files.open_project_path(str(tmp_path / "other.annot"))
    assert window.view.font_point_size() == small
