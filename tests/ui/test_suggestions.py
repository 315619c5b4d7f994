"""Suggestions in the real window: counted, outlined (never tinted), triaged by keyboard;
an accepted claim and its speaker linked in one undoable step."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtWidgets import QApplication

from annotator.display import FSI, PDI
from annotator.importer import import_paths
from annotator.store import Project
from tests.conftest import SEED
from tests.ui.app_fixtures import OFFSCREEN_NOISE, file_spans, find, press
from ui.actions import TRIAGE_ACTIONS

pytestmark = OFFSCREEN_NOISE

K = Qt.Key
M = Qt.KeyboardModifier


def ready(qtbot, window):
    """Wait for the rules, which run on a pool thread when a document opens."""
    qtbot.waitUntil(lambda: bool(window.suggestions.pending), timeout=10000)
    return window.suggestions


def test_counts_are_shown_by_label_once_the_rules_are_done(qtbot, open_window):
    window = open_window()
    triage = ready(qtbot, window)
    text = window.suggestions.counts_label.text()
    n = len(triage.pending)
    assert text.startswith(f"{n} suggestions: ")
    for label in ("statistic", "location", "speaker", "claim"):
        count = sum(s.label == label for s in triage.pending)
        assert f"{count} {FSI}{label}{PDI}" in text  # each name isolated in the sentence


def test_f8_selects_a_suggestion_and_enter_makes_it_a_span_then_moves_on(
    qtbot, open_window, tmp_path
):
    window = open_window()
    triage = ready(qtbot, window)
    text = window.view.text()
    start, end = find(text, "2030 جندياً")
    window.view.select_range(start, start)
    press(qtbot, window, K.Key_F8)
    assert window.view.selected_range() == (start, end)
    before = len(triage.pending)
    press(qtbot, window, K.Key_Return)
    assert (start, end, "statistic", "2030 جندياً") in file_spans(tmp_path / "test.annot")
    project = window.session.project
    (span,) = project.spans(window.document_id)
    assert project.suggestion_origin(span.id).source == "statistic.digits"  # its origin
    assert len(triage.pending) == before - 1
    # The next suggestion («و250 قطعة») is selected, ready for Enter again.
    s, e = find(text, "و250 قطعة")
    assert window.view.selected_range() == (s, e)
    press(qtbot, window, K.Key_Z, M.ControlModifier)  # undo: the suggestion comes back
    assert file_spans(tmp_path / "test.annot") == []
    assert len(triage.pending) == before


def test_a_label_key_accepts_a_suggestion_under_another_label(qtbot, open_window, tmp_path):
    window = open_window()
    ready(qtbot, window)
    text = window.view.text()
    start, end = find(text, "3 طائرات")
    window.view.select_range(start, start)
    press(qtbot, window, K.Key_F8)
    assert window.view.selected_range() == (start, end)
    press(qtbot, window, K.Key_3)  # location, not statistic
    assert file_spans(tmp_path / "test.annot") == [(start, end, "location", "3 طائرات")]
    (span,) = window.session.project.spans(window.document_id)
    assert window.session.project.suggestion_origin(span.id).label == "statistic"
    # Then the next suggestion is selected, once the tagger has placed its caret.
    qtbot.waitUntil(lambda: window.view.selected_range() not in (None, (start, end)))
    nxt = window.suggestions.pending[window.suggestions.current]
    assert window.view.selected_range() == (nxt.start, nxt.end) and nxt.start > start


def test_backspace_rejects_and_the_suggestion_stays_gone_when_the_document_reopens(
    qtbot, open_window, tmp_path
):
    window = open_window()
    triage = ready(qtbot, window)
    text = window.view.text()
    start, end = find(text, "3 طائرات")
    window.view.select_range(start, start)
    press(qtbot, window, K.Key_F8)
    before = len(triage.pending)
    press(qtbot, window, K.Key_Backspace)
    assert len(triage.pending) == before - 1
    assert file_spans(tmp_path / "test.annot") == []
    window.open_document(window.document_id)  # the rules run again
    qtbot.waitUntil(lambda: len(triage.pending) == before - 1, timeout=10000)
    assert all((s.start, s.end) != (start, end) for s in triage.pending)
    # Remembered in the project file, not only in this window.
    window.close()
    again = open_window(project_path=tmp_path / "test.annot")
    qtbot.waitUntil(lambda: len(again.suggestions.pending) == before - 1, timeout=10000)
    assert all((s.start, s.end) != (start, end) for s in again.suggestions.pending)


def test_undo_of_a_rejection_brings_the_suggestion_back(qtbot, open_window):
    window = open_window()
    triage = ready(qtbot, window)
    press(qtbot, window, K.Key_F8)
    before = len(triage.pending)
    press(qtbot, window, K.Key_Backspace)
    assert len(triage.pending) == before - 1
    press(qtbot, window, K.Key_Z, M.ControlModifier)
    assert len(triage.pending) == before


def test_a_read_only_project_shows_suggestions_without_storing_them(qtbot, open_window, tmp_path):
    path = tmp_path / "fresh.annot"
    with Project.create(path) as p:
        import_paths(p, [SEED])
    window = open_window(project_path=path, readonly=True)
    triage = ready(qtbot, window)
    assert len(triage.pending) > 10
    assert window.session.project.suggestions(window.document_id) == []


def test_accepting_a_rule_tags_all_its_suggestions_and_one_undo_takes_them_back(
    qtbot, open_window, tmp_path
):
    window = open_window()
    triage = ready(qtbot, window)
    text = window.view.text()
    start, _ = find(text, "كازاخستان")
    window.view.select_range(start, start)
    press(qtbot, window, K.Key_F8)
    rule = triage.pending[triage.current].source
    wanted = {
        (s.start, s.end) for s in triage.pending if s.source == rule and s.label == "location"
    }
    press(qtbot, window, K.Key_Return, M.ControlModifier | M.ShiftModifier)
    got = {(s, e) for s, e, label, _ in file_spans(tmp_path / "test.annot")}
    assert got == wanted and len(wanted) > 5
    assert not any(s.source == rule for s in triage.pending)
    press(qtbot, window, K.Key_Z, M.ControlModifier)
    assert file_spans(tmp_path / "test.annot") == []


def test_enter_in_the_find_bar_still_finds(qtbot, open_window):
    window = open_window()
    ready(qtbot, window)
    window.find_bar.start()
    window.find_bar.edit.setText("روسيا")
    press(qtbot, window, K.Key_Return, widget=window.find_bar.edit)
    start, end = find(window.view.text(), "روسيا")
    assert window.view.selected_range() == (start, end)
    assert window.suggestions.current is None


def test_outlines_leave_every_glyph_pixel_as_it_was(qtbot, open_window):
    window = open_window()
    triage = ready(qtbot, window)
    view = window.view
    s = next(x for x in triage.pending if x.label == "statistic")
    view.set_suggestions([], None)
    bare = view.viewport().grab().toImage()
    view.set_suggestions([(s.start, s.end, 4)], 0)
    outlined = view.viewport().grab().toImage()
    block = view.document().findBlock(view.to_qt(s.start))
    origin = view.blockBoundingGeometry(block).translated(view.contentOffset()).topLeft()
    (placed,) = view.suggested.in_block(view._spans, block.blockNumber())
    rects = view._painter.rects(block, placed, origin)
    assert rects
    changed_inside = changed_outline = 0
    for r in rects:
        inner = r.toRect().adjusted(1, 1, -1, -1)
        for x in range(inner.left(), inner.right() + 1):
            for y in range(inner.top(), inner.bottom() + 1):
                changed_inside += bare.pixel(x, y) != outlined.pixel(x, y)
        ring = QRect(r.toRect()).adjusted(-3, -3, 3, 3)
        for x in range(ring.left(), ring.right() + 1):
            changed_outline += bare.pixel(x, ring.top() + 1) != outlined.pixel(x, ring.top() + 1)
    assert changed_inside == 0  # the glyphs and their background are untouched
    assert changed_outline > 0  # and the outline is there


def test_suggest_in_all_documents_runs_as_a_background_task_and_stores_them(
    qtbot, open_window, tmp_path
):
    other = tmp_path / "other.txt"
    other.write_text("وقال المتحدث إن 5 آلاف شخص وصلوا إلى جدة.", "utf-8")
    window = open_window(articles=[SEED, other])
    ready(qtbot, window)
    with qtbot.waitSignal(window.suggestions.all_suggested, timeout=30000) as signal:
        window.actions["suggest-all"].trigger()
    documents, _added = signal.args
    assert documents == 2
    project = window.session.project
    for info in project.documents():
        assert project.suggestions(info.id), info.name


def _select(qtbot, window, needle: str, label: str):
    """F8 from just before ``needle`` until the suggestion of ``label`` starting there is
    selected."""
    triage = window.suggestions
    start = window.view.text().index(needle)
    window.view.select_range(start, start)
    for _ in range(len(triage.pending)):
        press(qtbot, window, K.Key_F8)
        s = triage.pending[triage.current]
        if s.start == start and s.label == label:
            return s
    raise AssertionError(f"no {label} suggestion at {needle!r}")


def test_accepting_a_speaker_then_its_claim_links_them_and_one_undo_takes_both(
    qtbot, open_window, tmp_path
):
    window = open_window()
    ready(qtbot, window)
    project = window.session.project
    doc = window.document_id
    speaker = _select(qtbot, window, "رئيس كازاخستان قاسم", "speaker")
    press(qtbot, window, K.Key_Return)
    claim = _select(qtbot, window, "بلاده نجت", "claim")
    assert claim.link_id == speaker.id
    with qtbot.waitSignal(window.session.relations_changed):
        press(qtbot, window, K.Key_Return)
    spans = {s.label: s for s in project.spans(doc)}
    (said,) = project.relations(doc)
    assert (said.type, said.from_span, said.to_span) == (
        "said",
        spans["claim"].id,
        spans["speaker"].id,
    )
    assert "linked to its speaker" in window.statusBar().currentMessage()
    # The span list shows the link like any other.
    assert window.session.relations(doc) == [said]
    press(qtbot, window, K.Key_Z, M.ControlModifier)  # undo: the claim and its link go
    assert project.relations(doc) == []
    assert [s.label for s in project.spans(doc)] == ["speaker"]
    assert claim.id in [s.id for s in window.suggestions.pending]
    press(qtbot, window, K.Key_Z, M.ControlModifier | M.ShiftModifier)  # redo: both, same ids
    assert project.relations(doc) == [said]


def test_accepting_a_reporting_rule_takes_speakers_and_claims_and_links_each_pair(
    qtbot, open_window
):
    window = open_window()
    triage = ready(qtbot, window)
    project = window.session.project
    doc = window.document_id
    speaker = _select(qtbot, window, "رئيس كازاخستان قاسم", "speaker")
    rule = speaker.source
    wanted = [s for s in triage.pending if s.source == rule]
    assert {s.label for s in wanted} == {"speaker", "claim"}
    press(qtbot, window, K.Key_Return, M.ControlModifier | M.ShiftModifier)  # one key
    assert not any(s.source == rule for s in triage.pending)
    stored = {s.span_id: s for s in project.suggestions(doc, pending_only=False) if s.span_id}
    assert len(stored) == len(wanted)
    relations = project.relations(doc)
    pairs = [s for s in stored.values() if s.label == "claim" and s.link_id]
    assert len(relations) == len(pairs) > 3  # every claim found with its speaker: linked
    for r in relations:  # from the claim to the speaker the rules found for it
        assert stored[r.to_span].id == stored[r.from_span].link_id
    press(qtbot, window, K.Key_Z, M.ControlModifier)  # one undo: every span and link
    assert project.relations(doc) == [] and project.spans(doc) == []
    assert len([s for s in triage.pending if s.source == rule]) == len(wanted)


def test_enter_links_while_linking_and_accepts_no_suggestion(qtbot, open_window):
    window = open_window()
    triage = ready(qtbot, window)
    project = window.session.project
    doc = window.document_id
    _select(qtbot, window, "رئيس كازاخستان قاسم", "speaker")
    press(qtbot, window, K.Key_Return)
    (speaker,) = project.spans(doc)
    start, end = find(window.view.text(), "نجت من محاولة انقلاب")  # not a suggestion's range
    window.view.select_range(start, end)
    press(qtbot, window, K.Key_2)  # a claim tagged by hand: current, not linked
    claim = next(s for s in project.spans(doc) if s.label == "claim")
    assert window.tagger.current_span_id == claim.id and project.relations(doc) == []
    press(qtbot, window, K.Key_R)
    assert window.attribution.active
    assert not any(window.actions[n].isEnabled() for n in TRIAGE_ACTIONS)
    pending = list(triage.pending)
    press(qtbot, window, K.Key_Return)
    assert [(r.from_span, r.to_span) for r in project.relations(doc)] == [(claim.id, speaker.id)]
    # And the other way round: with a suggestion selected, Enter is not linking's.
    press(qtbot, window, K.Key_F8)
    assert triage.current is not None and window.actions["accept-suggestion"].isEnabled()
    assert not window.actions["link-accept"].isEnabled()
    assert triage.pending == pending and len(project.spans(doc)) == 2


def test_linking_and_unlinking_keep_the_suggestions_without_reading_them_back(
    qtbot, open_window, monkeypatch
):
    # A link changes no suggestion; reading them all back was a third of the Enter that
    # links a claim (bench tag-link-latency). A rejection still reads them (tests above).
    window = open_window()
    triage = ready(qtbot, window)
    project = window.session.project
    doc = window.document_id
    text = window.view.text()
    window.view.select_range(*find(text, "كازاخستان"))
    press(qtbot, window, K.Key_1)  # a speaker
    window.view.select_range(*find(text, "نجت من محاولة انقلاب"))
    press(qtbot, window, K.Key_2)  # a claim after it
    pending = list(triage.pending)
    reads = []
    read = project.suggestions
    monkeypatch.setattr(project, "suggestions", lambda *a, **k: reads.append(a) or read(*a, **k))
    press(qtbot, window, K.Key_R)
    press(qtbot, window, K.Key_Return)
    assert len(project.relations(doc)) == 1
    press(qtbot, window, K.Key_Z, M.ControlModifier)  # the link goes again
    assert project.relations(doc) == []
    assert reads == []
    assert triage.pending == pending


def test_f8_while_linking_ends_linking_and_enter_then_accepts_the_suggestion(qtbot, open_window):
    window = open_window()
    triage = ready(qtbot, window)
    project = window.session.project
    doc = window.document_id
    start, end = find(window.view.text(), "نجت من محاولة انقلاب")
    window.view.select_range(start, end)
    press(qtbot, window, K.Key_2)  # a claim by hand, current
    _select(qtbot, window, "رئيس كازاخستان قاسم", "speaker")
    press(qtbot, window, K.Key_Return)  # its speaker, accepted
    window.tagger.set_current_span(next(s.id for s in project.spans(doc) if s.label == "claim"))
    press(qtbot, window, K.Key_R)
    assert window.attribution.active
    press(qtbot, window, K.Key_F8)
    assert not window.attribution.active and triage.current is not None
    assert window.actions["accept-suggestion"].isEnabled()
    assert not window.actions["link-accept"].isEnabled()
    chosen = triage.pending[triage.current]
    press(qtbot, window, K.Key_Return)
    assert (chosen.start, chosen.end) in {(s.start, s.end) for s in project.spans(doc)}


def test_deleting_an_accepted_span_rejects_the_suggestion_and_undo_brings_the_span_back(
    qtbot, open_window, tmp_path
):
    window = open_window()
    triage = ready(qtbot, window)
    s = _select(qtbot, window, "3 طائرات", "statistic")
    before = len(triage.pending)
    press(qtbot, window, K.Key_Return)
    (span,) = window.session.project.spans(window.document_id)
    window.tagger.set_current_span(span.id, jump=True)
    press(qtbot, window, K.Key_Delete)
    assert file_spans(tmp_path / "test.annot") == []
    assert len(triage.pending) == before - 1  # not suggested again: the analyst said no
    assert s.id not in [x.id for x in window.session.project.suggestions(window.document_id)]
    press(qtbot, window, K.Key_Z, M.ControlModifier)
    assert [x[:3] for x in file_spans(tmp_path / "test.annot")] == [(s.start, s.end, "statistic")]
    assert window.session.project.suggestion_origin(span.id).id == s.id
    assert len(triage.pending) == before - 1


def test_a_tag_prunes_the_suggestions_without_reading_or_placing_them_all_again(
    qtbot, open_window, monkeypatch
):
    # Every tag used to read all of the document's suggestions back from the file and place
    # every outline again: 9.6x the bare key press on a 1 MiB article (bench tag-latency).
    window = open_window()
    triage = ready(qtbot, window)
    view = window.view
    view.viewport().grab()  # the outlines placed once
    text = view.text()
    start, end = find(text, "2030 جندياً")
    before = len(triage.pending)
    reads, places = [], []
    project = window.session.project
    monkeypatch.setattr(project, "suggestions", lambda *a, **k: reads.append(a) or [])
    place = type(view._spans).place
    monkeypatch.setattr(
        type(view._spans), "place", lambda self, span: places.append(span) or place(self, span)
    )
    view.select_range(start, end)
    press(qtbot, window, K.Key_4)  # tagged by hand as a statistic: that suggestion is done
    view.viewport().grab()
    assert len(triage.pending) == before - 1
    assert reads == []
    assert len(places) <= 2  # the new span (and its bar), not the suggestions again


def test_a_tag_drops_only_its_own_suggestion_and_repaints_only_its_paragraph(
    qtbot, open_window, monkeypatch
):
    # A tag used to filter every pending suggestion again (a lookup each), hand the whole
    # list to the view, place it by paragraph again and repaint the whole article: about a
    # second per tag with the 83,749 suggestions of the 1 MiB bench article.
    window = open_window()
    triage = ready(qtbot, window)
    view = window.view
    view.viewport().grab()  # the outlines placed once
    text = view.text()
    start, end = find(text, "2030 جندياً")
    before = list(triage.pending)
    lookups, handed, painted = [], [], []
    order = type(window.tagger.order)
    has_range = order.has_range
    monkeypatch.setattr(
        order, "has_range", lambda self, a, b: lookups.append((a, b)) or has_range(self, a, b)
    )
    monkeypatch.setattr(view, "set_suggestions", lambda *a: handed.append(a))
    placed = view.suggested._placed
    view.select_range(start, end)
    QApplication.processEvents()

    class Paints(QObject):
        def eventFilter(self, watched, event):  # noqa: N802 (Qt override)
            if event.type() == QEvent.Type.Paint:
                painted.append(event.rect())
            return False

    paints = Paints()
    view.viewport().installEventFilter(paints)
    press(qtbot, window, K.Key_4)  # tagged by hand as a statistic: that suggestion is done
    QApplication.processEvents()
    view.viewport().removeEventFilter(paints)
    assert triage.pending == [s for s in before if (s.start, s.end) != (start, end)]
    assert lookups == [] and handed == []
    assert view.suggested._placed is placed  # the paragraphs' lists kept, one range less
    assert len(view.suggested.ranges) == len(triage.pending)
    assert all((a, b) != (start, end) for a, b, _ in view.suggested.ranges)
    n = len(triage.pending)
    assert window.suggestions.counts_label.text().startswith(f"{n} suggestions: ")
    assert painted and all(r.height() < view.viewport().height() // 2 for r in painted)


def test_the_counts_are_elided_with_all_of_them_in_the_tooltip_when_narrow(qtbot, open_window):
    """At 700 px with no message, the counts' line was cut mid-word by the next widget."""
    window = open_window()
    window.resize(700, window.height())
    triage = ready(qtbot, window)
    label = triage.counts_label
    bar = window.statusBar()
    bar.clearMessage()
    qtbot.waitUntil(label.isVisible)
    whole = label.text()
    assert whole == triage.summary()
    room = label.contentsRect().width()
    assert label.fontMetrics().horizontalAdvance(whole) > room  # it does not fit ...
    shown = label.shown_text()  # ... so it ends in … and fits (Qt closes cut isolates)
    cut = shown.rstrip(FSI + PDI)
    assert cut.endswith("…") and whole.startswith(cut[:-1]) and len(cut) > 10
    assert label.fontMetrics().horizontalAdvance(shown) <= room
    assert whole in label.toolTip().replace("<br>", "\n")
    for other in (window.identity, window.save_label):  # not under the permanent widgets
        assert not label.geometry().intersects(other.geometry())
    path = window.path_label  # the project's path beside them gives way too, in the middle
    assert "…" in path.shown_text() and path.text() in path.toolTip()
    assert path.fontMetrics().horizontalAdvance(path.shown_text()) <= path.contentsRect().width()
    window.resize(1600, window.height())  # room again: whole, no tooltip
    qtbot.waitUntil(lambda: label.shown_text() == whole)
    assert label.toolTip() == ""


