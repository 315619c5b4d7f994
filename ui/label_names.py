"""The default labels' and relation type's names in the interface language, for showing only.

A project stores ``speaker``, ``claim``, ``location``, ``statistic`` and the relation type
``said`` under those names, and every export writes them so (other tools and the team's files
rely on them). The Arabic interface shows them as متحدث, ادعاء … in menus, the span list, the
legend, the status bar, the suggestion counts and the agreement table. Any other name is the
project's own data: shown as it is stored (controls made visible, isolated in a sentence).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from annotator.display import display_name, visible_name

CONTEXT = "LabelNames"

#: annotator.labels.DEFAULT_LABELS and the default relation type (tests check they agree)
DEFAULT_NAMES = frozenset(
    {
        QT_TRANSLATE_NOOP("LabelNames", "speaker"),
        QT_TRANSLATE_NOOP("LabelNames", "claim"),
        QT_TRANSLATE_NOOP("LabelNames", "location"),
        QT_TRANSLATE_NOOP("LabelNames", "statistic"),
        QT_TRANSLATE_NOOP("LabelNames", "said"),
    }
)

_shown: dict[str, str] = {}  # the defaults in the current language (a span list paints often)


def forget() -> None:
    """The language changed: translate the defaults again when next shown."""
    _shown.clear()


def shown_name(name: str) -> str:
    """A label's (or relation type's) name as the interface shows it, without isolation."""
    if name not in DEFAULT_NAMES:
        return name
    text = _shown.get(name)
    if text is None:
        text = _shown[name] = QCoreApplication.translate(CONTEXT, name)
    return text


def label_name(name: str) -> str:
    """A label's name inside a sentence: ``display_name`` of the shown name (isolated)."""
    return display_name(shown_name(name))


def label_cell(name: str) -> str:
    """A label's name alone in a cell (list row, legend): ``visible_name`` of the shown name."""
    return visible_name(shown_name(name))
