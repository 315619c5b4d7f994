"""ArticleView: offsets, selection, spans, paragraph direction, keys and size."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QTextCursor
from PySide6.QtWidgets import QMainWindow

from annotator.model import Label, Span
from annotator.text import decode_article
from ui.article_view import ArticleView

LABELS = [
    Label(1, "speaker", "#e69f00", "1", "s"),
    Label(2, "claim", "#56b4e9", "2", "c"),
    Label(3, "location", "#009e73", "3", "l"),
    Label(4, "statistic", "#cc79a7", "4", "t"),
]
EMOJI_TEXT = "😀 👍🏽 🇸🇦 قال الرئيس إن 2030 جندياً\nالسطر الثاني 👍 هنا"


@pytest.fixture
def view(qtbot):
    view = ArticleView()
    qtbot.addWidget(view)
    view.resize(600, 400)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_a_repaint_after_an_edit_covers_the_bars_under_the_last_line(view, monkeypatch):
    # The bars hang below a paragraph's last line, in the gap before the next: a repaint of
    # the paragraph alone would leave a removed span's bar on screen.
    from ui import article_geometry

    view.set_article("قال الرئيس إن النمو بلغ\nالسطر الثاني", [], LABELS)
    updates = []
    viewport = view.viewport()
    monkeypatch.setattr(viewport, "update", lambda *args: updates.append(args))
    block = view.document().begin()
    article_geometry.repaint_range(view, 0, block.length() - 1)  # the whole first paragraph
    area = view.blockBoundingGeometry(block).translated(view.contentOffset())
    gap = view.document().documentLayout().line_gap
    assert gap > 0
    [(_x, top, _width, height)] = updates
    assert top <= area.top() and top + height >= area.bottom() + gap


def test_painting_keeps_glyphs_shaped_for_the_paragraphs_painted_last_only(view, monkeypatch):
    # Qt shaped every painted line again on each paint; the view keeps the glyphs of what it
    # painted last, and frees those of paragraphs scrolled away past a budget (memory).
    from PySide6.QtCore import QRectF

    from ui import article_geometry, article_layout

    monkeypatch.setattr(article_layout, "SHAPED_CHARS", 2_000)
    paragraph = "قال المتحدث باسم الوزارة إن الاجتماع عقد في الرياض. " * 4
    view.set_article("\n".join([paragraph] * 300), [], LABELS)
    bar = view.verticalScrollBar()
    for value in range(0, bar.maximum() + 1, max(1, bar.pageStep() // 2)):
        bar.setValue(value)
        view.viewport().repaint()
    document = view.document()
    blocks = [document.findBlockByNumber(n) for n in range(document.blockCount())]
    kept = [b for b in blocks if b.layout().cacheEnabled()]
    area = QRectF(view.viewport().rect())
    rows = article_geometry.rows_in_view(view)
    shown = [b for b, _ in article_geometry.blocks_in(rows, area, view._layout.line_gap)]
    assert shown and all(b.layout().cacheEnabled() for b in shown)
    assert sum(b.length() for b in kept) <= 2_000 + sum(b.length() for b in shown)
    assert len(kept) < len(blocks) / 4


def qt_pos(text: str, cp: int) -> int:
    """Qt's position for code point ``cp``, counted independently of the view."""
    return len(text[:cp].encode("utf-16-le")) // 2


def test_view_is_read_only_selectable_and_named(view):
    assert view.objectName() == "article-view"
    assert view.isReadOnly()
    flags = view.textInteractionFlags()
    assert flags & Qt.TextInteractionFlag.TextSelectableByKeyboard
    assert flags & Qt.TextInteractionFlag.TextSelectableByMouse
    option = view.document().defaultTextOption()
    assert option.textDirection() == Qt.LayoutDirection.RightToLeft
    assert option.alignment() == Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute


def test_text_is_the_canonical_text(view):
    view.set_article(EMOJI_TEXT, [], LABELS)
    assert view.text() == EMOJI_TEXT
    assert view.document().blockCount() == 2