def test_the_rules_store_their_suggestions_a_chunk_at_a_time_with_every_claim_linked(
    qtbot, open_window, monkeypatch
):
    # Stored in one transaction, the 1 MiB bench article's 83,749 suggestions held the
    # project 1 to 2.5 s, and a tag pressed meanwhile waited that long for its commit.
    from annotator.suggest import suggest
    from ui import suggestion_runner

    monkeypatch.setattr(suggestion_runner, "STORE_CHUNK", 3)
    sizes = []
    add = Project.add_suggestions
    monkeypatch.setattr(
        Project,
        "add_suggestions",
        lambda self, doc, found, *a: sizes.append(len(found)) or add(self, doc, found, *a),
    )
    window = open_window()
    ready(qtbot, window)
    found = suggest(window.view.text())
    assert sizes and max(sizes) <= 3 and sum(sizes) == len(found)
    stored = window.session.project.suggestions(window.document_id)
    assert len(stored) == len(found)
    linked = sum(1 for s in found if s.label == "claim" and s.link)
    assert sum(1 for s in stored if s.label == "claim" and s.link_id) == linked > 3


def test_outlines_are_painted_with_one_pen_per_label_dashed_ones_one_pixel_wide(
    qtbot, open_window, monkeypatch
):
    # A pen per outline, 1.2 px wide: Qt's general path stroker drew each dash, ten times
    # slower than its cosmetic stroker (at most 1 px), on every paint of every tag.
    from ui import suggestion_marks

    window = open_window()
    triage = ready(qtbot, window)
    pens = []
    make = suggestion_marks.outline_pen
    monkeypatch.setattr(
        suggestion_marks, "outline_pen", lambda *a: pens.append(make(*a)) or pens[-1]
    )
    window.view.viewport().grab()
    labels = {s.label for s in triage.pending}
    assert 0 < len(pens) <= len(labels) + 1  # and the current one's
    assert all(p.widthF() <= 1.0 for p in pens if p.style() == Qt.PenStyle.CustomDashLine)


