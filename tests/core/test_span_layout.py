"""The article view's span layout (paragraphs, bar depths, restacking), without Qt or a display."""

from __future__ import annotations

import subprocess
import sys

from hypothesis import example, given, settings
from hypothesis import strategies as st

from annotator.model import Span
from ui.span_layout import CHUNK, LONG_PARAGRAPH, SpanLayout, display_breaks, paragraph_starts


def _span(span_id: int, start: int, end: int, label_id: int = 1) -> Span:
    return Span(id=span_id, document_id=1, start=start, end=end, label_id=label_id, label="claim")


def _depths(layout: SpanLayout) -> dict[int, int]:
    return {s.id: s.depth for s in layout.ordered()}


def test_importing_the_span_layout_loads_no_qt():
    code = (
        "import sys, ui.span_layout\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in "
        "('PySide6', 'shiboken6', 'PyQt5', 'PyQt6')))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_adjacent_spans_share_the_bar_nearest_the_text():
    layout = SpanLayout("قال الوزير إن")
    layout.set_spans([_span(1, 0, 3), _span(2, 3, 10), _span(3, 10, 13)])
    assert _depths(layout) == {1: 0, 2: 0, 3: 0}


def test_nested_and_overlapping_spans_go_one_bar_deeper_each():
    layout = SpanLayout("x" * 20)
    layout.set_spans([_span(1, 0, 20), _span(2, 2, 10), _span(3, 4, 6), _span(4, 8, 15)])
    # 4 starts inside 1 and 2 (3 is closed by then, so its bar is free again).
    assert _depths(layout) == {1: 0, 2: 1, 3: 2, 4: 2}


def test_removing_an_outer_span_moves_the_inner_one_up():
    layout = SpanLayout("x" * 10)
    layout.set_spans([_span(1, 0, 10), _span(2, 2, 5)])
    assert layout.remove(1) == (0, 10)
    assert _depths(layout) == {2: 0}


def test_spans_know_their_paragraphs_and_utf16_range():
    text = "😀 سطر\nثان\r\nثالث"
    layout = SpanLayout(text)
    assert layout.block_starts == paragraph_starts(text) == [0, 6, 10, 11]
    assert layout.paragraphs() == [
        ("😀 سطر", range(0, 1)),
        ("ثان", range(1, 2)),
        ("", range(2, 3)),
        ("ثالث", range(3, 4)),
    ]
    assert layout.display_text() == text  # no paragraph is long enough to be cut
    placed = layout.place(_span(7, 2, 13))
    assert (placed.qt_start, placed.qt_end) == (3, 14)  # the emoji is two UTF-16 units
    assert (placed.first_block, placed.last_block) == (0, 3)


def test_spans_outside_the_text_are_not_placed():
    layout = SpanLayout("abc")
    layout.set_spans([_span(1, 0, 4), _span(2, 2, 2), _span(3, -1, 2), _span(4, 0, 3)])
    assert [s.id for s in layout.ordered()] == [4]


def test_span_ids_at_a_point_outermost_first():
    layout = SpanLayout("ab\ncdefgh")
    layout.set_spans([_span(1, 0, 9), _span(2, 4, 6), _span(3, 5, 9)])
    assert layout.ids_at(5) == [1, 2, 3]
    assert layout.ids_at(6) == [1, 3]
    assert layout.ids_at(1) == [1]
    assert layout.in_block(1) == [s for s in layout.ordered()]


def test_relabel_keeps_the_bar_and_a_moved_span_is_restacked():
    layout = SpanLayout("x" * 10)
    layout.set_spans([_span(1, 0, 10), _span(2, 2, 5)])
    assert layout.relabel(_span(2, 2, 5, label_id=9)) == (2, 5)
    assert layout.get(2).label_id == 9 and layout.get(2).depth == 1
    layout.relabel(_span(2, 0, 10, label_id=9))  # moved: dealt again with its new range
    assert _depths(layout) == {1: 0, 2: 1}


_ranges = st.lists(
    st.tuples(st.integers(0, 30), st.integers(1, 12)).map(lambda t: (t[0], t[0] + t[1])),
    max_size=14,
)


@settings(deadline=None)  # up to 121 ms an example on a loaded 2-core machine: timing is bench/'s
@given(_ranges, st.data())
@example([(0, 10), (2, 5), (5, 8), (6, 7)], None)  # adjacent children of one parent
@example([(0, 4), (4, 8), (2, 6)], None)  # a span bridging two adjacent ones
def test_adding_and_removing_one_by_one_deals_the_bars_a_fresh_layout_would(ranges, data):
    text = "كلمة\n" * 9
    layout = SpanLayout(text)
    live: dict[int, tuple[int, int]] = {}
    for number, (start, end) in enumerate(ranges, 1):
        layout.add(_span(number, start, end))
        live[number] = (start, end)
        if data is not None and live and data.draw(st.booleans()):
            gone = data.draw(st.sampled_from(sorted(live)))
            layout.remove(gone)
            del live[gone]
        fresh = SpanLayout(text)
        fresh.set_spans([_span(i, a, b) for i, (a, b) in live.items()])
        assert _depths(layout) == _depths(fresh)
        for pos in range(len(text)):
            assert layout.ids_at(pos) == fresh.ids_at(pos)


def test_a_very_long_paragraph_is_shown_in_blocks_cut_at_spaces_offsets_unchanged():
    words = ["قال", "الوزير", "Reuters", "2030", "😀", "\u2067x y\u2069"]
    paragraph = " ".join(words[i % len(words)] for i in range(LONG_PARAGRAPH // 3))
    text = "عنوان قصير\n" + paragraph + "\nخاتمة"
    layout = SpanLayout(text)
    cuts = layout.cuts
    assert len(cuts) >= len(paragraph) // (2 * CHUNK)
    shown = layout.display_text()
    assert len(shown) == len(text)  # one Qt position each: every offset stays where it was
    assert all(text[c] == " " and shown[c] == "\u2029" for c in cuts)
    assert [i for i, (a, b) in enumerate(zip(text, shown, strict=True)) if a != b] == cuts
    # Given to Qt in pieces that run across the breaks, each no longer than asked.
    for size in (1, 7, cuts[0], cuts[0] + 1, CHUNK, len(text)):
        pieces = list(layout.display_pieces(size))
        assert "".join(pieces) == shown and max(map(len, pieces)) <= size
    # Never inside a bidi isolate: the isolate's opening and closing stay in one block.
    for c in cuts:
        assert text.count("\u2067", 0, c) == text.count("\u2069", 0, c)
    # Blocks: the title, the long paragraph's pieces, the last paragraph.
    paragraphs = layout.paragraphs()
    assert [len(blocks) for _, blocks in paragraphs] == [1, len(cuts) + 1, 1]
    assert layout.block_of(cuts[0] + 1) == 2 and layout.block_of(cuts[0]) == 1
    placed = layout.place(_span(1, cuts[0] - 3, cuts[0] + 4))
    assert (placed.first_block, placed.last_block) == (1, 2)
    assert layout.cuts_in(0, len(text)) == cuts and layout.cuts_in(cuts[0] + 1, cuts[1]) == []


def test_paragraphs_under_the_limit_and_spaceless_ones_are_not_cut():
    assert display_breaks("كلمة " * (LONG_PARAGRAPH // 5)) == []
    assert display_breaks("ك" * (LONG_PARAGRAPH * 2)) == []
    assert display_breaks(("كلمة " * (LONG_PARAGRAPH // 5) + "\n") * 2) == []


_BREAKS_AND_CONTROLS = (
    "\n\r\u2029\ufdd0\ufdd1\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)


@settings(deadline=None)
@given(st.text(alphabet=st.sampled_from("اب x" + _BREAKS_AND_CONTROLS), max_size=60))
def test_paragraphs_start_after_every_kind_of_block_break_in_order(text):
    """Each of Qt's block breaks starts a paragraph, whichever of them come in one text."""
    expected = [0] + [i + 1 for i, c in enumerate(text) if c in "\n\r\u2029\ufdd0\ufdd1"]
    assert paragraph_starts(text) == expected


def test_a_long_paragraph_is_never_cut_inside_any_embedding_override_or_isolate():
    """Cuts fall only where every bidi embedding, override and isolate opened is closed,
    however they are mixed (LRE, RLE, LRO, RLO close with PDF; LRI, RLI, FSI with PDI)."""
    opened = ["\u202a", "\u202b", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068"]
    closing = {o: ("\u2069" if o >= "\u2066" else "\u202c") for o in opened}
    words = []
    for i in range(LONG_PARAGRAPH // 2):
        o = opened[i % len(opened)]
        # A few words inside each control, plain words between them.
        inner = " ".join(["كلمة"] * (1 + (i * 37) % 3))
        words.append(f"{o}{inner}{closing[o]}" if i % 3 else "قال الوزير")
    text = "عنوان\n" + " ".join(words)[: LONG_PARAGRAPH * 3]
    cuts = display_breaks(text)
    assert len(cuts) > 10
    for cut in cuts:
        depth = 0
        for c in text[:cut]:
            if c in opened:
                depth += 1
            elif c in "\u202c\u2069":
                depth = max(0, depth - 1)
        assert depth == 0 and text[cut] == " "


def test_the_layout_of_a_long_text_is_set_in_small_steps():
    """A very long article's layout is made between the window's events: a step per
    character looked for and per few thousand breaks found, so no step scans for long."""
    import ui.span_layout as span_layout

    lines = "\n".join(["سطر قصير"] * 3 * span_layout._STEP_ITEMS)
    text = lines + "\n" + " ".join(["كلمة"] * LONG_PARAGRAPH)
    layout = SpanLayout()
    steps = len(list(layout.setting_text(text)))
    # Breaks: a step per kind looked for (5), per 4,096 found (3); bidi controls in the
    # long paragraph: a step per kind (9).
    assert steps >= 5 + 3 + 9
    whole = SpanLayout(text)
    assert (layout.paragraph_starts, layout.cuts, layout.block_starts) == (
        whole.paragraph_starts,
        whole.cuts,
        whole.block_starts,
    )
    assert whole.cuts and len(whole.paragraph_starts) == 3 * span_layout._STEP_ITEMS + 1
