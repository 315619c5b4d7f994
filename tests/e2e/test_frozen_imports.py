"""The frozen build (PyInstaller) takes a module only if an import statement names it: a
module loaded by a name in a string (``importlib.import_module``) is left out and the app
fails when it reaches it (the actions built after the first frame did: ``ui.actions.table``).
The app's own packages therefore import their modules with import statements only."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

#: Modules allowed to load by name, with why the build still holds what they load.
ALLOWED = {
    # PEP 562 re-exports of modules that other modules of the app import with statements.
    "annotator/__init__.py",
}


def _loads_by_name(tree: ast.AST) -> list[int]:
    lines = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            f = node.func
            name = f.attr if isinstance(f, ast.Attribute) else getattr(f, "id", None)
            if name in {"import_module", "__import__"}:
                lines.append(node.lineno)
    return lines


def test_the_app_loads_no_module_by_a_name_in_a_string():
    found = []
    for package in ("ui", "annotator"):
        for path in sorted((ROOT / package).rglob("*.py")):
            rel = path.relative_to(ROOT).as_posix()
            if rel in ALLOWED:
                continue
            for line in _loads_by_name(ast.parse(path.read_text(encoding="utf-8"))):
                found.append(f"{rel}:{line}")
    assert not found, f"modules loaded by name, which the frozen build misses: {found}"


def test_the_actions_package_names_each_lazy_module_in_an_import_statement():
    tree = ast.parse((ROOT / "ui/actions/__init__.py").read_text(encoding="utf-8"))
    imported = {
        alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and node.level == 1
        for alias in node.names
    }
    homes = next(
        node.value
        for node in tree.body
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "_HOME"
    )
    named = {c.value for c in ast.walk(homes) if isinstance(c, ast.Constant)}
    modules = {m for m in named if (ROOT / "ui/actions" / f"{m}.py").exists()}
    assert modules == {"building", "spec", "table"}
    assert modules <= imported
