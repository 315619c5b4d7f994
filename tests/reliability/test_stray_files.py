"""Files SQLite would replay onto a project (-journal, -wal) that are not the project's own.

SQLite rolls a hot -journal or a -wal into the database it finds beside, whoever wrote them.
The core judges them first: one that belongs to another database is moved to a dated name
beside the project (nothing deleted) and the user is told; one that belongs to the project
(even with changes another SQLite client made) is never called foreign.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from annotator import Project, ProjectError
from tests.core.conftest import add_text, fingerprint, run_cli

ARTICLE = "قال المتحدث باسم الوزارة إن النمو في الرياض بلغ ٣٫٥٪ هذا العام"
SPANS = [(0, 3), (4, 7)]


def _project(path: Path) -> int:
    with Project.create(path) as p:
        doc = add_text(p, ARTICLE)
        for start, end in SPANS:
            p.add_span(doc, start, end, p.labels()[0].id)
    return doc


def _spans(path: Path, doc: int) -> list[tuple[int, int]]:
    with Project.open(path, readonly=True) as p:
        return [(s.start, s.end) for s in p.spans(doc)]


def _hot_journal_of_another_database(folder: Path) -> bytes:
    """The -journal a killed write left beside another (rollback-mode) database."""
    other = folder / "contacts.db"
    conn = sqlite3.connect(other, isolation_level=None)
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.executemany("INSERT INTO contacts VALUES (?)", [(f"Huda {n}",) for n in range(3000)])
    conn.execute("PRAGMA cache_size = 2")  # the change spills: the journal is synced, hot
    conn.execute("BEGIN")
    conn.execute("UPDATE contacts SET name = name || ' Ali'")
    journal = Path(f"{other}-journal").read_bytes()
    conn.execute("ROLLBACK")
    conn.close()
    assert journal[:8] == bytes.fromhex("d9d505f920a163d7")
    return journal


def test_what_sqlite_alone_does_with_a_stray_journal(tmp_path):
    """The control: SQLite rolls the other database's journal into the project."""
    ours = tmp_path / "ours.annot"
    _project(ours)
    Path(f"{ours}-journal").write_bytes(_hot_journal_of_another_database(tmp_path))
    conn = sqlite3.connect(ours)
    with pytest.raises(sqlite3.DatabaseError):
        conn.execute("SELECT count(*) FROM spans").fetchone()
    conn.close()


@pytest.mark.parametrize("readonly", [False, True])
def test_a_stray_journal_is_set_aside_and_the_project_keeps_every_tag(tmp_path, readonly):
    ours = tmp_path / "ours.annot"
    doc = _project(ours)
    journal = _hot_journal_of_another_database(tmp_path)
    Path(f"{ours}-journal").write_bytes(journal)
    with Project.open(ours, readonly=readonly) as p:
        [notice] = p.notices
        assert [(s.start, s.end) for s in p.spans(doc)] == SPANS
        assert p.check() == []
    assert "ours.annot-journal" in notice and "nothing was deleted" in notice
    assert not Path(f"{ours}-journal").exists()
    [aside] = tmp_path.glob("ours.annot-journal.foreign-*")
    assert aside.read_bytes() == journal


def test_the_journal_beside_the_real_file_is_judged_when_opened_through_a_link(tmp_path):
    real = tmp_path / "real" / "ours.annot"
    real.parent.mkdir()
    doc = _project(real)
    link = tmp_path / "link.annot"
    link.symlink_to(real)
    Path(f"{real}-journal").write_bytes(_hot_journal_of_another_database(tmp_path))
    with Project.open(link) as p:
        assert p.notices and "ours.annot-journal" in p.notices[0]
        p.add_span(doc, 8, 14, p.labels()[1].id)
    assert _spans(real, doc) == [*SPANS, (8, 14)]


def test_a_stray_journal_that_cannot_be_moved_is_refused_and_nothing_changes(tmp_path, monkeypatch):
    ours = tmp_path / "ours.annot"
    _project(ours)
    Path(f"{ours}-journal").write_bytes(_hot_journal_of_another_database(tmp_path))
    before = fingerprint(ours)

    def refuse(*args):  # a folder the user cannot write
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "rename", refuse)
    for readonly in (True, False):
        with pytest.raises(ProjectError, match="cannot be set aside") as e:
            Project.open(ours, readonly=readonly)
        assert "nothing was changed" in str(e.value) and "delete" not in str(e.value)
        assert fingerprint(ours) == before


def test_a_wal_with_another_clients_changes_is_the_projects_own(tmp_path):
    """Another SQLite client wrote while the app had the project open; then the app died.

    Every acknowledged tag must survive: the WAL is the project's, never called foreign.
    """
    ours = tmp_path / "ours.annot"
    doc = _project(ours)
    code = textwrap.dedent(
        f"""
        import os, sqlite3
        from annotator import Project
        p = Project.open({str(ours)!r})
        label = p.label_by_name("claim").id
        other = sqlite3.connect({str(ours)!r}, isolation_level=None)  # e.g. the sqlite3 shell
        for n in range(35):
            p.add_span({doc}, 8 + n % 5, 14 + n % 5 + 6 * (n // 5), label)
            if n % 10 == 0:
                other.execute("UPDATE documents SET meta = '{{}}'")
        other.execute("UPDATE documents SET meta = '{{\\"by\\": \\"sqlite3\\"}}'")
        os._exit(0)
        """
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)
    assert Path(f"{ours}-wal").stat().st_size > 0
    with Project.open(ours) as p:
        assert p.notices == ()
        assert len(p.spans(doc)) == len(SPANS) + 35
        assert p.document(doc).meta == {"by": "sqlite3"}
        assert p.check() == []
    assert not list(tmp_path.glob("*.foreign-*"))


def test_cli_says_where_a_stray_file_went_and_goes_on(tmp_path):
    ours = tmp_path / "ours.annot"
    _project(ours)
    Path(f"{ours}-journal").write_bytes(_hot_journal_of_another_database(tmp_path))
    done = run_cli("stats", ours)
    err = done.stderr.decode()
    assert done.returncode == 0, err
    assert "ours.annot-journal" in err and "moved to ours.annot-journal.foreign-" in err
    assert "Traceback" not in err


def test_app_tells_where_a_stray_file_went(qapp, tmp_path):
    from ui import opening

    ours = tmp_path / "ours.annot"
    doc = _project(ours)
    Path(f"{ours}-journal").write_bytes(_hot_journal_of_another_database(tmp_path))
    told = []
    project = opening.open_project(
        ours, create=False, ask=lambda *a: False, tell=lambda *message: told.append(message)
    )
    try:
        [(title, text)] = told
        assert title == "Stray files set aside" and "ours.annot-journal.foreign-" in text
        assert [(s.start, s.end) for s in project.spans(doc)] == SPANS
    finally:
        project.close()
