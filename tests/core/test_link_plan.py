"""``plan_link`` against its definition: every span the type allows but the origin, in
reading order (start, longer first, id); from the ``from`` end the nearest one before the
origin (else the first after), from the ``to`` end the nearest after (else the last)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from annotator.linking import plan_link, reading_key
from annotator.model import RelationType, Span

LABELS = ("speaker", "claim", "location")


def by_definition(origin, spans, rtype, forward):
    ends = rtype.to_labels if forward else rtype.from_labels
    candidates = sorted(
        (s for s in spans if s.id != origin.id and (not ends or s.label in ends)), key=reading_key
    )
    if not candidates:
        return None
    before = [i for i, s in enumerate(candidates) if reading_key(s) < reading_key(origin)]
    after = [i for i, s in enumerate(candidates) if reading_key(s) > reading_key(origin)]
    proposed = (
        (before[-1] if before else after[0]) if forward else (after[0] if after else before[-1])
    )
    return tuple(candidates), proposed


spans_strategy = st.lists(
    st.tuples(st.integers(0, 30), st.integers(1, 6), st.sampled_from(LABELS)),
    min_size=1,
    max_size=40,
).map(
    lambda rows: [
        Span(i + 1, 1, start, start + length, LABELS.index(label) + 1, label)
        for i, (start, length, label) in enumerate(rows)
    ]
)


@given(
    spans_strategy,
    st.data(),
    st.sampled_from([(("claim",), ("speaker",)), ((), ()), (("claim",), ("speaker", "location"))]),
    st.booleans(),
    st.booleans(),
)
def test_the_plan_is_its_definition(spans, data, ends, forward, shuffled):
    origin = data.draw(st.sampled_from(spans))
    rtype = RelationType(1, "said", "#d55e00", *ends)
    given_spans = data.draw(st.permutations(spans)) if shuffled else sorted(spans, key=reading_key)
    plan = plan_link(origin, given_spans, rtype, forward)
    expected = by_definition(origin, spans, rtype, forward)
    if expected is None:
        assert plan is None
    else:
        assert (plan.candidates, plan.proposed) == expected
        assert plan.origin == origin and plan.forward == forward
