"""At the default zoom, two labels on the same text and a one-letter span are seen at once."""

from __future__ import annotations

from PySide6.QtGui import QColor, QImage, QPalette

from annotator.model import Label, Span
from ui.article_view import ArticleView
from ui.settings import PREFS

LABELS = [
    Label(1, "speaker", "#e69f00", "1", "s"),
    Label(2, "claim", "#56b4e9", "2", "c"),
    Label(3, "location", "#009e73", "3", "l"),
    Label(4, "statistic", "#cc79a7", "4", "t"),
]
TEXT = "قال رئيس كازاخستان قاسم جومارت توكاييف وتعرضنا لهجوم أمس"


def _render(qtbot, spans: list[Span]) -> tuple[ArticleView, QImage]:
    view = ArticleView()
    qtbot.addWidget(view)
    palette = view.palette()
    palette.setColor(QPalette.ColorRole.Base, QColor("white"))
    palette.setColor(QPalette.ColorRole.Text, QColor(0, 0, 0, 0))  # no ink: tints only
    view.setPalette(palette)
    view.set_font_point_size(PREFS["view/font_point_size"].default)
    view.resize(900, 200)
    view.show()
    qtbot.waitExposed(view)
    view.set_article(TEXT, spans, LABELS)
    image = view.viewport().grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    return view, image


def _columns(view: ArticleView, start: int, end: int) -> tuple[int, int]:
    block = view.document().begin()
    line = block.layout().lineAt(0)
    origin = view.blockBoundingGeometry(block).translated(view.contentOffset())
    rects = [r.boundingRect() for r in line.glyphRuns(start, end - start)]
    return (
        int(min(r.left() for r in rects) + origin.left()),
        int(max(r.right() for r in rects) + origin.left()),
    )


def _near(image: QImage, x: int, y: int, colour: QColor, tolerance: int = 8) -> bool:
    c = image.pixelColor(x, y)
    return (
        max(
            abs(c.red() - colour.red()),
            abs(c.green() - colour.green()),
            abs(c.blue() - colour.blue()),
        )
        <= tolerance
    )  # noqa: E501


def _on_white(colour: str, alpha: float) -> QColor:
    c = QColor(colour)
    return QColor(*(round(v * alpha + 255 * (1 - alpha)) for v in (c.red(), c.green(), c.blue())))


def test_two_labels_on_the_same_name_show_both_colours(qtbot):
    start = TEXT.index("قاسم جومارت توكاييف")
    end = start + len("قاسم جومارت توكاييف")
    view, image = _render(
        qtbot, [Span(1, 1, start, end, 1, "speaker"), Span(2, 1, start, end, 2, "claim")]
    )
    left, right = _columns(view, start, end)
    middle = (left + right) // 2
    column = range(image.height())
    # Each label's own tint (not one blend of both) fills part of the name's height.
    for colour in ("#e69f00", "#56b4e9"):
        tint = _on_white(colour, 128 / 255)
        rows = [y for y in column if _near(image, middle, y, tint)]
        assert len(rows) >= 6, f"{colour}: {len(rows)} rows of its tint"


def test_a_one_letter_span_is_framed_in_its_colour_and_wider_than_the_letter(qtbot):
    start = TEXT.index("وتعرضنا")
    # speaker: the label whose bar is solid (the others' bars are dashed, dotted...)
    view, image = _render(qtbot, [Span(1, 1, start, start + 1, 1, "speaker")])
    left, right = _columns(view, start, start + 1)
    colour = QColor("#e69f00")
    hits = {
        (x, y)
        for x in range(max(0, left - 20), min(image.width(), right + 20))
        for y in range(image.height())
        if _near(image, x, y, colour, 3)
    }
    columns = {x for x, _ in hits}
    assert min(columns) < left - 2 and max(columns) > right + 2  # wider than the letter
    rows_beside = {y for x, y in hits if x in (left - 1, left - 2, right + 1, right + 2)}
    assert len(rows_beside) >= 10  # the frame's sides run up the letter's height
