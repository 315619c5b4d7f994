"""Opening projects: the default one with the sample article, a locked one read-only."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from annotator.store import Project
from tests.ui.app_fixtures import OFFSCREEN_NOISE
from ui.app import application
from ui.opening import default_project_path, open_project


def _never_asked(title, text):  # pragma: no cover - a failure if called
    raise AssertionError(f"unexpected question: {title}: {text}")


def test_first_run_creates_the_default_project_with_the_sample_article(tmp_path):
    application()
    path = default_project_path()
    assert str(path).startswith(os.environ["XDG_DATA_HOME"])  # the test's private data folder
    assert not path.exists()
    told = []
    project = open_project(None, ask=_never_asked, tell=lambda *a: told.append(a))
    assert told == [] and project is not None
    with project:
        (doc,) = project.documents()
        assert project.document(doc.id).text.startswith("كازاخستان")
    again = open_project(None, ask=_never_asked, tell=lambda *a: told.append(a))
    with again:
        assert again.document_count() == 1  # not seeded twice


def test_the_default_project_appears_whole_sample_included_in_its_own_file(tmp_path):
    """Made under a temporary name and put in place at once: the file alone (a copy made
    before the first edit, or what a crash leaves) already holds the sample article."""
    application()
    project = open_project(None, ask=_never_asked, tell=_never_asked)
    assert project is not None
    with project:
        path = default_project_path()
        assert sorted(p.name for p in path.parent.iterdir() if not p.name.endswith("-shm")) in (
            [path.name],
            [path.name, f"{path.name}-wal"],
        )
        assert not Path(f"{path}-wal").exists() or Path(f"{path}-wal").stat().st_size == 0
        alone = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro&immutable=1", uri=True)
        try:
            (text,) = alone.execute("SELECT text FROM documents").fetchone()
        finally:
            alone.close()
        assert text.startswith("كازاخستان")


def test_the_default_project_lives_in_the_data_folder_named_once():
    application()
    data = os.environ["XDG_DATA_HOME"]
    assert default_project_path() == Path(data) / "annotator" / "default.annot"


def test_a_default_project_from_before_is_still_found_where_it_is():
    application()
    legacy = Path(os.environ["XDG_DATA_HOME"]) / "annotator" / "annotator" / "default.annot"
    legacy.parent.mkdir(parents=True)
    Project.create(legacy).close()
    assert default_project_path() == legacy


def test_settings_still_reach_their_own_file_in_a_private_home(tmp_path_factory):
    from PySide6.QtCore import QSettings

    application()
    settings = QSettings()
    settings.setValue("probe", 1)
    settings.sync()
    assert settings.status() == QSettings.Status.NoError
    # Qt reads the config folder once per process: the first test's private home.
    assert settings.fileName().startswith(str(tmp_path_factory.getbasetemp()))
    assert settings.fileName().endswith("/annotator/annotator.conf")


def test_a_locked_project_is_offered_read_only(tmp_path):
    application()
    path = tmp_path / "busy.annot"
    questions = []
    with Project.create(path):
        project = open_project(
            path, ask=lambda t, q: questions.append(q) or True, tell=_never_asked
        )
        assert project.readonly
        project.close()
        declined = open_project(path, ask=lambda t, q: False, tell=_never_asked)
        assert declined is None
    assert str(path) in questions[0]
    assert questions[0].endswith(".\n\nLook at it now, without changing it?")
    assert "read-only" not in questions[0].split("\n\n")[-1]  # the core's message may say it


def test_a_file_that_is_not_a_project_is_told_and_left_alone(tmp_path):
    application()
    path = tmp_path / "notes.annot"
    path.write_bytes(b"not a database at all")
    told = []
    assert open_project(path, ask=_never_asked, tell=lambda t, m: told.append(m)) is None
    assert len(told) == 1 and str(path) in told[0]
    assert path.read_bytes() == b"not a database at all"


def test_a_named_project_is_created_when_missing(tmp_path):
    application()
    path = tmp_path / "new.annot"
    project = open_project(path, ask=_never_asked, tell=_never_asked)
    with project:
        assert (
            project.document_count() == 0 and [lb.name for lb in project.labels()][0] == "speaker"
        )


def test_a_project_opened_then_unreadable_is_told_not_a_traceback(qtbot, tmp_path, monkeypatch):
    """A crafted file whose article text is not UTF-8 opens, then cannot be read for the
    window: the app said nothing (a traceback on a terminal nobody sees) and did not start."""

    from ui import app as app_module
    from ui import opening

    path = _not_utf8_project(tmp_path / "bad.annot")
    told = []
    monkeypatch.setattr(opening, "dialog_tell", lambda parent: lambda *said: told.append(said))
    application()
    assert app_module._run(str(path), [], False) == 1
    assert [title for title, _ in told] == ["Cannot open the project"], told
    assert "cannot read" in told[0][1], told


@OFFSCREEN_NOISE
def test_a_project_opened_then_unreadable_from_the_file_menu_leaves_the_window_as_it_was(
    open_window, tmp_path, monkeypatch
):
    """File ▸ Open on a crafted file whose article text is not UTF-8: it opens, then its
    list cannot be read. The window had already closed its project and taken the new one,
    with the old title and list, and the error escaped the menu's slot. Now it is told, the
    new file let go, and the window stays on its project."""

    from ui import file_ops

    window = open_window()
    before = window.session.project.path
    titles = window.documents.model.rowCount(), window.windowTitle()
    bad = _not_utf8_project(tmp_path / "bad.annot")
    told = []
    monkeypatch.setattr(file_ops, "dialog_tell", lambda parent: lambda *said: told.append(said))
    assert window.files.open_project_path(str(bad)) is False
    assert [title for title, _ in told] == ["Cannot open the project"], told
    assert "cannot read: a text in the file is not UTF-8" in told[0][1]
    assert "coalesce" not in told[0][1]  # SQLite's own message quoted the query
    assert window.session.project.path == before and not window.session.project.readonly
    assert (window.documents.model.rowCount(), window.windowTitle()) == titles
    with Project.open(bad) as again:  # let go: not locked by this window
        assert again.document_count() == 1


def _not_utf8_project(path: Path) -> Path:
    """A crafted project whose one article's text is not UTF-8 (it opens; reading fails)."""
    import hashlib

    with Project.create(path) as p:
        p.add_documents(
            [{"name": "a.txt", "text": "قال الوزير", "sha256": hashlib.sha256(b"a").hexdigest()}]
        )
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("UPDATE documents SET text = CAST(x'fffe4142c3' AS TEXT)")
    conn.close()
    return path


