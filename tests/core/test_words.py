"""Word snapping: widen a selection to whole words; punctuation and whitespace end words."""

from __future__ import annotations

import pytest

from annotator import snap_to_words
from annotator.text import word_at

SENTENCE = 'قال: «النمو بلغ 3.5 في المئة»، و١٬٠٠٠ (تقريباً) هل؟ نعم؛ "حسناً". ok, (fine).'


def _snapped(part: str, occurrence: int = 0, text: str = SENTENCE) -> str | None:
    """Select ``part`` (its ``occurrence``-th appearance) and return the snapped text."""
    at = -1
    for _ in range(occurrence + 1):
        at = text.index(part, at + 1)
    got = snap_to_words(text, at, at + len(part))
    return None if got is None else text[got[0] : got[1]]


@pytest.mark.parametrize(
    "selection, word",
    [
        ("ا", "قال"),  # ends at the colon
        ("لنم", "النمو"),  # starts after «
        ("المئ", "المئة"),  # ends before »،
        ("تقري", "تقريباً"),  # inside ( ), keeps its tanween
        ("ه", "هل"),  # ends at ؟
        ("عم", "نعم"),  # ends at ؛
        ("سن", "حسناً"),  # inside " ", ends before .
        ("k", "ok"),  # Latin: ends at ,
        ("in", "fine"),
    ],
)
def test_selection_inside_a_word_widens_to_the_word(selection, word):
    assert _snapped(selection) == word


@pytest.mark.parametrize(
    "selection, number", [("3", "3.5"), (".5", "3.5"), ("٬", "و١٬٠٠٠"), ("٠٠", "و١٬٠٠٠")]
)
def test_numbers_with_separators_stay_whole(selection, number):
    assert _snapped(selection) == number


def test_arabic_decimal_separator_stays_inside_a_number():
    text = "النسبة ٣٫٥٪ فقط"
    got = snap_to_words(text, text.index("٣"), text.index("٣") + 1)
    assert text[got[0] : got[1]] == "٣٫٥"


def test_sentence_full_stop_after_a_number_ends_the_word():
    text = "بلغ 2015. ثم"
    got = snap_to_words(text, text.index("20"), text.index("20") + 2)
    assert text[got[0] : got[1]] == "2015"


def test_selected_punctuation_is_kept():
    text = "قال: «النمو»"
    got = snap_to_words(text, text.index("«"), text.index("»") + 1)
    assert text[got[0] : got[1]] == "«النمو»"


def test_whitespace_at_the_edges_is_dropped():
    text = "قال  الوزير  أمس"
    got = snap_to_words(text, 3, text.index("أمس"))
    assert text[got[0] : got[1]] == "الوزير"


@pytest.mark.parametrize("blank", [" ", "  \n ", "\u00a0", "\t", "\u200f", " \u2066\u2069 "])
def test_whitespace_only_selection_gives_none(blank):
    text = f"قال{blank}الوزير"
    assert snap_to_words(text, 3, 3 + len(blank)) is None
    assert snap_to_words(text, 2, 2) is None  # an empty selection too


def test_result_keeps_harakat_with_their_letters():
    text = "وَقَالَ الوَزِيرُ"
    got = snap_to_words(text, 1, 2)
    assert text[got[0] : got[1]] == "وَقَالَ"


def test_snapping_widens_a_prefix_to_the_word_but_exact_characters_stay_possible():
    text = "والحكومة"
    assert snap_to_words(text, 0, 1) == (0, len(text))
    assert text[0:1] == "و"  # exact characters are add_span(doc, 0, 1, …): see test_spans


def test_word_at_a_position():
    text = "قال الوزير"
    assert word_at(text, 5) == (4, 10)
    assert word_at(text, 10) == (4, 10)  # just after the word
    assert word_at(" ، ", 1) is None
