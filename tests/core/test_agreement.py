"""Agreement numbers checked against the literature's worked examples and NLTK's own code."""

from __future__ import annotations

import random

import pytest
from nltk.metrics.agreement import AnnotationTask

from annotator.agreement import (
    AgreementDocument,
    agreement,
    alpha_u,
    alpha_u_parts,
    cohen_kappa,
    exact_matches,
    overlap_matches,
    record_layers,
    token_labels,
    unit_distance,
    word_tokens,
)


def test_unit_distances_are_krippendorffs_worked_ones():
    # Krippendorff (2004: 253), as DKPro Statistics tests them: (begin, length) pairs.
    def d(b1, l1, unit1, b2, l2, unit2):
        if unit1:
            return unit_distance((b1, b1 + l1), (b2, b2 + l2), unit2)
        return unit_distance((b2, b2 + l2), (b1, b1 + l1), False)

    assert d(225, 70, True, 220, 80, True) == 50
    assert d(370, 30, True, 355, 20, True) == 850
    assert d(400, 50, False, 400, 20, True) == 400
    assert d(5, 6, True, 4, 2, True) == 26
    assert d(5, 6, True, 7, 2, True) == 8
    assert d(5, 6, True, 5, 6, True) == 0
    assert d(5, 6, True, 20, 2, True) == 0  # apart: no overlap, no distance


def _example_2004():
    # Krippendorff (2004: 254): two coders, continuum 150..450, categories c and k.
    def shift(units):
        return [(b - 150, b - 150 + n) for b, n in units]

    c = [shift([(225, 70), (370, 30)]), shift([(220, 80), (355, 20), (400, 20)])]
    k = [shift([(180, 60), (300, 50)]), shift([(180, 60), (300, 50)])]
    return c, k


def test_alpha_u_reproduces_krippendorffs_2004_example():
    c, k = _example_2004()
    d_o, d_e = alpha_u_parts(c, 300)
    assert d_o == pytest.approx(0.0144, abs=1e-4)
    assert d_e == pytest.approx(0.0532, abs=1e-4)
    assert alpha_u(c, 300) == pytest.approx(0.7286, abs=1e-4)
    k_o, k_e = alpha_u_parts(k, 300)
    assert (k_o, round(k_e, 4)) == (0, 0.0490)
    assert alpha_u(k, 300) == 1.0
    assert 1 - (d_o + k_o) / (d_e + k_e) == pytest.approx(0.8591, abs=5e-4)


def test_alpha_u_observed_disagreement_of_krippendorffs_1995_examples():
    # Krippendorff (1995: 57), 24 positions, categories A to D: (begin, length) per coder.
    def units(*pairs):
        return [(b, b + n) for b, n in pairs]

    a = [units((2, 8), (14, 6)), units((4, 4), (15, 2))]
    b = [units((0, 18)), units((0, 2), (2, 1), (3, 1), (4, 1), (5, 1), (6, 3), (9, 1))]
    c = [units((2, 6), (10, 2), (14, 4), (20, 2)), units((0, 2), (4, 4), (10, 4), (16, 2), (20, 2))]
    d = [
        units((0, 2), (2, 8), (10, 4), (14, 6), (20, 4)),
        units((0, 4), (4, 4), (8, 7), (15, 2), (17, 7)),
    ]
    observed = [alpha_u_parts(x, 24)[0] for x in (a, b, c, d)]
    assert observed == pytest.approx([0.03125, 2.26736, 0.02777, 0.38715], abs=1e-5)


def test_overlapping_same_label_spans_are_each_matched_not_dropped():
    # Two nested speakers by each annotator: INCEpTION keeps one of each pair (#5190).
    a = [(0, 10, "speaker"), (0, 4, "speaker")]
    b = [(0, 4, "speaker"), (0, 10, "speaker")]
    assert len(exact_matches(a, b)) == 2
    assert len(overlap_matches(a, b)) == 2
    doc = AgreementDocument("k", "x" * 20, {"amal": a, "omar": b})
    report = agreement([doc])
    assert report.pairs[0].exact["speaker"].value == 1.0


def test_overlap_matching_is_one_to_one_and_maximum():
    # A greedy matcher pairing a0 with b0 would leave a1 alone; the maximum matching is 2.
    a = [(0, 10, "claim"), (8, 12, "claim")]
    b = [(5, 9, "claim"), (0, 3, "claim")]
    assert len(overlap_matches(a, b)) == 2
    assert len(overlap_matches(a, [(5, 9, "claim")])) == 1  # one span is matched once
    assert overlap_matches([(0, 5, "claim")], [(0, 5, "speaker")]) == {}  # labels must agree


def test_record_layers_leave_out_the_gold_layer_unless_asked():
    record = {
        "text": "قال الرئيس",
        "sha256": "k",
        "spans": [
            {"id": 1, "start": 0, "end": 3, "label": "speaker", "annotator": "amal"},
            {"id": 2, "start": 0, "end": 3, "label": "speaker", "annotator": "gold"},
            {"id": 3, "start": 4, "end": 10, "label": "speaker"},
        ],
    }
    assert set(record_layers(record).spans) == {"amal", ""}
    assert set(record_layers(record, gold=None).spans) == {"amal", "gold", ""}


def test_spans_that_only_touch_do_not_overlap():
    # End-exclusive: [0, 5) and [5, 9) share no character, in either order.
    assert overlap_matches([(0, 5, "claim")], [(5, 9, "claim")]) == {}
    assert overlap_matches([(5, 9, "claim")], [(0, 5, "claim")]) == {}
    assert overlap_matches([(0, 5, "claim")], [(4, 9, "claim")]) == {0: 0}


