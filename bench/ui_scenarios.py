"""Scenarios of the desktop app (placeholder until ui/app.py exists)."""

from __future__ import annotations

from .result import Row


def _na(name: str) -> list[Row]:
    return [Row(name, "", "n/a (no app yet)", "", None, "", None)]


def cold_start_rows(quick: bool) -> list[Row]:
    return _na("cold start")


def tag_latency_rows(quick: bool) -> list[Row]:
    return _na("tag latency")


def open_document_rows(quick: bool) -> list[Row]:
    return _na("open document")


def memory_rows(quick: bool) -> list[Row]:
    return _na("memory")