def _seed_project(tmp_path):
    path = tmp_path / "rules.annot"
    with Project.create(path) as p:
        import_paths(p, [SEED])
    project = Project.open(path)
    doc = project.documents()[0].id
    return project, doc, project.document(doc).text


def test_the_rules_wait_while_the_analyst_works_and_stop_for_a_document_left(qtbot, tmp_path):
    # Pure Python on the rules' thread held the interpreter: a tag on the 1 MiB bench
    # article took up to 2.5 s while they ran. They now go a piece at a time and wait
    # while the analyst tags or selects; a run for a document left meanwhile stores nothing.
    import time

    from ui.suggestion_runner import SuggestionRun, SuggestionRunSignals

    project, doc, text = _seed_project(tmp_path)
    signals = SuggestionRunSignals()
    done = []
    signals.done.connect(lambda _generation, result: done.append(result))
    asked = []
    wanted = lambda: not asked.append(1) and len(asked) < 2  # noqa: E731 - left at once
    SuggestionRun(signals, 1, text, project, doc, wanted=wanted).run()
    assert asked and done == [] and project.suggestions(doc) == []

    seen = []

    def active_at() -> float:  # the analyst tagging for three looks, then idle
        seen.append(1)
        return time.monotonic() if len(seen) <= 3 else 0.0

    SuggestionRun(signals, 2, text, project, doc, active_at=active_at).run()
    assert len(seen) >= 4 and len(done) == 1
    assert len(project.suggestions(doc)) == len(done[0][0]) > 0
    project.close()


