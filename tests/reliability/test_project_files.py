"""Hostile project files: each is refused with a clear message by the core, the CLI and the
app, and its bytes (and those of its -wal/-shm) are unchanged afterwards; a stray -wal
file from another database is set aside under a dated name (tests/reliability/test_stray_files.py
has the -journal and the other cases).

tests/core/test_project_file.py covers the core's refusals of empty, truncated, random,
foreign and newer files; here: the CLI and the app for all of them, a read-only file on a
read-only filesystem, a path in a missing folder, and a stray -wal file from another project.
"""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from annotator import Project, ProjectError, ReadOnlyProjectError
from tests.core.conftest import add_text, fingerprint, run_cli
from tests.core.test_project_file import BAD_FILES, _make_newer, _real_project_bytes

ARTICLE = "قال المتحدث باسم الوزارة إن النمو في الرياض بلغ ٣٫٥٪ هذا العام"


def _project(path: Path, spans: int = 2) -> int:
    with Project.create(path) as p:
        doc = add_text(p, ARTICLE)
        for n in range(spans):
            p.add_span(doc, 4 * n, 4 * n + 3, p.labels()[n % 4].id)
    return doc


def _crash_after_tagging(path: Path, doc: int, spans: list[tuple[int, int]]) -> None:
    """Tag ``spans`` in another process and die without closing: changes stay in the -wal."""
    code = textwrap.dedent(
        f"""
        import os
        from annotator import Project
        p = Project.open({str(path)!r})
        for start, end in {spans!r}:
            p.add_span({doc}, start, end, p.label_by_name("claim").id)
        os._exit(0)
        """
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)
    assert Path(f"{path}-wal").stat().st_size > 0


def _stray_wal_from_another_project(tmp_path: Path, ours: Path) -> None:
    """Put beside ``ours`` the -wal file a crash left beside another project."""
    other = tmp_path / "other" / "other.annot"
    other.parent.mkdir()
    doc = _project(other)  # the same shape as ours: SQLite would not notice the mix-up
    _crash_after_tagging(other, doc, [(20, 25), (26, 31)])
    shutil.copy(f"{other}-wal", f"{ours}-wal")


def _stray_wal_from_another_application(tmp_path: Path, ours: Path) -> None:
    other = tmp_path / "other" / "contacts.db"
    other.parent.mkdir()
    conn = sqlite3.connect(other, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA wal_autocheckpoint=0")
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.execute("INSERT INTO contacts VALUES ('Huda')")
    shutil.copy(f"{other}-wal", f"{ours}-wal")  # copied while open: committed frames only
    conn.close()


STRAY = {
    "another-project": _stray_wal_from_another_project,
    "another-application": _stray_wal_from_another_application,
}


@pytest.mark.parametrize("source", list(STRAY))
def test_stray_wal_is_set_aside_by_name_before_sqlite_replays_it(tmp_path, source):
    ours = tmp_path / "ours.annot"
    doc = _project(ours)
    STRAY[source](tmp_path, ours)
    stray = Path(f"{ours}-wal").read_bytes()
    main = ours.read_bytes()
    with Project.open(ours, readonly=True) as p:
        [notice] = p.notices
        assert [(s.start, s.end) for s in p.spans(doc)] == [(0, 3), (4, 7)]
        assert p.check() == []
    assert "ours.annot-wal" in notice and "another database" in notice
    assert "nothing was deleted" in notice
    [aside] = tmp_path.glob("ours.annot-wal.foreign-*")
    assert aside.name in notice and aside.read_bytes() == stray  # kept, byte for byte
    assert ours.read_bytes() == main
    with Project.open(ours) as p:
        assert p.notices == ()  # set aside once, for good
        assert [(s.start, s.end) for s in p.spans(doc)] == [(0, 3), (4, 7)]


def test_what_sqlite_alone_does_with_a_stray_wal(tmp_path):
    """The control: without our check, SQLite replays the other project's pages onto ours."""
    ours = tmp_path / "ours.annot"
    _project(ours)
    _stray_wal_from_another_project(tmp_path, ours)
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    for suffix in ("", "-wal"):
        shutil.copy(f"{ours}{suffix}", scratch / f"ours.annot{suffix}")
    conn = sqlite3.connect(scratch / "ours.annot")
    spans = conn.execute("SELECT start, end FROM spans ORDER BY start").fetchall()
    conn.close()
    assert spans != [(0, 3), (4, 7)]  # the other project's spans came in: silent damage


def test_our_own_wal_after_a_crash_is_still_recovered(tmp_path):
    ours = tmp_path / "ours.annot"
    doc = _project(ours)
    _crash_after_tagging(ours, doc, [(20, 25)])
    with Project.open(ours) as p:
        assert (20, 25) in [(s.start, s.end) for s in p.spans(doc)]
        assert p.check() == []


def test_a_restored_backup_does_not_take_the_originals_wal(tmp_path):
    """Backups get their own identity: restoring one over a crashed project is safe."""
    ours = tmp_path / "ours.annot"
    doc = _project(ours)
    with Project.open(ours) as p:
        p.backup(tmp_path / "backup.annot")
    _crash_after_tagging(ours, doc, [(20, 25)])
    shutil.copy(tmp_path / "backup.annot", ours)  # the analyst restores the backup
    with Project.open(ours) as p:
        assert "ours.annot-wal" in p.notices[0]
        assert (20, 25) not in [(s.start, s.end) for s in p.spans(doc)]
    assert list(tmp_path.glob("ours.annot-wal.foreign-*"))  # the crash's changes are kept


# --- every bad file, through the CLI and the app ---------------------------------------------


@pytest.fixture(scope="module")
def real_bytes(tmp_path_factory) -> bytes:
    return _real_project_bytes(tmp_path_factory.mktemp("real"))


def _make_bad(kind: str, tmp_path: Path, real: bytes) -> Path:
    path = tmp_path / "bad.annot"
    if kind in BAD_FILES:
        BAD_FILES[kind](path, real)
    elif kind == "newer-schema":
        _make_newer(path, leave_wal=False)
    elif kind == "newer-schema-in-wal":
        _make_newer(path, leave_wal=True)
    return path


KINDS = {
    "empty": "empty",
    "truncated-half": "truncated",
    "random-bytes": "not an SQLite database",
    "other-application-sqlite": "another application",
    "newer-schema": "newer version",
    "newer-schema-in-wal": "newer version",
}


@pytest.mark.parametrize("kind", list(KINDS))
def test_cli_refuses_each_bad_project_file_clearly_and_changes_no_byte(tmp_path, kind, real_bytes):
    path = _make_bad(kind, tmp_path, real_bytes)
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    before = fingerprint(path)
    for args in (("stats", path), ("import", path, article), ("backup", path, tmp_path / "b")):
        done = run_cli(*args)
        err = done.stderr.decode()
        assert done.returncode == 1, (args, err)
        assert str(path) in err and KINDS[kind] in err, err
        assert "Traceback" not in err
        assert fingerprint(path) == before
    assert not (tmp_path / "b").exists()


@pytest.mark.parametrize("kind", list(KINDS))
def test_app_refuses_each_bad_project_file_with_a_message(qapp, tmp_path, kind, real_bytes, told):
    from ui import app

    path = _make_bad(kind, tmp_path, real_bytes)
    before = fingerprint(path)
    assert app.run(str(path)) == 1  # the code path of `annotator gui PROJECT`
    [(title, text)] = told
    assert title == "Cannot open the project"
    assert str(path) in text and KINDS[kind] in text
    assert fingerprint(path) == before


# --- a path in a missing folder ---------------------------------------------------------------


def test_a_project_in_a_missing_folder_is_refused_by_cli_and_app(qapp, tmp_path, told):
    from ui import app

    path = tmp_path / "no-such-folder" / "p.annot"
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    for args in (("stats", path), ("import", path, article)):
        done = run_cli(*args)
        assert done.returncode == 1
        assert str(path) in done.stderr.decode() and "Traceback" not in done.stderr.decode()
    assert app.run(str(path)) == 1
    [(title, text)] = told
    assert str(path) in text and "does not exist" in text
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]


