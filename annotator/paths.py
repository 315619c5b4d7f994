"""Files that ship with the package, found by package path (works from source and frozen)."""

from __future__ import annotations

import functools
import sys
from importlib import resources
from pathlib import Path


@functools.cache  # asked for each icon and font at start-up; a package does not move
def _package_folder(package: str) -> Path:
    """The folder of a data package: by import, else (a frozen build) under ``sys._MEIPASS``."""
    try:
        return Path(str(resources.files(package)))
    except ModuleNotFoundError:
        bundle = getattr(sys, "_MEIPASS", None)
        if bundle is None or not (Path(bundle) / package).is_dir():
            raise
        return Path(bundle) / package


def seed_articles() -> list[Path]:
    """The sample article(s) a first run opens."""
    folder = _package_folder("seeds")
    return sorted(p for p in folder.iterdir() if p.name.endswith(".txt"))


def resource(name: str) -> Path:
    """A file in ``resources/`` (icons, licences, bundled fonts)."""
    return _package_folder("resources") / name
