"""The table of fixed actions: every menu's in menu order (one module per menu)."""

from __future__ import annotations

from .document_menu import DOCUMENT
from .edit_menu import EDIT
from .file_menu import FILE
from .spec import ActionSpec
from .tag_menu import TAG
from .view_menu import VIEW_HELP

ACTIONS: tuple[ActionSpec, ...] = FILE + EDIT + TAG + DOCUMENT + VIEW_HELP
