"""Which encoding an import used, and Document ▸ Reopen with another encoding.

After an import the status bar names the encoding each text article was read with (the
command line prints it too). When the letters look wrong (a Windows-1256 file taken for
another encoding, or the other way round), the analyst reopens the article from its file
with an encoding of their choice: the document is read again and replaces the old one, which
must have no spans yet (its text, and so every offset, changes).
"""

from __future__ import annotations

import codecs
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QFileDialog, QInputDialog

from annotator import importer
from annotator.display import display_name
from annotator.errors import AnnotatorError

from .core_messages import core_message
from .plain import show_error

#: The encodings offered, Arabic ones first: (codec name, what the analyst reads).
CHOICES = (
    ("utf-8", "UTF-8"),
    ("cp1256", "Windows-1256 (Arabic)"),
    ("iso8859-6", "ISO-8859-6 (Arabic)"),
    ("cp720", "DOS 720 (Arabic)"),
    ("mac-arabic", "Mac Arabic"),
    ("utf-16", "UTF-16"),
    ("cp1252", "Windows-1252 (Western)"),
)


def encoding_name(codec: str | None) -> str:
    """How an encoding is shown: ``cp1256`` → ``Windows-1256 (Arabic)``."""
    if not codec:
        return "?"
    try:
        wanted = codecs.lookup(codec).name
    except LookupError:
        return codec
    for name, shown in CHOICES:
        if codecs.lookup(name).name == wanted:
            return shown
    return {
        "utf-8-sig": "UTF-8 (with BOM)",
        "utf-16-le": "UTF-16 LE",
        "utf-16-be": "UTF-16 BE",
    }.get(wanted.replace("_", "-"), codec)


def encodings_summary(encodings: dict[str, str]) -> str:
    """``old.txt read as UTF-8``, or ``text files read as UTF-8: 2, Windows-1256 (Arabic): 1``."""
    counts: dict[str, int] = {}
    for codec in encodings.values():
        counts[encoding_name(codec)] = counts.get(encoding_name(codec), 0) + 1
    shown = ", ".join(f"{name}: {n}" for name, n in sorted(counts.items()))
    if len(encodings) == 1:
        ((path, codec),) = encodings.items()
        return QCoreApplication.translate("Import", "{file} read as {encoding}").format(
            file=display_name(Path(path).name), encoding=encoding_name(codec)
        )
    if len(counts) == 1:
        shown = next(iter(counts))
    return QCoreApplication.translate("Import", "text files read as {}").format(shown)


class Reopener(QObject):
    """Reopens the open document from its file with another encoding.

    ``sources`` maps a text article's sha256 to the file it was imported from in this
    session; for older documents the analyst picks the file. ``ask_encoding`` and
    ``ask_file`` are replaceable (tests).
    """

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.sources: dict[str, Path] = {}
        self.ask_encoding = self._ask_encoding
        self.ask_file = self._ask_file

    def remember(self, plan) -> None:
        """The text files of an import plan, to reopen them later."""
        for f in plan.files:
            if f.is_text:
                for rec in f.records:
                    self.sources[rec["sha256"]] = Path(f.path)

    def _ask_encoding(self, current: str) -> str | None:
        shown = [label for _name, label in CHOICES]
        now = encoding_name(current)
        chosen, ok = QInputDialog.getItem(
            self.window,
            self.tr("Reopen with another encoding"),
            self.tr("The article was read as {now}. Read its file as:").format(now=now),
            shown,
            0 if now not in shown else (shown.index(now) + 1) % len(shown),
            False,
        )
        return dict((label, name) for name, label in CHOICES).get(chosen) if ok else None

    def _ask_file(self, name: str) -> str | None:
        path, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("The file of {name}").format(name=display_name(name)), "", "*"
        )
        return path or None

    def reopen(self) -> int | None:
        """Read the open document's file again with a chosen encoding; the new id."""
        window = self.window
        session = window.session
        if session is None or window.document_id is None:
            return None
        document = session.project.document(window.document_id)
        if session.readonly:
            self._say(self.tr("The project is read-only: nothing can be reopened."))
            return None
        if session.project.spans(document.id):
            self._say(
                self.tr(
                    "This article has spans: reopening it would change the text under them. "
                    "Only an article without spans can be reopened."
                )
            )
            return None
        if document.encoding is None:
            self._say(self.tr("This article did not come from a text file."))
            return None
        path = self.sources.get(document.sha256 or "")
        if path is None or not path.is_file():
            chosen = self.ask_file(document.name)
            if not chosen:
                return None
            path = Path(chosen)
        codec = self.ask_encoding(document.encoding)
        if not codec:
            return None
        try:
            known = {label.name for label in session.project.labels()}
            plan = importer.plan_import([path], known, encoding=codec)
            if plan.failed:
                raise plan.failed[0][2]
        except AnnotatorError as e:  # not readable that way: nothing was changed
            show_error(window, self.tr("Not reopened"), core_message(str(e)))
            return None
        # The file's bytes are the same, so its copy would count as already imported: the
        # old document goes first, and comes back as it was if the new one cannot be stored.
        session.project.delete_document(document.id)
        try:
            result = importer.apply_plan(session.project, plan)
            if not result.added:
                raise AnnotatorError(self.tr("The article was not stored."))
        except AnnotatorError as e:
            session.project.add_documents([_record(document)])
            session.refresh_documents()
            show_error(window, self.tr("Not reopened"), core_message(str(e)))
            return None
        self.remember(plan)
        session.refresh_documents()
        window.open_document(result.added[0])
        self._say(
            self.tr("Reopened {file} as {name}.").format(
                file=display_name(path.name), name=encoding_name(codec)
            )
        )
        return result.added[0]

    def _say(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 8000)


def _record(document) -> dict:
    """A stored document as a record ``add_documents`` takes back (its id kept)."""
    return {
        "id": document.id,
        "name": document.name,
        "text": document.text,
        "sha256": document.sha256,
        "encoding": document.encoding,
        "status": document.status,
        "meta": document.meta,
    }
