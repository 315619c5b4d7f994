"""The ``annotator`` command: import, export, stats, check, labels, show, claims, relations,
search, backup, gui, the team commands merge, agreement, adjudicate (``cli_teams``), and
suggest, import --as-suggestions (``cli_suggest``).

The commands on one project are in ``cli_project``; this module builds the parser and runs
a command (``cmd_gui``, the desktop app, stays here: the one command that may import Qt).

Data goes to standard output, messages to standard error; the exit status is 0 on
success, 1 when something could not be done, 2 for a mistaken command line.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import os
import sqlite3
import sys
from pathlib import Path

from . import __version__
from .errors import AnnotatorError

# Kept in step with annotator.formats.FORMATS (a test checks): importing formats here would
# load orjson and the importer before the desktop app starts.
FORMATS = ("native", "doccano", "label-studio", "brat", "conll", "spacy", "prodigy")
OFFSET_UNITS = ("codepoint", "utf16")
# The importer's TEXT_, RECORD_ and EXTRACTED_SUFFIXES.
ARTICLE_SUFFIXES = (".txt", ".text", ".jsonl", ".json", ".html", ".htm", ".xhtml", ".docx", ".pdf")


def cmd_gui(args) -> int:
    # No cyclic garbage collection until the window is up (ui.app.run turns it on again).
    gc.disable()
    # The store first: PySide6's import hook reads the source of every module imported after
    # it (to see whether it uses PySide6); the core's modules need not pay that at start-up.
    from . import store  # noqa: F401

    try:
        from ui.app import run
    except ImportError as e:  # pragma: no cover - only without PySide6
        raise AnnotatorError(f"the desktop app needs PySide6 ({e})") from None
    project, files = args.project, list(args.files)
    if project is not None and _is_article_path(project):
        # `annotator gui article.txt` (a double-click in a file manager): import it into
        # the default project rather than treating the article as a project file.
        project, files = None, [project, *files]
    return run(project, files, self_test=args.self_test or None)


def _is_article_path(path: str) -> bool:
    p = Path(path)
    return p.is_dir() or p.suffix.lower() in ARTICLE_SUFFIXES


def build_parser() -> argparse.ArgumentParser:
    # The commands on a project, here: the desktop app (no arguments) starts without them.
    from .cli_project import (
        cmd_backup,
        cmd_check,
        cmd_claims,
        cmd_export,
        cmd_import,
        cmd_labels,
        cmd_relations,
        cmd_search,
        cmd_show,
        cmd_stats,
    )

    parser = argparse.ArgumentParser(
        prog="annotator",
        description="Tag speakers, claims, locations and statistics in Arabic news articles. "
        "With no command, starts the desktop app on the default project; `annotator FILE...` "
        "opens the app and imports the articles into the default project.",
        epilog="Offsets are Unicode code points, end-exclusive, into the stored text "
        "(decoded, BOM removed, line breaks as \\n).",
    )
    parser.add_argument("--version", action="version", version=f"annotator {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    visual = argparse.ArgumentParser(add_help=False)
    visual.add_argument(
        "--visual",
        action="store_true",
        help="shape and reorder Arabic for terminals without bidi support (for reading only)",
    )

    p = sub.add_parser(
        "import",
        help="import articles (files, folders, JSONL) into a project",
        description="Import articles into PROJECT, creating it if it does not exist. "
        "Text files (.txt, .text: UTF-8, UTF-16 with BOM, Windows-1256), saved web pages (.html, "
        ".htm, .xhtml: the article without the page around it), Word documents (.docx), PDFs "
        "with a text layer (.pdf), folders of them, JSONL (.jsonl) in native, doccano or Prodigy "
        "shape, and .json arrays of articles. Each web page, Word document or PDF is reported "
        "with what was kept and left out. "
        "All-or-nothing unless --skip-bad.",
    )
    p.add_argument("project")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--encoding", help="decode text files with this encoding (e.g. cp1256, utf-16)")
    p.add_argument(
        "--skip-bad", action="store_true", help="import the good files when some are bad"
    )
    p.add_argument(
        "--create-labels", action="store_true", help="add labels named by imported spans"
    )
    p.add_argument(
        "--repair-presentation-forms",
        action="store_true",
        help="turn Arabic presentation forms (text reshaped for display) back into letters",
    )
    p.add_argument(
        "--whole-page",
        action="store_true",
        help="web pages: keep every visible line, not only the article",
    )
    p.add_argument(
        "--format",
        choices=FORMATS,
        help="read every PATH as this format (brat: a folder or .zip); without it, text "
        "files, folders and JSONL/JSON records are recognised by their endings",
    )
    p.add_argument(
        "--offset-unit",
        choices=OFFSET_UNITS,
        help="with --format: the unit the file's offsets count in (default: the tool's own, "
        "UTF-16 for doccano, code points for the others)",
    )
    p.set_defaults(func=cmd_import)
    from .cli_suggest import add_suggest_commands

    add_suggest_commands(p, sub)  # import --as-suggestions, suggest

    p = sub.add_parser(
        "export",
        help="export the project (native JSONL, doccano, Label Studio, brat, CoNLL, spaCy, "
        "Prodigy)",
        description="Write the project to standard output or FILE in a format other tools "
        "read, offsets in that tool's own unit. Anything the format cannot hold (relations, "
        "attributes, notes, overlapping spans) is named in a warning, never dropped silently. "
        "brat writes a folder, or a zip when FILE ends in .zip.",
    )
    p.add_argument("project")
    p.add_argument(
        "-o", "--output", metavar="FILE", help="write to FILE instead of standard output"
    )
    p.add_argument("--format", choices=FORMATS, default="native")
    p.add_argument(
        "--offset-unit",
        choices=OFFSET_UNITS,
        help="count offsets in this unit (doccano: utf16 by default, as its web page counts; "
        "Label Studio: codepoint by default, utf16 for releases before 2021)",
    )
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("stats", parents=[visual], help="count documents and spans")
    p.add_argument("project")
    p.add_argument("--json", action="store_true", help="print the counts as JSON")
    p.set_defaults(func=cmd_stats)

    p = sub.add_parser("check", help="check the project file's integrity and schema")
    p.add_argument("project")
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("labels", parents=[visual], help="list or change the label set")
    p.add_argument("project")
    p.add_argument("action", nargs="?", default="list", choices=["list", "add", "set", "remove"])
    p.add_argument("name", nargs="?", help="the label to add, change or remove")
    p.add_argument("--rename", metavar="NEW", help="with set: the new name")
    p.add_argument("--color", help="#rrggbb")
    p.add_argument("--key", help="a one-character shortcut such as 5")
    p.add_argument("--letter", help="a mnemonic letter")
    p.set_defaults(func=cmd_labels)

    p = sub.add_parser(
        "show", parents=[visual], help="list documents, or print one with its spans and relations"
    )
    p.add_argument("project")
    p.add_argument("document", nargs="?", type=int, help="a document id (see the list)")
    p.set_defaults(func=cmd_show)

    p = sub.add_parser(
        "claims",
        help="one row per claim: its speakers, quote type, locations and statistics",
        description="Write the claims table to standard output: per claim its document, "
        "offsets (code points), text, the speakers a 'said' relation links it to and their "
        "source types, its quote type, the locations and statistics inside it, the uncertain "
        "flag and its note. CSV joins lists with ' | ' and keeps cells a spreadsheet would "
        "run as a formula (starting with = + - @) as text with a leading '.",
    )
    p.add_argument("project")
    p.add_argument("--format", choices=("csv", "jsonl"), default="csv")
    p.set_defaults(func=cmd_claims)

    p = sub.add_parser(
        "relations",
        parents=[visual],
        help="list or change the relation types (and list the label attributes)",
        description="Relation types link two spans (default: said, claim → speaker). "
        "--from/--to name the labels each end may carry, comma-separated ('' for any).",
    )
    p.add_argument("project")
    p.add_argument("action", nargs="?", default="list", choices=["list", "add", "set", "remove"])
    p.add_argument("name", nargs="?", help="the relation type to add, change or remove")
    p.add_argument("--rename", metavar="NEW", help="with set: the new name")
    p.add_argument("--color", help="#rrggbb")
    p.add_argument("--from", dest="from_labels", metavar="LABELS", help="e.g. claim")
    p.add_argument("--to", dest="to_labels", metavar="LABELS", help="e.g. speaker")
    p.set_defaults(func=cmd_relations)

    p = sub.add_parser(
        "search",
        parents=[visual],
        help="find the documents that hold every word of a query",
        description="Find documents holding every word (3 letters or more) of QUERY, with or "
        "without harakat and tatweel, alef forms, ى/ي and ة/ه alike, also inside longer words.",
    )
    p.add_argument("project")
    p.add_argument("query", nargs="+", metavar="WORD")
    p.add_argument("--limit", type=int, default=50, help="at most this many documents (50)")
    p.set_defaults(func=cmd_search)

    p = sub.add_parser("backup", help="write a verified copy of the project (SQLite backup API)")
    p.add_argument("project")
    p.add_argument("destination")
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser(
        "gui",
        help="start the desktop app (the default command)",
        description="Open PROJECT (created if needed; default: the project in your "
        "data folder, seeded with a sample article) and import FILEs into it. When the first "
        f"argument is an article ({', '.join(ARTICLE_SUFFIXES)}) or a folder, it is imported "
        "into the default project.",
    )
    p.add_argument("project", nargs="?")
    p.add_argument("files", nargs="*", metavar="FILE")
    p.add_argument(
        "--self-test",
        action="store_true",
        help="check the app: open the sample article in PROJECT (default: a temporary project), "
        "tag a span with real key presses, export JSONL, verify it; exit 0 if all is well",
    )
    p.set_defaults(func=cmd_gui)

    from .cli_teams import add_team_commands

    add_team_commands(sub)
    return parser


def gui_defaults() -> argparse.Namespace:
    """What ``annotator gui`` parses to, without building the parser (15 ms of start-up)."""
    return argparse.Namespace(command="gui", project=None, files=[], self_test=False, func=cmd_gui)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    if not argv:  # the desktop app: its first frame does not wait for every command's parser
        args = gui_defaults()
    else:
        parser = build_parser()
        commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
        first = argv[0]
        if first not in commands.choices and (
            (Path(first).exists() and _is_article_path(first)) or first.endswith(".annot")
        ):
            argv = ["gui", *argv]  # `annotator FILE...` / `annotator PROJECT.annot` opens the app
        args = parser.parse_args(argv)
        if args.command is None:
            args = parser.parse_args(["gui"])
    try:
        status = args.func(args)
        sys.stdout.flush()  # here, not at exit: a full disk must be told, not ignored
        return status
    except MemoryError:
        _quiet_stdout()
        print("annotator: ran out of memory; nothing was changed", file=sys.stderr)
        return 1
    except AnnotatorError as e:
        from .cli_project import _n

        # Each line made safe: a name in a message must not forge a row or drive the terminal.
        print(
            "\n".join(
                f"annotator: {_n(line)}" if i == 0 else _n(line)
                for i, line in enumerate(str(e).split("\n"))
            ),
            file=sys.stderr,
        )
        return 1
    except sqlite3.Error as e:  # a constraint the file adds (a crafted UNIQUE index), say
        from .cli_project import _n
        from .store.transactions import describe

        refused = _n(describe(e))
        print(f"annotator: the project file refused the change ({refused})", file=sys.stderr)
        return 1
    except BrokenPipeError:  # `annotator export p | head`
        with contextlib.suppress(OSError):
            sys.stdout = open(os.devnull, "w")
        return 0
    except KeyboardInterrupt:
        return 130
    except OSError as e:  # writing standard output (or a file) failed: a disk full, say
        _quiet_stdout()
        where = e.filename or "standard output"
        from .cli_project import _n

        print(f"annotator: cannot write {_n(where)} ({e.strerror or e})", file=sys.stderr)
        return 1


def _quiet_stdout() -> None:
    """Drop what is left in stdout's buffer (it cannot be written) so exit stays quiet."""
    with contextlib.suppress(OSError):
        sys.stdout = open(os.devnull, "w")


if __name__ == "__main__":
    sys.exit(main())
