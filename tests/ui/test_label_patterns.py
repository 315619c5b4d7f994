"""Labels are never told apart by colour alone: each label's bar has its own dash pattern,
seen on the rendered pixels (a solid bar for the first label, gaps in the second's)."""

from __future__ import annotations

from PySide6.QtGui import QColor

from tests.ui.test_rendering_highlights import LABELS, SENTENCE, render, span, view  # noqa: F401
from ui.span_painter import BAR_PATTERNS


def _bar_runs(image, color: str) -> list[list[int]]:
    """For each row that holds the bar colour: the x of every pixel of exactly that colour."""
    target = QColor(color).rgb() & 0xFFFFFF
    rows = []
    for y in range(image.height()):
        xs = [x for x in range(image.width()) if image.pixel(x, y) & 0xFFFFFF == target]
        if len(xs) >= 8:
            rows.append(xs)
    return rows


def _gaps(xs: list[int]) -> int:
    return sum(1 for a, b in zip(xs, xs[1:], strict=False) if b - a > 1)


def test_each_default_label_has_its_own_bar_pattern():
    assert len(set(BAR_PATTERNS[: len(LABELS)])) == len(LABELS)


def test_the_bars_show_their_patterns_on_screen(view):  # noqa: F811
    spans = [span(1, SENTENCE, "المتحدث", 1), span(2, SENTENCE, "خططهم", 2)]
    image = render(view, SENTENCE, spans, ink=False)
    solid, dashed = _bar_runs(image, LABELS[0].color), _bar_runs(image, LABELS[1].color)
    assert solid and dashed
    assert max(_gaps(xs) for xs in solid) == 0  # speaker: one unbroken bar
    assert max(_gaps(xs) for xs in dashed) >= 3  # claim: dashes
