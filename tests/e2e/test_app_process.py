"""The desktop app as a separate process (offscreen), checking itself with ``--self-test``."""

from __future__ import annotations

import json
import os
from pathlib import Path

from annotator.store import Project
from tests.e2e.python_run import run_python


def _spans(path: Path) -> list[tuple[str, str]]:
    with Project.open(path, readonly=True) as project:
        (doc,) = project.documents()
        text = project.document(doc.id).text
        return sorted((s.label, text[s.start : s.end]) for s in project.spans(doc.id))


def test_self_test_tags_through_key_events_and_exports(tmp_path):
    project = tmp_path / "e2e.annot"
    result = run_python(["-m", "ui", "--self-test", str(project)])
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["ok"] is True
    assert [(s["label"], s["text"]) for s in report["spans"]] == [
        ("speaker", "كازاخستان"),
        ("claim", "و"),
    ]
    # A web page, a Word document and a PDF were imported (into a project of their own).
    assert [f["file"].rsplit(".", 1)[1] for f in report["formats"]] == ["html", "docx", "pdf"]
    # The project file, read by another process after the app exited, holds both spans.
    assert _spans(project) == [("claim", "و"), ("speaker", "كازاخستان")]
    with Project.open(project, readonly=True) as p:
        assert p.check() == []


def test_the_annotator_command_runs_the_self_test_from_the_environment(tmp_path):
    project = tmp_path / "cli.annot"
    result = run_python(["-m", "annotator", "gui", str(project)], ANNOTATOR_SELF_TEST="1")
    assert result.returncode == 0, result.stderr
    assert _spans(project) == [("claim", "و"), ("speaker", "كازاخستان")]


def test_a_second_self_test_run_on_the_same_project_still_passes(tmp_path):
    project = tmp_path / "twice.annot"
    assert run_python(["-m", "ui", "--self-test", str(project)]).returncode == 0
    result = run_python(["-m", "ui", "--self-test", str(project)])
    assert result.returncode == 0, result.stderr
    assert _spans(project) == [("claim", "و"), ("speaker", "كازاخستان")]  # nothing doubled


def test_self_test_without_a_project_leaves_the_data_folder_alone(tmp_path):
    result = run_python(["-m", "ui", "--self-test"])
    assert result.returncode == 0, result.stderr
    data = Path(os.environ["XDG_DATA_HOME"])
    assert not list(data.rglob("*.annot"))


def test_self_test_reports_a_project_it_cannot_open(tmp_path):
    bad = tmp_path / "bad.annot"
    bad.write_bytes(b"not a project")
    result = run_python(["-m", "ui", "--self-test", str(bad)])
    assert result.returncode == 1
    assert str(bad) in result.stderr
