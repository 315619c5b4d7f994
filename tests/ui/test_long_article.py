"""A very long article: prepared a step at a time between the GUI thread's events, a giant
paragraph shown in blocks, and every offset, selection and copy still exact."""

from __future__ import annotations

import subprocess
import sys

import pytest
from PySide6.QtCore import Qt, QThread, QTimer
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


def test_a_giant_paragraph_loads_a_step_at_a_time_with_exact_offsets(qtbot):
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
def test_the_window_reads_a_very_long_article_a_piece_at_a_time(
    qtbot, open_window, tmp_path, monkeypatch
):
    """The window does not read a very long article's text at once: the view's loader reads
    it a piece at a time with events in between, and the span list and the tagger get it when
    it is shown; tagging then works."""
    import ui.article_loading
    import ui.window_following
    from annotator.store import documents

    text = _long_paragraph(30_000)
    monkeypatch.setattr(ui.window_following, "BACKGROUND_CHARS", 20_000)
    monkeypatch.setattr("ui.article_view.BACKGROUND_CHARS", 20_000)
    monkeypatch.setattr(ui.article_loading, "_STEP_S", 0.0)  # one step per turn of the loop
    monkeypatch.setattr(documents, "_TEXT_PIECE", 4096)
    window = open_window()
    project = window.session.project
    [(doc, _)] = project.add_documents(
        [{"name": "long.txt", "text": text, "sha256": "x" * 64, "spans": []}]
    )
    span = project.add_span(doc, 6, 9, window.session.labels()[0].id)
    project._texts.clear()
    happened = []
    real_reading = project.reading_text

    def reading(i):
        steps = real_reading(i)
        while True:
            try:
                next(steps)
            except StopIteration as done:
                return done.value
            happened.append("piece")
            yield

    def whole(i):
        raise AssertionError("read at once")

    monkeypatch.setattr(project, "reading_text", reading)
    monkeypatch.setattr(project, "read_text", whole)
    timer = QTimer()
    timer.timeout.connect(lambda: happened.append("tick"))
    timer.start(0)
    with qtbot.waitSignal(window.view.article_loaded, timeout=60_000):
        window.open_document(doc)
        assert window.view.loading
    timer.stop()
    pieces = [i for i, what in enumerate(happened) if what == "piece"]
    assert len(pieces) >= len(text.encode("utf-8")) // 4096
    assert "tick" in happened[pieces[0] : pieces[-1]]  # the window went on meanwhile
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
    from ui.article_layout import ArticleLayout

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


def test_the_loader_never_waits_for_a_qt_lock_holding_the_gil():
    """The app stopped for good when a window was destroyed as a long article finished
    preparing: the loader's worker thread, holding the GIL, waited in ``moveToThread`` for the
    signal-slot mutex the GUI thread held in ``~QObject`` while it waited for the GIL. The
    scenario holds every such mutex in the GUI thread with the GIL released; the article must
    still be prepared (the loader now has no thread: this keeps one from coming back unseen)."""
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


def test_the_gui_thread_prepares_a_long_article_between_other_events(qtbot, monkeypatch):
    """The loader prepares a step at a time (paragraphs found, the Qt document filled a
    piece at a time), and other events (here a timer's) run in between."""
    import ui.article_loading as loading

    monkeypatch.setattr(loading, "_STEP_S", 0.0)  # one step per turn of the event loop
    text = _long_paragraph(200_000)
    happened = []
    real_step = loading._Preparation.step
    monkeypatch.setattr(
        loading._Preparation,
        "step",
        lambda self, deadline: happened.append("step") or real_step(self, deadline),
    )
    timer = QTimer()
    timer.timeout.connect(lambda: happened.append("tick"))
    timer.start(0)
    loader = loading.ArticleLoader()
    with qtbot.waitSignal(loader.prepared, timeout=60_000) as blocker:
        loader.start(7, text)
        assert happened == []  # nothing before the event loop runs again
    timer.stop()
    request, text_back, spans, document = blocker.args
    assert (request, text_back) == (
        7,
        text,
    ) and document.toRawText() == spans.display_text().replace("\n", "\u2029")
    steps = [i for i, what in enumerate(happened) if what == "step"]
    assert len(steps) > len(text) // loading._PIECE  # a piece per call
    assert "tick" in happened[steps[0] : steps[-1]]  # the event loop ran meanwhile
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


