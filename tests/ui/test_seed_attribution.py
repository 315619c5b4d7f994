"""Keyboard only, on the sample article: every claim attributed to توكاييف or كارين, with two
key presses (R, Enter) per link after tagging the claim."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from annotator.claims import claims_of
from tests.ui.app_fixtures import OFFSCREEN_NOISE, export_records, type_text
from tests.ui.seed_attribution import EXPECTED, STEPS, key_presses

pytestmark = OFFSCREEN_NOISE


def run_steps(qtbot, window, steps=STEPS) -> None:
    """Play the steps with key events on whichever widget has the focus, as a user types."""
    for kind, value in steps:
        if kind == "find":
            qtbot.keyClick(window.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
            edit = QApplication.focusWidget()
            assert edit is window.find_bar.edit
            type_text(edit, value)
            qtbot.keyClick(edit, Qt.Key.Key_Escape)
            continue
        for key in value.split():
            combo = QKeySequence(key)[0]
            qtbot.keyClick(QApplication.focusWidget(), combo.key(), combo.keyboardModifiers())


def test_the_sample_article_is_attributed_by_keyboard_alone(qtbot, open_window, tmp_path):
    window = open_window()
    run_steps(qtbot, window)
    [record] = export_records(qtbot, window, tmp_path)
    rows = claims_of(record)
    got = {next(k for k in EXPECTED if row["claim"].startswith(k)): row for row in rows}
    assert set(got) == set(EXPECTED)
    for claim, speaker in EXPECTED.items():  # «قاسم جومارت توكاييف», «إيرلان كارين» or the name
        [said] = got[claim]["speakers"]
        assert said.endswith(speaker), (claim, said)
    assert got["بلاده نجت"]["quote_type"] == "indirect"
    assert got["المسلحين"]["quote_type"] == "direct"
    assert got["واجهت"]["quote_type"] == "mixed" and got["واجهت"]["source_types"] == ["official"]
    presses = key_presses()
    assert presses["link"] == 2 * len(EXPECTED)  # R, Enter per claim
    # The Claims panel lists them in reading order; Enter on a row opens that claim.
    window.focus_claims()
    table = window.claims.table
    assert window.claims.model.rowCount() == len(EXPECTED)
    assert [window.claims.model.row(i).speakers[0][-5:] for i in range(len(EXPECTED))] == [
        s[-5:] for s in EXPECTED.values()
    ]
    table.setCurrentIndex(window.claims.model.index(4, 0))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    current = window.tagger.current_span()
    assert window.view.text()[current.start :].startswith("واجهت")
    assert window.view.hasFocus()
