"""Words: what a word character is, snapping a selection to whole words, word steps, resizing.

Whitespace, bidi marks and Arabic and Latin punctuation end words, except what belongs to a
number (3.5, ١٬٠٠٠, 3.5%) and a hyphen between two letters (ألما-آتا).
"""

from __future__ import annotations

import unicodedata

from .graphemes import grapheme_step, snap_to_graphemes

#: Characters that are never part of a word, beyond whitespace and Unicode punctuation.
_EXTRA_BREAKS = set("\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c")
#: Separators that stay inside a number: 3.5, 1,000, ٣٫٥, ١٬٠٠٠
_NUMBER_INNER = set(".,\u066b\u066c")
#: Signs that belong to the number beside them: per cent and per mille, Latin and Arabic
#: (3.5%, ٪٣٫٥, ‰). Currency signs ($, €, ﷼) are symbols, not punctuation: always kept.
_NUMBER_SIGNS = set("%\u066a\u2030\u0609\u060a")
#: Marks stacked on one character that ``_is_word_char`` looks through to find it.
_MARKS_LOOKED_BACK = 32
#: Hyphens that join two parts of one name between letters or digits (ألما-آتا, COVID-19):
#: hyphen-minus, hyphen, non-breaking hyphen, the Hebrew maqaf.
_JOINERS = set("-\u2010\u2011\u05be")


def _is_word_char(text: str, i: int) -> bool:
    c = text[i]
    if c.isspace() or c in _EXTRA_BREAKS:
        return False
    cat = unicodedata.category(c)
    if cat[0] == "M":  # a mark is part of what it sits on: a letter, or a space or a comma
        base = i - 1
        while base >= max(0, i - _MARKS_LOOKED_BACK) and unicodedata.category(text[base])[0] == "M":
            base -= 1
        return base < 0 or unicodedata.category(text[base])[0] == "M" or _is_word_char(text, base)
    if cat[0] == "P" or cat in ("Sm", "Zs", "Zl", "Zp", "Cc"):
        before = text[i - 1] if i > 0 else ""
        after = text[i + 1] if i + 1 < len(text) else ""
        if c in _NUMBER_INNER:
            return before.isdigit() and after.isdigit()
        if c in _NUMBER_SIGNS:
            return before.isdigit() or after.isdigit()
        if c in _JOINERS:  # a mark before it counts only when it sits on a word character
            joined = before.isalnum() or (
                _letter_or_digit(before, marks=True) and _is_word_char(text, i - 1)
            )
            return joined and _letter_or_digit(after)
        return False
    return True


def _letter_or_digit(c: str, marks: bool = False) -> bool:
    """A letter or digit (or, with ``marks``, a mark on one: the harakat of المَا-آتا)."""
    return bool(c) and (c.isalnum() or (marks and unicodedata.category(c)[0] == "M"))


def snap_to_words(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Widen ``[start, end)`` to whole words; ``None`` if it holds no word character.

    Whitespace, bidi marks and punctuation at either edge are dropped first (the comma after
    a name, the quotes and brackets around it); then a word cut by an edge is completed.
    Whitespace and Arabic and Latin punctuation (، ؛ ؟ « » " ( ) . :) end words, except what
    belongs to a number (3.5, ١٬٠٠٠, 3.5%, ٪) and a hyphen between two letters (ألما-آتا).
    The result always lies on grapheme boundaries.
    """
    start = max(0, min(start, len(text)))
    end = max(start, min(end, len(text)))
    while start < end and not _is_word_char(text, start):
        start += 1
    while end > start and not _is_word_char(text, end - 1):
        end -= 1
    if start == end:
        return None
    while True:
        while start > 0 and _is_word_char(text, start - 1):
            start -= 1
        while end < len(text) and _is_word_char(text, end):
            end += 1
        # A grapheme can reach past a word's edge (U+0600 ARABIC NUMBER SIGN takes the space
        # after it and a mark on that space into its cluster): widen again until both hold,
        # so that snapping a snapped span changes nothing.
        snapped = snap_to_graphemes(text, start, end)
        if snapped == (start, end):
            return snapped
        start, end = snapped


def _skip(text: str, i: int, step: int, word: bool) -> int:
    """From ``i``, pass over word characters (or non-word ones) going forward or back."""
    if step > 0:
        while i < len(text) and _is_word_char(text, i) == word:
            i += 1
    else:
        while i > 0 and _is_word_char(text, i - 1) == word:
            i -= 1
    return i


def word_step(text: str, anchor: int, position: int, forward: bool) -> int:
    """Where a selection's moving end goes on one word step (Ctrl+Shift+arrow).

    Growing, it takes a whole word: forward to the end of the next word, back to the start
    of the previous one (never only the space after a word). Shrinking, it gives back a
    whole word: forward to the start of the next word, back to the end of the one before,
    stopping at the anchor. The result lies on a grapheme boundary.
    """
    pos = max(0, min(position, len(text)))
    if forward:
        if pos < anchor:  # shrinking from the start
            pos = min(anchor, _skip(text, _skip(text, pos, 1, True), 1, False))
        else:
            pos = _skip(text, _skip(text, pos, 1, False), 1, True)
            return _whole_word_edge(text, snap_to_graphemes(text, pos, pos)[1], anchor, True)
        return snap_to_graphemes(text, pos, pos)[1]
    if pos > anchor:  # shrinking from the end
        pos = max(anchor, _skip(text, _skip(text, pos, -1, True), -1, False))
        return snap_to_graphemes(text, pos, pos)[0]
    pos = _skip(text, _skip(text, pos, -1, False), -1, True)
    return _whole_word_edge(text, snap_to_graphemes(text, pos, pos)[0], anchor, forward=False)


def _whole_word_edge(text: str, pos: int, anchor: int, forward: bool) -> int:
    """A growing end where the word there starts (or ends): a grapheme can carry a word
    character into punctuation (a mark on a comma), and snapping to its boundary would
    otherwise stop inside the word next to it."""
    low, high = (anchor, pos) if forward else (pos, anchor)
    snapped = snap_to_words(text, low, high) if low < high else None
    if snapped is None:
        return pos
    return max(pos, snapped[1]) if forward else min(pos, snapped[0])


def resized_span(
    text: str, start: int, end: int, at_start: bool, grow: bool, exact: bool = False
) -> tuple[int, int] | None:
    """A span's range with one edge moved by a word (by a character when ``exact``): the
    start edge (``at_start``) or the end edge, outward (``grow``) or inward. ``None`` when
    it cannot: nothing would be left, a paragraph break would come in, or the text ends."""
    if exact:
        edge = grapheme_step(text, start if at_start else end, forward=at_start != grow)
    elif at_start:
        edge = word_step(text, end, start, forward=not grow)
    else:
        edge = word_step(text, start, end, forward=grow)
    new = (edge, end) if at_start else (start, edge)
    if new == (start, end) or new[0] >= new[1] or "\n" in text[new[0] : new[1]]:
        return None
    if not exact and snap_to_words(text, *new) != new:  # a lone comma left at an edge
        snapped = snap_to_words(text, *new)
        if snapped is None or snapped == (start, end):
            return None
        new = snapped
    return new


def word_at(text: str, pos: int) -> tuple[int, int] | None:
    """The word containing (or just before) ``pos``, or ``None`` outside any word."""
    if 0 <= pos < len(text) and _is_word_char(text, pos):
        return snap_to_words(text, pos, pos + 1)
    if 0 < pos <= len(text) and _is_word_char(text, pos - 1):
        return snap_to_words(text, pos - 1, pos)
    return None
