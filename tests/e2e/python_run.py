"""Run the project's Python in a fresh interpreter, as the end-to-end tests do."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run_python(args: list[str], **env: str) -> subprocess.CompletedProcess:
    """``python ARGS`` from the repository's root, Qt offscreen, ``env`` added."""
    return subprocess.run(
        [sys.executable, *args],
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **env},
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=180,
    )
