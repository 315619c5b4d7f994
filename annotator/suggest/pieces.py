"""The rules over a long text a piece at a time, so a background thread can pause between
pieces (the app's window goes on meanwhile: a pure-Python loop over a 1 MiB article holds
the interpreter for seconds).

Each piece is a run of whole paragraphs, read with some paragraphs of context on both sides
(a speaker at the end of one paragraph introduces a claim in the next); a suggestion is kept
by the piece it starts in. The result is ``suggest(text)``'s, in the same order, as long as
no rule looks further than ``overlap`` characters across a paragraph break.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace

from . import suggest
from .model import Suggestion

PIECE = 8000
OVERLAP = 2000


def pieces(text: str, size: int = PIECE, overlap: int = OVERLAP) -> Iterator[tuple[int, ...]]:
    """``(start, end, read_from, read_to)``: the pieces' ranges, which tile ``text``, each
    cut after a line break (a paragraph longer than ``size`` stays whole), and the ranges
    read for each, ``overlap`` characters wider on both sides, widened to line breaks."""
    start, n = 0, len(text)
    while start < n:
        end = n
        if start + size < n:
            end = text.rfind("\n", start, start + size) + 1 or text.find("\n", start + size) + 1
            if end <= start:
                end = n
        low = text.rfind("\n", 0, max(0, start - overlap)) + 1 if start else 0
        high = n if end + overlap >= n else (text.find("\n", end + overlap) + 1 or n)
        yield start, end, low, high
        start = end


def suggest_in_pieces(
    text: str, known_locations: Iterable[str] = (), **kwargs
) -> Iterator[list[Suggestion]]:
    """``suggest(text)``'s suggestions, one list per piece, in text order."""
    known = list(known_locations)
    for start, end, low, high in pieces(text, **kwargs):
        found = []
        for s in suggest(text[low:high], known_locations=known):
            if start <= s.start + low < end:
                link = s.link and (s.link[0] + low, s.link[1] + low)
                found.append(replace(s, start=s.start + low, end=s.end + low, link=link))
        yield found
