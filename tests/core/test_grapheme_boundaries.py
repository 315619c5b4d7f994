"""The quick grapheme-boundary test (one look at two neighbours) agrees with full UAX #29
segmentation, in the scripts and sequences where a neighbour joins: Hangul jamo, Indic
conjuncts, Prepend, CR LF, emoji ZWJ sequences, flags, combining marks."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from annotator.text import grapheme_boundaries, is_grapheme_boundary

PIECES = [
    "\u1100",  # Hangul L
    "\u1161",  # Hangul V
    "\u11a8",  # Hangul T
    "\uac00",  # Hangul LV
    "\uac01",  # Hangul LVT
    "\u0915",  # Devanagari KA (an InCB consonant)
    "\u094d",  # Devanagari virama (InCB linker)
    "\u0937",  # Devanagari SSA
    "\u093f",  # Devanagari vowel sign I (SpacingMark)
    "\u0600",  # Arabic number sign (Prepend)
    "\u0660",
    "\r",
    "\n",
    "\u200d",
    "\u200c",
    "\U0001f1f8",  # regional indicators
    "\U0001f1e6",
    "\U0001f468",
    "\U0001f3fd",
    "\u0301",
    "\u064e",
    "\u0651",
    "ب",
    "ل",
    "a",
    " ",
    "،",
    "1",
    "\u0e33",  # Thai SARA AM (SpacingMark)
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=40).map("".join))
@example("\u0915\u094d\u0937")  # a conjunct: no boundary before SSA
@example("\u0915\u094d\u200d\u0937")
@example("\u1100\u1161\u11a8\uac00\u11a8")
@example("\uac01\u11a8\u11a8")  # LVT T T: one cluster
@example("\U0001f1f8\U0001f1e6\U0001f1f8")
@example("\U0001f468\u200d\U0001f468")
@example("\u0600\u0661\u0662 \r\n\u064eب")
@example("بَّ ل\u0301a\u093f")
def test_quick_boundary_test_agrees_with_full_segmentation(text):
    bounds = grapheme_boundaries(text)
    assert [i for i in range(len(text) + 1) if is_grapheme_boundary(text, i)] == bounds


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), min_size=2, max_size=40).map("".join))
@example("\u0915\u094d\u0937")
@example("\r\n")
def test_the_import_check_of_an_offset_agrees_with_full_segmentation(text):
    # An import asks ``sure_break_matcher`` first (answers kept per pair of characters),
    # then segments; a surely-starting cluster must be a boundary, and the pair's answer
    # the same wherever the pair stands.
    from annotator.text.graphemes import _patterns, sure_break_matcher

    sure, bounds = sure_break_matcher(), grapheme_boundaries(text)
    for pos in range(1, len(text)):
        assert sure(text, pos - 1) == (_patterns()[2].match(text, pos - 1) is not None)
        if sure(text, pos - 1):
            assert pos in bounds
