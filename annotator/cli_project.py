"""The project commands of ``annotator``: import, export, stats, check, labels, show, claims,
relations, search, backup, and what they share (names made safe for the terminal, Arabic
shaped for one without bidi, opening a project with its notices).

``cli.py`` builds the parser and runs a command; the team and suggestion commands are in
``cli_teams`` and ``cli_suggest``.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
from pathlib import Path

from .display import for_terminal, for_terminal_text
from .errors import AnnotatorError, LabelError
from .labels import EXTRA_COLORS, validate_name


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
    from .errors import OlderProjectError
    from .store import Project

    try:
        project = Project.open(path, readonly=readonly)
    except OlderProjectError as older:
        # Reading an older project needs its upgrade, as opening it in the app would: done
        # once, with a verified backup of the old file kept beside it.
        from .errors import ProjectError

        try:
            _upgrade(path)
        except ProjectError as why:  # read-only, or open in the app: say both
            raise ProjectError(f"{older}; it cannot be upgraded now: {why}") from None
        project = Project.open(path, readonly=True)
    for notice in project.notices:  # stray files set aside: the user must know
        print(f"annotator: {_n(notice)}", file=sys.stderr)
    return project


def _upgrade(path: str) -> None:
    from .store import Project

    with Project.open(path) as project:
        if project.upgraded_from is not None:
            version, backup = project.upgraded_from
            print(
                f"annotator: {_n(path)}: upgraded from schema {version} to this version's; "
                f"the old file is kept as {_n(str(backup))}",
                file=sys.stderr,
            )


def _drop_new_project(path: Path, created: bool) -> None:
    """A failed import leaves no empty project behind."""
    if created:
        for suffix in ("", "-wal", "-shm"):
            with contextlib.suppress(OSError):
                os.unlink(f"{path}{suffix}")


def cmd_import(args) -> int:
    from .importer import import_paths
    from .store import Project

    if args.as_suggestions:
        from .cli_suggest import cmd_import_suggestions

        return cmd_import_suggestions(args)
    path = Path(args.project)
    created = not path.exists()
    project = Project.create(path) if created else _open(args.project)
    try:
        with project:
            # One reading: each record is stored as it is read (all-or-nothing kept).
            result = import_paths(
                project,
                args.paths,
                encoding=args.encoding,
                fmt=args.format,
                offset_unit=args.offset_unit,
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
        print(f"{_n(args.project)}: {_count(len(problems), 'problem')}", file=sys.stderr)
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
                spans = "span " if d.span_count == 1 else "spans"
                _say(args, f"{d.id:>6}  {d.status:<11} {d.span_count:>5} {spans}  {_n(d.name)}")
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
            a, b = by_id.get(r.from_span), by_id.get(r.to_span)  # a damaged file: no span
            _say(
                args,
                f"{r.from_span:>6} → {r.to_span:<6} {_n(r.type):<10} "
                f"{_n(_excerpt(doc.text[a.start : a.end])) if a else '?'} → "
                f"{_n(_excerpt(doc.text[b.start : b.end])) if b else '?'}",
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
