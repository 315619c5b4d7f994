"""Commands that write a file (export, backup) never destroy a project or another database,
take a backup destination as a path (never an SQLite URI), and a killed export or backup
leaves nothing under the target's name and no temporary file after the next run."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from annotator import FileError, Project
from annotator.formats import export_to_path
from tests.conftest import ROOT
from tests.core.conftest import add_text, fingerprint, run_cli

ARTICLE = "قال المتحدث باسم الوزارة إن النمو في الرياض بلغ ٣٫٥٪ هذا العام"


def _project(path: Path) -> int:
    with Project.create(path) as p:
        doc = add_text(p, ARTICLE)
        p.add_span(doc, 0, 3, p.labels()[0].id)
    return doc


def test_export_refuses_to_replace_another_project_even_one_open_in_the_app(tmp_path):
    ours, victim = tmp_path / "ours.annot", tmp_path / "victim.annot"
    _project(ours)
    doc = _project(victim)
    with Project.open(victim) as held:  # open in the app meanwhile
        before = fingerprint(victim)
        done = run_cli("export", ours, "-o", victim)
        err = done.stderr.decode()
        assert done.returncode == 1 and "is an SQLite database" in err and str(victim) in err
        assert "Traceback" not in err
        assert fingerprint(victim) == before
        assert [s.start for s in held.spans(doc)] == [0]  # still a project, still saving
        held.add_span(doc, 4, 7, held.labels()[1].id)


@pytest.mark.parametrize("suffix", ["-wal", "-journal"])
def test_export_refuses_a_databases_companion_file(tmp_path, suffix):
    ours = tmp_path / "ours.annot"
    _project(ours)
    other = tmp_path / "other.annot"
    _project(other)
    with Project.open(ours, readonly=True) as p, pytest.raises(FileError, match="belongs to"):
        export_to_path(p, tmp_path / f"other.annot{suffix}")


def test_export_through_a_link_to_a_project_is_refused(tmp_path):
    ours, victim = tmp_path / "ours.annot", tmp_path / "victim.annot"
    _project(ours)
    _project(victim)
    link = tmp_path / "innocent.jsonl"
    link.symlink_to(victim)
    before = fingerprint(victim)
    with Project.open(ours, readonly=True) as p, pytest.raises(FileError, match="SQLite"):
        export_to_path(p, link)
    assert fingerprint(victim) == before


@pytest.mark.parametrize("name", ["file:x?mode=memory", "file:victim.annot"])
def test_a_backup_destination_is_a_path_not_an_sqlite_uri(tmp_path, monkeypatch, name):
    ours, victim = tmp_path / "ours.annot", tmp_path / "victim.annot"
    doc = _project(ours)
    _project(victim)
    before = fingerprint(victim)
    monkeypatch.chdir(tmp_path)
    done = run_cli("backup", ours, name, cwd=tmp_path)
    assert done.returncode == 0, done.stderr.decode()
    assert fingerprint(victim) == before
    with Project.open(tmp_path / name, readonly=True) as copy:  # the file of that very name
        assert [s.start for s in copy.spans(doc)] == [0]


def _run_killed(code: str) -> None:
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)], cwd=ROOT, timeout=60, capture_output=True
    )
    assert done.returncode == 9, done.stderr.decode()


def test_a_killed_backup_leaves_nothing_under_its_name_and_a_retry_works(tmp_path):
    ours, dest = tmp_path / "ours.annot", tmp_path / "copy.annot"
    doc = _project(ours)
    _run_killed(
        f"""
        import os
        from annotator import Project
        from annotator.store import schema
        schema.new_identity = lambda conn: os._exit(9)  # killed once the pages are copied
        Project.open({str(ours)!r}).backup({str(dest)!r})
        """
    )
    assert not dest.exists()
    assert list(tmp_path.glob(".copy.annot.*"))  # the partial copy, under a temporary name
    with Project.open(ours) as p:
        p.backup(dest)
    assert not list(tmp_path.glob(".copy.annot.*"))  # cleaned by the next run
    with Project.open(dest, readonly=True) as copy:
        assert [s.start for s in copy.spans(doc)] == [0]


def test_a_killed_export_leaves_no_file_and_its_temporary_is_cleaned_next_time(tmp_path):
    ours, out = tmp_path / "ours.annot", tmp_path / "out.jsonl"
    _project(ours)
    _run_killed(
        f"""
        import os
        from annotator import Project, formats
        def dies(project, stream, *args, **kwargs):
            stream.write(b'{{"partial": ')
            stream.flush()
            os._exit(9)
        formats.export = dies
        formats.export_to_path(Project.open({str(ours)!r}, readonly=True), {str(out)!r})
        """
    )
    assert not out.exists()
    assert list(tmp_path.glob(".out.jsonl.*"))
    done = run_cli("export", ours, "-o", out)
    assert done.returncode == 0, done.stderr.decode()
    assert not list(tmp_path.glob(".out.jsonl.*"))
    assert out.read_bytes().count(b"\n") == 1