@pytest.mark.parametrize(
    "part", ["قال", "الرئيس", "2030 جندياً", "🇸🇦 قال", "👍 هنا", "جندياً\nالسطر"]
)
def test_select_range_after_emoji_gives_exact_code_points(view, part):
    view.set_article(EMOJI_TEXT, [], LABELS)
    start = EMOJI_TEXT.index(part)
    end = start + len(part)
    view.select_range(start, end)
    assert view.selected_range() == (start, end)
    selected = view.textCursor().selectedText().replace("\u2029", "\n")
    assert selected == EMOJI_TEXT[start:end] == part


def test_selection_made_with_qt_positions_maps_to_code_points(view):
    view.set_article(EMOJI_TEXT, [], LABELS)
    start = EMOJI_TEXT.index("الرئيس")
    end = EMOJI_TEXT.index("هنا") + 3
    cursor = QTextCursor(view.document())
    cursor.setPosition(qt_pos(EMOJI_TEXT, start))
    cursor.setPosition(qt_pos(EMOJI_TEXT, end), QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    assert view.selected_range() == (start, end)
    assert view.cursor_position() == end
    assert EMOJI_TEXT[start:end].endswith("هنا")


def test_text_with_crlf_line_ends_maps_after_the_break(view):
    decoded = decode_article("سطر أول\r\nقال الرئيس 😀 اليوم\r\n".encode(), name="crlf.txt")
    text = decoded.text
    assert "\r" not in text
    view.set_article(text, [], LABELS)
    start = text.index("الرئيس")
    view.select_range(start, start + len("الرئيس"))
    assert view.selected_range() == (start, start + len("الرئيس"))
    assert view.textCursor().selectionStart() == qt_pos(text, start)
    after = text.index("اليوم")
    view.select_range(after, after + 5)
    assert view.textCursor().selectedText() == "اليوم"


def test_keyboard_selection_never_splits_an_emoji(view, qtbot):
    text = "👍🏽قال"
    view.set_article(text, [], LABELS)
    view.setFocus()
    cursor = view.textCursor()
    cursor.setPosition(0)
    view.setTextCursor(cursor)
    qtbot.keyClick(view, Qt.Key.Key_End, Qt.KeyboardModifier.ShiftModifier)
    assert view.selected_range() == (0, len(text))
    cursor.setPosition(0)
    cursor.movePosition(QTextCursor.MoveOperation.NextCharacter, QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    start, end = view.selected_range()
    assert start == 0 and text[:end] in ("👍", "👍🏽")


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="اب 😀👍🏽\nA1", max_size=40))
def test_to_qt_and_to_core_round_trip(text):
    view = ArticleView()
    try:
        view.set_article(text, [], LABELS)
        for cp in range(len(text) + 1):
            assert view.to_qt(cp) == qt_pos(text, cp)
            assert view.to_core(view.to_qt(cp)) == cp
        assert view.to_qt(len(text)) == view.document().characterCount() - 1
    finally:
        view.deleteLater()


def test_span_ids_at_lists_every_covering_span(view):
    text = "قال المتحدث إن 2030 جندياً وصلوا إلى كازاخستان"
    claim = Span(1, 1, text.index("2030"), len(text), 2, "claim")
    stat = Span(2, 1, text.index("2030"), text.index("2030") + 4, 4, "statistic")
    view.set_article(text, [stat, claim], LABELS)
    assert sorted(view.span_ids_at(text.index("2030") + 1)) == [1, 2]
    assert view.span_ids_at(text.index("كازاخستان")) == [1]
    assert view.span_ids_at(0) == []
    view.set_spans([claim], LABELS)
    assert view.span_ids_at(text.index("2030")) == [1]


