"""Screenshot of the real window with the sample article and spans of all four labels.

    xvfb-run -a -s "-screen 0 1600x1000x24" python scripts/screenshot.py [OUT.png]
    ANNOTATOR_LANGUAGE=ar xvfb-run ... scripts/screenshot.py docs/screenshot-ar.png

Writes OUT.png (default docs/screenshot.png) and, when OUT is elsewhere and the interface is
English, docs/screenshot.png too. ANNOTATOR_LANGUAGE picks the interface language (ar, en),
ANNOTATOR_THEME the theme (light, dark, high-contrast).
Uses a temporary project and temporary settings: nothing of the user's is touched.
Spans: a claim holding a location (nested), speakers holding a location, statistics, one of
which starts mid-word (after the conjunction و).
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
from ui import i18n, theme  # noqa: E402
from ui.app import application  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402
from ui.settings import Preferences, WindowState  # noqa: E402

#: (text to find, which occurrence, label, characters to skip at the start)
SPANS = [
    ("رئيس كازاخستان قاسم جومارت توكاييف", 0, "speaker", 0),
    ("كازاخستان", 1, "location", 0),
    ("روسيا", 0, "location", 0),
    ("2030 جندياً", 0, "statistic", 0),
    ("و250", 0, "statistic", 1),  # starts mid-word: after the conjunction و
    (
        "المسلحين تخلوا عن خطط الاستيلاء على القصر الرئاسي بعد علمهم بوصول قوات معاهدة منظمة "
        "الأمن الجماعي",
        0,
        "claim",
        0,
    ),
    ("القصر الرئاسي", 0, "location", 0),
    ("توكاييف", 2, "speaker", 0),
    ("3 طائرات نقل عسكرية", 0, "statistic", 0),
]


def _find(text: str, needle: str, nth: int) -> int:
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return start


def build_project(folder: Path) -> Path:
    path = folder / "screenshot.annot"
    with Project.create(path) as project:
        (doc_id,) = import_paths(project, seed_articles()).added
        text = project.document(doc_id).text
        labels = {label.name: label.id for label in project.labels()}
        for needle, nth, label, skip in SPANS:
            start = _find(text, needle, nth)
            project.add_span(doc_id, start + skip, start + len(needle), labels[label])
    return path


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else ROOT / "docs" / "screenshot.png"
    language = os.environ.get("ANNOTATOR_LANGUAGE", "en")
    app = application()
    i18n.install(language)
    theme.apply(os.environ.get("ANNOTATOR_THEME", "light"))
    with tempfile.TemporaryDirectory(prefix="annotator-screenshot-") as tmp:
        folder = Path(tmp)
        prefs = Preferences(QSettings(str(folder / "prefs.ini"), QSettings.Format.IniFormat))
        state = WindowState(QSettings(str(folder / "state.ini"), QSettings.Format.IniFormat))
        window = MainWindow(prefs, state)
        window.set_project(Project.open(build_project(folder)))
        window.resize(1500, 920)
        window.show()
        claim = next(s for s in window.tagger.spans if s.label == "claim")
        window.tagger.set_current_span(claim.id)
        window.view.verticalScrollBar().setValue(0)
        shots: list[Path] = []

        def grab() -> None:
            image = window.grab()
            english = language == "en" and theme.current().name == "light"
            for target in {out, ROOT / "docs" / "screenshot.png"} if english else {out}:
                target.parent.mkdir(parents=True, exist_ok=True)
                image.save(str(target))
                shots.append(target)
            window.close()
            app.quit()

        QTimer.singleShot(500, grab)  # let the window be laid out and painted once
        app.exec()
    for shot in shots:
        print(shot)
    return 0 if shots else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
