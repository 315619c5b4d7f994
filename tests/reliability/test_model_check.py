"""Model checking: random sequences of add, delete, relabel, undo, redo and reopen, driven
through the app's real undo commands (ui/commands.py on the session's QUndoStack), checked
after every step against a pure-Python model: the file (a separate read-only connection),
the core's view (``project.spans``), the exported JSONL and the undo stack all agree with it.

Reopen is an app restart: a new Session on a freshly opened project, with an empty undo stack.
"""

from __future__ import annotations

import io
import json
import shutil
import sqlite3
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from annotator import Project, export
from tests.core.conftest import add_text

TEXTS = ("قال المتحدث إن النمو في الرياض بلغ ٣٫٥٪", "The minister said growth was 3.5%")


class UndoModel(RuleBasedStateMachine):
    def __init__(self):
        super().__init__()
        from ui.app import application

        application()
        self.folder = Path(tempfile.mkdtemp(prefix="model-check-"))
        self.path = self.folder / "model.annot"
        with Project.create(self.path) as p:
            self.docs = [add_text(p, t, name=f"d{n}.txt") for n, t in enumerate(TEXTS)]
            self.labels = {label.id: label.name for label in p.labels()}
        self.texts = dict(zip(self.docs, TEXTS, strict=True))
        self.spans: dict[int, tuple[int, int, int, int]] = {}  # id -> (doc, start, end, label)
        self.history: list[tuple] = []  # what each command on the stack did
        self.index = 0
        self._open()

    def _open(self) -> None:
        from ui.session import Session

        self.session = Session(Project.open(self.path))
        self.stack = self.session.undo_stack

    def teardown(self) -> None:
        self.session.close()
        shutil.rmtree(self.folder, ignore_errors=True)

    def _push(self, command, effect) -> None:
        self.stack.push(command)
        # QUndoStack.push drops the redo tail even when the command fails (is obsolete).
        del self.history[self.index :]
        if command.succeeded:
            self.history.append(effect())
            self.index += 1

    def _label(self, span_id: int, label_id: int):
        from annotator.model import Label

        return Label(label_id, self.labels[label_id], "#000000", None, None, 0)

    def _taken(self, doc, start, end, label, other_than=None) -> bool:
        return any(v == (doc, start, end, label) and k != other_than for k, v in self.spans.items())

    # --- rules -------------------------------------------------------------------------------

    @rule(
        which=st.integers(0, 1),
        start=st.integers(0, 30),
        length=st.integers(1, 8),
        label=st.integers(0, 3),
    )
    def add(self, which, start, length, label):
        from ui.commands import AddSpan

        doc = self.docs[which]
        text = self.texts[doc]
        start = min(start, len(text) - 1)
        end = min(start + length, len(text))
        label_id = sorted(self.labels)[label]
        expected = not self._taken(doc, start, end, label_id)
        command = AddSpan(self.session, doc, start, end, self._label(0, label_id), text[start:end])

        def effect():
            span = command.span
            assert span.id not in self.spans
            self.spans[span.id] = (doc, start, end, label_id)
            return ("add", span.id, (doc, start, end, label_id))

        self._push(command, effect)
        assert command.succeeded == expected

    @precondition(lambda self: self.spans)
    @rule(data=st.data())
    def delete(self, data):
        from ui.commands import DeleteSpan

        span_id = data.draw(st.sampled_from(sorted(self.spans)))
        span = self.session.project.span(span_id)
        command = DeleteSpan(self.session, span, "")

        def effect():
            return ("delete", span_id, self.spans.pop(span_id))

        self._push(command, effect)
        assert command.succeeded

    @precondition(lambda self: self.spans)
    @rule(data=st.data(), label=st.integers(0, 3))
    def relabel(self, data, label):
        from ui.commands import RelabelSpan

        span_id = data.draw(st.sampled_from(sorted(self.spans)))
        doc, start, end, old = self.spans[span_id]
        new = sorted(self.labels)[label]
        expected = not self._taken(doc, start, end, new, other_than=span_id)
        span = self.session.project.span(span_id)
        command = RelabelSpan(self.session, span, self._label(span_id, new), "")

        def effect():
            self.spans[span_id] = (doc, start, end, new)
            return ("relabel", span_id, old, new)

        self._push(command, effect)
        assert command.succeeded == expected

    @rule()
    def undo(self):
        assert self.stack.canUndo() == (self.index > 0)
        if not self.index:
            return
        self.stack.undo()
        self.index -= 1
        kind, span_id, *rest = self.history[self.index]
        if kind == "add":
            del self.spans[span_id]
        elif kind == "delete":
            self.spans[span_id] = rest[0]
        else:
            doc, start, end, _ = self.spans[span_id]
            self.spans[span_id] = (doc, start, end, rest[0])

    @rule()
    def redo(self):
        assert self.stack.canRedo() == (self.index < len(self.history))
        if self.index == len(self.history):
            return
        self.stack.redo()
        kind, span_id, *rest = self.history[self.index]
        self.index += 1
        if kind == "add":
            self.spans[span_id] = rest[0]
        elif kind == "delete":
            del self.spans[span_id]
        else:
            doc, start, end, _ = self.spans[span_id]
            self.spans[span_id] = (doc, start, end, rest[1])

    @rule()
    def reopen(self):
        self.session.close()
        self._open()
        self.history, self.index = [], 0

    # --- what must hold after every step -----------------------------------------------------

    @invariant()
    def file_agrees(self):
        conn = sqlite3.connect(f"{self.path.absolute().as_uri()}?mode=ro", uri=True)
        try:
            rows = conn.execute("SELECT id, document_id, start, end, label_id FROM spans")
            in_file = {r[0]: tuple(r[1:]) for r in rows}
        finally:
            conn.close()
        assert in_file == self.spans

    @invariant()
    def core_agrees(self):
        project = self.session.project
        seen = {
            s.id: (s.document_id, s.start, s.end, s.label_id)
            for doc in self.docs
            for s in project.spans(doc)
        }
        assert seen == self.spans

    @invariant()
    def export_agrees(self):
        out = io.BytesIO()
        export(self.session.project, out)
        exported = set()
        for line in out.getvalue().decode().splitlines():
            record = json.loads(line)
            for s in record["spans"]:
                assert s["text"] == record["text"][s["start"] : s["end"]]
                exported.add((record["id"], s["start"], s["end"], s["label"]))
        expected = {(d, a, b, self.labels[lab]) for d, a, b, lab in self.spans.values()}
        assert exported == expected

    @invariant()
    def undo_stack_agrees(self):
        assert (self.stack.count(), self.stack.index()) == (len(self.history), self.index)


UndoModel.TestCase.settings = settings(
    max_examples=100,
    stateful_step_count=30,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
TestUndoModel = UndoModel.TestCase
