"""The suggestion rules over one document, on a pool thread (``annotator.suggest``, loaded on
first use); the result or the failure comes back through signals to the GUI thread."""

from __future__ import annotations

from PySide6.QtCore import QObject, QRunnable, Signal


class SuggestionRun(QRunnable):
    """One document's rules on a pool thread, and storing what they found (unless the
    project is read-only: ``document_id`` None); the result comes back through ``done`` as
    (the rules' suggestions, the stored ones or None, why storing failed or "")."""

    def __init__(
        self, signals: SuggestionRunSignals, generation: int, text: str, project, document_id
    ):
        super().__init__()
        self.signals, self.generation, self.text, self.project = signals, generation, text, project
        self.document_id = document_id

    def run(self) -> None:
        try:
            from annotator.suggest import suggest  # the rules: not before the first frame

            # Every place tagged in the project ("label all occurrences"), read on a
            # connection of its own: the window's edits do not wait for it.
            known = self.project.tagged_texts("location")
            found = suggest(self.text, known_locations=known)
        except Exception as e:  # a broken rule file must not take the app down
            try:
                self.signals.failed.emit(self.generation, repr(e))
            except RuntimeError:  # the window closed meanwhile
                pass
            return
        stored, problem = None, ""
        if self.document_id is not None:
            try:  # here, not on the GUI thread: a long article has thousands
                self.project.add_suggestions(self.document_id, found)
                stored = self.project.suggestions(self.document_id)
            except Exception as e:  # the file refused the write: they are still shown
                problem = str(e)
        try:
            self.signals.done.emit(self.generation, (found, stored, problem))
        except RuntimeError:  # the window closed while the rules ran: nobody to tell
            pass


class SuggestionRunSignals(QObject):
    done = Signal(int, object)
    failed = Signal(int, str)
