"""Preferences (each declared once, with its default) kept apart from window state.

Preferences are what the analyst chose (font size, exact-character tagging, export format,
recent projects); window state is geometry and dock layout. They live in two QSettings
files so that resetting the layout never loses a preference.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings, QStandardPaths

from annotator.data_classes import data_class

try:  # CPython's own SHA-1: hashlib loads OpenSSL (a few ms of start-up) for one short key
    from _sha1 import sha1 as _sha1
except ImportError:  # pragma: no cover - a Python built without it
    from hashlib import sha1 as _sha1

ORGANIZATION = "annotator"
APPLICATION = "annotator"
MAX_RECENT = 8


@data_class
class Pref:
    key: str
    default: Any
    kind: type

    def __init__(
        self,
        key: str,
        default: Any,
        kind: type,
    ) -> None:
        d = self.__dict__
        d["key"] = key
        d["default"] = default
        d["kind"] = kind


#: Every preference, with its default. Nothing else reads or writes the preference file.
PREFS = {
    p.key: p
    for p in (
        Pref("view/font_point_size", 16, int),
        Pref("ui/language", "system", str),  # "system", "ar" or "en" (ui/i18n.py)
        Pref("ui/theme", "system", str),  # "system", "light", "dark", "high-contrast"
        Pref("view/article_font", "naskh", str),  # "naskh", "kufi", "system" (ui/fonts.py)
        Pref("tagging/exact_characters", False, bool),
        Pref("tagging/annotator", "", str),  # the name spans are signed with; "": the login
        Pref("tagging/annotator_asked", False, bool),  # the first start's name dialog was shown
        Pref("export/format", "native", str),
        Pref("projects/recent", [], list),
    )
}


def _coerce(value: Any, kind: type, default: Any) -> Any:
    if value is None:
        return default
    try:
        if kind is bool:
            return value if isinstance(value, bool) else str(value).lower() in ("1", "true", "yes")
        if kind is list:
            if isinstance(value, str):
                return [value]
            return [str(v) for v in value]
        return kind(value)
    except (TypeError, ValueError):
        return default


class Preferences:
    """Typed access to the preference file; unknown keys are a bug."""

    def __init__(self, settings: QSettings | None = None):
        self._s = settings or QSettings(ORGANIZATION, APPLICATION)

    def get(self, key: str) -> Any:
        pref = PREFS[key]
        return _coerce(self._s.value(key), pref.kind, pref.default)

    def set(self, key: str, value: Any) -> None:
        pref = PREFS[key]
        if value == pref.default:
            self._s.remove(key)  # store only differences from the defaults
        else:
            self._s.setValue(key, value)
        self._s.sync()

    def add_recent_project(self, path: str) -> list[str]:
        before = self.get("projects/recent")
        recent = [path, *(p for p in before if p != path)][:MAX_RECENT]
        if recent != before:  # reopening the last project: nothing to write
            self.set("projects/recent", recent)
        return recent


def documents_folder() -> str:
    """Where a file dialog starts the first time: the user's Documents folder, else home."""
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return docs if docs and Path(docs).is_dir() else str(Path.home())


class WindowState:
    """Where the analyst left things: geometry and dock layout of the main window, the
    folder each file dialog was last in, the document last open in each project (a
    separate file from the preferences)."""

    def __init__(self, settings: QSettings | None = None):
        self._s = settings or QSettings(ORGANIZATION, "window-state")

    def save(self, geometry: QByteArray, state: QByteArray, direction: str = "ltr") -> None:
        """``direction`` ("ltr", "rtl"): the reading direction the dock layout was made in."""
        self._s.setValue("main/geometry", geometry)
        self._s.setValue("main/state", state)
        self._s.setValue("main/direction", direction)
        self._s.sync()

    def geometry(self) -> QByteArray | None:
        value = self._s.value("main/geometry")
        return value if isinstance(value, QByteArray) else None

    def direction(self) -> str:
        """The reading direction the saved dock layout was made in ("ltr" before it was kept)."""
        return "rtl" if self._s.value("main/direction") == "rtl" else "ltr"

    def state(self) -> QByteArray | None:
        value = self._s.value("main/state")
        return value if isinstance(value, QByteArray) else None

    @staticmethod
    def _project_key(project_path: str | Path) -> str:
        # A key per project file; a path holds characters QSettings keys cannot.
        digest = _sha1(str(Path(project_path).resolve()).encode("utf-8")).hexdigest()
        return f"last_document/{digest[:20]}"

    def last_document(self, project_path: str | Path) -> int | None:
        """The document the analyst last had open in that project."""
        value = self._s.value(self._project_key(project_path))
        try:
            return int(value) if value is not None else None
        except (TypeError, ValueError):
            return None

    def remember_document(self, project_path: str | Path, document_id: int) -> None:
        key = self._project_key(project_path)
        if self.last_document(project_path) != document_id:  # opening it again: no write
            self._s.setValue(key, int(document_id))
            self._s.sync()

    def folder(self, dialog: str) -> str:
        """The folder ``dialog`` was last used in, if it still exists, else Documents."""
        value = self._s.value(f"folders/{dialog}")
        if isinstance(value, str) and value and Path(value).is_dir():
            return value
        return documents_folder()

    def font_size(self, project_path: str | Path) -> int | None:
        """The article's point size the analyst last chose in that project."""
        value = self._s.value(self._project_key(project_path).replace("last_document", "font"))
        try:
            return int(value) if value is not None else None
        except (TypeError, ValueError):
            return None

    def remember_font_size(self, project_path: str | Path, size: int) -> None:
        self._s.setValue(self._project_key(project_path).replace("last_document", "font"), size)
        self._s.sync()

    def remember_folder(self, dialog: str, folder: str | Path) -> None:
        self._s.setValue(f"folders/{dialog}", str(folder))
        self._s.sync()
