"""Which spans a span can be linked to, and which one to propose first (no Qt, no SQL).

Arabic news names a speaker, then reports what they said, often over several sentences
(«وأضاف» drops the subject): from a claim the nearest speaker *before* it is the likely
one; from a speaker, the nearest claim *after* it. Candidates are every span of the
document the relation type allows, in reading order, so ``]``/``[`` walk them in the order
the analyst reads.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from .data_classes import data_class
from .model import Relation, RelationType, Span


def reading_key(span: Span) -> tuple[int, int, int]:
    """Reading order: start, then longer first, then id."""
    return (span.start, -span.end, span.id)


@data_class
class LinkPlan:
    """A linking session from ``origin``: the candidates and the one proposed first.

    ``forward`` is True when the origin is the relation's ``from`` end (a claim linking to
    its speaker under ``said``), False when it is the ``to`` end (a speaker to a claim).
    """

    origin: Span
    type: RelationType
    forward: bool
    candidates: tuple[Span, ...]  # reading order
    proposed: int  # index into candidates

    def __init__(
        self,
        origin: Span,
        type: RelationType,
        forward: bool,
        candidates: tuple[Span, ...],
        proposed: int,
    ) -> None:
        d = self.__dict__
        d["origin"] = origin
        d["type"] = type
        d["forward"] = forward
        d["candidates"] = candidates
        d["proposed"] = proposed

    def ends(self, candidate: Span) -> tuple[Span, Span]:
        """(from span, to span) of the relation linking the origin with ``candidate``."""
        return (self.origin, candidate) if self.forward else (candidate, self.origin)


def link_types(origin: Span, types: Sequence[RelationType]) -> list[tuple[RelationType, bool]]:
    """(type, forward) for every relation type the origin's label may start or end, in order.

    A type that may join the label either way is offered forward first.
    """
    found = []
    for rtype in types:
        if not rtype.from_labels or origin.label in rtype.from_labels:
            found.append((rtype, True))
        if rtype.from_labels != rtype.to_labels and (
            not rtype.to_labels or origin.label in rtype.to_labels
        ):
            found.append((rtype, False))
    return found


def plan_link(
    origin: Span, spans: Sequence[Span], rtype: RelationType, forward: bool
) -> LinkPlan | None:
    """The candidates for linking ``origin`` under ``rtype``, or None if there are none.

    Forward (from a claim): the nearest candidate that starts before the origin is proposed,
    else the nearest after it. Backward (from a speaker): the nearest after, else before.
    ``spans`` in reading order (as the window keeps them) are sorted at no cost.
    """
    ends = rtype.to_labels if forward else rtype.from_labels
    origin_id = origin.id
    if ends:
        found = [s for s in spans if s.label in ends and s.id != origin_id]
    else:
        found = [s for s in spans if s.id != origin_id]
    if not found:
        return None
    found.sort(key=reading_key)
    # The first candidate after the origin; none has its key (ids differ).
    at = bisect.bisect_left(found, reading_key(origin), key=reading_key)
    if forward:
        proposed = at - 1 if at > 0 else at
    else:
        proposed = at if at < len(found) else at - 1
    return LinkPlan(origin, rtype, forward, tuple(found), proposed)


def first_plan(
    origin: Span, spans: Sequence[Span], types: Sequence[RelationType]
) -> LinkPlan | None:
    """The plan for the first relation type that has candidates for ``origin``."""
    for rtype, forward in link_types(origin, types):
        plan = plan_link(origin, spans, rtype, forward)
        if plan is not None:
            return plan
    return None


def existing(
    relations: Sequence[Relation], from_span: int, to_span: int, type_name: str
) -> Relation | None:
    """The relation of that type between those spans, if it exists."""
    return next(
        (
            r
            for r in relations
            if r.from_span == from_span and r.to_span == to_span and r.type == type_name
        ),
        None,
    )


def linked_ids(relations: Sequence[Relation], span_id: int) -> dict[int, list[Relation]]:
    """The spans linked with ``span_id`` (either direction), with the relations joining them."""
    out: dict[int, list[Relation]] = {}
    for r in relations:
        if r.from_span == span_id:
            out.setdefault(r.to_span, []).append(r)
        elif r.to_span == span_id:
            out.setdefault(r.from_span, []).append(r)
    return out
