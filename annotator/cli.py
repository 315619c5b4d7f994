"""The ``annotator`` command: import, export, stats, check, labels, show, claims, relations,
search, backup, gui, the team commands merge, agreement, adjudicate (``cli_teams``), and
suggest, import --as-suggestions (``cli_suggest``).

Data goes to standard output, messages to standard error; the exit status is 0 on
success, 1 when something could not be done, 2 for a mistaken command line.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
from pathlib import Path

from . import __version__
from .display import for_terminal, for_terminal_text
from .errors import AnnotatorError, LabelError
from .labels import EXTRA_COLORS, validate_name

# Kept in step with annotator.formats.FORMATS (a test checks): importing formats here would
# load orjson and the importer before the desktop app starts.
FORMATS = ("native", "doccano", "label-studio", "brat", "conll", "spacy", "prodigy")
OFFSET_UNITS = ("codepoint", "utf16")
# The importer's TEXT_, RECORD_ and EXTRACTED_SUFFIXES.
ARTICLE_SUFFIXES = (".txt", ".text", ".jsonl", ".json", ".html", ".htm", ".xhtml", ".docx", ".pdf")


def _visual(text: str) -> str:
    """Shape and reorder Arabic for a terminal without bidi support, line by line.

    Harakat are kept (arabic-reshaper deletes them by default) and moved so that after the
    reordering each still follows its letter, which a terminal draws it on; ZWNJ and tatweel
    are kept, and a ZWJ's joining is kept in the shapes it selects.
    """
    from arabic_reshaper import ArabicReshaper
    from bidi.algorithm import get_display  # the pure-Python one mirrors brackets

    reshaper = ArabicReshaper(
        configuration={
            "delete_harakat": False,
            "shift_harakat_position": True,
            "delete_tatweel": False,
            "support_zwj": True,
        }
    )
    return "\n".join(get_display(reshaper.reshape(line)) for line in text.split("\n"))


def _say(args, text: str, file=None) -> None:
    print(_visual(text) if getattr(args, "visual", False) else text, file=file or sys.stdout)


def _n(name: object) -> str:
    """A name from a file, safe for the terminal: no control, bidi or invisible character."""
    return for_terminal(str(name))


def _terminal_cell(value: object) -> object:
    """A claims cell for the terminal: text made safe, a list's items each."""
    if isinstance(value, str):
        return for_terminal(value)
    if isinstance(value, list):
        return [_terminal_cell(v) for v in value]
    return value


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _open(path: str, readonly: bool = False):
    from .store import Project

    project = Project.open(path, readonly=readonly)
    for notice in project.notices:  # stray files set aside: the user must know
        print(f"annotator: {_n(notice)}", file=sys.stderr)
    return project


def _drop_new_project(path: Path, created: bool) -> None:
    """A failed import leaves no empty project behind."""
    if created:
        for suffix in ("", "-wal", "-shm"):
            with contextlib.suppress(OSError):
                os.unlink(f"{path}{suffix}")


def cmd_import(args) -> int:
    from .importer import apply_plan, plan_import
    from .store import Project

    if args.as_suggestions:
        from .cli_suggest import cmd_import_suggestions

        return cmd_import_suggestions(args)
    path = Path(args.project)
    created = not path.exists()
    project = Project.create(path) if created else _open(args.project)
    try:
        with project:
            known = {label.name for label in project.labels()}
            plan = plan_import(
                args.paths,
                known,
                encoding=args.encoding,
                fmt=args.format,
                offset_unit=args.offset_unit,
            )
            result = apply_plan(
                project,
                plan,
                skip_bad=args.skip_bad,
                create_labels=args.create_labels,
                repair_presentation_forms=args.repair_presentation_forms,
                whole_page=args.whole_page,
            )
    except MemoryError:
        _drop_new_project(path, created)
        shown = ", ".join(_n(p) for p in args.paths)
        raise AnnotatorError(f"ran out of memory importing {shown}; nothing was imported") from None
    except BaseException:
        _drop_new_project(path, created)
        raise
    for source, encoding in result.encodings.items():
        print(f"{_n(source)}: read as {encoding}", file=sys.stderr)
    for name, summary in result.extracted:
        print(f"{_n(name)}: {_n(summary)}", file=sys.stderr)
    for name, warning in result.warnings:
        advice = ""
        if getattr(warning, "kind", None) == "presentation_forms":
            advice = "; import with --repair-presentation-forms to turn them back into letters"
        print(f"warning: {_n(name)}: {_n(warning)}{advice}", file=sys.stderr)
    for skip in result.skipped:
        print(f"skipped {_n(skip.source)}: {_n(skip.reason)}", file=sys.stderr)
    print(
        f"imported {_count(len(result.added), 'document')} with "
        f"{_count(result.spans_added, 'span')} into {_n(args.project)}",
        file=sys.stderr,
    )
    return 1 if any(skip.kind.is_problem for skip in result.skipped) else 0


