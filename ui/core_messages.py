"""The core's messages in the interface language.

The core (``annotator/``) has no Qt and speaks English: its messages are also the command
line's. The app shows some of them as they come (a refused edit in the status bar, a project
that cannot be opened in a dialog). Those an analyst meets in ordinary work are matched here
by their wording and translated with the values kept (names, offsets, paths are data); any
other message is shown as the core wrote it. ``tests/ui/test_core_messages.py`` makes the core
produce each one, so a change of wording in the core fails there instead of falling back to
English unseen.
"""

from __future__ import annotations

import functools
import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "CoreMessages"
_P = r"(?P<path>.+?)"

#: (the core's wording as a pattern, the translatable template with the same names)
_WORDINGS: tuple[tuple[str, str], ...] = (
    (
        r"(?P<start>\d+)–(?P<end>\d+) is already tagged (?P<label>.+)",
        QT_TRANSLATE_NOOP("CoreMessages", "{start}–{end} is already tagged {label}"),
    ),
    (
        r"span (?P<start>\d+)–(?P<end>\d+) is outside the text \(0–(?P<length>\d+)\) or empty",
        QT_TRANSLATE_NOOP(
            "CoreMessages", "span {start}–{end} is outside the text (0–{length}) or empty"
        ),
    ),
    (
        r"there is already a label called (?P<name>.+)",
        QT_TRANSLATE_NOOP("CoreMessages", "there is already a label called {name}"),
    ),
    (
        r"the key (?P<key>.+?) already tags (?P<label>.+)",
        QT_TRANSLATE_NOOP("CoreMessages", "the key {key} already tags {label}"),
    ),
    (
        r"the label is used by 1 span; relabel or delete it first",
        QT_TRANSLATE_NOOP(
            "CoreMessages", "the label is used by 1 span; relabel or delete it first"
        ),
    ),
    (
        r"the label is used by (?P<n>\d+) spans; relabel or delete them first",
        QT_TRANSLATE_NOOP(
            "CoreMessages", "the label is used by {n} spans; relabel or delete them first"
        ),
    ),
    (
        r"those spans are already linked as (?P<type>.+)",
        QT_TRANSLATE_NOOP("CoreMessages", "those spans are already linked as {type}"),
    ),
    (
        r"(?P<type>.+) does not link a (?P<first>.+) to a (?P<second>.+)",
        QT_TRANSLATE_NOOP("CoreMessages", "{type} does not link a {first} to a {second}"),
    ),
    (
        r"a span cannot be linked to itself",
        QT_TRANSLATE_NOOP("CoreMessages", "a span cannot be linked to itself"),
    ),
    (
        _P + r": opened read-only; changes are not allowed",
        QT_TRANSLATE_NOOP("CoreMessages", "{path}: opened read-only; changes are not allowed"),
    ),
    (
        _P + r": no such project file",
        QT_TRANSLATE_NOOP("CoreMessages", "{path}: no such project file"),
    ),
    (
        _P + r": the file is empty; it is not an annotator project",
        QT_TRANSLATE_NOOP(
            "CoreMessages", "{path}: the file is empty; it is not an annotator project"
        ),
    ),
    (
        _P + r": not an annotator project \(not an SQLite database\)",
        QT_TRANSLATE_NOOP(
            "CoreMessages", "{path}: not an annotator project (not an SQLite database)"
        ),
    ),
    (
        _P + r": an SQLite database of another application, not an annotator project",
        QT_TRANSLATE_NOOP(
            "CoreMessages",
            "{path}: an SQLite database of another application, not an annotator project",
        ),
    ),
    (
        _P + r": is a folder, not a project file",
        QT_TRANSLATE_NOOP("CoreMessages", "{path}: is a folder, not a project file"),
    ),
    (
        _P + r": the file \(or its folder\) is read-only: it can be read, not changed",
        QT_TRANSLATE_NOOP(
            "CoreMessages",
            "{path}: the file (or its folder) is read-only: it can be read, not changed",
        ),
    ),
    (
        _P + r": the project is already open in this window",
        QT_TRANSLATE_NOOP("CoreMessages", "{path}: the project is already open in this window"),
    ),
    (
        _P + r": the project is open in another annotator window or process: it can be "
        r"read \(read-only\) meanwhile, and changed once it is closed there",
        QT_TRANSLATE_NOOP(
            "CoreMessages",
            "{path}: the project is open in another annotator window or process: it can be "
            "read (read-only) meanwhile, and changed once it is closed there",
        ),
    ),
    (
        _P + r": the folder (?P<folder>.+) does not exist",
        QT_TRANSLATE_NOOP("CoreMessages", "{path}: the folder {folder} does not exist"),
    ),
    (
        r"(?P<format>[\w-]+) cannot hold relations: they were left out",
        QT_TRANSLATE_NOOP("CoreMessages", "{format} cannot hold relations: they were left out"),
    ),
    (
        r"(?P<format>[\w-]+) cannot hold span attributes: they were left out",
        QT_TRANSLATE_NOOP(
            "CoreMessages", "{format} cannot hold span attributes: they were left out"
        ),
    ),
    (
        r"(?P<format>[\w-]+) cannot hold the uncertain flag: it was left out",
        QT_TRANSLATE_NOOP(
            "CoreMessages", "{format} cannot hold the uncertain flag: it was left out"
        ),
    ),
    (
        r"(?P<format>[\w-]+) cannot hold span notes: they were left out",
        QT_TRANSLATE_NOOP("CoreMessages", "{format} cannot hold span notes: they were left out"),
    ),
)


@functools.cache
def _messages() -> tuple[tuple[re.Pattern[str], str], ...]:
    return tuple((re.compile(pattern, re.DOTALL), template) for pattern, template in _WORDINGS)


def __getattr__(name: str):
    """``MESSAGES``: (compiled pattern, template) pairs, compiled on first use: the app's
    start-up does not wait for two dozen regular expressions it may never need."""
    if name == "MESSAGES":
        return _messages()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def core_message(text: str) -> str:
    """``text`` (a core error's message) in the interface language, when it is one we know."""
    for pattern, template in _messages():
        found = pattern.fullmatch(text)
        if found:
            return QCoreApplication.translate(CONTEXT, template).format(**found.groupdict())
    return text
