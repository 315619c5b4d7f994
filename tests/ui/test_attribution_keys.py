"""Attribution from the key press to the file: tag, link, quote type, note, uncertain; undo
and redo each step; the project file and the export agree after every one."""

from __future__ import annotations

from PySide6.QtCore import Qt

from annotator.display import FSI, LRI, PDI
from annotator.store import Project
from tests.ui.app_fixtures import OFFSCREEN_NOISE, export_records, find, press, type_text

pytestmark = OFFSCREEN_NOISE

K = Qt.Key
M = Qt.KeyboardModifier
SPEAKER = "قاسم جومارت توكاييف"
CLAIM = "بلاده نجت من محاولة انقلاب"


def file_state(path) -> dict:
    """What the project file holds, read by a separate connection."""
    with Project.open(path, readonly=True) as p:
        [doc] = p.documents()
        text = p.document(doc.id).text
        spans = {
            s.id: (text[s.start : s.end], s.label, s.attributes, s.uncertain, s.note)
            for s in p.spans(doc.id)
        }
        relations = {(r.from_span, r.to_span, r.type) for r in p.relations(doc.id)}
    return {"spans": spans, "relations": relations}


def export_state(qtbot, window, tmp_path) -> dict:
    """What File ▸ Export writes, in the same shape."""
    [record] = export_records(qtbot, window, tmp_path)
    spans = {
        s["id"]: (s["text"], s["label"], s["attributes"], s["uncertain"], s["note"])
        for s in record["spans"]
    }
    relations = {(r["from"], r["to"], r["type"]) for r in record["relations"]}
    return {"spans": spans, "relations": relations}


def agree(qtbot, window, tmp_path) -> dict:
    state = file_state(tmp_path / "test.annot")
    assert export_state(qtbot, window, tmp_path) == state
    return state


def test_tag_link_quote_type_and_note_by_keys_undo_and_redo_each(qtbot, open_window, tmp_path):
    window = open_window()
    text = window.view.text()
    steps = []

    window.view.select_range(*find(text, SPEAKER))
    press(qtbot, window, K.Key_1)
    steps.append(agree(qtbot, window, tmp_path))
    window.view.select_range(*find(text, CLAIM))
    press(qtbot, window, K.Key_2)
    steps.append(agree(qtbot, window, tmp_path))
    claim = window.tagger.current_span()
    assert claim.label == "claim"

    # The common case: R proposes the nearest speaker before the claim, Enter links.
    press(qtbot, window, K.Key_R)
    assert window.attribution.candidate().label == "speaker"
    press(qtbot, window, K.Key_Return)
    state = agree(qtbot, window, tmp_path)
    [(a, b, kind)] = state["relations"]
    assert (state["spans"][a][0], state["spans"][b][0], kind) == (CLAIM, SPEAKER, "said")
    steps.append(state)

    press(qtbot, window, K.Key_Q)  # quote type: direct
    state = agree(qtbot, window, tmp_path)
    assert state["spans"][claim.id][2] == {"quote_type": "direct"}
    steps.append(state)

    press(qtbot, window, K.Key_N)
    editor = window.attribution.note_editor
    assert editor is not None and editor.layoutDirection() == Qt.LayoutDirection.RightToLeft
    type_text(editor, "نقلاً عن وكالة")
    press(qtbot, window, K.Key_Return, widget=editor)
    state = agree(qtbot, window, tmp_path)
    assert state["spans"][claim.id][4] == "نقلاً عن وكالة"
    steps.append(state)

    press(qtbot, window, K.Key_U)
    state = agree(qtbot, window, tmp_path)
    assert state["spans"][claim.id][3] is True
    steps.append(state)

    for expected in reversed(steps[:-1]):  # undo, one step at a time
        press(qtbot, window, K.Key_Z, M.ControlModifier, widget=window.view)
        assert agree(qtbot, window, tmp_path) == expected
    press(qtbot, window, K.Key_Z, M.ControlModifier, widget=window.view)
    assert agree(qtbot, window, tmp_path) == {"spans": {}, "relations": set()}
    for expected in steps:  # redo brings back each step, with the same ids
        press(qtbot, window, K.Key_Z, M.ControlModifier | M.ShiftModifier, widget=window.view)
        assert agree(qtbot, window, tmp_path) == expected


def test_deleting_a_linked_span_takes_its_link_and_undo_brings_both(qtbot, open_window, tmp_path):
    window = open_window()
    text = window.view.text()
    window.view.select_range(*find(text, SPEAKER))
    press(qtbot, window, K.Key_1)
    speaker = window.tagger.current_span()
    window.view.select_range(*find(text, CLAIM))
    press(qtbot, window, K.Key_2)
    press(qtbot, window, K.Key_R)
    press(qtbot, window, K.Key_Return)
    linked = agree(qtbot, window, tmp_path)
    window.tagger.set_current_span(speaker.id)
    press(qtbot, window, K.Key_Delete)
    state = agree(qtbot, window, tmp_path)
    assert state["relations"] == set() and speaker.id not in state["spans"]
    press(qtbot, window, K.Key_Z, M.ControlModifier)
    assert agree(qtbot, window, tmp_path) == linked
    assert "said" in window.spans.model.index(0, 3).data()  # the span list shows the link