def cmd_export(args) -> int:
    from .formats import export, export_to_path

    warnings: list[str] = []
    options = {"offset_unit": args.offset_unit, "warnings": warnings}
    with _open(args.project, readonly=True) as project:
        if args.output in (None, "-"):
            if args.format in ("spacy", "brat") and sys.stdout.isatty():
                raise AnnotatorError(f"{args.format} is binary: name a file with -o")
            out = sys.stdout.buffer
            count = export(project, out, args.format, **options)
            out.flush()
        else:
            count = export_to_path(project, args.output, args.format, **options)
    for warning in warnings:
        print(f"warning: {_n(warning)}", file=sys.stderr)
    print(f"exported {_count(count, 'document')} ({args.format})", file=sys.stderr)
    return 0


def cmd_stats(args) -> int:
    with _open(args.project, readonly=True) as project:
        stats = project.stats()
    if args.json:
        print(json.dumps(stats, ensure_ascii=False, indent=2))
        return 0
    status = stats["documents_by_status"]
    print(
        f"documents  {stats['documents']}  (new {status['new']}, in progress "
        f"{status['in_progress']}, done {status['done']})"
    )
    print(f"characters {stats['characters']}")
    print(f"spans      {stats['spans']}")
    for label, count in stats["spans_by_label"].items():
        _say(args, f"  {_n(label):<12} {count}")
    print(f"  uncertain    {stats['uncertain_spans']}")
    print(f"  with a note  {stats['spans_with_notes']}")
    print(f"relations  {stats['relations']}")
    for name, count in stats["relations_by_type"].items():
        _say(args, f"  {_n(name):<12} {count}")
    return 0


def cmd_check(args) -> int:
    from .errors import UntrustedProjectError
    from .store import Project

    try:
        project = _open(args.project, readonly=True)
    except UntrustedProjectError:  # check is where the user learns what is in it
        project = Project.open(args.project, readonly=True, inspect=True)
    with project:
        problems = project.check()
    for p in problems:
        print(_n(p))
    if problems:
        print(f"{_n(args.project)}: {len(problems)} problems", file=sys.stderr)
        return 1
    print(f"{_n(args.project)}: ok", file=sys.stderr)
    return 0


def cmd_labels(args) -> int:
    readonly = args.action == "list"
    for value, what in ((args.name, "a label's name"), (args.rename, "a label's new name")):
        if value is not None:
            validate_name(value, what)
    with _open(args.project, readonly=readonly) as project:
        if args.action == "add":
            color = args.color or EXTRA_COLORS[len(project.labels()) % len(EXTRA_COLORS)]
            project.add_label(args.name, color, args.key, args.letter)
        elif args.action in ("set", "remove"):
            label = project.label_by_name(args.name)
            if label is None:
                raise LabelError(f"no label called {args.name!r}")
            if args.action == "remove":
                project.delete_label(label.id)
            else:
                changes = {
                    k: v
                    for k, v in (
                        ("name", args.rename),
                        ("color", args.color),
                        ("key", args.key),
                        ("letter", args.letter),
                    )
                    if v is not None
                }
                project.update_label(label.id, **changes)
        for label in project.labels():
            _say(args, f"{label.key or '-'} {label.letter or '-'} {label.color} {_n(label.name)}")
    return 0


def cmd_show(args) -> int:
    with _open(args.project, readonly=True) as project:
        if args.document is None:
            for d in project.documents():
                _say(args, f"{d.id:>6}  {d.status:<11} {d.span_count:>5} spans  {_n(d.name)}")
            return 0
        doc = project.document(args.document)
        _say(args, for_terminal_text(doc.text))
        spans = project.spans(doc.id)
        for s in spans:
            flags = "".join(
                [f" [{_n(v)}]" for v in s.attributes.values()] + [" (uncertain)"] * s.uncertain
            )
            _say(
                args,
                f"{s.id:>6} {s.start:>7}–{s.end:<7} {_n(s.label):<10} "
                f"{_n(doc.text[s.start : s.end])}{flags}",
            )
            if s.note:
                _say(args, f"{'':>6} {'':>15} note: {_n(s.note)}")
        by_id = {s.id: s for s in spans}
        for r in project.relations(doc.id):
            a, b = by_id[r.from_span], by_id[r.to_span]
            _say(
                args,
                f"{r.from_span:>6} → {r.to_span:<6} {_n(r.type):<10} "
                f"{_n(_excerpt(doc.text[a.start : a.end]))} → "
                f"{_n(_excerpt(doc.text[b.start : b.end]))}",
            )
    return 0


