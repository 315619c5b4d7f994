"""The README's command list and ``annotator --help`` say the same thing.

Every subcommand the parser has is in the README's "Command line" block and every command the
block names exists; each option of a command is written on its lines (any one of its spellings,
``-o`` or ``--output``), and where the README spells out an option's values (``--format
csv|jsonl``) they are exactly the parser's choices. A new option with no README line fails here.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import pytest

from annotator import cli

README = Path(__file__).resolve().parents[2] / "README.md"
OPTION = re.compile(r"(?<![\w-])(--?[a-zA-Z][\w-]*)(?: ([\w-]+(?:\|[\w-]+)+))?")


def _readme_commands() -> dict[str, list[str]]:
    """Command name ("" for ``annotator`` alone) -> its lines, comments removed."""
    section = README.read_text(encoding="utf-8").split("\n## Command line\n", 1)[1]
    block = section.split("```", 2)[1]
    commands: dict[str, list[str]] = {}
    lines: list[str] | None = None
    for line in block.splitlines():
        code = line.split("  #", 1)[0].rstrip()
        if line.startswith("annotator"):
            words = code.split()
            name = words[1] if len(words) > 1 and re.fullmatch(r"[a-z][a-z-]*", words[1]) else ""
            lines = commands.setdefault(name, [])
        if lines is not None and code.strip():
            lines.append(code)
    return commands


def _subcommands() -> dict[str, argparse.ArgumentParser]:
    parser = cli.build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(sub.choices)


def _options(parser: argparse.ArgumentParser) -> list[argparse.Action]:
    return [a for a in parser._actions if a.option_strings and "--help" not in a.option_strings]


def _written(lines: list[str]) -> dict[str, set[str] | None]:
    """Each option the README writes, with the values it spells out (None: a placeholder)."""
    found: dict[str, set[str] | None] = {}
    for line in lines:
        for flag, values in OPTION.findall(line):
            found[flag] = set(values.split("|")) if values else found.get(flag)
    return found


def test_every_command_is_in_the_readme_and_every_readme_command_exists():
    ours, readme = set(_subcommands()), set(_readme_commands()) - {""}
    assert sorted(ours - readme) == [], "commands missing from the README"
    assert sorted(readme - ours) == [], "README commands the parser does not have"


@pytest.mark.parametrize("name", sorted(_subcommands()))
def test_every_option_of_a_command_is_in_the_readme(name):
    written = _written(_readme_commands()[name])
    missing, wrong_values = [], []
    for action in _options(_subcommands()[name]):
        spelled = [flag for flag in action.option_strings if flag in written]
        if not spelled:
            missing.append(action.option_strings[-1])
            continue
        values = written[spelled[0]]
        if values is not None and action.choices is not None and values != set(action.choices):
            wrong_values.append((spelled[0], sorted(values), sorted(action.choices)))
    known = {flag for action in _options(_subcommands()[name]) for flag in action.option_strings}
    assert missing == []
    assert wrong_values == []
    assert sorted(set(written) - known) == [], "README options the command does not take"


def test_the_top_level_options_are_in_the_readme():
    written = _written(_readme_commands()[""])
    top = {flag for action in _options(cli.build_parser()) for flag in action.option_strings}
    assert "--version" in top and "--version" in written


def test_import_help_names_every_article_ending_it_reads():
    help_text = " ".join(_subcommands()["import"].format_help().split())
    missing = [suffix for suffix in cli.ARTICLE_SUFFIXES if suffix not in help_text]
    assert missing == []
