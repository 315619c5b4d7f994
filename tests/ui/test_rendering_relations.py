"""Attribution marks (links, connector, link candidate, uncertain) change no glyph: the
joining test of test_rendering_highlights holds with them shown."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtGui import QColor, QImage, QPalette

from tests.ui.test_rendering_highlights import LABELS, ink_mismatch, rgb, span, text_area
from ui.article_view import ArticleView

SENTENCE = "وقال المتحدث بقيادة خططهم اليوم"


@pytest.fixture
def view(qtbot):
    view = ArticleView()
    qtbot.addWidget(view)
    palette = view.palette()
    palette.setColor(QPalette.ColorRole.Base, QColor("white"))
    palette.setColor(QPalette.ColorRole.Text, QColor("black"))
    view.setPalette(palette)
    view.set_font_point_size(18)
    view.resize(700, 160)
    view.setCursorWidth(0)
    view.show()
    qtbot.waitExposed(view)
    return view


def render(view, spans, marks: bool, ink: bool = True) -> QImage:
    view.set_article(SENTENCE, spans, LABELS)
    if marks:
        view.set_relations([(2, 1, "#d55e00"), (3, 1, "#d55e00")])
        view.set_current_span(1)
        view.set_link_candidate((2, 3, "#0072b2", True))
    palette = view.palette()
    palette.setColor(QPalette.ColorRole.Text, QColor(0, 0, 0, 255 if ink else 0))
    view.setPalette(palette)
    return view.viewport().grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


@pytest.mark.parametrize(("part", "after"), [("قيادة", "ب"), ("متحدث", "ال"), ("خطط", "")])
def test_links_candidate_and_uncertain_marks_keep_the_letters_joined(view, part, after):
    speaker = span(1, SENTENCE, part, 1, after)
    claim = dataclasses.replace(span(2, SENTENCE, "اليوم", 2), uncertain=True)
    other = span(3, SENTENCE, "وقال", 2)
    spans = [speaker, claim, other]
    plain = render(view, [], marks=False)
    background = render(view, spans, marks=True, ink=False)
    marked = render(view, spans, marks=True)
    area = text_area(view)
    # The marks are there: the connector and outlines in the relation colour, the dots.
    colours = {rgb(background, x, y) for x in range(area.left(), area.right())
               for y in range(area.top(), area.bottom())}  # fmt: skip
    assert any(abs(r - 0xD5) < 40 and abs(g - 0x5E) < 40 and b < 90 for r, g, b in colours)
    assert (0x44, 0x44, 0x44) in colours  # the uncertain span's dotted line
    differ, ink = ink_mismatch(plain, marked, background, area)
    assert ink > 200
    assert differ <= ink * 0.01, f"{differ} of {ink} ink pixels changed"


def test_marks_follow_the_current_span_and_go_with_it(view):
    speaker = span(1, SENTENCE, "المتحدث", 1)
    claim = span(2, SENTENCE, "اليوم", 2)
    view.set_article(SENTENCE, [speaker, claim], LABELS)
    view.set_relations([(2, 1, "#d55e00")])
    without = view.viewport().grab().toImage()
    view.set_current_span(1)
    with_links = view.viewport().grab().toImage()
    assert with_links != without
    view.set_current_span(None)
    assert view.viewport().grab().toImage() == without
