"""``search_pattern`` finds what ``word1|word2|...`` (each letter in any of its forms,
followed by any harakat or tatweel) finds: the same matches, at the same places, in the
same order, however it is written for speed."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from annotator.text import search_fold, search_pattern
from annotator.text.search import _MARKS, _SAME, search_finder


def _plain_alternation(query: str) -> re.Pattern | None:
    """The pattern as first written: one group per word, tried in the query's order."""
    words = search_fold(query).split()
    if not words:
        return None
    classes: dict[str, set[str]] = {}
    for original, folded in _SAME.items():
        classes.setdefault(folded, {folded}).add(original)
    marks = f"[{_MARKS}]*"

    def letter(c: str) -> str:
        if c in classes:
            return "[" + "".join(sorted(classes[c])) + "]"
        return re.escape(c)

    alternatives = [marks.join(letter(c) for c in word) + marks for word in words]
    return re.compile("|".join(f"(?:{a})" for a in alternatives), re.IGNORECASE)


# Letters with several forms, plain letters, harakat and tatweel, Latin in both cases
# (with the K and long s that match k and s case-insensitively), a space.
_CHARS = "اأإآٱلمريىهةبَُّْـٰaAkKſsS "
_text = st.text(alphabet=_CHARS, max_size=40)
_query = st.lists(st.text(alphabet=_CHARS.replace(" ", ""), min_size=1, max_size=4), max_size=3)


def _matches(pattern: re.Pattern | None, text: str) -> list[tuple[int, int]]:
    return [] if pattern is None else [m.span() for m in pattern.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(words=_query, text=_text)
@example(words=["الرباط", "المئة"], text="في المئة من الرباط والمئَةُ")
@example(words=["الرسم", "الرسمي"], text="الرسمية الرسم")  # a word inside the next
@example(words=["الرسمي", "الرسم"], text="الرسمية الرسم")
@example(words=["هذه", "الأسعار"], text="هذهِ الأسعار وهذة")  # no letters shared
@example(words=["ks", "KS"], text="ſK kS")
def test_the_pattern_finds_what_the_plain_alternation_finds(words, text):
    query = " ".join(words)
    assert _matches(search_pattern(query), text) == _matches(_plain_alternation(query), text)


def _first_and_count(pattern: re.Pattern | None, text: str) -> tuple[int, int, int] | None:
    found = _matches(pattern, text)
    return (len(found), *found[0]) if found else None


_words = st.lists(st.text(alphabet="البرمي", min_size=1, max_size=4), min_size=1, max_size=3)


@settings(max_examples=300, deadline=None)
@given(words=_query | _words, text=_text | st.text(alphabet="البرميىأهة َُـ", max_size=60))
@example(words=["المئة", "الرباط"], text="في المئة من الرباط والمئَةُ وبالمئة")
@example(words=["الرسمي"], text="الرسميّة والرَّسمي")  # from its rarer end: ي, not ا
@example(words=["مرم"], text="مرمرم مرم")  # overlaps itself: the pattern as it is
@example(words=["مرب", "بري"], text="مربري بري")  # one ends as the other begins
@example(words=["بر", "مبرم"], text="مبرم بر")  # one inside the other
def test_the_finder_counts_and_places_the_first_match_as_the_pattern_does(words, text):
    query = " ".join(words)
    if not search_fold(query).split():
        return
    expected = _first_and_count(_plain_alternation(query), text)
    assert search_finder(query)(text) == expected