def test_latin_only_paragraphs_are_found_among_many_arabic_ones():
    """The blocks shown left to right are those of the Latin-only paragraphs, whatever a
    paragraph starts with (a letter, a digit, a quote, a space) and however it is cut."""
    from ui.article_loading import ltr_blocks, paragraph_direction
    from ui.span_layout import LONG_PARAGRAPH, SpanLayout

    paragraphs = [
        "قال الوزير",
        "Reuters reported",
        "2030 رؤية",
        "«Vision» 2030",
        " ",
        "",
        "«قال»",
        "Vision 2030 هي رؤية",
        "12 345",
        " ".join(["Latin"] * (LONG_PARAGRAPH // 3)),  # shown in several blocks
        "السطر الأخير",
    ]
    layout = SpanLayout("\n".join(paragraphs))
    expected = [
        block
        for (text, blocks) in layout.paragraphs()
        if paragraph_direction(text) == Qt.LayoutDirection.LeftToRight
        for block in blocks
    ]
    assert len(expected) > 3 and ltr_blocks(layout) == expected


def test_the_direction_of_a_long_latin_paragraph_is_found_in_small_steps():
    """A Latin-only paragraph is read to its end to know it has no Arabic letter: a step per
    piece read, not one long call (and many short paragraphs, a step per few thousand)."""
    import ui.article_loading as loading
    from ui.span_layout import SpanLayout

    text = "عنوان\n" + " ".join(["Latin"] * 40_000) + "\n" + "\n".join(["«نص»"] * 9_000)
    layout = SpanLayout(text)
    blocks: list[int] = []
    steps = len(list(loading._finding_ltr(blocks, layout)))
    assert steps >= len(text) // loading._PIECE
    assert blocks == loading.ltr_blocks(layout) == list(layout.paragraph_ranges()[1][2])


def _note_shown(view: ArticleView) -> bool:
    """Whether the empty view paints anything besides its background and caret (the note)."""
    image = view.viewport().grab().toImage()
    background = image.pixelColor(image.width() // 2, image.height() - 2)
    caret_free = range(image.width() // 8, image.width() * 7 // 8)  # the caret is at an edge
    return any(
        image.pixelColor(x, y) != background for y in range(image.height()) for x in caret_free
    )


@pytest.mark.parametrize("language", ["en", "ar"])
def test_the_view_says_a_very_long_article_is_loading(qtbot, language, request):
    """A 15 MB article takes a fraction of a second to prepare: meanwhile the empty view says
    it is loading, in the interface's language, and says nothing once it is shown."""
    if language == "ar":
        request.getfixturevalue("arabic")
    view = _view(qtbot)
    assert not _note_shown(view)
    with qtbot.waitSignal(view.article_loaded, timeout=60_000):
        view.set_article(_long_paragraph(BACKGROUND_CHARS + 10), [], LABELS)
        note = {"en": "Loading the article…", "ar": "جارٍ تحميل المقالة…"}[language]
        assert view.placeholderText() == note and _note_shown(view)
    assert view.placeholderText() == ""
    view.set_article("", [], LABELS)  # an empty article is not said to be loading
    assert not _note_shown(view)


def test_an_article_left_while_loading_is_not_said_to_be_loading(qtbot):
    view = _view(qtbot)
    view.set_article(_long_paragraph(BACKGROUND_CHARS + 10), [], LABELS)
    assert view.placeholderText()
    view.set_article("", [], LABELS)
    assert view.placeholderText() == "" and not _note_shown(view)
