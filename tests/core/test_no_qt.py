"""The headless core never imports Qt."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import annotator

CORE = Path(annotator.__file__).parent
QT = ("PySide6", "PySide2", "PyQt5", "PyQt6", "shiboken6", "qtpy", "ui")


def _imports(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text("utf-8"), str(path))):
        if isinstance(node, ast.Import):
            found += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.append(node.module)
        elif isinstance(node, ast.Call) and getattr(node.func, "id", None) == "__import__":
            found += [a.value for a in node.args[:1] if isinstance(a, ast.Constant)]
    return found


def test_no_core_module_imports_qt():
    offenders = []
    files = sorted(CORE.rglob("*.py"))
    assert len(files) >= 8
    for path in files:
        for name in _imports(path):
            if name.split(".")[0] in QT and not (path.name == "cli.py" and name == "ui.app"):
                offenders.append(f"{path.name}: {name}")
    assert offenders == []


def test_cli_reaches_the_desktop_app_only_inside_the_gui_command():
    tree = ast.parse((CORE / "cli.py").read_text("utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef):
            names = [n.module for n in ast.walk(node) if isinstance(n, ast.ImportFrom)]
            if "ui.app" in names:
                assert node.name == "cmd_gui"
    top_level = [n for n in tree.body if isinstance(n, (ast.Import, ast.ImportFrom))]
    assert all(getattr(n, "module", "") != "ui.app" for n in top_level)


def test_importing_the_core_and_cli_loads_no_qt():
    code = (
        "import sys, annotator, annotator.cli, annotator.formats, annotator.importer, "
        "annotator.text, annotator.store\n"
        "annotator.cli.build_parser()\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in "
        "('PySide6', 'shiboken6', 'PyQt5', 'PyQt6', 'ui')))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_the_cli_knows_the_same_formats_and_article_files_as_the_core():
    from annotator import cli, formats, importer

    assert cli.FORMATS == formats.FORMATS
    assert set(cli.ARTICLE_SUFFIXES) == (
        importer.TEXT_SUFFIXES | importer.RECORD_SUFFIXES | importer.EXTRACTED_SUFFIXES
    )


def test_annotator_with_no_arguments_runs_what_the_gui_command_parses_to():
    """``annotator`` alone skips building the parser (start-up): it must still mean ``gui``."""
    from annotator.cli import build_parser, gui_defaults

    assert vars(gui_defaults()) == vars(build_parser().parse_args(["gui"]))
