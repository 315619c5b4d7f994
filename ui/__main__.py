"""``python -m ui [--self-test] [PROJECT] [FILE...]``: the desktop app."""

from __future__ import annotations

import argparse
import sys

from .app import run


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ui", description="The annotator desktop app.")
    parser.add_argument("project", nargs="?", help="project file (created if needed)")
    parser.add_argument("files", nargs="*", metavar="FILE", help="articles to import")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="open the sample article, tag it with key presses, export, check, exit",
    )
    args = parser.parse_args(argv)
    return run(args.project, args.files, self_test=args.self_test or None)


if __name__ == "__main__":
    sys.exit(main())
