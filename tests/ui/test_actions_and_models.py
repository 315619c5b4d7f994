"""The action table (no shortcut collisions) and the item models (qtmodeltester)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QAbstractTableModel, Qt
from PySide6.QtGui import QKeySequence

from annotator.labels import DEFAULT_LABELS
from annotator.model import DocumentInfo, Label, Span
from tests.ui.app_fixtures import OFFSCREEN_NOISE
from ui.actions import (
    ACTIONS,
    ActionSpec,
    key_sequences,
    label_action_specs,
    may_share,
    reserved_keys,
    shortcut_collisions,
)
from ui.app import application
from ui.models import DocumentListModel, LabelModel, SpanListModel

pytestmark = OFFSCREEN_NOISE

LABELS = [Label(i + 1, s.name, s.color, s.key, s.letter, i) for i, s in enumerate(DEFAULT_LABELS)]


def test_no_two_default_shortcuts_collide():
    application()
    assert shortcut_collisions([*ACTIONS, *label_action_specs(LABELS)]) == []


def test_the_collision_check_does_find_a_clash():
    application()
    clashing = Label(9, "quote", "#0072b2", "5", "f")  # F would be fine; Ctrl+F is Find
    specs = [
        *ACTIONS,
        *label_action_specs([*LABELS, clashing, Label(10, "x", "#999999", "5", None)]),
    ]
    assert [c[0] for c in shortcut_collisions(specs)] == ["5", "Shift+5"]


#: What the standard keys the table once used expand to, per keyboard scheme (Qt's
#: qplatformtheme.cpp key bindings, checked under Xvfb for X11). The offscreen platform the
#: tests run on expands Delete to [Del] only, so the X11 clash with Mark done went unseen.
STANDARD_KEY_EXPANSIONS = {
    "x11": {
        "Delete": ("Del", "Ctrl+D"),
        "Undo": ("Ctrl+Z", "F14", "Undo"),
        "Redo": ("Ctrl+Shift+Z", "Redo"),
        "Quit": ("Ctrl+Q", "Exit"),
    },
    "windows": {
        "Delete": ("Del",),
        "Undo": ("Ctrl+Z", "Alt+Backspace"),
        "Redo": ("Ctrl+Y", "Ctrl+Shift+Z", "Alt+Shift+Backspace"),
    },
    "macos": {
        "Delete": ("Del", "Meta+D"),
        "Undo": ("Ctrl+Z",),
        "Redo": ("Ctrl+Shift+Z",),
        "Quit": ("Ctrl+Q",),
    },
}


def test_shortcuts_are_literal_key_sequences_the_same_on_every_platform():
    for spec in [*ACTIONS, *label_action_specs(LABELS)]:
        for shortcut in spec.shortcuts:
            assert isinstance(shortcut, str), f"{spec.id}: {shortcut!r} expands per platform"


def test_mark_done_alone_has_ctrl_d():
    application()
    owners = [
        spec.id
        for spec in [*ACTIONS, *label_action_specs(LABELS)]
        for seq in key_sequences(spec)
        if seq == QKeySequence("Ctrl+D")
    ]
    assert owners == ["mark-done"]


def test_the_collision_check_finds_what_a_standard_key_expands_to_on_x11():
    application()
    for platform, expansions in STANDARD_KEY_EXPANSIONS.items():
        specs = [
            replace(spec, shortcuts=expansions["Delete"]) if spec.id == "delete-span" else spec
            for spec in ACTIONS
        ]
        clashes = shortcut_collisions(specs)
        if platform == "x11":  # the bug: Ctrl+D both deleted the span and marked done
            assert clashes == [("Ctrl+D", "delete-span", "mark-done")]
        else:
            assert clashes == []


def test_key_sequences_refuses_a_standard_key():
    application()
    spec = ActionSpec("x", "x", (QKeySequence.StandardKey.Delete,))
    with pytest.raises(TypeError, match="expand differently per platform"):
        key_sequences(spec)


def test_label_keys_and_letters_are_not_taken_by_commands():
    application()
    taken = reserved_keys()
    # ] [ move among spans; R links, N writes a note, U flags uncertain.
    assert taken == {"]", "[", "r", "n", "u"}
    for spec in DEFAULT_LABELS:
        assert spec.key not in taken and spec.letter not in taken


def test_every_window_shortcut_is_unique(qtbot, open_window):
    window = open_window()
    seen: dict[str, str] = {}
    for action_id, action in window.actions.items():
        for seq in action.shortcuts():
            text = seq.toString(QKeySequence.SequenceFormat.PortableText)
            # Enter: linking's while linking, the suggestion's while one is selected.
            shared = text in seen and may_share(seen[text], action_id)
            assert text not in seen or shared, f"{text}: {seen.get(text)} and {action_id}"
            seen[text] = action_id
    assert seen["1"] == "tag-label-1" and seen["Shift+S"] == "tag-label-1-exact"


def test_document_list_model_passes_the_model_tester(qtmodeltester):
    model = DocumentListModel()
    model.set_documents([DocumentInfo(1, "أول", "new", 0, 10), DocumentInfo(2, "b", "done", 3, 5)])
    qtmodeltester.check(model)
    assert model.progress() == (1, 2)
    model.set_documents(
        [DocumentInfo(1, "أول", "in_progress", 1, 10), DocumentInfo(2, "b", "done", 3, 5)]
    )
    assert model.index(0, 1).data() == "in progress"
    qtmodeltester.check(model)


def test_rows_are_enabled_selectable_and_childless_and_nothing_else_is():
    from ui.models import ROW_FLAGS, LabelModel, SpanListModel

    for model in (DocumentListModel(), SpanListModel(), LabelModel()):
        assert model.flags(model.index(0, 0)) == Qt.ItemFlag.NoItemFlags  # no rows yet
    model = DocumentListModel()
    model.set_documents([DocumentInfo(1, "a.txt", "new", 0, 10)])
    assert model.flags(model.index(0, 2)) == ROW_FLAGS
    assert model.flags(model.index(0, 0).parent()) == Qt.ItemFlag.NoItemFlags


def test_document_list_follows_edits_to_one_row_and_counts_those_done():
    # The row and the count are kept, not searched for and counted again on each tag.
    model = DocumentListModel()
    docs = [
        DocumentInfo(i, f"{i}.txt", "done" if i % 3 == 0 else "new", 0, 10, f"d{i}")
        for i in range(1, 10)
    ]
    model.set_documents(docs)
    assert model.progress() == (3, 9)
    assert [model.row_of(d.id) for d in docs] == list(range(9)) and model.row_of(99) == -1
    model.update_document(DocumentInfo(5, "5.txt", "done", 2, 10))  # read without its title
    assert model.progress() == (4, 9) and model.row(4).title == "d5"
    model.update_document(DocumentInfo(3, "3.txt", "in_progress", 1, 10, "d3"))
    model.update_document(DocumentInfo(3, "3.txt", "in_progress", 2, 10, "d3"))  # still not done
    assert model.progress() == (3, 9) and model.index(2, 2).data() == "2"
    model.update_document(DocumentInfo(99, "x.txt", "done", 0, 1))  # not in the list
    assert model.progress() == (3, 9)
    model.set_documents(list(reversed(docs)))
    assert model.row_of(1) == 8 and model.progress() == (3, 9)


def test_span_list_model_passes_the_model_tester(qtmodeltester):
    text = "قال الرئيس إن 2030 جندياً"
    model = SpanListModel()
    model.set_spans(
        text, [Span(1, 1, 0, 3, 1, "speaker"), Span(2, 1, 14, 18, 4, "statistic")], LABELS
    )
    qtmodeltester.check(model)
    assert [model.index(1, c).data() for c in range(3)] == ["statistic", "2030", "14–18"]


def test_label_model_passes_the_model_tester(qtmodeltester):
    model = LabelModel()
    model.set_labels(LABELS)
    qtmodeltester.check(model)
    assert [model.index(3, c).data() for c in range(3)] == ["statistic", "4", "T"]


def test_counts_in_the_document_tooltip_read_as_english():
    model = DocumentListModel()
    model.set_documents(
        [DocumentInfo(1, "أول", "new", 1, 1), DocumentInfo(2, "b", "done", 2, 1500)]
    )
    tips = [model.index(r, 0).data(Qt.ItemDataRole.ToolTipRole) for r in range(2)]
    assert "1 span, 1 character" in tips[0]
    assert "2 spans, 1,500 characters" in tips[1]


def _painted_span_list(qtbot, model_class):
    """A span list over ``model_class`` with 60 spans, shown and painted once."""
    from ui.panels import SpanPanel

    text = " ".join(["قال الرئيس إن 2030 جندياً وصلوا إلى الرياض"] * 20)
    words = [(m.start(), m.end()) for m in __import__("re").finditer(r"\S+", text)]
    spans = [
        Span(i + 1, 1, a, b, LABELS[i % 4].id, LABELS[i % 4].name)
        for i, (a, b) in enumerate(words[:60])
    ]
    panel = SpanPanel()
    qtbot.addWidget(panel)
    model = model_class()
    panel.table.setModel(model)
    model.set_spans(text, spans, LABELS)
    panel.resize(520, 420)
    panel.show()
    qtbot.waitExposed(panel)
    return panel, model


def test_the_span_list_asks_its_model_once_per_cell_and_paints_the_same(qtbot):
    # Qt's delegate asks a cell seven roles, one call into Python each, on every paint; a
    # tag repaints every visible row of the span list: most of its share of a tag.
    calls = []

    class Counting(SpanListModel):
        def data(self, index, role=Qt.ItemDataRole.DisplayRole):
            calls.append(role)
            return super().data(index, role)

        def multiData(self, index, roles):  # noqa: N802 (Qt override)
            calls.append("all")
            return super().multiData(index, roles)

    class OneRoleAtATime(SpanListModel):
        def multiData(self, index, roles):  # noqa: N802 (Qt override)
            return QAbstractTableModel.multiData(self, index, roles)  # data() per role

    panel, _ = _painted_span_list(qtbot, Counting)
    table = panel.table
    rows = table.rowAt(table.viewport().height() - 1) - table.rowAt(0) + 1
    cells = rows * 4
    calls.clear()
    table.viewport().grab()
    assert cells >= 20 and len(calls) <= cells + rows  # one call a cell, a colour a row
    reference, _ = _painted_span_list(qtbot, OneRoleAtATime)
    assert panel.grab().toImage() == reference.grab().toImage()
