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

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

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
    # --- a project file this version does not trust or cannot read -----------------
    (
        _P + r": the project file holds (?P<objects>.+), which this version of annotator "
        r"never writes; it was not opened, so nothing in it ran "
        r"\(`annotator check` lists what differs\)",
        QT_TRANSLATE_NOOP(
            "CoreMessages",
            "{path}: the project file holds {objects}, which this version of annotator "
            "never writes; it was not opened, so nothing in it ran "
            "(`annotator check` lists what differs)",
        ),
    ),
    (
        _P + r": the project file holds values this version never writes "
        r"\((?P<values>.+)\); it was not opened \(`annotator check` lists them\)",
        QT_TRANSLATE_NOOP(
            "CoreMessages",
            "{path}: the project file holds values this version never writes ({values}); "
            "it was not opened (`annotator check` lists them)",
        ),
    ),
    (
        _P + r": written by a newer version of annotator \(schema (?P<found>\d+); this "
        r"version reads up to (?P<version>\d+)\); update annotator to open it",
        QT_TRANSLATE_NOOP(
            "CoreMessages",
            "{path}: written by a newer version of annotator (schema {found}; this "
            "version reads up to {version}); update annotator to open it",
        ),
    ),
    (
        _P + r": the project file is damaged \(missing tables: (?P<tables>.+)\)",
        QT_TRANSLATE_NOOP(
            "CoreMessages", "{path}: the project file is damaged (missing tables: {tables})"
        ),
    ),
    # --- what reading an article file says of it (preview, import report) -------------
    (
        r"the Arabic is stored as presentation forms \(text reshaped for display by "
        r"another program\): search and word boundaries will not work well in it",
        QT_TRANSLATE_NOOP(
            "CoreMessages",
            "the Arabic is stored as presentation forms (text reshaped for display by "
            "another program): search and word boundaries will not work well in it",
        ),
    ),
    (
        r"the Arabic seems to be stored in visual order \(words reversed, as copied from "
        r"some PDFs\); there is no exact repair: re-export the text from its source",
        QT_TRANSLATE_NOOP(
            "CoreMessages",
            "the Arabic seems to be stored in visual order (words reversed, as copied from "
            "some PDFs); there is no exact repair: re-export the text from its source",
        ),
    ),
    (
        r"presentation forms were turned back into letters \(NFKC\)",
        QT_TRANSLATE_NOOP(
            "CoreMessages", "presentation forms were turned back into letters (NFKC)"
        ),
    ),
    (
        r"the PDF has no text layer \(scanned pages\): OCR is needed to read it, and this "
        r"app does not do OCR",
        QT_TRANSLATE_NOOP(
            "CoreMessages",
            "the PDF has no text layer (scanned pages): OCR is needed to read it, and this "
            "app does not do OCR",
        ),
    ),
    (
        r"not a PDF file",
        QT_TRANSLATE_NOOP("CoreMessages", "not a PDF file"),
    ),
    # --- records an import refused (each problem is one line: "line 3: span 2: ...") ----
    (
        r"1 bad record",
        QT_TRANSLATE_NOOP("CoreMessages", "1 bad record"),
    ),
    (
        r"(?P<count>\d+) bad records",
        QT_TRANSLATE_NOOP("CoreMessages", "{count} bad records"),
    ),
    (
        r"line (?P<n>\d+): (?P<rest>[^\n]+)",
        QT_TRANSLATE_NOOP("CoreMessages", "line {n}: {rest}"),
    ),
    (
        r"… and (?P<count>\d+) more",
        QT_TRANSLATE_NOOP("CoreMessages", "… and {count} more"),
    ),
    (
        r"span (?P<k>\d+): (?P<rest>[^\n]+)",
        QT_TRANSLATE_NOOP("CoreMessages", "span {k}: {rest}"),
    ),
    (
        r"relation (?P<k>\d+): (?P<rest>[^\n]+)",
        QT_TRANSLATE_NOOP("CoreMessages", "relation {k}: {rest}"),
    ),
    (
        r"(?P<name>NaN|-?Infinity) is not a number JSON allows "
        r"\(refused, not turned into null\)",
        QT_TRANSLATE_NOOP(
            "CoreMessages",
            "{name} is not a number JSON allows (refused, not turned into null)",
        ),
    ),
    (
        r"the number (?P<number>\S+) \((?P<digits>\d+) digits\) is beyond 64-bit integers",
        QT_TRANSLATE_NOOP(
            "CoreMessages", "the number {number} ({digits} digits) is beyond 64-bit integers"
        ),
    ),
    (
        r"the number (?P<number>\S+) is beyond 64-bit integers",
        QT_TRANSLATE_NOOP("CoreMessages", "the number {number} is beyond 64-bit integers"),
    ),
    (
        r"the number (?P<number>\S+) is too large for a 64-bit float",
        QT_TRANSLATE_NOOP("CoreMessages", "the number {number} is too large for a 64-bit float"),
    ),
    (
        r"nested deeper than (?P<depth>\d+) levels",
        QT_TRANSLATE_NOOP("CoreMessages", "nested deeper than {depth} levels"),
    ),
    (
        r"a record must be a JSON object",
        QT_TRANSLATE_NOOP("CoreMessages", "a record must be a JSON object"),
    ),
    (
        r"'text' is missing or not a string",
        QT_TRANSLATE_NOOP("CoreMessages", "'text' is missing or not a string"),
    ),
    (
        r"'text' is empty",
        QT_TRANSLATE_NOOP("CoreMessages", "'text' is empty"),
    ),
    (
        r"'(?P<field>start|end)' must be a whole number, not (?P<value>.+)",
        QT_TRANSLATE_NOOP("CoreMessages", "'{field}' must be a whole number, not {value}"),
    ),
    (
        r"'label' must be a non-empty string",
        QT_TRANSLATE_NOOP("CoreMessages", "'label' must be a non-empty string"),
    ),
    (
        r"(?P<start>-?\d+)–(?P<end>-?\d+) is empty, reversed or outside the text "
        r"\(0–(?P<length>\d+)\)",
        QT_TRANSLATE_NOOP(
            "CoreMessages",
            "{start}–{end} is empty, reversed or outside the text (0–{length})",
        ),
    ),
    (
        r"duplicate id (?P<id>.+) \(first on line (?P<line>\d+)\)",
        QT_TRANSLATE_NOOP("CoreMessages", "duplicate id {id} (first on line {line})"),
    ),
    (
        r"not a valid JSON file \((?P<detail>.+)\)",
        QT_TRANSLATE_NOOP("CoreMessages", "not a valid JSON file ({detail})"),
    ),
    (
        r"not UTF-8 \(byte (?P<byte>\d+) of a line\)",
        QT_TRANSLATE_NOOP("CoreMessages", "not UTF-8 (byte {byte} of a line)"),
    ),
    (
        r"'(?P<end>from|to)' is (?P<ref>.+), not the id of a span of this record",
        QT_TRANSLATE_NOOP("CoreMessages", "'{end}' is {ref}, not the id of a span of this record"),
    ),
    (
        r"links a span to itself",
        QT_TRANSLATE_NOOP("CoreMessages", "links a span to itself"),
    ),
    (
        r"no records",
        QT_TRANSLATE_NOOP("CoreMessages", "no records"),
    ),
    (
        r"expected a JSON array of articles",
        QT_TRANSLATE_NOOP("CoreMessages", "expected a JSON array of articles"),
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


#: Groups that are themselves a core message ("line 3: span 2: ..."): translated in turn.
#: A group named ``count`` is a count, shown in the interface's digits; line numbers, offsets
#: and ids stay as the core wrote them (data).
_NESTED = ("rest",)


def core_message(text: str) -> str:
    """``text`` (a core error's message) in the interface language, when it is one we know.
    A message of several lines (a file's bad records, one per line) is translated line by
    line, each keeping its indent."""
    for pattern, template in _messages():
        found = pattern.fullmatch(text)
        if found:
            values = found.groupdict()
            for name in _NESTED:
                if values.get(name) is not None:
                    values[name] = core_message(values[name])
            if values.get("count") is not None:  # a count, in the interface's digits (٣)
                values["count"] = QLocale().toString(int(values["count"]))
            return QCoreApplication.translate(CONTEXT, template).format(**values)
    if "\n" in text:
        lines = text.split("\n")
        return "\n".join(
            line[: len(line) - len(line.lstrip(" "))] + core_message(line.lstrip(" "))
            for line in lines
        )
    return text
