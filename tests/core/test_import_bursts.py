"""``DocumentImport.add_many`` stores a burst of records as ``add`` on each in turn would: the
same ids (a free wanted id kept, else the largest + 1), the same records found already in the
project (by sha256, or by a declared sha256 of the same text), the same statuses and spans."""

from __future__ import annotations

import json
import sqlite3

import pytest

from annotator import Project, import_paths
from annotator.errors import AnnotatorError
from annotator.record_limits import sha256_text


def _rec(n: int, **extra) -> dict:
    text = f"قال الرئيس {n}"
    return {
        "name": f"r{n}",
        "text": text,
        "sha256": sha256_text(text),
        "spans": [{"start": 0, "end": 3, "label": "speaker"}],
        **extra,
    }


def _existing() -> list[dict]:
    return [_rec(1, id=5), _rec(2, id=9), _rec(3)]


def _burst() -> list[dict]:
    return [
        _rec(10, id=5),  # taken: the largest + 1
        _rec(11, id=7),  # free, below the largest
        _rec(12, id=7),  # taken by the record before
        _rec(2),  # already in the project
        _rec(13),
        _rec(13, id=40),  # the same text as the record before
        _rec(14, id=True),  # not an id
        _rec(15, id=-3),
        _rec(16, id="8"),
        {**_rec(17), "text": _rec(1)["text"], "declared_sha256": _rec(1)["sha256"]},
        {**_rec(18), "declared_sha256": _rec(3)["sha256"]},  # another text: stored
        {**_rec(19, id=3), "status": "done"},
        {**_rec(20), "text": _rec(11)["text"], "declared_sha256": _rec(11)["sha256"]},
        _rec(21, id=2**63 - 2),
        _rec(22, status="in_progress"),
    ]


def _rows(path) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return [
            conn.execute(
                "SELECT id, name, text, length, sha256, meta FROM documents ORDER BY id"
            ).fetchall(),
            conn.execute(
                "SELECT document_id, status FROM document_state ORDER BY document_id"
            ).fetchall(),
            conn.execute(
                "SELECT id, document_id, start, end, label_id FROM spans ORDER BY id"
            ).fetchall(),
        ]
    finally:
        conn.close()


def _store(path, burst: list[dict], together: bool) -> list[int | None]:
    with Project.create(path) as project:
        project.add_documents(_existing())
        with project.importing() as store:
            if together:
                return store.add_many(burst)
            return [store.add(rec) for rec in burst]


def test_a_burst_stores_what_one_record_at_a_time_stores(tmp_path):
    one = _store(tmp_path / "one.annot", _burst(), together=False)
    many = _store(tmp_path / "many.annot", _burst(), together=True)
    assert many == one
    assert one[:6] == [11, 7, 12, None, 13, None]  # the cases the burst means to cover
    assert _rows(tmp_path / "many.annot") == _rows(tmp_path / "one.annot")


def test_a_burst_past_the_largest_id_is_stored_one_record_at_a_time(tmp_path):
    """SQLite picks an id at random past the largest rowid: no plan can say which."""
    burst = [_rec(30 + n) for n in range(10)]
    burst[3]["id"] = 2**63 - 1
    with Project.create(tmp_path / "p.annot") as project:
        with project.importing() as store:
            ids = store.add_many(burst)
    assert ids[:4] == [1, 2, 3, 2**63 - 1]
    assert len(set(ids)) == 10 and None not in ids


@pytest.mark.parametrize("n", [1, 7, 8, 1200])
def test_bursts_of_any_size_keep_each_records_id(tmp_path, n):
    burst = [_rec(100 + k, id=2 * k + 1) for k in range(n)]
    with Project.create(tmp_path / "p.annot") as project:
        with project.importing() as store:
            assert store.add_many(burst) == [2 * k + 1 for k in range(n)]


def test_a_store_refusal_comes_before_a_later_line_that_is_not_utf8(tmp_path):
    """The store refuses a span attribute the project lacks; a later line of the same file
    is not UTF-8 (reading it raises). Storing each record as it was read refused the first;
    a burst is stored before the exception leaves its file, so it still is."""
    spans = [{"start": 0, "end": 3, "label": "speaker", "attributes": {"tone": "calm"}}]
    first = json.dumps({**_rec(1), "spans": spans}, ensure_ascii=False).encode()
    path = tmp_path / "a.jsonl"
    path.write_bytes(first + b"\n" + b'{"text": "\xff"}\n')
    with Project.create(tmp_path / "p.annot") as project:
        with pytest.raises(AnnotatorError, match="has no attribute 'tone'"):
            import_paths(project, [path])
        assert project.documents() == []
