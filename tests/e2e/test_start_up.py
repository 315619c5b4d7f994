"""Start-up stays light: what the first paint of the article does not need is not imported,
built or written before it (the cold-start budget in bench/ counts every module)."""

from __future__ import annotations

import json
from pathlib import Path

from annotator.store import Project
from tests.e2e.python_run import run_python


def run_probe(code: str, path: Path, home: Path | None = None) -> dict:
    """Run ``code`` in a fresh interpreter (offscreen, with ``home`` as its home when given)
    on ``path``; the JSON report on its last line."""
    homes = {}
    if home is not None:
        homes = {
            "HOME": str(home),
            "XDG_CONFIG_HOME": str(home / ".config"),
            "XDG_DATA_HOME": str(home / ".local/share"),
        }
    result = run_python(["-c", code, str(path)], **homes)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


#: Modules only a later action needs: dialogs, the find bar, file and background work; uuid
#: (and the platform module it loads) only to create a project, not to open one; curation
#: (adjudication) only in a merged project; what an import or a search hands back
#: (``annotator.outcomes``); decoding an article file and its import warnings.
LATER = [
    "ui.label_editor",
    "ui.cheatsheet",
    "ui.find_bar",
    "ui.file_ops",
    "ui.workers",
    "ui.name_dialog",
    "ui.preferences",
    "uuid",
    "platform",
    "annotator.curation",
    "annotator.outcomes",
    "annotator.text.decoding",
    "annotator.text.forms",
]

PROBE = """
import json, sys
from PySide6.QtCore import QTimer
from ui.app import application
from ui.main_window import MainWindow
from annotator.store import Project

app = application()
window = MainWindow()
window.set_project(Project.open_or_create(sys.argv[1]))
window.show()
before = {
    "modules": sorted(m for m in sys.modules if m in %(later)r),
    "recent": window.prefs.get("projects/recent"),
    # what an import or a search hands back: made by the first import or search, not before
    "outcomes": sorted(
        name
        for name in ("ImportResult", "SearchHit", "Skip", "SkipKind")
        if name in vars(sys.modules["annotator.model"])
        or name in vars(sys.modules.get("annotator.outcomes", sys))
    ),
}
window.after_first_paint(lambda: QTimer.singleShot(0, app.quit))
app.exec()
after = {"recent": window.prefs.get("projects/recent"), "find": window.find_bar is not None}
print(json.dumps({"before": before, "after": after}))
window.close()
"""


def test_first_paint_waits_for_nothing_it_does_not_show(tmp_path):
    project = tmp_path / "start.annot"
    Project.create(project).close()  # a later start: the project is there
    report = run_probe(PROBE % {"later": LATER}, project, tmp_path / "home")
    assert report["before"]["modules"] == []
    assert report["before"]["outcomes"] == []
    assert report["before"]["recent"] == []  # written after the first paint …
    assert report["after"]["recent"] == [str(project)]  # … and written then
    assert report["after"]["find"]  # and what was left out is built when asked for


#: Qt classes the first frame of an Arabic article does not need. PySide6 creates a class's
#: Python type (and its enums) the first time Python meets it: QTextBlockFormat brings
#: QTextFormat's ~150 enum values.
LATER_QT = {
    "PySide6.QtGui": ["QTextBlockFormat", "QTextFormat"],
    # a QWidget handed to Python whose class PySide6 has to find: every widget class's type
    "PySide6.QtWidgets": ["QCalendarWidget", "QWizard", "QMdiArea"],
}
#: Modules the first frame of an article does not need (beside ``LATER``): what an action is
#: (``ui.actions.spec``; the actions are built right after the first frame, the menus'
#: titles, from ``ui.actions.menus``, before it). A project with no article builds its
#: actions at once: its hint names the import key.
LATER_WITH_ARTICLE = [*LATER, "ui.actions.spec"]

ARTICLE_PROBE = """
import json, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from ui.app import application
from ui.main_window import MainWindow
from annotator.store import Project

app = application()
window = MainWindow()
window.set_project(Project.open(sys.argv[1]))
window.show()


def first_frame():  # the first paint is done; what the window does after it is not yet
    made = {
        name: sorted(c for c in classes if c in sys.modules[name].__dict__)
        for name, classes in %(later)r.items()
    }
    modules = sorted(m for m in sys.modules if m in %(modules)r)
    text = window.view.toPlainText()[:200]
    print(json.dumps({"made": made, "modules": modules, "text": text}))
    QTimer.singleShot(0, app.quit)


class FirstPaint(QObject):  # filters before the window's own filter (installed later)
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, first_frame)  # before the window's work after its first paint
        return False


watch = FirstPaint()
window.view.viewport().installEventFilter(watch)
app.exec()
window.close()
"""


def test_first_paint_of_an_arabic_article_makes_no_text_format_and_no_action(tmp_path):
    from annotator.importer import import_paths
    from annotator.paths import seed_articles

    project_path = tmp_path / "seed.annot"
    with Project.create(project_path) as project:
        import_paths(project, seed_articles())
        seed = project.document(project.documents()[0].id).text
    code = ARTICLE_PROBE % {"later": LATER_QT, "modules": LATER_WITH_ARTICLE}
    report = run_probe(code, project_path, tmp_path / "home")
    assert report["text"] and seed.startswith(report["text"][:50])  # the article was painted
    assert report["made"] == {name: [] for name in LATER_QT}
    assert report["modules"] == []


FIRST_RUN_PROBE = """
import json, sys
from annotator.importer import import_paths
from annotator.paths import seed_articles
from annotator.store import Project

with Project.create(sys.argv[1]) as project:
    import_paths(project, seed_articles())
    names = [d.name for d in project.documents()]
print(json.dumps({"names": names, "modules": sorted(m for m in sys.modules if m in %(later)r)}))
"""

#: What a first run's project and sample article do not need: the extractors' front (web
#: pages, Word, PDF), the records files' readers and orjson, uuid and the platform module.
LATER_ON_FIRST_RUN = [
    "annotator.extract",
    "annotator.records",
    "annotator.record_files",
    "annotator.strict_json",
    "orjson",
    "uuid",
    "platform",
]


def test_a_first_run_creates_its_project_and_imports_the_sample_with_little(tmp_path):
    project = tmp_path / "default.annot"
    report = run_probe(FIRST_RUN_PROBE % {"later": LATER_ON_FIRST_RUN}, project)
    assert report["names"]  # the sample is in the project
    assert report["modules"] == []


def test_a_new_project_is_identified_by_a_random_version_4_uuid(tmp_path):
    import sqlite3
    import uuid

    ids = []
    for name in ("a.annot", "b.annot"):
        Project.create(tmp_path / name).close()
        with sqlite3.connect(tmp_path / name) as conn:
            (value,) = conn.execute("SELECT value FROM project_info WHERE key = 'uuid'").fetchone()
        parsed = uuid.UUID(value)
        assert (str(parsed), parsed.version, parsed.variant) == (value, 4, uuid.RFC_4122)
        ids.append(value)
    assert ids[0] != ids[1]
