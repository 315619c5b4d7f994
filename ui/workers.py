"""Long work (importing a folder, exporting) on a pool thread, with a progress dialog.

The core's ``Project`` serialises calls with a lock, and export reads through its own
connection, so a task may use the project while the window stays responsive. Cancelling
raises ``Cancelled`` from the task's progress callback: the core's import then rolls back
its transaction (all or nothing), an export removes its unfinished file. The core calls
progress only before it commits, so once the work has returned it is done: a Cancel
pressed after that is too late, and the task reports success.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from annotator.errors import AnnotatorError

from .plain import plain_label

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]


class Cancelled(Exception):
    """The user cancelled the task."""


class TaskSignals(QObject):
    """Signals of a ``Task`` (a QRunnable cannot have its own).

    Signals:
        progressed(int done, int total)
        succeeded(object result)
        failed(str message): an expected problem, or "cancelled".
        finished(): after succeeded or failed.
    """

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(str)
    finished = Signal()


class Task(QRunnable):
    """Runs ``work(progress)`` on a pool thread and reports back through ``signals``."""

    def __init__(self, work: Callable[[Progress], Any]):
        super().__init__()
        self.setAutoDelete(False)  # the window keeps it until ``finished``
        self.work = work
        self.signals = TaskSignals()
        self.cancelled = False

    def cancel(self) -> None:
        self.cancelled = True

    def _progress(self, done: int, total: int) -> None:
        if self.cancelled:
            raise Cancelled()
        self.signals.progressed.emit(done, total)

    def run(self) -> None:
        try:
            result = self.work(self._progress)
        except Cancelled:
            self.signals.failed.emit("cancelled")
        except AnnotatorError as e:
            self.signals.failed.emit(str(e))
        except OSError as e:
            self.signals.failed.emit(f"{e.filename or ''}: {e.strerror or e}".lstrip(": "))
        except Exception as e:  # a bug: say so rather than leave the dialog spinning
            log.error("background task failed:\n%s", traceback.format_exc())
            self.signals.failed.emit(f"internal error: {e!r}")
        else:
            self.signals.succeeded.emit(result)
        self.signals.finished.emit()


class TaskRunner(QObject):
    """Starts tasks with a window-modal progress dialog and keeps them alive until done."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self._window = parent
        self._tasks: set[Task] = set()
        self.pool = QThreadPool.globalInstance()

    @property
    def busy(self) -> bool:
        return bool(self._tasks)

    def start(
        self,
        title: str,
        label: str,
        work: Callable[[Progress], Any],
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[str], None] | None = None,
    ) -> Task:
        """Run ``work`` on the pool; the callbacks are connected before it can finish."""
        task = Task(work)
        dialog = QProgressDialog(self._window)
        dialog.setObjectName("progress-dialog")
        dialog.setWindowTitle(title)
        dialog.setLabel(plain_label(label))  # a folder name may contain markup characters
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(400)  # quick tasks finish without a flash of dialog
        dialog.setAutoReset(False)
        dialog.setAutoClose(False)
        dialog.setRange(0, 0)
        dialog.canceled.connect(task.cancel)

        def progressed(done: int, total: int) -> None:
            if total > 0:
                dialog.setMaximum(total)
                dialog.setValue(min(done, total))

        def finished(*_result) -> None:
            if task not in self._tasks:
                return
            self._tasks.discard(task)
            if shiboken6.isValid(dialog):  # gone if the window was destroyed meanwhile
                dialog.canceled.disconnect(task.cancel)
                dialog.close()
                dialog.deleteLater()

        task.signals.progressed.connect(progressed)
        # Done before the callbacks run (connected first, so queued first): a callback that
        # starts the next task, or a test that ends on the callback's signal, finds the
        # runner idle and the dialog gone, never a dialog of a window deleted since.
        task.signals.succeeded.connect(finished)
        task.signals.failed.connect(finished)
        if on_success:
            task.signals.succeeded.connect(on_success)
        if on_failure:
            task.signals.failed.connect(on_failure)
        self._tasks.add(task)
        self.pool.start(task)
        return task
