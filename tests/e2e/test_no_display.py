"""Without a screen the app says so and exits 1 (Qt alone would abort with a core dump)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_app_without_a_display_says_so_and_creates_nothing(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    project = tmp_path / "p.annot"
    done = subprocess.run(
        [sys.executable, "-m", "annotator", "gui", str(project)],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 1, done.stderr
    assert "no display" in done.stderr and "Traceback" not in done.stderr
    assert not project.exists()
