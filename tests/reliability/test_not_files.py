"""A named pipe, socket or device where a project or an article is expected is refused at
once: reading a pipe waits for a writer for ever, so `annotator stats pipe.annot` (or File ▸
Open project on one) hung."""

from __future__ import annotations

import os

from tests.core.conftest import run_cli


def test_a_named_pipe_is_refused_as_a_project(tmp_path):
    pipe = tmp_path / "gift.annot"
    os.mkfifo(pipe)
    done = run_cli("stats", pipe)  # hung before (run_cli gives up after 120 s)
    err = done.stderr.decode()
    assert done.returncode == 1 and "is not a file (a pipe, socket or device)" in err, err


def test_a_named_pipe_is_refused_as_an_article_and_in_a_folder(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    folder = tmp_path / "folder"
    folder.mkdir()
    os.mkfifo(folder / "a.txt")
    for what in (tmp_path / "pipe.txt", folder):
        done = run_cli("import", tmp_path / "p.annot", what)
        err = done.stderr.decode()
        assert done.returncode == 1 and "is not a file (a pipe, socket or device)" in err, err
