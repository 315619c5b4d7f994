"""Names from a project someone else made are shown safely in the real app: a name inside a
sentence (status bar, dialog, menu, window title) is isolated (FSI … PDI) so it cannot reorder
the sentence around it; a cell holding a name alone is already its own paragraph; everywhere a
bidi control, zero-width or control character in it is shown (``<RLO>``, ``<ZWSP>``,
``<U+001B>``).

``invoice`` + RLO + ``gpj.exe.txt`` would otherwise be listed as "invoicetxt.exe.jpg", and a
name holding ESC, BEL or a newline would forge a row or reach the window title raw.
"""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from annotator import Project
from annotator.display import FSI, PDI
from tests.core.conftest import add_text
from tests.ui.app_fixtures import OFFSCREEN_NOISE, open_window, settings_files  # noqa: F401

TEXT = "قال المتحدث باسم الوزارة إن النمو في الرياض بلغ"
EVIL = "invoice\u202egpj.exe.txt"
TERMINAL = "ok\x1b]0;pwned\x07\nfake row"
HIDDEN = "spea\u200bker"
RAW = ("\u202e", "\x1b", "\x07", "\n", "\u200b")


def _visible(text: str, *shown: str) -> None:
    """A cell holding a name alone: a paragraph of its own, so no isolate is needed."""
    assert not any(ch in text for ch in RAW + (FSI, PDI)), repr(text)
    for part in shown:
        assert part in text, (part, text)


def _isolated_and_visible(text: str, *shown: str) -> None:
    assert text.startswith(FSI) and text.endswith(PDI), repr(text)
    assert not any(ch in text for ch in RAW), repr(text)
    for part in shown:
        assert part in text, (part, text)


def _cells(model, column=0):
    return [model.index(r, column).data() for r in range(model.rowCount())]


@OFFSCREEN_NOISE
def test_hostile_names_are_isolated_and_visible_in_the_app(qtbot, tmp_path, open_window):  # noqa: F811
    path = tmp_path / "shared\u202elonnA.annot"
    with Project.create(path) as p:
        doc = add_text(p, TEXT, name=EVIL)
        add_text(p, TEXT + " هذا العام", name="ignored")
        p.annotator = TERMINAL
        claim = p.add_span(doc, 0, 3, p.label_by_name("claim").id)
        speaker = p.add_span(doc, 4, 11, p.label_by_name("speaker").id)
        p.add_relation(claim.id, speaker.id, "said")
    with sqlite3.connect(path) as conn:  # what another program could have written
        conn.execute("UPDATE labels SET name = ? WHERE name = 'speaker'", (EVIL,))
        conn.execute("UPDATE labels SET name = ? WHERE name = 'location'", (HIDDEN,))
        conn.execute(
            "UPDATE documents SET meta = json_object('title', ?) WHERE id = 2", (TERMINAL,)
        )
    conn.close()
    window = open_window(project_path=path)
    window.open_document(doc)

    titles = _cells(window.documents.model)
    _visible(titles[1], "ok<U+001B>]0;pwned<U+0007>")  # its first line
    tooltip = window.documents.model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "invoice&lt;RLO&gt;gpj.exe.txt" in tooltip and "\u202e" not in tooltip

    legend = _cells(window.legend.model)
    _visible(legend[0], "invoice<RLO>gpj.exe.txt")
    _visible(legend[2], "spea<ZWSP>ker")
    labels = _cells(window.spans.model)
    assert any("invoice<RLO>gpj.exe.txt" in cell for cell in labels)
    for cell in labels:
        _visible(cell)

    _isolated_and_visible(window.windowTitle().split(" — ")[0], "shared<RLO>lonnA.annot")
    assert "\u202e" not in window.path_label.text()

    # Menus: the Tag menu names each label.
    tag = window.actions[f"tag-label-{window.session.project.label_by_name(EVIL).id}"]
    assert "invoice<RLO>gpj.exe.txt" in tag.text() and "\u202e" not in tag.text()

    # The status bar: moving to a span says its label and quote.
    window.tagger.next_span()
    window.tagger.next_span()
    message = window.statusBar().currentMessage()
    assert f"{FSI}invoice<RLO>gpj.exe.txt{PDI}: “{FSI}المتحدث{PDI}”" == message

    # A message that quotes a raw path (a core error) reaches the status bar and a dialog
    # with its controls shown.
    window.statusBar().showMessage(f"cannot read {EVIL}", 1000)
    assert window.statusBar().currentMessage() == "cannot read invoice<RLO>gpj.exe.txt"
    from ui.plain import show_error

    box = show_error(window, f"Import {TERMINAL}", f"cannot read {EVIL}")
    qtbot.addWidget(box)
    assert isinstance(box, QMessageBox)
    assert box.text() == "cannot read invoice<RLO>gpj.exe.txt"
    assert "\x1b" not in box.windowTitle() and "\x07" not in box.windowTitle()

    # The claims panel: the document a claim is in.
    claims = window.claims.model
    qtbot.waitUntil(lambda: claims.rowCount() == 1)
    _visible(claims.index(0, 3).data(), "invoice<RLO>gpj.exe.txt")


@OFFSCREEN_NOISE
def test_the_label_editor_refuses_a_name_that_looks_like_another(qtbot, open_window, tmp_path):  # noqa: F811
    window = open_window()
    editor = window.edit_labels()
    qtbot.addWidget(editor)
    speaker = window.session.project.label_by_name("speaker")
    for name, why in (("cIaim", "looks like the label 'claim'"), ("spea\u200bker", "<ZWSP>")):
        editor.select_label(speaker.id)
        editor.name.setText(name)
        assert not editor.apply_changes()
        assert why in editor.problem.text(), editor.problem.text()
    with Project.open(tmp_path / "test.annot", readonly=True) as p:
        assert [label.name for label in p.labels()][:2] == ["speaker", "claim"]
    assert _cells(window.legend.model)[:2] == ["speaker", "claim"]
