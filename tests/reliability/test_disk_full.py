"""The disk fills up, or the filesystem turns read-only, in the middle of a session: the edit
fails with a clear ProjectError, and the file still agrees with what the core and the app show.

Simulated three ways: SQLite's max_page_count; a tiny tmpfs filled up; ext4 on a loop device
turned read-only under the open project (a filesystem error with errors=remount-ro, as a
failing disk does; Linux refuses a plain remount while a file is open for writing).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from annotator import Project, ProjectError, import_paths
from tests.conftest import SEED
from tests.core.conftest import add_text
from tests.ui.app_fixtures import OFFSCREEN_NOISE, settings_files  # noqa: F401

TEXT = "قال المتحدث باسم الوزارة إن النمو في الرياض بلغ ٣٫٥٪ هذا العام " * 40


def _file_spans(path: Path) -> set[tuple]:
    """Spans as a separate read-only connection sees them in the file."""
    conn = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
    try:
        return set(conn.execute("SELECT id, document_id, start, end, label_id FROM spans"))
    finally:
        conn.close()


def _core_spans(project: Project) -> set[tuple]:
    return {
        (s.id, s.document_id, s.start, s.end, s.label_id)
        for d in project.documents()
        for s in project.spans(d.id)
    }


def _tag_until_it_fails(project: Project, doc: int, limit: int = 5000):
    """Tag word after word until a write fails; returns (acknowledged spans, the error)."""
    label = project.labels()[0].id
    acked = set()
    for n in range(limit):
        start = (n * 7) % (len(TEXT) - 10)
        try:
            s = project.add_span(doc, start, start + 3 + n // 1000, label)
        except ProjectError as e:
            return acked, e
        acked.add((s.id, s.document_id, s.start, s.end, s.label_id))
    pytest.fail(f"{limit} tags and the disk is still not full")


def test_max_page_count_reached_fails_clearly_and_file_agrees(tmp_path):
    path = tmp_path / "p.annot"
    with Project.create(path) as project:
        doc = add_text(project, TEXT)
        pages = project._conn.execute("PRAGMA page_count").fetchone()[0]
        project._conn.execute(f"PRAGMA max_page_count = {pages + 2}")
        acked, error = _tag_until_it_fails(project, doc)
        assert "not saved: the disk is full" in str(error) and str(path) in str(error)
        assert acked  # some tags fitted before the limit
        assert _core_spans(project) == _file_spans(path) == acked
        with pytest.raises(ProjectError, match="disk is full"):
            add_text(project, "مقال جديد طويل " * 2000, name="big.txt")
        assert [d.name for d in project.documents()] == ["article.txt"]
        # Room again: work goes on from where it was.
        project._conn.execute("PRAGMA max_page_count = 1073741823")
        project.add_span(doc, 0, 3, project.labels()[1].id)
        assert project.check() == []
    with Project.open(path, readonly=True) as again:
        assert len(again.spans(doc)) == len(acked) + 1


def test_full_tmpfs_fails_clearly_loses_nothing_and_recovers(small_disk):
    disk = small_disk("tmpfs", size_mb=2)
    path = disk.path / "p.annot"
    with Project.create(path) as project:
        doc = add_text(project, TEXT)
        filler = disk.fill(leave=256 * 1024)
        acked, error = _tag_until_it_fails(project, doc)
        assert str(path) in str(error) and "disk is full" in str(error), error
        assert acked  # some tags fitted before the disk filled
        assert _core_spans(project) == _file_spans(path) == acked
        filler.unlink()
        project.add_span(doc, 1, 4, project.labels()[2].id)
        assert project.check() == []
    with Project.open(path, readonly=True) as again:
        assert len(again.spans(doc)) == len(acked) + 1
        assert again.check() == []


def test_filesystem_turning_read_only_mid_session_fails_clearly(small_disk):
    disk = small_disk("ext4", size_mb=8)
    path = disk.path / "p.annot"
    project = Project.create(path)
    try:
        doc = add_text(project, TEXT)
        kept = project.add_span(doc, 0, 3, project.labels()[0].id)
        disk.fail_filesystem()
        with pytest.raises(ProjectError) as e:
            project.add_span(doc, 4, 11, project.labels()[1].id)
        message = str(e.value)
        assert str(path) in message and ("not saved" in message or "cannot save" in message)
        assert "read-only" in message or "disk error" in message, message
        assert [s.id for s in project.spans(doc)] == [kept.id]
        assert {s[0] for s in _file_spans(path)} == {kept.id}
    finally:
        project.close()


# --- the app: after a failed tag, view, undo stack and file agree ---------------------------


def _painted_span_ids(window) -> set[int]:
    text = window.view.text()
    return {i for pos in range(len(text)) for i in window.view.span_ids_at(pos)}


def _agree(window, path: Path) -> set[int]:
    """The span ids the view paints, the span list lists and the file holds: all equal."""
    in_file = {row[0] for row in _file_spans(path)}
    listed = set(window.spans.model.row_ids())
    assert _painted_span_ids(window) == listed == in_file
    return in_file


@OFFSCREEN_NOISE
def test_app_after_a_failed_tag_shows_only_what_the_file_holds(
    qtbot,
    small_disk,
    settings_files,  # noqa: F811
):
    from ui.app import application
    from ui.main_window import MainWindow

    application()
    disk = small_disk("ext4", size_mb=8)
    path = disk.path / "p.annot"
    with Project.create(path) as p:
        import_paths(p, [SEED])
    window = MainWindow(*settings_files())
    qtbot.addWidget(window)
    window.set_project(Project.open(path))
    window.show()
    qtbot.waitExposed(window)
    stack = window.session.undo_stack
    speaker, claim = window.session.labels()[:2]

    window.view.select_range(0, 3)
    first = window.tagger.tag_with(speaker.id)
    assert first is not None and stack.count() == 1
    assert _agree(window, path) == {first.id}

    disk.fail_filesystem()
    with qtbot.waitSignal(window.session.edit_failed) as failed:
        window.view.select_range(10, 20)
        assert window.tagger.tag_with(claim.id) is None
    assert str(path) in failed.args[0]
    assert stack.count() == 1 and stack.index() == 1  # the failed tag is not on the stack
    assert window.save_label.text().startswith("Not saved")
    assert _agree(window, path) == {first.id}

    # Undo cannot delete the span from a read-only file: the span stays on screen, in the
    # file, and its command leaves the stack (nothing claims an edit the file lacks).
    with qtbot.waitSignal(window.session.edit_failed):
        stack.undo()
    assert _agree(window, path) == {first.id}
    assert stack.count() == 0
