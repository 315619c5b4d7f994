"""Reading commands on a project an older release wrote: the file is upgraded once, as the
app would on opening it, with the old file kept beside it; before, `annotator export` said
"open it for writing once to upgrade it" and named no way to do that."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

from annotator.store import file

from .conftest import run_cli

DATA = Path(__file__).parent / "data"


def test_export_upgrades_an_older_project_once_and_keeps_the_old_file(tmp_path):
    project = tmp_path / "p.annot"
    shutil.copy(DATA / "schema6_release.annot", project)

    done = run_cli("export", project, "-o", tmp_path / "out.jsonl")
    assert done.returncode == 0, done.stderr.decode()
    said = done.stderr.decode()
    assert "upgraded from schema 6" in said and "p.annot.schema6.bak" in said
    backup = sqlite3.connect(tmp_path / "p.annot.schema6.bak")
    assert backup.execute("PRAGMA user_version").fetchone()[0] == 6  # the old file, as it was
    assert backup.execute("SELECT count(*) FROM relations").fetchone()[0] == 1
    backup.close()
    records = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text().splitlines()]
    assert len(records) == 3
    assert sum(len(r["relations"]) for r in records) == 1  # the release's `said` link kept

    again = run_cli("stats", project)
    assert again.returncode == 0 and b"upgraded" not in again.stderr
    assert b"relations  1" in again.stdout


def test_an_older_project_open_elsewhere_is_not_upgraded_and_says_why(tmp_path):
    project = tmp_path / "p.annot"
    shutil.copy(DATA / "schema6_release.annot", project)
    old = project.read_bytes()
    lock = file.FileLock(project)
    assert lock.acquire()  # as the app holding it open would
    try:
        done = run_cli("stats", project)
    finally:
        lock.release()
    said = done.stderr.decode()
    assert done.returncode == 1
    assert "older version (schema 6)" in said and "cannot be upgraded now" in said
    assert "open in another" in said
    assert project.read_bytes() == old
    assert not (tmp_path / "p.annot.schema6.bak").exists()
