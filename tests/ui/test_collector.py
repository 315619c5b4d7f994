"""The collector's policy (ui/collector.py): once the window has shown its first article, what
lives then is frozen out of the collector's walks; garbage made later is collected as ever."""

from __future__ import annotations

import gc
import weakref

import pytest

from tests.ui.app_fixtures import OFFSCREEN_NOISE
from ui import collector

pytestmark = OFFSCREEN_NOISE


class _Cycle:
    def __init__(self):
        self.me = self


@pytest.fixture
def unsettled(monkeypatch):
    """As in a fresh process (nothing frozen yet); what a test freezes is thawed after it."""
    monkeypatch.setattr(collector, "_settled", False)
    gc.unfreeze()
    yield
    gc.unfreeze()


def test_the_window_freezes_what_lives_once_its_first_article_is_painted(
    unsettled, open_window, qtbot
):
    window = open_window()
    qtbot.waitUntil(lambda: window._painted)
    assert gc.get_freeze_count() > 10_000  # the modules, classes, Qt's types, the window
    assert gc.get_freeze_count() > len(gc.get_objects())  # most of what is tracked


def test_settle_collects_start_up_garbage_first_and_later_garbage_stays_collectable(unsettled):
    was_enabled = gc.isenabled()
    gc.disable()  # as during start-up
    try:
        before = weakref.ref(_Cycle())
        collector.settle()
        assert before() is None  # collected, not frozen
        held = _Cycle()  # alive at a second settle, dropped after it
        after = weakref.ref(held)
        collector.settle()  # once a process: this one freezes nothing
        del held
        gc.collect()
        assert after() is None
    finally:
        if was_enabled:
            gc.enable()
