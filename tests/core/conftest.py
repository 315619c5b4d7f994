"""Helpers for the core tests: temporary projects, file fingerprints, the CLI as a subprocess."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from annotator import Project


def fingerprint(path: Path) -> dict[str, str]:
    """SHA-256 of a project file and of its -wal/-shm companions, for those that exist."""
    found = {}
    for suffix in ("", "-wal", "-shm", "-journal"):
        p = Path(str(path) + suffix)
        if p.exists():
            found[p.name] = hashlib.sha256(p.read_bytes()).hexdigest()
    return found


def folder_listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@pytest.fixture
def project_path(tmp_path) -> Path:
    return tmp_path / "news.annot"


@pytest.fixture
def project(project_path):
    with Project.create(project_path) as p:
        yield p


def add_text(project: Project, text: str, name: str = "article.txt") -> int:
    """Store one document with ``text`` (already canonical) and return its id."""
    from annotator.importer import sha256_text

    [(doc_id, _)] = project.add_documents(
        [{"name": name, "text": text, "sha256": sha256_text(text)}]
    )
    assert doc_id is not None
    return doc_id


def run_cli(*args: str | os.PathLike, cwd: Path | None = None, input: bytes | None = None):
    """Run ``python -m annotator.cli ARGS`` as a real process; returns CompletedProcess (bytes)."""
    env = dict(os.environ)
    env.pop("PYTHONIOENCODING", None)
    return subprocess.run(
        [sys.executable, "-m", "annotator.cli", *map(str, args)],
        capture_output=True,
        cwd=cwd,
        input=input,
        env=env,
        timeout=120,
    )
