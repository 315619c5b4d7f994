"""Word snapping: widen a selection to whole words; trim punctuation and whitespace at its edges."""

from __future__ import annotations

import pytest

from annotator import snap_to_words
from annotator.text import resized_span, word_at, word_step

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


def test_arabic_decimal_separator_and_percent_sign_stay_with_the_number():
    text = "النسبة ٣٫٥٪ فقط"
    got = snap_to_words(text, text.index("٣"), text.index("٣") + 1)
    assert text[got[0] : got[1]] == "٣٫٥٪"


def test_sentence_full_stop_after_a_number_ends_the_word():
    text = "بلغ 2015. ثم"
    got = snap_to_words(text, text.index("20"), text.index("20") + 2)
    assert text[got[0] : got[1]] == "2015"


@pytest.mark.parametrize(
    "text, selected, word",
    [
        ("قال «قاسم جومارت توكايف،» أمس", "«قاسم جومارت توكايف،»", "قاسم جومارت توكايف"),
        ("قال «قاسم جومارت توكايف،» أمس", "قاسم جومارت توكايف،", "قاسم جومارت توكايف"),
        ("قال: «النمو»", "«النمو»", "النمو"),
        ("(تقريباً) هنا", "(تقريباً)", "تقريباً"),
        ("[الرياض]؛ ثم", "[الرياض]؛", "الرياض"),
        ("هل قال ذلك؟ نعم.", "قال ذلك؟", "قال ذلك"),
        ("هل قال ذلك؟ نعم.", "نعم.", "نعم"),
        ('"حسناً", قال', '"حسناً",', "حسناً"),
        ("قال: «النمو»", ": «ال", "النمو"),
    ],
)
def test_punctuation_at_the_edges_is_trimmed(text, selected, word):
    assert _snapped(selected, text=text) == word


@pytest.mark.parametrize(
    "text, selected, number",
    [
        ("بلغ النمو 3.5% هذا العام", "3.5%", "3.5%"),
        ("بلغ النمو 3.5%، هذا العام", "3.5%،", "3.5%"),
        ("بلغ النمو 3.5% هذا", "3", "3.5%"),
        ("النسبة ٣٫٥٪ فقط", "٣٫٥٪", "٣٫٥٪"),
        ("النسبة ٣٫٥٪. فقط", "٥٪.", "٣٫٥٪"),
        ("بلغ (١٬٠٠٠) ريال", "(١٬٠٠٠)", "١٬٠٠٠"),
        ("الكلفة $100، ثم", "$100،", "$100"),
        ("نحو 5‰ فقط", "5‰", "5‰"),
    ],
)
def test_signs_that_belong_to_a_number_are_kept(text, selected, number):
    assert _snapped(selected, text=text) == number


@pytest.mark.parametrize(
    "text, selected, name",
    [
        ("وصل إلى ألما-آتا أمس", "ألما", "ألما-آتا"),
        ("وصل إلى ألما-آتا أمس", "آتا", "ألما-آتا"),
        ("وصل إلى ألمَا-آتا أمس", "ألمَا", "ألمَا-آتا"),  # a haraka before the hyphen
        ("انتشر COVID-19 سريعاً", "COVID", "COVID-19"),
        ("מלחמת יום\u05beהכיפורים", "יום", "יום\u05beהכיפורים"),  # maqaf
        ("وصل إلى ألما‑آتا أمس", "ألما", "ألما‑آتا"),  # non-breaking hyphen
    ],
)
def test_a_hyphen_between_letters_stays_inside_the_word(text, selected, name):
    assert _snapped(selected, text=text) == name


@pytest.mark.parametrize(
    "text, selected, word",
    [
        ("قال - أمس", "قال -", "قال"),  # a dash between spaces ends the word
        ("قال- أمس", "قال-", "قال"),
        ("الرياض -جدة", "-جدة", "جدة"),
    ],
)
def test_a_hyphen_beside_a_space_is_punctuation(text, selected, word):
    assert _snapped(selected, text=text) == word


@pytest.mark.parametrize("only", ["،", "«»", " . ", "؟!", "(،)"])
def test_a_selection_of_punctuation_only_gives_none(only):
    text = f"قال{only}الوزير"
    assert snap_to_words(text, 3, 3 + len(only)) is None


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


STEP_TEXT = "قال رئيس كازاخستان قاسم جومارت توكاييف، اليوم"


@pytest.mark.parametrize(
    "selected, forward, expected",
    [
        ("جومارت", True, "جومارت توكاييف"),  # grows by a whole word, not by the space
        ("توكاييف", True, "توكاييف، اليوم"),  # over the comma to the next word
        ("قاسم جومارت توكاييف", False, "قاسم جومارت"),  # shrinks by a whole word
    ],
)
def test_a_word_step_from_the_end_moves_by_whole_words(selected, forward, expected):
    start = STEP_TEXT.index(selected)
    end = word_step(STEP_TEXT, start, start + len(selected), forward)
    assert STEP_TEXT[start:end] == expected


@pytest.mark.parametrize(
    "selected, forward, expected",
    [
        ("جومارت", False, "قاسم جومارت"),
        ("كازاخستان قاسم جومارت", True, "قاسم جومارت"),  # shrinks from the start
        ("جومارت", True, ""),  # shrinking stops at the other end
    ],
)
def test_a_word_step_from_the_start_moves_by_whole_words(selected, forward, expected):
    end = STEP_TEXT.index(selected) + len(selected)
    start = word_step(STEP_TEXT, end, end - len(selected), forward)
    assert STEP_TEXT[start:end] == expected


def test_a_word_step_stops_at_the_ends_of_the_text():
    assert word_step(STEP_TEXT, 0, len(STEP_TEXT), True) == len(STEP_TEXT)
    assert word_step(STEP_TEXT, 5, 0, False) == 0


NAME_TEXT = "قال رئيس كازاخستان قاسم جومارت توكاييف، اليوم\nسطر ثان"


@pytest.mark.parametrize(
    "span, at_start, grow, exact, expected",
    [
        ("جومارت", True, True, False, "قاسم جومارت"),
        ("جومارت", False, True, False, "جومارت توكاييف"),
        ("قاسم جومارت توكاييف", True, False, False, "جومارت توكاييف"),
        ("قاسم جومارت توكاييف", False, False, False, "قاسم جومارت"),
        ("توكاييف", False, True, False, "توكاييف، اليوم"),
        ("جومارت", True, True, True, " جومارت"),  # exact: a character, even a space
        ("جومارت", False, False, True, "جومار"),
        ("جومارت", True, False, False, None),  # nothing would be left
        ("اليوم", False, True, False, None),  # the paragraph ends
        ("قال", True, True, False, None),  # the text begins
    ],
)
def test_a_span_edge_moves_by_a_word_or_a_character(span, at_start, grow, exact, expected):
    start = NAME_TEXT.index(span)
    got = resized_span(NAME_TEXT, start, start + len(span), at_start, grow, exact)
    assert (NAME_TEXT[got[0] : got[1]] if got else None) == expected
