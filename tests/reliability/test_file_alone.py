"""The .annot file alone is the project: copied while it is open (its -wal left behind), it
opens as a project and holds what was checkpointed. qa2 copied a new project mid-session and got
"an SQLite database of another application": everything was still in the -wal."""

from __future__ import annotations

import shutil

from annotator.records import sha256_text
from annotator.store import Project

TEXT = "قال الوزير إن 3 طائرات وصلت"


def test_a_new_project_copied_without_its_wal_is_a_project(tmp_path):
    with Project.create(tmp_path / "p.annot") as project:
        shutil.copyfile(project.path, tmp_path / "copy.annot")  # while open
        labels = [label.name for label in project.labels()]
    with Project.open(tmp_path / "copy.annot", readonly=True) as copy:
        assert [label.name for label in copy.labels()] == labels


def test_after_a_checkpoint_the_file_alone_holds_every_edit(tmp_path):
    with Project.create(tmp_path / "p.annot") as project:
        project.add_documents([{"name": "a.txt", "text": TEXT, "sha256": sha256_text(TEXT)}])
        (doc,) = project.documents()
        label = project.labels()[0]
        project.add_span(doc.id, 0, 3, label.id)
        assert project.checkpoint() is True
        shutil.copyfile(project.path, tmp_path / "copy.annot")
    with Project.open(tmp_path / "copy.annot", readonly=True) as copy:
        (doc,) = copy.documents()
        assert [(s.start, s.end) for s in copy.spans(doc.id)] == [(0, 3)]


def test_a_read_only_project_is_not_checkpointed(tmp_path):
    Project.create(tmp_path / "p.annot").close()
    with Project.open(tmp_path / "p.annot", readonly=True) as project:
        assert project.checkpoint() is False
