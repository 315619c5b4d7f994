"""The rules against the gold set (opt-in: needs the corpus): a rule change that loses
precision or recall on real articles fails here, not only in bench/RESULTS.md."""

from __future__ import annotations

from bench.suggest_gold import LABELS, evaluate, load
from tests.conftest import CORPUS


def test_rules_keep_their_precision_and_recall_on_the_gold_set(corpus):
    r = evaluate(load(CORPUS))
    for label in LABELS:
        precision = r["pred_ok"][label, "overlap"] / r["pred_n"][label]
        recall = r["gold_ok"][label, "overlap"] / r["gold_n"][label]
        assert precision >= 0.85 and recall >= 0.6, (label, precision, recall)
    assert r["keys_hand"] - r["keys_with"] > 0.4 * r["keys_hand"]  # key presses saved
