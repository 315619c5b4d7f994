"""A project file from someone else is inert: opening it runs nothing from the file, and
what the app would show or paste into a style sheet is validated where it is read."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from annotator import Project, UntrustedProjectError
from annotator.store import schema_check
from tests.core.conftest import add_text, fingerprint, run_cli

ARTICLE = "قال المتحدث باسم الوزارة إن النمو في الرياض بلغ ٣٫٥٪ هذا العام"


def _project(path: Path) -> int:
    with Project.create(path) as p:
        doc = add_text(p, ARTICLE)
        p.add_span(doc, 0, 3, p.labels()[0].id)
        p.add_span(doc, 4, 7, p.labels()[1].id)
    return doc


def _tamper(path: Path, sql: str) -> None:
    conn = sqlite3.connect(path)
    conn.executescript(sql)
    conn.close()


def _span_count(path: Path) -> int:
    conn = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT count(*) FROM spans").fetchone()[0]
    finally:
        conn.close()


WIPE = "CREATE TRIGGER wipe AFTER INSERT ON search_indexed BEGIN DELETE FROM spans; END;"


def test_a_trigger_that_wipes_spans_during_a_search_is_refused_on_open(tmp_path):
    path = tmp_path / "gift.annot"
    _project(path)
    _tamper(path, WIPE)
    before = fingerprint(path)
    for readonly in (False, True):
        with pytest.raises(UntrustedProjectError, match="trigger wipe") as e:
            Project.open(path, readonly=readonly)
        assert "nothing in it ran" in str(e.value)
    assert fingerprint(path) == before and _span_count(path) == 2


def test_check_lists_the_trigger_and_runs_nothing(tmp_path):
    path = tmp_path / "gift.annot"
    _project(path)
    _tamper(path, WIPE)
    done = run_cli("check", path)
    out, err = done.stdout.decode(), done.stderr.decode()
    assert done.returncode == 1, err
    assert "trigger wipe is not part of the schema" in out and "Traceback" not in err
    assert _span_count(path) == 2


def test_a_view_is_refused_on_open(tmp_path):
    path = tmp_path / "gift.annot"
    _project(path)
    _tamper(path, "CREATE VIEW documents_seen AS SELECT name FROM documents;")
    with pytest.raises(UntrustedProjectError, match="view documents_seen"):
        Project.open(path)


def test_no_function_runs_from_the_schema(tmp_path):
    path = tmp_path / "p.annot"
    _project(path)
    with Project.open(path, readonly=True) as p:
        assert p._conn.execute("PRAGMA trusted_schema").fetchone()[0] == 0


@pytest.mark.parametrize(
    "sql, reason",
    [
        ("UPDATE labels SET color = '#fff; background: url(/etc/passwd)' WHERE id = 1", "colour"),
        ("UPDATE labels SET name = printf('%.5000c', 'x') WHERE id = 2", "too long"),
        ("UPDATE labels SET key = 'ab' WHERE id = 3", "one character"),
        ("UPDATE spans SET end = 100000 WHERE id = 1", "outside its text"),
    ],
)
def test_values_no_version_writes_are_refused_on_open_and_listed_by_check(tmp_path, sql, reason):
    path = tmp_path / "gift.annot"
    _project(path)
    _tamper(path, sql + ";")
    with pytest.raises(UntrustedProjectError, match=reason):
        Project.open(path, readonly=True)
    done = run_cli("check", path)
    assert done.returncode == 1 and reason in done.stdout.decode(), done.stderr.decode()


def test_a_colour_changed_while_the_project_is_open_is_refused_when_read(tmp_path):
    path = tmp_path / "p.annot"
    _project(path)
    with Project.open(path) as p:
        _tamper(path, "UPDATE labels SET color = 'url(/dev/stdin)' WHERE id = 1;")
        with pytest.raises(UntrustedProjectError, match="not #rrggbb"):
            p.labels()


def test_app_refuses_a_file_with_a_trigger_with_a_message(qapp, tmp_path, told):
    from ui import app

    path = tmp_path / "gift.annot"
    _project(path)
    _tamper(path, WIPE)
    assert app.run(str(path)) == 1
    [(title, text)] = told
    assert title == "Cannot open the project" and "trigger wipe" in text
    assert _span_count(path) == 2


def _bad_values_only_in_the_wal(path: Path) -> None:
    """A project whose main file alone is clean and whose -wal (a session that never closed,
    another SQLite client) gives a span outside its text: SQLite reads the -wal on opening."""
    code = textwrap.dedent(
        f"""
        import os, sqlite3
        conn = sqlite3.connect({str(path)!r}, isolation_level=None)
        conn.execute("PRAGMA wal_autocheckpoint = 0")
        conn.execute("UPDATE spans SET end = 100000 WHERE id = 1")
        os._exit(0)  # no checkpoint: the change stays in the -wal
        """
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)
    assert Path(f"{path}-wal").stat().st_size > 0
    alone = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        assert schema_check.value_problems(alone) == []  # the main file alone is clean
    finally:
        alone.close()


@pytest.mark.parametrize("readonly", [True, False])
def test_values_no_version_writes_in_the_wal_are_refused(tmp_path, readonly):
    path = tmp_path / "gift.annot"
    _project(path)
    _bad_values_only_in_the_wal(path)
    with pytest.raises(UntrustedProjectError, match="outside its text"):
        Project.open(path, readonly=readonly)


def _bad_values_only_in_a_hot_journal(path: Path) -> None:
    """A rollback-mode project whose main file alone is clean and whose hot -journal (a write
    killed half-way) puts a span outside its text back: SQLite rolls it in on opening."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("UPDATE spans SET end = 100000 WHERE id = 1")
    conn.execute("CREATE TABLE ballast (x TEXT)")
    conn.executemany("INSERT INTO ballast VALUES (?)", [("x" * 200,) for _ in range(2000)])
    conn.execute("PRAGMA cache_size = 2")  # the change spills: the journal is synced, hot
    conn.execute("BEGIN")
    conn.execute("UPDATE spans SET end = 3 WHERE id = 1")
    conn.execute("UPDATE ballast SET x = x || 'y'")
    main, journal = path.read_bytes(), Path(f"{path}-journal").read_bytes()
    conn.execute("ROLLBACK")
    conn.execute("DROP TABLE ballast")  # a table of ours only: the schema stays ours
    conn.close()
    # The main file as the killed write left it (clean), and its journal (the bad value).
    path.write_bytes(main)
    Path(f"{path}-journal").write_bytes(journal)
    alone = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        assert schema_check.value_problems(alone) == []  # the main file alone is clean
    finally:
        alone.close()


