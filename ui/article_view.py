"""The article view: an Arabic article laid out right to left, with its spans painted on it.

Qt shapes the Arabic (HarfBuzz) and orders mixed text by its own UAX #9; this view never
changes the text and never puts a character format into the document (see ``ui.span_painter``
for how spans are painted instead). This module is the widget: the text, offsets, selection,
scrolling, mouse and keys. Where spans go and their bar depths is ``ui.span_layout`` (no Qt);
where things are on screen (paragraphs in view, the span under a point, scrolling a position
into view, what to repaint) is ``ui.article_geometry``.

Qt positions are UTF-16 units; the core counts code points. ``to_qt``/``to_core`` are the
one place where the two meet.

A little over 400 lines: what is left is one widget's state (the text shown, its spans, the
current span, a long article waiting to be shown) and Qt's overrides that read it; splitting
it further would spread one state over several classes.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QPainter,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QToolTip, QWidget

from annotator.model import Label, Span

from .article_geometry import blocks_in, repaint_range, rows_in_view, scroll_to, span_at_point
from .article_layout import ArticleLayout
from .article_loading import (
    BACKGROUND_CHARS,
    ArticleLoader,
    paragraph_direction,
    prepare,
    set_paragraph_directions,
    set_rtl_option,
)
from .fonts import arabic_font_family
from .keyboard import leaves_to_window
from .relation_marks import RelationMarks, changing_current, paint_marks, repainting_marks
from .settings import PREFS
from .span_layer import SpanLayer
from .span_layout import BAR_LEVELS, SpanLayout
from .span_painter import SpanPainter
from .suggestion_marks import SuggestionMarks, paint_suggestions

__all__ = ["ArticleView", "arabic_font_family", "paragraph_direction"]


class ArticleView(QPlainTextEdit):
    """A read-only, selectable view of one article and its spans.

    Signals:
        span_clicked(int): the user clicked inside a span without dragging (innermost span id).
        selection_range_changed(): the selection changed; read it with ``selected_range()``.
        article_loaded(): a very long article prepared a step at a time is shown.
    """

    span_clicked = Signal(int)
    selection_range_changed = Signal()
    article_loaded = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("article-view")
        document = QTextDocument(self)
        document.setUndoRedoEnabled(False)
        self._layout = ArticleLayout(document)
        document.setDocumentLayout(self._layout)
        self.setDocument(document)
        self.loading = False
        self._loader = ArticleLoader(self)
        self._loader.prepared.connect(self._prepared)
        self._request = 0
        self._pending: tuple[dict[int, Span], list[Label]] | None = None
        self._pending_current: int | None = None
        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setTabChangesFocus(True)
        self.setLayoutDirection(Qt.LayoutDirection.RightToLeft)  # scroll bar on the left
        set_rtl_option(document)

        self._spans = SpanLayout("")
        self._painter = SpanPainter(self._layout, self._spans)
        #: The spans as one kept picture of the viewport (``ui.span_layer``).
        self.span_layer = SpanLayer()
        self._current: int | None = None
        #: Links, the link candidate and uncertain spans, painted with the spans.
        self.marks = RelationMarks()
        #: Suggestions, outlined (``ui.suggestion_marks``; set by the triage).
        self.suggested = SuggestionMarks()
        #: Keys the window's actions take from the view for a while (linking's arrows).
        self.window_keys: frozenset = frozenset()
        #: A span's tooltip text, given its id (set by the window).
        self.tooltip_for: Callable[[int], str] | None = None
        self._press_pos: QPoint | None = None

        font = QFont(arabic_font_family())
        font.setPointSizeF(PREFS["view/font_point_size"].default)
        self._set_metrics(font)
        self.setFont(font)
        self.selectionChanged.connect(self.selection_range_changed)

    # --- text and offsets ----------------------------------------------------------------

    def set_article(self, text: str, spans: list[Span], labels: list[Label]) -> None:
        """Show a document's canonical text and its spans, scrolled to the top.

        A very long article is prepared a step at a time between events (``load_article``).
        """
        if len(text) >= BACKGROUND_CHARS:
            self.load_article(text, spans, labels)
            return
        self._request += 1
        self._loader.cancel()  # a long article still being prepared is not wanted any more
        self._current = self._pending_current = self._pending = None
        self._show(SpanLayout(text), None, spans, labels)

    def load_article(
        self, text: str | Callable[[], object], spans: list[Span], labels: list[Label]
    ) -> None:
        """Show a very long article, read (``text()``: a string, or a reader that yields
        between pieces) and prepared a step at a time between events.

        The view is empty and ``loading`` is True until it is shown (``article_loaded``);
        spans given meanwhile are kept for it. If reading fails the view stays empty.
        """
        self._request += 1
        self._current = self._pending_current = None
        self._pending = ({span.id: span for span in spans}, list(labels))
        self._show(SpanLayout(""), None, [], labels)
        self.loading = True
        self._loader.start(self._request, text)

    def _prepared(self, request: int, text: str | None, spans: SpanLayout | None, document) -> None:
        if request != self._request or self._pending is None:
            if document is not None:
                document.deleteLater()  # an article the analyst has left already
            return
        pending, labels = self._pending
        if text is None:  # it could not be read (the project closed meanwhile)
            self._pending, self.loading = None, False
            self.article_loaded.emit()
            return
        if spans is None:  # preparing it in steps failed: do it here at once
            spans, document = prepare(text)
        current, self._pending = self._pending_current, None
        self._show(spans, document, list(pending.values()), labels)
        if current is not None:
            self.set_current_span(current)
        self.article_loaded.emit()

    def _show(self, spans: SpanLayout, document, span_list: list[Span], labels) -> None:
        """Show a prepared document, or set the text into the view's own (``document=None``)."""
        self.loading = False
        self._spans = self._painter.spans = spans
        self._painter.forget_all()
        if document is None:
            self.setPlainText(spans.display_text())  # very long paragraphs in blocks
            set_paragraph_directions(self.document(), spans)
        else:
            self._install(document)
        self.set_spans(span_list, labels)
        self.setTextCursor(QTextCursor(self.document()))
        self.verticalScrollBar().setValue(0)

    def _install(self, document: QTextDocument) -> None:
        old = self.document()
        self._layout = self._painter.layout = ArticleLayout(document)
        document.setDocumentLayout(self._layout)
        document.setParent(self)
        document.setDefaultFont(self.font())
        option = document.defaultTextOption()
        option.setWrapMode(old.defaultTextOption().wrapMode())  # as the view set it
        document.setDefaultTextOption(option)
        self._set_metrics(self.font())
        self._layout.ready = False
        self.setDocument(document)  # sets the layout's width
        self._layout.ready = True
        old.deleteLater()

    def text(self) -> str:
        """The canonical text as given to ``set_article``."""
        return self._spans.text

    def to_qt(self, cp: int) -> int:
        """Qt document position (UTF-16) of code-point offset ``cp``."""
        return self._spans.map.to_utf16(cp)

    def to_core(self, qt_pos: int) -> int:
        """Code-point offset of Qt document position ``qt_pos``."""
        return self._spans.map.to_codepoint(qt_pos)

    def selected_range(self) -> tuple[int, int] | None:
        """The selection in code points (start < end), or None."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        start, end = self.to_core(cursor.selectionStart()), self.to_core(cursor.selectionEnd())
        return (start, end) if start < end else None

    def select_range(self, start: int, end: int) -> None:
        """Select code points ``[start, end)`` and scroll them into view."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.to_qt(start))
        cursor.setPosition(self.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    def cursor_position(self) -> int:
        """The caret position in code points."""
        return self.to_core(self.textCursor().position())

    # --- spans ---------------------------------------------------------------------------

    def set_spans(self, spans: list[Span], labels: list[Label]) -> None:
        """Replace the painted spans (a document or label change); the text is not laid out
        again, and shapes measured before are kept (they depend on the text only)."""
        if self._pending is not None:
            self._pending = ({span.id: span for span in spans}, list(labels))
            return
        self._painter.set_labels(labels)
        self._spans.set_spans(spans)
        self.marks.uncertain = {s.id for s in spans if s.uncertain}
        if self._current not in self._spans:
            self._current = None
        self._painter.forget()
        self.viewport().update()

    def add_span(self, span: Span) -> None:
        """Paint one more span (a tag, or an undone delete); repaints its paragraphs only."""
        if self._pending is not None:
            self._pending[0][span.id] = span
            return
        with repainting_marks(self, span.id):  # a linked span may come back
            self.remove_span(span.id)
            if span.uncertain:
                self.marks.uncertain.add(span.id)
            self._changed(self._spans.add(span))

    def remove_span(self, span_id: int) -> None:
        """Stop painting a span; the spans it overlapped may move up a bar."""
        if self._pending is not None:
            self._pending[0].pop(span_id, None)
            return
        with repainting_marks(self, span_id):  # a linked span may go
            if self._current == span_id:
                self._current = None
            self.marks.uncertain.discard(span_id)
            self._changed(self._spans.remove(span_id))

    def update_span(self, span: Span) -> None:
        """A span got another label or flag: repaint it (same range, same bar)."""
        if self._pending is not None:
            self._pending[0][span.id] = span
            return
        item = self._spans.get(span.id)
        if item is None or (item.start, item.end) != (span.start, span.end):
            self.add_span(span)
            return
        if span.uncertain != (span.id in self.marks.uncertain):
            (self.marks.uncertain.add if span.uncertain else self.marks.uncertain.discard)(span.id)
            self._update_range(span.start, span.end)
        self._changed(self._spans.relabel(span))

    def set_relations(self, relations: list[tuple[int, int, str]]) -> None:
        """The open document's relations as (from span, to span, colour): when a span is
        current, its linked spans are outlined and joined to it by an arrow."""
        if relations != self.marks.relations:
            with repainting_marks(self):
                self.marks.relations = relations

    def set_link_candidate(self, candidate: tuple[int, int, str, bool] | None) -> None:
        """While linking: (origin, candidate, colour, candidate is the ``to`` end), or None."""
        if candidate != self.marks.candidate:
            with repainting_marks(self):
                self.marks.candidate = candidate

    def painted_spans(self) -> list[tuple[int, int, int, int, str]]:
        """(id, start, end, bar depth, colour) of every painted span, in reading order."""
        return [
            (s.id, s.start, s.end, s.depth, self._painter.colors(s)[0].name())
            for s in self._spans.ordered()
        ]

    def _changed(self, stale: tuple[int, int] | None) -> None:
        if stale is not None:
            self._update_range(*stale)

    def _update_range(self, start: int, end: int) -> None:
        """Record the paragraphs holding ``[start, end)`` again, and repaint its lines."""
        area = self._repaint(start, end)
        self._painter.forget(self._spans.blocks_of(start, end), area, (start, end))

    def _repaint(self, start: int, end: int) -> QRect:
        """Repaint the lines holding code points ``[start, end)`` where they are on screen;
        the viewport area repainted."""
        return repaint_range(self, self.to_qt(start), self.to_qt(end))

    def span_ids_at(self, pos: int) -> list[int]:
        """Ids of the spans covering code point ``pos``, outermost first."""
        return self._spans.ids_at(pos)

    def set_current_span(self, span_id: int | None) -> None:
        """Outline one span (or none) and scroll it into view."""
        if self._pending is not None:
            self._pending_current = span_id
            return
        with changing_current(self, span_id):  # the marks show the current span's links
            previous = self._spans.get(self._current)
            self._current = span_id if span_id in self._spans else None
            current = self._spans.get(self._current)
            if current is not None:
                scroll_to(self, current.qt_start)
        if previous is current:
            return
        # Only the two spans' drawings are made again, not their paragraphs'.
        areas = tuple(
            QRect() if item is None else self._repaint(item.start, item.end)
            for item in (previous, current)
        )
        self._painter.set_current(previous, current, areas)

    def current_span(self) -> int | None:
        return self._current

    # --- font ----------------------------------------------------------------------------

    def set_font_point_size(self, pt: float) -> None:
        font = QFont(self.font())
        font.setPointSizeF(max(4.0, float(pt)))
        self._set_metrics(font)
        self.setFont(font)

    def set_font_family(self, family: str) -> None:
        font = QFont(self.font())
        font.setFamily(family)
        self._set_metrics(font)
        self.setFont(font)

    def font_point_size(self) -> float:
        return self.font().pointSizeF()

    def _set_metrics(self, font: QFont) -> bool:
        """Bar thickness and line gap for ``font``; True if the gap changed."""
        height = QFontMetricsF(font).height()
        bar = self._painter.bar = max(2.0, round(height * 0.07))
        gap = (bar + 1) * BAR_LEVELS + 2
        changed = gap != self._layout.line_gap
        self._layout.line_gap = gap
        return changed

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._painter.forget()  # the bars' thickness follows the font
            if self._set_metrics(self.font()):
                document = self.document()
                document.markContentsDirty(0, document.characterCount())

    # --- painting ------------------------------------------------------------------------

    def set_suggestions(self, ranges: list[tuple[int, int, int]], current: int | None) -> None:
        """Outline ``(start, end, label id)`` ranges (code points), ``current`` (an index into
        them) solid: suggestions, drawn under the text like the spans."""
        self.suggested.set(ranges, current)
        self.viewport().update()

    def drop_suggestions(self, indices: list[int], current: int | None) -> None:
        """Stop outlining the suggestions at ``indices`` (ascending; a tag took their place),
        ``current`` the index of the current one after that; only their paragraphs (and the
        current one's, if it changed) are repainted."""
        before = self.suggested.current_range()
        stale = self.suggested.drop(indices, current)
        after = self.suggested.current_range()
        if before != after:
            stale += [r for r in (before, after) if r is not None]
        for start, end, _ in stale:
            self._repaint(start, end)

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt override)
        rows = rows_in_view(self)
        blocks = blocks_in(rows, QRectF(event.rect()), self._layout.line_gap)
        self._layout.keep_shaped(block for block, _ in blocks)
        if self._spans or self.suggested.ranges:
            painter = QPainter(self.viewport())
            try:
                if not (
                    self._spans
                    and self.span_layer.paint(self, painter, event.rect(), self._current, rows)
                ):
                    self._painter.paint(painter, blocks, self._current)
                paint_suggestions(self, painter, blocks)
                paint_marks(self, painter, blocks, self._current)
            finally:
                painter.end()
        super().paintEvent(event)

    # --- mouse and keys ------------------------------------------------------------------

    def mousePressEvent(self, event) -> None:  # noqa: N802 (Qt override)
        self._press_pos = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().mouseReleaseEvent(event)
        pressed, self._press_pos = self._press_pos, None
        point = event.position().toPoint()
        if (
            event.button() == Qt.MouseButton.LeftButton
            and pressed is not None
            and (point - pressed).manhattanLength() < QApplication.startDragDistance()
        ):
            span_id = self.span_at_point(QPointF(point))
            if span_id is not None:
                self.span_clicked.emit(span_id)

    def span_at_point(self, point: QPointF) -> int | None:
        """The innermost span painted under viewport ``point``, or None."""
        return span_at_point(self, self._painter, point)

    def createMimeDataFromSelection(self):  # noqa: N802 (Qt override)
        """Copy puts a space where a very long paragraph is shown cut into blocks."""
        mime = super().createMimeDataFromSelection()
        cursor = self.textCursor()
        start = self.to_core(cursor.selectionStart())
        cuts = self._spans.cuts_in(start, self.to_core(cursor.selectionEnd()))
        if cuts and mime.hasText():
            copied = list(mime.text())  # Qt's plain text: one character per code point
            for cut in cuts:
                copied[cut - start] = " "
            mime.setText("".join(copied))
        return mime

    def event(self, event: QEvent) -> bool:
        # Label keys (1-4, letters) and Delete/Escape belong to the window's QActions.
        if event.type() == QEvent.Type.ShortcutOverride and (
            leaves_to_window(event) or event.key() in self.window_keys
        ):
            event.ignore()
            return False
        return super().event(event)

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.ToolTip and self.tooltip_for is not None:
            span_id = self.span_at_point(QPointF(event.pos()))
            if span_id is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), self.tooltip_for(span_id), self.viewport())
            return True
        return super().viewportEvent(event)
