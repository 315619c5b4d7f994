"""Painted highlights: letters stay joined at a span's edges, nested spans all show."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage, QPalette

from annotator.model import Label, Span
from ui import span_batches
from ui.article_view import ArticleView

LABELS = [
    Label(1, "speaker", "#e69f00", "1", "s"),
    Label(2, "claim", "#56b4e9", "2", "c"),
    Label(3, "location", "#009e73", "3", "l"),
    Label(4, "statistic", "#cc79a7", "4", "t"),
]
SENTENCE = "وقال المتحدث بقيادة خططهم اليوم"


def span(sid: int, text: str, part: str, label_id: int, after: str = "") -> Span:
    start = text.index(after + part) + len(after)
    return Span(sid, 1, start, start + len(part), label_id, "x")


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
    view.show()
    qtbot.waitExposed(view)
    return view


def render(view: ArticleView, text: str, spans: list[Span], ink: bool = True) -> QImage:
    view.set_article(text, spans, LABELS)
    palette = view.palette()
    palette.setColor(QPalette.ColorRole.Text, QColor(0, 0, 0, 255 if ink else 0))
    view.setPalette(palette)
    return view.viewport().grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


def rgb(image: QImage, x: int, y: int) -> tuple[int, int, int]:
    c = image.pixelColor(x, y)
    return c.red(), c.green(), c.blue()


def ink_mismatch(plain: QImage, marked: QImage, background: QImage, area: QRect):
    """(pixels whose ink coverage differs, ink pixels) between two renderings of the text.

    Black text over a known background: coverage = 1 - pixel / background, so the ink
    can be compared under any highlight colour.
    """
    differ = ink = 0
    for y in range(area.top(), area.bottom() + 1):
        for x in range(area.left(), area.right() + 1):
            p, m, b = rgb(plain, x, y), rgb(marked, x, y), rgb(background, x, y)
            channel = max(range(3), key=lambda i: b[i])
            cov_plain = 1 - p[channel] / 255
            cov_marked = 1 - m[channel] / max(b[channel], 1)
            ink += cov_plain > 0.5
            differ += abs(cov_plain - cov_marked) > 0.3
    return differ, ink


def text_area(view: ArticleView) -> QRect:
    block = view.document().begin()
    geometry = view.blockBoundingGeometry(block).translated(view.contentOffset())
    return geometry.toAlignedRect().intersected(view.viewport().rect())


@pytest.mark.parametrize(
    ("part", "after", "joined"),
    [
        ("قال", "و", False),  # after the conjunction wa (wa never joins to the next letter)
        ("قيادة", "ب", True),  # after the preposition bi
        ("متحدث", "ال", True),  # after the article al-
        ("خطط", "", True),  # before the suffix pronoun -hum
    ],
)
def test_mid_word_highlight_keeps_the_letters_joined(view, part, after, joined):
    marked_span = span(1, SENTENCE, part, 1, after)
    plain = render(view, SENTENCE, [])
    marked = render(view, SENTENCE, [marked_span])
    background = render(view, SENTENCE, [marked_span], ink=False)
    area = text_area(view)
    # The highlight is there ...
    tinted = {rgb(background, x, area.center().y()) for x in range(area.left(), area.right())}
    assert len(tinted) > 1
    # ... and the ink of the letters is the same as without it.
    differ, ink = ink_mismatch(plain, marked, background, area)
    assert ink > 200
    assert differ <= ink * 0.01, f"{differ} of {ink} ink pixels changed"

    if not joined:
        return
    # The comparison does see broken joining: a ZWNJ at the span's edge disjoins the word.
    at = marked_span.end if not after else marked_span.start
    broken_text = SENTENCE[:at] + "\u200c" + SENTENCE[at:]
    broken = render(view, broken_text, [])
    broken_differ, _ = ink_mismatch(plain, broken, render(view, broken_text, [], ink=False), area)
    assert broken_differ > ink * 0.05


def test_document_holds_no_character_formats(view):
    text = SENTENCE + "\nVision 2030 هي رؤية\nNo Arabic here."
    spans = [span(1, text, "قيادة", 1, "ب"), span(2, text, "2030 هي", 2)]
    view.set_article(text, spans, LABELS)
    view.set_current_span(2)
    view.set_spans(spans[:1], LABELS)
    view.viewport().grab()
    formats = set()
    block = view.document().begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            formats.add(fragments.fragment().charFormatIndex())
            fragments += 1
        block = block.next()
    assert len(formats) == 1
    assert view.toPlainText() == text.replace("\n", "\n")


def test_nested_spans_each_paint_their_own_colour(view):
    text = "قال المتحدث إن 2030 جندياً وصلوا إلى كازاخستان أمس"
    claim = span(1, text, "2030 جندياً وصلوا إلى كازاخستان", 2)
    statistic = span(2, text, "2030 جندياً", 4)
    location = span(3, text, "كازاخستان", 3)
    image = render(view, text, [claim, statistic, location])
    block = view.document().begin()
    line = block.layout().lineAt(0)
    origin = view.blockBoundingGeometry(block).translated(view.contentOffset())

    def columns(s: Span, margin: int) -> range:
        """Viewport columns over the span's glyphs, ``margin`` pixels wider or narrower."""
        rects = [r.boundingRect() for r in line.glyphRuns(s.start, s.end - s.start)]
        left = min(r.left() for r in rects) + origin.left()
        right = max(r.right() for r in rects) + origin.left()
        return range(int(left) - margin, int(right) + 1 + margin)

    def found(colour: str, xs: range) -> set[int]:
        want = QColor(colour)
        target = (want.red(), want.green(), want.blue())
        hits = set()
        for y in range(image.height()):
            for x in xs:
                if max(abs(a - b) for a, b in zip(rgb(image, x, y), target, strict=True)) <= 3:
                    hits.add(x)
        return hits

    everywhere = range(0, image.width())
    inside_stat, inside_loc = columns(statistic, -2), columns(location, -2)
    assert found("#56b4e9", inside_stat), "the claim is hidden under the statistic"
    assert found("#56b4e9", inside_loc), "the claim is hidden under the location"
    stat_hits, loc_hits = found("#cc79a7", everywhere), found("#009e73", everywhere)
    assert stat_hits and stat_hits <= set(columns(statistic, 1))
    assert loc_hits and loc_hits <= set(columns(location, 1))
    assert found("#56b4e9", everywhere) <= set(columns(claim, 1))


