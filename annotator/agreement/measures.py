"""The measures themselves, over plain ranges: one-to-one span matching (for F1),
Krippendorff's alpha_U on code-point offsets, Cohen's kappa over word tokens.

``report`` gathers them per label and per pair of annotators.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence

#: A span as agreement sees it: (start, end, label), code points, end exclusive.
SpanKey = tuple[int, int, str]

_WORD = re.compile(r"\w+", re.UNICODE)


# --- span F1 ---------------------------------------------------------------------------------


def exact_matches(a: Sequence[SpanKey], b: Sequence[SpanKey]) -> dict[int, int]:
    """A one-to-one map from indexes of ``a`` to indexes of ``b`` holding identical spans."""
    waiting: dict[SpanKey, list[int]] = defaultdict(list)
    for j, span in enumerate(b):
        waiting[span].append(j)
    pairs = {}
    for i, span in enumerate(a):
        if waiting.get(span):
            pairs[i] = waiting[span].pop(0)
    return pairs


def overlap_matches(a: Sequence[SpanKey], b: Sequence[SpanKey]) -> dict[int, int]:
    """A maximum one-to-one matching of spans with the same label whose ranges intersect.

    Augmenting paths (Kuhn's algorithm) on the bipartite graph of intersecting same-label
    spans; exact pairs are matched first, so a span is never taken from its identical twin.
    """
    candidates: list[list[int]] = []
    for s, e, label in a:
        candidates.append(
            sorted(
                (j for j, (s2, e2, l2) in enumerate(b) if l2 == label and s < e2 and s2 < e),
                key=lambda j: (b[j][0] != s or b[j][1] != e, abs(b[j][0] - s) + abs(b[j][1] - e)),
            )
        )
    owner: dict[int, int] = {}  # index in b -> index in a

    def augment(i: int, seen: set[int]) -> bool:
        for j in candidates[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in range(len(a)):
        augment(i, set())
    return {i: j for j, i in owner.items()}


# --- Krippendorff's alpha_U --------------------------------------------------------------------


def _sections(units: list[tuple[int, int]], length: int) -> tuple[list, list]:
    """(units, gaps) of one annotator for one label on a continuum of ``length``: the gaps are
    the stretches no unit covers. Units are kept as they are, overlapping ones included."""
    gaps, covered_to = [], 0
    for s, e in sorted(units):
        if s > covered_to:
            gaps.append((covered_to, s))
        covered_to = max(covered_to, e)
    if covered_to < length:
        gaps.append((covered_to, length))
    return sorted(units), gaps


def unit_distance(unit: tuple[int, int], other: tuple[int, int], other_is_unit: bool) -> int:
    """Krippendorff's squared distance between a unit and another annotator's section."""
    (b1, e1), (b2, e2) = unit, other
    if other_is_unit:
        if b1 < e2 and b2 < e1:  # they overlap
            return (b1 - b2) ** 2 + (e1 - e2) ** 2
        return 0
    if b2 <= b1 and e1 <= e2:  # the unit lies inside the other's gap
        return (e1 - b1) ** 2
    return 0


def _observed(units_i: list, units_j: list, gaps_j: list) -> int:
    """Sum of squared distances from each unit of i to the sections of j that it meets.

    Sweeps sorted lists (units may overlap within one annotator, so a running maximum of the
    ends bounds the backward walk), which keeps 30,000 documents to seconds, not hours.
    """
    starts = [s for s, _ in units_j]
    max_end, running = [], -1
    for _, e in units_j:
        running = max(running, e)
        max_end.append(running)
    gap_starts = [s for s, _ in gaps_j]
    total = 0
    for b, e in units_i:
        k = bisect.bisect_left(starts, e) - 1
        while k >= 0 and max_end[k] > b:
            total += unit_distance((b, e), units_j[k], True)
            k -= 1
        g = bisect.bisect_right(gap_starts, b) - 1
        if g >= 0:
            total += unit_distance((b, e), gaps_j[g], False)
    return total


class AlphaTally:
    """Krippendorff's alpha_U for one label, gathered one continuum (document) at a time.

    The observed disagreement is a sum over documents; the expected one needs only how many
    units and gaps of each length there are, so memory grows with the number of distinct
    lengths, not with the number of documents. A gap never runs across a document boundary.
    """

    def __init__(self, coders: int = 2):
        self.m = coders
        self.observed = 0
        self.length = 0
        self.units: Counter[int] = Counter()
        self.gaps: Counter[int] = Counter()

    def add(self, units_by_coder: Sequence[Iterable[tuple[int, int]]], length: int) -> None:
        sections = [_sections(list(u), length) for u in units_by_coder]
        for i, j in itertools.permutations(range(self.m), 2):
            # Every section of i against every section of j: unit-unit, unit-in-gap both ways.
            self.observed += _observed(sections[i][0], sections[j][0], sections[j][1])
            self.observed += _observed(sections[j][0], [], sections[i][1])
        for units, gaps in sections:
            self.units.update(e - s for s, e in units)
            self.gaps.update(e - s for s, e in gaps)
        self.length += length

    def parts(self) -> tuple[float, float]:
        """(observed, expected) disagreement, Krippendorff (2004: 251-254)."""
        m, length = self.m, self.length
        if length == 0:
            return 0.0, 0.0
        d_o = self.observed / (m * (m - 1) * length**2)
        n_units = sum(self.units.values())
        if n_units == 0:
            return d_o, 0.0
        gap_lengths = sorted(self.gaps)
        counts = list(itertools.accumulate(self.gaps[g] for g in reversed(gap_lengths)))[::-1]
        sums = list(itertools.accumulate(self.gaps[g] * g for g in reversed(gap_lengths)))[::-1]
        counts.append(0)
        sums.append(0)
        total = 0.0
        for n, times in self.units.items():
            first = bisect.bisect_left(gap_lengths, n)  # gaps at least as long as the unit
            total += times * (n_units - 1) * n * (n - 1) * (2 * n - 1) / 3
            total += times * n * n * (sums[first] - (n - 1) * counts[first])
        denominator = m * length * (m * length - 1) - sum(
            times * n * (n - 1) for n, times in self.units.items()
        )
        d_e = 2 * total / (denominator * length) if denominator > 0 else 0.0
        return d_o, d_e


def alpha_u_parts(units_by_coder: Sequence[list[tuple[int, int]]], length: int):
    """(observed, expected) disagreement of one label on one continuum of ``length``."""
    tally = AlphaTally(len(units_by_coder))
    tally.add(units_by_coder, length)
    return tally.parts()


def alpha_u(units_by_coder: Sequence[list[tuple[int, int]]], length: int) -> float | None:
    d_o, d_e = alpha_u_parts(units_by_coder, length)
    return None if d_e == 0 else 1 - d_o / d_e


# --- Cohen's kappa over tokens ----------------------------------------------------------------


def word_tokens(text: str) -> list[tuple[int, int]]:
    """The word tokens kappa counts: runs of letters, marks and digits (harakat stay inside)."""
    return [m.span() for m in _WORD.finditer(text)]


def token_indexes(tokens: list[tuple[int, int]], spans: Iterable[SpanKey]) -> set[int]:
    """Indexes of the tokens (sorted, disjoint) that any of ``spans`` covers in part."""
    starts = [s for s, _ in tokens]
    ends = [e for _, e in tokens]
    inside: set[int] = set()
    for s, e, _ in spans:
        inside.update(range(bisect.bisect_right(ends, s), bisect.bisect_left(starts, e)))
    return inside


def token_labels(tokens: list[tuple[int, int]], spans: Iterable[SpanKey], label: str) -> list[bool]:
    """For each token, whether a span of ``label`` covers any of its characters."""
    inside = token_indexes(tokens, [s for s in spans if s[2] == label])
    return [i in inside for i in range(len(tokens))]


def kappa_from_counts(both: int, a_only: int, b_only: int, neither: int) -> float | None:
    """Cohen (1960) from the 2×2 table of two annotators' yes/no decisions."""
    n = both + a_only + b_only + neither
    if n == 0:
        return None
    agree = (both + neither) / n
    pa, pb = (both + a_only) / n, (both + b_only) / n
    expected = pa * pb + (1 - pa) * (1 - pb)
    if expected == 1:
        return None  # both said the same thing of every token: kappa is undefined
    return (agree - expected) / (1 - expected)


def cohen_kappa(a: Sequence[bool], b: Sequence[bool]) -> float | None:
    """Cohen (1960) for two annotators' binary decisions on the same items."""
    table = Counter(zip(a, b, strict=True))
    return kappa_from_counts(
        table[True, True], table[True, False], table[False, True], table[False, False]
    )
