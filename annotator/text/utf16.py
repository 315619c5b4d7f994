"""Code points (the core's offsets) to UTF-16 code units (Qt's, and some peers') and back."""

from __future__ import annotations

import bisect
import re

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")
_SLICE = 1 << 18  # characters searched at once (a few ms)


class Utf16Map:
    """Maps code-point offsets to UTF-16 code-unit offsets and back, for one text.

    Qt counts UTF-16 code units (and one position per paragraph break, which is one
    ``\\n`` in canonical text); the core counts code points. The two differ after
    every character outside the Basic Multilingual Plane (emoji, some symbols).
    """

    __slots__ = ("_astral", "_length")

    def __init__(self, text: str):
        # Code-point indices of astral characters, each of which takes two UTF-16 units.
        # A slice at a time (a very long article is prepared off the GUI thread, which must
        # not wait on it), and searched only in the slices whose UTF-16 encoding is longer
        # than they are: encoding 15 MB takes about 10 ms, the search 45-60 ms, all of it
        # holding the GIL.
        self._astral = []
        if not text.isascii():
            for pos in range(0, len(text), _SLICE):
                piece = text[pos : pos + _SLICE]
                if len(piece.encode("utf-16-le", "surrogatepass")) > 2 * len(piece):
                    self._astral += [pos + m.start() for m in _ASTRAL.finditer(piece)]
        self._length = len(text)

    @property
    def utf16_length(self) -> int:
        return self._length + len(self._astral)

    def to_utf16(self, cp: int) -> int:
        """UTF-16 offset of code-point offset ``cp``."""
        return cp + bisect.bisect_left(self._astral, cp)

    def to_codepoint(self, u16: int) -> int:
        """Code-point offset of UTF-16 offset ``u16``; inside a surrogate pair rounds down."""
        lo, hi = 0, len(self._astral)
        # Count the astral characters that start before u16: astral character k starts
        # at UTF-16 offset astral[k] + k. Inside a pair this lands on its own index.
        while lo < hi:
            mid = (lo + hi) // 2
            if self._astral[mid] + mid < u16:
                lo = mid + 1
            else:
                hi = mid
        return u16 - lo