def test_from_a_speaker_the_next_claim_is_proposed_and_brackets_move_among_claims(
    qtbot, open_window, tmp_path
):
    window = open_window()
    text = window.view.text()
    for part, key in ((CLAIM, K.Key_2), ("تم استعادة النظام في كازاخستان", K.Key_2)):
        window.view.select_range(*find(text, part))
        press(qtbot, window, key)
    window.view.select_range(*find(text, SPEAKER))
    press(qtbot, window, K.Key_1)
    speaker = window.tagger.current_span()
    press(qtbot, window, K.Key_R)
    first = window.attribution.candidate()
    assert text[first.start : first.end] == CLAIM  # the claim after the speaker
    press(qtbot, window, K.Key_BracketRight)
    assert window.attribution.candidate().id != first.id
    press(qtbot, window, K.Key_Left)  # arrows too (left is onward in Arabic)
    assert window.attribution.candidate().id == first.id
    press(qtbot, window, K.Key_Escape)
    assert not window.attribution.active and window.tagger.current_span_id == speaker.id
    assert file_state(tmp_path / "test.annot")["relations"] == set()
    press(qtbot, window, K.Key_R)
    press(qtbot, window, K.Key_Down)
    press(qtbot, window, K.Key_Return)
    [(a, b, kind)] = file_state(tmp_path / "test.annot")["relations"]
    assert b == speaker.id and text[window.tagger.order.get(a).start :].startswith("تم استعادة")
    # Enter on a candidate already linked unlinks it (undoable like the link).
    press(qtbot, window, K.Key_R)
    press(qtbot, window, K.Key_Down)
    press(qtbot, window, K.Key_Return)
    assert file_state(tmp_path / "test.annot")["relations"] == set()


def test_attribute_keys_step_through_values_and_the_cheat_sheet_lists_them(
    qtbot, open_window, tmp_path
):
    window = open_window()
    window.view.select_range(*find(window.view.text(), SPEAKER))
    press(qtbot, window, K.Key_1)
    speaker = window.tagger.current_span()
    seen = []
    for _ in range(5):
        press(qtbot, window, K.Key_W)
        seen.append(file_state(tmp_path / "test.annot")["spans"][speaker.id][2].get("source_type"))
    assert seen == ["named", "official", "anonymous", "institution", None]
    press(qtbot, window, K.Key_Q)  # a speaker has no quote type: nothing changes
    assert file_state(tmp_path / "test.annot")["spans"][speaker.id][2] == {}
    sheet = window.show_shortcuts()
    rows = {  # the key, without the Arabic letter on it the sheet adds ("R (ق)") nor the
        # isolates that keep each key sequence left to right (LRI … PDI)
        sheet.table.item(r, 1).text(): sheet.table.item(r, 2).text().split(" (")[0].strip(LRI + PDI)
        for r in range(sheet.table.rowCount())
    }
    sheet.close()
    assert rows["Link the current span…"] == "R"
    assert rows["Note on the current span…"] == "N"
    assert rows["Mark the current span uncertain / certain"] == "U"
    assert any(k.startswith(f"Next {FSI}quote_type{PDI}") and v == "Q" for k, v in rows.items())
    assert any(k.startswith(f"Next {FSI}source_type{PDI}") and v == "W" for k, v in rows.items())


def test_relation_types_are_edited_like_labels_and_the_change_undoes(qtbot, open_window, tmp_path):
    window = open_window()
    editor = window.edit_relation_types()
    added = editor.add_type("located-in")
    assert added is not None and editor.current_type().name == "located-in"
    editor.from_labels.setText("claim")
    editor.to_labels.setText("location")
    assert editor.apply_changes()
    with Project.open(tmp_path / "test.annot", readonly=True) as p:
        stored = p.relation_type("located-in")
    assert (stored.from_labels, stored.to_labels) == (("claim",), ("location",))
    editor.to_labels.setText("nonsense")
    assert not editor.apply_changes()
    assert "No label called 'nonsense'" in editor.problem.text()
    editor.choose_color = lambda initial, name: "#123456"
    assert editor.recolour()
    window.session.undo_stack.undo()
    window.session.undo_stack.undo()
    with Project.open(tmp_path / "test.annot", readonly=True) as p:
        stored = p.relation_type("located-in")
    assert (stored.to_labels, stored.color) == ((), added.color)
    editor.close()
