"""The suggestion commands of ``annotator``: ``suggest`` and ``import --as-suggestions``.

Kept apart from ``cli.py`` (which registers them through ``add_suggest_commands``), and
without importing the rules until a command runs: the desktop app starts through the CLI.
"""

from __future__ import annotations

import sys
from pathlib import Path

from .display import for_terminal


def add_suggest_commands(import_parser, sub) -> None:
    """``import --as-suggestions`` and ``annotator suggest`` (kept here, so the CLI's parser
    gains two lines)."""
    import_parser.add_argument(
        "--as-suggestions",
        action="store_true",
        help="a model's predictions: store their spans as suggestions to accept or reject in "
        "the app, not as spans (native, doccano, Prodigy JSONL; Label Studio tasks with "
        "predictions; each in its own offset unit, scores kept)",
    )
    p = sub.add_parser(
        "suggest",
        help="run the built-in Arabic rules over every document and store their suggestions",
        description="Run the built-in Arabic rules (statistic, speaker and claim, location) "
        "over every document of PROJECT and store what they suggest, to accept or reject in "
        "the app. A suggestion rejected before is not suggested again.",
    )
    p.add_argument("project")
    p.set_defaults(func=cmd_suggest)


def _count(n: int, word: str) -> str:
    return f"{n:,} {word}" + ("" if n == 1 else "s")


def cmd_import_suggestions(args) -> int:
    """Predictions in FILES become suggestions of PROJECT (created if missing)."""
    from .store import Project
    from .suggest.predictions import read_files, store_predictions

    files = read_files(args.paths, args.format, args.offset_unit)  # nothing made if unreadable
    with Project.open_or_create(Path(args.project)) as project:
        result = store_predictions(project, files)
    for where, why in result.skipped:
        print(f"skipped {for_terminal(where)}: {for_terminal(why)}", file=sys.stderr)
    print(
        f"imported {_count(result.suggestions_added, 'suggestion')} from "
        f"{_count(result.records, 'record')} ({_count(result.documents_added, 'new document')}) "
        f"into {for_terminal(args.project)}; nothing is a span until accepted",
        file=sys.stderr,
    )
    return 1 if result.skipped else 0


def cmd_suggest(args) -> int:
    """Run the built-in rules over every document of PROJECT and store their suggestions."""
    from .store import Project
    from .suggest.predictions import suggest_project

    with Project.open(args.project) as project:
        documents, added = suggest_project(project)
        pending = project.suggestion_count()
    print(
        f"{_count(added, 'new suggestion')} in {_count(documents, 'document')}; "
        f"{_count(pending, 'suggestion')} to triage in {for_terminal(args.project)}",
        file=sys.stderr,
    )
    return 0
