"""A very long article: prepared off the GUI thread, a giant paragraph shown in blocks, and
every offset, selection and copy still exact."""

from __future__ import annotations

import subprocess
import sys

import pytest
from PySide6.QtCore import QThread, QTimer
from PySide6.QtGui import QGuiApplication

from annotator.model import Label, Span
from tests.conftest import ROOT
from tests.ui.app_fixtures import OFFSCREEN_NOISE
from ui.article_loading import BACKGROUND_CHARS
from ui.article_view import ArticleView
from ui.span_layout import DISPLAY_BREAK

LABELS = [Label(1, "speaker", "#e69f00", "1", "s"), Label(2, "claim", "#56b4e9", "2", "c")]
WORDS = ["قال", "الوزير", "إن", "Reuters", "2030", "😀", "مليون", "ريال،"]


def _long_paragraph(chars: int) -> str:
    words, n = [], 0
    while n < chars:
        word = WORDS[len(words) % len(WORDS)]
        words.append(word)
        n += len(word) + 1
    return "عنوان\n" + " ".join(words)


def _view(qtbot) -> ArticleView:
    view = ArticleView()
    qtbot.addWidget(view)
    view.resize(600, 400)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_a_giant_paragraph_loads_off_the_gui_thread_with_exact_offsets(qtbot):
    text = _long_paragraph(BACKGROUND_CHARS + 10_000)
    view = _view(qtbot)
    first = Span(1, 1, 6, 9, 1, "speaker")
    with qtbot.waitSignal(view.article_loaded, timeout=60_000):
        view.set_article(text, [first], LABELS)
        assert view.loading and view.text() == ""  # nothing to select in the old text
        # Edits that arrive while it loads are kept for it.
        view.add_span(Span(2, 1, 10, 16, 2, "claim"))
        view.remove_span(1)
        view.set_current_span(2)
    assert not view.loading and view.text() == text
    assert [s[:3] for s in view.painted_spans()] == [(2, 10, 16)]
    assert view.current_span() == 2
    shown = view.document().toRawText()
    assert len(shown) == len(text)  # a cut takes the place of a space: no offset moves
    assert view.document().blockCount() > 2  # the paragraph is shown in blocks
    core_cut = shown.index(DISPLAY_BREAK, 10)
    assert text[core_cut] == " "
    assert (
        view.document().findBlock(view.to_qt(core_cut) + 1).position() == view.to_qt(core_cut) + 1
    )
    # A selection across a cut is exact in code points, and copies as the canonical text.
    view.select_range(core_cut - 8, core_cut + 9)
    assert view.selected_range() == (core_cut - 8, core_cut + 9)
    view.copy()
    assert QGuiApplication.clipboard().text() == text[core_cut - 8 : core_cut + 9]
    # A span over the cut is painted on both blocks.
    view.add_span(Span(3, 1, core_cut - 8, core_cut + 9, 1, "speaker"))
    assert (3, core_cut - 8, core_cut + 9) in [s[:3] for s in view.painted_spans()]


def test_a_newer_article_wins_over_one_still_loading(qtbot):
    view = _view(qtbot)
    loaded = []
    view.article_loaded.connect(lambda: loaded.append(True))
    with qtbot.waitSignal(view._loader.prepared, timeout=60_000) as left:  # the worker is done
        view.set_article(_long_paragraph(BACKGROUND_CHARS + 10), [], LABELS)
        view.set_article("مقال قصير", [Span(1, 1, 0, 4, 1, "speaker")], LABELS)
        assert not view.loading and view.text() == "مقال قصير"
    assert left.args[1:] == [None, None, None]  # no document was filled for the one left
    assert loaded == []  # the long one's result was dropped
    assert view.text() == "مقال قصير" and [s[0] for s in view.painted_spans()] == [1]


@OFFSCREEN_NOISE
def test_the_window_reads_a_very_long_article_off_the_gui_thread(
    qtbot, open_window, tmp_path, monkeypatch
):
    """The window does not read a very long article's text itself: the view's worker does,
    and the span list and the tagger get it when it is shown; tagging then works."""
    import ui.window_following

    text = _long_paragraph(30_000)
    monkeypatch.setattr(ui.window_following, "BACKGROUND_CHARS", 20_000)
    monkeypatch.setattr("ui.article_view.BACKGROUND_CHARS", 20_000)
    window = open_window()
    project = window.session.project
    [(doc, _)] = project.add_documents(
        [{"name": "long.txt", "text": text, "sha256": "x" * 64, "spans": []}]
    )
    span = project.add_span(doc, 6, 9, window.session.labels()[0].id)
    project._texts.clear()
    read_by = []
    real_read = project.read_text
    monkeypatch.setattr(
        project, "read_text", lambda i: read_by.append(QThread.currentThread()) or real_read(i)
    )
    with qtbot.waitSignal(window.view.article_loaded, timeout=60_000):
        window.open_document(doc)
        assert window.view.loading
    assert read_by and read_by[0] is not window.thread()
    assert window.view.text() == text == window.tagger.text
    model = window.spans.model
    assert model.data(model.index(0, 1)) == text[6:9]
    window.view.select_range(10, 16)
    assert window.tagger.tag_with(window.session.labels()[1].id) is not None
    assert sorted((s.start, s.end) for s in project.spans(doc)) == [
        (span.start, span.end),
        (10, 16),
    ]


