"""Adjudication data: what agrees, what disagrees, what a decision puts in the gold layer."""

from __future__ import annotations

import pytest

from annotator.curation import GOLD, compare, resolve


def test_identical_spans_agree_and_the_rest_are_grouped_by_stretch():
    layers = {
        "amal": [(0, 5, "speaker"), (10, 30, "claim"), (40, 45, "location")],
        "omar": [(0, 5, "speaker"), (12, 30, "claim"), (40, 45, "statistic")],
        GOLD: [(0, 5, "speaker")],  # the gold layer is never compared
    }
    result = compare(layers)
    assert result.agreements == ((0, 5, "speaker"),)
    boundary, label = result.disagreements
    assert (boundary.start, boundary.end) == (10, 30)
    assert boundary.versions == {"amal": ((10, 30, "claim"),), "omar": ((12, 30, "claim"),)}
    assert label.versions == {"amal": ((40, 45, "location"),), "omar": ((40, 45, "statistic"),)}


def test_a_long_claim_does_not_swallow_the_speaker_disagreements_inside_it():
    layers = {
        "amal": [(0, 100, "claim"), (10, 15, "speaker"), (50, 55, "location")],
        "omar": [(10, 16, "speaker")],
    }
    groups = compare(layers).disagreements
    assert [(g.start, g.end) for g in groups] == [(0, 100), (10, 16), (50, 55)]
    assert groups[0].versions == {"amal": ((0, 100, "claim"),), "omar": ()}


def test_a_span_only_one_annotator_tagged_is_a_disagreement_with_an_empty_version():
    result = compare({"amal": [(3, 9, "statistic")], "omar": []})
    (only,) = result.disagreements
    assert only.versions["omar"] == ()


def test_decisions_take_one_version_both_or_none():
    d = compare({"amal": [(10, 30, "claim")], "omar": [(12, 30, "claim")]}).disagreements[0]
    assert resolve(d, "amal") == ((10, 30, "claim"),)
    assert resolve(d, "omar") == ((12, 30, "claim"),)
    assert resolve(d, "both") == ((10, 30, "claim"), (12, 30, "claim"))
    assert resolve(d, "reject") == ()
    with pytest.raises(ValueError):
        resolve(d, "someone else")


def test_nested_same_label_spans_of_one_annotator_are_both_kept():
    layers = {"amal": [(0, 10, "speaker"), (0, 4, "speaker")], "omar": [(0, 4, "speaker")]}
    result = compare(layers)
    assert result.agreements == ((0, 4, "speaker"),)
    assert result.disagreements[0].versions["amal"] == ((0, 10, "speaker"),)