def test_set_spans_does_not_lay_out_the_text_again(view, seed_text, monkeypatch):
    view.set_article(seed_text, [], LABELS)
    view.viewport().grab()
    calls = []
    layout = view.document().documentLayout()
    monkeypatch.setattr(layout, "_adjust", lambda block: calls.append(block))
    text_before = view.document().toPlainText()
    view.set_spans([Span(1, 1, 10, 20, 1, "speaker")], LABELS)
    view.set_spans(
        [Span(1, 1, 10, 20, 2, "claim")], [*LABELS[:1], Label(2, "c", "#000000", None, None)]
    )
    view.viewport().grab()
    assert calls == []
    assert view.document().toPlainText() == text_before


def test_set_article_scrolls_to_top_and_clears_selection(view, seed_text):
    view.set_article(seed_text * 3, [], LABELS)
    view.select_range(len(seed_text) * 2, len(seed_text) * 2 + 10)
    assert view.verticalScrollBar().value() > 0
    view.set_article(seed_text, [], LABELS)
    assert view.verticalScrollBar().value() == 0
    assert view.selected_range() is None


def test_set_current_span_scrolls_it_into_view(view, seed_text):
    text = seed_text * 3
    far = len(seed_text) * 2 + 100
    view.set_article(text, [Span(7, 1, far, far + 5, 1, "speaker")], LABELS)
    view.set_current_span(7)
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.to_qt(far))
    assert view.viewport().rect().contains(view.cursorRect(cursor))
    assert view.selected_range() is None


def test_clicking_inside_a_span_emits_span_clicked(view, qtbot):
    text = "قال المتحدث إن 2030 جندياً وصلوا"
    outer = Span(1, 1, text.index("2030"), len(text), 2, "claim")
    inner = Span(2, 1, text.index("جندياً"), text.index("جندياً") + 6, 4, "statistic")
    view.set_article(text, [outer, inner], LABELS)
    cursor = QTextCursor(view.document())
    cursor.setPosition(text.index("جندياً") + 3)
    point = view.cursorRect(cursor).center()
    with qtbot.waitSignal(view.span_clicked) as blocker:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert blocker.args == [2]
    cursor.setPosition(1)
    with qtbot.assertNotEmitted(view.span_clicked):
        qtbot.mouseClick(
            view.viewport(), Qt.MouseButton.LeftButton, pos=view.cursorRect(cursor).center()
        )


def test_arabic_paragraph_starts_at_the_right_edge(view):
    text = "قال الرئيس\nVision 2030 هي رؤية\nNo Arabic here at all."
    view.set_article(text, [], LABELS)
    view.viewport().grab()
    right = view.viewport().width()
    arabic, vision, english = (view.document().findBlockByNumber(i) for i in range(3))
    assert arabic.textDirection() == Qt.LayoutDirection.RightToLeft
    assert vision.textDirection() == Qt.LayoutDirection.RightToLeft
    assert english.textDirection() == Qt.LayoutDirection.LeftToRight

    def glyph_box(block, i):
        view.blockBoundingRect(block)
        return block.layout().lineAt(0).glyphRuns(i, 1)[0].boundingRect()

    first = glyph_box(arabic, 0)
    assert first.right() > right - 20  # the first letter sits at the right edge
    assert first.left() > glyph_box(arabic, 4).right() - 0.5  # and reading goes leftwards
    # Right to left, so the Latin run "Vision 2030" comes first, at the right edge.
    assert glyph_box(vision, len("Vision 2030") - 1).right() > right - 20
    assert glyph_box(vision, 0).left() > glyph_box(vision, len("Vision 2030 ")).right()
    assert glyph_box(english, 0).left() < 20  # the English paragraph reads from the left


