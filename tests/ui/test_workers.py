"""Background tasks: when they report, and what a task outliving its window does."""

from __future__ import annotations

import threading

import shiboken6
from PySide6.QtWidgets import QWidget

from ui.workers import TaskRunner


def test_a_callback_sees_its_own_task_finished(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    runner = TaskRunner(parent)
    busy_in_callback = []
    runner.start(
        "Working",
        "Working",
        lambda progress: 1,
        on_success=lambda r: busy_in_callback.append(runner.busy),
    )
    qtbot.waitUntil(lambda: bool(busy_in_callback))
    assert busy_in_callback == [False]  # a callback may start the next task at once


def test_a_task_that_outlives_its_window_finishes_quietly(qtbot):
    parent = QWidget()
    runner = TaskRunner(parent)
    gate = threading.Event()
    task = runner.start("Working", "Working", lambda progress: gate.wait(10))
    done = []
    task.signals.finished.connect(lambda: done.append(True))
    shiboken6.delete(parent)  # the window (and the progress dialog) go first
    gate.set()
    qtbot.waitUntil(lambda: bool(done))  # pytest-qt fails the test on an exception in a slot
