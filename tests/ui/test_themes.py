"""Themes: light, dark, high contrast. Text over every label's tint keeps WCAG AA contrast
(4.5:1), measured on the rendered pixels of the article; the save state stays readable."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QImage, QPalette, QTextCursor

from tests.ui.test_rendering_highlights import LABELS, span
from ui import theme
from ui.article_view import ArticleView

SENTENCE = "وقال المتحدث بقيادة خططهم اليوم في الرياض"
WORDS = ["المتحدث", "بقيادة", "خططهم", "الرياض"]


@pytest.fixture
def themed(qtbot):
    def make(name: str) -> ArticleView:
        theme.apply(name)
        view = ArticleView()
        qtbot.addWidget(view)
        view.setPalette(QPalette())  # the application's palette, as set by the theme
        view.set_font_point_size(20)
        view.resize(760, 160)
        view.show()
        qtbot.waitExposed(view)
        return view

    yield make
    theme.apply("light")


def _render(view: ArticleView, ink: bool) -> QImage:
    palette = view.palette()
    text = (
        QColor(theme.current().colors[QPalette.ColorRole.Text])
        if theme.current().colors
        else QColor("black")
    )
    text.setAlpha(255 if ink else 0)
    palette.setColor(QPalette.ColorRole.Text, text)
    view.setPalette(palette)
    return view.viewport().grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


def _word_box(view: ArticleView, start: int, end: int):
    a, b = QTextCursor(view.document()), QTextCursor(view.document())
    a.setPosition(view.to_qt(start))
    b.setPosition(view.to_qt(end))
    ra, rb = view.cursorRect(a), view.cursorRect(b)
    return min(ra.left(), rb.left()) + 2, max(ra.right(), rb.right()) - 2, ra.top(), ra.bottom()


@pytest.mark.parametrize("name", ["light", "dark", "high-contrast"])
def test_text_over_every_label_tint_keeps_aa_contrast(themed, name):
    view = themed(name)
    spans = [span(i + 1, SENTENCE, word, LABELS[i].id) for i, word in enumerate(WORDS)]
    view.set_article(SENTENCE, spans, LABELS)
    plain, inked = _render(view, ink=False), _render(view, ink=True)
    ratios = {}
    for s in spans:
        left, right, top, bottom = _word_box(view, s.start, s.end)
        middle = (top + bottom) // 2
        background = plain.pixelColor(QPoint((left + right) // 2, middle))
        darkest = max(
            (
                inked.pixelColor(QPoint(x, y))
                for x in range(left, right)
                for y in range(top + 2, bottom - 2)
            ),
            key=lambda c: theme.contrast_ratio(c, background),
        )
        ratios[s.label_id] = theme.contrast_ratio(darkest, background)
    assert min(ratios.values()) >= 4.5, ratios


@pytest.mark.parametrize("name", ["light", "dark", "high-contrast"])
def test_save_state_colours_are_readable_on_the_window(name):
    t = theme.THEMES[name]
    window = QColor(t.colors[QPalette.ColorRole.Window]) if t.colors else QColor("#efefef")
    for color in (t.ok, t.warning, t.error):
        assert theme.contrast_ratio(QColor(color), window) >= 4.5, (name, color)


def test_system_follows_the_desktop_scheme():
    assert theme.resolve("dark") == "dark" and theme.resolve("high-contrast") == "high-contrast"
    assert theme.resolve("system") in ("light", "dark")
