"""A second instance on the same project: a clear refusal or a read-only view, never a second
writer. The core's refusal between processes is in tests/core/test_project_file.py; here the
CLI, a second window in the same app, and a second app process.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

import pytest

from annotator import Project, ProjectLockedError
from annotator.display import FSI, PDI
from tests.conftest import ROOT
from tests.core.conftest import add_text, fingerprint, run_cli
from tests.ui.app_fixtures import OFFSCREEN_NOISE, open_window, settings_files  # noqa: F401

TEXT = "قال المتحدث باسم الوزارة إن النمو في الرياض بلغ ٣٫٥٪"


@pytest.fixture
def held(tmp_path):
    """A project held open for writing by this process (as the app holds it)."""
    path = tmp_path / "shared.annot"
    project = Project.create(path)
    doc = add_text(project, TEXT)
    project.add_span(doc, 0, 3, project.label_by_name("speaker").id)
    yield path, project, doc
    project.close()


def test_cli_writers_are_refused_while_the_project_is_open_and_readers_work(held, tmp_path):
    path, project, doc = held
    article = tmp_path / "a.txt"
    article.write_text("نص آخر", encoding="utf-8")
    for args in (("import", path, article), ("labels", path, "add", "source")):
        done = run_cli(*args)
        err = done.stderr.decode()
        assert done.returncode == 1, err
        assert str(path) in err and "open in another" in err and "read-only" in err
        assert "Traceback" not in err
    # Readers work meanwhile and see every committed tag, including the newest.
    project.add_span(doc, 4, 11, project.label_by_name("claim").id)
    done = run_cli("export", path)
    assert done.returncode == 0, done.stderr.decode()
    [record] = [json.loads(line) for line in done.stdout.decode().splitlines()]
    assert [(s["start"], s["end"]) for s in record["spans"]] == [(0, 3), (4, 11)]
    assert run_cli("stats", path).returncode == 0
    # The writer was not disturbed.
    project.add_span(doc, 12, 18, project.label_by_name("location").id)
    assert project.check() == []


@OFFSCREEN_NOISE
def test_second_window_on_the_same_project_gets_a_read_only_view(
    qtbot,
    tmp_path,
    open_window,  # noqa: F811
    settings_files,  # noqa: F811
    told,  # noqa: F811
):
    from ui.main_window import MainWindow

    first = open_window()
    path = first.session.project.path
    second = MainWindow(*settings_files())
    qtbot.addWidget(second)

    told.answer = False  # "Project in use: open it read-only?" No
    assert second.files.open_project_path(str(path)) is False
    assert second.session is None
    [(title, question)] = told.asked
    assert title == "Project in use" and str(path) in question

    told.answer = True  # Yes: a read-only view
    assert second.files.open_project_path(str(path)) is True
    assert second.session.readonly and "(read-only)" in second.windowTitle()
    assert second.save_label.text().startswith("Read-only")
    before = fingerprint(path)
    second.view.select_range(0, 3)
    assert second.tagger.tag_with(second.session.labels()[0].id) is None
    assert second.session.undo_stack.count() == 0
    assert fingerprint(path)[path.name] == before[path.name]
    # The first window is still the one writer.
    first.view.select_range(0, 3)
    assert first.tagger.tag_with(first.session.labels()[0].id) is not None
    with pytest.raises(ProjectLockedError):
        Project.open(path)
    assert told == []  # nothing was reported as an error


_SECOND_APP = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox
    from ui import app
    from ui.main_window import MainWindow

    answer = sys.argv[2]

    def fake_exec(box):  # the "Project in use" question, answered from the command line
        print("DIALOG", box.windowTitle(), "|", box.text().replace("\\n", " "), flush=True)
        yes = answer == "yes"
        return QMessageBox.StandardButton.Yes if yes else QMessageBox.StandardButton.No

    QMessageBox.exec = fake_exec

    def inspect():
        [window] = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        print("TITLE", window.windowTitle(), flush=True)
        window.view.select_range(0, 3)
        span = window.tagger.tag_with(window.session.labels()[1].id)
        print("TAGGED", span is not None, flush=True)
        window.close()
        QApplication.quit()

    QTimer.singleShot(0, inspect)
    sys.exit(app.run(sys.argv[1]))
    """
)


@pytest.mark.parametrize("answer", ["no", "yes"])
def test_second_app_process_is_refused_or_read_only(held, answer):
    path, _project, _doc = held
    before = fingerprint(path)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", _SECOND_APP, str(path), answer],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
        env=env,
    )
    out = done.stdout
    assert "DIALOG Project in use |" in out and "open in another" in out, done.stderr
    if answer == "no":
        assert done.returncode == 1
        assert "TITLE" not in out
    else:
        assert done.returncode == 0, done.stderr
        assert f"TITLE {FSI}shared.annot{PDI} (read-only)" in out
        assert "TAGGED False" in out
    assert fingerprint(path)[path.name] == before[path.name]
