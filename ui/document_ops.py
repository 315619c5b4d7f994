"""Document ▸ Rename: the title the document list shows (the file name stays, in the tooltip)."""

from __future__ import annotations

from PySide6.QtCore import QObject

from annotator.display import display_name

from .commands import RenameDocument


class DocumentOps(QObject):
    """Renames the open document through an undoable command; ``ask_title`` is replaceable."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.ask_title = self._ask_title

    def _ask_title(self, title: str, name: str) -> str | None:
        from PySide6.QtWidgets import QInputDialog, QLineEdit  # not at start-up

        text, ok = QInputDialog.getText(
            self.window,
            self.tr("Rename document"),
            self.tr("Title shown in the document list (the file stays {name}):").format(
                name=display_name(name)
            ),
            QLineEdit.EchoMode.Normal,
            title,
        )
        return text if ok else None

    def rename(self) -> bool:
        window = self.window
        if window.session is None or window.document_id is None:
            return False
        project = window.session.project
        info = project.document_info(window.document_id)
        old = project.document_title(info.id)
        title = self.ask_title(old, info.name)
        title = " ".join((title or "").split())
        if not title or title == old:
            return False
        command = RenameDocument(window.session, info.id, old, title)
        window.session.undo_stack.push(command)
        return command.succeeded
