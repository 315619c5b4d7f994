"""Adjudication: where the annotators of a merged document disagree, as plain data.

The curation view (``ui/curation.py``) and ``annotator adjudicate`` both read this: spans
every annotator tagged identically are *agreements* (accepted into the gold layer on request),
and the rest fall into *disagreements*, groups of spans that overlap one another, each
annotator's version of the same stretch of text side by side. No Qt and no SQL.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

#: The layer adjudicated spans go to. It exports like any other layer.
GOLD = "gold"

#: (start, end, label)
SpanKey = tuple[int, int, str]


@dataclass(frozen=True)
class Disagreement:
    """One stretch of text the annotators tagged differently."""

    start: int  # the group's extent, code points
    end: int
    versions: dict[str, tuple[SpanKey, ...]]  # annotator -> their spans in the group (may be empty)

    def candidates(self) -> tuple[SpanKey, ...]:
        """Every distinct span any annotator proposed here, in reading order."""
        return tuple(sorted({s for spans in self.versions.values() for s in spans}))


@dataclass(frozen=True)
class Comparison:
    agreements: tuple[SpanKey, ...]  # tagged identically by every annotator
    disagreements: tuple[Disagreement, ...]  # in reading order


def compare(layers: dict[str, Sequence[SpanKey]], annotators: Iterable[str] | None = None):
    """Agreements and disagreements of one document's layers (the gold layer left out)."""
    names = sorted(annotators if annotators is not None else (n for n in layers if n != GOLD))
    sets = {n: sorted(set(layers.get(n, ()))) for n in names}
    if not names:
        return Comparison((), ())
    common = set(sets[names[0]])
    for n in names[1:]:
        common &= set(sets[n])
    rest = sorted((s, n) for n in names for s in sets[n] if s not in common)

    # Two spans belong to one disagreement when they overlap and either share a label (a
    # boundary disagreement) or cover the same range (a label disagreement); a claim that
    # spans a paragraph does not swallow every speaker disagreement inside it.
    parent = list(range(len(rest)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, (a, _) in enumerate(rest):
        for j in range(i + 1, len(rest)):
            b = rest[j][0]
            if b[0] >= a[1]:
                break  # sorted by start: nothing later overlaps a
            if a[2] == b[2] or (a[0], a[1]) == (b[0], b[1]):
                parent[root(j)] = root(i)
    by_root: dict[int, list[tuple[SpanKey, str]]] = {}
    for i, item in enumerate(rest):
        by_root.setdefault(root(i), []).append(item)
    groups = sorted(by_root.values(), key=lambda g: (min(s[0] for s, _ in g), g[0][0]))
    disagreements = tuple(
        Disagreement(
            min(s[0] for s, _ in g),
            max(s[1] for s, _ in g),
            {n: tuple(sorted(s for s, who in g if who == n)) for n in names},
        )
        for g in groups
    )
    return Comparison(tuple(sorted(common)), disagreements)


def resolve(disagreement: Disagreement, choice: str) -> tuple[SpanKey, ...]:
    """The spans a decision puts in the gold layer.

    ``choice`` is an annotator's name (their version), ``"both"`` (every distinct span
    proposed) or ``"reject"`` (none).
    """
    if choice == "reject":
        return ()
    if choice == "both":
        return disagreement.candidates()
    if choice not in disagreement.versions:
        raise ValueError(f"no annotator {choice!r} in this disagreement")
    return disagreement.versions[choice]
