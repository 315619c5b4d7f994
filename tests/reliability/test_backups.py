"""Backups: a verified copy (SQLite's backup API, then quick_check) before every schema
migration and on demand; rows still in the -wal file are in it (a bare file copy loses them).
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from annotator import Project, ProjectError
from annotator.store import schema
from tests.core.conftest import add_text, run_cli

#: The schema version this build writes; fake migrations below go one step past it.
NOW = schema.VERSION

TEXT = "قال المتحدث باسم الوزارة إن النمو في الرياض بلغ ٣٫٥٪"


def _rows(path: Path, sql: str) -> list:
    conn = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def _quick_check(path: Path) -> str:
    return _rows(path, "PRAGMA quick_check")[0][0]


def _crash_after_tagging(path: Path, doc: int, start: int, end: int) -> None:
    """Tag in another process and die without closing: the span lives only in the -wal."""
    code = textwrap.dedent(
        f"""
        import os
        from annotator import Project
        p = Project.open({str(path)!r})
        p.add_span({doc}, {start}, {end}, p.label_by_name("claim").id)
        os._exit(0)
        """
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)


def test_migration_makes_a_verified_backup_holding_the_rows_still_in_the_wal(tmp_path, monkeypatch):
    path = tmp_path / "news.annot"
    with Project.create(path) as p:
        doc = add_text(p, TEXT)
        p.add_span(doc, 0, 3, p.label_by_name("speaker").id)
    _crash_after_tagging(path, doc, 4, 11)
    assert Path(f"{path}-wal").stat().st_size > 0
    # The main file alone lacks the last span: only a backup that reads the WAL has it.
    immutable = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro&immutable=1", uri=True)
    assert immutable.execute("SELECT count(*) FROM spans").fetchone()[0] == 1
    immutable.close()

    monkeypatch.setattr(schema, "VERSION", NOW + 1)
    monkeypatch.setattr(schema, "MIGRATIONS", {NOW: "ALTER TABLE spans ADD COLUMN confidence REAL"})
    with Project.open(path) as p:
        assert [(s.start, s.end) for s in p.spans(doc)] == [(0, 3), (4, 11)]

    backup = tmp_path / f"news.annot.schema{NOW}.bak"
    assert backup.exists()
    assert _quick_check(backup) == "ok"
    assert _rows(backup, "PRAGMA user_version") == [(NOW,)]
    assert _rows(backup, "SELECT start, end FROM spans ORDER BY start") == [(0, 3), (4, 11)]
    columns = {r[1] for r in _rows(backup, "PRAGMA table_info(spans)")}
    assert "confidence" not in columns  # taken before the migration ran
    assert _rows(path, "PRAGMA user_version") == [(NOW + 1,)]
    assert "confidence" in {r[1] for r in _rows(path, "PRAGMA table_info(spans)")}


def test_a_migration_that_would_break_references_is_refused_and_changes_nothing(
    tmp_path, monkeypatch
):
    path = tmp_path / "news.annot"
    with Project.create(path) as p:
        doc = add_text(p, TEXT)
        p.add_span(doc, 0, 3, p.label_by_name("speaker").id)
    monkeypatch.setattr(schema, "VERSION", NOW + 1)
    monkeypatch.setattr(schema, "MIGRATIONS", {NOW: "DELETE FROM labels"})  # spans point there
    with pytest.raises(ProjectError, match="would break"):
        Project.open(path)
    assert _rows(path, "PRAGMA user_version") == [(NOW,)]
    assert _rows(path, "SELECT count(*) FROM labels") != [(0,)]


def test_a_failed_migration_leaves_the_project_as_it_was_and_the_backup_beside_it(
    tmp_path, monkeypatch
):
    path = tmp_path / "news.annot"
    with Project.create(path) as p:
        doc = add_text(p, TEXT)
        p.add_span(doc, 0, 3, p.label_by_name("speaker").id)
    monkeypatch.setattr(schema, "VERSION", NOW + 1)
    monkeypatch.setattr(schema, "MIGRATIONS", {NOW: "ALTER TABLE no_such_table ADD COLUMN x"})
    with pytest.raises(Exception):  # noqa: B017 - whatever the step raised
        Project.open(path)
    monkeypatch.setattr(schema, "VERSION", NOW)
    with Project.open(path) as p:
        assert [(s.start, s.end) for s in p.spans(doc)] == [(0, 3)]
        assert p.check() == []
    assert _quick_check(tmp_path / f"news.annot.schema{NOW}.bak") == "ok"
    # A later version whose migration works still upgrades it, with a backup of its own.
    monkeypatch.setattr(schema, "VERSION", NOW + 1)
    monkeypatch.setattr(schema, "MIGRATIONS", {NOW: "ALTER TABLE spans ADD COLUMN confidence REAL"})
    Project.open(path).close()
    assert _quick_check(tmp_path / f"news.annot.schema{NOW}.2.bak") == "ok"
    assert _rows(path, "PRAGMA user_version") == [(NOW + 1,)]


def test_backup_on_demand_while_the_app_writes_holds_the_newest_tag(tmp_path):
    path = tmp_path / "news.annot"
    with Project.create(path) as writer:  # the app, still open: its newest tags are in the WAL
        doc = add_text(writer, TEXT)
        span = writer.add_span(doc, 12, 18, writer.label_by_name("location").id)
        assert Path(f"{path}-wal").stat().st_size > 0
        done = run_cli("backup", path, tmp_path / "copy.annot")
        assert done.returncode == 0, done.stderr.decode()
        assert "verified" in done.stderr.decode()
        copy = tmp_path / "copy.annot"
        assert _quick_check(copy) == "ok"
        assert _rows(copy, "SELECT id, start, end FROM spans") == [(span.id, 12, 18)]
        # A second backup to the same name is refused, not overwritten.
        again = run_cli("backup", path, copy)
        assert again.returncode == 1 and "already exists" in again.stderr.decode()
    with Project.open(copy, readonly=True) as c:  # the copy is a project in its own right
        assert c.check() == []


def _downgrade_to_schema_1(path: Path) -> None:
    """Make ``path`` a schema-1 project: spans ids without AUTOINCREMENT, user_version 1."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("BEGIN")
    conn.execute(
        "CREATE TABLE spans_v1 (id INTEGER PRIMARY KEY, document_id INTEGER NOT NULL "
        "REFERENCES documents(id) ON DELETE CASCADE, start INTEGER NOT NULL, end INTEGER NOT NULL, "
        "label_id INTEGER NOT NULL REFERENCES labels(id), annotator TEXT, note TEXT, "
        "meta TEXT NOT NULL DEFAULT '{}', created_at TEXT NOT NULL, "
        "CHECK (start >= 0 AND end > start))"
    )
    conn.execute(
        "INSERT INTO spans_v1 SELECT id, document_id, start, end, label_id, annotator, note, "
        "meta, created_at FROM spans"
    )
    # Schema 3's (later 5's) and 6's tables out, schema 1's (never written) relations back.
    for table in (
        "suggestions",
        "span_attributes",
        "attribute_values",
        "attributes",
        "relations",
        "relation_type_labels",
        "relation_types",
    ):
        conn.execute(f"DROP TABLE {table}")
    conn.execute(
        "CREATE TABLE relations (id INTEGER PRIMARY KEY, document_id INTEGER NOT NULL "
        "REFERENCES documents(id) ON DELETE CASCADE, head_span_id INTEGER NOT NULL "
        "REFERENCES spans(id) ON DELETE CASCADE, tail_span_id INTEGER NOT NULL "
        "REFERENCES spans(id) ON DELETE CASCADE, label TEXT NOT NULL, annotator TEXT, "
        "created_at TEXT NOT NULL)"
    )
    conn.execute("DROP TABLE spans")
    conn.execute("ALTER TABLE spans_v1 RENAME TO spans")
    conn.execute(
        "CREATE UNIQUE INDEX spans_by_document ON spans (document_id, start, end, label_id)"
    )
    conn.execute("DROP TABLE decisions")  # schema 4's (layers): a schema-1 file has none
    # Schema 7's document_state back into the documents' rows.
    conn.execute("ALTER TABLE documents ADD COLUMN status TEXT NOT NULL DEFAULT 'new'")
    conn.execute("ALTER TABLE documents ADD COLUMN updated_at TEXT NOT NULL DEFAULT ''")
    conn.execute(
        "UPDATE documents SET (status, updated_at) = "
        "(SELECT status, updated_at FROM document_state WHERE document_id = documents.id)"
    )
    conn.execute("DROP TABLE document_state")
    conn.execute("PRAGMA user_version = 1")
    conn.execute("COMMIT")
    conn.close()


def test_a_schema_1_project_is_backed_up_and_upgraded_so_span_ids_are_never_reused(tmp_path):
    path = tmp_path / "old.annot"
    with Project.create(path) as p:
        doc = add_text(p, TEXT)
        speaker = p.label_by_name("speaker").id
        p.add_span(doc, 0, 3, speaker)
        last = p.add_span(doc, 4, 11, speaker)
    _downgrade_to_schema_1(path)
    assert _rows(path, "PRAGMA user_version") == [(1,)]

    with Project.open(path) as p:
        assert [(s.id, s.start, s.end) for s in p.spans(doc)] == [(1, 0, 3), (last.id, 4, 11)]
        assert p.check() == []
        # Schema 2: the highest id, once deleted, is not handed out again.
        p.delete_span(last.id)
        assert p.add_span(doc, 12, 18, speaker).id > last.id

    assert _rows(path, "PRAGMA user_version") == [(schema.VERSION,)]
    backup = tmp_path / "old.annot.schema1.bak"
    assert _quick_check(backup) == "ok"
    assert _rows(backup, "PRAGMA user_version") == [(1,)]
    assert _rows(backup, "SELECT id, start, end FROM spans ORDER BY id") == [(1, 0, 3), (2, 4, 11)]
