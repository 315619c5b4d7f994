"""Grapheme clusters (UAX #29): boundaries, snapping a range onto them, one character's step.

A span never cuts a cluster (a letter and its harakat, an emoji sequence, a flag). Testing
one position segments only a short window around it, so this stays fast on long articles.
"""

from __future__ import annotations

import bisect
from functools import lru_cache


@lru_cache(maxsize=1)
def _patterns():
    """The ``regex`` patterns for UAX #29 graphemes, compiled on first use (the import of
    ``regex`` costs several milliseconds of the app's start-up)."""
    import regex

    return (
        regex.compile(r"\X", regex.VERSION1),
        regex.compile(r"\p{Grapheme_Cluster_Break=Prepend}"),
        regex.compile(_SURE_BREAK, regex.VERSION1),
    )


# Matched at ``pos - 1``: a grapheme cluster surely starts at ``pos`` when no UAX #29 rule
# can join the two characters around it. Joining forward: CR (GB3), Hangul L/V/LV/LVT/T
# (GB6-8), Prepend (GB9b), ZWJ (GB11), a regional indicator (GB12-13), and an Extend that may
# end an Indic conjunct (GB9c: only before a consonant of an Indic script, so not before
# Arabic, Latin, digits, spaces or punctuation). Joining backward: Extend, ZWJ, SpacingMark
# (GB9, GB9a), Hangul V/T, a regional indicator. Anything else falls back to segmenting.
_SURE_BREAK = (
    r"(?![\p{GCB=Prepend}\p{GCB=ZWJ}\p{GCB=L}\p{GCB=V}\p{GCB=LV}\p{GCB=LVT}\p{GCB=T}"
    r"\p{GCB=Regional_Indicator}\r])"
    r"(?:\p{GCB=Extend}(?=[\s\p{P}\p{Script=Arabic}\p{Script=Latin}\p{Nd}])|\P{GCB=Extend})"
    r"(?![\p{GCB=Extend}\p{GCB=ZWJ}\p{GCB=SpacingMark}\p{GCB=V}\p{GCB=T}"
    r"\p{GCB=Regional_Indicator}])"
)


def grapheme_boundaries(text: str) -> list[int]:
    """Sorted code-point offsets at which a grapheme cluster starts, plus ``len(text)``."""
    bounds = [m.start() for m in _patterns()[0].finditer(text)]
    bounds.append(len(text))
    return bounds


_WINDOW = 64


def _surely_starts_cluster(text: str, i: int) -> bool:
    """True when a grapheme cluster certainly starts at ``i``, judging by its neighbours only.

    A cluster always starts at a space, tab or line feed, unless the character before
    joins forward (a Prepend such as U+0600 ARABIC NUMBER SIGN, or CR before LF).
    """
    if i <= 0 or i >= len(text):
        return True
    c, before = text[i], text[i - 1]
    if c not in " \t\n":
        return False
    return not (c == "\n" and before == "\r") and not _patterns()[1].match(before)


def _local_boundaries(text: str, pos: int) -> tuple[int, int]:
    """The grapheme boundaries at or around ``pos`` (floor, ceiling), scanning locally."""
    # Grapheme clusters are short: segment a window around pos instead of the whole text.
    # The window must begin and end where a cluster surely starts, or the segmentation
    # inside it drifts (pairs of regional indicators, emoji sequences, letters and marks).
    lo = max(0, pos - _WINDOW)
    while not _surely_starts_cluster(text, lo):
        lo -= 1
    hi = min(len(text), pos + _WINDOW)
    while not _surely_starts_cluster(text, hi):
        hi += 1
    bounds = [m.start() for m in _patterns()[0].finditer(text, lo, hi)]  # absolute offsets
    bounds.append(hi)
    i = bisect.bisect_right(bounds, pos) - 1
    floor = bounds[max(i, 0)]
    ceil = floor if floor == pos else bounds[min(i + 1, len(bounds) - 1)]
    return floor, ceil


def is_grapheme_boundary(text: str, pos: int) -> bool:
    """True when ``pos`` does not fall inside a grapheme cluster."""
    if pos <= 0 or pos >= len(text):
        return 0 <= pos <= len(text)
    if _patterns()[2].match(text, pos - 1):  # the common case, without segmenting a window
        return True
    floor, _ = _local_boundaries(text, pos)
    return floor == pos


def sure_break_matcher():
    """``match(text, pos - 1)``: true when the two characters around ``pos`` alone show
    that a grapheme cluster starts there (0 < pos < len(text)); false says nothing, ask
    ``is_grapheme_boundary``. For loops over many offsets (an import's spans)."""
    return _sure_break


#: ``_SURE_BREAK``'s answer per pair of characters: it looks at those two and nothing else,
#: and articles use a few hundred pairs. A dictionary lookup instead of a ``regex`` match
#: (860 ns) for each offset; bounded whatever the input.
_SURE_PAIRS: dict[str, bool] = {}


def _sure_break(text: str, i: int) -> bool:
    pair = text[i : i + 2]
    answer = _SURE_PAIRS.get(pair)
    if answer is None:
        if len(_SURE_PAIRS) >= 65536:
            _SURE_PAIRS.clear()
        answer = _SURE_PAIRS[pair] = _patterns()[2].match(pair) is not None
    return answer


def snap_to_graphemes(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen ``[start, end)`` outward to the nearest grapheme-cluster boundaries."""
    start = max(0, min(start, len(text)))
    end = max(start, min(end, len(text)))
    if 0 < start < len(text):
        start = _local_boundaries(text, start)[0]
    if 0 < end < len(text):
        floor, ceil = _local_boundaries(text, end)
        end = end if floor == end else ceil
    return start, end


def grapheme_step(text: str, pos: int, forward: bool) -> int:
    """The grapheme boundary after ``pos`` (or before it): one user-perceived character."""
    if forward:
        return len(text) if pos >= len(text) else snap_to_graphemes(text, pos + 1, pos + 1)[1]
    return 0 if pos <= 0 else snap_to_graphemes(text, pos - 1, pos - 1)[0]
