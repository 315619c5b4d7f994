"""Where spans sit in the article view, without Qt: paragraphs, reading order and bar depths.

The view paints each span as a tint under its glyphs and a bar under its line; nested and
overlapping spans get bars at different depths. Which paragraphs a span covers, which bar it
gets and which spans must be dealt their bars again after a change are decided here, in plain
Python, so they are tested without a display (``tests/core/test_span_layout.py``). This module
imports no Qt: the painting is ``ui.span_painter``, the widget ``ui.article_view``.

Offsets are code points, end-exclusive (the core's); each span also keeps its UTF-16 range,
the unit of Qt document positions, converted once here with the core's ``Utf16Map``.
"""

from __future__ import annotations

import bisect
import heapq
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from annotator.model import Span
from annotator.text import Utf16Map

#: Bars stacked under a line before deeper spans share the last one.
BAR_LEVELS = 3

# Qt starts a new block at each of these when the text is set (QTextCursor::insertText).
BLOCK_BREAKS = "\n\r\u2029\ufdd0\ufdd1"


@dataclass(eq=False, slots=True)
class PlacedSpan:
    """One span as the view places it: its ranges, paragraphs, label and bar depth."""

    id: int
    start: int  # code points
    end: int
    qt_start: int  # UTF-16 positions in the document
    qt_end: int
    first_block: int  # the paragraphs it covers
    last_block: int
    label_id: int
    depth: int = 0  # which bar under the line (0 = nearest the text)


def reading_order(span: PlacedSpan) -> tuple[int, int, int]:
    """Outer spans before the spans nested in them."""
    return (span.start, -span.end, span.id)


def assign_depths(spans: Iterable[PlacedSpan]) -> None:
    """Give each span (in reading order) the nearest bar no span still open at its start uses."""
    active: list[tuple[int, int]] = []  # (end, depth) of spans still open
    free: list[int] = []  # depths given back by closed spans
    deepest = 0
    for span in spans:
        while active and active[0][0] <= span.start:
            heapq.heappush(free, heapq.heappop(active)[1])
        if free:
            depth = heapq.heappop(free)
        else:
            depth, deepest = deepest, deepest + 1
        heapq.heappush(active, (span.end, depth))
        span.depth = depth


#: A paragraph longer than this is shown as several blocks of about ``CHUNK`` characters.
LONG_PARAGRAPH = 20_000
CHUNK = 4_000
DISPLAY_BREAK = "\u2029"
# Explicit bidi embeddings and isolates: a paragraph is never cut inside one.
_BIDI_OPEN = set("\u202a\u202b\u202d\u202e\u2066\u2067\u2068")
_BIDI_CLOSE = set("\u202c\u2069")
_BIDI_CONTROLS = "".join(sorted(_BIDI_OPEN | _BIDI_CLOSE))


def _finding(
    found: list[int], text: str, chars: str, start: int = 0, end: int | None = None
) -> Iterator[None]:
    """Add to ``found`` where any of ``chars`` (single characters) occurs in
    ``text[start:end]``, in order; a step per character looked for (and per few thousand
    found), each a few milliseconds at most for a 15 MB article.

    ``str.find`` per character, not a regular expression: a very long article is prepared a
    step at a time between the window's events, and a character-class scan over 15 MB takes
    about 150 ms in one call, where ``find`` (memchr) takes 1-5 ms per absent character.
    """
    end = len(text) if end is None else end
    first, present = len(found), 0
    for char in chars:
        pos = text.find(char, start, end)
        present += pos != -1
        while pos != -1:
            found.append(pos)
            pos = text.find(char, pos + 1, end)
            if len(found) % _STEP_ITEMS == 0:
                yield
        yield
    if present > 1:
        found[first:] = sorted(found[first:])


#: Items (breaks found, paragraphs, cuts) dealt with between two steps of preparing.
_STEP_ITEMS = 4096


def _positions(text: str, chars: str, start: int = 0, end: int | None = None) -> list[int]:
    found: list[int] = []
    for _ in _finding(found, text, chars, start, end):
        pass
    return found


def paragraph_starts(text: str) -> list[int]:
    """Code-point offset where each paragraph of ``text`` starts."""
    return [0] + [pos + 1 for pos in _positions(text, BLOCK_BREAKS)]


def display_breaks(text: str, starts: list[int] | None = None) -> list[int]:
    """Offsets of the spaces the view shows as block breaks, inside very long paragraphs.

    Qt lays a paragraph out whole: a 15 MB paragraph takes seconds and hundreds of MB, and
    the view lays out only the blocks in sight. A space and a block break are one position
    each in Qt, so showing a space as a break moves no offset; the long paragraph is then
    laid out a block at a time, each in the paragraph's direction, and only the line at each
    cut ends early. Cuts fall on a space between words, outside any bidi embedding or
    isolate, about every ``CHUNK`` characters; other paragraphs are left whole.
    """
    cuts: list[int] = []
    for _ in _breaking(cuts, text, paragraph_starts(text) if starts is None else starts):
        pass
    return cuts