@OFFSCREEN_NOISE
def test_a_project_whose_claims_cannot_be_read_leaves_the_window_as_it_was(
    open_window, tmp_path, monkeypatch
):
    """With the Claims panel open, File ▸ Open on a crafted file whose list reads but whose
    claim's text is not UTF-8: the claims were read after the switch, and the refusal then
    closed the project the window had just taken (every later action failed). Now they are
    read first too, and the window stays on its own project, usable."""
    from ui import file_ops

    window = open_window()
    before = window.session.project
    window.focus_claims()  # the Claims panel, opened once
    bad = tmp_path / "claims.annot"
    text = "قال الوزير " + "س" * 300 + " XY النهاية"
    with Project.create(bad) as p:
        p.add_documents([{"name": "b.txt", "text": text, "sha256": "2" * 64}])
        (doc,) = [d.id for d in p.documents()]
        at = text.index("XY")
        p.add_span(doc, at, at + 2, next(lb.id for lb in p.labels() if lb.name == "claim"))
    conn = sqlite3.connect(bad)
    with conn:  # 'XY' becomes two bytes that are not UTF-8; the list's 240 first chars read
        conn.execute(
            "UPDATE documents SET text = "
            "CAST(replace(CAST(text AS BLOB), CAST('XY' AS BLOB), x'ffff') AS TEXT)"
        )
    conn.close()
    told = []
    monkeypatch.setattr(file_ops, "dialog_tell", lambda parent: lambda *said: told.append(said))
    assert window.files.open_project_path(str(bad)) is False
    assert [title for title, _ in told] == ["Cannot open the project"], told
    assert window.session.project is before and not before.closed
    assert before.documents()  # still usable