def _excerpt(text: str, limit: int = 40) -> str:
    one_line = " ".join(text.split())
    return one_line if len(one_line) <= limit else one_line[: limit - 1] + "…"


def cmd_claims(args) -> int:
    from .claims import claim_rows, write_csv, write_jsonl
    from .formats import iter_records

    with _open(args.project, readonly=True) as project:
        rows = claim_rows(iter_records(project))
        if args.format == "jsonl":
            out = sys.stdout.buffer
            count = write_jsonl(rows, out)
            out.flush()
        else:
            # On a terminal each cell is made safe (a quote holding ESC would drive it); piped
            # to a file or a program the CSV is the data as it is.
            if sys.stdout.isatty():
                rows = ({k: _terminal_cell(v) for k, v in row.items()} for row in rows)
            count = write_csv(rows, sys.stdout)
            sys.stdout.flush()
    print(f"{_count(count, 'claim')}", file=sys.stderr)
    return 0


def cmd_relations(args) -> int:
    readonly = args.action == "list"
    with _open(args.project, readonly=readonly) as project:
        if args.action != "list":
            found = project.relation_type(args.name or "")
            if args.action == "add":
                color = args.color or EXTRA_COLORS[len(project.relation_types()) % 4]
                project.add_relation_type(
                    args.name, color, _names(args.from_labels), _names(args.to_labels)
                )
            elif found is None:
                raise AnnotatorError(f"no relation type called {args.name!r}")
            elif args.action == "remove":
                project.delete_relation_type(found.id)
            else:
                changes = {
                    k: v
                    for k, v in (
                        ("name", args.rename),
                        ("color", args.color),
                        ("from_labels", _names(args.from_labels)),
                        ("to_labels", _names(args.to_labels)),
                    )
                    if v is not None
                }
                project.update_relation_type(found.id, **changes)
        for t in project.relation_types():
            ends = f"{_n(','.join(t.from_labels)) or 'any'} → {_n(','.join(t.to_labels)) or 'any'}"
            _say(args, f"{t.color} {_n(t.name):<12} {ends}")
        for a in project.attributes():
            values = _n(", ".join(a.values))
            _say(args, f"  {_n(a.label)}.{_n(a.name)} [{_n(a.key or '-')}]: {values}")
    return 0


def _names(text: str | None) -> list[str] | None:
    """``--from claim,speaker`` as a list; ``--from ""`` (any label) as an empty one."""
    if text is None:
        return None
    return [n.strip() for n in text.split(",") if n.strip()]


def cmd_search(args) -> int:
    from .store import Project

    query = " ".join(args.query)
    # Searching builds or refreshes the project's search index, so it opens for writing when
    # it can (read-only when another window has the project: then it scans).
    try:
        project = Project.open(args.project)
    except AnnotatorError:
        project = _open(args.project, readonly=True)
    with project:
        hits = project.search(query, limit=args.limit)
    for hit in hits:
        _say(args, f"{hit.document_id:>6}  {hit.matches:>3}×  {_n(hit.name)}")
        _say(args, f"        {hit.start}–{hit.end}  {_n(hit.snippet)}")
    print(f"{_count(len(hits), 'document')} found", file=sys.stderr)
    return 0


def cmd_backup(args) -> int:
    with _open(args.project, readonly=True) as project:
        dest = project.backup(args.destination)
    print(f"backed up to {_n(dest)} (verified)", file=sys.stderr)
    return 0


def cmd_gui(args) -> int:
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
        # Each line made safe: a name in a message must not forge a row or drive the terminal.
        print(
            "\n".join(
                f"annotator: {_n(line)}" if i == 0 else _n(line)
                for i, line in enumerate(str(e).split("\n"))
            ),
            file=sys.stderr,
        )
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
        print(f"annotator: cannot write {_n(where)} ({e.strerror or e})", file=sys.stderr)
        return 1


def _quiet_stdout() -> None:
    """Drop what is left in stdout's buffer (it cannot be written) so exit stays quiet."""
    with contextlib.suppress(OSError):
        sys.stdout = open(os.devnull, "w")


if __name__ == "__main__":
    sys.exit(main())
