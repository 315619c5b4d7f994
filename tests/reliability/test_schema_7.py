"""Schema 7: a document's status is kept apart from its text, so the first tag of a 15 MB
article (new -> in progress) and marking it done write a few pages, not the whole text
again; files of every earlier release are upgraded with each status as it was."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from annotator import Project
from annotator.store import schema

DATA = Path(__file__).parent.parent / "core" / "data"


def _add(p: Project, text: str) -> int:
    ((doc, _),) = p.add_documents(
        [{"name": "long.txt", "text": text, "sha256": hashlib.sha256(text.encode()).hexdigest()}]
    )
    return doc


def _written(path: Path, action) -> int:
    """Bytes the write-ahead log took for ``action(project)``, from an empty log."""
    with Project.open(path) as p:  # closing checkpoints the log down to nothing
        wal = path.with_name(path.name + "-wal")
        before = wal.stat().st_size if wal.exists() else 0
        action(p)
        return wal.stat().st_size - before


def test_the_first_tag_and_done_do_not_write_a_long_text_again(tmp_path):
    path = tmp_path / "long.annot"
    text = "قال الوزير إن النمو بلغ ٣٫٥٪ في الرياض. " * 60_000  # 2.4 M characters, 4.3 MB
    with Project.create(path) as p:
        doc = _add(p, text)
        speaker = p.label_by_name("speaker").id
    assert _written(path, lambda p: p.add_span(doc, 0, 3, speaker)) < 100_000
    assert _written(path, lambda p: p.set_status(doc, "done")) < 100_000
    assert _written(path, lambda p: p.rename_document(doc, "النمو")) > 4_000_000  # still does
    with Project.open(path, readonly=True) as p:
        (info,) = p.documents()
        assert (info.status, info.span_count, info.title) == ("done", 1, "النمو")
        assert p.document(doc).text == text


def test_a_status_follows_tagging_undo_and_the_document_list(tmp_path):
    with Project.create(tmp_path / "p.annot") as p:
        doc = _add(p, "قال المتحدث إن النمو بلغ ٣٫٥٪")
        assert p.document_status(doc) == "new" and p.documents()[0].status == "new"
        span = p.add_span(doc, 0, 3, p.label_by_name("speaker").id)
        assert p.document_status(doc) == "in_progress"
        p.delete_span(span.id, document_status="new")  # the undo of a first tag
        assert p.document_info(doc).status == "new"
        assert p.set_status(doc, "done") == "new"
        assert p.stats()["documents_by_status"] == {"new": 0, "in_progress": 0, "done": 1}
        p.delete_document(doc)
        with sqlite3.connect(p.path) as conn:
            assert conn.execute("SELECT count(*) FROM document_state").fetchone()[0] == 0


def test_a_schema_6_project_is_upgraded_with_each_status_title_and_suggestion(tmp_path):
    """A file the schema-6 release wrote (tests/core/data/README.md)."""
    path = tmp_path / "v6.annot"
    shutil.copy(DATA / "schema6_release.annot", path)
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 6
        before = conn.execute("SELECT id, status, updated_at FROM documents").fetchall()
    assert [status for _, status, _ in before] == ["done", "in_progress", "new"]
    with Project.open(path) as p:
        assert p.check() == []
        docs = p.documents()
        assert [(d.id, d.status) for d in docs] == [(i, s) for i, s, _ in before]
        assert docs[0].title == "انقلاب كازاخستان" and [d.span_count for d in docs] == [3, 1, 0]
        assert len(p.relations(1)) == 1 and len(p.suggestions(2)) == 3
        p.add_span(3, 0, 4, p.label_by_name("speaker").id)
        assert p.document_status(3) == "in_progress"
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == schema.VERSION == 7
        columns = {row[1] for row in conn.execute("PRAGMA table_info(documents)")}
        assert "status" not in columns and "updated_at" not in columns
        kept = conn.execute("SELECT document_id, status, updated_at FROM document_state").fetchall()
        assert kept[:2] == before[:2]
    assert (tmp_path / "v6.annot.schema6.bak").exists()  # the file as it was, kept


@pytest.mark.parametrize(
    "name, statuses",
    [
        ("schema2_release.annot", ["in_progress"]),
        ("schema5_release.annot", ["in_progress"]),
        ("schema6_release.annot", ["done", "in_progress", "new"]),
    ],
)
def test_every_earlier_release_is_upgraded_to_schema_7(tmp_path, name, statuses):
    path = tmp_path / "old.annot"
    shutil.copy(DATA / name, path)
    with Project.open(path) as p:
        assert p.check() == []
        assert [d.status for d in p.documents()] == statuses
        assert p.stats()["documents"] == len(statuses)
    with Project.open(path, readonly=True) as p:
        assert [d.status for d in p.documents()] == statuses


def test_a_plain_import_writes_no_state_row_and_reads_as_new(tmp_path):
    """One statement per imported document: a new document's status is the absence of a
    row; its first tag and a status change write one."""
    with Project.create(tmp_path / "p.annot") as p:
        doc = _add(p, "قال المتحدث إن النمو بلغ ٣٫٥٪")
        conn = sqlite3.connect(tmp_path / "p.annot")
        rows = lambda: conn.execute("SELECT count(*) FROM document_state").fetchone()[0]  # noqa: E731
        assert rows() == 0
        assert p.document_status(doc) == "new" and p.documents()[0].status == "new"
        assert p.stats()["documents_by_status"]["new"] == 1
        p.add_span(doc, 0, 3, p.label_by_name("speaker").id)
        assert rows() == 1 and p.document_status(doc) == "in_progress"
        conn.close()
