"""Suggestions in the article: computed off the GUI thread, outlined, triaged by keyboard.

The rules (``annotator.suggest``) run on a pool thread whenever a document opens; their
suggestions are stored in the project (so a rejection is remembered and an acceptance has an
origin) and outlined in the view (``ui.suggestion_marks``: never a tint, a suggestion is not
a span). F8 / Shift+F8 select the next / previous one; Enter accepts it under its own label,
a label key under that label, Backspace rejects it, and Ctrl+Shift+Enter accepts every
suggestion of the current one's rule and label in this document (one undo step). Accepting a
claim whose speaker is a span (or the speaker of a claim that is) links them too, in the same
undoable command. The counts by label are in the status bar. The undo commands are in
``ui.suggestion_commands``, the rules' run on a pool thread in ``ui.suggestion_runner``,
the pending list kept in step with the spans and the selection in ``ui.suggestion_list``.
"""

from __future__ import annotations

import time
from collections import Counter

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Qt, QThreadPool, Signal
from PySide6.QtGui import QAction

from annotator.model import Span

from . import accessibility
from .commands import AddSpan, excerpt
from .core_messages import core_message
from .label_names import label_name
from .plain import ElidedLabel
from .suggestion_commands import AcceptSuggestion, RejectSuggestion
from .suggestion_list import PendingSuggestions, _key, _stored
from .suggestion_runner import SuggestionRun, SuggestionRunSignals

#: Labels in the order the counts name them.
LABEL_ORDER = ("statistic", "location", "speaker", "claim")


