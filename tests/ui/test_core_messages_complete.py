"""Every message the core can put in front of an analyst has an Arabic rendering.

The core's source is read (``ast``): each ``raise SomeAnnotatorError(message)`` and each
``TextWarning(kind, message)`` whose message is written out (an f-string or a literal) is made
with a stand-in for each value, then must be a wording ``ui.core_messages`` knows. A new or
reworded message fails here until it has a template and an Arabic entry; the few the app never
shows are listed with the reason. Messages built elsewhere (a helper that returns the text) are
listed by the function that raises them, with samples made by the core's own helpers.
"""

from __future__ import annotations

import ast
import inspect
import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication

import annotator
from annotator import errors
from tests.ui.app_fixtures import OFFSCREEN_NOISE
from ui import core_messages
from ui.core_wordings import WORDINGS
from ui.core_wordings_files import WORDINGS as FILE_WORDINGS

pytestmark = OFFSCREEN_NOISE

CORE = Path(annotator.__file__).parent
VALUE = "7"  # stands for every value of a message (matches a number, a name, a path)

ID = "an id the app read from the project a moment before: a bug if it is ever shown"
CLI = "the command line's own (an option or command the app does not have)"
#: Messages the app never shows, with the reason (as made with VALUE for each value).
NOT_SHOWN = {
    "no document with id 7": ID,
    "no label with id 7": ID,
    "no span with id 7": ID,
    "no relation with id 7": ID,
    "no relation type with id 7": ID,
    "no suggestion with id 7": ID,
    "no decision with id 7": ID,
    "span 7 already exists": ID,
    "relation 7 already exists": ID,
    "a span id is a whole number, not 7": ID,
    "span 7 must be a whole number, not 7": ID,
    "unknown status 7": "the app sets only the statuses it offers",
    "unknown status 7; one of 7": "the app sets only the statuses it offers",
    "a relation joins two spans of the same document": "the app links spans of one document",
    "7: the project is closed": "the window drops its session with the project",
    "7 has no offset unit 7 (7)": CLI + ": --offset-unit",
    "7 7 is not valid text (bytes that are not UTF-8)": CLI + ": an argument not in UTF-8",
    "7: already exists; choose another backup name": CLI + ": annotator backup",
    "7: the backup does not verify (7)": CLI + ": annotator backup",
    "7: backup failed (7)": CLI + ": annotator backup",
    "7: backup failed: 7": CLI + ": annotator backup",
    "a Label Studio task must be an object with 'data'": CLI + ": annotator suggest --predictions",
    "a Label Studio task needs data.text": CLI + ": annotator suggest --predictions",
    "'predictions' must be a list": CLI + ": annotator suggest --predictions",
    "7 records count code points, not 7": CLI + ": annotator suggest --predictions",
    "7: not valid JSON (7, line 7)": CLI + ": annotator suggest --predictions",
    "not valid JSON (7)": CLI + ": annotator suggest --predictions",
}


def _label_problems() -> list[str]:
    from annotator.labels import name_problem

    return [
        name_problem("a\u200fb", []),
        name_problem("speaker", ["speaker"]),
        name_problem("Speaker", ["speaker"]),
    ]


def _unknown_label() -> list[str]:
    from annotator.records import unknown_label_problem

    return [unknown_label_problem(2, "quote")]


NOTHING_IMPORTED = ["nothing was imported:\n/a/b.txt: the file is empty\n/a/c.pdf: not a PDF file"]
#: Raises whose message is made elsewhere: (file, function) -> the messages it can raise.
INDIRECT = {
    ("import_pass.py", "import_in_one_pass"): lambda: NOTHING_IMPORTED,
    ("importer.py", "apply_plan"): lambda: NOTHING_IMPORTED,
    ("importer.py", "_format_error"): lambda: NOTHING_IMPORTED,
    ("records.py", "record_from_json"): _unknown_label,
    ("store/labels.py", "_check_label"): _label_problems,
}
#: A value that picks between wordings: the sample stands for each of them.
CHOICES = {
    "a label's 7 is one letter or digit, not 7": [
        "a label's key is one letter or digit, not '!'",
        "a label's letter is one letter or digit, not '!'",
    ],
}


def _error_names() -> set[str]:
    return {
        name
        for name, kind in vars(errors).items()
        if inspect.isclass(kind) and issubclass(kind, errors.AnnotatorError)
    }


def _sample(node: ast.expr) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value if isinstance(v, ast.Constant) else VALUE for v in node.values)
    return None


def _core_messages() -> tuple[list[tuple[str, str]], set[tuple[str, str]]]:
    """([(where, message made with VALUE)], {(file, function) raising a message made
    elsewhere})."""
    kinds = _error_names()
    found, indirect = [], set()
    for path in sorted(CORE.rglob("*.py")):
        relative = path.relative_to(CORE).as_posix()
        if relative.startswith("cli"):
            continue  # the command line speaks English
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for function in ast.walk(tree):
            if not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            for node in ast.walk(function):
                if not isinstance(node, ast.Call):
                    continue
                name = getattr(node.func, "id", getattr(node.func, "attr", ""))
                if name in kinds:
                    args = node.args[:1]
                elif name == "TextWarning":
                    args = node.args[1:2]
                else:
                    continue
                if not args:
                    continue
                message = _sample(args[0])
                if message is None:
                    indirect.add((relative, function.name))
                else:
                    found.append((f"{relative}:{node.lineno}", message))
    return found, indirect


def _is_wrapper(message: str) -> bool:
    """'7: 7' passes on another error's message: that one is checked where it is raised."""
    return not any(ch.isalpha() for ch in message.replace(VALUE, ""))


def test_every_message_the_core_raises_has_an_arabic_rendering(qtbot, arabic):
    found, indirect = _core_messages()
    assert len(found) > 150, "the core's messages were not found: has the source moved?"
    assert indirect == set(INDIRECT), "a message is made elsewhere: add it to INDIRECT"
    messages = [(where, m) for where, m in found if not _is_wrapper(m)]
    messages += [(f"{f}:{fn}", m) for (f, fn), make in INDIRECT.items() for m in make()]
    unknown = []
    for where, message in messages:
        if message in NOT_SHOWN:
            continue
        for variant in CHOICES.get(message, [message]):
            if not core_messages.is_known(variant, nested=False):
                unknown.append(f"{where}: {variant}")
    assert not unknown, "no template in ui/core_wordings*.py for:\n" + "\n".join(unknown)
    listed = {m for _w, m in found}
    assert not set(NOT_SHOWN) - listed, "NOT_SHOWN lists messages the core no longer has"


def test_every_core_wording_has_an_arabic_entry(qtbot, arabic):
    for template in (*WORDINGS, *FILE_WORDINGS):
        shown = QCoreApplication.translate(core_messages.CONTEXT, template)
        assert shown != template, f"no Arabic for {template!r}: run scripts/ar_catalogue.py"
        assert any("\u0600" <= ch <= "\u06ff" for ch in shown), shown
        names = sorted(set(re.findall(r"\{(\w+)\}", template)))
        assert sorted(set(re.findall(r"\{(\w+)\}", shown))) == names, shown