# --- a read-only file (a read-only filesystem: root writes through chmod 0444) ----------------


@pytest.fixture
def readonly_project(small_disk):
    disk = small_disk("tmpfs")
    path = disk.path / "ro.annot"
    doc = _project(path)
    disk.make_readonly()
    return path, doc


def test_read_only_project_opens_read_only_but_refuses_writers(readonly_project, tmp_path):
    path, doc = readonly_project
    before = fingerprint(path)
    with pytest.raises(ProjectError, match="read-only") as e:
        Project.open(path)
    assert str(path) in str(e.value)
    with Project.open(path, readonly=True) as p:
        assert len(p.spans(doc)) == 2
        with pytest.raises(ReadOnlyProjectError):
            p.add_span(doc, 20, 25, p.labels()[0].id)
    assert fingerprint(path) == before


def test_cli_reads_a_read_only_project_and_refuses_to_write_it(readonly_project, tmp_path):
    path, _ = readonly_project
    before = fingerprint(path)
    stats = run_cli("stats", path, "--json")
    assert stats.returncode == 0, stats.stderr.decode()
    assert b'"spans": 2' in stats.stdout
    backup = run_cli("backup", path, tmp_path / "copy.annot")  # reads; writes elsewhere
    assert backup.returncode == 0, backup.stderr.decode()
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE + " جديد", encoding="utf-8")
    for args in (("import", path, article), ("labels", path, "add", "source")):
        done = run_cli(*args)
        err = done.stderr.decode()
        assert done.returncode == 1 and str(path) in err and "read-only" in err, err
        assert "Traceback" not in err
    assert fingerprint(path) == before


def test_app_offers_a_read_only_project_read_only(qapp, readonly_project, told):
    from ui import app, opening

    path, doc = readonly_project
    before = fingerprint(path)
    told.answer = False  # "Open it read-only?" No: nothing opens
    assert app.run(str(path)) == 1
    [(title, text)] = told.asked
    assert title == "Project is read-only" and str(path) in text and "read-only" in text
    told.answer = True  # Yes: a read-only view that refuses edits
    project = opening.open_project(
        path, ask=opening.dialog_ask(None), tell=opening.dialog_tell(None)
    )
    try:
        assert project is not None and project.readonly
        assert len(project.spans(doc)) == 2
        with pytest.raises(ReadOnlyProjectError):
            project.add_span(doc, 20, 25, project.labels()[0].id)
    finally:
        project.close()
    assert told == []
    assert fingerprint(path) == before
