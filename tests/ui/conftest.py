"""Fixtures for the tests that drive the real main window (see ``app_fixtures``)."""

from tests.ui.app_fixtures import open_window, settings_files  # noqa: F401
