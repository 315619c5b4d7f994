"""The app checking itself end to end (``--self-test``): real window, real key events.

Steps: open the sample article; select part of its first word and send the key ``1`` (tags
the whole word as speaker); select the conjunction و at the start of a word and send
Shift+2 (tags exactly و as claim); export JSONL on the worker thread; check that the
exported spans slice exactly those texts; then import a web page, a Word document and a PDF
written on the spot into a project of its own (``selftest_formats``) and check their text.
Prints one JSON line and exits 0, or 1 with the reason on standard error.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

import regex
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from annotator.importer import import_paths
from annotator.paths import seed_articles
from annotator.text import word_at

from . import pyside_bytecode

TIMEOUT_MS = 60_000


class SelfTestFailed(Exception):
    pass


class SelfTest(QObject):
    def __init__(self, window, folder: Path):
        super().__init__(window)
        self.window = window
        self.folder = folder
        self.expected: list[tuple[int, int, str, str]] = []
        self.document_id: int | None = None
        self._waited = 0
        self._done = False

    def start(self) -> None:
        QTimer.singleShot(TIMEOUT_MS, lambda: self.finish(1, "timed out"))
        try:
            self._open_seed()
        except Exception as e:  # noqa: BLE001 - any failure is the test's answer
            self.finish(1, f"opening the sample article failed: {e!r}")
            return
        self.window.activateWindow()
        self._wait_active()

    def _open_seed(self) -> None:
        session = self.window.session
        seed = seed_articles()[0]
        sha = hashlib.sha256(seed.read_bytes()).hexdigest()
        doc_id = session.project.document_id_by_sha256(sha)
        if doc_id is None:
            doc_id = import_paths(session.project, [seed]).added[0]
            session.refresh_documents()
        self.document_id = doc_id
        self.window.open_document(doc_id)

    def _wait_active(self) -> None:
        # Window shortcuts fire only in the active window; the platform activates it soon.
        if self.window.isActiveWindow():
            self._tag()
            return
        self._waited += 1
        if self._waited > 500:
            self.finish(1, "the window never became active")
            return
        QTimer.singleShot(20, self._wait_active)

    def _press(self, key: Qt.Key, text: str, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
        view = self.window.view
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(view, QKeyEvent(kind, key, modifiers, text))

    def _tag(self) -> None:
        try:
            view = self.window.view
            view.setFocus()
            text = view.text()
            project = self.window.session.project
            start, end = word_at(text, 0)
            view.select_range(start + 1, end - 1)  # part of the word: the key snaps it
            self._press(Qt.Key.Key_1, "1")
            self._expect(project, start, end, "speaker", text)
            match = regex.search(r"(?<!\w)و\w{2,}", text)
            if match is None:
                raise SelfTestFailed("the sample has no word starting with و")
            view.select_range(match.start(), match.start() + 1)
            self._press(Qt.Key.Key_2, "2", Qt.KeyboardModifier.ShiftModifier)
            self._expect(project, match.start(), match.start() + 1, "claim", text)
        except Exception as e:  # noqa: BLE001
            self.finish(1, f"tagging failed: {e}")
            return
        out = self.folder / "self-test-export.jsonl"
        files = self.window.files
        files.export_finished.connect(self._check_export)
        files.task_failed.connect(lambda title, msg: self.finish(1, f"{title}: {msg}"))
        files.export_to(str(out), "native")

    def _expect(self, project, start: int, end: int, label: str, text: str) -> None:
        spans = {(s.start, s.end, s.label) for s in project.spans(self.document_id)}
        if (start, end, label) not in spans:
            raise SelfTestFailed(
                f"no {label} span {start}–{end} in the project file: {sorted(spans)}"
            )
        self.expected.append((start, end, label, text[start:end]))

    def _check_export(self, path: str, _count: int) -> None:
        try:
            with open(path, encoding="utf-8") as f:
                records = [json.loads(line) for line in f if line.strip()]
            record = next(r for r in records if r["id"] == self.document_id)
            exported = {(s["start"], s["end"], s["label"]) for s in record["spans"]}
            for start, end, label, quote in self.expected:
                if (start, end, label) not in exported:
                    raise SelfTestFailed(f"{label} {start}–{end} missing from the export")
                if record["text"][start:end] != quote:
                    raise SelfTestFailed(
                        f"exported text {record['text'][start:end]!r} != {quote!r}"
                    )
            # The suggestion rules are data files: the build must carry them.
            from annotator.suggest import suggest

            suggested = {x.label for x in suggest(record["text"])}
            if suggested != {"speaker", "claim", "location", "statistic"}:
                raise SelfTestFailed(f"the suggestion rules gave only {sorted(suggested)}")
        except Exception as e:  # noqa: BLE001
            self.finish(1, f"checking the export failed: {e!r}")
            return
        try:
            from .selftest_formats import check_formats

            formats = check_formats(self.folder)
        except Exception as e:  # noqa: BLE001
            self.finish(1, f"importing a web page, Word document and PDF failed: {e!r}")
            return
        print(
            json.dumps(
                {
                    "ok": True,
                    "project": str(self.window.session.project.path),
                    "document": self.document_id,
                    "spans": [
                        {"start": s, "end": e, "label": lb, "text": q}
                        for s, e, lb, q in self.expected
                    ],
                    "formats": formats,
                    # PySide6's support code: from the kept bytecode, or compiled at start-up
                    "pyside_bytecode": dict(pyside_bytecode.last_import),
                },
                ensure_ascii=False,
            )
        )
        sys.stdout.flush()
        self.finish(0)

    def finish(self, status: int, message: str = "") -> None:
        if self._done:
            return
        self._done = True
        if message:
            print(f"self-test: FAILED: {message}", file=sys.stderr)
        QApplication.exit(status)
