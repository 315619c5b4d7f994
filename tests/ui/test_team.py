"""Team work in the window: a merged project adjudicated by keyboard; the agreement report."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction

from annotator.curation import GOLD
from annotator.merge import merge_projects
from annotator.store import Project
from tests.core.test_merge import TEXT_A, _project
from tests.ui.app_fixtures import OFFSCREEN_NOISE, press

pytestmark = OFFSCREEN_NOISE


def _merged(tmp_path):
    amal = _project(
        tmp_path / "amal.annot",
        "amal",
        [(TEXT_A, 4, 10, "speaker"), (TEXT_A, 14, 37, "claim"), (TEXT_A, 42, 48, "location")],
    )
    omar = _project(
        tmp_path / "omar.annot",
        "omar",
        [(TEXT_A, 4, 10, "speaker"), (TEXT_A, 11, 37, "claim"), (TEXT_A, 42, 48, "statistic")],
    )
    out = tmp_path / "team.annot"
    merge_projects(out, [amal, omar])
    return out


def _gold(path):
    with Project.open(path, readonly=True) as p:
        doc = next(d for d in p.documents() if p.document(d.id).text == TEXT_A)
        return sorted((s.start, s.end, s.label) for s in p.layer_spans(doc.id).get(GOLD, ()))


def test_disagreements_are_settled_by_keyboard_into_gold_and_undone(qtbot, open_window, tmp_path):
    out = _merged(tmp_path)
    window = open_window(project_path=out)
    doc = next(
        d.id
        for d in window.session.project.documents()
        if window.session.project.document(d.id).text == TEXT_A
    )
    window.open_document(doc)
    press(
        qtbot,
        window,
        Qt.Key.Key_J,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    panel = window.curation
    assert panel.list.hasFocus()
    assert panel.list.count() == 2  # the claim's boundary, the location/statistic label
    assert "2 to decide, 1 identical" in panel.summary.text()

    press(qtbot, window, Qt.Key.Key_2)  # omar's claim: a label key, but not in this list
    assert _gold(out) == [(11, 37, "claim")]
    assert window.session.project.spans(doc)  # still every layer's spans: nothing was tagged
    press(qtbot, window, Qt.Key.Key_B)  # both the location and the statistic
    assert _gold(out) == [(11, 37, "claim"), (42, 48, "location"), (42, 48, "statistic")]
    assert "0 to decide" in panel.summary.text()

    panel.accept_identical.click()
    assert (4, 10, "speaker") in _gold(out)

    press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _gold(out) == [(11, 37, "claim")]
    with Project.open(out, readonly=True) as p:
        assert [d.choice for d in p.decisions(doc)] == ["omar"]


def test_the_agreement_report_shows_every_measure(qtbot, open_window, tmp_path):
    out = _merged(tmp_path)
    window = open_window(project_path=out)
    window.findChild(QAction, "agreement-report").trigger()
    qtbot.waitUntil(lambda: getattr(window.team, "dialog", None) is not None, timeout=20000)
    table = window.team.dialog.table
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headers[:2] == ["All labels", "speaker"]
    assert table.item(0, 1).text() == "1.000"  # exact F1 of speaker: both tagged it alike
    assert table.rowCount() == 5