def test_reopening_a_document_reads_its_suggestions_without_running_the_rules_again(
    qtbot, open_window, tmp_path, monkeypatch
):
    # Every switch ran the rules again (3 s of CPU for the 1 MiB bench article, fighting
    # the window for the interpreter): with the same text and the same tagged places they
    # find the same, already stored.
    from annotator.suggest import pieces

    other = tmp_path / "other.txt"
    other.write_text("وصل الوفد إلى الرياض مساء أمس وقال المتحدث إن 30 جندياً عادوا.\n")
    runs = []
    real = pieces.suggest_in_pieces
    monkeypatch.setattr(
        pieces,
        "suggest_in_pieces",
        lambda text, *a, **k: runs.append(len(text)) or real(text, *a, **k),
    )
    window = open_window(articles=[SEED, other])
    triage = ready(qtbot, window)
    first, before = window.document_id, list(triage.pending)
    second = next(d.id for d in window.session.project.documents() if d.id != first)
    window.open_document(second)
    qtbot.waitUntil(lambda: not triage.running, timeout=10000)
    window.open_document(first)
    qtbot.waitUntil(lambda: not triage.running, timeout=10000)
    assert triage.pending == before and len(runs) == 2  # each document's rules ran once
    # A place tagged since: the project's places changed, and the rules run again.
    view = window.view
    start, end = find(view.text(), "كازاخستان")
    view.select_range(start, end)
    press(qtbot, window, K.Key_3)
    window.open_document(second)
    qtbot.waitUntil(lambda: not triage.running, timeout=10000)
    assert len(runs) == 3