def test_values_no_version_writes_in_a_hot_journal_are_refused(tmp_path):
    path = tmp_path / "gift.annot"
    _project(path)
    _bad_values_only_in_a_hot_journal(path)
    with pytest.raises(UntrustedProjectError, match="outside its text"):
        Project.open(path)


def test_a_clean_project_s_values_are_read_once_on_opening(tmp_path, monkeypatch):
    """Every span is read to judge a project's values (a second on a million spans): once on
    the main file alone, not again on the connection proper when SQLite reads nothing else."""
    path = tmp_path / "p.annot"
    _project(path)
    calls = []
    judge = schema_check.value_problems
    monkeypatch.setattr(schema_check, "value_problems", lambda conn: calls.append(1) or judge(conn))
    for readonly in (True, False):
        calls.clear()
        Project.open(path, readonly=readonly).close()
        assert len(calls) == 1


def test_the_written_out_trigger_view_and_index_sql_is_what_this_version_creates():
    """``RUNNABLE_SQL`` (what every opening compares with) is the schema built in memory."""
    assert schema_check.RUNNABLE_SQL == schema_check.runnable_sql()


def test_opening_does_not_build_the_whole_schema_in_memory(tmp_path):
    path = tmp_path / "plain.annot"
    _project(path)
    schema_check._expected_schema.cache_clear()
    with Project.open(path):
        pass
    assert schema_check._expected_schema.cache_info().misses == 0
    with pytest.raises(UntrustedProjectError, match="search_index"):
        _tamper(path, "DROP TABLE search_index; CREATE VIRTUAL TABLE search_index USING fts5(x);")
        Project.open(path)


#: The spans table made again with UNIQUE (document_id, label_id) ON CONFLICT REPLACE: a
#: second tag of a label in a document silently deleted the first (red-teaming).
REPLACING = """
PRAGMA foreign_keys=OFF;
BEGIN;
CREATE TABLE spans_x AS SELECT * FROM spans WHERE 0;
DROP TABLE spans_x;
CREATE TABLE spans_x (id INTEGER PRIMARY KEY AUTOINCREMENT,
 document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
 start INTEGER NOT NULL, end INTEGER NOT NULL, label_id INTEGER NOT NULL REFERENCES labels(id),
 annotator TEXT, note TEXT, uncertain INTEGER NOT NULL DEFAULT 0 CHECK (uncertain IN (0, 1)),
 meta TEXT NOT NULL DEFAULT '{}', created_at TEXT NOT NULL, CHECK (start >= 0 AND end > start),
 UNIQUE (document_id, label_id) ON/**/CONFLICT REPLACE);
INSERT INTO spans_x SELECT id, document_id, start, end, label_id, annotator, note, uncertain,
 meta, created_at FROM spans;
DROP TABLE spans;
ALTER TABLE spans_x RENAME TO spans;
CREATE UNIQUE INDEX spans_by_document ON spans
 (document_id, start, end, label_id, ifnull(annotator, ''));
COMMIT;
"""


def test_a_table_made_again_with_a_conflict_clause_is_refused_on_open(tmp_path):
    path = tmp_path / "gift.annot"
    _project(path)
    conn = sqlite3.connect(path)
    columns = conn.execute("PRAGMA table_info(spans)").fetchall()
    conn.close()
    assert [c[1] for c in columns] == [
        "id", "document_id", "start", "end", "label_id", "annotator", "note", "uncertain",
        "meta", "created_at",
    ]  # fmt: skip
    _tamper(path, REPLACING)
    before = fingerprint(path)
    for readonly in (False, True):
        with pytest.raises(UntrustedProjectError, match="table spans with a conflict clause"):
            Project.open(path, readonly=readonly)
    assert fingerprint(path) == before and _span_count(path) == 2
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:  # and `annotator check` says why
        assert "table spans with a conflict clause" in "\n".join(schema_check.problems(conn))
    finally:
        conn.close()


def test_a_change_a_crafted_index_refuses_is_one_line_from_the_cli(tmp_path):
    # An extra UNIQUE index is allowed on open (check lists it); a write it refuses ended in
    # a raw sqlite3.IntegrityError traceback.
    path = tmp_path / "gift.annot"
    _project(path)
    _tamper(path, "CREATE UNIQUE INDEX by_colour ON labels (substr(color, 1, 3));")
    result = run_cli("labels", path, "add", "foo", "--color", "#e6ffff")
    err = result.stderr.decode()
    assert result.returncode == 1 and "Traceback" not in err, err
    assert (
        err.startswith("annotator: the project file refused the change (") and err.count("\n") == 1
    ), err
