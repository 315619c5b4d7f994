"""Shared helpers for the suggestion-rule tests: what a rule found, as text."""

from __future__ import annotations

from annotator.suggest import suggest


def found(text: str, label: str, **kw) -> list[str]:
    """The text of every suggestion of ``label`` in ``text``, in order."""
    return [text[s.start : s.end] for s in suggest(text, **kw) if s.label == label]


def rules_of(text: str, label: str) -> list[str]:
    return [s.rule for s in suggest(text) if s.label == label]