def test_f1_counts_exact_and_overlap_separately():
    text = "قال الرئيس إن الاقتصاد ينمو"
    doc = AgreementDocument(
        "k",
        text,
        {
            "amal": [(0, 10, "speaker"), (14, 27, "claim")],
            "omar": [(4, 10, "speaker"), (14, 27, "claim"), (11, 13, "claim")],
        },
    )
    pair = agreement([doc]).pairs[0]
    assert pair.exact["speaker"].value == 0.0
    assert pair.overlap["speaker"].value == 1.0
    assert pair.exact["claim"].value == pytest.approx(2 * 1 / 3)
    assert pair.exact["*"].value == pytest.approx(2 * 1 / 5)
    assert pair.overlap["*"].value == pytest.approx(2 * 2 / 5)


def _nltk_kappa(a, b):
    data = [("a", i, x) for i, x in enumerate(a)] + [("b", i, x) for i, x in enumerate(b)]
    return AnnotationTask(data=data).kappa()


def test_cohen_kappa_equals_nltks_on_random_decisions():
    rng = random.Random(7)
    for _ in range(50):
        n = rng.randint(5, 60)
        a = [rng.random() < 0.3 for _ in range(n)]
        b = [x if rng.random() < 0.8 else not x for x in a]
        if len(set(a)) == 1 and len(set(b)) == 1:
            continue
        assert cohen_kappa(a, b) == pytest.approx(_nltk_kappa(a, b), abs=1e-9)


def test_report_kappa_per_label_equals_nltk_over_the_same_tokens():
    text = "قال وزير الخارجية الكازاخي إن بلاده سترسل 2030 جندياً إلى ألما-آتا يوم الأحد"
    tokens = word_tokens(text)
    amal = [(4, 26, "speaker"), (30, 70, "claim"), (42, 54, "statistic")]
    omar = [(4, 17, "speaker"), (27, 70, "claim"), (42, 47, "statistic"), (58, 66, "location")]
    report = agreement([AgreementDocument("k", text, {"amal": amal, "omar": omar})])
    for label in ("speaker", "claim", "statistic"):
        a = token_labels(tokens, amal, label)
        b = token_labels(tokens, omar, label)
        assert report.pairs[0].kappa[label] == pytest.approx(_nltk_kappa(a, b), abs=1e-9)


def test_relations_compared_only_where_both_ends_agree():
    s1, c1, s2 = (0, 3, "speaker"), (5, 9, "claim"), (10, 12, "speaker")
    doc = AgreementDocument(
        "k",
        "x" * 20,
        {"amal": [s1, c1, s2], "omar": [s1, c1]},
        {"amal": [(c1, s1, "said"), (c1, s2, "said")], "omar": [(c1, s1, "said")]},
    )
    pair = agreement([doc]).pairs[0]
    assert pair.relations["said"].value == 1.0
    assert pair.relations_left_out == 1  # amal's link to a speaker omar did not tag

    other = AgreementDocument(
        "k", "x" * 20, doc.spans, {"amal": [(c1, s1, "said")], "omar": [(c1, s1, "about")]}
    )
    pair = agreement([other]).pairs[0]
    assert pair.relations["*"].value == 0.0


def test_documents_only_one_annotator_tagged_do_not_count():
    both = AgreementDocument("a", "x" * 10, {"amal": [(0, 2, "claim")], "omar": [(0, 2, "claim")]})
    alone = AgreementDocument("b", "x" * 10, {"amal": [(0, 2, "claim")], "omar": []})
    report = agreement([both, alone])
    assert report.documents == 1
    assert report.pairs[0].exact["claim"].value == 1.0


def test_three_annotators_give_three_pairs_and_their_mean():
    spans = {
        "a": [(0, 4, "claim")],
        "b": [(0, 4, "claim")],
        "c": [(0, 2, "claim")],
    }
    report = agreement([AgreementDocument("k", "x" * 10, spans)])
    assert [(p.a, p.b) for p in report.pairs] == [("a", "b"), ("a", "c"), ("b", "c")]
    assert report.average("exact", "claim") == pytest.approx(1 / 3)
    assert report.as_dict()["average"]["overlap"]["claim"] == 1.0


def _brute_observed(units_by_coder, length):
    """Krippendorff's double sum written out over every pair of sections (the oracle)."""

    def sections(units):
        gaps, covered = [], 0
        for s, e in sorted(units):
            if s > covered:
                gaps.append((covered, s))
            covered = max(covered, e)
        if covered < length:
            gaps.append((covered, length))
        return [(u, True) for u in units] + [(g, False) for g in gaps]

    total = 0
    for i, j in [(0, 1), (1, 0)]:
        for g, g_unit in sections(units_by_coder[i]):
            for h, h_unit in sections(units_by_coder[j]):
                if g_unit:
                    total += unit_distance(g, h, h_unit)
                elif h_unit:
                    total += unit_distance(h, g, False)
    return total / (2 * length**2)


def test_fast_observed_disagreement_equals_the_written_out_double_sum():
    rng = random.Random(3)
    for _ in range(200):
        length = rng.randint(5, 80)
        coders = []
        for _ in range(2):
            units = []
            for _ in range(rng.randint(0, 6)):  # overlapping units of one coder included
                s = rng.randrange(length)
                units.append((s, rng.randint(s + 1, length)))
            coders.append(units)
        assert alpha_u_parts(coders, length)[0] == pytest.approx(_brute_observed(coders, length))
