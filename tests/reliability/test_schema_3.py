"""Schema 3: a document's status, length and name are read from an index, not past its text
(a column stored after a 15 MB text costs a walk of its overflow pages on every tag)."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from annotator import Project
from annotator.store import schema
from tests.core.conftest import add_text

TEXT = "قال المتحدث باسم الوزارة إن النمو في الرياض بلغ ٣٫٥٪"


def _to_schema_2(path: Path) -> None:
    """What version 2 wrote: without the summary index, nor schema 4's layers."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("DROP INDEX documents_summary")
    conn.execute("DROP TABLE decisions")
    conn.execute("DROP INDEX spans_by_document")
    conn.execute(
        "CREATE UNIQUE INDEX spans_by_document ON spans (document_id, start, end, label_id)"
    )
    conn.execute("PRAGMA user_version = 2")
    conn.close()


def _objects(path: Path) -> dict:
    conn = sqlite3.connect(path)
    try:
        return {
            "version": conn.execute("PRAGMA user_version").fetchone()[0],
            "indexes": {r[0] for r in conn.execute("SELECT name FROM sqlite_master")},
        }
    finally:
        conn.close()


def test_a_schema_2_project_is_upgraded_with_the_summary_index(tmp_path):
    # A file the schema-2 release wrote (tests/core/data/README.md): later schemas' tables
    # (relations, attributes) are not in it either, so dropping the index from a new file
    # would not make one.
    path = tmp_path / "v2.annot"
    shutil.copy(Path(__file__).parent.parent / "core" / "data" / "schema2_release.annot", path)
    assert "documents_summary" not in _objects(path)["indexes"]
    assert _objects(path)["version"] == 2
    doc = 1
    with Project.open(path) as p:
        assert p.check() == []
        assert p.document_status(doc) == "in_progress"
        info = p.document_info(doc)
        text = p.document(doc).text
        assert (info.status, info.length, info.span_count) == ("in_progress", len(text), 3)
        p.set_status(doc, "done")
        assert [d.status for d in p.documents()] == ["done"]
    got = _objects(path)
    assert got["version"] == schema.VERSION and "documents_summary" in got["indexes"]
    assert (tmp_path / "v2.annot.schema2.bak").exists()  # the file as it was, kept


def test_first_tag_still_moves_a_new_document_to_in_progress(tmp_path):
    with Project.create(tmp_path / "p.annot") as p:
        doc = add_text(p, TEXT)
        assert p.document_status(doc) == "new"
        p.add_span(doc, 0, 3, p.label_by_name("speaker").id)
        assert p.document_status(doc) == "in_progress"
        p.set_status(doc, "done")
        p.add_span(doc, 4, 11, p.label_by_name("claim").id)
        assert p.document_status(doc) == "done"  # only "new" moves
