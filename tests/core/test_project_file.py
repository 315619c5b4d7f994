"""The project file: SQLite settings, refusing what is not ours, one writer, no save step."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from annotator import FileError, Project, ProjectError, ProjectLockedError, ReadOnlyProjectError
from annotator.store.schema import APPLICATION_ID, VERSION

from .conftest import add_text, fingerprint, folder_listing, run_cli


def _raw(path: Path, mode: str = "ro") -> sqlite3.Connection:
    return sqlite3.connect(
        f"{path.absolute().as_uri()}?mode={mode}", uri=True, isolation_level=None
    )


def test_new_project_is_wal_with_full_sync(project, project_path):
    conn = _raw(project_path)
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        conn.close()
    # synchronous is a per-connection setting: FULL (2) on the project's own connection.
    assert project._conn.execute("PRAGMA synchronous").fetchone()[0] == 2


def test_new_project_is_stamped_with_application_id_and_schema_version(project_path):
    Project.create(project_path).close()
    conn = _raw(project_path)
    try:
        assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert conn.execute("PRAGMA user_version").fetchone()[0] == VERSION >= 1
    finally:
        conn.close()


def test_new_project_passes_its_own_check(project):
    assert project.check() == []


def test_create_refuses_an_existing_file(tmp_path):
    path = tmp_path / "notes.annot"
    path.write_text("my notes")
    with pytest.raises(ProjectError, match="already exists"):
        Project.create(path)
    assert path.read_text() == "my notes"


def _alone(path: Path) -> sqlite3.Connection:
    """The main file on its own, as a copy without its side files would be read."""
    return sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro&immutable=1", uri=True)


def test_a_new_project_is_whole_in_its_own_file_with_what_fill_added(tmp_path):
    path = tmp_path / "new.annot"
    with Project.create(path, fill=lambda p: add_text(p, "نص أول")) as project:
        assert [d.name for d in project.documents()] == ["article.txt"]
        wal = Path(f"{path}-wal")
        assert not wal.exists() or wal.stat().st_size == 0  # nothing only in the -wal
        conn = _alone(path)
        try:
            assert conn.execute("SELECT count(*) FROM documents").fetchone()[0] == 1
            assert conn.execute("SELECT count(*) FROM labels").fetchone()[0] > 0
        finally:
            conn.close()
        assert path.read_bytes()[18:20] == b"\x02\x02"  # WAL mode, in the file's header
    assert sorted(p.name for p in tmp_path.iterdir()) == ["new.annot"]  # no temporary left


def test_a_failed_fill_leaves_no_project_and_no_temporary_file(tmp_path):
    path = tmp_path / "new.annot"

    def fail(project):
        add_text(project, "نص")
        raise RuntimeError("the import broke")

    with pytest.raises(RuntimeError, match="the import broke"):
        Project.create(path, fill=fail)
    assert list(tmp_path.iterdir()) == []
    Project.create(path).close()  # nothing in the way of a second try


def test_a_crash_while_a_project_is_made_leaves_nothing_where_it_would_be_opened(tmp_path):
    path = tmp_path / "new.annot"
    code = textwrap.dedent(
        f"""
        import os
        from annotator import Project
        from tests.core.conftest import add_text

        def crash(project):
            add_text(project, "نص")
            os._exit(9)  # killed half-way: no clean-up runs

        Project.create({str(path)!r}, fill=crash)
        """
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True)
    assert done.returncode == 9, done.stderr.decode()
    assert not path.exists()
    assert all(p.name.startswith(".new.annot.") for p in tmp_path.iterdir())  # hidden, apart
    with Project.create(path) as project:
        assert project.documents() == [] and project.check() == []


def test_create_never_takes_a_name_made_meanwhile(tmp_path, monkeypatch):
    path = tmp_path / "new.annot"

    def someone_else_makes_it(project):
        path.write_text("their notes")

    with pytest.raises(ProjectError, match="already exists"):
        Project.create(path, fill=someone_else_makes_it)
    assert path.read_text() == "their notes"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["new.annot"]


def _make_newer(path: Path, *, leave_wal: bool) -> None:
    """Write a real project whose schema version is newer than ours.

    With ``leave_wal`` the change stays in the -wal file, as when the newer version crashed.
    """
    with Project.create(path) as p:
        add_text(p, "نص")
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute(f"PRAGMA user_version = {VERSION + 1}")
    conn.execute("CREATE TABLE from_the_future (x)")
    if leave_wal:
        crashed = path.with_name("crashed")
        crashed.mkdir()
        for suffix in ("", "-wal", "-shm"):
            shutil.copy(f"{path}{suffix}", crashed / f"{path.name}{suffix}")
        conn.close()
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
            shutil.move(crashed / f"{path.name}{suffix}", f"{path}{suffix}")
        crashed.rmdir()
    else:
        conn.close()


@pytest.mark.parametrize("leave_wal", [False, True], ids=["checkpointed", "still-in-wal"])
def test_file_from_a_newer_version_is_refused_and_left_untouched(tmp_path, leave_wal):
    path = tmp_path / "future.annot"
    _make_newer(path, leave_wal=leave_wal)
    if leave_wal:
        assert Path(f"{path}-wal").stat().st_size > 0
    before = fingerprint(path)
    for readonly in (False, True):
        with pytest.raises(ProjectError, match="newer version") as e:
            Project.open(path, readonly=readonly)
        assert str(path) in str(e.value)
        assert fingerprint(path) == before
    assert folder_listing(tmp_path) == sorted(Path(n).name for n in before)


def test_open_never_creates_a_missing_project(tmp_path):
    path = tmp_path / "typo.annot"
    with pytest.raises(ProjectError, match="no such project") as e:
        Project.open(path)
    assert str(path) in str(e.value)
    with pytest.raises(ProjectError):
        Project.open(path, readonly=True)
    assert folder_listing(tmp_path) == []


def test_project_in_a_missing_folder_is_an_error(tmp_path):
    path = tmp_path / "no-such-folder" / "p.annot"
    with pytest.raises(ProjectError) as e:
        Project.open(path)
    assert str(path) in str(e.value)
    with pytest.raises(ProjectError, match="does not exist"):
        Project.create(path)
    assert folder_listing(tmp_path) == []


def _real_project_bytes(tmp_path: Path) -> bytes:
    src = tmp_path / "src" / "real.annot"
    src.parent.mkdir()
    with Project.create(src) as p:
        for n in range(40):
            add_text(p, f"مقال رقم {n} " * 200, name=f"a{n}.txt")
    data = src.read_bytes()
    shutil.rmtree(src.parent)
    assert len(data) > 16 * 4096
    return data


def _other_application_db(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contacts (name TEXT, phone TEXT)")
    conn.execute("INSERT INTO contacts VALUES ('Huda', '123')")
    conn.commit()
    conn.close()


BAD_FILES = {
    "empty": lambda p, real: p.write_bytes(b""),
    "truncated-half": lambda p, real: p.write_bytes(real[: len(real) // 2 + 123]),
    "truncated-at-a-page": lambda p, real: p.write_bytes(real[: (len(real) // 2) // 4096 * 4096]),
    "random-bytes": lambda p, real: p.write_bytes(os.urandom(8192)),
    "text-file": lambda p, real: p.write_text("ليس مشروعاً\n", encoding="utf-8"),
    "other-application-sqlite": lambda p, real: _other_application_db(p),
}


@pytest.fixture(scope="module")
def real_project_bytes(tmp_path_factory) -> bytes:
    return _real_project_bytes(tmp_path_factory.mktemp("real"))


@pytest.mark.parametrize("kind", list(BAD_FILES))
def test_file_that_is_not_a_project_is_refused_by_name_and_left_untouched(
    tmp_path, kind, real_project_bytes
):
    path = tmp_path / f"{kind}.annot"
    BAD_FILES[kind](path, real_project_bytes)
    before = fingerprint(path)
    for readonly in (False, True):
        with pytest.raises(ProjectError) as e:
            Project.open(path, readonly=readonly)
        assert str(path) in str(e.value)
        assert fingerprint(path) == before
    with pytest.raises(ProjectError):
        Project.open_or_create(path)
    assert fingerprint(path) == before
    assert folder_listing(tmp_path) == [path.name]


@pytest.mark.parametrize(
    "kind", ["empty", "truncated-half", "random-bytes", "other-application-sqlite"]
)
def test_cli_refuses_a_bad_project_file_with_a_message_and_exit_status(
    tmp_path, kind, real_project_bytes
):
    path = tmp_path / f"{kind}.annot"
    BAD_FILES[kind](path, real_project_bytes)
    article = tmp_path / "a.txt"
    article.write_text("نص المقال", encoding="utf-8")
    before = fingerprint(path)
    for args in (("export", path), ("stats", path), ("import", path, article)):
        done = run_cli(*args)
        assert done.returncode == 1, args
        assert done.stdout == b""
        assert str(path) in done.stderr.decode()
        assert "Traceback" not in done.stderr.decode()
        assert fingerprint(path) == before


def test_read_only_file_opens_read_only(project_path):
    with Project.create(project_path) as p:
        doc = add_text(p, "نص للقراءة فقط")
    os.chmod(project_path, 0o444)
    before = fingerprint(project_path)
    with Project.open(project_path, readonly=True) as p:
        assert p.document(doc).text == "نص للقراءة فقط"
        with pytest.raises(ReadOnlyProjectError):
            p.add_span(doc, 0, 2, p.labels()[0].id)
    assert fingerprint(project_path)[project_path.name] == before[project_path.name]


@pytest.fixture
def read_only_folder(tmp_path):
    """A folder whose files nobody may write once ``seal()`` is called.

    Root writes through ``chmod 0444``, so as root (here and in CI) the folder is a small
    tmpfs remounted read-only; otherwise the file is chmod 0444.
    """
    folder = tmp_path / "ro"
    folder.mkdir()
    mounted = os.geteuid() == 0
    if mounted:
        subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", folder], check=True)

    def seal(path: Path) -> None:
        if mounted:
            subprocess.run(["mount", "-o", "remount,ro", folder], check=True)
        else:
            os.chmod(path, 0o444)

    yield folder, seal
    if mounted:
        subprocess.run(["umount", "-l", folder], check=False)


def test_read_only_file_is_refused_for_writing_with_a_clear_message(read_only_folder):
    folder, seal = read_only_folder
    project_path = folder / "news.annot"
    Project.create(project_path).close()
    seal(project_path)
    assert not os.access(project_path, os.W_OK)
    before = fingerprint(project_path)
    with pytest.raises(ProjectError, match="read-only") as e:
        Project.open(project_path)
    assert str(project_path) in str(e.value)
    assert fingerprint(project_path) == before


_TRY_OPEN = textwrap.dedent(
    """
    import sys
    from annotator import Project
    try:
        with Project.open(sys.argv[1], readonly=sys.argv[2] == "ro") as p:
            print("opened", p.document_count(), len(p.spans(p.documents()[0].id)))
    except Exception as e:
        print(type(e).__name__, e)
    """
)


def _open_in_another_process(path: Path, mode: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", _TRY_OPEN, str(path), mode],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_second_process_cannot_open_for_writing_but_can_read(project, project_path):
    doc = add_text(project, "قال الوزير إن النمو بلغ ٣٫٥٪")
    project.add_span(doc, 0, 3, project.labels()[0].id)
    out = _open_in_another_process(project_path, "rw")
    assert out.startswith("ProjectLockedError")
    assert str(project_path) in out and "read-only" in out
    assert _open_in_another_process(project_path, "ro") == "opened 1 1"
    # The writer is unaffected and keeps writing; the reader sees it.
    project.add_span(doc, 4, 10, project.labels()[1].id)
    assert _open_in_another_process(project_path, "ro") == "opened 1 2"


def test_second_writer_in_the_same_process_is_refused(project, project_path):
    with pytest.raises(ProjectLockedError):
        Project.open(project_path)
    project.add_label("source", "#0072b2")  # the first writer still works


def test_project_can_be_opened_for_writing_once_the_writer_closes(project_path):
    with Project.create(project_path) as p:
        add_text(p, "نص")
    assert _open_in_another_process(project_path, "rw") == "opened 1 0"


def test_every_action_is_committed_before_it_returns(project, project_path):
    doc = add_text(project, "أعلن المتحدث باسم الوزارة")
    speaker = project.label_by_name("speaker")
    span = project.add_span(doc, 5, 12, speaker.id)
    other = _raw(project_path)
    try:
        row = other.execute(
            "SELECT start, end, label_id FROM spans WHERE id = ?", (span.id,)
        ).fetchone()
        assert row == (5, 12, speaker.id)
        assert other.execute("SELECT status FROM document_state").fetchone()[0] == "in_progress"
        project.set_status(doc, "done")
        assert other.execute("SELECT status FROM document_state").fetchone()[0] == "done"
        project.delete_span(span.id)
        assert other.execute("SELECT count(*) FROM spans").fetchone()[0] == 0
        project.update_label(speaker.id, name="quoted")
        assert (
            other.execute("SELECT name FROM labels WHERE id = ?", (speaker.id,)).fetchone()[0]
            == "quoted"
        )
    finally:
        other.close()


def test_a_crash_right_after_an_action_loses_nothing(project_path):
    with Project.create(project_path) as p:
        doc = add_text(p, "قال المتحدث")
    code = textwrap.dedent(
        f"""
        import os
        from annotator import Project
        p = Project.open({str(project_path)!r})
        p.add_span({doc}, 0, 3, p.label_by_name("speaker").id)
        os._exit(0)  # no close, no checkpoint: like a crash
        """
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)
    with Project.open(project_path) as p:
        [span] = p.spans(doc)
        assert (span.start, span.end, span.label) == (0, 3, "speaker")
        assert p.check() == []


def test_writes_on_a_closed_project_are_refused(project_path):
    p = Project.create(project_path)
    p.close()
    with pytest.raises(ProjectError, match="closed"):
        p.labels()


def test_backup_is_a_verified_openable_copy(project, tmp_path):
    doc = add_text(project, "نص المقال")
    project.add_span(doc, 0, 2, project.labels()[0].id)
    copy = project.backup(tmp_path / "copy.annot")
    with Project.open(copy, readonly=True) as c:
        assert [s.label for s in c.spans(doc)] == ["speaker"]
    with pytest.raises(FileError, match="already exists"):
        project.backup(copy)


def test_check_sees_the_search_index_and_objects_the_app_never_creates(tmp_path):
    path = tmp_path / "p.annot"
    Project.create(path).close()
    conn = sqlite3.connect(path)
    conn.execute("DROP TABLE search_indexed")
    conn.execute("CREATE INDEX spans_by_note ON spans (note)")
    conn.commit()
    conn.close()
    with Project.open(path, readonly=True) as project:
        problems = project.check()
    assert "table search_indexed is missing" in problems
    assert "index spans_by_note is not part of the schema of this version" in problems


def test_a_file_from_before_the_search_index_gets_it_on_its_first_write_open(tmp_path):
    path = tmp_path / "p.annot"
    Project.create(path).close()
    conn = sqlite3.connect(path)
    conn.executescript("DROP TABLE search_indexed; DROP TABLE search_index;")
    conn.close()
    with Project.open(path, readonly=True) as project:
        assert project.check() == []  # an older file opened read-only: nothing is missing
    with Project.open(path) as project:
        assert project.check() == []
    conn = sqlite3.connect(path)
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    conn.close()
    assert {"search_index", "search_indexed"} <= names
