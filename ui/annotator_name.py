"""The analyst's name as stored with every span: its rules, and which name a project signs with.

Apart from ``ui.preferences`` (the dialog), so the window applies the name at start-up
without creating the dialog's Qt classes before its first frame.
"""

from __future__ import annotations

import unicodedata

from annotator.store.project import default_annotator

from .settings import Preferences

MAX_NAME = 80


def clean_name(text: str) -> str:
    """A name as stored: spaces collapsed, control and format characters left out."""
    kept = "".join(c for c in text if unicodedata.category(c)[0] != "C")
    return " ".join(kept.split())[:MAX_NAME]


def apply_annotator(prefs: Preferences, project) -> None:
    """Sign the spans tagged in ``project`` with the name from the preferences, if set."""
    project.annotator = prefs.get("tagging/annotator") or default_annotator()
