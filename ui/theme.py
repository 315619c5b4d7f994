"""Light, dark and high-contrast themes; "system" follows the desktop's colour scheme.

Light on a light desktop keeps the platform's own style and palette. Dark and high contrast
use Qt's Fusion style with a palette of their own, and re-derive what the app paints itself:
the tint under a span (stronger on dark, none in high contrast, where the patterned bars carry
the label alone and are drawn thicker) and the colours of the save state. Every theme keeps
text at WCAG AA contrast (4.5:1) or better over the tints (tests/ui/test_themes.py measures
the rendered pixels).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from annotator.data_classes import data_class

SYSTEM = "system"
#: Preference value -> name shown in Preferences (translated where shown).
CHOICES = {
    SYSTEM: QT_TRANSLATE_NOOP("Theme", "Follow the system"),
    "light": QT_TRANSLATE_NOOP("Theme", "Light"),
    "dark": QT_TRANSLATE_NOOP("Theme", "Dark"),
    "high-contrast": QT_TRANSLATE_NOOP("Theme", "High contrast"),
}


@data_class
class Theme:
    name: str
    tint_alpha: int  # the span tint's opacity (0-255) over the article's background
    bar_scale: float  # span bars' thickness, relative to the light theme's
    ok: str  # "All changes saved"
    warning: str  # read-only
    error: str  # not saved
    colors: dict | None = None  # palette roles -> colour; None keeps the platform's

    def __init__(
        self,
        name: str,
        tint_alpha: int,
        bar_scale: float,
        ok: str,
        warning: str,
        error: str,
        colors: dict | None = None,
    ) -> None:
        d = self.__dict__
        d["name"] = name
        d["tint_alpha"] = tint_alpha
        d["bar_scale"] = bar_scale
        d["ok"] = ok
        d["warning"] = warning
        d["error"] = error
        d["colors"] = colors


_R = QPalette.ColorRole
THEMES = {
    "light": Theme("light", 64, 1.0, "#1b5e20", "#735a00", "#b00020"),
    "dark": Theme(
        "dark",
        72,
        1.0,
        "#81c784",
        "#ffd54f",
        "#ff8a80",
        {
            _R.Window: "#202124",
            _R.WindowText: "#e8eaed",
            _R.Base: "#17181a",
            _R.AlternateBase: "#26282b",
            _R.Text: "#e8eaed",
            _R.Button: "#2d2f33",
            _R.ButtonText: "#e8eaed",
            _R.ToolTipBase: "#2d2f33",
            _R.ToolTipText: "#e8eaed",
            _R.PlaceholderText: "#9aa0a6",
            _R.Highlight: "#8ab4f8",
            _R.HighlightedText: "#111111",
            _R.Link: "#8ab4f8",
            _R.BrightText: "#ffffff",
            _R.Mid: "#3c4043",
            _R.Dark: "#111111",
            _R.Light: "#5f6368",
        },
    ),
    "high-contrast": Theme(
        "high-contrast",
        0,
        2.0,
        "#00ff00",
        "#ffff00",
        "#ff6060",
        {
            _R.Window: "#000000",
            _R.WindowText: "#ffffff",
            _R.Base: "#000000",
            _R.AlternateBase: "#1a1a1a",
            _R.Text: "#ffffff",
            _R.Button: "#000000",
            _R.ButtonText: "#ffffff",
            _R.ToolTipBase: "#000000",
            _R.ToolTipText: "#ffffff",
            _R.PlaceholderText: "#c0c0c0",
            _R.Highlight: "#ffff00",
            _R.HighlightedText: "#000000",
            _R.Link: "#ffff00",
            _R.BrightText: "#ffffff",
            _R.Mid: "#ffffff",
            _R.Dark: "#ffffff",
            _R.Light: "#ffffff",
        },
    ),
}

_current = THEMES["light"]


def resolve(preference: str) -> str:
    """The theme a preference means: "system" follows the desktop's light or dark scheme."""
    if preference in THEMES:
        return preference
    hints = QGuiApplication.styleHints()
    dark = hints is not None and hints.colorScheme() == Qt.ColorScheme.Dark
    return "dark" if dark else "light"


def current() -> Theme:
    return _current


def apply(preference: str) -> Theme:
    """Make ``preference``'s theme the application's; the theme now in force."""
    global _current
    app = QApplication.instance()
    theme = THEMES[resolve(preference)]
    if theme.colors is None:
        if _current.colors is not None:  # back to the platform's look
            app.setPalette(app.style().standardPalette())
    else:
        app.setStyle("Fusion")
        palette = QPalette()
        for role, color in theme.colors.items():
            for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
                palette.setColor(group, role, QColor(color))
        disabled = QColor(theme.colors[_R.Text])
        disabled.setAlpha(140)
        for role in (_R.Text, _R.WindowText, _R.ButtonText):
            palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
        app.setPalette(palette)
    _current = theme
    return theme


def contrast_ratio(a: QColor, b: QColor) -> float:
    """WCAG 2 contrast ratio of two opaque colours (1 to 21)."""

    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4

        return (
            0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())
        )

    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)
