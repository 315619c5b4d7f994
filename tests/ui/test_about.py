"""Help ▸ About: name, version, and the licence of every font bundled with the build."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtGui import QAction, QFontDatabase
from PySide6.QtWidgets import QPlainTextEdit

import annotator
from annotator import paths
from tests.ui.app_fixtures import OFFSCREEN_NOISE
from ui import about, fonts

NASKH = Path("/usr/share/fonts/truetype/noto/NotoNaskhArabic-Regular.ttf")


@pytest.fixture
def bundle(tmp_path, monkeypatch):
    """A resources folder like the frozen build's: the real files plus a fonts/ folder."""
    folder = tmp_path / "resources"
    shutil.copytree(paths.resource(""), folder, ignore=shutil.ignore_patterns("fonts"))
    (folder / "fonts").mkdir()
    monkeypatch.setattr(fonts, "resource", lambda name: folder / name)
    return folder / "fonts"


def test_about_shows_name_version_and_says_when_no_font_is_bundled(qtbot, bundle):
    dialog = about.AboutDialog()
    qtbot.addWidget(dialog)
    assert "Arabic news annotator" in dialog.summary.text()
    assert f"Version {annotator.__version__}" in dialog.summary.text()
    assert "No fonts are bundled" in dialog.licence_text()
    # One line needs no large empty text box: the dialog is as tall as what it says.
    assert not isinstance(dialog.licences, QPlainTextEdit)
    assert dialog.height() < 2 * (dialog.summary.sizeHint().height() + 60)


@pytest.mark.skipif(not NASKH.exists(), reason="needs fonts-noto-core")
def test_a_bundled_naskh_font_is_loaded_and_its_licence_shown(qtbot, bundle):
    shutil.copy(NASKH, bundle)
    assert "Noto Naskh Arabic" in fonts.load_bundled_fonts()
    assert "Noto Naskh Arabic" in QFontDatabase.families()
    dialog = about.AboutDialog()
    qtbot.addWidget(dialog)
    text = dialog.licence_text()
    assert "NotoNaskhArabic-Regular.ttf" in text
    assert "SIL Open Font License, Version 1.1" in text
    assert "PERMISSION & CONDITIONS" in text


@OFFSCREEN_NOISE
def test_help_about_opens_the_about_dialog(qtbot, open_window):
    window = open_window()
    window.findChild(QAction, "about").trigger()
    dialog = window.findChild(about.AboutDialog, "about-dialog")
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert f"Version {annotator.__version__}" in dialog.summary.text()
    dialog.close()


def test_the_app_icon_is_read(qtbot):
    icon = about.app_icon()
    assert not icon.isNull()
    assert not icon.pixmap(64, 64).isNull()


EMOJI = Path("/usr/share/fonts/truetype/noto/NotoColorEmoji.ttf")


def test_the_emoji_font_is_named_in_the_readme_ci_and_standalone_build():
    """Without an emoji font emoji are empty boxes: the set-up, CI and the build all name one."""
    root = Path(__file__).resolve().parents[2]
    readme = " ".join((root / "README.md").read_text(encoding="utf-8").split())
    setup = readme[readme.index("sudo apt-get install") :]
    assert "fonts-noto-color-emoji" in setup[: setup.index("`")]
    assert "fonts-noto-color-emoji" in (root / ".ci" / "run").read_text(encoding="utf-8")
    assert str(EMOJI) in (root / "build.spec").read_text(encoding="utf-8")
    assert "NotoColorEmoji" in (root / "scripts" / "build-and-test").read_text(encoding="utf-8")
    assert (root / "resources" / "licenses" / "NotoColorEmoji.txt").is_file()


def test_a_bundled_emoji_font_is_loaded_and_its_licence_shown(qtbot, bundle):
    assert EMOJI.exists(), "install fonts-noto-color-emoji (README, system packages)"
    shutil.copy(EMOJI, bundle)
    assert "Noto Color Emoji" in fonts.load_bundled_fonts()
    dialog = about.AboutDialog()
    qtbot.addWidget(dialog)
    text = dialog.licence_text()
    assert "NotoColorEmoji.ttf" in text
    assert "Noto Color Emoji (NotoColorEmoji.ttf)" in text
    assert "SIL Open Font License, Version 1.1" in text
