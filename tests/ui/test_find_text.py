"""Finding text in an article, with or without harakat (no window needed)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from ui.find_bar import find_in_text


def test_a_query_without_harakat_finds_vocalised_text():
    text = "قالَ الرئيسُ إنّ الظروفَ مختلفةٌ"
    start, end = find_in_text(text, "الظروف")
    assert text[start:end] == "الظروفَ"  # the match keeps the last letter's mark
    start, end = find_in_text(text, "ان")
    assert text[start:end] == "إنّ"


def test_search_wraps_and_goes_backwards():
    text = "كازاخستان ثم كازاخستان"
    assert find_in_text(text, "كازاخستان", 1) == (13, 22)
    assert find_in_text(text, "كازاخستان", 14) == (0, 9)  # wrapped
    assert find_in_text(text, "كازاخستان", 13, backwards=True) == (0, 9)


def test_latin_is_matched_without_case_and_nothing_for_an_empty_query():
    assert find_in_text("Reuters قال", "reuters") == (0, 7)
    assert find_in_text("abc", "") is None
    assert find_in_text("abc", "\u064e") is None


@settings(deadline=None)  # timing belongs in bench/; a busy machine must not fail this
@given(st.text(alphabet="ابتثجحخدذر \u064e\u064f\u0650\u0651", max_size=40), st.data())
def test_a_match_of_a_slice_never_cuts_a_letter_from_its_marks(text, data):
    if not text.strip():
        return
    i = data.draw(st.integers(0, len(text) - 1))
    j = data.draw(st.integers(i + 1, len(text)))
    found = find_in_text(text, text[i:j])
    if found is None:
        assert not any(ch not in "\u064e\u064f\u0650\u0651" for ch in text[i:j])
        return
    start, end = found
    assert end == len(text) or text[end] not in "\u064e\u064f\u0650\u0651"