def test_installing_a_prepared_article_measures_a_page_of_paragraphs_not_all(qtbot, monkeypatch):
    """Qt sizes the scroll bar by adding paragraph heights from the last one up until a page
    is full: while the prepared document is installed, each must have a height, or it asks
    for every paragraph of the article (17,000 calls into Python for a 15 MB one)."""
    from ui.span_painter import ArticleLayout

    text = "\n".join(f"الفقرة {i} قال الوزير" for i in range(20_000))
    monkeypatch.setattr("ui.article_view.BACKGROUND_CHARS", len(text))
    view = _view(qtbot)
    asked = []
    real = ArticleLayout.blockBoundingRect
    monkeypatch.setattr(
        ArticleLayout, "blockBoundingRect", lambda self, block: asked.append(1) or real(self, block)
    )
    with qtbot.waitSignal(view.article_loaded, timeout=60_000):
        view.set_article(text, [], LABELS)
    assert view.document().blockCount() == 20_000
    assert 0 < len(asked) < 2_000


def test_the_loaders_worker_never_waits_for_a_qt_lock_holding_the_gil():
    """The app stopped for good when a window was destroyed as a long article finished
    preparing: the worker, holding the GIL, waited in ``moveToThread`` for the signal-slot
    mutex the GUI thread held in ``~QObject`` while it waited for the GIL. The scenario holds
    every such mutex in the GUI thread with the GIL released; the worker must still finish."""
    try:
        proc = subprocess.run(
            [sys.executable, "-m", "tests.ui.loader_lock_scenario"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=120,
        )
    except subprocess.TimeoutExpired:
        pytest.fail("the loader's worker and the GUI thread deadlocked")
    assert proc.returncode == 0, proc.stdout + proc.stderr[-2000:]
    assert proc.stdout.strip() == "prepared"


def test_the_gui_thread_fills_a_long_article_between_other_events(qtbot, monkeypatch):
    """The worker hands over plain text and layout; the GUI thread fills the Qt document a
    piece at a time, and other events (here a timer's) run in between."""
    import ui.article_loading as loading

    monkeypatch.setattr(loading, "_FILL_SLICE", 0.0)  # one piece per turn of the event loop
    text = _long_paragraph(200_000)
    happened = []
    real_step = loading._Filling.step
    monkeypatch.setattr(
        loading._Filling,
        "step",
        lambda self, deadline: happened.append("fill") or real_step(self, deadline),
    )
    timer = QTimer()
    timer.timeout.connect(lambda: happened.append("tick"))
    timer.start(0)
    loader = loading.ArticleLoader()
    with qtbot.waitSignal(loader.prepared, timeout=60_000) as blocker:
        loader.start(7, text)
    timer.stop()
    request, text_back, spans, document = blocker.args
    assert (request, text_back) == (
        7,
        text,
    ) and document.toRawText() == spans.display_text().replace("\n", "\u2029")
    fills = [i for i, what in enumerate(happened) if what == "fill"]
    assert len(fills) > len(text) // loading._PIECE  # a piece per call
    assert "tick" in happened[fills[0] : fills[-1]]  # the event loop ran meanwhile
    assert document.thread() is QThread.currentThread() and document.parent() is None


def test_a_request_still_preparing_is_cancelled_by_the_next(qtbot):
    from ui.article_loading import ArticleLoader

    loader = ArticleLoader()
    results = []
    loader.prepared.connect(lambda *args: results.append(args))
    first, second = _long_paragraph(100_000), _long_paragraph(120_000)
    loader.start(1, first)
    loader.start(2, second)
    qtbot.waitUntil(lambda: len(results) == 2, timeout=60_000)
    by_request = {r[0]: r[1:] for r in results}
    assert by_request[1] == (None, None, None)  # the view has left it: nothing is built
    assert (
        by_request[2][0] == second
        and by_request[2][2].characterCount() == len(second.encode("utf-16-le")) // 2 + 1
    )
    loader.start(3, first)
    loader.cancel()  # the view shows a short article instead
    qtbot.waitUntil(lambda: len(results) == 3, timeout=60_000)
    assert results[2] == (3, None, None, None)