class SuggestionTriage(PendingSuggestions, QObject):
    """The open document's suggestions and the current one; ``install`` wires it to a window.

    Signals:
        suggestions_changed(str summary): after the list changed («12 suggestions: …»).
        message_posted(str text): a short hint for the status bar.
        all_suggested(int documents, int added): Suggest in all documents finished.
        triage_possible(bool): whether a suggestion is selected (Enter, Backspace and
            Ctrl+Shift+Enter are live only then, so they never take a key from anything else).
    """

    suggestions_changed = Signal(str)
    message_posted = Signal(str)
    all_suggested = Signal(int, int)
    triage_possible = Signal(bool)

    def __init__(self, view, tagger, parent: QObject | None = None):
        super().__init__(parent)
        self.view, self.tagger = view, tagger
        self.session = None
        self.document_id: int | None = None
        self.text = ""
        self.found: list = []  # stored suggestions (or, read-only, the rules' own), in order
        self.pending: list = []  # found, less spans, rejected ones and unknown labels
        self._counts: Counter = Counter()  # pending by label, kept with it
        self.current: int | None = None  # index into ``pending``
        self.linking = False
        self.running = False  # the rules are at work on this document
        self._advance_to: int | None = None
        self.rejected: dict[int, set[tuple[int, int, str]]] = {}  # read-only: document -> keys
        self._generation = 0
        #: When the analyst last tagged or selected: the rules' thread waits meanwhile.
        self.active_at = 0.0
        self.ruled: dict = {}
        # No parent: a run on a pool thread may still emit through it while this object and
        # its window are being deleted; each run keeps it alive until it has emitted (a
        # child of this one was freed under a run's emit and took a full test run down).
        self._signals = SuggestionRunSignals()
        self._signals.done.connect(self._arrived)
        self._signals.failed.connect(self._run_failed)
        self.pool = QThreadPool.globalInstance()

    def install(self, window) -> None:
        """Follow ``window``'s project and document; counts in its status bar; the triage
        keys live in the article only."""
        self.window = window
        self.tagger.accept_suggestion = self.accept_selection  # a label key on a suggestion
        label = self.counts_label = ElidedLabel()  # … and a tooltip when narrow
        label.setObjectName("suggestion-counts")
        # A normal widget, not a permanent one: a message (an acceptance, an export) covers
        # the counts for its few seconds. Permanent, their long line left a message a sliver.
        window.statusBar().addWidget(label, 1)
        accessibility.name(
            label,
            QCoreApplication.translate("Accessibility", "Suggestions"),
            QCoreApplication.translate(
                "Accessibility", "How many suggestions are left in this article, by label"
            ),
        )
        self.suggestions_changed.connect(label.setText)
        self.message_posted.connect(lambda text: window.statusBar().showMessage(text, 6000))
        self.view.selection_range_changed.connect(self.selection_moved)
        window.document_opened.connect(self._document_opened)
        window.project_opened.connect(self._project_opened)
        window.attribution.linking_changed.connect(self._linking_changed)

    def install_keys(self, window) -> None:
        """Enter, Backspace and Ctrl+Shift+Enter: the article's keys, and only while a
        suggestion is selected there (the find bar's and the dialogs' keys stay theirs).
        Not in a menu either, which would make them the whole window's. Called when the
        window builds its actions (right after its first frame)."""
        from .actions import TRIAGE_ACTIONS

        for name in TRIAGE_ACTIONS:
            action: QAction = window.actions[name]
            window.removeAction(action)
            for menu in window.menus.values():
                menu.removeAction(action)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.view.addAction(action)
            action.setEnabled(False)
            self.triage_possible.connect(action.setEnabled)

    # --- state, followed from the window ------------------------------------------------------

    def _project_opened(self, _path: str) -> None:
        session = self.window.session
        session.spans_changed.connect(self._spans_changed)
        session.suggestions_changed.connect(self._suggestions_changed)
        if self.window.document_id is None:
            self.set_document(session, None, "")

    def _document_opened(self, document_id: int) -> None:
        self.set_document(self.window.session, document_id, self.tagger.text)

    def _linking_changed(self, active: bool) -> None:
        self.linking = active
        self.triage_possible.emit(self._selected())

    def set_document(self, session, document_id: int | None, text: str) -> None:
        """A document was opened: forget the last one's suggestions, compute this one's."""
        if session is not self.session:
            self.rejected.clear()
            self.ruled = {}  # the rules' runs of this session (``SuggestionRun.ruled``)
        self.active_at = time.monotonic()  # the article first: the rules wait a moment
        self.session, self.document_id, self.text = session, document_id, text
        self.found, self.pending, self.current = [], [], None
        self._counts = Counter()
        self._generation += 1
        self.running = False
        self._show()
        if session is None or document_id is None or not text:
            return
        self.running = True
        store = None if session.readonly else document_id
        generation = self._generation
        run = SuggestionRun(
            self._signals,
            generation,
            text,
            session.project,
            store,
            active_at=lambda: self.active_at,
            wanted=lambda: generation == self._generation,
            ruled=self.ruled,
        )
        window = getattr(self, "window", None)
        if window is None:
            self.pool.start(run)
        else:  # the article first, then the rules (their import and their CPU)
            window.after_first_paint(
                lambda: self.pool.start(run) if generation == self._generation else None
            )

    def _arrived(self, generation: int, result: tuple) -> None:
        if generation != self._generation or self.session is None:
            return  # another document (or project) opened since
        self.running = False
        found, stored, problem = result
        # Stored, a rejection is remembered and an acceptance has an origin; read-only (or
        # refused by the file), they are shown all the same.
        self.found = stored if stored is not None else found
        if problem:
            self.message_posted.emit(
                self.tr("Suggestions not saved: {reason}").format(reason=core_message(problem))
            )
        self._prune()
        self._show()

    def _run_failed(self, generation: int, message: str) -> None:
        if generation == self._generation:
            self.running = False
            self.message_posted.emit(self.tr("Suggestions failed: {reason}").format(reason=message))

    def summary(self) -> str:
        """«12 suggestions: 7 statistic, 3 location, 2 speaker», or '' with none."""
        if not self.pending:
            return ""
        counts = self._counts
        order = [lab for lab in LABEL_ORDER if counts[lab]] + sorted(
            lab for lab in counts if lab not in LABEL_ORDER and counts[lab]
        )
        # Counts in the interface's digits, as the document list's (QLocale(): ٣ in Arabic),
        # joined by the interface's comma (، in Arabic). Label names are the project's data,
        # shown as the legend and the span list show them.
        locale = QLocale()
        separator = self.tr(", ", "between the counts of the suggestions by label")
        parts = separator.join(f"{locale.toString(counts[lab])} {label_name(lab)}" for lab in order)
        n = len(self.pending)
        # %Ln: a translation gives each plural form its own text (Arabic has six).
        text = (
            self.tr("1 suggestion: {counts}")
            if n == 1
            else self.tr("%Ln suggestions: {counts}", "", n)
        )
        return text.format(counts=parts)

    # --- actions -----------------------------------------------------------------------------

    def run_all(self):
        """Tag ▸ Suggest in all documents: a background task with progress."""
        if self.session is None or self.session.readonly:
            self.message_posted.emit(
                self.tr("Suggestions are stored in the project: open it for writing.")
            )
            return None
        from annotator.suggest.predictions import suggest_project

        project = self.session.project

        def done(result) -> None:
            documents, added = result
            self.all_suggested.emit(documents, added)
            self.message_posted.emit(
                self.tr("New suggestions: {added}, from %n document(s).", "", documents).format(
                    added=added
                )
            )
            self._prune(reread=True)
            self._show()

        def failed(message: str) -> None:
            if message != "cancelled":
                self.message_posted.emit(core_message(message))
                return
            # What was stored stays (a hundred documents a transaction): show it here too.
            self.message_posted.emit(
                self.tr("Suggesting stopped; the suggestions stored so far are kept.")
            )
            self._prune(reread=True)
            self._show()

        return self.window.tasks.start(
            self.tr("Suggesting"),
            self.tr("Running the suggestion rules over every document"),
            lambda progress: suggest_project(project, progress),
            on_success=done,
            on_failure=failed,
        )

    def next(self) -> None:
        self._step(+1)

    def previous(self) -> None:
        self._step(-1)

    def _step(self, direction: int) -> None:
        if self.running or self.view.loading:
            self.message_posted.emit(self.tr("The suggestions are still being made."))
            return
        if not self.pending:
            self.message_posted.emit(self.tr("No suggestions in this document."))
            return
        if self.current is None:
            pos = self.view.cursor_position()
            after = [i for i, s in enumerate(self.pending) if s.start >= pos]
            before = [i for i, s in enumerate(self.pending) if s.start < pos]
            if direction > 0:
                i = after[0] if after else 0
            else:
                i = before[-1] if before else len(self.pending) - 1
        else:
            i = (self.current + direction) % len(self.pending)
        self._select(i)

    def _select(self, i: int | None) -> None:
        self.current = i
        if i is not None:
            s = self.pending[i]
            self.tagger.set_current_span(None)
            self.view.select_range(s.start, s.end)  # a label key now tags exactly this
        self._show()
        if i is None:
            return
        s = self.pending[i]
        self.message_posted.emit(
            self.tr(
                "Suggested {label} ({source}): “{quote}”. Enter accepts, Backspace rejects"
            ).format(
                label=label_name(s.label),
                source=_source(s),
                quote=excerpt(self.text[s.start : s.end], 60),
            )
        )

    def _current(self):
        if self.current is None or self.view.selected_range() is None:
            self.message_posted.emit(self.tr("No suggestion is selected: press F8 first."))
            return None
        return self.pending[self.current]

    def accept(self, label_id: int | None = None) -> Span | None:
        """Enter (or a label key, with that label): the current suggestion becomes a span,
        undoable, with the suggestion recorded as its origin."""
        s = self._current()
        if s is None or self.session is None:
            return None
        label = (
            self.session.label(label_id)
            if label_id is not None
            else next((lab for lab in self.session.labels() if lab.name == s.label), None)
        )
        if label is None:
            return None
        if not _stored(s):  # a read-only project shows suggestions it cannot store
            return self.tagger.tag_with(label.id, exact=True)
        command = AcceptSuggestion(self.session, s, label, self.text[s.start : s.end])
        self.session.undo_stack.push(command)
        if command.succeeded:
            self.tagger.set_current_span(None)
        self._advance()  # at once, not a turn of the event loop later
        if command.succeeded:
            self.message_posted.emit(command.done)  # after the next one's hint: what was done
        return command.span if command.succeeded else None

    def accept_selection(self, label_id: int) -> Span | None:
        """A label key: accept the current suggestion under that label if exactly it is
        selected; None (the tagger tags as usual) otherwise."""
        if self.current is None or self.current >= len(self.pending):
            return None
        s = self.pending[self.current]
        if self.view.selected_range() != (s.start, s.end) or not _stored(s):
            return None
        return self.accept(label_id)

    def reject(self) -> None:
        """Backspace: the current suggestion goes and does not come back."""
        s = self._current()
        if s is None:
            return
        index = self.current
        if _stored(s):
            command = RejectSuggestion(self.session, s, self.text[s.start : s.end])
            self.session.undo_stack.push(command)  # suggestions_changed reads the list again
        else:
            self.rejected.setdefault(self.document_id, set()).add(_key(s))
        self._advance_to = None
        self._prune()
        self._after_triage(index)

    def accept_rule(self) -> int:
        """Ctrl+Shift+Enter: every suggestion of the current one's rule in this document,
        each under its own label, in one undo step. A rule that finds speakers and claims
        gives both, and each claim is linked to its speaker."""
        s = self._current()
        if s is None or self.session is None:
            return 0
        labels = {label.name: label for label in self.session.labels()}
        rule = _source(s)
        same = [x for x in self.pending if _source(x) == rule and x.label in labels]
        stack = self.session.undo_stack
        stack.beginMacro(f"Accept {len(same)} suggestions of {rule}")
        added = 0
        for x in same:
            quote = self.text[x.start : x.end]
            label = labels[x.label]
            if _stored(x):
                command = AcceptSuggestion(self.session, x, label, quote)
            else:
                command = AddSpan(self.session, self.document_id, x.start, x.end, label, quote)
            stack.push(command)
            added += bool(command.succeeded)
        stack.endMacro()
        self._advance_to = None
        self._after_triage(0)
        self.message_posted.emit(
            self.tr("Accepted %n suggestion(s) of {rule}.", "", added).format(rule=rule)
        )
        return added

    def _after_triage(self, index: int | None) -> None:
        """Move on to the suggestion that now takes the place of the one just handled."""
        if not self.pending:
            self.current = None
            self._show()
            pos = self.view.cursor_position()
            self.view.select_range(pos, pos)
            return
        self._select(min(index or 0, len(self.pending) - 1))


def _source(s) -> str:
    return getattr(s, "source", None) or getattr(s, "rule", "")
