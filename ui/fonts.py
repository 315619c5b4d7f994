"""Fonts bundled with the standalone build (``resources/fonts``, copied there at build time).

The fonts are not in the repository: ``build.spec`` copies an Arabic Naskh font from the build
machine. From source there are usually none, and the article view uses the system's fonts.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFontDatabase

from annotator.paths import resource

FONT_SUFFIXES = (".ttf", ".otf", ".ttc")
#: Naskh faces first (the analysts read news in Naskh), then any Arabic face.
ARABIC_FAMILIES = (
    "Noto Naskh Arabic",
    "Amiri",
    "Scheherazade New",
    "Noto Naskh Arabic UI",
    "Noto Sans Arabic",
    "Noto Sans Arabic UI",
    "DejaVu Sans",
)

_loaded: dict[Path, list[str]] = {}


def bundled_font_files() -> list[Path]:
    """The font files in ``resources/fonts`` (none when the folder is missing)."""
    folder = resource("fonts")
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.suffix.lower() in FONT_SUFFIXES)


def load_bundled_fonts() -> list[str]:
    """Register the bundled fonts with Qt; the families they add. Call before any view is made.

    Safe to call more than once: each file is registered once per process.
    """
    for path in bundled_font_files():
        if path not in _loaded:
            font_id = QFontDatabase.addApplicationFont(str(path))
            _loaded[path] = [] if font_id == -1 else QFontDatabase.applicationFontFamilies(font_id)
    return sorted({family for families in _loaded.values() for family in families})


def licence_file(font: Path) -> Path | None:
    """The licence of a bundled font: ``resources/licenses/<family prefix>.txt``.

    ``NotoNaskhArabic-Bold.ttf`` → ``NotoNaskhArabic.txt``; None when there is none.
    """
    path = resource("licenses") / f"{font.stem.split('-')[0]}.txt"
    return path if path.is_file() else None


def arabic_font_family() -> str:
    """The best installed Arabic face, else the system's general font."""
    installed = set(QFontDatabase.families())
    for family in ARABIC_FAMILIES:
        if family in installed:
            return family
    return QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont).family()


#: The article font the analyst can choose (Preferences): Naskh, the common news face, or
#: Kufi, each from its first installed family; "system" is the desktop's general font.
ARTICLE_FONTS = {
    "naskh": ARABIC_FAMILIES,
    "kufi": ("Noto Kufi Arabic", "Reem Kufi", "Droid Arabic Kufi"),
    "system": (),
}


def article_font_family(choice: str) -> str:
    """The installed family for an article-font choice (Naskh when a Kufi face is missing)."""
    if choice == "system":
        return QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont).family()
    installed = set(QFontDatabase.families())
    for family in ARTICLE_FONTS.get(choice, ()):
        if family in installed:
            return family
    return arabic_font_family()