@pytest.mark.qt_log_ignore(
    "This plugin does not support propagateSizeHints"
)  # offscreen QMainWindow
def test_label_keys_reach_window_shortcuts(qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    view = ArticleView()
    window.setCentralWidget(view)
    actions = {}
    for key in ("1", "4", "S", "Delete", "Escape"):
        action = QAction(key, window)
        action.setShortcut(QKeySequence(key))
        window.addAction(action)
        actions[key] = action
    view.set_article("قال الرئيس إن 2030 جندياً", [], LABELS)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    view.setFocus()
    qtbot.waitUntil(lambda: view.hasFocus())
    view.select_range(0, 3)
    for key, qt_key in [
        ("1", Qt.Key.Key_1),
        ("4", Qt.Key.Key_4),
        ("S", Qt.Key.Key_S),
        ("Delete", Qt.Key.Key_Delete),
        ("Escape", Qt.Key.Key_Escape),
    ]:
        with qtbot.waitSignal(actions[key].triggered, timeout=1000):
            qtbot.keyClick(view, qt_key)
    assert view.selected_range() == (0, 3)  # the keys did not touch the selection
    # Keyboard selection still belongs to the view: Shift+Left/Right, Ctrl+Shift by word.
    view.select_range(0, 0)
    qtbot.keyClick(view, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
    assert view.selected_range() == (0, 1)  # Left moves forward in right-to-left text
    qtbot.keyClick(
        view,
        Qt.Key.Key_Left,
        Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.ControlModifier,
    )
    assert view.selected_range() is not None and view.selected_range()[1] >= 3


def test_font_is_naskh_and_size_adjustable(view):
    assert view.font().family() in ("Noto Naskh Arabic", "Amiri", "Scheherazade New")
    view.set_article("قال الرئيس", [], LABELS)
    height = view.blockBoundingRect(view.document().begin()).height()
    view.set_font_point_size(24)
    assert view.font_point_size() == 24
    assert view.blockBoundingRect(view.document().begin()).height() > height


@pytest.mark.slow
def _megabyte_article_shows_and_scrolls(view, text: str) -> None:
    """The big case works end to end; its speed is measured by bench/ (open_document,
    tag_latency), not here."""
    text = text[:1_000_000]
    assert len(text) == 1_000_000
    words = [i for i in range(1, len(text) - 12, len(text) // 10_000)]
    spans = [Span(n, 1, s, s + 10, 1 + n % 4, "x") for n, s in enumerate(words[:10_000])]
    spans = [s for s in spans if "\n" not in text[s.start : s.end]]
    assert len(spans) > 8_000
    view.set_article(text, spans, LABELS)
    view.viewport().grab()
    assert view.text() == text
    assert view.span_ids_at(spans[-1].start) == [spans[-1].id]
    view.set_spans(spans[::2], LABELS)
    view.viewport().grab()
    assert view.span_ids_at(spans[1].start) == []
    bar = view.verticalScrollBar()
    for value in range(0, bar.maximum(), max(1, bar.maximum() // 20)):
        bar.setValue(value)
        view.viewport().grab()
    assert bar.maximum() > 1000


def test_megabyte_article_with_ten_thousand_spans_shows_and_scrolls(view):
    """Generated Arabic (bench/generate.py: harakat, numbers, Latin, punctuation), so the test
    runs in every clone."""
    import random

    from bench.generate import article

    _megabyte_article_shows_and_scrolls(view, article(random.Random(10), 1_000_000))


def test_megabyte_of_real_articles_with_ten_thousand_spans_shows_and_scrolls(view, corpus):
    """The same with the real corpus (opt-in): real paragraph lengths and punctuation."""
    _megabyte_article_shows_and_scrolls(
        view, "\n".join(a["content"].replace("\r\n", "\n") for a in corpus)
    )


def test_emoji_are_drawn_in_colour_not_as_empty_boxes(view):
    """With the emoji font of the README's system packages, 😀 is drawn in its colours (an
    empty box would be grey or black)."""
    view.set_article("😀😀😀", [], LABELS)
    image = view.viewport().grab().toImage()
    colours = {
        image.pixelColor(x, y).hue() // 30
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 2)
        if image.pixelColor(x, y).saturation() > 100
    }
    assert len(colours) >= 1, "no coloured pixels: is fonts-noto-color-emoji installed?"
