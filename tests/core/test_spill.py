"""A big import's records wait on disk, not in memory, and come back exactly as read."""

from __future__ import annotations

import json

import pytest

from annotator import Project, import_paths
from annotator.model import SkipKind
from annotator.spill import SpilledRecords
from annotator.text import TextWarning


def test_spilled_records_come_back_in_order_and_whole():
    records = [
        {
            "name": f"r{i}",
            "text": "قال " * i,
            "spans": [{"start": 0, "end": 3, "label": "x"}],
            "warnings": [TextWarning("visual-order", "looks visual")] if i == 4 else [],
        }
        for i in range(1, 8)
    ]
    kept = SpilledRecords(in_memory=2)
    for r in records:
        kept.append(r)
    assert len(kept) == 7 and kept
    assert list(kept) == records and list(kept) == records  # iterated twice: the same
    assert kept[0] == records[0] and kept[5] == records[5] and kept[-1] == records[-1]
    assert kept[3]["warnings"][0].kind == "visual-order"
    kept.append({"name": "late"})  # appending after reading goes on at the end
    assert [r["name"] for r in kept][-2:] == ["r7", "late"]
    with pytest.raises(IndexError):
        kept[8]
    assert not SpilledRecords()


@pytest.mark.parametrize("create_labels", [False, True])
def test_a_jsonl_bigger_than_memory_keeps_imports_every_text_and_span(
    tmp_path, monkeypatch, create_labels
):
    monkeypatch.setattr(SpilledRecords.__init__, "__defaults__", (3,))  # spill after 3
    lines = [
        {
            "name": f"n{i}",
            "text": f"قال الوزير {i} إن",
            "spans": [{"start": 4, "end": 10, "label": "claim" if create_labels else "speaker"}],
        }
        for i in range(20)
    ]
    lines.append(dict(lines[5]))  # a duplicate inside the import, after the spill began
    path = tmp_path / "big.jsonl"
    path.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines), "utf-8")
    with Project.create(tmp_path / "p.annot") as project:
        if create_labels:
            project.delete_label(next(x.id for x in project.labels() if x.name == "claim"))
        result = import_paths(project, [path], create_labels=create_labels)
        assert len(result.added) == 20 and result.spans_added == 20
        assert [s.kind for s in result.skipped] == [SkipKind.DUPLICATE]
        texts = sorted(project.document(d).text for d in result.added)
        assert texts == sorted(x["text"] for x in lines[:20])
        assert all(len(project.spans(d)) == 1 for d in result.added)