def test_incremental_edits_and_relayouts_paint_like_a_fresh_view(view, qtbot):
    """Span shapes are kept between paints: after adding and removing spans, a narrower
    window (lines wrap elsewhere) and a bigger font, the view paints exactly what a new view
    given the same spans paints."""
    text = ("قال المتحدث إن 2030 جندياً وصلوا إلى كازاخستان أمس. " * 6).strip()
    spans = [span(1, text, "2030 جندياً وصلوا", 2), span(2, text, "كازاخستان", 3)]
    render(view, text, spans)
    added = span(3, text, "جندياً", 4)
    view.add_span(added)
    view.add_span(span(4, text, "المتحدث", 1))
    view.remove_span(4)
    view.resize(420, 260)
    view.set_font_point_size(22)
    fresh = ArticleView()
    qtbot.addWidget(fresh)
    fresh.setPalette(view.palette())
    fresh.set_font_point_size(22)
    fresh.resize(420, 260)
    fresh.show()
    qtbot.waitExposed(fresh)
    fresh.set_article(text, [*spans, added], LABELS)
    for v in (view, fresh):
        v.setCursorWidth(0)

    def grab(v):
        return v.viewport().grab().toImage().convertToFormat(QImage.Format.Format_RGB32)

    qtbot.waitUntil(lambda: grab(view) == grab(fresh), timeout=2000)
    assert view.painted_spans() == fresh.painted_spans()


def test_current_span_is_outlined_on_every_line_it_covers(view, qtbot):
    text = "قال المتحدث إن 2030 جندياً وصلوا إلى كازاخستان أمس وأن القوات عادت إلى مواقعها"
    claim = span(1, text, text[4:], 2)
    render(view, text, [claim])
    view.resize(260, 300)  # the claim wraps over several lines
    block = view.document().begin()
    qtbot.waitUntil(lambda: block.layout().lineCount() >= 3)
    view.set_current_span(1)
    image = view.viewport().grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    outline = QColor("#56b4e9").darker(150)
    want = (outline.red(), outline.green(), outline.blue())
    ys = {
        y
        for y in range(image.height())
        for x in range(image.width())
        if max(abs(a - b) for a, b in zip(rgb(image, x, y), want, strict=True)) <= 12
    }
    origin = view.blockBoundingGeometry(block).translated(view.contentOffset()).top()
    layout = block.layout()
    for number in range(layout.lineCount()):
        line = layout.lineAt(number)
        top = int(origin + line.y())
        band = set(range(top - 3, top + int(line.height()) + 3))
        assert ys & band, f"line {number} of the current span has no outline"


