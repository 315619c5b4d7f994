"""The rules a piece at a time (the app's background thread pauses between pieces) find what
they find over the whole text, at the same offsets, in the same order."""

from __future__ import annotations

from annotator.suggest import suggest
from annotator.suggest.pieces import pieces, suggest_in_pieces
from tests.conftest import SEED


def _long_text() -> str:
    seed = SEED.read_text(encoding="utf-8").strip()
    # A speaker ending one paragraph whose claim opens the next: a rule reading across a
    # line break, which a piece must see on both sides of its edges.
    across = "وأكد المتحدث باسم الوزارة\nإن الحكومة ستواصل العمل على المشروع."
    return "\n".join([seed, across] * 30)  # ~110,000 characters, paragraphs of every length


def test_pieces_tile_the_text_at_line_breaks():
    text = _long_text()
    cuts = list(pieces(text, size=5000, overlap=1000))
    assert len(cuts) > 10
    assert cuts[0][0] == 0 and cuts[-1][1] == len(text)
    for (_, end, _, _), (start, _, _, _) in zip(cuts, cuts[1:], strict=False):
        assert end == start and text[start - 1] == "\n"
    for start, end, low, high in cuts:
        assert low <= start < end <= high


def test_the_rules_in_pieces_find_what_they_find_over_the_whole_text():
    text = _long_text()
    known = ["الرياض", "كازاخستان", "جندياً"]
    whole = suggest(text, known_locations=known)
    assert len(whole) > 500 and sum(1 for s in whole if s.link) >= 30
    for size in (5000, 1):  # 1: every paragraph a piece of its own
        found = [s for piece in suggest_in_pieces(text, known, size=size) for s in piece]
        assert found == whole  # links (a claim's speaker) included


def test_a_short_text_is_one_piece():
    text = SEED.read_text(encoding="utf-8")
    assert list(pieces(text)) == [(0, len(text), 0, len(text))]
