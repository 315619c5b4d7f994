"""Reading a project we cannot write leaves nothing beside it."""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest

from annotator import Project
from tests.core.conftest import add_text


@pytest.fixture
def unwritable(tmp_path):
    """A closed project that this process cannot write (immutable for root, 0444 otherwise)."""
    path = tmp_path / "ro.annot"
    with Project.create(path) as p:
        doc = add_text(p, "قال الرئيس إن 2030 عام")
        p.add_span(doc, 0, 3, p.label_by_name("speaker").id)
    if os.geteuid() == 0:
        if not shutil.which("chattr") or subprocess.run(["chattr", "+i", path]).returncode:
            pytest.fail("root needs chattr +i (e2fsprogs) on this filesystem for this test")
    else:
        path.chmod(0o444)
    assert not os.access(path, os.W_OK)
    yield path
    if os.geteuid() == 0:
        subprocess.run(["chattr", "-i", path], check=True)


def test_reading_an_unwritable_project_leaves_no_wal_files(unwritable):
    before = sorted(p.name for p in unwritable.parent.iterdir())
    with Project.open(unwritable, readonly=True) as p:
        assert [s.label for s in p.spans(p.documents()[0].id)] == ["speaker"]
    assert sorted(p.name for p in unwritable.parent.iterdir()) == before == ["ro.annot"]