def _fresh_like(qtbot, view: ArticleView) -> ArticleView:
    """A new view like ``view``; neither takes focus, so neither draws a blinking caret."""
    view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    view.clearFocus()
    fresh = ArticleView()
    fresh.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    qtbot.addWidget(fresh)
    fresh.setPalette(view.palette())
    fresh.set_font_point_size(view.font_point_size())
    fresh.resize(view.size())
    fresh.show()
    qtbot.waitExposed(fresh)
    return fresh


@pytest.mark.parametrize("linked", [False, True])
def test_moving_the_current_span_paints_like_a_fresh_view(view, qtbot, linked, monkeypatch):
    """The current span's thick bar and outline move between paragraphs and within one in
    place (the paragraph's other spans are not built again), and the view then paints what
    a new view with that span current paints; with links too (they used to leave the
    outline on the span that was current before)."""
    first = "قال المتحدث إن 2030 جندياً وصلوا إلى كازاخستان أمس و عادوا"
    text = f"{first}\n{first}\nخبر قصير"
    spans = [
        span(1, text, "2030 جندياً وصلوا", 2),
        span(2, text, "جندياً", 4),
        span(3, text, "و", 3, after="أمس "),  # one letter: framed, a wider bar
        span(4, text, "المتحدث إن 2030", 1, after="\nقال "),  # the second paragraph
        span(5, text, "قصير", 2),
        span(6, text, "كازاخستان", 3),
    ]
    relations = [(1, 6, "#777777"), (4, 6, "#777777")] if linked else []
    view.resize(330, 420)  # the first claim wraps
    render(view, text, spans)
    view.set_relations(relations)
    fresh = _fresh_like(qtbot, view)

    def grab(v):
        return v.viewport().grab().toImage().convertToFormat(QImage.Format.Format_RGB32)

    grab(view)
    made = []  # the spans whose rectangles the view makes again
    real = span_batches._drawing

    def drawing(painter, block, placed, *rest):
        made.append((painter is view._painter, placed.id))
        return real(painter, block, placed, *rest)

    monkeypatch.setattr(span_batches, "_drawing", drawing)
    previous = None
    for current in (1, 2, 3, 4, 6, 5, None, 3, 1):
        made.clear()
        view.set_current_span(current)
        fresh.set_article(text, spans, LABELS)
        fresh.set_relations(relations)
        fresh.set_current_span(current)
        assert grab(view) == grab(fresh), f"current span {current}"
        remade = {span_id for of_view, span_id in made if of_view}
        assert remade <= {previous, current}, "built again"
        previous = current
    assert view.painted_spans() == fresh.painted_spans()


def test_kept_span_rectangles_follow_new_bars_labels_and_colours(view, qtbot):
    """A paragraph's batches are built again from each span's kept rectangles: after spans
    that push others to deeper bars, a relabel, the same range under two labels (bands) and
    new label colours, the view paints what a new view given the same spans paints."""
    text = "قال المتحدث إن 2030 جندياً وصلوا إلى كازاخستان أمس و عادوا"
    spans = [span(1, text, "2030 جندياً", 2), span(2, text, "كازاخستان", 3)]
    view.resize(330, 300)
    render(view, text, spans)
    fresh = _fresh_like(qtbot, view)

    def grab(v):
        return v.viewport().grab().toImage().convertToFormat(QImage.Format.Format_RGB32)

    def same(labels=LABELS):
        shown = [s for s in spans if s is not None]
        fresh.set_article(text, shown, labels)
        fresh.set_current_span(view.current_span())
        assert grab(view) == grab(fresh)
        assert view.painted_spans() == fresh.painted_spans()

    grab(view)
    for new in (
        span(3, text, "إن 2030 جندياً وصلوا", 1),  # takes the first bar: span 1 goes deeper
        span(4, text, "جندياً", 4),
        span(5, text, "كازاخستان", 1),  # the same text as span 2: two bands
        span(6, text, "و", 2, after="أمس "),
    ):
        spans.append(new)
        view.add_span(new)
        view.set_current_span(new.id)
        same()
    relabelled = Span(4, 1, spans[3].start, spans[3].end, 2, "x")
    spans[3] = relabelled
    view.update_span(relabelled)
    same()
    view.remove_span(3)
    spans[2] = None
    same()
    recoloured = [
        Label(lb.id, lb.name, "#222222" if lb.id == 2 else lb.color, lb.key, lb.letter)
        for lb in LABELS
    ]
    view.set_spans([s for s in spans if s is not None], recoloured)
    same(recoloured)
