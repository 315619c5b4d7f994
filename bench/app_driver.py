"""Drive the real ``ui.main_window.MainWindow`` in this process (offscreen) and time it.

Run through ``python -m bench.ui_tasks TASK ARG...`` (one subprocess per measurement, with a
private HOME set by the parent so no real settings are read or written).
"""

from __future__ import annotations

import sqlite3
import time

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from annotator.store import Project
from bench.ui_tasks import rss_mb, summary, targets


def _window(project_path: str):
    from ui.app import application
    from ui.main_window import MainWindow

    app = application()
    window = MainWindow()
    window.set_project(Project.open(project_path))
    window.show()
    QTest.qWaitForWindowExposed(window)
    window.activateWindow()
    QTest.qWaitForWindowActive(window)
    app.processEvents()
    return app, window


def _paint(app, window) -> None:
    app.processEvents()
    window.view.viewport().repaint()


def _label_key(window) -> tuple[int, Qt.Key]:
    """The first label with a digit key (speaker, '1') and that key."""
    label = next(lb for lb in window.session.labels() if lb.key and lb.key.isdigit())
    return label.id, Qt.Key(Qt.Key.Key_0.value + int(label.key))


def tag(project_path: str, presses: str) -> dict:
    """Select a word range through the view, press the label key, repaint; per press."""
    app, window = _window(project_path)
    view = window.view
    doc_id = window.document_id
    text = view.text()
    label_id, key = _label_key(window)
    before = {(s.start, s.end) for s in window.session.project.spans(doc_id)}
    wanted = targets(text, set(before), int(presses), seed=5)
    view.setFocus()
    times = []
    for start, end in wanted:
        view.select_range(start, end)  # the analyst's drag: not timed
        _paint(app, window)
        t = time.perf_counter()
        QTest.keyClick(view, key, Qt.KeyboardModifier.NoModifier)
        _paint(app, window)
        times.append((time.perf_counter() - t) * 1000)
    # Every press must have landed in the file, as that range and label.
    conn = sqlite3.connect(f"file:{project_path}?mode=ro", uri=True)
    stored = set(
        conn.execute(
            "SELECT start, end FROM spans WHERE document_id = ? AND label_id = ?",
            (doc_id, label_id),
        )
    )
    conn.close()
    missing = [t for t in wanted if t not in stored]
    if missing:
        raise RuntimeError(
            f"{len(missing)} of {len(wanted)} tags are not in the file, e.g. {missing[:3]}"
        )
    return {**summary(times), "spans_before": len(before), "text_chars": len(text)}


def open_document(project_path: str, repeat: str) -> dict:
    """Click the big article's row in the document list until its first paint; per switch.

    The project holds a small article and the big one; each round opens the small one first
    (not timed), then the big one (timed).
    """
    app, window = _window(project_path)
    docs = window.session.project.documents()
    small = min(docs, key=lambda d: d.length)
    big = max(docs, key=lambda d: d.length)
    table, model = window.documents.table, window.documents.model
    times = []
    for _ in range(int(repeat)):
        window.open_document(small.id)
        _paint(app, window)
        t = time.perf_counter()
        table.setCurrentIndex(model.index(model.row_of(big.id), 0))  # as a click on the row
        _paint(app, window)
        times.append((time.perf_counter() - t) * 1000)
        if window.document_id != big.id or len(window.view.text()) != big.length:
            raise RuntimeError("the big article was not opened")
    return {**summary(times), "chars": big.length, "spans": big.span_count}


def memory(project_path: str) -> dict:
    """Resident memory with the project open and its longest article shown and painted."""
    app, window = _window(project_path)
    after_open = rss_mb()
    docs = window.session.project.documents()
    big = max(docs, key=lambda d: d.length)
    window.open_document(big.id)
    _paint(app, window)
    window.repaint()
    app.processEvents()
    if window.document_id != big.id:
        raise RuntimeError("the big article was not opened")
    return {
        "rss_mb": rss_mb(),
        "rss_after_project_open_mb": after_open,
        "documents": len(docs),
        "shown_chars": big.length,
    }


def tag_link(project_path: str, presses: str) -> dict:
    """The common attribution case, per claim: '2' tags the selection a claim, R proposes the
    nearest speaker before it, Enter links them; each key press with its repaint is timed,
    and the three together. Speakers are tagged first (not timed) so there is one to link to.
    """
    app, window = _window(project_path)
    view = window.view
    doc_id = window.document_id
    text = view.text()
    project = window.session.project
    labels = {lb.name: lb for lb in window.session.labels()}
    before = {(s.start, s.end) for s in project.spans(doc_id)}
    wanted = targets(text, set(before), 2 * int(presses), seed=7)
    for start, end in wanted[::2]:  # every other target a speaker (the setting, not timed)
        project.add_span(doc_id, start, end, labels["speaker"].id)
    window.open_document(doc_id)
    relations_before = len(project.relations(doc_id))
    view.setFocus()
    keys = {"tag": [], "R": [], "Enter": [], "total": []}
    claim_key = Qt.Key(Qt.Key.Key_0.value + int(labels["claim"].key))
    for start, end in wanted[1::2]:
        view.select_range(start, end)  # the analyst's drag: not timed
        _paint(app, window)
        total = 0.0
        for name, key in (("tag", claim_key), ("R", Qt.Key.Key_R), ("Enter", Qt.Key.Key_Return)):
            t = time.perf_counter()
            QTest.keyClick(view, key, Qt.KeyboardModifier.NoModifier)
            _paint(app, window)
            took = (time.perf_counter() - t) * 1000
            keys[name].append(took)
            total += took
        keys["total"].append(total)
    linked = len(project.relations(doc_id)) - relations_before
    if linked != len(wanted[1::2]):
        raise RuntimeError(f"{linked} of {len(wanted[1::2])} claims were linked")
    return {
        **summary(keys["total"]),
        "per_key": {k: summary(v) for k, v in keys.items() if k != "total"},
        "key_presses": 3,
        "spans_before": len(before),
        "text_chars": len(text),
    }


TASKS = {"tag": tag, "tag_link": tag_link, "open_document": open_document, "memory": memory}
