"""The reading order's range lookup (the suggestion list prunes tagged ranges with it) stays
what a fresh count of the spans says through inserts, relabels and removals."""

from __future__ import annotations

import random

from annotator.model import Label, Span
from ui.span_order import ReadingOrder

LABELS = [Label(1, "speaker", "#ff0000", "1", "s", 0), Label(2, "claim", "#00ff00", "2", "c", 1)]


def _span(span_id: int, start: int, end: int, label_id: int) -> Span:
    return Span(span_id, 1, start, end, label_id, LABELS[label_id - 1].name)


def test_has_range_follows_every_edit():
    rng = random.Random(11)
    order = ReadingOrder()
    order.reset([_span(1, 0, 3, 1), _span(2, 0, 3, 2), _span(3, 5, 9, 1)], LABELS)
    next_id = 4
    for _ in range(400):
        roll = rng.random()
        if roll < 0.5 or not order.spans:
            start = rng.randrange(0, 20)
            span = _span(next_id, start, start + rng.randrange(1, 4), rng.choice((1, 2)))
            next_id += 1
            order.insert(span)
        elif roll < 0.6:
            row = rng.randrange(len(order.spans))
            old = order.spans[row]
            order.replace(
                row, Span(old.id, 1, old.start, old.end, old.label_id, old.label, note="n")
            )
        else:
            order.remove(rng.choice(order.spans).id)
        ranges = {(s.start, s.end) for s in order.spans}
        for start in range(0, 24):
            for end in range(start + 1, start + 5):
                assert order.has_range(start, end) == ((start, end) in ranges)
    order.reset([], LABELS)
    assert not order.has_range(0, 3)
