"""The suggestion rules over one document, on a pool thread (``annotator.suggest``, loaded on
first use); the result or the failure comes back through signals to the GUI thread."""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, QRunnable, Signal

#: Suggestions stored per transaction. The window's edits share the project's connection:
#: stored at once, the 83,749 suggestions of the 1 MiB bench article kept a tag waiting for
#: it 1 to 2.5 s; between two of these it waits for one at most (a few ms).
STORE_CHUNK = 1000


#: While the analyst works (a tag, a selection) less than this long ago, the rules wait.
QUIET_S = 0.3


class Stale(Exception):
    """Another document was opened while the rules ran: their result is not wanted."""


def store(project, document_id: int, found: list, pause=lambda: None) -> None:
    """Store a document's suggestions a chunk at a time, letting an edit in between."""
    # Claims after the rest: a claim names its speaker by range, stored in an earlier chunk.
    claims = [s for s in found if s.label == "claim" and getattr(s, "link", None)]
    rest = [s for s in found if not (s.label == "claim" and getattr(s, "link", None))]
    for part in (rest, claims):
        for i in range(0, len(part), STORE_CHUNK):
            pause()
            project.add_suggestions(document_id, part[i : i + STORE_CHUNK])


class SuggestionRun(QRunnable):
    """One document's rules on a pool thread, and storing what they found (unless the
    project is read-only: ``document_id`` None); the result comes back through ``done`` as
    (the rules' suggestions, the stored ones or None, why storing failed or "")."""

    def __init__(
        self,
        signals: SuggestionRunSignals,
        generation: int,
        text: str,
        project,
        document_id,
        active_at=lambda: 0.0,
        wanted=lambda: True,
        ruled: dict | None = None,
    ):
        super().__init__()
        self.signals, self.generation, self.text, self.project = signals, generation, text, project
        self.document_id = document_id
        #: When the analyst last tagged or selected (``time.monotonic()``), and whether
        #: this run's document is still the open one: read between two pieces of work.
        self.active_at, self.wanted = active_at, wanted
        #: Document id -> what its rules last ran on in this session (its text's length,
        #: the project's places): the same again finds and stores the same, so is skipped.
        self.ruled = ruled if document_id is not None else None

    def pause(self) -> None:
        """Between two pieces: give way to the window, and wait while the analyst works.

        Pure Python on this thread holds the interpreter; the window's thread got it back
        only every few milliseconds, and a tag on a 1 MiB article took seconds meanwhile.
        """
        time.sleep(0.001)  # a waiting thread takes the interpreter (and the project) now
        while time.monotonic() - self.active_at() < QUIET_S:
            if not self.wanted():
                break
            time.sleep(0.05)
        if not self.wanted():
            raise Stale

    def run(self) -> None:
        try:
            # Not while the document is just opening (the window's work first), nor at all
            # for one left meanwhile (the analyst going through documents).
            self.pause()
            # The rules: not before the first frame.
            from annotator.suggest.pieces import suggest_in_pieces

            # Every place tagged in the project ("label all occurrences"), read on a
            # connection of its own: the window's edits do not wait for it.
            known = self.project.tagged_texts("location")
            ran_on = (len(self.text), hash(tuple(known)))
            again = self.ruled is not None and self.ruled.get(self.document_id) == ran_on
            found = []
            for piece in () if again else suggest_in_pieces(self.text, known):
                found += piece
                self.pause()
        except Stale:
            return
        except Exception as e:  # a broken rule file must not take the app down
            try:
                self.signals.failed.emit(self.generation, repr(e))
            except RuntimeError:  # the window closed meanwhile
                pass
            return
        stored, problem = None, ""
        if self.document_id is not None:
            try:  # here, not on the GUI thread: a long article has thousands
                if not again:
                    store(self.project, self.document_id, found, self.pause)
                stored = self.project.suggestions(
                    self.document_id, own_connection=True, between=self.pause
                )
                if self.ruled is not None:
                    self.ruled[self.document_id] = ran_on
            except Stale:
                return
            except Exception as e:  # the file refused the write: they are still shown
                problem = str(e)
        try:
            self.signals.done.emit(self.generation, (found, stored, problem))
        except RuntimeError:  # the window closed while the rules ran: nobody to tell
            pass


class SuggestionRunSignals(QObject):
    done = Signal(int, object)
    failed = Signal(int, str)
