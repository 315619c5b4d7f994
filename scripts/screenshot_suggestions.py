"""Screenshot of the real window with suggestions outlined and one selected for triage.

    xvfb-run -a -s "-screen 0 1600x1000x24" python scripts/screenshot_suggestions.py [OUT.png]

Writes OUT.png (default docs/suggestions.png). The sample article with one span already
tagged and the first speaker/claim pair accepted by keyboard (Enter twice: linked, said);
the rules' other suggestions are outlined (dashed, in their label's colour), the one F8
selected is solid, and the status bar counts them by label. Temporary project and settings.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from annotator.importer import import_paths  # noqa: E402
from annotator.paths import seed_articles  # noqa: E402
from annotator.store import Project  # noqa: E402
from ui.app import application  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402
from ui.settings import Preferences, WindowState  # noqa: E402

SPANS = [("روسيا", "location")]


def build_project(folder: Path) -> Path:
    path = folder / "suggestions.annot"
    with Project.create(path) as project:
        (doc_id,) = import_paths(project, seed_articles()).added
        text = project.document(doc_id).text
        labels = {label.name: label.id for label in project.labels()}
        for needle, label in SPANS:
            start = text.index(needle)
            project.add_span(doc_id, start, start + len(needle), labels[label])
    return path


def main(argv: list[str]) -> int:
    os.environ.setdefault("ANNOTATOR_USER", "amal")  # the status bar shows who tags
    out = Path(argv[1]) if len(argv) > 1 else ROOT / "docs" / "suggestions.png"
    app = application()
    with tempfile.TemporaryDirectory(prefix="annotator-screenshot-") as tmp:
        folder = Path(tmp)
        prefs = Preferences(QSettings(str(folder / "prefs.ini"), QSettings.Format.IniFormat))
        state = WindowState(QSettings(str(folder / "state.ini"), QSettings.Format.IniFormat))
        window = MainWindow(prefs, state)
        window.set_project(Project.open(build_project(folder)))
        window.resize(1500, 920)
        window.show()
        shots: list[Path] = []

        def play() -> None:
            if not window.suggestions.pending:
                QTimer.singleShot(50, play)  # the rules run on a pool thread
                return
            triage, text = window.suggestions, window.view.text()
            for needle, label in (("رئيس كازاخستان قاسم", "speaker"), ("بلاده نجت", "claim")):
                window.view.select_range(text.index(needle), text.index(needle))
                for _ in range(len(triage.pending)):
                    triage.next()
                    s = triage.pending[triage.current]
                    if (s.start, s.label) == (text.index(needle), label):
                        triage.accept()  # Enter
                        break
            window.view.select_range(text.index("2030"), text.index("2030"))
            triage.next()
            window.view.verticalScrollBar().setValue(0)
            QTimer.singleShot(300, grab)

        def grab() -> None:
            out.parent.mkdir(parents=True, exist_ok=True)
            window.grab().save(str(out))
            shots.append(out)
            window.close()
            app.quit()

        QTimer.singleShot(300, play)
        app.exec()
    for shot in shots:
        print(shot)
    return 0 if shots else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
