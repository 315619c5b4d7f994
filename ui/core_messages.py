"""The core's messages in the interface language.

The core (``annotator/``) has no Qt and speaks English: its messages are also the command
line's. The app shows them as they come (a refused edit in the status bar, a file an import
skipped, a project that cannot be opened). Each wording the core can say is a template in
``ui.core_wordings`` (projects, exports, edits) or ``ui.core_wordings_files`` (reading article
and records files): the template is both the pattern that recognises the core's message and
the text translated, with the values kept (names, offsets, paths are data). A message that
starts with a file's path ("/a/b.pdf: the PDF is protected by a password") is the path and a
known message. ``tests/ui/test_core_messages.py`` makes the core produce the messages and
reads every message the core's source can raise, so a new or reworded message without an
Arabic rendering fails there instead of reaching the Arabic interface in English.
"""

from __future__ import annotations

import functools
import re

from PySide6.QtCore import QCoreApplication, QLocale

from annotator.display import FSI, LRI, display_path

CONTEXT = "CoreMessages"

_NUMBER = r"-?\d+"
#: What each named value of a template matches; any other name matches any text on one line
#: (a message of several lines is translated line by line: "1 bad record" / "  line 2: …").
_ANY = r"[^\n]+"
_VALUES = {
    "path": r"[^\n]+?",
    "format": r"[\w-]+",
    "number": r"\S+",
    **dict.fromkeys(
        "start end length n k count found version depth digits byte line column char".split(),
        _NUMBER,
    ),
}
#: Values that are themselves a core message ("line 3: span 2: …", a JSON parser's detail,
#: what the system said of a file): translated in turn. A value named ``count`` is a count,
#: shown in the interface's digits; line numbers, offsets and ids stay as the core wrote them.
_NESTED = ("rest", "detail")
#: Values that are a file's path: isolated left to right, so that in an Arabic sentence its
#: leading "/" is not carried to the far end (``display_path``).
_PATHS = ("path", "folder")


def _isolated(path: str) -> str:
    return path if path[:1] in (LRI, FSI) else display_path(path)


def _pattern(template: str) -> str:
    """The regular expression that recognises the core's message a template translates."""
    out, seen = [], set()
    for literal, name in re.findall(r"([^{]*)(?:\{(\w+)\})?", template):
        out.append(re.escape(literal))
        if name:
            out.append(f"(?P={name})" if name in seen else f"(?P<{name}>{_VALUES.get(name, _ANY)})")
            seen.add(name)
    return "".join(out)


@functools.cache
def _messages() -> tuple[tuple[re.Pattern[str], str], ...]:
    from .core_wordings import WORDINGS
    from .core_wordings_files import WORDINGS as FILES

    return tuple((re.compile(_pattern(t)), t) for t in (*WORDINGS, *FILES))


def __getattr__(name: str):
    """``MESSAGES``: (compiled pattern, template) pairs, compiled on first use: the app's
    start-up does not wait for a hundred regular expressions it may never need."""
    if name == "MESSAGES":
        return _messages()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def core_message(text: str) -> str:
    """``text`` (a core error's message) in the interface language, when it is one we know.
    A message of several lines (a file's bad records, one per line) is translated line by
    line, each keeping its indent."""
    return _translated(text)[0]


def is_known(text: str, *, nested: bool = True) -> bool:
    """Whether ``text`` is a message the app translates; with ``nested``, every value that
    is itself a message (a parser's detail, the rest of "line 3: …") too. Tests use it."""
    unknown = _translated(text)[1]
    return unknown == 0 if nested else unknown >= 0


def _translated(text: str) -> tuple[str, int]:
    """(``text`` shown, how many of its nested values are unknown; -1: ``text`` is unknown)."""
    for pattern, template in _messages():
        found = pattern.fullmatch(text)
        if found:
            values, unknown = found.groupdict(), 0
            for name in _NESTED:
                if values.get(name) is not None:
                    values[name], inner = _translated(values[name])
                    unknown += 1 if inner < 0 else inner
            for name in _PATHS:
                if values.get(name) is not None:
                    values[name] = _isolated(values[name])
            if values.get("count") is not None:  # a count, in the interface's digits (٣)
                values["count"] = QLocale().toString(int(values["count"]))
            return QCoreApplication.translate(CONTEXT, template).format(**values), unknown
    if "\n" in text:
        lines = text.split("\n")
        shown = [_translated(line.lstrip(" ")) for line in lines]
        indents = [line[: len(line) - len(line.lstrip(" "))] for line in lines]
        unknown = -1 if any(n < 0 for _, n in shown) else sum(n for _, n in shown)
        return "\n".join(i + line for i, (line, _) in zip(indents, shown, strict=True)), unknown
    for found in re.finditer(": ", text):  # "<path>: <a known message>"
        shown, unknown = _translated(text[found.end() :])
        if unknown >= 0:
            return f"{_isolated(text[: found.start()])}: {shown}", unknown
    return text, -1