def _breaking(cuts: list[int], text: str, starts: list[int]) -> Iterator[None]:
    """``display_breaks`` into ``cuts``, a step at a time."""
    ends = [s - 1 for s in starts[1:]] + [len(text)]
    for start, end in zip(starts, ends, strict=True):
        if end - start <= LONG_PARAGRAPH:
            continue
        positions: list[int] = []
        yield from _finding(positions, text, _BIDI_CONTROLS, start, end)
        controls = [(pos, text[pos]) for pos in positions]
        depth, k = 0, 0
        target = start + CHUNK
        while target < end - CHUNK // 2:
            cut = text.rfind(" ", target - CHUNK // 2, target)
            if cut == -1:
                cut = text.find(" ", target, min(end, target + CHUNK))
            if cut == -1:  # no space nearby (a very long "word"): look further on
                target += CHUNK
                continue
            while k < len(controls) and controls[k][0] < cut:
                char = controls[k][1]
                depth = depth + 1 if char in _BIDI_OPEN else max(0, depth - 1)
                k += 1
            if depth == 0:
                cuts.append(cut)
                if len(cuts) % _STEP_ITEMS == 0:
                    yield
            target = cut + 1 + CHUNK


class SpanLayout:
    """The spans of one article, by id and by paragraph, each with its bar depth.

    Changes return the code-point range whose painting is stale (None when nothing changed),
    so the view repaints those paragraphs only.
    """

    def __init__(self, text: str = ""):
        self.set_text(text)

    def set_text(self, text: str) -> None:
        """A new article: forget every span."""
        for _ in self.setting_text(text):
            pass

    def setting_text(self, text: str) -> Iterator[None]:
        """``set_text`` a step at a time (each under 10 ms for a 15 MB article), for the window's
        thread, which prepares a very long article between other events; the layout is
        ready once this is exhausted."""
        self.text = text
        self.map = Utf16Map(text)
        yield
        breaks: list[int] = []
        yield from _finding(breaks, text, BLOCK_BREAKS)
        paragraphs = self.paragraph_starts = [0] + [pos + 1 for pos in breaks]
        yield
        self.cuts = []
        yield from _breaking(self.cuts, text, paragraphs)
        if self.cuts:
            self.block_starts = sorted(paragraphs + [c + 1 for c in self.cuts])
            self._paragraph_blocks = [bisect.bisect_left(self.block_starts, p) for p in paragraphs]
        else:  # each paragraph one block (17,000 bisections saved for a many-line article)
            self.block_starts = paragraphs
            self._paragraph_blocks = list(range(len(paragraphs)))
        self._by_id: dict[int, PlacedSpan] = {}
        self._by_block: dict[int, list[PlacedSpan]] = {}

    def display_text(self) -> str:
        """The text as given to Qt: ``text`` with each display break in place of its space."""
        return "".join(self.display_pieces(len(self.text) + 1)) if self.cuts else self.text

    def display_pieces(self, size: int) -> Iterator[str]:
        """``display_text()`` in pieces of ``size`` characters, without a copy of it whole
        (a 15 MB article is not held twice). A piece runs across display breaks: Qt takes a
        piece of many blocks in about the time of one (a call per block cost 10 times more)."""
        text, cuts = self.text, self.cuts
        for start in range(0, len(text), size):
            end = min(len(text), start + size)
            inside = cuts[bisect.bisect_left(cuts, start) : bisect.bisect_left(cuts, end)]
            if not inside:
                yield text[start:end]
                continue
            parts, last = [], start
            for cut in inside:
                parts += (text[last:cut], DISPLAY_BREAK)
                last = cut + 1
            parts.append(text[last:end])
            yield "".join(parts)

    def paragraph_ranges(self) -> list[tuple[int, int, range]]:
        """Each paragraph's ``[start, end)`` (without its break) and the blocks that show it."""
        starts = self.paragraph_starts
        ends = [s - 1 for s in starts[1:]] + [len(self.text)]
        bounds = [*self._paragraph_blocks, len(self.block_starts)]
        return [
            (start, end, range(bounds[i], bounds[i + 1]))
            for i, (start, end) in enumerate(zip(starts, ends, strict=True))
        ]

    def paragraphs(self) -> list[tuple[str, range]]:
        """Each paragraph's text (without its break) and the blocks that show it."""
        return [(self.text[start:end], blocks) for start, end, blocks in self.paragraph_ranges()]

    def cuts_in(self, start: int, end: int) -> list[int]:
        """The display breaks inside ``[start, end)``."""
        return self.cuts[bisect.bisect_left(self.cuts, start) : bisect.bisect_left(self.cuts, end)]

    def block_of(self, pos: int) -> int:
        """The paragraph (block number) holding code point ``pos``."""
        return bisect.bisect_right(self.block_starts, pos) - 1

    def blocks_of(self, start: int, end: int) -> range:
        """The paragraphs holding ``[start, end)`` (the one at ``start`` when it is empty)."""
        return range(self.block_of(start), self.block_of(max(start, end - 1)) + 1)

    # --- reading -------------------------------------------------------------------------

    def get(self, span_id: int | None) -> PlacedSpan | None:
        return self._by_id.get(span_id) if span_id is not None else None

    def __contains__(self, span_id: object) -> bool:
        return span_id in self._by_id

    def __bool__(self) -> bool:
        return bool(self._by_id)

    def ordered(self) -> list[PlacedSpan]:
        """Every span in reading order."""
        return sorted(self._by_id.values(), key=reading_order)

    def in_block(self, number: int) -> list[PlacedSpan]:
        """The spans reaching into paragraph ``number``, in reading order."""
        return self._by_block.get(number, [])

    def has_block(self, number: int) -> bool:
        return number in self._by_block

    def ids_at(self, pos: int) -> list[int]:
        """Ids of the spans covering code point ``pos``, outermost first."""
        return [s.id for s in self._by_block.get(self.block_of(pos), ()) if s.start <= pos < s.end]

    # --- changes -------------------------------------------------------------------------

    def place(self, span: Span) -> PlacedSpan | None:
        """``span`` placed on this text (not added); None if it does not fit the text."""
        if not 0 <= span.start < span.end <= len(self.text):
            return None
        return PlacedSpan(
            span.id,
            span.start,
            span.end,
            self.map.to_utf16(span.start),
            self.map.to_utf16(span.end),
            self.block_of(span.start),
            self.block_of(span.end - 1),
            span.label_id,
        )

    def set_spans(self, spans: Iterable[Span]) -> None:
        """Replace every span and deal all bars afresh."""
        placed = sorted((p for s in spans if (p := self.place(s)) is not None), key=reading_order)
        assign_depths(placed)
        by_block: dict[int, list[PlacedSpan]] = {}
        for item in placed:
            for number in range(item.first_block, item.last_block + 1):
                by_block.setdefault(number, []).append(item)
        self._by_id = {s.id: s for s in placed}
        self._by_block = by_block

    def add(self, span: Span) -> tuple[int, int] | None:
        """Add (or move) one span; the range whose bars were dealt again."""
        removed = self.remove(span.id)
        item = self.place(span)
        if item is None:
            return removed
        self._by_id[item.id] = item
        for number in range(item.first_block, item.last_block + 1):
            bisect.insort(self._by_block.setdefault(number, []), item, key=reading_order)
        return self.restack(item.start, item.end)

    def remove(self, span_id: int) -> tuple[int, int] | None:
        """Drop one span; the spans it overlapped may move up a bar."""
        item = self._by_id.pop(span_id, None)
        if item is None:
            return None
        for number in range(item.first_block, item.last_block + 1):
            block_spans = self._by_block[number]
            block_spans.remove(item)
            if not block_spans:
                del self._by_block[number]
        return self.restack(item.start, item.end)

    def relabel(self, span: Span) -> tuple[int, int] | None:
        """A span got another label: same range, same bar, unless its range changed too."""
        item = self._by_id.get(span.id)
        if item is None or (item.start, item.end) != (span.start, span.end):
            return self.add(span)
        item.label_id = span.label_id
        return (item.start, item.end)

    def restack(self, start: int, end: int) -> tuple[int, int]:
        """Re-deal the bars of the spans overlapping ``[start, end)``, directly or through
        each other; the whole range they cover.

        The group is closed: no span outside it overlaps its range, so no span outside it
        is open where it starts, and dealing its bars afresh gives what dealing every
        span of the document would.
        """
        members: dict[int, PlacedSpan] = {}
        while True:
            for number in self.blocks_of(start, end):
                for item in self._by_block.get(number, ()):
                    if item.start < end and item.end > start:
                        members[item.id] = item
            wider_start = min([start, *(m.start for m in members.values())])
            wider_end = max([end, *(m.end for m in members.values())])
            if (wider_start, wider_end) == (start, end):
                break
            start, end = wider_start, wider_end
        assign_depths(sorted(members.values(), key=reading_order))
        return (start, end)
