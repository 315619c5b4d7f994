"""JSONL from other tools that once slipped past the checks (found in review)."""

from __future__ import annotations

import json

import pytest

from annotator import FormatError, import_paths


def _jsonl(path, *records, raw_lines=()):
    with open(path, "w", encoding="utf-8") as f:
        for rec in records:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
        for line in raw_lines:
            f.write(line + "\n")
    return path


def test_create_labels_adds_nothing_when_a_later_record_is_bad(project, tmp_path):
    path = _jsonl(
        tmp_path / "pre.jsonl",
        {"text": "قال الرئيس", "spans": [{"start": 0, "end": 3, "label": "newlab"}]},
        {"text": 5},
    )
    before = [label.name for label in project.labels()]
    with pytest.raises(FormatError, match="line 2"):
        import_paths(project, [path], create_labels=True)
    assert [label.name for label in project.labels()] == before
    assert project.documents() == []


def test_label_names_are_trimmed_so_a_padded_name_is_the_same_label(project, tmp_path):
    path = _jsonl(
        tmp_path / "pre.jsonl",
        {"text": "قال الرئيس", "spans": [{"start": 0, "end": 3, "label": " claim "}]},
        {"text": "خبر آخر", "spans": [{"start": 0, "end": 3, "label": " newlab "}]},
    )
    result = import_paths(project, [path], create_labels=True)
    names = [label.name for label in project.labels()]
    assert names == ["speaker", "claim", "location", "statistic", "newlab"]
    spans = [s.label for doc in result.added for s in project.spans(doc)]
    assert spans == ["claim", "newlab"]


def test_a_lone_surrogate_is_refused_naming_its_line(project, tmp_path):
    path = _jsonl(
        tmp_path / "bad.jsonl",
        {"text": "قال الرئيس"},
        raw_lines=['{"text": "abc \\ud800 def"}'],
    )
    with pytest.raises(FormatError) as e:
        import_paths(project, [path])
    assert e.value.problems and e.value.problems[0][0] == 2
    assert "surrogate" in e.value.problems[0][1]
    assert project.documents() == []


def test_an_id_too_large_for_sqlite_refuses_its_record_naming_the_line(project, tmp_path):
    # Issue 9: a number beyond 64 bits anywhere in a record refuses the record at import
    # (it used to be dropped silently when it was the id): one rule for every number, so
    # nothing stored or passed on can make an export fail.
    path = _jsonl(
        tmp_path / "big.jsonl",
        {"text": "قال الرئيس"},
        {"id": 99999999999999999999, "text": "قال الرئيس"},
    )
    with pytest.raises(FormatError, match="line 2: the number 99999999999999999999 is beyond"):
        import_paths(project, [path])
    assert project.documents() == []
