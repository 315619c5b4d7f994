"""Files that ship with the package, found by package path (works from source and frozen)."""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def seed_articles() -> list[Path]:
    """The sample article(s) a first run opens."""
    folder = resources.files("seeds")
    return sorted(Path(str(p)) for p in folder.iterdir() if p.name.endswith(".txt"))


def resource(name: str) -> Path:
    """A file in ``resources/`` (icons, style sheets)."""
    return Path(str(resources.files("resources") / name))