def test_suggestions_are_placed_on_the_text_only_where_it_is_painted(
    qtbot, open_window, tmp_path, monkeypatch
):
    # Placing every suggestion of an article when they arrived stopped the window for 1.7 s
    # of CPU on the 1 MiB bench article (83,749 suggestions).
    long = tmp_path / "long.txt"
    long.write_text("\n".join([SEED.read_text(encoding="utf-8").strip()] * 30) + "\n")
    window = open_window(articles=[long])
    triage = ready(qtbot, window)
    qtbot.waitUntil(lambda: not triage.running, timeout=10000)
    view = window.view
    places = []
    place = type(view._spans).place
    monkeypatch.setattr(
        type(view._spans), "place", lambda self, span: places.append(span) or place(self, span)
    )
    view.suggested._placed = None  # as when they arrive
    view.suggested._known = (None, None, {})
    view.viewport().grab()
    assert len(triage.pending) > 1000
    assert 0 < len(places) < len(triage.pending) // 10


def test_cancelling_suggest_in_all_documents_says_so_and_keeps_what_was_stored(
    qtbot, open_window, tmp_path, monkeypatch
):
    from annotator.suggest import predictions

    other = tmp_path / "other.txt"
    other.write_text("وقال المتحدث إن 5 آلاف شخص وصلوا إلى جدة.", "utf-8")
    window = open_window(articles=[SEED, other])
    ready(qtbot, window)
    real = predictions.suggest_project

    def cancelled_at_the_end(project, progress):
        def cancel_at_last(done, total):
            if done == total:  # the last batch is stored: Cancel is pressed now
                progress.__self__.cancel()  # ``progress`` is the running Task's callback
            progress(done, total)

        return real(project, cancel_at_last)

    monkeypatch.setattr(predictions, "suggest_project", cancelled_at_the_end)
    said = []
    window.suggestions.message_posted.connect(said.append)
    with qtbot.waitSignal(window.suggestions.message_posted, timeout=30000):
        window.actions["suggest-all"].trigger()
    assert said == ["Suggesting stopped; the suggestions stored so far are kept."]
    project = window.session.project
    for info in project.documents():
        assert project.suggestions(info.id), info.name


def test_a_run_still_reporting_after_its_window_was_deleted_emits_into_a_live_object(qtbot):
    # The runs' signal object was a child of the suggestions panel: deleting the window
    # freed it while a run on a pool thread emitted through it, and a full test run died
    # (segfault in SuggestionRun.run). It now lives as long as a run holds it.
    import threading

    import shiboken6
    from PySide6.QtCore import QCoreApplication

    from ui.suggestions import SuggestionTriage

    window = QObject()
    panel = SuggestionTriage(None, None, window)
    signals = panel._signals
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not shiboken6.isValid(panel)
    assert shiboken6.isValid(signals)
    emitted = []
    thread = threading.Thread(
        target=lambda: emitted.append(signals.failed.emit(1, "closed") is not None)
    )
    thread.start()
    thread.join()
    QCoreApplication.processEvents()  # the queued call has no receiver left: nothing runs
    assert emitted == [True]
